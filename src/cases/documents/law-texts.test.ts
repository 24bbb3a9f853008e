// Every fixed sentence of law a document prints is read back from the statute text, at the
// article, paragraph and item it cites.
import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../../law/index.js';
import { LAW, LISTS } from './law-texts.js';
import { statuteArticle, placeText } from './test-support/statutes.js';

describe('fixed sentences of law are verbatim quotes of the place they cite', () => {
  it.each(Object.entries(LAW))('%s', (_name, quote) => {
    expect(placeText(quote.file, quote.article), `${quote.law}${quote.article}`).toContain(quote.text);
  });
});

describe('enumerations: the lead sentence and every item, verbatim and in order', () => {
  it.each(Object.entries(LISTS))('%s', (_name, list) => {
    const m = /^(第[^条]+条)(?:第([^款]+)款)?$/.exec(list.article);
    expect(m, list.article).not.toBeNull();
    const article = statuteArticle(list.file, m![1]!);
    const paragraph = article.paragraphs[m![2] ? parseNumeral(m![2])! - 1 : 0]!;
    expect(paragraph.text).toBe(list.lead);
    const items = Object.entries(list.items);
    expect(items.length).toBe(paragraph.items.length);
    for (const [n, text] of items) {
      expect(paragraph.items.find((i) => i.number === Number(n))?.text.replace(/[；。]$/, ''), `${list.article}第（${n}）项`).toBe(text);
    }
  });
});
