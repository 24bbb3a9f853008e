// Public entry of the catalog module: import a catalog file (any of the source shapes),
// resolve its citations, link its items to canonical matters, lint, compare, export.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { loadCorpus, type Corpus } from '../law/index.js';
import { readCatalog, CatalogImportError, MAX_CATALOG_BYTES } from './import/index.js';
import { loadMatters, linkMatter, type Matter } from './matters.js';
import { enrichCatalog, itemCitations } from './enrich.js';
import type { Catalog } from './model.js';

export * from './model.js';
export { readCatalog, CatalogImportError } from './import/index.js';
export { loadMatters, linkMatter } from './matters.js';
export type { Matter } from './matters.js';
export { enrichCatalog, itemCitations } from './enrich.js';
export { lintCatalog, lintItem, LINT_RULES } from './lint.js';
export type { LintFinding, LintRule, Severity } from './lint.js';
export { compareCatalogs } from './compare.js';
export type { CompareMatrix, CompareCell, CompareStatus } from './compare.js';
export { exportCatalog, exportXlsx, exportMarkdown, EXPORT_FORMATS } from './export.js';
export type { ExportFormat } from './export.js';

export interface ImportOptions {
  corpus?: Corpus;
  matters?: Matter[];
}

/** Reads, enriches and links a catalog from bytes. Throws CatalogImportError when unreadable. */
export function importCatalogBytes(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Catalog {
  const corpus = options.corpus ?? loadCorpus();
  const matters = options.matters ?? loadMatters();
  const enriched = enrichCatalog(readCatalog(bytes, fileName, { matters }), corpus);
  return {
    ...enriched,
    items: enriched.items.map((item) => {
      const link = linkMatter(item, matters);
      return { ...item, matter: link.matter, matterReason: link.reason };
    }),
  };
}

/** Imports a catalog file. Throws CatalogImportError (with the file name) when it cannot be read. */
export function importCatalogFile(path: string, options: ImportOptions = {}): Catalog {
  const name = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CatalogImportError('NO_TABLE', name, '文件不存在或无法读取');
  }
  if (size > MAX_CATALOG_BYTES) {
    throw new CatalogImportError('TOO_LARGE', name, `文件过大（${(size / 1048576).toFixed(1)} MB，上限 ${MAX_CATALOG_BYTES / 1048576} MB）`);
  }
  return importCatalogBytes(readFileSync(path), name, options);
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
      kind: item.kind,
      rawKind: item.rawKind,
      matter: item.matter,
      ...(item.matterReason ? { matterReason: item.matterReason } : {}),
      targets: item.targets,
      departments: item.departments,
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
