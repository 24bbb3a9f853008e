// Export of a catalog in the forms a bureau publishes: xlsx (the columns of a published
// 清单), JSON (the model), Markdown (for reading and review).
import { displayName, type Catalog, type CatalogItem } from './model.js';

export const EXPORT_FORMATS = ['xlsx', 'json', 'md', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** 备注 with what yibao knows about the row: cut off in the source. */
function notesOf(i: CatalogItem): string {
  return [i.notes ?? '', i.truncated ? '【原文在此项中途截断，内容不完整】' : ''].filter(Boolean).join('\n');
}

/** The published columns: header, width, and the cell text of an item. Every seed field is kept. */
const COLUMNS: Array<{ header: string; width: number; value: (item: CatalogItem) => string | number }> = [
  { header: '序号', width: 6, value: (i) => i.seq },
  { header: '事项名称', width: 28, value: (i) => displayName(i) },
  { header: '子项', width: 20, value: (i) => i.subItems.join('\n') },
  { header: '职权类型', width: 10, value: (i) => i.kind },
  { header: '实施依据', width: 60, value: (i) => i.bases.map((b) => b.text).join('\n') },
  { header: '行使主体', width: 16, value: (i) => (i.exercisingBody ?? []).join('、') },
  { header: '承办机构', width: 14, value: (i) => i.departments.join('、') },
  { header: '实施对象', width: 14, value: (i) => i.targets.join('、') },
  { header: '实施层级', width: 10, value: (i) => i.implementationLevel ?? '' },
  { header: '执法领域', width: 10, value: (i) => i.domain ?? '' },
  { header: '责任事项', width: 50, value: (i) => i.duties.map((d, n) => `${n + 1}.${d.label ? `${d.label}：` : ''}${d.text}${d.basis ? `（依据：${d.basis}）` : ''}`).join('\n') },
  { header: '责任事项依据', width: 30, value: (i) => i.dutyBasis ?? '' },
  { header: '追责对象', width: 16, value: (i) => i.accountable.join('、') },
  { header: '追责情形', width: 30, value: (i) => [i.accountability?.situations, i.accountability?.basis ? `依据：${i.accountability.basis}` : ''].filter(Boolean).join('\n') },
  { header: '期限', width: 12, value: (i) => i.timeLimit ?? '' },
  { header: '备注', width: 16, value: (i) => notesOf(i) },
];

export async function exportXlsx(catalog: Catalog): Promise<Buffer> {
  // exceljs is large: loaded only when a workbook is written.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'yibao';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(catalog.year ? `${catalog.year}年清单` : '清单', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  const title = sheet.getCell(1, 1);
  title.value = catalog.title;
  title.font = { name: '黑体', size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  const header = sheet.getRow(2);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: '黑体', bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  for (const item of catalog.items) {
    // A formula-looking text (=HYPERLINK …) stays text: exceljs writes strings as strings.
    const row = sheet.addRow(COLUMNS.map((c) => c.value(item)));
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.font = { name: '仿宋' };
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });
  }
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Catalog text as HTML text: nothing in it can become markup (no <script>, no onerror). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Catalog text in a Markdown table cell: HTML escaped, Markdown links and emphasis neutralised. */
function mdText(text: string): string {
  return escapeHtml(text).replace(/([\\`*_[\]|])/g, '\\$1');
}

function mdCell(text: string): string {
  return mdText(text).replace(/\r?\n/g, '<br>');
}

export function exportMarkdown(catalog: Catalog): string {
  const lines = [
    `# ${mdText(catalog.title)}`,
    '',
    `- 实施主体：${mdText(catalog.jurisdiction)}（${catalog.level}级）`,
    `- 来源：${mdText(catalog.source.file)}（${catalog.source.shape}，${catalog.source.encoding}，SHA-256 ${catalog.source.sha256.slice(0, 12)}…）`,
    `- 事项：${catalog.items.length}项${catalog.gaps.length ? `；缺漏：${catalog.gaps.map((g) => `第${g.seq}项（${mdText(g.reason)}）`).join('、')}` : ''}`,
    '',
    `| ${COLUMNS.map((c) => c.header).join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...catalog.items.map((item) => `| ${COLUMNS.map((c) => mdCell(String(c.value(item)))).join(' | ')} |`),
    '',
  ];
  return lines.join('\n');
}

/** A self-contained HTML page of the catalog, every text escaped. */
export function exportHtml(catalog: Catalog): string {
  const cell = (v: string | number) => `<td>${escapeHtml(String(v)).replace(/\r?\n/g, '<br>')}</td>`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(catalog.title)}</title>`,
    '<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;vertical-align:top}</style>',
    '</head><body>',
    `<h1>${escapeHtml(catalog.title)}</h1>`,
    `<p>实施主体：${escapeHtml(catalog.jurisdiction)}；事项 ${catalog.items.length} 项；来源 ${escapeHtml(catalog.source.file)}</p>`,
    '<table><thead><tr>' + COLUMNS.map((c) => `<th>${c.header}</th>`).join('') + '</tr></thead><tbody>',
    ...catalog.items.map((item) => '<tr>' + COLUMNS.map((c) => cell(c.value(item))).join('') + '</tr>'),
    '</tbody></table></body></html>',
    '',
  ].join('\n');
}

export async function exportCatalog(catalog: Catalog, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'xlsx':
      return exportXlsx(catalog);
    case 'json':
      return Buffer.from(JSON.stringify(catalog, null, 2) + '\n', 'utf8');
    case 'md':
      return Buffer.from(exportMarkdown(catalog), 'utf8');
    case 'html':
      return Buffer.from(exportHtml(catalog), 'utf8');
  }
}
