// Inputs of the 文书 (enforcement documents). The case engine fills these from case data;
// the renderers turn them into .docx and .pdf. Money is integer fen, dates are calendar
// dates `YYYY-MM-DD` (Asia/Shanghai), instants are ISO strings (e.g. `2026-11-23T09:30:00+08:00`).

/** The document kinds, by their Chinese names. */
export const DOCUMENT_KINDS = [
  '立案审批表',
  '询问笔录',
  '先行登记保存通知书',
  '封存通知书',
  '行政处罚事先告知书',
  '听证通知书',
  '行政处罚决定书',
  '送达回证',
  '结案报告',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A calendar date `YYYY-MM-DD`. */
export type CalendarDate = string;
/** An instant, ISO 8601 with offset (`+08:00`). */
export type Instant = string;

/** The issuing bureau (执法主体). Name and 文号 prefix come from configuration (data/documents/bureaus.json). */
export interface Bureau {
  /** e.g. 阳泉市医疗保障局 */
  name: string;
  /** 文号 prefix of penalty documents, e.g. 阳医保罚 */
  docNumberPrefix: string;
  address?: string;
  phone?: string;
  postcode?: string;
}

export type PartyType = '公民' | '法人' | '其他组织';

/** 当事人 */
export interface Party {
  name: string;
  type: PartyType;
  /** 统一社会信用代码 (法人/其他组织) or 居民身份证号码 (公民) */
  idNumber: string;
  /** defaults to 统一社会信用代码 for 法人/其他组织 and 公民身份号码 for 公民 */
  idKind?: string;
  address: string;
  /** 法定代表人 (法人) or 负责人 (其他组织) */
  legalRepresentative?: { name: string; title?: '法定代表人' | '负责人' | '主要负责人'; idNumber?: string };
  phone?: string;
  /** for 公民 */
  gender?: '男' | '女';
  birthDate?: CalendarDate;
}

/** 执法人员 */
export interface Officer {
  name: string;
  /** 执法证号 */
  certificateNo: string;
}

/** A statute citation with its quoted text. */
export interface LegalArticle {
  /** law title without brackets, e.g. 医疗保障基金使用监督管理条例 */
  law: string;
  /** e.g. 第四十条第一款第（三）项 */
  article: string;
  /** the quoted article text */
  text: string;
}

/** Where a number comes from (a statute article, or the bureau's own rule). */
export interface LegalBasis {
  law: string;
  article: string;
  quote?: string;
}

export type PeriodUnit = '日' | '工作日' | '个月' | '小时';

/** A period given by a statute (or by the bureau), with its basis. */
export interface Period {
  value: number;
  unit: PeriodUnit;
  basis?: LegalBasis;
}

/** 证据 */
export interface EvidenceItem {
  name: string;
  description?: string;
  /** e.g. 3页 */
  quantity?: string;
}

/** 处罚及处理措施. Amounts are integer fen. */
export interface Measures {
  /** 责令改正 text, e.g. 责令立即改正违法行为 */
  correction?: string;
  /** 责令退回 (amount of 医保基金 to return) */
  refundFen?: number;
  /** 罚款 */
  fineFen?: number;
  /** 没收违法所得 */
  confiscateFen?: number;
  /** 暂停涉及医疗保障基金使用的医药服务 / 暂停医保基金结算 */
  suspension?: { months: number; scope: string };
  warning?: boolean;
  other?: string[];
}

/** 裁量 */
export interface Discretion {
  /** e.g. 从轻 / 一般 / 从重 / 减轻 / 不予处罚 */
  level?: string;
  reasons: string[];
  /** the discretion standard applied (裁量基准), if any */
  standard?: string;
}

/** 权利告知: every number comes from the caller, with its basis. */
export interface RightsNotice {
  /** 陈述、申辩期限 */
  statement: Period;
  /** 要求听证期限; absent when the measure carries no hearing right */
  hearing?: Period;
  reconsideration: { period: Period; body: string };
  litigation: { period: Period; court: string };
}

/** 缴款 */
export interface PaymentInstructions {
  /** 缴纳期限 (e.g. 15 日, 行政处罚法第六十七条第三款) */
  period: Period;
  method?: string;
  bankName?: string;
  accountName?: string;
  accountNo?: string;
  /** 加处罚款 */
  lateFee?: { percentPerDay: number; basis: LegalBasis };
}

export type ServiceMethod = '直接送达' | '留置送达' | '邮寄送达' | '委托送达' | '电子送达' | '公告送达';

export interface Contact {
  person: string;
  phone: string;
  address?: string;
}

export interface Approval {
  opinion: string;
  signer: string;
  date: CalendarDate;
}

// ---------------------------------------------------------------------------
// The inputs, one per document

/** 立案审批表 */
export interface CaseFilingApprovalInput {
  bureau: Bureau;
  /** 立案编号 (文号) */
  docNumber: string;
  /** 案由, e.g. 涉嫌分解住院骗取医疗保障基金案 */
  caseName: string;
  /** 案件来源: 监督检查 / 投诉举报 / 智能监控 / 上级交办 / 其他部门移送 … */
  source: string;
  sourceDate: CalendarDate;
  party: Party;
  /** 简要案情 */
  briefFacts: string;
  /** 涉嫌违反的规定 */
  articles: LegalArticle[];
  officers: Officer[];
  /** 承办人意见 */
  officerOpinion: { opinion: string; date: CalendarDate };
  /** 承办机构（科室）意见 */
  departmentApproval?: Approval;
  /** 负责人审批意见 */
  headApproval?: Approval;
}

/** 询问笔录 */
export interface InquiryRecordInput {
  bureau: Bureau;
  caseName: string;
  start: Instant;
  end: Instant;
  place: string;
  inquirers: Officer[];
  recorder: string;
  interviewee: {
    name: string;
    gender?: '男' | '女';
    age?: number;
    idNumber: string;
    employer?: string;
    position?: string;
    address?: string;
    phone?: string;
    /** 与本案关系, e.g. 当事人的法定代表人 */
    relation: string;
  };
  /** the interviewee's answer to the opening question (identity shown, duty to answer truly, right to ask for recusal) */
  recusalAnswer: string;
  /** questions and answers after the opening question, in order */
  qa: { q: string; a: string }[];
  /** the interviewee's closing statement */
  closing?: string;
}

/** A thing preserved or sealed */
export interface PreservedItem {
  name: string;
  specification?: string;
  quantity: string;
  note?: string;
}

/** 先行登记保存通知书 */
export interface EvidencePreservationNoticeInput {
  bureau: Bureau;
  docNumber: string;
  party: Party;
  caseName: string;
  /** 保存依据 */
  articles: LegalArticle[];
  items: PreservedItem[];
  /** 保存地点 */
  storagePlace: string;
  /** 保存方式, e.g. 就地保存 / 异地保存 */
  storageMethod: string;
  /** 保存期限 (and the time within which the bureau decides), with its basis */
  period: Period;
  startDate: CalendarDate;
  officers: Officer[];
  approvedBy: string;
  date: CalendarDate;
  contact?: Contact;
}

/** 封存通知书 */
export interface SealingNoticeInput {
  bureau: Bureau;
  docNumber: string;
  party: Party;
  caseName: string;
  /** 封存理由 */
  reason: string;
  articles: LegalArticle[];
  items: PreservedItem[];
  storagePlace: string;
  period: Period;
  startDate: CalendarDate;
  officers: Officer[];
  /** 情况紧急当场实施: reported to the head, with approval after the fact */
  emergency?: { reportedAt: Instant; approvedBy: string; approvedAt: Instant; basis: LegalBasis };
  rights: Pick<RightsNotice, 'reconsideration' | 'litigation'>;
  date: CalendarDate;
  contact?: Contact;
}

/** 行政处罚事先告知书 */
export interface PenaltyPriorNoticeInput {
  bureau: Bureau;
  docNumber: string;
  party: Party;
  caseName: string;
  filingDate: CalendarDate;
  facts: string;
  fundLossFen?: number;
  evidence: EvidenceItem[];
  /** articles violated */
  violated: LegalArticle[];
  /** articles the penalty rests on */
  basis: LegalArticle[];
  measures: Measures;
  discretion: Discretion;
  rights: RightsNotice;
  contact: Contact;
  date: CalendarDate;
}

/** 听证通知书 */
export interface HearingNoticeInput {
  bureau: Bureau;
  docNumber: string;
  party: Party;
  caseName: string;
  /** date the party asked for a hearing */
  requestDate: CalendarDate;
  hearingTime: Instant;
  hearingPlace: string;
  /** 公开 or 不公开 (with reason) */
  publicHearing: boolean;
  nonPublicReason?: string;
  host: string;
  hearingOfficers?: string[];
  recorder: string;
  /** the clause of art. 64 that lets the party be represented, ask for recusal etc. */
  articles: LegalArticle[];
  contact: Contact;
  date: CalendarDate;
}

/** 行政处罚决定书 */
export interface PenaltyDecisionInput {
  bureau: Bureau;
  docNumber: string;
  party: Party;
  caseName: string;
  filingDate: CalendarDate;
  /** the 事先告知书 */
  priorNotice: { docNumber: string; date: CalendarDate };
  /** 陈述申辩 and our review (复核) */
  statement: { made: boolean; summary?: string; review?: string };
  hearing?: { held: boolean; date?: CalendarDate; summary?: string };
  facts: string;
  fundLossFen?: number;
  evidence: EvidenceItem[];
  violated: LegalArticle[];
  basis: LegalArticle[];
  discretion: Discretion;
  measures: Measures;
  payment?: PaymentInstructions;
  rights: Omit<RightsNotice, 'statement' | 'hearing'>;
  /** 集体讨论 date, where held */
  collectiveDiscussionDate?: CalendarDate;
  date: CalendarDate;
}

/** 送达回证 */
export interface ServiceReceiptInput {
  bureau: Bureau;
  caseName: string;
  documents: { name: string; docNumber?: string; pages?: number }[];
  recipient: string;
  /** who signed for it if not the recipient, with relation */
  signer?: { name: string; relation: string };
  method: ServiceMethod;
  place: string;
  servedAt: Instant;
  servers: Officer[];
  witness?: string;
  note?: string;
}

/** 结案报告 */
export interface CaseClosingReportInput {
  bureau: Bureau;
  /** 立案编号 */
  caseNumber: string;
  caseName: string;
  party: Party;
  filingDate: CalendarDate;
  decision?: { docNumber: string; date: CalendarDate; measures: Measures };
  /** how it was carried out */
  execution: {
    finePaidFen?: number;
    refundPaidFen?: number;
    lateFeePaidFen?: number;
    paidDate?: CalendarDate;
    /** e.g. 当事人已全部履行 / 申请人民法院强制执行 */
    summary: string;
  };
  /** 结案理由 */
  closingReason: string;
  /** 案件办理情况综述 */
  summary: string;
  officers: Officer[];
  officerOpinion: { opinion: string; date: CalendarDate };
  headApproval?: Approval;
}

export interface DocumentInputs {
  立案审批表: CaseFilingApprovalInput;
  询问笔录: InquiryRecordInput;
  先行登记保存通知书: EvidencePreservationNoticeInput;
  封存通知书: SealingNoticeInput;
  行政处罚事先告知书: PenaltyPriorNoticeInput;
  听证通知书: HearingNoticeInput;
  行政处罚决定书: PenaltyDecisionInput;
  送达回证: ServiceReceiptInput;
  结案报告: CaseClosingReportInput;
}
