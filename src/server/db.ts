// The database the server talks to: the store module's Store (PGlite embedded, or
// PostgreSQL via DATABASE_URL).
import type { Queryable, Store } from '../store/index.js';

export type Sql = Queryable;
export type ServerDb = Store;
