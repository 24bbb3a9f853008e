// Dates and instants in Asia/Shanghai (UTC+8, no daylight saving).

const OFFSET_MS = 8 * 3600 * 1000;

/** The calendar date (YYYY-MM-DD) of an instant, in Asia/Shanghai. */
export function shanghaiDate(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`无效的时间：${instant}`);
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant as an ISO string with +08:00. */
export function shanghaiInstant(date: Date = new Date()): string {
  const local = new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

/** Adds hours to an instant; the result is written with +08:00. */
export function addHours(instant: string, hours: number): string {
  return shanghaiInstant(new Date(Date.parse(instant) + hours * 3600 * 1000));
}

/** true when `now` is after `due` (a date: after its end of day; an instant: after it). */
export function isPast(due: string, now: string): boolean {
  if (due.length === 10) return shanghaiDate(now) > due;
  return Date.parse(now) > Date.parse(due);
}
