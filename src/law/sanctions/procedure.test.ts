import { describe, expect, it } from 'vitest';
import { computePenalty, procedureRequirements, type Measure } from './index.js';

const fine = (amountFen: number, target: Measure['target'] = '单位'): Measure => ({
  kind: '罚款',
  mandatory: true,
  penalty: true,
  amountFen,
  target,
  citation: '',
  quote: '',
});

describe('第五十一条 简易程序', () => {
  it('≤ 200 元 for a citizen, ≤ 3,000 元 for an organisation', () => {
    expect(procedureRequirements({ party: '参保个人', measures: [fine(20_000, '当事人')] }).simplifiedProcedure.eligible).toBe(true);
    expect(procedureRequirements({ party: '参保个人', measures: [fine(20_001, '当事人')] }).simplifiedProcedure.eligible).toBe(false);
    expect(procedureRequirements({ party: '定点零售药店', measures: [fine(300_000)] }).simplifiedProcedure.eligible).toBe(true);
    expect(procedureRequirements({ party: '定点零售药店', measures: [fine(300_001)] }).simplifiedProcedure.eligible).toBe(false);
  });
  it('a fine on the responsible persons is a fine on citizens', () => {
    const r = procedureRequirements({ party: '用人单位', measures: [fine(50_000, '直接负责的主管人员和其他直接责任人员')] });
    expect(r.simplifiedProcedure.eligible).toBe(false);
  });
  it('any other penalty rules it out', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:41', { party: '参保个人', amounts: { lossFen: 100 } });
    expect(r.procedure?.simplifiedProcedure.eligible).toBe(false);
  });
});

describe('第六十三条 hearing, with the jurisdiction’s 较大数额', () => {
  it('河南: 5,000 元 citizen / 50,000 元 organisation, inclusive', () => {
    const at = (party: '参保个人' | '定点医疗机构', amount: number) =>
      procedureRequirements({ party, measures: [fine(amount, party === '参保个人' ? '当事人' : '单位')], jurisdiction: '河南', onDate: '2023-01-01' }).hearing.right;
    expect(at('参保个人', 500_000)).toBe(true);
    expect(at('参保个人', 499_999)).toBe(false);
    expect(at('定点医疗机构', 5_000_000)).toBe(true);
    expect(at('定点医疗机构', 4_999_999)).toBe(false);
  });
  it('before 河南’s standard took effect, or elsewhere, the amount test is undetermined', () => {
    expect(procedureRequirements({ party: '参保个人', measures: [fine(900_000, '当事人')], jurisdiction: '河南', onDate: '2021-11-30' }).hearing.right).toBeNull();
    expect(procedureRequirements({ party: '参保个人', measures: [fine(900_000, '当事人')], jurisdiction: '新疆' }).hearing.right).toBeNull();
  });
  it('suspension of services gives the right whatever the amount', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:38', { party: '定点医疗机构', amounts: { lossFen: 100 }, flags: ['拒不改正'] }, { jurisdiction: '河南' });
    expect(r.procedure?.hearing.right).toBe(true);
  });
  it('a fine range straddling the threshold depends on the decided amount', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:39', { party: '定点零售药店', flags: ['拒不改正'] }, { jurisdiction: '河南', onDate: '2023-01-01' });
    expect(r.procedure?.hearing.right).toBeNull();
  });
});

describe('第五十八条 法制审核 and 第五十七条 集体讨论', () => {
  it('are required on their statutory grounds', () => {
    const r = procedureRequirements({ party: '定点医疗机构', measures: [fine(100)], hearingHeld: true, majorViolation: true });
    expect(r.legalReview.required).toBe(true);
    expect(r.legalReview.reasons[0]).toContain('第（二）项');
    expect(r.collectiveDiscussion.required).toBe(true);
    const plain = procedureRequirements({ party: '定点医疗机构', measures: [fine(100)] });
    expect([plain.legalReview.required, plain.collectiveDiscussion.required]).toEqual([false, false]);
    expect(plain.legalReview.reasons.join('')).toContain('未录入');
  });
});
