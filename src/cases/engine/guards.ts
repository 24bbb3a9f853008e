// Guards (程序约束) the engine enforces before any step changes anything. Each returns a
// refusal with an English code and a Chinese reason naming the rule, or null. The article
// each enforces is in the comment of its name in procedure/model.ts (GUARD_NAMES).
import {
  choiceProblems,
  citeTextRef,
  chosenMeasures,
  DECISION_KIND_BASIS,
  formatYuan,
  heavierChoice,
  isPast,
  mitigationOf,
  requirementsForChoices,
  withinJurisdiction,
  type DecisionKind,
  type MeasureChoice,
  type Mitigation,
} from '../../law/index.js';
import type { GuardName, StepDef } from '../procedure/model.js';
import { mainParty } from '../steps/party.js';
import { DOCUMENT_FIELDS, type AgreementMeasure, type ExecutionOutcome } from '../steps/inputs.js';
import { executionOf, executionStatus, measuresToExecute, PERSON_TARGETS, type DueKind } from './execution.js';
import { DIRECT_ASSISTANCE, MIN_OFFICERS_FLYING } from './statutory.js';
import { RECUSAL_GUARDS } from './recusal.js';
import { EVIDENCE_HOLD_GUARDS } from './evidence-hold.js';
import { INVESTIGATION_GUARDS } from './guards-investigation.js';
import { JURISDICTION_GUARDS } from './guards-jurisdiction.js';
import type { CaseState, EngineContext, Refusal, User } from './types.js';
import { FLYING_GUARDS } from './guards-flying.js';
import { REPORT_GUARDS } from './guards-report.js';
import { COLLECTION_GUARDS } from './guards-collection.js';
import { RELEASE_GUARDS } from './guards-release.js';
import { ASSISTANCE_GUARDS } from './guards-assistance.js';
import { DISCUSSION_GUARDS, disagreementPending } from './guards-discussion.js';
import { SEALING_GUARDS } from './guards-sealing.js';

export interface GuardInput {
  state: CaseState;
  step: StepDef;
  actor: User;
  /** the input, validated by the step's schema */
  input: Record<string, unknown>;
  /** the attachments given with the step (by name and content hash) */
  attachments?: ReadonlyArray<{ name: string }>;
  /** when the step is entered */
  now: string;
  /** the day the step happened */
  stepDate: string;
  ctx: EngineContext;
}

const refuse = (code: string, message: string): Refusal => ({ code, message });

export function certificateValid(user: User, day: string): boolean {
  const c = user.certificate;
  return !!c && c.validFrom <= day && day <= c.validTo;
}

/** The officers a step names (input.officers), or the case's officers. */
export function stepOfficers(g: Pick<GuardInput, 'input' | 'state'>): string[] {
  const given = g.input.officers;
  if (Array.isArray(given)) return given as string[];
  return g.state.officers;
}

export function recusedReason(state: CaseState, user: User): string | undefined {
  const declared = state.interests.find((i) => i.user === user.name);
  if (declared) return `已申报回避（${declared.reason}）`;
  const names = state.parties.map((p) => p.名称);
  const conflict = user.conflicts?.find((c) => names.includes(c));
  if (conflict) return `与当事人「${conflict}」有利害关系`;
  return undefined;
}

function decisionKindOf(g: GuardInput): DecisionKind {
  return (g.input['类型'] as DecisionKind | undefined) ?? '行政处罚';
}

function isPenaltyDecision(g: GuardInput): boolean {
  return !g.step.effects.includes('decide') || decisionKindOf(g) === '行政处罚';
}

function choicesOf(g: GuardInput): MeasureChoice[] | undefined {
  return g.input.measures as MeasureChoice[] | undefined;
}

/** The deadline a step is measured against: its date when given, else the moment it is entered. */
function measuredAt(g: GuardInput): string {
  return g.input['日期'] ? g.stepDate : g.now;
}

/** Party kinds a catalog item's 实施对象 text names (empty: the text names none we know). */
function kindsNamed(targets: readonly string[]): Set<string> {
  const text = targets.join('、');
  const kinds = new Set<string>();
  if (/定点医药机构/.test(text)) ['定点医疗机构', '定点零售药店'].forEach((k) => kinds.add(k));
  if (/定点医疗机构|医疗机构/.test(text)) kinds.add('定点医疗机构');
  if (/零售药店|药店|药品经营/.test(text)) kinds.add('定点零售药店');
  if (/参保(人|个人|人员)|个人|公民|自然人|职工|居民|患者/.test(text)) kinds.add('参保个人');
  if (/公民|法定代表人|主要负责人/.test(text)) kinds.add('定点医药机构法定代表人或主要负责人');
  if (/经办机构/.test(text)) kinds.add('医疗保障经办机构');
  if (/用人单位|单位|企业/.test(text)) kinds.add('用人单位');
  if (/投标/.test(text)) kinds.add('投标人');
  if (/法人或者?其他组织|法人|其他组织/.test(text)) ['定点医疗机构', '定点零售药店', '医疗保障经办机构', '用人单位', '投标人'].forEach((k) => kinds.add(k));
  return kinds;
}

/** The first way agreement measures `later` go beyond `earlier`, in words, or null. */
function heavierAgreement(later: readonly AgreementMeasure[], earlier: readonly AgreementMeasure[]): string | null {
  for (const m of later) {
    const before = earlier.find((e) => e.kind === m.kind);
    if (!before) return `增加了告知时没有的措施「${m.kind}」`;
    if ((m.amountFen ?? 0) > (before.amountFen ?? 0)) return `「${m.kind}」${formatYuan(m.amountFen ?? 0)}高于告知的${formatYuan(before.amountFen ?? 0)}`;
    if ((m.months ?? 0) > (before.months ?? 0)) return `「${m.kind}」${m.months}个月长于告知的${before.months ?? 0}个月`;
  }
  return null;
}

const GUARDS: Record<GuardName, (g: GuardInput) => Refusal | null> = {
  // ——— 回避 (暂行规定 第五条): engine/recusal.ts ———
  ...RECUSAL_GUARDS,
  // ——— 先行登记保存 (暂行规定 第二十六条至第二十八条): engine/evidence-hold.ts ———
  ...EVIDENCE_HOLD_GUARDS,
  // ——— 调查 before 调查终结 (暂行规定 第十七条第一款): engine/guards-investigation.ts ———
  ...INVESTIGATION_GUARDS,
  // ——— 管辖 at 立案 (暂行规定 第九条): engine/guards-jurisdiction.ts ———
  ...JURISDICTION_GUARDS,
  officersWithCertificates(g) {
    const names = stepOfficers(g);
    const min = g.step.minOfficers;
    for (const name of names) {
      const u = g.ctx.users.get(name);
      if (!u) return refuse('UNKNOWN_USER', `执法人员「${name}」不存在`);
      if (!u.roles.includes('执法人员')) return refuse('NOT_OFFICER', `「${u.displayName}」不是执法人员`);
      if (!certificateValid(u, g.stepDate)) return refuse('CERTIFICATE_INVALID', `「${u.displayName}」${g.stepDate}无有效执法证，不得参与执法（行政处罚法第四十二条；医疗保障行政处罚程序暂行规定第十六条）`);
      if (!withinJurisdiction(g.state.jurisdiction.path, u.jurisdiction)) {
        return refuse('OFFICER_OUTSIDE_JURISDICTION', `「${u.displayName}」属于${u.jurisdiction}，不是本案辖区（${g.state.jurisdiction.path}）的执法人员`);
      }
    }
    if (new Set(names).size !== names.length) return refuse('DUPLICATE_OFFICER', '同一执法人员不能重复列入');
    if (names.length < min) {
      const basis = g.ctx.procedure.id === 'fxjc' ? `医疗保障基金飞行检查管理暂行办法第十七条第一款：现场检查应当至少有${MIN_OFFICERS_FLYING.value}名持有执法证件的检查人员参加` : '行政处罚法第四十二条；医疗保障行政处罚程序暂行规定第十六条；医疗保障基金使用监督管理条例第二十九条；行政强制法第十八条';
      return refuse('TOO_FEW_OFFICERS', `「${g.step.id}」须由不少于${min}名持有效执法证的执法人员进行，现有${names.length}名（${basis}）`);
    }
    if (g.step.certificate && g.actor.roles.includes('执法人员') && !names.includes(g.actor.name)) return refuse('ACTOR_NOT_LISTED', `操作人「${g.actor.displayName}」不在本步骤的执法人员之列`);
    return null;
  },
  noRecusal(g) {
    const names = new Set([g.actor.name, ...stepOfficers(g)]);
    for (const name of names) {
      const u = g.ctx.users.get(name);
      if (!u) continue;
      const why = recusedReason(g.state, u);
      if (why) return refuse('RECUSED', `「${u.displayName}」${why}，应当回避，不得参与本案（行政处罚法第四十三条；医疗保障行政处罚程序暂行规定第五条）`);
    }
    return null;
  },
  notInvestigator(g) {
    if (g.state.investigators.includes(g.actor.name) || g.state.officers.includes(g.actor.name)) {
      return refuse('CASE_INVESTIGATOR', `「${g.actor.displayName}」参与了本案调查，不得进行「${g.step.id}」（医疗保障行政处罚程序暂行规定第三十七条第二款：同一案件的办案人员不得作为审核人员）`);
    }
    if (g.step.effects.includes('legalReview') && g.state.state === '调查终结' && !g.state.penalty.decision) {
      return refuse('NOTHING_TO_REVIEW', '调查终结尚未提出处理意见，无可审核的内容');
    }
    return null;
  },
  legalReviewIfRequired(g) {
    if (decisionKindOf(g) === '违法事实不能成立' || decisionKindOf(g) === '移送司法机关') return null;
    const r = g.state.legalReview;
    const required = g.state.facts.legalReviewRequired === true;
    if (r?.conclusion === '不予作出行政执法决定') {
      if (decisionKindOf(g) !== '行政处罚') return null;
      return refuse('REVIEW_AGAINST_PENALTY', '法制审核意见为「不予作出行政执法决定」（主要事实不清、证据不足），不得作出行政处罚决定：须继续调查后再次法制审核，或者作出不予行政处罚等其他决定（医疗保障行政处罚程序暂行规定第三十九条第一款第（二）项）');
    }
    if (!required && (!r || r.conclusion === '同意' || r.conclusion === '其他')) return null;
    if (!r) return refuse('LEGAL_REVIEW_REQUIRED', `本案须经法制审核，未经法制审核不得作出决定（行政处罚法第五十八条；医疗保障行政处罚程序暂行规定第三十七条）${g.state.facts.hearingHeld ? '：经过听证程序的，听证后须法制审核' : ''}`);
    if (r.conclusion !== '同意' && r.conclusion !== '其他') return refuse('LEGAL_REVIEW_NOT_PASSED', `法制审核意见为「${r.conclusion}」，须按审核意见处理并再次审核后方可决定（医疗保障行政处罚程序暂行规定第三十九条）`);
    return null;
  },
  collectiveDiscussionIfMajor(g) {
    if (!isPenaltyDecision(g)) return null;
    if (g.state.facts.major && !g.state.collective) return refuse('COLLECTIVE_DISCUSSION_REQUIRED', '本案情节复杂或者属重大违法行为，应当由负责人集体讨论决定（行政处罚法第五十七条第二款；医疗保障行政处罚程序暂行规定第四十四条）');
    const disagreement = disagreementPending(g.state);
    if (disagreement !== undefined) return refuse('COLLECTIVE_DISCUSSION_REQUIRED', `办案人员与法制机构对审核意见存在分歧（${disagreement}），须在分歧记录之后由负责人集体讨论决定（医疗保障行政处罚程序暂行规定第四十条第二款、第四十四条第一款第（二）项）`);
    return null;
  },
  noticeBeforeDecision(g) {
    if (!isPenaltyDecision(g)) return null;
    if (!g.state.penalty.notified) return refuse('NOTICE_REQUIRED', '作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据和陈述、申辩、听证权利（行政处罚法第四十四条、第六十二条）');
    return null;
  },
  windowsClosed(g) {
    if (!isPenaltyDecision(g)) return null;
    for (const id of ['陈述申辩期限', '听证申请期限']) {
      const d = g.state.deadlines.find((x) => x.id === id);
      if (!d || d.status !== 'open') continue;
      if (!isPast(d.due, measuredAt(g))) {
        const what = id === '陈述申辩期限' ? '陈述、申辩' : '要求听证';
        return refuse('WINDOW_OPEN', `当事人${what}的期限至${d.due}届满，尚未届满且当事人未书面放弃，不得作出决定（行政处罚法第六十二条、第六十四条）`);
      }
    }
    return null;
  },
  decisionLawful(g) {
    const decision = g.state.penalty.decision;
    const kind = decisionKindOf(g);
    const choices = choicesOf(g) ?? [];
    const mitigation = g.input['减轻'] as Mitigation | undefined;
    if (!decision) return refuse('NO_DECISION', '调查终结尚未计算处罚（未认定违法条款），不得告知或决定');
    if (g.step.effects.includes('decide') && kind !== '行政处罚') {
      // 不予行政处罚 and the other kinds carry no penalty; 不予行政处罚 may keep the orders (责令改正、责令退回) and 教育
      const penalties = chosenMeasures(decision, choices).filter((m) => m.penalty);
      if (penalties.length) return refuse('PENALTY_IN_NON_PENALTY_DECISION', `「${kind}」决定不得含有行政处罚（${penalties.map((m) => m.kind).join('、')}）（${DECISION_KIND_BASIS[kind]}）`);
      if (kind !== '不予行政处罚' && choices.length) return refuse('MEASURES_IN_DECISION', `「${kind}」决定不含处理措施（${DECISION_KIND_BASIS[kind]}）`);
      if (kind === '不予行政处罚' && !g.input['不予处罚理由']) return refuse('MISSING_INPUT', '不予行政处罚须选择理由（行政处罚法第三十三条等）');
      if (kind.startsWith('移送') && !g.input['移送机关']) return refuse('MISSING_INPUT', `${kind}须写明移送机关`);
      if ((kind === '违法事实不能成立' || kind === '不予行政处罚') && !g.input['理由']) return refuse('MISSING_INPUT', `${kind}须写明理由与依据`);
      if (kind === '不予行政处罚') {
        const problems = choiceProblems(decision, choices, mitigation).filter((p) => !/未决定「/.test(p));
        if (problems.length) return refuse('DECISION_OUT_OF_RANGE', problems[0]!);
      }
      return null;
    }
    if (!decision.punishable) return refuse('NOT_PUNISHABLE', `依${decision.applied.article}和已认定的事实，本案不得给予行政处罚：${decision.reasons.join('；')}`);
    if (choices.length === 0) return refuse('MISSING_INPUT', '行政处罚须填写处罚内容');
    const problems = choiceProblems(decision, choices, mitigation);
    if (problems.length) return refuse('DECISION_OUT_OF_RANGE', problems[0]!);
    // 行政处罚法 第九条: a 行政处罚 is one of its kinds; orders (责令退回、责令改正) alone are not one
    if (!chosenMeasures(decision, choices).some((m) => m.penalty && !m.referral)) {
      return refuse('NO_PENALTY_CHOSEN', `拟作出行政处罚，但选定的内容（${chosenMeasures(decision, choices).map((m) => m.kind).join('、') || '无'}）没有一项是行政处罚：请选定${decision.measures.filter((m) => m.penalty && !m.referral).map((m) => `「${m.kind}」`).join('或') || '行政处罚'}，或者决定不予行政处罚`);
    }
    const onPersons = chosenMeasures(decision, choices).filter((m) => m.target && PERSON_TARGETS.has(m.target));
    if (onPersons.length && !g.state.parties.some((p) => p.角色 !== '当事人')) {
      return refuse('NO_RESPONSIBLE_PERSON', `${onPersons.map((m) => m.kind).join('、')}的对象是${onPersons[0]!.target}，本案尚未登记这些人员：请先「变更当事人」逐一登记（每人单独处罚，不能并入单位）`);
    }
    if (mitigation) {
      const m = mitigationOf(mitigation);
      if (m.grounds.length === 0) return refuse('MITIGATION_WITHOUT_GROUND', '减轻须记录行政处罚法第三十二条规定的情形及依据');
    }
    return null;
  },
  withinNotified(g) {
    if (g.step.effects.includes('agreementMeasures')) {
      const why = heavierAgreement((g.input.measures as AgreementMeasure[] | undefined) ?? [], g.state.agreement?.notified ?? []);
      return why ? refuse('EXCEEDS_NOTIFIED', `处理决定${why}，超出已告知的处理内容；须重新告知`) : null;
    }
    if (!isPenaltyDecision(g)) return null;
    const notified = g.state.penalty.notified;
    const decision = g.state.penalty.decision;
    const choices = choicesOf(g);
    if (!notified || !decision || !choices) return null;
    const why = heavierChoice(decision, choices, notified);
    if (why) return refuse('EXCEEDS_NOTIFIED', `决定${why}，超出已告知的处罚内容；须重新告知（行政处罚法第四十四条、第六十二条）`);
    return null;
  },
  noHeavierAfterArgument(g) {
    if (g.step.effects.includes('agreementMeasures')) {
      if (!g.state.penalty.argued) return null;
      const why = heavierAgreement((g.input.measures as AgreementMeasure[] | undefined) ?? [], g.state.agreement?.notified ?? []);
      return why ? refuse('HEAVIER_AFTER_ARGUMENT', `当事人进行了陈述、申辩，处理决定${why}；不得因陈述、申辩而加重`) : null;
    }
    if (!isPenaltyDecision(g)) return null;
    const decision = g.state.penalty.decision;
    const choices = choicesOf(g);
    if (!g.state.penalty.argued || !g.state.penalty.notified || !decision || !choices) return null;
    const why = heavierChoice(decision, choices, g.state.penalty.notified);
    if (why) return refuse('HEAVIER_AFTER_ARGUMENT', `当事人进行了陈述、申辩，决定${why}；不得因当事人陈述、申辩而给予更重的处罚（行政处罚法第四十五条第二款）`);
    return null;
  },
  deadlines(g) {
    for (const id of g.step.within) {
      const d = g.state.deadlines.find((x) => x.id === id && x.status === 'open');
      if (!d || !d.due || !isPast(d.due, measuredAt(g))) continue;
      const period = d.period ? g.ctx.periods.get(d.period) : undefined;
      const def = g.ctx.procedure.deadlines.find((x) => x.id === id);
      if (period?.lateAllowed || def?.lateAllowed) {
        if (!g.input['逾期理由']) return refuse('LATE_WITHOUT_REASON', `已超过${d.label}的期限（${d.due}）：逾期办理须记录逾期理由`);
        continue;
      }
      if (!period?.extensions.length) {
        return refuse('DEADLINE_PASSED', `已超过${d.label}的期限（${d.due}${d.provisional ? '，暂定' : ''}${period?.basis ? `，${citeTextRef(period.basis)}` : ''}），不能再进行「${g.step.id}」，该期限依法不能延长`);
      }
      const pending = g.state.extensions.some((e) => e.deadline === id && !e.approvedBy);
      return refuse('DEADLINE_PASSED', `已超过${d.label}的期限（${d.due}${d.provisional ? '，暂定' : ''}），须经批准延期后方可进行「${g.step.id}」${pending ? '（延期申请尚未批准）' : ''}`);
    }
    return null;
  },
  simplifiedEligible(g) {
    const decision = g.state.penalty.decision;
    if (!decision) return refuse('NO_DECISION', '尚未认定违法条款，无法判断能否适用简易程序');
    const choices = choicesOf(g) ?? g.state.penalty.notified ?? [];
    const req = requirementsForChoices(decision, choices);
    // 行政处罚法 第五十一条 looks at every measure of the article, chosen or not: a measure
    // the article requires beyond 警告 or a fine keeps the case out of the simplified procedure.
    const required = decision.measures.filter((m) => m.mandatory && !m.referral && m.penalty && m.kind !== '罚款' && m.kind !== '警告');
    if (required.length) return refuse('NOT_SIMPLIFIED', `${decision.applied.article}还规定了${[...new Set(required.map((m) => m.kind))].join('、')}，简易程序只适用于警告或者罚款，须适用普通程序（行政处罚法第五十一条）`);
    if (!req.simplifiedProcedure.eligible) return refuse('NOT_SIMPLIFIED', `${req.simplifiedProcedure.reasons.join('；')}，须适用普通程序（行政处罚法第五十一条）`);
    return null;
  },
  hearingNoticeInTime(g) {
    const date = String(g.input['听证日期']);
    const earliest = g.ctx.computeDeadline({ start: g.stepDate, amount: g.ctx.periods.get('听证通知提前期').amount, unit: '工作日' }).due;
    if (date <= earliest) return refuse('HEARING_NOTICE_TOO_LATE', `听证日期${date}距通知日（${g.stepDate}）不足七个工作日（应晚于${earliest}）：行政机关应当在举行听证的七日前通知当事人（行政处罚法第六十四条第二项、第八十五条）`);
    return null;
  },
  hearingHeldOnDate(g) {
    const h = g.state.penalty.hearing;
    if (!h?.noticeDate || !h.date) return refuse('HEARING_NOT_NOTIFIED', '尚未通知听证的时间、地点（行政处罚法第六十四条第二项）');
    if (g.stepDate < h.date) return refuse('HEARING_NOT_YET', `听证定于${h.date}举行，尚未到期`);
    return null;
  },
  hearingHostNotInvestigator(g) {
    const host = (g.input['主持人'] as string | undefined) ?? g.state.penalty.hearing?.host;
    if (!host) return refuse('MISSING_INPUT', '须指定听证主持人');
    const u = g.ctx.users.get(host);
    if (!u) return refuse('UNKNOWN_USER', `听证主持人「${host}」不存在`);
    if (g.state.investigators.includes(host) || g.state.officers.includes(host)) return refuse('HEARING_HOST_INVESTIGATOR', `听证主持人「${u.displayName}」参与了本案调查；听证由行政机关指定的非本案调查人员主持（行政处罚法第六十四条第四项）`);
    if (!withinJurisdiction(g.state.jurisdiction.path, u.jurisdiction) && !withinJurisdiction(u.jurisdiction, g.state.jurisdiction.path)) return refuse('OUTSIDE_JURISDICTION', `听证主持人「${u.displayName}」不属于本案辖区`);
    if (recusedReason(g.state, u)) return refuse('RECUSED', `听证主持人「${u.displayName}」${recusedReason(g.state, u)}，应当回避`);
    if (g.step.effects.includes('hearingHeld') && g.actor.name !== host) return refuse('HEARING_HOST_ONLY', `听证由指定的主持人「${u.displayName}」主持并记录`);
    return null;
  },
  hearingRequestInTime(g) {
    if (!g.state.facts.hearingRight) return refuse('NO_HEARING_RIGHT', '告知时未认定当事人有要求听证的权利（行政处罚法第六十三条），不能登记听证申请');
    if (g.state.penalty.waivedHearing) return refuse('HEARING_WAIVED', '当事人已书面放弃听证');
    const d = g.state.deadlines.find((x) => x.id === '听证申请期限');
    if (d && isPast(d.due, measuredAt(g))) return refuse('HEARING_REQUEST_LATE', `要求听证的期限已于${d.due}届满（行政处罚法第六十四条第一项：告知后五日内提出）`);
    return null;
  },
  partiesChangeAllowed(g) {
    const next = mainParty(g.input.parties as CaseState['parties']);
    const before = mainParty(g.state.parties);
    if (g.state.penalty.decision && before && next && (next.名称 !== before.名称 || next.证件号码 !== before.证件号码 || next.主体类别 !== before.主体类别)) {
      return refuse('PARTY_FIXED', `处罚已按当事人「${before.名称}」（${before.主体类别}）计算，调查终结后不能更换当事人；须更换的，经法制审核「变更」退回调查后重新调查终结`);
    }
    return null;
  },
  recordsForDocuments(g) {
    for (const need of DOCUMENT_FIELDS[g.step.id] ?? []) {
      if (need.when && g.input[need.when.field] !== need.when.equals) continue;
      const given = need.field === 'parties' ? mainParty((g.input.parties as CaseState['parties'] | undefined) ?? g.state.parties) : g.input[need.field];
      const empty = given === undefined || given === null || (typeof given === 'string' && !given.trim()) || (Array.isArray(given) && given.length === 0);
      if (empty) return refuse('DOCUMENT_DATA_MISSING', `「${g.step.id}」须填写「${need.label}」：${need.why}`);
    }
    return null;
  },
  partyMatchesItem(g) {
    const parties = (g.input.parties as CaseState['parties'] | undefined) ?? g.state.parties;
    const party = mainParty(parties);
    if (!party) return refuse('NO_PARTY', '须登记当事人');
    const targets = g.ctx.item?.targets ?? [];
    const kinds = kindsNamed(targets);
    if (kinds.size > 0 && !kinds.has(party.主体类别)) {
      return refuse('PARTY_NOT_OF_ITEM', `本事项的实施对象为「${targets.join('、')}」，当事人「${party.名称}」（${party.主体类别}）不属于其列`);
    }
    return null;
  },
  violationMatchesItem(g) {
    // 调查终结's violation, or the rule suspected at 立案 (暂行规定 第十五条第一款第（二）项)
    const v = (g.input.violation ?? g.input['涉嫌违反']) as { 法规: string; 条: number } | undefined;
    const item = g.ctx.item;
    if (!v || !item || item.articles.length === 0) return null;
    const norm = (s: string) => s.replace(/^中华人民共和国/, '').replace(/[《》\s]/g, '');
    const ok = item.articles.some((a) => norm(a.statute) === norm(v.法规) && a.article === v.条);
    if (!ok) {
      const listed = item.articles.map((a) => `《${a.statute}》第${a.article}条`).join('、');
      return refuse('VIOLATION_NOT_OF_ITEM', `《${v.法规}》第${v.条}条不是本事项所依据的条文（本事项依据：${listed}）`);
    }
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
  rewardWithinCap(g) {
    const amount = g.input.amountFen as number | undefined;
    const recovered = Number(g.state.data['核查']?.['追回金额Fen'] ?? NaN);
    if (amount === undefined) return null;
    if (!Number.isFinite(recovered)) return refuse('NO_RECOVERED_AMOUNT', '核查时未记录查实追回的医保基金金额，无法按奖励规则计算奖励上限');
    const cap = g.ctx.rewardCap?.(recovered, g.stepDate, g.state.jurisdiction.path);
    if (cap?.maxFen === undefined) return refuse('NO_REWARD_RULE', `${g.stepDate}没有可适用的举报奖励规定（data/rewards），不能认定奖励金额`);
    if (amount > cap.maxFen) return refuse('REWARD_OVER_CAP', `奖励${formatYuan(amount)}超过按查实追回金额 ${formatYuan(recovered)} 计算的上限 ${formatYuan(cap.maxFen)}（${cap.basis}）`);
    return null;
  },
  closable(g) {
    const outcome = g.input['执行结果'] as ExecutionOutcome | undefined;
    if (!outcome) return null; // procedures whose 结案 records no execution
    const decided = g.state.penalty.decided;
    const explain = () => (g.input['情况说明'] ? null : refuse('EXPLANATION_REQUIRED', `以「${outcome}」结案属第五十六条第一款第（四）项“其他情形”，须填写情况说明`));
    const referred = g.state.state === '已移送';
    if (referred || !decided || decided.kind !== '行政处罚') {
      if (outcome !== '无须执行') return refuse('WRONG_OUTCOME', `本案${referred ? '已移送' : `决定为「${decided?.kind ?? '未决定'}」`}，无须执行，执行结果应为「无须执行」（暂行规定第五十六条第一款第（三）项）`);
      return null;
    }
    if (!g.state.penalty.served) return refuse('NOT_SERVED', '行政处罚决定书尚未送达，不能结案');
    const status = executionStatus(g.state, g.stepDate);
    const owed = () => status.lines.filter((l) => l.outstandingFen > 0).map((l) => `${l.payer}${l.kind}未缴 ${formatYuan(l.outstandingFen)}`);
    switch (outcome) {
      case '无须执行':
        return refuse('WRONG_OUTCOME', '行政处罚决定须执行，不是“无须执行”（暂行规定第五十六条第一款第（三）项）');
      case '全部履行': {
        const left = [...owed(), ...status.measuresOutstanding.map((m) => `「${m}」尚未执行完毕`)];
        if (status.revoked) return refuse('WRONG_OUTCOME', '处罚决定已被撤销，执行结果应为「决定被撤销」');
        if (left.length) return refuse('NOT_EXECUTED', `行政处罚决定尚未执行完毕：${left.join('；')}（暂行规定第五十六条第一款第（一）项）`);
        return null;
      }
      case '部分履行':
        if (status.totalPaidFen === 0) return refuse('WRONG_OUTCOME', '没有缴款记录，不是部分履行');
        if (status.paidInFull) return refuse('WRONG_OUTCOME', '已全部缴纳，执行结果应为「全部履行」');
        return explain();
      case '人民法院受理强制执行':
        if (!executionOf(g.state).enforcement?.acceptedOn) return refuse('WRONG_OUTCOME', '没有人民法院受理强制执行申请的记录（暂行规定第五十六条第一款第（二）项）');
        return null;
      case '人民法院裁定不予执行':
        if (executionOf(g.state).enforcement?.ruling?.result !== '不予执行') return refuse('WRONG_OUTCOME', '没有人民法院裁定不予执行的记录');
        return explain();
      case '终结执行':
        if (!executionOf(g.state).enforcement) return refuse('WRONG_OUTCOME', '未申请人民法院强制执行，不能以终结执行结案');
        return explain();
      case '决定被撤销': {
        if (!status.revoked) return refuse('WRONG_OUTCOME', '没有处罚决定被撤销或确认无效的记录');
        const unrefunded = status.lines.filter((l) => l.paidFen > l.refundedFen).map((l) => `${l.payer}已缴${l.kind} ${formatYuan(l.paidFen - l.refundedFen)}尚未退还`);
        if (unrefunded.length) return refuse('NOT_REFUNDED', `处罚决定已被撤销，已缴款项应予退还：${unrefunded.join('；')}`);
        return explain();
      }
    }
    return null;
  },
  paymentWithinOwed(g) {
    const kind = g.input['款项'] as DueKind;
    const payer = String(g.input['缴款人'] ?? mainParty(g.state.parties)?.名称 ?? '');
    const date = String(g.input['缴款日期']);
    const amount = g.input.amountFen as number;
    const decided = g.state.penalty.decided;
    if (!decided || decided.kind !== '行政处罚') return refuse('NOTHING_OWED', '本案没有行政处罚决定，没有应缴款项');
    if (date < decided.date) return refuse('PAYMENT_BEFORE_DECISION', `缴款日期 ${date} 早于处罚决定日期 ${decided.date}`);
    if (date > g.stepDate) return refuse('FUTURE_DATE', `缴款日期 ${date} 晚于登记日期 ${g.stepDate}`);
    if (amount <= 0) return refuse('INVALID_INPUT', '缴款金额应大于零');
    const status = executionStatus(g.state, date);
    const line = status.lines.find((l) => l.kind === kind && l.payer === payer);
    if (!line) {
      const owed = status.lines.map((l) => `${l.payer}：${l.kind}`).join('、') || '无';
      return refuse('NOT_OWED', `本案决定没有由「${payer}」缴纳的「${kind}」（应缴款项：${owed}）`);
    }
    if (amount > line.outstandingFen) {
      return refuse('OVERPAYMENT', `「${payer}」的${kind}截至 ${date} 尚欠 ${formatYuan(line.outstandingFen)}，登记的 ${formatYuan(amount)} 超过应缴数额`);
    }
    return null;
  },
  scheduleLawful(g) {
    const ex = executionOf(g.state);
    if (g.step.effects.includes('requestSchedule')) {
      if (ex.schedule) return refuse('SCHEDULE_EXISTS', `已批准${ex.schedule.kind}，不能再次申请`);
      if (ex.scheduleRequest) return refuse('SCHEDULE_PENDING', `已有待批准的${ex.scheduleRequest.kind}申请`);
      const fine = executionStatus(g.state, g.stepDate).lines.find((l) => l.kind === '罚款' && l.payer === mainParty(g.state.parties)?.名称);
      if (!fine || fine.outstandingFen === 0) return refuse('NOTHING_OWED', '当事人没有未缴的罚款；暂缓或者分期只适用于罚款（行政处罚法第六十六条第二款）');
      return null;
    }
    if (!ex.scheduleRequest) return refuse('NO_APPLICATION', '暂缓或者分期缴纳须由当事人申请（暂行规定第五十四条）；本案没有申请');
    const kind = g.input['申请事项'] as string;
    if (kind !== ex.scheduleRequest.kind) return refuse('NOT_APPLIED_FOR', `当事人申请的是${ex.scheduleRequest.kind}，不是${kind}`);
    const plan = g.input['安排'] as Array<{ 到期日: string; amountFen: number }>;
    if (kind === '暂缓缴纳' && plan.length !== 1) return refuse('INVALID_SCHEDULE', '暂缓缴纳只有一个缴纳日期');
    if (kind === '分期缴纳' && plan.length < 2) return refuse('INVALID_SCHEDULE', '分期缴纳至少分两期');
    for (let i = 0; i < plan.length; i++) {
      if (plan[i]!.amountFen <= 0) return refuse('INVALID_SCHEDULE', `第${i + 1}期金额应大于零`);
      if (plan[i]!.到期日 < g.stepDate) return refuse('INVALID_SCHEDULE', `第${i + 1}期到期日 ${plan[i]!.到期日} 早于批准日期 ${g.stepDate}`);
      if (i > 0 && plan[i]!.到期日 <= plan[i - 1]!.到期日) return refuse('INVALID_SCHEDULE', '各期到期日应依次在后');
    }
    const fine = executionStatus(g.state, g.stepDate).lines.find((l) => l.kind === '罚款' && l.payer === mainParty(g.state.parties)?.名称);
    const total = plan.reduce((n, p) => n + p.amountFen, 0);
    if (!fine || total !== fine.outstandingFen) return refuse('INVALID_SCHEDULE', `各期金额合计 ${formatYuan(total)}，应等于未缴罚款 ${formatYuan(fine?.outstandingFen ?? 0)}（暂行规定第五十四条：书面告知暂缓或者分期的期限以及罚款金额）`);
    const notice = String(g.input['书面告知日期']);
    if (notice < g.stepDate || notice > g.ctx.today()) return refuse('INVALID_DATE', `书面告知日期 ${notice} 应在批准日期 ${g.stepDate} 与今天之间`);
    return null;
  },
  overdue(g) {
    const status = executionStatus(g.state, g.stepDate);
    if (status.revoked) return refuse('REVOKED', '处罚决定已被撤销，不能催告');
    if (!status.overdue) return refuse('NOT_OVERDUE', `当事人尚未逾期${status.dueDate ? `（缴纳期限至 ${status.dueDate}）` : ''}，不能催告（行政强制法第三十五条）`);
    const served = String(g.input['催告书送达日期']);
    if (served < g.stepDate || served > g.ctx.today()) return refuse('INVALID_DATE', `催告书送达日期 ${served} 应在催告日期 ${g.stepDate} 与今天之间`);
    return null;
  },
  enforcementAllowed(g) {
    const status = executionStatus(g.state, g.stepDate);
    if (status.revoked) return refuse('REVOKED', '处罚决定已被撤销，不能申请强制执行');
    if (status.totalOutstandingFen === 0) return refuse('NOTHING_OWED', '当事人已履行，无须申请强制执行');
    if (status.appealPending) return refuse('APPEAL_PENDING', '当事人已申请行政复议或者提起行政诉讼，尚未结束，不能申请人民法院强制执行（行政强制法第五十三条）');
    const reminder = g.state.deadlines.filter((d) => d.id === '催告履行期限').pop();
    if (!reminder) return refuse('NOT_REMINDED', '申请人民法院强制执行前，应当催告当事人履行义务（行政强制法第五十四条）');
    if (g.stepDate <= reminder.due) return refuse('REMINDER_RUNNING', `催告书送达十日后当事人仍未履行的，方可申请（行政强制法第五十四条）；催告期限至 ${reminder.due}`);
    const window = g.state.deadlines.filter((d) => d.id === '申请强制执行期限').pop();
    if (!window) return refuse('NO_ENFORCEMENT_PERIOD', '本案没有申请强制执行的期限（决定尚未送达）');
    if (g.stepDate <= window.start) {
      return refuse('REMEDY_PERIOD_RUNNING', `当事人申请行政复议、提起行政诉讼的期限或者暂缓、分期缴纳的期限至 ${window.start} 届满，届满后三个月内方可申请人民法院强制执行（行政强制法第五十三条；暂行规定第五十五条第二款）`);
    }
    return null;
  },
  measureOfDecision(g) {
    const kind = String(g.input['措施']);
    const open = measuresToExecute(g.state).filter((m) => !executionOf(g.state).measures.some((d) => d.measureId === m.measureId));
    if (!open.some((m) => m.kind === kind)) return refuse('NOT_A_DECIDED_MEASURE', `「${kind}」不是本案决定的、尚待执行的处罚；待执行：${open.map((m) => m.kind).join('、') || '无'}`);
    const from = String(g.input['开始日期']);
    const decided = g.state.penalty.decided!;
    if (from < decided.date || from > g.ctx.today()) return refuse('INVALID_DATE', `开始执行的日期 ${from} 应在决定日期 ${decided.date} 与今天之间`);
    return null;
  },
  refundWithinPaid(g) {
    const kind = g.input['款项'] as DueKind;
    const payer = String(g.input['缴款人'] ?? mainParty(g.state.parties)?.名称 ?? '');
    const amount = g.input.amountFen as number;
    const date = String(g.input['退还日期']);
    if (date > g.ctx.today()) return refuse('FUTURE_DATE', `退还日期 ${date} 晚于今天`);
    const line = executionStatus(g.state, g.stepDate).lines.find((l) => l.kind === kind && l.payer === payer);
    const refundable = line ? Math.max(0, line.paidFen - line.refundedFen - line.amountFen) : 0;
    if (amount <= 0 || amount > refundable) {
      return refuse('REFUND_NOT_DUE', `「${payer}」的${kind}可退还 ${formatYuan(refundable)}（已缴 ${formatYuan(line?.paidFen ?? 0)}，已退 ${formatYuan(line?.refundedFen ?? 0)}，仍应缴 ${formatYuan(line?.amountFen ?? 0)}）；只有决定被撤销或者变更后多缴的款项才能退还`);
    }
    return null;
  },
  publicationChangeNeeded(g) {
    const ex = executionOf(g.state);
    if (!ex.published) return refuse('NOT_PUBLISHED', '本案处罚决定未公开，无须变更公开信息');
    const changed = ex.appeals.some((a) => a.outcome && a.outcome !== '维持' && a.outcome !== '驳回' && a.outcome !== '撤回申请或起诉');
    if (!changed) return refuse('NOT_CHANGED', '处罚决定未被变更、撤销、确认违法或者确认无效，无须变更公开信息（暂行规定第四十六条）');
    return null;
  },
  // ——— 飞行检查 (engine/guards-flying.ts) and 举报处理 (engine/guards-report.ts) ———
  ...FLYING_GUARDS,
  ...REPORT_GUARDS,
  // ——— 当场收缴 and 电子送达 (engine/guards-collection.ts) ———
  ...COLLECTION_GUARDS,
  // ——— 强制措施 released before the case ends (engine/guards-release.ts) ———
  ...RELEASE_GUARDS,
  ...ASSISTANCE_GUARDS,
  // ——— 集体讨论: attendees, signatures, disagreement (engine/guards-discussion.ts) ———
  ...DISCUSSION_GUARDS,
  // ——— 封存 released on a head's approval, on a ground of 第三十三条第一款 (engine/guards-sealing.ts) ———
  ...SEALING_GUARDS,
};

export function runGuards(g: GuardInput): Refusal | null {
  for (const name of g.step.guards) {
    const r = GUARDS[name](g);
    if (r) return r;
  }
  return null;
}

