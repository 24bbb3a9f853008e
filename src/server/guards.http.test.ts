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

describe('飞行检查 chooses from the bureau\'s libraries through the HTTP API (飞行检查办法 第六条)', () => {
  const KUANGQU = '山西省/阳泉市/矿区';
  const TEAM = { 组长: 'kuangqu1', officers: ['kuangqu1', 'kuangqu2'], 其他成员: [{ 姓名: '某专家', 单位: '某三甲医院', 专业: '医疗', 身份: '专家' }], 被检查对象: [{ 名称: '甲医院', 类别: '定点医药机构' }] };

  it('only the bureau\'s heads keep its libraries; an expert not in the 专家库 and an inspector disabled that day are refused with 409, nothing changed', async () => {
    now = at(0);
    const head = await client('kuangqufz');
    const add = (who: Client, entry: Record<string, unknown>, jurisdiction?: string) => who.request('POST', '/api/flying-libraries', { ...(jurisdiction ? { jurisdiction } : {}), entry });
    // an officer may read the libraries but not change them; another bureau's head may not touch them
    expect((await add(await client('kuangqu1'), { kind: '专家', name: '自荐专家', unit: '某医院', category: '医疗' })).statusCode).toBe(403);
    expect((await add(await client('chengqufz'), { kind: '专家', name: '城区专家', unit: '某医院', category: '医疗' }, KUANGQU)).statusCode).toBe(403);
    // an inspector is a 执法人员 of the bureau with a valid 执法证
    const notOfficer = await add(head, { kind: '检查人员', name: 'zhifa1' });
    expect([notOfficer.statusCode, notOfficer.json().code]).toEqual([400, 'NOT_AN_OFFICER']);
    for (const entry of [
      { kind: '被检查对象', name: '甲医院', category: '定点医药机构' },
      { kind: '检查人员', name: 'kuangqu1' },
      { kind: '检查人员', name: 'kuangqu2' },
      { kind: '专家', name: '某专家', unit: '某三甲医院', category: '医疗', qualification: '主任医师' },
    ]) {
      const r = await add(head, entry);
      expect(r.statusCode, r.body).toBe(201);
    }

    const opened = await (await client('kuangqu1')).request('POST', '/api/cases', { procedure: 'fxjc', jurisdiction: KUANGQU });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    const launch = await act(id, ['启动飞行检查', 'kuangqufz', { 启动情形: '新闻媒体曝光，造成重大社会影响的', 情形说明: '媒体报道', 报道出处: '某报', 被检地部门: KUANGQU }, 0]);
    expect(launch.statusCode, launch.body).toBe(200);
    const before = await view(id);
    const refusedUnchanged = async (input: Record<string, unknown>, code: string, says: RegExp) => {
      const verifyBefore = (await (await client('fuze')).request('GET', '/api/record/verify')).json();
      const r = await act(id, ['组建检查组', 'kuangqufz', input, 0]);
      expect(r.statusCode, r.body).toBe(409);
      expect(r.json().code).toBe(code);
      expect(r.json().message).toMatch(says);
      const after = await view(id);
      expect(after.case).toEqual(before.case);
      expect(after.timeline).toEqual(before.timeline);
      expect((await (await client('fuze')).request('GET', '/api/record/verify')).json()).toEqual(verifyBefore);
    };
    await refusedUnchanged({ ...TEAM, 其他成员: [{ 姓名: '外聘专家', 单位: '某三甲医院', 专业: '医疗', 身份: '专家' }] }, 'NOT_IN_LIBRARY', /外聘专家.*不在本局专家库中.*第六条/);

    // 动态管理: kuangqu2 disabled today, with the reason; the entry kept
    const listed = (await (await client('kuangqu1')).request('GET', '/api/flying-libraries')).json() as { entries: Array<{ id: number; name: string; qualification?: string; active: boolean }> };
    const kuangqu2 = listed.entries.find((e) => e.name === 'kuangqu2')!;
    expect(kuangqu2).toMatchObject({ qualification: 'KQ-0002', active: true });
    expect((await (await client('chengqufz')).request('POST', `/api/flying-libraries/${kuangqu2.id}/disable`, { reason: '调离执法岗位' })).statusCode).toBe(404);
    const off = await head.request('POST', `/api/flying-libraries/${kuangqu2.id}/disable`, { reason: '调离执法岗位' });
    expect(off.json(), off.body).toMatchObject({ active: false, disabledReason: '调离执法岗位', disabledOn: at(0).slice(0, 10) });
    expect((await head.request('GET', '/api/flying-libraries')).json().entries.filter((e: { name: string }) => e.name === 'kuangqu2')).toHaveLength(1);
    await refusedUnchanged(TEAM, 'LIBRARY_ENTRY_DISABLED', /矿区执法乙.*停用（调离执法岗位）/);

  });
});

describe('委托执法 through the HTTP API (暂行规定 第八条)', () => {
  it('a 委托书 registered by the head and published; its officer refused outside the 权限 and on a 封存 with nothing changed, registers none, and the 委托机关 reads the case', async () => {
    now = at(0);
    const code = caseTesting.testCreditCode(81);
    const head = await client('fuze');
    const letter = {
      文号: '阳医保委〔2026〕8号', 受托组织名称: '阳泉市医疗保障基金稽核中心', 统一社会信用代码: code,
      委托事项: [{ 类别: '行政处罚' }], 权限: ['线索核查', '调查取证'], 起始日期: '2026-03-01', 截止日期: '2026-12-31',
    };
    // 行政强制措施权不得委托: not registered, and neither by an officer (no permission)
    const coercive = await head.request('POST', '/api/delegations', { ...letter, 文号: '阳医保委〔2026〕9号', 权限: ['线索核查', '采取封存'] });
    expect(coercive.statusCode, coercive.body).toBe(400);
    expect(coercive.json()).toMatchObject({ code: 'COERCIVE_NOT_DELEGABLE', message: expect.stringMatching(/行政强制措施权不得委托/) });
    expect((await (await client('zhifa1')).request('POST', '/api/delegations', letter)).statusCode).toBe(403);
    const registered = await head.request('POST', '/api/delegations', letter);
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json()).toMatchObject({ 委托机关: { jurisdiction: '山西省/阳泉市', name: '阳泉市医疗保障局' }, 状态: '有效' });
    // published: the portal lists it without a login
    const published = await app.inject({ method: 'GET', url: '/api/public/delegations' });
    expect(published.json()).toContainEqual(expect.objectContaining({ 文号: letter.文号, 受托组织: { 名称: letter.受托组织名称, 统一社会信用代码: code }, 权限: letter.权限 }));
    // the administrator makes two officers the 受托组织's people (a code without a 委托书 is refused)
    for (const name of ['shoutuo1', 'shoutuo2']) {
      await addAccount(db, { name, displayName: `受托${name.slice(-1)}`, roles: ['执法人员'], jurisdiction: '山西省/阳泉市', certificate: { no: `ST-${name}`, validFrom: '2024-01-01', validTo: '2028-12-31' } });
    }
    const admin = await client('admin');
    expect((await admin.request('PATCH', '/api/users/shoutuo1', { organisation: caseTesting.testCreditCode(82), reason: '委托执法' })).json().code).toBe('NO_DELEGATION');
    for (const name of ['shoutuo1', 'shoutuo2']) {
      const r = await admin.request('PATCH', `/api/users/${name}`, { organisation: code, reason: '委托执法人员' });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json().organisation).toBe(code);
    }
    const officer = await client('shoutuo1');
    // 不得再委托: the 受托组织's officer registers no 委托书
    const onward = await officer.request('POST', '/api/delegations', { ...letter, 文号: '阳医保委〔2026〕10号' });
    expect(onward.statusCode).toBe(403);
    // no 封存 opened by the 受托组织's officer
    const sealing = await officer.request('POST', '/api/cases', { procedure: 'xzqz-fengcun', jurisdiction: '山西省/阳泉市' });
    expect(sealing.statusCode, sealing.body).toBe(400);
    expect(sealing.json().code).toBe('DELEGATION_COERCIVE');
    // a penalty case within the 委托: opened and checked by the officer, filed by the bureau's head
    const opened = await officer.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3' });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    expect((await officer.request('POST', `/api/cases/${id}/act`, { step: '线索核查', input: { 核查意见: '属实' } })).statusCode).toBe(200);
    const filed = await head.request('POST', `/api/cases/${id}/act`, { step: '立案', input: { officers: ['shoutuo1', 'shoutuo2'], 案由: '涉嫌骗取医保基金', parties: [caseTesting.testOrganisation('某某医院', '定点医疗机构', 83)] } });
    expect(filed.statusCode, filed.body).toBe(200);
    // 第八条第四款: the case is the 委托机关's — its head reads it, its record verifies
    const before = await view(id);
    expect(before.case.jurisdiction.path).toBe('山西省/阳泉市');
    const verifyBefore = (await head.request('GET', '/api/record/verify')).json();
    for (const [step, input, says] of [
      ['先行登记保存', { officers: ['shoutuo1', 'shoutuo2'], 证据: [{ 名称: '住院收费明细', 说明: '2025年全年' }], 批准人: 'fuze' }, /权限不包括「先行登记保存」.*第八条第三款/],
      ['采取封存', { 封存理由: '账册可能被转移' }, /行政强制措施权不得委托.*第八条第一款/],
    ] as const) {
      const r = await officer.request('POST', `/api/cases/${id}/act`, { step, input });
      expect(r.statusCode, r.body).toBe(409);
      expect(r.json().message).toMatch(says);
    }
    const after = await view(id);
    expect(after.case).toEqual(before.case);
    expect(after.timeline).toEqual(before.timeline);
    expect((await head.request('GET', '/api/record/verify')).json()).toEqual(verifyBefore);
  });
});
