// `npm run bench:server`: case list and case read under load (autocannon, 200 connections)
// on the embedded PGlite, and on PostgreSQL when DATABASE_URL is set. A benchmark, not a
// test: it prints the figures (requests/s, latency p50/p99) per store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import { openStore, type Store } from '../store/index.js';
import { startLocalPostgres } from '../monitor/index.js';
import { buildServer } from './app.js';
import { caseModule } from './routes/cases.js';
import { importSeedCatalogs } from './seed.js';
import { createDemoAccounts, DEMO_JURISDICTION, ensureJurisdictions } from './users.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CASES = Number(process.env.BENCH_CASES ?? 200);
const PASSWORD = 'bench-password-2026';

interface Figures { store: string; target: string; requests: number; rps: number; p50: number; p99: number; errors: number; non2xx: number }

async function seed(store: Store): Promise<string> {
  const { service } = caseModule(store);
  const officers = ['zhifa1', 'zhifa2'];
  let last = '';
  for (let i = 0; i < CASES; i++) {
    const c = await service.open({ item: '000_650efb1eb094bc36#3', actor: 'zhifa1' });
    await store.query('INSERT INTO case_jurisdictions (case_id, jurisdiction_id) VALUES ($1, $2)', [c.id, DEMO_JURISDICTION]);
    await service.act(c.id, '线索核查', 'zhifa1', { 核查意见: '属实' });
    if (i % 2 === 0) await service.act(c.id, '立案', 'fuze', { officers, 案由: '涉嫌违法', 当事人: `某医院${i}` });
    last = c.id;
  }
  return last;
}

function run(url: string, cookie: string): Promise<{ requests: { total: number; average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number }> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { cookie } }, (err: Error | null, result: never) => (err ? reject(err) : resolve(result)));
  });
}

async function bench(kind: 'pglite' | 'postgres'): Promise<Figures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-bench-'));
  const schema = `yibao_bench_${Date.now().toString(36)}`;
  const store = kind === 'pglite' ? await openStore({ engine: 'pglite', dataDir: dir }) : await openStore({ engine: 'postgres', schema, databaseUrl: pgUrl! });
  try {
    await ensureJurisdictions(store);
    await createDemoAccounts(store, PASSWORD);
    const app = await buildServer({ db: store, logger: false, webRoot: null, monitor: { dataDir: join(dir, 'monitor') } });
    await importSeedCatalogs(app.yibao.catalogs);
    const t0 = performance.now();
    const caseId = await seed(store);
    process.stdout.write(`[${kind}] ${CASES} 件案件已生成（${((performance.now() - t0) / 1000).toFixed(1)} s）\n`);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'fuze', password: PASSWORD }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const out: Figures[] = [];
    for (const [target, path] of [['案件列表 GET /api/cases' + (process.env.BENCH_LIST_QUERY ?? ''), '/api/cases' + (process.env.BENCH_LIST_QUERY ?? '')], ['案件详情 GET /api/cases/:id', `/api/cases/${caseId}`]] as const) {
      await run(base + path, cookie).catch(() => undefined); // warm-up is the first run's first second
      const r = await run(base + path, cookie);
      if (process.env.BENCH_DEBUG) process.stdout.write(JSON.stringify({ ...r, latency: r.latency, requests: r.requests }).slice(0, 1500) + "\n");
      out.push({ store: kind, target, requests: r.requests.total, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx });
    }
    await app.close();
    return out;
  } finally {
    if (kind === 'postgres') await store.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// PostgreSQL: DATABASE_URL, or a throw-away local server (Debian's postgresql) when installed.
let pgUrl = process.env.DATABASE_URL;
let local: ReturnType<typeof startLocalPostgres> | undefined;
if (!pgUrl && process.env.BENCH_PG !== 'no') {
  try {
    local = startLocalPostgres({ port: 56000 + Math.floor(Math.random() * 2000) });
    pgUrl = local.url;
  } catch (err) {
    process.stdout.write(`（无法启动本地 PostgreSQL，只测 PGlite：${err instanceof Error ? err.message : String(err)}）\n`);
  }
}
let results: Figures[];
try {
  results = [...(await bench('pglite')), ...(pgUrl ? await bench('postgres') : [])];
} finally {
  local?.stop();
}
process.stdout.write(`\n连接数 ${CONNECTIONS}，每项 ${DURATION} s，案件 ${CASES} 件\n`);
process.stdout.write('store     target                          req/s    p50(ms)  p99(ms)  non2xx  errors\n');
for (const f of results) {
  process.stdout.write(`${f.store.padEnd(9)} ${f.target.padEnd(28)} ${String(f.rps).padStart(7)} ${String(f.p50).padStart(9)} ${String(f.p99).padStart(8)} ${String(f.non2xx).padStart(7)} ${String(f.errors).padStart(7)}\n`);
}
if (!pgUrl) process.stdout.write('（没有 PostgreSQL：只测了 PGlite）\n');
