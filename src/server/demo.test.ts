// The demo cases `yibao serve` seeds walk through the real case service without a refusal,
// and show the stages an officer meets: 执行中 with payments recorded, 告知, 调查, and an
// overdue case; none is closed while its 暂停 still runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionStatus } from '../cases/index.js';
import { login, memoryDb, testServer } from './test-support/harness.js';
import { createDemoAccounts, DEMO_JURISDICTION } from './users.js';
import { DEMO_CASES, seedDemoCases } from './demo.js';
import { caseModule } from './routes/cases.js';
import type { ServerDb } from './db.js';
import type { YibaoServer } from './app.js';

let app: YibaoServer;
let db: ServerDb;
let ids: string[] = [];
const PASSWORD = 'x-demo-password-2026';

beforeAll(async () => {
  db = await memoryDb();
  ({ app } = await testServer({ db }));
  await createDemoAccounts(db, PASSWORD);
  ids = await seedDemoCases(caseModule(db).service, db, DEMO_JURISDICTION);
}, 300_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('demo cases', () => {
  it('seeds each walk once, through every guard', async () => {
    expect(ids).toHaveLength(DEMO_CASES.length);
    expect(await seedDemoCases(caseModule(db).service, db, DEMO_JURISDICTION)).toEqual([]);
  });
  it('the decided cases have their money paid with receipts, and stay open while a 暂停 runs', async () => {
    const service = caseModule(db).service;
    const states = await Promise.all(ids.map((id) => service.show(id, 'fuze')));
    expect(states.map((s) => s.state)).toEqual(['已送达', '已送达', '告知期间', '调查中', '调查中']);
    const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
    for (const s of states.slice(0, 2)) {
      const status = executionStatus(s, today);
      expect(status.paidInFull).toBe(true);
      expect(status.lines.length).toBeGreaterThan(0);
      expect(s.execution?.payments.every((p) => p.receipt.length > 0)).toBe(true);
      expect(status.measuresOutstanding.length).toBeGreaterThan(0);
    }
  });
  it('the dashboard’s 已缴罚款 is the sum of the fines recorded at 缴款', async () => {
    const service = caseModule(db).service;
    const states = await Promise.all(ids.map((id) => service.show(id, 'fuze')));
    const paid = states.flatMap((s) => s.execution?.payments ?? []).filter((p) => p.kind === '罚款').reduce((n, p) => n + p.amountFen, 0);
    expect(paid).toBeGreaterThan(0);
    const fuze = await login(app, 'fuze', PASSWORD);
    expect((await fuze.request('GET', '/api/stats')).json().cases.finesCollectedFen).toBe(paid);
  });
});
