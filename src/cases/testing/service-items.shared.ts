// One seed item per procedure (and variant), carried end to end through the persisted
// service with the real record, calendar, penalty rules and catalog; then the chain verifies.
// Run against PGlite (service-items.test.ts) and the PostgreSQL server (service-items.pg.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../store/index.js';
import { verifyRecord, listEvents } from '../record/index.js';
import { realPorts } from '../runtime.js';
import { CaseService } from '../service.js';
import { loadProcedures } from '../procedure/load.js';
import { clock } from './scenarios.js';
import { runItemThroughService } from './service-run.js';
import { insertDemoUsers } from '../users.js';

export const ONE_PER_PROCEDURE = [
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

/** The suite on a fresh store of the given engine; returns accessors for extra tests in the same file. */
export function serviceItemSuite(engine: 'pglite' | 'postgres'): { store: () => TestStore; service: () => CaseService } {
  let ts: TestStore;
  let service: CaseService;
  beforeAll(async () => {
    ts = await openTestStore(engine === 'postgres' ? { engine: 'postgres' } : {});
    await insertDemoUsers(ts.store);
    service = new CaseService(ts.store, loadProcedures(), realPorts());
  }, 120_000);
  afterAll(async () => ts.cleanup());

  describe(`seed items through the persisted service (${engine === 'postgres' ? 'PostgreSQL server' : 'PGlite'})`, () => {
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
  return { store: () => ts, service: () => service };
}
