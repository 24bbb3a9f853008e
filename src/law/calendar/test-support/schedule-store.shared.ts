// Schedules kept in the database, run on PGlite (calendar.test.ts) and the server (calendar.pg.test.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type StoreKind, type TestStore } from '../../../store/index.js';
import { createCalendar, loadStoredSchedules, resetDefaultCalendar, saveSchedule, storedSchedules } from '../index.js';

const madeUp2027 = JSON.parse(readFileSync(new URL('./made-up-2027.json', import.meta.url), 'utf8')) as Record<string, unknown>;

export function scheduleStoreSuite(engine: StoreKind): void {
  describe(`schedules stored in the database (${engine})`, () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore({ engine });
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
    resetDefaultCalendar();
  });

  it('persist, keep history (latest per year in force) and load into a fresh calendar', async () => {
    const working = createCalendar({ includeDataDir: false });
    await saveSchedule(t.store, madeUp2027, { loadedBy: 'admin', calendar: working });
    expect(working.isYearKnown(2027)).toBe(true);
    const revised = { ...madeUp2027, source: { title: '测试用虚构安排（修订）' }, workdays: [] };
    await saveSchedule(t.store, revised, { loadedBy: 'admin', calendar: working });
    const stored = await storedSchedules(t.store);
    expect(stored.map((s) => [s.year, s.source.title])).toEqual([[2027, '测试用虚构安排（修订）']]);
    const history = await t.store.query<{ n: number }>('SELECT count(*) AS n FROM calendar_schedule WHERE year = 2027');
    expect(history.rows[0]!.n).toBe(2);

    const restarted = createCalendar({ includeDataDir: false });
    expect(restarted.isYearKnown(2027)).toBe(false);
    await loadStoredSchedules(t.store, restarted);
    expect(restarted.isYearKnown(2027)).toBe(true);
    expect(restarted.isWorkingDay('2027-02-21')).toBe(false); // the revision dropped the 调休 day
    expect(restarted.computeDeadline({ start: '2026-11-23', amount: 90, unit: '日' })).toMatchObject({ due: '2027-02-22', provisional: false });
    await expect(saveSchedule(t.store, { year: 2027 })).rejects.toThrow(/格式有误/);
  });
});
}
