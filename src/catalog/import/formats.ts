// File formats → Grids (or text lines): .xlsx (exceljs), .xls (SheetJS), .docx (the document
// XML read with jszip and xmldom, gridSpan and vMerge expanded), PDF with a text layer
// (pdfjs-dist; columns rebuilt from the x-coordinates of the header), HTML (parse5; <table>
// with rowspan/colspan, <p>/<ol>/<br> inside cells). Libraries are loaded only when needed.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ImportNote } from '../model.js';
import { headerScore } from './columns.js';
import { CatalogImportError } from './errors.js';
import type { Grid, GridCell, GridRow } from './table.js';
import { collapse } from './text.js';

export type FileFormat = 'text' | 'html' | 'xlsx' | 'xls' | 'docx' | 'pdf';

export interface FormatContent {
  format: FileFormat;
  /** Tables found, in document order. */
  grids: Grid[];
  /** The document as text lines (paragraphs outside tables, or a PDF without a table header), for the text readers. */
  lines: string[];
  /** Rows or lines in the source (for source.lines). */
  size: number;
  notes: ImportNote[];
}

/** The format of a file from its first bytes (and name for HTML). */
export function sniffFormat(bytes: Uint8Array, fileName: string): FileFormat {
  const b = bytes;
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d) return 'pdf';
  if (b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'xls';
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    const head = Buffer.from(b.subarray(0, Math.min(b.length, 4096))).toString('latin1');
    if (/word\//.test(head) || /\.docx$/i.test(fileName)) return 'docx';
    if (/xl\//.test(head) || /\.xlsx$/i.test(fileName)) return 'xlsx';
    return /\.docx$/i.test(fileName) ? 'docx' : 'xlsx';
  }
  const start = Buffer.from(b.subarray(0, Math.min(b.length, 2048))).toString('utf8').toLowerCase();
  if (/\.html?$/i.test(fileName) || /<!doctype html|<html[\s>]|<body[\s>]|<table[\s>]/.test(start)) return 'html';
  return 'text';
}

// ---------------------------------------------------------------------------------------
// Spreadsheets

export async function readXlsx(bytes: Uint8Array, file: string): Promise<FormatContent> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (err) {
    throw new CatalogImportError('UNREADABLE_FORMAT', file, `不是有效的 Excel（.xlsx）文件：${(err as Error).message.slice(0, 80)}`);
  }
  const grids: Grid[] = [];
  let size = 0;
  let merged = 0;
  workbook.eachSheet((sheet) => {
    const rows: GridRow[] = [];
    const width = sheet.columnCount;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const cells: GridCell[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = sheet.getCell(r, c);
        const master = cell.isMerged ? cell.master : cell;
        const text = (master.text ?? '').replace(/\r\n?/g, '\n');
        const g: GridCell = { text, line: r };
        if (master !== cell) {
          g.merged = Number(master.row) === r ? 'col' : 'row';
          merged++;
        }
        cells.push(g);
      }
      rows.push({ cells, line: r });
    }
    size += sheet.rowCount;
    grids.push({ rows, notes: [] });
  });
  const notes: ImportNote[] = merged > 0 ? [{ severity: 'info', code: 'merged-cells', message: `Excel 中有 ${merged} 个单元格属于合并单元格，已按合并区域的值展开` }] : [];
  return { format: 'xlsx', grids, lines: [], size, notes };
}

export async function readXls(bytes: Uint8Array, file: string): Promise<FormatContent> {
  const XLSX = await import('@e965/xlsx');
  let wb;
  try {
    wb = XLSX.read(bytes, { type: 'array', cellText: true, cellDates: false, dense: false });
  } catch (err) {
    throw new CatalogImportError('UNREADABLE_FORMAT', file, `不是有效的 Excel 97-2003（.xls）文件：${(err as Error).message.slice(0, 80)}`);
  }
  const grids: Grid[] = [];
  let size = 0;
  let mergedCount = 0;
  for (const name of wb.SheetNames) {
    const sheet = wb.Sheets[name];
    if (!sheet || !sheet['!ref']) continue;
    const range = XLSX.utils.decode_range(sheet['!ref']);
    const text = (r: number, c: number): string => {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })] as { w?: string; v?: unknown } | undefined;
      return cell ? String(cell.w ?? cell.v ?? '') : '';
    };
    const mergedAt = new Map<string, { r: number; c: number }>();
    for (const m of sheet['!merges'] ?? []) {
      for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) mergedAt.set(`${r},${c}`, { r: m.s.r, c: m.s.c });
    }
    const rows: GridRow[] = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const cells: GridCell[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const master = mergedAt.get(`${r},${c}`);
        if (master) {
          mergedCount++;
          cells.push({ text: text(master.r, master.c).replace(/\r\n?/g, '\n'), line: r + 1, merged: master.r === r ? 'col' : 'row' });
        } else cells.push({ text: text(r, c).replace(/\r\n?/g, '\n'), line: r + 1 });
      }
      rows.push({ cells, line: r + 1 });
    }
    size += range.e.r + 1;
    grids.push({ rows, notes: [] });
  }
  const notes: ImportNote[] = mergedCount > 0 ? [{ severity: 'info', code: 'merged-cells', message: `Excel 中有 ${mergedCount} 个单元格属于合并单元格，已按合并区域的值展开` }] : [];
  return { format: 'xls', grids, lines: [], size, notes };
}

// ---------------------------------------------------------------------------------------
// Word

interface XmlNode {
  nodeType: number;
  nodeName: string;
  localName?: string | null;
  childNodes: ArrayLike<XmlNode>;
  getAttribute?(name: string): string | null;
  textContent?: string | null;
}

const kids = (n: XmlNode): XmlNode[] => Array.from(n.childNodes ?? []).filter((c) => c.nodeType === 1);
const named = (n: XmlNode, name: string): XmlNode[] => kids(n).filter((c) => c.nodeName === name);
const first = (n: XmlNode, name: string): XmlNode | undefined => kids(n).find((c) => c.nodeName === name);

function paragraphText(p: XmlNode): string {
  let out = '';
  const walk = (n: XmlNode) => {
    for (const c of kids(n)) {
      if (c.nodeName === 'w:t') out += c.textContent ?? '';
      else if (c.nodeName === 'w:tab') out += '\t';
      else if (c.nodeName === 'w:br' || c.nodeName === 'w:cr') out += '\n';
      else if (c.nodeName !== 'w:rPr' && c.nodeName !== 'w:pPr' && c.nodeName !== 'w:instrText' && c.nodeName !== 'w:delText') walk(c);
    }
  };
  walk(p);
  return out;
}

function cellText(tc: XmlNode): string {
  const parts: string[] = [];
  for (const c of kids(tc)) {
    if (c.nodeName === 'w:p') parts.push(paragraphText(c));
    else if (c.nodeName === 'w:tbl') parts.push(tableRows(c).map((r) => r.map((x) => x.text).join(' ')).join('\n'));
    else if (c.nodeName === 'w:sdt') for (const p of kids(first(c, 'w:sdtContent') ?? c)) if (p.nodeName === 'w:p') parts.push(paragraphText(p));
  }
  return parts.join('\n').replace(/\n+$/, '');
}

/** Rows of a Word table with gridSpan (colspan) and vMerge (rowspan) expanded. */
function tableRows(tbl: XmlNode): { text: string; merged?: 'row' | 'col' }[][] {
  const out: { text: string; merged?: 'row' | 'col' }[][] = [];
  for (const tr of named(tbl, 'w:tr')) {
    const row: { text: string; merged?: 'row' | 'col' }[] = [];
    const cells = kids(tr).flatMap((c) => (c.nodeName === 'w:tc' ? [c] : c.nodeName === 'w:sdt' ? named(first(c, 'w:sdtContent') ?? c, 'w:tc') : []));
    const before = first(first(tr, 'w:trPr') ?? tr, 'w:gridBefore');
    const skip = Number(before?.getAttribute?.('w:val') ?? 0);
    for (let k = 0; k < skip; k++) row.push({ text: '' });
    for (const tc of cells) {
      const pr = first(tc, 'w:tcPr');
      const span = Math.max(1, Number(first(pr ?? tc, 'w:gridSpan')?.getAttribute?.('w:val') ?? 1));
      const vMerge = pr ? first(pr, 'w:vMerge') : undefined;
      const continues = vMerge !== undefined && (vMerge.getAttribute?.('w:val') ?? '') !== 'restart';
      let text = cellText(tc);
      let merged: 'row' | undefined;
      if (continues) {
        const above = out[out.length - 1]?.[row.length];
        text = above?.text ?? '';
        merged = 'row';
      }
      row.push(merged ? { text, merged } : { text });
      for (let k = 1; k < span; k++) row.push({ text, merged: 'col' });
    }
    out.push(row);
  }
  return out;
}

export async function readDocx(bytes: Uint8Array, file: string): Promise<FormatContent> {
  const { default: JSZip } = await import('jszip');
  const { DOMParser } = await import('@xmldom/xmldom');
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const doc = zip.file('word/document.xml');
    if (!doc) throw new Error('缺少 word/document.xml');
    xml = await doc.async('string');
  } catch (err) {
    throw new CatalogImportError('UNREADABLE_FORMAT', file, `不是有效的 Word（.docx）文件：${(err as Error).message.slice(0, 80)}`);
  }
  const dom = new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlNode & { documentElement: XmlNode };
  const body = first(dom.documentElement, 'w:body');
  if (!body) throw new CatalogImportError('UNREADABLE_FORMAT', file, 'Word 文件没有正文（w:body）');
  const grids: Grid[] = [];
  const lines: string[] = [];
  let row = 0;
  let pending: { text: string; line: number }[] = [];
  let merged = 0;
  const visit = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      if (n.nodeName === 'w:p') {
        const t = paragraphText(n);
        row++;
        for (const l of t.split('\n')) lines.push(l);
        if (t.trim()) pending.push({ text: t.trim(), line: row });
      } else if (n.nodeName === 'w:tbl') {
        const rows = tableRows(n).map((cells) => {
          row++;
          merged += cells.filter((c) => c.merged).length;
          const gridRow: GridRow = { cells: cells.map((c) => (c.merged ? { text: c.text, line: row, merged: c.merged } : { text: c.text, line: row })), line: row };
          lines.push(cells.filter((c) => !c.merged).map((c) => c.text.replace(/\n/g, ' ')).join('\t'));
          return gridRow;
        });
        grids.push({ rows, titleLines: pending, notes: [] });
        pending = [];
      } else if (n.nodeName === 'w:sdt') visit(kids(first(n, 'w:sdtContent') ?? n));
    }
  };
  visit(kids(body));
  const notes: ImportNote[] = merged > 0 ? [{ severity: 'info', code: 'merged-cells', message: `Word 表格中有 ${merged} 个合并单元格（横向 gridSpan、纵向 vMerge），已按合并区域的值展开` }] : [];
  return { format: 'docx', grids: joinTables(grids, notes), lines, size: row, notes };
}

/** Tables that continue the one before (same width, no header of their own) are joined. */
function joinTables(grids: Grid[], notes: ImportNote[]): Grid[] {
  const out: Grid[] = [];
  for (const g of grids) {
    const prev = out[out.length - 1];
    const width = g.rows[0]?.cells.length ?? 0;
    const hasHeader = g.rows.slice(0, 3).some((r) => headerScore(r.cells.map((c) => c.text)) >= 2);
    const sameHeader = prev && hasHeader && collapse(g.rows[0]!.cells.map((c) => c.text).join('|')) === collapse(prev.rows.find((r) => headerScore(r.cells.map((c) => c.text)) >= 2)?.cells.map((c) => c.text).join('|') ?? '');
    if (prev && width === (prev.rows[0]?.cells.length ?? -1) && (!hasHeader || sameHeader)) {
      prev.rows.push(...g.rows);
      notes.push({ severity: 'info', code: 'table-continued', message: `第${g.rows[0]?.line ?? '?'}行起的表格${sameHeader ? '重复了上一表格的表头（分页）' : '没有表头'}、列数相同，接在上一个表格之后` });
      continue;
    }
    out.push({ ...g, rows: [...g.rows] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// HTML

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

const BLOCK = new Set(['p', 'div', 'li', 'ol', 'ul', 'tr', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'table', 'blockquote', 'dd', 'dt', 'pre', 'hr']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'svg', 'select', 'button']);

function htmlText(node: HtmlNode, inTable = false): string {
  let out = '';
  const walk = (n: HtmlNode) => {
    if (n.nodeName === '#text') {
      out += (n.value ?? '').replace(/[\s\u00a0]+/g, ' ');
      return;
    }
    const tag = n.tagName ?? '';
    if (SKIP.has(tag)) return;
    if (!inTable && tag === 'table') {
      out += '\n';
      return;
    }
    if (tag === 'br') {
      out += '\n';
      return;
    }
    if (tag === 'td' || tag === 'th') out += '\t';
    const block = BLOCK.has(tag);
    if (block) out += '\n';
    for (const c of n.childNodes ?? []) walk(c);
    if (block) out += '\n';
  };
  walk(node);
  return out
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/g, '').replace(/^ +/, ''))
    .join('\n');
}

function cellHtmlText(node: HtmlNode): string {
  return htmlText(node, true)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

function children(n: HtmlNode, tags: string[]): HtmlNode[] {
  return (n.childNodes ?? []).filter((c) => tags.includes(c.tagName ?? ''));
}

function attr(n: HtmlNode, name: string): string | undefined {
  return n.attrs?.find((a) => a.name === name)?.value;
}

function htmlTableGrid(table: HtmlNode, startLine: number): { grid: Grid; merged: number } {
  const trs: HtmlNode[] = [];
  for (const c of table.childNodes ?? []) {
    if (c.tagName === 'tr') trs.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') trs.push(...children(c, ['tr']));
  }
  const occupied = new Map<string, GridCell>();
  const rows: GridRow[] = [];
  let merged = 0;
  trs.forEach((tr, r) => {
    const line = startLine + r;
    let c = 0;
    for (const td of children(tr, ['td', 'th'])) {
      while (occupied.has(`${r},${c}`)) c++;
      const rowspan = Math.min(200, Math.max(1, Number(attr(td, 'rowspan') ?? 1) || 1));
      const colspan = Math.min(50, Math.max(1, Number(attr(td, 'colspan') ?? 1) || 1));
      const text = cellHtmlText(td);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          const cell: GridCell = { text, line: line + dr };
          if (dr > 0) cell.merged = 'row';
          else if (dc > 0) cell.merged = 'col';
          if (dr > 0 || dc > 0) merged++;
          occupied.set(`${r + dr},${c + dc}`, cell);
        }
      }
      c += colspan;
    }
  });
  const width = Math.max(0, ...[...occupied.keys()].map((k) => Number(k.split(',')[1]) + 1));
  for (let r = 0; r < trs.length; r++) {
    const cells: GridCell[] = [];
    for (let c = 0; c < width; c++) cells.push(occupied.get(`${r},${c}`) ?? { text: '', line: startLine + r });
    rows.push({ cells, line: startLine + r });
  }
  return { grid: { rows, notes: [] }, merged };
}

export async function readHtml(text: string): Promise<FormatContent> {
  const { parse } = await import('parse5');
  const doc = parse(text) as unknown as HtmlNode;
  const tables: HtmlNode[] = [];
  let title = '';
  const find = (n: HtmlNode, inTable: boolean) => {
    const tag = n.tagName ?? '';
    if (tag === 'title' && !title) title = cellHtmlText(n);
    if (tag === 'table' && !inTable) tables.push(n);
    for (const c of n.childNodes ?? []) find(c, inTable || tag === 'table');
    if (n.content) find(n.content, inTable);
  };
  find(doc, false);
  const lines = htmlText(doc).split('\n');
  const grids: Grid[] = [];
  let merged = 0;
  let line = 1;
  for (const t of tables) {
    const { grid, merged: m } = htmlTableGrid(t, line);
    merged += m;
    line += grid.rows.length;
    grids.push(grid);
  }
  const notes: ImportNote[] = [];
  if (merged > 0) notes.push({ severity: 'info', code: 'merged-cells', message: `网页表格中有 ${merged} 个合并单元格（rowspan/colspan），已按合并区域的值展开` });
  const titleLines = title ? [{ text: title, line: 1 }] : [];
  for (const g of grids) g.titleLines = titleLines;
  return { format: 'html', grids: joinTables(grids, notes), lines, size: Math.max(line - 1, lines.length), notes };
}

// ---------------------------------------------------------------------------------------
// PDF

interface PdfItem {
  str: string;
  x: number;
  x2: number;
  y: number;
  h: number;
}

function pdfAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  return { cMapUrl: pathToFileURL(join(root, 'cmaps')).href + '/', standardFontDataUrl: pathToFileURL(join(root, 'standard_fonts')).href + '/' };
}

/** Lines of a page: items with close baselines, left to right. */
function pageLines(items: PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - it.y) <= Math.max(2, 0.45 * Math.max(it.h, line[0]!.h))) line.push(it);
    else lines.push([it]);
  }
  for (const l of lines) l.sort((a, b) => a.x - b.x);
  return lines;
}

/** Items of a line joined into cells: a gap wider than a character starts a new cell. */
function lineCells(line: PdfItem[]): PdfItem[] {
  const out: PdfItem[] = [];
  for (const it of line) {
    const prev = out[out.length - 1];
    if (prev && it.x - prev.x2 < Math.max(1.5, 0.6 * it.h)) {
      prev.str += it.str;
      prev.x2 = Math.max(prev.x2, it.x2);
    } else out.push({ ...it });
  }
  return out.filter((c) => c.str.trim() !== '');
}

export async function readPdf(bytes: Uint8Array, file: string): Promise<FormatContent> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), ...pdfAssets(), cMapPacked: true, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    throw new CatalogImportError('UNREADABLE_FORMAT', file, `不是有效的 PDF 文件：${(err as Error).message.slice(0, 80)}`);
  }
  const pages: PdfItem[][][] = [];
  let chars = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    for (const raw of content.items as { str?: string; transform?: number[]; width?: number; height?: number }[]) {
      // pdfjs reports the spaces between cells as items of their own: they would bridge the columns.
      if (typeof raw.str !== 'string' || !raw.transform || raw.str.trim() === '') continue;
      const h = Math.abs(raw.height ?? raw.transform[3] ?? 10) || 10;
      items.push({ str: raw.str, x: raw.transform[4]!, x2: raw.transform[4]! + (raw.width ?? 0), y: raw.transform[5]!, h });
      chars += collapse(raw.str).length;
    }
    pages.push(pageLines(items));
  }
  await doc.destroy();
  if (chars < 10) {
    throw new CatalogImportError(
      'SCANNED_PDF',
      file,
      `这是扫描件或图片 PDF（${pages.length} 页，没有文字层），无法读出文字：请先用 OCR（光学字符识别）软件识别，导出带文字层的 PDF、Word 或文本后再导入`,
    );
  }
  // Text lines for the text readers, and the table rebuilt from the header's x-coordinates.
  const lines: string[] = [];
  const all: { cells: PdfItem[]; line: number }[] = [];
  for (const page of pages) {
    for (const l of page) {
      const cells = lineCells(l);
      lines.push(cells.map((c) => c.str.trim()).join('  '));
      all.push({ cells, line: lines.length });
    }
  }
  const grid = pdfGrid(all);
  return { format: 'pdf', grids: grid ? [grid] : [], lines, size: lines.length, notes: [] };
}

/** The header line (and the lines of a header wrapped in narrow columns) fixes the columns. */
function pdfGrid(all: { cells: PdfItem[]; line: number }[]): Grid | null {
  let at = -1;
  for (let i = 0; i < Math.min(all.length, 80); i++) {
    if (headerScore(all[i]!.cells.map((c) => c.str)) >= 2) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  const head = all[at]!.cells.map((c) => ({ ...c }));
  // A header word wrapped onto the next line (实施 / 依据) joins the column above it.
  let end = at;
  for (let k = at + 1; k < Math.min(all.length, at + 3); k++) {
    const l = all[k]!.cells;
    if (l.length === 0 || /^\d/.test(l[0]!.str.trim())) break;
    if (!l.every((c) => head.some((h) => c.x < h.x2 + 2 && c.x2 > h.x - 2) && collapse(c.str).length <= 6)) break;
    for (const c of l) {
      const h = head.find((x) => c.x < x.x2 + 2 && c.x2 > x.x - 2)!;
      h.str += c.str;
    }
    end = k;
  }
  const bounds = head.map((h, k) => {
    const prev = head[k - 1];
    return k === 0 ? -Infinity : (prev!.x2 + h.x) / 2;
  });
  // A cell belongs to the column its text starts in (left-aligned or centred, never left of it).
  const columnOf = (x: number) => {
    let k = 0;
    for (let j = 0; j < bounds.length; j++) if (x >= bounds[j]! - 1) k = j;
    return k;
  };
  const headerTexts = head.map((h) => collapse(h.str)).join('|');
  const titleLines = all.slice(0, at).map((l) => ({ text: l.cells.map((c) => c.str.trim()).join(' '), line: l.line })).filter((t) => t.text !== '');
  const rows: GridRow[] = [{ cells: head.map((h) => ({ text: h.str.trim(), line: all[at]!.line })), line: all[at]!.line, lastLine: all[end]!.line }];
  let cur: { texts: string[][]; line: number; lastLine: number } | null = null;
  const flush = () => {
    if (!cur) return;
    const c = cur;
    rows.push({ cells: c.texts.map((t) => ({ text: t.join('\n'), line: c.line, lastLine: c.lastLine })), line: c.line, lastLine: c.lastLine });
    cur = null;
  };
  for (const l of all.slice(end + 1)) {
    if (l.cells.length === 0) continue;
    if (l.cells.map((c) => collapse(c.str)).join('|') === headerTexts) continue; // header repeated on each page
    const texts: string[][] = head.map(() => []);
    for (const c of l.cells) texts[columnOf(c.x)]!.push(c.str.trim());
    const first = texts[0]!.join('');
    const starts = /^(\d{1,6}|[*＊]+)$/.test(collapse(first));
    if (starts || !cur) {
      flush();
      cur = { texts: texts.map((t) => [t.join(' ')].filter(Boolean)), line: l.line, lastLine: l.line };
    } else {
      const c = cur as { texts: string[][]; line: number; lastLine: number };
      texts.forEach((t, k) => {
        if (t.length) c.texts[k]!.push(t.join(' '));
      });
      c.lastLine = l.line;
    }
  }
  flush();
  return { rows, titleLines, notes: [{ severity: 'info', code: 'pdf-columns', message: `PDF 的列按表头各栏的横坐标重建（${head.length} 列），跨行文字按所在栏合并` }] };
}
