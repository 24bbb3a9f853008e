// Working days and statutory deadlines. Sources, in order of precedence for a day:
// 1. a loaded schedule (data/calendar/<year>.json or the database) naming the day;
// 2. for a year with a loaded schedule: Monday–Friday;
// 3. chinese-days (State Council schedules up to the year its data covers);
// 4. otherwise Monday–Friday, and the answer is provisional (临时).
import { createRequire } from 'node:module';
import type ChineseDays from 'chinese-days';

/** chinese-days, loaded on the first question about a day (commands that never ask do not pay for it). */
let loadedChineseDays: typeof ChineseDays | undefined;
const chineseDays = (): typeof ChineseDays => (loadedChineseDays ??= createRequire(import.meta.url)('chinese-days') as typeof ChineseDays);

const chineseDaysIsWorkday = (date: string): boolean => chineseDays().isWorkday(date);
/** The Chinese name of a holiday or 调休 day in chinese-days ("Spring Festival,春节,4" → 春节). */
const chineseDaysName = (date: string): string | undefined => {
  const parts = chineseDays().getDayDetail(date).name.split(',');
  return parts.length >= 2 ? parts[1] : undefined;
};
import {
  addDays,
  addMonths,
  CalendarError,
  dayNumber,
  formatInstant,
  fromDayNumber,
  instantMs,
  MS,
  shanghaiDateOf,
  weekday,
  yearOf,
} from './dates.js';
import { parseSchedule, type HolidaySchedule, type ResolvedSchedule } from './schedule.js';
import { WORKING_DAY_RULES, type DayRuleStatute } from './statutory.js';

/** Years chinese-days has State Council data for (read from its data file). */
export const CHINESE_DAYS_YEARS: readonly number[] = (() => {
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as { holidays: Record<string, string> };
  return [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
})();

export type DeadlineUnit = '日' | '工作日' | '小时' | '月';
/** Periods that do not count toward a time limit. */
// 医疗保障行政处罚程序暂行规定 第四十五条第四款 (data/law/periods.json: 办案期限.excludes); and
// 中止调查 (第四十二条): the case engine stops the 办案期限 while the investigation is suspended
// (第四十二条第二款: resumed at once when the ground ends) — without it the 90 days would run out
// during a suspension the rule orders.
export const EXCLUSION_REASONS = ['检测检验', '鉴定', '听证', '公告', '专家评审', '中止调查'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface ExcludedPeriod {
  /** First and last day (inclusive) that do not count. */
  from: string;
  to: string;
  reason?: ExclusionReason;
  /** Accepted as a synonym of `reason` (the case engine's name for it). */
  kind?: string;
}

export interface DeadlineRequest {
  /** The day of the event that starts the period (not counted), or an instant for 小时. */
  start: string;
  amount: number;
  unit: DeadlineUnit;
  excludedPeriods?: ExcludedPeriod[];
  /** The statute setting the period: its own rule may make short 日 periods working days. */
  statute?: DayRuleStatute;
  /**
   * The article that says a period ending on a holiday ends on the next working day
   * (医疗保障行政处罚程序暂行规定 第五十八条), cited in the explanation; without it the
   * calendar applies the same rule as the project's stated convention.
   */
  carryOverBasis?: string;
}

export interface DeadlineResult {
  /** The last day of the period (YYYY-MM-DD), or for 小时 an instant in +08:00. */
  due: string;
  /** True when a day that mattered lies in a year with no known holiday schedule. */
  provisional: boolean;
  /** Chinese explanation of how `due` was computed. */
  basis: string;
  /** The unit actually counted (日 becomes 工作日 under a statute's working-day rule). */
  unit: DeadlineUnit;
  /** Days not counted because of excluded periods. */
  excludedDays: number;
  /** Years without a known schedule that made the result provisional. */
  provisionalYears: number[];
}

export type DeadlineColour = 'green' | 'yellow' | 'red';

export interface DayInfo {
  date: string;
  working: boolean;
  /** Holiday or 调休 name when the day is named by a schedule. */
  name?: string;
  /** Where the answer came from. */
  source: 'schedule' | 'chinese-days' | 'weekday';
  /** The year has no known schedule. */
  provisional: boolean;
}

export interface KnownYear {
  year: number;
  from: 'schedule' | 'chinese-days';
  /** The schedule's source title, or the package name. */
  source: string;
}

/** Days remaining at or under which an open deadline is yellow. */
export const YELLOW_WORKING_DAYS = 3;

const CARRY_OVER_CONVENTION =
  '期间届满的最后一日为法定节假日或休息日的，以其后的第一个工作日为届满日（本系统采用的惯例，参照《民法典》第二百零三条和民事诉讼法关于期间的规定；二者不在 data/law 语料中，未核对原文）';

export class WorkCalendar {
  private readonly byYear = new Map<number, ResolvedSchedule>();
  private readonly holidayNames = new Map<string, string>();
  private readonly workdayNames = new Map<string, string>();
  private readonly builtinYears: ReadonlySet<number>;

  /** `schedules` are raw documents (validated here); `builtin` = use chinese-days (default true). */
  constructor(opts: { schedules?: readonly unknown[]; builtin?: boolean } = {}) {
    this.builtinYears = new Set(opts.builtin === false ? [] : CHINESE_DAYS_YEARS);
    for (const s of opts.schedules ?? []) this.load(s);
  }

  /** Adds or replaces (same year) a schedule. Returns the validated schedule. */
  load(json: unknown): HolidaySchedule {
    const resolved = parseSchedule(json);
    this.byYear.set(resolved.schedule.year, resolved);
    this.rebuild();
    return resolved.schedule;
  }

  /** A new calendar with this one's schedules plus `json`. */
  withSchedule(json: unknown): WorkCalendar {
    const c = new WorkCalendar({ builtin: this.builtinYears.size > 0, schedules: this.schedules() });
    c.load(json);
    return c;
  }

  schedules(): HolidaySchedule[] {
    return [...this.byYear.values()].map((r) => r.schedule).sort((a, b) => a.year - b.year);
  }

  private rebuild(): void {
    this.holidayNames.clear();
    this.workdayNames.clear();
    for (const year of [...this.byYear.keys()].sort((a, b) => a - b)) {
      const r = this.byYear.get(year)!;
      for (const [d, n] of r.holidayNames) {
        this.workdayNames.delete(d);
        this.holidayNames.set(d, n);
      }
      for (const [d, n] of r.workdayNames) {
        this.holidayNames.delete(d);
        this.workdayNames.set(d, n);
      }
    }
  }

  yearsKnown(): KnownYear[] {
    const out = new Map<number, KnownYear>();
    for (const y of this.builtinYears) out.set(y, { year: y, from: 'chinese-days', source: 'chinese-days（国务院办公厅历年部分节假日安排的通知）' });
    for (const [y, r] of this.byYear) out.set(y, { year: y, from: 'schedule', source: r.schedule.source.title });
    return [...out.values()].sort((a, b) => a.year - b.year);
  }

  isYearKnown(year: number): boolean {
    return this.byYear.has(year) || this.builtinYears.has(year);
  }

  dayInfo(date: string): DayInfo {
    const year = yearOf(date);
    const wd = weekday(date);
    const holiday = this.holidayNames.get(date);
    if (holiday) return { date, working: false, name: holiday, source: 'schedule', provisional: false };
    const workday = this.workdayNames.get(date);
    if (workday) return { date, working: true, name: workday, source: 'schedule', provisional: false };
    if (this.byYear.has(year)) return { date, working: wd !== 0 && wd !== 6, source: 'schedule', provisional: false };
    if (this.builtinYears.has(year)) {
      const working = chineseDaysIsWorkday(date);
      const name = chineseDaysName(date);
      return { date, working, ...(name ? { name } : {}), source: 'chinese-days', provisional: false };
    }
    return { date, working: wd !== 0 && wd !== 6, source: 'weekday', provisional: true };
  }

  isWorkingDay(date: string): boolean {
    return this.dayInfo(date).working;
  }

  /** The n-th working day after `date` (n > 0), before it (n < 0), or `date` itself (n = 0). */
  addWorkingDays(date: string, n: number): string {
    return this.walkWorkingDays(date, n, () => false, new Set()).date;
  }

  /** Working days d with a < d ≤ b (negative when b is before a). */
  workingDaysBetween(a: string, b: string): number {
    const [lo, hi, sign] = dayNumber(a) <= dayNumber(b) ? [a, b, 1] : [b, a, -1];
    let count = 0;
    for (let n = dayNumber(lo) + 1; n <= dayNumber(hi); n++) if (this.isWorkingDay(fromDayNumber(n))) count++;
    return sign * count;
  }

  /** `date` when it is a working day, else the first working day after it. */
  nextWorkingDayFrom(date: string): string {
    let d = date;
    for (let i = 0; i < 400 && !this.isWorkingDay(d); i++) d = addDays(d, 1);
    return d;
  }

  private walkWorkingDays(date: string, n: number, skip: (d: string) => boolean, unknownYears: Set<number>): { date: string } {
    if (!Number.isInteger(n)) throw new CalendarError('BAD_AMOUNT', `工作日数应为整数：${n}`);
    const step = n >= 0 ? 1 : -1;
    let left = Math.abs(n);
    let d = date;
    while (left > 0) {
      d = addDays(d, step);
      const info = this.dayInfo(d);
      if (info.provisional) unknownYears.add(yearOf(d));
      if (info.working && !skip(d)) left--;
    }
    return { date: d };
  }

  /**
   * Computes the last day of a statutory period.
   * - 日: counted from the day after `start`; excluded days do not count; a last day that
   *   is not a working day moves to the next working day. Under `statute`, short periods
   *   its article makes working days (行政处罚法 art. 85: 二日/三日/五日/七日) count as 工作日.
   * - 工作日: the n-th working day after `start`, excluded days not counted.
   * - 月: addMonths (see dates.ts for the end-of-month rule), extended by the excluded
   *   days inside the period, then moved off a non-working last day like 日.
   * - 小时: `start` is an instant; excluded periods stop the clock for their whole days.
   */
  computeDeadline(req: DeadlineRequest): DeadlineResult {
    const { amount } = req;
    if (!Number.isFinite(amount) || amount < 0 || (req.unit !== '小时' && !Number.isInteger(amount))) {
      throw new CalendarError('BAD_AMOUNT', `期限数额无效：${amount}${req.unit}`);
    }
    const periods = (req.excludedPeriods ?? []).map((p) => {
      const reason = p.reason ?? p.kind;
      if (reason !== undefined && !(EXCLUSION_REASONS as readonly string[]).includes(reason)) {
        throw new CalendarError('BAD_EXCLUSION', `不计入期限的期间事由只能是${EXCLUSION_REASONS.join('、')}：${reason}`);
      }
      if (dayNumber(p.to) < dayNumber(p.from)) throw new CalendarError('BAD_EXCLUSION', `不计入期间的结束日 ${p.to} 早于开始日 ${p.from}`);
      return { from: dayNumber(p.from), to: dayNumber(p.to), label: `${reason ?? '不计入期限的'}期间${p.from}至${p.to}` };
    });
    const excluded = (d: string) => {
      const n = dayNumber(d);
      return periods.some((p) => p.from <= n && n <= p.to);
    };
    const unknownYears = new Set<number>();
    const notes: string[] = [];
    let unit = req.unit;
    if (unit === '日' && req.statute) {
      const rule = WORKING_DAY_RULES[req.statute];
      if (rule.appliesTo(amount)) {
        unit = '工作日';
        notes.push(`依《${rule.file.replace(/-\d+\.md$/, '')}》${rule.article}（${rule.quote}），${amount}日按工作日计算`);
      }
    }

    if (unit === '小时') {
      const startMs = instantMs(req.start);
      const intervals = periods
        .map((p) => ({ from: p.from * MS.DAY - MS.SHANGHAI_OFFSET, to: (p.to + 1) * MS.DAY - MS.SHANGHAI_OFFSET }))
        .sort((a, b) => a.from - b.from);
      let cursor = startMs;
      let remaining = Math.round(amount * 3_600_000);
      let excludedMs = 0;
      for (const iv of intervals) {
        if (iv.to <= cursor) continue;
        if (iv.from >= cursor + remaining) break;
        if (iv.from > cursor) remaining -= iv.from - cursor;
        excludedMs += iv.to - Math.max(cursor, iv.from);
        cursor = iv.to;
      }
      const due = formatInstant(cursor + remaining);
      const excludedDays = Math.round(excludedMs / MS.DAY);
      return {
        due,
        provisional: false,
        unit,
        excludedDays,
        provisionalYears: [],
        basis: [`自${formatInstant(startMs)}起计${amount}小时，届满时刻${due}`, ...periodNotes(periods), '按小时计算的期限不因节假日顺延'].join('；'),
      };
    }

    const start = shanghaiDateOf(req.start);
    let due: string;
    let excludedDays = 0;
    if (unit === '工作日') {
      let d = start;
      let left = amount;
      while (left > 0) {
        d = addDays(d, 1);
        const info = this.dayInfo(d);
        if (info.provisional) unknownYears.add(yearOf(d));
        if (!info.working) continue;
        if (excluded(d)) {
          excludedDays++;
          continue;
        }
        left--;
      }
      due = d;
      notes.unshift(`自${start}的次日起计${amount}个工作日，届满日${due}`);
    } else {
      let raw: string;
      if (unit === '日') {
        let d = start;
        let left = amount;
        while (left > 0) {
          d = addDays(d, 1);
          if (excluded(d)) excludedDays++;
          else left--;
        }
        raw = d;
      } else {
        raw = addMonths(start, amount);
        let extra = 0;
        for (let n = dayNumber(start) + 1; n <= dayNumber(raw); n++) if (excluded(fromDayNumber(n))) extra++;
        let d = raw;
        excludedDays = extra;
        while (extra > 0) {
          d = addDays(d, 1);
          if (excluded(d)) excludedDays++;
          else extra--;
        }
        raw = d;
      }
      const info = this.dayInfo(raw);
      if (info.provisional) unknownYears.add(yearOf(raw));
      due = raw;
      if (!info.working) {
        do {
          due = addDays(due, 1);
          const next = this.dayInfo(due);
          if (next.provisional) unknownYears.add(yearOf(due));
          if (next.working) break;
        } while (true);
      }
      const what = unit === '日' ? `${amount}日` : `${amount}个月`;
      notes.unshift(
        `自${start}的次日起计${what}${excludedDays ? `（另加不计入的${excludedDays}日）` : ''}，期间最后一日${raw}` +
          (due !== raw ? `为${info.name ?? '休息日'}，顺延至${due}` : ''),
      );
      if (unit === '月') notes.push('按月计算：到期月的对应日为最后一日，无对应日的以该月末日为最后一日（本系统采用的惯例，参照《民法典》第二百零二条，语料未收录）');
      if (due !== raw) notes.push(req.carryOverBasis ? `期间届满的最后一日为法定节假日的，以其后的第一个工作日为期间届满的日期（${req.carryOverBasis}）` : CARRY_OVER_CONVENTION);
    }
    if (excludedDays) notes.push(...periodNotes(periods));
    const provisionalYears = [...unknownYears].sort((a, b) => a - b);
    if (provisionalYears.length) {
      notes.push(`${provisionalYears.join('、')}年的节假日安排尚未公布或未载入，暂按周一至周五为工作日计算（临时结果，载入后重算）`);
    }
    notes.push(`日历：${this.describeSources(start, due)}`);
    return { due, provisional: provisionalYears.length > 0, unit, excludedDays, provisionalYears, basis: notes.join('；') };
  }

  private describeSources(from: string, to: string): string {
    const parts: string[] = [];
    for (let y = yearOf(from); y <= yearOf(to); y++) {
      const r = this.byYear.get(y);
      parts.push(r ? `${y}年据${r.schedule.source.title}` : this.builtinYears.has(y) ? `${y}年据 chinese-days 数据` : `${y}年无节假日安排`);
    }
    return parts.join('，');
  }

  /**
   * green / yellow / red for an open deadline on `today`: red when `today` (a date or an
   * instant) is after `due`; yellow when at most 3 working days remain (working days
   * after today up to and including the due day); green otherwise.
   */
  deadlineStatus(due: string, today: string): DeadlineColour {
    const dueIsInstant = due.includes('T');
    const todayIsInstant = today.includes('T');
    if (dueIsInstant && todayIsInstant) {
      if (instantMs(today) > instantMs(due)) return 'red';
    } else if (dayNumber(shanghaiDateOf(today)) > dayNumber(shanghaiDateOf(due))) {
      return 'red';
    }
    const left = this.workingDaysBetween(shanghaiDateOf(today), shanghaiDateOf(due));
    return left <= YELLOW_WORKING_DAYS ? 'yellow' : 'green';
  }
}

function periodNotes(periods: Array<{ label: string }>): string[] {
  return periods.length ? [`扣除${periods.map((p) => p.label).join('、')}`] : [];
}
