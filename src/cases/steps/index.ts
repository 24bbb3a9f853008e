// Step inputs: the schemas every step is validated with, their fields, parties and identity checks.
export { STEP_INPUTS, STEP_INPUT_IDS, stepInputSchema, stepInputJsonSchema, inputProblem, ViolationSchema, PenaltyFactsInputSchema, REVIEW_CONCLUSIONS, REVIEW_POINTS, REVIEW_FINDINGS, SERVICE_METHODS, type StepInputId, type Violation, type PenaltyFactsInput, type ReviewConclusion } from './inputs.js';
export { WIDGETS, type Widget, type FieldMeta } from './fields.js';
export { PartySchema, PartiesSchema, PARTY_CLASSES, PARTY_CATEGORIES, PARTY_ROLES, ID_KINDS, mainParty, partyClassOf, type Party as CaseParty, type PartyInput, type PartyClass, type PartyCategory, type PartyRole } from './party.js';
export { isResidentIdNumber, isUnifiedSocialCreditCode } from './identity.js';
