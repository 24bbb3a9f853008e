// Shape 'table-per-item': each item is a small table of its own — the title, the header row
// and one data row, repeated. Seed 002 (阳泉市矿区 新增权责事项清单).
import type { CatalogItem, ImportNote } from '../model.js';
import { buildItem, cell, collapse, type RawRow } from './text.js';
import { isMarkdownRule, isTableHeader, type ShapeResult } from './shape.js';

export function importTablePerItem(lines: string[]): ShapeResult {
  const notes: ImportNote[] = [];
  const items: CatalogItem[] = [];
  const firstHeader = lines.findIndex((l) => isTableHeader(l));
  const titleLines: { text: string; line: number }[] = [];
  for (let i = 0; i < firstHeader; i++) {
    const t = (lines[i] ?? '').trim();
    if (t !== '') titleLines.push({ text: t, line: i + 1 });
  }
  const title = titleLines[titleLines.length - 1]?.text ?? '';
  let headers: string[] = [];
  let headerText = '';
  for (let i = firstHeader; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    if (collapse(raw) === '' || isMarkdownRule(raw)) continue;
    if (isTableHeader(raw)) {
      if (headerText !== '' && raw.trim() !== headerText) {
        notes.push({ severity: 'warning', code: 'header-changed', message: `第${lineNo}行的表头与第一个表头不同`, line: lineNo });
      }
      headers = raw.split('\t').map((h) => h.trim());
      headerText = raw.trim();
      continue;
    }
    const cells = raw.split('\t');
    const seqText = collapse(cells[0] ?? '');
    if (cells.length === 1) {
      // The title repeated above each small table.
      if (title !== '' && raw.trim() !== title) {
        notes.push({ severity: 'info', code: 'title-changed', message: `第${lineNo}行的标题与文首标题不同：${raw.trim()}`, line: lineNo });
      }
      continue;
    }
    if (!/^\d{1,4}$/.test(seqText)) {
      notes.push({ severity: 'warning', code: 'stray-line', message: `第${lineNo}行不是事项行（首列不是序号），未导入`, line: lineNo });
      continue;
    }
    const row: RawRow = {
      headers,
      cells: headers.map((_, k) => (k < cells.length ? cell(cells[k] ?? '', lineNo) : undefined)),
      lines: [lineNo, lineNo],
    };
    const { item, missing } = buildItem(row, Number(seqText));
    if (missing.length > 0) {
      notes.push({
        severity: 'warning',
        code: 'row-truncated',
        message: `第${lineNo}行（第${item.seq}项）只有 ${cells.length} 个单元格，表头有 ${headers.length} 个：缺少 ${missing.join('、')}`,
        line: lineNo,
      });
    }
    items.push(item);
  }
  return { titleLines, items, notes, headerLine: firstHeader + 1, title };
}
