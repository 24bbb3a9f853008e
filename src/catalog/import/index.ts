// Entry of the catalog importers: bytes of a catalog file → Catalog.
// Encoding (UTF-8 ± BOM, UTF-16 with BOM, GB18030/GBK) and shape are detected; one importer
// per shape reads the items; OCR items are recovered against the canonical matters; every
// item is linked to a matter (or says why not). Defects are ImportNotes; only a file that
// cannot be read as a catalog at all throws CatalogImportError.
import { createHash } from 'node:crypto';
import { Catalog, type CatalogItem, type ImportNote, type SourceShape } from '../model.js';
import { linkMatter, loadMatters, recoverOcrItems, type Matter } from '../matters.js';
import { decodeCatalogBytes } from './encoding.js';
import { CatalogImportError } from './errors.js';
import { importOcrPdf } from './ocr-pdf.js';
import { detectShape, type ShapeResult } from './shape.js';
import { importTablePerItem } from './table-per-item.js';
import { collapse, findDate, inferTargets, readKind, sequenceGaps, splitLines, TARGETS_FROM_MATTER, TARGETS_FROM_NAME, titleFacts } from './text.js';
import { importTsvHtml } from './tsv-html.js';
import { importWordBlocks } from './word-blocks.js';

export { CatalogImportError, IMPORT_ERROR_CODES, MAX_CATALOG_BYTES, type ImportErrorCode } from './errors.js';
export { decodeCatalogBytes, type DecodedText } from './encoding.js';
export { detectShape } from './shape.js';
export { readKind, type KindReading } from './text.js';

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
}

const IMPORTERS: Record<SourceShape, (lines: string[]) => ShapeResult> = {
  'tsv-html': importTsvHtml,
  'word-blocks': importWordBlocks,
  'table-per-item': importTablePerItem,
  'ocr-pdf': importOcrPdf,
};

function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Read one catalog file. Throws CatalogImportError when the file cannot be read as a catalog. */
export function readCatalog(bytes: Uint8Array, fileName: string, options: ReadCatalogOptions = {}): Catalog {
  const decoded = decodeCatalogBytes(bytes, fileName);
  const lines = splitLines(decoded.text);
  // A trailing newline does not make a line of its own.
  const lineCount = lines.length > 0 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  const shape = options.shape ?? detectShape(lines);
  if (!shape) {
    throw new CatalogImportError('NO_TABLE', fileName, '找不到清单表格：没有以“序号”开头的表头行，也不是逐格分行的 Word 表格');
  }
  const result = IMPORTERS[shape](lines);
  if (result.items.length === 0) {
    throw new CatalogImportError('NO_ITEMS', fileName, `有表头但没有可读的事项行（形状 ${shape}）`, result.headerLine);
  }
  const notes: ImportNote[] = [...decoded.notes, ...result.notes];
  const matters = options.matters ?? loadMatters();

  if (shape === 'ocr-pdf') notes.push(...recoverOcrItems(result.items, matters));
  for (const item of result.items) {
    if (shape === 'ocr-pdf') continue; // linked and recovered above
    const link = linkMatter(item, matters);
    item.matter = link.matter;
    item.matterReason = link.reason;
    if (readKind(item.rawKind).kind === null) {
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
  const title =
    result.title ??
    [...titleTexts].reverse().find((t) => /清单|目录/.test(t)) ??
    titleTexts[0] ??
    fileName;
  const facts = titleFacts([title, ...titleTexts]);
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
      sha256: createHash('sha256').update(bytes).digest('hex'),
      shape,
      encoding: decoded.encoding,
      lines: lineCount,
    },
    items,
    gaps,
    notes,
  };
  return Catalog.parse(catalog);
}
