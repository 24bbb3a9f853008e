// The statute corpus: the texts in data/law parsed into 章/节/条/款/项, keyed by
// statute and version date. Adding a statute or a new version is adding a Markdown
// file and a line of MANIFEST.tsv; statutes the seeds cite without text are listed in
// MISSING.tsv and registered as "text unavailable". Short titles and aliases come from
// the titles themselves (中华人民共和国… → …) and from ALIASES.tsv.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseNumeral, chineseNumeral } from './numerals.js';

/** 项: an enumerated clause （一）… of a paragraph. */
export interface ArticleItem {
  number: number;
  text: string;
}

/** 款: a paragraph of an article, with its enumerated 项. */
export interface Paragraph {
  number: number;
  /** The paragraph's own text (the lead sentence when it has items). */
  text: string;
  items: ArticleItem[];
}

/** 条: one article of one version of a statute. */
export interface Article {
  /** Full title of the statute. */
  statute: string;
  /** Version date (YYYY-MM-DD) of the text this article comes from. */
  version: string;
  number: number;
  /** 第八十四条 */
  label: string;
  chapter?: string;
  section?: string;
  /** The whole article: paragraphs and items joined by newlines, without the label. */
  text: string;
  paragraphs: Paragraph[];
  /** Line of the article's label in the source file (1-based). */
  line: number;
}

export interface StatuteVersion {
  statute: string;
  /** Date of the version (公布/修正/修订), YYYY-MM-DD. */
  version: string;
  /** Date it takes effect (施行), YYYY-MM-DD; the version date when the text does not say. */
  effective: string;
  file: string;
  source: { repo: string; path: string; commit: string; note: string };
  articles: Map<number, Article>;
  /** The highest article number. */
  maxArticle: number;
}

/** 法的效力层级 (rank of a legal norm). */
export type StatuteLevel = '法律' | '行政法规' | '地方性法规' | '部门规章' | '地方政府规章';

export interface Statute {
  /** Full title, e.g. 中华人民共和国社会保险法. */
  title: string;
  /** Its rank, from how it was made (主席令, 国务院令, 部令/局令, or a local title); undefined when unknown. */
  level?: StatuteLevel;
  /** Short title, e.g. 社会保险法. */
  shortTitle: string;
  aliases: string[];
  /** Versions oldest first; empty when the text is unavailable. */
  versions: StatuteVersion[];
  /**
   * The day the statute first took effect, from its own commencement article (本法自2011年
   * 7月1日起施行) — earlier than its oldest text in the corpus when that text is an
   * amended version. Undefined when no text says it.
   */
  inForceFrom?: string;
  available: boolean;
  /** For unavailable statutes: the version the seeds want and why the text is missing. */
  missing?: { wantedVersion: string; note: string };
}

export interface Corpus {
  statutes: Statute[];
  /** Finds a statute by full title, short title or alias (《》 and spaces ignored). */
  statute(titleOrAlias: string): Statute | undefined;
  /** The version in force on a date (the latest one effective on or before it; the earliest if none). */
  version(titleOrAlias: string, onDate?: string): StatuteVersion | undefined;
  article(titleOrAlias: string, article: number, onDate?: string): Article | undefined;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** data/law of this project, found from src/law or dist/law. */
export const DEFAULT_LAW_DIR = join(HERE, '..', '..', 'data', 'law');

const ARTICLE_LINE = /^第([零〇一二两三四五六七八九十百千\d]+)条(?:\s+|　|$)(.*)$/;
const ITEM_LINE = /^[（(]([零〇一二三四五六七八九十百]+)[）)]\s*(.*)$/;
const DATE_CN = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
/**
 * The date a text says it takes effect: 自2023年5月1日起施行 (some rules write 实施 for
 * 施行). A header line also names the meeting that adopted it (已经2023年2月14日…局务会议
 * 审议通过，…自2023年5月1日起施行), so the date must be the one followed by 施行/实施.
 */
const TAKES_EFFECT = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*起?\s*(?:施行|实施)/;

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Normalises a title for lookup: no 《》, quotes, brackets' width or whitespace. */
export function normaliseTitle(title: string): string {
  return title
    .replace(/[《》〈〉<>“”"'\s]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .trim();
}

/** The short title of a statute: its full title without 中华人民共和国. */
export function shortTitleOf(title: string): string {
  return title.replace(/^中华人民共和国/, '');
}

/** Parses one statute Markdown file into articles. */
export function parseStatuteText(statute: string, version: string, text: string): { articles: Map<number, Article>; effective?: string } {
  const lines = text.split(/\r?\n/);
  const articles = new Map<number, Article>();
  let chapter: string | undefined;
  let section: string | undefined;
  let current: Article | undefined;
  let effective: string | undefined;
  let inBody = false;

  const finish = () => {
    if (!current) return;
    current.text = current.paragraphs
      .map((p) => [p.text, ...p.items.map((i) => `（${chineseNumeral(i.number)}）${i.text}`)].filter(Boolean).join('\n'))
      .join('\n');
    articles.set(current.number, current);
    current = undefined;
  };

  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith('#')) {
      const heading = line.replace(/^#+\s*/, '');
      if (/^第.+章/.test(heading)) {
        finish();
        chapter = heading;
        section = undefined;
        inBody = true;
      } else if (/^第.+节/.test(heading)) {
        finish();
        section = heading;
        inBody = true;
      }
      return;
    }
    const articleMatch = ARTICLE_LINE.exec(line);
    if (articleMatch) {
      const number = parseNumeral(articleMatch[1]!);
      if (number !== undefined) {
        finish();
        inBody = true;
        current = {
          statute,
          version,
          number,
          label: `第${articleMatch[1]}条`,
          chapter,
          section,
          text: '',
          paragraphs: [],
          line: index + 1,
        };
        const rest = (articleMatch[2] ?? '').trim();
        if (rest) current.paragraphs.push({ number: 1, text: rest, items: [] });
        return;
      }
    }
    if (!inBody) {
      // Header lines before the first chapter or article: find the date it takes effect.
      if (/施行|实施/.test(line)) {
        const d = TAKES_EFFECT.exec(line) ?? (/施行/.test(line) ? DATE_CN.exec(line) : null);
        if (d) effective = isoDate(d[1]!, d[2]!, d[3]!);
      }
      return;
    }
    if (!current) return;
    const itemMatch = ITEM_LINE.exec(line);
    const lastParagraph = current.paragraphs[current.paragraphs.length - 1];
    if (itemMatch && lastParagraph) {
      const n = parseNumeral(itemMatch[1]!);
      if (n !== undefined) {
        lastParagraph.items.push({ number: n, text: itemMatch[2]!.trim() });
        return;
      }
    }
    current.paragraphs.push({ number: current.paragraphs.length + 1, text: line, items: [] });
  });
  finish();
  return { articles, effective };
}

function readTsv(path: string): Record<string, string>[] {
  if (!existsSync(path)) return [];
  const [header, ...rows] = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!header) return [];
  const cols = header.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** Effective date stated in the text (第X条 本法自…起施行, or …起实施), else in the header. */
function effectiveFromArticles(articles: Map<number, Article>): string | undefined {
  const last = [...articles.values()].sort((a, b) => b.number - a.number).slice(0, 3);
  for (const article of last) {
    const m = /自(\d{4})年(\d{1,2})月(\d{1,2})日起(?:施行|实施)/.exec(article.text);
    if (m) return isoDate(m[1]!, m[2]!, m[3]!);
  }
  return undefined;
}

/**
 * The date a version takes effect. The text states when the statute first took effect
 * (本法自2011年7月1日起施行); an amended version (修正/修订) takes effect no earlier than
 * its own date, so the later of the two.
 */
function effectiveDate(version: string, stated: string | undefined): string {
  return stated && stated > version ? stated : version;
}

/**
 * The rank of a statute from its title and the record of how it was issued: a law is
 * promulgated by 主席令, an administrative regulation by 国务院令, a departmental rule by
 * a ministry's or bureau's 令; a regulation named after a province or region is local.
 */
export function statuteLevel(title: string, issued: string): StatuteLevel | undefined {
  const local = /^[^《]{2,8}?(省|自治区|市)/.test(title) && !/^中华人民共和国/.test(title);
  if (local) return /政府令/.test(issued) || /办法|规定$/.test(title) ? '地方政府规章' : '地方性法规';
  if (/主席令|人民代表大会/.test(issued) || /^中华人民共和国.+法$/.test(title)) return '法律';
  if (/国务院令|国务院第\d+次常务会议/.test(issued)) return '行政法规';
  if (/(局|部)令/.test(issued)) return '部门规章';
  return undefined;
}

/** Loads the corpus from a folder laid out like data/law. */
export function loadCorpusFrom(dir: string): Corpus {
  const byTitle = new Map<string, Statute>();
  const manifest = readTsv(join(dir, 'MANIFEST.tsv'));
  const listed = new Set(manifest.map((r) => r.file));
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    if (!listed.has(file)) throw new Error(`法规文件 ${file} 未登记在 MANIFEST.tsv（statute file not in manifest）`);
  }
  for (const row of manifest) {
    const file = row.file!;
    const title = row.full_title!;
    const version = row.version_date!;
    const text = readFileSync(join(dir, file), 'utf8');
    const { articles, effective } = parseStatuteText(title, version, text);
    const maxArticle = Math.max(0, ...articles.keys());
    const stated = effectiveFromArticles(articles) ?? effective;
    const statuteVersion: StatuteVersion = {
      statute: title,
      version,
      effective: effectiveDate(version, stated),
      file,
      source: { repo: row.source_repo ?? '', path: row.source_path ?? '', commit: row.source_commit ?? '', note: row.note ?? '' },
      articles,
      maxArticle,
    };
    let statute = byTitle.get(title);
    if (!statute) {
      statute = { title, level: statuteLevel(title, `${row.note ?? ''} ${text.slice(0, 400)}`), shortTitle: shortTitleOf(title), aliases: [], versions: [], available: true };
      byTitle.set(title, statute);
    }
    statute.versions.push(statuteVersion);
    if (stated && (!statute.inForceFrom || stated < statute.inForceFrom)) statute.inForceFrom = stated;
  }
  for (const statute of byTitle.values()) statute.versions.sort((a, b) => a.version.localeCompare(b.version));

  for (const row of readTsv(join(dir, 'MISSING.tsv'))) {
    const title = row.title!;
    if (byTitle.has(title)) continue; // an older version is missing but the statute has text
    byTitle.set(title, {
      title,
      level: statuteLevel(title, `${row.wanted_version ?? ''} ${row.note ?? ''}`),
      shortTitle: shortTitleOf(title),
      aliases: [],
      versions: [],
      available: false,
      missing: { wantedVersion: row.wanted_version ?? '', note: row.note ?? '' },
    });
  }

  for (const row of readTsv(join(dir, 'ALIASES.tsv'))) {
    const statute = byTitle.get(row.full_title!);
    if (!statute) throw new Error(`ALIASES.tsv: 未知法规 ${row.full_title}（unknown statute）`);
    statute.aliases.push(row.alias!);
  }

  const index = new Map<string, Statute>();
  for (const statute of byTitle.values()) {
    for (const name of [statute.title, statute.shortTitle, ...statute.aliases]) {
      index.set(normaliseTitle(name), statute);
      // 《实施〈中华人民共和国社会保险法〉若干规定》 is also written without the inner prefix.
      index.set(normaliseTitle(name.replace(/中华人民共和国/g, '')), statute);
    }
  }
  const statutes = [...byTitle.values()];

  const statuteOf = (name: string) => index.get(normaliseTitle(name)) ?? index.get(normaliseTitle(name.replace(/中华人民共和国/g, '')));
  const versionOf = (name: string, onDate?: string) => {
    const statute = statuteOf(name);
    if (!statute || statute.versions.length === 0) return undefined;
    if (!onDate) return statute.versions[statute.versions.length - 1];
    const inForce = statute.versions.filter((v) => v.effective <= onDate);
    return inForce[inForce.length - 1] ?? statute.versions[0];
  };
  return {
    statutes,
    statute: statuteOf,
    version: versionOf,
    article: (name, article, onDate) => versionOf(name, onDate)?.articles.get(article),
  };
}

let cached: Corpus | undefined;

/** The project's corpus (data/law), loaded once. */
export function loadCorpus(dir?: string): Corpus {
  if (dir) return loadCorpusFrom(dir);
  cached ??= loadCorpusFrom(DEFAULT_LAW_DIR);
  return cached;
}
