// Dated law (issue: one penalty decision): a statute is in force from its own commencement
// article; an act is judged under the provision in force at the time (行政处罚法 第三十七条),
// including acts before the 条例 under 社会保险法 through 基本医疗卫生与健康促进法 第一百零四条;
// the time bar under the rule in force while the period ran (第三十六条); 教育 wherever a
// violation is not punished (第三十三条第三款).
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus.js';
import { applicableLaw } from './general.js';
import { computePenalty, decidePenalty } from './index.js';

const one = <M extends { kind: string }>(r: { measures: M[] }, kind: string): M[] => r.measures.filter((m) => m.kind === kind);

describe('in force from the commencement article, not the amendment date', () => {
  it('社会保险法: 第九十八条 自2011年7月1日起施行; the corpus text is the 2018 amendment', () => {
    expect(loadCorpus().statute('社会保险法')?.inForceFrom).toBe('2011-07-01');
    expect(loadCorpus().article('社会保险法', 98)?.text).toContain('自2011年7月1日起施行');
    const law = applicableLaw('社会保险法', '2015-03-01', '2026-11-01');
    expect(law.inForceAtAct).toBe(true);
    expect(law.textNote).toMatch(/2018-12-29修改前的文本/);
  });
  it('an employer that did not register in 2015 is punishable under 社会保险法 第八十四条', () => {
    const r = computePenalty('社会保险法:84', { party: '用人单位', amounts: { unpaidFen: 100_000 }, flags: ['逾期不改正'], actEnded: '2015-03-01', discovered: '2016-06-01' }, { onDate: '2016-08-01' });
    expect(r.punishable).toBe(true);
    expect(r.warnings.join('')).toContain('修改前的文本');
  });
  it('社会救助暂行办法: in force from 2014-05-01 (第七十条), its text is the 2019 revision', () => {
    expect(loadCorpus().statute('社会救助暂行办法')?.inForceFrom).toBe('2014-05-01');
    expect(applicableLaw('社会救助暂行办法', '2016-01-01').inForceAtAct).toBe(true);
    expect(applicableLaw('社会救助暂行办法', '2014-04-30').inForceAtAct).toBe(false);
  });
  it('飞行检查管理暂行办法: “自2023年5月1日起实施” is its commencement', () => {
    expect(loadCorpus().statute('医疗保障基金飞行检查管理暂行办法')?.inForceFrom).toBe('2023-05-01');
  });
});

describe('acts before the 条例 (2021-05-01)', () => {
  const fraud = { party: '定点医疗机构' as const, amounts: { defraudedFen: 1_000_000 }, actEnded: '2020-12-15', discovered: '2021-09-01' };
  it('a designated institution’s fraud ended 2020-12 is judged under 社会保险法 第八十七条 via 第一百零四条', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:40', fraud, { onDate: '2021-10-01' });
    expect(r.appliedArticle).toBe('社会保险法:87');
    expect(r.punishable).toBe(true);
    expect(one(r, '罚款')[0]).toMatchObject({ minFen: 2_000_000, maxFen: 5_000_000 });
    expect(r.reasons.join('')).toContain('行为时《条例》尚未施行');
    // the 条例 at the decision date adds a suspension: not lighter, the earlier law stands
    expect(r.reasons.join('')).toContain('不轻于行为时的规定');
    expect(one(r, '暂停相关责任部门涉及基金使用的医药服务')).toEqual([]);
  });
  it('before 基本医疗卫生与健康促进法 (2020-06-01) the 社会保险法 applies directly', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:40', { ...fraud, actEnded: '2019-08-01', discovered: '2020-09-01' });
    expect(r.appliedArticle).toBe('社会保险法:87');
    expect(r.reasons.join('')).toContain('尚未施行');
  });
  it('an insured person’s fraud in 2020 falls under 社会保险法 第八十八条', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:41', { party: '参保个人', amounts: { defraudedFen: 50_000 }, flags: ['以骗取为目的'], actEnded: '2020-10-01', discovered: '2021-03-01' });
    expect(r.appliedArticle).toBe('社会保险法:88');
    expect(one(r, '罚款')[0]).toMatchObject({ minFen: 100_000, maxFen: 250_000 });
  });
  it('an act after 2021-05-01 stays under the 条例', () => {
    expect(computePenalty('医疗保障基金使用监督管理条例:40', { ...fraud, actEnded: '2021-06-01', discovered: '2021-09-01' }).appliedArticle).toBe('医疗保障基金使用监督管理条例:40');
  });
});

describe('基本医疗卫生与健康促进法 第一百零四条 for an individual', () => {
  it('the conduct it names is the fraud: the 2–5× fine of 条例 第四十一条第二款 without a separate flag', () => {
    const r = computePenalty('基本医疗卫生与健康促进法:104', { party: '参保个人', amounts: { defraudedFen: 30_000 }, actEnded: '2025-01-01', discovered: '2025-06-01' });
    expect(r.appliedArticle).toBe('医疗保障基金使用监督管理条例:41');
    expect(one(r, '罚款')[0]).toMatchObject({ minFen: 60_000, maxFen: 150_000 });
    expect(one(r, '责令退回')[0]).toMatchObject({ amountFen: 30_000 });
  });
});

describe('第三十六条 under the rule in force while the period ran', () => {
  const harm = ['涉及生命健康安全或金融安全且有危害后果'] as const;
  it('a two-year period that ran out before 2021-07-15 is not revived by the five-year rule', () => {
    const r = computePenalty('社会保险法:87', { party: '定点医疗机构', amounts: { defraudedFen: 100 }, flags: [...harm], actEnded: '2019-03-01', discovered: '2022-01-01' });
    expect(r.limitation.barred).toBe(true);
    expect(r.limitation.periodYears).toBe(2);
    expect(r.limitation.reason).toContain('五年的延长不适用');
  });
  it('a period still running on 2021-07-15 takes the five years', () => {
    const r = computePenalty('社会保险法:87', { party: '定点医疗机构', amounts: { defraudedFen: 100 }, flags: [...harm], actEnded: '2019-09-01', discovered: '2022-01-01' });
    expect(r.limitation.barred).toBe(false);
    expect(r.limitation.periodYears).toBe(5);
  });
});

describe('第三十三条第三款: 教育 wherever a violation is not punished', () => {
  it('under 第三十三条第一款 (shall) and under the time bar alike', () => {
    const exempt = computePenalty('医疗保障基金使用监督管理条例:38', { party: '定点医疗机构', amounts: { lossFen: 100 }, flags: ['违法行为轻微', '及时改正', '没有造成危害后果'] });
    expect(one(exempt, '教育')).toHaveLength(1);
    const barred = computePenalty('医疗保障基金使用监督管理条例:40', { party: '定点医疗机构', amounts: { defraudedFen: 100 }, actEnded: '2021-06-01', discovered: '2024-01-01' });
    expect(barred.limitation.barred).toBe(true);
    expect(one(barred, '教育')).toHaveLength(1);
    expect(one(barred, '教育')[0]!.citation).toBe('《中华人民共和国行政处罚法》第三十三条第三款');
  });
});

describe('the decision value', () => {
  it('cites as structure, with the 项 of the conduct', () => {
    const d = decidePenalty({ article: '医疗保障基金使用监督管理条例:38:2', facts: { party: '定点医疗机构', amounts: { lossFen: 300_000 } }, jurisdiction: '河南', decisionDate: '2024-07-01' });
    const fine = d.measures.find((m) => m.kind === '罚款')!;
    expect(fine.citation).toMatchObject({ statute: '医疗保障基金使用监督管理条例', article: 38, paragraph: 1, item: 2 });
    expect(fine.citation.text).toBe('《医疗保障基金使用监督管理条例》第三十八条第（二）项');
    expect(fine.citation.quote).toMatch(/：\n（二）/);
    expect(d.inputs.jurisdiction).toBe('河南省');
    expect(d.procedure?.legalReview.required).toBe(true);
  });
});
