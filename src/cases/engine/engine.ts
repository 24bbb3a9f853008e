// The case engine: a pure function from (case, step, actor, input, now, context) to the
// next case and the event to record, or a refusal that changes nothing.
import { createHash } from 'node:crypto';
import type { DeadlineDef, ProcedureDef, StepDef } from '../procedure/model.js';
import { certificateValid, readMeasures, recusedReason, runGuards, type GuardInput } from './guards.js';
import { drawDoubleRandom, seedFrom } from './random.js';
import { MIN_INSPECTORS } from './statutory.js';
import { addHours, isPast, shanghaiDateOf } from '../../law/index.js';
import type { ActResult, Attachment, CaseState, DeadlineInstance, EngineContext, Refusal, SpawnRequest, User } from './types.js';

export interface OpenArgs {
  id: string;
  procedure: ProcedureDef;
  now: string;
  actor: string;
  item?: CaseState['item'];
  variant?: string;
  party?: CaseState['party'];
  facts?: Record<string, unknown>;
  parent?: string;
}

export function openCase(a: OpenArgs): CaseState {
  if (a.procedure.variants.length && (!a.variant || !a.procedure.variants.includes(a.variant))) {
    throw new Error(`程序「${a.procedure.name}」须指定类别：${a.procedure.variants.join('、')}`);
  }
  return {
    id: a.id,
    procedure: { id: a.procedure.id, version: a.procedure.version, name: a.procedure.name },
    kind: a.procedure.kind,
    ...(a.item ? { item: a.item } : {}),
    ...(a.variant ? { variant: a.variant } : {}),
    state: a.procedure.initial,
    closed: false,
    openedAt: a.now,
    openedBy: a.actor,
    updatedAt: a.now,
    ...(a.party ? { party: a.party } : {}),
    officers: [],
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
}

const refuse = (code: string, message: string): { ok: false; refusal: Refusal } => ({ ok: false, refusal: { code, message } });

function matches(when: Record<string, unknown> | undefined, state: CaseState): boolean {
  if (!when) return true;
  return Object.entries(when).every(([k, v]) => {
    const actual = k === 'variant' ? state.variant : state.facts[k];
    return Array.isArray(v) ? v.includes(actual as string) : actual === v;
  });
}

function stepAllowedFrom(step: StepDef, state: CaseState, proc: ProcedureDef): boolean {
  if (proc.end.includes(state.state)) return false;
  return step.from.includes(state.state) || step.from.includes('*');
}

/** Steps that may be taken now (by state and condition; guards are not run). */
export function availableSteps(state: CaseState, proc: ProcedureDef): string[] {
  return proc.steps.filter((s) => stepAllowedFrom(s, state, proc) && matches(s.when, state)).map((s) => s.id);
}

function present(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

function deadlineDef(proc: ProcedureDef, id: string, state: CaseState): DeadlineDef | undefined {
  return proc.deadlines.find((d) => d.id === id && matches(d.when, state));
}

function computeDue(d: DeadlineInstance, state: CaseState, ctx: EngineContext, today: string): DeadlineInstance {
  if (d.unit === '小时') {
    return { ...d, due: addHours(d.start, d.amount + d.extended), provisional: false, calendarBasis: '按小时计算' };
  }
  const excluded = state.pauses
    .filter((p) => d.excludes.includes(p.kind) && (p.to ?? today) >= d.start)
    .map((p) => ({ from: p.from < d.start ? d.start : p.from, to: p.to ?? today, kind: p.kind }));
  const answer = ctx.computeDeadline({ start: d.start, amount: d.amount + d.extended, unit: d.unit, excludedPeriods: excluded });
  return { ...d, due: answer.due, provisional: answer.provisional, calendarBasis: answer.basis };
}

/** Recomputes every open deadline (after a step, or when a new holiday schedule is loaded). */
export function recomputeDeadlines(state: CaseState, ctx: EngineContext, now: string): CaseState {
  const today = shanghaiDateOf(now);
  return { ...state, deadlines: state.deadlines.map((d) => (d.status === 'open' ? computeDue(d, state, ctx, today) : d)) };
}

function sha256(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

function readAttachments(value: unknown): Attachment[] | Refusal {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return { code: 'INVALID_INPUT', message: 'attachments 应为附件列表' };
  for (const a of value) {
    if (!a || typeof a !== 'object' || typeof a.name !== 'string' || typeof a.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(a.sha256)) {
      return { code: 'INVALID_INPUT', message: '每个附件须有 name 和 sha256（64位十六进制）' };
    }
  }
  return (value as Attachment[]).map((a) => ({
    name: a.name, sha256: a.sha256, ...(typeof a.fileName === 'string' ? { fileName: a.fileName } : {}), ...(typeof a.size === 'number' ? { size: a.size } : {}),
  }));
}

export function act(state: CaseState, stepId: string, actorName: string, input: Record<string, unknown>, now: string, ctx: EngineContext): ActResult {
  const proc = ctx.procedure;
  if (proc.id !== state.procedure.id || proc.version !== state.procedure.version) {
    return refuse('PROCEDURE_MISMATCH', `本案按「${state.procedure.name}」第${state.procedure.version}版办理，不能用第${proc.version}版的定义`);
  }
  if (state.closed) return refuse('CASE_CLOSED', `本案已办结（${state.state}），不能再进行「${stepId}」`);
  const step = proc.steps.find((s) => s.id === stepId);
  if (!step) return refuse('UNKNOWN_STEP', `「${proc.name}」没有步骤「${stepId}」；可进行的步骤：${availableSteps(state, proc).join('、') || '无'}`);
  if (!stepAllowedFrom(step, state, proc)) {
    return refuse('WRONG_STATE', `本案当前为「${state.state}」，不能进行「${stepId}」；可进行的步骤：${availableSteps(state, proc).join('、') || '无'}`);
  }
  if (!matches(step.when, state)) return refuse('NOT_APPLICABLE', `「${stepId}」不适用于本案（${state.variant ?? ''}）`);
  const actor = ctx.users.get(actorName);
  if (!actor) return refuse('UNKNOWN_USER', `用户「${actorName}」不存在`);
  if (!step.roles.some((r) => actor.roles.includes(r))) {
    return refuse('ROLE', `「${stepId}」须由${step.roles.join('或')}进行，「${actor.displayName}」无此职责`);
  }
  const today = shanghaiDateOf(now);
  if (step.certificate && !certificateValid(actor, today)) {
    return refuse('CERTIFICATE_INVALID', `「${actor.displayName}」${today}无有效执法证，不得进行「${stepId}」`);
  }
  if (!step.effects.includes('declareInterest')) {
    const why = recusedReason(state, actor);
    if (why) return refuse('RECUSED', `「${actor.displayName}」${why}，应当回避，不得参与本案（行政处罚法第四十三条）`);
  }
  for (const field of step.requires) {
    if (!present(input[field])) return refuse('MISSING_INPUT', `「${stepId}」须填写「${field}」`);
  }
  const attachments = readAttachments(input.attachments);
  if ('code' in attachments) return { ok: false, refusal: attachments };
  for (const name of step.attachments) {
    if (!attachments.some((a) => a.name === name)) return refuse('MISSING_ATTACHMENT', `「${stepId}」须附「${name}」`);
  }
  for (const before of step.after) {
    if (!state.done[before]) return refuse('STEP_ORDER', `须先完成「${before}」，才能进行「${stepId}」`);
  }
  if (Array.isArray(input.officers)) {
    for (const n of input.officers) if (!ctx.users.has(String(n))) return refuse('UNKNOWN_USER', `执法人员「${String(n)}」不存在`);
  }
  const g: GuardInput = { state, step, actor, input, now, ctx };
  const guardRefusal = runGuards(g);
  if (guardRefusal) return { ok: false, refusal: guardRefusal };

  // Everything below works on a copy; a refusal here still changes nothing.
  const next: CaseState = structuredClone(state);
  const spawns: SpawnRequest[] = [];
  const secrets: Record<string, unknown> = {};
  const recorded: Record<string, unknown> = { ...input };
  delete recorded.attachments;
  const effectRefusal = applyEffects(next, step, actor, input, now, ctx, spawns, secrets, recorded);
  if (effectRefusal) return { ok: false, refusal: effectRefusal };

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
  next.history.push({ step: step.id, actor: actor.name, at: now });
  for (const a of attachments) next.attachments.push({ ...a, step: step.id });
  next.data[step.id] = recorded;
  next.updatedAt = now;

  // deadlines: stop, then start, then close everything at an end state
  for (const id of step.stops) {
    for (const d of next.deadlines) {
      if (d.id === id && d.status === 'open') {
        d.status = isPast(d.due, now) ? 'late' : 'met';
        d.stoppedAt = now;
      }
    }
  }
  for (const id of step.starts) {
    const def = deadlineDef(proc, id, next);
    if (!def) continue; // not applicable to this case (e.g. no hearing right)
    const existing = next.deadlines.findIndex((d) => d.id === id && d.status === 'open');
    if (existing >= 0) next.deadlines.splice(existing, 1);
    next.deadlines.push({
      id: def.id, label: def.label, start: def.unit === '小时' ? now : today, amount: def.amount, unit: def.unit, basis: def.basis,
      excludes: def.excludes, extended: 0, due: '', provisional: false, calendarBasis: '', status: 'open',
    });
  }
  if (proc.end.includes(to)) {
    next.closed = true;
    for (const d of next.deadlines) {
      if (d.status === 'open') {
        // a limit already passed when the case ends stays visible as missed
        d.status = d.due && isPast(d.due, now) ? 'late' : 'closed';
        d.stoppedAt = now;
      }
    }
    for (const p of next.pauses) if (!p.to) p.to = today;
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

function applyEffects(
  next: CaseState, step: StepDef, actor: User, input: Record<string, unknown>, now: string, ctx: EngineContext,
  spawns: SpawnRequest[], secrets: Record<string, unknown>, recorded: Record<string, unknown>,
): Refusal | null {
  const today = shanghaiDateOf(now);
  const proc = ctx.procedure;
  for (const effect of step.effects) {
    switch (effect) {
      case 'assignOfficers':
        next.officers = Array.isArray(input.officers) ? input.officers.map(String) : [actor.name];
        if (typeof input['当事人'] === 'string' && !next.party) {
          next.party = { name: input['当事人'], type: input['当事人类型'] === '公民' ? '公民' : '法人或者其他组织' };
        }
        break;
      case 'declareInterest': {
        const user = String(input.user);
        if (!ctx.users.has(user)) return { code: 'UNKNOWN_USER', message: `用户「${user}」不存在` };
        next.interests.push({ user, reason: String(input['理由']), at: now });
        break;
      }
      case 'proposePenalty': {
        const violation = String(input.violation);
        const facts = input.facts ?? {};
        next.penalty.violation = violation;
        next.penalty.penaltyFacts = facts;
        if (!ctx.computePenalty) return { code: 'NO_PENALTY_MODULE', message: '处罚模块不可用，无法计算处罚范围' };
        try {
          next.penalty.range = ctx.computePenalty(violation, facts);
          delete next.penalty.rangeError;
        } catch (err) {
          return { code: 'PENALTY_RULE', message: `处罚模块不能计算「${violation}」：${err instanceof Error ? err.message : String(err)}` };
        }
        const partyKind = (facts as { party?: string }).party;
        if (partyKind && next.party) next.party.type = partyKind === '参保个人' ? '公民' : '法人或者其他组织';
        if (input['情节复杂或者重大'] === true) next.facts.major = true;
        if (input['需法制审核'] === true || input['情节复杂或者重大'] === true) next.facts.legalReviewRequired = true;
        break;
      }
      case 'legalReview':
        next.legalReview = { by: actor.name, conclusion: String(input['结论']), at: now };
        break;
      case 'notify': {
        if (input.measures !== undefined) {
          const m = readMeasures(input.measures);
          if ('code' in m) return m;
          next.penalty.notified = m;
          next.facts.hasFine = m.some((x) => x.kind === '罚款' && (x.amountFen ?? 0) > 0);
          const needs = next.penalty.violation && ctx.procedureRequirements?.(next.penalty.violation, next.penalty.penaltyFacts, m);
          if (needs) {
            if (needs.hearingRight !== undefined) next.facts.hearingRight = needs.hearingRight;
            if (needs.legalReviewRequired) next.facts.legalReviewRequired = true;
            if (needs.collectiveDiscussionRequired) next.facts.major = true;
          }
        }
        if (input['听证权利'] === true) next.facts.hearingRight = true;
        next.penalty.notifiedAt = now;
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
        next.pauses.push({ kind: '听证', from: today });
        break;
      case 'hearingNotice': {
        const date = String(input['听证日期']);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { code: 'INVALID_INPUT', message: '听证日期应为 YYYY-MM-DD' };
        const host = String(input['主持人']);
        if (!ctx.users.has(host)) return { code: 'UNKNOWN_USER', message: `听证主持人「${host}」不存在` };
        next.penalty.hearing = { date, host, place: String(input['听证地点']), noticeAt: now };
        break;
      }
      case 'hearingHeld':
        next.penalty.hearing = { ...next.penalty.hearing, heldAt: now };
        for (const p of next.pauses) if (p.kind === '听证' && !p.to) p.to = today;
        break;
      case 'collectiveDiscussion':
        next.collective = { at: now, conclusion: String(input['讨论结论']) };
        break;
      case 'decide': {
        const type = String(input['类型'] ?? '行政处罚');
        next.penalty.decisionType = type;
        next.facts.decisionType = type;
        next.penalty.decidedAt = now;
        if (input.measures !== undefined) {
          const m = readMeasures(input.measures);
          if ('code' in m) return m;
          next.penalty.decided = m;
          next.facts.hasFine = m.some((x) => x.kind === '罚款' && (x.amountFen ?? 0) > 0);
        } else if (type === '行政处罚') {
          return { code: 'MISSING_INPUT', message: '行政处罚决定须填写处罚措施（measures）' };
        } else {
          next.penalty.decided = [];
          next.facts.hasFine = false;
        }
        break;
      }
      case 'pauseClock': {
        const kind = String(input['类型']);
        const kinds = new Set(proc.deadlines.flatMap((d) => d.excludes));
        if (!kinds.has(kind)) return { code: 'INVALID_INPUT', message: `「${kind}」不是不计入期限的期间；可选：${[...kinds].join('、')}` };
        if (next.pauses.some((p) => p.kind === kind && !p.to)) return { code: 'ALREADY_PAUSED', message: `「${kind}」期间已在计算中` };
        next.pauses.push({ kind, from: today });
        break;
      }
      case 'resumeClock': {
        const kind = String(input['类型']);
        const open = next.pauses.find((p) => p.kind === kind && !p.to);
        if (!open) return { code: 'NOT_PAUSED', message: `没有正在计算的「${kind}」期间` };
        open.to = today;
        break;
      }
      case 'requestExtension': {
        const id = String(input['期限']);
        const def = proc.deadlines.find((d) => d.id === id);
        if (!def?.extension) return { code: 'NOT_EXTENDABLE', message: `「${id}」不能延长` };
        if (!next.deadlines.some((d) => d.id === id && d.status === 'open')) return { code: 'NO_OPEN_DEADLINE', message: `本案没有正在计算的「${id}」` };
        const amount = Number(input['延长']);
        if (!Number.isInteger(amount) || amount <= 0) return { code: 'INVALID_INPUT', message: '「延长」应为正整数（与期限同单位）' };
        const already = next.extensions.filter((e) => e.deadline === id && e.approvedBy).reduce((s, e) => s + e.amount, 0);
        if (def.extension.maxAmount !== undefined && already + amount > def.extension.maxAmount) {
          return { code: 'EXTENSION_TOO_LONG', message: `「${id}」延长合计不得超过${def.extension.maxAmount}${def.unit}（${def.extension.basis}）` };
        }
        next.extensions.push({ deadline: id, amount, reason: String(input['理由']), by: actor.name, at: now });
        break;
      }
      case 'approveExtension': {
        const id = String(input['期限']);
        const def = proc.deadlines.find((d) => d.id === id);
        if (def?.extension && !actor.roles.includes(def.extension.approver)) return { code: 'ROLE', message: `「${id}」的延长须由${def.extension.approver}批准` };
        const req = next.extensions.find((e) => e.deadline === id && !e.approvedBy)!;
        req.approvedBy = actor.name;
        req.approvedAt = now;
        for (const d of next.deadlines) if (d.id === id && d.status === 'open') d.extended += req.amount;
        break;
      }
      case 'drawRandom': {
        const plan = next.data['制定计划'] ?? {};
        const register = Array.isArray(plan['检查对象名录']) ? (plan['检查对象名录'] as unknown[]).map(String) : [];
        const targets = Number(plan['抽取对象数']);
        const inspectors = Number(plan['抽取人员数']);
        if (inspectors < MIN_INSPECTORS.value) return { code: 'TOO_FEW_OFFICERS', message: `检查人员不得少于${MIN_INSPECTORS.value}人（医疗保障基金使用监督管理条例第二十九条）` };
        const roster = [...ctx.users.values()]
          .filter((u) => u.roles.includes('执法人员') && certificateValid(u, today) && !recusedReason(next, u))
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
        const list = input['处置结果'];
        if (!Array.isArray(list)) return { code: 'INVALID_INPUT', message: '处置结果应为列表：[{ "对象", "发现", "措施": 无问题|责令改正|移送立案 }]' };
        for (const f of list as Array<Record<string, unknown>>) {
          const measure = String(f['措施'] ?? '');
          if (!['无问题', '责令改正', '移送立案'].includes(measure)) return { code: 'INVALID_INPUT', message: `处置措施「${measure}」应为 无问题、责令改正 或 移送立案` };
          if (next.draw && !next.draw.targets.includes(String(f['对象']))) return { code: 'INVALID_INPUT', message: `「${String(f['对象'])}」不是抽中的检查对象` };
          if (measure === '移送立案') {
            spawns.push({
              procedure: 'xzcf-putong',
              party: { name: String(f['对象']), type: '法人或者其他组织' },
              facts: { 来源: '行政检查', 发现: f['发现'], 检查案件: next.id },
              reason: `检查发现：${String(f['发现'] ?? '')}`,
            });
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
        const amount = input.amountFen;
        if (effect === 'reward' || amount !== undefined) {
          if (!Number.isSafeInteger(amount) || (amount as number) <= 0) return { code: 'INVALID_INPUT', message: '金额（amountFen）应为正整数（分）' };
        }
        if (effect === 'reward') next.reward = { amountFen: amount as number };
        else next.payments.push({ amountFen: (amount as number | undefined) ?? next.reward?.amountFen ?? 0, at: now, ...(input['支付凭证号'] ? { ref: String(input['支付凭证号']) } : {}) });
        break;
      }
      case 'creditList':
        next.credit = { list: String(input['名单类型']), term: String(input['列入期限']), at: now };
        break;
      case 'agreementMeasures': {
        const allowed = ['约谈', '暂停结算', '不予支付', '追回', '违约金', '中止协议', '解除协议'];
        const m = readMeasures(input.measures);
        if ('code' in m) return m;
        const bad = m.find((x) => !allowed.includes(x.kind));
        if (bad) return { code: 'INVALID_INPUT', message: `协议处理措施「${bad.kind}」应为：${allowed.join('、')}` };
        break;
      }
    }
  }
  return null;
}
