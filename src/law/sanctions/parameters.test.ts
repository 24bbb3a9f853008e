// Every number of every rule, read back out of the article text in data/law (or, for the
// two statutes we know only from a seed quote, out of data/law/quoted).
import { describe, expect, it } from 'vitest';
import { allParameters, SANCTION_RULES } from './registry.js';
import { parseStatutoryPhrase, type StatutoryParameter } from './parameters.js';
import { verifyParameter, parameterSource } from './verify.js';
import { paragraphText } from './text.js';
import { rational } from '../money.js';

const ALL: StatutoryParameter[] = allParameters();

describe('statutory parameters against the article text', () => {
  it('has a parameter for every number-bearing rule and unique ids', () => {
    expect(new Set(ALL.map((p) => p.id)).size).toBe(ALL.length);
    expect(ALL.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ALL.map((p) => [p.id, p] as const))('%s: the phrase is in the article and reads as the rule’s value', (_id, p) => {
    expect(verifyParameter(p)).toEqual([]);
  });

  it.each(ALL.map((p) => [p.id, p] as const))('%s: a changed number in the article text is caught', (_id, p) => {
    const src = parameterSource(p)!;
    const text = paragraphText(src, p.paragraph);
    // Change the first digit or Chinese numeral of the phrase in the article text.
    const changed = p.phrase.replace(/[0-9]|[一二三四五六七八九]/, (d) => (/[0-9]/.test(d) ? String((Number(d) + 1) % 10) : d === '九' ? '八' : '九'));
    expect(changed).not.toBe(p.phrase);
    expect(verifyParameter(p, text.replace(p.phrase, changed))).not.toEqual([]);
  });

  it('reads the phrases the issue names from the statutes', () => {
    const phrases = ALL.map((p) => p.phrase).join('\n');
    for (const words of ['2倍以上5倍以下', '1万元以上5万元以下', '6个月以上1年以下', '一倍以上三倍以下', '3个月至12个月', '1倍以上2倍以下', '1倍以上3倍以下', '二倍以上五倍以下', '五百元以上三千元以下', '千分之五以上千分之十以下', '百分之五以上百分之十以下', '二年至五年', '5年内', '万分之五', '百分之三', '二百元以下', '三千元以下']) {
      expect(phrases).toContain(words);
    }
  });

  it('a rule rests on a quote exactly when its statute has no text in data/law', () => {
    for (const rule of SANCTION_RULES) {
      for (const p of rule.parameters) {
        expect(parameterSource(p)!.restsOnQuote, p.id).toBe(!!rule.restsOnQuote);
      }
    }
    expect(SANCTION_RULES.filter((r) => r.restsOnQuote).map((r) => r.key)).toEqual([
      '社会保险稽核办法:12',
      '内蒙古自治区城镇基本医疗保险条例:54',
      '内蒙古自治区城镇基本医疗保险条例:55',
      '社会保险费征缴监督检查办法:12',
    ]);
  });
});

describe('parseStatutoryPhrase', () => {
  it('reads multiples, amounts, months, years, rates and time limits', () => {
    expect(parseStatutoryPhrase('处骗取金额2倍以上5倍以下的罚款')).toEqual({ kind: 'multiple', min: rational(2), max: rational(5) });
    expect(parseStatutoryPhrase('一倍以上三倍以下')).toEqual({ kind: 'multiple', min: rational(1), max: rational(3) });
    expect(parseStatutoryPhrase('千分之五以上千分之十以下')).toEqual({ kind: 'multiple', min: rational(5, 1000), max: rational(1, 100) });
    expect(parseStatutoryPhrase('1万元以上5万元以下')).toEqual({ kind: 'fen', min: 1_000_000, max: 5_000_000 });
    expect(parseStatutoryPhrase('五百元以上三千元以下')).toEqual({ kind: 'fen', min: 50_000, max: 300_000 });
    expect(parseStatutoryPhrase('5000元以上20000元以下')).toEqual({ kind: 'fen', min: 500_000, max: 2_000_000 });
    expect(parseStatutoryPhrase('6个月以上1年以下')).toEqual({ kind: 'months', min: 6, max: 12 });
    expect(parseStatutoryPhrase('3个月至12个月')).toEqual({ kind: 'months', min: 3, max: 12 });
    expect(parseStatutoryPhrase('二年至五年内')).toEqual({ kind: 'years', min: 2, max: 5 });
    expect(parseStatutoryPhrase('5年内禁止')).toEqual({ kind: 'period', years: 5 });
    expect(parseStatutoryPhrase('按日加收万分之五的滞纳金')).toEqual({ kind: 'rate', value: rational(5, 10000) });
    expect(parseStatutoryPhrase('按日加收2‰的滞纳金')).toEqual({ kind: 'rate', value: rational(2, 1000) });
    expect(parseStatutoryPhrase('对公民处以二百元以下')).toEqual({ kind: 'fen', max: 20_000 });
    expect(parseStatutoryPhrase('告知后五日内提出')).toEqual({ kind: 'days', days: 5 });
    expect(parseStatutoryPhrase('六个月内提出')).toEqual({ kind: 'periodMonths', months: 6 });
  });

  it('throws on a phrase without a number', () => {
    expect(() => parseStatutoryPhrase('依法给予处分')).toThrow(/没有可读取的数字/);
  });
});
