// 先行登记保存 (医疗保障行政处罚程序暂行规定 第二十六条至第二十八条): taken on a 负责人's
// approval, or on the spot in an emergency with a report to the 负责人 within 二十四小时 and
// approval after the fact (release at once when refused); a decision on the held evidence
// within 七个工作日 (the period 先行登记保存处理期限, data/law/periods.json), after which the hold
// is released by itself (engine.ts recomputeDeadlines marks the deadline expired) and no
// decision can be taken on it any more. 决定予以封存 opens the 封存 procedure.
import { isPast, withinJurisdiction } from '../../law/index.js';
import type { GuardInput } from './guards.js';
import { recusedReason } from './guards.js';
import type { CaseState, DeadlineInstance, Refusal, SpawnRequest } from './types.js';

const RULE = '医疗保障行政处罚程序暂行规定';
const refuse = (code: string, message: string): Refusal => ({ code, message });
const measuredAt = (g: GuardInput): string => (g.input['日期'] ? g.stepDate : g.now);

/** The deadline of the latest 先行登记保存 of the case (its 七个工作日). */
function latestHold(state: CaseState): DeadlineInstance | undefined {
  return state.deadlines.filter((d) => d.id === '先行登记保存处理期限').pop();
}

/** Why the latest hold can no longer be decided on, or null while it stands. */
function holdGone(state: CaseState, at: string): Refusal | null {
  const d = latestHold(state);
  if (!d) return refuse('NO_EVIDENCE_HOLD', '本案没有先行登记保存的证据');
  if (d.status === 'expired' || (d.status === 'open' && isPast(d.due, at))) return refuse('EVIDENCE_HOLD_RELEASED', `先行登记保存的处理期限已于${d.due}届满，未采取处理措施，先行登记保存措施已自动解除（${RULE}第二十八条第二款），不能再对其作出处理决定`);
  if (d.status !== 'open') return refuse('EVIDENCE_HOLD_ENDED', '先行登记保存已作出处理决定或者已解除');
  return null;
}

export const EVIDENCE_HOLD_GUARDS = {
  /** 第二十七条第一款: the list; 第二十六条第一款: 经负责人批准; 第二款: on the spot only in an emergency. */
  evidenceHoldApproved(g: GuardInput): Refusal | null {
    const listed = g.input['证据'];
    if (!Array.isArray(listed) || listed.length === 0) return refuse('EVIDENCE_LIST_REQUIRED', `先行登记保存有关证据，应当当场清点，开具清单（${RULE}第二十七条第一款）：请逐项登记保存的证据`);
    if (g.input['情况紧急'] === true) return null;
    const name = g.input['批准人'] as string | undefined;
    if (!name) return refuse('EVIDENCE_HOLD_NOT_APPROVED', `先行登记保存须经医疗保障行政部门负责人批准（${RULE}第二十六条第一款）；情况紧急当场采取的，须注明并在二十四小时内报告负责人、补办批准手续（第二款）`);
    const head = g.ctx.users.get(name);
    if (!head) return refuse('UNKNOWN_USER', `批准人「${name}」不存在`);
    if (!head.roles.includes('负责人')) return refuse('NOT_A_HEAD', `批准人「${head.displayName}」不是负责人（${RULE}第二十六条第一款）`);
    if (!withinJurisdiction(g.state.jurisdiction.path, head.jurisdiction)) return refuse('OUTSIDE_JURISDICTION', `批准人「${head.displayName}」不是本案辖区（${g.state.jurisdiction.path}）医疗保障行政部门的负责人`);
    const why = recusedReason(g.state, head);
    if (why) return refuse('RECUSED', `批准人「${head.displayName}」${why}，应当回避`);
    return null;
  },
  /** 第二十六条第二款: approval after the fact for an emergency hold, within the 二十四小时 of the report. */
  evidenceHoldEmergency(g: GuardInput): Refusal | null {
    const report = g.state.deadlines.filter((d) => d.id === '当场先行登记保存报告期限').pop();
    if (!report || report.status !== 'open') return refuse('NOT_EMERGENCY_HOLD', '本案没有待补办批准手续的当场先行登记保存');
    const gone = holdGone(g.state, measuredAt(g));
    if (gone) return gone;
    if (isPast(report.due, measuredAt(g))) return refuse('EMERGENCY_REPORT_LATE', `当场先行登记保存后应当在二十四小时内向负责人报告并补办批准手续，已于${report.due}届满（${RULE}第二十六条第二款）；只能解除先行登记保存`);
    return null;
  },
  /** 第二十八条: a decision on the held evidence while the hold stands. */
  evidenceHoldStanding(g: GuardInput): Refusal | null {
    return holdGone(g.state, measuredAt(g));
  },
};

/**
 * 第二十八条第一款第（三）项: 违法事实不成立, or 违法事实成立但不予行政处罚 — the evidence still held
 * is released with the decision; 第四十七条第二款: 终止调查 releases it at the same time
 * (kind `终止调查`).
 */
export function releaseHoldsOnDecision(next: CaseState, kind: string, stepDate: string, now: string): void {
  if (kind !== '违法事实不能成立' && kind !== '不予行政处罚' && kind !== '终止调查') return;
  const hold = latestHold(next);
  if (!hold || hold.status !== 'open') return;
  hold.status = 'closed';
  hold.stoppedAt = now;
  next.facts.evidenceHoldReleased = stepDate;
}

/**
 * 补办先行登记保存批准 refused by the 负责人: released at once (第二十六条第二款); 先行登记保存处理
 * 决定予以封存: the 封存 procedure opens (第二十八条第一款第（二）项).
 */
export function applyEvidenceHoldEffect(effect: 'approveEvidenceHold' | 'handleEvidenceHold', next: CaseState, input: Record<string, unknown>, now: string, stepDate: string, spawns: SpawnRequest[]): Refusal | null {
  const hold = latestHold(next);
  if (effect === 'approveEvidenceHold') {
    if (input['同意'] !== true && hold && hold.status === 'open') {
      hold.status = 'closed';
      hold.stoppedAt = now;
      next.facts.evidenceHoldReleased = stepDate;
    }
    return null;
  }
  if (input['处理措施'] === '决定予以封存') {
    spawns.push({ procedure: 'xzqz-fengcun', parties: next.parties, facts: { 来源: '先行登记保存', 先行登记保存案件: next.id }, reason: `先行登记保存的证据决定予以封存：${String(input['说明'])}` });
  }
  if (input['处理措施'] === '解除先行登记保存') next.facts.evidenceHoldReleased = stepDate;
  return null;
}
