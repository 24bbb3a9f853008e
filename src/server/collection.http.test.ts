// 当场收缴 (暂行规定 第五十二条) through the HTTP API: the lawful walk of the 简易程序 with the fine
// collected on the spot, and each attack of the case engine's 当场收缴 table refused with 409,
// its code and a Chinese reason, the case, its timeline and the record unchanged. The server
// computes with the real penalty rules plus the made-up fine-only article the 简易程序 needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseTesting, type CaseState } from '../cases/index.js';
import { clientOf, testServer, TEST_PASSWORD, type Client } from './test-support/harness.js';
import { createDemoAccounts } from './users.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

const { ON_SITE_ATTACKS, ON_SITE_WALK, collectionTestRules, clock } = caseTesting;
const at = clock('2026-03-02');
let now = at(0);
let app: YibaoServer;
let db: ServerDb;

beforeAll(async () => {
  ({ app, db } = await testServer({ now: () => now, decidePenalty: collectionTestRules }));
  await createDemoAccounts(db, TEST_PASSWORD);
}, 180_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const client = (name: string): Promise<Client> => clientOf(app, name);

async function view(id: string): Promise<{ case: CaseState; timeline: unknown[] }> {
  const r = await (await client('fuze')).request('GET', `/api/cases/${id}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

async function act(id: string, [step, as, input, n]: caseTesting.AttackStep) {
  now = at(n);
  const value = typeof input === 'function' ? input((await view(id)).case) : input;
  return (await client(as)).request('POST', `/api/cases/${id}/act`, { step, input: value });
}

async function open(): Promise<string> {
  now = at(0);
  const opened = await (await client('zhifa1')).request('POST', '/api/cases', { procedure: 'xzcf-jianyi', jurisdiction: '山西省/阳泉市' });
  expect(opened.statusCode, opened.body).toBe(201);
  return opened.json().id as string;
}

describe('当场收缴 through the HTTP API', () => {
  it('a fine of 一百元 collected on the spot with its receipt, handed in, paid to the bank, then 备案; the record verifies', async () => {
    const id = await open();
    for (const s of ON_SITE_WALK) {
      const r = await act(id, s);
      expect(r.statusCode, `「${s[0]}」：${r.body}`).toBe(200);
    }
    const c = (await view(id)).case;
    expect(c).toMatchObject({ state: '已备案', closed: true });
    expect(c.execution?.payments).toEqual([{ kind: '罚款', payer: '某某药店', amountFen: 10_000, date: '2026-03-02', receipt: 'CZ-2026-0001', onSite: true }]);
    expect((await (await client('fuze')).request('GET', '/api/record/verify')).json()).toMatchObject({ ok: true });
  });

  for (const a of ON_SITE_ATTACKS) {
    it(`${a.name}（${a.article}）: 409 ${a.code}, nothing changed`, async () => {
      const id = await open();
      for (const s of a.setup) {
        const r = await act(id, s);
        expect(r.statusCode, `准备步骤「${s[0]}」：${r.body}`).toBe(200);
      }
      // the case as shown at the moment of the attempt (the page's deadlines are read on the server's clock)
      now = at(a.attempt[3]);
      const before = await view(id);
      const verifyBefore = (await (await client('fuze')).request('GET', '/api/record/verify')).json();
      const r = await act(id, a.attempt);
      expect(r.statusCode, r.body).toBe(409);
      expect(r.json().code).toBe(a.code);
      expect(r.json().message).toMatch(a.says);
      const after = await view(id);
      expect(after.case).toEqual(before.case);
      expect(after.timeline).toEqual(before.timeline);
      expect((await (await client('fuze')).request('GET', '/api/record/verify')).json()).toEqual(verifyBefore);
    });
  }
});
