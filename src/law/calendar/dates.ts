// Calendar-date and instant arithmetic in Asia/Shanghai (UTC+8, no daylight saving).
// Dates are 'YYYY-MM-DD'; instants are ISO strings, written with +08:00.

export class CalendarError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'CalendarError';
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Days since 1970-01-01 of a calendar date; throws on anything but a real YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new CalendarError('BAD_DATE', `日期格式应为 YYYY-MM-DD：${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new CalendarError('BAD_DATE', `不存在的日期：${date}`);
  }
  return t / DAY_MS;
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function isValidDate(date: string): boolean {
  try {
    dayNumber(date);
    return true;
  } catch {
    return false;
  }
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** `date` plus `n` calendar days (n may be negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new CalendarError('BAD_AMOUNT', `天数应为整数：${n}`);
  return fromDayNumber(dayNumber(date) + n);
}

/** Calendar days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

export function lastDayOfMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/**
 * `date` plus `n` months. The convention used (民法典 第二百零二条 as commonly quoted —
 * the code is not in data/law, so this is the project's stated convention, not a
 * checked citation): the period ends on the corresponding day of the final month; when
 * that month has no such day, on its last day. 2025-01-31 + 1 month = 2025-02-28,
 * 2024-01-31 + 1 month = 2024-02-29, 2025-03-31 + 1 month = 2025-04-30.
 */
export function addMonths(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new CalendarError('BAD_AMOUNT', `月数应为整数：${n}`);
  dayNumber(date);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, lastDayOfMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/** Parses an instant (ISO with offset or Z, or a date meaning its Beijing midnight) to epoch ms. */
export function instantMs(instant: string): number {
  if (DATE.test(instant)) return dayNumber(instant) * DAY_MS - SHANGHAI_OFFSET_MS;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(instant)) {
    throw new CalendarError('BAD_INSTANT', `时刻应为带时区的 ISO 格式（如 2025-01-20T09:30:00+08:00）：${instant}`);
  }
  const t = Date.parse(instant);
  if (Number.isNaN(t)) throw new CalendarError('BAD_INSTANT', `无法识别的时刻：${instant}`);
  return t;
}

/** Epoch ms as an ISO instant in Beijing time, with milliseconds: 2025-01-20T09:30:00.000+08:00. */
export function formatInstant(ms: number): string {
  return `${new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}

/** The Beijing calendar date of an instant. */
export function shanghaiDateOf(instant: string): string {
  if (DATE.test(instant)) return instant;
  return new Date(instantMs(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `instant` plus `n` hours (n may be fractional or negative), in +08:00. */
export function addHours(instant: string, n: number): string {
  if (!Number.isFinite(n)) throw new CalendarError('BAD_AMOUNT', `小时数无效：${n}`);
  return formatInstant(instantMs(instant) + Math.round(n * 3_600_000));
}

/** `date` plus `n` years: the same calendar day, or the last day of the month (02-29 → 02-28), as addMonths. */
export function addYears(date: string, n: number): string {
  return addMonths(date, n * 12);
}

/** An instant (a Date, default now) written in Beijing time to the second: 2025-01-20T09:30:00+08:00. */
export function shanghaiInstant(date: Date = new Date()): string {
  return `${new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** true when `now` is after `due`: a date is past after its Beijing end of day, an instant after itself. */
export function isPast(due: string, now: string): boolean {
  if (DATE.test(due)) return dayNumber(shanghaiDateOf(now)) > dayNumber(due);
  return instantMs(now) > instantMs(due);
}

export const MS = { DAY: DAY_MS, SHANGHAI_OFFSET: SHANGHAI_OFFSET_MS };
