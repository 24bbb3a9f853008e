// Public entry of the calendar: working days, statutory holidays and computed
// deadlines. The module functions use the default calendar: chinese-days plus every
// data/calendar/<year>.json, plus what loadSchedule / loadStoredSchedules add.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Queryable } from '../../store/index.js';
import {
  WorkCalendar,
  type DeadlineColour,
  type DeadlineRequest,
  type DeadlineResult,
  type DayInfo,
  type KnownYear,
} from './calendar.js';
import { CalendarError } from './dates.js';
import { parseSchedule, type HolidaySchedule } from './schedule.js';

export {
  WorkCalendar,
  CHINESE_DAYS_YEARS,
  EXCLUSION_REASONS,
  YELLOW_WORKING_DAYS,
  type DeadlineUnit,
  type ExclusionReason,
  type ExcludedPeriod,
  type DeadlineRequest,
  type DeadlineResult,
  type DeadlineColour,
  type DayInfo,
  type KnownYear,
} from './calendar.js';
export { addDays, addMonths, addYears, addHours, daysBetween, weekday, shanghaiDateOf, shanghaiInstant, formatInstant, isPast, isValidDate, CalendarError } from './dates.js';
export { HolidayScheduleSchema, parseSchedule, type HolidaySchedule } from './schedule.js';
export { WORKING_DAY_RULES, type DayRuleStatute, type WorkingDayRule } from './statutory.js';

/** data/calendar: one <year>.json per published schedule. */
export const CALENDAR_DATA_DIR: string = fileURLToPath(new URL('../../../data/calendar/', import.meta.url));

/** Reads every <year>.json in `dir` (validated; a bad file is an error naming it). */
export function readScheduleDir(dir: string = CALENDAR_DATA_DIR): HolidaySchedule[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d{4}\.json$/.test(f))
    .sort()
    .map((f) => {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      } catch (err) {
        throw new CalendarError('BAD_SCHEDULE', `节假日安排文件不是有效的 JSON：${join(dir, f)}（${(err as Error).message}）`);
      }
      const s = parseSchedule(json, `节假日安排文件 ${f} `).schedule;
      if (`${s.year}.json` !== f) throw new CalendarError('BAD_SCHEDULE', `节假日安排文件 ${f} 的 year 是 ${s.year}，与文件名不符`);
      return s;
    });
}

let defaultCal: WorkCalendar | undefined;

/** The calendar the module functions use (built on first use from chinese-days and data/calendar). */
export function defaultCalendar(): WorkCalendar {
  defaultCal ??= new WorkCalendar({ schedules: readScheduleDir() });
  return defaultCal;
}

/** Rebuilds the default calendar from chinese-days and data/calendar only (drops loaded schedules). */
export function resetDefaultCalendar(): WorkCalendar {
  defaultCal = new WorkCalendar({ schedules: readScheduleDir() });
  return defaultCal;
}

/** Builds a separate calendar (e.g. to recompute under a given list of schedules). */
export function createCalendar(opts: { schedules?: readonly unknown[]; builtin?: boolean; includeDataDir?: boolean } = {}): WorkCalendar {
  const fromDir = opts.includeDataDir === false ? [] : readScheduleDir();
  return new WorkCalendar({ schedules: [...fromDir, ...(opts.schedules ?? [])], ...(opts.builtin !== undefined ? { builtin: opts.builtin } : {}) });
}

/** Adds (or replaces, for its year) a schedule in the default calendar. In memory only: see saveSchedule. */
export function loadSchedule(json: unknown): HolidaySchedule {
  return defaultCalendar().load(json);
}

/** Years whose holidays are known (from chinese-days or a loaded schedule). */
export function calendarYearsKnown(): KnownYear[] {
  return defaultCalendar().yearsKnown();
}

export const isWorkingDay = (date: string): boolean => defaultCalendar().isWorkingDay(date);
export const dayInfo = (date: string): DayInfo => defaultCalendar().dayInfo(date);
export const addWorkingDays = (date: string, n: number): string => defaultCalendar().addWorkingDays(date, n);
export const workingDaysBetween = (a: string, b: string): number => defaultCalendar().workingDaysBetween(a, b);
export const computeDeadline = (req: DeadlineRequest): DeadlineResult => defaultCalendar().computeDeadline(req);
export const deadlineStatus = (due: string, today: string): DeadlineColour => defaultCalendar().deadlineStatus(due, today);

// ---- persistence (table calendar_schedule, migration 001) ---------------------------------

/**
 * Validates a schedule, stores it in the database (history kept; the latest row of a
 * year is in force) and loads it into `calendar` (default: the default calendar).
 */
export async function saveSchedule(
  db: Queryable,
  json: unknown,
  opts: { loadedBy?: string; calendar?: WorkCalendar } = {},
): Promise<HolidaySchedule> {
  const s = parseSchedule(json).schedule;
  await db.query('INSERT INTO calendar_schedule (year, schedule, source, loaded_by) VALUES ($1, $2::jsonb, $3, $4)', [
    s.year,
    JSON.stringify(s),
    s.source.title,
    opts.loadedBy ?? null,
  ]);
  (opts.calendar ?? defaultCalendar()).load(s);
  return s;
}

/** The schedules in force in the database (latest per year), validated. */
export async function storedSchedules(db: Queryable): Promise<HolidaySchedule[]> {
  const { rows } = await db.query<{ schedule: unknown }>(
    'SELECT DISTINCT ON (year) schedule FROM calendar_schedule ORDER BY year, id DESC',
  );
  return rows.map((r) => parseSchedule(r.schedule, '数据库中的节假日安排').schedule);
}

/** Loads the database's schedules into `calendar` (default: the default calendar); call once after opening the store. */
export async function loadStoredSchedules(db: Queryable, calendar: WorkCalendar = defaultCalendar()): Promise<HolidaySchedule[]> {
  const list = await storedSchedules(db);
  for (const s of list) calendar.load(s);
  return list;
}
