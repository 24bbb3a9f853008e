// Deadlines of cases, computed by the real calendar and stored: a 90-day case opened in
// November 2026 ends in 2027, a year chinese-days does not know — provisional until a
// (made-up) 2027 schedule is loaded, then recomputed and recorded. Working-day limits
// across the 2026 Spring Festival and National Day with their 调休 Saturdays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendar, type WorkCalendar } from '../law/index.js';
import { openTestStore, type TestStore } from '../store/index.js';
import { insertDemoUsers } from './users.js';
import { listEvents } from './record/index.js';
import { loadScheduleAndRecompute, realPorts } from './runtime.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { attachment, reviewPoints } from './testing/support.js';
import { testOrganisation } from './testing/parties.js';

const SCHEDULE_2027 = {
  year: 2027,
  source: { title: '测试用：虚构的2027年部分节假日安排（非国务院文件）', note: '仅供测试' },
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '虚构假日', from: '2027-02-20', to: '2027-02-23' },
  ],
  workdays: [{ date: '2027-02-27', name: '虚构调休' }],
};

let ts: TestStore;
let calendar: WorkCalendar;
let service: CaseService;
beforeAll(async () => {
  ts = await openTestStore();
  await insertDemoUsers(ts.store);
  calendar = createCalendar();
  service = new CaseService(ts.store, loadProcedures(), realPorts({ today: () => '2030-12-31' }, calendar));
}, 120_000);
afterAll(async () => ts.cleanup());

const T = (date: string) => `${date}T10:00:00+08:00`;
const officers = ['zhifa1', 'zhifa2'];
const PHARMACY = testOrganisation('某药店', '定点零售药店', 51);
const ART39 = { 法规: '医疗保障基金使用监督管理条例', 条: 39, 项: 1 };
const FACTS39 = { amounts: {}, flags: ['拒不改正'] };
const CHOICE = [{ measureId: '责令改正@当事人' }, { measureId: '罚款@单位', amountFen: 1_000_000 }];

async function filed(on: string): Promise<string> {
  const c = await service.open({ procedure: 'xzcf-putong', jurisdiction: '山西省/阳泉市', actor: 'zhifa1', now: T(on) });
  for (const [step, as, input] of [
    ['线索核查', 'zhifa1', { 核查意见: '属实' }],
    ['立案', 'fuze', { officers, 案由: '测试案', parties: [PHARMACY] }],
    ['登记证据', 'zhifa1', { officers, 证据: [{ 名称: '处方原件', 种类: '书证', 收集方式: '调取材料', 原件: true }] }],
  ] as const) {
    const r = await service.act(c.id, step, as, input, T(on));
    if (!r.ok) throw new Error(r.refusal.message);
  }
  return c.id;
}

describe('a 90-day case opened in November 2026', () => {
  let id = '';
  let decided = '';
  it('has a provisional due date in 2027 (暂行规定 第四十五条: 九十日)', async () => {
    id = await filed('2026-11-23');
    const [row] = await service.deadlines({ caseId: id, today: '2026-11-23' });
    // 90 days from 2026-11-23 end on Sunday 2027-02-21; with weekends alone (no 2027 data) → Monday 02-22
    expect(row).toMatchObject({ deadline: '办案期限', start: '2026-11-23', due: '2027-02-22', provisional: true, colour: 'green' });
  });

  it('a 送达 limit of 7 working days across New Year 2027 is provisional too', async () => {
    decided = await filed('2026-12-01');
    const steps: Array<[string, string, Record<string, unknown>, string]> = [
      ['调查终结', 'zhifa1', { officers, 调查终结报告: 'x', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['处方原件'] }], violation: ART39, facts: FACTS39 }, '2026-12-02'],
      ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, '2026-12-03'],
      ['告知', 'zhifa1', { officers, measures: CHOICE, 告知书送达日期: '2026-12-03' }, '2026-12-03'],
      ['放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, '2026-12-04'],
      ['放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, '2026-12-04'],
      ['决定', 'fuze', { 类型: '行政处罚', measures: CHOICE }, '2026-12-28'],
    ];
    for (const [step, as, input, on] of steps) {
      const r = await service.act(decided, step, as, input, T(on));
      if (!r.ok) throw new Error(`${step}: ${r.refusal.message}`);
    }
    const [row] = await service.deadlines({ caseId: decided, today: '2026-12-28' });
    // 12-29, 12-30, 12-31, 01-01 (a Friday: counted while 2027 is unknown), 01-04, 01-05, 01-06
    expect(row).toMatchObject({ deadline: '送达期限', unit: '工作日', due: '2027-01-06', provisional: true });
  });

  it('is recomputed when the 2027 schedule is loaded, and the change is recorded', async () => {
    const before = (await listEvents(ts.store, { caseId: id })).length;
    const { year, changed } = await loadScheduleAndRecompute(service, ts.store, SCHEDULE_2027, 'admin', T('2026-12-29'), calendar);
    expect(year).toBe(2027);
    expect(changed.map((c) => c.caseId).sort()).toEqual([id, decided].sort());
    const [row] = await service.deadlines({ caseId: id, today: '2026-12-29' });
    // 02-21 is a Sunday, 02-20…02-23 a (made-up) holiday: the period ends on the first working day after, 02-24
    expect(row).toMatchObject({ due: '2027-02-24', provisional: false });
    const [served] = await service.deadlines({ caseId: decided, today: '2026-12-29' });
    // 2027-01-01 is now a holiday: 12-29, 12-30, 12-31, 01-04, 01-05, 01-06, 01-07
    expect(served).toMatchObject({ due: '2027-01-07', provisional: false });
    const events = await listEvents(ts.store, { caseId: id });
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ step: '重算期限' });
    const stored = await ts.store.query<{ year: number }>('SELECT year FROM calendar_schedule');
    expect(stored.rows).toEqual([{ year: 2027 }]);
    // nothing changes a second time
    expect((await service.recomputeOpenDeadlines(T('2026-12-30'))).length).toBe(0);
  });
});

describe('working-day limits across 2026 holidays (real calendar)', () => {
  it('送达 within 七日 (art. 61, 85) across National Day 2026 and its 调休 Saturday 10-10', () => {
    expect(calendar.computeDeadline({ start: '2026-09-29', amount: 7, unit: '工作日' }).due).toBe('2026-10-14');
  });
  it('听证 request within 五日 (art. 64) across Spring Festival 2026 with 调休 Saturday 02-14', () => {
    expect(calendar.computeDeadline({ start: '2026-02-12', amount: 5, unit: '工作日' }).due).toBe('2026-02-26');
  });
  it('a hearing window opened before Spring Festival is still open on 02-25, closed on 02-27', async () => {
    const c = await service.open({ procedure: 'xzcf-putong', jurisdiction: '山西省/阳泉市', actor: 'zhifa1', now: T('2026-02-02') });
    const run = async (step: string, as: string, input: Record<string, unknown>, on: string) => {
      const r = await service.act(c.id, step, as, input, T(on));
      return r;
    };
    await run('线索核查', 'zhifa1', { 核查意见: '属实' }, '2026-02-02');
    await run('立案', 'fuze', { officers, 案由: '测试', parties: [PHARMACY] }, '2026-02-02');
    await run('登记证据', 'zhifa1', { officers, 证据: [{ 名称: '处方原件', 种类: '书证', 收集方式: '调取材料', 原件: true }] }, '2026-02-02');
    await run('调查终结', 'zhifa1', { officers, 调查终结报告: 'x', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['处方原件'] }], violation: ART39, facts: FACTS39 }, '2026-02-10');
    await run('法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, '2026-02-11');
    const notified = await run('告知', 'zhifa1', { officers, measures: CHOICE, 告知书送达日期: '2026-02-12' }, '2026-02-12');
    if (!notified.ok) throw new Error(notified.refusal.message);
    expect(notified.case.deadlines.find((d) => d.id === '听证申请期限')).toMatchObject({ due: '2026-02-26', provisional: false });
    await run('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, '2026-02-13');
    const early = await run('决定', 'fuze', { 类型: '行政处罚', measures: CHOICE }, '2026-02-25');
    expect(early).toMatchObject({ ok: false, refusal: { code: 'WINDOW_OPEN' } });
    const late = await run('申请听证', 'zhifa1', { 申请方式: '书面' }, '2026-02-27');
    expect(late).toMatchObject({ ok: false, refusal: { code: 'HEARING_REQUEST_LATE' } });
    const ok = await run('决定', 'fuze', { 类型: '行政处罚', measures: CHOICE }, '2026-02-27');
    expect(ok.ok ? 'ok' : ok.refusal.message).toBe('ok');
  });
});
