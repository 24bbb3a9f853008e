// Shape 'tsv-html': one header row, then one tab-separated row per item; cells may hold HTML
// (<p>, <ol>, <li>). Seeds 000 (阳泉市) and 003 (内蒙古自治区).
import type { CatalogItem, ImportNote } from '../model.js';
import { buildItem, cell, collapse, type RawRow } from './text.js';
import type { ShapeResult } from './shape.js';
import { isMarkdownRule, isTableHeader } from './shape.js';

export function importTsvHtml(lines: string[]): ShapeResult {
  const notes: ImportNote[] = [];
  const headerIndex = lines.findIndex((l) => isTableHeader(l));
  const headerLine = lines[headerIndex] ?? '';
  const headers = headerLine.split('\t').map((h) => h.trim());
  const titleLines: { text: string; line: number }[] = [];
  for (let i = 0; i < headerIndex; i++) {
    const t = (lines[i] ?? '').replace(/^#+\s*/, '').trim();
    if (t !== '') titleLines.push({ text: t, line: i + 1 });
  }
  const items: CatalogItem[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i] ?? '';
    if (collapse(raw) === '') continue;
    if (isMarkdownRule(raw)) {
      notes.push({ severity: 'info', code: 'markdown-rule', message: `第${lineNo}行是 Markdown 表格分隔线（---），不是事项，已跳过`, line: lineNo });
      continue;
    }
    const cells = raw.split('\t');
    const seqText = collapse(cells[0] ?? '');
    if (!/^\d{1,4}$/.test(seqText)) {
      if (isTableHeader(raw)) {
        notes.push({ severity: 'info', code: 'repeated-header', message: `第${lineNo}行重复了表头，已跳过`, line: lineNo });
      } else {
        notes.push({ severity: 'warning', code: 'stray-line', message: `第${lineNo}行不是事项行（首列不是序号），未导入：${collapse(raw).slice(0, 30)}`, line: lineNo });
      }
      continue;
    }
    const row: RawRow = {
      headers,
      cells: headers.map((_, k) => (k < cells.length ? cell(cells[k] ?? '', lineNo) : undefined)),
      lines: [lineNo, lineNo],
    };
    const { item, missing } = buildItem(row, Number(seqText));
    if (cells.length > headers.length) {
      cells.slice(headers.length).forEach((extraCell, k) => {
        if (collapse(extraCell) !== '') item.extra[`表头外第${headers.length + k + 1}列`] = extraCell.trim();
      });
      notes.push({ severity: 'warning', code: 'row-extra-cells', message: `第${lineNo}行有 ${cells.length} 个单元格，多于表头的 ${headers.length} 个；多出的内容放在 extra`, line: lineNo });
    }
    if (missing.length > 0) {
      notes.push({
        severity: 'warning',
        code: 'row-truncated',
        message: `第${lineNo}行（第${item.seq}项）只有 ${cells.length} 个单元格，表头有 ${headers.length} 个：缺少 ${missing.join('、')}，行可能被截断`,
        line: lineNo,
      });
    }
    if (items.some((x) => x.seq === item.seq)) {
      notes.push({ severity: 'warning', code: 'duplicate-seq', message: `第${lineNo}行的序号 ${item.seq} 与前面的事项重复`, line: lineNo });
    }
    items.push(item);
  }
  return { titleLines, items, notes, headerLine: headerIndex + 1 };
}
