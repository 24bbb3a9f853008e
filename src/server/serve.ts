// `yibao serve`: build the console if needed, open the embedded store (or DATABASE_URL),
// migrate, import the seed catalogs, create the demo accounts, serve on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataRoot, openStore, type Store } from '../store/index.js';
import { buildServer, DEFAULT_WEB_ROOT, type YibaoServer } from './app.js';
import { randomPassword } from './password.js';
import { importSeedCatalogs } from './seed.js';
import { createDemoAccounts, DEMO_ACCOUNTS, DEMO_JURISDICTION, ensureJurisdictions } from './users.js';
import { seedDemoCases } from './demo.js';
import { caseModule } from './routes/cases.js';
import { ensureDemoDataset } from './routes/monitor.js';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

export interface ServeOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  /** Build web/dist when it is missing (default true); `force` rebuilds it. */
  buildWeb?: boolean | 'force';
  logger?: boolean;
  trustProxy?: boolean;
  /** Where progress lines go (default stdout). */
  say?: (line: string) => void;
  /** Extra setup once the store is open (demo cases and monitoring data). */
  seed?: (store: Store, app: YibaoServer) => Promise<void>;
}

export function buildWeb(say: (s: string) => void = () => {}): void {
  const vite = join(REPO_ROOT, 'node_modules', '.bin', 'vite');
  say('正在构建网页控制台（vite build）…');
  // NODE_ENV production whatever the caller runs under (vitest sets 'test', which would bundle
  // React's and antd's development builds: several times slower in the browser)
  const r = spawnSync(vite, ['build', '--config', join(REPO_ROOT, 'web', 'vite.config.ts'), '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) throw new Error(`网页控制台构建失败（vite 退出码 ${r.status}）`);
}

export async function serve(opts: ServeOptions = {}): Promise<{ app: YibaoServer; store: Store; url: string; close(): Promise<void> }> {
  const say = opts.say ?? ((s: string) => process.stdout.write(s + '\n'));
  const webBuilt = existsSync(join(DEFAULT_WEB_ROOT, 'index.html'));
  if (opts.buildWeb === 'force' || (!webBuilt && opts.buildWeb !== false)) buildWeb(say);

  const store = await openStore({ ...(opts.dataDir ? { dataDir: opts.dataDir } : {}) });
  say(`数据库：${store.kind === 'pglite' ? '嵌入式 PGlite' : 'PostgreSQL'}（${store.location}）`);
  await ensureJurisdictions(store);

  const monitorDir = join(dataRoot(opts.dataDir), 'monitor');
  const app = await buildServer({ db: store, monitor: { dataDir: monitorDir }, logger: opts.logger === false ? false : { level: process.env.LOG_LEVEL ?? 'info' }, trustProxy: opts.trustProxy ?? false });
  const seeded = await importSeedCatalogs(app.yibao.catalogs);
  say(`种子清单：${seeded.length} 份已导入并公示`);

  // Demo accounts: the password from YIBAO_DEMO_PASSWORD, or a random one printed once
  // (on the run that creates them; later runs keep it).
  const { rows } = await store.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM users WHERE name = ANY($1) AND password_hash IS NOT NULL',
    [DEMO_ACCOUNTS.map((a) => a.name)],
  );
  const envPassword = process.env.YIBAO_DEMO_PASSWORD;
  if (envPassword || rows[0]!.n < DEMO_ACCOUNTS.length) {
    const password = envPassword || randomPassword();
    await createDemoAccounts(store, password);
    say(`演示账户：${DEMO_ACCOUNTS.map((a) => `${a.name}（${a.roles[0]}）`).join('、')}`);
    say(envPassword ? '演示账户密码：取自环境变量 YIBAO_DEMO_PASSWORD' : `演示账户密码（只显示这一次）：${password}`);
  } else {
    say('演示账户已存在（密码不变；设置 YIBAO_DEMO_PASSWORD 可重设）');
  }
  const demo = await seedDemoCases(caseModule(store).service, store, DEMO_JURISDICTION);
  if (demo.length) say(`演示案件：${demo.length} 件（不同办理阶段）`);
  const dataset = await ensureDemoDataset(monitorDir);
  say(`演示监控数据：${dataset}`);
  if (opts.seed) await opts.seed(store, app);

  const port = opts.port ?? Number(process.env.PORT ?? 3000);
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ port, host });
  const url = `http://${host}:${(app.server.address() as { port: number }).port}`;
  say(`yibao 已启动：${url}  （公示：${url}/gongshi，接口文档：${url}/docs）`);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await app.close(); // waits for in-flight requests and writes
      await store.close();
    })());
  return { app, store, url, close };
}
