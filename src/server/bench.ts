// `npm run bench:server`: case list and case read under load (autocannon, 200 connections)
// on the embedded PGlite and on PostgreSQL (DATABASE_URL, or a throw-away local server), each
// with durable commits (fsync on: the default) and without (BENCH_FSYNC=on|off|both, default
// both). The time to write the benchmark's cases (one transaction per step) shows what
// durability costs writes. A benchmark, not a test: it prints the figures. The floor (a bare
// Fastify route) is measured first and last; BENCH_PROFILE=<dir> writes a CPU profile of the
// server side of every measured run (<store>-fsync-<on|off>-<list|read>.cpuprofile).
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Fastify from 'fastify';
import { cpus, loadavg } from 'node:os';
import { packageRoot } from '../store/index.js';
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
const AUTOCANNON = join(packageRoot, 'node_modules', '.bin', 'autocannon');

interface Figures { store: string; fsync: boolean; seedSeconds: number; target: string; requests: number; rps: number; p50: number; p99: number; errors: number; non2xx: number; cpuMs: number; load: number }

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

interface Run { requests: { total: number; average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number; cpuMsPerRequest: number }

/**
 * autocannon in a child process (its own CPU and event loop, not the server's), and the
 * server process's CPU time per request over the run — a figure that holds on a shared,
 * loaded machine where latencies do not.
 */
async function run(url: string, cookie: string, seconds: number = DURATION, profileAs?: string): Promise<Run> {
  const profileDir = process.env.BENCH_PROFILE;
  const session = profileDir && profileAs ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  try {
    return await load(url, cookie, seconds);
  } finally {
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(profileDir!, { recursive: true });
      writeFileSync(join(profileDir!, `${profileAs}.cpuprofile`), JSON.stringify(profile));
      session.disconnect();
    }
  }
}

function load(url: string, cookie: string, seconds: number): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const cpu = process.cpuUsage();
    const child = spawn(AUTOCANNON, ['-j', '-c', String(CONNECTIONS), '-d', String(seconds), ...(cookie ? ['-H', `cookie=${cookie}`] : []), url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      const used = process.cpuUsage(cpu);
      if (code !== 0) return reject(new Error(`autocannon 退出码 ${code}：${err.slice(-500)}`));
      const r = JSON.parse(out) as Omit<Run, 'cpuMsPerRequest'>;
      resolvePromise({ ...r, cpuMsPerRequest: (used.user + used.system) / 1000 / Math.max(1, r.requests.total) });
    });
  });
}

async function bench(kind: 'pglite' | 'postgres', durable: boolean, pgUrl?: string): Promise<Figures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-bench-'));
  const schema = `yibao_bench_${Date.now().toString(36)}`;
  const store = kind === 'pglite' ? await openStore({ engine: 'pglite', dataDir: dir, durable }) : await openStore({ engine: 'postgres', schema, databaseUrl: pgUrl! });
  try {
    await ensureJurisdictions(store);
    await createDemoAccounts(store, PASSWORD);
    // the server as `yibao serve` runs it: logging at info (to a file here, not to the terminal)
    const app = await buildServer({ db: store, logger: { level: 'info', stream: createWriteStream(join(dir, 'server.log')) }, webRoot: null, anchors: null, monitor: { dataDir: join(dir, 'monitor') } });
    await importSeedCatalogs(app.yibao.catalogs);
    const t0 = performance.now();
    const caseId = await seed(store);
    const seedSeconds = (performance.now() - t0) / 1000;
    process.stdout.write(`[${kind}, fsync ${durable ? 'on' : 'off'}] ${CASES} 件案件已生成（${seedSeconds.toFixed(1)} s，${CASES * 2 + CASES / 2} 个事务）\n`);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'fuze', password: PASSWORD }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const out: Figures[] = [];
    for (const [target, path] of [['案件列表 GET /api/cases' + (process.env.BENCH_LIST_QUERY ?? ''), '/api/cases' + (process.env.BENCH_LIST_QUERY ?? '')], ['案件详情 GET /api/cases/:id', `/api/cases/${caseId}`]] as const) {
      await run(base + path, cookie, 3).catch(() => undefined); // warm-up
      const r = await run(base + path, cookie, DURATION, `${kind}-fsync-${durable ? 'on' : 'off'}-${path.startsWith('/api/cases/') ? 'read' : 'list'}`);
      if (process.env.BENCH_DEBUG) process.stdout.write(JSON.stringify({ ...r, latency: r.latency, requests: r.requests }).slice(0, 1500) + "\n");
      out.push({ store: kind, fsync: durable, seedSeconds, target, requests: r.requests.total, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx, cpuMs: r.cpuMsPerRequest, load: loadavg()[0]! });
    }
    await app.close();
    return out;
  } finally {
    if (kind === 'postgres') await store.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// PostgreSQL: DATABASE_URL (as it is configured), or a throw-away local server (Debian's
// postgresql) started with fsync and synchronous_commit on or off to match the run.
const modes = (process.env.BENCH_FSYNC ?? 'both') === 'both' ? [true, false] : [process.env.BENCH_FSYNC !== 'off'];
const results: Figures[] = [];

/**
 * The floor on this machine now: a bare Fastify route answering a small JSON object, under the
 * same load. On a shared machine every figure below is to be read against this one.
 */
async function floor(): Promise<Figures> {
  const bare = Fastify({ logger: false });
  bare.get('/hello', async () => ({ hello: '张三' }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  try {
    const url = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/hello`;
    await run(url, '', 3);
    const r = await run(url, '', DURATION, 'floor');
    return { store: '—', fsync: false, seedSeconds: 0, target: '基准：空 Fastify 路由', requests: r.requests.total, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx, cpuMs: r.cpuMsPerRequest, load: loadavg()[0]! };
  } finally {
    await bare.close();
  }
}
if (process.env.BENCH_FLOOR !== 'no') results.push(await floor());
for (const durable of modes) {
  results.push(...(await bench('pglite', durable)));
  // a server of DATABASE_URL has the fsync it was configured with: measured once
  if (process.env.BENCH_PG === 'no' || (process.env.DATABASE_URL && !durable)) continue;
  let local: ReturnType<typeof startLocalPostgres> | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    try {
      const onOff = durable ? 'on' : 'off';
      local = startLocalPostgres({ port: 56000 + Math.floor(Math.random() * 2000), settings: { fsync: onOff, synchronous_commit: onOff, full_page_writes: onOff } });
      url = local.url;
    } catch (err) {
      process.stdout.write(`（无法启动本地 PostgreSQL，只测 PGlite：${err instanceof Error ? err.message : String(err)}）\n`);
    }
  }
  try {
    if (url) results.push(...(await bench('postgres', durable, url)));
  } finally {
    local?.stop();
  }
}
// the floor again at the end: the load of a shared machine moves during the run
if (process.env.BENCH_FLOOR !== 'no') results.push({ ...(await floor()), target: '基准：空 Fastify 路由（结束时）' });
const floors = results.filter((f) => f.store === '—');
const floorCpu = floors.reduce((a, f) => a + f.cpuMs, 0) / Math.max(1, floors.length);
const floorP99 = floors.reduce((a, f) => a + f.p99, 0) / Math.max(1, floors.length);
process.stdout.write(`\n连接数 ${CONNECTIONS}，每项 ${DURATION} s，案件 ${CASES} 件；${cpus().length} 核；负载（1 分钟平均）见 load 列：负载远高于核数时延迟反映的是争用，CPU ms/请求 才可比\n`);
process.stdout.write('（×基准：与两次空路由基准的平均之比；同一次运行之内可比）\n');
process.stdout.write('store     fsync  写入(s)  target                          req/s    p50(ms)  p99(ms)  p99×基准  non2xx  errors  CPU ms/请求  CPU×基准  load\n');
for (const f of results) {
  process.stdout.write(
    `${f.store.padEnd(9)} ${(f.store === '—' ? '' : f.fsync ? 'on' : 'off').padEnd(6)} ${f.seedSeconds.toFixed(1).padStart(7)}  ${f.target.padEnd(28)} ${String(f.rps).padStart(7)} ${String(f.p50).padStart(9)} ${String(f.p99).padStart(8)} ${(f.p99 / floorP99).toFixed(2).padStart(9)} ${String(f.non2xx).padStart(7)} ${String(f.errors).padStart(7)} ${f.cpuMs.toFixed(3).padStart(11)} ${(f.cpuMs / floorCpu).toFixed(2).padStart(9)} ${f.load.toFixed(1).padStart(5)}\n`,
  );
}
if (!results.some((f) => f.store === 'postgres')) process.stdout.write('（没有 PostgreSQL：只测了 PGlite）\n');
