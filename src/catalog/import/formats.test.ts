// Every file format a bureau publishes its catalog in: .xlsx, .xls, .docx, HTML, PDF with a
// text layer — built with the libraries to mirror real layouts (fixtures/build.ts) — and a
// scanned PDF, refused with the OCR remedy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogImportError, readCatalogAsync, sniffFormat } from './index.js';
import { buildDocx, buildHtml, buildXls, buildXlsx, CHECK_ROW, ROWS, TITLE } from './fixtures/build.js';
import type { Catalog } from '../model.js';

const FILES = join(import.meta.dirname, 'fixtures', 'files');

/** What every layout of the built catalog must read as. */
function expectBuiltCatalog(c: Catalog): void {
  expect(c.title).toBe(TITLE);
  expect(c.jurisdiction).toBe('示例市医疗保障局');
  expect(c.year).toBe(2024);
  expect(c.items.map((i) => i.seq)).toEqual([1, 2, 3]);
  const [one, two, three] = c.items as [Catalog['items'][0], Catalog['items'][0], Catalog['items'][0]];
  // 主项 with its two 子项 (merged down), each 子项's basis kept.
  expect(one.name).toBe(ROWS[0]!.main);
  expect(one.subItems).toEqual([ROWS[0]!.sub, ROWS[1]!.sub]);
  expect(one.bases.map((b) => b.text.slice(0, 30))).toEqual([ROWS[0]!.basis.slice(0, 30), ROWS[1]!.basis.slice(0, 30)]);
  expect(one.kind).toBe('行政处罚');
  expect(one.exercisingBody).toEqual(['市医疗保障局']);
  expect(one.departments).toEqual(['基金监管科']);
  expect(one.duties.map((d) => d.step)).toEqual(['立案', '调查', '告知', '决定', '送达', '执行']);
  expect(one.accountability?.situations).toMatch(/第四十四条/);
  // An item without 子项: its name spans both name columns.
  expect(two.name).toBe(ROWS[2]!.main);
  expect(two.subItems).toEqual([]);
  expect(two.notes).toBe('与经办机构协同');
  expect(three.name).toBe(CHECK_ROW.main);
  expect(three.kind).toBe('行政检查');
  expect(three.duties.map((d) => d.step)).toEqual(['检查', '处置', '事后监管']);
  expect(c.notes.some((n) => n.code === 'section-title')).toBe(true);
  expect(c.items.every((i) => !i.truncated)).toBe(true);
}

describe('file formats', () => {
  it('.xlsx with merged cells (title across, 主项 down, two-row header)', async () => {
    const bytes = await buildXlsx();
    expect(sniffFormat(bytes, 'x.bin')).toBe('xlsx');
    const c = await readCatalogAsync(bytes, '权责清单.xlsx');
    expect(c.source.format).toBe('xlsx');
    expect(c.notes.some((n) => n.code === 'merged-cells')).toBe(true);
    expectBuiltCatalog(c);
  });

  it('.xls (Excel 97-2003) with the same layout', async () => {
    const bytes = await buildXls();
    expect(sniffFormat(bytes, 'x.bin')).toBe('xls');
    const c = await readCatalogAsync(bytes, '权责清单.xls');
    expect(c.source.format).toBe('xls');
    expectBuiltCatalog(c);
  });

  it('.docx: vMerge and gridSpan expanded, the table continued on a second page with its header repeated', async () => {
    const bytes = await buildDocx();
    expect(sniffFormat(bytes, 'x.bin')).toBe('docx');
    const c = await readCatalogAsync(bytes, '权责清单.docx');
    expect(c.source.format).toBe('docx');
    expectBuiltCatalog(c);
    expect(c.asOf).toBe('2024-03-01');
    expect(c.notes.some((n) => n.code === 'repeated-header')).toBe(true);
  });

  it('HTML: rowspan/colspan, <p> and <ol> in cells, a spam row reported and skipped, scripts ignored', async () => {
    const bytes = Buffer.from(buildHtml());
    expect(sniffFormat(bytes, 'page.htm')).toBe('html');
    const c = await readCatalogAsync(bytes, 'page.htm');
    expect(c.source.format).toBe('html');
    expectBuiltCatalog(c);
    const spam = c.notes.find((n) => n.code === 'spam-line');
    expect(spam?.message).toContain('365体育投注');
  });

  it('PDF with a text layer: columns rebuilt from x-coordinates, wrapped cells joined, header repeated per page skipped', async () => {
    const c = await readCatalogAsync(readFileSync(join(FILES, 'quanze-table.pdf')), 'quanze-table.pdf');
    expect(c.source.format).toBe('pdf');
    expect(c.items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const [one, two, three] = c.items;
    expect(one!.name).toBe('对定点医药机构骗取医疗保障基金支出的处罚');
    expect(one!.kind).toBe('行政处罚');
    expect(one!.bases[0]!.text.replace(/\s/g, '')).toBe(ROWS[1]!.basis.replace(/\s/g, ''));
    expect(one!.exercisingBody).toEqual(['市医疗保障局']);
    expect(one!.departments).toEqual(['基金监管科']);
    expect(one!.implementationLevel).toBe('市级、县级');
    expect(two!.notes?.replace(/\s/g, '')).toBe('与经办机构协同');
    expect(three!.kind).toBe('行政检查');
    expect(three!.name).toBe(CHECK_ROW.main);
  });

  it('a scanned PDF (no text layer) is refused, naming OCR as the remedy', async () => {
    const err = await readCatalogAsync(readFileSync(join(FILES, 'scanned.pdf')), 'scanned.pdf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CatalogImportError);
    expect((err as CatalogImportError).code).toBe('SCANNED_PDF');
    expect((err as CatalogImportError).message).toMatch(/OCR/);
    expect((err as CatalogImportError).message).toMatch(/扫描/);
  });

  it('a corrupt .xlsx / .docx / PDF is refused with its format named, not a stack trace', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml garbage')]);
    for (const [bytes, name] of [[zip, 'x.docx'], [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/ garbage')]), 'x.xlsx'], [Buffer.from('%PDF-1.7\nnot really'), 'x.pdf']] as const) {
      const err = await readCatalogAsync(bytes, name).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CatalogImportError);
      expect((err as CatalogImportError).code).toBe('UNREADABLE_FORMAT');
    }
  });
});
