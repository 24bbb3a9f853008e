// Each attack of the case engine's attack table, through the HTTP API as the officers,
// reviewer and head of the demo bureau would send it: refused with 409, the code and a
// Chinese reason, and the case, its timeline and the record unchanged. The server's clock
// is moved day by day as the steps require.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseTesting, DEMO_USERS, type CaseState } from '../cases/index.js';
import { addAccount, clientOf, testServer, TEST_PASSWORD, withUploads, type Client } from './test-support/harness.js';
import { createDemoAccounts, DEMO_ACCOUNTS } from './users.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

const { ATTACKS, ATTACK_USERS, clock } = caseTesting;
const at = clock('2026-03-02');
let now = at(0);
let app: YibaoServer;
let db: ServerDb;

beforeAll(async () => {
  ({ app, db } = await testServer({ now: () => now }));
  await createDemoAccounts(db, TEST_PASSWORD);
  // the engine's demo users the server's demo set lacks (经办, 奖励, an expired 执法证), and the attackers
  const extra = [...DEMO_USERS.filter((u) => !DEMO_ACCOUNTS.some((a) => a.name === u.name)), ...ATTACK_USERS];
  for (const u of extra) await addAccount(db, { name: u.name, displayName: u.displayName, roles: u.roles, jurisdiction: u.jurisdiction, ...(u.certificate ? { certificate: u.certificate } : {}) });
}, 180_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const client = (name: string): Promise<Client> => clientOf(app, name);

/** Attachments with content are uploaded first and referred to by hash, as the console does. */

async function view(id: string): Promise<{ case: CaseState; timeline: unknown[] }> {
  const r = await (await client('fuze')).request('GET', `/api/cases/${id}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

async function act(id: string, [step, as, input, n]: caseTesting.AttackStep) {
  now = at(n);
  const who = await client(as);
  const value = typeof input === 'function' ? input((await view(id)).case) : input;
  return who.request('POST', `/api/cases/${id}/act`, { step, input: await withUploads(app, who, value) });
}

describe('guards through the HTTP API', () => {
  for (const a of ATTACKS) {
    it(`${a.name}（${a.article}）: 409 ${a.code}, nothing changed`, async () => {
      now = at(0);
      const opened = await (await client('zhifa1')).request('POST', '/api/cases', { ...a.open });
      expect(opened.statusCode, opened.body).toBe(201);
      const id = opened.json().id as string;
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
