// Opens a fresh, isolated, migrated store for one test (or one test file).
// PGlite in memory by default (a migrated template is built once per process and
// cloned, ≈0.5 s instead of ≈3 s); the PostgreSQL server in DATABASE_URL with a fresh
// schema when `engine: 'postgres'` (the *.pg.test.ts files).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpPgliteDataDir, openStore, StoreError, type Store, type StoreKind } from './store.js';

export interface TestStore {
  store: Store;
  /** Closes the store and removes its data (the temp folder, or the server schema). */
  cleanup(): Promise<void>;
  /** For tests that reopen or hand the database to a child process. */
  dataDir?: string;
  databaseUrl?: string;
  schema?: string;
}

export interface TestStoreOptions {
  /** Default 'pglite'. 'postgres' needs DATABASE_URL and fails with a clear message without it. */
  engine?: StoreKind;
  /** PGlite: use a real folder in the temp dir instead of memory (durability tests). */
  onDisk?: boolean;
  /** Apply migrations (default true). */
  migrate?: boolean;
}

let template: Promise<Blob> | undefined;

async function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const s = await openStore({ engine: 'pglite', memory: true, migrate: true });
    try {
      return await dumpPgliteDataDir(s);
    } finally {
      await s.close();
    }
  })();
  return template;
}

/** The server URL for *.pg.test.ts files; throws a clear error when it is not set. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new StoreError(
      'NO_DATABASE_URL',
      '未设置 DATABASE_URL：*.pg.test.ts 要连接 PostgreSQL 服务器，请用 `npm run test:pg` 并设置 DATABASE_URL（.ci/run 会启动一个）',
    );
  }
  return url;
}

export async function openTestStore(opts: TestStoreOptions = {}): Promise<TestStore> {
  const migrate = opts.migrate ?? true;
  if ((opts.engine ?? 'pglite') === 'postgres') {
    const databaseUrl = requireDatabaseUrl();
    const schema = `yibao_test_${randomBytes(6).toString('hex')}`;
    const store = await openStore({ engine: 'postgres', databaseUrl, schema, migrate });
    return {
      store,
      databaseUrl,
      schema,
      async cleanup() {
        try {
          await store.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        } finally {
          await store.close();
        }
      },
    };
  }
  if (opts.onDisk) {
    const dataDir = mkdtempSync(join(tmpdir(), 'yibao-test-'));
    const store = await openStore({ engine: 'pglite', dataDir, migrate });
    return {
      store,
      dataDir,
      async cleanup() {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const store = migrate
    ? await openStore({ engine: 'pglite', loadDataDir: await migratedTemplate(), migrate: true })
    : await openStore({ engine: 'pglite', memory: true, migrate: false });
  return { store, cleanup: () => store.close() };
}
