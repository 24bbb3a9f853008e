// The statutory periods documents tell come from the law module's registry (data/law/periods.json,
// whose own test reads each number from the statute); here: each one as a document prints it is
// at the place it names, and the articles the samples quote are in the statutes, item by item.
import nzh from 'nzh/cn';
import { describe, expect, it } from 'vitest';
import { lateFeeRule, priorNoticeRights, statutoryPeriod, type StatutoryPeriodName } from './config.js';
import { quotedArticles, STATUTE_FILE } from './test-support/fixtures.js';
import { placeText } from './test-support/statutes.js';

const fileOf = (law: string) => STATUTE_FILE[law] ?? `${law}.md`;

describe('statutory periods told to the party', () => {
  const expected: Array<[StatutoryPeriodName, number, string, string]> = [
    ['hearingRequest', 5, '工作日', '第六十四条第（一）项'],
    ['hearingNotice', 7, '工作日', '第六十四条第（二）项'],
    ['reconsideration', 60, '日', '第二十条第一款'],
    ['litigation', 6, '个月', '第四十六条第一款'],
    ['finePayment', 15, '日', '第六十七条第三款'],
    ['evidencePreservation', 7, '工作日', '第二十六条第一款'],
    ['demand', 10, '工作日', '第五十四条'],
    ['sealing', 30, '日', '第三十一条'],
    ['sealingExtension', 30, '日', '第三十一条'],
    ['enforcementApplication', 3, '个月', '第五十三条'],
  ];
  it.each(expected)('%s: %i %s, quoted from %s', (name, value, unit, place) => {
    const p = statutoryPeriod(name);
    expect([p.value, p.unit, p.basis.article]).toEqual([value, unit, place]);
    const file = Object.entries(STATUTE_FILE).find(([law]) => law === p.basis.law)?.[1];
    expect(file, p.basis.law).toBeDefined();
    expect(placeText(file!, p.basis.article)).toContain(p.basis.quote);
  });

  it('late fee: 百分之三 per day, capped at the fine, from 行政处罚法第七十二条第一款第（一）项', () => {
    const l = lateFeeRule();
    expect(l.basis.article).toBe('第七十二条第一款第（一）项');
    const text = placeText(fileOf(l.basis.law), l.basis.article);
    expect(text).toContain(l.basis.quote);
    const m = /每日按罚款数额的百分之([零一二三四五六七八九十]+)加处罚款/.exec(text);
    expect(Number(nzh.decodeS(m![1]!))).toBe(l.percentPerDay);
    expect(l.basis.quote).toContain('加处罚款的数额不得超出罚款的数额');
  });

  it('a period as a document input carries its article', () => {
    expect(statutoryPeriod('demand')).toMatchObject({ value: 10, unit: '工作日', basis: { law: '中华人民共和国行政强制法', article: '第五十四条' } });
    expect(priorNoticeRights({ value: 3, unit: '工作日' }, false)).toEqual({ statement: { value: 3, unit: '工作日' } });
    expect(priorNoticeRights({ value: 3, unit: '工作日' }, true).hearing).toMatchObject({ value: 5, unit: '工作日' });
  });
});

describe('the articles quoted by the samples are in the statutes, item by item', () => {
  it.each(quotedArticles.map((a) => [`${a.law}${a.article}`, a] as const))('%s', (_name, a) => {
    const file = STATUTE_FILE[a.law]!;
    expect(placeText(file, a.article)).toContain(a.text);
    for (const item of a.items ?? []) {
      expect(placeText(file, `${a.article}第（${nzh.encodeS(item.number)}）项`)).toContain(item.text);
    }
  });
});
