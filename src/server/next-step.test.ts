// 下一步 through the HTTP API: the steps the case header proposes are first run through the
// engine's guards on the case as it is (a dry run that writes nothing). After 听证 the second
// 法制审核 is due (行政处罚法 第五十八条): 决定 is not offered to the head — it is listed as
// blocked with the engine's reason, the same the engine gives when 决定 is sent anyway — nor
// is it on the head's 待办; once the review is recorded, 决定 is offered and accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseTesting, DEMO_USERS } from '../cases/index.js';
import { addAccount, clientOf, testServer, TEST_PASSWORD, withUploads, type Client } from './test-support/harness.js';
import { createDemoAccounts, DEMO_ACCOUNTS } from './users.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

const { ATTACKS, clock } = caseTesting;
const at = clock('2026-03-02');
let now = at(0);
let app: YibaoServer;
let db: ServerDb;

beforeAll(async () => {
  ({ app, db } = await testServer({ now: () => now }));
  await createDemoAccounts(db, TEST_PASSWORD);
  for (const u of DEMO_USERS.filter((u) => !DEMO_ACCOUNTS.some((a) => a.name === u.name))) await addAccount(db, { name: u.name, displayName: u.displayName, roles: u.roles, jurisdiction: u.jurisdiction, ...(u.certificate ? { certificate: u.certificate } : {}) });
}, 180_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const client = (name: string): Promise<Client> => clientOf(app, name);


async function act(id: string, [step, as, input, n]: caseTesting.AttackStep) {
  now = at(n);
  const who = await client(as);
  const value = typeof input === 'function' ? input((await (await client('fuze')).request('GET', `/api/cases/${id}`)).json().case) : input;
  return who.request('POST', `/api/cases/${id}/act`, { step, input: await withUploads(app, who, value) });
}

interface Next { mine: Array<{ step: string }>; others: Array<{ step: string; people: string[]; reason: string }>; blocked: Array<{ step: string; people: string[]; reason: string }> }
const nextFor = async (who: string, id: string): Promise<Next> => {
  const r = await (await client(who)).request('GET', `/api/cases/${id}/file`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json().next;
};
const todoSteps = async (who: string, id: string): Promise<string[]> => {
  const r = await (await client(who)).request('GET', '/api/todo');
  expect(r.statusCode, r.body).toBe(200);
  return (r.json().items as Array<{ caseId: string; steps: Array<{ step: string }> }>).filter((i) => i.caseId === id).flatMap((i) => i.steps.map((s) => s.step));
};

describe('下一步 runs the engine’s guards first', () => {
  it('after 听证 with the second 法制审核 due: 决定 is blocked with the engine’s reason, then offered once reviewed', async () => {
    const attack = ATTACKS.find((a) => a.code === 'LEGAL_REVIEW_REQUIRED' && a.setup.some((s) => s[0] === '举行听证'))!;
    now = at(0);
    const opened = await (await client('zhifa1')).request('POST', '/api/cases', { ...attack.open });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    for (const s of attack.setup) {
      const r = await act(id, s);
      expect(r.statusCode, `准备步骤「${s[0]}」：${r.body}`).toBe(200);
    }
    now = at(attack.attempt[3]);
    const before = (await (await client('fuze')).request('GET', `/api/cases/${id}`)).json();

    const head = await nextFor('fuze', id);
    expect(head.mine.map((m) => m.step)).not.toContain('决定');
    expect(head.others.map((o) => o.step)).not.toContain('决定');
    const blocked = head.blocked.find((b) => b.step === '决定');
    expect(blocked?.reason).toMatch(/听证后须法制审核/);
    expect(blocked!.people).toContain('陈局长');
    // what the reviewer is asked to do, and who the head waits for
    expect((await nextFor('fazhi', id)).mine.map((m) => m.step)).toContain('法制审核');
    expect(head.others.find((o) => o.step === '法制审核')?.people).toContain('刘法审');
    expect(await todoSteps('fuze', id)).not.toContain('决定');
    expect(await todoSteps('fazhi', id)).toContain('法制审核');
    // the dry run wrote nothing
    expect((await (await client('fuze')).request('GET', `/api/cases/${id}`)).json()).toEqual(before);

    // the engine refuses 决定 with the very reason the header gave
    const refused = await act(id, attack.attempt);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('LEGAL_REVIEW_REQUIRED');
    expect(refused.json().message).toBe(blocked!.reason);

    const reviewed = await act(id, ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '听证未提出新的事实和理由', 审核事项: caseTesting.reviewPoints() }, attack.attempt[3]]);
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const after = await nextFor('fuze', id);
    expect(after.mine.map((m) => m.step)).toContain('决定');
    expect(after.blocked.map((b) => b.step)).not.toContain('决定');
    expect(await todoSteps('fuze', id)).toContain('决定');
    const decided = await act(id, attack.attempt);
    expect(decided.statusCode, decided.body).toBe(200);
  });

  it('under investigation: the answers of a 管辖 dispute, of a moved case and of 疑点 are never next while there is none to answer', async () => {
    const attack = ATTACKS.find((a) => a.code === 'NOT_INVESTIGATED')!;
    now = at(0);
    const opened = await (await client('zhifa1')).request('POST', '/api/cases', { ...attack.open });
    const id = opened.json().id as string;
    for (const s of attack.setup) expect((await act(id, s)).statusCode).toBe(200);
    const head = await nextFor('fuze', id);
    const officer = await nextFor('zhifa1', id);
    const offered = [...head.mine, ...head.others, ...officer.mine, ...officer.others].map((m) => m.step);
    expect(offered).toContain('调查取证');
    // 暂行规定 第十条至第十二条, 第十八条第一款第（三）项
    for (const step of ['协商管辖', '指定管辖', '确定承办人员', '疑点说明']) expect(offered).not.toContain(step);
  });

  it('a step the case is not ready for is blocked with the engine’s reason for every role (催告 before the fine is due)', async () => {
    const attack = ATTACKS.find((a) => a.code === 'NOT_OVERDUE')!;
    now = at(0);
    const id = (await (await client('zhifa1')).request('POST', '/api/cases', { ...attack.open })).json().id as string;
    for (const s of attack.setup) expect((await act(id, s)).statusCode, s[0]).toBe(200);
    now = at(attack.attempt[3]);
    const officer = await nextFor('zhifa1', id);
    expect(officer.mine.map((m) => m.step)).not.toContain('催告');
    expect(officer.blocked.find((b) => b.step === '催告')?.reason).toMatch(/尚未逾期/);
    // 缴款 stays offered: money is owed
    expect(officer.mine.map((m) => m.step)).toContain('缴款');
  });
});
