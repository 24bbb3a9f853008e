// 当场收缴 (医疗保障行政处罚程序暂行规定 第五十二条) and 电子送达 (第五十九条第二款), as pure logic.
// No 医保 article reaches the 简易程序's decision (each adds an order or a suspension), so
// the 简易程序 runs on a made-up article with a fine only (testing/support.ts fakeDecision).
import { describe, expect, it } from 'vitest';
import { loadProcedures } from '../procedure/load.js';
import { day, fakeDecision, testContext, YANGQUAN } from '../testing/support.js';
import { testOrganisation, testPerson } from '../testing/parties.js';
import { act, openCase } from './engine.js';
import { COLLECTION_GUARDS } from './guards-collection.js';
import { ON_SITE_COLLECTION_MAX_FEN } from './statutory.js';
import type { CaseState, EngineContext } from './types.js';
import type { GuardInput } from './guards.js';

const registry = loadProcedures();
const officers = ['zhifa1', 'zhifa2'];
const violation = { 法规: '测试条例', 条: 1 };
const facts = { amounts: {}, flags: [] };

function decidedOnSite(party: 'person' | 'organisation', fineFen: number) {
  const kind = party === 'person' ? '参保个人' : '定点零售药店';
  const ctx: EngineContext = testContext(registry.get('xzcf-jianyi')!, { decide: () => fakeDecision(kind, [{ kind: '罚款', minFen: 0, maxFen: 300_000 }]) });
  let state: CaseState = openCase({ id: 'K1', procedure: ctx.procedure, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN }, ctx);
  const run = (step: string, as: string, input: Record<string, unknown>, at = day(0)) => {
    const r = act(state, step, as, input, at, ctx);
    if (!r.ok) throw new Error(`${step}: ${r.refusal.code} ${r.refusal.message}`);
    state = r.state;
  };
  const refuse = (step: string, as: string, input: Record<string, unknown>, at = day(0)) => {
    const before = structuredClone(state);
    const r = act(state, step, as, input, at, ctx);
    expect(state).toEqual(before);
    if (r.ok) throw new Error(`${step} was not refused`);
    return r.refusal;
  };
  const parties = [party === 'person' ? testPerson('张某', 41) : testOrganisation('某药店', '定点零售药店', 42)];
  const measures = [{ measureId: '罚款@当事人', amountFen: fineFen }];
  run('当场认定', 'zhifa1', { officers, parties, 违法事实: '…', violation, facts });
  run('当场告知', 'zhifa1', { officers, measures });
  run('当场决定', 'zhifa2', { officers, 类型: '行政处罚', 出示执法证件: true, measures });
  run('当场交付', 'zhifa1', { 签收情况: '当事人签收' });
  return { run, refuse, get state() { return state; } };
}

describe('当场收缴 (暂行规定 第五十二条)', () => {
  it('a fine of 一百元 collected on the spot with its receipt, handed in and paid to the bank within two working days each, then 备案', () => {
    expect(ON_SITE_COLLECTION_MAX_FEN.value).toBe(10_000);
    const c = decidedOnSite('person', 10_000);
    c.run('执行', 'zhifa1', { 执行情况: '当场缴纳', 当场收缴: true, 收缴情形: '依法给予一百元以下的罚款', 收缴金额: 10_000, 专用票据号: 'CZ-0001' });
    expect(c.state.execution?.payments).toEqual([{ kind: '罚款', payer: '张某', amountFen: 10_000, date: day(0).slice(0, 10), receipt: 'CZ-0001', onSite: true }]);
    expect(c.state.deadlines.find((d) => d.id === '当场收缴交款期限')).toMatchObject({ amount: 2, unit: '工作日', status: 'open', start: day(0).slice(0, 10) });
    expect(c.refuse('备案', 'zhifa1', { 备案机关: '阳泉市医疗保障局' }).code).toBe('ONSITE_NOT_HANDED_IN');
    expect(c.refuse('缴付银行', 'fuze', { 银行: '某银行', 缴款凭证号: 'YH-1' }).code).toBe('STEP_ORDER');
    c.run('当场收缴交款', 'zhifa1', { 接收人: '财务科王某', 交款凭证号: 'JK-1' }, day(1));
    expect(c.state.deadlines.find((d) => d.id === '当场收缴交款期限')?.status).toBe('met');
    expect(c.state.deadlines.find((d) => d.id === '当场收缴缴付银行期限')).toMatchObject({ amount: 2, unit: '工作日', status: 'open', start: day(1).slice(0, 10) });
    const refusal = c.refuse('备案', 'zhifa1', { 备案机关: '阳泉市医疗保障局' }, day(1));
    expect(refusal.code).toBe('ONSITE_NOT_PAID_IN');
    expect(refusal.message).toContain('第五十二条第三款');
    c.run('缴付银行', 'fuze', { 银行: '某银行', 缴款凭证号: 'YH-1' }, day(2));
    expect(c.state.deadlines.find((d) => d.id === '当场收缴缴付银行期限')?.status).toBe('met');
    c.run('备案', 'zhifa1', { 备案机关: '阳泉市医疗保障局' }, day(2));
    expect(c.state).toMatchObject({ state: '已备案', closed: true });
  });

  it('handing in after the two working days is recorded late, with its reason', () => {
    const c = decidedOnSite('person', 5_000);
    c.run('执行', 'zhifa1', { 执行情况: '当场缴纳', 当场收缴: true, 收缴情形: '依法给予一百元以下的罚款', 收缴金额: 5_000, 专用票据号: 'CZ-0002' });
    expect(c.refuse('当场收缴交款', 'zhifa1', { 接收人: '王某', 交款凭证号: 'JK-2' }, day(7)).code).toBe('LATE_WITHOUT_REASON');
    c.run('当场收缴交款', 'zhifa1', { 接收人: '王某', 交款凭证号: 'JK-2', 逾期理由: '暴雨交通中断' }, day(7));
    expect(c.state.deadlines.find((d) => d.id === '当场收缴交款期限')).toMatchObject({ status: 'late', lateReason: '暴雨交通中断' });
  });

  it('refuses 2,500 元 collected as “一百元以下”, without the reason it would be hard to collect later, of another amount, or without the 财政 receipt', () => {
    const c = decidedOnSite('organisation', 250_000);
    const base = { 执行情况: '当场缴纳', 当场收缴: true, 收缴金额: 250_000, 专用票据号: 'CZ-9' };
    const over = c.refuse('执行', 'zhifa1', { ...base, 收缴情形: '依法给予一百元以下的罚款' });
    expect(over.code).toBe('ONSITE_NOT_ALLOWED');
    expect(over.message).toContain('2,500.00 元');
    expect(c.refuse('执行', 'zhifa1', { ...base, 收缴情形: undefined }).code).toBe('ONSITE_GROUND_REQUIRED');
    expect(c.refuse('执行', 'zhifa1', { ...base, 收缴情形: '不当场收缴事后难以执行' }).code).toBe('EXPLANATION_REQUIRED');
    const hard = { ...base, 收缴情形: '不当场收缴事后难以执行', 难以执行的情况: '当事人系外地流动经营者' };
    expect(c.refuse('执行', 'zhifa1', { ...hard, 收缴金额: 200_000 }).code).toBe('ONSITE_AMOUNT');
    const { 专用票据号: _r, ...noReceipt } = hard;
    const refusal = c.refuse('执行', 'zhifa1', noReceipt);
    expect(refusal.code).toBe('ONSITE_NO_RECEIPT');
    expect(refusal.message).toMatch(/专用票据.*第五十二条第二款/);
    expect(c.refuse('执行', 'zhifa1', { 执行情况: '当事人到银行缴纳', 专用票据号: 'CZ-9' }).code).toBe('ONSITE_DETAILS_WITHOUT_COLLECTION');
    c.run('执行', 'zhifa1', hard);
    expect(c.state.facts.collectedOnSite).toBe(true);
  });

  it('a fine paid at the bank (no 当场收缴) needs no hand-in: 备案 follows 执行', () => {
    const c = decidedOnSite('person', 20_000);
    c.run('执行', 'zhifa1', { 执行情况: '当事人到银行缴纳' });
    expect(c.state.deadlines.some((d) => d.id === '当场收缴交款期限')).toBe(false);
    c.run('备案', 'zhifa1', { 备案机关: '阳泉市医疗保障局' });
    expect(c.state.closed).toBe(true);
  });
});

describe('电子送达 only with the party’s 确认书 (暂行规定 第五十九条第二款)', () => {
  const guard = (input: Record<string, unknown>) => COLLECTION_GUARDS.electronicServiceConsent({ input, stepDate: '2026-03-10' } as unknown as GuardInput);
  it('accepts it with the 确认书 signed on or before the day and the address it names; refuses it otherwise; other methods need none', () => {
    expect(guard({ 送达方式: '电子送达', 确认书签订日期: '2026-03-01', 电子送达地址: 'party@example.com' })).toBeNull();
    expect(guard({ 送达方式: '电子送达', 确认书签订日期: '2026-03-10', 电子送达地址: '0353-1234567' })).toBeNull();
    expect(guard({ 送达方式: '电子送达' })?.code).toBe('NO_SERVICE_CONSENT');
    expect(guard({ 送达方式: '电子送达', 确认书签订日期: '2026-03-01' })?.code).toBe('NO_SERVICE_CONSENT');
    expect(guard({ 送达方式: '电子送达', 确认书签订日期: '2026-03-11', 电子送达地址: 'party@example.com' })?.code).toBe('CONSENT_AFTER_SERVICE');
    expect(guard({ 送达方式: '直接送达' })).toBeNull();
  });
});
