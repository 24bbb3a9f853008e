// Formatting of amounts, dates and periods the way official documents write them.
import nzh from 'nzh/cn';
import type { CalendarDate, Instant, Period } from './types.js';
import { capitalYuan, formatYuan } from '../../law/index.js';

/** An error in document input or rendering: Chinese message, English code. */
export class DocumentError extends Error {
  constructor(
    readonly code: 'BAD_AMOUNT' | 'BAD_DATE' | 'BAD_INPUT' | 'FONT_MISSING' | 'UNKNOWN_KIND' | 'CONFIG' | 'NO_BUREAU',
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

export interface FormattedAmount {
  fen: number;
  /** e.g. 24,691.34元 */
  figures: string;
  /** e.g. 人民币贰万肆仟陆佰玖拾壹元叁角肆分 */
  capital: string;
  /** e.g. 24,691.34元（人民币贰万肆仟陆佰玖拾壹元叁角肆分） */
  both: string;
}

/** Formats an integer amount of fen as figures and as 大写 (law/money.ts, 大写 via nzh). */
export function formatFen(fen: number): FormattedAmount {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new DocumentError('BAD_AMOUNT', `金额必须是非负整数（单位：分），收到：${String(fen)}`);
  }
  // one money formatter (law/money.ts); documents print the unit without a space: 24,691.34元
  const figures = formatYuan(fen).replace(/ 元$/, '元');
  const capital = capitalYuan(fen);
  return { fen, figures, capital, both: `${figures}（${capital}）` };
}

const DIGITS = '〇一二三四五六七八九';

function checkDate(date: CalendarDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new DocumentError('BAD_DATE', `日期格式应为 YYYY-MM-DD，收到：${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    throw new DocumentError('BAD_DATE', `日期不存在：${date}`);
  }
  return [y, mo, d];
}

/** Small Chinese numeral: 5 → 五, 11 → 十一, 23 → 二十三, 60 → 六十. */
export function chineseNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new DocumentError('BAD_INPUT', `数字必须是非负整数，收到：${String(n)}`);
  return nzh.encodeS(n);
}

/** 2026-11-23 → 二〇二六年十一月二十三日 (for signature blocks). */
export function chineseDate(date: CalendarDate): string {
  const [y, m, d] = checkDate(date);
  const year = String(y)
    .split('')
    .map((c) => DIGITS[Number(c)])
    .join('');
  return `${year}年${chineseNumber(m)}月${chineseNumber(d)}日`;
}

/** 2026-11-23 → 2026年11月23日 (in running text). */
export function numericDate(date: CalendarDate): string {
  const [y, m, d] = checkDate(date);
  return `${y}年${m}月${d}日`;
}

/** The wall-clock parts of an instant in Asia/Shanghai. */
export function shanghaiParts(instant: Instant): { date: CalendarDate; hour: number; minute: number } {
  const t = new Date(instant);
  if (Number.isNaN(t.getTime()) || !/[T ]\d{2}:\d{2}/.test(instant)) {
    throw new DocumentError('BAD_DATE', `时间格式应为 ISO 8601（如 2026-11-23T09:30:00+08:00），收到：${instant}`);
  }
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(t);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')), minute: Number(get('minute')) };
}

/** 2026-11-23T14:05:00+08:00 → 2026年11月23日14时05分 */
export function numericDateTime(instant: Instant): string {
  const p = shanghaiParts(instant);
  return `${numericDate(p.date)}${p.hour}时${String(p.minute).padStart(2, '0')}分`;
}

/** {5, 工作日} → 五个工作日; {60, 日} → 六十日; {6, 个月} → 六个月 */
export function periodText(period: Period): string {
  const n = chineseNumber(period.value);
  switch (period.unit) {
    case '工作日':
      return `${n}个工作日`;
    default:
      return `${n}${period.unit}`;
  }
}

/** 《中华人民共和国行政处罚法》第六十七条第三款 */
export function citeBasis(basis: { law: string; article: string }): string {
  return `《${basis.law}》${basis.article}`;
}
