// The five seed catalogs, end to end: import, enrichment, matters, lint.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../law/index.js';
import { importCatalogFile, lintCatalog, loadMatters, type Catalog, type LintFinding } from './index.js';

const DIR = join(import.meta.dirname, '..', '..', 'data', 'catalogs');
const corpus = loadCorpus();
const matters = loadMatters();
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const catalogs = new Map<string, Catalog>(files.map((f) => [f.slice(0, 3), importCatalogFile(join(DIR, f), { corpus, matters })]));
const findings = new Map<string, LintFinding[]>([...catalogs].map(([k, c]) => [k, lintCatalog(c, corpus)]));
const of = (seed: string) => catalogs.get(seed)!;
const lintOf = (seed: string, item: number, rule: string) => findings.get(seed)!.filter((f) => f.item === item && f.rule === rule);

describe('the five seeds', () => {
  it('import with the expected item counts', () => {
    expect(files).toHaveLength(5);
    expect(of('000').items).toHaveLength(17);
    expect(of('001').items).toHaveLength(20);
    expect(of('002').items).toHaveLength(9);
    expect(of('003').items).toHaveLength(14);
    expect(of('004').items).toHaveLength(20);
    expect(of('004').gaps.map((g) => g.seq)).toEqual([14]);
    // numbers lost in OCR (4, 18) are inferred from the sequence
    expect(of('004').items.filter((i) => i.seqInferred).map((i) => i.seq)).toEqual(expect.arrayContaining([4, 18]));
    expect(of('004').items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21]);
  });

  it('report the truncation of 001', () => {
    expect(of('001').notes.some((n) => /truncated/.test(n.code))).toBe(true);
    expect(findings.get('001')!.some((f) => f.rule === 'source-truncated' && f.item === 20)).toBe(true);
  });

  it('give every citation a resolution or a reason', () => {
    for (const catalog of catalogs.values()) {
      for (const item of catalog.items) {
        for (const c of item.bases.flatMap((b) => b.citations)) {
          if (!c.resolved) expect(c.reason, `${catalog.source.file} #${item.seq} ${c.raw}`).toMatch(/法规未知|无法规文本|条号超出范围|款号超出范围|项号超出范围|未写明法规/);
        }
      }
    }
  });

  it('link every item to a canonical matter, or say why not', () => {
    for (const catalog of catalogs.values()) {
      for (const item of catalog.items) {
        if (!item.matter) expect(item.matterReason, `${catalog.source.file} #${item.seq}`).toBeTruthy();
      }
    }
    for (const item of of('004').items) expect(item.matter, `004 #${item.seq}`).not.toBeNull();
  });

  it('lint: 000 item 4 quotes 社会保险法 art. 84 as 一倍以下', () => {
    const wrong = lintOf('000', 4, 'quote-numbers');
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong[0]).toMatchObject({ severity: 'error', found: '1倍以下' });
  });

  it('lint: 000 item 8 quotes 经办条例 art. 20 with 50 working days where the statute says 30', () => {
    expect(lintOf('000', 8, 'quote-numbers')[0]).toMatchObject({ severity: 'error', found: '50个工作日' });
  });

  it('lint: 000 item 14 quotes 社会保险经办条例 art. 42 under the title of 社会保险稽核办法', () => {
    expect(lintOf('000', 14, 'quote-wrong-article').some((f) => f.expected === '《社会保险经办条例》第四十二条')).toBe(true);
  });

  it('lint: 002 item 5 lists 重复收费 twice in its name', () => {
    expect(lintOf('002', 5, 'duplicate-clause').some((f) => f.expected === '重复收费')).toBe(true);
  });

  it('lint: 003 tags the 内蒙古 regulation (a 地方性法规) as 【行政法规】', () => {
    expect(findings.get('003')!.some((f) => f.rule === 'wrong-category' && f.expected === '【地方性法规】')).toBe(true);
  });

  it('lint: 001 item 19 has an emoji where a quote should be', () => {
    expect(lintOf('001', 19, 'garbage')[0]).toMatchObject({ severity: 'error' });
    expect(lintOf('001', 19, 'garbage')[0]!.message).toContain('🍩');
  });

  it('lint: 000 item 1 repeats clause (三) as (四) in its quote of 条例 art. 41', () => {
    expect(lintOf('000', 1, 'duplicate-clause').length).toBeGreaterThan(0);
  });

  it('lint: 002 cites 行政处罚法 by the numbering of its 2017 version', () => {
    expect(findings.get('002')!.some((f) => f.rule === 'superseded-numbering')).toBe(true);
  });

  it('lint: 004 writes a statute title damaged by OCR', () => {
    expect(findings.get('004')!.some((f) => f.rule === 'title-typo' && f.expected === '医疗机构医疗保障定点管理暂行办法')).toBe(true);
  });

  it('imports and lints all five in well under a second (best of three, warm)', () => {
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      const started = performance.now();
      for (const f of files) lintCatalog(importCatalogFile(join(DIR, f), { corpus, matters }), corpus);
      times.push(performance.now() - started);
    }
    expect(Math.min(...times)).toBeLessThan(1000);
  });
});
