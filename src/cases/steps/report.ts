// Step inputs of 举报处理 (医疗保障基金使用监督管理举报处理暂行办法, 国家医疗保障局令第5号,
// procedure jbcl) and of the reward case a report feeds (xzjl). The reporter's identity is
// one field, 举报人, sealed by the engine (secretReporter): the record keeps its hash only.
// Closed lists cite the article whose words they take (steps/report.test.ts reads them back).
import { z } from 'zod';
import { PARTY_CATEGORIES } from './party.js';
import { choice, choices, evidence, flag, integer, jurisdictionPath, rows, StepEnvelope, text } from './fields.js';

const obj = <S extends z.ZodRawShape>(shape: S) => z.object({ ...StepEnvelope, ...shape }).strict();
const short = (title: string, max = 100) => z.string().trim().min(1, `请填写${title}`).max(max).meta({ title, widget: 'text' as const });

/** 第六条第一款: 互联网、电话、传真、邮寄地址“等”渠道; 经办机构等部门接收后移交. 当面 is 第七条's 非书面方式. */
export const REPORT_CHANNELS = ['互联网', '电话', '传真', '邮寄', '当面', '医疗保障经办机构等部门移交', '其他渠道'] as const;
/** 第七条: reports not in writing, which the staff write down. */
export const ORAL_CHANNELS: readonly string[] = ['电话', '当面'];

/** 第二条第二款: 自然人、法人或者其他组织. */
export const REPORTER_KINDS = ['自然人', '法人', '其他组织'] as const;

/** 第二条第一款 (基本医疗保险（含生育保险）基金、医疗救助基金“等”) and 第二十四条 (参照执行的资金). */
export const REPORT_FUNDS = ['基本医疗保险（含生育保险）基金', '医疗救助基金', '其他医疗保障基金', '居民大病保险', '职工大额医疗费用补助', '公务员医疗补助', '其他医疗保障资金'] as const;

/** 第二十五条: 以举报形式进行的咨询、政府信息公开申请、行政复议申请、信访“等”活动. */
export const NOT_REPORTS = ['咨询', '政府信息公开申请', '行政复议申请', '信访', '其他非举报事项'] as const;

export const NOTICE_METHODS = ['电话', '短信', '书面', '电子邮件', '网上答复', '当面'] as const;

/** 第十六条第二款: 国家秘密, and information whose disclosure could endanger 国家安全、公共安全、经济安全、社会稳定. */
export const CLASSIFIED_KINDS = ['国家秘密', '公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息'] as const;
/** The materials of a report that can be marked 涉密: the fields of its 登记 (and the attachments they name). */
export const CLASSIFIABLE_MATERIALS = ['举报内容', '非书面举报记录', '证据材料'] as const;
/** 第十六条第三款 (政府信息公开条例 第十五条): what a review before publication looks for, and what it found. */
export const DISCLOSURE_FINDINGS = ['不涉及', '涉及，已遮蔽'] as const;
/** 被举报人 who are natural persons: their names are 个人隐私 and never published unmasked. */
export const NATURAL_PERSON_KINDS: readonly string[] = ['参保个人', '定点医药机构法定代表人或主要负责人'];

/** The reporter's identity (sealed): 第八条第一款's 真实身份信息 and 真实有效的联系方式. */
export const ReporterIdentitySchema = z
  .object({
    姓名或名称: short('姓名或名称', 100),
    证件类型: choice('证件类型', ['居民身份证', '统一社会信用代码', '护照', '其他证件']).optional(),
    证件号码: short('证件号码', 40).optional(),
    电话: z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, '电话格式不正确').optional().meta({ title: '电话', widget: 'text' }),
    通讯地址: short('通讯地址', 200).optional(),
    电子邮箱: z.string().trim().email('电子邮箱格式不正确').optional().meta({ title: '电子邮箱', widget: 'text' }),
  })
  .strict()
  .meta({ title: '举报人（保密）', widget: 'form' });
export type ReporterIdentity = z.infer<typeof ReporterIdentitySchema>;

const reported = rows(
  '被举报人',
  z.object({ 名称: short('姓名或名称'), 类别: choice('类别', [...PARTY_CATEGORIES, '其他'] as unknown as readonly [string, ...string[]]) }).strict(),
  1,
  50,
);

export const REPORT_STEP_INPUTS = {
  登记举报: obj({
    接收渠道: choice('接收渠道', REPORT_CHANNELS, '《医疗保障基金使用监督管理举报处理暂行办法》第六条第一款'),
    非书面举报记录: text('工作人员对非书面举报的记录', { max: 10000, description: '以电话、当面等非书面方式举报的，工作人员应当记录（第七条）' }).optional(),
    移交机构: short('移交举报线索的机构', 100).optional(),
    实名: flag('实名举报', '实名举报须提供本人真实身份信息和真实有效的联系方式（第八条第一款）'),
    举报人类型: choice('举报人类型', REPORTER_KINDS, '第二条第二款'),
    举报人: ReporterIdentitySchema.optional(),
    留有联系方式: flag('匿名举报人留有联系方式').optional(),
    被举报人: reported,
    被举报行为发生地: jurisdictionPath('被举报行为发生地', '由被举报行为发生地的县级以上医疗保障行政部门处理（第九条第一款）'),
    所涉基金: choices('所涉基金', REPORT_FUNDS, 1, '第二条第一款、第二十四条'),
    举报内容: text('举报的具体线索', { max: 10000 }),
    证据材料: evidence('举报人提供的材料').optional(),
  }),
  接收分送举报: obj({ 接收意见: text('接收意见', { max: 2000 }) }),
  不按举报处理: obj({
    来件性质: choice('来件性质', NOT_REPORTS, '《医疗保障基金使用监督管理举报处理暂行办法》第二十五条'),
    告知途径: text('告知通过相应途径提出的内容', { max: 2000 }),
  }),
  告知向有权部门提出: obj({
    有权处理的部门: short('有处理权限的部门', 100),
    告知方式: choice('告知方式', [...NOTICE_METHODS, '无法告知（匿名且未留联系方式）']),
    告知内容: text('告知内容', { max: 2000 }),
  }),
  报请上级处理: obj({ 理由: text('需要由上级部门处理的理由', { max: 2000 }) }),
  上级决定: obj({ 决定: choice('上级部门的决定', ['由上级部门处理', '由本级部门处理'], '第九条第三款'), 理由: text('理由', { max: 2000 }) }),
  分送下级部门: obj({ 下级部门: jurisdictionPath('有处理权限的下级医疗保障行政部门'), 分送说明: text('分送说明', { max: 2000 }) }),
  分送同级机构: obj({ 同级机构: short('同级医疗保障行政部门的相关机构', 100), 分送说明: text('分送说明', { max: 2000 }) }),
  退回统一接收机构: obj({ 理由: text('不具备处理权限的理由', { max: 2000 }) }),
  发生权限争议: obj({ 争议部门: jurisdictionPath('发生争议的医疗保障行政部门'), 争议情况: text('争议情况', { max: 2000 }) }),
  协商处理权限: obj({ 结果: choice('协商结果', ['由本部门处理', '由对方部门处理', '协商不成'], '第十条'), 说明: text('说明', { max: 2000 }) }),
  指定处理部门: obj({ 指定: choice('指定的处理部门', ['本部门', '对方部门'], '第十条'), 理由: text('理由', { max: 2000 }) }),
  转为线索: obj({ 处理意见: text('处理意见', { max: 2000 }) }),
  告知立案情况: obj({ 告知方式: choice('告知方式', NOTICE_METHODS), 告知内容: text('告知内容', { max: 2000 }) }),
  撤回举报: obj({ 撤回方式: choice('撤回方式', ['书面', '口头（已记录）']), 说明: text('说明', { max: 2000 }) }),
  告知处理结果: obj({
    告知依据: short('规定应当告知处理结果的法律、法规、规章及条款', 200),
    告知方式: choice('告知方式', NOTICE_METHODS),
    告知内容: text('告知内容', { max: 5000 }),
  }),
  举报办结: obj({ 办结情况: text('办结情况', { max: 5000 }) }),
  转入奖励: obj({ 说明: text('符合举报奖励条件的说明', { max: 2000 }) }),
  立卷归档: obj({ 卷宗: text('立卷归档的材料', { max: 2000 }), 档案编号: short('档案编号', 60) }),

  // 第十六条第二款: material marked 涉密 (who and when are the step's actor and date in the record)
  标记涉密: obj({
    涉密类别: choice('涉密类别', CLASSIFIED_KINDS, '《医疗保障基金使用监督管理举报处理暂行办法》第十六条第二款'),
    涉密材料: choices('涉密材料', CLASSIFIABLE_MATERIALS, 1, '标记后不在公示门户公布、不导出，与办理举报工作无关的人员不可查看'),
    理由: text('标记涉密的理由', { max: 2000 }),
  }),
  // 第二十条: a verified report of major social impact marked a 典型案例
  标记典型案例: obj({
    案例标题: short('典型案例标题', 100),
    社会影响: text('具有重大社会影响的说明', { max: 2000, description: '经查实且具有重大社会影响的典型案例，应当向社会公布（第二十条）' }),
  }),
  // 第十六条第三款: the review for 商业秘密 and 个人隐私 before anything is published, and the masked text
  公开前保密审查: obj({
    商业秘密: choice('是否涉及商业秘密', DISCLOSURE_FINDINGS, '第十六条第三款；《政府信息公开条例》第十五条'),
    个人隐私: choice('是否涉及个人隐私', DISCLOSURE_FINDINGS, '第十六条第三款；《政府信息公开条例》第十五条'),
    遮蔽说明: text('遮蔽处理的说明', { max: 2000, description: '涉及商业秘密、个人隐私的，写明遮蔽了哪些信息' }).optional(),
    公开文本: text('经审查、遮蔽后拟公开的案例文本', { max: 10000 }),
  }),
  发布典型案例: obj({ 发布说明: text('发布说明', { max: 2000 }) }),

  // ——— 举报处理工作年度报告 (jbnb, 第十九条) ———
  报送年度报告: obj({
    年度: integer('报告年度', 2022, 2100),
    报告内容: text('上一年度举报处理工作情况', { max: 20000 }),
    报送方式: choice('报送方式', ['书面报送', '系统报送', '电子邮件']),
  }),

  // ——— 举报奖励 (xzjl): a reward case opened from a report case ———
  受理转入举报: obj({ 受理意见: text('受理意见', { max: 2000 }) }),
} satisfies Record<string, z.ZodObject>;

