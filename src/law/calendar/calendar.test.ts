import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chineseDays from 'chinese-days';
import { afterEach, describe, expect, it } from 'vitest';
import { scheduleStoreSuite } from './test-support/schedule-store.shared.js';
import {
  addWorkingDays,
  calendarYearsKnown,
  computeDeadline,
  createCalendar,
  deadlineStatus,
  isWorkingDay,
  loadSchedule,
  readScheduleDir,
  resetDefaultCalendar,
  workingDaysBetween,
  CHINESE_DAYS_YEARS,
} from './index.js';

const madeUp2027 = JSON.parse(readFileSync(new URL('./test-support/made-up-2027.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('working days from chinese-days', () => {
  it('counts 2024/2025/2026 working days like chinese-days’ range function with includeWeekends=true', () => {
    for (const [year, expected] of [[2024, 251], [2025, 248], [2026, 248]] as const) {
      const fromPackage = chineseDays.getWorkdaysInRange(`${year}-01-01`, `${year}-12-31`, true).length;
      expect(fromPackage).toBe(expected);
      expect(workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toBe(expected);
    }
  });

  it('agrees with chinese-days’ findWorkday on random dates and counts', () => {
    let seed = 20251001;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 200; i++) {
      const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rnd() * 900) * 86400e3).toISOString().slice(0, 10);
      const n = 1 + Math.floor(rnd() * 30);
      expect(addWorkingDays(day, n), `${day} + ${n}`).toBe(chineseDays.findWorkday(n, day));
    }
  });

  it('2025 Spring Festival: 01-28..02-04 off, Sunday 01-26 and Saturday 02-08 worked', () => {
    expect(isWorkingDay('2025-01-25')).toBe(false);
    expect(isWorkingDay('2025-01-26')).toBe(true);
    for (let d = 28; d <= 31; d++) expect(isWorkingDay(`2025-01-${d}`)).toBe(false);
    for (let d = 1; d <= 4; d++) expect(isWorkingDay(`2025-02-0${d}`)).toBe(false);
    expect(isWorkingDay('2025-02-05')).toBe(true);
    expect(isWorkingDay('2025-02-08')).toBe(true);
    expect(isWorkingDay('2025-02-09')).toBe(false);
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(addWorkingDays('2025-01-27', 1)).toBe('2025-02-05');
    expect(addWorkingDays('2025-02-07', 1)).toBe('2025-02-08');
    expect(addWorkingDays('2025-02-05', -2)).toBe('2025-01-26');
    // 01-26, 01-27, 02-05, 02-06, 02-07, 02-08, 02-10
    expect(workingDaysBetween('2025-01-24', '2025-02-10')).toBe(7);
    expect(workingDaysBetween('2025-02-10', '2025-01-24')).toBe(-7);
    // 15 日 from 01-20 end on 02-04, a holiday: carried to 02-05
    const d = computeDeadline({ start: '2025-01-20', amount: 15, unit: '日' });
    expect(d).toMatchObject({ due: '2025-02-05', provisional: false });
    expect(d.basis).toMatch(/2025-02-04为春节，顺延至2025-02-05/);
  });

  it('2026 Spring Festival: 02-15..02-23 off, Saturdays 02-14 and 02-28 worked', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-23')).toBe(false);
    expect(isWorkingDay('2026-02-28')).toBe(true);
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    // 5 working days after Monday 02-23 (a holiday): 24, 25, 26, 27 and Saturday 28
    expect(computeDeadline({ start: '2026-02-23', amount: 5, unit: '工作日' }).due).toBe('2026-02-28');
    expect(computeDeadline({ start: '2026-02-05', amount: 10, unit: '日' }).due).toBe('2026-02-24');
  });

  it('2025 National Day: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked', () => {
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-10-08')).toBe(false);
    expect(isWorkingDay('2025-10-11')).toBe(true);
    expect(workingDaysBetween('2025-09-28', '2025-10-12')).toBe(5); // 09-29, 09-30, 10-09, 10-10, 10-11
    expect(addWorkingDays('2025-09-26', 15)).toBe('2025-10-23');
    // 行政处罚法 三日 = 3 working days: 09-29, 09-30, 10-09
    expect(computeDeadline({ start: '2025-09-28', amount: 3, unit: '日', statute: '行政处罚法' }).due).toBe('2025-10-09');
    // a 7-day calendar period from 09-26 ends on 10-03, a holiday: 10-09
    expect(computeDeadline({ start: '2025-09-26', amount: 7, unit: '日' }).due).toBe('2025-10-09');
  });

  it('2026 National Day and 中秋: 09-25..09-27 and 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked', () => {
    expect(isWorkingDay('2026-09-20')).toBe(true);
    expect(isWorkingDay('2026-09-25')).toBe(false);
    expect(isWorkingDay('2026-10-07')).toBe(false);
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(addWorkingDays('2026-09-30', 2)).toBe('2026-10-09');
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(computeDeadline({ start: '2026-09-24', amount: 7, unit: '日', statute: '行政处罚法' }).due).toBe('2026-10-12');
  });

  it('month ends: 31 Jan + 1 month, and a last day that is a holiday or a 调休 Saturday', () => {
    expect(computeDeadline({ start: '2025-01-31', amount: 1, unit: '月' }).due).toBe('2025-02-28');
    expect(computeDeadline({ start: '2024-01-31', amount: 1, unit: '月' }).due).toBe('2024-02-29');
    // 2026-02-28 is a Saturday but a 调休 working day: not carried over
    expect(computeDeadline({ start: '2026-01-31', amount: 1, unit: '月' }).due).toBe('2026-02-28');
    // 2025-08-31 + 1 month = 09-30 (Tuesday)
    expect(computeDeadline({ start: '2025-08-31', amount: 1, unit: '月' }).due).toBe('2025-09-30');
    // 2025-03-31 + 6 months = 09-30; 2025-04-01 + 6 months = 10-01 → after National Day, 10-09
    expect(computeDeadline({ start: '2025-04-01', amount: 6, unit: '月' }).due).toBe('2025-10-09');
    // one day from 01-31 is 02-01, a Saturday inside the Spring Festival holiday → 02-05
    expect(computeDeadline({ start: '2025-01-31', amount: 1, unit: '日' }).due).toBe('2025-02-05');
    // 90 days from filing (行政处罚法 art. 60) across the 2025 year end
    expect(computeDeadline({ start: '2024-12-02', amount: 90, unit: '日' }).due).toBe('2025-03-03');
  });

  it('excludes 检测检验/鉴定/听证/公告/专家评审 periods and refuses other reasons', () => {
    // 10 日 from 03-03 with 鉴定 03-05..03-07: counted 03-04, 03-08..03-16 → 03-16 is Sunday → 03-17
    const a = computeDeadline({ start: '2025-03-03', amount: 10, unit: '日', excludedPeriods: [{ from: '2025-03-05', to: '2025-03-07', reason: '鉴定' }] });
    expect(a).toMatchObject({ due: '2025-03-17', excludedDays: 3 });
    expect(a.basis).toContain('扣除鉴定期间2025-03-05至2025-03-07');
    // 5 工作日 with 听证 03-05..03-06: 03-04, 03-07, 03-10, 03-11, 03-12
    expect(computeDeadline({ start: '2025-03-03', amount: 5, unit: '工作日', excludedPeriods: [{ from: '2025-03-05', to: '2025-03-06', kind: '听证' }] }).due).toBe('2025-03-12');
    // 1 month with a 公告 period of 10 days inside it
    expect(computeDeadline({ start: '2025-03-03', amount: 1, unit: '月', excludedPeriods: [{ from: '2025-03-10', to: '2025-03-19', reason: '公告' }] }).due).toBe('2025-04-14');
    // 小时: the clock stops for whole excluded days; holidays do not move an hour deadline
    expect(computeDeadline({ start: '2025-01-20T10:00:00+08:00', amount: 24, unit: '小时', excludedPeriods: [{ from: '2025-01-21', to: '2025-01-21', reason: '检测检验' }] }).due).toBe('2025-01-22T10:00:00.000+08:00');
    expect(computeDeadline({ start: '2025-01-28T10:00:00+08:00', amount: 24, unit: '小时' }).due).toBe('2025-01-29T10:00:00.000+08:00');
    expect(() => computeDeadline({ start: '2025-03-03', amount: 5, unit: '日', excludedPeriods: [{ from: '2025-03-05', to: '2025-03-06', kind: '调查' }] })).toThrow(/只能是检测检验、鉴定、听证、公告、专家评审/);
    expect(() => computeDeadline({ start: '2025-03-03', amount: -1, unit: '日' })).toThrow(/期限数额无效/);
  });

  it('colours an open deadline green, yellow (≤ 3 working days left) or red (overdue)', () => {
    expect(deadlineStatus('2025-03-10', '2025-03-11')).toBe('red');
    expect(deadlineStatus('2025-03-10', '2025-03-10')).toBe('yellow');
    expect(deadlineStatus('2025-03-13', '2025-03-10')).toBe('yellow'); // 11, 12, 13
    expect(deadlineStatus('2025-03-14', '2025-03-10')).toBe('green'); // 4 left
    // ten calendar days but only two working days across National Day: yellow
    expect(deadlineStatus('2025-10-10', '2025-09-30')).toBe('yellow');
    expect(deadlineStatus('2025-10-14', '2025-09-30')).toBe('green');
    // hour deadlines
    expect(deadlineStatus('2025-01-21T10:00:00+08:00', '2025-01-21T11:00:00+08:00')).toBe('red');
    expect(deadlineStatus('2025-01-21T10:00:00+08:00', '2025-01-21T09:00:00+08:00')).toBe('yellow');
    expect(deadlineStatus('2025-01-21T10:00:00+08:00', '2025-01-21')).toBe('yellow');
  });
});

describe('years without a schedule, and loading one', () => {
  afterEach(() => {
    resetDefaultCalendar();
  });

  it('chinese-days knows up to 2026 only', () => {
    expect(Math.max(...CHINESE_DAYS_YEARS)).toBe(2026);
    const bare = createCalendar({ includeDataDir: false });
    expect(bare.isYearKnown(2026)).toBe(true);
    expect(bare.isYearKnown(2027)).toBe(false);
    expect(bare.dayInfo('2027-01-01')).toMatchObject({ working: true, provisional: true, source: 'weekday' });
  });

  it('a 90-day case opened in late 2026 is provisional, and recomputed when a (made-up) 2027 schedule is loaded', () => {
    expect(calendarYearsKnown().some((y) => y.year === 2027)).toBe(false);
    const before = computeDeadline({ start: '2026-11-23', amount: 90, unit: '日' });
    // 2027-02-21 is a Sunday: on weekdays alone it moves to Monday 02-22
    expect(before).toMatchObject({ due: '2027-02-22', provisional: true, provisionalYears: [2027] });
    expect(before.basis).toMatch(/2027年的节假日安排尚未公布或未载入/);
    const wd = computeDeadline({ start: '2027-02-05', amount: 1, unit: '工作日' });
    expect(wd).toMatchObject({ due: '2027-02-08', provisional: true });
    // a deadline that never touches 2027 is not provisional
    expect(computeDeadline({ start: '2026-11-23', amount: 20, unit: '日' }).provisional).toBe(false);

    loadSchedule(madeUp2027);
    expect(calendarYearsKnown().find((y) => y.year === 2027)).toMatchObject({ from: 'schedule', source: '测试用虚构安排（不是国务院办公厅通知）' });
    // the made-up schedule makes Sunday 02-21 a 调休 working day: the due day stays there
    const after = computeDeadline({ start: '2026-11-23', amount: 90, unit: '日' });
    expect(after).toMatchObject({ due: '2027-02-21', provisional: false, provisionalYears: [] });
    expect(after.basis).toContain('2027年据测试用虚构安排');
    // and its 春节 02-06..02-14 moves the working-day deadline past the holiday
    expect(computeDeadline({ start: '2027-02-05', amount: 1, unit: '工作日' })).toMatchObject({ due: '2027-02-15', provisional: false });
    expect(isWorkingDay('2027-01-30')).toBe(true);
    expect(isWorkingDay('2027-01-01')).toBe(false);

    resetDefaultCalendar();
    expect(computeDeadline({ start: '2026-11-23', amount: 90, unit: '日' }).provisional).toBe(true);
  });

  it('a loaded schedule replaces chinese-days for its year', () => {
    const cal = createCalendar({ includeDataDir: false, schedules: [{ year: 2026, source: { title: '测试：替换2026' }, holidays: [{ name: '测试假日', from: '2026-03-02', to: '2026-03-02' }], workdays: [] }] });
    expect(cal.isWorkingDay('2026-03-02')).toBe(false);
    expect(cal.isWorkingDay('2026-02-16')).toBe(true); // Spring Festival is no longer in this (replacing) schedule
    expect(cal.yearsKnown().find((y) => y.year === 2026)).toMatchObject({ from: 'schedule' });
  });

  it('refuses malformed schedules with a reason', () => {
    const base = { year: 2027, source: { title: 't' }, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }], workdays: [] as unknown[] };
    expect(() => loadSchedule({ ...base, workdays: [{ date: '2027-01-04' }] })).toThrow(/不是周六或周日/);
    expect(() => loadSchedule({ ...base, workdays: [{ date: '2027-01-01' }] })).toThrow(/既是放假日又是调休上班日/);
    expect(() => loadSchedule({ ...base, holidays: [{ name: 'x', from: '2027-02-30', to: '2027-03-01' }] })).toThrow(/格式有误/);
    expect(() => loadSchedule({ ...base, holidays: [{ name: 'x', from: '2027-03-02', to: '2027-03-01' }] })).toThrow(/早于开始日/);
    expect(() => loadSchedule({ ...base, holidays: [{ name: 'x', from: '2030-03-01', to: '2030-03-01' }] })).toThrow(/不在 2027 年前后/);
    expect(() => loadSchedule({ ...base, source: undefined })).toThrow(/格式有误/);
  });

  it('reads data/calendar-style folders and checks file names against the year', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-cal-'));
    try {
      writeFileSync(join(dir, '2027.json'), JSON.stringify(madeUp2027));
      writeFileSync(join(dir, 'README.md'), 'ignored');
      expect(readScheduleDir(dir).map((s) => s.year)).toEqual([2027]);
      writeFileSync(join(dir, '2028.json'), JSON.stringify(madeUp2027));
      expect(() => readScheduleDir(dir)).toThrow(/与文件名不符/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // the shipped folder is valid
    expect(() => readScheduleDir()).not.toThrow();
  });
});

scheduleStoreSuite('pglite');
