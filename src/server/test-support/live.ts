// A live server for browser tests and benchmarks: in-memory store, seeds, demo accounts,
// the built console, on 127.0.0.1 and a free port.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, DEFAULT_WEB_ROOT, type YibaoServer } from '../app.js';
import { buildWeb } from '../serve.js';
import { importSeedCatalogs } from '../seed.js';
import { createDemoAccounts, DEMO_JURISDICTION } from '../users.js';
import { seedDemoCases } from '../demo.js';
import { caseModule } from '../routes/cases.js';
import { memoryDb } from './harness.js';
import type { ServerDb } from '../db.js';

export const DEMO_PASSWORD = 'browser-demo-2026';

export async function liveServer(opts: { monitorDir?: string } = {}): Promise<{ app: YibaoServer; db: ServerDb; url: string; close(): Promise<void> }> {
  if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) buildWeb();
  const db = await memoryDb();
  // the browser tests sign in many times from 127.0.0.1: login rate limits relaxed
  const app = await buildServer({ db, logger: false, auth: { loginPerAddress: 10_000, loginPerAccount: 10_000 }, ...(opts.monitorDir ? { monitor: { dataDir: opts.monitorDir, demoVisits: 600 } } : {}) });
  await importSeedCatalogs(app.yibao.catalogs);
  await createDemoAccounts(db, DEMO_PASSWORD);
  await seedDemoCases(caseModule(db).service, db, DEMO_JURISDICTION);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  return {
    app,
    db,
    url,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
