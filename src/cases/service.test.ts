// The case service on PGlite: one transaction per act, refusals change nothing, stored
// deadlines, sealed fields, spawned cases, recomputation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProcedures } from './procedure/load.js';
import { CaseService, type CasePorts, type Queryable } from './service.js';
import { openTestStore, type Store, type TestStore } from '../store/index.js';
import { insertDemoUsers } from './users.js';
import { appendEvent as recordAppend, listEvents, putAttachment, verifyRecord } from './record/index.js';
import { attachment, day, weekdayCalendar } from './testing/support.js';
import { testOrganisation } from './testing/parties.js';
import { decidePenalty } from '../law/index.js';
import type { CaseEvent } from './engine/types.js';

const appendEvent = (tx: Queryable, e: CaseEvent) =>
  recordAppend(tx as never, { caseId: e.caseId, actor: e.actor, step: e.step, at: e.at, inputs: { ...e.inputs, fromState: e.fromState, toState: e.toState }, attachments: e.attachments.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size ?? 0 })) });

let testStore: TestStore;
let store: Store;
let service: CaseService;
let calendarYear2027Known = false;
const ports: CasePorts = {
  appendEvent,
  putAttachment: (tx, bytes) => putAttachment(tx as never, bytes),
  computeDeadline: (req) => ({ ...weekdayCalendar(req), provisional: !calendarYear2027Known && weekdayCalendar(req).due >= '2027-01-01', ...(calendarYear2027Known && req.unit === '日' && req.amount === 90 ? { due: '2027-02-22' } : {}) }),
  deadlineStatus: (due, today) => (today > due ? 'red' : due <= '2026-11-26' ? 'yellow' : 'green'),
  resolveItem: (id) => (id === 'x#1' ? { name: '对可能被转移、隐匿或者灭失的资料进行封存', kind: '行政强制', matter: { id: 'coercion.seal-records', name: '封存' }, jurisdiction: '山西省/阳泉市' } : undefined),
  decide: (input) => decidePenalty(input),
  today: () => '2030-12-31',
};
const J = { jurisdiction: '山西省/阳泉市' };
const HOSPITAL = testOrganisation('某医院', '定点医疗机构', 21);

beforeAll(async () => {
  testStore = await openTestStore();
  await insertDemoUsers(testStore.store);
  store = testStore.store;
  service = new CaseService(store, loadProcedures(), ports);
}, 120_000);
afterAll(async () => testStore.cleanup());

async function snapshot() {
  const cases = await store.query('SELECT id, state, body, revision FROM cases ORDER BY id');
  const events = await store.query('SELECT seq, hash FROM record_event ORDER BY seq');
  const deadlines = await store.query('SELECT * FROM case_deadlines ORDER BY case_id, ordinal');
  return JSON.stringify([cases.rows, events.rows, deadlines.rows]);
}

describe('CaseService', () => {
  it('opens a case from an item (mapping) and records the opening', async () => {
    const c = await service.open({ item: 'x#1', actor: 'zhifa1', now: day(0) });
    expect(c).toMatchObject({ procedure: { id: 'xzqz-fengcun', version: 2 }, state: '待采取', item: { ref: 'x#1' }, jurisdiction: { path: '山西省/阳泉市', code: '140300' } });
    expect((await store.query<{ j: string }>('SELECT jurisdiction_id AS j FROM cases WHERE id = $1', [c.id])).rows[0]!.j).toBe('山西省/阳泉市');
    expect(c.id).toMatch(/^2026-\d{6}$/);
    expect((await listEvents(store, { caseId: c.id })).map((e) => e.step)).toEqual(['开案']);
    await expect(service.open({ item: 'y#2' })).rejects.toThrow('找不到事项');
  });

  it('a refused act changes nothing: case, deadlines and record', async () => {
    const c = await service.open({ ...J, procedure: 'xzcf-putong', actor: 'zhifa1', now: day(0) });
    await service.act(c.id, '线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    const before = await snapshot();
    const r = await service.act(c.id, '立案', 'fuze', { officers: ['zhifa1'], 案由: 'x', parties: [HOSPITAL] }, day(0));
    expect(r).toMatchObject({ ok: false, refusal: { code: 'INVALID_INPUT' } });
    expect(await snapshot()).toBe(before);
    const ok = await service.act(c.id, '立案', 'fuze', { officers: ['zhifa1', 'zhifa2'], 案由: 'x', parties: [HOSPITAL] }, day(0));
    expect(ok.ok).toBe(true);
    expect(await snapshot()).not.toBe(before);
    const rows = await service.deadlines({ caseId: c.id, today: '2026-11-23' });
    expect(rows).toEqual([expect.objectContaining({ deadline: '办案期限', due: '2027-02-21', provisional: true, status: 'open', colour: 'green' })]);
  });

  it('an act that throws inside the transaction leaves nothing behind', async () => {
    const c = await service.open({ ...J, procedure: 'xzqr', variant: '登记', actor: 'jingban', now: day(0) });
    const before = await snapshot();
    const failing = new CaseService(store, loadProcedures(), { ...ports, appendEvent: async () => { throw new Error('记录写入失败'); } });
    await expect(failing.act(c.id, '受理', 'jingban', { 申请人: 'a', parties: [testOrganisation('a', '用人单位', 11)], 申请事项: 'b', attachments: [attachment('申请材料')] }, day(0))).rejects.toThrow('记录写入失败');
    expect(await snapshot()).toBe(before);
  });

  it('keeps the reporter sealed: only reward handlers see it', async () => {
    const c = await service.open({ ...J, procedure: 'xzjl', actor: 'jiangli', now: day(0) });
    const r = await service.act(c.id, '受理举报', 'jiangli', { 举报人: { 姓名: '秘密甲' }, 举报内容: 'x' }, day(0));
    expect(r.ok).toBe(true);
    const all = JSON.stringify((await store.query('SELECT body FROM cases WHERE id = $1', [c.id])).rows) + JSON.stringify((await listEvents(store, { caseId: c.id })));
    expect(all).not.toContain('秘密甲');
    expect((await service.show(c.id, 'jiangli')).sealed).toEqual({ 举报人: { 姓名: '秘密甲' } });
    expect((await service.show(c.id, 'zhifa1')).sealed).toBeUndefined();
    expect((await service.show(c.id, 'fuze')).sealed).toBeUndefined();
  });

  it('an inspection finding opens a linked penalty case in the same transaction', async () => {
    const c = await service.open({ ...J, procedure: 'xzjc-shuangsuiji', actor: 'jianguan', now: day(0) });
    await service.act(c.id, '制定计划', 'jianguan', { 检查事项: 'x', 检查对象名录: ['甲医院', '乙医院'], 抽取对象数: 1, 抽取人员数: 2 }, day(0));
    await service.act(c.id, '批准计划', 'fuze', { 审批意见: '同意' }, day(0));
    const drawn = await service.act(c.id, '双随机抽取', 'jianguan', { seed: 's1' }, day(0));
    if (!drawn.ok) throw new Error(drawn.refusal.message);
    const { targets, inspectors } = drawn.case.draw!;
    await service.act(c.id, '现场检查', inspectors[0]!, { officers: inspectors, 检查记录: 'x', attachments: [attachment('现场检查笔录')] }, day(1));
    const r = await service.act(c.id, '处置', inspectors[0]!, { 处置结果: [{ 对象: targets[0], 发现: '串换药品', 措施: '移送立案' }] }, day(1));
    if (!r.ok) throw new Error(r.refusal.message);
    expect(r.spawned).toHaveLength(1);
    const child = await service.get(r.spawned[0]!);
    expect(child).toMatchObject({ procedure: { id: 'xzcf-putong' }, state: '线索', facts: { 检查对象: targets[0], 检查案件: c.id }, jurisdiction: { path: '山西省/阳泉市' }, links: { parent: c.id } });
    expect((await service.get(c.id)).links.children).toEqual(r.spawned);
  });

  it('recomputes provisional deadlines when a new year schedule is known, and records it', async () => {
    const open = await service.deadlines({ today: '2026-11-23' });
    expect(open.some((d) => d.provisional)).toBe(true);
    calendarYear2027Known = true;
    const changed = await service.recomputeOpenDeadlines(day(0));
    calendarYear2027Known = false;
    expect(changed.length).toBeGreaterThan(0);
    const after = changed[0]!.after.find((d) => d.id === '办案期限')!;
    expect(after).toMatchObject({ provisional: false, due: '2027-02-22' });
    expect((await listEvents(store, { caseId: changed[0]!.caseId })).at(-1)!.step).toBe('重算期限');
  });

  it('the record of all these cases verifies, attachments stored by hash', async () => {
    const v = await verifyRecord(store, { checkAttachments: true });
    expect(v.ok).toBe(true);
    const { rows } = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM record_attachment');
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});
