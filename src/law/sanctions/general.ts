// General rules of 中华人民共和国行政处罚法（2021修订，2021-07-15施行）that every
// sanction rule is subject to, each with its article and its numbers as parameters.
import { parameter, periodParam, rateParam } from './parameters.js';
import { rational, formatYuan, multiplyFen, roundingText } from '../money.js';
import { addDays, addYears } from '../calendar/dates.js';
import { articleSource, citeOf, statuteVersions } from './text.js';
import { loadCorpus } from '../corpus.js';
import type { Flag, LimitationResult, Measure } from './types.js';

export const ACT = '行政处罚法';
const CITE = '《中华人民共和国行政处罚法》';

// 第三十六条 违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害
// 后果的，上述期限延长至五年。法律另有规定的除外。
// 前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。
export const P36_PERIOD = parameter({
  id: '行政处罚法.36.1.时效',
  statute: ACT,
  article: 36,
  paragraph: 1,
  phrase: '违法行为在二年内未被发现的，不再给予行政处罚',
  value: { kind: 'period', years: 2 },
});
export const P36_EXTENDED = parameter({
  id: '行政处罚法.36.1.延长时效',
  statute: ACT,
  article: 36,
  paragraph: 1,
  phrase: '上述期限延长至五年',
  value: { kind: 'period', years: 5 },
});

// 第五十一条 违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者
// 警告的行政处罚的，可以当场作出行政处罚决定。法律另有规定的，从其规定。
export const P51_CITIZEN = parameter({
  id: '行政处罚法.51.1.公民当场罚款上限',
  statute: ACT,
  article: 51,
  paragraph: 1,
  phrase: '对公民处以二百元以下',
  value: { kind: 'fen', max: 20_000 },
});
export const P51_ORGANISATION = parameter({
  id: '行政处罚法.51.1.组织当场罚款上限',
  statute: ACT,
  article: 51,
  paragraph: 1,
  phrase: '对法人或者其他组织处以三千元以下罚款',
  value: { kind: 'fen', max: 300_000 },
});

// 第七十二条 当事人逾期不履行行政处罚决定的，作出行政处罚决定的行政机关可以采取下列措施：
// （一）到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额；……
export const P72_RATE = parameter({
  id: '行政处罚法.72.1.加处罚款日比率',
  statute: ACT,
  article: 72,
  paragraph: 1,
  phrase: '每日按罚款数额的百分之三加处罚款',
  value: { kind: 'rate', value: rational(3, 100) },
});

export const GENERAL_PARAMETERS = [P36_PERIOD, P36_EXTENDED, P51_CITIZEN, P51_ORGANISATION, P72_RATE];

/**
 * 第三十六条: has the time to punish run out? The period runs from the day of the act,
 * or from its end when it is continuing (the facts' actEnded is that day; without it,
 * actBegan). Discovery on the last day of the period is in time.
 */
export function limitationCheck(input: {
  actBegan?: string;
  actEnded?: string;
  discovered?: string;
  flags?: readonly Flag[];
}): LimitationResult {
  const flags = input.flags ?? [];
  const from = input.actEnded ?? input.actBegan;
  const wantsExtension = flags.includes('涉及生命健康安全或金融安全且有危害后果');
  // The five-year period exists from the 2021 revision (第八十六条: 自2021年7月15日起施行).
  // A two-year period that had already run out before then stays run out: the revision
  // does not revive acts the earlier law (2017 修正本 第二十九条, two years, no extension) had
  // already put beyond punishment.
  const revision = loadCorpus().statute(ACT)?.inForceFrom ?? '2021-07-15';
  const shortLastDay = from ? addYears(from, periodParam(P36_PERIOD)) : undefined;
  const expiredBeforeRevision = !!shortLastDay && shortLastDay < revision;
  const extended = wantsExtension && !expiredBeforeRevision;
  const years = extended ? periodParam(P36_EXTENDED) : periodParam(P36_PERIOD);
  const citation = `${CITE}第三十六条${extended ? '第一款（延长至五年）、第二款' : '第一款、第二款'}`;
  const continuing = flags.includes('连续或者继续状态');
  if (!from || !input.discovered) {
    return {
      barred: false,
      determined: false,
      periodYears: years,
      reason: `缺少${from ? '' : '违法行为发生（终了）之日 actEnded'}${!from && !input.discovered ? '和' : ''}${input.discovered ? '' : '发现之日 discovered'}，无法判断是否超过${years}年的处罚时效`,
      citation,
    };
  }
  const lastDay = addYears(from, years);
  const barred = input.discovered > lastDay;
  const counted = input.actEnded
    ? continuing
      ? `自行为终了之日 ${from} 起算（连续或者继续状态）`
      : `自违法行为发生（终了）之日 ${from} 起算`
    : `自违法行为发生之日 ${from} 起算（未给出终了之日）`;
  const regime =
    wantsExtension && expiredBeforeRevision
      ? `；二年期限已于 ${shortLastDay} 届满，早于修订后的行政处罚法施行之日 ${revision}，依修订前的行政处罚法（2017修正本第二十九条：二年，无延长；该文本未收入语料）已不再处罚，五年的延长不适用`
      : '';
  const span = `${counted}，${years}年期限至 ${lastDay}；发现之日 ${input.discovered}${regime}`;
  return {
    barred,
    determined: true,
    periodYears: years,
    from,
    lastDay,
    reason: barred
      ? `违法行为在${years}年内未被发现，不再给予行政处罚（${span}）；责令退回等纠正措施不是行政处罚，仍应作出`
      : `未超过${years}年处罚时效（${span}）`,
    citation,
  };
}

// 第三十三条 违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时
// 改正的，可以不予行政处罚。
// 当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。
// 对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育。
export interface ExemptionResult {
  /** 'shall': 不予行政处罚; 'may': 可以不予行政处罚; undefined: no ground. */
  outcome?: 'shall' | 'may';
  reasons: string[];
  citation?: string;
}

export function exemptionCheck(flags: readonly Flag[]): ExemptionResult {
  const has = (f: Flag) => flags.includes(f);
  if (has('违法行为轻微') && has('及时改正') && has('没有造成危害后果')) {
    return {
      outcome: 'shall',
      reasons: ['违法行为轻微并及时改正，没有造成危害后果：不予行政处罚'],
      citation: `${CITE}第三十三条第一款`,
    };
  }
  if (has('没有主观过错')) {
    return {
      outcome: 'shall',
      reasons: ['当事人有证据足以证明没有主观过错：不予行政处罚（法律、行政法规另有规定的，从其规定）'],
      citation: `${CITE}第三十三条第二款`,
    };
  }
  if (has('初次违法') && has('危害后果轻微') && has('及时改正')) {
    return {
      outcome: 'may',
      reasons: ['初次违法且危害后果轻微并及时改正：可以不予行政处罚'],
      citation: `${CITE}第三十三条第一款`,
    };
  }
  return { reasons: [] };
}

/** The 教育 measure that 第三十三条第三款 requires whenever a violation is not punished. */
export function educationMeasure(): Measure {
  const source = articleSource(ACT, 33);
  if (!source) throw new Error('语料中没有行政处罚法第三十三条');
  const cite = citeOf(source, 3);
  return { id: '教育@当事人', kind: '教育', mandatory: true, penalty: false, citation: cite.text, quote: cite.quote, cite };
}

// 第三十二条 当事人有下列情形之一，应当从轻或者减轻行政处罚：（一）主动消除或者减轻违法行为危害后果的；
// （二）受他人胁迫或者诱骗实施违法行为的；（三）主动供述行政机关尚未掌握的违法行为的；（四）配合行政机关
// 查处违法行为有立功表现的；（五）法律、法规、规章规定其他应当从轻或者减轻行政处罚的。
const MITIGATION: { flag: Flag; item: string; text: string }[] = [
  { flag: '主动消除或者减轻危害后果', item: '（一）', text: '主动消除或者减轻违法行为危害后果' },
  { flag: '受他人胁迫或者诱骗', item: '（二）', text: '受他人胁迫或者诱骗实施违法行为' },
  { flag: '主动供述', item: '（三）', text: '主动供述行政机关尚未掌握的违法行为' },
  { flag: '立功表现', item: '（四）', text: '配合行政机关查处违法行为有立功表现' },
];

export interface MitigationGround {
  flag: Flag;
  text: string;
  citation: string;
}

/** 第三十二条: grounds on which the penalty shall be lighter (从轻) or reduced (减轻). */
export function mitigationGrounds(flags: readonly Flag[]): MitigationGround[] {
  return MITIGATION.filter((m) => flags.includes(m.flag)).map((m) => ({
    flag: m.flag,
    text: m.text,
    citation: `${CITE}第三十二条第${m.item}项`,
  }));
}

// 第二十九条 对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚。同一个违法行为违反多个法律规范
// 应当给予罚款处罚的，按照罚款数额高的规定处罚。
/**
 * Of several results for the same act, the one whose fine on the unit (or the party) is
 * higher: by the maximum, then by the minimum. Returns its index and why.
 */
export function selectOneFine<T extends { measures: Measure[]; appliedArticle: string }>(
  results: readonly T[],
): { index: number; reason: string; citation: string } {
  if (results.length === 0) throw new Error('没有可比较的处罚结果');
  const fineOf = (r: T) => {
    const fines = r.measures.filter((m) => m.kind === '罚款' && (m.target === '单位' || m.target === '当事人'));
    return {
      max: Math.max(0, ...fines.map((f) => f.maxFen ?? 0)),
      min: Math.max(0, ...fines.map((f) => f.minFen ?? 0)),
    };
  };
  let best = 0;
  for (let i = 1; i < results.length; i++) {
    const a = fineOf(results[i]!);
    const b = fineOf(results[best]!);
    if (a.max > b.max || (a.max === b.max && a.min > b.min)) best = i;
  }
  const chosen = fineOf(results[best]!);
  const others = results.filter((_, i) => i !== best).map((r) => r.appliedArticle);
  return {
    index: best,
    reason:
      `同一违法行为违反多个规定，只处一次罚款，按罚款数额高的规定处罚：适用 ${results[best]!.appliedArticle}` +
      `（最高 ${formatYuan(chosen.max)}）${others.length ? `，不再依 ${others.join('、')} 另处罚款` : ''}`,
    citation: `${CITE}第二十九条`,
  };
}

// 第三十七条 实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚决定时，法律、
// 法规、规章已被修改或者废止，且新的规定处罚较轻或者不认为是违法的，适用新的规定。
export interface ApplicableLaw {
  /** Version of the statute text applied for the act; undefined: not yet in force. */
  actVersion?: string;
  /** Version in force on the decision date. */
  decisionVersion?: string;
  /** False when the statute was not yet in force at the time of the act. */
  inForceAtAct: boolean;
  /** True when the decision-time version differs and must be compared (the lighter applies). */
  compareWithLater: boolean;
  /** When the text in force at the act is not in the corpus and a later text stands in for it. */
  textNote?: string;
  reason: string;
  citation: string;
}

/**
 * Which version of a statute in the corpus applies to an act (第三十七条). A statute is in
 * force from its own commencement article (社会保险法 第九十八条: 自2011年7月1日起施行),
 * which may be earlier than its oldest text here (the 2018 amendment); an act between the
 * two is judged under the statute, read in its oldest text, with a note to check the wording.
 */
export function applicableLaw(statute: string, actDate?: string, decisionDate?: string): ApplicableLaw {
  const citation = `${CITE}第三十七条`;
  const record = loadCorpus().statute(statute);
  const versions = statuteVersions(statute);
  if (versions.length === 0) {
    return { inForceAtAct: true, compareWithLater: false, reason: `${statute}无语料全文，无法按版本判断`, citation };
  }
  const inForceOn = (d: string) => versions.filter((v) => v.effective <= d).pop();
  const latest = versions[versions.length - 1]!;
  const first = versions[0]!;
  const commencement = record?.inForceFrom ?? first.effective;
  if (!actDate) {
    return {
      decisionVersion: (decisionDate ? inForceOn(decisionDate) : latest)?.version,
      inForceAtAct: true,
      compareWithLater: false,
      reason: '未给出违法行为发生日期，按现行版本计算',
      citation,
    };
  }
  const atDecision = decisionDate ? (inForceOn(decisionDate) ?? first) : latest;
  if (actDate < commencement) {
    return {
      decisionVersion: atDecision?.version,
      inForceAtAct: false,
      compareWithLater: false,
      reason: `违法行为发生时（${actDate}）《${record?.title ?? statute}》尚未施行（自 ${commencement} 起施行）：适用违法行为发生时的规定，不能依本法规处罚`,
      citation,
    };
  }
  const atAct = inForceOn(actDate);
  if (!atAct) {
    return {
      actVersion: first.version,
      decisionVersion: atDecision?.version,
      inForceAtAct: true,
      compareWithLater: false,
      textNote: `违法行为发生时（${actDate}）施行的是《${record?.title ?? statute}》${first.version}修改前的文本（自 ${commencement} 起施行），语料未收录：按 ${first.version} 文本计算，所适用条文在修改中如有变化须核对原文`,
      reason: `适用违法行为发生时施行的《${record?.title ?? statute}》（自 ${commencement} 起施行）`,
      citation,
    };
  }
  const compare = !!atDecision && atDecision.version !== atAct.version;
  return {
    actVersion: atAct.version,
    decisionVersion: atDecision?.version,
    inForceAtAct: true,
    compareWithLater: compare,
    reason: compare
      ? `适用违法行为发生时的版本（${atAct.version}）；作出决定时已施行新版本（${atDecision!.version}），新的规定处罚较轻或者不认为是违法的，适用新的规定`
      : `适用违法行为发生时的版本（${atAct.version}，自 ${atAct.effective} 施行）`,
    citation,
  };
}

/**
 * 第七十二条第一款第（一）项: 加处罚款 of 3% of the fine for each day after the due date,
 * never more than the fine. Days are calendar days after `dueDate` up to and including
 * `onDate`. The product is rounded half-up to the fen (stated in the result).
 */
export function lateFine(
  fineFen: number,
  dueDate: string,
  onDate: string,
): { days: number; amountFen: number; capped: boolean; computation: string; rounding: string; citation: string } {
  const l = lateFineLedger({ fineFen, dues: [{ date: dueDate, amountFen: fineFen }], payments: [], pauses: [], onDate });
  return { days: l.days, amountFen: l.amountFen, capped: l.capped, computation: l.computation, rounding: l.rounding, citation: l.citation };
}

// 第七十三条第三款 当事人申请行政复议或者提起行政诉讼的，加处罚款的数额在行政复议或者行政诉讼期间不予计算。
export interface LateFineInput {
  /** 罚款数额: the base of the rate and the cap of the total. */
  fineFen: number;
  /** When the fine falls due: one date, or each instalment's under 分期 (第六十六条第二款). */
  dues: ReadonlyArray<{ date: string; amountFen: number }>;
  /** Payments of the fine itself, by date: a payment made on a day counts from the next day. */
  payments: ReadonlyArray<{ date: string; amountFen: number }>;
  /** 行政复议 / 行政诉讼 periods: from the day filed through the day decided (open: through onDate). */
  pauses: ReadonlyArray<{ from: string; to?: string; kind: string }>;
  onDate: string;
}

export interface LateFineLine {
  from: string;
  to: string;
  days: number;
  /** the part of the fine overdue and unpaid on each of these days */
  baseFen: number;
}

export interface LateFineLedger {
  amountFen: number;
  /** days on which 加处罚款 accrued */
  days: number;
  capped: boolean;
  lines: LateFineLine[];
  /** days not counted (第七十三条第三款) */
  pausedDays: number;
  computation: string;
  rounding: string;
  /** how the article is read where its words leave a choice */
  reading: string;
  citation: string;
}

/**
 * 加处罚款 day by day: on each day after a due date, 3% of the part of the fine that is overdue
 * and still unpaid (a partial payment lowers the base from the next day; under 分期 each
 * instalment from the day after its own date), no day of a 复议 or 诉讼 counted (第七十三条第三款),
 * the total never above the fine (第七十二条第一款第（一）项). Rounded once, half-up, to the fen.
 */
export function lateFineLedger(input: LateFineInput): LateFineLedger {
  const rate = rateParam(P72_RATE);
  const dues = [...input.dues].sort((a, b) => a.date.localeCompare(b.date));
  const lines: LateFineLine[] = [];
  let fenDays = 0;
  let days = 0;
  let pausedDays = 0;
  const first = dues[0]?.date;
  if (first && input.onDate > first) {
    for (let day = addDays(first, 1); day <= input.onDate; day = addDays(day, 1)) {
      if (input.pauses.some((p) => p.from <= day && day <= (p.to ?? input.onDate))) {
        pausedDays++;
        continue;
      }
      const owed = dues.filter((d) => d.date < day).reduce((n, d) => n + d.amountFen, 0);
      const paid = input.payments.filter((p) => p.date < day).reduce((n, p) => n + p.amountFen, 0);
      const base = Math.max(0, owed - paid);
      if (base === 0) continue;
      days++;
      fenDays += base;
      const last = lines[lines.length - 1];
      if (last && last.baseFen === base && addDays(last.to, 1) === day) {
        last.to = day;
        last.days++;
      } else lines.push({ from: day, to: day, days: 1, baseFen: base });
    }
  }
  const raw = multiplyFen(fenDays, rate, 'half-up');
  const capped = raw.fen > input.fineFen;
  const amountFen = capped ? input.fineFen : raw.fen;
  const parts = lines.map((l) => `${formatYuan(l.baseFen)} × 3% × ${l.days} 日（${l.from}${l.days > 1 ? ` 至 ${l.to}` : ''}）`);
  const computation =
    (parts.length ? `${parts.join(' + ')} = ${formatYuan(raw.fen)}` : '未逾期，无加处罚款') +
    (pausedDays ? `；行政复议、行政诉讼期间 ${pausedDays} 日不计` : '') +
    (capped ? `，超过罚款数额，以罚款数额 ${formatYuan(input.fineFen)} 为限` : '');
  return {
    amountFen,
    days,
    capped,
    lines,
    pausedDays,
    computation,
    rounding: raw.rounded ? roundingText('half-up') : '无需舍入（结果为整分）',
    reading: '按逾期未缴的罚款数额逐日计算：部分缴纳后按未缴余额计算，分期缴纳的自各期到期次日起计算',
    citation: `${CITE}第七十二条第一款第（一）项、第七十三条第三款`,
  };
}
