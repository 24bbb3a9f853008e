// Field schemas for step inputs. Each carries its Chinese title and the kind of control the
// console draws for it (`widget`), so that every form is generated from the schema the
// engine validates with: officers never type JSON, 分 or usernames.
import { z } from 'zod';
import { isValidDate } from '../../law/index.js';

/** The controls the console knows (web/src/forms): the schema's `widget` names one. */
export const WIDGETS = [
  'text', // one line
  'textarea', // several lines
  'date', // YYYY-MM-DD, Asia/Shanghai
  'select', // one of a closed list (enum)
  'multiselect', // several of a closed list
  'boolean',
  'integer',
  'money', // integer fen, entered in 元 with 大写 shown
  'officers', // certified officers of the case's jurisdiction, by name
  'user', // one account, by name (role filter in `role`)
  'users', // several accounts, by name
  'parties', // the party form with identity checks
  'violation', // the article (and 项) from the case's catalog item
  'facts', // the facts the penalty rules read: amounts in 元, circumstances, dates
  'measures', // chosen within the case's computed decision
  'mitigation', // 行政处罚法 第三十二条 grounds
  'evidence', // named pieces of evidence with a description
  'qa', // questions and answers of a 询问笔录
  'deadline', // one of the case's open deadlines
  'pause', // one of the kinds of time not counted
  'list', // a list of short texts
  'findings', // inspection findings per target
  'installments', // 暂缓/分期: each instalment's due date and amount (元)
  'measure', // one of the case's decided penalties
  'rows', // a table: each row a small form of its fields' own titles and widgets
  'form', // one small form of its fields' own titles and widgets
  'jurisdiction', // a jurisdiction path (省/市/县区) from data/jurisdictions.json
  'case', // another case, by its number (YYYY-NNNNNN)
  'reviewSituations', // local 重大执法决定 situations that require 法制审核 (暂行规定 37 第一款第（五）项), as the case's jurisdiction lists them
  'libraryTarget', // a 被检查对象 chosen from the jurisdiction's 被检查对象库 (飞行检查办法 第六条); typing stays possible, the guard checks
  'libraryMember', // a team member; an expert chosen from the 专家库 fills his unit and profession
  'suspect', // a 疑点 of the case (from its monitoring lead or 调取疑点数据), by number
  'caseEvidence', // evidence of this case, by the names the case shows (registered evidence, 笔录, files)
  'payer', // who pays (or is repaid): one of the case's parties the decision orders to pay — the 当事人, or a responsible person for a fine of his own
] as const;
export type Widget = (typeof WIDGETS)[number];

export interface FieldMeta {
  title: string;
  widget: Widget;
  description?: string;
  /** for `user`/`users`: the role the account must hold */
  role?: string;
  placeholder?: string;
}

function meta<T extends z.ZodType>(schema: T, m: FieldMeta): T {
  return schema.meta({ ...m }) as T;
}

/** Free text of at most `max` characters (default 2,000), required unless optional() is applied. */
export function text(title: string, opts: { max?: number; description?: string; placeholder?: string; widget?: 'text' | 'textarea' } = {}) {
  const max = opts.max ?? 2000;
  return meta(z.string().trim().min(1, `请填写${title}`).max(max, `${title}不得超过${max}字`), {
    title,
    widget: opts.widget ?? (max > 100 ? 'textarea' : 'text'),
    ...(opts.description ? { description: opts.description } : {}),
    ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
  });
}

/** A calendar date YYYY-MM-DD that exists. */
export function date(title: string, description?: string) {
  return meta(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${title}应为 YYYY-MM-DD 格式的日期`)
      .refine(isValidDate, `${title}不是存在的日期`),
    { title, widget: 'date', ...(description ? { description } : {}) },
  );
}

/** One of a closed list. */
export function choice<const T extends readonly [string, ...string[]]>(title: string, options: T, description?: string) {
  return meta(z.enum(options, { error: () => `${title}应为：${options.join('、')}` }), { title, widget: 'select', ...(description ? { description } : {}) });
}

export function flag(title: string, description?: string) {
  return meta(z.boolean(), { title, widget: 'boolean', ...(description ? { description } : {}) });
}

export function integer(title: string, min: number, max: number) {
  return meta(z.number().int(`${title}应为整数`).min(min, `${title}不得小于${min}`).max(max, `${title}不得大于${max}`), { title, widget: 'integer' });
}

/** An amount in integer fen (the console takes 元 and shows 大写). */
export function money(title: string, description?: string) {
  return meta(
    z
      .number()
      .int(`${title}应精确到分`)
      .nonnegative(`${title}不能为负数`)
      .max(100_000_000_000_00, `${title}超出范围`),
    { title, widget: 'money', ...(description ? { description } : {}) },
  );
}

const AccountName = z.string().trim().min(1).max(64);

/** The case's officers named on a step: a list of distinct accounts (checked against 执法证 and jurisdiction by the engine). */
export function officers(title = '执法人员', min = 1) {
  return meta(
    z
      .array(AccountName)
      .min(min, `${title}不少于${min}人`)
      .max(20)
      .refine((a) => new Set(a).size === a.length, `${title}不能重复`),
    { title, widget: 'officers', description: '本辖区持有效执法证的执法人员' },
  );
}

export function user(title: string, role?: string) {
  return meta(AccountName, { title, widget: 'user', ...(role ? { role } : {}) });
}

export function users(title: string, min = 1, role?: string) {
  return meta(
    z
      .array(AccountName)
      .min(min, `${title}不少于${min}人`)
      .max(50)
      .refine((a) => new Set(a).size === a.length, `${title}不能重复`),
    { title, widget: 'users', ...(role ? { role } : {}) },
  );
}

export function list(title: string, min = 1, max = 200) {
  return meta(z.array(z.string().trim().min(1).max(200)).min(min, `${title}不少于${min}项`).max(max), { title, widget: 'list' });
}

/** Named evidence with a description (the file itself is an attachment). */
export const EvidenceItem = z
  .object({
    名称: z.string().trim().min(1, '请填写证据名称').max(100),
    说明: z.string().trim().max(500).optional(),
    附件: z.string().regex(/^[0-9a-f]{64}$/).optional().describe('附件的 SHA-256'),
  })
  .strict();
export function evidence(title = '证据') {
  return meta(z.array(EvidenceItem).max(200), { title, widget: 'evidence' });
}

/** The common part of every step: the date the act happened and, when it is earlier than the day of entry, why. */
export const StepEnvelope = {
  日期: date('日期', '该环节实际发生的日期；不填为录入当日').optional(),
  补录理由: text('补录理由', { max: 500, description: '日期早于录入当日时必填' }).optional(),
  逾期理由: text('逾期理由', { max: 2000, description: '超过期限办理时必填（如逾期送达）' }).optional(),
};

/** A table of rows, each a small form whose fields carry their own titles and widgets. */
export function rows<T extends z.ZodType>(title: string, row: T, min = 1, max = 200) {
  return meta(z.array(row).min(min, `${title}不少于${min}项`).max(max, `${title}不得超过${max}项`), { title, widget: 'rows' });
}

/** A jurisdiction path (山西省/阳泉市/矿区), checked against data/jurisdictions.json by the guards. */
export function jurisdictionPath(title: string, description?: string) {
  return meta(z.string().trim().regex(/^[\u4e00-\u9fff]+(\/[\u4e00-\u9fff]+){0,2}$/, `${title}应为辖区路径，如 山西省/阳泉市/矿区`), { title, widget: 'jurisdiction', ...(description ? { description } : {}) });
}

/**
 * Who pays money the decision orders (or is repaid it): one of the case's parties, by name —
 * the 当事人, or a directly responsible person for a fine imposed on him (社会保险法 第八十四条).
 * The console offers the payers of the decision's lines; the engine refuses
 * a payer the decision does not order to pay (guard paymentWithinOwed).
 */
export function payer(title: string, description?: string) {
  return meta(z.string().trim().min(1, `请选择${title}`).max(100), { title, widget: 'payer', ...(description ? { description } : {}) });
}

/** Local situations requiring 法制审核, by their words (the console offers the case's jurisdiction's; the engine checks them). */
export function reviewSituations(title: string, description?: string) {
  return meta(z.array(z.string().trim().min(1).max(300)).max(20), { title, widget: 'reviewSituations', ...(description ? { description } : {}) });
}

/** A 疑点 of this case by its number (the console offers the case's; the engine checks it). */
export function suspect(title: string, description?: string) {
  return meta(z.string().trim().min(1, `请选择${title}`).max(300), { title, widget: 'suspect', ...(description ? { description } : {}) });
}

/** Evidence of this case cited by name (the console offers what the case has; the engine checks it). */
export function caseEvidence(title: string, description?: string) {
  return meta(z.array(z.string().trim().min(1).max(300)).min(1, `请选择${title}`).max(50), { title, widget: 'caseEvidence', ...(description ? { description } : {}) });
}

/** Another case, by its number. */
export function caseRef(title: string, description?: string) {
  return meta(z.string().trim().regex(/^\d{4}-\d{6}$/, `${title}应为案件编号 YYYY-NNNNNN`), { title, widget: 'case', ...(description ? { description } : {}) });
}

/** Several of a closed list (at least `min`). */
export function choices<const T extends readonly [string, ...string[]]>(title: string, options: T, min = 1, description?: string) {
  return meta(
    z
      .array(z.enum(options, { error: () => `${title}应为：${options.join('、')}` }))
      .min(min, `请选择${title}`)
      .max(options.length)
      .refine((a) => new Set(a).size === a.length, `${title}不能重复`),
    { title, widget: 'multiselect', ...(description ? { description } : {}) },
  );
}
