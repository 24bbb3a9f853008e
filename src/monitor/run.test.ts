import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbEngine } from './engine.js';
import { loadDataset } from './load.js';
import { loadRulePack, resolveParams } from './rules.js';
import { isIncrementalRule, runIncrement, runPack } from './run.js';
import { generateSynthetic } from './synth.js';

describe('daily increment', () => {
  it('finds exactly the hits of a full run dated on or after the increment date', async () => {
    const root = mkdtempSync(join(tmpdir(), 'yibao-inc-'));
    try {
      await generateSynthetic({ visits: 3000, seed: 9, outDir: join(root, 'd') });
      const duck = await DuckDbEngine.open({ path: join(root, 'x.duckdb'), memoryLimit: '1GB' });
      try {
        await loadDataset(duck, join(root, 'd'));
        const rules = loadRulePack();
        const params = resolveParams();
        const since = '2025-09-01';
        const key = (h: { ruleId: string; hitKey: string; amountFen: number }): string => `${h.ruleId}|${h.hitKey}|${h.amountFen}`;
        const full = await runPack(duck, rules, { params });
        const expected = full.hits.filter((h) => isIncrementalRule(rules.find((r) => r.id === h.ruleId)!) && h.occurDate! >= since).map(key).sort();
        const inc = await runIncrement(duck, rules, params, since);
        expect(expected.length).toBeGreaterThan(30);
        expect(inc.hits.map(key).sort()).toEqual(expected);
        const visits = await duck.query(`SELECT count(*) AS n FROM visit_x`);
        const all = await duck.query(`SELECT count(*) AS n FROM setl`);
        expect(Number(visits[0]!.n)).toBeLessThan(Number(all[0]!.n));
      } finally {
        await duck.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60000);
});
