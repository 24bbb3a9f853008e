// 管辖的变更 (医疗保障行政处罚程序暂行规定 第十条至第十二条): what the steps of engine/guards-jurisdiction.ts
// do to the case. A move changes the case's jurisdiction — who may read and act on it (the store
// keeps it in cases.jurisdiction_id, the server scopes every request by it) — and leaves the case
// without officers until the receiving department names its own (确定承办人员). The department a
// step moved the case to is kept in the record, so a replay moves it to the same place.
import { findJurisdiction } from '../../law/index.js';
import { commonSuperior, reservationProblem } from './guards-jurisdiction.js';
import type { CaseState, EngineContext, Refusal, User, Venue, VenueMoveKind } from './types.js';

const RULE = '医疗保障行政处罚程序暂行规定';
const refuse = (code: string, message: string): Refusal => ({ code, message });

export function applyVenueEffect(
  next: CaseState, stepId: string, actor: User, input: Record<string, unknown>, stepDate: string, ctx: EngineContext, recorded: Record<string, unknown>,
): Refusal | null {
  const v: Venue = (next.venue ??= { moves: [] });
  const here = next.jurisdiction.path;
  // the actor's department, as recorded when the step was taken (a replay does not know it)
  const actorBureau = (): string => {
    const then = ctx.replay?.recorded['决定部门'];
    const bureau = typeof then === 'string' ? then : actor.jurisdiction;
    recorded['决定部门'] = bureau;
    return bureau;
  };
  const move = (to: string, how: VenueMoveKind, by: string): Refusal | null => {
    const j = findJurisdiction(to);
    if (!j) return refuse('UNKNOWN_JURISDICTION', `「${to}」不是已知的行政区划`);
    v.moves.push({ from: here, to: j.path, how, date: stepDate, by });
    next.jurisdiction = { path: j.path, code: j.code, name: j.fullName };
    // the former department's officers no longer handle it; the new one names its own
    next.officers = [];
    delete v.received;
    delete v.designated;
    delete v.dispute;
    return null;
  };

  switch (stepId) {
    case '立案':
      // 第十一条第二句: the filing department records that a law reserves the case for its level
      if (input['法定由上级管辖'] === true) v.reserved = { path: here, basis: String(input['法定管辖依据']), on: stepDate };
      else if (!v.moves.length && !v.reserved) delete next.venue;
      return null;
    case '移送管辖': {
      const r = move(String(input['受移送部门']), '移送管辖', here);
      if (r) return r;
      v.received = { from: here, on: stepDate };
      return null;
    }
    case '提级管辖': {
      const bureau = actorBureau();
      const problem = reservationProblem(input['法定由上级管辖'], input['法定管辖依据']);
      if (problem) return refuse('INVALID_INPUT', problem);
      const r = move(bureau, '提级管辖', bureau);
      if (r) return r;
      if (input['法定由上级管辖'] === true) v.reserved = { path: bureau, basis: String(input['法定管辖依据']), on: stepDate };
      return null;
    }
    case '指定下级管辖': {
      const r = move(String(input['下级部门']), '指定下级管辖', here);
      if (r) return r;
      v.designated = { by: here, on: stepDate };
      return null;
    }
    case '发生管辖权争议': {
      const other = String(input['争议部门']);
      const common = commonSuperior(here, other);
      if (!common) return refuse('NO_COMMON_SUPERIOR', `「${here}」与「${other}」在本系统中没有共同的上一级医疗保障行政部门（${RULE}第十条）`);
      v.dispute = { with: other, since: stepDate, common };
      return null;
    }
    case '协商管辖': {
      const d = v.dispute;
      if (!d) return refuse('NO_DISPUTE', `没有管辖权争议（${RULE}第十条）`);
      if (input['结果'] === '协商不成') d.failed = true;
      else if (input['结果'] === '由本部门管辖') delete v.dispute;
      else return move(d.with, '协商管辖', here);
      return null;
    }
    case '报请指定管辖': {
      if (!v.dispute) {
        // 第十二条第二款: the receiving department's objection goes straight to the common superior
        const from = v.received?.from;
        const common = from ? commonSuperior(here, from) : undefined;
        if (!from || !common) return refuse('NO_DISPUTE', `没有管辖权争议（${RULE}第十条）`);
        v.dispute = { with: from, since: stepDate, common, failed: true };
      }
      v.dispute.requestedOn = stepDate;
      return null;
    }
    case '指定管辖': {
      const bureau = actorBureau();
      const to = String(input['指定管辖部门']);
      if (to !== here) {
        const r = move(to, '指定管辖', bureau);
        if (r) return r;
      } else delete v.dispute;
      v.designated = { by: bureau, on: stepDate };
      return null;
    }
    default:
      return null;
  }
}
