import { describe, expect, it } from 'vitest';
import { computePenalty, legalReviewSituationsFor, procedureRequirements, type Measure } from './index.js';

const fine = (amountFen: number, target: Measure['target'] = '单位'): Measure => ({
  id: `罚款@${target}`,
  kind: '罚款',
  mandatory: true,
  penalty: true,
  amountFen,
  target,
  citation: '',
  quote: '',
  cite: { statute: '测试', shortTitle: '测试', article: 1, text: '', quote: '' },
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
  it('where no standard is in force (before 河南’s took effect, or where none is loaded) the hearing is offered, with a warning', () => {
    for (const r of [
      procedureRequirements({ party: '参保个人', measures: [fine(900, '当事人')], jurisdiction: '河南', onDate: '2021-11-30' }),
      procedureRequirements({ party: '参保个人', measures: [fine(900, '当事人')], jurisdiction: '新疆' }),
      procedureRequirements({ party: '参保个人', measures: [fine(900, '当事人')] }),
    ]) {
      expect(r.hearing.right).toBe(true);
      expect(r.warnings.join('')).toMatch(/未录入行政处罚听证“较大数额”标准/);
    }
  });
  it('a county finds its province’s standard by walking up its path', () => {
    const r = procedureRequirements({ party: '参保个人', measures: [fine(499_999, '当事人')], jurisdiction: '河南省', onDate: '2023-01-01' });
    expect(r.hearing.right).toBe(false);
    expect(r.standards.hearing?.jurisdiction).toBe('河南省');
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
    expect(r.legalReview.reasons[0]).toContain('经过听证程序');
    expect(r.legalReview.citations).toContain('《中华人民共和国行政处罚法》第五十八条第一款第（二）项');
    expect(r.collectiveDiscussion.required).toBe(true);
    // no 法制审核 standard loaded: review is required, never skipped
    const plain = procedureRequirements({ party: '定点医疗机构', measures: [fine(100)] });
    expect([plain.legalReview.required, plain.collectiveDiscussion.required]).toEqual([true, false]);
    expect(plain.legalReview.reasons.join('')).toContain('未录入');
    expect(plain.legalReview.citations).toContain('《医疗保障行政处罚程序暂行规定》第三十七条第（一）项');
  });
  it('局令第4号 第三十七条第（三）项、第（四）项: a case marked 疑难复杂 or 涉及重大公共利益 needs 法制审核, with the reason', () => {
    const none = procedureRequirements({ party: '定点医疗机构', measures: [] });
    expect(none.legalReview.required).toBe(false);
    const r = procedureRequirements({ party: '定点医疗机构', measures: [], complexCase: true, majorPublicInterest: true });
    expect(r.legalReview.required).toBe(true);
    expect(r.legalReview.reasons).toEqual(['涉及重大公共利益', '案件情况疑难复杂、涉及多个法律关系']);
    expect(r.legalReview.citations).toEqual(expect.arrayContaining(['《医疗保障行政处罚程序暂行规定》第三十七条第（三）项', '《医疗保障行政处罚程序暂行规定》第三十七条第（四）项']));
  });
  it('局令第4号 第三十七条第一款第（五）项: a local situation the officers found needs 法制审核, citing the local rule', () => {
    const [local] = legalReviewSituationsFor('甘肃省/兰州市', '2026-11-30').filter((s) => !s.coveredBy);
    const r = procedureRequirements({ party: '定点医疗机构', measures: [], localSituations: [local!] });
    expect(r.legalReview.required).toBe(true);
    expect(r.legalReview.reasons).toEqual(['行政执法决定可能在社会造成重大影响（本地重大行政执法决定法制审核情形）']);
    expect(r.legalReview.citations).toEqual(['《甘肃省重大行政执法决定法制审核办法》第五条第（二）项', '《医疗保障行政处罚程序暂行规定》第三十七条第（五）项']);
  });
  it('局令第4号 第三十七条第（一）项: recovering fund money always needs 法制审核', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:38', { party: '定点医疗机构', amounts: { lossFen: 100 } }, { jurisdiction: '河南', onDate: '2023-01-01' });
    expect(r.procedure?.legalReview.required).toBe(true);
    expect(r.procedure?.legalReview.reasons.join('')).toContain('责令退回');
  });
});
