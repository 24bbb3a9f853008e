// The case engine: a pure function from (case, step, actor, input, now, context) to the
// next case and the event to record, or a refusal that changes nothing. Every input is
// validated by its step's schema (src/cases/steps/inputs.ts) before anything is read.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  addDays,
  addHours,
  chosenMeasures,
  citeTextRef,
  isPast,
  requirementsForChoices,
  shanghaiDateOf,
  withinJurisdiction,
  PenaltyError,
  type DecisionKind,
  type MeasureChoice,
  type Mitigation,
  type PenaltyDecision,
  type Period,
} from '../../law/index.js';
import type { DeadlineDef, ProcedureDef, StepDef } from '../procedure/model.js';
import { EXECUTION_EFFECTS } from '../procedure/model.js';
import { inputProblem, recordedInputSchema, stepInputSchema, type AgreementMeasure, type PenaltyFactsInput, type ReviewConclusion, type Violation } from '../steps/inputs.js';
import { mainParty, type Party } from '../steps/party.js';
import { certificateValid, recusedReason, runGuards, type GuardInput } from './guards.js';
import { drawDoubleRandom, seedFrom } from './random.js';
import { activeEntries, librarySetUp } from './libraries.js';
import { applyFlyingReportEffect } from './effects-flying-report.js';
import { applyRecusalEffect } from './recusal.js';
import { applyVenueEffect } from './venue.js';
import { applyEvidenceHoldEffect, releaseHoldsOnDecision } from './evidence-hold.js';
import { isEvidenceStep, localReviewSituations } from './guards-investigation.js';
import { delegationRefusal } from './guards-delegation.js';
import { MIN_INSPECTORS } from './statutory.js';
import { bureauFor, DocumentError, formatDocNumber } from '../documents/index.js';
import type { ActResult, Attachment, CaseState, DeadlineInstance, EngineContext, Refusal, SpawnRequest, User } from './types.js';
import { duesOf, emptyExecution, measuresToExecute, REVOKING_OUTCOMES, type AppealKind, type AppealOutcome, type DueKind } from './execution.js';

export interface OpenArgs {
  id: string;
  procedure: ProcedureDef;
  now: string;
  actor: string;
  jurisdiction: CaseState['jurisdiction'];
  item?: CaseState['item'];
  variant?: string;
  parties?: Party[];
  facts?: Record<string, unknown>;
  parent?: string;
  /** The day the matter came in (a report's registration): opening deadlines run from it. */
  receivedOn?: string;
}

const refuse = (code: string, message: string): { ok: false; refusal: Refusal } => ({ ok: false, refusal: { code, message } });

/** A new case in its initial state, with the deadlines its procedure starts at opening. */
export function openCase(a: OpenArgs, ctx?: EngineContext): CaseState {
  if (a.procedure.variants.length && (!a.variant || !a.procedure.variants.includes(a.variant))) {
    throw new Error(`程序「${a.procedure.name}」须指定类别：${a.procedure.variants.join('、')}`);
  }
  const state: CaseState = {
    id: a.id,
    procedure: { id: a.procedure.id, version: a.procedure.version, name: a.procedure.name },
    kind: a.procedure.kind,
    jurisdiction: a.jurisdiction,
    ...(a.item ? { item: a.item } : {}),
    ...(a.variant ? { variant: a.variant } : {}),
    state: a.procedure.initial,
    closed: false,
    openedAt: a.now,
    openedBy: a.actor,
    updatedAt: a.now,
    parties: a.parties ?? [],
    officers: [],
    investigators: [],
    facts: { ...(a.facts ?? {}) },
    done: {},
    history: [],
    attachments: [],
    interests: [],
    penalty: { argued: false, waivedStatement: false, waivedHearing: false, hearingRequested: false },
    pauses: [],
    extensions: [],
    deadlines: [],
    payments: [],
    data: {},
    links: { ...(a.parent ? { parent: a.parent } : {}), children: [] },
  };
  if (ctx) {
    for (const id of a.procedure.opens) startDeadline(state, a.procedure, id, a.receivedOn ?? shanghaiDateOf(a.now), a.now, ctx);
    return recomputeDeadlines(state, ctx, a.now);
  }
  return state;
}

function matches(when: Record<string, unknown> | undefined, state: CaseState): boolean {
  if (!when) return true;
  return Object.entries(when).every(([k, v]) => {
    const actual = k === 'variant' ? state.variant : state.facts[k];
    return Array.isArray(v) ? v.includes(actual as string) : actual === v;
  });
}

function stepAllowedFrom(step: StepDef, state: CaseState, proc: ProcedureDef): boolean {
  if (proc.end.includes(state.state) && !step.afterEnd) return false;
  return step.from.includes(state.state) || step.from.includes('*');
}

/** Steps that may be taken now (by state and condition; guards are not run). */
export function availableSteps(state: CaseState, proc: ProcedureDef): string[] {
  return proc.steps.filter((s) => stepAllowedFrom(s, state, proc) && matches(s.when, state)).map((s) => s.id);
}

function deadlineDef(proc: ProcedureDef, id: string, state: CaseState): DeadlineDef | undefined {
  return proc.deadlines.find((d) => d.id === id && matches(d.when, state));
}

/** The statutory period behind a deadline definition, if it has one. */
export function periodOf(def: DeadlineDef, ctx: EngineContext): Period | undefined {
  return def.period ? ctx.periods.get(def.period) : undefined;
}

function carryOverBasis(period: Period | undefined, ctx: EngineContext): string | undefined {
  if (!period?.counting) return undefined;
  const rule = ctx.periods.countingRule(period.counting);
  return rule.carryOver ? citeTextRef(rule) : undefined;
}

/** The day a registry period counted from `from` runs out (the 起诉期限 before 申请强制执行期限). */
export function periodEnd(periodId: string, from: string, ctx: EngineContext): string {
  const p = ctx.periods.get(periodId);
  const cob = carryOverBasis(p, ctx);
  return ctx.computeDeadline({ start: from, amount: p.amount!, unit: p.unit, ...(cob ? { carryOverBasis: cob } : {}) }).due;
}

/** Starts a deadline from `startDate` (for an `afterPeriod` deadline: from the end of that period, unless `exactStart`). */
function startDeadline(next: CaseState, proc: ProcedureDef, id: string, startDate: string, now: string, ctx: EngineContext, exactStart = false): void {
  const def = deadlineDef(proc, id, next);
  if (!def) return; // not applicable to this case (e.g. no hearing right)
  if (def.afterPeriod && !exactStart) startDate = periodEnd(def.afterPeriod, startDate, ctx);
  const period = periodOf(def, ctx);
  const unit = period?.unit ?? def.unit!;
  const existing = next.deadlines.findIndex((d) => d.id === id && d.status === 'open');
  if (existing >= 0) next.deadlines.splice(existing, 1);
  next.deadlines.push({
    id,
    ...(period ? { period: period.id } : {}),
    label: def.label ?? period!.label,
    start: unit === '小时' ? now : startDate,
    amount: period?.amount ?? def.amount!,
    unit,
    basis: period ? (period.basis ? { text: citeTextRef(period.basis), quote: period.basis.quote } : { bureau: period.bureau! }) : def.basis!,
    excludes: period?.excludes?.kinds ?? [],
    extended: 0,
    due: '',
    provisional: false,
    calendarBasis: '',
    status: 'open',
  });
}

function computeDue(d: DeadlineInstance, state: CaseState, ctx: EngineContext, today: string): DeadlineInstance {
  const period = d.period ? ctx.periods.get(d.period) : undefined;
  if (d.unit === '小时') {
    return { ...d, due: addHours(d.start, d.amount + d.extended), provisional: false, calendarBasis: '按小时计算，不因节假日顺延' };
  }
  const excluded = state.pauses
    .filter((p) => d.excludes.includes(p.kind) && (p.to ?? today) >= d.start)
    .map((p) => ({ from: p.from < d.start ? d.start : p.from, to: p.to ?? today, kind: p.kind }));
  const cob = carryOverBasis(period, ctx);
  const answer = ctx.computeDeadline({ start: d.start, amount: d.amount + d.extended, unit: d.unit, excludedPeriods: excluded, ...(cob ? { carryOverBasis: cob } : {}) });
  return { ...d, due: answer.due, provisional: answer.provisional, calendarBasis: answer.basis };
}

/**
 * The moment a deadline ran out: the end of its last day (or its hour). Not the moment it was
 * noticed — a view or a later step finds the same expiry (暂行规定 第二十八条第二款 自动解除).
 */
function expiryInstant(due: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? `${addDays(due, 1)}T00:00:00+08:00` : due;
}

/**
 * Recomputes every open deadline (after a step, or when a new holiday schedule is loaded),
 * and lets a deadline whose period says what happens when it runs out take that effect
 * (先行登记保存 自动解除, 暂行规定 第二十八条第二款).
 */
export function recomputeDeadlines(state: CaseState, ctx: EngineContext, now: string): CaseState {
  const today = shanghaiDateOf(now);
  const deadlines = state.deadlines.map((d) => {
    if (d.status !== 'open') return d;
    const next = computeDue(d, state, ctx, today);
    const period = d.period ? ctx.periods.get(d.period) : undefined;
    if (period?.onExpiry && next.due && isPast(next.due, now)) {
      return { ...next, status: 'expired' as const, stoppedAt: expiryInstant(next.due), expiredEffect: `${period.onExpiry.effect}（${citeTextRef(period.onExpiry.basis)}）` };
    }
    return next;
  });
  return { ...state, deadlines };
}

function sha256(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

const AttachmentsSchema = z
  .array(
    z
      .object({
        name: z.string().trim().min(1).max(100),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, '附件的 sha256 应为64位十六进制'),
        fileName: z.string().max(200).optional(),
        size: z.number().int().nonnegative().optional(),
      })
      .strict(),
  )
  .max(100);

/** The day a step happened: its 日期, or the day it is entered. */
export function stepDateOf(input: Record<string, unknown>, now: string): string {
  return typeof input['日期'] === 'string' ? input['日期'] : shanghaiDateOf(now);
}

/** Everyone a step names or who takes it, for the investigation record. */
function named(input: Record<string, unknown>, actor: User): string[] {
  const officers = Array.isArray(input.officers) ? (input.officers as string[]) : [];
  return [...new Set([actor.name, ...officers])];
}

export function act(state: CaseState, stepId: string, actorName: string, rawInput: Record<string, unknown>, now: string, ctx: EngineContext): ActResult {
  const proc = ctx.procedure;
  if (proc.id !== state.procedure.id || proc.version !== state.procedure.version) {
    return refuse('PROCEDURE_MISMATCH', `本案按「${state.procedure.name}」第${state.procedure.version}版办理，不能用第${proc.version}版的定义`);
  }
  const step = proc.steps.find((s) => s.id === stepId);
  if (state.closed && !step?.afterEnd) return refuse('CASE_CLOSED', `本案已办结（${state.state}），不能再进行「${stepId}」`);
  if (!step) return refuse('UNKNOWN_STEP', `「${proc.name}」没有步骤「${stepId}」；可进行的步骤：${availableSteps(state, proc).join('、') || '无'}`);
  if (!stepAllowedFrom(step, state, proc)) {
    return refuse('WRONG_STATE', `本案当前为「${state.state}」，不能进行「${stepId}」；可进行的步骤：${availableSteps(state, proc).join('、') || '无'}`);
  }
  if (!matches(step.when, state)) return refuse('NOT_APPLICABLE', `「${stepId}」不适用于本案`);
  const replay = ctx.replay;
  // a replayed step was accepted then: the actor as known now, or by name if since removed
  const actor = ctx.users.get(actorName) ?? (replay ? { name: actorName, displayName: actorName, roles: [], jurisdiction: state.jurisdiction.path } : undefined);
  if (!actor) return refuse('UNKNOWN_USER', `用户「${actorName}」不存在`);
  if (!replay && !step.roles.some((r) => actor.roles.includes(r))) {
    return refuse('ROLE', `「${stepId}」须由${step.roles.join('或')}进行，「${actor.displayName}」无此职责`);
  }

  // The input: attachments by their own schema, the rest by the step's (strict).
  const { attachments: rawAttachments, ...fields } = rawInput;
  const attachmentsParsed = AttachmentsSchema.safeParse(rawAttachments ?? []);
  if (!attachmentsParsed.success) return refuse('INVALID_INPUT', `附件列表有误：${attachmentsParsed.error.issues[0]!.message}`);
  const attachments: Attachment[] = attachmentsParsed.data.map((a) => ({ name: a.name, sha256: a.sha256, ...(a.fileName ? { fileName: a.fileName } : {}), ...(a.size !== undefined ? { size: a.size } : {}) }));
  const schema = stepInputSchema(step.input ?? step.id);
  if (!schema) return refuse('NO_INPUT_SCHEMA', `步骤「${step.id}」没有输入定义（${step.input ?? step.id}）`);
  let parsed = schema.safeParse(fields);
  if (!parsed.success && replay) {
    // a record made before a field became required, or before one was dropped (steps/inputs.ts)
    const then = recordedInputSchema(schema, parsed.error, fields);
    if (then) parsed = then.safeParse(fields);
  }
  if (!parsed.success) return refuse('INVALID_INPUT', `「${step.id}」：${inputProblem(schema, parsed.error, fields)}`);
  const input = parsed.data as Record<string, unknown>;

  // The day it happened: not in the future, not before the previous step, earlier than
  // the day of entry only with a recorded reason.
  // (a replay applies the dates accepted then: "today" was the day of entry, not the day of replay)
  const entered = shanghaiDateOf(now);
  const stepDate = stepDateOf(input, now);
  if (!replay) {
    const today = ctx.today();
    if (entered > today) return refuse('FUTURE_DATE', `录入时间 ${now} 晚于今天（${today}），不能预先登记将来的办理环节`);
    if (stepDate > today) return refuse('FUTURE_DATE', `「${step.id}」的日期 ${stepDate} 晚于今天（${today}）`);
  }
  const previous = state.history.reduce((m, h) => (h.date > m ? h.date : m), shanghaiDateOf(state.openedAt));
  if (stepDate < previous) return refuse('DATE_BEFORE_PREVIOUS', `「${step.id}」的日期 ${stepDate} 早于本案上一环节的日期 ${previous}`);
  if (stepDate < entered && !input['补录理由']) return refuse('BACKDATED_WITHOUT_REASON', `「${step.id}」的日期 ${stepDate} 早于录入日 ${entered}，须填写补录理由`);

  if (!replay && step.certificate && !certificateValid(actor, stepDate)) {
    return refuse('CERTIFICATE_INVALID', `「${actor.displayName}」${stepDate}无有效执法证，不得进行「${stepId}」`);
  }
  if (!replay && !step.effects.includes('declareInterest')) {
    const why = recusedReason(state, actor);
    if (why) return refuse('RECUSED', `「${actor.displayName}」${why}，应当回避，不得参与本案（行政处罚法第四十三条）`);
  }
  // 委托执法 (暂行规定 第八条): a 受托组织's people within its 委托书, never a coercive measure, never onward
  if (!replay) {
    const delegation = delegationRefusal({ state, step, actor, input, now, stepDate, ctx });
    if (delegation) return { ok: false, refusal: delegation };
  }
  for (const name of step.attachments) {
    if (!attachments.some((a) => a.name === name)) return refuse('MISSING_ATTACHMENT', `「${stepId}」须附「${name}」`);
  }
  for (const before of step.after) {
    if (!state.done[before]) return refuse('STEP_ORDER', `须先完成「${before}」，才能进行「${stepId}」`);
  }
  const g: GuardInput = { state, step, actor, input, attachments, now, stepDate, ctx };
  const guardRefusal = replay ? null : runGuards(g);
  if (guardRefusal) return { ok: false, refusal: guardRefusal };

  // Everything below works on a copy; a refusal here still changes nothing.
  const next: CaseState = structuredClone(state);
  const spawns: SpawnRequest[] = [];
  const secrets: Record<string, unknown> = {};
  const recorded: Record<string, unknown> = structuredClone(input);
  const effectRefusal = applyEffects(next, step, actor, input, now, stepDate, ctx, spawns, secrets, recorded);
  if (effectRefusal) return { ok: false, refusal: effectRefusal };

  // late steps where the period allows them: the reason is kept on the deadline
  for (const id of step.within) {
    const d = next.deadlines.find((x) => x.id === id && x.status === 'open');
    if (d && isPast(d.due, input['日期'] ? stepDate : now) && typeof input['逾期理由'] === 'string') d.lateReason = input['逾期理由'];
  }

  // transition
  let to: string;
  if (typeof step.to === 'string') to = step.to === 'same' ? state.state : step.to;
  else {
    const key = String(input[step.to.by] ?? '');
    const t = step.to.cases[key] ?? step.to.default;
    if (!t) return refuse('INVALID_INPUT', `「${step.to.by}」应为：${Object.keys(step.to.cases).join('、')}`);
    to = t === 'same' ? state.state : t;
  }
  next.state = to;
  next.done[step.id] = (next.done[step.id] ?? 0) + 1;
  next.history.push({ step: step.id, actor: actor.name, at: now, date: stepDate, ...(stepDate < entered ? { backdated: String(input['补录理由']) } : {}) });
  for (const a of attachments) next.attachments.push({ ...a, step: step.id });
  next.data[step.id] = recorded;
  // 第四十七条第二款: 终止调查 releases the evidence under 先行登记保存 at the same time
  if (step.id === '终止调查') releaseHoldsOnDecision(next, '终止调查', stepDate, now);
  for (const key of ['询问笔录', '现场检查笔录'] as const) {
    const entries = input[key];
    if (!Array.isArray(entries) || entries.length === 0) continue;
    next.transcripts ??= {};
    const list = (next.transcripts[key] ??= []) as Array<Record<string, unknown>>;
    for (const e of entries as Array<Record<string, unknown>>) list.push({ ...structuredClone(e), step: step.id, date: stepDate });
  }
  // 第十九条第四款: the evidence a step registers, by name, for the facts of 调查终结 to cite
  if (isEvidenceStep(step.id) && Array.isArray(input['证据'])) {
    for (const e of input['证据'] as Array<Record<string, unknown>>) {
      if (typeof e['名称'] !== 'string') continue;
      (next.evidence ??= []).push({
        名称: e['名称'], ...(typeof e['种类'] === 'string' ? { 种类: e['种类'] } : {}), ...(typeof e['收集方式'] === 'string' ? { 收集方式: e['收集方式'] } : {}), step: step.id, date: stepDate,
      });
    }
  }
  // 第十八条第一款第（三）项: 疑点 taken from an information system, and the party's explanations
  if (step.id === '调取疑点数据' && Array.isArray(input['疑点'])) {
    for (const row of input['疑点'] as Array<{ 编号: string; 内容: string; 发生日期?: string; 涉及金额Fen?: number }>) {
      (next.suspects ??= []).push({ ...structuredClone(row), 信息系统: String(input['信息系统']), step: step.id, date: stepDate });
    }
  }
  if (step.id === '疑点说明' && Array.isArray(input['说明'])) {
    for (const row of input['说明'] as Array<{ 疑点编号: string; 说明: string; 核实意见: string }>) {
      (next.suspectExplanations ??= []).push({ ...structuredClone(row), 说明人: String(input['说明人']), date: stepDate });
    }
  }
  next.updatedAt = now;

  // deadlines: stop, then start, then close everything at an end state
  const when = input['日期'] ? stepDate : now;
  for (const id of step.stops) {
    for (const d of next.deadlines) {
      if (d.id === id && d.status === 'open') {
        d.status = d.due && isPast(d.due, when) ? 'late' : 'met';
        d.stoppedAt = now;
      }
    }
  }
  const startDate = typeof input['告知书送达日期'] === 'string' ? input['告知书送达日期'] : typeof input['催告书送达日期'] === 'string' ? input['催告书送达日期'] : stepDate;
  for (const id of step.starts) {
    if (id === '当场先行登记保存报告期限' && input['情况紧急'] !== true) continue;
    startDeadline(next, proc, id, startDate, now, ctx);
  }
  if (proc.end.includes(to)) {
    next.closed = true;
    for (const d of next.deadlines) {
      if (d.status === 'open') {
        // a limit already passed when the case ends stays visible as missed
        d.status = d.due && isPast(d.due, when) ? 'late' : 'closed';
        d.stoppedAt = now;
      }
    }
    for (const p of next.pauses) if (!p.to) p.to = stepDate;
  }
  const final = recomputeDeadlines(next, ctx, now);
  return {
    ok: true,
    state: final,
    event: { caseId: state.id, step: step.id, actor: actor.name, at: now, fromState: state.state, toState: to, inputs: recorded, attachments },
    deadlines: final.deadlines,
    spawns,
    secrets,
  };
}

function setProcedureFacts(next: CaseState, choices: readonly MeasureChoice[], hearingHeld: boolean): void {
  const decision = next.penalty.decision;
  if (!decision) return;
  const req = requirementsForChoices(decision, choices, {
    hearingHeld,
    complexCase: next.facts.complexCase === true,
    majorPublicInterest: next.facts.majorPublicInterest === true,
    majorViolation: next.facts.major === true,
    ...(Array.isArray(next.facts.localReviewSituations) ? { localSituations: next.facts.localReviewSituations as Array<{ text: string; citation: string }> } : {}),
  });
  next.facts.hearingRight = req.hearing.right === true;
  if (req.legalReview.required) next.facts.legalReviewRequired = true;
  if (req.collectiveDiscussion.required) next.facts.major = true;
  next.facts.requirements = { legalReview: req.legalReview, collectiveDiscussion: req.collectiveDiscussion, hearing: req.hearing, simplified: req.simplifiedProcedure, warnings: req.warnings };
}

function applyEffects(
  next: CaseState, step: StepDef, actor: User, input: Record<string, unknown>, now: string, stepDate: string, ctx: EngineContext,
  spawns: SpawnRequest[], secrets: Record<string, unknown>, recorded: Record<string, unknown>,
): Refusal | null {
  for (const effect of step.effects) {
    switch (effect) {
      case 'assignOfficers':
        next.officers = Array.isArray(input.officers) ? (input.officers as string[]) : [actor.name];
        if (Array.isArray(input.parties)) next.parties = input.parties as Party[];
        break;
      case 'investigation':
        for (const n of named(input, actor)) if (!next.investigators.includes(n)) next.investigators.push(n);
        if (input['情况紧急'] === true) next.facts.evidenceHeldInEmergency = true;
        break;
      case 'declareInterest': {
        const user = String(input.user);
        if (!ctx.replay && !ctx.users.has(user)) return { code: 'UNKNOWN_USER', message: `用户「${user}」不存在` };
        next.interests.push({ user, reason: String(input['理由']), at: now });
        break;
      }
      case 'applyRecusal':
      case 'decideRecusal': {
        const r = applyRecusalEffect(effect, next, actor, input, stepDate, now, ctx.users);
        if (r) return r;
        break;
      }
      case 'venue': {
        const r = applyVenueEffect(next, step.id, actor, input, stepDate, ctx, recorded);
        if (r) return r;
        break;
      }
      case 'approveEvidenceHold':
      case 'handleEvidenceHold': {
        const r = applyEvidenceHoldEffect(effect, next, input, now, stepDate, spawns);
        if (r) return r;
        break;
      }
      case 'proposePenalty': {
        const violation = input.violation as Violation;
        const facts = input.facts as PenaltyFactsInput;
        const party = mainParty(next.parties);
        if (!party) return { code: 'NO_PARTY', message: '本案没有登记当事人，不能认定违法行为和计算处罚' };
        const article = `${violation.法规}:${violation.条}${violation.项 ? `:${violation.项}` : ''}`;
        // replayed: the decision the penalty rules gave then (the record keeps it), not today's rules
        const recordedDecision = ctx.replay?.recorded.decision as PenaltyDecision | undefined;
        if (!recordedDecision && !ctx.decide) return { code: 'NO_PENALTY_MODULE', message: '处罚模块不可用，无法计算处罚' };
        try {
          next.penalty.decision = recordedDecision ?? ctx.decide!({ article, facts: { party: party.主体类别, ...facts }, jurisdiction: next.jurisdiction.path, decisionDate: stepDate });
        } catch (err) {
          if (err instanceof PenaltyError) return { code: 'PENALTY_RULE', message: `不能依「${article.replace(/:/g, ' 第')}条」计算处罚：${err.message}` };
          throw err;
        }
        next.penalty.violation = violation;
        next.penalty.facts = facts;
        recorded.decision = next.penalty.decision;
        if (input['情节复杂或者重大'] === true) next.facts.major = true;
        if (input['疑难复杂'] === true) next.facts.complexCase = true;
        if (input['重大公共利益'] === true) next.facts.majorPublicInterest = true;
        // 第三十七条第一款第（五）项: the local situations found, with their citations (checked by localReviewSituationsListed)
        const marked = input['本地法制审核情形'] as string[] | undefined;
        if (marked?.length) {
          // replayed: the citations the record keeps, not today's data
          const listed = localReviewSituations(next.jurisdiction.path, stepDate);
          const found = (ctx.replay?.recorded.localReviewSituations as Array<{ text: string; citation: string }> | undefined) ?? marked.map((m) => listed.find((s) => s.text === m) ?? { text: m, citation: '' });
          next.facts.localReviewSituations = found;
          recorded.localReviewSituations = found;
          next.facts.legalReviewRequired = true;
        }
        const d = next.penalty.decision;
        next.facts.punishable = d.punishable;
        if (d.procedure?.legalReview.required || next.facts.complexCase || next.facts.majorPublicInterest) next.facts.legalReviewRequired = true;
        if (d.procedure?.collectiveDiscussion.required) next.facts.major = true;
        // a new proposal needs a new review
        delete next.legalReview;
        break;
      }
      case 'legalReview':
        next.legalReview = { by: actor.name, conclusion: input['结论'] as ReviewConclusion, date: stepDate };
        if (Array.isArray(input['审核事项'])) {
          // 暂行规定 第三十八条: the points found wanting, kept with the review
          next.legalReview.problems = (input['审核事项'] as Array<{ 审核内容: string; 审核结果: string; 说明?: string }>)
            .filter((r) => r.审核结果 === '有问题')
            .map((r) => ({ point: r.审核内容, note: r.说明 ?? '' }));
        }
        break;
      case 'notify': {
        if (step.effects.includes('agreementMeasures')) {
          next.agreement = { ...next.agreement, notified: input.measures as AgreementMeasure[] };
          next.penalty.notifiedOn = stepDate;
          break;
        }
        if (!next.penalty.decision) {
          next.penalty.notifiedOn = stepDate;
          break;
        }
        const choices = (input.measures as MeasureChoice[] | undefined) ?? [];
        next.penalty.notified = choices;
        next.penalty.notifiedOn = typeof input['告知书送达日期'] === 'string' ? input['告知书送达日期'] : stepDate;
        if (input['减轻']) next.penalty.mitigation = input['减轻'] as Mitigation;
        next.facts.hasFine = chosenMeasures(next.penalty.decision!, choices).some((m) => m.kind === '罚款' && (m.chosen.amountFen ?? 0) > 0);
        setProcedureFacts(next, choices, false);
        break;
      }
      case 'statement':
        next.penalty.argued = true;
        break;
      case 'waiveStatement':
        next.penalty.waivedStatement = true;
        break;
      case 'waiveHearing':
        next.penalty.waivedHearing = true;
        break;
      case 'requestHearing':
        next.penalty.hearingRequested = true;
        next.pauses.push({ kind: '听证', from: stepDate });
        break;
      case 'hearingNotice': {
        const host = String(input['主持人']);
        if (!ctx.replay && !ctx.users.has(host)) return { code: 'UNKNOWN_USER', message: `听证主持人「${host}」不存在` };
        next.penalty.hearing = { date: String(input['听证日期']), host, place: String(input['听证地点']), noticeDate: stepDate };
        break;
      }
      case 'hearingHeld':
        next.penalty.hearing = { ...next.penalty.hearing, heldDate: stepDate };
        for (const p of next.pauses) if (p.kind === '听证' && !p.to) p.to = stepDate;
        // 行政处罚法 第五十八条第一款第（二）项: a decision after a hearing needs 法制审核
        next.facts.legalReviewRequired = true;
        next.facts.hearingHeld = true;
        delete next.legalReview;
        break;
      case 'collectiveDiscussion':
        next.collective = { date: stepDate, attendees: input['参加人员'] as string[], conclusion: String(input['讨论结论']), signedBy: [] };
        break;
      case 'numberOnSiteDecision': {
        // 暂行规定 第四十九条: 出示执法证件, 填写预定格式、编有号码的行政处罚决定书 — the number is the
        // bureau's 简罚 series with the case's own sequence (unique as the case number is), the
        // certificates those shown; both taken from the record on replay
        const replayed = ctx.replay?.recorded['当场处罚决定书'] as { 编号: string; 出示的执法证: Array<{ 执法人员: string; 执法证号: string }> } | undefined;
        let form = replayed;
        if (!form) {
          let abbreviation: string;
          try {
            abbreviation = bureauFor(next.jurisdiction.path, stepDate).docNumberAbbreviation;
          } catch (err) {
            if (err instanceof DocumentError) return { code: 'NO_BUREAU', message: `${err.message}：当场行政处罚决定书须编有号码（医疗保障行政处罚程序暂行规定第四十九条）` };
            throw err;
          }
          const seq = Number(next.id.split('-').pop()) || 1;
          const shown = ((input.officers as string[] | undefined) ?? next.officers).map((name) => {
            const u = ctx.users.get(name);
            return { 执法人员: u?.displayName ?? name, 执法证号: u?.certificate?.no ?? '' };
          });
          form = { 编号: formatDocNumber(`${abbreviation}简罚`, Number(stepDate.slice(0, 4)), seq), 出示的执法证: shown };
        }
        next.facts['当场处罚决定书'] = form;
        recorded['当场处罚决定书'] = form;
        break;
      }
      case 'signCollective':
        // each attendee confirms the record in person (暂行规定 第四十四条第二款; guards-discussion.ts)
        next.collective = { ...next.collective!, signedBy: [...(next.collective!.signedBy ?? []), actor.name] };
        break;
      case 'decide': {
        if (step.effects.includes('agreementMeasures')) {
          next.agreement = { ...next.agreement, decided: input.measures as AgreementMeasure[] };
          next.facts.decisionType = '协议处理';
          break;
        }
        const kind = (input['类型'] as DecisionKind | undefined) ?? '行政处罚';
        const choices = (input.measures as MeasureChoice[] | undefined) ?? [];
        if (typeof input['改正期限'] === 'string' && input['改正期限'] <= stepDate) {
          return { code: 'INVALID_DATE', message: `责令限期改正的期限 ${input['改正期限']} 不晚于决定日期 ${stepDate}（医疗保障行政处罚程序暂行规定第十三条）` };
        }
        if (kind !== '行政处罚' && (input['改正期限'] !== undefined || input['改正要求'] !== undefined)) {
          return { code: 'INVALID_INPUT', message: `「${kind}」不是行政处罚决定，不责令改正（医疗保障行政处罚程序暂行规定第十三条）` };
        }
        next.penalty.decided = {
          kind,
          measures: choices,
          date: stepDate,
          ...(input['减轻'] ? { mitigation: input['减轻'] as Mitigation } : {}),
          ...(typeof input['移送机关'] === 'string' ? { referralTo: input['移送机关'] } : {}),
          ...(typeof input['理由'] === 'string' ? { reason: input['理由'] } : {}),
          ...(typeof input['不予处罚理由'] === 'string' ? { noPenaltyGround: input['不予处罚理由'] } : {}),
          // 暂行规定 第十三条: a 行政处罚 always orders the violation corrected
          ...(kind === '行政处罚'
            ? { correction: { ...(typeof input['改正期限'] === 'string' ? { by: input['改正期限'] } : {}), ...(typeof input['改正要求'] === 'string' ? { what: input['改正要求'] } : {}) } }
            : {}),
        };
        next.facts.decisionType = kind;
        releaseHoldsOnDecision(next, kind, stepDate, now);
        next.facts.hasFine = kind === '行政处罚' && !!next.penalty.decision && chosenMeasures(next.penalty.decision, choices).some((m) => m.kind === '罚款' && (m.chosen.amountFen ?? 0) > 0);
        next.facts.ordersMoney = duesOf(next).length > 0;
        break;
      }
      case 'serve': {
        const d = next.deadlines.find((x) => x.id === '送达期限' && x.status === 'open');
        const late = d && isPast(d.due, input['日期'] ? stepDate : now) ? String(input['逾期理由'] ?? '') : undefined;
        next.penalty.served = { date: stepDate, method: String(input['送达方式']), ...(late ? { late } : {}) };
        break;
      }
      case 'pauseClock': {
        const kind = step.id === '中止调查' ? '中止调查' : String(input['类型']);
        const kinds = new Set(next.deadlines.filter((d) => d.status === 'open').flatMap((d) => d.excludes));
        if (step.id !== '中止调查' && !kinds.has(kind)) return { code: 'INVALID_INPUT', message: `「${kind}」不是本案期限不计入的期间；可选：${[...kinds].join('、') || '无'}` };
        if (next.pauses.some((p) => p.kind === kind && !p.to)) return { code: 'ALREADY_PAUSED', message: `「${kind}」期间已在计算中` };
        next.pauses.push({ kind, from: stepDate });
        if (step.id === '中止调查') for (const d of next.deadlines) if (d.id === '办案期限' && !d.excludes.includes('中止调查')) d.excludes.push('中止调查');
        break;
      }
      case 'resumeClock': {
        const kind = step.id === '恢复调查' ? '中止调查' : String(input['类型']);
        const open = next.pauses.find((p) => p.kind === kind && !p.to);
        if (!open) return { code: 'NOT_PAUSED', message: `没有正在计算的「${kind}」期间` };
        open.to = stepDate;
        break;
      }
      case 'requestExtension': {
        const id = String(input['期限']);
        const d = next.deadlines.find((x) => x.id === id && x.status === 'open');
        if (!d) return { code: 'NO_OPEN_DEADLINE', message: `本案没有正在计算的「${id}」` };
        const period = d.period ? ctx.periods.get(d.period) : undefined;
        if (!period || period.extensions.length === 0) {
          return { code: 'NOT_EXTENDABLE', message: `「${d.label}」${period?.basis ? `（${citeTextRef(period.basis)}）` : ''}没有法定的延长规定，不能延长` };
        }
        if (next.extensions.some((e) => e.deadline === id && !e.approvedBy)) return { code: 'EXTENSION_PENDING', message: `「${id}」已有待批准的延期申请` };
        const used = next.extensions.filter((e) => e.deadline === id && e.approvedBy).length;
        const option = period.extensions[used];
        if (!option) return { code: 'EXTENSION_EXHAUSTED', message: `「${d.label}」的延长已用尽（${period.extensions.map((e) => citeTextRef(e.basis)).join('、')}）` };
        const amount = Number(input['延长']);
        if (option.amount !== undefined && amount !== option.amount) {
          return { code: 'EXTENSION_AMOUNT', message: `依${citeTextRef(option.basis)}，此次可延长${option.amount}${d.unit}，不能延长${amount}${d.unit}` };
        }
        if (option.maxAmount !== undefined && amount > option.maxAmount) {
          return { code: 'EXTENSION_TOO_LONG', message: `依${citeTextRef(option.basis)}，此次延长最长不得超过${option.maxAmount}${d.unit}` };
        }
        next.extensions.push({ deadline: id, amount, reason: String(input['理由']), by: actor.name, at: now, option: used });
        break;
      }
      case 'approveExtension': {
        const id = String(input['期限']);
        const req = next.extensions.find((e) => e.deadline === id && !e.approvedBy)!;
        const d = next.deadlines.find((x) => x.id === id && x.status === 'open');
        const period = d?.period ? ctx.periods.get(d.period) : undefined;
        const option = period?.extensions[req.option];
        if (!d || !option) return { code: 'NO_OPEN_DEADLINE', message: `本案没有正在计算的「${id}」` };
        const approverRole = option.approver === '负责人' ? ['负责人', '主要负责人'] : [option.approver];
        if (!ctx.replay && !approverRole.some((r) => actor.roles.includes(r as never))) return { code: 'ROLE', message: `「${d.label}」的此次延长须由${option.approver}批准（${citeTextRef(option.basis)}）` };
        if (option.collectiveDiscussion && !input['集体讨论记录']) {
          return { code: 'COLLECTIVE_DISCUSSION_REQUIRED', message: `「${d.label}」的此次延长须由负责人集体讨论决定，请填写集体讨论记录（${citeTextRef(option.basis)}）` };
        }
        if (option.writtenNotice && !input['书面告知日期']) {
          return { code: 'WRITTEN_NOTICE_REQUIRED', message: `延长「${d.label}」的决定应当及时书面告知当事人并说明理由，请填写书面告知日期（${citeTextRef(option.basis)}）` };
        }
        req.approvedBy = actor.name;
        req.approvedAt = now;
        d.extended += req.amount;
        break;
      }
      case 'drawRandom': {
        // 双随机 of a 行政检查 reads its plan; a 飞行检查's draw gives the register itself (第十一条第一款)
        const flying = step.id === '飞行检查双随机抽取';
        const plan = flying ? input : (next.data['制定计划'] ?? {});
        // 飞行检查办法 第六条: a 飞行检查 draws from the jurisdiction's libraries once set up — the
        // whole 被检查对象库 when no 名录 is given (recorded, so a replay draws from the same), and
        // only the officers of the 检查人员库 (flyingFromLibraries checks a 名录 that is given)
        const libraries = flying ? (ctx.libraries ?? []) : [];
        let register = Array.isArray(plan['检查对象名录']) ? (plan['检查对象名录'] as unknown[]).map(String) : [];
        if (flying && register.length === 0) {
          if (!librarySetUp(libraries, '被检查对象', stepDate)) return { code: 'NO_REGISTER', message: '未填写检查对象名录，本局也未建立被检查对象库（医疗保障基金飞行检查管理暂行办法第六条）：请先建立被检查对象库或填写名录' };
          register = activeEntries(libraries, '被检查对象', stepDate).map((e) => e.name);
          recorded['检查对象名录'] = register;
        }
        const inspectorLibrary = librarySetUp(libraries, '检查人员', stepDate) ? new Set(activeEntries(libraries, '检查人员', stepDate).map((e) => e.name)) : null;
        const targets = Number(plan['抽取对象数']);
        const inspectors = Number(plan['抽取人员数']);
        if (inspectors < MIN_INSPECTORS.value) return { code: 'TOO_FEW_OFFICERS', message: `检查人员不得少于${MIN_INSPECTORS.value}人（医疗保障基金使用监督管理条例第二十九条）` };
        // replayed: the roster drawn from then (the users' roles and certificates may have changed since)
        const recordedRoster = ctx.replay?.recorded.roster;
        const roster = Array.isArray(recordedRoster)
          ? recordedRoster.map(String)
          : [...ctx.users.values()]
              .filter((u) => u.roles.includes('执法人员') && certificateValid(u, stepDate) && withinJurisdiction(next.jurisdiction.path, u.jurisdiction) && !recusedReason(next, u) && (!inspectorLibrary || inspectorLibrary.has(u.name)))
              .map((u) => u.name);
        const seed = typeof input.seed === 'string' && input.seed ? input.seed : seedFrom(next.id, now);
        try {
          next.draw = drawDoubleRandom(seed, register, roster, targets, inspectors);
        } catch (err) {
          return { code: 'DRAW_FAILED', message: `双随机抽取失败：${err instanceof Error ? err.message : String(err)}` };
        }
        recorded.seed = seed;
        recorded.roster = next.draw.roster;
        recorded.targets = next.draw.targets;
        recorded.inspectors = next.draw.inspectors;
        break;
      }
      case 'findings': {
        const list = input['处置结果'] as Array<{ 对象: string; 发现: string; 措施: string }>;
        for (const f of list) {
          if (next.draw && !next.draw.targets.includes(f.对象)) return { code: 'INVALID_INPUT', message: `「${f.对象}」不是抽中的检查对象` };
          if (f.措施 === '移送立案') {
            spawns.push({ procedure: 'xzcf-putong', facts: { 来源: '行政检查', 发现: f.发现, 检查案件: next.id, 检查对象: f.对象 }, reason: `检查发现：${f.发现}` });
          }
        }
        break;
      }
      case 'secretReporter':
        for (const field of ['举报人']) {
          if (input[field] !== undefined) {
            secrets[field] = input[field];
            recorded[field] = { sealed: true, sha256: sha256(input[field]) };
          }
        }
        break;
      case 'reward':
      case 'payment': {
        const amount = input.amountFen as number | undefined;
        if (effect === 'reward') next.reward = { amountFen: amount! };
        else next.payments.push({ amountFen: amount ?? next.reward?.amountFen ?? 0, at: now, ...(input['支付凭证号'] ? { ref: String(input['支付凭证号']) } : {}), ...(input['发放凭证号'] ? { ref: String(input['发放凭证号']) } : {}) });
        break;
      }
      case 'creditList':
        next.credit = { list: String(input['名单类型']), term: String(input['列入期限']), at: now };
        break;
      case 'agreementMeasures':
        break; // the measures are validated by the step's schema and kept in the record
      case 'spawnSealing':
        // 封存 is its own procedure (approval, 30 days, release); the case follows it (watches) and
        // cannot end while it holds (guards-release.ts)
        spawns.push({ procedure: 'xzqz-fengcun', parties: next.parties, facts: { 来源: '行政处罚案件', 处罚案件: next.id, 封存理由: String(input['封存理由']) }, reason: `封存：${String(input['封存理由'])}` });
        break;
      default: {
        const r = EXECUTION_EFFECT_SET.has(effect) ? applyExecutionEffect(effect, next, actor, input, now, stepDate, ctx) : applyFlyingReportEffect(effect, next, step, actor, input, stepDate, spawns, ctx);
        if (r) return r;
      }
    }
  }
  return null;
}

/** The effects of 执行 (applyExecutionEffect); the others of the default branch are 飞行检查's and 举报's. */
const EXECUTION_EFFECT_SET: ReadonlySet<string> = new Set(EXECUTION_EFFECTS);

/** 执行 effects: the records the guards checked (execution.ts), and the deadlines they move. */
function applyExecutionEffect(effect: string, next: CaseState, actor: User, input: Record<string, unknown>, now: string, stepDate: string, ctx: EngineContext): Refusal | null {
  const ex = (next.execution ??= emptyExecution());
  const main = mainParty(next.parties)?.名称 ?? '当事人';
  const proc = ctx.procedure;
  switch (effect) {
    case 'updateParties':
      next.parties = input.parties as Party[];
      break;
    case 'recordPayment':
      ex.payments.push({ kind: input['款项'] as DueKind, payer: String(input['缴款人'] ?? main), amountFen: input.amountFen as number, date: String(input['缴款日期']), receipt: String(input['票据号']) });
      break;
    case 'requestSchedule':
      ex.scheduleRequest = { kind: input['申请事项'] as '暂缓缴纳' | '分期缴纳', reason: String(input['理由']), date: stepDate };
      break;
    case 'approveSchedule': {
      const list = input['安排'] as Array<{ 到期日: string; amountFen: number }>;
      ex.schedule = { kind: input['申请事项'] as '暂缓缴纳' | '分期缴纳', installments: list.map((i) => ({ date: i.到期日, amountFen: i.amountFen })), approvedOn: stepDate, approvedBy: actor.name, noticeDate: String(input['书面告知日期']) };
      delete ex.scheduleRequest;
      // 暂行规定 第五十五条第二款: the time to apply to the court runs from the end of the 暂缓/分期
      const last = ex.schedule.installments[ex.schedule.installments.length - 1]!.date;
      const served = next.penalty.served?.date;
      const litigationEnd = served ? periodEnd('行政诉讼起诉期限', served, ctx) : last;
      startDeadline(next, proc, '申请强制执行期限', last > litigationEnd ? last : litigationEnd, now, ctx, true);
      break;
    }
    case 'refuseSchedule':
      delete ex.scheduleRequest;
      break;
    case 'remind':
      ex.reminders.push({ servedOn: String(input['催告书送达日期']) });
      break;
    case 'applyEnforcement':
      ex.enforcement = { court: String(input['人民法院']), appliedOn: stepDate };
      break;
    case 'courtAccepted':
      ex.enforcement = { ...ex.enforcement!, acceptedOn: stepDate, caseNo: String(input['案号']) };
      break;
    case 'courtRuling':
      ex.enforcement = { ...ex.enforcement!, ruling: { result: input['裁定结果'] as '准予执行' | '不予执行', no: String(input['裁定书文号']), date: stepDate } };
      break;
    case 'executeMeasure': {
      const kind = String(input['措施']);
      const m = measuresToExecute(next).find((x) => x.kind === kind && !ex.measures.some((d) => d.measureId === x.measureId));
      if (!m) return { code: 'NOT_A_DECIDED_MEASURE', message: `「${kind}」不是本案决定的、尚待执行的处罚` };
      ex.measures.push({ measureId: m.measureId, kind, from: String(input['开始日期']), note: String(input['执行情况']) });
      break;
    }
    case 'appealFiled': {
      const kind: AppealKind = input['复议机关'] !== undefined ? '行政复议' : '行政诉讼';
      ex.appeals.push({ kind, body: String(input['复议机关'] ?? input['人民法院']), filedOn: stepDate });
      // the time to apply to the court for enforcement does not run while the decision is under review
      for (const d of next.deadlines) if (d.id === '申请强制执行期限' && d.status === 'open') { d.status = 'closed'; d.stoppedAt = now; }
      break;
    }
    case 'appealDecided': {
      const kind = input['途径'] as AppealKind;
      const open = [...ex.appeals].reverse().find((a) => a.kind === kind && !a.decidedOn);
      if (!open) return { code: 'NO_PENDING_APPEAL', message: `本案没有尚未结束的${kind}` };
      const outcome = input['结果'] as AppealOutcome;
      open.decidedOn = stepDate;
      open.outcome = outcome;
      if (input['说明']) open.note = String(input['说明']);
      if (outcome === '变更' && next.penalty.decided) {
        next.penalty.decided = { ...next.penalty.decided, measures: input.measures as MeasureChoice[] };
        next.facts.hasFine = !!next.penalty.decision && chosenMeasures(next.penalty.decision, next.penalty.decided.measures).some((m) => m.kind === '罚款' && (m.chosen.amountFen ?? 0) > 0);
        next.facts.ordersMoney = duesOf(next).length > 0;
      }
      if (REVOKING_OUTCOMES.includes(outcome)) next.facts.revoked = true;
      // 暂行规定 第四十六条: a published decision changed or revoked is updated within 三日
      if (ex.published && (outcome === '变更' || outcome === '部分撤销' || REVOKING_OUTCOMES.includes(outcome) || outcome === '确认违法')) startDeadline(next, proc, '公开信息变更期限', stepDate, now, ctx);
      // upheld after 复议: the party may still sue within 十五日 (行政诉讼法 第四十五条); the court application runs after that
      if (kind === '行政复议' && (outcome === '维持' || outcome === '驳回') && !next.closed) startDeadline(next, proc, '申请强制执行期限', periodEnd('复议后起诉期限', stepDate, ctx), now, ctx, true);
      break;
    }
    case 'refund':
      ex.refunds.push({ kind: input['款项'] as DueKind, payer: String(input['缴款人'] ?? main), amountFen: input.amountFen as number, date: String(input['退还日期']), receipt: String(input['凭证号']) });
      break;
    case 'publish':
      ex.published = { date: stepDate, channel: String(input['公示渠道']) };
      break;
    case 'changePublication':
      ex.publicationChanges.push({ date: stepDate, reason: String(input['变更理由']) });
      break;
    case 'close':
      next.facts.executionOutcome = input['执行结果'];
      break;
    case 'collectOnSite':
      // 暂行规定 第五十二条: the fine collected on the spot (guards-collection.ts checked ground, amount and receipt)
      if (input['当场收缴'] === true) {
        ex.payments.push({ kind: '罚款', payer: main, amountFen: input['收缴金额'] as number, date: stepDate, receipt: String(input['专用票据号']), onSite: true });
        next.facts.collectedOnSite = true;
      }
      break;
    default:
      throw new Error(`未知的步骤效果：${effect}`);
  }
  return null;
}

/** A child case's step as the parent records it (procedure `watches`). */
export interface ChildProgress {
  案件: string;
  步骤: string;
  状态: string;
  日期: string;
  决定类型?: string;
}

/**
 * What a parent case does when a child it opened takes a step (or ends): each matching watch
 * records the child's progress in the parent's facts and starts its deadlines from the day of
 * the child's step (举报 → 线索: 是否立案 decided → 告知实名举报人, 举报处理暂行办法 第十二条第二款).
 * Returns null when no watch matches.
 */
export function followChild(parent: CaseState, proc: ProcedureDef, child: { procedure: string; id: string; step: string; state: string; closed: boolean; date: string; input: Record<string, unknown> }, now: string, ctx: EngineContext): CaseState | null {
  const watches = proc.watches.filter((w) => w.procedure === child.procedure && (w.steps.includes(child.step) || (w.closes && child.closed)));
  if (!watches.length || parent.closed) return null;
  const next: CaseState = structuredClone(parent);
  for (const w of watches) {
    const progress: ChildProgress = {
      案件: child.id, 步骤: child.step, 状态: child.state, 日期: child.date,
      ...(typeof child.input['类型'] === 'string' ? { 决定类型: child.input['类型'] } : {}),
    };
    next.facts[w.record] = w.byCase ? { ...((next.facts[w.record] as Record<string, ChildProgress> | undefined) ?? {}), [child.id]: progress } : progress;
    for (const id of w.starts) startDeadline(next, proc, id, child.date, now, ctx);
  }
  next.updatedAt = now;
  return recomputeDeadlines(next, ctx, now);
}
