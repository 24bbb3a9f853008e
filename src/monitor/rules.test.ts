import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRulePack, resolveParams, renderRuleSql } from './rules.js';
import { runPrep, runRule } from './run.js';
import { createBaseTables, insertRows } from './load.js';
import { FixtureBuilder } from './testing/fixture.js';
import { RULE_FIXTURES } from './testing/rule-fixtures.js';
import { withTempDuck } from './testing/db.js';
import { repoRoot } from './paths.js';

const rules = loadRulePack();
const params = resolveParams('default', '2025-12-31');

describe('rule pack', () => {
  it('has at least 40 rules, each with metadata and a hand-built dataset', () => {
    expect(rules.length).toBeGreaterThanOrEqual(40);
    for (const r of rules) expect(RULE_FIXTURES[r.id], `fixture for ${r.id}`).toBeTypeOf('function');
    expect(Object.keys(RULE_FIXTURES).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it('covers every violation the statute lists (条例第十五条、第三十八条、第四十条、第四十一条)', () => {
    const terms = rules.map((r) => `${r.name} ${r.statuteTerm}`).join(' ');
    for (const v of ['分解住院', '挂床住院', '过度诊疗', '过度检查', '分解处方', '超量开药', '重复开药', '重复收费', '超标准收费', '分解项目收费',
      '串换药品', '医用耗材', '诊疗项目', '基金支付范围', '冒名', '重复享受', '虚构医药服务']) {
      expect(terms, v).toContain(v);
    }
  });

  it('uses 两库 codes that exist in data/reference/liangku-1.0-rules.tsv with the same name', () => {
    const tsv = readFileSync(join(repoRoot(), 'data/reference/liangku-1.0-rules.tsv'), 'utf8').trim().split('\n').slice(1);
    const names = new Map(tsv.map((l) => { const f = l.split('\t'); return [f[0]!, f[3]!]; }));
    const used = rules.filter((r) => r.liangkuCode);
    expect(used.length).toBeGreaterThanOrEqual(35);
    for (const r of used) {
      const name = names.get(r.liangkuCode!);
      expect(name, r.id).toBeDefined();
      expect(r.name.replace(/（.*）/, ''), r.id).toContain(name!.replace(/（.*）/, '').slice(0, 4));
    }
    expect(new Set(used.map((r) => r.liangkuCode)).size).toBe(used.length);
  });

  it('cites an existing article item whose text names the violation', () => {
    const law = readFileSync(join(repoRoot(), 'data/law/医疗保障基金使用监督管理条例-2021.md'), 'utf8');
    const cn = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    const artNum = (n: number): string => (n < 20 ? `十${cn[n - 10]}` : `${cn[Math.floor(n / 10)]}十${cn[n % 10]}`);
    for (const r of rules) {
      const [lawName, art, item] = r.article.split(':');
      expect(lawName).toBe('医疗保障基金使用监督管理条例');
      const start = law.indexOf(`第${artNum(Number(art))}条 `);
      expect(start, r.article).toBeGreaterThan(0);
      const next = law.indexOf(`第${artNum(Number(art) + 1)}条 `, start);
      const articleText = law.slice(start, next);
      const itemText = item ? articleText.split(`（${cn[Number(item)]}）`)[1]?.split('\n')[0] ?? '' : articleText;
      expect(itemText.length, `${r.id} ${r.article}`).toBeGreaterThan(0);
      expect(itemText, `${r.id}: ${r.statuteTerm}`).toContain(r.statuteTerm);
    }
  });

  it('renders every placeholder from the default thresholds', () => {
    for (const r of rules) expect(() => renderRuleSql(r.sql, params)).not.toThrow();
    expect(params.readmit_interval_days).toBe(15);
    expect(resolveParams('620100', '2025-01-01').readmit_interval_days).toBe(7);
    expect(resolveParams('140300', '2025-01-01').readmit_interval_days).toBe(14);
    expect(resolveParams('140300', '2023-01-01').readmit_interval_days).toBe(15);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('rule %s on its hand-built dataset', (id, rule) => {
  it('finds the hits with their amounts and none of the near misses', async () => {
    const b = new FixtureBuilder();
    const expected = RULE_FIXTURES[id]!(b);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    await withTempDuck(async (duck) => {
      await createBaseTables(duck);
      await insertRows(duck, b.tables());
      await runPrep(duck);
      const hits = await runRule(duck, rule, params);
      const got = Object.fromEntries(hits.map((h) => [h.hitKey, h.amountFen]));
      expect(got).toEqual(expected);
      for (const h of hits) for (const col of rule.evidenceColumns) expect(h.evidence, `${id} evidence ${col}`).toHaveProperty(col);
    });
  });
});

describe('jurisdiction thresholds', () => {
  it('分解住院 at 14 days in one place and 7 in another', async () => {
    const rule = rules.find((r) => r.id === 'split-admission')!;
    const b = new FixtureBuilder();
    b.visit({ id: 'A1', psn: 'PM', inst: 'H3', type: '21', adm: '2025-03-01', dscg: '2025-03-10' });
    b.visit({ id: 'A2', psn: 'PM', inst: 'H3', type: '21', adm: '2025-03-24', dscg: '2025-03-25' }); // 14 days
    await withTempDuck(async (duck) => {
      await createBaseTables(duck);
      await insertRows(duck, b.tables());
      await runPrep(duck);
      expect((await runRule(duck, rule, resolveParams('140300', '2025-06-01'))).map((h) => h.hitKey)).toEqual(['A2']);
      expect(await runRule(duck, rule, resolveParams('620100', '2025-06-01'))).toEqual([]);
    });
  });
});
