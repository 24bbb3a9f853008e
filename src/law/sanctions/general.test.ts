import { describe, expect, it } from 'vitest';
import { compareWithLaterVersion } from './compute.js';
import { defineRule } from './rule.js';
import { parameter } from './parameters.js';
import { applicableLaw, computePenalty, exemptionCheck, lateFine, lateFineLedger, limitationCheck, mitigationGrounds, selectOneFine } from './index.js';

describe('行政处罚法 第三十六条 limitation', () => {
  it('two years from the act, discovery on the last day is in time', () => {
    expect(limitationCheck({ actEnded: '2022-03-01', discovered: '2024-03-01' }).barred).toBe(false);
    const late = limitationCheck({ actEnded: '2022-03-01', discovered: '2024-03-02' });
    expect(late.barred).toBe(true);
    expect(late.lastDay).toBe('2024-03-01');
  });
  it('five years with the life-health / financial-security flag', () => {
    const r = limitationCheck({ actEnded: '2020-01-10', discovered: '2024-12-31', flags: ['涉及生命健康安全或金融安全且有危害后果'] });
    expect([r.barred, r.periodYears, r.lastDay]).toEqual([false, 5, '2025-01-10']);
  });
  it('counts from the end of a continuing act, not its beginning', () => {
    const r = limitationCheck({ actBegan: '2019-01-01', actEnded: '2023-06-30', discovered: '2025-06-01', flags: ['连续或者继续状态'] });
    expect([r.barred, r.from]).toEqual([false, '2023-06-30']);
    expect(r.reason).toContain('行为终了之日');
  });
  it('29 February + 2 years ends on 28 February', () => {
    expect(limitationCheck({ actEnded: '2024-02-29', discovered: '2026-03-01' }).lastDay).toBe('2026-02-28');
  });
  it('undetermined without dates', () => {
    const r = limitationCheck({ actEnded: '2024-01-01' });
    expect([r.barred, r.determined]).toEqual([false, false]);
  });
});

describe('第三十三条 and 第三十二条', () => {
  it('minor, corrected, harmless: shall not punish, and 教育 is ordered', () => {
    expect(exemptionCheck(['违法行为轻微', '及时改正', '没有造成危害后果']).outcome).toBe('shall');
    const r = computePenalty('医疗保障基金使用监督管理条例:39', { party: '定点零售药店', flags: ['拒不改正', '违法行为轻微', '及时改正', '没有造成危害后果'] });
    expect(r.punishable).toBe(false);
    expect(r.measures.map((m) => m.kind)).toContain('教育');
    expect(r.withheldMeasures.map((m) => m.kind)).toEqual(['罚款']);
  });
  it('first offence, slight harm, corrected: may not punish (still punishable)', () => {
    expect(exemptionCheck(['初次违法', '危害后果轻微', '及时改正']).outcome).toBe('may');
    const r = computePenalty('医疗保障基金使用监督管理条例:39', { party: '定点零售药店', flags: ['拒不改正', '初次违法', '危害后果轻微', '及时改正'] });
    expect(r.punishable).toBe(true);
    expect(r.discretion?.alternatives.map((a) => a.tier)).toContain('不予处罚');
  });
  it('no fault proven: shall not punish (¶2)', () => {
    expect(exemptionCheck(['没有主观过错']).citation).toContain('第三十三条第二款');
  });
  it('mitigation grounds carry their item', () => {
    expect(mitigationGrounds(['主动供述', '立功表现']).map((g) => g.citation)).toEqual([
      '《中华人民共和国行政处罚法》第三十二条第（三）项',
      '《中华人民共和国行政处罚法》第三十二条第（四）项',
    ]);
  });
});

describe('第二十九条 one act, one fine', () => {
  it('chooses the article with the higher fine', () => {
    const facts = { party: '定点医疗机构' as const, amounts: { lossFen: 100_000, defraudedFen: 100_000 }, flags: [] };
    const r38 = computePenalty('医疗保障基金使用监督管理条例:38', facts);
    const r87 = computePenalty('社会保险法:87', facts);
    const choice = selectOneFine([r38, r87]);
    expect(choice.index).toBe(1);
    expect(choice.reason).toContain('社会保险法:87');
    expect(choice.citation).toBe('《中华人民共和国行政处罚法》第二十九条');
  });
});

describe('第三十七条 the law at the time of the act', () => {
  it('条例 was not in force before 2021-05-01: an article of it alone punishes nothing earlier', () => {
    const law = applicableLaw('医疗保障基金使用监督管理条例', '2021-04-30', '2021-09-01');
    expect(law.inForceAtAct).toBe(false);
    expect(law.reason).toContain('尚未施行');
    // 第三十八条 (a loss without fraud) had no earlier provision punishing it
    const r = computePenalty('医疗保障基金使用监督管理条例:38', { party: '定点医疗机构', amounts: { lossFen: 1 }, actEnded: '2021-04-30', discovered: '2021-06-01' });
    expect(r.punishable).toBe(false);
    expect(r.measures).toEqual([]);
    expect(r.reasons.join('')).toContain('尚未施行');
    expect(applicableLaw('医疗保障基金使用监督管理条例', '2021-05-01').inForceAtAct).toBe(true);
  });
  it('a rule whose numbers the later version no longer says is flagged for comparison', () => {
    // A rule written on 行政复议法 (2017) 第九条; in the 2023 version 第九条 says something else.
    const rule = defineRule({
      statute: '行政复议法',
      article: 9,
      parties: ['参保个人'],
      conduct: '测试',
      parameters: [parameter({ id: 't', statute: '行政复议法', article: 9, paragraph: 1, phrase: '六十日内提出行政复议申请', value: { kind: 'days', days: 60 } })],
      apply() {},
    });
    expect(compareWithLaterVersion(rule, '2023-12-31').same).toBe(true);
    const later = compareWithLaterVersion(rule, '2024-01-01');
    expect(later.same).toBe(false);
    expect(later.problems[0]).toContain('六十日内提出行政复议申请');
  });
  it('a later version in force at the decision must be compared (行政复议法 2017 → 2023)', () => {
    const law = applicableLaw('行政复议法', '2023-06-01', '2024-02-01');
    expect([law.actVersion, law.decisionVersion, law.compareWithLater]).toEqual(['2017-09-01', '2023-09-01', true]);
  });
});

describe('第七十二条 加处罚款', () => {
  it('3% a day after the due date', () => {
    const r = lateFine(1_000_000, '2024-05-15', '2024-05-25');
    expect([r.days, r.amountFen, r.capped]).toEqual([10, 300_000, false]);
  });
  it('capped at the fine', () => {
    const r = lateFine(1_000_000, '2024-05-15', '2024-07-15');
    expect([r.days, r.amountFen, r.capped]).toEqual([61, 1_000_000, true]);
  });
  it('rounds half-up to the fen and says so', () => {
    const r = lateFine(1_001, '2024-01-01', '2024-01-02'); // 10.01 元 × 3% = 0.3003 元 = 30.03 分
    expect(r.amountFen).toBe(30);
    expect(r.rounding).toBe('四舍五入到分');
  });
  it('nothing before the due date passes', () => {
    expect(lateFine(1_000, '2024-01-10', '2024-01-05').amountFen).toBe(0);
  });
});

describe('加处罚款 day by day (第七十二条第一款第（一）项、第七十三条第三款)', () => {
  const fine = 1_000_000; // 10,000 元
  it('a partial payment lowers the base from the next day', () => {
    const l = lateFineLedger({ fineFen: fine, dues: [{ date: '2024-05-15', amountFen: fine }], payments: [{ date: '2024-05-18', amountFen: 400_000 }], pauses: [], onDate: '2024-05-20' });
    // 05-16…05-18: 10,000 元 × 3% × 3 = 900 元; 05-19…05-20: 6,000 元 × 3% × 2 = 360 元
    expect(l.lines.map((x) => [x.from, x.to, x.baseFen])).toEqual([['2024-05-16', '2024-05-18', 1_000_000], ['2024-05-19', '2024-05-20', 600_000]]);
    expect(l.amountFen).toBe(126_000);
  });
  it('no day of a 行政复议 is counted', () => {
    const l = lateFineLedger({ fineFen: fine, dues: [{ date: '2024-05-15', amountFen: fine }], payments: [], pauses: [{ kind: '行政复议', from: '2024-05-18', to: '2024-05-27' }], onDate: '2024-05-31' });
    // counted: 05-16, 05-17, 05-28 … 05-31 = 6 days × 300 元
    expect([l.days, l.pausedDays, l.amountFen]).toEqual([6, 10, 180_000]);
    expect(l.computation).toContain('行政复议、行政诉讼期间 10 日不计');
  });
  it('a pending 诉讼 stops the count through the day asked', () => {
    const l = lateFineLedger({ fineFen: fine, dues: [{ date: '2024-05-15', amountFen: fine }], payments: [], pauses: [{ kind: '行政诉讼', from: '2024-05-17' }], onDate: '2024-06-30' });
    expect([l.days, l.amountFen]).toEqual([1, 30_000]);
  });
  it('分期: each instalment from the day after its own date', () => {
    const l = lateFineLedger({
      fineFen: 900_000,
      dues: [{ date: '2024-06-30', amountFen: 450_000 }, { date: '2024-07-31', amountFen: 450_000 }],
      payments: [{ date: '2024-07-03', amountFen: 450_000 }],
      pauses: [],
      onDate: '2024-08-02',
    });
    // 07-01…07-03: 4,500 元 × 3% × 3 = 405 元; 08-01…08-02: 4,500 元 × 3% × 2 = 270 元
    expect(l.amountFen).toBe(67_500);
    expect(l.days).toBe(5);
  });
  it('never more than the fine; the same figure as the one-line rule', () => {
    const l = lateFineLedger({ fineFen: fine, dues: [{ date: '2024-05-15', amountFen: fine }], payments: [], pauses: [], onDate: '2024-07-15' });
    expect([l.amountFen, l.capped]).toEqual([fine, true]);
    expect(lateFine(fine, '2024-05-15', '2024-05-25').amountFen).toBe(lateFineLedger({ fineFen: fine, dues: [{ date: '2024-05-15', amountFen: fine }], payments: [], pauses: [], onDate: '2024-05-25' }).amountFen);
  });
  it('paid in full on the due date: nothing', () => {
    expect(lateFineLedger({ fineFen: fine, dues: [{ date: '2024-05-15', amountFen: fine }], payments: [{ date: '2024-05-15', amountFen: fine }], pauses: [], onDate: '2024-06-30' }).amountFen).toBe(0);
  });
});
