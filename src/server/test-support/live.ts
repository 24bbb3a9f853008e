// A live server for browser tests and benchmarks: in-memory store, seeds, demo accounts,
// the built console, on 127.0.0.1 and a free port.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, DEFAULT_WEB_ROOT, type YibaoServer } from '../app.js';
import { buildWeb } from '../serve.js';
import { importSeedCatalogs } from '../seed.js';
import { createDemoAccounts, DEMO_JURISDICTION } from '../users.js';
import { seedDemoCases } from '../demo.js';
import { caseModule } from '../routes/cases.js';
import { memoryDb } from './harness.js';
import type { ServerDb } from '../db.js';
import { shanghaiInstant } from '../../law/index.js';

/** True when the built console is missing or older than any file of web/src (a stale build would test old code). */
function webIsStale(): boolean {
  const built = join(DEFAULT_WEB_ROOT, 'index.html');
  if (!existsSync(built)) return true;
  const at = statSync(built).mtimeMs;
  const src = join(DEFAULT_WEB_ROOT, '..', 'src');
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) => (e.isDirectory() ? newer(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs > at));
  return newer(src) || statSync(join(DEFAULT_WEB_ROOT, '..', 'index.html')).mtimeMs > at;
}

export const DEMO_PASSWORD = 'browser-demo-2026';

/**
 * A live server. Its clock is the real one, moved on by `advanceDays` when a test must let
 * statutory time pass (a hearing is held on its date, at least seven working days after notice).
 */
export async function liveServer(opts: { monitorDir?: string; webRoot?: string } = {}): Promise<{ app: YibaoServer; db: ServerDb; url: string; advanceDays(days: number): void; close(): Promise<void> }> {
  if (!opts.webRoot && webIsStale()) buildWeb();
  const db = await memoryDb();
  let offsetMs = 0;
  const now = () => shanghaiInstant(new Date(Date.now() + offsetMs));
  // the browser tests sign in many times from 127.0.0.1: login rate limits relaxed
  const app = await buildServer({ db, logger: false, now, ...(opts.webRoot ? { webRoot: opts.webRoot } : {}), auth: { loginPerAddress: 10_000, loginPerAccount: 10_000 }, ...(opts.monitorDir ? { monitor: { dataDir: opts.monitorDir, demoVisits: 600 } } : {}) });
  await importSeedCatalogs(app.yibao.catalogs);
  await createDemoAccounts(db, DEMO_PASSWORD);
  await seedDemoCases(caseModule(db, now).service, db, DEMO_JURISDICTION);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  return {
    app,
    db,
    url,
    advanceDays(days: number) {
      offsetMs += days * 86_400_000;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
