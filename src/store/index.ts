// Public entry of the store module: other modules import only from this file.
export {
  openStore,
  withTransaction,
  advisoryXactLock,
  dataRoot,
  parseInt8,
  dumpPgliteDataDir,
  isPgliteDirInitialised,
  pgliteFsyncCount,
  StoreError,
  type Store,
  type Tx,
  type Queryable,
  type QueryResult,
  type StoreKind,
  type IsolationLevel,
  type TransactionOptions,
  type OpenStoreOptions,
} from './store.js';
export { migrate, listMigrations, listAmendments, migrationsDir, type Migration, type MigrateResult } from './migrate.js';
export { openTestStore, requireDatabaseUrl, type TestStore, type TestStoreOptions } from './testing.js';
export { packageRoot } from './paths.js';
