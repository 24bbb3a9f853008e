// Reads the working-day rules back out of the statute texts in data/law.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../numerals.js';
import { computeDeadline, WORKING_DAY_RULES } from './index.js';

const LAW_DIR = new URL('../../../data/law/', import.meta.url).pathname;

function articleText(file: string, article: string): string {
  const text = readFileSync(join(LAW_DIR, file), 'utf8');
  const head = article.replace(/第[一二三四五六七八九十]+款$/, '');
  const start = text.indexOf(`${head} `);
  expect(start, `${file} ${head}`).toBeGreaterThanOrEqual(0);
  const next = text.slice(start + head.length).search(/\n第[一二三四五六七八九十百零]+条 /);
  return text.slice(start, next < 0 ? undefined : start + head.length + next);
}

describe('statutory working-day rules', () => {
  it('行政处罚法 art. 85: exactly 二日/三日/五日/七日 are working days', () => {
    const rule = WORKING_DAY_RULES.行政处罚法;
    const text = articleText(rule.file, rule.article);
    expect(text).toContain(rule.quote);
    const named = [...text.matchAll(/“([一二三四五六七八九十]+)日”/g)].map((m) => parseNumeral(m[1]!));
    expect(named).toEqual([...rule.amounts]);
    expect(text).toMatch(/是指工作日，不含法定节假日/);
    for (let n = 1; n <= 90; n++) expect(rule.appliesTo(n)).toBe(named.includes(n));
  });

  it('行政强制法 art. 69: periods of up to ten days are working days', () => {
    const rule = WORKING_DAY_RULES.行政强制法;
    const text = articleText(rule.file, rule.article);
    expect(text).toContain(rule.quote);
    const m = /([一二三四五六七八九十]+)日以内期限的规定是指工作日/.exec(text);
    expect(parseNumeral(m![1]!)).toBe(rule.upTo);
    expect(rule.appliesTo(10)).toBe(true);
    expect(rule.appliesTo(11)).toBe(false);
  });

  it('行政复议法 (2023) art. 88 para. 2: 三日/五日/七日/十日 are working days', () => {
    const rule = WORKING_DAY_RULES.行政复议法;
    const text = articleText(rule.file, rule.article);
    expect(text).toContain(rule.quote);
    const clause = text.slice(text.indexOf('本法关于行政复议期间'));
    const named = [...clause.matchAll(/“([一二三四五六七八九十]+)日”/g)].map((m) => parseNumeral(m[1]!));
    expect(named).toEqual([...rule.amounts]);
  });

  it('computeDeadline applies art. 85 to a 7-day 行政处罚法 period and not to a 15-day one', () => {
    // 2025-01-27 (Mon) → 7 working days: 02-05, 06, 07, 08 (调休 Saturday), 10, 11, 12.
    const seven = computeDeadline({ start: '2025-01-27', amount: 7, unit: '日', statute: '行政处罚法' });
    expect(seven).toMatchObject({ due: '2025-02-12', unit: '工作日', provisional: false });
    expect(seven.basis).toContain('第八十五条');
    // Without the statute the same 7 日 are calendar days: 02-03 is a Spring Festival holiday → 02-05.
    expect(computeDeadline({ start: '2025-01-27', amount: 7, unit: '日' })).toMatchObject({ due: '2025-02-05', unit: '日' });
    expect(computeDeadline({ start: '2025-01-27', amount: 15, unit: '日', statute: '行政处罚法' })).toMatchObject({ due: '2025-02-11', unit: '日' });
  });
});
