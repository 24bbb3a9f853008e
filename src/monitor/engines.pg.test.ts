// Runs the whole rule pack on DuckDB and on the PostgreSQL server in DATABASE_URL over
// the same data and compares every hit (key, amount and evidence).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbEngine, PostgresEngine } from './engine.js';
import { copyToPostgres, createBaseTables, insertRows, loadDataset } from './load.js';
import { loadRulePack, resolveParams } from './rules.js';
import { runPack, type Hit } from './run.js';
import { attachEvidence } from './evidence.js';
import { buildLeads } from './leads.js';
import { generateSynthetic } from './synth.js';
import { FixtureBuilder } from './testing/fixture.js';
import { RULE_FIXTURES } from './testing/rule-fixtures.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL 未设置：*.pg.test.ts 需要 PostgreSQL 服务器');

const canonical = (hits: Hit[]): string[] =>
  hits.map((h) => JSON.stringify([h.ruleId, h.hitKey, h.amountFen, h.fixmedinsCode, h.psnNo, h.mdtrtId, h.feedetlSn, h.occurDate, h.lineSns ?? null, h.visitIds ?? null,
    Object.entries(h.evidence).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v === null ? null : typeof v === 'number' ? v : String(v)]),
    h.detail ? [h.detail.kind, h.detail.money, h.detail.lineCount, h.detail.lines, h.detail.diagnoses, h.detail.reason] : null])).sort();

const rules = loadRulePack();
const params = resolveParams();
let root = '';
const schema = `mon_test_${process.pid}`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'yibao-pgtest-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('DuckDB and PostgreSQL run the same SQL and agree on every hit', () => {
  it('on generated data (8,000 visits, every rule injected)', async () => {
    await generateSynthetic({ visits: 8000, seed: 5, outDir: join(root, 'data'), ratePer10k: 38 });
    const duck = await DuckDbEngine.open({ path: join(root, 'd.duckdb'), memoryLimit: '1GB' });
    const pg = await PostgresEngine.open({ connectionString: url, schema, dropSchemaOnClose: true });
    try {
      const report = await loadDataset(duck, join(root, 'data'));
      expect(report.quarantined).toBe(0);
      await copyToPostgres(duck, pg, { mode: 'insert' });
      const a = await runPack(duck, rules, { params });
      const b = await runPack(pg, rules, { params });
      expect(a.hits.length).toBeGreaterThan(200);
      for (const r of rules) expect(a.timings.find((t) => t.ruleId === r.id)!.hits, r.id).toBeGreaterThan(0);
      expect(canonical(b.hits)).toEqual(canonical(a.hits));
      // the evidence of every hit and the amounts of every lead are the same on both engines
      const ea = await attachEvidence(duck, rules, a.hits, { feeSource: a.feeSource });
      const eb = await attachEvidence(pg, rules, b.hits, { feeSource: b.feeSource });
      expect(canonical(eb)).toEqual(canonical(ea));
      const la = buildLeads(ea, rules).map((l) => [l.id, l.amountFen, l.suspect, l.indicators]);
      const lb = buildLeads(eb, rules).map((l) => [l.id, l.amountFen, l.suspect, l.indicators]);
      expect(lb).toEqual(la);
    } finally {
      await pg.close();
      await duck.close();
    }
  });

  it('on every rule\'s hand-built dataset', { timeout: 300000 }, async () => {
    const pg = await PostgresEngine.open({ connectionString: url, schema: `${schema}_fx`, dropSchemaOnClose: true });
    try {
      for (const rule of rules) {
        const b = new FixtureBuilder();
        const expected = RULE_FIXTURES[rule.id]!(b);
        const duck = await DuckDbEngine.open({ path: join(root, `fx-${rule.id}.duckdb`), memoryLimit: '256MB', threads: 1 });
        try {
          for (const e of [duck, pg]) {
            await createBaseTables(e);
            await insertRows(e, b.tables());
          }
          const a = await runPack(duck, [rule], { params });
          const c = await runPack(pg, [rule], { params });
          expect(Object.fromEntries(c.hits.map((h) => [h.hitKey, h.amountFen])), rule.id).toEqual(expected);
          expect(canonical(c.hits), rule.id).toEqual(canonical(a.hits));
        } finally {
          await duck.close();
        }
      }
    } finally {
      await pg.close();
    }
  });
});
