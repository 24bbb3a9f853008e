// Chinese and Arabic numerals as they appear in statute numbering (第一百零三条,
// 第 39 条, 第（三）项, 第４０条). Decoding of Chinese numerals is nzh's.
import Nzh from 'nzh';

const FULLWIDTH_DIGITS = /[０-９]/g;

/** Full-width digits to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const CHINESE_NUMERAL = /^[零〇一二两三四五六七八九十百千万]+$/;

/**
 * Parses a number written in Chinese numerals (一百零三, 十一, 两, 一万) or digits
 * (103, １０３). Returns undefined when the text is neither.
 */
export function parseNumeral(text: string): number | undefined {
  const t = asciiDigits(text.trim());
  if (/^\d+$/.test(t)) return Number(t);
  if (!CHINESE_NUMERAL.test(t)) return undefined;
  // statutes repeat the same few hundred numerals (every 条 and 项): decode each once
  let n = decoded.get(t);
  if (n === undefined) {
    n = Number(Nzh.cn.decodeS(t.replace(/两/g, '二').replace(/〇/g, '零')));
    if (decoded.size < 10_000) decoded.set(t, n);
  }
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
const decoded = new Map<string, number>();

/** Writes n in Chinese numerals as statutes number their articles (一百零三, 十一). */
export function chineseNumeral(n: number): string {
  return Nzh.cn.encodeS(n);
}
