import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSynthetic } from './synth.js';
import { evaluateDataset } from './testing/evaluate.js';

describe('synthetic generator', () => {
  it('is deterministic for a seed, and its data loads without a quarantined row', async () => {
    const root = mkdtempSync(join(tmpdir(), 'yibao-synth-'));
    try {
      const a = await generateSynthetic({ visits: 1500, seed: 11, outDir: join(root, 'a'), format: 'csv' });
      const b = await generateSynthetic({ visits: 1500, seed: 11, outDir: join(root, 'b'), format: 'csv' });
      const c = await generateSynthetic({ visits: 1500, seed: 12, outDir: join(root, 'c'), format: 'csv' });
      for (const f of ['setl.csv', 'psn.csv', 'truth.csv', 'inv_in.csv']) {
        expect(readFileSync(join(root, 'a', f), 'utf8'), f).toBe(readFileSync(join(root, 'b', f), 'utf8'));
      }
      // fee lines are written in parallel: the same rows, not necessarily in the same order
      const sorted = (p: string): string[] => readFileSync(p, 'utf8').trim().split('\n').sort();
      expect(sorted(join(root, 'a', 'fee.csv'))).toEqual(sorted(join(root, 'b', 'fee.csv')));
      expect(readFileSync(join(root, 'a', 'fee.csv'), 'utf8')).not.toBe(readFileSync(join(root, 'c', 'fee.csv'), 'utf8'));
      expect(a.feeLines / a.visits).toBeGreaterThan(8);
      expect(a.truthRows).toBeGreaterThan(100);
      const { report, scores } = await evaluateDataset(join(root, 'a'), root);
      expect(report.quarantined).toBe(0);
      expect(report.issues).toEqual([]);
      // Even at this small size every rule finds exactly what was injected.
      const imperfect = scores.filter((s) => s.precision !== 1 || s.recall !== 1);
      expect(imperfect).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120000);
});
