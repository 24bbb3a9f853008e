// Statutory parameters (in the spirit of OpenFisca): every number a rule uses is declared
// here with the article, paragraph and exact phrase of the statute it comes from. A test
// finds each phrase in the article text in data/law (or in the quoted text of a statute
// we know only from a catalog) and reads the number back out of it with
// `parseStatutoryPhrase`: change the statute text and the test fails.
import { parseNumeral } from '../numerals.js';
import { rational, type Rational } from '../money.js';

/** What a statutory phrase says, as a number. */
export type StatutoryValue =
  /** A range of multiples of a base amount: 2倍以上5倍以下, 千分之五以上千分之十以下. */
  | { kind: 'multiple'; min: Rational; max: Rational }
  /** A range (or cap) in fen: 1万元以上5万元以下, 二百元以下. */
  | { kind: 'fen'; min?: number; max?: number }
  /** A range of months: 6个月以上1年以下, 3个月至12个月. */
  | { kind: 'months'; min: number; max: number }
  /** A range of years: 二年至五年. */
  | { kind: 'years'; min: number; max: number }
  /** A number of years: 5年内, 二年内, 延长至五年. */
  | { kind: 'period'; years: number }
  /** A rate: 万分之五 (a day), 2‰, 百分之三. */
  | { kind: 'rate'; value: Rational }
  /** A time limit in days: 五日内, 十五日内, 六十日内. */
  | { kind: 'days'; days: number }
  /** A time limit in months: 六个月内. */
  | { kind: 'periodMonths'; months: number };

export interface StatutoryParameter {
  /** Stable id, e.g. 条例.40.1.罚款倍数 */
  id: string;
  /** Short title as in data/law file names. */
  statute: string;
  article: number;
  /** 款 (1-based). */
  paragraph: number;
  /** Version date of the text the phrase is read from, when not the latest version. */
  version?: string;
  /** The exact words of the statute, long enough to be unique and to carry the number. */
  phrase: string;
  value: StatutoryValue;
}

export function parameter(p: StatutoryParameter): StatutoryParameter {
  return p;
}

const NUM = '(\\d+(?:\\.\\d+)?万?|[零〇一二两三四五六七八九十百千万]+)';

/** A number as statutes write amounts: 5000, 1万, 2.5, 五百, 三千, 一万 (Chinese numerals: numerals.ts). */
export function parseStatuteNumber(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(万?)$/.exec(text);
  const v = m ? Number(m[1]) * (m[2] ? 10000 : 1) : parseNumeral(text);
  if (v === undefined || !Number.isFinite(v)) throw new Error(`无法读取数字：${text}`);
  return v;
}

function yuanToFen(text: string): number {
  const v = parseStatuteNumber(text);
  const fen = Math.round(v * 100);
  if (Math.abs(fen - v * 100) > 1e-6) throw new Error(`金额不是整分：${text}`);
  return fen;
}

function multipleOf(text: string): Rational {
  const v = parseStatuteNumber(text);
  if (Number.isInteger(v)) return rational(v);
  const [int, dec = ''] = String(v).split('.');
  return rational(Number(int! + dec), 10 ** dec.length);
}

const FRACTION: Record<string, number> = { 百分之: 100, 千分之: 1000, 万分之: 10000 };

/**
 * Reads the one number a statutory phrase carries. Throws when the phrase carries none
 * that this parser knows, so a test on a phrase whose wording changed fails loudly.
 */
export function parseStatutoryPhrase(phrase: string): StatutoryValue {
  const p = phrase.replace(/\s+/g, '');
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`${NUM}倍以上${NUM}倍以下`).exec(p))) {
    return { kind: 'multiple', min: multipleOf(m[1]!), max: multipleOf(m[2]!) };
  }
  if ((m = new RegExp(`(百分之|千分之|万分之)${NUM}以上(百分之|千分之|万分之)${NUM}以下`).exec(p))) {
    return {
      kind: 'multiple',
      min: rational(parseStatuteNumber(m[2]!), FRACTION[m[1]!]!),
      max: rational(parseStatuteNumber(m[4]!), FRACTION[m[3]!]!),
    };
  }
  if ((m = new RegExp(`${NUM}元以上${NUM}元以下`).exec(p))) {
    return { kind: 'fen', min: yuanToFen(m[1]!), max: yuanToFen(m[2]!) };
  }
  if ((m = new RegExp(`${NUM}个月(?:以上|至)${NUM}(个月|年)(?:以下)?`).exec(p))) {
    const max = parseStatuteNumber(m[2]!) * (m[3] === '年' ? 12 : 1);
    return { kind: 'months', min: parseStatuteNumber(m[1]!), max };
  }
  if ((m = new RegExp(`${NUM}年至${NUM}年`).exec(p))) {
    return { kind: 'years', min: parseStatuteNumber(m[1]!), max: parseStatuteNumber(m[2]!) };
  }
  if ((m = new RegExp(`(百分之|千分之|万分之)${NUM}`).exec(p))) {
    return { kind: 'rate', value: rational(parseStatuteNumber(m[2]!), FRACTION[m[1]!]!) };
  }
  if ((m = new RegExp(`${NUM}‰`).exec(p))) {
    return { kind: 'rate', value: rational(parseStatuteNumber(m[1]!), 1000) };
  }
  if ((m = new RegExp(`${NUM}日内`).exec(p))) {
    return { kind: 'days', days: parseStatuteNumber(m[1]!) };
  }
  if ((m = new RegExp(`${NUM}个月内`).exec(p))) {
    return { kind: 'periodMonths', months: parseStatuteNumber(m[1]!) };
  }
  if ((m = new RegExp(`${NUM}元以下`).exec(p))) {
    return { kind: 'fen', max: yuanToFen(m[1]!) };
  }
  if ((m = new RegExp(`${NUM}年`).exec(p))) {
    return { kind: 'period', years: parseStatuteNumber(m[1]!) };
  }
  throw new Error(`条文用语中没有可读取的数字：${phrase}`);
}

/** The value of a parameter of the expected kind (for rules). */
export function multipleParam(p: StatutoryParameter): { min: Rational; max: Rational } {
  if (p.value.kind !== 'multiple') throw new Error(`${p.id} 不是倍数参数`);
  return p.value;
}
export function fenParam(p: StatutoryParameter): { min?: number; max?: number } {
  if (p.value.kind !== 'fen') throw new Error(`${p.id} 不是金额参数`);
  return p.value;
}
export function monthsParam(p: StatutoryParameter): { min: number; max: number } {
  if (p.value.kind !== 'months') throw new Error(`${p.id} 不是月数参数`);
  return p.value;
}
export function yearsParam(p: StatutoryParameter): { min: number; max: number } {
  if (p.value.kind !== 'years') throw new Error(`${p.id} 不是年数区间参数`);
  return p.value;
}
export function periodParam(p: StatutoryParameter): number {
  if (p.value.kind !== 'period') throw new Error(`${p.id} 不是期限参数`);
  return p.value.years;
}
export function rateParam(p: StatutoryParameter): Rational {
  if (p.value.kind !== 'rate') throw new Error(`${p.id} 不是比率参数`);
  return p.value.value;
}
export function daysParam(p: StatutoryParameter): number {
  if (p.value.kind !== 'days') throw new Error(`${p.id} 不是日数参数`);
  return p.value.days;
}
export function periodMonthsParam(p: StatutoryParameter): number {
  if (p.value.kind !== 'periodMonths') throw new Error(`${p.id} 不是月数期限参数`);
  return p.value.months;
}
