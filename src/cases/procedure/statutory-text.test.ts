// Every time limit in the procedures and every statutory number the engine uses is read
// back out of the statute text in data/law (or the seed catalog that states it): change
// the text, and this test fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadPeriods, parseNumeral } from '../../law/index.js';
import * as statutory from '../engine/statutory.js';
import { loadProcedures } from './load.js';

const corpus = loadCorpus();
const registry = loadProcedures();

function articleText(file: string, article: number, paragraph?: number): string {
  for (const s of corpus.statutes) {
    for (const v of s.versions) {
      if (v.file.replace(/\.md$/, '').endsWith(file)) {
        const a = v.articles.get(article);
        if (!a) throw new Error(`${file} 没有第${article}条`);
        if (paragraph === undefined) return a.text;
        const p = a.paragraphs.find((x) => x.number === paragraph);
        if (!p) throw new Error(`${file} 第${article}条没有第${paragraph}款`);
        return p.text;
      }
    }
  }
  throw new Error(`语料中没有 ${file}`);
}

function numberIn(quote: string): number {
  const m = /(\d+|[零〇一二两三四五六七八九十百千]+)(?=个?(?:工作日|日|小时|天|元|人|月))/.exec(quote) ?? /(\d+|[零〇一二两三四五六七八九十百千]+)/.exec(quote);
  const n = m ? parseNumeral(m[1]!) : undefined;
  if (n === undefined) throw new Error(`「${quote}」中没有数字`);
  return n;
}

describe('time limits of the procedures', () => {
  const periods = loadPeriods();
  const cases = registry.all().flatMap((p) => p.deadlines.map((d) => ({ p, d })));
  it('most are statutory periods of the registry (data/law/periods.json, read from the text by law/periods.test.ts)', () => {
    expect(cases.filter(({ d }) => d.period).length).toBeGreaterThanOrEqual(15);
  });
  for (const { p, d } of cases) {
    it(`${p.id} ${d.id}${d.when ? JSON.stringify(d.when) : ''}`, () => {
      if (d.period) {
        expect(periods.has(d.period), d.period).toBe(true);
        return;
      }
      const b = d.basis!;
      if ('seed' in b) {
        const seed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'catalogs', `${b.seed}.txt`), 'utf8');
        expect(seed).toContain(b.quote);
        expect(b.item.startsWith(`${b.seed}#`)).toBe(true);
        expect(numberIn(b.quote)).toBe(d.amount);
      } else {
        expect(b.bureau).toMatch(/本局设定/);
      }
    });
  }

  it('送达: 七个工作日 (暂行规定 第五十九条; 行政处罚法 第六十一条 with 第八十五条)', () => {
    const d = registry.get('xzcf-putong')!.deadlines.find((x) => x.id === '送达期限')!;
    const p = periods.get(d.period!);
    expect(articleText('医疗保障行政处罚程序暂行规定-2021', 59)).toContain('七个工作日内');
    expect(articleText('行政处罚法-2021', 61)).toContain('七日内');
    expect([p.amount, p.unit]).toEqual([7, '工作日']);
  });

  it('the seed 000 quotes 50 working days for 手工报销 where 社会保险经办条例 第二十条 says 30: the statute is used', () => {
    const seed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'catalogs', '000_650efb1eb094bc36.txt'), 'utf8');
    expect(seed).toContain('50个工作日内办理完毕');
    expect(articleText('社会保险经办条例-2023', 20, 2)).toContain('30个工作日内办理完毕');
    const d = registry.get('xzgf')!.deadlines.find((x) => x.when?.variant === '手工报销')!;
    expect(periods.get(d.period!).amount).toBe(30);
  });
});

describe('statutory numbers in the engine', () => {
  const numbers = Object.entries(statutory).filter(([, v]) => typeof v === 'object' && v && 'value' in v) as Array<[string, statutory.StatutoryNumber]>;
  for (const [name, n] of numbers) {
    it(`${name} = ${n.value}`, () => {
      const text = articleText(n.file, n.article);
      expect(text).toContain(n.quote);
      const read = numberIn(n.quote);
      expect(name.endsWith('_FEN') ? read * 100 : read).toBe(n.value);
    });
  }
  it('direct medical assistance for 低保/特困 (社会救助暂行办法 第三十条)', () => {
    expect(articleText(statutory.DIRECT_ASSISTANCE.file, statutory.DIRECT_ASSISTANCE.article)).toContain(statutory.DIRECT_ASSISTANCE.quote);
    for (const c of statutory.DIRECT_ASSISTANCE.categories) expect(statutory.DIRECT_ASSISTANCE.quote).toContain(c);
  });
});

describe('closed lists read from the article that sets them', () => {
  it('解除封存的情形 are the items of 暂行规定 第三十三条第一款 (the 不再需要封存 of the text kept whole)', async () => {
    const { SEALING_RELEASE_GROUNDS } = await import('../steps/coercion.js');
    const article = corpus.article('医疗保障行政处罚程序暂行规定', 33)!;
    const items = article.paragraphs[0]!.items.map((i) => i.text.replace(/[；;。]$/, ''));
    expect([...SEALING_RELEASE_GROUNDS]).toEqual(items);
  });
  it('the points of 法制审核 are the items of 暂行规定 第三十八条', async () => {
    const { REVIEW_POINTS } = await import('../steps/inputs.js');
    const items = corpus.article('医疗保障行政处罚程序暂行规定', 38)!.paragraphs[0]!.items.map((i) => i.text.replace(/[；;。]$/, ''));
    expect([...REVIEW_POINTS]).toEqual(items);
  });
});
