// Reads the money amounts and percentages a legal text states (5000元, 5万元, 十万元, 3%,
// 百分之二十), so that a test can check every number of a data file against the words it
// quotes. Only what is written counts: 5万元 is 5,000,000 分; 3% is 3/100.
import { asciiDigits, parseNumeral } from './numerals.js';
import { parseRational, rational, type Rational } from './money.js';

const NUMBER = String.raw`(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)`;
const MONEY = new RegExp(`${NUMBER}\\s*([万萬]?)\\s*[元圆]`, 'g');
const PERCENT_SIGN = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*[%％]`, 'g');
const PERCENT_WORDS = new RegExp(`百分之${NUMBER}`, 'g');

function numberOf(text: string): Rational | undefined {
  if (/^\d/.test(text)) return parseRational(text);
  const n = parseNumeral(text);
  return n === undefined ? undefined : rational(n);
}

/** Every amount written as …元 or …万元, in fen (whole fen only). */
export function moneyAmountsInText(text: string): number[] {
  const out: number[] = [];
  for (const m of asciiDigits(text).replace(/,(?=\d{3})/g, '').matchAll(MONEY)) {
    const value = numberOf(m[1]!);
    if (!value) continue;
    const fen = (value.n * (m[2] ? 10_000 : 1) * 100) / value.d;
    if (Number.isInteger(fen)) out.push(fen);
  }
  return out;
}

/** Every percentage written as 3%, 0.5％ or 百分之二十, as a fraction (3% → 3/100). */
export function percentagesInText(text: string): Rational[] {
  const t = asciiDigits(text);
  const out: Rational[] = [];
  for (const re of [PERCENT_SIGN, PERCENT_WORDS]) {
    for (const m of t.matchAll(re)) {
      const value = numberOf(m[1]!);
      if (value) out.push(rational(value.n, value.d * 100));
    }
  }
  return out;
}
