// One call from a data directory to leads: validate and load into DuckDB, optionally
// copy into PostgreSQL, run the pack, group hits into leads.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbEngine, PostgresEngine, type EngineName, type SqlEngine } from './engine.js';
import { copyToPostgres, loadDataset, type LoadReport } from './load.js';
import { loadRulePack, resolveParams, selectRules, type Rule } from './rules.js';
import { addPostgresIndexes, runIncrement, runPack, type PackResult, type RuleTiming } from './run.js';
import { buildLeads, type Lead } from './leads.js';

export interface MonitorRunOptions {
  dataDir: string;
  ruleIds?: string[];
  engine?: EngineName;
  jurisdiction?: string;
  /** Date whose thresholds apply (default: today in Asia/Shanghai). */
  onDate?: string;
  databaseUrl?: string;
  /** Daily increment: only hits dated on or after this date, for the persons with visits since then. */
  since?: string;
  /** Where the DuckDB file lives (default: a temp dir removed afterwards). */
  workDir?: string;
  onLoaded?: (report: LoadReport) => void;
  onRuleStart?: (rule: Rule, index: number, total: number) => void;
  onRuleDone?: (rule: Rule, timing: RuleTiming, index: number, total: number) => void;
}

export interface MonitorRunResult {
  load: LoadReport;
  pack: PackResult;
  leads: Lead[];
  rules: Rule[];
}

export const todayInShanghai = (): string => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

export async function runMonitor(opts: MonitorRunOptions): Promise<MonitorRunResult> {
  const rules = selectRules(loadRulePack(), opts.ruleIds);
  const params = resolveParams(opts.jurisdiction ?? 'default', opts.onDate ?? todayInShanghai());
  const ownWork = !opts.workDir;
  const work = opts.workDir ?? mkdtempSync(join(tmpdir(), 'yibao-monitor-'));
  mkdirSync(work, { recursive: true });
  const duck = await DuckDbEngine.open({ path: join(work, 'monitor.duckdb') });
  let pg: PostgresEngine | undefined;
  try {
    const load = await loadDataset(duck, opts.dataDir);
    opts.onLoaded?.(load);
    let engine: SqlEngine = duck;
    if ((opts.engine ?? 'duckdb') === 'postgres') {
      const url = opts.databaseUrl ?? process.env.DATABASE_URL;
      if (!url) throw new Error('使用 PostgreSQL 引擎需要 DATABASE_URL');
      pg = await PostgresEngine.open({ connectionString: url, schema: 'yibao_monitor' });
      const local = /@(127\.0\.0\.1|localhost)[:/]/.test(url);
      let copied = false;
      if (local) {
        const dir = mkdtempSync(join(tmpdir(), 'yibao-copy-'));
        try {
          await copyToPostgres(duck, pg, { mode: 'server-file', tmpDir: dir });
          copied = true;
        } catch {
          copied = false;
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      if (!copied) await copyToPostgres(duck, pg, { mode: 'insert' });
      engine = pg;
    }
    const pack = opts.since ? await runIncrement(engine, rules, params, opts.since) : await runPack(engine, rules, {
      params,
      onRuleStart: opts.onRuleStart,
      onRuleDone: opts.onRuleDone,
      afterPrep: engine.name === 'postgres' ? addPostgresIndexes : undefined,
    });
    const names = Object.fromEntries((await duck.query('SELECT fixmedins_code, fixmedins_name FROM fixmedins')).map((r) => [String(r.fixmedins_code), String(r.fixmedins_name)]));
    return { load, pack, leads: buildLeads(pack.hits, rules, names), rules };
  } finally {
    if (pg) await pg.close();
    await duck.close();
    if (ownWork) rmSync(work, { recursive: true, force: true });
  }
}
