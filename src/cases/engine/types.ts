// The case engine's vocabulary: case state, actors, inputs, results and the ports it
// needs (clock, calendar, periods, the penalty decision). The engine itself is a pure
// function (engine.ts).
import type { DecideInput, DecisionKind, MeasureChoice, Mitigation, PenaltyDecision, PeriodRegistry, RewardMaximum } from '../../law/index.js';
import type { LimitBasis, ProcedureDef, Role, TimeUnit } from '../procedure/model.js';
import type { Party } from '../steps/party.js';
import type { AgreementMeasure, PenaltyFactsInput, ReviewConclusion, Violation } from '../steps/inputs.js';
import type { Execution } from './execution.js';

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
  /** jurisdiction path, e.g. 山西省/阳泉市 */
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

export interface DeadlineRequest {
  /** A date (YYYY-MM-DD) or, for 小时, an instant. */
  start: string;
  amount: number;
  unit: TimeUnit;
  excludedPeriods?: Array<{ from: string; to: string; kind?: string }>;
  /** The article that moves a last day on a holiday to the next working day. */
  carryOverBasis?: string;
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
  /** The statutory periods (data/law/periods.json). */
  periods: PeriodRegistry;
  computeDeadline(req: DeadlineRequest): DeadlineAnswer;
  /** The penalty module: the decision for an article and facts. Throws a PenaltyError on bad facts. */
  decide?(input: DecideInput): PenaltyDecision;
  /** Today's date in Asia/Shanghai by the real clock (a step dated later is refused). */
  today(): string;
  /** The catalog item of the case, when it has one: the kinds of party and the articles it rests on. */
  item?: { targets: string[]; articles: Array<{ statute: string; article: number }> } | undefined;
  /** The reward rule in force on a date for a recovered amount (举报奖励): its cap and basis, when loaded. */
  rewardCap?(recoveredFen: number, onDate: string, jurisdiction: string): RewardMaximum;
}

export type DeadlineStatus = 'open' | 'met' | 'late' | 'closed' | 'expired';

export interface DeadlineInstance {
  id: string;
  /** The statutory period (data/law/periods.json), or undefined for a seed-stated or bureau limit. */
  period?: string;
  label: string;
  start: string;
  amount: number;
  unit: TimeUnit;
  /** A statutory period's citation, or the seed/bureau basis. */
  basis: { text: string; quote?: string } | LimitBasis;
  excludes: string[];
  /** Approved extensions, in the deadline's unit. */
  extended: number;
  due: string;
  provisional: boolean;
  calendarBasis: string;
  status: DeadlineStatus;
  stoppedAt?: string;
  /** A step taken after it, where the period allows that: the reason recorded. */
  lateReason?: string;
  /** What happened when it ran out unanswered (先行登记保存 自动解除). */
  expiredEffect?: string;
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
  /** which of the period's extensions (0: the first) */
  option: number;
  approvedBy?: string;
  approvedAt?: string;
}

export interface HistoryEntry {
  step: string;
  actor: string;
  /** when it was entered */
  at: string;
  /** the day it happened (earlier than `at` only with a recorded reason) */
  date: string;
  /** why it is entered after the day it happened */
  backdated?: string;
}

export interface CaseState {
  id: string;
  procedure: { id: string; version: number; name: string };
  kind: string;
  /** The case's jurisdiction: its local standards, bureau and officers. */
  jurisdiction: { path: string; code: string; name: string };
  item?: { ref: string; name: string; matter?: { id: string; name: string } | null };
  variant?: string;
  state: string;
  closed: boolean;
  openedAt: string;
  openedBy: string;
  updatedAt: string;
  parties: Party[];
  officers: string[];
  /** Everyone who took or was named on an investigation step: never the case's reviewer or hearing host. */
  investigators: string[];
  /** Facts that steer the procedure: hearingRight, major, legalReviewRequired, hasFine … */
  facts: Record<string, unknown>;
  /** How many times each step was done. */
  done: Record<string, number>;
  /** Attachments given with the steps, by content hash (the content is kept by the record). */
  attachments: Array<Attachment & { step: string }>;
  /** Every step taken: who, when entered, and the day it happened. */
  history: HistoryEntry[];
  interests: Array<{ user: string; reason: string; at: string }>;
  legalReview?: { by: string; conclusion: ReviewConclusion; date: string };
  collective?: { date: string; attendees: string[]; conclusion: string };
  penalty: {
    violation?: Violation;
    facts?: PenaltyFactsInput;
    decision?: PenaltyDecision;
    notified?: MeasureChoice[];
    notifiedOn?: string;
    mitigation?: Mitigation;
    decided?: { kind: DecisionKind; measures: MeasureChoice[]; mitigation?: Mitigation; date: string; referralTo?: string; reason?: string; noPenaltyGround?: string };
    argued: boolean;
    waivedStatement: boolean;
    waivedHearing: boolean;
    hearingRequested: boolean;
    hearing?: { date?: string; host?: string; place?: string; noticeDate?: string; heldDate?: string };
    served?: { date: string; method: string; late?: string };
  };
  /** Handling under a service agreement (医保协议): what was notified and decided. */
  agreement?: { notified?: AgreementMeasure[]; decided?: AgreementMeasure[] };
  pauses: Pause[];
  extensions: ExtensionRequest[];
  deadlines: DeadlineInstance[];
  draw?: { seed: string; register: string[]; roster: string[]; targets: string[]; inspectors: string[] };
  reward?: { amountFen: number };
  /** Money the bureau pays out (给付, 奖励). */
  payments: Array<{ amountFen: number; at: string; ref?: string }>;
  /** 执行 of a decision: the party's payments, 暂缓/分期, 催告, court enforcement, 复议/诉讼, 公示 (execution.ts). */
  execution?: Execution;
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
  parties?: Party[];
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
