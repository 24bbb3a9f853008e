// 法定期限 (statutory periods), each written once in data/law/periods.json with its article,
// the words that state it, how it is counted (working days, a last day on a holiday) with
// the article that says so, and the extensions the statute allows, as far as it allows
// them. Procedures and documents refer to a period by its id; periods.test.ts reads every
// number back out of the statute text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LAW_DIR, loadCorpus } from './corpus.js';
import { chineseNumeral } from './numerals.js';

export const PERIODS_FILE = join(DEFAULT_LAW_DIR, 'periods.json');

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const TextRef = z
  .object({
    /** file stem under data/law, e.g. 医疗保障行政处罚程序暂行规定-2021 */
    file: z.string(),
    article: z.number().int().positive(),
    paragraph: z.number().int().positive().optional(),
    /** 项 of the paragraph (the first paragraph when none is given) */
    item: z.number().int().positive().optional(),
    /** the words of the article that state the rule */
    quote: z.string().min(2),
  })
  .strict();
export type TextRef = z.infer<typeof TextRef>;

const CountingRule = z
  .object({
    id: z.string(),
    file: z.string(),
    article: z.number().int().positive(),
    paragraph: z.number().int().positive().optional(),
    quote: z.string(),
    /** amounts of 日 the rule makes working days */
    workingDaysFor: z.array(z.number().int().positive()).optional(),
    /** 日 up to this many are working days (行政强制法 第六十九条: 十日以内) */
    workingDaysUpTo: z.number().int().positive().optional(),
    /** the day the period starts on is not counted */
    startExcluded: z.boolean().optional(),
    /** a period whose last day is a holiday ends on the next working day */
    carryOver: z.boolean().optional(),
  })
  .strict();
export type CountingRule = z.infer<typeof CountingRule>;

export const PERIOD_UNITS = ['日', '工作日', '小时', '月'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

const Extension = z
  .object({
    /** a fixed extension (延长三十日) */
    amount: z.number().int().positive().optional(),
    /** an extension up to (最长不得超过六十日) */
    maxAmount: z.number().int().positive().optional(),
    /** how many times this extension may be granted */
    times: z.number().int().positive().default(1),
    /** the role that approves it */
    approver: z.string(),
    /** it is decided by the heads' collective discussion */
    collectiveDiscussion: z.boolean().optional(),
    /** the party is told in writing, with the reasons */
    writtenNotice: z.boolean().optional(),
    basis: TextRef,
  })
  .strict()
  .refine((e) => (e.amount === undefined) !== (e.maxAmount === undefined), '延长须写明 amount（固定）或 maxAmount（上限）之一');
export type Extension = z.infer<typeof Extension>;

export const PeriodSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    amount: z.number().positive(),
    /** the unit as counted (七日 under 行政处罚法 第八十五条 → 工作日) */
    unit: z.enum(PERIOD_UNITS),
    basis: TextRef.optional(),
    /** other statutes stating the same period (with the rule that makes their 日 working days) */
    also: z.array(TextRef.extend({ unitRule: z.string().optional() })).default([]),
    /** a period the bureau sets where no statute gives a number: its reason */
    bureau: z.string().optional(),
    /** the counting rule that makes 日 working days */
    unitRule: z.string().optional(),
    /** the counting rule for start day and holidays */
    counting: z.string().optional(),
    excludes: z.object({ kinds: z.array(z.string()).min(1), basis: TextRef }).strict().optional(),
    extensions: z.array(Extension).default([]),
    onExpiry: z.object({ effect: z.string(), basis: TextRef }).strict().optional(),
    /** a step after this period is still allowed, and recorded as late (a duty of the bureau, not a bar) */
    lateAllowed: z.boolean().optional(),
    validFrom: IsoDate.optional(),
    validTo: IsoDate.optional(),
  })
  .strict()
  .refine((p) => !!p.basis !== !!p.bureau, '期限须有法定依据（basis）或本局设定的说明（bureau），且只能有其一');
export type Period = z.infer<typeof PeriodSchema>;

/**
 * A date that recurs every year (每年4月30日前): its month and day as the text states them,
 * dated by the versions of the rule it comes from. A duty falls due on it in the year after
 * the year it concerns (上一年度) when `ofPreviousYear` says so.
 */
export const AnnualDateSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    monthDay: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '应为 MM-DD'),
    basis: TextRef,
    ofPreviousYear: z.boolean().optional(),
    validFrom: IsoDate.optional(),
    validTo: IsoDate.optional(),
  })
  .strict();
export type AnnualDate = z.infer<typeof AnnualDateSchema>;

const PeriodsFile = z.object({ $comment: z.string().optional(), counting: z.array(CountingRule), periods: z.array(PeriodSchema), annual: z.array(AnnualDateSchema).default([]) }).strict();

export interface PeriodRegistry {
  periods: Period[];
  counting: CountingRule[];
  /** dates that recur every year (每年4月30日前) */
  annual: AnnualDate[];
  /** A yearly date by id, as in force on `onDate` (YYYY-MM-DD; default: any version). */
  annualDate(id: string, onDate?: string): AnnualDate;
  get(id: string): Period;
  has(id: string): boolean;
  countingRule(id: string): CountingRule;
}

let cache: PeriodRegistry | undefined;

export function loadPeriods(file = PERIODS_FILE): PeriodRegistry {
  if (file === PERIODS_FILE && cache) return cache;
  const parsed = PeriodsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`期限登记表 ${file} 格式有误：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
  const { periods, counting, annual } = parsed.data;
  const byId = new Map(periods.map((p) => [p.id, p]));
  if (byId.size !== periods.length) throw new Error('期限登记表：期限 id 重复');
  const rules = new Map(counting.map((r) => [r.id, r]));
  for (const p of periods) {
    for (const ref of [p.unitRule, p.counting]) if (ref && !rules.has(ref)) throw new Error(`期限「${p.id}」引用了未登记的计算规则「${ref}」`);
  }
  const registry: PeriodRegistry = {
    periods,
    counting,
    annual,
    annualDate(id, onDate) {
      const found = annual.filter((a) => a.id === id && (!onDate || ((!a.validFrom || a.validFrom <= onDate) && (!a.validTo || onDate <= a.validTo))));
      if (!found.length) throw new Error(`期限登记表中没有${onDate ? `${onDate}有效的` : ''}每年日期「${id}」`);
      return found[found.length - 1]!;
    },
    get(id) {
      const p = byId.get(id);
      if (!p) throw new Error(`期限登记表中没有「${id}」`);
      return p;
    },
    has: (id) => byId.has(id),
    countingRule(id) {
      const r = rules.get(id);
      if (!r) throw new Error(`期限登记表中没有计算规则「${id}」`);
      return r;
    },
  };
  if (file === PERIODS_FILE) cache = registry;
  return registry;
}

/** 《医疗保障行政处罚程序暂行规定》第十四条第一款 — a text reference in words, its title from the corpus. */
export function citeTextRef(ref: TextRef): string {
  const { statute, place } = textRefPlace(ref);
  return `《${statute}》${place}`;
}

/** The statute's title and the place in words (第六十四条第（一）项, 第六十七条第三款) of a text reference. */
export function textRefPlace(ref: TextRef): { statute: string; place: string } {
  const corpus = loadCorpus();
  const version = corpus.statutes.flatMap((st) => st.versions).find((v) => v.file.replace(/\.md$/, '') === ref.file);
  if (!version) throw new Error(`语料中没有 ${ref.file}`);
  const article = version.articles.get(ref.article);
  if (!article) throw new Error(`${ref.file} 没有第${ref.article}条`);
  const paragraph = ref.paragraph && article.paragraphs.length > 1 ? `第${chineseNumeral(ref.paragraph)}款` : '';
  const item = ref.item ? `第（${chineseNumeral(ref.item)}）项` : '';
  return { statute: version.statute, place: `${article.label}${paragraph}${item}` };
}
