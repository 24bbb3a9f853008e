// The case engine's vocabulary: case state, actors, inputs, results and the ports it
// needs (clock, calendar, periods, the penalty decision). The engine itself is a pure
// function (engine.ts).
import type { DecideInput, DecisionKind, MeasureChoice, Mitigation, PenaltyDecision, PeriodRegistry, RewardMaximum } from '../../law/index.js';
import type { LimitBasis, ProcedureDef, Role, TimeUnit } from '../procedure/model.js';
import type { Party } from '../steps/party.js';
import type { AgreementMeasure, Inquiry, OnSiteCheck, PenaltyFactsInput, ReviewConclusion, Violation } from '../steps/inputs.js';
import type { Execution } from './execution.js';
import type { RecusalApplication } from './recusal.js';
import type { LibraryEntry } from './libraries.js';

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
  /**
   * The 受托组织 (its 统一社会信用代码) the user works for, acting under a 委托书 of the bureau of
   * `jurisdiction` (暂行规定 第八条); absent for the bureau's own staff.
   */
  organisation?: string;
}

/** One 委托事项 of a 委托书: a kind of power (行政处罚 …) or one catalog item (ITEM_ID). */
export type DelegatedMatter = { 类别: string } | { 事项: string; 名称: string };

/** A 委托书 (暂行规定 第八条第三款): who gives what to whom, for which steps, for how long. */
export interface Delegation {
  id: string;
  文号: string;
  /** 委托机关: the bureau of this jurisdiction (path) */
  委托机关: { jurisdiction: string; name: string };
  受托组织: { 名称: string; 统一社会信用代码: string };
  委托事项: DelegatedMatter[];
  /** 权限: the steps (by id) the 受托组织 may take */
  权限: string[];
  起始日期: string;
  截止日期: string;
  /** 提前终止: the 委托 ends at the end of this day */
  终止日期?: string;
  公布日期: string;
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
  /**
   * The 委托书 the case's bureau (委托机关) has given (暂行规定 第八条), read from the store by the
   * service; a user of a 受托组织 acts only within one of them (engine/guards-delegation.ts).
   */
  delegations?: readonly Delegation[];
  /** The catalog item of the case, when it has one: the kinds of party and the articles it rests on. */
  item?: { targets: string[]; articles: Array<{ statute: string; article: number }> } | undefined;
  /** The reward rule in force on a date for a recovered amount (举报奖励): its cap and basis, when loaded. */
  rewardCap?(recoveredFen: number, onDate: string, jurisdiction: string): RewardMaximum;
  /**
   * Set when a recorded step is replayed (src/cases/replay.ts): what was accepted then is
   * applied, not judged again. Who may act (roles, certificates, recusal), the guards and the
   * dates compared with today are not re-checked, and what the step took from the world at
   * the time — the penalty decision, the roster of a draw — is taken from the recorded inputs.
   */
  replay?: { recorded: Record<string, unknown> };
  /**
   * The 被检查对象库、检查人员库、专家库 of the case's jurisdiction, every row with its history
   * (飞行检查办法 第六条; engine/libraries.ts), loaded by the service for the procedures whose
   * steps choose from them; absent elsewhere.
   */
  libraries?: readonly LibraryEntry[];
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
  /** The party's applications for recusal and their decisions (暂行规定 第五条第二款、第三款; engine/recusal.ts). */
  recusals?: RecusalApplication[];
  /** The last 法制审核: its conclusion and, for a 行政处罚, the points of 第三十八条 found wanting. */
  legalReview?: { by: string; conclusion: ReviewConclusion; date: string; problems?: Array<{ point: string; note: string }> };
  /** The last 集体讨论: its attendees and who of them has signed its record (暂行规定 第四十四条第二款). */
  collective?: { date: string; attendees: string[]; conclusion: string; signedBy?: string[] };
  penalty: {
    violation?: Violation;
    facts?: PenaltyFactsInput;
    decision?: PenaltyDecision;
    notified?: MeasureChoice[];
    notifiedOn?: string;
    mitigation?: Mitigation;
    decided?: {
      kind: DecisionKind; measures: MeasureChoice[]; mitigation?: Mitigation; date: string; referralTo?: string; reason?: string; noPenaltyGround?: string;
      /** 责令改正 of a 行政处罚 (暂行规定 第十三条): by a date (限期改正) or at once, and what to correct */
      correction?: { by?: string; what?: string };
    };
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
  /** Every 询问笔录 and 现场检查笔录 recorded on the case, in order, with the step and day that recorded it (the documents are printed from them). */
  /**
   * Every piece of evidence registered on the case (登记证据's rows, 调查取证's 证据清单), by name, with
   * the step and day that registered it: what the facts of 调查终结 may cite (暂行规定 第十九条第四款).
   */
  evidence?: Array<{ 名称: string; 种类?: string; 收集方式?: string; step: string; date: string }>;
  /**
   * 第十八条第一款第（三）项: 疑点 of data taken from an information system (调取疑点数据), each by
   * number; a case opened from a monitoring lead has the lead's in facts.疑点数据.
   */
  suspects?: Array<{ 编号: string; 内容: string; 发生日期?: string; 涉及金额Fen?: number; 信息系统: string; step: string; date: string }>;
  /** The party's explanation of each 疑点 and what the officers made of it, in order. */
  suspectExplanations?: Array<{ 疑点编号: string; 说明: string; 核实意见: string; 说明人: string; date: string }>;
  transcripts?: { 询问笔录?: Array<Inquiry & { step: string; date: string }>; 现场检查笔录?: Array<OnSiteCheck & { step: string; date: string }> };
  /** Last inputs of each step (sealed fields removed), for documents and display. */
  data: Record<string, Record<string, unknown>>;
  links: { parent?: string; children: string[] };
  /** 飞行检查 (医疗保障基金飞行检查管理暂行办法): the organiser's inspection or the 被检地部门's handling. */
  inspection?: FlyingInspection;
  /** 举报处理 (医疗保障基金使用监督管理举报处理暂行办法). */
  report?: ReportHandling;
  /** 管辖: where the case has been, a dispute over it, what binds its holder (暂行规定 第十条至第十二条; engine/venue.ts). */
  venue?: Venue;
  /** 举报处理工作年度报告 (举报处理暂行办法 第十九条). */
  annualReport?: AnnualReportFiling;
}

/** How a case came to another 医疗保障行政部门. */
export type VenueMoveKind = '移送管辖' | '提级管辖' | '指定下级管辖' | '协商管辖' | '指定管辖';

/** 管辖 of a case (医疗保障行政处罚程序暂行规定 第十条至第十二条). */
export interface Venue {
  /** every move between departments, in order: from, to (paths), how, the day, who decided */
  moves: Array<{ from: string; to: string; how: VenueMoveKind; date: string; by: string }>;
  /** 第十二条第二款: received by 移送 from this department — the holder may not pass it on itself */
  received?: { from: string; on: string };
  /** 第十条、第十一条: placed here by a superior (指定管辖, 指定下级管辖) — the holder may not pass it on itself */
  designated?: { by: string; on: string };
  /** 第十条: a dispute over jurisdiction in progress: with whom, since when, the common superior; failed / asked of the superior */
  dispute?: { with: string; since: string; common: string; failed?: boolean; requestedOn?: string };
  /**
   * 第十一条第二句: a law, regulation or rule reserves the case for the department at `path`'s level
   * or above (recorded with its article by the superior taking it up): never handed below it.
   */
  reserved?: { path: string; basis: string; on: string };
}

/** A problem a 飞行检查 found, fed back and concluded (第十八条、第二十一条). */
export interface FlyingProblem {
  编号: string;
  被检查对象: string;
  问题: string;
  定性: string;
  涉及金额Fen?: number;
  认定依据类型: string;
  认定依据: string;
}

export interface FlyingInspection {
  /** 第十条: the ground it was started on */
  trigger?: string;
  annualPlan?: boolean;
  /** 第三十条: the department one level down (or the organiser itself where it is the lowest, 第三十一条) */
  inspectedBureau?: string;
  /** 第三十一条: organised below the province, 参照本办法 */
  byReference?: boolean;
  team?: { leader: string; officers: string[]; others: Array<Record<string, string>>; targets: Array<{ 名称: string; 类别: string }> };
  /** 第十四条: the approved 实施方案's dates; `until` moves with an approved extension (第二十条) */
  plan?: { from: string; until: string; approved: boolean };
  /** 第二十条: requests and their approval */
  adjustments: Array<{ kind: string; reason: string; by: string; date: string; officers?: string[]; until?: string; decision?: '同意' | '不同意' }>;
  problems: FlyingProblem[];
  feedbackOn?: string;
  /** 第十八条: the party confirmed it has no objection */
  noObjection?: boolean;
  /** 第二十一条第一款: consulted with the 被检地部门 on these matters */
  consulted?: string[];
  concludedOn?: string;
  /** the 被检地部门's handling case (第二十二条) */
  handlingCase?: string;
  /** 被检地部门: how each transferred problem was handled (第二十四条), by 编号 */
  handled: Record<string, { 处理方式: string; 处理认定金额Fen?: number; date: string }>;
}

export interface ReportHandling {
  /** 第八条 */
  realName: boolean;
  /** the reporter left a way to be told (实名 always does) */
  contact: boolean;
  /** 第九条第一款: where the reported conduct happened */
  place: string;
  /** 第十一条: the 同级机构 it was passed to (absent: the 统一接收 机构 holds it) */
  heldBy?: string;
  /** 第十条: a dispute over who handles it */
  dispute?: { with: string; since: string; failed?: boolean };
  /** 第九条第三款: asked the department above to decide */
  referredUp?: boolean;
  /** 第十四条 */
  withdrawnOn?: string;
  /** the penalty lead it fed (第十二条第一款) */
  lead?: string;
  /** 第十六条第二款: material marked 涉密, by whom and when (never published nor exported) */
  classified?: { kind: string; materials: string[]; by: string; date: string };
  /** 第二十条: marked a 典型案例 (a verified report of major social impact) */
  typical?: { title: string; impact: string; by: string; date: string };
  /** 第十六条第三款: the review for 商业秘密 and 个人隐私 before publication, and the masked text it approved */
  disclosureReview?: { by: string; date: string; commercial: string; privacy: string; masking?: string; text: string; title?: string };
  /** 第二十条: published on the portal (the reviewed text) */
  published?: { by: string; date: string; title: string; text: string };
}

/** 第十九条: a provincial bureau's annual report of last year's 举报 handling to 国家医保局. */
export interface AnnualReportFiling {
  year: number;
  /** the yearly date of the text (4月30日) in the year after the reported year */
  due: string;
  basis: string;
  filedOn: string;
  by: string;
  late: boolean;
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
  /** Opened in this jurisdiction (path) rather than the case's own (a 飞行检查's 被检地部门, a report sent down or up). */
  jurisdiction?: string;
  /** Sealed fields of this case the new case keeps sealed (the reporter, for the reward or the department that handles it). */
  secrets?: string[];
  /** The day the lead came in: the new case's opening deadlines run from it (举报 received → 线索核查期限). */
  receivedOn?: string;
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
