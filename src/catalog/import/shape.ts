// Shape detection: which of the four source shapes a decoded text is.
import type { CatalogItem, Gap, ImportNote, SourceShape } from '../model.js';
import { collapse, fieldOfHeader } from './text.js';

/** What every shape importer returns; index.ts turns it into a Catalog. */
export interface ShapeResult {
  /** Non-empty lines before the (first) table: the title and, for a notice, its preamble. */
  titleLines: { text: string; line: number }[];
  items: CatalogItem[];
  notes: ImportNote[];
  /** Line of the (first) table header. */
  headerLine: number;
  /** Gaps the importer already knows about (else computed from the sequence). */
  gaps?: Gap[];
  /** The catalog title if the importer found it itself. */
  title?: string;
  /** Date of the issuing notice (YYYY-MM-DD), if any. */
  noticeDate?: string;
  /** 文号 of the issuing notice, if any. */
  documentNumber?: string;
}

/** A tab-separated header row: first non-empty cell 序号, at least three cells. */
export function isTableHeader(line: string): boolean {
  const cells = line.split('\t');
  if (cells.length < 3) return false;
  const first = cells.map((c) => collapse(c)).find((c) => c !== '');
  return first === '序号';
}

/** A Markdown table rule such as "---\t-----\t---". */
export function isMarkdownRule(line: string): boolean {
  const cells = line.split('\t').map((c) => c.trim());
  return cells.length >= 2 && cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '') && cells.some((c) => c !== '');
}

/** A Word table flattened to one cell per line group: a line that is only 序号, then header words. */
function looksLikeWordBlocks(lines: string[]): boolean {
  for (let i = 0; i < Math.min(lines.length, 200); i++) {
    if (collapse(lines[i] ?? '') !== '序号') continue;
    let headerish = 0;
    for (let k = i + 1; k < Math.min(lines.length, i + 16); k++) {
      if (fieldOfHeader(lines[k] ?? '') !== null) headerish++;
    }
    if (headerish >= 3) return true;
  }
  return false;
}

/** The shape of a decoded catalog text, or null when it holds no table at all. */
export function detectShape(lines: string[]): SourceShape | null {
  const headers: number[] = [];
  lines.forEach((l, i) => {
    if (isTableHeader(l)) headers.push(i);
  });
  if (headers.length === 0) return looksLikeWordBlocks(lines) ? 'word-blocks' : null;
  if (headers.length === 1) return 'tsv-html';
  const first = (lines[headers[0] ?? 0] ?? '').trim();
  const width = first.split('\t').length;
  const identical = headers.every((h) => (lines[h] ?? '').trim() === first);
  const oneRowEach = headers.every((h) => {
    const next = lines.slice(h + 1).find((l) => collapse(l) !== '');
    return next !== undefined && next.split('\t').length === width && /^\d{1,4}$/.test(collapse(next.split('\t')[0] ?? ''));
  });
  return identical && oneRowEach ? 'table-per-item' : 'ocr-pdf';
}
