// 医疗保障行政处罚程序暂行规定 (局令第4号) through the HTTP API as the officers and heads of the
// demo bureau would act: the party's 回避 application and its graded decision (第五条), the
// 先行登记保存 on a head's approval and its decision (第二十六条、第二十八条), and 登记证据
// (第十九条至第二十三条) — each walked, the case and the record checked. The refusals are the
// attacks of src/cases/testing/attacks.ts (server/guards.http.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseTesting, DEMO_USERS, type CaseState } from '../cases/index.js';
import { addAccount, clientOf, testServer, TEST_PASSWORD, uploadAttachment, type Client } from './test-support/harness.js';
import { createDemoAccounts, DEMO_ACCOUNTS } from './users.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

const { ATTACK_USERS, clock } = caseTesting;
const at = clock('2026-03-02');
let now = at(0);
let app: YibaoServer;
let db: ServerDb;
const officers = ['zhifa1', 'zhifa2'];
const HOSPITAL = caseTesting.testOrganisation('某某医院', '定点医疗机构', 75);

beforeAll(async () => {
  ({ app, db } = await testServer({ now: () => now }));
  await createDemoAccounts(db, TEST_PASSWORD);
  const extra = [...DEMO_USERS.filter((u) => !DEMO_ACCOUNTS.some((a) => a.name === u.name)), ...ATTACK_USERS];
  for (const u of extra) await addAccount(db, { name: u.name, displayName: u.displayName, roles: u.roles, jurisdiction: u.jurisdiction, ...(u.certificate ? { certificate: u.certificate } : {}) });
}, 180_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const client = (name: string): Promise<Client> => clientOf(app, name);
async function act(id: string, step: string, as: string, input: Record<string, unknown>, n: number) {
  now = at(n);
  return (await client(as)).request('POST', `/api/cases/${id}/act`, { step, input });
}
async function ok(id: string, step: string, as: string, input: Record<string, unknown>, n: number): Promise<void> {
  const r = await act(id, step, as, input, n);
  expect(r.statusCode, `「${step}」：${r.body}`).toBe(200);
}
async function view(id: string): Promise<{ case: CaseState; timeline: Array<{ step: string; actor: string }> }> {
  const r = await (await client('fuze')).request('GET', `/api/cases/${id}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
async function filed(): Promise<string> {
  now = at(0);
  const opened = await (await client('zhifa1')).request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3' });
  expect(opened.statusCode, opened.body).toBe(201);
  const id = opened.json().id as string;
  await ok(id, '线索核查', 'zhifa1', { 核查意见: '属实' }, 0);
  await ok(id, '立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [HOSPITAL] }, 0);
  return id;
}
/** An attachment uploaded first and referred to by its hash, as the console does. */
const upload = async (as: string, name: string) => uploadAttachment(app, await client(as), name, `${name}（${now}）`);
const verified = async () => (await (await client('fuze')).request('GET', '/api/record/verify')).json() as { ok: boolean };

describe('暂行规定 第五条 through the API', () => {
  it('the party applies; the investigation goes on; the heads decide the 主要负责人’s recusal together, a head an officer’s', async () => {
    const id = await filed();
    await ok(id, '申请回避', 'zhifa1', { user: 'fuze', 申请人: '某某医院', 理由: '局长与本院院长系亲属' }, 1);
    await ok(id, '申请回避', 'zhifa1', { user: 'zhifa2', 申请人: '某某医院', 理由: '执法人员曾在本院任职' }, 1);
    // pending: zhifa2 still investigates
    await ok(id, '调查取证', 'zhifa2', { officers, 取证内容: '询问院长', attachments: [await upload('zhifa2', '笔录或证据')] }, 1);
    const pending = (await view(id)).case;
    expect(pending.recusals!.map((r) => [r.user, r.decision?.result ?? '待决定'])).toEqual([['fuze', '待决定'], ['zhifa2', '待决定']]);
    const alone = await act(id, '回避决定', 'fuze2', { user: 'fuze', 决定: '回避', 理由: 'x' }, 2);
    expect([alone.statusCode, alone.json().code]).toEqual([409, 'RECUSAL_COLLECTIVE_REQUIRED']);
    await ok(id, '回避决定', 'fuze2', { user: 'fuze', 决定: '回避', 理由: '亲属关系属实', 集体讨论: { 参加人员: ['fuze2', 'fuze3'], 讨论结论: '陈局长回避' } }, 2);
    await ok(id, '回避决定', 'fuze3', { user: 'zhifa2', 决定: '不予回避', 理由: '任职已满五年，无利害关系' }, 2);
    const c = (await view(id)).case;
    expect(c.interests.map((i) => i.user)).toEqual(['fuze']);
    expect(c.recusals!.map((r) => [r.user, r.decision!.result, r.decision!.by])).toEqual([['fuze', '回避', 'fuze2'], ['zhifa2', '不予回避', 'fuze3']]);
    // the recused 主要负责人 takes no further step; the other head does
    const out = await act(id, '中止调查', 'fuze', { 中止情形: '因不可抗力暂时无法调查', 说明: 'x' }, 3);
    expect([out.statusCode, out.json().code]).toEqual([409, 'RECUSED']);
    expect((await verified()).ok).toBe(true);
  });
});

describe('暂行规定 第十九条至第二十八条 through the API', () => {
  it('登记证据 with its kind and source; 先行登记保存 on a head’s approval, then 封存 opened from it', async () => {
    const id = await filed();
    const copy = { 名称: '收费明细复印件', 种类: '书证', 收集方式: '复制', 原件: false, 与原件核对一致: true, 取证日期: '2026-03-03', 证据出处: '某某医院财务科', 提供人签章: true };
    await ok(id, '登记证据', 'zhifa1', { officers, 证据: [copy], attachments: [await upload('zhifa1', '收费明细复印件')] }, 1);
    const held = { officers, 证据: [{ 名称: '住院收费明细' }] };
    const unapproved = await act(id, '先行登记保存', 'zhifa1', held, 1);
    expect([unapproved.statusCode, unapproved.json().code]).toEqual([409, 'EVIDENCE_HOLD_NOT_APPROVED']);
    await ok(id, '先行登记保存', 'zhifa1', { ...held, 批准人: 'fuze2' }, 1);
    await ok(id, '先行登记保存处理', 'zhifa2', { officers, 处理措施: '决定予以封存', 说明: '资料可能被转移' }, 2);
    const { case: c, timeline } = await view(id);
    expect(timeline.map((e) => e.step)).toEqual(['开案', '线索核查', '立案', '登记证据', '先行登记保存', '先行登记保存处理']);
    expect(c.deadlines.find((d) => d.id === '先行登记保存处理期限')!.status).toBe('met');
    const sealing = await (await client('zhifa1')).request('GET', `/api/cases/${c.links.children[0]}`);
    expect(sealing.statusCode, sealing.body).toBe(200);
    expect(sealing.json().case.procedure.id).toBe('xzqz-fengcun');
    expect((await verified()).ok).toBe(true);
  });
});

describe('暂行规定 第十条至第十二条 through the API', () => {
  it('a case sent to another department is that department’s: the former one can no longer see or act on it; the receiver may not send it on, only refer it up to the common superior', async () => {
    const KUANGQU = '山西省/阳泉市/矿区';
    const CHENGQU = '山西省/阳泉市/城区';
    now = at(0);
    const opened = await (await client('kuangqu1')).request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3' });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    await ok(id, '线索核查', 'kuangqu1', { 核查意见: '违法行为发生在城区' }, 0);
    // read once by 矿区 (the server remembers a case's jurisdiction: the move must update it)
    expect((await (await client('kuangqufz')).request('GET', `/api/cases/${id}`)).statusCode).toBe(200);
    await ok(id, '移送管辖', 'kuangqufz', { 受移送部门: CHENGQU, 移送理由: '违法行为发生地在城区（第九条第一款）' }, 0);
    // the former department: not found, for reading and for acting; not in its list
    expect((await (await client('kuangqu1')).request('GET', `/api/cases/${id}`)).statusCode).toBe(404);
    const former = await act(id, '发生管辖权争议', 'kuangqufz', { 争议部门: CHENGQU, 争议情况: 'x' }, 1);
    expect(former.statusCode, former.body).toBe(404);
    expect((await (await client('kuangqufz')).request('GET', '/api/cases?limit=200')).json().items.map((x: { id: string }) => x.id)).not.toContain(id);
    // the receiving department sees it as its own
    const received = await (await client('chengqufz')).request('GET', `/api/cases/${id}`);
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json().case.jurisdiction.path).toBe(CHENGQU);
    expect(received.json().case.venue.received).toEqual({ from: KUANGQU, on: received.json().case.venue.moves[0].date });

    // the attack (第十二条第二款): sent on by the receiver — refused, nothing changed
    now = at(1);
    const before = await view(id);
    const verifyBefore = await verified();
    const onward = await act(id, '移送管辖', 'chengqufz', { 受移送部门: '山西省/阳泉市/郊区', 移送理由: '应由郊区管辖' }, 1);
    expect(onward.statusCode, onward.body).toBe(409);
    expect(onward.json().code).toBe('NO_ONWARD_TRANSFER');
    expect(onward.json().message).toMatch(/报请共同的上一级医疗保障行政部门指定管辖，不得再自行移送/);
    const after = await view(id);
    expect(after.case).toEqual(before.case);
    expect(after.timeline).toEqual(before.timeline);
    expect(await verified()).toEqual(verifyBefore);

    // referred up instead; 阳泉市 (the common superior) designates 矿区 after all
    await ok(id, '报请指定管辖', 'chengqufz', { 报请理由: '对管辖权有异议' }, 1);
    const wrongSuperior = await act(id, '指定管辖', 'kuangqufz', { 指定管辖部门: KUANGQU, 决定理由: 'x' }, 2);
    expect(wrongSuperior.statusCode).toBe(404);
    await ok(id, '指定管辖', 'fuze', { 指定管辖部门: KUANGQU, 决定理由: '矿区系违法行为发生地' }, 2);
    expect((await (await client('chengqufz')).request('GET', `/api/cases/${id}`)).statusCode).toBe(404);
    const back = await act(id, '立案', 'kuangqufz', { officers: ['kuangqu1', 'kuangqu2'], 案由: '涉嫌骗取医保基金', 案件来源: '其他部门移送', parties: [HOSPITAL] }, 2);
    expect(back.statusCode, back.body).toBe(200);
    const c = (await view(id)).case;
    expect(c.venue!.moves.map((m) => [m.from, m.to, m.how])).toEqual([[KUANGQU, CHENGQU, '移送管辖'], [CHENGQU, KUANGQU, '指定管辖']]);
    expect(c.officers).toEqual(['kuangqu1', 'kuangqu2']);
    // the record replays to the same case (and jurisdiction)
    expect((await verified()).ok).toBe(true);
  });
});
