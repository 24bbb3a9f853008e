// The case engine's vocabulary: case state, actors, inputs, results and the ports it
// needs (calendar, penalty rules). The engine itself is a pure function (engine.ts).
import type { LimitBasis, ProcedureDef, Role, TimeUnit } from '../procedure/model.js';

export interface Certificate {
  /** 执法证号 */
  no: string;
  validFrom: string;
  validTo: string;
}

export interface User {
  name: string;
  displayName: string;
  roles: Role[];
  certificate?: Certificate;
  jurisdiction: string;
  /** Parties this user has a standing interest in (亲属、曾任职 …): recusal. */
  conflicts?: string[];
}

export interface Attachment {
  name: string;
  sha256: string;
  fileName?: string;
  size?: number;
}

/** A measure as notified or decided (an amount, or a number of months). */
export interface DecidedMeasure {
  kind: string;
  amountFen?: number;
  months?: number;
  target?: string;
}

/** The part of the penalty module's result the engine reads. */
export interface RangeMeasure {
  kind: string;
  mandatory: boolean;
  penalty?: boolean;
  minFen?: number;
  maxFen?: number;
  amountFen?: number;
  minMonths?: number;
  maxMonths?: number;
  target?: string;
  citation: string;
}
export interface PenaltyRange {
  punishable: boolean;
  reasons: string[];
  measures: RangeMeasure[];
  appliedArticle?: string;
}

export interface ProcedureNeeds {
  simplifiedEligible?: boolean;
  hearingRight?: boolean;
  legalReviewRequired?: boolean;
  collectiveDiscussionRequired?: boolean;
  reasons?: string[];
}

export interface DeadlineRequest {
  /** A date (YYYY-MM-DD) or, for 小时, an instant. */
  start: string;
  amount: number;
  unit: TimeUnit;
  excludedPeriods?: Array<{ from: string; to: string; kind?: string }>;
}
export interface DeadlineAnswer {
  due: string;
  provisional: boolean;
  basis: string;
}

/** Ports: the engine calls these and nothing else outside itself. */
export interface EngineContext {
  procedure: ProcedureDef;
  users: ReadonlyMap<string, User>;
  computeDeadline(req: DeadlineRequest): DeadlineAnswer;
  /** The penalty module: range for an article and facts. Throws for an unknown article. */
  computePenalty?(violation: string, facts: unknown): PenaltyRange;
  /** The penalty module's procedure requirements for the notified measures. */
  procedureRequirements?(violation: string, facts: unknown, measures: DecidedMeasure[]): ProcedureNeeds;
}

export type DeadlineStatus = 'open' | 'met' | 'late' | 'closed';

export interface DeadlineInstance {
  id: string;
  label: string;
  start: string;
  amount: number;
  unit: TimeUnit;
  basis: LimitBasis;
  excludes: string[];
  /** Approved extensions, in the deadline's unit. */
  extended: number;
  due: string;
  provisional: boolean;
  calendarBasis: string;
  status: DeadlineStatus;
  stoppedAt?: string;
}

export interface Pause {
  kind: string;
  from: string;
  to?: string;
}

export interface ExtensionRequest {
  deadline: string;
  amount: number;
  reason: string;
  by: string;
  at: string;
  approvedBy?: string;
  approvedAt?: string;
}

export interface CaseState {
  id: string;
  procedure: { id: string; version: number; name: string };
  kind: string;
  item?: { ref: string; name: string; matter?: { id: string; name: string } | null };
  variant?: string;
  state: string;
  closed: boolean;
  openedAt: string;
  openedBy: string;
  updatedAt: string;
  party?: { name: string; type: '公民' | '法人或者其他组织' };
  officers: string[];
  /** Facts that steer the procedure: hearingRight, major, legalReviewRequired, hasFine … */
  facts: Record<string, unknown>;
  /** How many times each step was done. */
  done: Record<string, number>;
  /** Attachments given with the steps, by content hash (the content is kept by the record). */
  attachments: Array<Attachment & { step: string }>;
  /** Every step taken: who and when (the full inputs are in the record). */
  history: Array<{ step: string; actor: string; at: string }>;
  interests: Array<{ user: string; reason: string; at: string }>;
  legalReview?: { by: string; conclusion: string; at: string };
  collective?: { at: string; conclusion: string };
  penalty: {
    violation?: string;
    penaltyFacts?: unknown;
    range?: PenaltyRange;
    rangeError?: string;
    notified?: DecidedMeasure[];
    notifiedAt?: string;
    decided?: DecidedMeasure[];
    decisionType?: string;
    decidedAt?: string;
    argued: boolean;
    waivedStatement: boolean;
    waivedHearing: boolean;
    hearingRequested: boolean;
    hearing?: { date?: string; host?: string; place?: string; noticeAt?: string; heldAt?: string };
  };
  pauses: Pause[];
  extensions: ExtensionRequest[];
  deadlines: DeadlineInstance[];
  draw?: { seed: string; register: string[]; roster: string[]; targets: string[]; inspectors: string[] };
  reward?: { amountFen: number };
  payments: Array<{ amountFen: number; at: string; ref?: string }>;
  credit?: { list: string; term: string; at: string };
  /** Last inputs of each step (sealed fields removed), for documents and display. */
  data: Record<string, Record<string, unknown>>;
  links: { parent?: string; children: string[] };
}

export interface Refusal {
  code: string;
  message: string;
}

export interface CaseEvent {
  caseId: string;
  step: string;
  actor: string;
  at: string;
  fromState: string;
  toState: string;
  inputs: Record<string, unknown>;
  attachments: Attachment[];
}

/** A case another case asks to open (an inspection finding → a penalty case). */
export interface SpawnRequest {
  procedure: string;
  party?: { name: string; type: '公民' | '法人或者其他组织' };
  facts: Record<string, unknown>;
  reason: string;
}

export type ActResult =
  | {
      ok: true;
      state: CaseState;
      event: CaseEvent;
      deadlines: DeadlineInstance[];
      spawns: SpawnRequest[];
      /** Values kept out of the record (sealed), by field. */
      secrets: Record<string, unknown>;
    }
  | { ok: false; refusal: Refusal };
