// 回避 (医疗保障行政处罚程序暂行规定 第五条): the party's application, and the decision on it
// by the authority the article grades —
//   the 主要负责人's recusal: by the 负责人 in 集体讨论;
//   another 负责人's recusal: by the 主要负责人;
//   anyone else's: by a 负责人.
// Until it is decided the investigation goes on (“决定作出前，不停止调查”): a pending application
// excludes nobody; a decision to recuse puts the person among the case's interests, and every
// step's recusal check (guards.ts noRecusal, engine act) then keeps them out.
import type { GuardInput } from './guards.js';
import type { CaseState, Refusal, User } from './types.js';

/** One application for someone's recusal, and its decision once made. */
export interface RecusalApplication {
  /** The person whose recusal is applied for (account name). */
  user: string;
  /** Who applied (the party, or its agent). */
  applicant: string;
  reason: string;
  /** The day it was made. */
  date: string;
  decision?: {
    result: RecusalResult;
    by: string;
    reason: string;
    date: string;
    /** 集体讨论 of the 负责人 (the 主要负责人's recusal): who took part and what they concluded. */
    collective?: { attendees: string[]; conclusion: string };
  };
}

export const RECUSAL_RESULTS = ['回避', '不予回避'] as const;
export type RecusalResult = (typeof RECUSAL_RESULTS)[number];
export type RecusalAuthority = '负责人集体讨论' | '主要负责人' | '负责人';

const ARTICLE = '医疗保障行政处罚程序暂行规定第五条第三款';
const refuse = (code: string, message: string): Refusal => ({ code, message });

/** Who decides a person's recusal (第五条第三款), from the person's roles. */
export function recusalAuthority(person: Pick<User, 'roles'>): RecusalAuthority {
  if (person.roles.includes('主要负责人')) return '负责人集体讨论';
  if (person.roles.includes('负责人')) return '主要负责人';
  return '负责人';
}

export function pendingRecusal(state: CaseState, user: string): RecusalApplication | undefined {
  return (state.recusals ?? []).find((r) => r.user === user && !r.decision);
}

export const RECUSAL_GUARDS = {
  /** An application names a known person who is not already out of the case. */
  recusalApplicable(g: GuardInput): Refusal | null {
    const name = String(g.input['user']);
    const person = g.ctx.users.get(name);
    if (!person) return refuse('UNKNOWN_USER', `用户「${name}」不存在`);
    if (g.state.interests.some((i) => i.user === name)) return refuse('ALREADY_RECUSED', `「${person.displayName}」已回避，不必再申请`);
    if (pendingRecusal(g.state, name)) return refuse('RECUSAL_PENDING', `对「${person.displayName}」的回避申请尚未决定`);
    return null;
  },
  /** The decision by the authority 第五条第三款 names, on a pending application. */
  recusalDecidedByAuthority(g: GuardInput): Refusal | null {
    const name = String(g.input['user']);
    const person = g.ctx.users.get(name);
    if (!person) return refuse('UNKNOWN_USER', `用户「${name}」不存在`);
    if (!pendingRecusal(g.state, name)) return refuse('NO_RECUSAL_APPLICATION', `没有待决定的对「${person.displayName}」的回避申请（当事人提出回避申请的，应当依法审查：${ARTICLE}）`);
    if (g.actor.name === name) return refuse('RECUSAL_OWN_CASE', `「${person.displayName}」不能决定本人的回避（${ARTICLE}）`);
    const authority = recusalAuthority(person);
    const collective = g.input['集体讨论'] as { 参加人员: string[]; 讨论结论: string } | undefined;
    if (authority === '负责人集体讨论') {
      if (!collective) return refuse('RECUSAL_COLLECTIVE_REQUIRED', `「${person.displayName}」是主要负责人，其回避由医疗保障行政部门负责人集体讨论决定，须记录集体讨论的参加人员和结论（${ARTICLE}）`);
      for (const a of collective.参加人员) {
        const u = g.ctx.users.get(a);
        if (!u) return refuse('UNKNOWN_USER', `参加讨论的「${a}」不存在`);
        if (!u.roles.includes('负责人')) return refuse('NOT_A_HEAD', `参加集体讨论的「${u.displayName}」不是负责人`);
      }
      if (collective.参加人员.includes(name)) return refuse('RECUSAL_OWN_CASE', `「${person.displayName}」不能参加讨论本人的回避（${ARTICLE}）`);
      if (!collective.参加人员.includes(g.actor.name)) return refuse('ACTOR_NOT_LISTED', `登记决定的「${g.actor.displayName}」不在集体讨论的参加人员之列`);
      return null;
    }
    if (authority === '主要负责人' && !g.actor.roles.includes('主要负责人')) {
      return refuse('RECUSAL_DECIDER', `「${person.displayName}」是负责人，其回避由主要负责人决定，「${g.actor.displayName}」不是主要负责人（${ARTICLE}）`);
    }
    if (!g.actor.roles.includes('负责人')) return refuse('RECUSAL_DECIDER', `「${person.displayName}」的回避由负责人决定（${ARTICLE}）`);
    return null;
  },
};

/** The effects of 申请回避 and 回避决定 (engine.ts calls these after the guards pass). */
export function applyRecusalEffect(
  effect: 'applyRecusal' | 'decideRecusal', next: CaseState, actor: User, input: Record<string, unknown>, stepDate: string, now: string,
  users: ReadonlyMap<string, User>,
): Refusal | null {
  const list = (next.recusals ??= []);
  const name = String(input['user']);
  if (effect === 'applyRecusal') {
    list.push({ user: name, applicant: String(input['申请人']), reason: String(input['理由']), date: stepDate });
    return null;
  }
  const open = list.find((r) => r.user === name && !r.decision);
  if (!open) return { code: 'NO_RECUSAL_APPLICATION', message: `没有待决定的对「${users.get(name)?.displayName ?? name}」的回避申请` };
  const result = input['决定'] as RecusalResult;
  const collective = input['集体讨论'] as { 参加人员: string[]; 讨论结论: string } | undefined;
  open.decision = {
    result,
    by: actor.name,
    reason: String(input['理由']),
    date: stepDate,
    ...(collective ? { collective: { attendees: collective.参加人员, conclusion: collective.讨论结论 } } : {}),
  };
  if (result === '回避') next.interests.push({ user: name, reason: `经${collective ? '负责人集体讨论' : '负责人'}决定回避：${open.reason}`, at: now });
  return null;
}
