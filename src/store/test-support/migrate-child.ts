// Child process for the two-process tests: opens the store (migrating it unless told
// not to), prints "ready <applied versions>", then waits until stdin closes or it is killed.
import { migrate, openStore, type StoreKind } from '../index.js';

const engine = (process.env.CHILD_ENGINE ?? 'pglite') as StoreKind;
const store = await openStore({
  engine,
  migrate: false,
  ...(engine === 'pglite' ? { dataDir: process.env.CHILD_DATA_DIR! } : { databaseUrl: process.env.DATABASE_URL!, schema: process.env.CHILD_SCHEMA! }),
});
const result = process.env.CHILD_MIGRATE === '1' ? await migrate(store) : { applied: [] };
process.stdout.write(`ready ${JSON.stringify(result.applied)}\n`);
process.stdin.resume();
process.stdin.on('end', () => void store.close().then(() => process.exit(0)));
