// The store: one PostgreSQL-dialect interface over embedded PGlite (default) or a
// PostgreSQL server (DATABASE_URL). Every module talks to the database through it.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { AsyncLocalStorage } from 'node:async_hooks';
import { join, resolve } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import pg from 'pg';

/** Rows of a query. */
export interface QueryResult<T> {
  rows: T[];
  /** Rows inserted/updated/deleted, when the driver reports it. */
  affectedRows?: number;
}

/** Anything that runs SQL: the store itself or an open transaction. */
export interface Queryable {
  readonly kind: StoreKind;
  /** One statement with `$1…` parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Several statements, no parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
}

/** An open transaction: handed to the callback of `Store.transaction`. */
export interface Tx extends Queryable {
  readonly inTransaction: true;
}

export type StoreKind = 'pglite' | 'postgres';
export type IsolationLevel = 'read committed' | 'repeatable read' | 'serializable';

export interface TransactionOptions {
  /** Default 'read committed'. PGlite has one connection, so every transaction is serial anyway. */
  isolation?: IsolationLevel;
  /**
   * How many times to run `fn` again after a serialization failure (40001) or a
   * deadlock (40P01) on the server. Default 3. `fn` must therefore only touch the
   * database (or be safe to repeat).
   */
  retries?: number;
}

export interface Store extends Queryable {
  readonly inTransaction: false;
  /** Where the data lives: the PGlite folder, or the server URL without password. */
  readonly location: string;
  /** The schema every unqualified name resolves to (`public` unless opened with `schema`). */
  readonly schema: string;
  /**
   * Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it throws.
   * Inside, use the `tx` handed to you, never the store (on PGlite that would wait
   * for the transaction to end: a deadlock).
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>, opts?: TransactionOptions): Promise<T>;
  /**
   * A number that moves after every committed write to what read caches show (cases, their
   * deadlines, secrets and jurisdictions, the record, accounts, catalogs, ended sessions:
   * migration 110). A value cached at revision r may be served while readRevision() is r.
   * PGlite (this process alone writes): counted in memory as the store writes, no query. A
   * server: the `read_revision` row the writing transactions bump, read by one query that
   * starts after the call and is shared by every caller waiting meanwhile (so a write another
   * server committed before the call is always seen, at one query per batch of readers).
   */
  readRevision(): Promise<number>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Force an engine. Default: 'postgres' when a database URL is given or DATABASE_URL is set, else 'pglite'. */
  engine?: StoreKind;
  /** PGlite: root data folder; the database is in `<dataDir>/pg`. Default YIBAO_DATA, else ./var. */
  dataDir?: string;
  /** PGlite: keep the database in memory (tests). */
  memory?: boolean;
  /** PGlite: start from a dump made by `dumpPgliteDataDir` (tests). */
  loadDataDir?: Blob;
  /** Server URL; default process.env.DATABASE_URL. */
  databaseUrl?: string;
  /** Server: the schema to use (search_path); created if missing. Default `public`. */
  schema?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /**
   * PGlite on disk: flush every commit to the disk before it returns (fsync of the WAL),
   * so a committed step survives a power failure. Default true; false only where losing
   * the last commits is acceptable (benchmarks, throw-away data). Also YIBAO_PGLITE_FSYNC=off.
   */
  durable?: boolean;
}

export class StoreError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

// ---- type parsing, the same on both engines -------------------------------------------------
const OID_INT8 = 20;
const OID_DATE = 1082;
const OID_NUMERIC = 1700;

/** int8 → number when it is a safe integer, else bigint (count(*), sums of fen). */
export function parseInt8(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}
const parseDate = (text: string): string => text; // keep YYYY-MM-DD, never a Date shifted by a time zone
const parseNumeric = (text: string): string => text;

const PGLITE = Symbol('pglite');

/**
 * Which stores' transaction callbacks the current async context is inside: a check that the
 * code never uses the store itself inside its own transaction (on PGlite the two would wait
 * for each other for ever). It runs under the tests (vitest sets NODE_ENV=test) and with
 * YIBAO_STORE_CHECKS=1. Not in production: on Node 20 an AsyncLocalStorage in use puts a hook
 * on every promise of the process, about 5 % of the CPU of a cached case read.
 */
const insideTransaction: AsyncLocalStorage<ReadonlySet<object>> | undefined =
  process.env.NODE_ENV === 'test' || process.env.YIBAO_STORE_CHECKS === '1' ? new AsyncLocalStorage<ReadonlySet<object>>() : undefined;

function refuseInsideOwnTransaction(owner: object): void {
  if (insideTransaction?.getStore()?.has(owner)) {
    throw new StoreError(
      'USE_TX',
      '在事务回调内请使用传入的 tx 执行查询，不要直接用 store（PGlite 上会互相等待而卡死，服务器上则不在同一事务内）',
    );
  }
}

function runInside<T>(owner: object, fn: () => Promise<T>): Promise<T> {
  if (!insideTransaction) return fn();
  const current = insideTransaction.getStore();
  return insideTransaction.run(new Set([...(current ?? []), owner]), fn);
}
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}

/** The data root: opts.dataDir, else YIBAO_DATA, else ./var. */
export function dataRoot(dataDir?: string): string {
  return resolve(dataDir ?? process.env.YIBAO_DATA ?? './var');
}

export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  const engine: StoreKind = opts.engine ?? (url ? 'postgres' : 'pglite');
  const store = engine === 'postgres' ? await openServer(url, opts.schema) : await openPglite(opts);
  if (opts.migrate ?? true) {
    const { migrate } = await import('./migrate.js');
    try {
      await migrate(store);
    } catch (err) {
      await store.close();
      throw err;
    }
  }
  return store;
}

// ---- PGlite -------------------------------------------------------------------------------

/** Refuses a second process on the same PGlite folder (PGlite is single-process). */
function takeDirLock(dir: string): () => void {
  const lockPath = join(dir, 'yibao-store.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && processAlive(owner)) {
        throw new StoreError(
          'STORE_LOCKED',
          `数据目录 ${dir} 正被进程 ${owner} 使用（PGlite 只允许一个进程打开；多个进程共用请设置 DATABASE_URL 连接 PostgreSQL 服务器；如确认进程 ${owner} 不是 yibao，可删除 ${lockPath}）`,
        );
      }
      unlinkSync(lockPath); // stale lock from a process that died (e.g. SIGKILL)
    }
  }
  throw new StoreError('STORE_LOCKED', `无法锁定数据目录 ${dir}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// ---- durable PGlite ------------------------------------------------------------------------
//
// PGlite 0.5 starts PostgreSQL with `-F` (fsync off), and its Node file system (Emscripten's
// NODEFS) has no fsync: `fsync()` in the WASM PostgreSQL returns success without touching the
// disk, and `fdatasync()` is a stub. A commit is then in the operating system's page cache when
// it returns — it survives the process being killed, not a power failure. The durable mode:
//  - starts PostgreSQL without `-F` (fsync on) and with wal_sync_method=fsync (the one sync
//    call that reaches the file system: fdatasync would stay a stub);
//  - gives NODEFS an fsync that calls fs.fsyncSync on the real file descriptor.
// So every COMMIT fsyncs its WAL segment before it returns, and checkpoints fsync data files.

let pgliteFsyncCalls = 0;
/** How many fsync calls the durable PGlite stores of this process made (tests, benchmarks). */
export function pgliteFsyncCount(): number {
  return pgliteFsyncCalls;
}

interface NodefsStream {
  nfd?: number;
}
interface EmscriptenModuleWithNodefs {
  NODEFS?: { stream_ops: { fsync?: (stream: NodefsStream) => number } };
}

class DurableNodeFS extends NodeFS {
  override async init(...args: Parameters<NodeFS['init']>): ReturnType<NodeFS['init']> {
    const result = await super.init(...args);
    const preRun = [...(result.emscriptenOpts.preRun ?? [])];
    preRun.push((mod: EmscriptenModuleWithNodefs) => {
      const ops = mod.NODEFS?.stream_ops;
      if (!ops) throw new StoreError('PGLITE_NO_NODEFS', 'PGlite 的文件系统不是 NODEFS，无法开启落盘同步（fsync）');
      ops.fsync = (stream: NodefsStream) => {
        if (stream.nfd !== undefined) {
          fsyncSync(stream.nfd);
          pgliteFsyncCalls++;
        }
        return 0;
      };
    });
    return { emscriptenOpts: { ...result.emscriptenOpts, preRun } };
  }
}

/** PostgreSQL's start parameters in PGlite, with fsync on when durable. */
function pgliteStartParams(durable: boolean): string[] {
  const defaults = PGlite.defaultStartParams;
  if (!durable) return [...defaults];
  return [...defaults.filter((p) => p !== '-F'), '-c', 'fsync=on', '-c', 'wal_sync_method=fsync', '-c', 'synchronous_commit=on', '-c', 'full_page_writes=on'];
}

function durableByDefault(opts: OpenStoreOptions): boolean {
  if (opts.durable !== undefined) return opts.durable;
  const env = process.env.YIBAO_PGLITE_FSYNC?.toLowerCase();
  return !(env === 'off' || env === '0' || env === 'false');
}

async function openPglite(opts: OpenStoreOptions): Promise<Store> {
  const parsers = { [OID_INT8]: parseInt8, [OID_DATE]: parseDate, [OID_NUMERIC]: parseNumeric };
  let location: string;
  let db: PGlite;
  let unlock = (): void => {};
  if (opts.memory || opts.loadDataDir) {
    location = 'memory://';
    db = new PGlite({ parsers, ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}) });
  } else {
    location = join(dataRoot(opts.dataDir), 'pg');
    mkdirSync(location, { recursive: true });
    unlock = takeDirLock(location);
    const durable = durableByDefault(opts);
    const options: PGliteOptions = { parsers, startParams: pgliteStartParams(durable) };
    db = durable ? new PGlite({ ...options, fs: new DurableNodeFS(location) }) : new PGlite(location, options);
  }
  try {
    await db.waitReady;
    await db.exec(`SET TIME ZONE 'Asia/Shanghai'`);
  } catch (err) {
    unlock();
    throw err;
  }
  const wrap = (q: PGlite | { query: PGlite['query']; exec: PGlite['exec'] }) => ({
    kind: 'pglite' as const,
    async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
      const r = await q.query<T>(sql, params as unknown[] | undefined);
      return { rows: r.rows, ...(r.affectedRows !== undefined ? { affectedRows: r.affectedRows } : {}) };
    },
    async exec(sql: string): Promise<void> {
      await q.exec(sql);
    },
  });
  let closed = false;
  const owner = {};
  const direct = wrap(db);
  // Only this process writes this database (the folder lock). After a statement that may
  // write, the revision row (bumped by the triggers of migration 110) is read again, once;
  // until then the last value read holds. Queries run in order on PGlite, so that read sees
  // every write finished before it was issued.
  let dirty = true;
  let known = 0;
  let failures = 0;
  let refreshing: Promise<number> | undefined;
  const afterWrite = <R>(sql: string, run: Promise<R>): Promise<R> => {
    if (READ_ONLY.test(sql)) return run;
    return run.finally(() => void (dirty = true));
  };
  const readRevision = (): Promise<number> => {
    if (!dirty) return refreshing ?? Promise.resolve(known);
    dirty = false;
    const p: Promise<number> = direct.query<{ n: string | number }>('SELECT n FROM read_revision WHERE id = 1').then(
      (r) => (known = Number(r.rows[0]?.n ?? 0)),
      () => {
        dirty = true;
        return -++failures; // no revision table (an unmigrated store): nothing is served from cache
      },
    );
    refreshing = p;
    void p.finally(() => {
      if (refreshing === p) refreshing = undefined;
    });
    return p;
  };
  const store: Store & { [PGLITE]: PGlite } = {
    [PGLITE]: db,
    kind: 'pglite',
    query<T>(sql: string, params?: readonly unknown[]) {
      refuseInsideOwnTransaction(owner);
      return afterWrite(sql, direct.query<T>(sql, params));
    },
    exec(sql: string) {
      refuseInsideOwnTransaction(owner);
      return afterWrite(sql, direct.exec(sql));
    },
    inTransaction: false,
    location,
    schema: 'public',
    async transaction<T>(fn: (tx: Tx) => Promise<T>, topts?: TransactionOptions): Promise<T> {
      refuseInsideOwnTransaction(owner);
      return afterWrite(
        '',
        db.transaction(async (ptx) => {
          if (topts?.isolation) await ptx.exec(`SET TRANSACTION ISOLATION LEVEL ${topts.isolation.toUpperCase()}`);
          return runInside(owner, () => fn({ ...wrap(ptx), inTransaction: true }));
        }),
      );
    },
    readRevision,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
  return store;
}

/** A snapshot of a PGlite database (tests clone a migrated template from it). */
export async function dumpPgliteDataDir(store: Store): Promise<Blob> {
  const inner = (store as unknown as { [PGLITE]?: PGlite })[PGLITE];
  if (!inner) throw new StoreError('NOT_PGLITE', '只有 PGlite 存储可以导出数据目录');
  return inner.dumpDataDir('none');
}

// ---- PostgreSQL server ---------------------------------------------------------------------

async function openServer(url: string | undefined, schema = 'public'): Promise<Store> {
  if (!url) throw new StoreError('NO_DATABASE_URL', '未设置 DATABASE_URL，无法连接 PostgreSQL 服务器');
  if (!SCHEMA_NAME.test(schema)) throw new StoreError('BAD_SCHEMA', `模式名不合法：${schema}`);
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === OID_INT8) return parseInt8;
      if (oid === OID_DATE) return parseDate;
      if (oid === OID_NUMERIC) return parseNumeric;
      return pg.types.getTypeParser(oid, format);
    },
  } as pg.CustomTypesConfig;
  const pool = new pg.Pool({
    connectionString: url,
    types,
    options: `-c search_path=${schema} -c TimeZone=Asia/Shanghai`,
    max: 5,
  });
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => {});
  try {
    if (schema !== 'public') await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    else await pool.query('SELECT 1');
  } catch (err) {
    await pool.end();
    throw new StoreError('CONNECT_FAILED', `无法连接 PostgreSQL（${safeUrl(url)}）：${(err as Error).message}`);
  }
  const wrap = (c: pg.Pool | pg.PoolClient) => ({
    kind: 'postgres' as const,
    async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
      const r = await c.query(sql, params as unknown[] | undefined);
      return { rows: r.rows as T[], ...(r.rowCount !== null ? { affectedRows: r.rowCount } : {}) };
    },
    async exec(sql: string): Promise<void> {
      await c.query(sql);
    },
  });
  const owner = {};
  const direct = wrap(pool);
  const readRevision = sharedRevisionReader(async () => {
    const { rows } = await pool.query<{ n: string | number }>('SELECT n FROM read_revision WHERE id = 1');
    return Number(rows[0]?.n ?? 0);
  });
  return {
    kind: 'postgres',
    readRevision,
    query<T>(sql: string, params?: readonly unknown[]) {
      refuseInsideOwnTransaction(owner);
      return direct.query<T>(sql, params);
    },
    exec(sql: string) {
      refuseInsideOwnTransaction(owner);
      return direct.exec(sql);
    },
    inTransaction: false,
    location: safeUrl(url),
    schema,
    async transaction<T>(fn: (tx: Tx) => Promise<T>, topts?: TransactionOptions): Promise<T> {
      refuseInsideOwnTransaction(owner);
      const retries = topts?.retries ?? 3;
      for (let attempt = 0; ; attempt++) {
        const client = await pool.connect();
        try {
          await client.query(`BEGIN ISOLATION LEVEL ${(topts?.isolation ?? 'read committed').toUpperCase()}`);
          const result = await runInside(owner, () => fn({ ...wrap(client), inTransaction: true }));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {});
          const code = (err as { code?: string }).code;
          if ((code === '40001' || code === '40P01') && attempt < retries) continue;
          throw err;
        } finally {
          client.release();
        }
      }
    },
    async close() {
      await pool.end();
    },
  };
}

// ---- helpers -------------------------------------------------------------------------------

/** A statement that cannot write (PGlite's in-memory revision is not moved by it). */
const READ_ONLY = /^\s*(SELECT|SHOW|EXPLAIN)\b(?![\s\S]*\b(nextval|setval|FOR\s+UPDATE|FOR\s+SHARE|pg_advisory)\b)/i;

/**
 * One read of the revision shared by the callers that wait at the same time: the read starts
 * at the end of the event loop's turn (setImmediate), so every request that came in this turn
 * shares it, and no caller gets the answer of a read that started before it called (a write
 * committed just before the call must be seen). A read that fails gives a revision no cached
 * value has (nothing served from cache, nothing wrong served).
 */
export function sharedRevisionReader(read: () => Promise<number>): () => Promise<number> {
  let pending: Promise<number> | undefined;
  let failures = 0;
  return () =>
    (pending ??= new Promise<number>((resolve) => {
      setImmediate(() => {
        pending = undefined;
        read().then(resolve, () => resolve(-++failures));
      });
    }));
}

/** Runs `fn` in `db` when it is already a transaction, else in a new transaction of the store. */
export async function withTransaction<T>(db: Store | Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.inTransaction ? fn(db) : db.transaction(fn);
}

/**
 * Takes a transaction-scoped advisory lock named `name` (scoped to the current schema,
 * so test schemas do not block each other). Held until COMMIT/ROLLBACK.
 */
export async function advisoryXactLock(tx: Tx, name: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':' || $1::text))`, [name]);
}

export function isPgliteDirInitialised(dataDir?: string): boolean {
  return existsSync(join(dataRoot(dataDir), 'pg', 'PG_VERSION'));
}
