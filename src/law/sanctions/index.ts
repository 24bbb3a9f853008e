// Public entry of the sanction rules (处罚规则): penalties as code, each number traced to
// the article it comes from. Re-exported by src/law/index.ts.
export { computePenalty, recommendDiscretion, isLighter, type ComputeOptions } from './compute.js';
export {
  decidePenalty,
  decisionOf,
  penaltyWithDecision,
  choiceProblems,
  chosenMeasures,
  requirementsForChoices,
  minimumChoices,
  heavierChoice,
  mitigationOf,
  PenaltyDecisionSchema,
  DecisionMeasureSchema,
  MeasureChoiceSchema,
  MitigationSchema,
  CitationSchema,
  DECISION_KINDS,
  DECISION_KIND_BASIS,
  NO_PENALTY_GROUNDS,
  type PenaltyDecision,
  type DecisionMeasure,
  type MeasureChoice,
  type Mitigation,
  type CitationValue,
  type DecisionKind,
  type DecideInput,
} from './decision.js';
export {
  FLAGS,
  PARTIES,
  MEASURE_KINDS,
  DESIGNATED_INSTITUTIONS,
  PenaltyError,
  PenaltyFactsSchema,
  checkFacts,
  partyClass,
  type Flag,
  type Party,
  type PenaltyFacts,
  type PenaltyResult,
  type Measure,
  type Citation,
  type MeasureKind,
  type MeasureTarget,
  type LimitationResult,
  type PenaltyErrorCode,
} from './types.js';
export { listSanctionRules, hasSanctionRule, allParameters, type SanctionRuleInfo } from './registry.js';
export {
  limitationCheck,
  lateFine,
  lateFineLedger,
  type LateFineInput,
  type LateFineLedger,
  type LateFineLine,
  P72_RATE as LATE_FINE_RATE,
  exemptionCheck,
  mitigationGrounds,
  selectOneFine,
  applicableLaw,
  type ExemptionResult,
  type MitigationGround,
  type ApplicableLaw,
} from './general.js';
export { procedureRequirements, type ProcedureInput, type ProcedureRequirements } from './procedure.js';
export { parseArticleKey } from './registry.js';
export {
  loadDiscretionData,
  knownJurisdictions,
  benchmarkFor,
  procedureThresholdsFor,
  legalReviewSituationsFor,
  type LocalReviewSituation,
  resolveJurisdictionPath,
  TIERS,
  type Tier,
  type DiscretionRecommendation,
  type DiscretionAlternative,
} from './discretion.js';
export { parseStatutoryPhrase, type StatutoryParameter, type StatutoryValue } from './parameters.js';

export { loadQuotedStatutes } from './text.js';
export { loadWorkedExamples, workedExampleDifferences, WorkedExampleSchema, WORKED_EXAMPLES_FILE, type WorkedExample, type ExpectedMeasure } from './worked-examples.js';
