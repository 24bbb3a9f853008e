// 医疗保障行政处罚程序暂行规定 (局令第4号) 第五条至第二十八条 walked through the persisted
// service: the graded 回避 decisions (and the investigation going on while one is pending),
// the 线索核查 period and its single extension by the 主要负责人, and 先行登记保存 from approval
// to its decision, its release on refusal, its release by itself after 七个工作日, and the
// 封存 it opens. The refusals on the way are in testing/attacks.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../law/index.js';
import { openTestStore, type TestStore } from '../store/index.js';
import { listEvents } from './record/index.js';
import { realPorts, realReplayOptions } from './runtime.js';
import { replayCases } from './replay.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { ATTACK_USERS } from './testing/attacks.js';
import { insertDemoUsers } from './users.js';
import { testOrganisation, testPerson } from './testing/parties.js';
import { clock } from './testing/scenarios.js';
import { attachment, reviewPoints } from './testing/support.js';
import type { CaseState } from './engine/types.js';

let ts: TestStore;
let service: CaseService;
const at = clock('2026-03-02'); // a Monday
let now = at(0);
const officers = ['zhifa1', 'zhifa2'];
const HOSPITAL = testOrganisation('某某医院', '定点医疗机构', 71);
const ITEM = '000_650efb1eb094bc36#3';
const HELD = [{ 名称: '住院收费明细', 说明: '2025年全年' }];

beforeAll(async () => {
  ts = await openTestStore();
  await insertDemoUsers(ts.store);
  await insertDemoUsers(ts.store, ATTACK_USERS);
  service = new CaseService(ts.store, loadProcedures(), realPorts({ today: () => shanghaiDateOf(now) }));
}, 120_000);
afterAll(async () => ts.cleanup());

async function ok(id: string, step: string, as: string, input: Record<string, unknown>, n: number): Promise<CaseState> {
  now = at(n);
  const r = await service.act(id, step, as, input, now);
  if (!r.ok) throw new Error(`「${step}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
  return r.case;
}
async function refused(id: string, step: string, as: string, input: Record<string, unknown>, n: number, code: string) {
  now = at(n);
  const r = await service.act(id, step, as, input, now);
  expect(r.ok ? 'accepted' : r.refusal.code).toBe(code);
}
async function filed(): Promise<string> {
  now = at(0);
  const c = await service.open({ item: ITEM, actor: 'zhifa1', now });
  await ok(c.id, '线索核查', 'zhifa1', { 核查意见: '属实' }, 0);
  await ok(c.id, '立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [HOSPITAL] }, 0);
  return c.id;
}
const deadline = (c: CaseState, id: string) => c.deadlines.filter((x) => x.id === id).pop();

describe('回避 (暂行规定 第五条)', () => {
  it('a pending application stops nothing; each recusal is decided by its authority and recorded', async () => {
    const id = await filed();
    // 第五条第二款: the party applies against an officer, the 主要负责人 and a deputy
    for (const user of ['zhifa2', 'fuze', 'fuze2']) await ok(id, '申请回避', 'zhifa1', { user, 申请人: '某某医院', 理由: `认为${user}与本院有利害关系` }, 1);
    await refused(id, '申请回避', 'zhifa1', { user: 'zhifa2', 申请人: '某某医院', 理由: '再次申请' }, 1, 'RECUSAL_PENDING');
    // 决定作出前，不停止调查: zhifa2 still investigates, the 主要负责人 still approves
    let c = await ok(id, '调查取证', 'zhifa2', { officers, 取证内容: '询问院长', attachments: [attachment('笔录或证据')] }, 1);
    expect(c.recusals!.every((r) => !r.decision)).toBe(true);
    // the 主要负责人's recusal: by the heads in 集体讨论, not by him
    await refused(id, '回避决定', 'fuze', { user: 'fuze', 决定: '不予回避', 理由: '无利害关系' }, 2, 'RECUSAL_OWN_CASE');
    c = await ok(id, '回避决定', 'fuze2', { user: 'fuze', 决定: '不予回避', 理由: '经核实无经济往来', 集体讨论: { 参加人员: ['fuze2', 'fuze3'], 讨论结论: '不予回避' } }, 2);
    expect(c.recusals!.find((r) => r.user === 'fuze')!.decision).toMatchObject({ result: '不予回避', by: 'fuze2', date: at(2).slice(0, 10), collective: { attendees: ['fuze2', 'fuze3'], conclusion: '不予回避' } });
    // another head's: by the 主要负责人
    await refused(id, '回避决定', 'fuze3', { user: 'fuze2', 决定: '回避', 理由: 'x' }, 2, 'RECUSAL_DECIDER');
    c = await ok(id, '回避决定', 'fuze', { user: 'fuze2', 决定: '回避', 理由: '曾在该院任职' }, 2);
    expect(c.interests.map((i) => i.user)).toEqual(['fuze2']);
    // an officer's: by a head; once recused, out of every step
    c = await ok(id, '回避决定', 'fuze3', { user: 'zhifa2', 决定: '回避', 理由: '近亲属在该院任职' }, 2);
    expect(c.interests.map((i) => i.user)).toEqual(['fuze2', 'zhifa2']);
    await refused(id, '调查取证', 'zhifa2', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, 3, 'RECUSED');
    await refused(id, '回避决定', 'fuze', { user: 'zhifa2', 决定: '回避', 理由: '再次决定' }, 3, 'NO_RECUSAL_APPLICATION');
    // the record keeps each application and decision with who made it
    const events = (await listEvents(ts.store, { caseId: id })).filter((e) => e.step === '回避决定');
    expect(events.map((e) => [e.actor, (e.inputs as Record<string, unknown>)['user'], (e.inputs as Record<string, unknown>)['决定']])).toEqual([
      ['fuze2', 'fuze', '不予回避'],
      ['fuze', 'fuze2', '回避'],
      ['fuze3', 'zhifa2', '回避'],
    ]);
  });
});

describe('管辖 at 立案 (暂行规定 第九条、第十五条第一款第（三）项)', () => {
  const lead = async () => {
    now = at(0);
    const c = await service.open({ procedure: 'xzcf-putong', jurisdiction: '山西省/阳泉市', actor: 'zhifa1', now });
    await ok(c.id, '线索核查', 'zhifa1', { 核查意见: '属实' }, 0);
    return c.id;
  };
  const PERSON = testPerson('钱某', 72);
  it('the place of the violation, of treatment or of insurance within the bureau’s jurisdiction; a county’s place is within its city', async () => {
    const a = await lead();
    await refused(a, '立案', 'fuze', { officers, 案由: 'x', parties: [HOSPITAL], 违法行为发生地: '山西省/太原市' }, 0, 'NOT_COMPETENT');
    await refused(a, '立案', 'fuze', { officers, 案由: 'x', parties: [HOSPITAL], 违法行为发生地: '山西省/阳泉市/不存在区' }, 0, 'UNKNOWN_JURISDICTION');
    const c = await ok(a, '立案', 'fuze', { officers, 案由: 'x', parties: [HOSPITAL], 违法行为发生地: '山西省/阳泉市/矿区' }, 0);
    expect(c.data['立案']!['违法行为发生地']).toBe('山西省/阳泉市/矿区');
    // 异地就医: the place of treatment decides
    const b = await lead();
    await refused(b, '立案', 'fuze', { officers, 案由: 'x', parties: [PERSON], 异地就医: true }, 0, 'MISSING_INPUT');
    await refused(b, '立案', 'fuze', { officers, 案由: 'x', parties: [PERSON], 异地就医: true, 就医地: '山西省/太原市' }, 0, 'NOT_COMPETENT');
    await ok(b, '立案', 'fuze', { officers, 案由: 'x', parties: [PERSON], 异地就医: true, 就医地: '山西省/阳泉市/城区', 参保地: '山西省/太原市' }, 0);
    // only the insured person broke the rules: the place of insurance decides, and the party is an insured person
    const d = await lead();
    await refused(d, '立案', 'fuze', { officers, 案由: 'x', parties: [HOSPITAL], 仅参保人员违法: true, 参保地: '山西省/阳泉市' }, 0, 'INVALID_INPUT');
    await refused(d, '立案', 'fuze', { officers, 案由: 'x', parties: [PERSON], 异地就医: true, 就医地: '山西省/阳泉市', 仅参保人员违法: true, 参保地: '山西省/太原市' }, 0, 'NOT_COMPETENT');
    await ok(d, '立案', 'fuze', { officers, 案由: 'x', parties: [PERSON], 仅参保人员违法: true, 参保地: '山西省/阳泉市/郊区' }, 0);
  });
});

describe('移送 (暂行规定 第十二条第一款)', () => {
  it('a case that belongs to another authority is sent to it, named, and ends there', async () => {
    const id = await filed();
    await ok(id, '调查取证', 'zhifa1', { officers, 取证内容: '询问', attachments: [attachment('笔录或证据')] }, 1);
    await ok(id, '调查终结', 'zhifa2', { officers, 调查终结报告: '涉嫌违反价格管理规定', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 }, facts: { amounts: { defraudedFen: 1_000_000 }, flags: [], actEnded: '2026-01-31', discovered: '2026-02-20' } }, 1);
    await ok(id, '法制审核', 'fazhi', { 结论: '同意', 审核意见: '应移送市场监管部门', 审核事项: reviewPoints() }, 1);
    await refused(id, '决定', 'fuze', { 类型: '移送其他行政管理部门', 理由: '属价格违法' }, 2, 'MISSING_INPUT');
    const c = await ok(id, '决定', 'fuze', { 类型: '移送其他行政管理部门', 移送机关: '阳泉市市场监督管理局', 理由: '属价格违法' }, 2);
    expect(c.state).toBe('已移送');
    expect(c.penalty.decided).toMatchObject({ kind: '移送其他行政管理部门', referralTo: '阳泉市市场监督管理局', date: '2026-03-04' });
  });
});

describe('登记证据 (暂行规定 第十八条至第二十三条)', () => {
  const COPY = { 名称: '住院收费明细复印件', 种类: '书证', 收集方式: '复制', 原件: false, 与原件核对一致: true, 取证日期: '2026-03-03', 证据出处: '某某医院财务科', 提供人签章: true };
  const VIDEO = { 名称: '现场录像', 种类: '视听资料', 收集方式: '录像', 原件: false, 制作方法: '从执法记录仪导出', 制作时间: '2026-03-03', 制作人: '张执法', 提供人签章: true, 声音资料: true, 文字记录: '（录像中的对话）' };
  const DATA = { 名称: '结算明细', 种类: '电子数据', 收集方式: '从信息系统调取数据', 取证方式: '拷贝复制', 制作方法: '导出为 CSV 并计算哈希', 制作时间: '2026-03-03', 制作人: '李执法', 辅助人员: [{ 姓名: '某工程师', 身份: '市医保信息中心', 所做工作: '导出结算数据' }] };
  const FROM_INSPECTION = { 名称: '检查笔录', 种类: '现场笔录', 收集方式: '现场检查', 来源: '监督检查', 来源机关: '阳泉市医疗保障局', 取证日期: '2026-02-20' };
  const FROM_REFERRAL = { 名称: '移送的询问笔录', 种类: '当事人的陈述', 收集方式: '询问', 来源: '其他部门移送', 来源机关: '阳泉市卫生健康委员会' };

  it('each piece with its kind, how it was collected and where from; a copy says what the article asks', async () => {
    const id = await filed();
    const c = await ok(id, '登记证据', 'zhifa1', { officers, 证据: [COPY, VIDEO, DATA, FROM_INSPECTION, FROM_REFERRAL] }, 2);
    const kept = c.data['登记证据']!['证据'] as Array<Record<string, unknown>>;
    expect(kept.map((e) => [e['种类'], e['来源']])).toEqual([['书证', '本案调查'], ['视听资料', '本案调查'], ['电子数据', '本案调查'], ['现场笔录', '监督检查'], ['当事人的陈述', '其他部门移送']]);
    const refusedFor = async (piece: Record<string, unknown>, says: RegExp) => {
      now = at(3);
      const r = await service.act(id, '登记证据', 'zhifa1', { officers, 证据: [piece] }, now);
      expect(r.ok ? 'accepted' : r.refusal.code).toBe('INVALID_INPUT');
      if (!r.ok) expect(r.refusal.message).toMatch(says);
    };
    await refusedFor({ ...COPY, 种类: '证明' }, /证据种类应为：书证、物证、视听资料/); // 第十九条第一款
    await refusedFor({ ...COPY, 证据出处: undefined }, /第二十一条/);
    await refusedFor({ ...COPY, 提供人签章: false }, /第二十一条/);
    await refusedFor({ ...VIDEO, 制作人: undefined }, /第二十二条/);
    await refusedFor({ ...VIDEO, 文字记录: undefined }, /文字记录.*第二十二条/);
    await refusedFor({ ...DATA, 取证方式: undefined }, /第二十三条第三款/);
    await refusedFor({ ...DATA, 制作时间: undefined }, /拷贝复制.*第二十三条第三款/);
    await refusedFor({ ...FROM_REFERRAL, 来源机关: undefined }, /移送机关.*第十九条/);
    await refusedFor({ ...COPY, 收集方式: undefined }, /收集方式/);
    // an original needs none of a copy's notes
    await ok(id, '登记证据', 'zhifa2', { officers, 证据: [{ 名称: '处方原件', 种类: '书证', 收集方式: '调取材料', 原件: true }] }, 3);
  });
});

describe('第三方协助 (暂行规定 第十八条第一款第（五）项)', () => {
  it('the firm, its people, what they help with and when are recorded', async () => {
    const id = await filed();
    const help = { 机构类型: '会计师事务所', 机构名称: '某某会计师事务所', 人员: [{ 姓名: '某会计师', 资质或职务: '注册会计师' }], 协助内容: '核对2025年度医保结算账目', 开始日期: '2026-03-03', 结束日期: '2026-03-02' };
    await refused(id, '第三方协助', 'zhifa1', help, 1, 'INVALID_INPUT');
    await refused(id, '第三方协助', 'zhifa1', { ...help, 机构类型: '朋友', 结束日期: '2026-03-10' }, 1, 'INVALID_INPUT');
    const c = await ok(id, '第三方协助', 'zhifa1', { ...help, 结束日期: '2026-03-10' }, 1);
    expect(c.data['第三方协助']).toMatchObject({ 机构名称: '某某会计师事务所', 人员: [{ 姓名: '某会计师', 资质或职务: '注册会计师' }], 开始日期: '2026-03-03', 结束日期: '2026-03-10' });
    expect(c.history.at(-1)).toMatchObject({ step: '第三方协助', actor: 'zhifa1' });
  });
});

describe('专家评审 (暂行规定 第二十五条)', () => {
  it('experts and what they review are recorded; their days are not counted in the 办案期限', async () => {
    const id = await filed();
    const before = deadline(await service.get(id), '办案期限')!;
    expect(before).toMatchObject({ start: '2026-03-02', amount: 90, due: '2026-06-01' }); // 05-31 is a Sunday: the next working day
    await refused(id, '组织专家评审', 'zhifa1', { 专家: [], 评审内容: '住院病历' }, 1, 'INVALID_INPUT');
    await ok(id, '组织专家评审', 'zhifa1', { 专家: [{ 姓名: '某专家', 单位: '某三甲医院', 专业: '临床医学' }], 评审内容: '住院病历20份的诊疗是否必要' }, 2);
    const c = await ok(id, '专家评审意见', 'zhifa1', { 评审意见: '其中12份无住院指征' }, 11);
    expect(c.pauses).toEqual([{ kind: '专家评审', from: '2026-03-04', to: '2026-03-13' }]);
    // the ten days of the review (03-04 to 03-13) are added to the ninety
    expect(deadline(c, '办案期限')!.due).toBe('2026-06-10');
    expect(c.data['组织专家评审']!['专家']).toEqual([{ 姓名: '某专家', 单位: '某三甲医院', 专业: '临床医学' }]);
  });
});

describe('线索核查 (暂行规定 第十四条)', () => {
  it('fifteen working days from the lead; once fifteen more on the 主要负责人’s approval', async () => {
    now = at(0);
    const c0 = await service.open({ item: ITEM, actor: 'zhifa1', now });
    const d0 = deadline(c0, '线索核查期限')!;
    expect(d0).toMatchObject({ start: '2026-03-02', amount: 15, unit: '工作日', due: '2026-03-23' }); // the day of discovery not counted (第五十八条)
    await ok(c0.id, '线索核查', 'zhifa1', { 核查意见: '属实' }, 1);
    await ok(c0.id, '申请延期', 'zhifa1', { 期限: '线索核查期限', 延长: 15, 理由: '涉及多家机构' }, 2);
    await refused(c0.id, '批准延期', 'fuze2', { 期限: '线索核查期限', 审批意见: '同意' }, 2, 'ROLE');
    const c = await ok(c0.id, '批准延期', 'fuze', { 期限: '线索核查期限', 审批意见: '同意' }, 2);
    expect(deadline(c, '线索核查期限')).toMatchObject({ extended: 15, due: '2026-04-14' }); // thirty working days: 清明 (Monday 04-06) is not one
    expect(c.extensions[0]).toMatchObject({ deadline: '线索核查期限', amount: 15, approvedBy: 'fuze' });
    // day 30 (2026-04-01): past the fifteen, within the thirty
    const filedLate = await ok(c0.id, '立案', 'fuze', { officers, 案由: 'x', parties: [HOSPITAL] }, 30);
    expect(deadline(filedLate, '线索核查期限')!.status).toBe('met');
  });
});

describe('先行登记保存 (暂行规定 第二十六条至第二十八条)', () => {
  it('approved by a head, decided within seven working days: 决定予以封存 opens the 封存 procedure', async () => {
    const id = await filed();
    let c = await ok(id, '先行登记保存', 'zhifa1', { officers, 证据: HELD, 批准人: 'fuze2' }, 1);
    expect(deadline(c, '先行登记保存处理期限')).toMatchObject({ amount: 7, unit: '工作日', start: '2026-03-03', due: '2026-03-12', status: 'open' });
    expect(deadline(c, '当场先行登记保存报告期限')).toBeUndefined();
    c = await ok(id, '先行登记保存处理', 'zhifa2', { officers, 处理措施: '决定予以封存', 说明: '资料可能被转移' }, 3);
    expect(deadline(c, '先行登记保存处理期限')!.status).toBe('met');
    expect(c.links.children).toHaveLength(1);
    const sealing = await service.get(c.links.children[0]!);
    expect(sealing.procedure.id).toBe('xzqz-fengcun');
    expect(sealing.links.parent).toBe(id);
    await refused(id, '先行登记保存处理', 'zhifa2', { officers, 处理措施: '解除先行登记保存', 说明: '再次处理' }, 4, 'EVIDENCE_HOLD_ENDED');
  });

  it('urgent: reported within 24 hours; the head’s refusal releases it at once', async () => {
    const id = await filed();
    let c = await ok(id, '先行登记保存', 'zhifa1', { officers, 证据: HELD, 情况紧急: true }, 1);
    expect(deadline(c, '当场先行登记保存报告期限')).toMatchObject({ amount: 24, unit: '小时', status: 'open' });
    now = at(1).replace('T10:', 'T20:');
    const r = await service.act(id, '补办先行登记保存批准', 'fuze', { 审批意见: '不应采取', 同意: false }, now);
    if (!r.ok) throw new Error(r.refusal.message);
    c = r.case;
    expect(deadline(c, '当场先行登记保存报告期限')!.status).toBe('met');
    expect(deadline(c, '先行登记保存处理期限')!.status).toBe('closed');
    expect(c.facts.evidenceHoldReleased).toBe('2026-03-03');
    await refused(id, '先行登记保存处理', 'zhifa2', { officers, 处理措施: '证据保全（记录、复制、拍照、录像）', 说明: 'x' }, 2, 'EVIDENCE_HOLD_ENDED');
  });

  it('证据保全: copies and photographs of the held evidence join the case file', async () => {
    const id = await filed();
    await ok(id, '先行登记保存', 'zhifa1', { officers, 证据: HELD, 批准人: 'fuze' }, 1);
    const c = await ok(id, '先行登记保存处理', 'zhifa1', { officers, 处理措施: '证据保全（记录、复制、拍照、录像）', 说明: '复制收费明细并拍照', attachments: [attachment('收费明细复制件')] }, 2);
    expect(deadline(c, '先行登记保存处理期限')!.status).toBe('met');
    expect(c.attachments.filter((a) => a.step === '先行登记保存处理').map((a) => a.name)).toEqual(['收费明细复制件']);
    expect(c.links.children).toEqual([]);
  });

  it('违法事实不能成立: the evidence still held is released with the decision', async () => {
    const id = await filed();
    await ok(id, '先行登记保存', 'zhifa1', { officers, 证据: HELD, 批准人: 'fuze' }, 1);
    await ok(id, '调查终结', 'zhifa2', { officers, 调查终结报告: '证据不足', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['住院收费明细'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 }, facts: { amounts: { defraudedFen: 1_000_000 }, flags: [], actEnded: '2026-01-31', discovered: '2026-02-20' } }, 2);
    await ok(id, '法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, 2);
    const c = await ok(id, '决定', 'fuze', { 类型: '违法事实不能成立', 理由: '现有证据不能证明串换项目' }, 3);
    expect(deadline(c, '先行登记保存处理期限')).toMatchObject({ status: 'closed' });
    expect(c.facts.evidenceHoldReleased).toBe('2026-03-05');
  });

  it('终止调查 releases the evidence still held at the same time (第四十七条第二款)', async () => {
    const id = await filed();
    await ok(id, '先行登记保存', 'zhifa1', { officers, 证据: HELD, 批准人: 'fuze' }, 1);
    const c = await ok(id, '终止调查', 'fuze', { 终止情形: '其他依法应当终止调查的情形', 说明: '当事人已注销，无权利义务承受人' }, 2);
    expect(c.closed).toBe(true);
    expect(deadline(c, '先行登记保存处理期限')).toMatchObject({ status: 'closed' });
    expect(c.facts.evidenceHoldReleased).toBe('2026-03-04');
  });

  it('no decision within seven working days: released by itself, in the case, and no decision after', async () => {
    const id = await filed();
    await ok(id, '先行登记保存', 'zhifa1', { officers, 证据: HELD, 批准人: 'fuze' }, 1);
    // the next step after the seven working days recomputes the deadlines: the hold is released
    const c = await ok(id, '调查取证', 'zhifa1', { officers, 取证内容: '询问', attachments: [attachment('笔录或证据')] }, 14);
    expect(deadline(c, '先行登记保存处理期限')).toMatchObject({ status: 'expired', due: '2026-03-12', stoppedAt: '2026-03-13T00:00:00+08:00' }); // at the end of its last day, not when noticed
    expect(deadline(c, '先行登记保存处理期限')!.expiredEffect).toMatch(/先行登记保存措施自动解除.*第二十八条第二款/);
    await refused(id, '先行登记保存处理', 'zhifa2', { officers, 处理措施: '决定予以封存', 说明: 'x' }, 14, 'EVIDENCE_HOLD_RELEASED');
  });
});

describe('管辖的变更 (第十条至第十二条)', () => {
  it('a case handed down and taken up again moves its stored jurisdiction; the former department, as the caller’s scope, no longer finds it', async () => {
    now = at(0);
    const c = await service.open({ item: ITEM, actor: 'zhifa1', now });
    await ok(c.id, '线索核查', 'zhifa1', { 核查意见: '属实' }, 0);
    const down = await ok(c.id, '指定下级管辖', 'fuze', { 下级部门: '山西省/阳泉市/矿区', 决定理由: '由属地办理' }, 0);
    expect(down.jurisdiction.path).toBe('山西省/阳泉市/矿区');
    const stored = async () => (await ts.store.query<{ jurisdiction_id: string }>('SELECT jurisdiction_id FROM cases WHERE id = $1', [c.id])).rows[0]!.jurisdiction_id;
    expect(await stored()).toBe('山西省/阳泉市/矿区');
    // 城区 (a sibling) does not find it, even as a refusal
    await expect(service.act(c.id, '立案', 'chengqufz', { officers: ['kuangqu1', 'kuangqu2'], 案由: 'x', parties: [HOSPITAL] }, now, '山西省/阳泉市/城区')).rejects.toMatchObject({ code: 'UNKNOWN_CASE' });
    now = at(1);
    const up = await service.act(c.id, '提级管辖', 'fuze', { 决定理由: '案情重大，由市局直接管辖' }, now, '山西省/阳泉市');
    expect(up.ok).toBe(true);
    expect(await stored()).toBe('山西省/阳泉市');
    await expect(service.act(c.id, '立案', 'kuangqufz', { officers: ['kuangqu1', 'kuangqu2'], 案由: 'x', parties: [HOSPITAL] }, now, '山西省/阳泉市/矿区')).rejects.toMatchObject({ code: 'UNKNOWN_CASE' });
    const filedHere = await ok(c.id, '立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [HOSPITAL] }, 1);
    expect(filedHere.venue!.moves.map((m) => [m.how, m.by])).toEqual([['指定下级管辖', '山西省/阳泉市'], ['提级管辖', '山西省/阳泉市']]);
  });
});

describe('the record of all the walks above', () => {
  it('replays every case to the state stored (回避, 先行登记保存 and the 封存 it opened, 登记证据, 专家评审, 第三方协助)', async () => {
    const r = await replayCases(ts.store, await realReplayOptions(ts.store));
    expect(r.firstBad).toBeUndefined();
    expect(r.cases).toBe(Number((await ts.store.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0]!.n));
    const steps = (await ts.store.query<{ step: string }>('SELECT DISTINCT step FROM record_event')).rows.map((x) => x.step);
    expect(steps).toEqual(expect.arrayContaining(['申请回避', '回避决定', '先行登记保存', '补办先行登记保存批准', '先行登记保存处理', '登记证据', '组织专家评审', '专家评审意见', '第三方协助']));
  });
});
