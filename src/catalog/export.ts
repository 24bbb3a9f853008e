// Export of a catalog in the forms a bureau publishes: xlsx (the columns of a published
// 清单), JSON (the model), Markdown (for reading and review).
import type { Catalog, CatalogItem } from './model.js';

export const EXPORT_FORMATS = ['xlsx', 'json', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The published columns: header, width, and the cell text of an item. */
const COLUMNS: Array<{ header: string; width: number; value: (item: CatalogItem) => string | number }> = [
  { header: '序号', width: 6, value: (i) => i.seq },
  { header: '事项名称', width: 28, value: (i) => i.name },
  { header: '事项类型', width: 10, value: (i) => i.kind },
  { header: '实施依据', width: 60, value: (i) => i.bases.map((b) => b.text).join('\n') },
  { header: '承办机构', width: 14, value: (i) => i.departments.join('、') },
  { header: '实施对象', width: 14, value: (i) => i.targets.join('、') },
  { header: '责任事项', width: 50, value: (i) => i.duties.map((d, n) => `${n + 1}.${d.label}：${d.text}`).join('\n') },
  { header: '追责对象', width: 16, value: (i) => i.accountable.join('、') },
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

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

export function exportMarkdown(catalog: Catalog): string {
  const lines = [
    `# ${catalog.title}`,
    '',
    `- 实施主体：${catalog.jurisdiction}（${catalog.level}级）`,
    `- 来源：${catalog.source.file}（${catalog.source.shape}，${catalog.source.encoding}，SHA-256 ${catalog.source.sha256.slice(0, 12)}…）`,
    `- 事项：${catalog.items.length}项${catalog.gaps.length ? `；缺漏：${catalog.gaps.map((g) => `第${g.seq}项（${g.reason}）`).join('、')}` : ''}`,
    '',
    `| ${COLUMNS.map((c) => c.header).join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...catalog.items.map((item) => `| ${COLUMNS.map((c) => mdCell(String(c.value(item)))).join(' | ')} |`),
    '',
  ];
  return lines.join('\n');
}

export async function exportCatalog(catalog: Catalog, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'xlsx':
      return exportXlsx(catalog);
    case 'json':
      return Buffer.from(JSON.stringify(catalog, null, 2) + '\n', 'utf8');
    case 'md':
      return Buffer.from(exportMarkdown(catalog), 'utf8');
  }
}
