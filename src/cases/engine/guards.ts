// Guards (程序约束) the engine enforces before any step changes anything. Each returns a
// refusal with an English code and a Chinese reason naming the rule, or null.
import type { GuardName, StepDef } from '../procedure/model.js';
import { DIRECT_ASSISTANCE, HEARING_NOTICE_WORKING_DAYS, SIMPLIFIED_CITIZEN_MAX_FEN, SIMPLIFIED_ORGANISATION_MAX_FEN } from './statutory.js';
import { formatYuan as yuan, isPast, shanghaiDateOf } from '../../law/index.js';
import type { CaseState, DecidedMeasure, EngineContext, Refusal, User } from './types.js';

export interface GuardInput {
  state: CaseState;
  step: StepDef;
  actor: User;
  input: Record<string, unknown>;
  now: string;
  ctx: EngineContext;
}

const refuse = (code: string, message: string): Refusal => ({ code, message });

export function certificateValid(user: User, day: string): boolean {
  const c = user.certificate;
  return !!c && c.validFrom <= day && day <= c.validTo;
}

/** The officers a step names (input.officers), or the case's officers. */
export function stepOfficers(g: GuardInput): string[] {
  const given = g.input.officers;
  if (Array.isArray(given)) return given.map(String);
  return g.state.officers;
}

export function recusedReason(state: CaseState, user: User): string | undefined {
  const declared = state.interests.find((i) => i.user === user.name);
  if (declared) return `已申报回避（${declared.reason}）`;
  if (state.party && user.conflicts?.includes(state.party.name)) return `与当事人「${state.party.name}」有利害关系`;
  return undefined;
}

/** Reads the measures of an input: [{kind, amountFen?, months?, target?}]. */
export function readMeasures(value: unknown): DecidedMeasure[] | Refusal {
  if (!Array.isArray(value)) return refuse('INVALID_INPUT', 'measures 应为措施列表：[{ "kind": "罚款", "amountFen": … }]');
  const out: DecidedMeasure[] = [];
  for (const m of value) {
    if (!m || typeof m !== 'object' || typeof (m as { kind?: unknown }).kind !== 'string') return refuse('INVALID_INPUT', '每项措施须有 kind（措施种类）');
    const { kind, amountFen, months, target } = m as Record<string, unknown>;
    if (amountFen !== undefined && !(Number.isSafeInteger(amountFen) && (amountFen as number) >= 0)) return refuse('INVALID_INPUT', `措施「${kind}」的金额应为非负整数（分）`);
    if (months !== undefined && !(typeof months === 'number' && months >= 0)) return refuse('INVALID_INPUT', `措施「${kind}」的月数无效`);
    out.push({ kind: kind as string, ...(amountFen !== undefined ? { amountFen: amountFen as number } : {}), ...(months !== undefined ? { months: months as number } : {}), ...(typeof target === 'string' ? { target } : {}) });
  }
  return out;
}


/** The first way `decided` is heavier than `baseline`, in words, or null. */
export function heavierThan(decided: DecidedMeasure[], baseline: DecidedMeasure[]): string | null {
  for (const d of decided) {
    const same = baseline.filter((b) => b.kind === d.kind && (d.target === undefined || b.target === undefined || b.target === d.target));
    if (same.length === 0) return `增加了告知时没有的措施「${d.kind}」`;
    const b = same[0]!;
    if ((d.amountFen ?? 0) > (b.amountFen ?? 0)) return `「${d.kind}」${yuan(d.amountFen ?? 0)}高于告知的${yuan(b.amountFen ?? 0)}`;
    if ((d.months ?? 0) > (b.months ?? 0)) return `「${d.kind}」${d.months}个月长于告知的${b.months ?? 0}个月`;
  }
  return null;
}

function decisionIsPenalty(g: GuardInput): boolean {
  const type = g.input['类型'];
  return type === undefined || type === '行政处罚';
}

function measuresOf(g: GuardInput): DecidedMeasure[] | Refusal | undefined {
  if (g.input.measures === undefined) return undefined;
  return readMeasures(g.input.measures);
}

const GUARDS: Record<GuardName, (g: GuardInput) => Refusal | null> = {
  officersWithCertificates(g) {
    const day = shanghaiDateOf(g.now);
    const names = stepOfficers(g);
    const min = g.step.minOfficers;
    const valid: string[] = [];
    for (const name of names) {
      const u = g.ctx.users.get(name);
      if (!u) return refuse('UNKNOWN_USER', `执法人员「${name}」不存在`);
      if (!u.roles.includes('执法人员')) return refuse('NOT_OFFICER', `「${u.displayName}」不是执法人员`);
      if (!certificateValid(u, day)) return refuse('CERTIFICATE_INVALID', `「${u.displayName}」${day}无有效执法证，不得参与执法（行政处罚法第四十二条：应当由具有行政执法资格的执法人员实施）`);
      valid.push(name);
    }
    if (new Set(valid).size < min) return refuse('TOO_FEW_OFFICERS', `「${g.step.id}」须由不少于${min}名持有效执法证的执法人员进行，现有${new Set(valid).size}名（行政处罚法第四十二条；医疗保障基金使用监督管理条例第二十九条；行政强制法第十八条）`);
    if (g.step.certificate && g.actor.roles.includes('执法人员') && !valid.includes(g.actor.name)) return refuse('ACTOR_NOT_LISTED', `操作人「${g.actor.displayName}」不在本步骤的执法人员之列`);
    return null;
  },
  noRecusal(g) {
    const names = new Set([g.actor.name, ...stepOfficers(g)]);
    for (const name of names) {
      const u = g.ctx.users.get(name);
      if (!u) continue;
      const why = recusedReason(g.state, u);
      if (why) return refuse('RECUSED', `「${u.displayName}」${why}，应当回避，不得参与本案（行政处罚法第四十三条）`);
    }
    return null;
  },
  notCaseOfficer(g) {
    if (g.state.officers.includes(g.actor.name)) return refuse('CASE_OFFICER', `「${g.actor.displayName}」是本案承办人，不得同时进行「${g.step.id}」（审核须由承办人以外的人员进行）`);
    return null;
  },
  legalReviewIfRequired(g) {
    if (!decisionIsPenalty(g)) return null;
    const r = g.state.legalReview;
    // a review that did not pass blocks the decision even where none was required
    if (!g.state.facts.legalReviewRequired && (!r || r.conclusion === '同意')) return null;
    if (!r) return refuse('LEGAL_REVIEW_REQUIRED', '本案须经法制审核，未经法制审核不得作出决定（行政处罚法第五十八条）');
    if (r.conclusion !== '同意') return refuse('LEGAL_REVIEW_NOT_PASSED', '法制审核未通过，不得作出决定（行政处罚法第五十八条）');
    return null;
  },
  collectiveDiscussionIfMajor(g) {
    if (!decisionIsPenalty(g)) return null;
    if (g.state.facts.major && !g.state.collective) return refuse('COLLECTIVE_DISCUSSION_REQUIRED', '本案情节复杂或者属重大违法行为，应当由负责人集体讨论决定（行政处罚法第五十七条第二款）');
    return null;
  },
  noticeBeforeDecision(g) {
    if (!decisionIsPenalty(g)) return null;
    if (!g.state.penalty.notified) return refuse('NOTICE_REQUIRED', '作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据和陈述、申辩、听证权利（行政处罚法第四十四条、第六十二条）');
    return null;
  },
  windowsClosed(g) {
    if (!decisionIsPenalty(g)) return null;
    for (const id of ['陈述申辩期限', '听证申请期限']) {
      const d = g.state.deadlines.find((x) => x.id === id);
      if (!d || d.status !== 'open') continue;
      if (!isPast(d.due, g.now)) {
        const what = id === '陈述申辩期限' ? '陈述、申辩' : '要求听证';
        return refuse('WINDOW_OPEN', `当事人${what}的期限至${d.due}届满，尚未届满且当事人未书面放弃，不得作出决定（行政处罚法第六十二条、第六十四条）`);
      }
    }
    return null;
  },
  penaltyInRange(g) {
    const measures = measuresOf(g);
    if (!measures) return null;
    if ('code' in measures) return measures;
    if (g.step.effects.includes('decide') && !decisionIsPenalty(g)) return null;
    const range = g.state.penalty.range;
    if (!range) {
      return refuse('NO_PENALTY_RANGE', `处罚模块未能计算本案的处罚范围（${g.state.penalty.rangeError ?? '未认定违法条款'}），不得告知或决定处罚`);
    }
    if (!range.punishable && measures.some((m) => range.measures.find((r) => r.kind === m.kind)?.penalty !== false)) {
      return refuse('NOT_PUNISHABLE', `依处罚模块的计算，本案不得给予行政处罚：${range.reasons.join('；')}`);
    }
    for (const m of measures) {
      const candidates = range.measures.filter((r) => r.kind === m.kind && (m.target === undefined || r.target === undefined || r.target === m.target));
      if (candidates.length === 0) return refuse('PENALTY_OUT_OF_RANGE', `措施「${m.kind}」不在${range.appliedArticle ?? '所适用条款'}规定的处罚种类之内`);
      const fits = candidates.some((r) => {
        if (r.minFen !== undefined || r.maxFen !== undefined) {
          if (m.amountFen === undefined) return false;
          if (r.minFen !== undefined && m.amountFen < r.minFen) return false;
          if (r.maxFen !== undefined && m.amountFen > r.maxFen) return false;
        }
        if (r.minMonths !== undefined || r.maxMonths !== undefined) {
          if (m.months === undefined) return false;
          if (r.minMonths !== undefined && m.months < r.minMonths) return false;
          if (r.maxMonths !== undefined && m.months > r.maxMonths) return false;
        }
        return true;
      });
      if (!fits) {
        const r = candidates[0]!;
        const span = r.minFen !== undefined || r.maxFen !== undefined ? `${yuan(r.minFen ?? 0)}至${r.maxFen !== undefined ? yuan(r.maxFen) : '不限'}` : `${r.minMonths ?? 0}至${r.maxMonths ?? '不限'}个月`;
        return refuse('PENALTY_OUT_OF_RANGE', `「${m.kind}」${m.amountFen !== undefined ? yuan(m.amountFen) : `${m.months ?? '未填'}个月`}超出处罚模块计算的范围${span}（${r.citation}）`);
      }
    }
    return null;
  },
  withinNotified(g) {
    const measures = measuresOf(g);
    if (!measures || 'code' in measures) return measures && 'code' in measures ? measures : null;
    if (g.step.effects.includes('decide') && !decisionIsPenalty(g)) return null;
    const notified = g.state.penalty.notified;
    if (!notified) return null;
    const why = heavierThan(measures, notified);
    if (why) return refuse('EXCEEDS_NOTIFIED', `决定${why}，超出已告知的处罚内容；须重新告知（行政处罚法第四十四条、第六十二条）`);
    return null;
  },
  noHeavierAfterArgument(g) {
    const measures = measuresOf(g);
    if (!measures || 'code' in measures) return measures && 'code' in measures ? measures : null;
    if (!g.state.penalty.argued || !g.state.penalty.notified) return null;
    const why = heavierThan(measures, g.state.penalty.notified);
    if (why) return refuse('HEAVIER_AFTER_ARGUMENT', `当事人进行了陈述、申辩，决定${why}；不得因当事人陈述、申辩而给予更重的处罚（行政处罚法第四十五条第二款）`);
    return null;
  },
  deadlines(g) {
    for (const id of g.step.within) {
      const d = g.state.deadlines.find((x) => x.id === id && x.status === 'open');
      if (!d) continue;
      if (isPast(d.due, g.now)) {
        const pending = g.state.extensions.some((e) => e.deadline === id && !e.approvedBy);
        return refuse('DEADLINE_PASSED', `已超过${d.label}的期限（${d.due}${d.provisional ? '，暂定' : ''}），须经批准延期后方可进行「${g.step.id}」${pending ? '（延期申请尚未批准）' : ''}`);
      }
    }
    return null;
  },
  simplifiedEligible(g) {
    const measures = measuresOf(g) ?? g.state.penalty.notified;
    if (!measures) return null;
    if ('code' in measures) return measures;
    const allowed = new Set(['罚款', '警告']);
    const other = measures.find((m) => !allowed.has(m.kind) && !m.kind.startsWith('责令'));
    if (other) return refuse('NOT_SIMPLIFIED', `简易程序只适用于罚款或者警告，「${other.kind}」须适用普通程序（行政处罚法第五十一条）`);
    const fine = measures.filter((m) => m.kind === '罚款').reduce((s, m) => s + (m.amountFen ?? 0), 0);
    const citizen = g.state.party?.type === '公民';
    const limit = citizen ? SIMPLIFIED_CITIZEN_MAX_FEN.value : SIMPLIFIED_ORGANISATION_MAX_FEN.value;
    if (fine > limit) return refuse('NOT_SIMPLIFIED', `罚款${yuan(fine)}超过简易程序上限（对${citizen ? '公民' : '法人或者其他组织'}${yuan(limit)}以下），须适用普通程序（行政处罚法第五十一条）`);
    return null;
  },
  hearingNoticeSevenDays(g) {
    const h = g.state.penalty.hearing;
    if (!h?.noticeAt || !h.date) return refuse('HEARING_NOT_NOTIFIED', '尚未通知听证的时间、地点（行政处罚法第六十四条第二项）');
    const earliest = g.ctx.computeDeadline({ start: shanghaiDateOf(h.noticeAt), amount: HEARING_NOTICE_WORKING_DAYS.value, unit: '工作日' }).due;
    if (h.date <= earliest) return refuse('HEARING_NOTICE_TOO_LATE', `听证日期${h.date}距通知日不足七个工作日（应晚于${earliest}）；行政机关应当在举行听证的七日前通知当事人（行政处罚法第六十四条第二项、第八十五条）`);
    if (shanghaiDateOf(g.now) < h.date) return refuse('HEARING_NOT_YET', `听证定于${h.date}举行，尚未到期`);
    return null;
  },
  hearingHostNotInvestigator(g) {
    const host = (g.input['主持人'] as string | undefined) ?? g.state.penalty.hearing?.host;
    if (!host) return refuse('MISSING_INPUT', '须指定听证主持人');
    if (g.state.officers.includes(host)) return refuse('HEARING_HOST_INVESTIGATOR', `听证主持人「${host}」是本案调查人员；听证由行政机关指定的非本案调查人员主持（行政处罚法第六十四条第四项）`);
    if (g.step.effects.includes('hearingHeld') && g.actor.name !== host) return refuse('HEARING_HOST_ONLY', `听证由指定的主持人「${host}」主持并记录`);
    return null;
  },
  hearingRequestInTime(g) {
    if (!g.state.facts.hearingRight) return refuse('NO_HEARING_RIGHT', '告知时未认定当事人有要求听证的权利（行政处罚法第六十三条），不能登记听证申请');
    if (g.state.penalty.waivedHearing) return refuse('HEARING_WAIVED', '当事人已书面放弃听证');
    const d = g.state.deadlines.find((x) => x.id === '听证申请期限');
    if (d && isPast(d.due, g.now)) return refuse('HEARING_REQUEST_LATE', `要求听证的期限已于${d.due}届满（行政处罚法第六十四条第一项：告知后五日内提出）`);
    return null;
  },
  directAssistanceEligible(g) {
    const raw = String(g.input['身份类别'] ?? '');
    const category = DIRECT_ASSISTANCE.aliases[raw] ?? raw;
    if (!(DIRECT_ASSISTANCE.categories as readonly string[]).includes(category)) return refuse('NOT_DIRECT', `「${raw}」不属于最低生活保障家庭成员或特困供养人员，须经审核（社会救助暂行办法第三十条）`);
    return null;
  },
  drawnInspectors(g) {
    const draw = g.state.draw;
    if (!draw) return refuse('NOT_DRAWN', '尚未双随机抽取检查人员');
    const outsiders = stepOfficers(g).filter((n) => !draw.inspectors.includes(n));
    if (outsiders.length) return refuse('NOT_DRAWN', `「${outsiders.join('、')}」不是随机抽取的检查人员（抽中：${draw.inspectors.join('、')}；种子 ${draw.seed}）`);
    return null;
  },
  extensionRequested(g) {
    const id = String(g.input['期限'] ?? '');
    if (!g.state.extensions.some((e) => e.deadline === id && !e.approvedBy)) return refuse('NO_EXTENSION_REQUEST', `没有待批准的「${id}」延期申请`);
    return null;
  },
};

export function runGuards(g: GuardInput): Refusal | null {
  for (const name of g.step.guards) {
    const r = GUARDS[name](g);
    if (r) return r;
  }
  return null;
}
