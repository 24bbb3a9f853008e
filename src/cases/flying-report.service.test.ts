// 飞行检查 (局令第6号) and 举报处理 (局令第5号) walked to their ends through the persisted
// service: the cases they open (the 被检地部门's handling, the penalty lead, the reward, a
// report sent down), the deadlines they start from the statute's periods on the holiday
// calendar, the sealed reporter, and the refusals on the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPeriods, shanghaiDateOf } from '../law/index.js';
import { openTestStore, type TestStore } from '../store/index.js';
import { listEvents } from './record/index.js';
import { realPorts, realReplayOptions } from './runtime.js';
import { replayCases } from './replay.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { ATTACK_USERS } from './testing/attacks.js';
import { insertDemoUsers } from './users.js';
import { testIdNumber, testOrganisation } from './testing/parties.js';
import { clock } from './testing/scenarios.js';
import { attachment, reviewPoints } from './testing/support.js';
import type { CaseState } from './engine/types.js';
import { annualReportDue, annualReportStatus, publicTypicalCase, reportStatistics, withheldInput, withoutClassified, WITHHELD } from './reports.js';

let ts: TestStore;
let service: CaseService;
const at = clock('2026-03-02'); // a Monday
let now = at(0);
const d = (n: number) => at(n).slice(0, 10);
const officers = ['zhifa1', 'zhifa2'];
const HOSPITAL = testOrganisation('某某医院', '定点医疗机构', 61);
const ART40 = { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 };
const FACTS = { amounts: { defraudedFen: 1_000_000 }, flags: [], actEnded: '2026-01-31', discovered: '2026-02-20' };
const periods = loadPeriods();

beforeAll(async () => {
  ts = await openTestStore();
  await insertDemoUsers(ts.store);
  await insertDemoUsers(ts.store, ATTACK_USERS);
  service = new CaseService(ts.store, loadProcedures(), realPorts({ today: () => shanghaiDateOf(now) }));
}, 120_000);
afterAll(async () => ts.cleanup());

async function ok(id: string, step: string, as: string, input: Record<string, unknown>, n: number) {
  now = at(n);
  const r = await service.act(id, step, as, input, now);
  if (!r.ok) throw new Error(`「${step}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
  return r;
}
async function refused(id: string, step: string, as: string, input: Record<string, unknown>, n: number, code: string, says: RegExp) {
  now = at(n);
  const r = await service.act(id, step, as, input, now);
  expect(r.ok ? 'accepted' : r.refusal.code).toBe(code);
  if (!r.ok) expect(r.refusal.message).toMatch(says);
}
const open = (procedure: string, jurisdiction = '山西省/阳泉市', actor = 'zhifa1') => {
  now = at(0);
  return service.open({ procedure, jurisdiction, actor, now });
};
const deadline = (c: CaseState, id: string) => c.deadlines.find((x) => x.id === id);

const PROBLEMS = [
  { 编号: 'W1', 被检查对象: '某某医院', 问题: '串换诊疗项目', 定性: '骗取医保基金', 涉及金额Fen: 1_000_000, 认定依据类型: '相关法律法规', 认定依据: '医疗保障基金使用监督管理条例第四十条' },
  { 编号: 'W2', 被检查对象: '某某医院', 问题: '超标准收费', 定性: '违反医保服务协议', 涉及金额Fen: 200_000, 认定依据类型: '被检查对象所在统筹地区的医疗保障政策', 认定依据: '阳泉市医疗服务价格目录' },
];

describe('飞行检查 (医疗保障基金飞行检查管理暂行办法)', () => {
  it('walks from 启动 to 归档, transferring to the 被检地部门 which handles every problem and reports', async () => {
    const c = await open('fxjc');
    await refused(c.id, '启动飞行检查', 'fuze', { 启动情形: '举报线索反映医疗保障基金可能存在重大安全风险的', 情形说明: '举报', 被检地部门: '山西省/阳泉市/矿区' }, 0, 'FLYING_TRIGGER_UNSUPPORTED', /第十条第一款第（二）项/);
    await refused(c.id, '启动飞行检查', 'fuze', { 启动情形: '新闻媒体曝光，造成重大社会影响的', 情形说明: 'x', 报道出处: '某报', 被检地部门: '山西省/太原市' }, 0, 'FLYING_INSPECTED_BUREAU', /第三十条/);
    await ok(c.id, '启动飞行检查', 'fuze', { 启动情形: '医疗保障智能监控或者大数据筛查提示医疗保障基金可能存在重大安全风险的', 情形说明: '大数据筛查提示', 关联监控线索: 'JK-2026-001', 被检地部门: '山西省/阳泉市/矿区' }, 0);
    const team = { 组长: 'zhifa1', officers, 其他成员: [{ 姓名: '某专家', 单位: '某三甲医院', 专业: '医疗', 身份: '专家' }], 被检查对象: [{ 名称: '某某医院', 类别: '定点医药机构' }] };
    await refused(c.id, '组建检查组', 'fuze', { ...team, officers: ['zhifa1'] }, 0, 'INVALID_INPUT', /不少于2人/);
    await ok(c.id, '组建检查组', 'fuze', team, 0);
    const plan = { 检查开始日期: d(1), 检查结束日期: d(4), 检查方式: '现场检查', 检查程序: '进场、检查、询问、反馈', 检查重点: '诊疗项目', 检查标准: '医保政策', 对象确定方法: '大数据筛查', 风险研判: '低' };
    await ok(c.id, '制定实施方案', 'zhifa1', plan, 0);
    const arrive = { officers, 被检查对象: '某某医院', 现场负责人: '王院长', 出示执法证件: true, 检查通知书送达日期: d(1), 告知权利义务: true, attachments: [attachment('检查通知书')] };
    await refused(c.id, '进场检查', 'zhifa1', arrive, 1, 'WRONG_STATE', /方案待批/);
    await ok(c.id, '批准实施方案', 'fuze', { 结论: '同意', 审批意见: '同意' }, 0);
    await refused(c.id, '进场检查', 'zhifa1', { ...arrive, 检查通知书送达日期: d(0), 日期: d(1) }, 1, 'NOTICE_IN_ADVANCE', /不预先告知/);
    await refused(c.id, '进场检查', 'zhifa1', { ...arrive, officers: ['zhifa1', 'zhifa3'] }, 1, 'NOT_IN_TEAM', /不是飞行检查组成员/);
    await ok(c.id, '进场检查', 'zhifa1', arrive, 1);
    await ok(c.id, '飞行现场检查', 'zhifa1', { officers, 被检查对象: '某某医院', 检查情况: '调取病历', 记录方式: ['文字记录'], 笔录确认: '当事人逐页签字', attachments: [attachment('现场检查笔录')] }, 1);
    await ok(c.id, '飞行检查询问', 'zhifa2', { officers, 被询问人: '李医生', 被询问人身份: '被检查对象的人员', 询问事项: '诊疗过程', 确认方式: '逐页签字', attachments: [attachment('询问笔录')] }, 2);
    await refused(c.id, '批准调整检查', 'fuze', { 决定: '同意增加检查力量', 审批意见: 'x' }, 2, 'NO_ADJUSTMENT_REQUEST', /第二十条/);
    await ok(c.id, '报请调整检查', 'zhifa1', { 事项: '延长检查时间', 理由: '病历量大', 延长至: d(8) }, 2);
    await refused(c.id, '批准调整检查', 'fuze', { 决定: '同意取消检查', 审批意见: 'x' }, 2, 'ADJUSTMENT_MISMATCH', /延长检查时间/);
    await ok(c.id, '批准调整检查', 'fuze', { 决定: '同意延长检查时间', 审批意见: '同意' }, 2);
    await ok(c.id, '反馈检查情况', 'zhifa1', { officers, 反馈方式: '书面反馈', 问题清单: PROBLEMS }, 7);
    let s = await service.get(c.id);
    const window = periods.get('飞行检查反馈异议期限');
    expect(deadline(s, '反馈异议期限')).toMatchObject({ start: d(7), amount: window.amount, unit: '工作日', status: 'open' });
    await ok(c.id, '飞行检查陈述申辩', 'zhifa1', { 申辩内容: 'W2 有收费依据', 采纳情况: '不采纳', 审核意见: '依据不足' }, 8);
    await refused(c.id, '形成检查结论', 'zhifa1', { 参加决策人员: officers, 决策意见: '一致', 检查结论: '存在问题' }, 8, 'FEEDBACK_WINDOW_OPEN', /陈述、申辩/);
    await ok(c.id, '确认无异议', 'zhifa1', { 确认方式: '签字确认', attachments: [attachment('被检查对象无异议的确认')] }, 8);
    await refused(c.id, '形成检查结论', 'zhifa1', { 参加决策人员: officers, 决策意见: '一致', 检查结论: '存在问题' }, 8, 'NOT_CONSULTED', /第二十一条第一款/);
    await ok(c.id, '与被检地部门沟通', 'zhifa1', { 被检地参加人员: '矿区医保局稽核科', 沟通事项: ['事实是否清楚', '证据是否充分', '定性是否准确', '定量是否准确'], 沟通意见: '无异议' }, 8);
    await refused(c.id, '形成检查结论', 'zhifa1', { 参加决策人员: ['zhifa1', 'fuze'], 决策意见: '一致', 检查结论: '存在问题' }, 8, 'NOT_IN_TEAM', /不是飞行检查组成员/);
    await ok(c.id, '形成检查结论', 'zhifa1', { 参加决策人员: officers, 决策意见: '一致', 检查结论: '存在两项问题' }, 8);
    await ok(c.id, '形成检查报告', 'zhifa1', { 报告内容: '飞行检查报告' }, 8);
    const moved = await ok(c.id, '移交材料', 'fuze', { 移交材料: ['飞行检查报告', '现场检查笔录', '询问笔录'], 移交方式: '书面移交' }, 8);
    expect(moved.spawned).toHaveLength(1);

    // the 被检地部门's handling case, in 矿区, its 30 working days running from the transfer
    const h = await service.get(moved.spawned[0]!);
    expect(h).toMatchObject({ procedure: { id: 'fxjc-chuli' }, jurisdiction: { path: '山西省/阳泉市/矿区' }, links: { parent: c.id }, facts: { 飞行检查案件: c.id } });
    const progress = periods.get('飞行检查处理进度上报期限');
    expect(deadline(h, '处理进度上报期限')).toMatchObject({ start: d(8), amount: progress.amount, unit: '工作日' });
    expect(deadline(h, '处理进度上报期限')!.due > d(8 + progress.amount)).toBe(true); // working days, not calendar days
    await ok(h.id, '签收移交材料', 'kuangqufz', { 签收意见: '已签收' }, 9);
    await refused(h.id, '处理完结', 'kuangqufz', { 完结说明: 'x' }, 9, 'PROGRESS_NOT_REPORTED', /30个工作日/);
    await ok(h.id, '要求整改', 'kuangqu1', { 问题编号: ['W1', 'W2'], 整改要求: '立即整改', 整改期限: d(20) }, 9);
    await ok(h.id, '上报处理进度', 'kuangqufz', { 处理进度: '已立案', 整改方案: '整改方案' }, 10);
    await refused(h.id, '处理问题', 'kuangqufz', { 问题编号: 'W9', 处理方式: '其他处理', 处理依据: 'x', 处理内容: 'x' }, 10, 'PROBLEM_NOT_TRANSFERRED', /不是飞行检查移交的问题/);
    const penal = await ok(h.id, '处理问题', 'kuangqufz', { 问题编号: 'W1', 处理方式: '行政处罚', 处理内容: '立案查处', 处理认定金额Fen: 1_000_000 }, 10);
    expect(penal.spawned).toHaveLength(1);
    expect(await service.get(penal.spawned[0]!)).toMatchObject({ procedure: { id: 'xzcf-putong' }, jurisdiction: { path: '山西省/阳泉市/矿区' }, facts: { 来源: '飞行检查', 问题编号: 'W1' } });
    await refused(h.id, '处理完结', 'kuangqufz', { 完结说明: 'x' }, 10, 'PROBLEMS_UNHANDLED', /W2/);
    await ok(h.id, '处理问题', 'kuangqufz', { 问题编号: 'W2', 处理方式: '协议处理', 接收机关: '阳泉市医疗保障事务中心', 处理内容: '按协议扣减', 处理认定金额Fen: 50_000 }, 10);
    await ok(h.id, '登记整改情况', 'kuangqu1', { 问题编号: ['W1', 'W2'], 整改情况: '已整改', 核实情况: '已核实' }, 11);
    await ok(h.id, '处理完结', 'kuangqufz', { 完结说明: '处理完毕' }, 11);
    await refused(h.id, '报送处理报告', 'kuangqufz', { 书面报告: '报告', 与移交结果比较: '一致' }, 11, 'DIFFERENCE_NOT_DECLARED', /W2/);
    await refused(h.id, '报送处理报告', 'kuangqufz', { 书面报告: '报告', 与移交结果比较: '存在较大差异' }, 11, 'EXPLANATION_REQUIRED', /书面解释/);
    await ok(h.id, '报送处理报告', 'kuangqufz', { 书面报告: '报告', 与移交结果比较: '存在较大差异', 书面解释: 'W2 部分收费有依据' }, 11);
    expect((await service.get(h.id)).closed).toBe(true);

    // back at the organiser: 约谈, 整改, 回头看, 归档
    await ok(c.id, '飞行检查约谈', 'fuze', { 约谈对象: [{ 名称: '某某医院', 类别: '被检查对象' }], 问题性质: ['普遍性'], 约谈记录: '约谈' }, 12);
    s = await service.get(c.id);
    expect(deadline(s, '约谈整改期限')).toMatchObject({ start: d(12), amount: periods.get('约谈整改期限').amount, unit: '工作日' });
    await refused(c.id, '检查归档', 'fuze', { 归档说明: 'x' }, 12, 'INTERVIEW_RECTIFICATION_PENDING', /15个工作日/);
    await refused(c.id, '上报整改措施', 'zhifa1', { 整改措施: 'x', 整改情况: 'x' }, 13, 'SELF_CHECK_REQUIRED', /自查自纠/);
    await ok(c.id, '上报整改措施', 'zhifa1', { 整改措施: '整改措施', 整改情况: '已整改', 自查自纠情况: '矿区已组织辖区定点医药机构自查自纠' }, 13);
    const back = await ok(c.id, '发起回头看', 'fuze', { 回头看事项: '整改落实情况' }, 13);
    expect(await service.get(back.spawned[0]!)).toMatchObject({ procedure: { id: 'fxjc' }, state: '待启动', facts: { 回头看: c.id } });
    await ok(c.id, '检查归档', 'fuze', { 归档说明: '归档' }, 13);
    s = await service.get(c.id);
    expect(s).toMatchObject({ state: '已归档', closed: true, links: { children: [h.id, back.spawned[0]] } });
    expect((await listEvents(ts.store, { caseId: c.id })).map((e) => e.step)).toContain('移交材料');
  });

  it('a 年度工作计划 inspection draws its targets and officers at random unless the reason is recorded (第十一条第一款)', async () => {
    const c = await open('fxjc');
    await ok(c.id, '启动飞行检查', 'fuze', { 启动情形: '年度工作计划安排的', 情形说明: '2026年度计划', 被检地部门: '山西省/阳泉市/矿区' }, 0);
    const team = { 组长: 'zhifa1', officers, 其他成员: [{ 姓名: '某会计', 单位: '某会计师事务所', 专业: '财务', 身份: '第三方机构专业人员' }], 被检查对象: [{ 名称: '某某医院', 类别: '定点医药机构' }] };
    await refused(c.id, '组建检查组', 'fuze', team, 0, 'NOT_DRAWN', /双随机/);
    await ok(c.id, '飞行检查双随机抽取', 'zhifa1', { 检查对象名录: ['甲医院', '乙医院', '丙药店'], 抽取对象数: 1, 抽取人员数: 2, seed: 'fxjc-2026' }, 0);
    const s = await service.get(c.id);
    expect(s.draw!.inspectors).toHaveLength(2);
    await ok(c.id, '组建检查组', 'fuze', { ...team, 组长: s.draw!.inspectors[0], officers: s.draw!.inspectors, 被检查对象: s.draw!.targets.map((t) => ({ 名称: t, 类别: '定点医药机构' })) }, 0);
  });
});

const REPORTER = { 姓名或名称: '举报人甲', 证件类型: '居民身份证', 证件号码: testIdNumber(71), 电话: '13900000000' };
const REGISTER = {
  接收渠道: '电话', 非书面举报记录: '来电称某某医院串换项目', 实名: true, 举报人类型: '自然人', 举报人: REPORTER,
  被举报人: [{ 名称: '某某医院', 类别: '定点医疗机构' }], 被举报行为发生地: '山西省/阳泉市/矿区', 所涉基金: ['基本医疗保险（含生育保险）基金'], 举报内容: '某某医院串换诊疗项目',
};

/** The penalty lead from 线索核查 to a decision of the given kind. */
async function decide(lead: string, kind: '行政处罚' | '违法事实不能成立', n: number): Promise<void> {
  await ok(lead, '调查取证', 'zhifa1', { officers, 取证内容: '询问', attachments: [attachment('笔录或证据')] }, n);
  await ok(lead, '调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, n);
  await ok(lead, '法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, n);
  if (kind === '违法事实不能成立') {
    await ok(lead, '决定', 'fuze', { 类型: kind, measures: [], 理由: '经调查违法事实不能成立' }, n);
    return;
  }
  const c = await service.get(lead);
  const { minimumChoices } = await import('../law/index.js');
  const measures = minimumChoices(c.penalty.decision!);
  await ok(lead, '告知', 'zhifa1', { officers, measures, 告知书送达日期: d(n) }, n);
  await ok(lead, '放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, n);
  await ok(lead, '放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, n);
  await ok(lead, '决定', 'fuze', { 类型: '行政处罚', measures }, n + 1);
}

describe('举报处理 (医疗保障基金使用监督管理举报处理暂行办法)', () => {
  it('a real-name report: registered sealed, turned into a lead, the reporter told within 5 working days of 立案, verified, rewarded', async () => {
    const c = await open('jbcl');
    await refused(c.id, '登记举报', 'zhifa1', { ...REGISTER, 非书面举报记录: undefined }, 0, 'ORAL_REPORT_NOT_RECORDED', /第七条/);
    await refused(c.id, '登记举报', 'zhifa1', { ...REGISTER, 举报人: { 姓名或名称: '举报人甲', 电话: '13900000000' } }, 0, 'REAL_NAME_INCOMPLETE', /第八条第一款/);
    const reg = await ok(c.id, '登记举报', 'zhifa1', REGISTER, 0);
    expect(JSON.stringify(reg.event.inputs)).not.toContain('举报人甲');
    expect((await service.show(c.id, 'zhifa1')).sealed).toMatchObject({ 举报人: REPORTER });
    expect((await service.show(c.id, 'zhifa3')).sealed).toBeUndefined(); // 与办理举报工作无关的人员 (第十六条第一款)
    const lead = await ok(c.id, '转为线索', 'zhifa1', { 处理意见: '转稽核执法' }, 2);
    const leadId = lead.spawned[0]!;
    const l = await service.get(leadId);
    expect(l).toMatchObject({ procedure: { id: 'xzcf-putong' }, facts: { 来源: '举报', 举报案件: c.id } });
    expect(deadline(l, '线索核查期限')!.start).toBe(d(0)); // from the day the report came in
    await refused(c.id, '告知立案情况', 'zhifa1', { 告知方式: '电话', 告知内容: '已立案' }, 2, 'LEAD_NOT_DECIDED', /5个工作日/);
    await ok(leadId, '线索核查', 'zhifa1', { 核查意见: '属实' }, 3);
    await ok(leadId, '立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [HOSPITAL] }, 3);
    let s = await service.get(c.id);
    expect(s.facts['立案决定']).toMatchObject({ 案件: leadId, 步骤: '立案', 日期: d(3) });
    expect(deadline(s, '实名举报告知期限')).toMatchObject({ start: d(3), amount: periods.get('实名举报告知期限').amount, unit: '工作日', status: 'open' });
    expect((await listEvents(ts.store, { caseId: c.id })).map((e) => e.step)).toContain('关联案件进展');
    await refused(c.id, '举报办结', 'fuze', { 办结情况: 'x' }, 3, 'LEAD_OPEN', /尚未办结/);
    await ok(c.id, '告知立案情况', 'zhifa1', { 告知方式: '电话', 告知内容: '已立案调查' }, 4);
    expect(deadline(await service.get(c.id), '实名举报告知期限')!.status).toBe('met');
    await refused(c.id, '转入奖励', 'fuze', { 说明: 'x' }, 4, 'REPORT_NOT_VERIFIED', /尚未作出处理决定/);
    await decide(leadId, '行政处罚', 4);
    s = await service.get(c.id);
    expect(s.facts['处理决定']).toMatchObject({ 案件: leadId, 决定类型: '行政处罚' });
    await refused(c.id, '撤回举报', 'zhifa1', { 撤回方式: '书面', 说明: 'x' }, 5, 'ALREADY_DECIDED', /作出处理决定前/);
    const reward = await ok(c.id, '转入奖励', 'fuze', { 说明: '查实' }, 5);
    const r = await service.get(reward.spawned[0]!);
    expect(r).toMatchObject({ procedure: { id: 'xzjl', version: 3 }, facts: { 举报案件: c.id } });
    expect((await service.show(r.id, 'jiangli')).sealed).toMatchObject({ 举报人: REPORTER });
    await ok(r.id, '受理转入举报', 'jiangli', { 受理意见: '受理' }, 5);
    expect((await service.get(r.id)).state).toBe('核查中');
    await refused(c.id, '转入奖励', 'fuze', { 说明: 'x' }, 5, 'ALREADY_REWARDED', /第二十一条/);
  });

  it('a report found untrue: no reward, the result told, 办结 when the lead closes, 归档 within 5 working days', async () => {
    const c = await open('jbcl');
    await ok(c.id, '登记举报', 'zhifa1', REGISTER, 0);
    const leadId = (await ok(c.id, '转为线索', 'zhifa1', { 处理意见: '转稽核执法' }, 0)).spawned[0]!;
    await ok(leadId, '线索核查', 'zhifa1', { 核查意见: '属实' }, 1);
    await ok(leadId, '立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [HOSPITAL] }, 1);
    await ok(c.id, '告知立案情况', 'zhifa1', { 告知方式: '短信', 告知内容: '已立案' }, 1);
    await decide(leadId, '违法事实不能成立', 2);
    await refused(c.id, '转入奖励', 'fuze', { 说明: 'x' }, 2, 'REPORT_NOT_VERIFIED', /违法事实不能成立/);
    await ok(leadId, '送达', 'zhifa1', { 送达方式: '直接送达', attachments: [attachment('送达回证')] }, 3);
    await ok(leadId, '结案', 'fuze', { 执行结果: '无须执行', 结案报告: '违法事实不能成立，无须执行，结案' }, 3);
    const s = await service.get(c.id);
    expect(s.facts['线索办结']).toMatchObject({ 案件: leadId });
    await ok(c.id, '告知处理结果', 'zhifa1', { 告知依据: '本局举报处理工作规定第十条', 告知方式: '书面', 告知内容: '违法事实不能成立' }, 4);
    await ok(c.id, '举报办结', 'fuze', { 办结情况: '办结' }, 4);
    expect(deadline(await service.get(c.id), '举报归档期限')).toMatchObject({ start: d(4), amount: periods.get('举报归档期限').amount, unit: '工作日' });
    await ok(c.id, '立卷归档', 'zhifa1', { 卷宗: '举报登记表、告知记录', 档案编号: 'JB-2026-001' }, 5);
    expect(await service.get(c.id)).toMatchObject({ state: '已归档', closed: true });
  });

  it('sent down to the department of the place, with the reporter still sealed; a dispute goes to the common parent after 7 working days', async () => {
    const c = await open('jbcl');
    await ok(c.id, '登记举报', 'zhifa1', REGISTER, 0);
    await refused(c.id, '分送下级部门', 'zhifa1', { 下级部门: '山西省/阳泉市/城区', 分送说明: 'x' }, 0, 'REPORT_OUTSIDE_AUTHORITY', /第九条第一款/);
    await ok(c.id, '分送同级机构', 'zhifa1', { 同级机构: '基金监管科', 分送说明: '请处理' }, 0);
    await refused(c.id, '分送下级部门', 'zhifa1', { 下级部门: '山西省/阳泉市/矿区', 分送说明: 'x' }, 0, 'NO_ONWARD_TRANSFER', /不得自行移送/);
    await ok(c.id, '退回统一接收机构', 'zhifa1', { 理由: '不具备处理权限' }, 0);
    const sent = await ok(c.id, '分送下级部门', 'zhifa1', { 下级部门: '山西省/阳泉市/矿区', 分送说明: '属地处理' }, 0);
    const k = await service.get(sent.spawned[0]!);
    expect(k).toMatchObject({ procedure: { id: 'jbcl' }, jurisdiction: { path: '山西省/阳泉市/矿区' }, facts: { 转来: true, 转来案件: c.id } });
    await ok(k.id, '接收转来举报', 'kuangqu1', { 接收意见: '接收' }, 1);
    expect((await service.show(k.id, 'kuangqu1')).sealed).toMatchObject({ 举报人: REPORTER });
    expect((await service.show(k.id, 'kuangqu2')).sealed).toBeUndefined();
    await ok(k.id, '发生权限争议', 'kuangqufz', { 争议部门: '山西省/阳泉市/城区', 争议情况: '发生地在两区交界' }, 1);
    expect(deadline(await service.get(k.id), '权限争议协商期限')).toMatchObject({ amount: periods.get('举报处理权限争议协商期限').amount, unit: '工作日' });
    await refused(k.id, '转为线索', 'kuangqu1', { 处理意见: 'x' }, 1, 'JURISDICTION_DISPUTE', /第十条/);
    await refused(k.id, '指定处理部门', 'fuze', { 指定: '本部门', 理由: 'x' }, 2, 'DISPUTE_NEGOTIATING', /7个工作日/);
    await refused(k.id, '指定处理部门', 'chengqufz', { 指定: '本部门', 理由: 'x' }, 12, 'NOT_COMMON_PARENT', /山西省\/阳泉市/);
    await ok(k.id, '指定处理部门', 'fuze', { 指定: '本部门', 理由: '发生地在矿区' }, 12);
    await ok(k.id, '转为线索', 'kuangqu1', { 处理意见: '转稽核执法' }, 12);
  });

  it('not a report (第二十五条), and a report outside the department\'s authority told where to go (第九条第二款)', async () => {
    const a = await open('jbcl');
    await ok(a.id, '不按举报处理', 'zhifa1', { 来件性质: '政府信息公开申请', 告知途径: '请通过政府信息公开渠道申请' }, 0);
    expect((await service.get(a.id)).state).toBe('不予处理');
    const b = await open('jbcl');
    await ok(b.id, '登记举报', 'zhifa1', { ...REGISTER, 被举报行为发生地: '山西省/太原市' }, 0);
    await refused(b.id, '转为线索', 'zhifa1', { 处理意见: 'x' }, 0, 'REPORT_OUTSIDE_AUTHORITY', /第九条第一款/);
    await ok(b.id, '告知向有权部门提出', 'zhifa1', { 有权处理的部门: '太原市医疗保障局', 告知方式: '电话', 告知内容: '请向太原市医疗保障局举报' }, 0);
    expect((await service.get(b.id)).closed).toBe(true);
  });
});

describe('涉密, 典型案例, 统计 and 年度报告 of 举报 (举报处理暂行办法 第十六条第二款、第三款, 第十七条, 第十九条, 第二十条)', () => {
  const PERSON_REPORTED = { 名称: '赵某某', 类别: '参保个人' };

  it('material marked 涉密: who and when in the record, withheld from outsiders and exports, never a 典型案例 nor published', async () => {
    const c = await open('jbcl');
    await refused(c.id, '标记涉密', 'zhifa1', { 涉密类别: '国家秘密', 涉密材料: ['举报内容'], 理由: 'x' }, 0, 'NOT_REGISTERED', /第十六条第二款/);
    await ok(c.id, '登记举报', 'zhifa1', REGISTER, 0);
    const leadId = (await ok(c.id, '转为线索', 'zhifa1', { 处理意见: '转稽核执法' }, 1)).spawned[0]!;
    await ok(c.id, '标记涉密', 'fuze', { 涉密类别: '公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息', 涉密材料: ['举报内容', '非书面举报记录'], 理由: '涉及重大案件线索' }, 2);
    // the lead opened from it carries a copy of the 举报内容: withheld as the report's is, from exports and from those who handle neither
    expect((await service.get(leadId)).facts['举报内容']).toBe(REGISTER.举报内容);
    expect((await service.exportable(leadId)).facts['举报内容']).toBe(WITHHELD);
    expect((await service.show(leadId, 'zhifa3')).facts['举报内容']).toBe(WITHHELD);
    expect((await service.show(leadId, 'zhifa1')).facts['举报内容']).toBe(REGISTER.举报内容);
    expect(JSON.stringify(await service.exportable(leadId))).not.toContain(REGISTER.举报内容);
    const s = await service.get(c.id);
    expect(s.report!.classified).toEqual({ kind: '公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息', materials: ['举报内容', '非书面举报记录'], by: 'fuze', date: d(2) });
    const marked = (await listEvents(ts.store, { caseId: c.id })).find((e) => e.step === '标记涉密')!;
    expect(marked.actor).toBe('fuze');
    // the handlers see it; an officer of the same bureau who does not handle it, and an export, do not
    expect((await service.show(c.id, 'zhifa1')).data['登记举报']!['举报内容']).toBe(REGISTER.举报内容);
    const outsider = await service.show(c.id, 'zhifa3');
    expect(outsider.data['登记举报']).toMatchObject({ 举报内容: WITHHELD, 非书面举报记录: WITHHELD, 接收渠道: '电话' });
    expect(JSON.stringify(outsider)).not.toContain(REGISTER.举报内容);
    expect(JSON.stringify(withoutClassified(s))).not.toContain(REGISTER.非书面举报记录);
    // the record as the case file shows it to an outsider: the 登记's marked fields withheld, other steps as they are
    const registered = (await listEvents(ts.store, { caseId: c.id })).find((e) => e.step === '登记举报')!;
    expect(withheldInput(s, '登记举报', registered.inputs as Record<string, unknown>)).toMatchObject({ 举报内容: WITHHELD, 接收渠道: '电话' });
    expect(withheldInput(s, '标记涉密', marked.inputs as Record<string, unknown>)).toBe(marked.inputs);
    await refused(c.id, '标记典型案例', 'fuze', { 案例标题: 'x', 社会影响: 'x' }, 2, 'REPORT_CLASSIFIED', /第十六条第二款/);
    await refused(c.id, '公开前保密审查', 'zhifa1', { 商业秘密: '不涉及', 个人隐私: '不涉及', 公开文本: 'x' }, 2, 'REPORT_CLASSIFIED', /第十六条第二款/);
    await refused(c.id, '发布典型案例', 'fuze', { 发布说明: 'x' }, 2, 'REPORT_CLASSIFIED', /不得在公示门户公布/);
  });

  it('a verified report marked a 典型案例 is published only after the 商业秘密/个人隐私 review, with the masked text; marked 涉密 later, it leaves the portal', async () => {
    const c = await open('jbcl');
    await ok(c.id, '登记举报', 'zhifa1', { ...REGISTER, 被举报人: [...REGISTER.被举报人, PERSON_REPORTED] }, 0);
    const leadId = (await ok(c.id, '转为线索', 'zhifa1', { 处理意见: '转稽核执法' }, 0)).spawned[0]!;
    await refused(c.id, '标记典型案例', 'fuze', { 案例标题: '某某医院串换诊疗项目案', 社会影响: '媒体广泛报道' }, 0, 'REPORT_NOT_VERIFIED', /第二十条/);
    await ok(leadId, '线索核查', 'zhifa1', { 核查意见: '属实' }, 1);
    await ok(leadId, '立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [HOSPITAL] }, 1);
    await decide(leadId, '行政处罚', 2);
    await ok(c.id, '标记典型案例', 'fuze', { 案例标题: '某某医院串换诊疗项目案', 社会影响: '媒体广泛报道' }, 4);
    await refused(c.id, '发布典型案例', 'fuze', { 发布说明: '公布' }, 4, 'DISCLOSURE_NOT_REVIEWED', /第十六条第三款/);
    const text = '某医院串换诊疗项目，骗取医保基金，依法处罚。';
    await refused(c.id, '公开前保密审查', 'zhifa1', { 商业秘密: '不涉及', 个人隐私: '涉及，已遮蔽', 公开文本: text }, 4, 'MASKING_NOT_STATED', /遮蔽/);
    await refused(c.id, '公开前保密审查', 'zhifa1', { 商业秘密: '不涉及', 个人隐私: '涉及，已遮蔽', 遮蔽说明: '隐去参保人姓名', 公开文本: `${text}参保人赵某某配合串换。` }, 4, 'PRIVACY_NOT_MASKED', /赵某某/);
    await ok(c.id, '公开前保密审查', 'zhifa1', { 商业秘密: '涉及，已遮蔽', 个人隐私: '涉及，已遮蔽', 遮蔽说明: '隐去医院名称和参保人姓名', 公开文本: text }, 4);
    expect(publicTypicalCase(await service.get(c.id), '阳泉市医疗保障局')).toBeNull(); // reviewed, not yet published
    await ok(c.id, '发布典型案例', 'fuze', { 发布说明: '公布' }, 5);
    expect(publicTypicalCase(await service.get(c.id), '阳泉市医疗保障局')).toEqual({ caseId: c.id, title: '某某医院串换诊疗项目案', text, publishedAt: d(5), bureau: '阳泉市医疗保障局' });
    await refused(c.id, '发布典型案例', 'fuze', { 发布说明: '再次公布' }, 5, 'ALREADY_PUBLISHED', /已于/);
    await ok(c.id, '标记涉密', 'fuze', { 涉密类别: '国家秘密', 涉密材料: ['证据材料'], 理由: '经定密' }, 6);
    expect(publicTypicalCase(await service.get(c.id), '阳泉市医疗保障局')).toBeNull();
  });

  it('statistics of 举报 by month, 渠道, 被举报人类型 and 处理结果, a report sent on counted once where it came in (第十七条)', async () => {
    const a = await open('jbcl');
    await ok(a.id, '登记举报', 'zhifa1', REGISTER, 0);
    const k = (await ok(a.id, '分送下级部门', 'zhifa1', { 下级部门: '山西省/阳泉市/矿区', 分送说明: '属地处理' }, 0)).spawned[0]!;
    await ok(k, '接收转来举报', 'kuangqu1', { 接收意见: '接收' }, 1);
    const b = await open('jbcl');
    await ok(b.id, '登记举报', 'zhifa1', { ...REGISTER, 接收渠道: '互联网', 非书面举报记录: undefined, 被举报人: [PERSON_REPORTED, { 名称: '某药店', 类别: '定点零售药店' }] }, 35);
    await ok(b.id, '不按举报处理', 'zhifa1', { 来件性质: '咨询', 告知途径: '请咨询经办机构' }, 35);
    const cases = await Promise.all([a.id, k, b.id].map((id) => service.get(id)));
    const st = reportStatistics(cases);
    const rows = (dim: string) => Object.fromEntries(st.groups.find((g) => g.dimension === dim)!.rows.filter((r) => r.count).map((r) => [r.label, r.cases]));
    expect(st.total).toBe(2);
    expect(rows('按期间（月）')).toEqual({ [d(0).slice(0, 7)]: [a.id], [d(35).slice(0, 7)]: [b.id] });
    expect(rows('按举报渠道')).toEqual({ 电话: [a.id], 互联网: [b.id] });
    expect(rows('按被举报人类型')).toEqual({ 定点医疗机构: [a.id], 参保个人: [b.id], 定点零售药店: [b.id] });
    expect(rows('按处理结果')).toEqual({ 分送或移交其他部门: [a.id], 不按举报处理: [b.id] });
    // the 矿区 alone counts the report it received, with the registration passed on to it
    const kq = reportStatistics([cases[1]!]);
    expect(kq.reports).toEqual([expect.objectContaining({ id: k, channel: '电话', receivedOn: d(0), outcome: '办理中' })]);
    expect(reportStatistics(cases, { from: d(1) }).reports.map((r) => r.id)).toEqual([b.id]);
  });

  it('the annual report: only a provincial bureau files it, of a past year, due 4月30日 of the next year by the registry; filed late is flagged (第十九条)', async () => {
    const city = await open('jbnb');
    await refused(city.id, '报送年度报告', 'fuze', { 年度: 2025, 报告内容: 'x', 报送方式: '书面报送' }, 0, 'NOT_PROVINCIAL', /省级/);
    const yearly = periods.annualDate('举报处理工作年度报告报送日期', d(0));
    const due2025 = `2026-${yearly.monthDay}`;
    expect(annualReportDue(periods, 2025).due).toBe(due2025);
    const p = await open('jbnb', '山西省', 'shengfz');
    await refused(p.id, '报送年度报告', 'shengfz', { 年度: 2026, 报告内容: 'x', 报送方式: '书面报送' }, 0, 'YEAR_NOT_ENDED', /上一年度/);
    await ok(p.id, '报送年度报告', 'shengfz', { 年度: 2025, 报告内容: '2025年度共接收举报若干件', 报送方式: '系统报送' }, 0);
    const filed = await service.get(p.id);
    expect(filed.annualReport).toMatchObject({ year: 2025, due: due2025, filedOn: d(0), by: 'shengfz', late: false });
    expect(filed.closed).toBe(true);
    const late = await open('jbnb', '山西省', 'shengfz');
    const after = Math.round((Date.parse(due2025) - Date.parse(d(0))) / 86_400_000) + 1; // the day after the due date
    await ok(late.id, '报送年度报告', 'shengfz', { 年度: 2024, 报告内容: '补报2024年度', 报送方式: '书面报送' }, after);
    expect((await service.get(late.id)).annualReport).toMatchObject({ year: 2024, due: annualReportDue(periods, 2024).due, late: true });
    const all = [filed, await service.get(late.id)];
    expect(annualReportStatus(periods, 2025, all, d(0))).toMatchObject({ filed: { caseId: p.id, late: false }, overdue: false });
    expect(annualReportStatus(periods, 2023, all, d(0))).toMatchObject({ filed: null, overdue: true });
  });
});

describe('the record replays these cases', () => {
  it('every case above — spawned cases, parents following their children, the sealed reporter, the draw — rebuilds from its events equal to what is stored', async () => {
    const r = await replayCases(ts.store, await realReplayOptions(ts.store));
    expect(r.firstBad).toBeUndefined();
    const spawned = await ts.store.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE parent_id IS NOT NULL');
    expect(spawned.rows[0]!.n).toBeGreaterThan(5);
    expect(r.cases).toBe(Number((await ts.store.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0]!.n));
    const follows = await ts.store.query<{ n: number }>("SELECT count(*)::int AS n FROM record_event WHERE step = '关联案件进展'");
    expect(follows.rows[0]!.n).toBeGreaterThan(0);
  });

  it('a sealed 举报人 changed in case_secrets, or a parent\'s recorded child progress changed in its body, is found', async () => {
    const options = await realReplayOptions(ts.store);
    const { rows } = await ts.store.query<{ case_id: string }>("SELECT s.case_id FROM case_secrets s JOIN record_event e ON e.case_id = s.case_id AND e.step = '登记举报' WHERE s.field = '举报人' ORDER BY s.case_id LIMIT 1");
    const reportCase = rows[0]!.case_id;
    const parent = (await ts.store.query<{ id: string }>("SELECT id FROM cases WHERE body->'facts' ? '立案决定' ORDER BY id LIMIT 1")).rows[0]!.id;
    class Rollback extends Error {}
    const tampered = async (sql: string, params: unknown[]) => {
      let result: Awaited<ReturnType<typeof replayCases>> | undefined;
      await ts.store
        .transaction(async (tx) => {
          await tx.query(sql, params);
          result = await replayCases(tx, options);
          throw new Rollback();
        })
        .catch((err: unknown) => {
          if (!(err instanceof Rollback)) throw err;
        });
      return result!;
    };
    const secret = await tampered(`UPDATE case_secrets SET value = jsonb_set(value, '{电话}', '"13800000000"') WHERE case_id = $1 AND field = '举报人'`, [reportCase]);
    expect(secret.firstBad).toMatchObject({ code: 'CASE_BODY_MISMATCH', caseId: reportCase, path: 'data.登记举报.举报人.sha256' });
    const progress = await tampered(`UPDATE cases SET body = jsonb_set(body, '{facts,立案决定,日期}', '"2020-01-01"') WHERE id = $1`, [parent]);
    expect(progress.firstBad).toMatchObject({ code: 'CASE_BODY_MISMATCH', caseId: parent, path: 'facts.立案决定.日期', stored: '2020-01-01' });
  });
});
