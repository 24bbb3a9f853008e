// Enrichment: parse and resolve the citations of every item against the corpus, for
// the version in force on the catalog's date.
import { parseCitations, resolveCitation, type Corpus, type ParsedCitation } from '../law/index.js';
import type { Catalog, CatalogItem, ItemCitation } from './model.js';

/** Item citations of one parsed citation: one per article it cites. */
export function toItemCitations(parsed: ParsedCitation, corpus: Corpus, asOf: string): ItemCitation[] {
  return resolveCitation(parsed, corpus, asOf).map((ref) => ({
    statute: ref.statute || (parsed.statute ?? ''),
    article: ref.article,
    ...(ref.paragraph !== undefined ? { paragraph: ref.paragraph } : {}),
    ...(ref.item !== undefined ? { item: ref.item } : {}),
    resolved: ref.resolved,
    ...(ref.reason ? { reason: ref.reason, detail: ref.detail } : {}),
    ...(parsed.quote ? { quote: parsed.quote } : {}),
    raw: parsed.raw,
    ...(ref.version ? { version: ref.version } : {}),
    ...(parsed.byReference ? { byReference: true } : {}),
    ...(ref.textUnavailable && parsed.quote ? { quoteIsOnlyText: true } : {}),
  }));
}

/**
 * Parses the cells of an item in order. An article cited without its title takes the
 * statute named last before it in the same cell (the 实施依据 cell spans all bases).
 */
export function parseCell(texts: string[]): ParsedCitation[][] {
  let lastStatute: string | undefined;
  let lastQuoted: ParsedCitation | undefined;
  return texts.map((text) => {
    const parsed = parseCitations(text, lastStatute ? { defaultStatute: lastStatute } : {});
    const citations = parsed.filter((c) => c.statuteFrom !== 'self');
    if (citations.length === 0 && lastQuoted && text.trim()) {
      // A paragraph with no citation of its own continues the quote before it
      // (the article's next 款, in a <p> of its own).
      lastQuoted.quote = `${lastQuoted.quote}\n${text.trim()}`;
      delete lastQuoted.quoteStart;
      delete lastQuoted.quoteEnd;
      return parsed;
    }
    const named = citations.filter((c) => c.statute);
    if (named.length) lastStatute = named[named.length - 1]!.statute!;
    lastQuoted = [...citations].reverse().find((c) => c.quote);
    if (citations.length && !citations[citations.length - 1]!.quote) lastQuoted = undefined;
    return parsed;
  });
}

export function enrichItem(item: CatalogItem, corpus: Corpus, asOf: string): CatalogItem {
  const perBasis = parseCell(item.bases.map((b) => b.text));
  const bases = item.bases.map((basis, i) => ({
    ...basis,
    citations: perBasis[i]!.filter((c) => c.statuteFrom !== 'self').flatMap((c) => toItemCitations(c, corpus, asOf)),
  }));
  const dutyCitations = item.dutyBasis
    ? parseCitations(item.dutyBasis).filter((c) => c.statuteFrom !== 'self').flatMap((c) => toItemCitations(c, corpus, asOf))
    : undefined;
  return { ...item, bases, ...(dutyCitations ? { dutyCitations } : {}) };
}

export function enrichCatalog(catalog: Catalog, corpus: Corpus): Catalog {
  return { ...catalog, items: catalog.items.map((item) => enrichItem(item, corpus, catalog.asOf)) };
}

/** Every citation of an item's 实施依据, in order. */
export function itemCitations(item: CatalogItem): ItemCitation[] {
  return item.bases.flatMap((b) => b.citations);
}
