// Money is integer fen: the one place amounts are written for people (figures and 大写),
// used by the rules, the case engine, the documents, the monitor and the console alike.
// This file imports nothing but nzh, so the browser bundle uses it as it is.
import nzh from 'nzh/cn';

// Money is integer fen. Statutory multiples (2倍, 千分之五, 3.5倍) are exact rationals;
// the only rounding is where a product of fen and a rational is not a whole fen, and
// every caller says which way it rounds.

/** A non-negative rational n/d (d > 0), kept exact. */
export interface Rational {
  n: number;
  d: number;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

export function rational(n: number, d = 1): Rational {
  if (!Number.isInteger(n) || !Number.isInteger(d) || d <= 0) throw new Error(`bad rational ${n}/${d}`);
  const g = gcd(Math.abs(n), d) || 1;
  return { n: n / g, d: d / g };
}

/** Parses '3', '3.5', '1/2' into a rational. */
export function parseRational(text: string): Rational {
  const t = text.trim();
  let m = /^(\d+)\/(\d+)$/.exec(t);
  if (m) return rational(Number(m[1]), Number(m[2]));
  m = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) throw new Error(`不是倍数：${text}`);
  const decimals = m[2] ?? '';
  return rational(Number(m[1]! + decimals), 10 ** decimals.length);
}

export function compareRational(a: Rational, b: Rational): number {
  return a.n * b.d - b.n * a.d;
}

/** Writes a rational as the statute would: 2, 3.5, 千分之五 stays n/d only when not decimal. */
export function formatRational(r: Rational): string {
  if (r.d === 1) return String(r.n);
  for (const scale of [10, 100, 1000, 10000]) {
    if (scale % r.d === 0) {
      const v = (r.n * (scale / r.d)) / scale;
      return String(v);
    }
  }
  return `${r.n}/${r.d}`;
}

export type Rounding = 'down' | 'up' | 'half-up';

const ROUNDING_TEXT: Record<Rounding, string> = {
  down: '向下取整到分',
  up: '向上取整到分',
  'half-up': '四舍五入到分',
};

/**
 * fen × n/d, rounded as asked when not whole. BigInt inside so that large amounts × large
 * numerators stay exact. Returns the value and whether rounding happened.
 */
export function multiplyFen(fen: number, r: Rational, rounding: Rounding): { fen: number; rounded: boolean } {
  const num = BigInt(fen) * BigInt(r.n);
  const den = BigInt(r.d);
  let q = num / den;
  const rem = num % den;
  if (rem !== 0n) {
    if (rounding === 'up') q += 1n;
    else if (rounding === 'half-up' && rem * 2n >= den) q += 1n;
  }
  const value = Number(q);
  if (!Number.isSafeInteger(value)) throw new Error('金额超出安全整数范围');
  return { fen: value, rounded: rem !== 0n };
}

export function roundingText(rounding: Rounding): string {
  return ROUNDING_TEXT[rounding];
}

/** 1234567 → '12,345.67 元' */
export function formatYuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${yuan.toLocaleString('en-US')}.${cents} 元`;
}

/**
 * 2469130 → '人民币贰万肆仟陆佰玖拾壹元叁角整'. Amounts to the 元 or 角 end in 整, to the 分 do
 * not (the writing rules of 《支付结算办法》 附件一), as nzh writes them with forceZheng.
 */
export function capitalYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new Error(`金额必须是非负整数（单位：分）：${String(fen)}`);
  const decimal = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
  return nzh.toMoney(decimal, { forceZheng: true });
}

/** '24,691.30 元（人民币贰万肆仟陆佰玖拾壹元叁角整）' */
export function formatYuanWithCapital(fen: number): string {
  return `${formatYuan(fen)}（${capitalYuan(fen)}）`;
}

/** Parses '12,345.67' (元) into fen exactly. */
export function yuanToFen(yuan: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.replace(/,/g, '').trim());
  if (!m) throw new Error(`不是金额：${yuan}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
