import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bindTemplate, loadRulePack, resolveParams, renderRuleSql, RuleMetaSchema } from './rules.js';
import { citationOf } from './evidence.js';
import { columnOf } from './schema.js';
import { loadCorpus } from '../law/index.js';
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
    expect(rules.length).toBeGreaterThanOrEqual(80);
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
    expect(used.length).toBeGreaterThanOrEqual(70);
    for (const r of used) {
      const name = names.get(r.liangkuCode!);
      expect(name, r.id).toBeDefined();
      expect(r.name.replace(/（.*）/, ''), r.id).toContain(name!.replace(/（.*）/, '').slice(0, 4));
    }
    expect(new Set(used.map((r) => r.liangkuCode)).size).toBe(used.length);
  });

  it('cites an existing article, paragraph or item whose text names the violation, in words', () => {
    const corpus = loadCorpus();
    for (const r of rules) {
      const [lawName, art, ...rest] = r.article.split(':');
      expect(lawName).toBe('医疗保障基金使用监督管理条例');
      const article = corpus.article(lawName!, Number(art));
      expect(article, r.article).toBeDefined();
      const para = rest[0]?.startsWith('p') ? Number(rest[0].slice(1)) : 1;
      const itemNo = rest[0]?.startsWith('p') ? rest[1] : rest[0];
      const paragraph = article!.paragraphs[para - 1];
      expect(paragraph, r.article).toBeDefined();
      const text = itemNo ? paragraph!.items[Number(itemNo) - 1]?.text ?? '' : [paragraph!.text, ...paragraph!.items.map((i) => i.text)].join('');
      expect(text.length, `${r.id} ${r.article}`).toBeGreaterThan(0);
      expect(text, `${r.id}: ${r.statuteTerm}`).toContain(r.statuteTerm);
      const c = citationOf(r.article);
      expect(c.label).toMatch(/^《医疗保障基金使用监督管理条例》第[一二三四五六七八九十]+条(第[一二三四五六七八九十]+款)?(第（[一二三四五六七八九十]+）项)?$/);
      expect(c.text).toContain(r.statuteTerm);
    }
    expect(citationOf('医疗保障基金使用监督管理条例:38:2').label).toBe('《医疗保障基金使用监督管理条例》第三十八条第（二）项');
    expect(citationOf('医疗保障基金使用监督管理条例:41:p2').label).toBe('《医疗保障基金使用监督管理条例》第四十一条第二款');
  });

  it('has a rule for 条例 38(五), 40(二), 40(四) and 41 second paragraph', () => {
    for (const a of ['医疗保障基金使用监督管理条例:38:5', '医疗保障基金使用监督管理条例:40:2', '医疗保障基金使用监督管理条例:40:4', '医疗保障基金使用监督管理条例:41:p2']) {
      expect(rules.some((r) => r.article === a), a).toBe(true);
    }
  });

  it('covers at least 70 of the 79 两库 1.0 codes, and lists each uncovered one with the data it would need', () => {
    const codes = readFileSync(join(repoRoot(), 'data/reference/liangku-1.0-rules.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0]!);
    expect(codes).toHaveLength(79);
    const used = new Set(rules.map((r) => r.liangkuCode).filter((c): c is string => !!c));
    expect(used.size).toBeGreaterThanOrEqual(70);
    const uncovered = readFileSync(join(repoRoot(), 'data/reference/liangku-1.0-uncovered.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    expect(uncovered.map((u) => u[0]).sort()).toEqual(codes.filter((c) => !used.has(c)).sort());
    for (const u of uncovered) expect(u[2]!.length, u[0]).toBeGreaterThan(10);
  });

  it('folds rules whose logic is the same into one template (进销存, 频繁就医, 占比 …)', () => {
    const byTemplate = new Map<string, string[]>();
    for (const r of rules) if (r.template) byTemplate.set(r.template, [...(byTemplate.get(r.template) ?? []), r.id]);
    expect(byTemplate.get('stock-mismatch')).toEqual(['consumable-stock-mismatch', 'drug-stock-mismatch']);
    expect(byTemplate.get('frequent-visits')).toEqual(['frequent-outpatient', 'frequent-pharmacy']);
    expect(byTemplate.get('fee-share')?.length).toBe(6);
    const drug = rules.find((r) => r.id === 'drug-stock-mismatch')!;
    expect(drug.sql).toContain("item_class = '药品'");
    expect(rules.find((r) => r.id === 'consumable-stock-mismatch')!.sql).toContain("item_class = '耗材'");
    expect(() => bindTemplate('x = {{@a}}', { a: "it's" }, 't')).not.toThrow();
    expect(bindTemplate('x IN {{@a}}', { a: ['11', '13'] }, 't')).toBe("x IN ('11', '13')");
    expect(() => bindTemplate('x = {{@a}}', { a: 'v', b: 'w' }, 't')).toThrow(/不使用的参数/);
    // {{#name}} binds a column name, never anything else
    expect(bindTemplate('SELECT cum AS {{#c}}', { c: 'course_days' }, 't')).toBe('SELECT cum AS course_days');
    expect(() => bindTemplate('SELECT cum AS {{#c}}', { c: 'x; DROP TABLE fee' }, 't')).toThrow(/列名参数/);
    expect(() => bindTemplate('SELECT cum AS {{#c}}', { c: 3 }, 't')).toThrow(/列名参数/);
    expect(() => RuleMetaSchema.parse({ ...drug, bind: { item_class: "药品' OR 1=1 --" } })).toThrow();
  });

  it('lists the lines or visits of a hit where its rule says it does', () => {
    for (const r of rules) {
      if (r.lines === 'listed') expect(r.sql, r.id).toContain('line_sns');
      if (r.lines === 'visits') expect(r.sql, r.id).toContain('visit_ids');
      for (const need of r.needs) expect(columnOf(need.data), `${r.id}: ${need.data}`).toBeDefined();
      expect(r.reason.match(/\{\{([a-z_]+)%?\}\}/g)!.map((m) => m.replace(/[{}%]/g, '')).filter((k) => !['psn_no', 'mdtrt_id', 'feedetl_sn', 'occur_date', 'fixmedins_code', 'fixmedins_name', 'item_name', 'amount'].includes(k) && !r.evidenceColumns.includes(k)), r.id).toEqual([]);
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
