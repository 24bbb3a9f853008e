// Procedures as data (程序定义): one JSON file per kind of power and variant, versioned.
// A case keeps the procedure id and version it was opened under; a later version never
// changes an open case.
import { z } from 'zod';

/** Roles a user may hold. 执法人员 act only with a valid 执法证. */
export const ROLES = [
  '执法人员', '法制审核员', '法制机构负责人', '负责人', '主要负责人', '基金监管分析员', '经办人员', '经办审核员', '奖励经办人',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const TimeUnit = z.enum(['日', '工作日', '小时', '月']);
export type TimeUnit = z.infer<typeof TimeUnit>;

/**
 * Where a time limit comes from when it is not a statutory period of the registry
 * (data/law/periods.json): a seed catalog item that states it, or a limit the bureau sets.
 */
export const LimitBasis = z.union([
  z.object({
    /** Seed catalog file under data/catalogs and the item that states the limit. */
    seed: z.string(),
    item: z.string(),
    quote: z.string(),
    note: z.string().optional(),
  }).strict(),
  z.object({
    /** A limit the bureau sets (not statutory): stated in the notice given to the party. */
    bureau: z.string(),
  }).strict(),
]);
export type LimitBasis = z.infer<typeof LimitBasis>;

/** Named guards the engine enforces (see engine/guards.ts), each with the article it enforces. */
export const GUARD_NAMES = [
  'officersWithCertificates', // ≥ minOfficers distinct officers with valid 执法证 of the case's jurisdiction (行政处罚法 42; 暂行规定 16)
  'noRecusal', // no acting or named person has a declared interest (行政处罚法 43; 暂行规定 5)
  'recusalApplicable', // an application for a known person not already out of the case, none pending (暂行规定 5 第二款)
  'placeWithinJurisdiction', // 立案: the place of the violation (就医地 for 异地就医, 参保地 where only the insured person broke the rules) within the bureau's jurisdiction (暂行规定 9, 15 第一款第（三）项)
  // ——— 管辖的变更 (暂行规定 10–12; engine/guards-jurisdiction.ts) ———
  'venueHolder', // 移送, 指定下级管辖, a dispute raised, negotiated or referred up: by the case's own department (暂行规定 10–12)
  'noOnwardTransfer', // a case received by 移送 (or placed by a superior) is not sent on by its holder: only referred to the common superior (暂行规定 12 第二款)
  'venueReserved', // a case a law, regulation or rule reserves for the superior (recorded with its article) is never handed below that level (暂行规定 11)
  'venueTarget', // 移送 to another department (not a subordinate: 指定下级管辖), 指定下级管辖 to a subordinate, a dispute with a department sharing a superior, 指定管辖 to one side (暂行规定 10–12)
  'venueSuperior', // 提级管辖 only by a department above the case's (暂行规定 11)
  'venueDispute', // 协商 while the dispute is open; the request up after it failed or its 七个工作日 ran out (or a received case's objection); 指定管辖 only by the common superior (暂行规定 10, 12 第二款)
  'venueUndisputed', // nothing moves on, is filed or closes its investigation while a dispute over jurisdiction is pending (暂行规定 10)
  'venueOfficersNeeded', // 确定承办人员 by the department that received a moved case, once (暂行规定 10–12, 15)
  'investigatedBeforeEnd', // 调查终结 only after evidence was collected: 调查取证, 登记证据 or 先行登记保存 (暂行规定 17 第一款)
  'localReviewSituationsListed', // 调查终结: a local 法制审核 situation marked is one the jurisdiction lists that day (暂行规定 37 第一款第（五）项)
  'suspectsOfCase', // 疑点说明: only of the case's own 疑点 (from its lead or 调取疑点数据) (暂行规定 18 第一款第（三）项)
  'factsCiteEvidence', // 调查终结: each fact found names the evidence of this case it rests on (暂行规定 19 第四款)
  'evidenceHoldApproved', // 先行登记保存 on a 负责人's approval unless taken on the spot in an emergency (暂行规定 26 第一款)
  'evidenceHoldEmergency', // approval after the fact only for an emergency hold, within 二十四小时 (暂行规定 26 第二款)
  'evidenceHoldStanding', // a decision on held evidence only while the hold stands: not after its 七个工作日 released it (暂行规定 28)
  'recusalDecidedByAuthority', // the 主要负责人's recusal by 集体讨论, another 负责人's by the 主要负责人, others' by a 负责人 (暂行规定 5 第三款)
  'notInvestigator', // nobody who took or was named on an investigation step reviews (暂行规定 37 第二款) or hosts the hearing (行政处罚法 64 (四))
  'legalReviewIfRequired', // 行政处罚法 58; 暂行规定 37
  'collectiveDiscussionIfMajor', // 行政处罚法 57 第二款; 暂行规定 44 (第一款第（二）项: after a 审核意见分歧 of 40 第二款)
  'collectiveAttendeesAreHeads', // 集体讨论 attended by 负责人 of the case's bureau, none recused (暂行规定 44 第一款; engine/guards-discussion.ts)
  'collectiveSigner', // 集体讨论签字 by each attendee of the last 集体讨论, once (暂行规定 44 第二款)
  'collectiveRecordSigned', // no decision on a 集体讨论 record not signed by every attendee (暂行规定 44 第二款)
  'noticeBeforeDecision', // 行政处罚法 44, 62; 暂行规定 41
  'windowsClosed', // 陈述申辩 / 听证 windows over or waived in writing (行政处罚法 62, 64)
  'decisionLawful', // the decision kind and its measures within the computed decision (行政处罚法 57; 暂行规定 43)
  'withinNotified', // not beyond the notified penalty (行政处罚法 44, 62)
  'noHeavierAfterArgument', // 行政处罚法 45 第二款; 暂行规定 41 第四款
  'deadlines', // a step after its deadline only with an approved extension, or recorded as late where the period allows
  'simplifiedEligible', // 行政处罚法 51; 暂行规定 48
  'hearingNoticeInTime', // 行政处罚法 64 (二): notice at least 七日 (working days, 85) before the hearing
  'hearingHeldOnDate', // the hearing is held on the notified day or later
  'hearingHostNotInvestigator', // 行政处罚法 64 (四)
  'hearingRequestInTime', // 行政处罚法 64 (一)
  'recordsForDocuments', // the step records what the document it promises must state (DOCUMENT_FIELDS in steps/inputs.ts, each with its article)
  'partyMatchesItem', // the party is of a kind the catalog item names (实施对象)
  'violationMatchesItem', // the article is one the catalog item rests on
  'directAssistanceEligible', // 社会救助暂行办法 30
  'drawnInspectors', // the inspecting officers are those drawn by 双随机
  'extensionRequested', // an extension is approved only after a request
  'rewardWithinCap', // 举报奖励 within the rule in force (data/rewards)
  'closable', // 结案 with the 执行结果 the records show (暂行规定 56 第一款)
  'paymentWithinOwed', // a payment of money the decision orders, not more than is owed (行政处罚法 67, 72; 暂行规定 53)
  'scheduleLawful', // 暂缓/分期 on the party's application, for the unpaid fine, written notice (行政处罚法 66 第二款; 暂行规定 54)
  'overdue', // 催告 only when a due date has passed unpaid (行政强制法 35, 54)
  'enforcementAllowed', // court enforcement after 催告 + 十日, the remedy periods over, no appeal pending (行政强制法 53, 54; 暂行规定 55 第二款)
  'measureOfDecision', // the measure carried out is one the decision imposed
  'refundWithinPaid', // refunds only of what was paid and is no longer owed (复议、诉讼 撤销/变更)
  'publicationChangeNeeded', // 变更公示 only for a published decision changed or revoked (暂行规定 46)
  'partiesChangeAllowed', // after the proposed decision the 当事人 stays the one it was computed for
  // ——— 当场收缴 and 送达 (engine/guards-collection.ts) ———
  'onSiteCollectionLawful', // 当场收缴 only of a fine decided on the spot, ≤ 一百元 or hard to collect later (reason recorded), the whole fine, with the 财政 receipt number (暂行规定 52 第一款、第二款)
  'onSiteMoneyPaidIn', // 备案 of a case whose fine was collected on the spot once it is handed in and paid to the bank (暂行规定 52 第三款)
  'electronicServiceConsent', // 电子送达 only with the party's signed 确认书 and the number or address it names (暂行规定 59 第二款; 行政处罚法 61 第二款)
  'assistanceElsewhere', // 协助调查 asked of the 医疗保障行政部门 of another 行政区域 (暂行规定 34)
  'returnOnce', // the released 封存 materials returned once, on or after the release, with the list signed (暂行规定 33 第二款)
  'oneFilePerCase', // 归档 once, after the case ended: 一案一卷 (暂行规定 57 第一款第一项)
  'sealingReleaseApproved', // 解除封存 on a 负责人's approval (暂行规定 29 第一款), on a ground of 33 第一款 (期限届满 only once it has run)
  'documentsComplete', // 归档 only when every document the case's steps promised can be built from its data: 文书齐全 (暂行规定 57 第一款第二项)
  'measuresReleased', // 终止调查, 违法事实不能成立 and 结案 only once the case's 封存 (child cases) and 先行登记保存 are released (暂行规定 47 第二款, 33 第一款, 28 第一款第三项)
  // ——— 飞行检查 (医疗保障基金飞行检查管理暂行办法) ———
  'flyingLaunchLawful', // 启动情形 and its evidence (第十条、第十一条第二款); 省际联合、交叉 filed before 启动 (第四条第二款); 被检地部门 one level down (第三十条、第三十一条)
  'flyingDrawIfPlanned', // a 年度工作计划 inspection draws targets and inspectors at random unless the reason is recorded (第十一条第一款)
  'flyingFromLibraries', // the targets, inspectors and experts chosen are in the jurisdiction's 被检查对象库、检查人员库、专家库 on the step's day, not disabled (第六条; engine/libraries.ts)
  'flyingTeamOnly', // only members of the 飞行检查组 (and approved additions) inspect (第十二条、第二十条)
  'flyingWithinPlan', // on-site work within the approved 实施方案's dates unless an extension is approved (第十四条第二款、第二十条)
  'noAdvanceNotice', // 检查通知书 served on arrival, never before; 执法证件 shown; rights told (第二条、第十五条)
  'flyingAdjustmentRequested', // 增加力量、延长、中止、取消 only as requested by the 检查组 and approved (第二十条)
  'flyingConclusionReady', // feedback given, the party heard or its time over, the 被检地部门 consulted, the team decides together (第十八条、第二十一条第一款)
  'flyingProblemTransferred', // a problem handled is one the 飞行检查 transferred (第二十二条、第二十四条)
  'flyingAllHandled', // 处理完结 only when every transferred problem is handled and progress reported (第二十三条第一款、第二十四条)
  'flyingDifferenceExplained', // a result that differs much from the transferred one carries a written explanation (第二十三条第二款)
  'flyingInterviewRectified', // 自查自纠 organised for 区域性、普遍性 problems (第二十六条第二款)
  'flyingClosable', // 归档 not while the interviewed party's 15 working days run (第二十六条第二款)
  // ——— 举报处理 (医疗保障基金使用监督管理举报处理暂行办法) ———
  'reportRealName', // a 实名 report gives true identity and a working contact (第八条第一款); an oral report is written down (第七条)
  'reportWithinAuthority', // handled by the department of the place of the conduct (第九条第一款); not while a dispute or a 同级机构 holds it (第十条、第十一条第二款)
  'reportParentBureau', // the decision above is taken by the department one level up (第九条第三款、第十条)
  'reportNoOnwardTransfer', // a 同级机构 that received it returns it to the 统一接收 机构, never passes it on (第十一条第二款)
  'reportLeadDecided', // the reporter is told after the lead's 是否立案 decision (第十二条第二款)
  'reportResultNotice', // the result is told only where a rule requires it, and not after a withdrawal (第十三条、第十四条)
  'reportLeadClosed', // 办结 only when the lead it fed is closed (第十二条第一款、第二十二条)
  'reportVerified', // a reward only for a report found true (第二十一条)
  'reportTypicalVerified', // a 典型案例 only of a report found true, never of one marked 涉密 (第二十条、第十六条第二款)
  'reportReviewMasked', // the review before publication: 涉及 needs the masking stated; no natural person's name in the text (第十六条第三款)
  'reportPublishable', // published only after the 商业秘密/个人隐私 review, never when marked 涉密 (第十六条第二款、第三款, 第二十条)
  'annualReportProvincial', // the annual report is the provincial bureau's, of a year already ended (第十九条)
  'fromReportCase', // a reward case opened from a report case (举报处理暂行办法 第二十一条)
] as const;
export const GuardName = z.enum(GUARD_NAMES);
export type GuardName = z.infer<typeof GuardName>;

/** An effect of a step on the case, beyond the state change. */
/** The effects of 执行 and the steps around it (engine.ts applyExecutionEffect). */
export const EXECUTION_EFFECTS = [
  'recordPayment', 'requestSchedule', 'approveSchedule', 'refuseSchedule', 'remind', 'applyEnforcement', 'courtAccepted', 'courtRuling',
  'updateParties', 'executeMeasure', 'appealFiled', 'appealDecided', 'refund', 'publish', 'changePublication', 'close',
  'collectOnSite', // 简易程序 当场收缴: the fine paid with its 专用票据 (暂行规定 第五十二条)
] as const;

export const EFFECTS = [
  'assignOfficers', // input.officers become the case's 承办人; input.parties its parties
  'investigation', // the actor and the officers named took part in the investigation
  'declareInterest', // input.user / input.理由: recusal
  'applyRecusal', // the party's application for someone's recusal, pending until decided (暂行规定 5 第二款; engine/recusal.ts)
  'approveEvidenceHold', // 补办先行登记保存批准: refused → released at once (暂行规定 26 第二款; engine/evidence-hold.ts)
  'handleEvidenceHold', // 先行登记保存处理: 决定予以封存 opens the 封存 procedure (暂行规定 28 第一款第（二）项)
  'decideRecusal', // the decision on it; 回避 puts the person among the interests (暂行规定 5 第三款)
  'proposePenalty', // input.violation + input.facts → the penalty decision, from the case's party, jurisdiction and date
  'legalReview', // input.结论: the review opinion and its consequence
  'notify', // input.measures: the notified penalty; opens the windows from the 告知书's service
  'statement', // the party argued (陈述申辩)
  'waiveStatement', 'waiveHearing', 'requestHearing', 'hearingNotice', 'hearingHeld',
  'collectiveDiscussion', 'signCollective', 'decide', 'serve', 'pauseClock', 'resumeClock', 'requestExtension', 'approveExtension',
  'numberOnSiteDecision', // 当场决定: the 当场行政处罚决定书's number and the 执法证 shown (暂行规定 49)
  'drawRandom', // 双随机: targets from input.register, inspectors from the roster, by a recorded seed
  'findings', // inspection findings; 移送立案 spawns a penalty case
  'secretReporter', // the reporter's identity goes to the sealed store; the record keeps its hash
  'reward', 'creditList', 'agreementMeasures', 'payment',
  'spawnSealing', // 封存 of the case's materials: opens a 封存 case (xzqz-fengcun) linked to this one (暂行规定 第二十九条、第四十七条第二款)
  'venue', // 管辖: a dispute raised, negotiated, referred up, designated; the case moved to another department with its jurisdiction (暂行规定 第十条至第十二条; engine/venue.ts)
  // 执行 (execution.ts)
  ...EXECUTION_EFFECTS,
  // ——— 飞行检查 ———
  'flyingLaunch', // 启动: 启动情形, 被检地部门, 参照本办法 (第十条、第三十条、第三十一条)
  'flyingTeam', // 检查组: members, targets (第十二条)
  'flyingPlan', // the approved 实施方案's dates (第十四条)
  'flyingAdjust', // an approved 增加力量 / 延长 (第二十条)
  'flyingFindings', // the problems fed back and concluded (第十八条、第二十一条)
  'flyingTransfer', // 移交: opens the 被检地部门's handling case (第二十二条)
  'flyingFollowUp', // 回头看: opens a new 飞行检查 linked to this one (第二十五条)
  'flyingHandle', // 处理: 行政处罚 → a penalty lead, 协议处理 → an agreement case (第二十四条)
  // ——— 举报处理 ———
  'reportRegister', // 登记: facts that steer the procedure (实名, 留有联系方式, 被举报行为发生地) (第七条、第八条、第九条)
  'reportLead', // 转为线索: opens a penalty lead from the day the report came in (第十二条第一款)
  'reportForward', // 分送 / 提级 / 移交: opens the report in the department that handles it, with the sealed reporter (第九条、第十条、第十一条)
  'reportWithdraw', // 撤回 (第十四条)
  'reportDispute', // a dispute over who handles it: its start, its failure (第十条)
  'reportHolder', // passed to a 同级机构, or returned to the 统一接收 机构 (第十一条)
  'reportReward', // 转入奖励: opens the reward case with the sealed reporter (第二十一条)
  'reportClassify', // 标记涉密: the materials, by whom and when (第十六条第二款)
  'reportTypical', // 标记典型案例 (第二十条)
  'reportDisclosureReview', // 公开前保密审查 and its masked text (第十六条第三款)
  'reportPublish', // 发布典型案例 on the portal (第二十条)
  'annualReportFile', // 报送年度报告: the yearly due date from the text, late flagged (第十九条)
] as const;
export const Effect = z.enum(EFFECTS);
export type Effect = z.infer<typeof Effect>;

const When = z.record(z.string(), z.union([z.string(), z.boolean(), z.array(z.string())]));

export const StepDef = z.object({
  /** The step's name, used by `yibao case act ID STEP`. */
  id: z.string(),
  description: z.string().optional(),
  /** The input schema (src/cases/steps/inputs.ts); default: the step's id. */
  input: z.string().optional(),
  from: z.array(z.string()).min(1),
  /** Resulting state; `same` keeps the state (a repeatable step). */
  to: z.union([z.string(), z.object({ by: z.string(), cases: z.record(z.string(), z.string()), default: z.string().optional() })]),
  roles: z.array(Role).min(1),
  /** The actor must hold a valid 执法证 on the day. */
  certificate: z.boolean().default(false),
  minOfficers: z.number().int().min(0).default(0),
  /** Attachments that must be given (by name). */
  attachments: z.array(z.string()).default([]),
  /** Steps that must already have been done in this case. */
  after: z.array(z.string()).default([]),
  guards: z.array(GuardName).default([]),
  effects: z.array(Effect).default([]),
  starts: z.array(z.string()).default([]),
  stops: z.array(z.string()).default([]),
  /** Deadlines this step must meet (refused after them without an approved extension, or recorded late where the period allows). */
  within: z.array(z.string()).default([]),
  /** 文书 this step produces. */
  documents: z.array(z.string()).default([]),
  /** Legal basis of the step itself. */
  basis: z.array(z.string()).default([]),
  /** The 责任事项 of the catalog item this step fulfils (立案责任, 调查责任 …). */
  duty: z.string().optional(),
  /** Only offered when the case's facts match (e.g. hearing right). */
  when: When.optional(),
  /** Also allowed once the case is closed (复议、诉讼 outcomes, refunds, 公示 changes). */
  afterEnd: z.boolean().default(false),
}).strict();
export type StepDef = z.infer<typeof StepDef>;

/**
 * A deadline of a procedure: a statutory period of the registry by id, or a limit stated
 * by a seed catalog or set by the bureau (amount, unit and basis written here).
 */
export const DeadlineDef = z
  .object({
    id: z.string(),
    /** id in data/law/periods.json */
    period: z.string().optional(),
    label: z.string().optional(),
    amount: z.number().positive().optional(),
    unit: TimeUnit.optional(),
    basis: LimitBasis.optional(),
    /** A step after it is allowed and recorded as late (a duty of the bureau, not a bar). */
    lateAllowed: z.boolean().optional(),
    /** Only for cases whose facts match (e.g. variant). */
    when: When.optional(),
    /** Starts when this period (a registry id), counted from the starting step's date, has run out: 申请强制执行期限 after the 起诉期限. */
    afterPeriod: z.string().optional(),
  })
  .strict()
  .refine((d) => (d.period !== undefined) !== (d.amount !== undefined && d.unit !== undefined && d.basis !== undefined && d.label !== undefined), '期限须引用法定期限登记表（period），或写明 label、amount、unit 和 basis（种子清单或本局设定）');
export type DeadlineDef = z.infer<typeof DeadlineDef>;

export const ProcedureDef = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  name: z.string(),
  kind: z.enum(['行政处罚', '行政强制', '行政检查', '行政给付', '行政确认', '行政奖励', '其他行政职权']),
  effectiveFrom: z.string(),
  description: z.string(),
  initial: z.string(),
  /** Deadlines that start when the case is opened (线索核查期限 from the day the lead comes in). */
  opens: z.array(z.string()).default([]),
  /** Final states: the case is closed there. The first one is the normal end. */
  end: z.array(z.string()).min(1),
  variants: z.array(z.string()).default([]),
  steps: z.array(StepDef).min(1),
  deadlines: z.array(DeadlineDef).default([]),
  /** Input fields kept from the record and the public view (shown only to these roles). */
  sealedFor: z.array(Role).default([]),
  /**
   * Sealed fields are shown only to a viewer of a `sealedFor` role who handles the case (took
   * one of its steps or is named as its officer): 举报处理暂行办法 第十六条第一款, not to
   * 与办理举报工作无关的人员.
   */
  sealedToHandlers: z.boolean().default(false),
  /**
   * What this case does when a case it opened (a child) takes a step or ends: the fact it
   * records (with the child's id, step, state and date) and the deadlines it starts from the
   * day of the child's step (举报 → 线索: 是否立案 decided → 五个工作日 to tell the reporter).
   */
  watches: z
    .array(
      z
        .object({
          procedure: z.string(),
          /** the child's steps watched; absent with `closes`: the child reaching an end state */
          steps: z.array(z.string()).default([]),
          closes: z.boolean().default(false),
          /** the fact (in facts) the parent records */
          record: z.string(),
          /** keep each child's progress under its case number (several 封存 of one case), not only the last */
          byCase: z.boolean().default(false),
          starts: z.array(z.string()).default([]),
        })
        .strict(),
    )
    .default([]),
}).strict();
export type ProcedureDef = z.infer<typeof ProcedureDef>;

/** Item → procedure mapping rules (data/procedures/mapping.json), first match wins. */
export const MappingRule = z.object({
  kind: z.string(),
  /** Regular expression on the item name (and sub-items). */
  name: z.string().optional(),
  matters: z.array(z.string()).optional(),
  procedure: z.string(),
  variant: z.string().optional(),
  why: z.string(),
  /** Other procedures a case of the item may be opened under, chosen per case (飞行检查 for an inspection item). */
  also: z.array(z.object({ procedure: z.string(), variant: z.string().optional(), why: z.string() }).strict()).default([]),
});
export type MappingRule = z.infer<typeof MappingRule>;
