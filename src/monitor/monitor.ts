// One call from a data directory to leads: validate and load into DuckDB (strict by
// default: bad input stops everything), optionally copy into PostgreSQL, run the pack,
// attach the evidence of every hit, group hits into leads, and say what the data did not
// let the rules check.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbEngine, PostgresEngine, type EngineName, type SqlEngine } from './engine.js';
import { copyToPostgres, loadDataset, type LoadMode, type LoadReport } from './load.js';
import { loadRulePack, resolveParams, selectRules, type Rule } from './rules.js';
import { addPostgresIndexes, runIncrement, runPack, type Hit, type PackResult, type RuleTiming } from './run.js';
import { attachEvidence } from './evidence.js';
import { buildLeads, type Lead } from './leads.js';
import { columnOf } from './schema.js';

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
  /** strict (default): any bad input stops the run; lenient: bad rows are quarantined and written to `quarantineFile`. */
  mode?: LoadMode;
  quarantineFile?: string;
  onLoaded?: (report: LoadReport) => void;
  onRuleStart?: (rule: Rule, index: number, total: number) => void;
  onRuleDone?: (rule: Rule, timing: RuleTiming, index: number, total: number) => void;
}

/** A rule that could not check something because the data lacks what it reads. */
export interface UncheckedData {
  ruleId: string;
  /** "setl.days_rinp_flag_31" or a table name. */
  data: string;
  unchecked: string;
}

export interface MonitorRunResult {
  load: LoadReport;
  pack: PackResult;
  leads: Lead[];
  rules: Rule[];
  /** What the rules could not check with this data. */
  unchecked: UncheckedData[];
  evidenceSeconds: number;
}

export const todayInShanghai = (): string => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

/** The rules' `needs` that the loaded data does not meet (a table with no rows, a column with no value). */
export async function uncheckedData(engine: SqlEngine, rules: Rule[]): Promise<UncheckedData[]> {
  const present = new Map<string, boolean>();
  const out: UncheckedData[] = [];
  for (const rule of rules) {
    for (const need of rule.needs) {
      if (!present.has(need.data)) {
        const ref = columnOf(need.data);
        if (!ref) throw new Error(`规则 ${rule.id} 的 needs 指向不存在的数据：${need.data}`);
        const sql = ref.column
          ? `SELECT count(*) AS n FROM (SELECT 1 FROM ${ref.table.name} WHERE ${ref.column.name} IS NOT NULL LIMIT 1) t`
          : `SELECT count(*) AS n FROM (SELECT 1 FROM ${ref.table.name} LIMIT 1) t`;
        present.set(need.data, Number((await engine.query(sql))[0]?.n ?? 0) > 0);
      }
      if (!present.get(need.data)) out.push({ ruleId: rule.id, data: need.data, unchecked: need.unchecked });
    }
  }
  return out;
}

/** Attaches the evidence of every hit and builds the leads (both engines; after the pack, on the same session). */
export async function hitsToLeads(
  engine: SqlEngine, rules: Rule[], pack: PackResult, unchecked: UncheckedData[], load: LoadReport | null,
): Promise<{ hits: Hit[]; leads: Lead[]; seconds: number }> {
  const t0 = performance.now();
  const byRule = new Map<string, string[]>();
  for (const u of unchecked) byRule.set(u.ruleId, [...(byRule.get(u.ruleId) ?? []), `数据缺少 ${u.data}：${u.unchecked}`]);
  const qVisits = new Set(load?.quarantinedRefs.mdtrtIds ?? []);
  const qItems = new Set(load?.quarantinedRefs.items ?? []);
  const hits = await attachEvidence(engine, rules, pack.hits, {
    feeSource: pack.feeSource,
    unchecked: byRule,
    caveatOf: (h) => {
      const item = typeof h.evidence.med_list_codg === 'string' ? h.evidence.med_list_codg : null;
      if ((h.mdtrtId && qVisits.has(h.mdtrtId)) || (item && qItems.has(item) && !h.mdtrtId)) {
        return '装载时有涉及本就诊或本项目的费用明细被隔离（见隔离文件），本疑点可能受影响，须核对原始数据';
      }
      return undefined;
    },
  });
  const names = Object.fromEntries((await engine.query('SELECT fixmedins_code, fixmedins_name FROM fixmedins')).map((r) => [String(r.fixmedins_code), String(r.fixmedins_name)]));
  const leads = buildLeads(hits, rules, names);
  return { hits, leads, seconds: (performance.now() - t0) / 1000 };
}

export async function runMonitor(opts: MonitorRunOptions): Promise<MonitorRunResult> {
  const rules = selectRules(loadRulePack(), opts.ruleIds);
  const params = resolveParams(opts.jurisdiction ?? 'default', opts.onDate ?? todayInShanghai());
  const ownWork = !opts.workDir;
  const work = opts.workDir ?? mkdtempSync(join(tmpdir(), 'yibao-monitor-'));
  mkdirSync(work, { recursive: true });
  const duck = await DuckDbEngine.open({ path: join(work, 'monitor.duckdb') });
  let pg: PostgresEngine | undefined;
  try {
    const load = await loadDataset(duck, opts.dataDir, { mode: opts.mode ?? 'strict', ...(opts.quarantineFile ? { quarantineFile: opts.quarantineFile } : {}) });
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
    const unchecked = await uncheckedData(engine, rules);
    const { hits, leads, seconds } = await hitsToLeads(engine, rules, pack, unchecked, load);
    return { load, pack: { ...pack, hits }, leads, rules, unchecked, evidenceSeconds: seconds };
  } finally {
    if (pg) await pg.close();
    await duck.close();
    if (ownWork) rmSync(work, { recursive: true, force: true });
  }
}
