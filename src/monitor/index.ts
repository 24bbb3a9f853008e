// Public entry of the monitor module: other modules import only from this file.
export { TABLES, TABLE_BY_NAME, createTableSql, type TableDef, type ColumnDef, type Row } from './schema.js';
export { DuckDbEngine, PostgresEngine, splitSqlStatements, type SqlEngine, type EngineName, type SqlRow } from './engine.js';
export {
  loadDataset, createBaseTables, insertRows, copyToPostgres, formatIssue, DataLoadError,
  type LoadReport, type LoadIssue, type LoadIssueCode, type LoadMode, type TableLoadSummary,
} from './load.js';
export { loadRulePack, selectRules, resolveParams, renderRuleSql, hitKindOf, RuleMetaSchema, STANDARD_COLUMNS, type Rule, type RuleMeta, type RuleParams, type HitKind } from './rules.js';
export { runPack, runPrep, runRule, runIncrement, isIncrementalRule, addPostgresIndexes, type Hit, type PackResult, type RuleTiming, type RunOptions } from './run.js';
export { attachEvidence, citationOf, type HitDetail, type EvidenceLine, type EvidenceDiagnosis, type HitMoney, type Citation } from './evidence.js';
export { generateSynthetic, type SynthOptions, type SynthResult } from './synth.js';
export { readTruth, scoreHits, formatScores, type RuleScore } from './truth.js';
export {
  buildLeads, leadToPenaltyCaseInput, dedupedAmount, yuan,
  type Lead, type LeadParty, type LeadCitation, type PenaltyCaseInput, type CaseEvidence,
} from './leads.js';
export {
  REVIEW_STAGES, startReview, applyReviewAction, isOverdue, confirmedHits, loadReviewLimits, dueDateFor, ReviewError,
  type ReviewState, type ReviewAction, type ReviewActionType, type ReviewStage, type ReviewStatus, type StageLimits,
} from './review.js';
export { runMonitor, hitsToLeads, uncheckedData, todayInShanghai, type MonitorRunOptions, type MonitorRunResult, type UncheckedData } from './monitor.js';
export { writeLeadsXlsx } from './xlsx.js';
export { startLocalPostgres, type LocalPostgres } from './pg-server.js';
export { startStoredReviews, loadStoredReview, listStoredReviews, overdueStoredReviews, applyStoredReviewAction } from './review-store.js';
