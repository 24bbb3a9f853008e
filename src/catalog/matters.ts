// Canonical enforcement matters (规范执法事项): the same power under different names in
// different catalogs links to one matter. Data: data/matters/matters.json.
// Linking uses the item's name (exact, alias, bag-of-characters similarity) and, where the
// item cites articles, the matter's core articles. OCR items of 004 get their proper name
// and kind back from the matter they link to (recoverOcrItems).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nzh from 'nzh';
import { z } from 'zod';
import { PowerKind, type CatalogItem, type ImportNote } from './model.js';
import { readKind } from './import/text.js';

export const CoreArticle = z.object({
  /** Full title of the statute (中华人民共和国社会保险法 …). */
  statute: z.string().min(1),
  article: z.number().int().positive(),
  paragraph: z.number().int().positive().optional(),
  /** A phrase of the article text; a test checks it against data/law where the text is there. */
  keyPhrase: z.string().optional(),
});
export type CoreArticle = z.infer<typeof CoreArticle>;

export const Matter = z.object({
  /** Stable ASCII id: "<kind>.<what>", e.g. penalty.individual-fraud. */
  id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/),
  /** 规范名称. */
  name: z.string().min(1),
  kind: PowerKind,
  /** Usual targets (实施对象), used for catalogs without a 实施对象 column. */
  targets: z.array(z.string()).optional(),
  /** Names the seed catalogs use for this matter (whitespace removed). */
  aliases: z.array(z.string()),
  /** Statute phrases (long: compared by characters) and words (short: looked for in the name). */
  keywords: z.array(z.string()).optional(),
  coreArticles: z.array(CoreArticle),
  description: z.string(),
});
export type Matter = z.infer<typeof Matter>;

const MattersFile = z.object({ version: z.number(), note: z.string().optional(), matters: z.array(Matter) });

export const DEFAULT_MATTERS_PATH = fileURLToPath(new URL('../../data/matters/matters.json', import.meta.url));

let cached: Matter[] | null = null;

/** The canonical matters (validated; ids unique). Reads data/matters/matters.json once. */
export function loadMatters(path: string = DEFAULT_MATTERS_PATH): Matter[] {
  if (path === DEFAULT_MATTERS_PATH && cached) return cached;
  const parsed = MattersFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  const seen = new Set<string>();
  for (const m of parsed.matters) {
    if (seen.has(m.id)) throw new Error(`规范事项 id 重复：${m.id}（DUPLICATE_MATTER_ID）`);
    seen.add(m.id);
  }
  if (path === DEFAULT_MATTERS_PATH) cached = parsed.matters;
  return parsed.matters;
}

// ---------------------------------------------------------------------------------------
// Similarity

/** Name without whitespace and punctuation: what two spellings of a name are compared on. */
export function nameKey(s: string): string {
  return s.replace(/[\s\u3000\p{P}\p{S}]/gu, '');
}

/** Bag-of-characters (multiset) Dice similarity, 0..1: order-blind, as OCR scrambles order. */
export function charSimilarity(a: string, b: string): number {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x.length + y.length === 0) return 0;
  const count = new Map<string, number>();
  for (const ch of x) count.set(ch, (count.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of y) {
    const n = count.get(ch) ?? 0;
    if (n > 0) {
      common++;
      count.set(ch, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/**
 * Characters of the frame every item name shares (对…行为的处罚, 进行…): left out when names are
 * compared for linking, so that "对占道经营行为的处罚" does not look like a fraud penalty.
 * Characters, not words, because OCR scrambles the order.
 */
const FRAME_CHARS = /[对的处罚行为进等之其]/g;

/** Bag-of-characters similarity of two names without their frame characters. */
export function nameSimilarity(a: string, b: string): number {
  return charSimilarity(nameKey(a).replace(FRAME_CHARS, ''), nameKey(b).replace(FRAME_CHARS, ''));
}

// ---------------------------------------------------------------------------------------
// Articles an item cites

export interface CitedArticle {
  /** Statute title as written (without 《》), or null when the text names none. */
  statute: string | null;
  article: number;
}

/** Statute title key: without 中华人民共和国, whitespace and brackets. */
export function statuteKey(title: string): string {
  return title.replace(/[\s《》〈〉<>]/g, '').replace(/^中华人民共和国/, '').replace(/[（(][^）)]*[）)]$/, '');
}

function numberOf(s: string): number | null {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^[零〇一二三四五六七八九十百两]+$/.test(t)) return null;
  const n = Number(nzh.cn.decodeS(t.replace(/两/g, '二').replace(/〇/g, '零')));
  return Number.isInteger(n) && n > 0 ? n : null;
}

const CITE = /《([^》]{2,40})》|第\s*([零〇一二三四五六七八九十百两\d]+(?:\s*[、，,和及]\s*(?:第\s*)?[零〇一二三四五六七八九十百两\d]+)*)\s*条/g;

/** Articles named in basis text: 《X》第八十八条, 第87、88条, 第 39 条 (statute carried forward). */
export function sniffArticles(text: string): CitedArticle[] {
  const out: CitedArticle[] = [];
  let statute: string | null = null;
  let m: RegExpExecArray | null;
  CITE.lastIndex = 0;
  while ((m = CITE.exec(text)) !== null) {
    if (m[1] !== undefined) {
      statute = m[1];
      continue;
    }
    // Ranges such as 第三十条~第五十四条 are procedural references, not this item's articles.
    const after = text.slice(CITE.lastIndex, CITE.lastIndex + 2);
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (/^[~～至-]/.test(after) || /[~～至-]/.test(before)) continue;
    for (const piece of (m[2] ?? '').split(/[、，,和及]/)) {
      const n = numberOf(piece.replace(/^第/, ''));
      if (n !== null && !out.some((o) => o.statute === statute && o.article === n)) out.push({ statute, article: n });
    }
  }
  return out;
}

/** The item's cited articles: its parsed citations when present, else sniffed from its bases. */
export function citedArticles(item: CatalogItem): CitedArticle[] {
  const parsed = item.bases.flatMap((b) => b.citations.map((c) => ({ statute: c.statute as string | null, article: c.article })));
  if (parsed.length > 0) return parsed;
  return item.bases.flatMap((b) => sniffArticles(b.text));
}

const sameStatuteCache = new Map<string, boolean>();

function sameStatute(written: string, full: string): boolean {
  const cacheKey = `${written}\u0000${full}`;
  let hit = sameStatuteCache.get(cacheKey);
  if (hit === undefined) {
    hit = sameStatuteUncached(written, full);
    if (sameStatuteCache.size < 10_000) sameStatuteCache.set(cacheKey, hit);
  }
  return hit;
}

function sameStatuteUncached(written: string, full: string): boolean {
  const a = statuteKey(written);
  const b = statuteKey(full);
  if (a === b || (a.length >= 4 && b.includes(a)) || (b.length >= 4 && a.includes(b))) return true;
  // OCR drops characters from titles (医疗机构医疗保障理暂行办法): near-identical titles match.
  return a.length >= 6 && charSimilarity(a, b) >= 0.85;
}

// ---------------------------------------------------------------------------------------
// Linking

export interface MatterLink {
  matter: { id: string; name: string } | null;
  reason: string;
  confidence: number;
}

export interface ScoredMatter {
  matter: Matter;
  score: number;
  nameScore: number;
  /** The name or alias that matched best. */
  bestName: string;
  nameHow: 'exact' | 'alias' | 'similar';
  articleScore: number;
  matchedArticles: CoreArticle[];
}

function articleLabel(a: CoreArticle): string {
  return `《${a.statute.replace(/^中华人民共和国/, '')}》第${a.article}条${a.paragraph ? `第${a.paragraph}款` : ''}`;
}

/** A character multiset with its size. */
interface Bag {
  counts: Map<string, number>;
  size: number;
}

function bagOf(s: string): Bag {
  const counts = new Map<string, number>();
  let size = 0;
  for (const ch of s) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    size++;
  }
  return { counts, size };
}

function bagDice(a: Bag, b: Bag): number {
  if (a.size + b.size === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [ch, n] of small.counts) common += Math.min(n, large.counts.get(ch) ?? 0);
  return (2 * common) / (a.size + b.size);
}

/**
 * Every name and phrase bag of the matters, with the bags each character occurs in: the
 * Dice score of one bag against all of them in one pass over the characters they share,
 * the same numbers as bagDice against each (an item is scored against every matter).
 */
class BagIndex {
  private readonly sizes: number[] = [];
  private readonly ids = new Map<Bag, number>();
  private readonly postings = new Map<string, Array<[id: number, count: number]>>();

  add(bag: Bag): void {
    if (this.ids.has(bag)) return;
    const id = this.sizes.length;
    this.ids.set(bag, id);
    this.sizes.push(bag.size);
    for (const [ch, n] of bag.counts) {
      const list = this.postings.get(ch);
      if (list) list.push([id, n]);
      else this.postings.set(ch, [[id, n]]);
    }
  }

  idOf(bag: Bag): number | undefined {
    return this.ids.get(bag);
  }

  /** bagDice(query, bag) for every bag added, by its id. */
  dice(query: Bag): Float64Array {
    const common = new Float64Array(this.sizes.length);
    for (const [ch, n] of query.counts) for (const [id, m] of this.postings.get(ch) ?? []) common[id]! += Math.min(n, m);
    const out = new Float64Array(this.sizes.length);
    for (let id = 0; id < out.length; id++) {
      const total = query.size + this.sizes[id]!;
      out[id] = total === 0 ? 0 : (2 * common[id]!) / total;
    }
    return out;
  }
}

const bagIndexes = new WeakMap<Matter[], { size: number; index: BagIndex }>();

/** The BagIndex of a list of matters (built on first use, again if the list grew or shrank). */
function bagIndexOf(matters: Matter[]): BagIndex {
  let entry = bagIndexes.get(matters);
  if (!entry || entry.size !== matters.length) {
    const index = new BagIndex();
    for (const m of matters) {
      const p = prepare(m);
      for (const n of p.names) index.add(n.bag);
      for (const ph of p.phrases) index.add(ph);
    }
    entry = { size: matters.length, index };
    bagIndexes.set(matters, entry);
  }
  return entry.index;
}

/** Frame-stripped bag of a name, as nameSimilarity compares it. */
function nameBag(s: string): Bag {
  return bagOf(nameKey(s).replace(FRAME_CHARS, ''));
}

interface PreparedMatter {
  names: { text: string; key: string; bag: Bag }[];
  phrases: Bag[];
  words: string[];
}

const prepared = new WeakMap<Matter, PreparedMatter>();

function prepare(m: Matter): PreparedMatter {
  let p = prepared.get(m);
  if (!p) {
    const keywords = m.keywords ?? [];
    p = {
      names: [m.name, ...m.aliases].map((text) => ({ text, key: nameKey(text), bag: nameBag(text) })),
      phrases: keywords.filter((k) => nameKey(k).length >= 8).map(nameBag),
      words: keywords.map(nameKey).filter((k) => k.length < 8),
    };
    prepared.set(m, p);
  }
  return p;
}

/** Every matter scored against the item, best first. `name` overrides the item's name (OCR raw text). */
export function rankMatters(item: CatalogItem, matters: Matter[], name: string = item.name): ScoredMatter[] {
  const key = nameKey(name);
  const bag = nameBag(name);
  const cited = citedArticles(item);
  const written = readKind(item.rawKind);
  const kindKnown = !item.kindRecovery && (written.how === 'exact' || written.how === 'variant') && written.kind === item.kind;
  const index = bagIndexOf(matters);
  const dice = index.dice(bag);
  const diceWith = (other: Bag): number => {
    const id = index.idOf(other);
    return id === undefined ? bagDice(bag, other) : dice[id]!;
  };
  return matters
    .map((matter) => {
      const p = prepare(matter);
      let nameScore = 0;
      let bestName = matter.name;
      let nameHow: ScoredMatter['nameHow'] = 'similar';
      for (const n of p.names) {
        if (n.key === key && key !== '') {
          nameScore = 1;
          bestName = n.text;
          nameHow = n.text === matter.name ? 'exact' : 'alias';
          break;
        }
        const s = diceWith(n.bag);
        if (s > nameScore) {
          nameScore = s;
          bestName = n.text;
        }
      }
      let phraseScore = 0;
      for (const ph of p.phrases) phraseScore = Math.max(phraseScore, diceWith(ph));
      const wordScore = p.words.length > 0 ? p.words.filter((w) => key.includes(w)).length / p.words.length : 0;
      const lexical = Math.max(nameScore, 0.9 * phraseScore);

      const matched = matter.coreArticles.filter((a) =>
        cited.some((c) => c.article === a.article && c.statute !== null && sameStatute(c.statute, a.statute)),
      );
      const numberOnly = matter.coreArticles.filter(
        (a) => !matched.includes(a) && cited.some((c) => c.statute === null && c.article === a.article),
      );
      const core = matter.coreArticles.length;
      const articleScore = core === 0 ? 0 : Math.min(1, (matched.length + 0.5 * numberOnly.length) / core);
      const anyHit = matched.length + numberOnly.length > 0;

      let score: number;
      if (cited.length === 0 || core === 0) score = 0.9 * lexical + 0.1 * wordScore;
      else score = 0.6 * lexical + 0.3 * articleScore + 0.1 * wordScore + (anyHit ? 0.05 : 0);
      if (kindKnown) score += item.kind === matter.kind ? 0.05 : -0.15;
      if (nameHow !== 'similar') score = Math.max(score, 0.95);
      return { matter, score: Math.max(0, Math.min(1, score)), nameScore, bestName, nameHow, articleScore, matchedArticles: [...matched, ...numberOnly] };
    })
    .sort((a, b) => b.score - a.score);
}

/** Below this score an item is not linked. */
export const LINK_THRESHOLD = 0.42;

function describe(best: ScoredMatter): string {
  const parts: string[] = [];
  if (best.nameHow === 'exact') parts.push('名称与规范名称一致');
  else if (best.nameHow === 'alias') parts.push(`名称与别名“${best.bestName}”一致`);
  else parts.push(`名称字符相似度 ${best.nameScore.toFixed(2)}（最近：“${best.bestName}”）`);
  if (best.matchedArticles.length > 0) parts.push(`引用核心条款 ${best.matchedArticles.map(articleLabel).join('、')}`);
  return parts.join('；');
}

/** Link one item to its canonical matter, or say why it cannot. */
export function linkMatter(item: CatalogItem, matters: Matter[]): MatterLink {
  if (matters.length === 0) return { matter: null, reason: '没有规范事项可供匹配', confidence: 0 };
  const ranked = rankMatters(item, matters);
  const best = ranked[0] as ScoredMatter;
  const second = ranked[1];
  if (best.score < LINK_THRESHOLD) {
    return {
      matter: null,
      reason: `无法关联规范事项：最接近的“${best.matter.name}”得分 ${best.score.toFixed(2)}，低于阈值 ${LINK_THRESHOLD}`,
      confidence: 0,
    };
  }
  let reason = describe(best);
  if (second && best.nameHow === 'similar' && best.score - second.score < 0.05) {
    reason += `；与“${second.matter.name}”（${second.score.toFixed(2)}）接近，需人工确认`;
  }
  return { matter: { id: best.matter.id, name: best.matter.name }, reason, confidence: Number(best.score.toFixed(3)) };
}

// ---------------------------------------------------------------------------------------
// OCR recovery (004): proper name and kind from the matter, one matter per item

/**
 * An OCR name may be unreadable; a matter is still taken when the item cites its core articles
 * (half of them at least) or cites one and the score reaches OCR_ARTICLE_THRESHOLD. The
 * confidence then stays low and the reason says so.
 */
export const OCR_ARTICLE_THRESHOLD = 0.3;

function acceptableForOcr(s: ScoredMatter): boolean {
  if (s.score >= LINK_THRESHOLD) return true;
  return s.matchedArticles.length > 0 && (s.score >= OCR_ARTICLE_THRESHOLD || s.articleScore >= 0.5);
}

/** An alias this close to the scrambled name is taken as the item's own wording. */
const ALIAS_AS_NAME = 0.8;

/**
 * For OCR items: link each to a matter (one matter per item in this catalog, best pairs
 * first), then give it its proper name (nameRecovery keeps the raw text) and, when the kind
 * cell is missing or clipped, its kind (kindRecovery). Items that match nothing keep their
 * raw name with confidence 0 and say so.
 */
export function recoverOcrItems(items: CatalogItem[], matters: Matter[]): ImportNote[] {
  const notes: ImportNote[] = [];
  const pairs: { item: CatalogItem; s: ScoredMatter }[] = [];
  const rankings = new Map<CatalogItem, ScoredMatter[]>();
  for (const item of items) {
    const ranked = rankMatters(item, matters);
    rankings.set(item, ranked);
    for (const s of ranked) pairs.push({ item, s });
  }
  pairs.sort((a, b) => b.s.score - a.s.score);
  const chosen = new Map<CatalogItem, ScoredMatter>();
  const used = new Set<string>();
  for (const { item, s } of pairs) {
    if (chosen.has(item) || used.has(s.matter.id) || !acceptableForOcr(s)) continue;
    chosen.set(item, s);
    used.add(s.matter.id);
  }
  for (const item of items) {
    const raw = item.name;
    const s = chosen.get(item);
    if (!s) {
      const top = rankings.get(item)?.[0];
      item.nameRecovery = { raw, confidence: 0, method: 'none' };
      item.matter = null;
      item.matterReason = `无法恢复名称：与任何规范事项都不够接近${top ? `（最接近“${top.matter.name}”，${top.score.toFixed(2)}）` : ''}`;
      notes.push({ severity: 'warning', code: 'ocr-name-unrecovered', message: `第${item.seq}项名称无法恢复，保留 OCR 原文`, line: item.lines[0] });
    } else {
      const aliasIsName = s.nameHow !== 'similar' || s.nameScore >= ALIAS_AS_NAME;
      const name = aliasIsName ? s.bestName : s.matter.name;
      const unchanged = nameKey(name) === nameKey(raw);
      const method = unchanged ? 'whitespace' : aliasIsName ? 'char-bag-alias' : s.matchedArticles.length > 0 ? 'char-bag+articles' : 'char-bag';
      const confidence = unchanged ? 1 : Number(Math.min(0.99, s.score).toFixed(3));
      item.name = name;
      item.nameRecovery = { raw, confidence, method };
      item.matter = { id: s.matter.id, name: s.matter.name };
      const runnerUp = rankings.get(item)?.find((r) => r.matter.id !== s.matter.id);
      const taken = (rankings.get(item)?.[0]?.matter.id ?? s.matter.id) !== s.matter.id;
      item.matterReason =
        describe(s) +
        (taken ? '；得分更高的事项已归本清单另一项，按一项一事项取次优' : '') +
        (runnerUp && !unchanged && s.score - runnerUp.score < 0.05 ? `；与“${runnerUp.matter.name}”接近` : '');
      if (!unchanged) {
        notes.push({
          severity: 'info',
          code: 'ocr-name-recovered',
          message: `第${item.seq}项名称由 OCR 乱序文字恢复为“${name}”（置信度 ${confidence}）`,
          line: item.fieldLines.name?.[0] ?? item.lines[0],
        });
      }
    }
    recoverKind(item, items, s?.matter ?? null, s?.score ?? 0, notes);
  }
  return notes;
}

function recoverKind(item: CatalogItem, items: CatalogItem[], matter: Matter | null, score: number, notes: ImportNote[]): void {
  const raw = item.rawKind;
  const reading = readKind(raw);
  const idx = items.indexOf(item);
  const neighbours = [items[idx - 1], items[idx + 1]].filter((x): x is CatalogItem => x !== undefined);
  if (reading.kind && (reading.how === 'exact' || reading.how === 'variant')) {
    // 行政处罚, or a split/clipped word such as "行 检": read without doubt.
    item.kind = reading.kind;
    if (reading.how === 'variant') item.kindRecovery = { raw, confidence: 0.95, method: 'split-word' };
    if (matter && matter.kind !== reading.kind) {
      notes.push({ severity: 'warning', code: 'kind-differs-from-matter', message: `第${item.seq}项写作${reading.kind}，而所关联的规范事项是${matter.kind}`, line: item.lines[0] });
    }
    return;
  }
  if (reading.kind) {
    const agrees = matter?.kind === reading.kind;
    item.kind = reading.kind;
    item.kindRecovery = { raw, confidence: agrees ? 0.9 : 0.7, method: agrees ? 'fragment+matter' : 'fragment' };
    notes.push({ severity: 'info', code: 'ocr-kind-recovered', message: `第${item.seq}项职权类型原文“${raw}”不完整，读作${item.kind}`, line: item.fieldLines.kind?.[0] ?? item.lines[0] });
    return;
  }
  const neighbourKinds = neighbours.filter((n) => !n.kindRecovery || n.kindRecovery.method !== 'neighbours').map((n) => n.kind);
  if (matter) {
    const agree = neighbourKinds.filter((k) => k === matter.kind).length;
    item.kind = matter.kind;
    const confidence = Math.min(0.95, 0.5 * score + 0.2 + 0.15 * agree);
    item.kindRecovery = { raw, confidence: Number(confidence.toFixed(3)), method: agree > 0 ? 'matter+neighbours' : 'matter' };
  } else if (neighbourKinds.length > 0 && neighbourKinds.every((k) => k === neighbourKinds[0])) {
    item.kind = neighbourKinds[0] as PowerKind;
    item.kindRecovery = { raw, confidence: 0.5, method: 'neighbours' };
  } else {
    item.kindRecovery = { raw, confidence: 0, method: 'none' };
    notes.push({ severity: 'warning', code: 'ocr-kind-unrecovered', message: `第${item.seq}项的职权类型无法恢复（原文“${raw}”）`, line: item.lines[0] });
    return;
  }
  notes.push({
    severity: 'info',
    code: 'ocr-kind-recovered',
    message: `第${item.seq}项职权类型${raw ? `原文“${raw}”不完整` : '缺失'}，推定为${item.kind}（${item.kindRecovery.method}，置信度 ${item.kindRecovery.confidence}）`,
    line: item.fieldLines.kind?.[0] ?? item.lines[0],
  });
}

/**
 * Link (or relink) every item of a catalog in place, e.g. after its citations were parsed.
 * Items keep their recovered names; the link is recomputed from name and citations.
 */
export function linkCatalogItems(items: CatalogItem[], matters: Matter[]): void {
  for (const item of items) {
    const link = linkMatter(item, matters);
    item.matter = link.matter;
    item.matterReason = link.reason;
  }
}
