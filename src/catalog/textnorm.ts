// Text normalisation for comparing a catalog's quote with the statute text: punctuation
// width and whitespace are ignored, numerals compared by value (二倍 = 2倍, 一万元 = 1万元).
import { parseNumeral } from '../law/index.js';

const QUOTE_MARKS = /[“”‘’"'「」『』]/g;
const WHITESPACE = /[\s\u3000]+/g;
// A numeral followed by a unit: 二倍, 一万元, 五百元, 3个月, 十五日, 二十四小时.
const NUMERAL_RUN = /(?:[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)(?:万|千)?(?=倍|元|个月|个工作日|工作日|日|天|年|小时|%|周岁)/g;

/** Value of a numeral run such as 二, 十二, 1.5, 1万, 五千 (万/千 as multipliers). */
function numeralValue(run: string): string | undefined {
  const multiplier = run.endsWith('万') ? 10000 : run.endsWith('千') && /\d/.test(run) ? 1000 : 1;
  const body = multiplier === 1 ? run : run.slice(0, -1);
  if (/^\d+(?:\.\d+)?$/.test(body)) return String(Number(body) * multiplier);
  const n = parseNumeral(body);
  return n === undefined ? undefined : String(n * multiplier);
}

/** Canonical form for comparison: NFKC, no whitespace or quote marks, numerals as digits. */
export function canonical(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTE_MARKS, '')
    .replace(WHITESPACE, '')
    .replace(NUMERAL_RUN, (run) => numeralValue(run) ?? run);
}

const PUNCTUATION = /^[\p{P}\p{S}\s]*$/u;

/** True when a fragment holds only punctuation, symbols or space. */
export function isPunctuationOnly(text: string): boolean {
  return PUNCTUATION.test(text);
}

const AMOUNT = /(?:\d+(?:\.\d+)?(?:倍|万元|元|个月|个工作日|工作日|日|天|年|小时|%)(?:以上|以下|以内|至|到)?)+/g;

/** Amount and period expressions (2倍以上5倍以下, 3个月至12个月, 1万元以上5万元以下) of a canonical text. */
export function amountExpressions(canonicalText: string): string[] {
  return [...canonicalText.matchAll(AMOUNT)].map((m) => m[0].replace(/(?:至|到)$/, ''));
}

/** The unit of an amount expression (倍, 元, 个月 …). */
export function amountUnit(expression: string): string {
  return /(倍|万元|元|个月|个工作日|工作日|日|天|年|小时|%)/.exec(expression)?.[1] ?? '';
}

/** Character bigrams of a text, for quick similarity. */
export function bigrams(text: string): Set<string> {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Share of the quote's bigrams found in the other text (containment, not symmetric). */
export function containment(quote: Set<string>, other: Set<string>): number {
  if (quote.size === 0) return 0;
  let hit = 0;
  for (const g of quote) if (other.has(g)) hit++;
  return hit / quote.size;
}
