// Coverage tables (覆盖表): for each article of a procedure rule — and each 款 or 项 where
// they impose different duties — what the system must do, what kind of thing implements it
// (a step, a guard, a deadline, a document, a data field, a role, a record), or why nothing
// does; and, once built, the files that implement it and the tests that prove it.
//
// One JSON file per statute version in data/coverage, named after the statute's file in
// data/law (医疗保障行政处罚程序暂行规定-2021.json for 医疗保障行政处罚程序暂行规定-2021.md).
// Loading is strict: a file that is not JSON or does not fit the schema stops with its
// path, line and column. `checkCoverage` then holds the table against the statute text:
// every article accounted for, every number quoted word for word and read back out of the
// quote, every cited file and test present.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { loadCorpus, type Article, type Corpus, type StatuteVersion } from './corpus.js';
import { chineseNumeral, parseNumeral } from './numerals.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The project root, found from src/law or dist/law. */
export const PROJECT_ROOT = join(HERE, '..', '..');
/** data/coverage of this project. */
export const DEFAULT_COVERAGE_DIR = join(PROJECT_ROOT, 'data', 'coverage');

/**
 * What implements a duty:
 * - step: a step of a procedure (an action an officer takes);
 * - guard: a check that refuses a step;
 * - deadline: a time limit computed and tracked;
 * - document: a 文书 generated or required;
 * - field: a data field to capture (or a closed list of values);
 * - role: who may act or approve (a role, a level of approval);
 * - record: something that must be written into the 全过程记录 (who approved, when);
 * - not-applicable: nothing to implement (a human duty, an organisational rule);
 * - definition: a definition or scope clause, realised through other entries.
 */
export const COVERAGE_KINDS = ['step', 'guard', 'deadline', 'document', 'field', 'role', 'record', 'not-applicable', 'definition'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];
/** Kinds that mean "nothing is built for this entry". */
const NOTHING_TO_BUILD: ReadonlySet<CoverageKind> = new Set(['not-applicable', 'definition']);

/** Units of the numbers a text sets. Money is in fen (分), as everywhere in yibao. */
export const NUMBER_UNITS = ['工作日', '日', '小时', '月', '年', '分', '百分比', '人'] as const;
export type NumberUnit = (typeof NUMBER_UNITS)[number];

const Quote = z.string().trim().min(2, '引文太短，须能在条文中唯一定位');

/**
 * A period, amount, rate or head count the text sets, with its exact words: a value and a
 * unit, or a date that recurs every year (monthDay).
 */
export const StatutoryNumberSchema = z
  .strictObject({
    value: z.number().int().positive().optional(),
    unit: z.enum(NUMBER_UNITS).optional(),
    /** A date that recurs every year, MM-DD (每年4月30日前). */
    monthDay: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '应为 MM-DD').optional(),
    /** The statute's exact words carrying the number (十五个工作日内, 二百元以下). */
    quote: Quote,
  })
  .superRefine((n, ctx) => {
    const dated = n.monthDay !== undefined;
    if (dated && (n.value !== undefined || n.unit !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['monthDay'], message: 'monthDay 不能与 value/unit 同时出现' });
    } else if (!dated && (n.value === undefined || n.unit === undefined)) {
      ctx.addIssue({ code: 'custom', path: [n.value === undefined ? 'value' : 'unit'], message: '须有 value 和 unit（或每年日期 monthDay）' });
    }
  });
export type StatutoryNumber = z.infer<typeof StatutoryNumberSchema>;

/**
 * A reference to the code or data that implements an entry: a path from the project root,
 * optionally `path::text` where the text must occur in the file (a step id, a function name).
 */
const FileReference = z
  .string()
  .trim()
  .min(1)
  .refine((ref) => isInsideProject(ref.split('::')[0]!), '须为项目内的相对路径（不得以 / 开头或含 ..）');

/** A test: `path/to/file.test.ts`, or `path/to/file.test.ts::test name` (the name must occur in the file). */
const TestReference = FileReference.refine(
  (ref) => /\.test\.tsx?$/.test(ref.split('::')[0]!),
  '测试须为 *.test.ts 文件，或“文件::测试名”',
).refine((ref) => !ref.includes('::') || ref.split('::').slice(1).join('::').trim() !== '', '“::”后须有测试名');

export const CoverageEntrySchema = z
  .strictObject({
    article: z.number().int().positive(),
    /** 款 (1-based); required when an item is named. */
    paragraph: z.number().int().positive().optional(),
    /** 项 (1-based) of the paragraph. */
    item: z.number().int().positive().optional(),
    /** What the system must do or check, or what it means for the system (Chinese). */
    requirement: z.string().trim().min(4),
    kind: z.array(z.enum(COVERAGE_KINDS)).min(1),
    /** Why nothing is implemented (required for not-applicable and definition). */
    reason: z.string().trim().min(4).optional(),
    numbers: z.array(StatutoryNumberSchema),
    /** Remarks for the implementer: doubts about the text, links to other rules. */
    note: z.string().trim().min(1).optional(),
    implementedBy: z.array(FileReference),
    tests: z.array(TestReference),
  })
  .superRefine((entry, ctx) => {
    if (entry.item !== undefined && entry.paragraph === undefined) {
      ctx.addIssue({ code: 'custom', path: ['paragraph'], message: '指明了项（item）就须指明款（paragraph）' });
    }
    if (new Set(entry.kind).size !== entry.kind.length) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'kind 中有重复' });
    }
    const nothing = entry.kind.filter((k) => NOTHING_TO_BUILD.has(k));
    if (nothing.length > 0 && !entry.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `kind 为 ${nothing.join('、')} 的条目须写明理由（reason）` });
    }
    if (entry.kind.includes('not-applicable') && entry.kind.some((k) => !NOTHING_TO_BUILD.has(k))) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'not-applicable 不能与需要实现的种类（step、guard 等）并列' });
    }
    if (entry.kind.includes('not-applicable') && entry.implementedBy.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['implementedBy'], message: 'not-applicable 的条目不应有实现' });
    }
  });
export type CoverageEntry = z.infer<typeof CoverageEntrySchema>;

export const CoverageFileSchema = z.strictObject({
  /** Full title of the statute, as in data/law/MANIFEST.tsv. */
  statute: z.string().trim().min(1),
  /** Version date of the text covered, as in MANIFEST.tsv. */
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD'),
  /** What the rule governs in yibao, for the reader of the table. */
  scope: z.string().trim().min(1).optional(),
  entries: z.array(CoverageEntrySchema).min(1),
});
export type CoverageFile = z.infer<typeof CoverageFileSchema>;

/** An entry as loaded: where it is in its file. */
export interface LoadedCoverageEntry extends CoverageEntry {
  index: number;
  line: number;
  column: number;
}

export interface CoverageTable extends Omit<CoverageFile, 'entries'> {
  /** Path of the JSON file. */
  file: string;
  entries: LoadedCoverageEntry[];
}

/** A coverage file that is not JSON or does not fit the schema. */
export class CoverageFileError extends Error {
  readonly code = 'COVERAGE_FILE_INVALID';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'CoverageFileError';
  }
}

/** A statute that is not in the corpus, or has no coverage table. */
export class CoverageNotFoundError extends Error {
  readonly code: 'STATUTE_UNKNOWN' | 'COVERAGE_NOT_FOUND';
  constructor(readonly statute: string, known: boolean) {
    super(known ? `《${statute}》还没有覆盖表（data/coverage）` : `语料中没有法规《${statute}》`);
    this.name = 'CoverageNotFoundError';
    this.code = known ? 'COVERAGE_NOT_FOUND' : 'STATUTE_UNKNOWN';
  }
}

function isInsideProject(path: string): boolean {
  if (path === '' || isAbsolute(path) || path.startsWith('/') || path.includes('\\')) return false;
  const normal = normalize(path);
  return !normal.split(sep).includes('..') && !normal.startsWith('..');
}

/** 1-based line and column of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

/** The deepest node of the tree on a zod issue's path (the issue is reported there). */
function nodeOnPath(root: JsonNode, path: ReadonlyArray<PropertyKey>): JsonNode {
  const segments: Array<string | number> = [];
  let node = root;
  for (const key of path) {
    if (typeof key === 'symbol') break;
    segments.push(key);
    const next = findNodeAtLocation(root, segments);
    if (!next) break;
    node = next;
  }
  return node;
}

function describePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
}

/** Parses and validates a coverage file's text; throws CoverageFileError with line and column. */
export function parseCoverageFile(file: string, text: string): CoverageTable {
  const errors: ParseError[] = [];
  const source = text.replace(/^\uFEFF/, '');
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const at = position(source, first?.offset ?? 0);
    throw new CoverageFileError(file, at.line, at.column, `不是有效的 JSON（${first ? printParseErrorCode(first.error) : 'empty'}）`);
  }
  const value = JSON.parse(source) as unknown;
  const parsed = CoverageFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const node = nodeOnPath(root, issue.path);
    const at = position(source, node.offset);
    const where = issue.path.length ? `${describePath(issue.path)}：` : '';
    throw new CoverageFileError(file, at.line, at.column, `${where}${issue.message}`);
  }
  const entries = parsed.data.entries.map((entry, index) => {
    const node = findNodeAtLocation(root, ['entries', index])!;
    return { ...entry, index, ...position(source, node.offset) };
  });
  return { ...parsed.data, file, entries };
}

/** Reads one coverage file (strict). */
export function loadCoverageFile(path: string): CoverageTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CoverageFileError(path, 1, 1, '无法读取文件');
  }
  return parseCoverageFile(path, text);
}

/** The file stem of a statute version in data/law (医疗保障行政处罚程序暂行规定-2021). */
function stemOf(version: StatuteVersion): string {
  return version.file.replace(/\.md$/, '');
}

/**
 * The coverage table of a statute (full title, short title or alias), for its latest
 * version in the corpus; undefined when the statute has no table.
 */
export function loadCoverage(statute: string, options: { dir?: string; corpus?: Corpus } = {}): CoverageTable | undefined {
  const corpus = options.corpus ?? loadCorpus();
  const version = corpus.version(statute);
  if (!version) return undefined;
  const path = join(options.dir ?? DEFAULT_COVERAGE_DIR, `${stemOf(version)}.json`);
  if (!existsSync(path)) return undefined;
  return loadCoverageFile(path);
}

/** The coverage table of a statute; throws CoverageNotFoundError when the statute or its table is missing. */
export function requireCoverage(statute: string, options: { dir?: string; corpus?: Corpus } = {}): CoverageTable {
  const corpus = options.corpus ?? loadCorpus();
  const table = loadCoverage(statute, { ...options, corpus });
  if (!table) throw new CoverageNotFoundError(statute, corpus.statute(statute) !== undefined);
  return table;
}

/** Every coverage table in a folder. */
export function loadAllCoverage(dir: string = DEFAULT_COVERAGE_DIR): CoverageTable[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => loadCoverageFile(join(dir, name)));
}

// ---------------------------------------------------------------------------
// Numbers in statute text

/** A number the scanner found in a text: its value and unit, or a yearly date. */
export interface ScannedNumber {
  /** Offset in the scanned text and the words matched. */
  offset: number;
  match: string;
  value?: number;
  unit?: NumberUnit;
  monthDay?: string;
}

const NUM = '(\\d+|[零〇一二两三四五六七八九十百千]+)';
const SCAN = new RegExp(
  [
    `(?<fullDate>\\d{4}年\\d{1,2}月\\d{1,2}日)`,
    `(?<monthDay>(\\d{1,2})月(\\d{1,2})日)`,
    `(?<percent>百分之${NUM})`,
    `(?<workdays>${NUM}个?工作日)`,
    `(?<hours>${NUM}个?小时)`,
    `(?<months>${NUM}个月)`,
    `(?<money>${NUM}(万?)元)`,
    `(?<days>${NUM}(?:日|天))`,
    `(?<years>${NUM}年(?!度))`,
    `(?<people>${NUM}(?:人|名))`,
  ].join('|'),
  'g',
);
/** Words with a numeral that are not a period or an amount: 第一日, 第三人, 最后一日. */
const NOT_A_NUMBER = /^(?:最后一日)$/;

/**
 * The periods, amounts, rates and head counts a text sets (十五个工作日, 二百元, 百分之三,
 * 两人, 4月30日), in order. Full dates (2021年7月15日) and ordinals (第一日, 第三人) are not
 * numbers the law sets for a case and are left out.
 */
export function scanNumbers(text: string): ScannedNumber[] {
  const found: ScannedNumber[] = [];
  for (const m of text.matchAll(SCAN)) {
    const g = m.groups!;
    const offset = m.index;
    const match = m[0];
    if (g.fullDate) continue;
    if (text[offset - 1] === '第' || NOT_A_NUMBER.test(text.slice(Math.max(0, offset - 2), offset + match.length))) continue;
    const numeral = (/\d+|[零〇一二两三四五六七八九十百千]+/.exec(g.percent ? match.slice('百分之'.length) : match) ?? [''])[0];
    const n = parseNumeral(numeral);
    if (g.monthDay) {
      const [, mm, dd] = /(\d{1,2})月(\d{1,2})日/.exec(match)!;
      found.push({ offset, match, monthDay: `${mm!.padStart(2, '0')}-${dd!.padStart(2, '0')}` });
      continue;
    }
    if (n === undefined) continue;
    let unit: NumberUnit;
    let value = n;
    if (g.percent) unit = '百分比';
    else if (g.workdays) unit = '工作日';
    else if (g.hours) unit = '小时';
    else if (g.months) unit = '月';
    else if (g.money) {
      unit = '分';
      value = n * (match.includes('万') ? 1_000_000 : 100);
    } else if (g.days) unit = '日';
    else if (g.years) unit = '年';
    else unit = '人';
    found.push({ offset, match, value, unit });
  }
  return found;
}

function sameNumber(a: StatutoryNumber, b: ScannedNumber): boolean {
  if (a.monthDay !== undefined) return a.monthDay === b.monthDay;
  return b.monthDay === undefined && a.value === b.value && a.unit === b.unit;
}

// ---------------------------------------------------------------------------
// Checking a table against the statute and the project

export type CoverageProblemCode =
  | 'statute-unknown'
  | 'version-unknown'
  | 'file-name'
  | 'missing-article'
  | 'unknown-article'
  | 'unknown-paragraph'
  | 'unknown-item'
  | 'quote-not-found'
  | 'number-mismatch'
  | 'number-not-listed'
  | 'missing-file'
  | 'missing-anchor'
  | 'missing-test-file'
  | 'missing-test-name';

export interface CoverageProblem {
  code: CoverageProblemCode;
  /** Chinese, for people. */
  message: string;
  file: string;
  line: number;
  column: number;
  article?: number;
}

/** 第十四条第一款第（二）项 */
export function locationLabel(entry: Pick<CoverageEntry, 'article' | 'paragraph' | 'item'>): string {
  let label = `第${chineseNumeral(entry.article)}条`;
  if (entry.paragraph !== undefined) label += `第${chineseNumeral(entry.paragraph)}款`;
  if (entry.item !== undefined) label += `第（${chineseNumeral(entry.item)}）项`;
  return label;
}

/** The words an entry's quotes must come from: its item, its paragraph (with items), or the article. */
function scopeText(article: Article, entry: CoverageEntry): string | undefined {
  if (entry.paragraph === undefined) return article.text;
  const paragraph = article.paragraphs.find((p) => p.number === entry.paragraph);
  if (!paragraph) return undefined;
  if (entry.item === undefined) {
    return [paragraph.text, ...paragraph.items.map((i) => `（${chineseNumeral(i.number)}）${i.text}`)].filter(Boolean).join('\n');
  }
  return paragraph.items.find((i) => i.number === entry.item)?.text;
}

function allOffsets(text: string, part: string): number[] {
  const offsets: number[] = [];
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) offsets.push(i);
  return offsets;
}

/** Text of a project file, or undefined when there is no such file. */
function projectFile(root: string, path: string): string | undefined {
  const full = join(root, path);
  if (!existsSync(full) || !statSync(full).isFile()) return undefined;
  return readFileSync(full, 'utf8');
}

/**
 * Everything wrong with a table: articles of the statute without an entry, entries naming
 * an article, 款 or 项 that does not exist, numbers whose quote is not in the text or does
 * not carry the number, numbers in the text that no entry lists, implementations and tests
 * that do not exist. An empty list means the table is complete and exact. Entries with
 * nothing implemented yet are not problems: see `coverageGaps`.
 */
export function checkCoverage(table: CoverageTable, options: { corpus?: Corpus; root?: string } = {}): CoverageProblem[] {
  const corpus = options.corpus ?? loadCorpus();
  const root = options.root ?? PROJECT_ROOT;
  const problems: CoverageProblem[] = [];
  const at = (entry: { line: number; column: number } | undefined, code: CoverageProblemCode, message: string, article?: number) =>
    problems.push({ code, message, file: table.file, line: entry?.line ?? 1, column: entry?.column ?? 1, ...(article !== undefined ? { article } : {}) });

  const statute = corpus.statute(table.statute);
  if (!statute || statute.title !== table.statute) {
    at(undefined, 'statute-unknown', `语料中没有法规《${table.statute}》（须用 MANIFEST.tsv 中的全称）`);
    return problems;
  }
  const version = statute.versions.find((v) => v.version === table.version);
  if (!version) {
    at(undefined, 'version-unknown', `《${table.statute}》没有 ${table.version} 版的文本`);
    return problems;
  }
  const expectedName = `${stemOf(version)}.json`;
  if (!table.file.endsWith(expectedName)) {
    at(undefined, 'file-name', `覆盖表文件应命名为 ${expectedName}`);
  }

  const covered = new Set<number>();
  /** Per article, the entries and their numbers that were found in the text and read back. */
  const numbersByArticle = new Map<number, Array<{ entry: LoadedCoverageEntry; numbers: StatutoryNumber[] }>>();
  for (const entry of table.entries) {
    const label = locationLabel(entry);
    const article = version.articles.get(entry.article);
    if (!article) {
      at(entry, 'unknown-article', `${label}：《${table.statute}》没有第${chineseNumeral(entry.article)}条（共${version.maxArticle}条）`, entry.article);
      continue;
    }
    covered.add(entry.article);
    const scope = scopeText(article, entry);
    if (scope === undefined) {
      if (!article.paragraphs.some((p) => p.number === entry.paragraph)) {
        at(entry, 'unknown-paragraph', `${label}：第${chineseNumeral(entry.article)}条没有第${chineseNumeral(entry.paragraph!)}款（共${article.paragraphs.length}款）`, entry.article);
      } else {
        at(entry, 'unknown-item', `${label}：该款没有第（${chineseNumeral(entry.item!)}）项`, entry.article);
      }
      continue;
    }
    const valid: StatutoryNumber[] = [];
    for (const number of entry.numbers) {
      if (!scope.includes(number.quote)) {
        at(entry, 'quote-not-found', `${label}：引文“${number.quote}”不在该${entry.item ? '项' : entry.paragraph ? '款' : '条'}原文中`, entry.article);
        continue;
      }
      if (!scanNumbers(number.quote).some((s) => sameNumber(number, s))) {
        const said = number.monthDay !== undefined ? `每年${number.monthDay}` : `${number.value}${number.unit}`;
        const read = scanNumbers(number.quote).map((s) => s.monthDay ?? `${s.value}${s.unit}`).join('、') || '无数字';
        at(entry, 'number-mismatch', `${label}：引文“${number.quote}”读出的是 ${read}，条目写的是 ${said}`, entry.article);
        continue;
      }
      valid.push(number);
    }
    const list = numbersByArticle.get(entry.article) ?? [];
    list.push({ entry, numbers: valid });
    numbersByArticle.set(entry.article, list);

    for (const ref of entry.implementedBy) {
      const [path, ...rest] = ref.split('::');
      const anchor = rest.join('::').trim();
      const text = projectFile(root, path!.trim());
      if (text === undefined) at(entry, 'missing-file', `${label}：实现文件 ${path} 不存在`, entry.article);
      else if (anchor && !text.includes(anchor)) at(entry, 'missing-anchor', `${label}：${path} 中没有“${anchor}”`, entry.article);
    }
    for (const ref of entry.tests) {
      const [path, ...rest] = ref.split('::');
      const name = rest.join('::').trim();
      const text = projectFile(root, path!.trim());
      if (text === undefined) at(entry, 'missing-test-file', `${label}：测试文件 ${path} 不存在`, entry.article);
      else if (name && !text.includes(name)) at(entry, 'missing-test-name', `${label}：${path} 中没有测试“${name}”`, entry.article);
    }
  }

  for (const article of [...version.articles.values()].sort((a, b) => a.number - b.number)) {
    if (!covered.has(article.number)) {
      at(undefined, 'missing-article', `${article.label}没有条目（每条都须说明由什么实现或为何不适用）`, article.number);
      continue;
    }
    // Every number the article sets must be listed, with a quote that contains it.
    const listed = new Set<number>();
    for (const { numbers } of numbersByArticle.get(article.number) ?? []) {
      for (const number of numbers) {
        for (const start of allOffsets(article.text, number.quote)) {
          for (const s of scanNumbers(number.quote)) if (sameNumber(number, s)) listed.add(start + s.offset);
        }
      }
    }
    for (const s of scanNumbers(article.text)) {
      if (!listed.has(s.offset)) {
        const first = (numbersByArticle.get(article.number) ?? [])[0]?.entry;
        at(first, 'number-not-listed', `${article.label}原文中的“${s.match}”没有列入任何条目的 numbers`, article.number);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Status and gaps

/**
 * implemented: something implements it and a test proves it; untested: implemented, no
 * test cited; not-applicable: nothing to build, with the reason; gap: to be built.
 */
export type CoverageStatus = 'implemented' | 'untested' | 'not-applicable' | 'gap';

export const COVERAGE_STATUS_LABELS: Record<CoverageStatus, string> = {
  implemented: '已实现',
  untested: '已实现、缺测试',
  'not-applicable': '不适用',
  gap: '待实现',
};

export const COVERAGE_KIND_LABELS: Record<CoverageKind, string> = {
  step: '步骤',
  guard: '校验',
  deadline: '期限',
  document: '文书',
  field: '数据字段',
  role: '角色',
  record: '记录',
  'not-applicable': '不适用',
  definition: '定义',
};

export function coverageStatus(entry: CoverageEntry): CoverageStatus {
  if (entry.implementedBy.length > 0) return entry.tests.length > 0 ? 'implemented' : 'untested';
  if (entry.reason && entry.kind.every((k) => NOTHING_TO_BUILD.has(k))) return 'not-applicable';
  return 'gap';
}

export interface CoverageCounts {
  entries: number;
  articles: number;
  implemented: number;
  untested: number;
  notApplicable: number;
  gaps: number;
  byKind: Record<CoverageKind, number>;
}

export function coverageCounts(table: Pick<CoverageTable, 'entries'>): CoverageCounts {
  const byKind = Object.fromEntries(COVERAGE_KINDS.map((k) => [k, 0])) as Record<CoverageKind, number>;
  const counts: CoverageCounts = { entries: 0, articles: 0, implemented: 0, untested: 0, notApplicable: 0, gaps: 0, byKind };
  const articles = new Set<number>();
  for (const entry of table.entries) {
    counts.entries++;
    articles.add(entry.article);
    for (const k of entry.kind) byKind[k]++;
    const status = coverageStatus(entry);
    if (status === 'implemented') counts.implemented++;
    else if (status === 'untested') counts.untested++;
    else if (status === 'not-applicable') counts.notApplicable++;
    else counts.gaps++;
  }
  counts.articles = articles.size;
  return counts;
}

/**
 * The entries of a statute's table that nothing implements yet and that give no reason
 * why nothing should (statute: a full title, short title or alias, or a loaded table).
 */
export function coverageGaps(statute: string | CoverageTable, options: { dir?: string; corpus?: Corpus } = {}): LoadedCoverageEntry[] {
  const table = typeof statute === 'string' ? requireCoverage(statute, options) : statute;
  return table.entries.filter((e) => coverageStatus(e) === 'gap');
}
