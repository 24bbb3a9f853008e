import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSynthetic } from './synth.js';
import { evaluateDataset } from './testing/evaluate.js';
import { formatScores } from './truth.js';

describe('rule pack on 20,000 generated visits', () => {
  it('finds every injected violation and nothing else, for every rule', async () => {
    const root = mkdtempSync(join(tmpdir(), 'yibao-synth-slow-'));
    try {
      const gen = await generateSynthetic({ visits: 20000, seed: 2026, outDir: join(root, 'data') });
      expect(gen.feeLines).toBeGreaterThan(200000);
      const { report, scores } = await evaluateDataset(join(root, 'data'), root);
      process.stdout.write(formatScores(scores) + '\n');
      expect(report.quarantined).toBe(0);
      for (const s of scores) {
        expect(s.truth, `${s.ruleId} has injected violations`).toBeGreaterThan(0);
        expect({ rule: s.ruleId, precision: s.precision, recall: s.recall, missed: s.missed, unexpected: s.unexpected })
          .toEqual({ rule: s.ruleId, precision: 1, recall: 1, missed: [], unexpected: [] });
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
