import { describe, expect, it } from 'vitest';
import { addDays, addHours, addMonths, daysBetween, shanghaiDateOf, weekday } from './dates.js';

describe('calendar dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-11-23', '2027-02-21')).toBe(90);
    expect(weekday('2025-01-26')).toBe(0);
  });

  it('adds months, ending on the last day of a shorter month (31 Jan + 1 month)', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-01-30', 1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('adds hours to instants and writes them in +08:00', () => {
    expect(addHours('2025-01-20T22:00:00+08:00', 24)).toBe('2025-01-21T22:00:00.000+08:00');
    expect(addHours('2025-01-20T20:00:00Z', 5)).toBe('2025-01-21T09:00:00.000+08:00');
    expect(shanghaiDateOf('2025-01-20T17:00:00Z')).toBe('2025-01-21');
  });

  it('refuses dates that do not exist and instants without a zone', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(/不存在的日期/);
    expect(() => addDays('2025/02/01', 1)).toThrow(/YYYY-MM-DD/);
    expect(() => addHours('2025-01-20T10:00:00', 1)).toThrow(/带时区/);
  });
});
