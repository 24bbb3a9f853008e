// Entry of the catalog importers: bytes of a catalog file → Catalog.
// Encoding (UTF-8 ± BOM, UTF-16 with BOM, GB18030/GBK) and shape are detected; one importer
// per shape reads the items; OCR items are recovered against the canonical matters; every
// item is linked to a matter (or says why not). Defects are ImportNotes; only a file that
// cannot be read as a catalog at all throws CatalogImportError.
import { createHash } from 'node:crypto';
import { shanghaiDateOf } from '../../law/index.js';
import { Catalog, type CatalogItem, type ImportNote, type PowerKind, type SourceShape } from '../model.js';
import { linkMatter, loadMatters, recoverOcrItems, type Matter } from '../matters.js';
import { decodeCatalogBytes } from './encoding.js';
import { CatalogImportError, MAX_CATALOG_BYTES } from './errors.js';
import { importOcrPdf } from './ocr-pdf.js';
import { detectShape, type ShapeResult } from './shape.js';
import { importTablePerItem } from './table-per-item.js';
import { collapse, findDate, inferTargets, readKind, sequenceGaps, splitLines, TARGETS_FROM_MATTER, TARGETS_FROM_NAME, titleFacts } from './text.js';
import { importTsvHtml } from './tsv-html.js';
import { importWordBlocks } from './word-blocks.js';
import type { ColumnMapping, ColumnOverrides } from './columns.js';
import { stripPinyinAnnotations } from './edges.js';
import { readDocx, readHtml, readPdf, readXls, readXlsx, sniffFormat, type FileFormat, type FormatContent } from './formats.js';
import { toSimplified, traditionalShare } from './hanzi.js';
import { importProse } from './prose.js';
import { importGrid, kindFromName, type Grid, type TableResult } from './table.js';
import { textGrid } from './textgrid.js';

export { CatalogImportError, IMPORT_ERROR_CODES, MAX_CATALOG_BYTES, type ImportErrorCode } from './errors.js';
export { decodeCatalogBytes, type DecodedText } from './encoding.js';
export { detectShape } from './shape.js';
export { readKind, type KindReading } from './text.js';
export { COLUMN_FIELDS, FIELD_LABELS, mapColumns, matchHeader, parseColumnMap, type ColumnField, type ColumnMapping, type ColumnOverrides } from './columns.js';
export { sniffFormat, type FileFormat } from './formats.js';

export interface ReadCatalogOptions {
  /** Force a shape instead of detecting it. */
  shape?: SourceShape;
  /** Matters to link against (default: data/matters/matters.json). */
  matters?: Matter[];
  /**
   * asOf for a catalog that states neither a date nor a year (YYYY-MM-DD). Default: the
   * import day in Asia/Shanghai — such a catalog is taken to speak for today.
   */
  undatedAsOf?: string;
  /** The maintainer's column mapping (列名 or #n → field); forces the by-meaning table reader. */
  columns?: ColumnOverrides;
  /**
   * The caller links every item again once its citations are parsed (importCatalogBytes):
   * link here only the items whose kind or 实施对象 must be taken from their matter.
   */
  deferLinks?: boolean;
}

const IMPORTERS: Record<'tsv-html' | 'word-blocks' | 'table-per-item' | 'ocr-pdf', (lines: string[]) => ShapeResult> = {
  'tsv-html': importTsvHtml,
  'word-blocks': importWordBlocks,
  'table-per-item': importTablePerItem,
  'ocr-pdf': importOcrPdf,
};

const NO_TABLE_MESSAGE = '找不到清单表格：没有可识别的表头行（序号、事项名称、职权类型、依据等），也不是按段落书写的事项（对……的处罚/检查）';

/** The kind a title implies for tables without a kind column (随机抽查事项清单 → 行政检查). */
function titleKind(titleTexts: string[]): PowerKind | null {
  const t = toSimplified(titleTexts.join(' '));
  if (/抽查|检查事项|检查计划|行政检查/.test(t)) return '行政检查';
  if (/处罚事项|不予处罚|免予处罚|免罚|轻微违法/.test(t)) return '行政处罚';
  return null;
}

/** Best table of several (sheets, Word or HTML tables): the one that reads the most items. */
function bestTable(grids: Grid[], overrides: ColumnOverrides | undefined, lines: { text: string }[] = []): { result: TableResult; grid: Grid } | null {
  let best: { result: TableResult; grid: Grid } | null = null;
  for (const grid of grids) {
    const kind = titleKind([...(grid.titleLines ?? []), ...lines].map((t) => t.text).concat(grid.rows.slice(0, 3).flatMap((r) => r.cells.map((c) => c.text))));
    const result = importGrid(grid, overrides, { titleKind: kind });
    if (result && result.items.length > 0 && (!best || result.items.length > best.result.items.length)) best = { result, grid };
  }
  return best;
}

/** Text lines → the seed shapes, else any table by meaning, else prose. */
function readTextShapes(lines: string[], options: ReadCatalogOptions): { shape: SourceShape; result: ShapeResult; columns?: ColumnMapping[] } | null {
  const forced = options.columns && Object.keys(options.columns).length > 0;
  const seedShape = options.shape ?? (forced ? null : detectShape(lines));
  if (seedShape && seedShape !== 'table' && seedShape !== 'prose') return { shape: seedShape, result: IMPORTERS[seedShape](lines) };
  if (seedShape === 'prose') {
    const prose = importProse(lines);
    return prose ? { shape: 'prose', result: prose } : null;
  }
  const table = textGrid(lines);
  if (table) {
    const kind = titleKind(lines.slice(0, 8));
    const result = importGrid(table.grid, options.columns, { titleKind: kind });
    if (result && result.items.length > 0) {
      result.notes.unshift({ severity: 'info', code: 'text-table', message: `按${TEXT_TABLE_LABELS[table.how]}读取，列按表头含义对应` });
      return { shape: 'table', result, columns: result.columns };
    }
    if (result) return { shape: 'table', result, columns: result.columns };
  }
  // A tab-separated table whose header is not 序号-first.
  if (!table && forced) {
    const grid: Grid = { rows: lines.map((l, i) => ({ cells: l.split('\t').map((text) => ({ text, line: i + 1 })), line: i + 1 })) };
    const result = importGrid(grid, options.columns);
    if (result) return { shape: 'table', result, columns: result.columns };
  }
  const prose = importProse(lines);
  if (prose) return { shape: 'prose', result: prose };
  return null;
}

const TEXT_TABLE_LABELS = { pipe: '以 | 分隔的表格', delimited: '以制表符、空格分隔或无分隔的表格', paragraph: '每格一段的表格' } as const;

/** Prepare decoded text: pinyin annotations out, 繁体 noted. */
function cleanText(text: string, notes: ImportNote[]): string {
  const { text: stripped, removed } = stripPinyinAnnotations(text);
  if (removed > 0) notes.push({ severity: 'warning', code: 'pinyin-annotations', message: `文中有 ${removed} 处网页转载时插入的拼音注音（如“事项(xiàng)”），已去除后读取` });
  if (traditionalShare(stripped) > 0.05) notes.push({ severity: 'info', code: 'traditional-chinese', message: '清单为繁体字（多为转载网站转换所致）：表头、职权类型按简体对照识别，正文按原文保留' });
  return stripped;
}

function todayInShanghai(): string {
  return shanghaiDateOf(new Date().toISOString());
}

/** Read one text catalog file (any encoding). Throws CatalogImportError when it cannot be read as a catalog. */
export function readCatalog(bytes: Uint8Array, fileName: string, options: ReadCatalogOptions = {}): Catalog {
  const format = sniffFormat(bytes, fileName);
  if (format !== 'text' && format !== 'html') {
    throw new CatalogImportError('NEEDS_ASYNC', fileName, `${FORMAT_LABELS[format]}文件需异步读取（readCatalogAsync）`);
  }
  const decoded = decodeCatalogBytes(bytes, fileName);
  if (format === 'html') throw new CatalogImportError('NEEDS_ASYNC', fileName, '网页文件需异步读取（readCatalogAsync）');
  const notes: ImportNote[] = [...decoded.notes];
  const lines = splitLines(cleanText(decoded.text, notes));
  // A trailing newline does not make a line of its own.
  const lineCount = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  const read = readTextShapes(lines, options);
  if (!read) throw new CatalogImportError('NO_TABLE', fileName, NO_TABLE_MESSAGE);
  return finishCatalog(read, { bytes, fileName, encoding: decoded.encoding, lines: lineCount, format: 'text' }, notes, options);
}

const FORMAT_LABELS: Record<FileFormat, string> = { text: '文本', html: '网页', xlsx: 'Excel（.xlsx）', xls: 'Excel 97-2003（.xls）', docx: 'Word（.docx）', pdf: 'PDF' };

/** Read a catalog file of any format: text, HTML, .xlsx, .xls, .docx, PDF with a text layer. */
export async function readCatalogAsync(bytes: Uint8Array, fileName: string, options: ReadCatalogOptions = {}): Promise<Catalog> {
  const format = sniffFormat(bytes, fileName);
  if (format === 'text') return readCatalog(bytes, fileName, options);
  if (bytes.length > MAX_CATALOG_BYTES) throw new CatalogImportError('TOO_LARGE', fileName, `文件过大（${(bytes.length / 1048576).toFixed(1)} MB），清单文件上限为 ${MAX_CATALOG_BYTES / 1048576} MB`);
  const notes: ImportNote[] = [];
  let content: FormatContent;
  let encoding = 'binary';
  if (format === 'html') {
    const decoded = decodeCatalogBytes(bytes, fileName);
    notes.push(...decoded.notes);
    encoding = decoded.encoding;
    content = await readHtml(cleanText(decoded.text, notes));
  } else if (format === 'xlsx') content = await readXlsx(bytes, fileName);
  else if (format === 'xls') content = await readXls(bytes, fileName);
  else if (format === 'docx') content = await readDocx(bytes, fileName);
  else content = await readPdf(bytes, fileName);
  notes.push(...content.notes);
  if (format !== 'html') {
    const sample = content.grids.flatMap((g) => g.rows.slice(0, 30).flatMap((r) => r.cells.map((c) => c.text))).join('') + content.lines.slice(0, 50).join('');
    if (traditionalShare(sample) > 0.05) notes.push({ severity: 'info', code: 'traditional-chinese', message: '清单为繁体字：表头、职权类型按简体对照识别，正文按原文保留' });
  }
  const best = bestTable(content.grids, options.columns);
  let read: { shape: SourceShape; result: ShapeResult; columns?: ColumnMapping[] } | null = best ? { shape: 'table', result: best.result, columns: best.result.columns } : null;
  if (best && content.grids.length > 1) notes.push({ severity: 'info', code: 'tables', message: `文件中有 ${content.grids.length} 个表格（或工作表），读取事项最多的一个` });
  if (!read) read = readTextShapes(content.lines, { ...options, shape: undefined as unknown as SourceShape });
  if (!read) throw new CatalogImportError('NO_TABLE', fileName, `${FORMAT_LABELS[format]}文件中${NO_TABLE_MESSAGE}`);
  return finishCatalog(read, { bytes, fileName, encoding, lines: content.size, format }, notes, options);
}

interface SourceMeta {
  bytes: Uint8Array;
  fileName: string;
  encoding: string;
  lines: number;
  format: FileFormat;
}

function finishCatalog(read: { shape: SourceShape; result: ShapeResult; columns?: ColumnMapping[] }, meta: SourceMeta, decodedNotes: ImportNote[], options: ReadCatalogOptions): Catalog {
  const { shape, result } = read;
  const fileName = meta.fileName;
  if (result.items.length === 0) {
    const cut = result.notes.find((n) => n.code === 'row-cut-dropped');
    throw new CatalogImportError('NO_ITEMS', fileName, `有表头但没有可读的事项行（形状 ${shape}）${cut ? `：${cut.message}` : ''}`, result.headerLine);
  }
  const notes: ImportNote[] = [...decodedNotes, ...result.notes];
  const matters = options.matters ?? loadMatters();

  if (shape === 'ocr-pdf') notes.push(...recoverOcrItems(result.items, matters));
  for (const item of result.items) {
    if (shape === 'ocr-pdf') continue; // linked and recovered above
    const kindUnreadable = readKind(item.rawKind).kind === null && readKind(toSimplified(item.rawKind)).kind === null && !item.kindRecovery;
    if (options.deferLinks && !kindUnreadable && item.extra['实施对象来源'] === undefined) continue;
    const link = linkMatter(item, matters);
    item.matter = link.matter;
    item.matterReason = link.reason;
    if (kindUnreadable) {
      // The kind cell is empty or unreadable (a cut-off row): take the matter's kind, and say so.
      const matter = link.matter ? matters.find((m) => m.id === link.matter?.id) : undefined;
      if (matter) {
        item.kind = matter.kind;
        item.kindRecovery = { raw: item.rawKind, confidence: Number((0.8 * link.confidence).toFixed(3)), method: 'matter' };
        notes.push({ severity: 'warning', code: 'kind-from-matter', message: `第${item.seq}项的职权类型“${item.rawKind}”无法识别，按所关联的规范事项取${matter.kind}`, line: item.lines[0] });
      } else {
        item.kindRecovery = { raw: item.rawKind, confidence: 0, method: 'none' };
        notes.push({ severity: 'error', code: 'kind-unreadable', message: `第${item.seq}项的职权类型“${item.rawKind}”无法识别，也无法从规范事项推定，暂记为${item.kind}`, line: item.lines[0] });
      }
    }
  }

  // Without a 实施对象 column: the linked matter's usual targets, else what the name says.
  for (const item of result.items) {
    if (item.extra['实施对象来源'] === undefined) continue;
    const matter = item.matter ? matters.find((m) => m.id === item.matter?.id) : undefined;
    if (matter?.targets && matter.targets.length > 0) {
      item.targets = [...matter.targets];
      item.extra['实施对象来源'] = TARGETS_FROM_MATTER;
    } else {
      item.targets = inferTargets(item.name);
      item.extra['实施对象来源'] = item.targets.length > 0 ? TARGETS_FROM_NAME : '清单无实施对象列，名称中也未见对象';
    }
  }

  // Title and jurisdiction.
  const titleTexts = result.titleLines.map((t) => t.text);
  // Web pages put a breadcrumb, dates and buttons above the title: those are not the title.
  const candidates = titleTexts.filter((t) => !/^(您当前的位置|当前位置|首页|首頁|\[ ?索引号|发布|發布|日期|来源|來源|浏览|瀏覽|填报单位|填報單位)/.test(t.replace(/\s/g, '')));
  const title =
    result.title ??
    (shape === 'table' || shape === 'prose'
      ? [...candidates].reverse().find((t) => /清单|目录|清單|目錄/.test(t)) ?? candidates.find((t) => /计划|計劃|事项|事項|指南/.test(t)) ?? candidates[0]
      : [...titleTexts].reverse().find((t) => /清单|目录/.test(t))) ??
    titleTexts[0] ??
    fileName;
  // 繁体 titles (mirror sites) are read in simplified characters; the conversion only when needed.
  const plainFacts = titleFacts([title, ...titleTexts]);
  const facts = plainFacts.jurisdiction ? plainFacts : titleFacts([title, ...titleTexts].map((t) => toSimplified(t)));
  if (!facts.jurisdiction) {
    notes.push({ severity: 'warning', code: 'jurisdiction-unknown', message: '标题中找不到“…医疗保障局”或地名，无法确定制定机关' });
  }
  // asOf: the notice date, else the end of the title's year, else the import day.
  const noticeDate = result.noticeDate ?? findDate(titleTexts.join('\n')) ?? undefined;
  let asOf: string;
  let year = facts.year;
  if (noticeDate) {
    asOf = noticeDate;
    year ??= Number(noticeDate.slice(0, 4));
    notes.push({ severity: 'info', code: 'asof-notice-date', message: `适用日期取印发通知的日期 ${noticeDate}${result.documentNumber ? `（${result.documentNumber}）` : ''}` });
  } else if (year !== undefined) {
    asOf = `${year}-12-31`;
    notes.push({ severity: 'info', code: 'asof-year-end', message: `清单只写了年份 ${year}，适用日期取该年最后一天 ${asOf}` });
  } else {
    asOf = options.undatedAsOf ?? todayInShanghai();
    notes.push({ severity: 'warning', code: 'asof-undated', message: `清单没有年份或日期，适用日期取导入当日 ${asOf}（可用 undatedAsOf 指定）` });
  }

  const gaps = result.gaps ?? sequenceGaps(result.items);
  void kindFromName;
  for (const g of gaps) notes.push({ severity: 'warning', code: 'seq-gap', message: g.reason });

  const items: CatalogItem[] = result.items;
  const catalog: Catalog = {
    jurisdiction: facts.jurisdiction ?? collapse(title),
    level: facts.level,
    ...(year !== undefined ? { year } : {}),
    title: collapse(title),
    asOf,
    source: {
      file: fileName,
      sha256: createHash('sha256').update(meta.bytes).digest('hex'),
      shape,
      encoding: meta.encoding,
      lines: meta.lines,
      ...(meta.format !== 'text' ? { format: meta.format } : {}),
      ...(read.columns ? { columns: read.columns.map((c) => ({ index: c.index, header: c.header, field: c.field, confidence: c.confidence, guessed: c.guessed })) } : {}),
    },
    items,
    gaps,
    notes,
  };
  return Catalog.parse(catalog);
}
