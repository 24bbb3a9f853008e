// 委托执法 (医疗保障行政处罚程序暂行规定 第八条; 行政处罚法 第二十条): a user of a 受托组织 acts
// only within a 委托书 of the case's bureau, never takes a coercive measure, and delegates
// nothing onward. Checked on every step of every procedure (act() calls delegationRefusal
// before the procedure's own guards); users without an organisation are not concerned, and a
// replayed step is not judged again.
import { shanghaiDateOf } from '../../law/index.js';
import type { ProcedureDef, StepDef } from '../procedure/model.js';
import type { CaseState, Delegation, EngineContext, Refusal, User } from './types.js';

/** The kind of power whose procedures are 行政强制措施 (封存, 暂停结算). */
export const COERCIVE_KIND = '行政强制';

/** 第八条第一款 / 行政强制法第十七条第一款: 行政强制措施权不得委托. */
const ART_8_1 = '医疗保障行政处罚程序暂行规定第八条第一款、行政强制法第十七条第一款';
const ART_8_2 = '医疗保障行政处罚程序暂行规定第八条第二款、行政处罚法第二十条第四款';
const ART_8_3 = '医疗保障行政处罚程序暂行规定第八条第三款、行政处罚法第二十条第二款';

/** Every step of a 行政强制 procedure takes part in the coercive measure. */
export function isCoerciveProcedure(proc: Pick<ProcedureDef, 'kind'>): boolean {
  return proc.kind === COERCIVE_KIND;
}

/**
 * Steps of other procedures that take a coercive measure: 采取封存 (opens a 封存, 暂行规定
 * 第二十九条) and, of the 先行登记保存处理, the choice 决定予以封存 (第二十八条第一款第二项). The
 * 先行登记保存 itself is evidence-gathering of the penalty procedure (行政处罚法第五十六条,
 * 暂行规定第二十六条, in 第三章第二节 调查取证), not one of the 行政强制措施 of 行政强制法第九条,
 * and goes with the 委托 of 行政处罚 where the 委托书 gives it.
 */
export function takesCoerciveMeasure(step: Pick<StepDef, 'effects'>, input: Record<string, unknown>): boolean {
  if (step.effects.includes('spawnSealing')) return true;
  return step.effects.includes('handleEvidenceHold') && input['处理措施'] === '决定予以封存';
}

/** Steps a 委托书 may never give: every step of a coercive procedure, and the steps that always open one. */
export function undelegableStep(proc: Pick<ProcedureDef, 'kind'>, step: Pick<StepDef, 'effects'>): boolean {
  return isCoerciveProcedure(proc) || step.effects.includes('spawnSealing');
}

/** Whether a 委托事项 of the 委托书 covers the case: its kind of power, or its very catalog item. */
export function coversCase(d: Delegation, state: Pick<CaseState, 'kind' | 'item'>): boolean {
  return d.委托事项.some((m) => ('类别' in m ? m.类别 === state.kind : !!state.item && m.事项 === state.item.ref));
}

/** Whether the 委托 runs on a day: within its 起止日期 and not ended early. */
export function inForce(d: Delegation, day: string): boolean {
  return d.起始日期 <= day && day <= d.截止日期 && (!d.终止日期 || day <= d.终止日期);
}

export interface DelegationCheck {
  state: CaseState;
  step: StepDef;
  actor: User;
  input: Record<string, unknown>;
  now: string;
  stepDate: string;
  ctx: EngineContext;
}

const refuse = (code: string, message: string): Refusal => ({ code, message });

/**
 * The 委托书 under which `user` may take `step` on the case on the day(s), or the refusal. The
 * 权限 is the actor's, and a named officer's on the steps they carry out with the actor; an
 * officer only assigned to the case (立案's officers) needs the 事项 and the 期限, and meets the
 * 权限 on the steps they then take.
 */
function scopeRefusal(c: DelegationCheck, user: User): Refusal | null {
  const org = user.organisation!;
  const days = [...new Set([c.stepDate, shanghaiDateOf(c.now)])];
  const who = `「${user.displayName}」（受托组织，统一社会信用代码 ${org}）`;
  let found = (c.ctx.delegations ?? []).filter((d) => d.受托组织.统一社会信用代码 === org && d.委托机关.jurisdiction === c.state.jurisdiction.path);
  if (!found.length) return refuse('DELEGATION_NONE', `${who}未受本案所属${c.state.jurisdiction.name}医疗保障部门委托，不得办理本案（${ART_8_3}）`);
  const orgName = found[0]!.受托组织.名称;
  found = found.filter((d) => coversCase(d, c.state));
  if (!found.length) {
    const what = c.state.item ? `「${c.state.item.name}」（${c.state.kind}）` : `${c.state.kind}`;
    return refuse('DELEGATION_MATTER', `${orgName}受委托的事项不包括${what}，「${user.displayName}」不得办理本案（${ART_8_3}）`);
  }
  for (const day of days) {
    const during = found.filter((d) => inForce(d, day));
    if (!during.length) {
      const terms = found.map((d) => `${d.文号}：${d.起始日期}至${d.终止日期 && d.终止日期 < d.截止日期 ? `${d.终止日期}（提前终止）` : d.截止日期}`).join('；');
      return refuse('DELEGATION_EXPIRED', `${day}不在${orgName}受委托的期限内（${terms}），「${user.displayName}」不得办理（${ART_8_3}）`);
    }
    found = during;
  }
  const assignedOnly = user.name !== c.actor.name && c.step.effects.includes('assignOfficers');
  if (!assignedOnly && !found.some((d) => d.权限.includes(c.step.id))) {
    return refuse('DELEGATION_POWER', `委托书（${found.map((d) => d.文号).join('、')}）授予${orgName}的权限不包括「${c.step.id}」，「${user.displayName}」不得进行（${ART_8_3}）`);
  }
  return null;
}

/**
 * The refusal of a step for the users of 受托组织 it concerns — the actor and the officers the
 * step names — or null. In order: no coercive measure (第一款), no 再委托 (第二款: a delegated
 * actor names only people of its own organisation), within the 委托书's 事项, 期限 and 权限 (第三款).
 */
export function delegationRefusal(c: DelegationCheck): Refusal | null {
  const named = Array.isArray(c.input.officers) ? (c.input.officers as string[]) : [];
  const people = [c.actor, ...named.filter((n) => n !== c.actor.name).map((n) => c.ctx.users.get(n)).filter((u): u is User => !!u)];
  const delegated = people.filter((u) => !!u.organisation);
  if (!delegated.length) return null;
  if (isCoerciveProcedure(c.ctx.procedure) || takesCoerciveMeasure(c.step, c.input)) {
    const u = delegated[0]!;
    return refuse('DELEGATION_COERCIVE', `「${u.displayName}」属受托组织：行政强制措施权不得委托，受托组织的人员不得${isCoerciveProcedure(c.ctx.procedure) ? `参与「${c.ctx.procedure.name}」的任何环节` : `进行「${c.step.id}」${c.input['处理措施'] ? `（${String(c.input['处理措施'])}）` : ''}`}，须由委托机关的执法人员办理（${ART_8_1}）`);
  }
  if (c.actor.organisation) {
    const outside = named.filter((n) => c.ctx.users.get(n)?.organisation !== c.actor.organisation);
    if (outside.length) {
      const names = outside.map((n) => `「${c.ctx.users.get(n)?.displayName ?? n}」`).join('、');
      return refuse('DELEGATION_ONWARD', `受托组织的人员「${c.actor.displayName}」只能由本组织的人员办理受托事项，不得将其交由${names}办理（不得再委托其他组织或者个人，${ART_8_2}）`);
    }
  }
  for (const u of delegated) {
    const r = scopeRefusal(c, u);
    if (r) return r;
  }
  return null;
}

/**
 * Opening a case by a user of a 受托组织: only of a kind or item its 委托书 (of the bureau the case
 * will belong to, 第八条第四款) gives, on a day within its term, and never a coercive measure.
 */
export function openingRefusal(user: User, proc: Pick<ProcedureDef, 'kind' | 'name'>, target: Pick<CaseState, 'kind' | 'item' | 'jurisdiction'>, delegations: readonly Delegation[], day: string): Refusal | null {
  if (!user.organisation) return null;
  if (isCoerciveProcedure(proc)) {
    return refuse('DELEGATION_COERCIVE', `「${user.displayName}」属受托组织：行政强制措施权不得委托，不得开立「${proc.name}」案件（${ART_8_1}）`);
  }
  const mine = delegations.filter((d) => d.受托组织.统一社会信用代码 === user.organisation && d.委托机关.jurisdiction === target.jurisdiction.path);
  if (!mine.length) return refuse('DELEGATION_NONE', `「${user.displayName}」所属受托组织未受${target.jurisdiction.name}医疗保障部门委托，不得以其名义开案（${ART_8_3}）`);
  const covering = mine.filter((d) => coversCase(d, target));
  if (!covering.length) return refuse('DELEGATION_MATTER', `${mine[0]!.受托组织.名称}受委托的事项不包括${target.item ? `「${target.item.name}」` : ''}（${target.kind}）（${ART_8_3}）`);
  if (!covering.some((d) => inForce(d, day))) return refuse('DELEGATION_EXPIRED', `${day}不在${mine[0]!.受托组织.名称}受委托的期限内（${ART_8_3}）`);
  return null;
}
