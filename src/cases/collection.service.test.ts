// 当场收缴 (暂行规定 第五十二条) through the persisted service: each attack of
// testing/attacks-collection.ts is refused with its code and a Chinese reason naming the rule,
// the case row, its deadlines and the hash-chained record unchanged; the lawful walk is
// recorded step by step and the record verifies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../law/index.js';
import { openTestStore, type TestStore } from '../store/index.js';
import { insertDemoUsers } from './users.js';
import { realPorts } from './runtime.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { verifyRecord } from './record/index.js';
import type { AttackStep } from './testing/attacks.js';
import { collectionTestRules, ON_SITE_ATTACKS, ON_SITE_WALK } from './testing/attacks-collection.js';
import { clock } from './testing/scenarios.js';
import { caseSnapshot } from './testing/service-run.js';

let ts: TestStore;
let service: CaseService;
const at = clock('2026-03-02');
let now = at(0);

beforeAll(async () => {
  ts = await openTestStore();
  await insertDemoUsers(ts.store);
  service = new CaseService(ts.store, loadProcedures(), realPorts({ today: () => shanghaiDateOf(now), decide: collectionTestRules }));
}, 120_000);
afterAll(async () => ts.cleanup());

async function act(id: string, [step, as, input, n]: AttackStep) {
  now = at(n);
  const value = typeof input === 'function' ? input(await service.get(id)) : input;
  return service.act(id, step, as, value, now);
}

const snapshot = (id: string): Promise<string> => caseSnapshot(ts.store, id);

describe('当场收缴 through the persisted service', () => {
  it('a fine of 一百元 collected on the spot with its receipt, handed in, paid to the bank, then 备案; the record verifies', async () => {
    now = at(0);
    const c = await service.open({ procedure: 'xzcf-jianyi', jurisdiction: '山西省/阳泉市', actor: 'zhifa1', now });
    for (const s of ON_SITE_WALK) {
      const r = await act(c.id, s);
      if (!r.ok) throw new Error(`「${s[0]}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
    }
    const done = await service.get(c.id);
    expect(done).toMatchObject({ state: '已备案', closed: true });
    // 暂行规定 第四十九条: the 当场行政处罚决定书 numbered in the bureau's series by the case's sequence, the 执法证 shown recorded
    expect(done.facts['当场处罚决定书']).toEqual({ 编号: `阳医保简罚〔2026〕${Number(c.id.split('-').pop())}号`, 出示的执法证: [{ 执法人员: '张执法', 执法证号: 'YB-0001' }, { 执法人员: '李执法', 执法证号: 'YB-0002' }] });
    expect(done.execution?.payments).toEqual([{ kind: '罚款', payer: '某某药店', amountFen: 10_000, date: '2026-03-02', receipt: 'CZ-2026-0001', onSite: true }]);
    expect(done.deadlines.filter((d) => d.id.startsWith('当场收缴')).map((d) => [d.id, d.status])).toEqual([['当场收缴交款期限', 'met'], ['当场收缴缴付银行期限', 'met']]);
    const steps = (await ts.store.query<{ step: string }>('SELECT step FROM record_event WHERE case_id = $1 ORDER BY seq', [c.id])).rows.map((r) => r.step);
    expect(steps.slice(-4)).toEqual(['执行', '当场收缴交款', '缴付银行', '备案']);
    expect((await verifyRecord(ts.store)).ok).toBe(true);
  });

  for (const a of ON_SITE_ATTACKS) {
    it(`${a.name}（${a.article}）: refused ${a.code}, nothing written`, async () => {
      now = at(0);
      const c = await service.open({ ...a.open, actor: 'zhifa1', now });
      for (const s of a.setup) {
        const r = await act(c.id, s);
        if (!r.ok) throw new Error(`准备步骤「${s[0]}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
      }
      const before = await snapshot(c.id);
      const r = await act(c.id, a.attempt);
      expect(r.ok ? 'accepted' : r.refusal.code).toBe(a.code);
      if (!r.ok) expect(r.refusal.message).toMatch(a.says);
      expect(await snapshot(c.id)).toBe(before);
    });
  }
});
