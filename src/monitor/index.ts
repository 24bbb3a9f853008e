// Public entry of the monitor module: other modules import only from this file.
export { TABLES, TABLE_BY_NAME, createTableSql, type TableDef, type ColumnDef, type Row } from './schema.js';
export { DuckDbEngine, PostgresEngine, splitSqlStatements, type SqlEngine, type EngineName, type SqlRow } from './engine.js';
export { loadDataset, createBaseTables, insertRows, copyToPostgres, type LoadReport, type LoadIssue, type TableLoadSummary } from './load.js';
export { loadRulePack, selectRules, resolveParams, renderRuleSql, RuleMetaSchema, STANDARD_COLUMNS, type Rule, type RuleMeta, type RuleParams } from './rules.js';
export { runPack, runPrep, runRule, runIncrement, isIncrementalRule, addPostgresIndexes, type Hit, type PackResult, type RuleTiming, type RunOptions } from './run.js';
export { generateSynthetic, type SynthOptions, type SynthResult } from './synth.js';
export { readTruth, scoreHits, formatScores, type RuleScore } from './truth.js';
export { buildLeads, leadToPenaltyCaseInput, dedupedAmount, yuan, type Lead, type LeadParty, type PenaltyCaseInput } from './leads.js';
export {
  REVIEW_STAGES, startReview, applyReviewAction, isOverdue, confirmedHits, loadReviewLimits, dueDateFor, ReviewError,
  type ReviewState, type ReviewAction, type ReviewActionType, type ReviewStage, type ReviewStatus, type StageLimits,
} from './review.js';
export { runMonitor, todayInShanghai, type MonitorRunOptions, type MonitorRunResult } from './monitor.js';
export { writeLeadsXlsx } from './xlsx.js';
export { startLocalPostgres, type LocalPostgres } from './pg-server.js';
export { startStoredReviews, loadStoredReview, listStoredReviews, overdueStoredReviews, applyStoredReviewAction } from './review-store.js';
