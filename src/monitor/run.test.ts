import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbEngine } from './engine.js';
import { buildFeeSpan, createBaseTables, insertRows, loadDataset } from './load.js';
import { FixtureBuilder } from './testing/fixture.js';
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
        // only the lines of the visits that can give a hit on or after `since` were read
        const n = async (sql: string): Promise<number> => Number((await duck.query(sql))[0]!.n);
        const read = await n('SELECT count(*) AS n FROM inc_fee');
        const ofPersons = await n('SELECT count(*) AS n FROM fee WHERE mdtrt_id IN (SELECT mdtrt_id FROM inc_visit)');
        expect(read).toBeGreaterThan(0);
        expect(read).toBeLessThan(ofPersons);
        // without fee_span (data not loaded by loadDataset) the increment builds it: same lines read, same hits
        await duck.exec('DROP TABLE fee_span');
        const fallback = await runIncrement(duck, rules, params, since);
        expect(await n('SELECT count(*) AS n FROM inc_fee')).toBe(read);
        expect(fallback.hits.map(key).sort()).toEqual(expected);
      } finally {
        await duck.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60000);
});

describe('daily increment on a hand-built dataset', () => {
  it('keeps the earlier visit a 重复检查 looks back to, and a long stay begun before the increment date', async () => {
    const root = mkdtempSync(join(tmpdir(), 'yibao-inc2-'));
    const duck = await DuckDbEngine.open({ path: join(root, 'x.duckdb'), memoryLimit: '1GB' });
    try {
      const b = new FixtureBuilder();
      // CT on 03-05 (a visit wholly before the increment) and again on 03-11, 6 days later
      b.line({ visit: b.visit({ id: 'E1', psn: 'PM', inst: 'H3', adm: '2025-03-05' }), item: 'CT01' });
      const repeat = b.line({ visit: b.visit({ id: 'E2', psn: 'PM', inst: 'H3', adm: '2025-03-11' }), item: 'CT01' });
      // an inpatient stay from 02-01 billed after discharge on 03-12; the person has a visit since 03-10
      b.visit({ id: 'L1', psn: 'PF', inst: 'H3', type: '21', adm: '2025-02-01', dscg: '2025-03-09' });
      b.line({ visit: 'L1', item: 'B001', date: '2025-02-01' });
      const late = b.line({ visit: 'L1', item: 'B001', date: '2025-03-12' });
      b.line({ visit: b.visit({ id: 'O1', psn: 'PF', inst: 'H2', adm: '2025-03-10' }), item: 'CT02' });
      // a visit of the same person long before: not read
      b.line({ visit: b.visit({ id: 'O0', psn: 'PF', inst: 'H2', adm: '2025-01-05' }), item: 'CT02' });
      await createBaseTables(duck);
      await insertRows(duck, b.tables());
      await buildFeeSpan(duck);
      const rules = loadRulePack().filter((r) => r.id === 'repeat-exam' || r.id === 'billing-outside-stay');
      const params = resolveParams();
      const inc = await runIncrement(duck, rules, params, '2025-03-10');
      expect(inc.hits.map((h) => `${h.ruleId}|${h.hitKey}`).sort()).toEqual([`billing-outside-stay|${late}`, `repeat-exam|${repeat}`]);
      const visits = (await duck.query('SELECT DISTINCT mdtrt_id FROM inc_fee ORDER BY mdtrt_id')).map((r) => r.mdtrt_id);
      expect(visits).toEqual(['E1', 'E2', 'L1', 'O1']);
    } finally {
      await duck.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 60000);
});
