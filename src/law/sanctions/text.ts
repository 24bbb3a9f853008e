// The text the rules stand on: articles from the statute corpus (data/law), or, for
// statutes whose full text we lack, the article as quoted by a seed catalog
// (data/law/quoted/*.json, each article with the seed file and line of its quote).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
// Same module (law): the corpus is imported directly, not through ../index.js, which
// re-exports this folder.
import { loadCorpus, DEFAULT_LAW_DIR, normaliseTitle } from '../corpus.js';
import { chineseNumeral } from '../numerals.js';
import type { Citation } from './types.js';

export interface SourceParagraph {
  number: number;
  text: string;
  items: { number: number; text: string }[];
}

/** One article as the rules read it, whether from the corpus or from a quote. */
export interface ArticleSource {
  /** Full title. */
  statute: string;
  shortTitle: string;
  /** Version date of the text, when known. */
  version?: string;
  /** Date the version takes effect, when known. */
  effective?: string;
  number: number;
  label: string;
  paragraphs: SourceParagraph[];
  /** True: the only known text is a seed catalog's quote. */
  restsOnQuote: boolean;
  /** Where the quote came from (file relative to the project, 1-based line). */
  quoteSource?: { file: string; line: number };
  quoteNote?: string;
}

interface QuotedFile {
  title: string;
  issuedAs?: string;
  versionDate?: string | null;
  versionNote?: string;
  restsOnQuote: boolean;
  articles: {
    number: number;
    paragraphs: string[];
    quotedAs: string;
    source: { file: string; line: number };
    variants: { file: string; line: number; quotedAs: string; note: string }[];
    note?: string;
  }[];
}

export const QUOTED_DIR = join(DEFAULT_LAW_DIR, 'quoted');

let quotedCache: QuotedFile[] | undefined;

/** The statutes known only from seed quotes (data/law/quoted). */
export function loadQuotedStatutes(dir = QUOTED_DIR): QuotedFile[] {
  if (dir === QUOTED_DIR && quotedCache) return quotedCache;
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  const loaded = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as QuotedFile);
  if (dir === QUOTED_DIR) quotedCache = loaded;
  return loaded;
}

function shortTitle(title: string): string {
  return title.replace(/^中华人民共和国/, '');
}

/** The full title of a statute named by short title, full title or alias. */
export function fullTitleOf(name: string): string | undefined {
  const statute = loadCorpus().statute(name);
  if (statute) return statute.title;
  const key = normaliseTitle(name);
  return loadQuotedStatutes().find((q) => normaliseTitle(q.title) === key)?.title;
}

/**
 * The article in force on `onDate` (latest version when no date), from the corpus; for
 * statutes without text, from data/law/quoted.
 */
export function articleSource(statuteName: string, number: number, onDate?: string): ArticleSource | undefined {
  const corpus = loadCorpus();
  const statute = corpus.statute(statuteName);
  if (statute?.available) {
    const version = corpus.version(statuteName, onDate);
    const article = version?.articles.get(number);
    if (!version || !article) return undefined;
    return {
      statute: statute.title,
      shortTitle: statute.shortTitle,
      version: version.version,
      effective: version.effective,
      number,
      label: article.label,
      paragraphs: article.paragraphs.map((p) => ({ number: p.number, text: p.text, items: p.items.map((i) => ({ ...i })) })),
      restsOnQuote: false,
    };
  }
  const key = normaliseTitle(statute?.title ?? statuteName);
  const quoted = loadQuotedStatutes().find((q) => normaliseTitle(q.title) === key);
  const article = quoted?.articles.find((a) => a.number === number);
  if (!quoted || !article) return undefined;
  return {
    statute: quoted.title,
    shortTitle: shortTitle(quoted.title),
    version: quoted.versionDate ?? undefined,
    number,
    label: `第${chineseNumeral(number)}条`,
    paragraphs: article.paragraphs.map((text, i) => ({ number: i + 1, text, items: [] })),
    restsOnQuote: true,
    quoteSource: article.source,
    quoteNote: article.note,
  };
}

/** All versions of a statute that are in the corpus (for 行政处罚法 第三十七条). */
export function statuteVersions(statuteName: string): { version: string; effective: string }[] {
  const statute = loadCorpus().statute(statuteName);
  return statute?.versions.map((v) => ({ version: v.version, effective: v.effective })) ?? [];
}

/** A paragraph's whole text: lead sentence and its 项. */
export function paragraphText(source: ArticleSource, paragraph: number): string {
  const p = source.paragraphs.find((x) => x.number === paragraph);
  if (!p) throw new Error(`${source.statute}${source.label}没有第${paragraph}款`);
  return [p.text, ...p.items.map((i) => `（${chineseNumeral(i.number)}）${i.text}`)].join('\n');
}

/** An article's paragraph (and item) as a structured citation, with its words. */
export function citeOf(source: ArticleSource, paragraph?: number, item?: number): Citation {
  const p = paragraph !== undefined ? source.paragraphs.find((x) => x.number === paragraph) : undefined;
  const it = item !== undefined ? p?.items.find((i) => i.number === item) : undefined;
  const quote = p ? (it ? `${p.text}\n（${chineseNumeral(it.number)}）${it.text}` : p.text) : source.paragraphs.map((x) => x.text).join('\n');
  return {
    statute: source.statute,
    shortTitle: source.shortTitle,
    ...(source.version ? { version: source.version } : {}),
    article: source.number,
    ...(paragraph !== undefined ? { paragraph } : {}),
    ...(it ? { item: it.number } : {}),
    text: citationOf(source, paragraph, it?.number),
    quote,
    ...(source.restsOnQuote ? { restsOnQuote: true } : {}),
  };
}

/** 《医疗保障基金使用监督管理条例》第四十条第二款 — the 款 only when the article has several. */
export function citationOf(source: ArticleSource, paragraph?: number, item?: number): string {
  let c = `《${source.statute}》${source.label}`;
  if (paragraph !== undefined && source.paragraphs.length > 1) c += `第${chineseNumeral(paragraph)}款`;
  if (item !== undefined) c += `第（${chineseNumeral(item)}）项`;
  return c;
}
