// The database the server talks to: whatever the store module opens (PGlite embedded, or
// PostgreSQL). The server needs only parameterised queries and transactions.
export interface Sql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface ServerDb extends Sql {
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
}
