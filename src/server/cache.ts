// A read cache for hot, scoped reads (case list, case page): answers from memory while
// nothing has been written, so that 200 concurrent readers neither queue on the database
// (PGlite runs every query on the Node thread, one at a time) nor rebuild the same answer.
//
// An entry is served only while the store's revision (store.readRevision: a counter every
// committed write to the tables behind these views moves — in memory on PGlite, a row the
// writing transaction bumps on a PostgreSQL server, so another server's or the CLI's writes
// count too) is the one it was computed at, and no write through this server has called
// invalidate() since. `ttlMs` is only an upper bound on an entry's age. Concurrent misses for
// one key at one revision share one computation. Revisions only grow.
export interface ReadCacheOptions {
  /** Entries kept (the oldest is dropped first). Default 5000. */
  maxEntries?: number;
  /** The store's revision (store.readRevision); default: none (only invalidate() and the TTL). */
  revision?: () => Promise<number>;
}

const NO_REVISION = () => Promise.resolve(0);

export class ReadCache {
  private version = 0;
  private readonly entries = new Map<string, { value: unknown; at: number; version: number; revision: number }>();
  private readonly inflight = new Map<string, { promise: Promise<unknown>; version: number; revision: number }>();
  private readonly maxEntries: number;
  private readonly revision: () => Promise<number>;

  constructor(
    readonly ttlMs: number,
    options: ReadCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 5000;
    this.revision = options.revision ?? NO_REVISION;
  }

  /** Call after every write through this server that can change what the cache holds. */
  invalidate(): void {
    this.version++;
    this.entries.clear();
  }

  /**
   * The value of `key`, computed if need be. `revision`: the store's revision as read after the
   * request came (the session check's, request.storeRevision); default: read now.
   */
  async get<T>(key: string, compute: () => Promise<T>, revision?: number): Promise<T> {
    // read first: what is computed below starts after it, so it holds every write the revision counts
    revision ??= await this.revision();
    const version = this.version;
    const hit = this.entries.get(key);
    if (hit && hit.version === version && hit.revision === revision && Date.now() - hit.at < this.ttlMs) return hit.value as T;
    const running = this.inflight.get(key);
    if (running && running.version === version && running.revision === revision) return running.promise as Promise<T>;
    const promise = compute()
      .then((value) => {
        const current = this.entries.get(key);
        // never over a value of a later revision (computed meanwhile by a request that came after a write)
        if (version === this.version && !(current && current.version === version && current.revision > revision)) {
          if (this.entries.size >= this.maxEntries && !this.entries.has(key)) this.entries.delete(this.entries.keys().next().value!);
          this.entries.set(key, { value, at: Date.now(), version, revision });
        }
        return value;
      })
      .finally(() => {
        if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
      });
    this.inflight.set(key, { promise, version, revision });
    return promise;
  }
}
