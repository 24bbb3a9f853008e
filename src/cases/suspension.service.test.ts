// 中止调查 and 恢复调查 (暂行规定 第四十二条) through the persisted service on the real calendar:
// the 办案期限 stands still while the investigation is suspended (it used to fail there with
// the calendar refusing 中止调查 as time not counted), and the record verifies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../law/index.js';
import { openTestStore, type TestStore } from '../store/index.js';
import { insertDemoUsers } from './users.js';
import { realPorts } from './runtime.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { verifyRecord } from './record/index.js';
import { attachment } from './testing/support.js';
import { testOrganisation } from './testing/parties.js';
import { clock } from './testing/scenarios.js';

let ts: TestStore;
let service: CaseService;
const at = clock('2026-03-02');
let now = at(0);

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

describe('中止调查 through the persisted service', () => {
  it('stops the 90 days from 中止 to 恢复调查 and the investigation goes on after it', async () => {
    now = at(0);
    const officers = ['zhifa1', 'zhifa2'];
    const c = await service.open({ item: '000_650efb1eb094bc36#3', actor: 'zhifa1', now });
    await step(c.id, '线索核查', 'zhifa1', { 核查意见: '属实' }, 0);
    await step(c.id, '立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [testOrganisation('某某医院', '定点医疗机构', 71)] }, 0);
    const due = async () => (await service.get(c.id)).deadlines.find((d) => d.id === '办案期限' && d.status === 'open')!.due;
    const before = await due();
    await step(c.id, '中止调查', 'fuze', { 中止情形: '因当事人下落不明暂时无法调查', 说明: '法定代表人失联' }, 3);
    expect((await service.get(c.id)).state).toBe('已中止');
    await step(c.id, '恢复调查', 'fuze', { 中止原因消除情况: '法定代表人已到案' }, 23);
    const after = await due();
    const days = (Date.parse(after) - Date.parse(before)) / 86400e3;
    expect(days).toBeGreaterThanOrEqual(20);
    expect((await service.get(c.id)).pauses).toEqual([{ kind: '中止调查', from: '2026-03-05', to: '2026-03-25' }]);
    await step(c.id, '调查取证', 'zhifa1', { officers, 取证内容: '询问', attachments: [attachment('笔录或证据')] }, 24);
    expect((await verifyRecord(ts.store)).ok).toBe(true);
  });
});
