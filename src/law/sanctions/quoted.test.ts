// The statutes we know only from seed quotes: every quoted article is found, verbatim,
// on the seed line it names, and the corpus lists the statute as missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, DEFAULT_LAW_DIR } from '../corpus.js';
import { loadQuotedStatutes } from './text.js';

const PROJECT = join(DEFAULT_LAW_DIR, '..', '..');
const seedLine = (file: string, line: number) => readFileSync(join(PROJECT, file), 'utf8').split('\n')[line - 1] ?? '';

describe('data/law/quoted', () => {
  const quoted = loadQuotedStatutes();
  it('holds the statutes without text that the seeds quote for penalties', () => {
    expect(quoted.map((q) => q.title).sort()).toEqual(
      ['内蒙古自治区城镇基本医疗保险条例', '社会保险稽核办法', '社会保险费征缴监督检查办法'].sort(),
    );
  });
  for (const statute of quoted) {
    it(`${statute.title}: missing from the corpus, marked as resting on a quote`, () => {
      const s = loadCorpus().statute(statute.title);
      expect(s?.available).toBe(false);
      expect(statute.restsOnQuote).toBe(true);
    });
    for (const article of statute.articles) {
      it(`${statute.title} 第${article.number}条 is on ${article.source.file}:${article.source.line}`, () => {
        expect(seedLine(article.source.file, article.source.line)).toContain(article.quotedAs);
        expect(article.quotedAs).toContain(article.paragraphs.join(''));
        for (const v of article.variants) expect(seedLine(v.file, v.line)).toContain(v.quotedAs);
      });
    }
  }
});
