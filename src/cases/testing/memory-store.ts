// An in-memory PGlite database with the cases migration applied, for tests that must not
// wait for src/store (the service is tested against src/store's openStore as well).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Queryable, StoreLike } from '../service.js';

export interface MemoryStore extends StoreLike {
  close(): Promise<void>;
}

export async function memoryStore(extraSql: string[] = []): Promise<MemoryStore> {
  const db = new PGlite();
  const dir = join(import.meta.dirname, '..', '..', 'store', 'migrations');
  await db.exec(readFileSync(join(dir, '002_cases.sql'), 'utf8'));
  for (const sql of extraSql) await db.exec(sql);
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await q.query<T>(sql, params as unknown[])).rows }),
  });
  return {
    ...wrap(db),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}
