// 当事人: who a case is against or for. A case has one or more parties: the party itself
// and, where an article fines them separately (社会保险法 第八十四条), the directly
// responsible persons of an organisation as parties of their own.
import { z } from 'zod';
import { PARTIES } from '../../law/index.js';
import { isResidentIdNumber, isUnifiedSocialCreditCode } from './identity.js';

/** 行政处罚法 第五十一条 distinguishes 公民 from 法人或者其他组织. */
export const PARTY_CLASSES = ['公民', '法人', '其他组织'] as const;
export type PartyClass = (typeof PARTY_CLASSES)[number];

/** The kinds the sanction rules address (law's PARTIES, without the 医疗保障行政部门 itself). */
export const PARTY_CATEGORIES = PARTIES.filter((p) => p !== '医疗保障行政部门') as Exclude<(typeof PARTIES)[number], '医疗保障行政部门'>[];
export type PartyCategory = (typeof PARTY_CATEGORIES)[number];

export const ID_KINDS = ['居民身份证', '统一社会信用代码', '护照', '港澳台居民居住证', '其他证件'] as const;

export const PARTY_ROLES = ['当事人', '直接负责的主管人员和其他直接责任人员'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

const ORGANISATIONS: readonly PartyCategory[] = ['定点医疗机构', '定点零售药店', '医疗保障经办机构', '用人单位', '投标人'];

export const PartySchema = z
  .object({
    角色: z.enum(PARTY_ROLES).default('当事人').meta({ title: '角色', widget: 'select' }),
    类型: z.enum(PARTY_CLASSES, { error: () => `当事人类型应为：${PARTY_CLASSES.join('、')}` }).meta({ title: '当事人类型', widget: 'select' }),
    主体类别: z.enum(PARTY_CATEGORIES as [PartyCategory, ...PartyCategory[]], { error: () => `主体类别应为：${PARTY_CATEGORIES.join('、')}` }).meta({ title: '主体类别', widget: 'select' }),
    名称: z.string().trim().min(1, '请填写当事人姓名或名称').max(100).meta({ title: '姓名或名称', widget: 'text' }),
    证件类型: z.enum(ID_KINDS).meta({ title: '证件类型', widget: 'select' }),
    证件号码: z.string().trim().min(1, '请填写证件号码').max(40).meta({ title: '证件号码', widget: 'text' }),
    住所: z.string().trim().min(1, '请填写住所或地址').max(200).meta({ title: '住所（地址）', widget: 'text' }),
    法定代表人: z.string().trim().max(50).optional().meta({ title: '法定代表人或负责人', widget: 'text' }),
    联系电话: z
      .string()
      .trim()
      .regex(/^[0-9+\-() ]{5,20}$/, '联系电话格式不正确')
      .optional()
      .meta({ title: '联系电话', widget: 'text' }),
    所属单位: z.string().trim().max(100).optional().meta({ title: '所属单位', widget: 'text', description: '直接责任人员所在的单位' }),
  })
  .strict()
  .superRefine((p, ctx) => {
    const bad = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.证件类型 === '居民身份证' && !isResidentIdNumber(p.证件号码)) bad('证件号码', `居民身份证号码「${p.证件号码}」校验不通过（出生日期或第18位校验码有误）`);
    if (p.证件类型 === '统一社会信用代码' && !isUnifiedSocialCreditCode(p.证件号码)) bad('证件号码', `统一社会信用代码「${p.证件号码}」校验不通过（应为18位，末位为校验码）`);
    const person = p.类型 === '公民';
    if (person && p.证件类型 === '统一社会信用代码') bad('证件类型', '公民的证件不能是统一社会信用代码');
    if (!person && p.证件类型 === '居民身份证') bad('证件类型', `${p.类型}应登记统一社会信用代码`);
    if (p.角色 === '当事人') {
      if ((p.主体类别 === '参保个人' || p.主体类别 === '定点医药机构法定代表人或主要负责人') && !person) bad('类型', `${p.主体类别}是公民`);
      if (ORGANISATIONS.includes(p.主体类别) && person) bad('类型', `${p.主体类别}是法人或者其他组织，不是公民`);
      if (!person && !p.法定代表人) bad('法定代表人', `${p.类型}须登记法定代表人或负责人`);
    } else {
      if (!person) bad('类型', '直接负责的主管人员和其他直接责任人员是公民');
      if (!p.所属单位) bad('所属单位', '请填写直接责任人员所在的单位');
    }
  });
export type Party = z.output<typeof PartySchema>;
export type PartyInput = z.input<typeof PartySchema>;

/** The parties of a case: exactly one 当事人, any number of responsible persons. */
export const PartiesSchema = z
  .array(PartySchema)
  .min(1, '至少登记一名当事人')
  .max(30)
  .refine((ps) => ps.filter((p) => p.角色 === '当事人').length === 1, '应当恰有一名当事人（直接责任人员另列）')
  .meta({ title: '当事人', widget: 'parties' });

/** The 当事人 of a case (the one its decision is about). */
export function mainParty(parties: readonly Party[]): Party | undefined {
  return parties.find((p) => p.角色 === '当事人');
}

/** 公民 / 法人或者其他组织, as 行政处罚法 第五十一条 classes them. */
export function partyClassOf(p: Pick<Party, '类型'>): '公民' | '法人或者其他组织' {
  return p.类型 === '公民' ? '公民' : '法人或者其他组织';
}
