// Public entry of the law module: statutes as data, citations, sanction rules, calendar.
export { loadCorpus, loadCorpusFrom, normaliseTitle, shortTitleOf, statuteLevel, DEFAULT_LAW_DIR } from './corpus.js';
export type { Corpus, Statute, StatuteVersion, Article, Paragraph, ArticleItem } from './corpus.js';
export { parseNumeral, chineseNumeral, asciiDigits } from './numerals.js';
export { parseCitations, resolveCitation, resolveRef } from './citations.js';
export type { ParsedCitation, ArticleRef, ResolvedRef, UnresolvedReason } from './citations.js';
export * from './sanctions/index.js';
export * from './calendar/index.js';
export {
  loadCoverage,
  requireCoverage,
  loadCoverageFile,
  loadAllCoverage,
  parseCoverageFile,
  checkCoverage,
  coverageGaps,
  coverageStatus,
  coverageCounts,
  scanNumbers,
  locationLabel,
  CoverageFileError,
  CoverageNotFoundError,
  CoverageFileSchema,
  CoverageEntrySchema,
  COVERAGE_KINDS,
  COVERAGE_KIND_LABELS,
  COVERAGE_STATUS_LABELS,
  NUMBER_UNITS,
  DEFAULT_COVERAGE_DIR,
} from './coverage.js';
export type {
  CoverageFile,
  CoverageEntry,
  CoverageKind,
  CoverageTable,
  LoadedCoverageEntry,
  CoverageProblem,
  CoverageProblemCode,
  CoverageStatus,
  CoverageCounts,
  StatutoryNumber,
  ScannedNumber,
  NumberUnit,
} from './coverage.js';
