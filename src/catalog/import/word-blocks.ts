// Shape 'word-blocks': a Word table flattened to text. Every cell starts on a line that opens
// with a tab; lines without a leading tab continue the cell above (a cell spans several
// lines). The header cells come one per line after 序号. Seed 001 (六盘水市钟山区).
import type { CatalogItem, ImportNote } from '../model.js';
import { buildItem, cellRange, cellText, collapse, readKind, type Cell, type RawRow } from './text.js';
import type { ShapeResult } from './shape.js';

const WORD_ARTIFACTS = /\[bookmark:[^\]]*\]/g;

export function importWordBlocks(lines: string[]): ShapeResult {
  const notes: ImportNote[] = [];
  const cells: Cell[] = [];
  const before: { text: string; line: number }[] = [];
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.startsWith('\t')) {
      cells.push({ parts: [{ text: raw.slice(1).replace(/\t/g, ' '), line: lineNo }] });
    } else if (cells.length > 0) {
      cells[cells.length - 1]?.parts.push({ text: raw.replace(/\t/g, ' '), line: lineNo });
    } else if (raw.trim() !== '') {
      before.push({ text: raw.trim(), line: lineNo });
    }
  });

  const headerStart = cells.findIndex((c) => collapse(cellText(c)) === '序号');
  const titleLines = [...before];
  for (const c of cells.slice(0, Math.max(0, headerStart))) {
    const text = cellText(c);
    if (WORD_ARTIFACTS.test(text)) {
      notes.push({ severity: 'info', code: 'word-artifact', message: `第${cellRange(c)[0]}行有 Word 书签残留（[bookmark: …]），已从标题中去掉`, line: cellRange(c)[0] });
    }
    WORD_ARTIFACTS.lastIndex = 0;
    const clean = text.replace(WORD_ARTIFACTS, '').trim();
    if (clean !== '') titleLines.push({ text: clean.replace(/\n/g, ''), line: cellRange(c)[0] });
  }

  const isStart = (k: number): boolean => {
    const here = collapse(cellText(cells[k]));
    const next = cells[k + 1];
    return /^\d{1,4}$/.test(here) && next !== undefined && readKind(cellText(next)).kind !== null;
  };
  let firstItem = headerStart + 1;
  while (firstItem < cells.length && !isStart(firstItem)) firstItem++;
  const headers = cells.slice(headerStart, firstItem).map((c) => collapse(cellText(c)));

  const starts: number[] = [];
  for (let k = firstItem; k < cells.length; k++) if (isStart(k)) starts.push(k);

  const items: CatalogItem[] = [];
  starts.forEach((start, n) => {
    const end = starts[n + 1] ?? cells.length;
    const chunk = cells.slice(start, end);
    const firstLine = cellRange(chunk[0] as Cell)[0];
    const lastLine = cellRange(chunk[chunk.length - 1] as Cell)[1];
    const row: RawRow = { headers, cells: headers.map((_, k) => chunk[k]), lines: [firstLine, lastLine] };
    const seq = Number(collapse(cellText(chunk[0])));
    const { item, missing } = buildItem(row, seq);
    chunk.slice(headers.length).forEach((c, k) => {
      const t = cellText(c).trim();
      if (t !== '') item.extra[`表头外第${headers.length + k + 1}格`] = t;
    });
    if (chunk.length > headers.length) {
      notes.push({ severity: 'warning', code: 'row-extra-cells', message: `第${seq}项有 ${chunk.length} 个单元格，多于表头的 ${headers.length} 个`, line: firstLine });
    }
    if (missing.length > 0) {
      const last = n === starts.length - 1;
      // The file ends inside this item: marked, as the table reader marks a cut row.
      if (last) item.truncated = true;
      notes.push(
        last
          ? {
              severity: 'warning',
              code: 'file-truncated',
              message: `文件在第${seq}项中途结束（第${lastLine}行）：缺少 ${missing.join('、')}；已导入现有内容`,
              line: lastLine,
            }
          : {
              severity: 'warning',
              code: 'row-truncated',
              message: `第${seq}项（第${firstLine}–${lastLine}行）缺少 ${missing.join('、')}`,
              line: firstLine,
            },
      );
    }
    items.push(item);
  });
  return { titleLines, items, notes, headerLine: cells[headerStart] ? cellRange(cells[headerStart] as Cell)[0] : 1 };
}
