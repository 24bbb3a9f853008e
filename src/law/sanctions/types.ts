// Facts in, measures out: the vocabulary of the sanction rules (处罚规则) and the shape of
// their result. The CLI contract of `yibao penalty` (issue 3) is this file's JSON form:
// its names are stable; fields may be added.
import { z } from 'zod';

/** 当事人 kinds a rule may address. */
export const PARTIES = [
  '参保个人',
  '定点医疗机构',
  '定点零售药店',
  '医疗保障经办机构',
  '用人单位',
  '投标人',
  '医疗保障行政部门',
  /** 条例 第四十三条: the 法定代表人 or 主要负责人 of a 定点医药机构, banned for the institution's violation */
  '定点医药机构法定代表人或主要负责人',
] as const;
export type Party = (typeof PARTIES)[number];

/** 定点医药机构 = 定点医疗机构 + 定点零售药店 (条例 第七条第三款 calls them 医药机构). */
export const DESIGNATED_INSTITUTIONS: readonly Party[] = ['定点医疗机构', '定点零售药店'];

/**
 * 行政处罚法 第五十一条 distinguishes 公民 from 法人或者其他组织: a 参保个人 is a 公民; every
 * other party kind here is an organisation.
 */
export function partyClass(party: Party): '公民' | '法人或者其他组织' {
  return party === '参保个人' || party === '定点医药机构法定代表人或主要负责人' ? '公民' : '法人或者其他组织';
}

/**
 * Circumstance flags (情节). The first twelve are the contract of issue 3; the rest are
 * conditions that the rules' articles name (each with the article in the comment).
 */
export const FLAGS = [
  '拒不改正', // 条例 38、39
  '逾期不改正', // 社会保险法 84
  '逾期仍不缴纳', // 社会保险法 86
  '造成严重后果', // 条例 38
  '以骗取为目的', // 条例 40 ②、41 ②
  '使用他人凭证冒名就医', // 条例 41 ②
  '初次违法', // 行政处罚法 33 ①
  '危害后果轻微', // 行政处罚法 33 ①
  '及时改正', // 行政处罚法 33 ①
  '中标', // 基本医疗卫生与健康促进法 103
  '情节严重', // 基本医疗卫生与健康促进法 103；社会保险费征缴暂行条例 23；若干规定 25
  '涉及生命健康安全或金融安全且有危害后果', // 行政处罚法 36 ①
  // — added by the rules —
  '情节特别严重', // 社会保险费征缴暂行条例 23
  '迟延缴纳', // 社会保险费征缴暂行条例 24
  '拒不退还', // 社会保险稽核办法 12（据引文）
  '有执业资格', // 社会保险法 87；条例 40；若干规定 25
  '造成重大损失或严重不良社会影响', // 条例 43
  '伪造变造资料或虚构服务项目', // 条例 41 ②
  '连续或者继续状态', // 行政处罚法 36 ②
  '违法行为轻微', // 行政处罚法 33 ①
  '没有造成危害后果', // 行政处罚法 33 ①
  '没有主观过错', // 行政处罚法 33 ②
  '主动消除或者减轻危害后果', // 行政处罚法 32（一）
  '受他人胁迫或者诱骗', // 行政处罚法 32（二）
  '主动供述', // 行政处罚法 32（三）
  '立功表现', // 行政处罚法 32（四）
  '按期全额退回', // 新疆裁量基准：责令退回期限内足额退回
] as const;
export type Flag = (typeof FLAGS)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z.string().regex(DATE, '日期应为 YYYY-MM-DD');
const fen = z.number().int('金额应为整数（分）').nonnegative('金额不能为负数').refine(Number.isSafeInteger, '金额超出安全整数范围');

/** Amounts in integer fen (分). */
export const Amounts = z
  .object({
    /** 骗取金额 */
    defraudedFen: fen.optional(),
    /** 造成损失金额 */
    lossFen: fen.optional(),
    /** 应缴/欠缴社会保险费数额 */
    unpaidFen: fen.optional(),
    /** 中标项目金额 */
    bidFen: fen.optional(),
    /** 违法所得 */
    illegalGainsFen: fen.optional(),
    /** 对单位的实际罚款数额 (基本医疗卫生与健康促进法 103: 个人罚款按其百分比) */
    unitFineFen: fen.optional(),
  })
  .strict();
export type Amounts = z.infer<typeof Amounts>;

/** The facts of a case as the rules read them. */
export const PenaltyFactsSchema = z
  .object({
    party: z.enum(PARTIES),
    amounts: Amounts.default({}),
    flags: z.array(z.string()).default([]),
    /** 违法行为开始之日 */
    actBegan: isoDate.optional(),
    /** 违法行为终了之日（连续或者继续状态的，为终了之日；否则为发生之日） */
    actEnded: isoDate.optional(),
    /** 发现之日（立案或者首次发现） */
    discovered: isoDate.optional(),
    /** 欠缴之日（社会保险法 86 滞纳金的起算日） */
    unpaidSince: isoDate.optional(),
  })
  .strict();
export type PenaltyFacts = z.input<typeof PenaltyFactsSchema>;
export type CheckedFacts = z.output<typeof PenaltyFactsSchema> & { flags: Flag[] };

/** Kinds of measure (措施), by their Chinese names. */
export const MEASURE_KINDS = [
  '警告',
  '责令改正',
  '责令限期改正',
  '责令限期缴纳',
  '约谈',
  '责令退回',
  '责令追回',
  '罚款',
  '滞纳金',
  '没收违法所得',
  '暂停联网结算',
  '暂停相关责任部门涉及基金使用的医药服务',
  '解除服务协议',
  '吊销执业资格',
  '处分',
  '禁止从事定点医药机构管理活动',
  '中标无效',
  '取消投标资格',
  '公告',
  '停止社会救助',
  '停止待遇支付',
  '依照规定征缴',
  '教育',
  '移送有关主管部门',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Whom a fine or other measure is aimed at. */
export type MeasureTarget =
  | '单位'
  | '直接负责的主管人员和其他直接责任人员'
  | '法定代表人、主要负责人、直接负责的主管人员和其他责任人员'
  | '法定代表人或者主要负责人'
  | '有关责任人员'
  | '当事人';

/** An article cited as structure (never parsed back from its text). */
export interface Citation {
  /** Full title, e.g. 医疗保障基金使用监督管理条例 */
  statute: string;
  shortTitle: string;
  /** Version date of the text cited. */
  version?: string;
  article: number;
  paragraph?: number;
  item?: number;
  /** 《医疗保障基金使用监督管理条例》第四十条第一款第（一）项 */
  text: string;
  /** The words: the paragraph, and the item that applies when one is named. */
  quote: string;
  /** The only known text is a seed catalog's quote. */
  restsOnQuote?: boolean;
}

export interface Measure {
  /** Stable within one result: kind@target (罚款@单位). */
  id: string;
  kind: MeasureKind;
  /** true: the article says the authority shall (应当/责令/处); false: may (可以), or only in a case the statute names. */
  mandatory: boolean;
  /** true for 行政处罚 (行政处罚法 第九条 kinds, including 限制 and 暂停); false for orders (责令…), agreement measures, 处分 … */
  penalty: boolean;
  minFen?: number;
  maxFen?: number;
  amountFen?: number;
  /** For a fine by multiple: the base amount (骗取金额, 造成损失金额 …) it multiplies. */
  baseFen?: number;
  minMonths?: number;
  maxMonths?: number;
  minYears?: number;
  maxYears?: number;
  target?: MeasureTarget;
  /** e.g. 《医疗保障基金使用监督管理条例》第四十条第一款 (the text of `cite`, for display and the CLI contract) */
  citation: string;
  /** The text of the paragraph (款) the measure rests on. */
  quote: string;
  /** The same citation as structure. */
  cite: Citation;
  /** The paragraph that brings the case under `cite` (条例 第四十条第二款 → 第一款). */
  via?: Citation;
  /** Carried out by another authority on referral (移送), not decided by the 医疗保障行政部门. */
  referral?: boolean;
  /** A condition the statute attaches and the facts do not settle (有执业资格的 …). */
  condition?: string;
  /** Who carries the measure out when it is not the 医疗保障行政部门 (移送). */
  authority?: string;
  /** How the figures were computed (amount × multiple …), in Chinese. */
  computation?: string;
  /** Where rounding happened and in which direction. */
  rounding?: string;
  /** Ids of the statutory parameters the figures come from. */
  parameters?: string[];
  /** The statute text of this article is known only from a catalog quote. */
  restsOnQuote?: boolean;
}

export interface LimitationResult {
  /** true: 不再给予行政处罚 (行政处罚法 第三十六条). */
  barred: boolean;
  /** false when a needed date is missing. */
  determined: boolean;
  periodYears?: number;
  /** The day the period is counted from. */
  from?: string;
  /** The last day on which discovery keeps the act punishable. */
  lastDay?: string;
  reason: string;
  citation: string;
}

export interface PenaltyResult {
  /** false: no 行政处罚 may be given (time bar, 不予处罚, not applicable); orders may remain. */
  punishable: boolean;
  reasons: string[];
  measures: Measure[];
  /** The article asked for, 'STATUTE:ARTICLE'. */
  article: string;
  /** The article actually applied (条例 38 with a fraud purpose → 条例 40 ②; 104 → the social-insurance rule). */
  appliedArticle: string;
  statute: string;
  /** Version (YYYY-MM-DD) of the statute text applied. */
  version?: string;
  /** 款 of the applied article that the facts fall under. */
  paragraphs: number[];
  /** 项 of the article the conduct falls under, when the request names one (条例:38:2). */
  item?: number;
  party: Party;
  partyClass: '公民' | '法人或者其他组织';
  /** The text of the article is known only from a catalog quote. */
  restsOnQuote: boolean;
  /** Penalty measures removed by the time bar or by 不予处罚, kept for the record. */
  withheldMeasures: Measure[];
  limitation: LimitationResult;
  warnings: string[];
  discretion?: import('./discretion.js').DiscretionRecommendation;
  procedure?: import('./procedure.js').ProcedureRequirements;
}

/** Error codes of PenaltyError (the CLI exits 2 on each). */
export type PenaltyErrorCode =
  | 'UNKNOWN_ARTICLE'
  | 'MISSING_AMOUNT'
  | 'UNKNOWN_FLAG'
  | 'UNKNOWN_PARTY'
  | 'PARTY_MISMATCH'
  | 'BAD_FACTS'
  | 'UNKNOWN_JURISDICTION';

/** A problem with the request: Chinese message, English code. */
export class PenaltyError extends Error {
  constructor(
    readonly code: PenaltyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PenaltyError';
  }
}

/** Validates raw facts (from JSON) against the vocabulary; throws PenaltyError. */
export function checkFacts(raw: unknown): CheckedFacts {
  if (raw && typeof raw === 'object' && 'party' in raw) {
    const party = (raw as { party: unknown }).party;
    if (typeof party !== 'string' || !(PARTIES as readonly string[]).includes(party)) {
      throw new PenaltyError('UNKNOWN_PARTY', `未知当事人类型“${String(party)}”，应为：${PARTIES.join('、')}`);
    }
  }
  if (raw && typeof raw === 'object' && 'flags' in raw && Array.isArray((raw as { flags: unknown }).flags)) {
    for (const flag of (raw as { flags: unknown[] }).flags) {
      if (typeof flag !== 'string' || !(FLAGS as readonly string[]).includes(flag)) {
        throw new PenaltyError('UNKNOWN_FLAG', `未知情节标记“${String(flag)}”，不在情节词表（FLAGS）中`);
      }
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new PenaltyError('BAD_FACTS', '案件事实应为 JSON 对象（含 party、amounts、flags 等字段）');
  }
  if (!('party' in raw)) throw new PenaltyError('BAD_FACTS', `案件事实缺少当事人类型 party（${PARTIES.join('、')}）`);
  const parsed = PenaltyFactsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.');
    throw new PenaltyError('BAD_FACTS', `案件事实格式有误${where ? `（${where}）` : ''}：${chineseIssue(issue)}`);
  }
  return { ...parsed.data, flags: parsed.data.flags as Flag[] };
}

const TYPE_NAMES: Record<string, string> = { number: '数字', string: '字符串', object: '对象', array: '数组' };

/** zod's issue in Chinese (its own messages are English). */
function chineseIssue(issue: z.core.$ZodIssue): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? '缺少此字段' : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return '不能为负数';
    case 'unrecognized_keys':
      return `未知字段 ${issue.keys.join('、')}`;
    case 'invalid_format':
      return '日期应为 YYYY-MM-DD';
    case 'invalid_value':
      return '取值不在允许范围内';
    default:
      return '取值无效';
  }
}
