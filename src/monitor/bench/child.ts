// Benchmark worker, run in its own process so that its peak RSS is the engine's:
//   synth <visits> <seed> <dir>          generate data (Parquet)
//   csv   <parquetDir> <csvDir>          write the same data as CSV (what a bureau usually gets)
//   load  <dataDir> <dbFile>             validate (strict) and load into a DuckDB file
//   pack  <dbFile>                       run the whole pack on DuckDB, then the evidence of every hit
//   inc   <dbFile> <visits>              run a daily increment of about that many visits
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDbEngine } from '../engine.js';
import { loadDataset } from '../load.js';
import { loadRulePack, resolveParams } from '../rules.js';
import { runIncrement, runPack } from '../run.js';
import { generateSynthetic } from '../synth.js';
import { attachEvidence } from '../evidence.js';
import { buildLeads } from '../leads.js';

const [mode, a, b, c] = process.argv.slice(2);
const out = (v: unknown): void => {
  process.stdout.write(`@@RESULT ${JSON.stringify({ ...(v as object), maxRssKb: process.resourceUsage().maxRSS })}\n`);
};

if (mode === 'synth') {
  out(await generateSynthetic({ visits: Number(a), seed: Number(b), outDir: c! }));
} else if (mode === 'csv') {
  const duck = await DuckDbEngine.open({ path: ':memory:', memoryLimit: '3GB' });
  mkdirSync(b!, { recursive: true });
  for (const f of readdirSync(a!)) {
    if (f.endsWith('.parquet')) await duck.exec(`COPY (SELECT * FROM read_parquet('${join(a!, f)}')) TO '${join(b!, f.replace(/\.parquet$/, '.csv'))}' (FORMAT csv, HEADER true)`);
    else if (f.endsWith('.csv') || f.endsWith('.json')) copyFileSync(join(a!, f), join(b!, f));
  }
  await duck.close();
  out({});
} else if (mode === 'load') {
  const duck = await DuckDbEngine.open({ path: b! });
  const t0 = performance.now();
  const report = await loadDataset(duck, a!, { maxIssues: 20 });
  await duck.exec('CHECKPOINT');
  await duck.close();
  out({ seconds: (performance.now() - t0) / 1000, problems: report.problemCount, tables: report.tables });
} else if (mode === 'pack') {
  const duck = await DuckDbEngine.open({ path: a! });
  const rules = loadRulePack();
  const res = await runPack(duck, rules, { params: resolveParams() });
  const e0 = performance.now();
  const hits = await attachEvidence(duck, rules, res.hits, { feeSource: res.feeSource });
  const leads = buildLeads(hits, rules);
  const evidenceSeconds = (performance.now() - e0) / 1000;
  await duck.close();
  const perRule: Record<string, number> = {};
  for (const h of res.hits) perRule[h.ruleId] = (perRule[h.ruleId] ?? 0) + 1;
  const digest = res.hits.map((h) => `${h.ruleId}|${h.hitKey}|${h.amountFen}`).sort();
  const lossFen = leads.reduce((s, l) => s + l.amountFen, 0);
  out({ prepSeconds: res.prepSeconds, totalSeconds: res.totalSeconds, evidenceSeconds, timings: res.timings, hitsPerRule: perRule, digest, leads: leads.length, lossFen });
} else if (mode === 'inc') {
  // A daily increment of about `b` visits (the latest ones) against the whole history.
  const duck = await DuckDbEngine.open({ path: a! });
  const row = (await duck.query(`SELECT CAST(adm_date AS VARCHAR) AS d FROM setl ORDER BY adm_date DESC LIMIT 1 OFFSET ${Number(b ?? 30000)}`))[0];
  const since = String(row?.d ?? '2025-12-01');
  const n = Number((await duck.query(`SELECT count(*) AS n FROM setl WHERE adm_date >= DATE '${since}'`))[0]!.n);
  const res = await runIncrement(duck, loadRulePack(), resolveParams(), since);
  await duck.close();
  out({ since, incrementVisits: n, prepSeconds: res.prepSeconds, totalSeconds: res.totalSeconds, rules: res.timings.length, hits: res.hits.length });
} else {
  process.stderr.write('用法: child.ts synth|csv|load|pack|inc …\n');
  process.exit(2);
}
