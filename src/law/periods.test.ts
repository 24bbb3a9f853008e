// Every statutory period is read back out of the statute text: the quote is in the article
// (or paragraph) it names, the number in the quote is the period's amount, and the unit is
// what the words and the counting rules make it. Change the text and this test fails.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus.js';
import { parseNumeral } from './numerals.js';
import { citeTextRef, loadPeriods, type TextRef } from './periods.js';

const corpus = loadCorpus();
const registry = loadPeriods();

function textOf(ref: { file: string; article: number; paragraph?: number; item?: number }): string {
  const version = corpus.statutes.flatMap((s) => s.versions).find((v) => v.file.replace(/\.md$/, '') === ref.file);
  if (!version) throw new Error(`语料中没有 ${ref.file}`);
  const a = version.articles.get(ref.article);
  if (!a) throw new Error(`${ref.file} 没有第${ref.article}条`);
  if (ref.item !== undefined) {
    const item = a.paragraphs.find((x) => x.number === (ref.paragraph ?? 1))?.items.find((i) => i.number === ref.item);
    if (!item) throw new Error(`${ref.file} 第${ref.article}条没有第${ref.item}项`);
    return item.text;
  }
  if (ref.paragraph === undefined) return a.text.replace(/\n/g, '');
  const p = a.paragraphs.find((x) => x.number === ref.paragraph);
  if (!p) throw new Error(`${ref.file} 第${ref.article}条没有第${ref.paragraph}款`);
  return [p.text, ...p.items.map((i) => i.text)].join('');
}

/** The first number in the words, with the unit word after it. */
function numberAndUnit(quote: string): { n: number; unit: string } {
  const m = /(\d+|[零〇一二两三四五六七八九十百千]+)个?(工作日|小时|日|月)/.exec(quote);
  if (!m) throw new Error(`「${quote}」中没有期限数字`);
  const n = parseNumeral(m[1]!);
  if (n === undefined) throw new Error(`「${m[1]}」不是数字`);
  return { n, unit: m[2]! };
}

const refsOf = (p: (typeof registry.periods)[number]): Array<TextRef & { unitRule?: string }> => [
  ...(p.basis ? [{ ...p.basis, ...(p.unitRule ? { unitRule: p.unitRule } : {}) }] : []),
  ...p.also,
];

describe('statutory periods (data/law/periods.json)', () => {
  it('the registry holds the periods the procedures use', () => {
    for (const id of ['线索核查期限', '办案期限', '听证申请期限', '送达期限', '缴纳期限', '封存期限', '催告履行期限', '申请强制执行期限']) expect(registry.has(id), id).toBe(true);
  });

  for (const p of registry.periods) {
    it(`${p.id}: ${p.amount}${p.unit}`, () => {
      if (p.bureau) {
        expect(p.bureau).toMatch(/本局设定/);
        return;
      }
      for (const ref of refsOf(p)) {
        expect(textOf(ref), citeTextRef(ref)).toContain(ref.quote);
        const { n, unit } = numberAndUnit(ref.quote);
        expect(n, ref.quote).toBe(p.amount);
        if (ref.unitRule) {
          // the words say 日; the counting rule makes them working days
          expect(unit).toBe('日');
          expect(p.unit).toBe('工作日');
          const rule = registry.countingRule(ref.unitRule);
          expect(textOf(rule)).toContain(rule.quote);
          expect(rule.workingDaysFor?.includes(n) || (rule.workingDaysUpTo !== undefined && n <= rule.workingDaysUpTo)).toBe(true);
        } else {
          expect(p.unit).toBe(unit);
        }
      }
      for (const e of p.extensions) {
        expect(textOf(e.basis)).toContain(e.basis.quote);
        // the extension's number is in its words: 延长三十日, 延长十五个工作日, 不得超过六十日
        const words = e.basis.quote.slice(e.basis.quote.search(/延长|超过/));
        expect(numberAndUnit(words).n, e.basis.quote).toBe(e.amount ?? e.maxAmount);
      }
      if (p.excludes) {
        expect(textOf(p.excludes.basis)).toContain(p.excludes.basis.quote);
        for (const k of p.excludes.kinds) expect(p.excludes.basis.quote).toContain(k);
      }
      if (p.onExpiry) expect(textOf(p.onExpiry.basis)).toContain(p.onExpiry.basis.quote);
    });
  }

  for (const r of registry.counting) {
    it(`counting rule ${r.id} is in ${r.file}`, () => {
      expect(textOf(r)).toContain(r.quote);
      for (const n of r.workingDaysFor ?? []) expect(r.quote).toMatch(new RegExp(`[“"]${['', '', '二', '三', '', '五', '', '七', '', '', '十'][n]}日[”"]`));
      if (r.carryOver) expect(r.quote).toContain('以法定节假日后的第一日为期间届满的日期');
      if (r.startExcluded) expect(r.quote).toContain('期间开始的时或者日不计算在内');
    });
  }

  for (const a of registry.annual) {
    it(`yearly date ${a.id}: 每年${a.monthDay}, read out of ${a.basis.file}`, () => {
      expect(textOf(a.basis), citeTextRef(a.basis)).toContain(a.basis.quote);
      const m = /每年(\d{1,2})月(\d{1,2})日/.exec(a.basis.quote);
      expect(m, a.basis.quote).not.toBeNull();
      expect(a.monthDay).toBe(`${m![1]!.padStart(2, '0')}-${m![2]!.padStart(2, '0')}`);
    });
  }

  it('举报处理暂行办法 第十九条: the annual report is due on 4月30日 of the year after the year it reports, from 2022-03-01', () => {
    const a = registry.annualDate('举报处理工作年度报告报送日期', '2026-01-01');
    expect([a.monthDay, a.ofPreviousYear]).toEqual(['04-30', true]);
    expect(() => registry.annualDate('举报处理工作年度报告报送日期', '2021-12-31')).toThrow(/2021-12-31有效/);
  });

  it('局令第4号 第四十五条: 90 days, +30 by the head, then at most 60 by collective discussion; five kinds of time not counted', () => {
    const p = registry.get('办案期限');
    expect([p.amount, p.unit]).toEqual([90, '日']);
    expect(p.extensions.map((e) => [e.amount ?? e.maxAmount, e.collectiveDiscussion ?? false])).toEqual([[30, false], [60, true]]);
    expect(p.excludes?.kinds).toEqual(['检测检验', '鉴定', '听证', '公告', '专家评审']);
    expect(citeTextRef(p.basis!)).toBe('《医疗保障行政处罚程序暂行规定》第四十五条第一款');
  });
});
