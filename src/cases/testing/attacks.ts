// Attacks on the case engine's guards: each reaches a state with lawful steps, then tries
// an unlawful one. Run through the persisted service (cases/guards.service.test.ts) and
// through the HTTP API (server/guards.http.test.ts); each must be refused with its code and
// a Chinese reason naming the rule, leaving the case and the record unchanged.
import { minimumChoices, type MeasureChoice } from '../../law/index.js';
import type { CaseState, User } from '../engine/types.js';
import { attachment, reviewPoints } from './support.js';
import { testIdNumber, testOrganisation, testPerson } from './parties.js';

/** An input, or a function of the case as it stands (the measures chosen within its decision). */
export type AttackInput = Record<string, unknown> | ((c: CaseState) => Record<string, unknown>);
/** [step, actor, input, day offset] */
export type AttackStep = [string, string, AttackInput, number];

export interface Attack {
  name: string;
  /** The article the guard enforces. */
  article: string;
  /** How the case is opened. */
  open: { item?: string; procedure?: string; variant?: string; jurisdiction?: string };
  setup: AttackStep[];
  attempt: AttackStep;
  code: string;
  says: RegExp;
}

/** Accounts the attacks need beyond the demo ones. */
export const ATTACK_USERS: User[] = [
  { name: 'shuangzhi', displayName: '既办案又审核的人', roles: ['执法人员', '法制审核员'], jurisdiction: '山西省/阳泉市', certificate: { no: 'YB-0100', validFrom: '2024-01-01', validTo: '2028-12-31' } },
  { name: 'taiyuan1', displayName: '太原执法', roles: ['执法人员'], jurisdiction: '山西省/太原市', certificate: { no: 'TY-0001', validFrom: '2024-01-01', validTo: '2028-12-31' } },
  // 被检地部门 of a 飞行检查 and a department a report is sent down to (矿区)
  { name: 'kuangqu1', displayName: '矿区执法甲', roles: ['执法人员'], jurisdiction: '山西省/阳泉市/矿区', certificate: { no: 'KQ-0001', validFrom: '2024-01-01', validTo: '2028-12-31' } },
  { name: 'kuangqu2', displayName: '矿区执法乙', roles: ['执法人员'], jurisdiction: '山西省/阳泉市/矿区', certificate: { no: 'KQ-0002', validFrom: '2024-01-01', validTo: '2028-12-31' } },
  { name: 'kuangqufz', displayName: '矿区局长', roles: ['负责人', '主要负责人'], jurisdiction: '山西省/阳泉市/矿区' },
  { name: 'chengqufz', displayName: '城区局长', roles: ['负责人', '主要负责人'], jurisdiction: '山西省/阳泉市/城区' },
  // a third head of 阳泉市 (with 陈局长 and 周副局长): 集体讨论 of the 主要负责人's recusal (暂行规定 第五条第三款)
  { name: 'fuze3', displayName: '吴副局长', roles: ['负责人'], jurisdiction: '山西省/阳泉市' },
  // a head of the provincial bureau: the annual report of 举报 handling (举报处理暂行办法 第十九条)
  { name: 'shengfz', displayName: '省局局长', roles: ['负责人', '主要负责人'], jurisdiction: '山西省' },
];

const officers = ['zhifa1', 'zhifa2'];
const HOSPITAL = testOrganisation('某某医院', '定点医疗机构', 31);
const PERSON = testPerson('赵某', 32);
const ART40 = { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 };
const FACTS = { amounts: { defraudedFen: 1_000_000 }, flags: [], actEnded: '2026-01-31', discovered: '2026-02-20' };
const waiver = () => ({ attachments: [attachment('书面放弃声明')] });
const choices = (c: CaseState): MeasureChoice[] => minimumChoices(c.penalty.decision!);
const withFine = (c: CaseState, amountFen: number): MeasureChoice[] => choices(c).map((m) => (m.measureId === '罚款@单位' ? { ...m, amountFen } : m));
const notifiedOn = (n: number) => (c: CaseState) => ({ officers, measures: choices(c), 告知书送达日期: dateAfter(c.openedAt, n) });

function dateAfter(openedAt: string, days: number): string {
  const d = new Date(`${openedAt.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A 询问笔录 as the officers record it at 调查取证 (two questions). */
export const inquiry = (by: string[]) => ({
  被询问人: '王某某', 证件号码: testIdNumber(40), 与本案关系: '当事人的法定代表人', 询问日期: '2026-03-03', 开始时间: '09:30', 结束时间: '10:40', 地点: '某某医院办公室',
  询问人: by, 记录人: [by[1]!], 回避询问的回答: '不申请回避',
  问答: [{ 问: '你院2026年1月是否为参保人员办理过分解住院？', 答: '有，共三人次，是科室为了控制平均住院日。' }, { 问: '相关病历是否完整？', 答: '完整，已提供复印件。' }],
  被询问人意见: '以上笔录我看过，与我说的相符',
});

const filed: AttackStep[] = [
  ['线索核查', 'zhifa1', { 核查意见: '属实' }, 0],
  ['立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [HOSPITAL] }, 0],
  ['调查取证', 'zhifa1', { officers, 取证内容: '询问', attachments: [attachment('笔录或证据')] }, 1],
];
const ended: AttackStep[] = [...filed, ['调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, 1]];
const reviewed: AttackStep[] = [...ended, ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, 1]];
const notified: AttackStep[] = [...reviewed, ['告知', 'zhifa1', notifiedOn(2), 2]];
const waived: AttackStep[] = [...notified, ['放弃陈述申辩', 'zhifa1', waiver(), 2], ['放弃听证', 'zhifa1', waiver(), 2]];
const decided: AttackStep[] = [...waived, ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: choices(c) }), 3]];
const served: AttackStep[] = [...decided, ['送达', 'zhifa2', { 送达方式: '直接送达', 送达地点: '该院办公室', attachments: [attachment('送达回证')] }, 4]];
/** the fine of the lightest lawful decision (罚款@单位) */
const fineOf = (c: CaseState): number => choices(c).find((m) => m.measureId === '罚款@单位')!.amountFen!;
/** 十五日 from service on day 4 have run by day 25: the fine is overdue, 催告 on that day */
const reminded: AttackStep[] = [...served, ['催告', 'zhifa1', (c) => ({ 催告书送达日期: dateAfter(c.openedAt, 25), 送达方式: '直接送达' }), 25]];
const heard: AttackStep[] = [
  ...notified,
  ['申请听证', 'zhifa1', { 申请方式: '书面' }, 3],
  ['听证通知', 'zhifa1', (c) => ({ 听证日期: dateAfter(c.openedAt, 20), 主持人: 'fazhi', 听证地点: '会议室' }), 3],
  ['举行听证', 'fazhi', { 听证笔录: '当事人到场申辩' }, 20],
];

const ITEM_INSTITUTION = '000_650efb1eb094bc36#3';
/** a 情节复杂或者重大 case, notified and both rights waived: the 集体讨论 comes next (暂行规定 第四十四条) */
const majorWaived: AttackStep[] = [
  ...filed,
  ['调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS, 情节复杂或者重大: true }, 1],
  ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, 1],
  ['告知', 'zhifa1', notifiedOn(2), 2],
  ['放弃陈述申辩', 'zhifa1', waiver(), 2],
  ['放弃听证', 'zhifa1', waiver(), 2],
];
const discussed: AttackStep[] = [...majorWaived, ['集体讨论', 'fuze', { 参加人员: ['fuze', 'fuze2'], 讨论意见: '一致同意', 讨论结论: '同意按告知内容处罚' }, 3]];


// ——— 飞行检查 and 举报处理 setups ———
const FLYING = { procedure: 'fxjc', jurisdiction: '山西省/阳泉市' };
const FLYING_TEAM = { 组长: 'zhifa1', officers, 其他成员: [{ 姓名: '某专家', 单位: '某三甲医院', 专业: '医疗', 身份: '专家' }], 被检查对象: [{ 名称: '某某医院', 类别: '定点医药机构' }] };
const FLYING_PROBLEMS = [{ 编号: 'W1', 被检查对象: '某某医院', 问题: '串换诊疗项目', 定性: '骗取医保基金', 涉及金额Fen: 1_000_000, 认定依据类型: '相关法律法规', 认定依据: '医疗保障基金使用监督管理条例第四十条' }];
const flyingPlan = (c: CaseState) => ({ 检查开始日期: dateAfter(c.openedAt, 1), 检查结束日期: dateAfter(c.openedAt, 4), 检查方式: '现场检查', 检查程序: '进场、检查、反馈', 检查重点: '诊疗项目', 检查标准: '医保政策', 对象确定方法: '大数据筛查', 风险研判: '低' });
const flyingArrival = (c: CaseState) => ({ officers, 被检查对象: '某某医院', 现场负责人: '王院长', 出示执法证件: true, 检查通知书送达日期: dateAfter(c.openedAt, 1), 告知权利义务: true, attachments: [attachment('检查通知书')] });
const flyingLaunched: AttackStep[] = [
  ['启动飞行检查', 'fuze', { 启动情形: '医疗保障智能监控或者大数据筛查提示医疗保障基金可能存在重大安全风险的', 情形说明: '筛查提示', 关联监控线索: 'JK-2026-001', 被检地部门: '山西省/阳泉市/矿区' }, 0],
  ['组建检查组', 'fuze', FLYING_TEAM, 0],
  ['制定实施方案', 'zhifa1', flyingPlan, 0],
  ['批准实施方案', 'fuze', { 结论: '同意', 审批意见: '同意' }, 0],
];
const flyingEntered: AttackStep[] = [...flyingLaunched, ['进场检查', 'zhifa1', flyingArrival, 1]];
const flyingInterviewed: AttackStep[] = [
  ...flyingEntered,
  ['反馈检查情况', 'zhifa1', { officers, 反馈方式: '书面反馈', 问题清单: FLYING_PROBLEMS }, 2],
  ['确认无异议', 'zhifa1', { 确认方式: '签字确认', attachments: [attachment('被检查对象无异议的确认')] }, 2],
  ['与被检地部门沟通', 'zhifa1', { 被检地参加人员: '矿区医保局', 沟通事项: ['事实是否清楚', '证据是否充分', '定性是否准确', '定量是否准确'], 沟通意见: '无异议' }, 2],
  ['形成检查结论', 'zhifa1', { 参加决策人员: officers, 决策意见: '一致', 检查结论: '存在问题' }, 2],
  ['形成检查报告', 'zhifa1', { 报告内容: '报告' }, 2],
  ['移交材料', 'fuze', { 移交材料: ['飞行检查报告'], 移交方式: '书面移交' }, 2],
  ['飞行检查约谈', 'fuze', { 约谈对象: [{ 名称: '某某医院', 类别: '被检查对象' }], 问题性质: ['区域性'], 约谈记录: '约谈' }, 3],
];
const REPORT = { procedure: 'jbcl', jurisdiction: '山西省/阳泉市' };
const REPORT_REGISTER = {
  接收渠道: '互联网', 实名: true, 举报人类型: '自然人', 举报人: { 姓名或名称: '举报人甲', 证件类型: '居民身份证', 证件号码: testIdNumber(81), 电话: '13900000000' },
  被举报人: [{ 名称: '某某医院', 类别: '定点医疗机构' }], 被举报行为发生地: '山西省/阳泉市/矿区', 所涉基金: ['基本医疗保险（含生育保险）基金'], 举报内容: '某某医院串换诊疗项目',
};
const reportLead: AttackStep[] = [['登记举报', 'zhifa1', REPORT_REGISTER, 0], ['转为线索', 'zhifa1', { 处理意见: '转稽核执法' }, 1]];

const checked: AttackStep[] = [['线索核查', 'zhifa1', { 核查意见: '属实' }, 0]];
// ——— 封存 (暂行规定 第二十九条至第三十三条) ———
const SEALING = { procedure: 'xzqz-fengcun', jurisdiction: '山西省/阳泉市' };
const SEAL_ON_SITE = { 出示执法证件: true, 当事人到场: true, 告知理由依据权利: true, 陈述申辩: '当事人无异议', 笔录签章: '当事人和执法人员签名或者盖章', 决定书和清单: '当场交付当事人' };
const sealApproved: AttackStep[] = [['申请封存', 'zhifa1', { officers, parties: [HOSPITAL], 封存理由: '资料可能被转移', 封存清单: '处方 20 册' }, 0], ['批准封存', 'fuze', { 审批意见: '同意' }, 0]];
const sealed: AttackStep[] = [...sealApproved, ['实施封存', 'zhifa1', { officers, 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: '当场封存', 现场实施: SEAL_ON_SITE, attachments: [attachment('封存清单')] }, 1]];

const askedRecusalOf = (user: string): AttackStep => ['申请回避', 'zhifa1', { user, 申请人: '某某医院', 理由: '与本院存在经济往来' }, 1];
const HELD = [{ 名称: '住院收费明细', 说明: '2025年全年' }];

export const ATTACKS: Attack[] = [
  // ——— 回避 (暂行规定 第五条), 线索核查 (第十四条), 先行登记保存 (第二十六条至第二十八条) ———
  { name: 'the 主要负责人’s recusal decided by one deputy, without 集体讨论', article: '暂行规定第五条第三款', open: { item: ITEM_INSTITUTION }, setup: [...filed, askedRecusalOf('fuze')], attempt: ['回避决定', 'fuze2', { user: 'fuze', 决定: '回避', 理由: '存在经济往来' }, 1], code: 'RECUSAL_COLLECTIVE_REQUIRED', says: /集体讨论决定/ },
  { name: 'the 主要负责人 in the 集体讨论 of his own recusal', article: '暂行规定第五条第三款', open: { item: ITEM_INSTITUTION }, setup: [...filed, askedRecusalOf('fuze')], attempt: ['回避决定', 'fuze2', { user: 'fuze', 决定: '不予回避', 理由: '无利害关系', 集体讨论: { 参加人员: ['fuze', 'fuze2'], 讨论结论: '不予回避' } }, 1], code: 'RECUSAL_OWN_CASE', says: /不能参加讨论本人的回避/ },
  { name: 'a deputy head’s recusal decided by another deputy', article: '暂行规定第五条第三款', open: { item: ITEM_INSTITUTION }, setup: [...filed, askedRecusalOf('fuze2')], attempt: ['回避决定', 'fuze3', { user: 'fuze2', 决定: '不予回避', 理由: '无利害关系' }, 1], code: 'RECUSAL_DECIDER', says: /由主要负责人决定/ },
  { name: 'a recusal decided that nobody applied for', article: '暂行规定第五条第三款', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['回避决定', 'fuze', { user: 'zhifa2', 决定: '回避', 理由: 'x' }, 1], code: 'NO_RECUSAL_APPLICATION', says: /依法审查/ },
  { name: 'an officer the head decided to recuse, still investigating', article: '暂行规定第五条第三款', open: { item: ITEM_INSTITUTION }, setup: [...filed, askedRecusalOf('zhifa2'), ['回避决定', 'fuze2', { user: 'zhifa2', 决定: '回避', 理由: '近亲属在该院任职' }, 1]], attempt: ['调查取证', 'zhifa1', { officers, 取证内容: '补充询问', attachments: [attachment('笔录或证据')] }, 1], code: 'RECUSED', says: /经负责人决定回避.*第五条/ },
  { name: '立案 after the 15 working days of 线索核查, unextended', article: '暂行规定第十四条', open: { item: ITEM_INSTITUTION }, setup: checked, attempt: ['立案', 'fuze', { officers, 案由: 'x', parties: [HOSPITAL] }, 30], code: 'DEADLINE_PASSED', says: /线索.*须经批准延期/ },
  { name: 'the 线索核查 extension approved by a deputy head', article: '暂行规定第十四条', open: { item: ITEM_INSTITUTION }, setup: [...checked, ['申请延期', 'zhifa1', { 期限: '线索核查期限', 延长: 15, 理由: '涉及多家机构' }, 1]], attempt: ['批准延期', 'fuze2', { 期限: '线索核查期限', 审批意见: '同意' }, 1], code: 'ROLE', says: /须由主要负责人批准.*第十四条/ },
  { name: 'the 线索核查 extended by 20 working days', article: '暂行规定第十四条', open: { item: ITEM_INSTITUTION }, setup: checked, attempt: ['申请延期', 'zhifa1', { 期限: '线索核查期限', 延长: 20, 理由: '涉及多家机构' }, 1], code: 'EXTENSION_AMOUNT', says: /可延长15工作日/ },
  { name: 'the 线索核查 extended a second time', article: '暂行规定第十四条', open: { item: ITEM_INSTITUTION }, setup: [...checked, ['申请延期', 'zhifa1', { 期限: '线索核查期限', 延长: 15, 理由: '涉及多家机构' }, 1], ['批准延期', 'fuze', { 期限: '线索核查期限', 审批意见: '同意' }, 1]], attempt: ['申请延期', 'zhifa1', { 期限: '线索核查期限', 延长: 15, 理由: '仍未查清' }, 2], code: 'EXTENSION_EXHAUSTED', says: /延长已用尽/ },
  { name: 'a penalty notified for an act found more than two years after it ended', article: '暂行规定第六条', open: { item: ITEM_INSTITUTION }, setup: [...filed, ['调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: { ...FACTS, actEnded: '2023-06-30', discovered: '2026-02-20' } }, 1], ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, 1]], attempt: ['告知', 'zhifa1', (c) => ({ officers, measures: [], 告知书送达日期: dateAfter(c.openedAt, 2) }), 2], code: 'NOT_PUNISHABLE', says: /不得给予行政处罚.*2年期限至 2025-06-30/ },
  { name: '立案 of an act that took place in another city', article: '暂行规定第九条第一款', open: { item: ITEM_INSTITUTION }, setup: checked, attempt: ['立案', 'fuze', { officers, 案由: 'x', parties: [HOSPITAL], 违法行为发生地: '山西省/太原市' }, 0], code: 'NOT_COMPETENT', says: /不在本部门辖区.*第九条第一款/ },
  { name: '立案 against an insured person insured elsewhere', article: '暂行规定第九条第二款', open: { procedure: 'xzcf-putong', jurisdiction: '山西省/阳泉市' }, setup: checked, attempt: ['立案', 'fuze', { officers, 案由: 'x', parties: [PERSON], 异地就医: true, 就医地: '山西省/阳泉市/矿区', 仅参保人员违法: true, 参保地: '山西省/太原市' }, 0], code: 'NOT_COMPETENT', says: /参保地.*第九条第二款/ },
  { name: '封存 carried out with the party absent and no witness', article: '暂行规定第三十条；行政强制法第十八条第（九）项', open: { procedure: 'xzqz-fengcun', jurisdiction: '山西省/阳泉市' }, setup: [['申请封存', 'zhifa1', { officers, parties: [HOSPITAL], 封存理由: '账册可能被转移', 封存清单: '账册3册' }, 0], ['批准封存', 'fuze', { 审批意见: '同意' }, 0]], attempt: ['实施封存', 'zhifa1', { officers, 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: '当事人未到场', 现场实施: { 出示执法证件: true, 当事人到场: false, 告知理由依据权利: true, 陈述申辩: '当事人未到场，未陈述申辩', 笔录签章: '当事人拒绝签名或者盖章，已在笔录中注明', 决定书和清单: '当场交付当事人' }, attachments: [attachment('封存清单')] }, 0], code: 'INVALID_INPUT', says: /邀请见证人到场/ },
  { name: '调查终结 with no evidence collected', article: '暂行规定第十七条第一款', open: { item: ITEM_INSTITUTION }, setup: filed.slice(0, 2), attempt: ['调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, 1], code: 'NOT_INVESTIGATED', says: /第十七条第一款/ },
  { name: 'a photocopy registered as evidence without its source', article: '暂行规定第二十一条', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['登记证据', 'zhifa1', { officers, 证据: [{ 名称: '收费明细复印件', 种类: '书证', 收集方式: '复制', 原件: false, 与原件核对一致: true, 取证日期: '2026-03-02', 提供人签章: true }] }, 1], code: 'INVALID_INPUT', says: /证据出处.*第二十一条/ },
  { name: '先行登记保存 without a head’s approval, not urgent', article: '暂行规定第二十六条第一款', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['先行登记保存', 'zhifa1', { officers, 证据: HELD }, 1], code: 'EVIDENCE_HOLD_NOT_APPROVED', says: /须经医疗保障行政部门负责人批准/ },
  { name: '先行登记保存 “approved” by an officer', article: '暂行规定第二十六条第一款', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['先行登记保存', 'zhifa1', { officers, 证据: HELD, 批准人: 'zhifa3' }, 1], code: 'NOT_A_HEAD', says: /不是负责人/ },
  { name: '先行登记保存 with no list of the evidence', article: '暂行规定第二十七条第一款', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['先行登记保存', 'zhifa1', { officers, 证据: [], 批准人: 'fuze' }, 1], code: 'EVIDENCE_LIST_REQUIRED', says: /开具清单/ },
  { name: 'a decision on held evidence after its seven working days', article: '暂行规定第二十八条第二款', open: { item: ITEM_INSTITUTION }, setup: [...filed, ['先行登记保存', 'zhifa1', { officers, 证据: HELD, 批准人: 'fuze' }, 1]], attempt: ['先行登记保存处理', 'zhifa1', { officers, 处理措施: '决定予以封存', 说明: '转封存' }, 15], code: 'EVIDENCE_HOLD_RELEASED', says: /自动解除/ },
  { name: 'approval after the fact more than 24 hours after an urgent 先行登记保存', article: '暂行规定第二十六条第二款', open: { item: ITEM_INSTITUTION }, setup: [...filed, ['先行登记保存', 'zhifa1', { officers, 证据: HELD, 情况紧急: true }, 1]], attempt: ['补办先行登记保存批准', 'fuze', { 审批意见: '同意', 同意: true }, 3], code: 'EMERGENCY_REPORT_LATE', says: /二十四小时/ },
  { name: 'approval after the fact of a 先行登记保存 approved beforehand', article: '暂行规定第二十六条第二款', open: { item: ITEM_INSTITUTION }, setup: [...filed, ['先行登记保存', 'zhifa1', { officers, 证据: HELD, 批准人: 'fuze' }, 1]], attempt: ['补办先行登记保存批准', 'fuze', { 审批意见: '同意', 同意: true }, 1], code: 'NOT_EMERGENCY_HOLD', says: /当场先行登记保存/ },
  // ——— 集体讨论 (暂行规定 第四十条第二款、第四十四条) ———
  { name: '集体讨论 attended by an officer, not a head', article: '暂行规定第四十四条第一款', open: { item: ITEM_INSTITUTION }, setup: majorWaived, attempt: ['集体讨论', 'fuze', { 参加人员: ['fuze', 'zhifa1'], 讨论意见: '一致同意', 讨论结论: '同意' }, 3], code: 'NOT_A_HEAD', says: /不是负责人.*第四十四条第一款/ },
  { name: '集体讨论 attended by the head of another bureau', article: '暂行规定第四十四条第一款', open: { item: ITEM_INSTITUTION }, setup: majorWaived, attempt: ['集体讨论', 'fuze', { 参加人员: ['fuze', 'chengqufz'], 讨论意见: '一致同意', 讨论结论: '同意' }, 3], code: 'NOT_A_HEAD', says: /不是本案医疗保障行政部门/ },
  { name: '集体讨论 record signed by a head who did not attend', article: '暂行规定第四十四条第二款', open: { item: ITEM_INSTITUTION }, setup: discussed, attempt: ['集体讨论签字', 'fuze3', { 确认: true }, 3], code: 'NOT_ATTENDEE', says: /没有参加.*第四十四条第二款/ },
  { name: '集体讨论 record signed twice by the same head', article: '暂行规定第四十四条第二款', open: { item: ITEM_INSTITUTION }, setup: [...discussed, ['集体讨论签字', 'fuze2', { 确认: true }, 3]], attempt: ['集体讨论签字', 'fuze2', { 确认: true }, 3], code: 'ALREADY_SIGNED', says: /已在.*签字/ },
  { name: '决定 on a 集体讨论 record one attendee has not signed', article: '暂行规定第四十四条第二款', open: { item: ITEM_INSTITUTION }, setup: [...discussed, ['集体讨论签字', 'fuze', { 确认: true }, 3]], attempt: ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: choices(c) }), 3], code: 'COLLECTIVE_RECORD_UNSIGNED', says: /周副局长确认签字.*第四十四条第二款/ },
  { name: '决定 without 集体讨论 after the investigators disagreed with the 法制审核', article: '暂行规定第四十条第二款、第四十四条第一款第（二）项', open: { item: ITEM_INSTITUTION }, setup: [...waived, ['审核意见分歧', 'zhifa1', { 分歧内容: '办案人员认为应从重处罚，法制机构认为适用一般情节', 论证: [{ 方式: '法律顾问论证', 论证人: '本局法律顾问', 论证意见: '宜提交集体讨论' }] }, 2]], attempt: ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: choices(c) }), 3], code: 'COLLECTIVE_DISCUSSION_REQUIRED', says: /分歧.*第四十四条第一款第（二）项/ },
  // ——— 立案 names the rule suspected (暂行规定 第十五条第一款第（二）项); 归档 with every document (第五十七条第一款第（二）项) ———
  { name: '立案 naming a rule the item does not rest on', article: '暂行规定第十五条第一款第（二）项', open: { item: ITEM_INSTITUTION }, setup: checked, attempt: ['立案', 'fuze', { officers, 案由: 'x', parties: [HOSPITAL], 涉嫌违反: { 法规: '医疗保障基金使用监督管理条例', 条: 41 } }, 0], code: 'VIOLATION_NOT_OF_ITEM', says: /不是本事项所依据的条文/ },
  { name: '归档 of a case whose 终止调查审批表 is neither in the data nor uploaded', article: '暂行规定第五十七条第一款第（二）项', open: { item: ITEM_INSTITUTION }, setup: [['线索核查', 'zhifa1', { 核查意见: '属实' }, 0], ['立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [HOSPITAL], 涉嫌违反: ART40 }, 0], ['调查取证', 'zhifa1', { officers, 取证内容: '询问', attachments: [attachment('笔录或证据')] }, 1], ['终止调查', 'fuze', { 终止情形: '其他依法应当终止调查的情形', 说明: '已撤回' }, 2]], attempt: ['归档', 'zhifa1', { 案卷号: '阳医保罚〔2026〕9号', 归档说明: '立案审批表、终止调查审批表' }, 3], code: 'DOCUMENTS_INCOMPLETE', says: /「终止调查审批表」.*第五十七条第一款第（二）项/ },
  { name: '封存 carried out without saying who keeps the materials and where', article: '暂行规定第三十二条', open: SEALING, setup: sealApproved, attempt: ['实施封存', 'zhifa1', { officers, 现场笔录: '当场封存', 现场实施: SEAL_ON_SITE, attachments: [attachment('封存清单')] }, 1], code: 'INVALID_INPUT', says: /封存资料的保管人/ },
  { name: '封存 released without a head’s approval', article: '暂行规定第二十九条第一款', open: SEALING, setup: sealed, attempt: ['解除封存', 'zhifa2', { officers, 解除情形: '当事人没有违法行为', 解除理由: '查无违法', 批准人: 'zhifa1' }, 3], code: 'NOT_A_HEAD', says: /不是负责人.*第二十九条第一款/ },
  { name: '封存 released on a ground outside 第三十三条第一款', article: '暂行规定第三十三条第一款', open: SEALING, setup: sealed, attempt: ['解除封存', 'zhifa2', { officers, 解除情形: '当事人求情', 解除理由: 'x', 批准人: 'fuze' }, 3], code: 'INVALID_INPUT', says: /解除封存的情形应为/ },
  { name: '封存 released as expired while its thirty days run', article: '暂行规定第三十三条第一款第（四）项', open: SEALING, setup: sealed, attempt: ['解除封存', 'zhifa2', { officers, 解除情形: '封存期限已经届满', 解除理由: '期满', 批准人: 'fuze' }, 3], code: 'PERIOD_NOT_EXPIRED', says: /尚未届满.*第三十三条第一款第（四）项/ },
  { name: 'a 行政处罚 ordering correction by a day already past', article: '暂行规定第十三条', open: { item: ITEM_INSTITUTION }, setup: waived, attempt: ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: choices(c), 改正期限: dateAfter(c.openedAt, 1) }), 3], code: 'INVALID_DATE', says: /责令限期改正的期限.*第十三条/ },
  // ——— 法制审核 point by point (暂行规定 第三十八条) ———
  { name: '法制审核 recording nine of the ten points', article: '暂行规定第三十八条', open: { item: ITEM_INSTITUTION }, setup: ended, attempt: ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints().slice(1) }, 1], code: 'INVALID_INPUT', says: /逐项审核/ },
  { name: '法制审核 recording one point twice in place of another', article: '暂行规定第三十八条', open: { item: ITEM_INSTITUTION }, setup: ended, attempt: ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: [...reviewPoints().slice(1), reviewPoints()[1]!] }, 1], code: 'INVALID_INPUT', says: /审核内容「行政执法主体是否合法，行政执法人员是否具备执法资格」未审核/ },
  { name: '法制审核 “同意” with the evidence found wanting', article: '暂行规定第三十八条、第三十九条', open: { item: ITEM_INSTITUTION }, setup: ended, attempt: ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints({ 3: '缺少结算明细' }) }, 1], code: 'INVALID_INPUT', says: /案件事实是否清楚、证据是否充分」有问题，审核结论不能为“同意”/ },
  { name: '法制审核 “继续调查” with nothing found wanting', article: '暂行规定第三十八条、第三十九条', open: { item: ITEM_INSTITUTION }, setup: ended, attempt: ['法制审核', 'fazhi', { 结论: '继续调查', 审核意见: '再查查', 审核事项: reviewPoints() }, 1], code: 'INVALID_INPUT', says: /须在逐项审核中写明有问题的内容/ },
  // ——— 执行 (行政处罚法 第六十六条至第七十三条; 行政强制法 第三十五条、第五十三条、第五十四条) ———
  { name: 'a payment above the fine the decision orders', article: '行政处罚法第六十七条', open: { item: ITEM_INSTITUTION }, setup: served, attempt: ['缴款', 'zhifa1', (c) => ({ 款项: '罚款', amountFen: fineOf(c) + 1, 缴款日期: dateAfter(c.openedAt, 5), 票据号: 'PJ-1' }), 5], code: 'OVERPAYMENT', says: /超过应缴数额/ },
  { name: 'a payment of money the decision does not order', article: '暂行规定第五十三条', open: { item: ITEM_INSTITUTION }, setup: served, attempt: ['缴款', 'zhifa1', (c) => ({ 款项: '没收违法所得', amountFen: 100, 缴款日期: dateAfter(c.openedAt, 5), 票据号: 'PJ-1' }), 5], code: 'NOT_OWED', says: /没有由「.*」缴纳的「没收违法所得」/ },
  { name: '催告 before the 缴纳期限 has run', article: '行政强制法第三十五条', open: { item: ITEM_INSTITUTION }, setup: served, attempt: ['催告', 'zhifa1', (c) => ({ 催告书送达日期: dateAfter(c.openedAt, 6), 送达方式: '直接送达' }), 6], code: 'NOT_OVERDUE', says: /尚未逾期/ },
  { name: '申请强制执行 while the 起诉期限 runs', article: '行政强制法第五十三条', open: { item: ITEM_INSTITUTION }, setup: reminded, attempt: ['申请强制执行', 'fuze', { 人民法院: '阳泉市城区人民法院' }, 45], code: 'REMEDY_PERIOD_RUNNING', says: /届满后三个月内方可申请/ },
  { name: '结案 as 全部履行 with the fine unpaid', article: '暂行规定第五十六条第一款第（一）项', open: { item: ITEM_INSTITUTION }, setup: served, attempt: ['结案', 'fuze', { 执行结果: '全部履行', 结案报告: '已履行' }, 5], code: 'NOT_EXECUTED', says: /尚未执行完毕/ },
  { name: '分期 approved without the party’s application', article: '暂行规定第五十四条', open: { item: ITEM_INSTITUTION }, setup: served, attempt: ['批准暂缓分期', 'fuze', (c) => ({ 申请事项: '分期缴纳', 安排: [{ 到期日: dateAfter(c.openedAt, 40), amountFen: 1 }, { 到期日: dateAfter(c.openedAt, 70), amountFen: 1 }], 审批意见: '同意', 书面告知日期: dateAfter(c.openedAt, 5) }), 5], code: 'NO_APPLICATION', says: /须由当事人申请/ },
  { name: 'a refund of money still owed', article: '暂行规定第五十三条', open: { item: ITEM_INSTITUTION }, setup: [...served, ['缴款', 'zhifa1', (c) => ({ 款项: '罚款', amountFen: 1_000, 缴款日期: dateAfter(c.openedAt, 5), 票据号: 'PJ-1' }), 5]], attempt: ['退还', 'zhifa1', (c) => ({ 款项: '罚款', amountFen: 1_000, 退还日期: dateAfter(c.openedAt, 6), 凭证号: 'TH-1' }), 6], code: 'REFUND_NOT_DUE', says: /可退还/ },
  { name: '执行 of a penalty the decision did not impose', article: '行政处罚法第九条', open: { item: ITEM_INSTITUTION }, setup: served, attempt: ['执行', 'zhifa1', (c) => ({ 措施: '吊销执业资格', 开始日期: dateAfter(c.openedAt, 5), 执行情况: 'x' }), 5], code: 'NOT_A_DECIDED_MEASURE', says: /不是本案决定的/ },
  // ——— 当场收缴 and 送达 (暂行规定 第五十二条、第五十九条) ———
  { name: '当场收缴 registered in a 普通程序 case', article: '暂行规定第五十二条第一款', open: { item: ITEM_INSTITUTION }, setup: served, attempt: ['缴款', 'zhifa1', (c) => ({ 款项: '罚款', amountFen: fineOf(c), 缴款日期: dateAfter(c.openedAt, 5), 票据号: 'PJ-1', 当场收缴: true }), 5], code: 'INVALID_INPUT', says: /不认识的字段：当场收缴/ },
  { name: '电子送达 without the party’s 确认书', article: '暂行规定第五十九条第二款', open: { item: ITEM_INSTITUTION }, setup: decided, attempt: ['送达', 'zhifa2', { 送达方式: '电子送达', 送达地点: 'party@example.com', attachments: [attachment('送达回证')] }, 4], code: 'NO_SERVICE_CONSENT', says: /确认书/ },
  { name: '电子送达 before the 确认书 was signed', article: '暂行规定第五十九条第二款', open: { item: ITEM_INSTITUTION }, setup: decided, attempt: ['送达', 'zhifa2', (c) => ({ 送达方式: '电子送达', 确认书签订日期: dateAfter(c.openedAt, 5), 电子送达地址: 'party@example.com', attachments: [attachment('送达回证')] }), 4], code: 'CONSENT_AFTER_SERVICE', says: /第五十九条第二款/ },
  { name: 'the published decision changed when nothing changed it (no 复议 or court outcome)', article: '暂行规定第四十六条', open: { item: ITEM_INSTITUTION }, setup: [...served, ['公示', 'zhifa1', { 公示渠道: '局网站' }, 5]], attempt: ['变更公示', 'zhifa1', { 变更理由: '想改一下公开的内容' }, 6], code: 'NOT_CHANGED', says: /第四十六条/ },
  { name: 'a 送达 method outside the legal list (飞鸽传书)', article: '暂行规定第五十九条第一款', open: { item: ITEM_INSTITUTION }, setup: decided, attempt: ['送达', 'zhifa2', { 送达方式: '飞鸽传书', attachments: [attachment('送达回证')] }, 4], code: 'INVALID_INPUT', says: /送达方式应为/ },
  { name: '催告书 served electronically without the party’s 确认书', article: '暂行规定第五十九条第二款', open: { item: ITEM_INSTITUTION }, setup: served, attempt: ['催告', 'zhifa1', (c) => ({ 催告书送达日期: dateAfter(c.openedAt, 25), 送达方式: '电子送达' }), 25], code: 'NO_SERVICE_CONSENT', says: /确认书/ },
  // ——— 中止、终止调查 and the 法制审核 period (暂行规定 第四十条、第四十二条、第四十七条) ———
  { name: '中止调查 on a ground outside the list (当事人出差)', article: '暂行规定第四十二条第一款', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['中止调查', 'fuze', { 中止情形: '当事人出差', 说明: '院长出差' }, 2], code: 'INVALID_INPUT', says: /中止调查的情形应为/ },
  { name: '调查取证 while the investigation is suspended', article: '暂行规定第四十二条第二款', open: { item: ITEM_INSTITUTION }, setup: [...filed, ['中止调查', 'fuze', { 中止情形: '因当事人下落不明暂时无法调查', 说明: '法定代表人失联' }, 2]], attempt: ['调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, 3], code: 'WRONG_STATE', says: /已中止/ },
  { name: '协助调查函 sent to a department inside the case’s own region', article: '暂行规定第三十四条', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['发出协助调查函', 'zhifa1', { 被请求部门: '山西省/阳泉市/矿区', 协查事项: '核实结算记录', 函号: '阳医保协〔2026〕1号', attachments: [attachment('协助调查函')] }, 2], code: 'NOT_ANOTHER_REGION', says: /其他行政区域/ },
  { name: 'a second 归档 of the same case', article: '暂行规定第五十七条第一款第（一）项', open: { item: ITEM_INSTITUTION }, setup: [['线索核查', 'zhifa1', { 核查意见: '不属实' }, 0], ['不予立案', 'fuze', { 理由: '违法事实不能成立' }, 0], ['归档', 'zhifa1', { 案卷号: '阳医保罚〔2026〕1号', 归档说明: '不予立案通知书、核查记录', attachments: [attachment('不予立案通知书')] }, 1]], attempt: ['归档', 'zhifa2', { 案卷号: '阳医保罚〔2026〕2号', 归档说明: 'x' }, 2], code: 'ALREADY_FILED', says: /一案一卷/ },
  { name: 'a 行政处罚 decided against a review opinion of 不予作出行政执法决定', article: '暂行规定第三十九条第一款第（二）项', open: { item: ITEM_INSTITUTION }, setup: [...waived, ['法制审核', 'fazhi', { 结论: '不予作出行政执法决定', 审核意见: '主要事实不清、证据不足', 审核事项: reviewPoints({ 3: '主要事实不清、证据不足' }) }, 2]], attempt: ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: choices(c) }), 3], code: 'REVIEW_AGAINST_PENALTY', says: /不予作出行政执法决定/ },
  { name: '封存 materials returned without the party’s signature on the list', article: '暂行规定第三十三条第二款', open: { procedure: 'xzqz-fengcun', jurisdiction: '山西省/阳泉市' }, setup: [['申请封存', 'zhifa1', { officers, parties: [HOSPITAL], 封存理由: '资料可能被转移', 封存清单: '处方 20 册' }, 0], ['批准封存', 'fuze', { 审批意见: '同意' }, 0], ['实施封存', 'zhifa1', { officers, 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: '当场封存', 现场实施: { 出示执法证件: true, 当事人到场: true, 告知理由依据权利: true, 陈述申辩: '当事人无异议', 笔录签章: '当事人和执法人员签名或者盖章', 决定书和清单: '当场交付当事人' }, attachments: [attachment('封存清单')] }, 1], ['解除封存', 'zhifa2', { officers, 解除情形: '对违法行为已经作出处理决定，不再需要封存', 解除理由: '已作出处理决定', 批准人: 'fuze' }, 3]], attempt: ['退还封存资料', 'zhifa1', (c) => ({ officers, 退还日期: dateAfter(c.openedAt, 3), 接收人: '王院长', 当事人签章: false, attachments: [attachment('签章的资料清单')] }), 3], code: 'NOT_SIGNED', says: /签名或者盖章/ },
  { name: '终止调查 by an officer', article: '暂行规定第四十七条第一款', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['终止调查', 'zhifa1', { 终止情形: '移送司法机关追究刑事责任', 说明: 'x' }, 2], code: 'ROLE', says: /负责人/ },
  { name: 'the 法制审核 period extended by a head who is not the 法制机构负责人', article: '暂行规定第四十条第一款', open: { item: ITEM_INSTITUTION }, setup: [...filed, ['调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS, 疑难复杂: true }, 1], ['申请延期', 'zhifa1', { 期限: '法制审核期限', 延长: 10, 理由: '需要专家论证' }, 2]], attempt: ['批准延期', 'fuze', { 期限: '法制审核期限', 审批意见: '同意' }, 2], code: 'ROLE', says: /法制机构负责人/ },
  // ——— the defects of the decision issue ———
  { name: '不予行政处罚 carrying a fine', article: '暂行规定第四十三条', open: { item: ITEM_INSTITUTION }, setup: waived, attempt: ['决定', 'fuze', (c) => ({ 类型: '不予行政处罚', measures: choices(c), 不予处罚理由: '当事人有证据足以证明没有主观过错', 理由: '无主观过错' }), 3], code: 'PENALTY_IN_NON_PENALTY_DECISION', says: /不得含有行政处罚/ },
  { name: 'an investigator doing the 法制审核', article: '暂行规定第三十七条第二款', open: { item: ITEM_INSTITUTION }, setup: [...filed, ['调查取证', 'shuangzhi', { officers: ['shuangzhi', 'zhifa1'], 取证内容: '补充询问', attachments: [attachment('笔录或证据')] }, 1], ['调查终结', 'zhifa2', { officers, 调查终结报告: 'x', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, 1]], attempt: ['法制审核', 'shuangzhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, 2], code: 'CASE_INVESTIGATOR', says: /同一案件的办案人员不得作为审核人员/ },
  { name: 'an officer of another city named on a case', article: '行政处罚法第四十二条', open: { item: ITEM_INSTITUTION }, setup: [['线索核查', 'zhifa1', { 核查意见: '属实' }, 0]], attempt: ['立案', 'fuze', { officers: ['zhifa1', 'taiyuan1'], 案由: 'x', parties: [HOSPITAL] }, 0], code: 'OFFICER_OUTSIDE_JURISDICTION', says: /不是本案辖区/ },
  { name: 'officers given as a string', article: '行政处罚法第四十二条', open: { item: ITEM_INSTITUTION }, setup: [['线索核查', 'zhifa1', { 核查意见: '属实' }, 0]], attempt: ['立案', 'fuze', { officers: 'zhifa1', 案由: 'x', parties: [HOSPITAL] }, 0], code: 'INVALID_INPUT', says: /承办执法人员.*类型不对/ },
  { name: 'a 询问笔录 taken by someone not among the step’s officers', article: '暂行规定第十六条', open: { item: ITEM_INSTITUTION }, setup: filed.slice(0, 2), attempt: ['调查取证', 'zhifa1', { officers, 取证内容: '询问', attachments: [attachment('笔录或证据')], 询问笔录: [inquiry(['zhifa1', 'taiyuan1'])] }, 1], code: 'INVALID_INPUT', says: /询问人须为本环节的执法人员/ },
  { name: 'a step dated in the future', article: '全过程记录', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['调查取证', 'zhifa1', (c) => ({ officers, 取证内容: 'x', 日期: dateAfter(c.openedAt, 9), attachments: [attachment('笔录或证据')] }), 2], code: 'FUTURE_DATE', says: /晚于今天/ },
  { name: '送达 dated before the 决定', article: '全过程记录', open: { item: ITEM_INSTITUTION }, setup: decided, attempt: ['送达', 'zhifa2', (c) => ({ 送达方式: '直接送达', 日期: dateAfter(c.openedAt, 2), 补录理由: '补录', attachments: [attachment('送达回证')] }), 4], code: 'DATE_BEFORE_PREVIOUS', says: /早于本案上一环节/ },
  { name: 'notifying without the mandatory suspension and no 减轻 ground', article: '条例第四十条；行政处罚法第三十二条', open: { item: ITEM_INSTITUTION }, setup: reviewed, attempt: ['告知', 'zhifa1', (c) => ({ officers, measures: choices(c).filter((m) => !m.measureId.startsWith('暂停')), 告知书送达日期: dateAfter(c.openedAt, 2) }), 2], code: 'DECISION_OUT_OF_RANGE', says: /未决定「暂停相关责任部门涉及基金使用的医药服务」/ },
  { name: '简易程序 for an insured person whose article also requires 暂停联网结算', article: '行政处罚法第五十一条', open: { procedure: 'xzcf-jianyi', jurisdiction: '山西省/阳泉市' }, setup: [['当场认定', 'zhifa1', { officers, parties: [PERSON], 违法事实: '将医保凭证交他人冒名使用', violation: { 法规: '医疗保障基金使用监督管理条例', 条: 41, 项: 1 }, facts: { amounts: { lossFen: 10_000 }, flags: [] } }, 0]], attempt: ['当场告知', 'zhifa1', { officers, measures: [{ measureId: '暂停联网结算@当事人', months: 3 }] }, 0], code: 'NOT_SIMPLIFIED', says: /暂停联网结算/ },
  { name: '决定 right after 举行听证 without 法制审核', article: '行政处罚法第五十八条第一款第（二）项', open: { item: ITEM_INSTITUTION }, setup: heard, attempt: ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: choices(c) }), 21], code: 'LEGAL_REVIEW_REQUIRED', says: /听证后须法制审核/ },
  { name: 'a 公民 as party of an item on 定点医疗机构 (002#5)', article: '清单实施对象', open: { item: '002_d9b76134472e1956#5', jurisdiction: '山西省/阳泉市' }, setup: [['线索核查', 'zhifa1', { 核查意见: '属实' }, 0]], attempt: ['立案', 'fuze', { officers, 案由: 'x', parties: [PERSON] }, 0], code: 'PARTY_NOT_OF_ITEM', says: /实施对象/ },
  { name: 'an art. 41 violation on an item resting on art. 40 (002#5)', article: '清单依据', open: { item: '002_d9b76134472e1956#5', jurisdiction: '山西省/阳泉市' }, setup: filed, attempt: ['调查终结', 'zhifa2', { officers, 调查终结报告: 'x', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: 41 }, facts: FACTS }, 1], code: 'VIOLATION_NOT_OF_ITEM', says: /不是本事项所依据的条文/ },
  { name: 'a hearing notified fewer than seven working days ahead', article: '行政处罚法第六十四条第（二）项', open: { item: ITEM_INSTITUTION }, setup: [...notified, ['申请听证', 'zhifa1', { 申请方式: '书面' }, 3]], attempt: ['听证通知', 'zhifa1', (c) => ({ 听证日期: dateAfter(c.openedAt, 6), 主持人: 'fazhi', 听证地点: '会议室' }), 3], code: 'HEARING_NOTICE_TOO_LATE', says: /七个工作日/ },
  { name: 'an extension of the 90 days by 365 days', article: '暂行规定第四十五条', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['申请延期', 'zhifa1', { 期限: '办案期限', 延长: 365, 理由: '案情复杂' }, 2], code: 'EXTENSION_AMOUNT', says: /可延长30日/ },
  { name: 'a review opinion outside the closed list', article: '暂行规定第三十九条', open: { item: ITEM_INSTITUTION }, setup: ended, attempt: ['法制审核', 'fazhi', { 结论: '随便写', 审核意见: 'x', 审核事项: reviewPoints() }, 1], code: 'INVALID_INPUT', says: /审核结论/ },
  { name: 'a 决定 without its 减轻 ground below the minimum fine', article: '行政处罚法第三十二条', open: { item: ITEM_INSTITUTION }, setup: [...reviewed, ['告知', 'zhifa1', (c) => ({ officers, measures: withFine(c, 2_000_000), 告知书送达日期: dateAfter(c.openedAt, 2) }), 2], ['放弃陈述申辩', 'zhifa1', waiver(), 2], ['放弃听证', 'zhifa1', waiver(), 2]], attempt: ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: withFine(c, 1_999_999) }), 3], code: 'DECISION_OUT_OF_RANGE', says: /低于法定下限/ },

  { name: 'a reward of 5,000,000 元 for a report that recovered 50,000 元', article: '山西省违法违规使用医疗保障基金举报奖励实施细则', open: { procedure: 'xzjl', jurisdiction: '山西省/阳泉市' }, setup: [['受理举报', 'jiangli', { 举报人: { 姓名: '举报人甲', 电话: '13900000000' }, 举报内容: '某诊所虚构诊疗项目' }, 0], ['核查', 'zhifa1', { officers, 结论: '属实', 核查情况: '查实骗取医保基金5万元', 追回金额Fen: 5_000_000 }, 5]], attempt: ['认定奖励', 'fuze', { amountFen: 500_000_000, 认定理由: '举报属实' }, 6], code: 'REWARD_OVER_CAP', says: /1,500\.00 元/ },

  // ——— the guards that held before ———
  { name: '≥ 2 officers', article: '行政处罚法第四十二条', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['调查取证', 'zhifa1', { officers: ['zhifa1'], 取证内容: 'x', attachments: [attachment('笔录或证据')] }, 1], code: 'INVALID_INPUT', says: /不少于2人/ },
  { name: 'valid 执法证', article: '行政处罚法第四十二条', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['调查取证', 'zhifa1', { officers: ['zhifa1', 'zhifa4'], 取证内容: 'x', attachments: [attachment('笔录或证据')] }, 1], code: 'CERTIFICATE_INVALID', says: /执法证/ },
  { name: 'recusal', article: '行政处罚法第四十三条', open: { item: ITEM_INSTITUTION }, setup: [...filed, ['申报回避', 'zhifa2', { user: 'zhifa2', 理由: '近亲属在该院' }, 1]], attempt: ['调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, 1], code: 'RECUSED', says: /回避.*第四十三条/ },
  { name: "head's approval for 立案", article: '暂行规定第十五条', open: { item: ITEM_INSTITUTION }, setup: [['线索核查', 'zhifa1', { 核查意见: '属实' }, 0]], attempt: ['立案', 'zhifa1', { officers, 案由: 'x', parties: [HOSPITAL] }, 0], code: 'ROLE', says: /负责人/ },
  { name: '法制审核 not passed', article: '暂行规定第三十九条', open: { item: ITEM_INSTITUTION }, setup: [...ended, ['告知', 'zhifa1', notifiedOn(2), 2], ['放弃陈述申辩', 'zhifa1', waiver(), 2], ['放弃听证', 'zhifa1', waiver(), 2], ['法制审核', 'fazhi', { 结论: '纠正', 审核意见: '程序不合法', 审核事项: reviewPoints({ 6: '程序不合法' }) }, 2]], attempt: ['告知', 'zhifa1', notifiedOn(3), 3], code: 'WRONG_STATE', says: /不能进行/ },
  { name: '集体讨论 for major cases', article: '行政处罚法第五十七条第二款', open: { item: ITEM_INSTITUTION }, setup: [...filed, ['调查终结', 'zhifa2', { officers, 调查终结报告: 'x', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS, 情节复杂或者重大: true }, 1], ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, 1], ['告知', 'zhifa1', notifiedOn(2), 2], ['放弃陈述申辩', 'zhifa1', waiver(), 2], ['放弃听证', 'zhifa1', waiver(), 2]], attempt: ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: choices(c) }), 3], code: 'COLLECTIVE_DISCUSSION_REQUIRED', says: /集体讨论/ },
  { name: '告知 before 决定', article: '行政处罚法第四十四条', open: { item: ITEM_INSTITUTION }, setup: reviewed, attempt: ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: choices(c) }), 3], code: 'NOTICE_REQUIRED', says: /第四十四条/ },
  { name: 'windows open', article: '行政处罚法第六十二条', open: { item: ITEM_INSTITUTION }, setup: notified, attempt: ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: choices(c) }), 3], code: 'WINDOW_OPEN', says: /届满/ },
  { name: 'no heavier after argument', article: '行政处罚法第四十五条第二款', open: { item: ITEM_INSTITUTION }, setup: [...notified, ['陈述申辩', 'zhifa1', { 陈述内容: '有异议', 复核意见: '不采纳' }, 3], ['放弃陈述申辩', 'zhifa1', waiver(), 3], ['放弃听证', 'zhifa1', waiver(), 3]], attempt: ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: withFine(c, 2_500_000) }), 4], code: 'HEAVIER_AFTER_ARGUMENT', says: /第四十五条第二款/ },
  { name: 'within the amount notified', article: '行政处罚法第四十四条', open: { item: ITEM_INSTITUTION }, setup: waived, attempt: ['决定', 'fuze', (c) => ({ 类型: '行政处罚', measures: withFine(c, 2_500_000) }), 3], code: 'EXCEEDS_NOTIFIED', says: /超出已告知/ },
  { name: 'within the computed range', article: '条例第四十条', open: { item: ITEM_INSTITUTION }, setup: reviewed, attempt: ['告知', 'zhifa1', (c) => ({ officers, measures: withFine(c, 5_000_100), 告知书送达日期: dateAfter(c.openedAt, 2) }), 2], code: 'DECISION_OUT_OF_RANGE', says: /超过法定上限/ },
  { name: 'after the 90 days only with an approved extension', article: '暂行规定第四十五条', open: { item: ITEM_INSTITUTION }, setup: filed, attempt: ['调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, 120], code: 'DEADLINE_PASSED', says: /批准延期/ },
  // ——— 飞行检查 (医疗保障基金飞行检查管理暂行办法, 局令第6号) ———
  { name: '飞行检查 started on a report without the report', article: '飞行检查办法第十条第一款第（二）项', open: FLYING, setup: [], attempt: ['启动飞行检查', 'fuze', { 启动情形: '举报线索反映医疗保障基金可能存在重大安全风险的', 情形说明: '举报', 被检地部门: '山西省/阳泉市/矿区' }, 0], code: 'FLYING_TRIGGER_UNSUPPORTED', says: /第十条第一款第（二）项/ },
  { name: '被检地部门 not one level down', article: '飞行检查办法第三十条', open: FLYING, setup: [], attempt: ['启动飞行检查', 'fuze', { 启动情形: '其他需要开展飞行检查的情形', 情形说明: 'x', 被检地部门: '山西省/太原市' }, 0], code: 'FLYING_INSPECTED_BUREAU', says: /第三十条/ },
  { name: '年度计划 飞行检查 without 双随机', article: '飞行检查办法第十一条第一款', open: FLYING, setup: [['启动飞行检查', 'fuze', { 启动情形: '年度工作计划安排的', 情形说明: '年度计划', 被检地部门: '山西省/阳泉市/矿区' }, 0]], attempt: ['组建检查组', 'fuze', FLYING_TEAM, 0], code: 'NOT_DRAWN', says: /双随机/ },
  { name: '实施方案 written by someone outside the 飞行检查组', article: '飞行检查办法第十二条', open: FLYING, setup: flyingLaunched.slice(0, 2), attempt: ['制定实施方案', 'zhifa3', flyingPlan, 0], code: 'NOT_IN_TEAM', says: /不是飞行检查组成员/ },
  { name: '检查通知书 served before arriving', article: '飞行检查办法第二条、第十五条', open: FLYING, setup: flyingLaunched, attempt: ['进场检查', 'zhifa1', (c) => ({ ...flyingArrival(c), 检查通知书送达日期: dateAfter(c.openedAt, 0), 日期: dateAfter(c.openedAt, 1) }), 1], code: 'NOTICE_IN_ADVANCE', says: /不预先告知/ },
  { name: 'on-site check by one officer', article: '飞行检查办法第十七条第一款', open: FLYING, setup: flyingLaunched, attempt: ['进场检查', 'zhifa1', (c) => ({ ...flyingArrival(c), officers: ['zhifa1'] }), 1], code: 'INVALID_INPUT', says: /不少于2人/ },
  { name: 'on-site check after the approved plan ended', article: '飞行检查办法第十四条第二款、第二十条', open: FLYING, setup: flyingLaunched, attempt: ['进场检查', 'zhifa1', (c) => ({ ...flyingArrival(c), 检查通知书送达日期: dateAfter(c.openedAt, 9) }), 9], code: 'OUTSIDE_PLAN', says: /第二十条/ },
  { name: 'an extension approved that the team never asked for', article: '飞行检查办法第二十条', open: FLYING, setup: flyingEntered, attempt: ['批准调整检查', 'fuze', { 决定: '同意延长检查时间', 审批意见: '同意' }, 1], code: 'NO_ADJUSTMENT_REQUEST', says: /第二十条/ },
  { name: '检查结论 while the party may still argue', article: '飞行检查办法第十八条', open: FLYING, setup: [...flyingEntered, ['反馈检查情况', 'zhifa1', { officers, 反馈方式: '书面反馈', 问题清单: FLYING_PROBLEMS }, 2]], attempt: ['形成检查结论', 'zhifa1', { 参加决策人员: officers, 决策意见: '一致', 检查结论: '存在问题' }, 2], code: 'FEEDBACK_WINDOW_OPEN', says: /陈述、申辩/ },
  { name: '区域性、普遍性 problems rectified without 自查自纠', article: '飞行检查办法第二十六条第二款', open: FLYING, setup: flyingInterviewed, attempt: ['上报整改措施', 'zhifa1', { 整改措施: 'x', 整改情况: 'x' }, 3], code: 'SELF_CHECK_REQUIRED', says: /自查自纠/ },
  { name: '归档 while the interviewed party has its 15 working days', article: '飞行检查办法第二十六条第二款', open: FLYING, setup: flyingInterviewed, attempt: ['检查归档', 'fuze', { 归档说明: 'x' }, 3], code: 'INTERVIEW_RECTIFICATION_PENDING', says: /15个工作日/ },
  { name: 'handling a problem the 飞行检查 did not transfer', article: '飞行检查办法第二十四条', open: { procedure: 'fxjc-chuli', jurisdiction: '山西省/阳泉市' }, setup: [['签收移交材料', 'fuze', { 签收意见: '签收' }, 0]], attempt: ['处理问题', 'fuze', { 问题编号: 'W9', 处理方式: '其他处理', 处理依据: 'x', 处理内容: 'x' }, 0], code: 'PROBLEM_NOT_TRANSFERRED', says: /不是飞行检查移交的问题/ },
  { name: '处理完结 without the progress report', article: '飞行检查办法第二十三条第一款', open: { procedure: 'fxjc-chuli', jurisdiction: '山西省/阳泉市' }, setup: [['签收移交材料', 'fuze', { 签收意见: '签收' }, 0]], attempt: ['处理完结', 'fuze', { 完结说明: 'x' }, 0], code: 'PROGRESS_NOT_REPORTED', says: /30个工作日/ },
  { name: 'a result far from the transferred one, unexplained', article: '飞行检查办法第二十三条第二款', open: { procedure: 'fxjc-chuli', jurisdiction: '山西省/阳泉市' }, setup: [['签收移交材料', 'fuze', { 签收意见: '签收' }, 0], ['上报处理进度', 'fuze', { 处理进度: 'x', 整改方案: 'x' }, 0], ['处理完结', 'fuze', { 完结说明: 'x' }, 0]], attempt: ['报送处理报告', 'fuze', { 书面报告: 'x', 与移交结果比较: '存在较大差异' }, 0], code: 'EXPLANATION_REQUIRED', says: /书面解释/ },
  // ——— 举报处理 (医疗保障基金使用监督管理举报处理暂行办法, 局令第5号) ———
  { name: 'a 举报 case published on the portal without the 商业秘密/个人隐私 review', article: '举报处理办法第十六条第三款、第二十条', open: REPORT, setup: reportLead, attempt: ['发布典型案例', 'fuze', { 发布说明: '公布' }, 1], code: 'DISCLOSURE_NOT_REVIEWED', says: /商业秘密、个人隐私.*第十六条第三款/ },
  { name: '实名举报 without an identity document', article: '举报处理办法第八条第一款', open: REPORT, setup: [], attempt: ['登记举报', 'zhifa1', { ...REPORT_REGISTER, 举报人: { 姓名或名称: '举报人甲', 电话: '13900000000' } }, 0], code: 'REAL_NAME_INCOMPLETE', says: /第八条第一款/ },
  { name: 'a report of conduct elsewhere turned into a lead', article: '举报处理办法第九条第一款', open: REPORT, setup: [['登记举报', 'zhifa1', { ...REPORT_REGISTER, 被举报行为发生地: '山西省/太原市' }, 0]], attempt: ['转为线索', 'zhifa1', { 处理意见: 'x' }, 0], code: 'REPORT_OUTSIDE_AUTHORITY', says: /第九条第一款/ },
  { name: 'the department above decided by the department itself', article: '举报处理办法第九条第三款', open: REPORT, setup: [['登记举报', 'zhifa1', REPORT_REGISTER, 0], ['报请上级处理', 'fuze', { 理由: '案情重大' }, 0]], attempt: ['上级决定', 'fuze', { 决定: '由上级部门处理', 理由: 'x' }, 0], code: 'NOT_PARENT_BUREAU', says: /第九条第三款/ },
  { name: 'a 同级机构 passing a report on', article: '举报处理办法第十一条第二款', open: REPORT, setup: [['登记举报', 'zhifa1', REPORT_REGISTER, 0], ['分送同级机构', 'zhifa1', { 同级机构: '基金监管科', 分送说明: 'x' }, 0]], attempt: ['分送下级部门', 'zhifa1', { 下级部门: '山西省/阳泉市/矿区', 分送说明: 'x' }, 0], code: 'NO_ONWARD_TRANSFER', says: /不得自行移送/ },
  { name: 'the reporter told before the lead is decided', article: '举报处理办法第十二条第二款', open: REPORT, setup: reportLead, attempt: ['告知立案情况', 'zhifa1', { 告知方式: '电话', 告知内容: '已立案' }, 1], code: 'LEAD_NOT_DECIDED', says: /5个工作日/ },
  { name: 'a result told before there is one', article: '举报处理办法第十三条', open: REPORT, setup: reportLead, attempt: ['告知处理结果', 'zhifa1', { 告知依据: 'x', 告知方式: '书面', 告知内容: 'x' }, 1], code: 'NO_RESULT', says: /第十三条/ },
  { name: '办结 while the lead is open', article: '举报处理办法第十二条第一款、第二十二条', open: REPORT, setup: reportLead, attempt: ['举报办结', 'fuze', { 办结情况: 'x' }, 1], code: 'LEAD_OPEN', says: /尚未办结/ },
  { name: 'a reward for a report not found true', article: '举报处理办法第二十一条', open: REPORT, setup: reportLead, attempt: ['转入奖励', 'fuze', { 说明: 'x' }, 1], code: 'REPORT_NOT_VERIFIED', says: /第二十一条/ },
  { name: 'a reward case taking a report it was not given', article: '举报处理办法第二十一条', open: { procedure: 'xzjl', jurisdiction: '山西省/阳泉市' }, setup: [], attempt: ['受理转入举报', 'jiangli', { 受理意见: 'x' }, 0], code: 'NOT_FROM_REPORT', says: /第二十一条/ },
  // ——— what a promised document must state, recorded at its step (recordsForDocuments) ———
  { name: '暂停结算 asked with no party registered', article: '医疗保障基金使用监督管理条例第三十条', open: { procedure: 'xzqz-zanting', variant: '定点医药机构', jurisdiction: '山西省/阳泉市' }, setup: [], attempt: ['申请暂停结算', 'zhifa1', { officers, 涉嫌事实: '虚构服务', 拒不配合情况: '拒绝提供账册', attachments: [attachment('拒不配合调查记录')] }, 0], code: 'DOCUMENT_DATA_MISSING', says: /当事人/ },
  { name: '暂停结算 lifted with no reason for resuming', article: '医疗保障基金使用监督管理条例第三十条', open: { procedure: 'xzqz-zanting', variant: '参保人员', jurisdiction: '山西省/阳泉市' }, setup: [['申请暂停结算', 'zhifa1', { officers, parties: [PERSON], 涉嫌事实: '冒名就医', 拒不配合情况: '拒不到场', attachments: [attachment('拒不配合调查记录')] }, 0], ['批准暂停联网结算', 'fuze', { 审批意见: '同意' }, 0], ['通知经办机构', 'zhifa1', { 通知文号: '阳医保暂〔2026〕1号', 经办机构: '阳泉市医疗保障事业管理服务中心' }, 1]], attempt: ['解除暂停', 'zhifa2', { officers, 调查结论: '调查结束' }, 5], code: 'DOCUMENT_DATA_MISSING', says: /恢复结算的理由/ },
  { name: '不予行政处罚 without the 教育', article: '行政处罚法第三十三条第三款', open: { item: ITEM_INSTITUTION }, setup: waived, attempt: ['决定', 'fuze', { 类型: '不予行政处罚', 不予处罚理由: '当事人有证据足以证明没有主观过错', 理由: '无主观过错' }, 3], code: 'DOCUMENT_DATA_MISSING', says: /第三十三条第三款/ },
  { name: '封存 asked with no party registered', article: '行政强制法第二十四条第二款', open: { procedure: 'xzqz-fengcun', jurisdiction: '山西省/阳泉市' }, setup: [], attempt: ['申请封存', 'zhifa1', { officers, 封存理由: '资料可能被转移', 封存清单: '处方 20 册' }, 0], code: 'DOCUMENT_DATA_MISSING', says: /当事人/ },
  { name: '手工报销 accepted with no applicant registered', article: '社会保险经办条例第二十条第二款', open: { procedure: 'xzgf', variant: '手工报销', jurisdiction: '山西省/阳泉市' }, setup: [], attempt: ['受理', 'jingban', { 申请人: '王某', 申请事项: '手工报销', attachments: [attachment('申请材料')] }, 0], code: 'DOCUMENT_DATA_MISSING', says: /申请人身份/ },
  { name: '登记 confirmed with nothing stated as confirmed', article: '社会保险法第五十七条第一款', open: { procedure: 'xzqr', variant: '登记', jurisdiction: '山西省/阳泉市' }, setup: [['受理', 'jingban', { 申请人: '某某公司', parties: [testOrganisation('某某公司', '用人单位', 33)], 申请事项: '参保登记', attachments: [attachment('申请材料')] }, 0]], attempt: ['确认', 'jingshen', { 审核意见: '符合' }, 2], code: 'DOCUMENT_DATA_MISSING', says: /确认的内容/ },
  { name: '协议处理决定 with no reasons', article: '医疗保障基金使用监督管理条例第十三条第一款', open: { procedure: 'qt-xieyi', jurisdiction: '山西省/阳泉市' }, setup: [['发现违约', 'jingban', { parties: [HOSPITAL], 违约情形: '超标准收费', 协议条款: '第三十条' }, 0], ['拟处理', 'jingban', { measures: [{ kind: '追回', amountFen: 50_000 }] }, 1], ['放弃陈述申辩', 'jingban', waiver(), 2]], attempt: ['处理决定', 'fuze', { measures: [{ kind: '追回', amountFen: 50_000 }] }, 3], code: 'DOCUMENT_DATA_MISSING', says: /处理理由/ },
];
