// Citations as catalogs write them, parsed and resolved against the corpus:
//   《中华人民共和国社会保险法》第八十八条 · 第87、88条 · 第 39 条 · 第40条第2款
//   第四十一条第一款第（三）项 · 第三十条～第五十四条 · 参照《行政处罚法》第三条、第四条
//   【法律】《…》（2010年…主席令第三十五号，2018年…修正）第七十九条
//   and an article whose statute was named earlier in the same cell.
import { parseNumeral } from './numerals.js';
import type { Article, Corpus } from './corpus.js';

/** One article (and optionally 款/项) a citation points at. */
export interface ArticleRef {
  article: number;
  paragraph?: number;
  item?: number;
}

/** A citation as written: a statute and the articles cited from it. */
export interface ParsedCitation {
  /** The citation exactly as written (title, version note and article numbers). */
  raw: string;
  /** Offsets of `raw` in the parsed text. */
  start: number;
  end: number;
  /** The statute's title as written (without 《》), or null when none could be found. */
  statute: string | null;
  /** How the statute was found: named right before, carried from earlier in the cell, or 本条例/本法. */
  statuteFrom: 'named' | 'earlier' | 'self';
  refs: ArticleRef[];
  /** A range 第三十条～第五十四条, as [first, last]. */
  range?: [number, number];
  /** 参照: cited by reference. */
  byReference: boolean;
  /** The text the catalog quotes after the citation, if any. */
  quote?: string;
  /** Offsets of the quote in the parsed text. */
  quoteStart?: number;
  quoteEnd?: number;
  /** Written without 第 (七十九条): a defect the lint reports. */
  missingDi?: boolean;
  /** A stray 》 between the title (or its version note) and the article: a defect the lint reports. */
  strayBracket?: boolean;
  /** A version statement in brackets after the title, as written. */
  versionNote?: string;
  /** The category tag before the title (【行政法规】), as written. */
  category?: string;
}

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
const SP = '[ \\t\\u3000]*';
const SEP = `${SP}(?:[、，,]|和|及|与)${SP}`;

// An article expression: optional 本条例/本法 prefix, optional 第, a list of numbers
// sharing one 条 (第87、88条), then optional 款 and 项.
const ARTICLE_EXPR = new RegExp(
  `(本条例|本法|本办法|本规定|本细则)?(第)?${SP}(${NUM}(?:${SEP}第?${SP}${NUM})*)${SP}条(?!例|文|款)` +
    `(?:${SP}第${SP}(${NUM})${SP}款)?(?:${SP}第${SP}[（(]?${SP}(${NUM})${SP}[）)]?${SP}项)?`,
  'g',
);
const RANGE_TAIL = new RegExp(`^${SP}[~～〜\\-－—–至到]${SP}第?${SP}(${NUM})${SP}条`);
const TITLE = /《((?:[^《》]|《[^《》]*》)+)》/g;
const CATEGORY_TAG = /【[^】]{1,8}】/g;

interface TitleMention {
  title: string;
  start: number;
  end: number;
  /** End of the title plus any version note in brackets right after it. */
  tailEnd: number;
  versionNote?: string;
  byReference: boolean;
  /** The category tag written before the title: 【法律】, 【行政法规】, 【部门规章】 … */
  category?: string;
}

function findTitles(text: string): TitleMention[] {
  const titles: TitleMention[] = [];
  for (const m of text.matchAll(TITLE)) {
    const start = m.index!;
    const end = start + m[0].length;
    let tailEnd = end;
    let versionNote: string | undefined;
    const after = text.slice(end);
    const note = /^[ \t\u3000]*[（(]([^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*)[）)]/.exec(after);
    if (note && /\d{4}年|令|修正|修订|通过|公布|发布|施行/.test(note[1]!)) {
      tailEnd = end + note[0].length;
      versionNote = note[1];
    }
    const before = text.slice(Math.max(0, start - 6), start);
    const tag = /【([^】]{1,8})】[ \t\u3000]*$/.exec(text.slice(Math.max(0, start - 12), start));
    titles.push({
      ...(tag ? { category: tag[1] } : {}),
      title: m[1]!.replace(/〈/g, '《').replace(/〉/g, '》'),
      start,
      end,
      tailEnd,
      versionNote,
      byReference: /参照/.test(before),
    });
  }
  return titles;
}

function numbers(list: string): number[] {
  return list
    .split(new RegExp(SEP))
    .map((part) => parseNumeral(part.replace(/^第/, '').trim()))
    .filter((n): n is number => n !== undefined);
}

/** Is `index` at the start of a segment: text start, or after 。；; a newline, 】, ” or ）? */
function atSegmentStart(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[ \t\u3000]+$/, '');
  return before === '' || /[。；;\n】”"：:]$/.test(before);
}

/**
 * Parses the citations of one cell of text. `defaultStatute` is the statute named
 * earlier in the same cell, for an article cited without its title.
 */
export function parseCitations(text: string, options: { defaultStatute?: string } = {}): ParsedCitation[] {
  const titles = findTitles(text);
  const citations: ParsedCitation[] = [];
  let lastNamed: string | undefined = options.defaultStatute;
  let titleIndex = 0;
  let previous: ParsedCitation | undefined;

  for (const m of text.matchAll(ARTICLE_EXPR)) {
    const start = m.index!;
    let end = start + m[0].length;
    // Skip article expressions inside a title (《…第三条…》 does not occur, but be safe).
    if (titles.some((t) => start >= t.start && start < t.end)) continue;
    while (titleIndex < titles.length && titles[titleIndex]!.end <= start) {
      lastNamed = titles[titleIndex]!.title;
      titleIndex++;
    }
    const title = [...titles].reverse().find((t) => t.end <= start);
    const gapToTitle = title ? text.slice(title.tailEnd, start) : undefined;
    const selfPrefix = m[1];
    const hasDi = m[2] !== undefined;
    const refsNumbers = numbers(m[3]!);
    if (refsNumbers.length === 0) continue;

    let statute: string | null;
    let statuteFrom: ParsedCitation['statuteFrom'];
    let byReference = false;
    let head = false;
    let versionNote: string | undefined;
    const chained = previous !== undefined && new RegExp(`^${SEP}$`).test(text.slice(previous.end, start));

    if (selfPrefix) {
      statute = lastNamed ?? null;
      statuteFrom = 'self';
    } else if (title && gapToTitle !== undefined && /^[ \t\u3000》]*$/.test(gapToTitle)) {
      statute = title.title;
      statuteFrom = 'named';
      byReference = title.byReference;
      versionNote = title.versionNote;
      head = true;
    } else if (chained && hasDi) {
      statute = previous!.statute;
      statuteFrom = previous!.statuteFrom;
      byReference = previous!.byReference;
    } else if (hasDi && atSegmentStart(text, start) && lastNamed) {
      statute = lastNamed;
      statuteFrom = 'earlier';
      head = true;
    } else {
      continue; // a mention inside quoted text, not a citation
    }
    if (!hasDi && statuteFrom !== 'named') continue;

    const paragraph = m[4] ? parseNumeral(m[4]) : undefined;
    const item = m[5] ? parseNumeral(m[5]) : undefined;
    let refs: ArticleRef[] = refsNumbers.map((article) => ({ article }));
    let range: [number, number] | undefined;
    const tail = RANGE_TAIL.exec(text.slice(end));
    if (tail && refsNumbers.length === 1) {
      const last = parseNumeral(tail[1]!);
      const first = refsNumbers[0]!;
      if (last !== undefined && last >= first && last - first < 500) {
        range = [first, last];
        refs = [];
        for (let a = first; a <= last; a++) refs.push({ article: a });
        end += tail[0].length;
      }
    }
    if (refs.length === 1) {
      if (paragraph !== undefined) refs[0]!.paragraph = paragraph;
      if (item !== undefined) refs[0]!.item = item;
    }
    const rawStart = head && statuteFrom === 'named' && title ? title.start : start;
    const citation: ParsedCitation = {
      raw: text.slice(rawStart, end),
      start: rawStart,
      end,
      statute,
      statuteFrom,
      refs,
      byReference,
      ...(range ? { range } : {}),
      ...(!hasDi ? { missingDi: true } : {}),
      ...(versionNote ? { versionNote } : {}),
      ...(head && statuteFrom === 'named' && title?.category ? { category: title.category } : {}),
      ...(statuteFrom === 'named' && head && gapToTitle && /》/.test(gapToTitle) ? { strayBracket: true } : {}),
    };
    if (selfPrefix) {
      // 本条例第三十八条 inside a quote: a reference within the statute, kept apart.
      citations.push(citation);
      previous = undefined;
      continue;
    }
    if (chained && !head && previous) {
      // 第三条、第四条: the quote, if any, belongs to the whole chain.
      citation.start = start;
      citation.raw = text.slice(start, end);
    }
    citations.push(citation);
    previous = citation;
  }
  attachQuotes(text, citations);
  return citations;
}

/** The quote after a citation runs to the next citation that starts a segment, or to the end. */
function attachQuotes(text: string, citations: ParsedCitation[]): void {
  const heads = citations.filter((c) => c.statuteFrom !== 'self');
  for (let i = 0; i < heads.length; i++) {
    const c = heads[i]!;
    const next = heads.slice(i + 1).find((n) => n.start >= c.end);
    const stop = next ? next.start : text.length;
    let from = c.end;
    const lead = /^[ \t\u3000]*(?:规定)?[ \t\u3000]*[：:]?[ \t\u3000]*[“"]?/.exec(text.slice(from))!;
    from += lead[0].length;
    let quote = text.slice(from, stop);
    // Leave out the title and category tag of the next citation, and list separators.
    quote = quote.replace(CATEGORY_TAG, '').replace(/[；;、，,\s]*(?:参照)?[ \t\u3000]*$/, '');
    quote = quote.replace(/[”"]+[ \t\u3000]*$/, '').trim();
    if (next && next.statuteFrom === 'named') {
      const titleAt = quote.lastIndexOf('《');
      if (titleAt >= 0 && /^《[^》]*》[^。]*$/.test(quote.slice(titleAt))) quote = quote.slice(0, titleAt).replace(/[；;、，,\s]+$/, '');
    }
    if ([...quote].length >= 4 && !/^(?:的|规定|[。，,；;])/.test(quote)) {
      c.quote = quote;
      c.quoteStart = from;
      c.quoteEnd = from + quote.length;
    }
  }
}

/** Why a citation could not be resolved. */
export type UnresolvedReason = '法规未知' | '无法规文本' | '条号超出范围' | '款号超出范围' | '项号超出范围' | '未写明法规';

export interface ResolvedRef extends ArticleRef {
  /** Full title when the statute is known, else as written. */
  statute: string;
  resolved: boolean;
  reason?: UnresolvedReason;
  /** A longer explanation in Chinese. */
  detail?: string;
  /** The version of the text resolved to. */
  version?: string;
  articleText?: Article;
  /** The statute is known but its text is not: the quote is the only known text. */
  textUnavailable?: boolean;
}

/** Resolves each article of a citation against the version in force on `asOf`. */
export function resolveCitation(citation: ParsedCitation, corpus: Corpus, asOf?: string): ResolvedRef[] {
  return citation.refs.map((ref) => resolveRef(citation.statute, ref, corpus, asOf));
}

export function resolveRef(statuteTitle: string | null, ref: ArticleRef, corpus: Corpus, asOf?: string): ResolvedRef {
  if (!statuteTitle) {
    return { ...ref, statute: '', resolved: false, reason: '未写明法规', detail: '条号前后未写明所属法规' };
  }
  const statute = corpus.statute(statuteTitle);
  if (!statute) {
    return { ...ref, statute: statuteTitle, resolved: false, reason: '法规未知', detail: `法规库中没有《${statuteTitle}》` };
  }
  if (!statute.available) {
    return {
      ...ref,
      statute: statute.title,
      resolved: false,
      reason: '无法规文本',
      detail: `《${statute.title}》（${statute.missing?.wantedVersion ?? ''}）的文本暂缺，以清单引文为唯一已知文本`,
      textUnavailable: true,
    };
  }
  const version = corpus.version(statute.title, asOf)!;
  const article = version.articles.get(ref.article);
  const base = { ...ref, statute: statute.title, version: version.version };
  if (!article) {
    return { ...base, resolved: false, reason: '条号超出范围', detail: `《${statute.title}》（${version.version}）共${version.maxArticle}条，无第${ref.article}条` };
  }
  if (ref.paragraph !== undefined && ref.paragraph > article.paragraphs.length) {
    return { ...base, resolved: false, reason: '款号超出范围', detail: `${article.label}只有${article.paragraphs.length}款`, articleText: article };
  }
  if (ref.item !== undefined) {
    const items = article.paragraphs[(ref.paragraph ?? 1) - 1]?.items ?? [];
    if (ref.item > items.length) {
      return { ...base, resolved: false, reason: '项号超出范围', detail: `${article.label}第${ref.paragraph ?? 1}款只有${items.length}项`, articleText: article };
    }
  }
  return { ...base, resolved: true, articleText: article };
}
