// The hand-made dataset (src/monitor/testing/handmade.ts, data/monitor/handmade/): every rule
// of the pack on visits written one by one — the legitimate patterns are not flagged, every
// planted fraud is found, including the three kinds that slipped through before.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildHandmade, writeHandmadeCsv } from './testing/handmade.js';
import { runMonitor } from './monitor.js';
import { formatScores, readTruth, scoreHits } from './truth.js';
import { monitorDataDir } from './paths.js';

describe('the hand-made dataset', () => {
  it('flags none of the legitimate patterns and finds every planted fraud, rule by rule', async () => {
    const h = buildHandmade();
    const dir = mkdtempSync(join(tmpdir(), 'yibao-handmade-'));
    try {
      writeHandmadeCsv(dir, h);
      // loaded the way an analyst would: strict, from the CSV in the national field names
      const result = await runMonitor({ dataDir: dir, onDate: '2025-12-31' });
      expect(result.load.problemCount).toBe(0);
      const scores = scoreHits(result.rules.map((r) => r.id), result.pack.hits, readTruth(join(dir, 'truth.csv')));
      process.stdout.write(formatScores(scores.filter((s) => s.truth > 0 || s.hits > 0)) + '\n');
      const wrong = scores.filter((s) => s.precision !== 1 || s.recall !== 1).map((s) => ({ rule: s.ruleId, missed: s.missed, unexpected: s.unexpected }));
      expect(wrong).toEqual([]);
      // the three kinds that slipped through before
      for (const rule of ['idle-bed', 'inpatient-elsewhere', 'billing-after-death']) expect(scores.find((s) => s.ruleId === rule)!.truePositives, rule).toBeGreaterThan(0);
      expect(h.scenarios.filter((s) => s.legitimate).length).toBeGreaterThanOrEqual(13);
      // a hit on a legitimate scenario's visits would be an unexpected hit above; its data is complete
      expect(result.unchecked).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('is the same as data/monitor/handmade (written by writeHandmadeCsv)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-handmade-'));
    try {
      writeHandmadeCsv(dir);
      const shipped = join(monitorDataDir(), 'handmade');
      const files = readdirSync(dir).sort();
      expect(readdirSync(shipped).filter((f) => f !== 'README.md').sort()).toEqual(files);
      for (const f of files) expect(readFileSync(join(shipped, f), 'utf8'), f).toBe(readFileSync(join(dir, f), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
