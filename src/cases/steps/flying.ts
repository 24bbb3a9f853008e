// Step inputs of 飞行检查 (医疗保障基金飞行检查管理暂行办法, 国家医疗保障局令第6号): the
// organiser's inspection (xzjc-feixing) and the 被检地部门's handling of what it found
// (xzjc-feixing-chuli). Every closed list cites the article whose words it takes (a test
// reads each option back out of the text: steps/flying.test.ts).
import { z } from 'zod';
import { MIN_OFFICERS_FLYING } from '../engine/statutory.js';
import { caseRef, choice, choices, date, evidence, flag, integer, jurisdictionPath, list, money, officers, rows, StepEnvelope, text, user, users } from './fields.js';

const obj = <S extends z.ZodRawShape>(shape: S) => z.object({ ...StepEnvelope, ...shape }).strict();
const short = (title: string, max = 100) => z.string().trim().min(1, `请填写${title}`).max(max).meta({ title, widget: 'text' as const });

/** 第十条第一款: the grounds on which a 飞行检查 may be started (its 项 in order). */
export const FLYING_TRIGGERS = [
  '年度工作计划安排的',
  '举报线索反映医疗保障基金可能存在重大安全风险的',
  '医疗保障智能监控或者大数据筛查提示医疗保障基金可能存在重大安全风险的',
  '新闻媒体曝光，造成重大社会影响的',
  '其他需要开展飞行检查的情形',
] as const;

/** 第二条: 定点医药机构、医保经办机构、承办医保业务的其他机构“等”被检查对象. */
export const FLYING_TARGET_KINDS = ['定点医药机构', '医保经办机构', '承办医保业务的其他机构', '其他被检查对象'] as const;

/** 第四条第二款: a province's own inspection, or one joined with or crossing other provinces (filed in advance). */
export const FLYING_SCOPES = ['本行政区域', '省际联合', '交叉'] as const;

/** 第十二条第二款: the fields the team's other members know. */
export const FLYING_PROFESSIONS = ['医保', '医疗', '医药', '财务', '信息', '其他相关专业'] as const;

/** Who the team's other members are: 第五条 (相关部门、第三方机构), 第六条 (专家), 第十三条 (被检地部门). */
export const FLYING_MEMBER_KINDS = ['本部门其他人员', '相关部门人员', '第三方机构专业人员', '专家', '被检地部门配合人员'] as const;

/** 第二十条: what the team asks the organiser to approve. */
export const FLYING_ADJUSTMENTS = ['增加检查力量', '延长检查时间', '中止检查', '取消检查'] as const;
export const FLYING_ADJUSTMENT_DECISIONS = ['同意增加检查力量', '同意延长检查时间', '同意中止检查', '同意取消检查', '不同意'] as const;

/** 第十九条: what the team records and passes on. */
export const FLYING_NONCOOPERATION = ['不配合检查', '未如实提供相关材料和信息', '无正当理由拒不认可检查结论'] as const;

/** 第二十一条第一款: what a finding rests on. */
export const FLYING_BASIS_KINDS = ['相关法律法规', '国家医疗保障政策', '被检查对象所在统筹地区的医疗保障政策'] as const;

/** 第二十一条第一款: what the team and the 被检地部门 go through together. */
export const FLYING_CONSULT_MATTERS = ['事实是否清楚', '证据是否充分', '定性是否准确', '定量是否准确'] as const;

/** 第二十四条第一款: how the 被检地部门 handles each problem (its 项 in order). */
export const FLYING_HANDLING = ['行政处罚', '协议处理', '移送纪检监察机关', '移送其他部门', '其他处理'] as const;

/** 第二十六条第一款: problems for which the organiser may interview. */
export const FLYING_INTERVIEW_GROUNDS = ['区域性', '普遍性', '长期存在', '比较突出'] as const;

/** 第二十八条: departments the results may be reported to. */
export const FLYING_NOTIFY_DEPARTMENTS = ['财政', '卫生健康', '市场监管', '中医药', '其他相关部门'] as const;

/** 第二十三条第二款: how the handling result compares with the result transferred. */
export const FLYING_DIFFERENCE = ['一致', '有差异但不大', '存在较大差异'] as const;

const problemNo = short('问题编号', 20);

/** A problem found: what, whose, how it is qualified and quantified, and what it rests on (第十八条、第二十一条第一款). */
export const FlyingProblemSchema = z
  .object({
    编号: problemNo,
    被检查对象: short('被检查对象'),
    问题: z.string().trim().min(1, '请填写问题').max(2000).meta({ title: '问题', widget: 'textarea' }),
    定性: short('定性', 200),
    涉及金额Fen: money('涉及金额（定量）').optional(),
    认定依据类型: choice('认定依据的类型', FLYING_BASIS_KINDS, '《医疗保障基金飞行检查管理暂行办法》第二十一条第一款'),
    认定依据: short('认定依据（名称及条款）', 300),
  })
  .strict();

const problems = (title: string) =>
  rows(title, FlyingProblemSchema, 1, 500).refine((ps) => new Set(ps.map((p) => p.编号)).size === ps.length, '问题编号不能重复');

export const FLYING_STEP_INPUTS = {
  // ——— 组织飞行检查的医疗保障行政部门 ———
  启动飞行检查: obj({
    启动情形: choice('启动情形', FLYING_TRIGGERS, '《医疗保障基金飞行检查管理暂行办法》第十条第一款'),
    情形说明: text('启动情形的说明', { max: 2000 }),
    关联举报案件: caseRef('关联的举报处理案件', '举报线索启动的（第十条第一款第（二）项）').optional(),
    关联监控线索: short('关联的智能监控或大数据筛查线索编号', 100).optional(),
    报道出处: short('新闻媒体报道的出处', 300).optional(),
    不采取双随机理由: text('年度计划检查不采取“双随机、一公开”的理由（第十一条第一款“原则上”）', { max: 2000 }).optional(),
    检查范围: choice('检查范围', FLYING_SCOPES, '《医疗保障基金飞行检查管理暂行办法》第四条第二款').optional(),
    备案日期: date('向国家医疗保障行政部门备案的日期', '省际联合、交叉飞行检查须在启动前备案（第四条第二款）').optional(),
    备案文号: short('备案文号', 60).optional(),
    被检地部门: jurisdictionPath('被检地医疗保障行政部门', '组织部门的下一级部门（第三十条）；地市级及以下参照本办法的，可为本部门（第三十一条）'),
  }),
  飞行检查双随机抽取: obj({
    // optional since 第六条's 被检查对象库: without it the draw is from the library (recorded)
    检查对象名录: list('检查对象名录（不填则从本局被检查对象库抽取）', 1, 5000).optional(),
    抽取对象数: integer('抽取对象数', 1, 5000),
    抽取人员数: integer('抽取执法人员数', 2, 100),
    seed: text('随机种子', { max: 100, description: '不填由系统生成并记录' }).optional(),
  }),
  组建检查组: obj({
    组长: user('组长'),
    officers: officers('检查组的执法人员', MIN_OFFICERS_FLYING.value),
    其他成员: rows(
      '熟悉医保、医疗、医药、财务、信息等专业的其他人员',
      z
        .object({
          // 第六条: an expert comes from the 专家库 (the console offers it; flyingFromLibraries checks)
          姓名: short('姓名', 50).meta({ title: '姓名', widget: 'libraryMember' as const }),
          单位: short('单位', 100),
          专业: choice('专业', FLYING_PROFESSIONS, '《医疗保障基金飞行检查管理暂行办法》第十二条第二款'),
          身份: choice('身份', FLYING_MEMBER_KINDS),
        })
        .strict(),
      1,
      50,
    ),
    被检查对象: rows(
      '被检查对象',
      z.object({ 名称: short('名称').meta({ title: '名称', widget: 'libraryTarget' as const }), 类别: choice('类别', FLYING_TARGET_KINDS, '《医疗保障基金飞行检查管理暂行办法》第二条') }).strict(),
      1,
      500,
    ).refine((ts) => new Set(ts.map((t) => t.名称)).size === ts.length, '被检查对象不能重复'),
  }),
  制定实施方案: obj({
    检查开始日期: date('检查开始日期'),
    检查结束日期: date('检查结束日期'),
    检查方式: text('检查方式'),
    检查程序: text('检查程序'),
    检查重点: text('检查重点'),
    检查标准: text('检查标准'),
    对象确定方法: text('被检查对象确定方法'),
    风险研判: text('风险研判'),
    防控预案: text('防控预案（视情提出）').optional(),
  }).refine((d) => d.检查结束日期 >= d.检查开始日期, { message: '检查结束日期早于开始日期', path: ['检查结束日期'] }),
  批准实施方案: obj({ 结论: choice('审批结论', ['同意', '不同意'], '《医疗保障基金飞行检查管理暂行办法》第十四条第二款'), 审批意见: text('审批意见') }),
  进场检查: obj({
    officers: officers('到场检查人员', MIN_OFFICERS_FLYING.value),
    被检查对象: short('被检查对象'),
    现场负责人: short('被检查对象的现场负责人', 50),
    出示执法证件: flag('已出示执法证件及相关工作证件', '第十五条'),
    检查通知书送达日期: date('检查通知书送达日期', '到达现场后送达，不得预先送达（第二条、第十五条）'),
    告知权利义务: flag('已告知被检查对象享有的权利和应尽的义务', '第十五条'),
  }),
  飞行现场检查: obj({
    officers: officers('检查人员', MIN_OFFICERS_FLYING.value),
    被检查对象: short('被检查对象'),
    检查情况: text('现场检查情况', { max: 20000 }),
    记录方式: choices('记录方式', ['文字记录', '音像记录'], 1, '第十七条第一款'),
    笔录确认: choice('现场笔录的确认', ['当事人逐页签字', '当事人逐页盖章', '有关人员逐页签字', '拒绝签字并在笔录中注明'], '第十七条第二款'),
    调取材料: list('调取的文件、记录、票据、凭证、数据、病历等材料', 1, 500).optional(),
  }),
  飞行检查询问: obj({
    officers: officers('询问人员', MIN_OFFICERS_FLYING.value),
    被询问人: short('被询问人', 50),
    被询问人身份: choice('被询问人身份', ['被检查对象的人员', '其他单位的人员', '其他个人'], '第十六条'),
    询问事项: text('询问事项', { max: 5000 }),
    确认方式: choice('询问笔录的确认', ['逐页签字', '逐页捺印', '拒绝签字并在笔录中注明'], '第十七条第二款'),
  }),
  报请调整检查: obj({
    事项: choice('报请事项', FLYING_ADJUSTMENTS, '《医疗保障基金飞行检查管理暂行办法》第二十条'),
    理由: text('理由'),
    增加人员: officers('增加的执法人员', 1).optional(),
    延长至: date('延长至').optional(),
  })
    .refine((d) => d.事项 !== '增加检查力量' || !!d.增加人员, { message: '增加检查力量须写明增加的执法人员', path: ['增加人员'] })
    .refine((d) => d.事项 !== '延长检查时间' || !!d.延长至, { message: '延长检查时间须写明延长至何日', path: ['延长至'] }),
  批准调整检查: obj({ 决定: choice('审批决定', FLYING_ADJUSTMENT_DECISIONS, '《医疗保障基金飞行检查管理暂行办法》第二十条'), 审批意见: text('审批意见') }),
  恢复检查: obj({ 恢复理由: text('中止情形消除的情况') }),
  报告重大问题: obj({ 重大问题: text('重大问题', { max: 5000 }), 报告方式: short('报告方式', 50) }),
  记录不配合情形: obj({
    情形: choice('情形', FLYING_NONCOOPERATION, '《医疗保障基金飞行检查管理暂行办法》第十九条'),
    事实: text('如实记录的事实', { max: 5000 }),
    移交部门: short('移交处置的部门（被检地医疗保障行政部门或者其他主管部门）', 100),
  }),
  反馈检查情况: obj({
    officers: officers('反馈人员', MIN_OFFICERS_FLYING.value),
    反馈方式: choice('反馈方式', ['书面反馈', '当面反馈']),
    问题清单: problems('反馈的问题'),
  }),
  飞行检查陈述申辩: obj({
    申辩内容: text('陈述、申辩内容', { max: 10000 }),
    补充材料: evidence('补充的材料').optional(),
    采纳情况: choice('审核后的采纳情况', ['采纳', '部分采纳', '不采纳']),
    审核意见: text('检查组的审核意见', { max: 5000 }),
  }),
  确认无异议: obj({ 确认方式: choice('确认方式', ['书面确认', '签字确认']) }),
  与被检地部门沟通: obj({
    被检地参加人员: text('被检地医疗保障行政部门的参加人员', { max: 500 }),
    沟通事项: choices('沟通的事项', FLYING_CONSULT_MATTERS, 1, '第二十一条第一款'),
    沟通意见: text('沟通意见', { max: 5000 }),
  }),
  形成检查结论: obj({
    参加决策人员: users('参加集体决策的检查组人员', MIN_OFFICERS_FLYING.value),
    决策意见: text('讨论中的意见（含不同意见）', { max: 10000 }),
    检查结论: text('检查结论', { max: 10000 }),
    问题清单: problems('认定的问题（不填为反馈的问题）').optional(),
  }),
  形成检查报告: obj({ 报告内容: text('飞行检查报告', { max: 50000 }) }),
  移交材料: obj({ 移交材料: list('移交的飞行检查材料', 1, 500), 移交方式: short('移交方式', 50) }),
  督导: obj({ 督导情况: text('对处理情况的督导', { max: 5000 }) }),
  飞行检查约谈: obj({
    约谈对象: rows('约谈对象', z.object({ 名称: short('名称或姓名'), 类别: choice('类别', ['被检查对象', '相关医疗保障部门负责人']) }).strict(), 1, 50),
    问题性质: choices('问题性质', FLYING_INTERVIEW_GROUNDS, 1, '第二十六条第一款'),
    约谈记录: text('约谈记录', { max: 10000 }),
  }),
  上报整改措施: obj({ 整改措施: text('整改措施', { max: 10000 }), 整改情况: text('整改情况', { max: 10000 }), 自查自纠情况: text('辖区内定点医药机构自查自纠的组织情况', { max: 5000 }).optional() }),
  通报相关部门: obj({ 通报部门: choices('通报的部门', FLYING_NOTIFY_DEPARTMENTS, 1, '第二十八条'), 通报内容: text('通报内容', { max: 5000 }) }),
  公告典型案例: obj({ 公告内容: text('公告的典型案例', { max: 10000 }), 公告渠道: short('公告渠道', 200) }),
  发起回头看: obj({ 回头看事项: text('“回头看”的事项', { max: 2000 }) }),
  检查归档: obj({ 归档说明: text('归档说明', { max: 2000 }) }),

  // ——— 被检地医疗保障行政部门 ———
  签收移交材料: obj({ 签收意见: text('签收意见', { max: 2000 }) }),
  要求整改: obj({ 问题编号: list('问题编号', 1, 500), 整改要求: text('整改要求', { max: 5000 }), 整改期限: date('整改期限') }),
  上报处理进度: obj({ 处理进度: text('处理进度', { max: 10000 }), 整改方案: text('整改方案', { max: 10000 }) }),
  处理问题: obj({
    问题编号: problemNo,
    处理方式: choice('处理方式', FLYING_HANDLING, '《医疗保障基金飞行检查管理暂行办法》第二十四条第一款'),
    接收机关: short('接收的机关、部门或经办机构', 100).optional(),
    处理依据: text('处理依据（其他处理须写明所依据的规定）', { max: 2000 }).optional(),
    处理内容: text('处理内容', { max: 5000 }),
    处理认定金额Fen: money('处理认定的金额').optional(),
  })
    .refine((d) => !['协议处理', '移送纪检监察机关', '移送其他部门'].includes(d.处理方式) || !!d.接收机关, { message: '交由经办机构或移送的，须写明接收的机关、部门或经办机构', path: ['接收机关'] })
    .refine((d) => d.处理方式 !== '其他处理' || !!d.处理依据, { message: '其他处理须写明所依据的规定（第二十四条第一款第（五）项“按规定处理”）', path: ['处理依据'] }),
  登记整改情况: obj({ 问题编号: list('问题编号', 1, 500), 整改情况: text('整改情况', { max: 5000 }), 核实情况: text('核实情况', { max: 5000 }) }),
  处理完结: obj({ 完结说明: text('完结说明', { max: 5000 }) }),
  报送处理报告: obj({
    书面报告: text('书面报告', { max: 50000 }),
    与移交结果比较: choice('处理结果与移交的检查结果相比', FLYING_DIFFERENCE, '《医疗保障基金飞行检查管理暂行办法》第二十三条第二款'),
    书面解释: text('书面解释', { max: 10000 }).optional(),
  }),
} satisfies Record<string, z.ZodObject>;

