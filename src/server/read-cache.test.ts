// The read caches on PGlite: writes made behind the server's back through the same store
// (PGlite is one process) are seen at the next read. See test-support/read-cache.shared.ts.
import { readCacheSuite } from './test-support/read-cache.shared.js';
import { testServer } from './test-support/harness.js';

readCacheSuite('read caches on PGlite', async () => {
  const { app, db } = await testServer();
  return {
    reader: app,
    writer: app,
    sql: db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
});
