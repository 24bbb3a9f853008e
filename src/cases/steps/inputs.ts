// The input of every step, as a zod schema with Chinese titles: the engine validates with
// it (strict: an unknown or mistyped field is refused, nothing is read by hand), the API
// documents it, and the console draws the step's form from it (issue: forms from schemas).
// A step of a procedure names its schema with `input` (default: the step's id).
import { z } from 'zod';
import { SERVICE_METHODS } from '../documents/schemas.js';
import { APPEAL_KINDS, APPEAL_OUTCOMES, DUE_KINDS } from '../engine/execution.js';
import { FLAGS, MeasureChoiceSchema, MitigationSchema, DECISION_KINDS, NO_PENALTY_GROUNDS } from '../../law/index.js';
import { caseEvidence, reviewSituations, choice, date, evidence, flag, integer, jurisdictionPath, list, money, officers, payer, rows, StepEnvelope, text, user, users } from './fields.js';
import { PartiesSchema } from './party.js';
import { RECUSAL_RESULTS } from '../engine/recusal.js';
import { FLYING_STEP_INPUTS } from './flying.js';
import { ELECTRONIC_SERVICE_FIELDS, ON_SITE_COLLECTION_FIELDS } from './collection.js';
import { ASSISTANCE_STEP_INPUTS } from './assistance.js';
import { VENUE_STEP_INPUTS } from './venue.js';
import { REPORT_STEP_INPUTS } from './report.js';
import { EVIDENCE_STEP_INPUTS } from './evidence.js';
import { OnSiteSchema, SEALING_RELEASE_GROUNDS } from './coercion.js';

/** Why settlement resumes after a 暂停 (条例第三十条: 调查结束后按调查结论处理). */
export const RESUMPTION_REASONS = ['已配合调查', '经调查不属于骗取医疗保障基金支出', '经调查属于骗取医疗保障基金支出，已依法处理', '其他'] as const;

/**
 * What a step must record for the document it promises, checked by the guard
 * recordsForDocuments (optional in the schemas, so that steps recorded before a field existed
 * still replay). `parties`: a 当事人 given here or already on the case.
 */
export const DOCUMENT_FIELDS: Record<string, ReadonlyArray<{ field: string; label: string; why: string; when?: { field: string; equals: string } }>> = {
  决定: [
    { field: '教育方式', label: '对当事人进行教育的方式', why: '对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育（行政处罚法第三十三条第三款），不予行政处罚决定书载明教育的情况', when: { field: '类型', equals: '不予行政处罚' } },
    { field: '教育内容', label: '教育的内容', why: '不予行政处罚决定书载明对当事人进行教育的内容（行政处罚法第三十三条第三款）', when: { field: '类型', equals: '不予行政处罚' } },
  ],
  申请封存: [{ field: 'parties', label: '当事人', why: '封存决定书须载明当事人的姓名或者名称、地址（行政强制法第二十四条第二款第（一）项）' }],
  紧急封存: [{ field: 'parties', label: '当事人', why: '封存决定书须载明当事人的姓名或者名称、地址（行政强制法第二十四条第二款第（一）项）' }],
  申请暂停结算: [{ field: 'parties', label: '当事人', why: '暂停结算决定书须载明当事人的名称和地址' }],
  通知经办机构: [{ field: '经办机构', label: '医疗保障经办机构', why: '条例第三十条：由医疗保障行政部门要求医疗保障经办机构暂停结算' }],
  解除暂停: [{ field: '恢复理由', label: '恢复结算的理由', why: '恢复结算通知书须写明调查结论（条例第三十条：属于骗取的依法处理，不属于的按照规定结算）' }],
  受理: [{ field: 'parties', label: '申请人身份', why: '确认凭证、支付决定书须载明申请人的名称和证件' }],
  确认: [{ field: '确认内容', label: '确认的内容', why: '确认凭证须写明确认了什么' }],
  发现违约: [{ field: 'parties', label: '定点医药机构', why: '协议处理决定书须载明定点医药机构的名称和地址' }],
  处理决定: [{ field: '处理理由', label: '处理理由', why: '协议处理决定书须写明违约事实和陈述申辩的采纳情况（条例第十三条第一款）' }],
};

/** The party whose materials are sealed: given when a 封存 is opened on its own (a 封存 opened from a case has the case's party). */
const SEALING_PARTY = PartiesSchema.optional().meta({ title: '当事人（资料被封存的单位或个人）', widget: 'parties', description: '封存决定书须载明当事人的姓名或者名称、地址（行政强制法第二十四条第二款第（一）项）；由处罚案件开立的已登记' });

const obj = <S extends z.ZodRawShape>(shape: S) => z.object({ ...StepEnvelope, ...shape }).strict();

/** 审批意见 of a head: a closed conclusion and the words. */
const approval = () => obj({ 审批意见: text('审批意见', { max: 2000 }) });
const reason = (title = '理由') => obj({ 理由: text(title, { max: 2000 }) });

/** The article a violation falls under: a statute, an article and, where the article lists them, the 项. */
export const ViolationSchema = z
  .object({
    法规: z.string().trim().min(1, '请选择法规').max(100).meta({ title: '法规', widget: 'text' }),
    条: z.number().int().positive('条号应为正整数').max(1000).meta({ title: '条', widget: 'integer' }),
    项: z.number().int().positive().max(50).optional().meta({ title: '项', widget: 'integer' }),
  })
  .strict()
  .meta({ title: '违法行为所违反的条文', widget: 'violation' });
export type Violation = z.infer<typeof ViolationSchema>;

/** The facts the sanction rules read (the party's kind comes from the case's party). */
export const PenaltyFactsInputSchema = z
  .object({
    amounts: z
      .object({
        defraudedFen: money('骗取金额').optional(),
        lossFen: money('造成医保基金损失金额').optional(),
        unpaidFen: money('应缴（欠缴）社会保险费数额').optional(),
        bidFen: money('中标项目金额').optional(),
        illegalGainsFen: money('违法所得').optional(),
        unitFineFen: money('对单位的罚款数额').optional(),
      })
      .strict()
      .default({})
      .meta({ title: '金额', widget: 'facts' }),
    flags: z.array(z.enum(FLAGS)).max(FLAGS.length).default([]).meta({ title: '情节', widget: 'multiselect' }),
    actBegan: date('违法行为开始之日').optional(),
    actEnded: date('违法行为终了之日', '连续或者继续状态的，为终了之日；否则为发生之日').optional(),
    discovered: date('发现之日').optional(),
    unpaidSince: date('欠缴之日').optional(),
  })
  .strict()
  .meta({ title: '认定的事实', widget: 'facts' });
export type PenaltyFactsInput = z.infer<typeof PenaltyFactsInputSchema>;

const measures = (title: string) => z.array(MeasureChoiceSchema).max(30).meta({ title, widget: 'measures' });
const mitigation = MitigationSchema.meta({ title: '减轻情节（行政处罚法第三十二条）', widget: 'mitigation' });

/**
 * 法制审核 opinions (医疗保障行政处罚程序暂行规定 第三十九条) and what each does to the case: 继续调查、
 * 变更、纠正 send it back to 调查中 (a new review follows); 不予作出行政执法决定 (第一款第（二）项)
 * leaves only a decision that is not a 行政处罚.
 */
export const REVIEW_CONCLUSIONS = ['同意', '继续调查', '不予作出行政执法决定', '变更', '纠正', '其他'] as const;
export type ReviewConclusion = (typeof REVIEW_CONCLUSIONS)[number];

/** 法制审核的主要内容 (暂行规定 第三十八条), each reviewed and recorded with its finding; a test reads them out of the article's items. */
export const REVIEW_POINTS = [
  '行政执法主体是否合法，行政执法人员是否具备执法资格',
  '是否具有管辖权',
  '案件事实是否清楚、证据是否充分',
  '定性是否准确',
  '适用依据是否正确',
  '程序是否合法',
  '处理是否适当',
  '行政执法文书是否完备、规范',
  '违法行为是否涉嫌犯罪、需要移送司法机关',
  '其他需要合法性审核的内容',
] as const;
export const REVIEW_FINDINGS = ['无问题', '有问题'] as const;

/** The ten points of 第三十八条, each once, with the reviewer's finding; a problem is explained. */
const reviewPoints = rows(
  '逐项审核（暂行规定第三十八条）',
  z
    .object({
      审核内容: choice('审核内容', REVIEW_POINTS, '医疗保障行政处罚程序暂行规定第三十八条'),
      审核结果: choice('审核结果', REVIEW_FINDINGS),
      说明: text('说明（有问题的，写明问题）', { max: 2000 }).optional(),
    })
    .strict()
    .refine((r) => r.审核结果 === '无问题' || r.说明 !== undefined, { message: '有问题的审核内容须写明问题', path: ['说明'] }),
  REVIEW_POINTS.length,
  REVIEW_POINTS.length,
);

/** 送达 methods (民事诉讼法 through 行政处罚法 第六十一条, 暂行规定 第五十九条). */
/** 送达方式: one list, shared with the 送达回证 the documents print. */
export { SERVICE_METHODS };

/** 暂缓或者分期缴纳罚款 (行政处罚法 第六十六条第二款; 暂行规定 第五十四条). */
export const SCHEDULE_KINDS = ['暂缓缴纳', '分期缴纳'] as const;
const installments = z
  .array(z.object({ 到期日: date('到期日'), amountFen: money('金额') }).strict())
  .min(1, '请填写缴纳安排')
  .max(60)
  .meta({ title: '缴纳安排（每期到期日和金额）', widget: 'installments' });

/** 结案 outcomes and the 第五十六条第一款 item each one closes under. */
export const EXECUTION_OUTCOMES = ['全部履行', '部分履行', '人民法院受理强制执行', '人民法院裁定不予执行', '终结执行', '无须执行', '决定被撤销'] as const;
export type ExecutionOutcome = (typeof EXECUTION_OUTCOMES)[number];
export const CLOSING_ITEM: Record<ExecutionOutcome, 1 | 2 | 3 | 4> = {
  全部履行: 1,
  人民法院受理强制执行: 2,
  无须执行: 3,
  部分履行: 4,
  人民法院裁定不予执行: 4,
  终结执行: 4,
  决定被撤销: 4,
};

/** A clock time HH:MM on the record's date (Asia/Shanghai). */
const clockTime = (title: string) =>
  z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${title}应为 24 小时制的时:分，如 09:30`).meta({ title, widget: 'text', placeholder: '09:30' });

/**
 * 询问笔录 as recorded at 调查取证 (医疗保障行政处罚程序暂行规定 第十八条第一款第（一）项、第二十条):
 * who was asked, when and where, by which two officers, the questions and answers — the
 * 询问笔录 document is printed from it.
 */
export const InquirySchema = z
  .object({
    被询问人: text('被询问人', { max: 50 }),
    证件号码: text('被询问人身份证件号码', { max: 40 }),
    与本案关系: text('与本案关系', { max: 100, placeholder: '如：当事人的法定代表人、证人' }),
    工作单位: text('工作单位', { max: 100 }).optional(),
    职务: text('职务', { max: 50 }).optional(),
    联系电话: text('联系电话', { max: 30 }).optional(),
    询问日期: date('询问日期'),
    开始时间: clockTime('开始时间'),
    结束时间: clockTime('结束时间'),
    地点: text('询问地点', { max: 200 }),
    询问人: officers('询问人', 2),
    记录人: officers('记录人', 1),
    回避询问的回答: text('是否申请回避（被询问人的回答）', { max: 200, placeholder: '不申请回避' }),
    问答: rows('问答', z.object({ 问: text('问', { max: 2000 }), 答: text('答', { max: 5000 }) }).strict(), 1, 300),
    被询问人意见: text('被询问人对笔录的意见', { max: 500, placeholder: '以上笔录我看过，与我说的相符' }).optional(),
  })
  .strict()
  .refine((q) => q.结束时间 >= q.开始时间, { message: '结束时间早于开始时间', path: ['结束时间'] })
  .refine((q) => q.记录人.length === 1, { message: '记录人为一人', path: ['记录人'] });

export type Inquiry = z.infer<typeof InquirySchema>;

/** 现场检查笔录 as recorded at 调查取证 (第十八条第一款第（一）项、第二十条): the document is printed from it. */
export const OnSiteCheckSchema = z
  .object({
    检查日期: date('检查日期'),
    开始时间: clockTime('开始时间'),
    结束时间: clockTime('结束时间'),
    地点: text('检查地点', { max: 200 }),
    检查人员: officers('检查人员', 2),
    记录人: officers('记录人', 1),
    在场人: text('在场人', { max: 50 }).optional(),
    在场人身份: text('在场人身份', { max: 100 }).optional(),
    见证人: text('见证人（当事人不在场时）', { max: 50 }).optional(),
    检查情况: list('检查情况（每行一项）', 1, 100),
    采取的措施: list('采取的措施（拍照、复制等，每行一项）', 0, 50).optional(),
    当事人意见: text('当事人意见', { max: 1000 }).optional(),
    当事人拒绝签名: flag('当事人拒绝签名').optional(),
  })
  .strict()
  .refine((q) => q.结束时间 >= q.开始时间, { message: '结束时间早于开始时间', path: ['结束时间'] })
  .refine((q) => q.记录人.length === 1, { message: '记录人为一人', path: ['记录人'] })
  .refine((q) => q.在场人 !== undefined || q.见证人 !== undefined, { message: '当事人或者有关人员不在场的，应当记明见证人', path: ['见证人'] })
  .refine((q) => (q.在场人 === undefined) === (q.在场人身份 === undefined), { message: '在场人与其身份须一并填写', path: ['在场人身份'] });
export type OnSiteCheck = z.infer<typeof OnSiteCheckSchema>;

export const AGREEMENT_MEASURES = ['约谈', '暂停结算', '不予支付', '追回', '违约金', '中止协议', '解除协议'] as const;
const agreementMeasures = (title: string) =>
  z
    .array(
      z
        .object({
          kind: z.enum(AGREEMENT_MEASURES).meta({ title: '措施', widget: 'select' }),
          amountFen: money('金额').optional(),
          months: z.number().int().min(1).max(60).optional().meta({ title: '月数', widget: 'integer' }),
        })
        .strict(),
    )
    .min(1, `请填写${title}`)
    .max(20)
    .meta({ title, widget: 'list' });

const findings = z
  .array(
    z
      .object({
        对象: z.string().trim().min(1).max(100),
        发现: z.string().trim().max(2000).default(''),
        措施: z.enum(['无问题', '责令改正', '移送立案']),
      })
      .strict(),
  )
  .min(1, '请填写处置结果')
  .max(200)
  .meta({ title: '处置结果', widget: 'findings' });

const reporter = z
  .object({
    姓名: z.string().trim().min(1).max(50).meta({ title: '姓名', widget: 'text' }),
    电话: z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, '电话格式不正确').optional().meta({ title: '电话', widget: 'text' }),
    证件号码: z.string().trim().max(40).optional().meta({ title: '证件号码', widget: 'text' }),
  })
  .strict()
  .meta({ title: '举报人（保密）', widget: 'text' });

/** 第十九条第四款: a fact the investigation found, and the evidence of the case it rests on (by the names the case shows). */
export const FindingSchema = z
  .object({
    事实: text('认定的事实', { max: 2000 }),
    证据: caseEvidence('所依据的证据', '从本案已登记的证据、笔录和附件中选择，每项事实至少一项（暂行规定第十九条第四款）'),
  })
  .strict();

/** 第三十二条: who keeps the sealed materials and where; a third party entrusted with them, if any. */
const SEALED_CUSTODY = {
  保管人: text('封存资料的保管人', { max: 100 }),
  保管地点: text('封存资料的保管地点', { max: 200 }),
  受托保管的第三人: text('受委托保管的第三人（委托第三人保管时）', { max: 200, description: '第三人不得损毁、篡改或者擅自转移、处置（暂行规定第三十二条）' }).optional(),
};

export const STEP_INPUTS = {
  // ——— 行政处罚普通程序 ———
  线索核查: obj({ 核查意见: text('核查意见') }),
  不予立案: obj({ 理由: text('不予立案理由') }),
  立案: obj({
    officers: officers('承办执法人员', 2),
    案由: text('案由', { max: 200 }),
    案件来源: choice('案件来源', ['监督检查', '投诉', '举报', '其他部门移送', '上级交办', '智能监控', '其他']).optional(),
    parties: PartiesSchema,
    // 暂行规定 第十五条第一款第（二）项: the rule the conduct is suspected to break, as known at 立案 (the 立案审批表 states it)
    涉嫌违反: ViolationSchema.meta({ title: '涉嫌违反的条文（立案审批表载明）', widget: 'violation' }).optional(),
    // 管辖 (暂行规定 第九条): checked by the guard placeWithinJurisdiction
    违法行为发生地: jurisdictionPath('违法行为发生地', '不填为本案辖区（医疗保障行政处罚程序暂行规定第九条第一款）').optional(),
    异地就医: flag('异地就医的违法行为', '由就医地医疗保障行政部门调查处理（第九条第二款）').optional(),
    就医地: jurisdictionPath('就医地').optional(),
    仅参保人员违法: flag('仅参保人员违法', '由参保地医疗保障行政部门调查处理（第九条第二款）').optional(),
    参保地: jurisdictionPath('参保地').optional(),
    // 暂行规定 第十一条第二句: checked by the guard venueReserved (engine/guards-jurisdiction.ts)
    法定由上级管辖: flag('法律、法规、规章明确规定本案由本级以上部门管辖', '登记后本案不得交由下级部门管辖（暂行规定第十一条）').optional(),
    法定管辖依据: text('规定管辖层级的法律、法规、规章条文', { max: 200, placeholder: '如《××条例》第×条' }).optional(),
  }),
  调查取证: obj({
    officers: officers('执法人员', 2),
    取证内容: text('取证内容'),
    证据: evidence('证据清单').optional(),
    询问笔录: rows('询问笔录', InquirySchema, 1, 20).optional(),
    现场检查笔录: rows('现场检查笔录', OnSiteCheckSchema, 1, 20).optional(),
  }).superRefine((d, ctx) => {
    // the officers who ask or inspect are the step's officers, whose 执法证 and jurisdiction the engine checks (第十六条)
    for (const [i, q] of (d.询问笔录 ?? []).entries())
      for (const who of q.询问人) if (!d.officers.includes(who)) ctx.addIssue({ code: 'custom', path: ['询问笔录', i, '询问人'], message: '询问人须为本环节的执法人员' });
    for (const [i, q] of (d.现场检查笔录 ?? []).entries())
      for (const who of q.检查人员) if (!d.officers.includes(who)) ctx.addIssue({ code: 'custom', path: ['现场检查笔录', i, '检查人员'], message: '检查人员须为本环节的执法人员' });
  }),
  调查终结: obj({
    officers: officers('执法人员', 2),
    调查终结报告: text('调查终结报告', { max: 10000 }),
    // 暂行规定 第十九条第四款: optional here so that records before it replay; the guard factsCiteEvidence requires it
    认定事实: rows('认定的事实及所依据的证据', FindingSchema, 1, 100).optional(),
    violation: ViolationSchema,
    facts: PenaltyFactsInputSchema,
    情节复杂或者重大: flag('情节复杂或者重大违法行为', '须由负责人集体讨论决定（行政处罚法第五十七条第二款）').optional(),
    疑难复杂: flag('案件情况疑难复杂、涉及多个法律关系', '须经法制审核（行政处罚法第五十八条第一款第（三）项）').optional(),
    重大公共利益: flag('涉及重大公共利益', '须经法制审核（行政处罚法第五十八条第一款第（一）项）').optional(),
    本地法制审核情形: reviewSituations('本地规定须法制审核的重大执法情形', '本地区重大行政执法决定法制审核目录所列、本案具有的情形，选择后须经法制审核（暂行规定第三十七条第一款第（五）项）').optional(),
  }),
  法制审核: obj({ 结论: choice('审核结论', REVIEW_CONCLUSIONS, '医疗保障行政处罚程序暂行规定第三十九条'), 审核意见: text('审核意见', { max: 5000 }) }),
  // 行政处罚的法制审核: the ten points of 第三十八条 each recorded, and the opinion (第三十九条) consistent with them
  行政处罚法制审核: obj({
    结论: choice('审核结论', REVIEW_CONCLUSIONS, '医疗保障行政处罚程序暂行规定第三十九条'),
    审核意见: text('审核意见', { max: 5000 }),
    审核事项: reviewPoints,
  }).superRefine((d, ctx) => {
    for (const point of REVIEW_POINTS) {
      const n = d.审核事项.filter((r) => r.审核内容 === point).length;
      if (n !== 1) ctx.addIssue({ code: 'custom', path: ['审核事项'], message: `审核内容「${point}」${n ? '重复' : '未审核'}：法制审核须逐项审核第三十八条所列内容` });
    }
    const problems = d.审核事项.filter((r) => r.审核结果 === '有问题');
    if (d.结论 === '同意' && problems.length) ctx.addIssue({ code: 'custom', path: ['结论'], message: `逐项审核中「${problems[0]!.审核内容}」有问题，审核结论不能为“同意”（暂行规定第三十九条）` });
    if (['继续调查', '变更', '纠正', '不予作出行政执法决定'].includes(d.结论) && !problems.length) ctx.addIssue({ code: 'custom', path: ['审核事项'], message: `审核结论为“${d.结论}”，须在逐项审核中写明有问题的内容（暂行规定第三十八条、第三十九条）` });
  }),
  告知: obj({
    officers: officers('执法人员', 2),
    measures: measures('拟作出的处罚'),
    减轻: mitigation.optional(),
    告知书送达日期: date('告知书送达日期', '陈述申辩、要求听证的期限自送达之日起计算'),
  }),
  陈述申辩: obj({ 陈述内容: text('陈述、申辩内容', { max: 5000 }), 复核意见: text('复核意见', { max: 5000 }), 理由成立: flag('当事人提出的事实、理由或者证据成立').optional() }),
  放弃陈述申辩: obj({}),
  放弃听证: obj({}),
  申请听证: obj({ 申请方式: choice('申请方式', ['书面', '口头']) }),
  听证通知: obj({ 听证日期: date('听证日期'), 主持人: user('听证主持人', '法制审核员'), 听证地点: text('听证地点', { max: 200 }), 公开举行: flag('公开举行').optional() }),
  举行听证: obj({ 听证笔录: text('听证笔录', { max: 20000 }), 听证报告: text('听证报告', { max: 10000 }).optional() }),
  集体讨论: obj({ 参加人员: users('参加讨论的负责人', 2, '负责人'), 讨论意见: text('讨论中的意见（含不同意见）', { max: 10000 }), 讨论结论: text('讨论结论', { max: 2000 }) }),
  // 暂行规定 第四十四条第二款: each attendee confirms the record in person, under their own account
  集体讨论签字: obj({
    确认: z.literal(true, { error: '须确认讨论记录属实方可签字' }).meta({ title: '已阅读集体讨论记录，确认所记属实并签字', widget: 'boolean' }),
    意见: text('对讨论记录的意见', { max: 2000 }).optional(),
  }),
  // 暂行规定 第四十条第二款: the investigators disagree with the 法制审核 opinion; 论证 by experts, a legal adviser or a third party
  审核意见分歧: obj({
    分歧内容: text('办案机构（办案人员）与法制机构的分歧', { max: 5000 }),
    论证: rows(
      '专家、法律顾问或者第三方的论证（可选）',
      z.object({ 方式: choice('论证方式', ['组织专家论证', '法律顾问论证', '委托第三方论证'], '医疗保障行政处罚程序暂行规定第四十条第二款'), 论证人: text('论证的专家、法律顾问或者第三方', { max: 200 }), 论证意见: text('论证意见', { max: 5000 }) }).strict(),
      1,
      20,
    ).optional(),
  }),
  决定: obj({
    类型: choice('决定类型', DECISION_KINDS, '医疗保障行政处罚程序暂行规定第四十三条'),
    measures: measures('决定的处罚').optional(),
    减轻: mitigation.optional(),
    不予处罚理由: choice('不予行政处罚的理由', NO_PENALTY_GROUNDS.map((g) => g.ground) as unknown as readonly [string, ...string[]]).optional(),
    理由: text('理由与依据', { max: 5000 }).optional(),
    移送机关: text('移送机关', { max: 100 }).optional(),
    教育方式: text('对当事人进行教育的方式', { max: 100, description: '不予行政处罚的，应当对当事人进行教育（行政处罚法第三十三条第三款），如：当面批评教育、约谈' }).optional(),
    教育内容: text('教育的内容', { max: 5000 }).optional(),
    教育日期: date('教育的日期', '默认为决定之日').optional(),
    // 暂行规定 第十三条: every 行政处罚 orders the party to correct the violation, at once or by a date
    改正期限: date('责令限期改正的期限', '不填为责令立即改正；填写的，决定书载明限期改正（医疗保障行政处罚程序暂行规定第十三条）').optional(),
    改正要求: text('责令改正的内容', { max: 2000, description: '不填为“改正违法行为”' }).optional(),
  }),
  送达: obj({
    送达方式: choice('送达方式', SERVICE_METHODS, '民事诉讼法规定的送达方式（行政处罚法第六十一条；暂行规定第五十九条）'),
    送达地点: text('送达地点', { max: 200 }).optional(),
    受送达人: text('受送达人', { max: 100 }).optional(),
    ...ELECTRONIC_SERVICE_FIELDS,
  }),
  // 执行 (行政处罚法 第六十六条至第七十三条; 暂行规定 第五十二条至第五十六条; 行政强制法 第五十三条、第五十四条)
  缴款: obj({
    款项: choice('款项', DUE_KINDS, '罚款、没收的违法所得、加处罚款上缴国库；责令退回的基金退回医疗保障基金财政专户（暂行规定第五十三条）'),
    缴款人: payer('缴款人', '当事人；直接负责的主管人员和其他直接责任人员缴纳对其本人的罚款时选其本人（社会保险法第八十四条）。不选为当事人').optional(),
    amountFen: money('缴款金额'),
    缴款日期: date('缴款日期'),
    票据号: text('缴款书或财政票据号码', { max: 60 }),
  }),
  申请暂缓分期: obj({ 申请事项: choice('申请事项', SCHEDULE_KINDS), 理由: text('当事人经济困难的情况', { max: 5000 }) }),
  批准暂缓分期: obj({ 申请事项: choice('批准事项', SCHEDULE_KINDS), 安排: installments, 审批意见: text('审批意见', { max: 2000 }), 书面告知日期: date('书面告知当事人的日期', '暂行规定第五十四条：书面告知暂缓或者分期的期限以及罚款金额') }),
  不予批准暂缓分期: obj({ 理由: text('不予批准的理由', { max: 2000 }) }),
  催告: obj({ 催告书送达日期: date('催告书送达日期', '十个工作日后当事人仍未履行的，可以申请人民法院强制执行（行政强制法第五十四条）'), 送达方式: choice('送达方式', SERVICE_METHODS), ...ELECTRONIC_SERVICE_FIELDS }),
  申请强制执行: obj({ 人民法院: text('申请执行的人民法院', { max: 100 }) }),
  法院受理: obj({ 案号: text('人民法院案号', { max: 60 }) }),
  法院裁定: obj({ 裁定结果: choice('裁定结果', ['准予执行', '不予执行']), 裁定书文号: text('裁定书文号', { max: 60 }) }),
  执行: obj({ 措施: text('执行的处罚', { max: 60 }).meta({ title: '执行的处罚', widget: 'measure' }), 开始日期: date('开始执行的日期', '暂停医药服务等按月计算的处罚，自此日起算'), 执行情况: text('执行情况', { max: 5000 }) }),
  申请行政复议: obj({ 复议机关: text('行政复议机关', { max: 100 }) }),
  提起行政诉讼: obj({ 人民法院: text('受理的人民法院', { max: 100 }) }),
  复议诉讼结果: obj({
    途径: choice('途径', APPEAL_KINDS),
    结果: choice('结果', APPEAL_OUTCOMES),
    文书号: text('复议决定书或裁判文书号', { max: 60 }),
    measures: measures('变更后的处罚（结果为变更时）').optional(),
    说明: text('说明', { max: 5000 }).optional(),
  }),
  退还: obj({ 款项: choice('款项', DUE_KINDS), 缴款人: payer('收款人', '缴纳该款项的当事人或者责任人员；不选为当事人').optional(), amountFen: money('退还金额'), 退还日期: date('退还日期'), 凭证号: text('退还凭证号', { max: 60 }) }),
  结案: obj({
    执行结果: choice('执行结果', EXECUTION_OUTCOMES, '医疗保障行政处罚程序暂行规定第五十六条第一款'),
    情况说明: text('情况说明', { max: 5000, description: '部分履行、不予执行、终结执行、决定被撤销等以“其他情形”结案的，须说明理由' }).optional(),
    结案报告: text('结案报告', { max: 10000 }),
  }),
  公示: obj({ 公示渠道: text('公示渠道', { max: 200 }) }),
  不予公示: reason('不予公示的理由'),
  变更公示: obj({ 变更理由: text('变更公开信息的理由', { max: 2000 }) }),
  申报回避: obj({ user: user('应当回避的人员'), 理由: text('回避理由', { max: 1000 }) }),
  // 专家评审 (暂行规定 第二十五条): its time is not counted in the 办案期限 (第四十五条第四款)
  // 登记证据 (暂行规定 第十八条至第二十三条): steps/evidence.ts
  ...EVIDENCE_STEP_INPUTS,
  组织专家评审: obj({
    类型: choice('不计入期限的期间', ['专家评审'], '医疗保障行政处罚程序暂行规定第四十五条第四款').default('专家评审'),
    专家: rows('评审专家', z.object({ 姓名: text('姓名', { max: 50 }), 单位: text('单位', { max: 100 }), 专业: text('专业', { max: 100 }) }).strict(), 1, 30),
    评审内容: text('评审的医疗文书、医疗证明等', { max: 5000 }),
  }),
  专家评审意见: obj({ 类型: choice('不计入期限的期间', ['专家评审'], '医疗保障行政处罚程序暂行规定第四十五条第四款').default('专家评审'), 评审意见: text('专家评审意见', { max: 10000 }) }),
  申请回避: obj({ user: user('被申请回避的人员'), 申请人: text('申请人', { max: 100, description: '当事人或者其委托代理人' }), 理由: text('申请回避的理由', { max: 2000 }) }),
  回避决定: obj({
    user: user('被申请回避的人员'),
    决定: choice('决定', RECUSAL_RESULTS, '医疗保障行政处罚程序暂行规定第五条第三款'),
    理由: text('理由', { max: 2000 }),
    集体讨论: z
      .object({ 参加人员: users('参加讨论的负责人', 2, '负责人'), 讨论结论: text('讨论结论', { max: 2000 }) })
      .strict()
      .optional()
      .meta({ title: '负责人集体讨论（主要负责人的回避）' }),
  }),
  中止计时: obj({ 类型: text('不计入期限的期间', { max: 20 }).meta({ title: '不计入期限的期间', widget: 'pause' }) }),
  恢复计时: obj({ 类型: text('不计入期限的期间', { max: 20 }).meta({ title: '不计入期限的期间', widget: 'pause' }) }),
  申请延期: obj({ 期限: text('要延长的期限', { max: 40 }).meta({ title: '要延长的期限', widget: 'deadline' }), 延长: integer('延长（与期限同单位）', 1, 366), 理由: text('延期理由', { max: 2000 }) }),
  批准延期: obj({
    期限: text('要延长的期限', { max: 40 }).meta({ title: '要延长的期限', widget: 'deadline' }),
    审批意见: text('审批意见', { max: 2000 }),
    集体讨论记录: text('负责人集体讨论记录（延期须集体讨论决定时）', { max: 10000 }).optional(),
    书面告知日期: date('书面告知当事人的日期（延期须书面告知时）').optional(),
  }),

  先行登记保存: obj({
    officers: officers('执法人员', 2),
    证据: evidence('先行登记保存的证据清单'),
    批准人: user('批准的负责人', '负责人').optional(),
    情况紧急: flag('情况紧急、当场采取（须二十四小时内报告负责人并补办批准）').optional(),
  }),
  补办先行登记保存批准: obj({ 审批意见: text('审批意见'), 同意: flag('同意先行登记保存') }),
  先行登记保存处理: obj({ officers: officers('执法人员', 2), 处理措施: choice('处理措施', ['证据保全（记录、复制、拍照、录像）', '决定予以封存', '解除先行登记保存'], '医疗保障行政处罚程序暂行规定第二十八条'), 说明: text('说明', { max: 2000 }) }),
  中止调查: obj({
    中止情形: choice('中止调查的情形', ['须以相关案件的裁判结果或者其他行政决定为依据', '须送请有权机关解释或者确认法律适用', '因不可抗力暂时无法调查', '因当事人下落不明暂时无法调查', '其他应当中止调查的情形'], '医疗保障行政处罚程序暂行规定第四十二条'),
    说明: text('说明', { max: 2000 }),
  }),
  恢复调查: obj({ 中止原因消除情况: text('中止原因消除的情况', { max: 2000 }) }),
  终止调查: obj({
    终止情形: choice('终止调查的情形', ['当事人死亡、下落不明长期无法调查或者终止且无权利义务承受人', '移送司法机关追究刑事责任', '其他依法应当终止调查的情形'], '医疗保障行政处罚程序暂行规定第四十七条'),
    说明: text('说明', { max: 2000 }),
  }),
  撤销立案: obj({ 理由: text('撤销立案的理由', { max: 2000 }) }),
  // ——— 管辖的变更（暂行规定 第十条至第十二条）: steps/venue.ts ———
  ...VENUE_STEP_INPUTS,
  ...ASSISTANCE_STEP_INPUTS,
  归档: obj({ 案卷号: text('案卷号', { max: 60 }), 归档说明: text('卷内文件与归档说明', { max: 5000, description: '文书齐全、手续完备，按形成时间顺序装订（暂行规定第五十七条）' }) }),
  采取封存: obj({ 封存理由: text('封存理由（可能被转移、隐匿或者灭失的资料）', { max: 2000 }) }),
  变更当事人: obj({ parties: PartiesSchema, 变更理由: text('变更理由', { max: 2000 }) }),

  // ——— 简易程序 ———
  当场认定: obj({ officers: officers('执法人员', 2), parties: PartiesSchema, 违法事实: text('违法事实'), violation: ViolationSchema, facts: PenaltyFactsInputSchema }),
  当场告知: obj({ officers: officers('执法人员', 2), measures: measures('拟作出的处罚') }),
  当场决定: obj({
    officers: officers('执法人员', 2),
    类型: choice('决定类型', ['行政处罚', '不予行政处罚']),
    measures: measures('决定的处罚').optional(),
    // 暂行规定 第四十九条: the officers show their 执法证件 (the numbers are recorded by the engine)
    出示执法证件: z.literal(true, { error: '当场作出行政处罚决定，办案人员应当向当事人出示执法证件（暂行规定第四十九条）' }).meta({ title: '已向当事人出示执法证件', widget: 'boolean' }),
  }),
  当场交付: obj({ 签收情况: text('签收情况', { max: 500 }) }),
  简易执行: obj({ 执行情况: text('执行情况', { max: 5000 }), ...ON_SITE_COLLECTION_FIELDS }),
  当场收缴交款: obj({ 接收人: text('医疗保障行政部门接收人', { max: 100 }), 交款凭证号: text('交款凭证号', { max: 60 }) }),
  缴付银行: obj({ 银行: text('指定的银行', { max: 100 }), 缴款凭证号: text('银行缴款凭证号', { max: 60 }) }),
  备案: obj({ 备案机关: text('备案机关', { max: 100 }) }),

  // ——— 行政强制：封存 ———
  申请封存: obj({
    officers: officers('执法人员', 2),
    parties: SEALING_PARTY,
    封存理由: text('封存理由'),
    封存清单: text('封存清单'),
  }),
  批准封存: approval(),
  不予批准: approval(),
  实施封存: obj({ officers: officers('执法人员', 2), 现场笔录: text('现场笔录', { max: 10000 }), 现场实施: OnSiteSchema, ...SEALED_CUSTODY }),
  紧急封存: obj({ officers: officers('执法人员', 2), parties: SEALING_PARTY, 紧急情况: text('紧急情况'), 封存清单: text('封存清单'), 现场笔录: text('现场笔录', { max: 10000 }), 现场实施: OnSiteSchema, ...SEALED_CUSTODY }),
  报告负责人: obj({ 报告内容: text('报告内容') }),
  补办批准: approval(),
  不予补批: approval(),
  作出处理决定: obj({ officers: officers('执法人员', 2), 处理结果: text('处理结果') }),
  解除封存: obj({
    officers: officers('执法人员', 2),
    解除情形: choice('解除封存的情形', SEALING_RELEASE_GROUNDS, '医疗保障行政处罚程序暂行规定第三十三条第一款'),
    解除理由: text('解除的具体理由'),
    批准人: user('批准解除封存的负责人', '负责人'),
  }),
  退还封存资料: obj({
    officers: officers('退还资料的办案人员', 2),
    退还日期: date('退还资料的日期', '解除封存应当立即退还资料（暂行规定第三十三条第二款）'),
    接收人: text('接收资料的当事人或其代理人', { max: 100 }),
    当事人签章: flag('当事人已在资料清单上签名或者盖章'),
    说明: text('说明（当事人拒绝签章等）', { max: 2000 }).optional(),
  }),

  // ——— 行政强制：暂停结算 ———
  申请暂停结算: obj({
    officers: officers('执法人员', 2),
    parties: PartiesSchema.optional().meta({ title: '当事人（定点医药机构或参保人员）', widget: 'parties', description: '暂停结算决定书须载明当事人及其地址；由处罚案件移来的已登记' }),
    涉嫌事实: text('涉嫌违法事实'),
    拒不配合情况: text('拒不配合调查的情况'),
  }),
  批准暂停医保基金结算: approval(),
  批准暂停联网结算: approval(),
  通知经办机构: obj({
    通知文号: text('通知文号', { max: 60 }),
    经办机构: text('医疗保障经办机构', { max: 100, description: '要求其暂停结算的经办机构（条例第三十条）' }).optional(),
  }),
  解除暂停: obj({
    officers: officers('执法人员', 2),
    恢复理由: choice('恢复结算的理由', RESUMPTION_REASONS, '条例第三十条：调查结束后，属于骗取的依照第四十条、第四十一条处理；不属于的按照规定结算').optional(),
    调查结论: text('调查结论'),
  }),

  // ——— 行政检查（双随机、一公开）———
  制定计划: obj({ 检查事项: text('检查事项', { max: 500 }), 检查对象名录: list('检查对象名录', 1, 5000), 抽取对象数: integer('抽取对象数', 1, 5000), 抽取人员数: integer('抽取执法人员数', 2, 100) }),
  批准计划: approval(),
  双随机抽取: obj({ seed: text('随机种子', { max: 100, description: '不填由系统生成并记录' }).optional() }),
  现场检查: obj({ officers: officers('检查人员', 2), 检查记录: text('现场检查记录', { max: 20000 }) }),
  处置: obj({ 处置结果: findings }),
  事后监管: obj({ 复查情况: text('复查情况', { max: 5000 }) }),

  // ——— 行政给付、行政确认 ———
  受理: obj({
    申请人: text('申请人', { max: 100 }),
    parties: PartiesSchema.optional().meta({ title: '申请人身份', widget: 'parties', description: '确认凭证、支付决定书须载明申请人及其证件' }),
    申请事项: text('申请事项', { max: 500 }),
  }),
  审核: obj({ 结论: choice('审核结论', ['同意', '不同意']), 审核意见: text('审核意见') }),
  支付: obj({ amountFen: money('支付金额'), 支付凭证号: text('支付凭证号', { max: 60 }) }),
  确认: obj({
    审核意见: text('审核意见'),
    确认内容: rows('确认的内容', z.object({ 项目: text('项目', { max: 100 }), 内容: text('内容', { max: 500 }) }).strict(), 1, 50).optional(),
    有效期起: date('有效期自').optional(),
    有效期止: date('有效期至').optional(),
  }),
  不予确认: obj({ 审核意见: text('审核意见'), 理由: text('不予确认的理由') }),
  直接办理: obj({ 申请人: text('申请人', { max: 100 }), 身份类别: text('身份类别', { max: 50, description: '最低生活保障家庭成员或特困供养人员（社会救助暂行办法第三十条）' }) }),

  // ——— 行政奖励 ———
  受理举报: obj({ 举报人: reporter, 举报内容: text('举报内容', { max: 10000 }) }),
  核查: obj({ officers: officers('执法人员', 2), 结论: choice('核查结论', ['属实', '不属实']), 核查情况: text('核查情况', { max: 10000 }), 追回金额Fen: money('查实后追回的医保基金').optional() }),
  认定奖励: obj({ amountFen: money('奖励金额'), 认定理由: text('认定理由') }),
  发放: obj({ 发放凭证号: text('发放凭证号', { max: 60 }) }),

  // ——— 其他：信用 ———
  认定失信: obj({ officers: officers('执法人员', 2), 失信行为: text('失信行为'), 依据文书: text('依据文书', { max: 200 }) }),
  '法制审核（信用）': obj({ 结论: choice('审核结论', ['同意', '不同意']), 审核意见: text('审核意见') }),
  '告知（信用）': obj({ 拟列入名单: text('拟列入的名单', { max: 200 }) }),
  决定列入: obj({ 名单类型: text('名单类型', { max: 100 }), 列入期限: text('列入期限', { max: 50 }) }),
  不予列入: reason('不予列入的理由'),
  信用修复移出: obj({ 修复情况: text('信用修复情况') }),

  // ——— 其他：服务协议 ———
  发现违约: obj({
    parties: PartiesSchema.optional().meta({ title: '定点医药机构', widget: 'parties', description: '协议处理决定书须载明定点医药机构的名称、地址' }),
    违约情形: text('违约情形'),
    协议条款: text('协议条款', { max: 200 }),
  }),
  约谈: obj({ 约谈记录: text('约谈记录', { max: 10000 }) }),
  拟处理: obj({ measures: agreementMeasures('拟作出的协议处理措施') }),
  处理决定: obj({
    measures: agreementMeasures('协议处理措施'),
    处理理由: text('处理理由', { max: 5000, description: '违约事实、陈述申辩的采纳情况' }).optional(),
  }),
  协议执行: obj({ 执行情况: text('执行情况', { max: 5000 }) }),
  协议结案: obj({ 结案报告: text('结案报告', { max: 10000 }) }),

  // ——— 飞行检查（医疗保障基金飞行检查管理暂行办法）: steps/flying.ts ———
  ...FLYING_STEP_INPUTS,
  // ——— 举报处理（医疗保障基金使用监督管理举报处理暂行办法）: steps/report.ts ———
  ...REPORT_STEP_INPUTS,
} satisfies Record<string, z.ZodObject>;

export type StepInputId = keyof typeof STEP_INPUTS;
export const STEP_INPUT_IDS = Object.keys(STEP_INPUTS) as StepInputId[];

export function stepInputSchema(id: string): z.ZodObject | undefined {
  // own names only: 'constructor' or 'toString' is no step's input
  return Object.hasOwn(STEP_INPUTS, id) ? (STEP_INPUTS as Record<string, z.ZodObject>)[id] : undefined;
}

/** The JSON Schema of a step's input, for the API and the console's forms. */
/**
 * Fields optional in a step's schema only so that records made before their rule still replay:
 * a guard requires them of every new step (factsCiteEvidence: 暂行规定第十九条第四款).
 */
export const REQUIRED_FROM_NOW: Record<string, readonly string[]> = { 调查终结: ['认定事实'] };

/**
 * The JSON Schema the console draws a step's form from: the fields a guard requires of every new
 * step (REQUIRED_FROM_NOW) are marked required there. (DOCUMENT_FIELDS are not: a 封存 opened from a
 * case has the case's party already.)
 */
export function stepInputJsonSchema(id: string): Record<string, unknown> | undefined {
  const s = stepInputSchema(id);
  if (!s) return undefined;
  const json = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown> & { required?: string[]; properties?: Record<string, unknown> };
  const extra = (REQUIRED_FROM_NOW[id] ?? []).filter((f) => json.properties?.[f]);
  if (extra.length) json.required = [...new Set([...(json.required ?? []), ...extra])];
  return json;
}

/**
 * The schema a replayed step's recorded input is read with when today's schema refuses it only
 * because fields it now requires were not there (a record made before they became required:
 * 法制审核's 逐项审核, 实施封存's 保管人 …): those fields optional, no object-level rule, keys
 * since removed dropped. The record was accepted then (the guards of the time ran, the hash chain
 * keeps it); a replay applies it and does not judge it again. Undefined when something else is
 * wrong with the input (a wrong type, a bad value): that stays a replay failure.
 */
export function recordedInputSchema(schema: z.ZodObject, error: z.ZodError, data: Record<string, unknown>): z.ZodObject | undefined {
  const shape = schema.shape as Record<string, z.ZodType>;
  const isAbsent = (key: PropertyKey | undefined): key is string => typeof key === 'string' && key in shape && data[key] === undefined;
  const absent = new Set(error.issues.map((i) => i.path[0]).filter(isAbsent));
  // every problem is a field not given then, or a field not known now
  if (!error.issues.every((i) => isAbsent(i.path[0]) || i.code === 'unrecognized_keys')) return undefined;
  return z.object(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, absent.has(k) ? v.optional() : v])));
}

/** zod's first problem, in Chinese, naming the field by its title. */
export function inputProblem(schema: z.ZodObject, error: z.ZodError, data?: unknown): string {
  const issue = error.issues[0]!;
  let given: unknown = data;
  for (const k of issue.path) given = given !== null && typeof given === 'object' ? (given as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined;
  const key = issue.path[0];
  const field = typeof key === 'string' ? ((schema.shape[key] as z.ZodType | undefined)?.meta()?.['title'] as string | undefined) ?? key : undefined;
  const where = field ? `「${field}」${issue.path.length > 1 ? `（${issue.path.slice(1).join('.')}）` : ''}` : '';
  const KINDS: Record<string, string> = { string: '文字', number: '数字', array: '列表', object: '表单', boolean: '是或否', int: '整数' };
  switch (issue.code) {
    case 'invalid_type':
      return given === undefined ? `须填写${where}` : `${where}的类型不对（应为${KINDS[issue.expected] ?? issue.expected}）`;
    case 'unrecognized_keys':
      return `${where ? `${where}中` : ''}不认识的字段：${issue.keys.join('、')}`;
    default:
      return `${where}${issue.message}`;
  }
}

/** A measure under a service agreement (医保协议), as notified or decided. */
export type AgreementMeasure = { kind: (typeof AGREEMENT_MEASURES)[number]; amountFen?: number; months?: number };
