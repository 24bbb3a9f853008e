// Runs the rule pack on an engine: the shared precomputation (sql/prep.sql) once,
// then each rule's SELECT, normalised into hits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSqlStatements, type SqlEngine, type SqlRow, type SqlValue } from './engine.js';
import { LIST_COLUMNS, renderRuleSql, STANDARD_COLUMNS, type Rule, type RuleParams } from './rules.js';
import type { HitDetail } from './evidence.js';
import { sqlDir } from './paths.js';
import { buildFeeSpan } from './load.js';

export interface Hit {
  ruleId: string;
  hitKey: string;
  fixmedinsCode: string | null;
  psnNo: string | null;
  mdtrtId: string | null;
  feedetlSn: string | null;
  occurDate: string | null;
  /** The rule's amount (rule.json amountBasis: a gross amount, a fund payment, or 0 for an indicator), integer fen. */
  amountFen: number;
  /** The rule's evidence columns. */
  evidence: Record<string, SqlValue>;
  /** Fee lines the rule lists for the hit (line_sns), comma-separated. */
  lineSns?: string | null;
  /** Visits the rule lists for the hit (visit_ids), comma-separated. */
  visitIds?: string | null;
  /** Lines, diagnoses, amounts split by payer, reason and article (attachEvidence). */
  detail?: HitDetail;
}

export interface RuleTiming {
  ruleId: string;
  seconds: number;
  hits: number;
}

export interface PackResult {
  engine: string;
  prepSeconds: number;
  timings: RuleTiming[];
  hits: Hit[];
  totalSeconds: number;
  /** The fee table the pack read (for the evidence step). */
  feeSource: string;
}

export interface RunOptions {
  params: RuleParams;
  onRuleStart?: (rule: Rule, index: number, total: number) => void;
  onRuleDone?: (rule: Rule, timing: RuleTiming, index: number, total: number) => void;
  /** Skip prep.sql (when the caller already ran it on the same data). */
  skipPrep?: boolean;
  /** Run after prep.sql and counted in prepSeconds (PostgreSQL: sql/pg-indexes.sql). */
  afterPrep?: (engine: SqlEngine) => Promise<void>;
}

const str = (v: SqlValue | undefined): string | null => (v === null || v === undefined ? null : String(v));

export function toHit(ruleId: string, row: SqlRow): Hit {
  const evidence: Record<string, SqlValue> = {};
  for (const [k, v] of Object.entries(row)) {
    if (!(STANDARD_COLUMNS as readonly string[]).includes(k) && !(LIST_COLUMNS as readonly string[]).includes(k)) evidence[k] = v;
  }
  const amount = Number(row.amount_fen ?? 0);
  if (!Number.isSafeInteger(amount)) throw new Error(`规则 ${ruleId} 的违规金额不是安全整数: ${String(row.amount_fen)}`);
  const hitKey = str(row.hit_key);
  if (hitKey === null) throw new Error(`规则 ${ruleId} 输出了空的 hit_key`);
  return {
    ruleId,
    hitKey,
    fixmedinsCode: str(row.fixmedins_code),
    psnNo: str(row.psn_no),
    mdtrtId: str(row.mdtrt_id),
    feedetlSn: str(row.feedetl_sn),
    occurDate: str(row.occur_date),
    amountFen: amount,
    evidence,
    ...(row.line_sns !== undefined ? { lineSns: str(row.line_sns) } : {}),
    ...(row.visit_ids !== undefined ? { visitIds: str(row.visit_ids) } : {}),
  };
}

/**
 * Parameters of the rules that compare fee lines across visits (the window a line looks
 * back over): a daily increment keeps the lines of the visits that have a line in that
 * window before the increment date. 重复检查 is the only such rule; a new one adds its
 * window parameter here (run.test.ts checks the increment against a full run).
 */
export const LINE_HISTORY_PARAMS = ['repeat_exam_days'] as const;

const tableExists = async (engine: SqlEngine, name: string): Promise<boolean> =>
  (await engine.query(`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = '${name}'`)).some((r) => Number(r.n) > 0);

/**
 * Runs sql/prep.sql. With `since` (YYYY-MM-DD) it prepares a daily increment: only the
 * persons with a visit on or after that date (and everyone sharing their 证件号码), with
 * their whole history of visits, so that window rules still see the earlier visits; and
 * the fee lines of those of their visits that can give a hit dated on or after `since`
 * (a visit with a line on or after `since` minus the longest line window), found through
 * `fee_span` when the loader built it (else all their lines).
 */
export async function runPrep(engine: SqlEngine, since?: string, params?: RuleParams, rules?: Rule[]): Promise<{ seconds: number; feeSource: string }> {
  const t0 = performance.now();
  let setlSource = 'setl';
  let feeSource = 'fee';
  if (!(await tableExists(engine, 'fee_span'))) await buildFeeSpan(engine);
  if (since !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) throw new Error(`增量起始日期格式错误: ${since}`);
    await engine.exec('DROP TABLE IF EXISTS inc_visit');
    await engine.exec('DROP TABLE IF EXISTS inc_span');
    await engine.exec('DROP TABLE IF EXISTS inc_fee');
    await engine.exec(
      `CREATE TEMP TABLE inc_visit AS SELECT s.* FROM setl s WHERE s.psn_no IN (
         SELECT p.psn_no FROM psn p WHERE p.certno IN (
           SELECT q.certno FROM psn q WHERE q.psn_no IN (SELECT psn_no FROM setl WHERE adm_date >= DATE '${since}')))`,
    );
    setlSource = 'inc_visit';
    const lookBack = Math.max(0, ...LINE_HISTORY_PARAMS.map((p) => params?.[p] ?? Number.NaN).filter(Number.isFinite));
    if (params && Number.isInteger(lookBack)) {
      await engine.exec(
        `CREATE TEMP TABLE inc_span AS SELECT s.mdtrt_id, s.min_fee_date FROM fee_span s
         WHERE s.max_fee_date >= DATE '${since}' - ${lookBack} AND s.mdtrt_id IN (SELECT mdtrt_id FROM inc_visit)`,
      );
      const lower = (await engine.query('SELECT CAST(MIN(min_fee_date) AS VARCHAR) AS d FROM inc_span'))[0]?.d;
      const dateFilter = typeof lower === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(lower) ? `fee_date >= DATE '${lower}'` : 'FALSE';
      await engine.exec(`CREATE TEMP TABLE inc_fee AS SELECT * FROM fee WHERE ${dateFilter} AND mdtrt_id IN (SELECT mdtrt_id FROM inc_span)`);
    } else {
      await engine.exec('CREATE TEMP TABLE inc_fee AS SELECT * FROM fee WHERE mdtrt_id IN (SELECT mdtrt_id FROM inc_visit)');
    }
    feeSource = 'inc_fee';
  }
  const script = readFileSync(join(sqlDir(), 'prep.sql'), 'utf8').replaceAll('{{setl_source}}', setlSource).replaceAll('{{fee_source}}', feeSource);
  const profile = process.env.YIBAO_PREP_PROFILE === '1';
  const statements = splitSqlStatements(script);
  const skip = rules ? prepTablesNotNeeded(statements, rules) : new Set<string>();
  for (const stmt of statements) {
    const created = CREATED_TABLE.exec(stmt)?.[1];
    if (created && skip.has(created)) continue;
    const s0 = performance.now();
    await engine.exec(stmt);
    if (profile) process.stderr.write(`${((performance.now() - s0) / 1000).toFixed(2)}s ${stmt.replace(/\s+/g, ' ').slice(0, 70)}\n`);
  }
  return { seconds: (performance.now() - t0) / 1000, feeSource };
}

const CREATED_TABLE = /^CREATE\s+TEMP\s+TABLE\s+([a-z_][a-z0-9_]*)\s+AS\b/i;

/** Shared tables every run builds: the evidence of any hit reads them (evidence.ts). */
const PREP_CORE = new Set(['psn_death', 'planned_dx', 'visit_x', 'fee_rev', 'fee_x']);

/**
 * The shared tables of prep.sql that none of `rules` reads, directly or through another
 * shared table (an increment runs no rule on 进销存, 占比 or 囤药, so it does not build
 * inst_item or drug_supply).
 */
export function prepTablesNotNeeded(statements: string[], rules: Rule[]): Set<string> {
  const defs = new Map<string, string>();
  for (const stmt of statements) {
    const name = CREATED_TABLE.exec(stmt)?.[1];
    if (name) defs.set(name, stmt);
  }
  const reads = (sql: string, self?: string): string[] => [...defs.keys()].filter((t) => t !== self && new RegExp(`\\b${t}\\b`).test(sql));
  const needed = new Set<string>(PREP_CORE);
  const todo = [...PREP_CORE, ...rules.flatMap((r) => reads(r.sql))];
  while (todo.length) {
    const t = todo.pop()!;
    if (needed.has(t) && !PREP_CORE.has(t)) continue;
    needed.add(t);
    for (const dep of reads(defs.get(t) ?? '', t)) if (!needed.has(dep)) todo.push(dep);
  }
  return new Set([...defs.keys()].filter((t) => !needed.has(t)));
}

/**
 * Rules that need the whole period (进销存, 统计指标, a person's year: 疗程, 限额, 二线用药, 囤药)
 * do not run on an increment.
 */
export const isIncrementalRule = (rule: Rule): boolean => rule.incremental && rule.hitLevel !== 'institution' && rule.hitLevel !== 'institution-item';

/**
 * Daily increment: prepares only the persons with visits since `since` (with their
 * history), runs the person-, visit- and line-level rules and keeps the hits dated on or
 * after `since`. Equal to the same hits of a full run (see run.test.ts).
 */
export async function runIncrement(engine: SqlEngine, rules: Rule[], params: RuleParams, since: string): Promise<PackResult> {
  const t0 = performance.now();
  const incremental = rules.filter(isIncrementalRule);
  const prep = await runPrep(engine, since, params, incremental);
  const prepSeconds = prep.seconds;
  const timings: RuleTiming[] = [];
  const hits: Hit[] = [];
  for (const rule of incremental) {
    const r0 = performance.now();
    const ruleHits = (await runRule(engine, rule, params)).filter((h) => h.occurDate !== null && h.occurDate >= since);
    timings.push({ ruleId: rule.id, seconds: (performance.now() - r0) / 1000, hits: ruleHits.length });
    hits.push(...ruleHits);
  }
  return { engine: engine.name, prepSeconds, timings, hits, totalSeconds: (performance.now() - t0) / 1000, feeSource: prep.feeSource };
}

/** PostgreSQL: the indexes and statistics a DBA would add (sql/pg-indexes.sql). */
export async function addPostgresIndexes(engine: SqlEngine): Promise<void> {
  for (const stmt of splitSqlStatements(readFileSync(join(sqlDir(), 'pg-indexes.sql'), 'utf8'))) await engine.exec(stmt);
}

export async function runRule(engine: SqlEngine, rule: Rule, params: RuleParams): Promise<Hit[]> {
  const body = renderRuleSql(rule.sql, params).replace(/^\s*--.*$/gm, '').trim().replace(/;\s*$/, '');
  const rows = await engine.query(`SELECT * FROM (${body}) q ORDER BY hit_key`);
  return rows.map((r) => toHit(rule.id, r));
}

export async function runPack(engine: SqlEngine, rules: Rule[], opts: RunOptions): Promise<PackResult> {
  const t0 = performance.now();
  let prepSeconds = opts.skipPrep ? 0 : (await runPrep(engine)).seconds;
  if (opts.afterPrep) {
    const a0 = performance.now();
    await opts.afterPrep(engine);
    prepSeconds += (performance.now() - a0) / 1000;
  }
  const timings: RuleTiming[] = [];
  const hits: Hit[] = [];
  for (const [i, rule] of rules.entries()) {
    opts.onRuleStart?.(rule, i, rules.length);
    const r0 = performance.now();
    const ruleHits = await runRule(engine, rule, opts.params);
    const timing = { ruleId: rule.id, seconds: (performance.now() - r0) / 1000, hits: ruleHits.length };
    timings.push(timing);
    hits.push(...ruleHits);
    opts.onRuleDone?.(rule, timing, i, rules.length);
  }
  return { engine: engine.name, prepSeconds, timings, hits, totalSeconds: (performance.now() - t0) / 1000, feeSource: 'fee' };
}
