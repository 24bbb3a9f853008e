// Which procedure a penalty decision needs: 简易程序 (行政处罚法 第五十一条), the right to a
// hearing (第六十三条, 较大数额 set per jurisdiction), 法制审核 (第五十八条; 医疗保障行政处罚程序暂行
// 规定 第三十七条) and 集体讨论 (第五十七条第二款; 暂行规定 第四十四条). Read twice: on the ranges
// when the decision is computed, and on the amounts the officers choose when they notify.
// A local standard that is not loaded never denies a right: the hearing is offered, 法制审核
// is required, and a warning says which standard is missing.
import { fenParam } from './parameters.js';
import { P51_CITIZEN, P51_ORGANISATION } from './general.js';
import { procedureThresholdsFor, type LocatedThreshold } from './discretion.js';
import { formatYuan } from '../money.js';
import { partyClass, type Measure, type Party } from './types.js';

const ACT = '《中华人民共和国行政处罚法》';
const RULE = '《医疗保障行政处罚程序暂行规定》';

export interface ProcedureInput {
  party: Party;
  /** The measures, each with its range (minFen/maxFen …) or its chosen amount (amountFen, months). */
  measures: readonly Measure[];
  /** Jurisdiction path (or a name findJurisdiction knows); undefined: no local standard can apply. */
  jurisdiction?: string;
  /** Date of the decision (thresholds are dated). */
  onDate?: string;
  /** A hearing was held (行政处罚法 第五十八条第一款第（二）项). */
  hearingHeld?: boolean;
  /** 涉及重大公共利益 (第五十八条第一款第（一）项; 暂行规定 第三十七条第（四）项). */
  majorPublicInterest?: boolean;
  /** 案件情况疑难复杂、涉及多个法律关系 (第五十八条第一款第（三）项; 暂行规定 第三十七条第（三）项). */
  complexCase?: boolean;
  /** 情节复杂 or 重大违法行为 (第五十七条第二款; 暂行规定 第四十四条). */
  complexCircumstances?: boolean;
  majorViolation?: boolean;
  /** Local 重大执法决定 situations the officers found (暂行规定 第三十七条第一款第（五）项), with their citations. */
  localSituations?: ReadonlyArray<{ text: string; citation: string }>;
}

export interface Requirement {
  required: boolean;
  reasons: string[];
  citations: string[];
}

export interface ProcedureRequirements {
  simplifiedProcedure: { eligible: boolean; reasons: string[]; citation: string };
  /**
   * right: true / false, or null while the fine's amount is still a range that straddles
   * the 较大数额 (decided when the amount is chosen at 告知). A missing standard gives true.
   */
  hearing: { right: boolean | null; reasons: string[]; citation: string; thresholdFen?: number };
  legalReview: Requirement;
  collectiveDiscussion: Requirement;
  /** The local standards applied, nearest first, with their files. */
  standards: { hearing?: LocatedThreshold['standard']; legalReview?: LocatedThreshold['standard']; collectiveDiscussion?: LocatedThreshold['standard'] };
  /** Local standards not loaded for the jurisdiction, and what was assumed instead. */
  warnings: string[];
}

type Klass = '公民' | '法人或者其他组织';

function classOf(measure: Measure, party: Party): Klass {
  if (measure.target === '单位' || measure.target === '当事人' || measure.target === undefined) return partyClass(party);
  return '公民';
}

/** The amount a measure will have: chosen (amountFen) or its [min, max] range. */
function span(m: Measure): { lo: number; hi: number; decided: boolean } | undefined {
  if (m.amountFen !== undefined) return { lo: m.amountFen, hi: m.amountFen, decided: true };
  if (m.minFen !== undefined || m.maxFen !== undefined) return { lo: m.minFen ?? 0, hi: m.maxFen ?? m.minFen ?? 0, decided: false };
  return undefined;
}

function thresholdFor(t: LocatedThreshold | undefined, klass: Klass): number | undefined {
  if (!t) return undefined;
  return klass === '公民' ? t.citizenMinFen : t.organisationMinFen;
}

// 行政处罚 other than fines that 第六十三条 names, or that this system treats as 其他较重的行政处罚.
const HEAVY: Partial<Record<Measure['kind'], string>> = {
  暂停相关责任部门涉及基金使用的医药服务: '暂停相关责任部门医药服务，与责令停产停业相当（第六十三条第一款第（四）项）',
  禁止从事定点医药机构管理活动: '禁止从事管理活动，属限制从业（第六十三条第一款第（四）项）',
  取消投标资格: '取消投标资格，属限制从业（第六十三条第一款第（四）项）',
  暂停联网结算: '暂停医疗费用联网结算，按其他较重的行政处罚对待（第六十三条第一款第（五）项，本系统的解读）',
};

/** Orders that may stand beside a 简易程序 fine or 警告 (行政处罚法 第二十八条: 责令改正). */
const SIMPLE_COMPANIONS = new Set<Measure['kind']>(['责令改正', '责令限期改正', '教育']);

export function procedureRequirements(input: ProcedureInput): ProcedureRequirements {
  const local = input.jurisdiction ? procedureThresholdsFor(input.jurisdiction, input.onDate) : {};
  const where = input.jurisdiction ?? '未指定辖区';
  const warnings: string[] = [];
  // Penalties another authority imposes on referral (吊销执业资格 …) are not part of this decision.
  const penalties = input.measures.filter((m) => m.penalty && !m.referral);
  const amountMeasures = penalties.filter((m) => m.kind === '罚款' || m.kind === '没收违法所得');

  // 第五十一条 简易程序: only 警告 or fines within the caps (and 责令改正 beside them).
  const simple = { eligible: true, reasons: [] as string[], citation: `${ACT}第五十一条` };
  const others = input.measures.filter((m) => !m.referral && m.kind !== '罚款' && m.kind !== '警告' && !SIMPLE_COMPANIONS.has(m.kind));
  if (penalties.length === 0) {
    simple.eligible = false;
    simple.reasons.push('没有拟作出的行政处罚');
  }
  if (others.length > 0) {
    simple.eligible = false;
    simple.reasons.push(`拟作出警告、罚款以外的措施（${[...new Set(others.map((m) => m.kind))].join('、')}），不适用简易程序`);
  }
  for (const f of penalties.filter((m) => m.kind === '罚款')) {
    const klass = classOf(f, input.party);
    const cap = fenParam(klass === '公民' ? P51_CITIZEN : P51_ORGANISATION).max!;
    const s = span(f);
    if (!s) continue;
    if (s.lo > cap) {
      simple.eligible = false;
      simple.reasons.push(`对${klass}的罚款${s.decided ? formatYuan(s.lo) : `最低 ${formatYuan(s.lo)}`}超过当场处罚上限 ${formatYuan(cap)}`);
    } else if (s.hi > cap) {
      simple.eligible = false;
      simple.reasons.push(`对${klass}的罚款幅度 ${formatYuan(s.lo)}～${formatYuan(s.hi)} 超过当场处罚上限 ${formatYuan(cap)}；仅当决定数额不超过该上限时可适用`);
    }
  }
  if (simple.eligible) simple.reasons.push('违法事实确凿并有法定依据的，可以当场作出行政处罚决定');

  // 第六十三条 听证.
  const hearing: ProcedureRequirements['hearing'] = { right: false, reasons: [], citation: `${ACT}第六十三条` };
  for (const m of penalties) {
    const why = HEAVY[m.kind];
    if (why) {
      hearing.right = true;
      hearing.reasons.push(why);
    }
  }
  for (const m of amountMeasures) {
    const klass = classOf(m, input.party);
    const t = local.hearing;
    const thr = thresholdFor(t, klass);
    const s = span(m);
    if (!s) continue;
    const what = m.kind === '罚款' ? `对${klass}的罚款` : '没收违法所得';
    if (thr === undefined) {
      hearing.right = true;
      hearing.reasons.push(`${where}的“较大数额”标准（对${klass}）未录入：不能排除属较大数额，告知听证权利`);
      warnings.push(`${where}未录入行政处罚听证“较大数额”标准（对${klass}）：按有听证权利处理`);
    } else if (s.lo >= thr) {
      hearing.right = true;
      hearing.reasons.push(`${what}${s.decided ? formatYuan(s.lo) : `最低 ${formatYuan(s.lo)}`}达到较大数额 ${formatYuan(thr)}（${t!.basis}）`);
    } else if (s.hi >= thr) {
      if (hearing.right !== true) hearing.right = null;
      hearing.thresholdFen = thr;
      hearing.reasons.push(`${what}幅度 ${formatYuan(s.lo)}～${formatYuan(s.hi)}：决定数额达到 ${formatYuan(thr)} 时属较大数额（${t!.basis}）`);
    } else {
      hearing.reasons.push(`${what}${s.decided ? formatYuan(s.hi) : `最高 ${formatYuan(s.hi)}`}未达较大数额 ${formatYuan(thr)}（${t!.basis}）`);
    }
  }
  if (hearing.right) hearing.reasons.unshift('应当告知当事人有要求听证的权利');

  // 法制审核: 行政处罚法 第五十八条第一款; 暂行规定 第三十七条.
  const review: Requirement = { required: false, reasons: [], citations: [] };
  const needReview = (reason: string, ...citations: string[]) => {
    review.required = true;
    review.reasons.push(reason);
    for (const c of citations) if (!review.citations.includes(c)) review.citations.push(c);
  };
  if (input.majorPublicInterest) needReview('涉及重大公共利益', `${ACT}第五十八条第一款第（一）项`, `${RULE}第三十七条第（四）项`);
  if (input.hearingHeld) needReview('直接关系当事人或者第三人重大权益，经过听证程序', `${ACT}第五十八条第一款第（二）项`, `${RULE}第三十七条第（二）项`);
  if (input.complexCase) needReview('案件情况疑难复杂、涉及多个法律关系', `${ACT}第五十八条第一款第（三）项`, `${RULE}第三十七条第（三）项`);
  for (const local of input.localSituations ?? []) needReview(`${local.text.replace(/的$/, '')}（本地重大行政执法决定法制审核情形）`, local.citation, `${RULE}第三十七条第（五）项`);
  const recovery = input.measures.find((m) => m.kind === '责令退回' || m.kind === '责令追回');
  if (recovery) needReview(`拟${recovery.kind}医保基金${recovery.amountFen !== undefined ? ` ${formatYuan(recovery.amountFen)}` : ''}`, `${RULE}第三十七条第（一）项`);
  if (input.measures.some((m) => m.kind === '解除服务协议' && !m.referral)) needReview('责令解除医保服务协议，直接关系当事人重大权益', `${RULE}第三十七条第（二）项`);
  for (const m of amountMeasures) {
    const klass = classOf(m, input.party);
    const thr = thresholdFor(local.legalReview, klass);
    const s = span(m);
    if (!s) continue;
    if (thr === undefined) {
      needReview(`${where}的法制审核“数额较大”标准（对${klass}）未录入：不能排除罚款数额较大，应当法制审核`, `${RULE}第三十七条第（一）项`, `${ACT}第五十八条第一款第（四）项`);
      warnings.push(`${where}未录入法制审核数额标准（对${klass}）：按须法制审核处理`);
    } else if (s.hi >= thr) {
      needReview(`${s.decided ? '' : '可能'}达到本地区法制审核数额 ${formatYuan(thr)}（${local.legalReview!.basis}）`, `${RULE}第三十七条第（一）项`, `${ACT}第五十八条第一款第（四）项`);
    }
  }

  // 集体讨论: 行政处罚法 第五十七条第二款; 暂行规定 第四十四条.
  const collective: Requirement = { required: false, reasons: [], citations: [] };
  const needCollective = (reason: string, ...citations: string[]) => {
    collective.required = true;
    collective.reasons.push(reason);
    for (const c of citations) if (!collective.citations.includes(c)) collective.citations.push(c);
  };
  if (input.complexCircumstances) needCollective('情节复杂', `${ACT}第五十七条第二款`, `${RULE}第四十四条`);
  if (input.majorViolation) needCollective('重大违法行为', `${ACT}第五十七条第二款`, `${RULE}第四十四条第（一）项`);
  for (const m of amountMeasures) {
    const thr = thresholdFor(local.collectiveDiscussion, classOf(m, input.party));
    const s = span(m);
    if (thr !== undefined && s && s.hi >= thr) {
      needCollective(`${s.decided ? '' : '可能'}达到本地区集体讨论数额 ${formatYuan(thr)}（${local.collectiveDiscussion!.basis}）`, `${ACT}第五十七条第二款`);
    }
  }
  if (!local.collectiveDiscussion && amountMeasures.length > 0) {
    collective.reasons.push(`${where}未录入集体讨论数额标准：是否属“情节复杂或者重大违法行为”由负责人认定`);
  }

  return {
    simplifiedProcedure: simple,
    hearing,
    legalReview: review,
    collectiveDiscussion: collective,
    standards: {
      ...(local.hearing ? { hearing: local.hearing.standard } : {}),
      ...(local.legalReview ? { legalReview: local.legalReview.standard } : {}),
      ...(local.collectiveDiscussion ? { collectiveDiscussion: local.collectiveDiscussion.standard } : {}),
    },
    warnings: [...new Set(warnings)],
  };
}
