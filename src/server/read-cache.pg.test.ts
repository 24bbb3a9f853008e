// The read caches on a shared PostgreSQL server (npm run test:pg): two servers on one schema,
// each with its own connections as two processes would have, and a third connection writing
// straight to the tables. See test-support/read-cache.shared.ts.
import { openStore } from '../store/index.js';
import { readCacheSuite } from './test-support/read-cache.shared.js';
import { postgresDb, testServer } from './test-support/harness.js';

readCacheSuite('read caches on a PostgreSQL server shared by two servers', async () => {
  const db = await postgresDb();
  const second = await openStore({ engine: 'postgres', schema: db.schema, migrate: false });
  const sql = await openStore({ engine: 'postgres', schema: db.schema, migrate: false });
  const { app: reader } = await testServer({ db });
  const { app: writer } = await testServer({ db: second });
  return {
    reader,
    writer,
    sql,
    close: async () => {
      await reader.close();
      await writer.close();
      await sql.close();
      await second.close();
      await db.close();
    },
  };
});
