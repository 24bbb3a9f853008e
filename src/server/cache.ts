// A read cache for hot, scoped reads (case list, case page): answers from memory while
// nothing has been written, so that 200 concurrent readers do not queue on the embedded
// database (PGlite runs every query on the Node thread, one at a time). Any write through
// this server bumps the version and empties it; `ttlMs` bounds staleness from writers
// outside this process (another server on the same PostgreSQL, the CLI). Concurrent
// misses for one key share one computation.
export class ReadCache {
  private version = 0;
  private readonly entries = new Map<string, { value: unknown; at: number; version: number }>();
  private readonly inflight = new Map<string, { promise: Promise<unknown>; version: number }>();

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 5000,
  ) {}

  /** Call after every write that can change what the cache holds. */
  invalidate(): void {
    this.version++;
    this.entries.clear();
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.version === this.version && now - hit.at < this.ttlMs) return hit.value as T;
    const running = this.inflight.get(key);
    if (running && running.version === this.version) return running.promise as Promise<T>;
    const version = this.version;
    const promise = compute().then(
      (value) => {
        if (version === this.version) {
          if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
          this.entries.set(key, { value, at: Date.now(), version });
        }
        return value;
      },
    ).finally(() => {
      if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
    });
    this.inflight.set(key, { promise, version });
    return promise;
  }
}
