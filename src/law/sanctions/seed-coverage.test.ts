// Every 行政处罚 item of the five seed catalogs has its sanction rule: the test imports
// each seed with the catalog importer, walks its penalty items and fails on an item
// without a canonical matter, on a matter whose core articles lack a rule, and on any
// article an item cites as its basis that has no rule.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalogFile, loadMatters } from '../../catalog/index.js';
import { DEFAULT_LAW_DIR } from '../corpus.js';
import { hasSanctionRule, computePenalty, listSanctionRules } from '../index.js';

const SEEDS = join(DEFAULT_LAW_DIR, '..', 'catalogs');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const matters = new Map(loadMatters().map((m) => [m.id, m]));

describe('every 行政处罚 item of the seeds has its rule', () => {
  let walked = 0;
  for (const file of seedFiles) {
    it(file, () => {
      const catalog = importCatalogFile(join(SEEDS, file));
      const items = catalog.items.filter((i) => i.kind === '行政处罚');
      expect(items.length, `${file} 没有行政处罚事项`).toBeGreaterThan(0);
      for (const item of items) {
        walked++;
        const where = `${file} 第${item.seq}项 ${item.name}`;
        expect(item.matter, `${where}：未归入规范事项`).not.toBeNull();
        const matter = matters.get(item.matter!.id);
        expect(matter, where).toBeDefined();
        for (const a of matter!.coreArticles) {
          expect(hasSanctionRule(a.statute, a.article), `${where}：规范事项 ${matter!.id} 的核心条款 ${a.statute} 第${a.article}条没有处罚规则`).toBe(true);
        }
        for (const c of item.bases.flatMap((b) => b.citations)) {
          expect(hasSanctionRule(c.statute, c.article), `${where}：所引 ${c.statute} 第${c.article}条（${c.raw}）没有处罚规则`).toBe(true);
        }
      }
    });
  }
  it('walked every penalty item', () => {
    expect(walked).toBeGreaterThanOrEqual(41);
  });
});

describe('every rule computes for a party it addresses', () => {
  for (const rule of listSanctionRules()) {
    it(rule.key, () => {
      const r = computePenalty(rule.key, {
        party: rule.parties[0] as never,
        amounts: { defraudedFen: 100_000, lossFen: 100_000, unpaidFen: 100_000, bidFen: 100_000, illegalGainsFen: 100 },
        flags: [],
      });
      expect(r.measures.length + r.reasons.length).toBeGreaterThan(0);
      expect(r.warnings.filter((w) => w.includes('参数'))).toEqual([]);
      for (const m of r.measures) {
        expect(m.citation).toMatch(/^《.+》第.+条/);
        expect(m.quote.length).toBeGreaterThan(10);
      }
    });
  }
});
