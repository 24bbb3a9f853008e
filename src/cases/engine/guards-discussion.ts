// 集体讨论 (医疗保障行政处罚程序暂行规定 第四十条第二款、第四十四条): who may sit, the record signed
// by each who sat, and the cases that must go to it because the investigators and the 法制机构
// disagree. Registered in guards.ts.
//
// - collectiveAttendeesAreHeads (集体讨论): every attendee is a 负责人 of the case's own bureau,
//   not recused from the case (第四十四条第一款: 由医疗保障行政部门负责人集体讨论决定).
// - collectiveSigner (集体讨论签字): only an attendee of the last 集体讨论 signs its record, once
//   (第四十四条第二款: 讨论记录应当经参加讨论人员确认签字).
// - collectiveRecordSigned (决定): a 集体讨论 whose record not every attendee has signed is not
//   complete; no decision rests on it.
// - the disagreement of 第四十条第二款 (审核意见分歧) puts the case under 第四十四条第一款第（二）项:
//   its decision waits for a 集体讨论 held after the disagreement was recorded (collectiveDiscussionIfMajor).
import { recusedReason, type GuardInput } from './guards.js';
import type { CaseState, Refusal } from './types.js';

const RULE = '医疗保障行政处罚程序暂行规定';
const refuse = (code: string, message: string): Refusal => ({ code, message });

/** The position in the history of the last time a step was taken, or -1. */
function lastTaken(state: CaseState, step: string): number {
  for (let i = state.history.length - 1; i >= 0; i--) if (state.history[i]!.step === step) return i;
  return -1;
}

/** The 第四十条第二款 disagreement recorded and not yet put before a 集体讨论 held after it, or undefined. */
export function disagreementPending(state: CaseState): string | undefined {
  const at = lastTaken(state, '审核意见分歧');
  if (at < 0) return undefined;
  if (lastTaken(state, '集体讨论') > at) return undefined;
  return String(state.data['审核意见分歧']?.['分歧内容'] ?? '');
}

/** Attendees of the case's last 集体讨论 who have not signed its record. */
export function unsignedAttendees(state: CaseState): string[] {
  const c = state.collective;
  if (!c) return [];
  const signed = new Set(c.signedBy ?? []);
  return c.attendees.filter((a) => !signed.has(a));
}

export const DISCUSSION_GUARDS = {
  collectiveAttendeesAreHeads(g: GuardInput): Refusal | null {
    const attendees = (g.input['参加人员'] as string[] | undefined) ?? [];
    for (const name of attendees) {
      const u = g.ctx.users.get(name);
      if (!u) return refuse('UNKNOWN_USER', `参加讨论的「${name}」不存在`);
      if (!u.roles.includes('负责人')) return refuse('NOT_A_HEAD', `「${u.displayName}」不是负责人，不能参加负责人集体讨论（${RULE}第四十四条第一款）`);
      if (u.jurisdiction !== g.state.jurisdiction.path) return refuse('NOT_A_HEAD', `「${u.displayName}」是${u.jurisdiction}的负责人，不是本案医疗保障行政部门（${g.state.jurisdiction.path}）的负责人（${RULE}第四十四条第一款）`);
      const recused = recusedReason(g.state, u);
      if (recused) return refuse('RECUSED', `「${u.displayName}」${recused}，应当回避，不能参加本案的集体讨论（${RULE}第五条）`);
    }
    if (!attendees.includes(g.actor.name)) return refuse('NOT_ATTENDEE', `记录集体讨论的「${g.actor.displayName}」须是参加讨论的负责人`);
    return null;
  },
  collectiveSigner(g: GuardInput): Refusal | null {
    const c = g.state.collective;
    if (!c) return refuse('NO_DISCUSSION', `本案没有集体讨论记录可签（${RULE}第四十四条第二款）`);
    if (!c.attendees.includes(g.actor.name)) return refuse('NOT_ATTENDEE', `「${g.actor.displayName}」没有参加 ${c.date} 的集体讨论，不能在讨论记录上签字：讨论记录应当经参加讨论人员确认签字（${RULE}第四十四条第二款）`);
    if ((c.signedBy ?? []).includes(g.actor.name)) return refuse('ALREADY_SIGNED', `「${g.actor.displayName}」已在 ${c.date} 的集体讨论记录上签字`);
    return null;
  },
  collectiveRecordSigned(g: GuardInput): Refusal | null {
    const missing = unsignedAttendees(g.state);
    if (!missing.length) return null;
    const names = missing.map((n) => g.ctx.users.get(n)?.displayName ?? n).join('、');
    return refuse('COLLECTIVE_RECORD_UNSIGNED', `${g.state.collective!.date} 的集体讨论记录尚未经参加讨论人员${names}确认签字，记录未完成，不得据以作出决定（${RULE}第四十四条第二款）`);
  },
};
