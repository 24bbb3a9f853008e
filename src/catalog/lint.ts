// Lint: what a legal reviewer checks in a catalog — each quote against the statute it
// cites, the numbers in it, the version it comes from, and the text's own defects.
import { diffChars } from 'diff/lib/diff/character.js';
import { parseCitations, resolveRef, type Article, type Corpus, type ParsedCitation } from '../law/index.js';
import { parseCell } from './enrich.js';
import { NAME_CONFIDENCE_THRESHOLD, nameNeedsVerification, type Catalog, type CatalogItem } from './model.js';
import { amountExpressions, amountUnit, bigrams, canonical, containment, isPunctuationOnly } from './textnorm.js';

export type Severity = 'error' | 'warning' | 'info';

/** The lint rules, with what each checks (in Chinese, for reports). */
export const LINT_RULES = {
  'quote-differs': '引文与法规原文不一致（逐字比对，忽略标点全半角与空白）',
  'quote-numbers': '引文中的倍数、金额、期限与法规原文不符',
  'quote-wrong-article': '引文并非所引条文的内容',
  'superseded-version': '引用了已被修订或取代的版本',
  'superseded-numbering': '条号疑似沿用旧版本编号',
  'duplicate-clause': '列举的项重复',
  'doubled-word': '叠字、重复词语',
  garbage: '乱码、表情符号或其他杂散字符',
  'missing-quote': '缺少依据条文或引文',
  'numbering-gap': '事项序号缺漏或重复',
  'unknown-statute': '引用的法规不在法规库中',
  'title-typo': '法规名称疑似错字或残缺',
  'article-out-of-range': '条、款、项号超出法规范围',
  'text-unavailable': '所引法规暂无文本，以清单引文为唯一已知文本',
  'citation-format': '条号书写不规范',
  'wrong-category': '依据类别标注与法规的效力层级不符',
  'source-truncated': '来源文件不完整',
  'name-to-verify': '名称由 OCR 恢复且置信度低，待核实',
} as const;
export type LintRule = keyof typeof LINT_RULES;

export interface LintFinding {
  /** Item number (序号); 0 for the catalog as a whole. */
  item: number;
  severity: Severity;
  rule: LintRule;
  message: string;
  found?: string;
  expected?: string;
  /** The citation concerned, as written. */
  citation?: string;
  /** Source line of the item (1-based). */
  line?: number;
}

interface ArticleIndexEntry {
  article: Article;
  canonical: string;
  grams: Set<string>;
}

/** Per-corpus lookups the lint needs, built once. */
class LintContext {
  readonly articles: ArticleIndexEntry[] = [];
  /** Doubled sequences, with the character before them, that occur in statute text (目的的): allowed. */
  readonly allowedDoubles = new Set<string>();
  readonly titles: string[];

  constructor(readonly corpus: Corpus) {
    for (const statute of corpus.statutes) {
      for (const version of statute.versions) {
        for (const article of version.articles.values()) {
          const c = canonical(article.text);
          this.articles.push({ article, canonical: c, grams: bigrams(c) });
          for (const m of c.matchAll(DOUBLED)) this.allowedDoubles.add(doubleKey(c, m.index!, m[0]));
        }
      }
    }
    this.titles = corpus.statutes.flatMap((s) => [s.title, s.shortTitle]);
  }

  /** Which articles hold each bigram (built on first use). */
  private postings: Map<string, number[]> | undefined;

  /** The article whose text best contains the quote (share of the quote's bigrams it holds). */
  bestArticleFor(quote: string): { entry: ArticleIndexEntry; score: number } | undefined {
    if (!this.postings) {
      this.postings = new Map();
      this.articles.forEach((entry, index) => {
        for (const gram of entry.grams) {
          const list = this.postings!.get(gram);
          if (list) list.push(index);
          else this.postings!.set(gram, [index]);
        }
      });
    }
    const grams = bigrams(quote);
    if (grams.size === 0) return undefined;
    const hits = new Uint32Array(this.articles.length);
    for (const gram of grams) for (const index of this.postings.get(gram) ?? []) hits[index]!++;
    let bestIndex = -1;
    for (let i = 0; i < hits.length; i++) if (bestIndex < 0 || hits[i]! > hits[bestIndex]!) bestIndex = i;
    return bestIndex < 0 ? undefined : { entry: this.articles[bestIndex]!, score: hits[bestIndex]! / grams.size };
  }

  /** The known title closest to an unknown one (by shared characters). */
  closestTitle(title: string): { title: string; score: number } | undefined {
    const chars = new Set(title);
    let best: { title: string; score: number } | undefined;
    for (const candidate of this.titles) {
      const other = new Set(candidate);
      let shared = 0;
      for (const c of chars) if (other.has(c)) shared++;
      const score = shared / Math.max(chars.size, other.size);
      if (!best || score > best.score) best = { title: candidate, score };
    }
    return best;
  }
}

const DOUBLED = /([\u4e00-\u9fff]{1,6})\1/gu;
/** A doubled sequence with the character before it: 目的的 is a word and a particle, 遇的的 is a slip. */
function doubleKey(text: string, index: number, doubled: string): string {
  return (index > 0 ? text[index - 1] : '^') + doubled;
}
/** 重复收费、重复收费: the same element twice in a row in an enumeration. */
const REPEATED_LIST_ELEMENT = /([\u4e00-\u9fff]{2,10})[、,]\1(?![\u4e00-\u9fff])/gu;
const GARBAGE = /\p{Extended_Pictographic}|\uFFFD|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uE000-\uF8FF]/u;
const contextCache = new WeakMap<Corpus, LintContext>();

function contextFor(corpus: Corpus): LintContext {
  let ctx = contextCache.get(corpus);
  if (!ctx) {
    ctx = new LintContext(corpus);
    contextCache.set(corpus, ctx);
  }
  return ctx;
}

/** The part of an article a citation points at: an item, a paragraph, or the whole. */
function citedText(article: Article, paragraph?: number, item?: number): string {
  if (paragraph === undefined && item === undefined) return article.text;
  const p = article.paragraphs[(paragraph ?? 1) - 1];
  if (!p) return article.text;
  if (item !== undefined) return p.items[item - 1]?.text ?? p.text;
  return [p.text, ...p.items.map((i) => i.text)].join('');
}

interface Hunk {
  expected: string;
  found: string;
}

/** Below this share of the quote found in the statute text (in order), the quote is not that text's. */
const SAME_TEXT_SIMILARITY = 0.6;

/**
 * Differences between the statute text and a quote, ignoring what the quote leaves out at
 * either end; `common` is the length of their longest common subsequence. A quote that shares
 * less than SAME_TEXT_SIMILARITY of itself with the text is another text, whose differences
 * are not listed: the diff stops there (null) instead of aligning two unrelated texts. With
 * N and M the lengths of text and quote, edits = N + M − 2·common, so more than
 * N + M − 2·0.6·M edits means a common part shorter than 0.6·M.
 */
function quoteHunks(statute: string, quote: string): { hunks: Hunk[]; common: number } | null {
  const maxEditLength = Math.floor(statute.length + quote.length - 2 * SAME_TEXT_SIMILARITY * quote.length);
  if (maxEditLength < 0) return null;
  const parts = diffChars(statute, quote, { maxEditLength });
  if (!parts) return null;
  const firstCommon = parts.findIndex((p) => !p.added && !p.removed);
  let lastCommon = -1;
  for (let i = parts.length - 1; i >= 0; i--) if (!parts[i]!.added && !parts[i]!.removed) { lastCommon = i; break; }
  const hunks: Hunk[] = [];
  let common = 0;
  let current: Hunk | undefined;
  parts.forEach((part, i) => {
    if (!part.added && !part.removed) {
      common += part.value.length;
      // A short run in common between two changes is chance alignment of characters:
      // it belongs to the change around it.
      const nextChanged = parts[i + 1] !== undefined && (parts[i + 1]!.added || parts[i + 1]!.removed);
      if (current && nextChanged && [...part.value].length < 3) {
        current.expected += part.value;
        current.found += part.value;
        return;
      }
      if (current) hunks.push(current);
      current = undefined;
      return;
    }
    // Statute text before the quote starts or after it ends is an excerpt, not a defect.
    if (part.removed && (firstCommon === -1 || i < firstCommon || i > lastCommon)) return;
    current ??= { expected: '', found: '' };
    if (part.added) current.found += part.value;
    else current.expected += part.value;
  });
  if (current) hunks.push(current);
  return { hunks: hunks.filter((h) => !(isPunctuationOnly(h.found) && isPunctuationOnly(h.expected))), common };
}

function clip(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('') + '…';
}

function citationLabel(c: ParsedCitation): string {
  return c.raw.length > 80 ? `《${c.statute ?? ''}》` + c.raw.slice(c.raw.lastIndexOf('）') + 1) : c.raw;
}

/** Lints one citation of an item: resolution, version, and its quote. */
function lintCitation(ctx: LintContext, c: ParsedCitation, asOf: string, push: (f: Omit<LintFinding, 'item' | 'line'>) => void): void {
  const label = citationLabel(c);
  if (c.strayBracket) {
    push({ severity: 'info', rule: 'citation-format', message: `条号前有多余的书名号“》”：${label}`, found: c.raw, citation: label });
  }
  if (c.missingDi) {
    push({ severity: 'info', rule: 'citation-format', message: `条号缺“第”字：${label}`, found: c.raw.slice(c.raw.lastIndexOf('）') + 1), citation: label });
  }
  const refs = c.refs.map((r) => resolveRef(c.statute, r, ctx.corpus, asOf));
  const first = refs[0];
  if (!first) return;
  if (first.reason === '法规未知') {
    const guess = ctx.closestTitle(c.statute ?? '');
    if (guess && guess.score >= 0.75) {
      push({ severity: 'warning', rule: 'title-typo', message: `法规名称《${c.statute}》不在法规库中，疑为《${guess.title}》之误`, found: c.statute ?? '', expected: guess.title, citation: label });
    } else {
      push({ severity: 'warning', rule: 'unknown-statute', message: `法规库中没有《${c.statute}》，无法核对引文`, found: c.statute ?? '', citation: label });
    }
    return;
  }
  if (first.reason === '无法规文本') {
    const known = ctx.corpus.statute(c.statute!);
    lintCategory(c, known?.title ?? c.statute!, known?.level, label, push);
    push({ severity: 'info', rule: 'text-unavailable', message: `${first.detail}`, citation: label, ...(c.quote ? { found: clip(c.quote) } : {}) });
    // Without the statute's text the quote cannot be checked, unless it is another statute's article.
    const quote = c.quote ? canonical(c.quote) : '';
    if ([...quote].length >= 20) {
      const best = ctx.bestArticleFor(quote);
      if (best && best.score >= 0.9) {
        const a = best.entry.article;
        push({
          severity: 'warning',
          rule: 'quote-wrong-article',
          message: `引文与《${shortTitle(a.statute)}》${a.label}（${a.version}）的文字相符，而非所引《${first.statute}》第${first.article}条，请核对出处`,
          found: clip(c.quote!),
          expected: `《${shortTitle(a.statute)}》${a.label}`,
          citation: label,
        });
      }
    }
    return;
  }
  for (const r of refs) {
    if (r.reason === '条号超出范围' || r.reason === '款号超出范围' || r.reason === '项号超出范围') {
      push({ severity: 'error', rule: 'article-out-of-range', message: `${label}：${r.detail}`, found: label, citation: label });
    }
  }
  const statute = ctx.corpus.statute(c.statute!)!;
  lintCategory(c, statute.title, statute.level, label, push);
  const inForce = ctx.corpus.version(statute.title, asOf)!;
  // A version note naming only older versions than the one in force.
  if (c.versionNote) {
    const years = [...c.versionNote.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
    const newest = Math.max(...years);
    const inForceYear = Number(inForce.version.slice(0, 4));
    if (years.length && newest < inForceYear) {
      push({
        severity: 'warning',
        rule: 'superseded-version',
        message: `版本说明只写到${newest}年，现行文本为${inForce.version}修订（修正）本`,
        found: clip(c.versionNote, 80),
        expected: `${statute.title}（${inForce.version}）`,
        citation: label,
      });
    }
  }
  // A range that in the version in force does not follow its chapters or sections.
  if (c.range) {
    const [from, to] = c.range;
    const a = inForce.articles.get(from);
    const b = inForce.articles.get(to);
    if (a && b) {
      const unit = (x: Article) => `${x.chapter ?? ''}${x.section ?? ''}`;
      const startsUnit = inForce.articles.get(from - 1) === undefined || unit(inForce.articles.get(from - 1)!) !== unit(a);
      const endsUnit = inForce.articles.get(to + 1) === undefined || unit(inForce.articles.get(to + 1)!) !== unit(b);
      if (!(startsUnit && endsUnit)) {
        push({
          severity: 'warning',
          rule: 'superseded-numbering',
          message: `第${from}条至第${to}条在现行《${statute.shortTitle}》（${inForce.version}）中始于“${a.chapter ?? ''}${a.section ? ' ' + a.section : ''}”中间、止于“${b.chapter ?? ''}${b.section ? ' ' + b.section : ''}”中间，不成章节，疑似沿用旧版本条号`,
          found: label,
          citation: label,
        });
      }
    }
  }
  if (!c.quote) return;
  const resolved = refs.filter((r) => r.resolved && r.articleText);
  if (resolved.length === 0) return;
  const statuteText = canonical(resolved.map((r) => citedText(r.articleText!, r.paragraph, r.item)).join(''));
  const wholeText = canonical(resolved.map((r) => r.articleText!.text).join(''));
  const quote = canonical(c.quote);
  if (statuteText.includes(quote) || wholeText.includes(quote)) return;
  const target = wholeText.length > statuteText.length && containment(bigrams(quote), bigrams(statuteText)) < containment(bigrams(quote), bigrams(wholeText)) ? wholeText : statuteText;
  const diff = quoteHunks(target, quote);
  const hunks = diff?.hunks ?? [];
  const similarity = diff ? diff.common / Math.max(1, quote.length) : 0;
  const citedLabel = resolved.map((r) => r.articleText!.label).join('、');
  const quoteGrams = bigrams(quote);
  const citedScore = containment(quoteGrams, bigrams(wholeText));
  const best = ctx.bestArticleFor(quote);
  const verbatimElsewhere = [...quote].length < 20 ? undefined : ctx.articles.find((e) => e.canonical.includes(quote) && !resolved.some((r) => r.articleText === e.article));
  const betterElsewhere = verbatimElsewhere?.article ??
    (best && best.score >= 0.85 && best.score - citedScore >= 0.1 && !resolved.some((r) => r.articleText === best.entry.article)
      ? best.entry.article
      : undefined);
  if (betterElsewhere || similarity < SAME_TEXT_SIMILARITY) {
    const elsewhere = betterElsewhere ?? (best && best.score >= 0.8 && !resolved.some((r) => r.articleText === best.entry.article) ? best.entry.article : undefined);
    const sameStatute = elsewhere?.statute === statute.title;
    push({
      severity: 'error',
      rule: 'quote-wrong-article',
      message: elsewhere
        ? `引文不是《${statute.shortTitle}》${citedLabel}的内容，实为《${shortTitle(elsewhere.statute)}》${elsewhere.label}（${elsewhere.version}）${sameStatute ? '；所引条号可能沿用旧版本' : ''}`
        : `引文不是《${statute.shortTitle}》${citedLabel}（${inForce.version}）的内容，法规库中也找不到对应条文（可能引自旧版本或其他文件）`,
      found: clip(c.quote),
      expected: elsewhere ? `《${shortTitle(elsewhere.statute)}》${elsewhere.label}` : clip(resolved[0]!.articleText!.text),
      citation: label,
    });
    return;
  }
  // Numbers first: a wrong fine range is an error.
  const statuteAmounts = new Set(amountExpressions(wholeText));
  for (const amount of new Set(amountExpressions(quote))) {
    if (statuteAmounts.has(amount) || [...statuteAmounts].some((s) => s.includes(amount) && amount.length >= 4 && /以上.*以下|至/.test(amount))) continue;
    const sameUnit = [...statuteAmounts].filter((s) => amountUnit(s) === amountUnit(amount));
    push({
      severity: 'error',
      rule: 'quote-numbers',
      message: `引文中的“${amount}”与${citedLabel}原文不符${sameUnit.length ? `（原文为“${sameUnit.join('”“')}”）` : ''}`,
      found: amount,
      expected: sameUnit.join('；') || undefined,
      citation: label,
    });
  }
  if (hunks.length > 0) {
    const shown = hunks.slice(0, 4);
    push({
      severity: 'warning',
      rule: 'quote-differs',
      message: `引文与${citedLabel}原文有${hunks.length}处不同：${shown.map((h) => `${h.expected ? `原文“${clip(h.expected, 24)}”` : '原文无'}${h.found ? `，引文作“${clip(h.found, 24)}”` : '，引文缺'}`).join('；')}${hunks.length > shown.length ? '……' : ''}`,
      found: shown.map((h) => h.found || '（缺）').join(' | '),
      expected: shown.map((h) => h.expected || '（无）').join(' | '),
      citation: label,
    });
  }
}

/** 【行政法规】 before a local regulation, and the like. */
function lintCategory(c: ParsedCitation, title: string, level: string | undefined, label: string, push: (f: Omit<LintFinding, 'item' | 'line'>) => void): void {
  if (!c.category || !level) return;
  const tag = c.category.replace(/^政府规章$/, '地方政府规章');
  if (!['法律', '行政法规', '地方性法规', '部门规章', '地方政府规章'].includes(tag) || tag === level) return;
  push({ severity: 'warning', rule: 'wrong-category', message: `《${title}》标为【${c.category}】，其效力层级为${level}`, found: `【${c.category}】`, expected: `【${level}】`, citation: label });
}

function shortTitle(title: string): string {
  return title.replace(/^中华人民共和国/, '');
}

/** Enumerated clauses （一）…（二）… of a quote that repeat one another. */
function duplicateClauses(quote: string): Array<{ a: string; b: string; text: string }> {
  const parts = quote.split(/[（(]([一二三四五六七八九十]+)[）)]/);
  const clauses: Array<{ label: string; text: string }> = [];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    clauses.push({ label: `（${parts[i]}）`, text: canonical(parts[i + 1]!).replace(/[;；。,，:：]+$/u, '') });
  }
  const dups: Array<{ a: string; b: string; text: string }> = [];
  for (let i = 0; i < clauses.length; i++) {
    for (let j = i + 1; j < clauses.length; j++) {
      if (clauses[i]!.text.length >= 4 && clauses[i]!.text === clauses[j]!.text) dups.push({ a: clauses[i]!.label, b: clauses[j]!.label, text: clauses[i]!.text });
    }
  }
  return dups;
}

/** Texts of an item that a person reads, with a name for each. */
function itemTexts(item: CatalogItem): Array<{ field: string; text: string }> {
  return [
    { field: '事项名称', text: item.name },
    ...item.bases.map((b, i) => ({ field: `实施依据${item.bases.length > 1 ? i + 1 : ''}`, text: b.text })),
    ...item.duties.map((d) => ({ field: `责任事项（${d.label}）`, text: d.text })),
    ...(item.dutyBasis ? [{ field: '责任事项依据', text: item.dutyBasis }] : []),
    ...(item.notes ? [{ field: '备注', text: item.notes }] : []),
  ];
}

/** Lints one item. */
export function lintItem(item: CatalogItem, corpus: Corpus, asOf: string, options: { ocr?: boolean } = {}): LintFinding[] {
  const ctx = contextFor(corpus);
  const findings: LintFinding[] = [];
  const push = (f: Omit<LintFinding, 'item' | 'line'>) => findings.push({ item: item.seq, line: item.lines[0], ...f });

  // 实施依据: each citation, and its quote.
  const perBasis = parseCell(item.bases.map((b) => b.text));
  const citations = perBasis.flat().filter((c) => c.statuteFrom !== 'self');
  for (const c of citations) lintCitation(ctx, c, asOf, push);
  // 责任事项依据: resolution and version only (it lists articles without quotes).
  if (item.dutyBasis) {
    for (const c of parseCitations(item.dutyBasis).filter((x) => x.statuteFrom !== 'self')) {
      const { quote: _quote, ...withoutQuote } = c;
      void _quote;
      lintCitation(ctx, withoutQuote, asOf, push);
    }
  }

  const substantive = item.bases.filter((b) => b.text.replace(new RegExp(GARBAGE.source, 'gu'), '').trim().length > 0);
  const documentTitles = item.bases.some((b) => /《[^》]+》/.test(b.text));
  if (item.bases.length === 0 || substantive.length === 0) {
    push({
      severity: 'error',
      rule: 'missing-quote',
      message: item.bases.length === 0 ? '事项没有实施依据' : '实施依据只有杂散符号，没有条文',
      ...(item.bases[0] ? { found: clip(item.bases.map((b) => b.text).join(' ')) } : {}),
    });
  } else if (citations.length === 0) {
    push(
      options.ocr
        ? { severity: 'error', rule: 'missing-quote', message: '实施依据经 OCR 识别后无法辨认出任何法规条文，需核对原件', found: clip(item.bases.map((b) => b.text).join(' ')) }
        : documentTitles
          ? { severity: 'info', rule: 'missing-quote', message: '实施依据只列文件名称，未列条号', found: clip(item.bases.map((b) => b.text).join(' ')) }
          : { severity: 'error', rule: 'missing-quote', message: '实施依据中没有可识别的法规条文', found: clip(item.bases.map((b) => b.text).join(' ')) },
    );
  } else {
    for (const c of citations) {
      if (!c.quote && !c.byReference && perBasis.flat().length === 1) {
        push({ severity: 'info', rule: 'missing-quote', message: `${citationLabel(c)}只列条号，未引条文内容`, citation: citationLabel(c) });
      }
    }
  }

  for (const c of citations) {
    if (!c.quote) continue;
    const opening = (c.quote.match(/“/g) ?? []).length;
    const closing = (c.quote.match(/”/g) ?? []).length;
    if (opening !== closing) {
      push({ severity: 'info', rule: 'citation-format', message: `${citationLabel(c)}引文中引号不成对（“${opening}个、”${closing}个）`, citation: citationLabel(c) });
    }
    for (const d of duplicateClauses(c.quote)) {
      push({ severity: 'warning', rule: 'duplicate-clause', message: `${citationLabel(c)}引文中${d.a}与${d.b}重复`, found: clip(d.text, 40), citation: citationLabel(c) });
    }
  }

  for (const { field, text } of itemTexts(item)) {
    const g = new RegExp(GARBAGE.source, 'gu');
    const bad = [...text.matchAll(g)];
    if (bad.length) {
      const chars = [...new Set(bad.map((m) => m[0]))];
      push({ severity: 'error', rule: 'garbage', message: `${field}中有杂散字符 ${chars.map((ch) => `“${ch}”(U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join('、')}`, found: clip(text, 40) });
    }
    const canon = canonical(text);
    const listRepeats = [...new Map([...canon.matchAll(REPEATED_LIST_ELEMENT)].map((m) => [m[0], m[1]!])).entries()];
    const doubles = [...canon.matchAll(DOUBLED)].filter((m) => !ctx.allowedDoubles.has(doubleKey(canon, m.index!, m[0])));
    const distinct = [...new Map(doubles.map((m) => [m[0], m[1]!])).entries()];
    if (distinct.length + listRepeats.length > 2) {
      // Many repeats in one text are not slips of the pen but unreadable (OCR) text.
      const shown = [...listRepeats, ...distinct].map(([d]) => `“${d}”`);
      push({ severity: 'warning', rule: 'garbage', message: `${field}疑为识别乱码：${shown.length}处重复片段（${shown.slice(0, 3).join('、')}${shown.length > 3 ? '……' : ''}）`, found: clip(text, 40) });
      continue;
    }
    for (const [found, once] of listRepeats) push({ severity: 'warning', rule: 'duplicate-clause', message: `${field}中“${once}”在列举中重复出现`, found, expected: once });
    for (const [found, once] of distinct) push({ severity: 'warning', rule: 'doubled-word', message: `${field}中“${once}”重复出现`, found, expected: once });
  }
  return findings;
}

/** Lints a whole catalog: every item, and the numbering and completeness of the list. */
export function lintCatalog(catalog: Catalog, corpus: Corpus): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const gap of catalog.gaps) {
    findings.push({ item: gap.seq, severity: 'warning', rule: 'numbering-gap', message: `缺少第${gap.seq}项：${gap.reason}` });
  }
  const seen = new Map<number, number>();
  for (const item of catalog.items) {
    if (seen.has(item.seq)) findings.push({ item: item.seq, severity: 'warning', rule: 'numbering-gap', message: `序号${item.seq}重复（第${seen.get(item.seq)}行与第${item.lines[0]}行）`, line: item.lines[0] });
    seen.set(item.seq, item.lines[0]);
  }
  const gapSeqs = new Set(catalog.gaps.map((g) => g.seq));
  const seqs = [...seen.keys()].sort((a, b) => a - b);
  // A list that starts at 1177 (an excerpt of a larger list) lacks nothing before its first number.
  const from = catalog.notes.some((n) => n.code === 'seq-continues') ? (seqs[0] ?? 1) : 1;
  for (let n = from; n <= (seqs[seqs.length - 1] ?? 0); n++) {
    if (!seen.has(n) && !gapSeqs.has(n)) findings.push({ item: n, severity: 'warning', rule: 'numbering-gap', message: `缺少第${n}项` });
  }
  for (const note of catalog.notes) {
    if (note.code === 'truncated' || note.code === 'file-truncated' || note.code === 'row-cut') {
      findings.push({ item: catalog.items[catalog.items.length - 1]?.seq ?? 0, severity: 'warning', rule: 'source-truncated', message: note.message, ...(note.line ? { line: note.line } : {}) });
    }
    if (note.code === 'row-cut-dropped' || note.code === 'utf8-truncated') {
      findings.push({ item: 0, severity: 'error', rule: 'source-truncated', message: note.message, ...(note.line ? { line: note.line } : {}) });
    }
    if (note.code === 'spam-line' || note.code === 'mojibake-line' || note.code === 'page-chrome') {
      findings.push({ item: 0, severity: 'info', rule: 'garbage', message: note.message, ...(note.line ? { line: note.line } : {}) });
    }
  }
  for (const item of catalog.items) {
    if (nameNeedsVerification(item)) {
      findings.push({
        item: item.seq,
        severity: 'warning',
        rule: 'name-to-verify',
        message: `第${item.seq}项名称“${item.name}”由 OCR 乱序文字恢复，置信度 ${item.nameRecovery!.confidence.toFixed(2)} 低于 ${NAME_CONFIDENCE_THRESHOLD}：待核实（原文“${item.nameRecovery!.raw}”）`,
        found: item.nameRecovery!.raw,
        expected: item.name,
        line: item.lines[0],
      });
    }
  }
  const ocr = catalog.source.shape === 'ocr-pdf';
  for (const item of catalog.items) findings.push(...lintItem(item, corpus, catalog.asOf, { ocr }));
  return findings;
}
