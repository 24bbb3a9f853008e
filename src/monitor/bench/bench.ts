// npm run bench:monitor -- --visits N [--seed S] [--port P]
// Generates data (cached by seed and size under .cache/monitor/, Parquet and the same as
// CSV), loads it with validation (strict) from CSV and from Parquet, runs the whole pack on
// DuckDB and on a local PostgreSQL server it starts itself (with the indexes a DBA would
// add), checks both find the same hits, runs a daily increment, and prints a table per
// engine and, as its last line:
// visits=<n> fee_lines=<n> rules=<n> duckdb_s=<x> postgres_s=<y> ratio=<y/x> duckdb_peak_rss_mb=<m> load_s=<validated CSV load> increment_s=<daily increment>
// followed by fields added later: parquet_load_s, evidence_s, same_hits, peak_rss_mb.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDbEngine, PostgresEngine } from '../engine.js';
import { copyToPostgres } from '../load.js';
import { repoRoot } from '../paths.js';
import { startLocalPostgres } from '../pg-server.js';
import { loadRulePack, resolveParams } from '../rules.js';
import { addPostgresIndexes, runPack, type RuleTiming } from '../run.js';

const { values } = parseArgs({
  options: { visits: { type: 'string', default: '200000' }, seed: { type: 'string', default: '1' }, port: { type: 'string', default: '55433' } },
});
const visits = Number(values.visits);
const seed = Number(values.seed);
if (!Number.isInteger(visits) || visits < 100) throw new Error('--visits 须为不小于 100 的整数');

const here = dirname(fileURLToPath(import.meta.url));
const child = (args: string[]): Record<string, unknown> => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'child.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = r.stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
  if (r.status !== 0 || !line) throw new Error(`子进程失败（${args[0]}）: ${r.stdout.slice(-2000)}`);
  return JSON.parse(line.slice('@@RESULT '.length)) as Record<string, unknown>;
};
const log = (s: string): void => {
  process.stdout.write(s + '\n');
};

const cacheDir = join(repoRoot(), '.cache', 'monitor');
const dataDir = join(cacheDir, `synth-v${visits}-s${seed}`);
mkdirSync(cacheDir, { recursive: true });
if (!existsSync(join(dataDir, 'manifest.json'))) {
  log(`生成模拟数据：${visits} 人次，种子 ${seed} → ${dataDir}`);
  const g = child(['synth', String(visits), String(seed), dataDir]);
  log(`  生成用时 ${Number(g.seconds).toFixed(1)} 秒，费用明细 ${g.feeLines} 条`);
} else {
  log(`使用缓存数据：${dataDir}`);
}
const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { visits: number; feeLines: number };
const csvDir = `${dataDir}-csv`;
if (!existsSync(join(csvDir, 'manifest.json'))) {
  log(`写出同一数据的 CSV：${csvDir}`);
  child(['csv', dataDir, csvDir]);
}

const work = mkdtempSync(join(tmpdir(), 'yibao-bench-'));
const dbFile = join(work, 'bench.duckdb');
const rules = loadRulePack();
try {
  const pqFile = join(work, 'parquet.duckdb');
  const pqLoad = child(['load', dataDir, pqFile]) as { seconds: number; problems: number; maxRssKb: number };
  log(`严格校验装载（Parquet）${pqLoad.seconds.toFixed(2)} 秒，问题 ${pqLoad.problems} 处，峰值 RSS ${Math.round(pqLoad.maxRssKb / 1024)} MB`);
  rmSync(pqFile, { force: true });
  const load = child(['load', csvDir, dbFile]) as { seconds: number; problems: number; maxRssKb: number };
  log(`严格校验装载（CSV）${load.seconds.toFixed(2)} 秒，问题 ${load.problems} 处，峰值 RSS ${Math.round(load.maxRssKb / 1024)} MB`);
  const duck = child(['pack', dbFile]) as { prepSeconds: number; totalSeconds: number; evidenceSeconds: number; timings: RuleTiming[]; hitsPerRule: Record<string, number>; digest: string[]; leads: number; lossFen: number; maxRssKb: number };
  const duckRssMb = Math.round(duck.maxRssKb / 1024);
  log(`证据（每条疑点的明细、诊断、理由、金额拆分）与线索：${duck.evidenceSeconds.toFixed(2)} 秒，线索 ${duck.leads} 条`);
  const inc = child(['inc', dbFile, '30000']) as { since: string; incrementVisits: number; prepSeconds: number; totalSeconds: number; rules: number; hits: number; maxRssKb: number };

  const server = startLocalPostgres({ port: Number(values.port) });
  let pgTotal = 0;
  let pgPrep = 0;
  let pgTimings: RuleTiming[] = [];
  let pgRssMb = 0;
  let agree = false;
  try {
    const pg = await PostgresEngine.open({ connectionString: server.url, sessionSettings: { work_mem: '256MB' } });
    const src = await DuckDbEngine.open({ path: dbFile, memoryLimit: '2GB' });
    const copyDir = mkdtempSync(join(tmpdir(), 'yibao-bench-copy-'));
    const l0 = performance.now();
    await copyToPostgres(src, pg, { mode: 'server-file', tmpDir: copyDir });
    await pg.exec('ANALYZE');
    log(`PostgreSQL 装载（COPY）${((performance.now() - l0) / 1000).toFixed(1)} 秒`);
    rmSync(copyDir, { recursive: true, force: true });
    await src.close();
    const pid = (await pg.query('SELECT pg_backend_pid() AS pid'))[0]!.pid;
    const res = await runPack(pg, rules, { params: resolveParams(), afterPrep: addPostgresIndexes });
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    pgRssMb = Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    pgTotal = res.totalSeconds;
    pgPrep = res.prepSeconds;
    pgTimings = res.timings;
    const digest = res.hits.map((h) => `${h.ruleId}|${h.hitKey}|${h.amountFen}`).sort();
    agree = digest.length === duck.digest.length && digest.every((d, i) => d === duck.digest[i]);
    await pg.close();
  } finally {
    server.stop();
  }

  const fee = manifest.feeLines;
  const table = (name: string, prep: number, timings: RuleTiming[], total: number, rss: number): void => {
    log(`\n== ${name} ==`);
    log(`${'规则'.padEnd(32)}${'秒'.padStart(9)}${'命中'.padStart(9)}`);
    log(`${'(预计算 prep)'.padEnd(32)}${prep.toFixed(3).padStart(9)}`);
    for (const t of timings) log(`${t.ruleId.padEnd(32)}${t.seconds.toFixed(3).padStart(9)}${String(t.hits).padStart(9)}`);
    log(`合计 ${total.toFixed(2)} 秒；${Math.round(fee / total).toLocaleString('en-US')} 费用明细行/秒；峰值 RSS ${rss} MB`);
  };
  table('DuckDB', duck.prepSeconds, duck.timings, duck.totalSeconds, duckRssMb);
  table('PostgreSQL（带索引）', pgPrep, pgTimings, pgTotal, pgRssMb);
  log(`\nDuckDB 日增量：${inc.since} 起 ${inc.incrementVisits} 人次（连同这些人员的全部历史），${inc.rules} 条规则（机构级统计规则除外），${inc.totalSeconds.toFixed(2)} 秒（其中预计算 ${inc.prepSeconds.toFixed(2)} 秒），疑点 ${inc.hits} 条`);
  log(`\n两个引擎的命中${agree ? '完全一致' : '不一致！'}（${duck.digest.length} 条）`);
  const peak = Math.max(duckRssMb, Math.round(load.maxRssKb / 1024), Math.round(pqLoad.maxRssKb / 1024), Math.round(inc.maxRssKb / 1024));
  log(
    `visits=${manifest.visits} fee_lines=${fee} rules=${rules.length} duckdb_s=${duck.totalSeconds.toFixed(2)} postgres_s=${pgTotal.toFixed(2)} ` +
      `ratio=${(pgTotal / duck.totalSeconds).toFixed(2)} duckdb_peak_rss_mb=${duckRssMb} load_s=${load.seconds.toFixed(2)} increment_s=${inc.totalSeconds.toFixed(2)} ` +
      `parquet_load_s=${pqLoad.seconds.toFixed(2)} evidence_s=${duck.evidenceSeconds.toFixed(2)} same_hits=${agree} peak_rss_mb=${peak}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
