// 强制措施 released before a penalty case ends, through the persisted service: a 封存 opened from
// the case (采取封存 → a linked xzqz-fengcun case) keeps 终止调查 (暂行规定 第四十七条第二款), a
// decision that the violation is not established (第三十三条第一款第（一）项) and 结案 (第三十三条第一款
// 第（三）项) refused, the case and record unchanged, until the 封存 is released.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../law/index.js';
import { openTestStore, type TestStore } from '../store/index.js';
import { insertDemoUsers } from './users.js';
import { realPorts, realReplayOptions } from './runtime.js';
import { replayCases } from './replay.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { verifyRecord } from './record/index.js';
import { attachment } from './testing/support.js';
import { testOrganisation } from './testing/parties.js';
import { clock } from './testing/scenarios.js';
import { caseSnapshot } from './testing/service-run.js';

let ts: TestStore;
let service: CaseService;
const at = clock('2026-03-02');
let now = at(0);
const officers = ['zhifa1', 'zhifa2'];

beforeAll(async () => {
  ts = await openTestStore();
  await insertDemoUsers(ts.store);
  service = new CaseService(ts.store, loadProcedures(), realPorts({ today: () => shanghaiDateOf(now) }));
}, 120_000);
afterAll(async () => ts.cleanup());

async function step(id: string, name: string, as: string, input: Record<string, unknown>, n: number) {
  now = at(n);
  const r = await service.act(id, name, as, input, now);
  if (!r.ok) throw new Error(`「${name}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
  return r;
}

const snapshot = (id: string): Promise<string> => caseSnapshot(ts.store, id);

async function refused(id: string, name: string, as: string, input: Record<string, unknown>, n: number) {
  const before = await snapshot(id);
  now = at(n);
  const r = await service.act(id, name, as, input, now);
  expect(await snapshot(id)).toBe(before);
  if (r.ok) throw new Error(`「${name}」未被拒绝`);
  return r.refusal;
}

/** A filed case with a 封存 opened from it and carried out. */
async function sealed(): Promise<{ id: string; sealing: string }> {
  now = at(0);
  const c = await service.open({ item: '000_650efb1eb094bc36#3', actor: 'zhifa1', now });
  await step(c.id, '线索核查', 'zhifa1', { 核查意见: '属实' }, 0);
  await step(c.id, '立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [testOrganisation('某某医院', '定点医疗机构', 81)] }, 0);
  const opened = await step(c.id, '采取封存', 'zhifa1', { 封存理由: '处方和结算资料可能被转移' }, 1);
  expect(opened.spawned).toHaveLength(1);
  const sealing = opened.spawned[0]!;
  expect(await service.get(sealing)).toMatchObject({ procedure: { id: 'xzqz-fengcun' }, links: { parent: c.id } });
  await step(sealing, '申请封存', 'zhifa1', { officers, 封存理由: '资料可能被转移', 封存清单: '处方 20 册' }, 1);
  await step(sealing, '批准封存', 'fuze', { 审批意见: '同意' }, 1);
  await step(sealing, '实施封存', 'zhifa1', { officers, 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: '当场封存', 现场实施: { 出示执法证件: true, 当事人到场: true, 告知理由依据权利: true, 陈述申辩: '当事人无异议', 笔录签章: '当事人和执法人员签名或者盖章', 决定书和清单: '当场交付当事人' }, attachments: [attachment('封存清单')] }, 2);
  expect((await service.get(c.id)).facts['封存']).toMatchObject({ [sealing]: { 状态: '封存中' } });
  await step(c.id, '调查取证', 'zhifa1', { officers, 取证内容: '调取处方和结算资料', attachments: [attachment('笔录或证据')] }, 2);
  return { id: c.id, sealing };
}

describe('a case cannot end while its 封存 holds', () => {
  it('终止调查 is refused until the 封存 is released, then accepted; the record verifies', async () => {
    const { id, sealing } = await sealed();
    const r = await refused(id, '终止调查', 'fuze', { 终止情形: '移送司法机关追究刑事责任', 说明: '涉嫌诈骗罪' }, 3);
    expect(r.code).toBe('MEASURES_NOT_RELEASED');
    expect(r.message).toContain(sealing);
    expect(r.message).toContain('第四十七条第二款');
    await step(sealing, '解除封存', 'zhifa2', { officers, 解除情形: '其他不再需要采取封存措施的情形', 解除理由: '终止调查', 批准人: 'fuze' }, 3);
    expect((await service.get(id)).facts['封存']).toMatchObject({ [sealing]: { 状态: '已解除' } });
    await step(id, '终止调查', 'fuze', { 终止情形: '移送司法机关追究刑事责任', 说明: '涉嫌诈骗罪' }, 3);
    expect(await service.get(id)).toMatchObject({ state: '已终止', closed: true });
    // 第三十三条第二款: the materials returned at once, the list signed by the officers and the party
    await step(sealing, '退还封存资料', 'zhifa1', { officers, 退还日期: '2026-03-05', 接收人: '王院长', 当事人签章: true, attachments: [attachment('签章的资料清单')] }, 3);
    expect((await service.get(sealing)).data['退还封存资料']).toMatchObject({ 退还日期: '2026-03-05', 当事人签章: true });
    expect((await refused(sealing, '退还封存资料', 'zhifa1', { officers, 退还日期: '2026-03-05', 接收人: '王院长', 当事人签章: true, attachments: [attachment('签章的资料清单')] }, 4)).code).toBe('ALREADY_RETURNED');
    expect((await verifyRecord(ts.store)).ok).toBe(true);
  });

  it('a decision that the violation is not established is refused while the 封存 holds (第三十三条第一款第（一）项)', async () => {
    const { id } = await sealed();
    await step(id, '调查终结', 'zhifa2', { officers, 调查终结报告: '违法事实不能成立', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 }, facts: { amounts: { defraudedFen: 1_000_000 }, flags: [], actEnded: '2026-01-31', discovered: '2026-02-20' } }, 3);
    const r = await refused(id, '决定', 'fuze', { 类型: '违法事实不能成立', 理由: '证据不能证明骗取' }, 3);
    expect(r.code).toBe('MEASURES_NOT_RELEASED');
    expect(r.message).toContain('第三十三条第一款第（一）项');
  });

  it('a 封存 never carried out (申请 refused) does not hold the case', async () => {
    now = at(0);
    const c = await service.open({ item: '000_650efb1eb094bc36#3', actor: 'zhifa1', now });
    await step(c.id, '线索核查', 'zhifa1', { 核查意见: '属实' }, 0);
    await step(c.id, '立案', 'fuze', { officers, 案由: 'x', parties: [testOrganisation('某某医院', '定点医疗机构', 82)] }, 0);
    const sealing = (await step(c.id, '采取封存', 'zhifa1', { 封存理由: '资料可能被转移' }, 1)).spawned[0]!;
    await step(sealing, '申请封存', 'zhifa1', { officers, 封存理由: 'x', 封存清单: 'y' }, 1);
    await step(sealing, '不予批准', 'fuze', { 审批意见: '无须封存' }, 1);
    await step(c.id, '终止调查', 'fuze', { 终止情形: '其他依法应当终止调查的情形', 说明: 'x' }, 2);
    expect((await service.get(c.id)).closed).toBe(true);
  });

  it('结案 after a transfer to the 司法机关 is refused while the 封存 holds (第三十三条第一款第（三）项)', async () => {
    const { id, sealing } = await sealed();
    await step(id, '调查终结', 'zhifa2', { officers, 调查终结报告: '涉嫌犯罪', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 }, facts: { amounts: { defraudedFen: 1_000_000 }, flags: [], actEnded: '2026-01-31', discovered: '2026-02-20' } }, 3);
    await step(id, '决定', 'fuze', { 类型: '移送司法机关', 移送机关: '阳泉市公安局', 理由: '涉嫌诈骗罪' }, 3);
    const r = await refused(id, '结案', 'fuze', { 执行结果: '无须执行', 结案报告: '已移送' }, 4);
    expect(r.code).toBe('MEASURES_NOT_RELEASED');
    expect(r.message).toContain('第三十三条第一款第（三）项');
    await step(sealing, '解除封存', 'zhifa2', { officers, 解除情形: '其他不再需要采取封存措施的情形', 解除理由: '案件已移送', 批准人: 'fuze' }, 4);
    await step(id, '结案', 'fuze', { 执行结果: '无须执行', 结案报告: '已移送' }, 4);
  });

  it('every case above, the 封存 cases and the parents following them, replays from its events equal to what is stored', async () => {
    const r = await replayCases(ts.store, await realReplayOptions(ts.store));
    expect(r.firstBad).toBeUndefined();
    expect((await ts.store.query<{ n: number }>("SELECT count(*)::int AS n FROM record_event WHERE step = '关联案件进展'")).rows[0]!.n).toBeGreaterThan(3);
  });
});
