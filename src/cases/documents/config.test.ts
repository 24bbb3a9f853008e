// The statutory periods documents tell, and the articles the samples quote, are read back
// from the statute text (data/law; 局令第4号 from data/documents/law).
import nzh from 'nzh/cn';
import { describe, expect, it } from 'vitest';
import { loadStatutoryPeriods, priorNoticeRights, statutoryPeriod, type StatutoryBasis } from './config.js';
import { quotedArticles, STATUTE_FILE } from './test-support/fixtures.js';
import { placeText } from './test-support/statutes.js';

function expectQuoted(basis: StatutoryBasis): string {
  const text = placeText(basis.file, basis.article);
  expect(text, `${basis.file} ${basis.article}`).toContain(basis.quote);
  return text;
}

/** The number written before a unit in a quote: 五日 → 5, 六十日 → 60, 六个月 → 6. */
function numberBefore(quote: string, unit: RegExp): number {
  const m = new RegExp(`([零一二三四五六七八九十百]+)${unit.source}`).exec(quote);
  if (!m) throw new Error(`no number before ${unit.source} in ${quote}`);
  return Number(nzh.decodeS(m[1]!));
}

describe('statutory periods told to the party are read from the statute text', () => {
  const periods = loadStatutoryPeriods();
  const names = [
    'hearingRequest',
    'hearingNotice',
    'reconsideration',
    'litigation',
    'finePayment',
    'evidencePreservation',
    'demand',
    'sealing',
    'sealingExtension',
    'enforcementApplication',
  ] as const;

  it.each(names)('%s: the quote is at the cited place and its number is the value', (key) => {
    const p = periods[key];
    expectQuoted(p.basis);
    expect(numberBefore(p.basis.quote, p.unit === '个月' ? /个月/ : /日/)).toBe(p.value);
    if (p.unit === '工作日') {
      // 行政处罚法第八十五条 (二日/三日/五日/七日) and 行政强制法第六十九条 (十日以内) make them working days
      expect(p.unitBasis, `${key} needs the article that makes it working days`).toBeDefined();
      const text = expectQuoted(p.unitBasis!);
      const listed = text.includes(`“${nzh.encodeS(p.value)}日”`);
      const within = /([一二三四五六七八九十]+)日以内期限的规定是指工作日/.exec(text);
      expect(listed || (within !== null && p.value <= Number(nzh.decodeS(within[1]!)))).toBe(true);
    } else {
      expect(['日', '个月']).toContain(p.unit);
    }
  });

  it('late fee: 百分之三 per day, capped at the fine', () => {
    const text = expectQuoted(periods.lateFee.basis);
    const m = /每日按罚款数额的百分之([零一二三四五六七八九十]+)加处罚款/.exec(text);
    expect(Number(nzh.decodeS(m![1]!))).toBe(periods.lateFee.percentPerDay);
    expect(text).toContain('加处罚款的数额不得超出罚款的数额');
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
