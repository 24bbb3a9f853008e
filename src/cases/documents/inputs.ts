// The input of every document kind, as a zod schema. The case engine fills these from the
// stored case (its parties, decision, payments, dates); the renderers never guess.
import { z } from 'zod';
import { addMonths } from '../../law/index.js';
import {
  ApprovalSchema,
  CalendarDateSchema,
  ContactSchema,
  DiscretionSchema,
  DocRefSchema,
  EvidenceSchema,
  FenSchema,
  InstantSchema,
  IssuerSchema,
  LegalArticleSchema,
  LegalBasisSchema,
  ListedItemSchema,
  OfficerSchema,
  OrderSchema,
  PartyMeasuresSchema,
  PartySchema,
  PaymentInstructionsSchema,
  PeriodSchema,
  RemedySchema,
  SERVICE_METHODS,
  text,
} from './schemas.js';

const optionalText = (label: string) => text(label).optional();
const itemNumbers = (max: number, label: string) =>
  z
    .array(z.number().int().min(1).max(max, `${label}的项号为 1 至 ${max}`))
    .min(1, `须写明适用的${label}（项号）`)
    .refine((a) => new Set(a).size === a.length, '项号重复');

type Ctx = z.RefinementCtx;
const issue = (ctx: Ctx, path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
const after = (a: string, b: string) => new Date(a).getTime() > new Date(b).getTime();

/** 案由: the case as named on the 立案审批表, e.g. 阳泉市某某医院有限公司涉嫌分解住院案 (running text writes …一案). */
const CaseName = text('案由');

// ---------------------------------------------------------------------------
// 立案 and investigation

/** 立案审批表 */
export const CaseFilingApprovalInputSchema = z.object({
  bureau: IssuerSchema,
  /** 立案编号 (文号) */
  docNumber: text('立案编号'),
  caseName: CaseName,
  /** 案件来源: 监督检查 / 投诉举报 / 智能监控 / 上级交办 / 其他部门移送 … */
  source: text('案件来源'),
  sourceDate: CalendarDateSchema,
  parties: z.array(PartySchema).min(1, '须有当事人'),
  /** 简要案情 */
  briefFacts: text('简要案情'),
  /** 涉嫌违反的规定 */
  articles: z.array(LegalArticleSchema).min(1, '须写明涉嫌违反的规定'),
  officers: z.array(OfficerSchema).min(2, '立案审批表应列明不少于两名执法人员（程序规定第十六条）'),
  officerOpinion: z.object({ opinion: text('承办人意见'), date: CalendarDateSchema }),
  departmentApproval: ApprovalSchema.optional(),
  headApproval: ApprovalSchema.optional(),
});

/** 不予立案通知书: to whoever brought the lead (举报人, 投诉人, 移送机关). */
export const NonFilingNoticeInputSchema = z.object({
  bureau: IssuerSchema,
  docNumber: text('文号'),
  /** 举报人, 投诉人 or the transferring authority */
  recipient: text('受文人'),
  /** what was reported or transferred, e.g. 你于2026年8月20日举报的某某医院涉嫌虚构诊疗项目一事 */
  matter: text('线索事项'),
  receivedDate: CalendarDateSchema,
  /** 核查情况 */
  findings: text('核查情况'),
  /** the 立案标准 (程序规定第十五条第一款) not met, by item number */
  unmetStandards: itemNumbers(3, '立案标准'),
  contact: ContactSchema.optional(),
  date: CalendarDateSchema,
});

/** 询问笔录 */
export const InquiryRecordInputSchema = z
  .object({
    bureau: IssuerSchema,
    caseName: CaseName,
    start: InstantSchema,
    end: InstantSchema,
    place: text('询问地点'),
    inquirers: z.array(OfficerSchema).min(2, '询问应当由不少于两名执法人员进行（程序规定第十六条）'),
    recorder: text('记录人'),
    interviewee: z.object({
      name: text('被询问人'),
      gender: z.enum(['男', '女']).optional(),
      age: z.number().int().nonnegative().optional(),
      idNumber: text('被询问人身份证件号码'),
      employer: optionalText('工作单位'),
      position: optionalText('职务'),
      address: optionalText('住址'),
      phone: optionalText('联系电话'),
      /** e.g. 当事人的法定代表人 */
      relation: text('与本案关系'),
    }),
    /** the answer to the opening question (identity shown, duty to answer truly, recusal) */
    recusalAnswer: text('回避询问的回答'),
    qa: z.array(z.object({ q: text('问'), a: text('答') })).min(1, '须有询问内容'),
    closing: optionalText('被询问人意见'),
  })
  .superRefine((d, ctx) => {
    if (after(d.start, d.end)) issue(ctx, ['end'], '询问结束时间早于开始时间');
  });

/** 现场检查笔录 */
export const InspectionRecordInputSchema = z
  .object({
    bureau: IssuerSchema,
    /** the place or body inspected */
    subject: PartySchema,
    caseName: CaseName.optional(),
    start: InstantSchema,
    end: InstantSchema,
    place: text('检查地点'),
    inspectors: z.array(OfficerSchema).min(2, '检查应当由不少于两名执法人员进行'),
    recorder: text('记录人'),
    /** who was present for the party; absent: nobody, and a witness is named */
    present: z.object({ name: text('在场人'), relation: text('在场人身份'), phone: optionalText('联系电话') }).optional(),
    witness: z.object({ name: text('见证人'), idNumber: optionalText('见证人证件号码') }).optional(),
    /** 检查情况, one line each */
    findings: z.array(text('检查情况')).min(1, '须写明检查情况'),
    /** 采取的措施: 拍照、复制 … */
    measures: z.array(text('措施')).default([]),
    partyOpinion: optionalText('当事人意见'),
    /** the party refused to sign: noted, 程序规定第二十条第二款 */
    refusedToSign: z.boolean().default(false),
  })
  .superRefine((d, ctx) => {
    if (after(d.start, d.end)) issue(ctx, ['end'], '检查结束时间早于开始时间');
    if (!d.present && !d.witness) issue(ctx, ['witness'], '当事人或者有关人员不在场的，应当记明见证人');
  });

/** 检查通知书 */
export const InspectionNoticeInputSchema = z
  .object({
    bureau: IssuerSchema,
    docNumber: text('文号'),
    party: PartySchema,
    /** e.g. 日常监督检查, 专项检查, “双随机、一公开”抽查 */
    inspectionKind: text('检查类别'),
    basis: z.array(LegalArticleSchema).min(1, '须写明检查依据'),
    scope: text('检查内容'),
    startDate: CalendarDateSchema,
    endDate: CalendarDateSchema,
    inspectors: z.array(OfficerSchema).min(2, '检查应当由不少于两名执法人员进行'),
    /** 需准备的资料 */
    materials: z.array(text('资料')).min(1, '须列明需准备的资料'),
    contact: ContactSchema,
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    if (d.endDate < d.startDate) issue(ctx, ['endDate'], '检查结束日期早于开始日期');
  });

/** 责令改正通知书 */
export const CorrectionOrderInputSchema = z
  .object({
    bureau: IssuerSchema,
    docNumber: text('文号'),
    party: PartySchema,
    caseName: CaseName.optional(),
    facts: text('违法事实'),
    violated: z.array(LegalArticleSchema).min(1, '须写明违反的规定'),
    /** the articles the orders rest on (e.g. 条例第三十八条, 行政处罚法第二十八条第一款) */
    basis: z.array(LegalArticleSchema).min(1, '须写明责令改正的依据'),
    orders: z.array(OrderSchema).min(1, '须写明责令事项'),
    /** what follows a refusal, e.g. 条例第三十九条 拒不改正的，处1万元以上5万元以下的罚款 */
    consequence: z.object({ text: text('拒不改正的后果'), basis: LegalArticleSchema }).optional(),
    remedy: RemedySchema,
    contact: ContactSchema.optional(),
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    d.orders.forEach((o, i) => {
      if (o.deadline && o.deadline <= d.date) issue(ctx, ['orders', i, 'deadline'], '改正期限应晚于通知日期');
    });
  });

// ---------------------------------------------------------------------------
// 先行登记保存 and 封存 (行政强制措施)

/** 先行登记保存证据通知书 (程序规定第二十六条、第二十七条) */
export const EvidencePreservationNoticeInputSchema = z.object({
  bureau: IssuerSchema,
  docNumber: text('文号'),
  party: PartySchema,
  caseName: CaseName,
  /** 保存依据 */
  articles: z.array(LegalArticleSchema).min(1, '须写明先行登记保存的依据'),
  items: z.array(ListedItemSchema).min(1, '须列明先行登记保存的证据'),
  storagePlace: text('保存地点'),
  /** 就地保存 / 异地保存 */
  storageMethod: text('保存方式'),
  /** the time within which the bureau decides, with its basis */
  period: PeriodSchema,
  startDate: CalendarDateSchema,
  officers: z.array(OfficerSchema).min(2, '不少于两名执法人员'),
  /** 负责人 who approved */
  approvedBy: text('批准人'),
  date: CalendarDateSchema,
  contact: ContactSchema.optional(),
});

const SealingApprovalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('事前批准'), approvedBy: text('批准人'), approvedAt: InstantSchema }),
  z.object({
    kind: z.literal('情况紧急当场实施'),
    takenAt: InstantSchema,
    reportedAt: InstantSchema,
    approvedBy: text('补办批准人'),
    approvedAt: InstantSchema,
  }),
]);

/**
 * 封存决定书: the 实施行政强制措施决定书 that 程序规定第三十条 requires to be handed over with
 * the list; its contents follow 行政强制法第二十四条第二款 (查封、扣押决定书).
 */
export const SealingDecisionInputSchema = z
  .object({
    bureau: IssuerSchema,
    docNumber: text('文号'),
    party: PartySchema.refine((p) => !!p.address, { message: '封存决定书须载明当事人地址（行政强制法第二十四条第二款第（一）项）', path: ['address'] }),
    caseName: CaseName,
    /** 封存理由 */
    reason: text('封存理由'),
    /** 依据, e.g. 条例第二十七条第（五）项, 程序规定第二十九条第一款 */
    basis: z.array(LegalArticleSchema).min(1, '须写明封存的依据'),
    items: z.array(ListedItemSchema).min(1, '须列明封存的资料'),
    storagePlace: text('封存地点'),
    /** the third party keeping the sealed material, if any (程序规定第三十二条) */
    custodian: optionalText('保管人'),
    /** at most 三十日 (程序规定第三十一条, 行政强制法第二十五条) */
    period: PeriodSchema.refine((p) => p.unit === '日' && p.value <= 30, '封存的期限不得超过三十日'),
    startDate: CalendarDateSchema,
    /** computed by the case engine from startDate and period */
    endDate: CalendarDateSchema,
    officers: z.array(OfficerSchema).min(2, '由两名以上行政执法人员实施（行政强制法第十八条第（二）项）'),
    approval: SealingApprovalSchema,
    remedy: RemedySchema,
    contact: ContactSchema.optional(),
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    if (d.endDate <= d.startDate) issue(ctx, ['endDate'], '封存截止日期应晚于开始日期');
    const a = d.approval;
    if (a.kind === '情况紧急当场实施') {
      if (after(a.takenAt, a.reportedAt)) issue(ctx, ['approval', 'reportedAt'], '报告时间早于实施时间');
      if (after(a.reportedAt, a.approvedAt)) issue(ctx, ['approval', 'approvedAt'], '补办批准时间早于报告时间');
    }
  });

/** 封存延期通知书 (行政强制法第二十五条, 程序规定第三十一条) */
export const SealingExtensionNoticeInputSchema = z
  .object({
    bureau: IssuerSchema,
    docNumber: text('文号'),
    party: PartySchema,
    caseName: CaseName,
    sealing: DocRefSchema.extend({ endDate: CalendarDateSchema }),
    /** at most 三十日 */
    extension: PeriodSchema.refine((p) => p.unit === '日' && p.value <= 30, '延长封存的期限不得超过三十日'),
    /** computed by the case engine */
    newEndDate: CalendarDateSchema,
    /** 延长的理由 (情况复杂) */
    reason: text('延长理由'),
    approvedBy: text('批准人'),
    approvedDate: CalendarDateSchema,
    remedy: RemedySchema,
    contact: ContactSchema.optional(),
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    if (d.newEndDate <= d.sealing.endDate) issue(ctx, ['newEndDate'], '延长后的截止日期应晚于原截止日期');
    if (d.date > d.sealing.endDate) issue(ctx, ['date'], '封存期限届满后不能再延长');
    if (d.approvedDate > d.date) issue(ctx, ['approvedDate'], '批准日期晚于通知日期');
  });

/** 解除封存通知书 (程序规定第三十三条, 行政强制法第二十八条) */
export const SealingReleaseNoticeInputSchema = z.object({
  bureau: IssuerSchema,
  docNumber: text('文号'),
  party: PartySchema,
  caseName: CaseName,
  sealing: DocRefSchema,
  /** the situations of 程序规定第三十三条第一款 that apply, by item number */
  grounds: itemNumbers(5, '解除封存情形'),
  explanation: optionalText('说明'),
  /** the material returned */
  items: z.array(ListedItemSchema).min(1, '须列明退还的资料'),
  approvedBy: text('批准人'),
  contact: ContactSchema.optional(),
  date: CalendarDateSchema,
});

/** 暂停结算决定书 (条例第三十条) */
export const SettlementSuspensionDecisionInputSchema = z
  .object({
    bureau: IssuerSchema,
    docNumber: text('文号'),
    /** 定点医药机构 (第一款) or 参保人员 (第二款) */
    target: z.enum(['定点医药机构', '参保人员']),
    party: PartySchema.refine((p) => !!p.address, { message: '暂停结算决定书须载明当事人地址', path: ['address'] }),
    caseName: CaseName,
    /** the suspected 骗取 */
    facts: text('涉嫌骗取医疗保障基金支出的事实'),
    /** how the party refused to cooperate */
    nonCooperation: text('拒不配合调查的情形'),
    /** 医疗保障行政部门主要负责人 (required for 定点医药机构) */
    approvedBy: optionalText('主要负责人'),
    approvedDate: CalendarDateSchema.optional(),
    /** the 医疗保障经办机构 asked to suspend */
    agency: text('医疗保障经办机构'),
    startDate: CalendarDateSchema,
    remedy: RemedySchema,
    contact: ContactSchema.optional(),
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    if (d.target === '定点医药机构' && (!d.approvedBy || !d.approvedDate)) {
      issue(ctx, ['approvedBy'], '暂停定点医药机构的医疗保障基金结算须经医疗保障行政部门主要负责人批准（条例第三十条第一款）');
    }
  });

/** 恢复结算通知书 */
export const SettlementResumptionNoticeInputSchema = z.object({
  bureau: IssuerSchema,
  docNumber: text('文号'),
  target: z.enum(['定点医药机构', '参保人员']),
  party: PartySchema,
  caseName: CaseName,
  suspension: DocRefSchema,
  /** why settlement resumes */
  reason: z.enum(['已配合调查', '经调查不属于骗取医疗保障基金支出', '经调查属于骗取医疗保障基金支出，已依法处理', '其他']),
  explanation: optionalText('说明'),
  agency: text('医疗保障经办机构'),
  resumeDate: CalendarDateSchema,
  contact: ContactSchema.optional(),
  date: CalendarDateSchema,
});

// ---------------------------------------------------------------------------
// 告知, 听证, 集体讨论, 决定

/** 行政处罚事先告知书 */
export const PenaltyPriorNoticeInputSchema = z.object({
  bureau: IssuerSchema,
  docNumber: text('文号'),
  caseName: CaseName,
  filingDate: CalendarDateSchema,
  /** each party with the measures proposed for it */
  parties: z.array(PartyMeasuresSchema).min(1, '须有当事人'),
  facts: text('违法事实'),
  fundLossFen: FenSchema.optional(),
  evidence: z.array(EvidenceSchema).min(1, '须列明证据'),
  violated: z.array(LegalArticleSchema).min(1, '须写明违反的规定'),
  basis: z.array(LegalArticleSchema).min(1, '须写明处罚依据'),
  discretion: DiscretionSchema,
  rights: z.object({
    /** 陈述、申辩期限 (the bureau's; the 行政处罚法 sets none) */
    statement: PeriodSchema,
    /** 要求听证期限; absent when the proposed measures carry no hearing right */
    hearing: PeriodSchema.optional(),
  }),
  contact: ContactSchema,
  date: CalendarDateSchema,
});

/** 听证通知书 */
export const HearingNoticeInputSchema = z
  .object({
    bureau: IssuerSchema,
    docNumber: text('文号'),
    party: PartySchema,
    caseName: CaseName,
    requestDate: CalendarDateSchema,
    hearingTime: InstantSchema,
    hearingPlace: text('听证地点'),
    publicHearing: z.boolean(),
    nonPublicReason: optionalText('不公开听证的理由'),
    host: text('听证主持人'),
    hearingOfficers: z.array(text('听证员')).default([]),
    recorder: text('记录员'),
    /** the items of 行政处罚法第六十四条 told to the party (回避, 代理, 不出席的后果 …) */
    articles: z.array(LegalArticleSchema).min(1, '须告知听证有关事项的依据'),
    contact: ContactSchema,
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    if (!d.publicHearing && !d.nonPublicReason) issue(ctx, ['nonPublicReason'], '不公开举行听证须写明理由（行政处罚法第六十四条第（三）项）');
  });

const SpeakerSchema = z.object({ speaker: text('发言人'), role: text('发言人身份'), text: text('发言内容') });

/** 听证笔录 (行政处罚法第六十四条第（八）项) */
export const HearingRecordInputSchema = z
  .object({
    bureau: IssuerSchema,
    caseName: CaseName,
    start: InstantSchema,
    end: InstantSchema,
    place: text('听证地点'),
    publicHearing: z.boolean(),
    host: text('听证主持人'),
    hearingOfficers: z.array(text('听证员')).default([]),
    recorder: text('记录员'),
    party: PartySchema,
    /** who attended for the party: the party, its representative, its agents (at most two) */
    attendees: z.array(z.object({ name: text('姓名'), role: z.enum(['当事人', '法定代表人', '负责人', '委托代理人']), employer: optionalText('工作单位') })).min(1, '须记明出席听证的当事人或者代理人'),
    /** 案件调查人员 */
    investigators: z.array(OfficerSchema).min(1, '须记明案件调查人员'),
    recusal: z.object({ asked: z.boolean(), decision: optionalText('回避申请的处理') }),
    /** the hearing, in order: investigators' case, statements, cross-examination */
    proceedings: z.array(SpeakerSchema).min(1, '须记录听证过程'),
    finalStatement: text('当事人最后陈述'),
    refusedToSign: z.boolean().default(false),
  })
  .superRefine((d, ctx) => {
    if (after(d.start, d.end)) issue(ctx, ['end'], '听证结束时间早于开始时间');
    if (d.attendees.filter((a) => a.role === '委托代理人').length > 2) issue(ctx, ['attendees'], '当事人可以委托一至二人代理（行政处罚法第六十四条第（五）项）');
    if (d.recusal.asked && !d.recusal.decision) issue(ctx, ['recusal', 'decision'], '申请回避的，须记明处理结果');
  });

/** 听证报告 (行政处罚法第六十五条) */
export const HearingReportInputSchema = z.object({
  bureau: IssuerSchema,
  caseName: CaseName,
  party: PartySchema,
  hearing: z.object({
    date: CalendarDateSchema,
    place: text('听证地点'),
    publicHearing: z.boolean(),
    host: text('听证主持人'),
    hearingOfficers: z.array(text('听证员')).default([]),
    recorder: text('记录员'),
  }),
  /** what the investigators put forward */
  investigatorsCase: text('调查人员提出的事实、证据和处罚建议'),
  /** what the party argued */
  partyCase: text('当事人的陈述、申辩和质证意见'),
  /** the points in dispute and the host's view of each */
  issues: z.array(z.object({ issue: text('争议事项'), view: text('主持人意见') })).default([]),
  /** 听证主持人的处理意见和建议 */
  recommendation: text('处理意见和建议'),
  date: CalendarDateSchema,
});

/** 集体讨论记录 (行政处罚法第五十七条第二款, 程序规定第四十四条) */
export const CollectiveDiscussionRecordInputSchema = z
  .object({
    bureau: IssuerSchema,
    caseName: CaseName,
    caseNumber: optionalText('立案编号'),
    start: InstantSchema,
    end: InstantSchema,
    place: text('地点'),
    host: z.object({ name: text('主持人'), title: text('主持人职务') }),
    /** 参加讨论人员 (the host included or not: the host is added) */
    attendees: z.array(z.object({ name: text('姓名'), title: text('职务') })).min(2, '集体讨论须有两名以上负责人参加'),
    absent: z.array(z.object({ name: text('姓名'), reason: text('缺席原因') })).default([]),
    nonVoting: z.array(z.object({ name: text('姓名'), role: text('列席身份') })).default([]),
    recorder: text('记录人'),
    /** 案情汇报 (by the case officer) */
    briefing: z.object({ by: text('汇报人'), text: text('汇报内容') }),
    /** 法制审核意见 */
    legalReview: optionalText('法制审核意见'),
    /** each participant's opinion, dissent included */
    opinions: z.array(z.object({ name: text('发言人'), opinion: text('意见') })).min(1, '须记录讨论意见'),
    conclusion: text('讨论决定'),
  })
  .superRefine((d, ctx) => {
    if (after(d.start, d.end)) issue(ctx, ['end'], '结束时间早于开始时间');
    const voters = new Set([d.host.name, ...d.attendees.map((a) => a.name)]);
    d.opinions.forEach((o, i) => {
      if (!voters.has(o.name)) issue(ctx, ['opinions', i, 'name'], `发言人「${o.name}」不在参加讨论人员之列`);
    });
    for (const name of voters) {
      if (!d.opinions.some((o) => o.name === name)) issue(ctx, ['opinions'], `参加讨论人员「${name}」的意见未记录`);
    }
  });

const StatementSchema = z.discriminatedUnion('made', [
  z.object({ made: z.literal(false) }),
  z.object({
    made: z.literal(true),
    summary: text('陈述申辩要点'),
    /** 复核意见 (without a leading 经复核) */
    review: text('复核意见'),
    /** whether the bureau adopted them; absent: the review says it */
    adopted: z.enum(['采纳', '部分采纳', '不予采纳']).optional(),
  }),
]);

function requirePayment(d: { parties: { penalties: { kind: string }[] }[]; payment?: unknown }, ctx: Ctx): void {
  const fines = d.parties.some((p) => p.penalties.some((x) => x.kind === '罚款' || x.kind === '没收违法所得'));
  if (fines && !d.payment) issue(ctx, ['payment'], '有罚款或者没收违法所得的，须写明缴纳期限和方式（行政处罚法第五十九条第一款第（四）项）');
}

/** 行政处罚决定书 (行政处罚法第五十九条) */
export const PenaltyDecisionInputSchema = z
  .object({
    bureau: IssuerSchema,
    docNumber: text('文号'),
    caseName: CaseName,
    filingDate: CalendarDateSchema,
    /** each party with its own decided measures */
    parties: z
      .array(PartyMeasuresSchema)
      .min(1, '须有当事人')
      .refine((list) => list.every((p) => !!p.party.address), '行政处罚决定书须载明当事人的地址（行政处罚法第五十九条第一款第（一）项）'),
    priorNotice: DocRefSchema,
    statement: StatementSchema,
    hearing: z.object({ date: CalendarDateSchema, summary: optionalText('听证情况') }).optional(),
    facts: text('违法事实'),
    fundLossFen: FenSchema.optional(),
    evidence: z.array(EvidenceSchema).min(1, '须列明证据'),
    violated: z.array(LegalArticleSchema).min(1, '须写明违反的规定'),
    basis: z.array(LegalArticleSchema).min(1, '须写明处罚依据'),
    discretion: DiscretionSchema,
    payment: PaymentInstructionsSchema.optional(),
    remedy: RemedySchema,
    /** 集体讨论 date, where held */
    collectiveDiscussionDate: CalendarDateSchema.optional(),
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    if (!d.parties.some((p) => p.penalties.length > 0)) issue(ctx, ['parties'], '行政处罚决定书须有行政处罚；不予处罚的，用不予行政处罚决定书');
    requirePayment(d, ctx);
    if (d.priorNotice.date > d.date) issue(ctx, ['priorNotice', 'date'], '告知日期晚于决定日期');
  });

/** 不予行政处罚决定书 (行政处罚法第三十三条，第五十七条第一款第（二）、（三）项) */
export const NonPenaltyDecisionInputSchema = z.object({
  bureau: IssuerSchema,
  docNumber: text('文号'),
  caseName: CaseName,
  filingDate: CalendarDateSchema,
  /** parties with the orders that still apply (责令改正 …); no penalties */
  parties: z
    .array(PartyMeasuresSchema.refine((p) => p.penalties.length === 0, '不予行政处罚决定书不能列行政处罚'))
    .min(1, '须有当事人')
    .refine((list) => list.every((p) => !!p.party.address), '须载明当事人的地址'),
  facts: text('查明的事实'),
  evidence: z.array(EvidenceSchema).min(1, '须列明证据'),
  violated: z.array(LegalArticleSchema).default([]),
  /** the articles the orders rest on, where a party still has orders */
  orderBasis: z.array(LegalArticleSchema).default([]),
  /** why no penalty: e.g. 行政处罚法第三十三条第一款 */
  ground: LegalArticleSchema,
  groundReasons: z.array(text('不予处罚的理由')).min(1, '须写明不予处罚的理由'),
  /** 教育 (行政处罚法第三十三条第三款) */
  education: z.object({ form: text('教育方式'), content: text('教育内容'), date: CalendarDateSchema }),
  remedy: RemedySchema,
  date: CalendarDateSchema,
}).superRefine((d, ctx) => {
  if (d.parties.some((p) => p.orders.length > 0) && d.orderBasis.length === 0) issue(ctx, ['orderBasis'], '有责令事项的，须写明其依据');
});

// ---------------------------------------------------------------------------
// payment and enforcement

/** 分期（延期）缴纳罚款决定书 (行政处罚法第六十六条第二款, 程序规定第五十四条) */
export const InstallmentDecisionInputSchema = z
  .object({
    bureau: IssuerSchema,
    docNumber: text('文号'),
    party: PartySchema,
    caseName: CaseName,
    decision: DocRefSchema,
    /** 延期 (one later date) or 分期 (several instalments) */
    mode: z.enum(['延期', '分期']),
    applicationDate: CalendarDateSchema,
    /** the party's reasons (经济困难) */
    hardship: text('经济困难情况'),
    fineFen: FenSchema,
    /** already paid before this decision */
    paidFen: FenSchema.default(0),
    schedule: z.array(z.object({ dueDate: CalendarDateSchema, amountFen: FenSchema.refine((n) => n > 0, '每期金额须大于零') })).min(1, '须写明缴纳期限'),
    approvedBy: text('批准人'),
    payment: PaymentInstructionsSchema.omit({ period: true, lateFee: true }).optional(),
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    const total = d.schedule.reduce((a, s) => a + s.amountFen, 0);
    if (total + d.paidFen !== d.fineFen) issue(ctx, ['schedule'], `各期金额之和与已缴金额合计须等于罚款金额（差 ${d.fineFen - d.paidFen - total} 分）`);
    if (d.mode === '延期' && d.schedule.length !== 1) issue(ctx, ['schedule'], '延期缴纳只有一个缴纳期限');
    if (d.mode === '分期' && d.schedule.length < 2) issue(ctx, ['schedule'], '分期缴纳至少两期');
    d.schedule.forEach((s, i) => {
      if (s.dueDate <= d.date) issue(ctx, ['schedule', i, 'dueDate'], '缴纳期限应晚于决定日期');
      if (i > 0 && s.dueDate <= d.schedule[i - 1]!.dueDate) issue(ctx, ['schedule', i, 'dueDate'], '各期期限应依次推后');
    });
    if (d.applicationDate > d.date) issue(ctx, ['applicationDate'], '申请日期晚于决定日期');
  });

/** What is owed under one measure of the decision. */
const OwedSchema = z
  .object({
    /** the party, where the decision has several */
    party: optionalText('当事人'),
    item: z.enum(['罚款', '没收违法所得', '责令退回']),
    dueFen: FenSchema,
    paidFen: FenSchema.default(0),
  })
  .refine((o) => o.paidFen < o.dueFen, '已全部缴纳的项目不应催告');

const LateFeeSchema = z.object({
  /** counted from (the day after the payment deadline) */
  fromDate: CalendarDateSchema,
  asOfDate: CalendarDateSchema,
  /** days counted, 复议/诉讼 periods left out (行政处罚法第七十三条第三款) */
  days: z.number().int().nonnegative(),
  accruedFen: FenSchema,
  percentPerDay: z.number().positive(),
  basis: LegalBasisSchema,
});

/** 催告书 (行政强制法第三十五条、第五十四条) */
export const DemandNoticeInputSchema = z
  .object({
    bureau: IssuerSchema,
    docNumber: text('文号'),
    party: PartySchema,
    caseName: CaseName,
    decision: DocRefSchema.extend({ servedDate: CalendarDateSchema, paymentDue: CalendarDateSchema }),
    owed: z.array(OwedSchema).min(1, '须写明应履行的金额'),
    /** 加处罚款 so far (on the unpaid fine) */
    lateFee: LateFeeSchema.optional(),
    /** the period to perform: 十日 (行政强制法第五十四条), working days (第六十九条) */
    period: PeriodSchema,
    payment: PaymentInstructionsSchema.omit({ period: true, lateFee: true }).optional(),
    contact: ContactSchema,
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    if (d.lateFee) {
      const fine = d.owed.filter((o) => o.item === '罚款').reduce((a, o) => a + o.dueFen, 0);
      if (d.lateFee.accruedFen > fine) issue(ctx, ['lateFee', 'accruedFen'], '加处罚款的数额不得超出罚款的数额（行政处罚法第七十二条第一款第（一）项）');
      if (d.lateFee.fromDate <= d.decision.paymentDue) issue(ctx, ['lateFee', 'fromDate'], '加处罚款自缴纳期限届满的次日起计算');
    }
    if (d.date <= d.decision.paymentDue) issue(ctx, ['date'], '缴纳期限届满前不能催告');
  });

/** 强制执行申请书 (行政强制法第五十三条至第五十五条) */
export const EnforcementApplicationInputSchema = z
  .object({
    bureau: IssuerSchema,
    docNumber: text('文号'),
    /** the people's court applied to; absent: a line to fill */
    court: optionalText('人民法院'),
    /** 行政机关负责人, who signs (行政强制法第五十五条第二款) */
    head: z.object({ name: text('负责人姓名'), title: text('负责人职务') }),
    party: PartySchema,
    caseName: CaseName,
    decision: DocRefSchema.extend({ servedDate: CalendarDateSchema }),
    /** when the 复议 and 诉讼 periods ended (or the 延期/分期 period, 行政处罚法第七十二条第二款) */
    periodsEndedOn: CalendarDateSchema,
    /** why the periods end then */
    periodsNote: text('期限届满的说明'),
    demand: DocRefSchema.extend({ servedDate: CalendarDateSchema, expiredOn: CalendarDateSchema }),
    /** the party's opinion after the demand (陈述、申辩), or that it gave none */
    partyOpinion: text('当事人的意见'),
    owed: z.array(OwedSchema).min(1, '须写明申请执行的标的'),
    lateFee: LateFeeSchema.optional(),
    facts: text('违法事实'),
    basis: z.array(LegalArticleSchema).min(1, '须写明决定的依据'),
    /** 附送材料 (行政强制法第五十五条第一款) */
    materials: z.array(z.object({ name: text('材料名称'), pages: z.number().int().positive().optional() })).min(1, '须列明附送材料'),
    contact: ContactSchema,
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    if (d.date <= d.periodsEndedOn) issue(ctx, ['date'], '复议、诉讼期限届满前不能申请强制执行（行政强制法第五十三条）');
    if (d.date > addMonths(d.periodsEndedOn, 3)) issue(ctx, ['date'], `已超过申请期限：应自期限届满之日起三个月内申请（至 ${addMonths(d.periodsEndedOn, 3)}，行政强制法第五十三条）`);
    if (d.date <= d.demand.expiredOn) issue(ctx, ['date'], '催告书送达十日后当事人仍未履行的，方可申请（行政强制法第五十四条）');
    if (d.lateFee) {
      const fine = d.owed.filter((o) => o.item === '罚款').reduce((a, o) => a + o.dueFen, 0);
      if (d.lateFee.accruedFen > fine) issue(ctx, ['lateFee', 'accruedFen'], '加处罚款的数额不得超出罚款的数额');
    }
  });

// ---------------------------------------------------------------------------
// service, transfer, closing

/** 送达回证 */
export const ServiceReceiptInputSchema = z
  .object({
    bureau: IssuerSchema,
    caseName: CaseName,
    documents: z.array(z.object({ name: text('文书名称'), docNumber: optionalText('文号'), pages: z.number().int().positive().optional() })).min(1, '送达回证缺少送达文书'),
    recipient: text('受送达人'),
    signer: z.object({ name: text('代收人'), relation: text('与受送达人关系') }).optional(),
    method: z.enum(SERVICE_METHODS),
    place: text('送达地点'),
    servedAt: InstantSchema,
    servers: z.array(OfficerSchema).min(1, '送达回证缺少送达人'),
    witness: optionalText('见证人'),
    note: optionalText('备注'),
  })
  .superRefine((d, ctx) => {
    if (d.method === '留置送达' && !d.witness) issue(ctx, ['witness'], '留置送达应当记明见证人');
  });

/** 电子送达确认书 (行政处罚法第六十一条第二款, 程序规定第五十九条第二款) */
export const ElectronicServiceConsentInputSchema = z.object({
  bureau: IssuerSchema,
  caseName: CaseName,
  party: PartySchema,
  /** the addresses agreed */
  channels: z.array(z.object({ channel: z.enum(['电子邮件', '传真', '手机短信', '电子送达平台']), address: text('送达地址') })).min(1, '须写明电子送达地址'),
  /** which documents, e.g. 本案的行政处罚决定书等执法文书 */
  scope: text('送达文书范围'),
  /** who signs for the party */
  signer: z.object({ name: text('签署人'), capacity: text('签署人身份') }),
  date: CalendarDateSchema,
});

/** 移送函 */
export const TransferLetterInputSchema = z.object({
  bureau: IssuerSchema,
  docNumber: text('文号'),
  recipient: z.object({
    name: text('受移送机关'),
    /** 卫生健康 (执业资格), 公安 (涉嫌犯罪, 行刑衔接), 纪检监察 (处分), 其他 */
    kind: z.enum(['卫生健康', '公安', '纪检监察', '其他']),
  }),
  caseName: CaseName,
  party: PartySchema,
  /** the persons the matter concerns (e.g. a physician whose licence is at stake) */
  persons: z.array(z.object({ name: text('姓名'), position: text('职务或者身份') })).default([]),
  facts: text('案件事实'),
  /** what the recipient is asked to handle, e.g. 依法吊销执业资格 */
  request: text('移送事项'),
  basis: z.array(LegalArticleSchema).min(1, '须写明移送依据'),
  /** the case materials sent with the letter */
  materials: z.array(z.object({ name: text('材料名称'), quantity: optionalText('数量') })).min(1, '须列明移送的案件材料'),
  evidence: z.array(EvidenceSchema).default([]),
  contact: ContactSchema,
  date: CalendarDateSchema,
});

/** The outcome of execution, as recorded at 结案 (the case engine's list; 暂行规定 第五十六条第一款). */
export const EXECUTION_OUTCOMES = ['全部履行', '部分履行', '人民法院受理强制执行', '人民法院裁定不予执行', '终结执行', '无须执行', '决定被撤销'] as const;

const ExecutionLineSchema = z
  .object({
    party: text('当事人'),
    item: z.enum(['罚款', '没收违法所得', '责令退回', '加处罚款']),
    dueFen: FenSchema,
    paidFen: FenSchema,
    payments: z.array(z.object({ date: CalendarDateSchema, amountFen: FenSchema, receiptNo: optionalText('票据号') })).default([]),
  })
  .superRefine((l, ctx) => {
    if (l.paidFen > l.dueFen) issue(ctx, ['paidFen'], '已缴金额超过应缴金额');
    if (l.payments.length > 0 && l.payments.reduce((a, p) => a + p.amountFen, 0) !== l.paidFen) issue(ctx, ['payments'], '各笔缴款之和与已缴金额不符');
  });

export const ExecutionSchema = z
  .object({
    outcome: z.enum(EXECUTION_OUTCOMES),
    lines: z.array(ExecutionLineSchema).default([]),
    court: z
      .object({
        name: text('人民法院'),
        applicationDate: CalendarDateSchema,
        acceptedDate: CalendarDateSchema.optional(),
        rulingNo: optionalText('裁定书文号'),
        rulingDate: CalendarDateSchema.optional(),
      })
      .optional(),
    note: optionalText('执行情况说明'),
  })
  .superRefine((e, ctx) => {
    const unpaid = e.lines.filter((l) => l.paidFen < l.dueFen);
    switch (e.outcome) {
      case '全部履行':
        // a decision that orders no money (警告, 暂停 …) is carried out in full with no line to list
        if (unpaid.length > 0) issue(ctx, ['lines'], '尚有未缴金额，不是全部履行');
        break;
      case '部分履行':
        if (unpaid.length === 0) issue(ctx, ['lines'], '已全部缴纳，不是部分履行');
        if (!e.lines.some((l) => l.paidFen > 0)) issue(ctx, ['lines'], '没有任何缴款，不是部分履行');
        break;
      case '人民法院受理强制执行':
        if (!e.court?.acceptedDate) issue(ctx, ['court'], '须写明受理强制执行申请的人民法院和受理日期');
        break;
      case '人民法院裁定不予执行':
        if (!e.court?.rulingNo || !e.court.rulingDate) issue(ctx, ['court'], '须写明不予执行裁定的文号和日期');
        break;
      case '终结执行':
        if (!e.note) issue(ctx, ['note'], '终结执行须写明原因');
        break;
      case '无须执行':
        if (e.lines.some((l) => l.dueFen > 0)) issue(ctx, ['lines'], '有应缴金额，不是无须执行');
        break;
      case '决定被撤销':
        if (!e.note) issue(ctx, ['note'], '决定被撤销的，须写明撤销的复议决定或者裁判文书');
        break;
    }
  });
export type Execution = z.infer<typeof ExecutionSchema>;

/** 结案报告 (程序规定第五十六条) */
export const CaseClosingReportInputSchema = z
  .object({
    bureau: IssuerSchema,
    /** 立案编号 */
    caseNumber: text('立案编号'),
    caseName: CaseName,
    parties: z.array(PartySchema).min(1, '须有当事人'),
    filingDate: CalendarDateSchema,
    /** the decision and its measures per party */
    decision: z
      .object({
        title: z.enum(['行政处罚决定书', '不予行政处罚决定书']),
        docNumber: text('决定书文号'),
        date: CalendarDateSchema,
        parties: z.array(PartyMeasuresSchema).min(1),
      })
      .optional(),
    execution: ExecutionSchema,
    /** the 结案 situation of 程序规定第五十六条第一款 (item number), with an explanation for 第（四）项 */
    closingGround: z.object({ item: z.number().int().min(1).max(4), explanation: optionalText('结案理由说明') }),
    /** 案件办理情况综述 */
    summary: text('案件办理情况'),
    officers: z.array(OfficerSchema).min(1),
    officerOpinion: z.object({ opinion: text('承办人意见'), date: CalendarDateSchema }),
    headApproval: ApprovalSchema.optional(),
  })
  .superRefine((d, ctx) => {
    const o = d.execution.outcome;
    const g = d.closingGround.item;
    if (g === 1 && o !== '全部履行') issue(ctx, ['closingGround', 'item'], `执行结果为「${o}」，不是“行政处罚决定执行完毕”`);
    if (g === 2 && !d.execution.court?.acceptedDate) issue(ctx, ['closingGround', 'item'], '人民法院受理强制执行申请的，须写明受理日期');
    if (g === 3 && o !== '无须执行') issue(ctx, ['closingGround', 'item'], `执行结果为「${o}」，不是无须执行`);
    if (g === 4 && !d.closingGround.explanation) issue(ctx, ['closingGround', 'explanation'], '以其他情形结案的，须写明理由');
    if (o === '全部履行' && g !== 1) issue(ctx, ['closingGround', 'item'], '行政处罚决定执行完毕的，按第五十六条第一款第（一）项结案');
    if (d.headApproval && d.headApproval.date < d.officerOpinion.date) issue(ctx, ['headApproval', 'date'], '负责人审批日期早于承办人意见日期');
  });

/** The head of every internal case form: the bureau, the 立案编号, 案由, parties and 立案日期. */
const CaseFormHeader = {
  bureau: IssuerSchema,
  caseNumber: text('立案编号'),
  caseName: CaseName,
  parties: z.array(PartySchema).min(1, '须有当事人'),
  filingDate: CalendarDateSchema,
};

const ApprovalFormBase = {
  ...CaseFormHeader,
  officers: z.array(OfficerSchema).min(1),
  officerOpinion: z.object({ opinion: text('承办人意见'), date: CalendarDateSchema }),
  departmentApproval: ApprovalSchema.optional(),
  headApproval: ApprovalSchema.optional(),
};

/** 撤销立案审批表 (局令第4号 has no 撤销立案 article: the reason and any basis come from the case) */
export const FilingRevocationApprovalInputSchema = z.object({
  ...ApprovalFormBase,
  reason: text('撤销立案的理由'),
  basis: z.array(LegalArticleSchema).default([]),
  /** 已采取的措施及其解除情况 */
  measuresReleased: optionalText('已采取措施的解除情况'),
});

/** 中止调查审批表 (程序规定第四十二条第一款) */
export const InvestigationSuspensionApprovalInputSchema = z.object({
  ...ApprovalFormBase,
  grounds: itemNumbers(5, '中止调查情形'),
  explanation: text('中止调查的具体情况'),
});

/** 恢复调查审批表 (程序规定第四十二条第二款) */
export const InvestigationResumptionApprovalInputSchema = z.object({
  ...ApprovalFormBase,
  suspension: z.object({ date: CalendarDateSchema, grounds: itemNumbers(5, '中止调查情形') }),
  /** how the reason for suspension went away */
  explanation: text('中止原因消除的情况'),
});

/** 终止调查审批表 (程序规定第四十七条) */
export const InvestigationTerminationApprovalInputSchema = z.object({
  ...ApprovalFormBase,
  grounds: itemNumbers(3, '终止调查情形'),
  explanation: text('终止调查的具体情况'),
  /** coercive measures taken and their release (程序规定第四十七条第二款); absent: none taken */
  measuresReleased: optionalText('已采取强制措施的解除情况'),
});

// ---------------------------------------------------------------------------
// 行政给付, 行政确认, 行政奖励

const BenefitBase = {
  bureau: IssuerSchema,
  docNumber: text('文号'),
  applicant: PartySchema,
  /** e.g. 生育津贴, 医疗费用手工报销, 医疗救助 */
  matter: text('给付事项'),
  applicationDate: CalendarDateSchema,
  basis: z.array(LegalArticleSchema).min(1, '须写明依据'),
  date: CalendarDateSchema,
};

/** 支付决定书 (行政给付) */
export const BenefitPaymentDecisionInputSchema = z
  .object({
    ...BenefitBase,
    lines: z.array(z.object({ item: text('支付项目'), amountFen: FenSchema, note: optionalText('说明') })).min(1, '须列明支付项目'),
    totalFen: FenSchema,
    /** where the money goes (account number masked by the caller) */
    payee: z.object({ accountName: text('户名'), bankName: text('开户银行'), accountNo: text('账号') }).optional(),
    payBy: CalendarDateSchema.optional(),
    remedy: RemedySchema,
  })
  .superRefine((d, ctx) => {
    const sum = d.lines.reduce((a, l) => a + l.amountFen, 0);
    if (sum !== d.totalFen) issue(ctx, ['totalFen'], `各项之和 ${sum} 分与合计 ${d.totalFen} 分不符`);
  });

/** 不予支付决定书 (行政给付) */
export const BenefitRefusalDecisionInputSchema = z.object({
  ...BenefitBase,
  reasons: z.array(text('不予支付的理由')).min(1, '须写明理由'),
  remedy: RemedySchema,
});

/** 确认凭证 (行政确认) */
export const ConfirmationCertificateInputSchema = z
  .object({
    bureau: IssuerSchema,
    docNumber: text('文号'),
    applicant: PartySchema,
    /** e.g. 用人单位参加医疗（生育）保险登记 */
    matter: text('确认事项'),
    applicationDate: CalendarDateSchema,
    /** what is confirmed, as label: value lines */
    confirmed: z.array(z.object({ label: text('项目'), value: text('内容') })).min(1, '须写明确认内容'),
    validFrom: CalendarDateSchema.optional(),
    validTo: CalendarDateSchema.optional(),
    basis: z.array(LegalArticleSchema).min(1, '须写明依据'),
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    if (d.validFrom && d.validTo && d.validTo < d.validFrom) issue(ctx, ['validTo'], '有效期截止日早于起始日');
  });

/** 不予确认决定书 (行政确认) */
export const ConfirmationRefusalDecisionInputSchema = z.object({
  bureau: IssuerSchema,
  docNumber: text('文号'),
  applicant: PartySchema,
  matter: text('确认事项'),
  applicationDate: CalendarDateSchema,
  reasons: z.array(text('不予确认的理由')).min(1, '须写明理由'),
  basis: z.array(LegalArticleSchema).min(1, '须写明依据'),
  remedy: RemedySchema,
  date: CalendarDateSchema,
});

/** 奖励决定书 (行政奖励: 举报奖励, 条例第三十五条第二款) */
export const RewardDecisionInputSchema = z.object({
  bureau: IssuerSchema,
  docNumber: text('文号'),
  /** the reporter (kept confidential: the decision goes to the reporter only) */
  reporter: PartySchema,
  reportDate: CalendarDateSchema,
  /** what the report led to, without details the reported party could be identified by beyond need */
  verified: text('查证属实的情况'),
  /** the reward rules applied (国家和地方举报奖励办法) */
  basis: z.array(LegalArticleSchema).min(1, '须写明奖励依据'),
  amountFen: FenSchema.refine((n) => n > 0, '奖励金额须大于零'),
  /** how and by when to claim the reward */
  claim: z.object({ method: text('领取方式'), deadline: CalendarDateSchema.optional() }),
  contact: ContactSchema,
  date: CalendarDateSchema,
});

/** The measures of 条例第十三条第一款 / 定点管理暂行办法 a 协议处理决定书 can order. */
export const AGREEMENT_DECISION_MEASURES = ['约谈', '暂停结算', '不予支付', '追回', '违约金', '中止协议', '解除协议'] as const;

/** 协议处理决定书 (条例第十三条第一款; 医疗机构医疗保障定点管理暂行办法第三十八条, 零售药店医疗保障定点管理暂行办法第三十五条) */
export const AgreementDecisionInputSchema = z.object({
  bureau: IssuerSchema,
  docNumber: text('文号'),
  party: PartySchema.refine((p) => !!p.address, { message: '协议处理决定书须载明定点医药机构的地址', path: ['address'] }),
  caseName: CaseName,
  /** the breach found (违约情形) and the clause of the 服务协议 */
  breach: text('违约情形'),
  clause: text('服务协议条款'),
  /** the 告知 of the intended handling, and what the party said (条例第十三条第一款: 有权进行陈述、申辩) */
  noticeDate: CalendarDateSchema,
  statement: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('放弃'), date: CalendarDateSchema }),
    z.object({ kind: z.literal('陈述申辩'), text: text('陈述、申辩内容'), review: text('复核意见'), adopted: z.boolean().optional() }),
  ]),
  reason: text('处理理由'),
  measures: z
    .array(z.object({ kind: z.enum(AGREEMENT_DECISION_MEASURES), amountFen: FenSchema.optional(), months: z.number().int().positive().optional() }))
    .min(1, '须写明处理措施'),
  basis: z.array(LegalArticleSchema).min(1, '须写明依据'),
  /** the route of an agreement dispute (定点管理暂行办法第四十六条 / 第四十二条), quoted */
  dispute: LegalArticleSchema,
  remedy: RemedySchema,
  contact: ContactSchema.optional(),
  date: CalendarDateSchema,
}).superRefine((d, ctx) => {
  for (const [i, m] of d.measures.entries()) {
    if ((m.kind === '不予支付' || m.kind === '追回' || m.kind === '违约金') && !m.amountFen) issue(ctx, ['measures', i, 'amountFen'], `「${m.kind}」须写明金额`);
  }
});

// ---------------------------------------------------------------------------
// 调查终结 and 法制审核 (internal forms)

/** The measures the investigation proposes: one line each, with its range and citation. */
const ProposalLineSchema = z.object({ measure: text('措施'), range: optionalText('幅度'), mandatory: z.boolean(), citation: text('依据') });

/** 调查终结报告 (医疗保障行政处罚程序暂行规定 第三十六条): what was found, on what evidence, the articles, and the proposal. */
export const InvestigationReportInputSchema = z.object({
  ...CaseFormHeader,
  /** each 调查取证, 询问 and 现场检查: its day and what was done */
  course: z.array(z.object({ date: CalendarDateSchema, text: text('调查经过') })).min(1, '须写明调查经过'),
  evidence: z.array(text('证据')).min(1, '须列明证据'),
  facts: text('违法事实'),
  /** 第十九条第四款: each fact found with the evidence it rests on (records before the rule have none) */
  findings: z.array(z.object({ fact: text('认定的事实'), evidence: z.array(text('证据')).min(1, '每项事实须注明所依据的证据') })).default([]),
  violated: z.array(LegalArticleSchema).min(1, '须写明违反的条文'),
  proposal: z.array(ProposalLineSchema),
  /** the discretion (裁量) grounds and any warning of a missing local standard */
  discretion: z.array(text('裁量说明')).default([]),
  /** 听证、法制审核、集体讨论 the decision will need */
  procedure: z.array(text('程序要求')).default([]),
  officers: z.array(OfficerSchema).min(2, '调查终结报告由不少于两名执法人员提出（程序规定第十六条）'),
  date: CalendarDateSchema,
});

/** The 法制审核 opinions of 程序规定 第三十九条第一款, by item. */
export const REVIEW_OPINION_ITEMS = { 同意: 1, 继续调查: 2, 不予作出行政执法决定: 2, 变更: 3, 纠正: 4, 其他: 5 } as const;

/** 法制审核意见书 (程序规定 第三十七条至第四十条): what was submitted, what was reviewed, the opinion. */
export const LegalReviewOpinionInputSchema = z
  .object({
    ...CaseFormHeader,
    submittedBy: z.array(OfficerSchema).min(1),
    submittedDate: CalendarDateSchema,
    facts: text('违法事实'),
    violated: z.array(LegalArticleSchema).min(1),
    proposal: z.array(ProposalLineSchema),
    conclusion: z.enum(['同意', '继续调查', '不予作出行政执法决定', '变更', '纠正', '其他']),
    opinion: text('审核意见'),
    reviewer: text('审核人'),
    date: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    if (d.date < d.submittedDate) issue(ctx, ['date'], '审核日期早于送审日期');
  });
