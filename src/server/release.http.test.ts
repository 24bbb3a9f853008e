// 强制措施 released before a penalty case ends, through the HTTP API: 采取封存 opens a linked 封存
// case; while it holds, 终止调查 is refused with 409 MEASURES_NOT_RELEASED (暂行规定 第四十七条第二款)
// and the case, its timeline and the record are unchanged; once released, 终止调查 is accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseTesting, type CaseState } from '../cases/index.js';
import { clientOf, testServer, TEST_PASSWORD, uploadAttachment, type Client } from './test-support/harness.js';
import { createDemoAccounts } from './users.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

const { clock, testOrganisation } = caseTesting;
const at = clock('2026-03-02');
let now = at(0);
let app: YibaoServer;
let db: ServerDb;
const officers = ['zhifa1', 'zhifa2'];

beforeAll(async () => {
  ({ app, db } = await testServer({ now: () => now }));
  await createDemoAccounts(db, TEST_PASSWORD);
}, 180_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const client = (name: string): Promise<Client> => clientOf(app, name);

const upload = (who: Client, name: string) => uploadAttachment(app, who, name, `${name}：处方 20 册`);

async function act(id: string, step: string, as: string, input: Record<string, unknown>, n: number) {
  now = at(n);
  return (await client(as)).request('POST', `/api/cases/${id}/act`, { step, input });
}
async function ok(id: string, step: string, as: string, input: Record<string, unknown>, n: number) {
  const r = await act(id, step, as, input, n);
  expect(r.statusCode, `「${step}」：${r.body}`).toBe(200);
  return r.json() as { state: string; closed: boolean; spawned: string[] };
}
async function view(id: string): Promise<{ case: CaseState; timeline: unknown[] }> {
  const r = await (await client('fuze')).request('GET', `/api/cases/${id}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

describe('a case cannot end while its 封存 holds (HTTP)', () => {
  it('终止调查 → 409 MEASURES_NOT_RELEASED while the linked 封存 holds, nothing changed; accepted once it is released', async () => {
    now = at(0);
    const opened = await (await client('zhifa1')).request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3' });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    await ok(id, '线索核查', 'zhifa1', { 核查意见: '属实' }, 0);
    await ok(id, '立案', 'fuze', { officers, 案由: '涉嫌骗取医保基金', parties: [testOrganisation('某某医院', '定点医疗机构', 91)] }, 0);
    const { spawned } = await ok(id, '采取封存', 'zhifa1', { 封存理由: '处方和结算资料可能被转移' }, 1);
    expect(spawned).toHaveLength(1);
    const sealing = spawned[0]!;
    await ok(sealing, '申请封存', 'zhifa1', { officers, 封存理由: '资料可能被转移', 封存清单: '处方 20 册' }, 1);
    await ok(sealing, '批准封存', 'fuze', { 审批意见: '同意' }, 1);
    await ok(sealing, '实施封存', 'zhifa1', { officers, 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: '当场封存', 现场实施: { 出示执法证件: true, 当事人到场: true, 告知理由依据权利: true, 陈述申辩: '当事人无异议', 笔录签章: '当事人和执法人员签名或者盖章', 决定书和清单: '当场交付当事人' }, attachments: [await upload(await client('zhifa1'), '封存清单')] }, 2);

    const before = await view(id);
    const verifyBefore = (await (await client('fuze')).request('GET', '/api/record/verify')).json();
    const r = await act(id, '终止调查', 'fuze', { 终止情形: '移送司法机关追究刑事责任', 说明: '涉嫌诈骗罪' }, 3);
    expect(r.statusCode, r.body).toBe(409);
    expect(r.json().code).toBe('MEASURES_NOT_RELEASED');
    expect(r.json().message).toMatch(/第四十七条第二款/);
    const after = await view(id);
    expect(after.case).toEqual(before.case);
    expect(after.timeline).toEqual(before.timeline);
    expect((await (await client('fuze')).request('GET', '/api/record/verify')).json()).toEqual(verifyBefore);

    await ok(sealing, '解除封存', 'zhifa2', { officers, 解除情形: '其他不再需要采取封存措施的情形', 解除理由: '终止调查', 批准人: 'fuze' }, 3);
    expect(await ok(id, '终止调查', 'fuze', { 终止情形: '移送司法机关追究刑事责任', 说明: '涉嫌诈骗罪' }, 3)).toMatchObject({ state: '已终止', closed: true });
    expect((await (await client('fuze')).request('GET', '/api/record/verify')).json()).toMatchObject({ ok: true });
  });
});
