// Public entry of the cases module: other modules import only from this file.
// Procedures as data, the case engine (pure), the case service (persistence), the
// runtime wiring, the hash-chained record and the 文书.
export * from './procedure/model.js';
export { loadProcedures, DEFAULT_PROCEDURE_DIR, DEFAULT_CATALOG_DIR, type ProcedureRegistry } from './procedure/load.js';
export * from './engine/types.js';
export {
  LIBRARY_KINDS, LIBRARY_NAMES, LIBRARY_ADDED_STEP, LIBRARY_DISABLED_STEP, LibraryAddition, LibraryDisabling, LibraryError,
  activeOn, activeEntries, librarySetUp, libraryProblem, listLibraryEntries, addLibraryEntry, disableLibraryEntry, type LibraryEntry, type LibraryKind,
} from './libraries.js';
export { act, openCase, availableSteps, recomputeDeadlines, stepDateOf, periodOf, type OpenArgs } from './engine/engine.js';
export { certificateValid, recusedReason } from './engine/guards.js';
export { citableEvidence, localReviewSituations, caseSuspects, type CaseSuspect } from './engine/guards-investigation.js';
export { precheck, CASE_DECIDES } from './engine/precheck.js';
export { executionStatus, executionOf, duesOf, measuresToExecute, DUE_KINDS, PAYEE, type ExecutionStatus, type DueStatus, type DueKind } from './engine/execution.js';
export * from './steps/index.js';
export { drawDoubleRandom, drawSample, type DoubleRandomDraw } from './engine/random.js';
export * as statutory from './engine/statutory.js';
export { mapItem, parseItemId, itemId, type MappableItem, type ItemProcedure } from './mapping.js';
export {
  DEMO_USERS,
  DEMO_JURISDICTION,
  userMap,
  insertDemoUsers,
  CASE_ROLES,
  ADMIN_ROLES,
  ACCOUNT_ROLES,
  SYSTEM_ADMIN,
  isCaseRole,
  conflictingRoles,
  effectiveRoles,
  userColumns,
  setUserOrganisation,
  userFromRow,
  type AccountRole,
  type DemoUser,
  type UserRow,
} from './users.js';
export {
  CaseService,
  CaseError,
  type StoreLike,
  type Queryable as CaseQueryable,
  type AppendEvent,
  type CasePorts,
  type OpenRequest,
  type ActOutcome,
  type DeadlineRow,
  type CaseView,
} from './service.js';
export { openCaseService, realPorts, catalogItemResolver, storedCatalogItemResolver, mappableOf, loadScheduleAndRecompute, realReplayOptions, caseRecordChecks } from './runtime.js';
export { replayCases, replayCheck, firstDifference, type ReplayOptions, type ReplayPorts, type ReplayResult, type ReplayDifference } from './replay.js';
export * from './documents/index.js';
// The case's own party and service vocabulary (the documents' schemas print them).
export { PARTY_CATEGORIES, PARTY_ROLES, PartySchema } from './steps/index.js';
export { documentInput, type DocContext } from './doc-inputs.js';
export { buildCaseVolume, renderCaseVolume, type CaseVolume, type VolumeRecordEntry } from './volume.js';
export * from './record/index.js';
export {
  reportStatistics, reportOutcome, reportReceivedOn, annualReportDue, annualReportStatus, withoutClassified, withheldInput, classifiedAttachments, handlesCase, publicTypicalCase, sourceReportOf, withoutReportSecrets,
  REPORT_OUTCOMES, REPORT_PROCEDURE, ANNUAL_REPORT_PROCEDURE, WITHHELD,
  type ReportStatistics, type ReportRow, type PublicTypicalCase, type AnnualReportStatus, type ReportOutcome,
} from './reports.js';
export { openCaseFromLead, catalogItemForMatter, penaltyFactsFromLead, leadPenaltyProposal, violationOfArticle, seedCatalogs, LEAD_CASE_PROCEDURE, type OpenFromLeadOptions, type NamedCatalog } from './from-lead.js';
export * as caseTesting from './testing/index.js';
export {
  DELEGABLE_KINDS, DelegationInputSchema, DelegatedMatterSchema, DelegationError, delegablePowers, checkPowers, loadDelegations, registerDelegation, endDelegation, bureauNameOf,
  type DelegationInput, type DelegablePowers,
} from './delegation.js';
export { delegationRefusal, openingRefusal, takesCoerciveMeasure, undelegableStep, isCoerciveProcedure, coversCase, inForce, COERCIVE_KIND } from './engine/guards-delegation.js';
