// 医疗保障行政处罚程序暂行规定 (局令第4号) 第十三条、第三十八条、第四十条第二款、第四十四条、
// 第二十九条第一款、第三十二条、第三十三条第一款 walked through the persisted service: the ten
// points of the 法制审核 recorded, a disagreement with it put before the heads, the 集体讨论
// signed by each head who sat, the decision ordering the violation corrected by a date; a 封存
// with its keeper and place, released on a head's approval on a ground of the article. The
// refusals on the way are in testing/attacks.ts; every walk replays from its record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimumChoices, shanghaiDateOf } from '../law/index.js';
import { openTestStore, type TestStore } from '../store/index.js';
import { realPorts, realReplayOptions } from './runtime.js';
import { replayCases } from './replay.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { ATTACK_USERS } from './testing/attacks.js';
import { insertDemoUsers } from './users.js';
import { testOrganisation } from './testing/parties.js';
import { clock } from './testing/scenarios.js';
import { attachment, reviewPoints } from './testing/support.js';
import { documentInput } from './doc-inputs.js';
import type { CaseState } from './engine/types.js';

let ts: TestStore;
let service: CaseService;
const at = clock('2026-03-02'); // a Monday
let now = at(0);
const officers = ['zhifa1', 'zhifa2'];
const HOSPITAL = testOrganisation('某某医院', '定点医疗机构', 91);
const ITEM = '000_650efb1eb094bc36#3';
const ART40 = { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 };
const FACTS = { amounts: { defraudedFen: 1_000_000 }, flags: [], actEnded: '2026-01-31', discovered: '2026-02-20' };
const waiver = { attachments: [attachment('书面放弃声明')] };

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
async function refused(id: string, step: string, as: string, input: Record<string, unknown>, n: number): Promise<string> {
  now = at(n);
  const r = await service.act(id, step, as, input, now);
  return r.ok ? 'accepted' : r.refusal.code;
}

describe('法制审核, 审核意见分歧 and 集体讨论 (暂行规定 第三十八条、第四十条第二款、第四十四条)', () => {
  it('the ten points recorded; the investigators disagree; the heads discuss, each signs, then the decision orders correction by a date', async () => {
    now = at(0);
    const { id } = await service.open({ item: ITEM, actor: 'zhifa1', now });
    await ok(id, '线索核查', 'zhifa1', { 核查意见: '属实' }, 0);
    let c = await ok(id, '立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [HOSPITAL], 涉嫌违反: ART40 }, 0);
    expect(c.data['立案']!['涉嫌违反']).toEqual(ART40);
    await ok(id, '调查取证', 'zhifa1', { officers, 取证内容: '询问', attachments: [attachment('笔录或证据')] }, 1);
    await ok(id, '调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, 1);
    // 第三十八条: a point found wanting sends the case back, and stays on the review
    c = await ok(id, '法制审核', 'fazhi', { 结论: '继续调查', 审核意见: '缺少结算明细', 审核事项: reviewPoints({ 3: '缺少结算明细' }) }, 1);
    expect(c.state).toBe('调查中');
    expect(c.legalReview?.problems).toEqual([{ point: '案件事实是否清楚、证据是否充分', note: '缺少结算明细' }]);
    await ok(id, '调查取证', 'zhifa1', { officers, 取证内容: '调取结算明细', attachments: [attachment('笔录或证据')] }, 2);
    await ok(id, '调查终结', 'zhifa2', { officers, 调查终结报告: '补充后事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, 2);
    c = await ok(id, '法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, 2);
    expect(c.legalReview).toMatchObject({ conclusion: '同意', problems: [] });
    const choices = minimumChoices(c.penalty.decision!);
    await ok(id, '告知', 'zhifa1', { officers, measures: choices, 告知书送达日期: shanghaiDateOf(at(3)) }, 3);
    await ok(id, '放弃陈述申辩', 'zhifa1', waiver, 3);
    await ok(id, '放弃听证', 'zhifa1', waiver, 3);
    // 第四十条第二款: the investigators disagree with the opinion; a legal adviser argues it
    await ok(id, '审核意见分歧', 'zhifa1', { 分歧内容: '办案人员认为应从重处罚', 论证: [{ 方式: '法律顾问论证', 论证人: '本局法律顾问', 论证意见: '宜提交集体讨论' }] }, 4);
    expect(await refused(id, '决定', 'fuze', { 类型: '行政处罚', measures: choices }, 4)).toBe('COLLECTIVE_DISCUSSION_REQUIRED');
    // 第四十四条: three heads sit; the record is complete only when each has signed it
    c = await ok(id, '集体讨论', 'fuze', { 参加人员: ['fuze', 'fuze2', 'fuze3'], 讨论意见: '周副局长主张从重，其余同意按告知内容处罚', 讨论结论: '按告知内容处罚' }, 4);
    expect(c.collective).toMatchObject({ attendees: ['fuze', 'fuze2', 'fuze3'], signedBy: [] });
    await ok(id, '集体讨论签字', 'fuze', { 确认: true }, 4);
    await ok(id, '集体讨论签字', 'fuze2', { 确认: true, 意见: '保留从重的意见' }, 4);
    expect(await refused(id, '决定', 'fuze', { 类型: '行政处罚', measures: choices }, 4)).toBe('COLLECTIVE_RECORD_UNSIGNED');
    c = await ok(id, '集体讨论签字', 'fuze3', { 确认: true }, 4);
    expect(c.collective?.signedBy).toEqual(['fuze', 'fuze2', 'fuze3']);
    // 第十三条: the decision orders the violation corrected by a date
    c = await ok(id, '决定', 'fuze', { 类型: '行政处罚', measures: choices, 改正期限: '2026-04-30', 改正要求: '虚构诊疗项目的违法行为' }, 5);
    expect(c.penalty.decided?.correction).toEqual({ by: '2026-04-30', what: '虚构诊疗项目的违法行为' });
    const decision = documentInput('行政处罚决定书', c, { users: await service.users() });
    expect(decision.parties[0]!.orders![0]).toEqual({ kind: '责令限期改正', deadline: '2026-04-30', text: '虚构诊疗项目的违法行为' });
  });
});

describe('封存 (暂行规定 第二十九条第一款、第三十二条、第三十三条第一款)', () => {
  it('kept by a named keeper at a named place; released on a head’s approval on a ground of the article', async () => {
    now = at(0);
    const { id } = await service.open({ procedure: 'xzqz-fengcun', jurisdiction: '山西省/阳泉市', actor: 'zhifa1', now });
    await ok(id, '申请封存', 'zhifa1', { officers, parties: [testOrganisation('某某医院', '定点医疗机构', 82)], 封存理由: '资料可能被转移', 封存清单: '处方 20 册' }, 0);
    await ok(id, '批准封存', 'fuze', { 审批意见: '同意' }, 0);
    const onSite = { 出示执法证件: true, 当事人到场: true, 告知理由依据权利: true, 陈述申辩: '当事人无异议', 笔录签章: '当事人和执法人员签名或者盖章', 决定书和清单: '当场交付当事人' };
    let c = await ok(id, '实施封存', 'zhifa1', { officers, 保管人: '某某档案服务公司', 保管地点: '该公司档案库', 受托保管的第三人: '某某档案服务公司', 现场笔录: '当场封存', 现场实施: onSite, attachments: [attachment('封存清单')] }, 1);
    expect(c.data['实施封存']).toMatchObject({ 保管人: '某某档案服务公司', 保管地点: '该公司档案库' });
    expect(await refused(id, '解除封存', 'zhifa2', { officers, 解除情形: '封存期限已经届满', 解除理由: '期满', 批准人: 'fuze' }, 3)).toBe('PERIOD_NOT_EXPIRED');
    expect(await refused(id, '解除封存', 'zhifa2', { officers, 解除情形: '封存的资料与违法行为无关', 解除理由: '与本案无关', 批准人: 'zhifa1' }, 3)).toBe('NOT_A_HEAD');
    c = await ok(id, '解除封存', 'zhifa2', { officers, 解除情形: '封存的资料与违法行为无关', 解除理由: '处方与本案无关', 批准人: 'fuze2' }, 3);
    expect(c.state).toBe('已解除');
    expect(c.data['解除封存']).toMatchObject({ 解除情形: '封存的资料与违法行为无关', 批准人: 'fuze2' });
  });
});

describe('the record of the walks above', () => {
  it('replays every case to the state stored (法制审核 with its points, 审核意见分歧, 集体讨论签字, 封存 released on approval)', async () => {
    const r = await replayCases(ts.store, await realReplayOptions(ts.store));
    expect(r.firstBad).toBeUndefined();
    const steps = (await ts.store.query<{ step: string }>('SELECT DISTINCT step FROM record_event')).rows.map((x) => x.step);
    expect(steps).toEqual(expect.arrayContaining(['审核意见分歧', '集体讨论', '集体讨论签字', '决定', '实施封存', '解除封存']));
  });
});
