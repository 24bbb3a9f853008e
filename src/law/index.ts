// Public entry of the law module: statutes as data, citations, sanction rules, calendar.
import './zod-locale.js';
export { loadCorpus, loadCorpusFrom, normaliseTitle, shortTitleOf, statuteLevel, DEFAULT_LAW_DIR } from './corpus.js';
export type { Corpus, Statute, StatuteVersion, Article, Paragraph, ArticleItem } from './corpus.js';
export { parseNumeral, chineseNumeral, asciiDigits } from './numerals.js';
export { parseCitations, resolveCitation, resolveRef } from './citations.js';
export type { ParsedCitation, ArticleRef, ResolvedRef, UnresolvedReason } from './citations.js';
export * from './sanctions/index.js';
export { formatYuan, formatYuanWithCapital, capitalYuan, yuanToFen, multiplyFen, rational, type Rational } from './money.js';
export { loadRewardData, rewardDocumentsFor, rewardCapFor, rewardMaximumFor, RewardDataError, REWARD_DIR } from './rewards.js';
export type { RewardDocument, RewardRule, RewardCap, RewardMaximum } from './rewards.js';
export * from './calendar/index.js';
export { loadJurisdictions, findJurisdiction, pathUpwards, withinJurisdiction, jurisdictionOfName, JURISDICTION_LEVELS, type Jurisdiction, type JurisdictionLevel } from './jurisdictions.js';
export { loadPeriods, citeTextRef, textRefPlace, PeriodSchema, PERIOD_UNITS, type Period, type PeriodRegistry, type PeriodUnit, type CountingRule, type Extension as PeriodExtension, type TextRef, type AnnualDate } from './periods.js';
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
