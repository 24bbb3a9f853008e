// A year's holiday schedule (法定节假日 and 调休 working weekend days) as data, in the
// format of data/calendar/<year>.json, from the State Council notice.
import { z } from 'zod';
import { addDays, CalendarError, dayNumber, isValidDate, weekday, yearOf } from './dates.js';

const dateString = z.string().refine(isValidDate, { message: '日期应为有效的 YYYY-MM-DD' });

export const HolidayScheduleSchema = z
  .object({
    year: z.number().int().min(1949).max(2200),
    source: z.object({
      /** e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
      title: z.string().min(1),
      /** 文号, e.g. 国办发明电〔2026〕N号 */
      number: z.string().optional(),
      published: dateString.optional(),
      url: z.string().optional(),
      note: z.string().optional(),
    }),
    holidays: z.array(z.object({ name: z.string().min(1), from: dateString, to: dateString })).min(1),
    workdays: z.array(z.object({ date: dateString, name: z.string().optional() })),
  })
  .strict();

export type HolidaySchedule = z.infer<typeof HolidayScheduleSchema>;

/** A validated schedule with its days expanded. */
export interface ResolvedSchedule {
  schedule: HolidaySchedule;
  holidayNames: Map<string, string>;
  workdayNames: Map<string, string>;
}

/**
 * Validates a schedule document (a parsed JSON value) and expands it. Refuses: bad
 * dates, a range that ends before it starts, dates far from the schedule's year, a day
 * that is both a holiday and a working day, and a 调休 working day that is not a
 * Saturday or Sunday (it would change nothing: a sign of a typing error).
 */
export function parseSchedule(json: unknown, where = '节假日安排'): ResolvedSchedule {
  const parsed = HolidayScheduleSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new CalendarError('BAD_SCHEDULE', `${where}格式有误：${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim());
  }
  const s = parsed.data;
  const near = (d: string) => Math.abs(yearOf(d) - s.year) <= 1;
  const holidayNames = new Map<string, string>();
  for (const h of s.holidays) {
    if (dayNumber(h.to) < dayNumber(h.from)) throw new CalendarError('BAD_SCHEDULE', `${where}：${h.name} 的结束日 ${h.to} 早于开始日 ${h.from}`);
    if (!near(h.from) || !near(h.to)) throw new CalendarError('BAD_SCHEDULE', `${where}：${h.name}（${h.from}—${h.to}）不在 ${s.year} 年前后`);
    for (let d = h.from; dayNumber(d) <= dayNumber(h.to); d = addDays(d, 1)) holidayNames.set(d, h.name);
  }
  const workdayNames = new Map<string, string>();
  for (const w of s.workdays) {
    if (!near(w.date)) throw new CalendarError('BAD_SCHEDULE', `${where}：调休上班日 ${w.date} 不在 ${s.year} 年前后`);
    if (holidayNames.has(w.date)) throw new CalendarError('BAD_SCHEDULE', `${where}：${w.date} 既是放假日又是调休上班日`);
    const wd = weekday(w.date);
    if (wd !== 0 && wd !== 6) throw new CalendarError('BAD_SCHEDULE', `${where}：调休上班日 ${w.date} 不是周六或周日`);
    workdayNames.set(w.date, w.name ?? '调休上班');
  }
  return { schedule: s, holidayNames, workdayNames };
}
