// One seed item per procedure (and variant), carried end to end through the persisted
// service with the real record, calendar, penalty rules and catalog; then the chain verifies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../store/index.js';
import { insertDemoUsers } from './users.js';
import { verifyRecord, listEvents } from './record/index.js';
import { realPorts } from './runtime.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { clock } from './testing/scenarios.js';
import { runItemThroughService } from './testing/service-run.js';

const ONE_PER_PROCEDURE = [
  '000_650efb1eb094bc36#3', // 行政处罚 → 普通程序
  '000_650efb1eb094bc36#8', // 行政给付 → 手工报销
  '000_650efb1eb094bc36#9', // 行政确认 → 登记
  '000_650efb1eb094bc36#10', // 医疗救助（低保/特困）→ 直接办理
  '000_650efb1eb094bc36#11', // 封存
  '001_cc42e2149e1dc4a3#14', // 暂停医保基金结算（定点医药机构）
  '001_cc42e2149e1dc4a3#15', // 暂停联网结算（参保人员）
  '003_119a4ff0c2874498#1', // 行政检查
  '004_cc75ecf2f3c1db82#18', // 行政奖励
  '004_cc75ecf2f3c1db82#20', // 信用记录、联合惩戒
  '004_cc75ecf2f3c1db82#21', // 协议违约处理
];

let ts: TestStore;
let service: CaseService;
beforeAll(async () => {
  ts = await openTestStore({ engine: 'postgres' });
  await insertDemoUsers(ts.store);
  service = new CaseService(ts.store, loadProcedures(), realPorts());
}, 120_000);
afterAll(async () => ts.cleanup());

describe('seed items through the persisted service (PostgreSQL server)', () => {
  const at = clock('2026-03-02');
  for (const itemId of ONE_PER_PROCEDURE) {
    it(itemId, async () => {
      const { state, steps } = await runItemThroughService(service, itemId, at);
      expect(state.closed).toBe(true);
      const events = await listEvents(ts.store, { caseId: state.id });
      expect(events).toHaveLength(steps + 1);
      expect(events[0]!.step).toBe('开案');
      const stored = await ts.store.query<{ status: string }>('SELECT status FROM case_deadlines WHERE case_id = $1', [state.id]);
      expect(stored.rows.every((r) => r.status !== 'open')).toBe(true);
    });
  }
  it('the whole record verifies', async () => {
    expect(await verifyRecord(ts.store, { checkAttachments: true })).toMatchObject({ ok: true });
  });
});

describe('concurrency and refusals on the server', () => {
  it('two 立案 of the same case at once: one succeeds, the other is refused on the new state', async () => {
    const c = await service.open({ procedure: 'xzcf-putong', actor: 'zhifa1', now: '2026-03-02T10:00:00+08:00' });
    await service.act(c.id, '线索核查', 'zhifa1', { 核查意见: '属实' }, '2026-03-02T10:00:00+08:00');
    const input = { officers: ['zhifa1', 'zhifa2'], 案由: 'x', 当事人: 'y' };
    const results = await Promise.all([1, 2].map(() => service.act(c.id, '立案', 'fuze', input, '2026-03-02T11:00:00+08:00')));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, refusal: { code: 'WRONG_STATE' } });
    const events = await listEvents(ts.store, { caseId: c.id });
    expect(events.map((e) => e.step)).toEqual(['开案', '线索核查', '立案']);
  });

  it('a refused step leaves the case, its deadlines and the record unchanged', async () => {
    const c = await service.open({ procedure: 'xzcf-putong', actor: 'zhifa1', now: '2026-03-02T10:00:00+08:00' });
    await service.act(c.id, '线索核查', 'zhifa1', { 核查意见: '属实' }, '2026-03-02T10:00:00+08:00');
    await service.act(c.id, '立案', 'fuze', { officers: ['zhifa1', 'zhifa2'], 案由: 'x', 当事人: 'y' }, '2026-03-02T10:00:00+08:00');
    const snap = async () => JSON.stringify([
      (await ts.store.query('SELECT body, revision FROM cases WHERE id = $1', [c.id])).rows,
      (await ts.store.query('SELECT * FROM case_deadlines WHERE case_id = $1 ORDER BY ordinal', [c.id])).rows,
      (await ts.store.query('SELECT seq, hash FROM record_event ORDER BY seq')).rows,
    ]);
    const before = await snap();
    const r = await service.act(c.id, '调查取证', 'zhifa4', { officers: ['zhifa4', 'zhifa1'], 取证内容: 'x' }, '2026-03-03T10:00:00+08:00');
    expect(r).toMatchObject({ ok: false, refusal: { code: 'CERTIFICATE_INVALID' } });
    expect(await snap()).toBe(before);
  });
});
