// The rule pack: one directory per rule under src/monitor/rules/<id>/ holding rule.json
// (metadata) and either rule.sql (one SELECT, the same text on DuckDB and PostgreSQL) or
// the name of a shared template in rules/_templates/<name>.sql with the values it is bound
// to: rules whose logic is the same differ only by data (the item class a 进销存 rule looks
// at, the 医疗类别 a 频繁就医 rule counts …).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { monitorDataDir, rulesDir } from './paths.js';

export const RESULT_TYPES = ['明确违规', '可疑'] as const;

/** How the lines of a hit are found (its evidence and the base of its fund amounts). */
export const LINE_SCOPES = [
  'line', // the hit's fee line (feedetl_sn)
  'visit', // every line of the hit's visit
  'visit-day', // the visit's lines on the hit's date
  'visit-item', // the visit's lines of the item in the evidence column med_list_codg
  'visit-day-item', // … on the hit's date
  'listed', // the lines the rule lists in its column line_sns
  'visits', // every line of the visits the rule lists in its column visit_ids
  'institution-item', // the institution's lines of the item med_list_codg
  'institution', // statistical indicators: the institution's largest lines of the measured kind
] as const;
export type LineScope = (typeof LINE_SCOPES)[number];

/**
 * What the rule's amount_fen is: 'gross' the violating part of its lines' gross amounts (the
 * fund share is that part of the lines' fund payment); 'lines' the lines are wholly
 * violating (the fund share is all of theirs); 'fund' a fund payment; 'none' no amount (indicators).
 */
export const AMOUNT_KINDS = ['gross', 'lines', 'fund', 'none'] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];

const Bindable = z.union([z.string().max(60).regex(/^[^'"\\;]*$/), z.number(), z.array(z.string().max(60).regex(/^[^'"\\;]*$/)).max(40)]);

export const RuleMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  liangkuCode: z.string().regex(/^(GZ|ZB)\d{14}$/).nullable(),
  category: z.enum(['政策类', '管理类', '医疗类', '法定违规']),
  hitLevel: z.enum(['line', 'visit', 'group', 'person', 'person-day', 'institution', 'institution-item']),
  party: z.enum(['institution', 'person']),
  resultType: z.enum(RESULT_TYPES),
  /** Words of the statute the rule enforces; a test finds them in the cited article, paragraph or item. */
  statuteTerm: z.string().min(2),
  matterId: z.string().regex(/^penalty\.[a-z0-9-]+$/),
  /** "条例:38:2" = article 38, item (二) of its first paragraph; "条例:41:p2" = the second paragraph of article 41. */
  article: z.string().regex(/^[^:]+:\d+(:p\d+)?(:\d+)?$/),
  window: z.string(),
  scenario: z.string(),
  evidenceColumns: z.array(z.string()),
  amountBasis: z.string(),
  params: z.array(z.string()),
  /** How the hit's lines are found. */
  lines: z.enum(LINE_SCOPES),
  amountKind: z.enum(AMOUNT_KINDS),
  /** A sentence in Chinese saying why, with {{column}} placeholders (evidence columns, item_name, fixmedins_name, occur_date …). */
  reason: z.string().min(8),
  /** Columns or tables the rule reads that older data may lack, and what it cannot check without them. */
  needs: z.array(z.object({ data: z.string().regex(/^[a-z_]+(\.[a-z0-9_]+)?$/), unchecked: z.string().min(4) })).default([]),
  /** A shared SQL template (rules/_templates/<name>.sql) instead of rule.sql, and the values it is bound to. */
  template: z.string().regex(/^[a-z0-9-]+$/).optional(),
  bind: z.record(z.string().regex(/^[a-z_]+$/), Bindable).optional(),
  /**
   * Whether the rule runs on a daily increment. Rules that add up a person's year or look
   * back months (疗程, 限额, 二线用药, 囤药) need the whole period, as do institution-level ones.
   */
  incremental: z.boolean().default(true),
});
export type RuleMeta = z.infer<typeof RuleMetaSchema>;

export interface Rule extends RuleMeta {
  /** The rule's SQL with template values bound (thresholds still {{placeholders}}). */
  sql: string;
}

/** Output columns every rule returns before its evidence columns. */
export const STANDARD_COLUMNS = ['hit_key', 'fixmedins_code', 'psn_no', 'mdtrt_id', 'feedetl_sn', 'occur_date', 'amount_fen'] as const;
/** Columns a rule may add to list the lines or visits of a hit (not evidence). */
export const LIST_COLUMNS = ['line_sns', 'visit_ids'] as const;

/** 明确违规, 可疑, or 指标 (a statistical indicator: shown apart, never an amount). */
export type HitKind = '明确违规' | '可疑' | '指标';
export const hitKindOf = (rule: Pick<RuleMeta, 'resultType' | 'liangkuCode' | 'amountKind'>): HitKind =>
  rule.amountKind === 'none' || rule.liangkuCode?.startsWith('ZB') ? '指标' : rule.resultType;

const sqlLiteral = (v: string): string => `'${v.replace(/'/g, "''")}'`;

/**
 * Binds a template's placeholders: {{@name}} strings as literals, numbers, lists as (…), a
 * "{{param}}" string stays a threshold placeholder; {{#name}} a column name (an identifier:
 * lower-case letters, digits and _ only), for a template whose output columns differ by rule.
 */
export function bindTemplate(sql: string, bind: Record<string, string | number | string[]>, where: string): string {
  const out = sql
    .replace(/\{\{@([a-z_]+)\}\}/g, (_m, name: string) => {
      const v = bind[name];
      if (v === undefined) throw new Error(`${where}: 模板参数缺失 ${name}`);
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) throw new Error(`${where}: 模板参数不是数字 ${name}`);
        return String(v);
      }
      if (Array.isArray(v)) return v.length ? `(${v.map(sqlLiteral).join(', ')})` : '(NULL)';
      if (/^\{\{[a-z0-9_]+\}\}$/.test(v)) return v;
      return sqlLiteral(v);
    })
    .replace(/\{\{#([a-z_]+)\}\}/g, (_m, name: string) => {
      const v = bind[name];
      if (typeof v !== 'string' || !/^[a-z][a-z0-9_]*$/.test(v)) throw new Error(`${where}: 模板列名参数 ${name} 须为小写字母、数字和下划线`);
      return v;
    });
  const unused = Object.keys(bind).filter((k) => !sql.includes(`{{@${k}}}`) && !sql.includes(`{{#${k}}}`));
  if (unused.length) throw new Error(`${where}: 模板不使用的参数 ${unused.join(', ')}`);
  return out;
}

let cache: Rule[] | undefined;

export function loadRulePack(dir: string = rulesDir()): Rule[] {
  if (cache && dir === rulesDir()) return cache;
  const rules: Rule[] = [];
  for (const id of readdirSync(dir).sort()) {
    if (id.startsWith('_')) continue;
    const meta = RuleMetaSchema.parse(JSON.parse(readFileSync(join(dir, id, 'rule.json'), 'utf8')));
    if (meta.id !== id) throw new Error(`规则目录名与 id 不一致: ${id} / ${meta.id}`);
    let sql: string;
    if (meta.template) {
      if (existsSync(join(dir, id, 'rule.sql'))) throw new Error(`规则 ${id} 使用模板 ${meta.template}，不应再有 rule.sql`);
      sql = bindTemplate(readFileSync(join(dir, '_templates', `${meta.template}.sql`), 'utf8'), meta.bind ?? {}, id);
    } else {
      if (meta.bind) throw new Error(`规则 ${id} 没有模板，不应有 bind`);
      sql = readFileSync(join(dir, id, 'rule.sql'), 'utf8');
    }
    rules.push({ ...meta, sql });
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
