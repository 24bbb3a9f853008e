// Runs the rule pack on an engine: the shared precomputation (sql/prep.sql) once,
// then each rule's SELECT, normalised into hits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSqlStatements, type SqlEngine, type SqlRow, type SqlValue } from './engine.js';
import { renderRuleSql, STANDARD_COLUMNS, type Rule, type RuleParams } from './rules.js';
import { sqlDir } from './paths.js';

export interface Hit {
  ruleId: string;
  hitKey: string;
  fixmedinsCode: string | null;
  psnNo: string | null;
  mdtrtId: string | null;
  feedetlSn: string | null;
  occurDate: string | null;
  /** 违规金额 of this hit, integer fen. */
  amountFen: number;
  evidence: Record<string, SqlValue>;
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
    if (!(STANDARD_COLUMNS as readonly string[]).includes(k)) evidence[k] = v;
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
  };
}

export async function runPrep(engine: SqlEngine): Promise<number> {
  const t0 = performance.now();
  for (const stmt of splitSqlStatements(readFileSync(join(sqlDir(), 'prep.sql'), 'utf8'))) await engine.exec(stmt);
  return (performance.now() - t0) / 1000;
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
  let prepSeconds = opts.skipPrep ? 0 : await runPrep(engine);
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
  return { engine: engine.name, prepSeconds, timings, hits, totalSeconds: (performance.now() - t0) / 1000 };
}
