// The database the server talks to: whatever the store module opens (PGlite embedded, or
// PostgreSQL). The server needs only parameterised queries and transactions.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Sql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface ServerDb extends Sql {
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
}

export const MIGRATIONS_DIR = join(import.meta.dirname, '..', 'store', 'migrations');

/** The server's own migrations (050 and up), in order. */
export function serverMigrations(dir = MIGRATIONS_DIR): Array<{ name: string; sql: string }> {
  let files: string[] = [];
  try {
    files = readdirSync(dir);
  } catch {
    // dist/ has no .sql files: fall back to the sources beside it
    files = readdirSync((dir = join(import.meta.dirname, '..', '..', 'src', 'store', 'migrations')));
  }
  return files
    .filter((f) => /^(0[5-9]\d|[1-9]\d\d)_.*\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}
