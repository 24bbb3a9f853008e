// Procedures as data (程序定义): one JSON file per kind of power and variant, versioned.
// A case keeps the procedure id and version it was opened under; a later version never
// changes an open case.
import { z } from 'zod';

/** Roles a user may hold. 执法人员 act only with a valid 执法证. */
export const ROLES = [
  '执法人员', '法制审核员', '负责人', '主要负责人', '基金监管分析员', '经办人员', '经办审核员', '奖励经办人',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const TimeUnit = z.enum(['日', '工作日', '小时', '月']);
export type TimeUnit = z.infer<typeof TimeUnit>;

/** Where a time limit comes from: a statute article (its text must contain `quote`), or a seed catalog item. */
export const LimitBasis = z.union([
  z.object({
    statute: z.string(),
    /** File stem under data/law, e.g. 行政处罚法-2021. */
    file: z.string(),
    article: z.number().int().positive(),
    paragraph: z.number().int().positive().optional(),
    /** Words of the article that state the number, e.g. 七日内. */
    quote: z.string(),
    /** Why the unit differs from the words (e.g. art. 85: 七日 are working days). */
    unitBasis: z.object({ file: z.string(), article: z.number().int().positive(), quote: z.string() }).optional(),
  }),
  z.object({
    /** Seed catalog file under data/catalogs and the item that states the limit. */
    seed: z.string(),
    item: z.string(),
    quote: z.string(),
    note: z.string().optional(),
  }),
  z.object({
    /** A limit the bureau sets (not statutory): stated in the notice given to the party. */
    bureau: z.string(),
  }),
]);
export type LimitBasis = z.infer<typeof LimitBasis>;

/** Named guards the engine enforces (see engine/guards.ts). */
export const GUARD_NAMES = [
  'officersWithCertificates', // ≥ minOfficers officers with valid 执法证, the actor among them
  'noRecusal', // no acting or listed officer has a declared interest
  'notCaseOfficer', // the actor is not one of the case's officers (法制审核, 听证主持)
  'legalReviewIfRequired', // 行政处罚法 art. 58
  'collectiveDiscussionIfMajor', // art. 57 para. 2
  'noticeBeforeDecision', // art. 44, 62
  'windowsClosed', // 陈述申辩 / 听证 windows over or waived in writing
  'penaltyInRange', // within the range computed by the penalty module
  'withinNotified', // not beyond the notified penalty (art. 44, 62)
  'noHeavierAfterArgument', // art. 45 para. 2
  'deadlines', // a step after its deadline only with an approved extension
  'simplifiedEligible', // art. 51
  'hearingNoticeSevenDays', // art. 64 (二)
  'hearingHostNotInvestigator', // art. 64 (四)
  'hearingRequestInTime', // art. 64 (一)
  'directAssistanceEligible', // 低保/特困: handled directly
  'drawnInspectors', // the inspecting officers are those drawn by 双随机
  'extensionRequested', // an extension is approved only after a request
] as const;
export const GuardName = z.enum(GUARD_NAMES);
export type GuardName = z.infer<typeof GuardName>;

/** An effect of a step on the case, beyond the state change. */
export const EFFECTS = [
  'assignOfficers', // input.officers become the case's 承办人
  'declareInterest', // input.user / input.reason: recusal
  'proposePenalty', // input.violation + input.facts → penalty range from the penalty module
  'legalReview', // input.conclusion 同意 / 不同意
  'notify', // input.measures: the notified penalty; opens the windows
  'statement', // the party argued (陈述申辩)
  'waiveStatement', 'waiveHearing', 'requestHearing', 'hearingNotice', 'hearingHeld',
  'collectiveDiscussion', 'decide', 'pauseClock', 'resumeClock', 'requestExtension', 'approveExtension',
  'drawRandom', // 双随机: targets from input.register, inspectors from the roster, by a recorded seed
  'findings', // inspection findings; 移送立案 spawns a penalty case
  'secretReporter', // the reporter's identity goes to the sealed store; the record keeps its hash
  'reward', 'creditList', 'agreementMeasures', 'payment',
] as const;
export const Effect = z.enum(EFFECTS);
export type Effect = z.infer<typeof Effect>;

export const StepDef = z.object({
  /** The step's name, used by `yibao case act ID STEP`. */
  id: z.string(),
  description: z.string().optional(),
  from: z.array(z.string()).min(1),
  /** Resulting state; `same` keeps the state (a repeatable step). */
  to: z.union([z.string(), z.object({ by: z.string(), cases: z.record(z.string(), z.string()), default: z.string().optional() })]),
  roles: z.array(Role).min(1),
  /** The actor must hold a valid 执法证 on the day. */
  certificate: z.boolean().default(false),
  minOfficers: z.number().int().min(0).default(0),
  /** Input fields that must be present and non-empty. */
  requires: z.array(z.string()).default([]),
  /** Attachments that must be given (by name). */
  attachments: z.array(z.string()).default([]),
  /** Steps that must already have been done in this case. */
  after: z.array(z.string()).default([]),
  guards: z.array(GuardName).default([]),
  effects: z.array(Effect).default([]),
  starts: z.array(z.string()).default([]),
  stops: z.array(z.string()).default([]),
  /** Deadlines this step must meet (refused after them without an approved extension). */
  within: z.array(z.string()).default([]),
  /** 文书 this step produces. */
  documents: z.array(z.string()).default([]),
  /** Legal basis of the step itself. */
  basis: z.array(z.string()).default([]),
  /** Only offered when the case's facts match (e.g. hearing right). */
  when: z.record(z.string(), z.union([z.string(), z.boolean(), z.array(z.string())])).optional(),
});
export type StepDef = z.infer<typeof StepDef>;

export const DeadlineDef = z.object({
  id: z.string(),
  label: z.string(),
  amount: z.number().positive(),
  unit: TimeUnit,
  basis: LimitBasis,
  /** Periods of these kinds do not count (检测, 鉴定, 听证, 公告, 专家评审). */
  excludes: z.array(z.string()).default([]),
  /** Extensions: who approves and the statute that allows them. */
  extension: z.object({ approver: Role, maxAmount: z.number().positive().optional(), basis: z.string() }).optional(),
  /** Only for cases whose facts match (e.g. variant). */
  when: z.record(z.string(), z.union([z.string(), z.boolean(), z.array(z.string())])).optional(),
});
export type DeadlineDef = z.infer<typeof DeadlineDef>;

export const ProcedureDef = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  name: z.string(),
  kind: z.enum(['行政处罚', '行政强制', '行政检查', '行政给付', '行政确认', '行政奖励', '其他行政职权']),
  effectiveFrom: z.string(),
  description: z.string(),
  initial: z.string(),
  /** Final states: the case is closed there. The first one is the normal end. */
  end: z.array(z.string()).min(1),
  variants: z.array(z.string()).default([]),
  steps: z.array(StepDef).min(1),
  deadlines: z.array(DeadlineDef).default([]),
  /** Input fields kept from the record and the public view (shown only to these roles). */
  sealedFor: z.array(Role).default([]),
});
export type ProcedureDef = z.infer<typeof ProcedureDef>;

/** Item → procedure mapping rules (data/procedures/mapping.json), first match wins. */
export const MappingRule = z.object({
  kind: z.string(),
  /** Regular expression on the item name (and sub-items). */
  name: z.string().optional(),
  matters: z.array(z.string()).optional(),
  procedure: z.string(),
  variant: z.string().optional(),
  why: z.string(),
});
export type MappingRule = z.infer<typeof MappingRule>;
