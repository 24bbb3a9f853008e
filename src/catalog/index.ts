// Public entry of the catalog module: import a catalog file (any of the source shapes),
// resolve its citations, link its items to canonical matters, lint, compare, export.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { loadCorpus, type Corpus } from '../law/index.js';
import { readCatalog, readCatalogAsync, CatalogImportError, MAX_CATALOG_BYTES, type ColumnOverrides } from './import/index.js';
import { loadMatters, linkMatter, type Matter } from './matters.js';
import { enrichCatalog, itemCitations } from './enrich.js';
import { nameNeedsVerification, type Catalog } from './model.js';

export * from './model.js';
export { readCatalog, readCatalogAsync, CatalogImportError, sniffFormat, parseColumnMap, mapColumns, COLUMN_FIELDS, FIELD_LABELS } from './import/index.js';
export type { ColumnField, ColumnMapping, ColumnOverrides, FileFormat } from './import/index.js';
export { itemRef, parseItemRef, resolveItemRef, partyKindsOf, seedItemSource } from './refs.js';
export type { ItemRef, ResolvedItem, ItemSource, PartyKind } from './refs.js';
export { diffCatalogs } from './diff.js';
export type { CatalogDiff, ItemChange } from './diff.js';
export { loadMatters, linkMatter } from './matters.js';
export type { Matter } from './matters.js';
export { enrichCatalog, itemCitations } from './enrich.js';
export { lintCatalog, lintItem, LINT_RULES } from './lint.js';
export type { LintFinding, LintRule, Severity } from './lint.js';
export { compareCatalogs } from './compare.js';
export type { CompareMatrix, CompareCell, CompareStatus } from './compare.js';
export { exportCatalog, exportXlsx, exportMarkdown, exportHtml, escapeHtml, EXPORT_FORMATS } from './export.js';
export type { ExportFormat } from './export.js';

export interface ImportOptions {
  corpus?: Corpus;
  matters?: Matter[];
  /** The maintainer's column mapping (列名 or #n → field). */
  columns?: ColumnOverrides;
}

/** Reads, enriches and links a text catalog from bytes. Throws CatalogImportError when unreadable. */
export function importCatalogBytes(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Catalog {
  const matters = options.matters ?? loadMatters();
  return finishImport(readCatalog(bytes, fileName, { matters, deferLinks: true, ...(options.columns ? { columns: options.columns } : {}) }), options);
}

/** Reads a catalog of any format (text, HTML, .xlsx, .xls, .docx, PDF), enriched and linked. */
export async function importCatalogBytesAsync(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<Catalog> {
  const matters = options.matters ?? loadMatters();
  return finishImport(await readCatalogAsync(bytes, fileName, { matters, deferLinks: true, ...(options.columns ? { columns: options.columns } : {}) }), options);
}

function finishImport(read: Catalog, options: ImportOptions): Catalog {
  const corpus = options.corpus ?? loadCorpus();
  const matters = options.matters ?? loadMatters();
  const enriched = enrichCatalog(read, corpus);
  return {
    ...enriched,
    items: enriched.items.map((item) => {
      const link = linkMatter(item, matters);
      return { ...item, matter: link.matter, matterReason: link.reason };
    }),
  };
}

/** The bytes of a catalog file, or CatalogImportError: missing, a directory, unreadable, too large. */
export function readCatalogFileBytes(path: string): Buffer {
  const name = basename(path) || path;
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CatalogImportError('NOT_FOUND', path, '文件不存在');
    throw new CatalogImportError('NOT_FOUND', path, `无法读取文件（${code ?? '未知原因'}）`);
  }
  if (stat.isDirectory()) throw new CatalogImportError('IS_DIRECTORY', path, '这是一个目录，不是清单文件：请给出目录中的文件，例如 目录/*.txt');
  if (!stat.isFile()) throw new CatalogImportError('NOT_FOUND', path, '不是普通文件');
  if (stat.size > MAX_CATALOG_BYTES) {
    throw new CatalogImportError('TOO_LARGE', name, `文件过大（${(stat.size / 1048576).toFixed(1)} MB，上限 ${MAX_CATALOG_BYTES / 1048576} MB）`);
  }
  try {
    return readFileSync(path);
  } catch (err) {
    throw new CatalogImportError('NOT_FOUND', path, `无法读取文件（${(err as NodeJS.ErrnoException).code ?? '未知原因'}）`);
  }
}

/** Imports a text catalog file. Throws CatalogImportError (with the file name) when it cannot be read. */
export function importCatalogFile(path: string, options: ImportOptions = {}): Catalog {
  const bytes = readCatalogFileBytes(path);
  return importCatalogBytes(bytes, basename(path), options);
}

/** Imports a catalog file of any format. Throws CatalogImportError when it cannot be read. */
export async function importCatalogFileAsync(path: string, options: ImportOptions = {}): Promise<Catalog> {
  const bytes = readCatalogFileBytes(path);
  return importCatalogBytesAsync(bytes, basename(path), options);
}

/** The stable JSON view of an imported catalog (the `catalog import --json` contract). */
export function catalogContractView(catalog: Catalog) {
  return {
    jurisdiction: catalog.jurisdiction,
    level: catalog.level,
    year: catalog.year,
    title: catalog.title,
    asOf: catalog.asOf,
    source: catalog.source,
    items: catalog.items.map((item) => ({
      seq: item.seq,
      ...(item.seqInferred ? { seqInferred: true } : {}),
      name: item.name,
      ...(item.nameRecovery ? { rawName: item.nameRecovery.raw, nameConfidence: item.nameRecovery.confidence } : {}),
      ...(nameNeedsVerification(item) ? { nameToVerify: true } : {}),
      ...(item.truncated ? { truncated: true } : {}),
      kind: item.kind,
      rawKind: item.rawKind,
      ...(item.kindRecovery ? { kindRecovery: item.kindRecovery } : {}),
      matter: item.matter,
      ...(item.matterReason ? { matterReason: item.matterReason } : {}),
      subItems: item.subItems,
      targets: item.targets,
      departments: item.departments,
      exercisingBody: item.exercisingBody ?? [],
      ...(item.implementationLevel ? { implementationLevel: item.implementationLevel } : {}),
      ...(item.domain ? { domain: item.domain } : {}),
      ...(item.timeLimit ? { timeLimit: item.timeLimit } : {}),
      duties: item.duties.map((d) => ({ step: d.step, label: d.label, text: d.text, ...(d.basis ? { basis: d.basis } : {}) })),
      ...(item.dutyBasis ? { dutyBasis: item.dutyBasis } : {}),
      accountable: item.accountable,
      ...(item.accountability ? { accountability: item.accountability } : {}),
      ...(item.notes ? { notes: item.notes } : {}),
      citations: itemCitations(item).map((c) => ({
        statute: c.statute,
        article: c.article,
        ...(c.paragraph !== undefined ? { paragraph: c.paragraph } : {}),
        ...(c.item !== undefined ? { item: c.item } : {}),
        resolved: c.resolved,
        ...(c.reason ? { reason: c.reason } : {}),
        ...(c.detail ? { detail: c.detail } : {}),
        ...(c.quote ? { quote: c.quote } : {}),
        ...(c.version ? { version: c.version } : {}),
        ...(c.byReference ? { byReference: true } : {}),
        ...(c.quoteIsOnlyText ? { quoteIsOnlyText: true } : {}),
        raw: c.raw,
      })),
      lines: item.lines,
    })),
    gaps: catalog.gaps,
    notes: catalog.notes,
  };
}
