// A dry run of the engine: would it accept a step on the case now, from this person, as far
// as the case itself decides (the form's input is not known yet)? It runs act()'s checks that
// need no input and the guards' own code on the current case, and writes nothing. What the
// console proposes as the next step is checked with it: a step the engine would refuse is
// shown with the engine's reason instead of being offered (a 决定 after 听证 while the second
// 法制审核 is due).
import type { GuardName } from '../procedure/model.js';
import { availableSteps } from './engine.js';
import { certificateValid, recusedReason, runGuards, type GuardInput } from './guards.js';
import { delegationRefusal } from './guards-delegation.js';
import type { CaseState, EngineContext, Refusal } from './types.js';
import { shanghaiDateOf } from '../../law/index.js';

/**
 * The guards a dry run asks, and which of their refusals the case alone decides: `'all'`, or
 * the codes that do not depend on the step's input. The others (and the guards not listed:
 * officers, parties, articles, amounts, dates the form supplies) are left to the step's
 * submission, where the engine checks them against the input.
 */
export const CASE_DECIDES: Partial<Record<GuardName, 'all' | readonly string[]>> = {
  noRecusal: 'all',
  notInvestigator: 'all',
  // a decision needs the review, the discussion, the notice and the windows over: whatever is decided
  legalReviewIfRequired: 'all',
  collectiveDiscussionIfMajor: 'all',
  noticeBeforeDecision: 'all',
  windowsClosed: 'all',
  // whether to punish is the decision's kind (不予行政处罚 is a 决定 too): only "nothing computed yet"
  decisionLawful: ['NO_DECISION'],
  // late with a reason is the input's; a period that cannot be extended is the case's
  deadlines: ['DEADLINE_PASSED'],
  hearingHeldOnDate: 'all',
  hearingHostNotInvestigator: ['HEARING_HOST_ONLY'],
  hearingRequestInTime: 'all',
  paymentWithinOwed: ['NOTHING_OWED'],
  scheduleLawful: ['SCHEDULE_EXISTS', 'SCHEDULE_PENDING', 'NOTHING_OWED', 'NO_APPLICATION'],
  overdue: ['REVOKED', 'NOT_OVERDUE'],
  enforcementAllowed: 'all',
  publicationChangeNeeded: 'all',
  // evidence under 先行登记保存 released by its seven working days (第二十八条第二款): before the deadline guard, as the engine runs them
  evidenceHoldStanding: 'all',
  // 管辖 (暂行规定 第十条至第十二条): whether a dispute is pending, negotiated, asked of the superior — and
  // who that superior is — is the case's and the actor's; where the case goes is the form's
  venueDispute: ['NO_DISPUTE', 'DISPUTE_PENDING', 'NEGOTIATION_OVER', 'ALREADY_REQUESTED', 'DISPUTE_NEGOTIATING', 'NOT_COMMON_SUPERIOR', 'NO_COMMON_SUPERIOR'],
  venueUndisputed: 'all',
  venueHolder: 'all',
  venueSuperior: 'all',
  venueOfficersNeeded: 'all',
  // 疑点说明 only once the case has 疑点
  suspectsOfCase: ['NO_SUSPECTS'],
};

/**
 * The input a dry run gives the guards: none, except the outcome a step chooses by its input
 * (决定's 类型, …) set to the first the procedure lists — the normal course (行政处罚).
 */
function probeInput(step: GuardInput['step']): Record<string, unknown> {
  if (typeof step.to === 'object') {
    const first = Object.keys(step.to.cases)[0];
    if (first !== undefined) return { [step.to.by]: first };
  }
  return {};
}

/**
 * Would the engine accept `stepId` from `actorName` now, as far as the case decides it?
 * null: yes (the input is still checked when the step is submitted); else the engine's refusal.
 */
export function precheck(state: CaseState, stepId: string, actorName: string, now: string, ctx: EngineContext): Refusal | null {
  const proc = ctx.procedure;
  const step = proc.steps.find((s) => s.id === stepId);
  if (!step) return { code: 'UNKNOWN_STEP', message: `「${proc.name}」没有步骤「${stepId}」` };
  if (state.closed && !step.afterEnd) return { code: 'CASE_CLOSED', message: `本案已办结（${state.state}），不能再进行「${stepId}」` };
  if (!availableSteps(state, proc).includes(stepId)) return { code: 'WRONG_STATE', message: `本案当前为「${state.state}」，不能进行「${stepId}」` };
  const actor = ctx.users.get(actorName);
  if (!actor) return { code: 'UNKNOWN_USER', message: `用户「${actorName}」不存在` };
  if (!step.roles.some((r) => actor.roles.includes(r))) return { code: 'ROLE', message: `「${stepId}」须由${step.roles.join('或')}进行，「${actor.displayName}」无此职责` };
  const today = shanghaiDateOf(now);
  if (step.certificate && !certificateValid(actor, today)) return { code: 'CERTIFICATE_INVALID', message: `「${actor.displayName}」${today}无有效执法证，不得进行「${stepId}」` };
  if (!step.effects.includes('declareInterest')) {
    const why = recusedReason(state, actor);
    if (why) return { code: 'RECUSED', message: `「${actor.displayName}」${why}，应当回避，不得参与本案（行政处罚法第四十三条）` };
  }
  // 委托执法 (暂行规定 第八条): the actor's 委托书 decides it (the officers the form names are checked on submission)
  const delegation = delegationRefusal({ state, step, actor, input: {}, now, stepDate: today, ctx });
  if (delegation) return delegation;
  for (const before of step.after) if (!state.done[before]) return { code: 'STEP_ORDER', message: `须先完成「${before}」，才能进行「${stepId}」` };
  const input = probeInput(step);
  for (const name of step.guards) {
    const decides = CASE_DECIDES[name];
    if (!decides) continue;
    let refusal: Refusal | null;
    try {
      // the guard's own code, alone (guards only read the case: a dry run writes nothing)
      refusal = runGuards({ state, step: { ...step, guards: [name] }, actor, input, now, stepDate: today, ctx });
    } catch {
      continue; // it needs the input to answer: asked when the step is submitted
    }
    if (refusal && (decides === 'all' || decides.includes(refusal.code))) return refusal;
  }
  return null;
}
