// The rule pack: one directory per rule under src/monitor/rules/<id>/ holding
// rule.sql (one SELECT, same text on DuckDB and PostgreSQL) and rule.json (metadata).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { monitorDataDir, rulesDir } from './paths.js';

export const RESULT_TYPES = ['明确违规', '可疑'] as const;

export const RuleMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  liangkuCode: z.string().regex(/^(GZ|ZB)\d{14}$/).nullable(),
  category: z.enum(['政策类', '管理类', '医疗类', '法定违规']),
  hitLevel: z.enum(['line', 'visit', 'group', 'person', 'person-day', 'institution', 'institution-item']),
  party: z.enum(['institution', 'person']),
  resultType: z.enum(RESULT_TYPES),
  /** Words of the statute the rule enforces; a test finds them in the cited article item. */
  statuteTerm: z.string().min(2),
  matterId: z.string().regex(/^penalty\.[a-z0-9-]+$/),
  /** "医疗保障基金使用监督管理条例:38:1" = article 38, item (一). */
  article: z.string().regex(/^[^:]+:\d+(:\d+)?$/),
  window: z.string(),
  scenario: z.string(),
  evidenceColumns: z.array(z.string()),
  amountBasis: z.string(),
  params: z.array(z.string()),
});
export type RuleMeta = z.infer<typeof RuleMetaSchema>;

export interface Rule extends RuleMeta {
  sql: string;
}

/** Output columns every rule returns before its evidence columns. */
export const STANDARD_COLUMNS = ['hit_key', 'fixmedins_code', 'psn_no', 'mdtrt_id', 'feedetl_sn', 'occur_date', 'amount_fen'] as const;

let cache: Rule[] | undefined;

export function loadRulePack(dir: string = rulesDir()): Rule[] {
  if (cache && dir === rulesDir()) return cache;
  const rules: Rule[] = [];
  for (const id of readdirSync(dir).sort()) {
    const meta = RuleMetaSchema.parse(JSON.parse(readFileSync(join(dir, id, 'rule.json'), 'utf8')));
    if (meta.id !== id) throw new Error(`规则目录名与 id 不一致: ${id} / ${meta.id}`);
    rules.push({ ...meta, sql: readFileSync(join(dir, id, 'rule.sql'), 'utf8') });
  }
  if (dir === rulesDir()) cache = rules;
  return rules;
}

export function selectRules(all: Rule[], ids?: string[]): Rule[] {
  if (!ids || ids.length === 0) return all;
  const byId = new Map(all.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    if (!r) throw new Error(`未知规则（unknown rule）: ${id}`);
    return r;
  });
}

// ---- thresholds per jurisdiction (data/monitor/thresholds.json) ----

const ThresholdFileSchema = z.object({
  jurisdictions: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      versions: z.array(z.object({ effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), source: z.string(), params: z.record(z.string(), z.number()) })),
    }),
  ),
});

export type RuleParams = Record<string, number>;

/**
 * Thresholds in force for a jurisdiction on a date: the default jurisdiction's latest
 * version on or before the date, overridden by the jurisdiction's own latest version.
 */
export function resolveParams(jurisdiction = 'default', onDate = '9999-12-31', file = join(monitorDataDir(), 'thresholds.json')): RuleParams {
  const data = ThresholdFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const pick = (code: string): RuleParams => {
    const j = data.jurisdictions.find((x) => x.code === code);
    if (!j) {
      if (code === 'default') throw new Error('阈值文件缺少 default 统筹区');
      throw new Error(`未知统筹区（unknown jurisdiction）: ${code}`);
    }
    const out: RuleParams = {};
    for (const v of [...j.versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))) {
      if (v.effectiveFrom <= onDate) Object.assign(out, v.params);
    }
    return out;
  };
  const base = pick('default');
  return jurisdiction === 'default' ? base : { ...base, ...pick(jurisdiction) };
}

/** Substitutes {{name}} placeholders with numbers (only finite numbers are accepted). */
export function renderRuleSql(sql: string, params: RuleParams): string {
  return sql.replace(/\{\{\s*([a-z0-9_]+)\s*\}\}/g, (_m, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`缺少规则参数（missing parameter）: ${name}`);
    if (!Number.isFinite(v)) throw new Error(`规则参数不是数字: ${name}`);
    return String(v);
  });
}
