// Which procedure a penalty decision needs (行政处罚法 2021): 简易程序 (第五十一条), the right
// to a hearing (第六十三条, 较大数额 set per jurisdiction), 集体讨论 (第五十七条第二款) and
// 法制审核 (第五十八条). The case engine calls procedureRequirements with the measures it
// is about to decide (a decided fine carries amountFen; otherwise its range is used).
import { fenParam } from './parameters.js';
import { P51_CITIZEN, P51_ORGANISATION } from './general.js';
import { procedureStandardFor, loadDiscretionData, type Threshold } from './discretion.js';
import { formatYuan } from '../money.js';
import { partyClass, type Measure, type Party } from './types.js';

const CITE = '《中华人民共和国行政处罚法》';

export interface ProcedureInput {
  party: Party;
  measures: readonly Measure[];
  jurisdiction?: string;
  /** Date of the decision (thresholds are dated). */
  onDate?: string;
  /** A hearing was held (第五十八条第一款第（二）项). */
  hearingHeld?: boolean;
  /** 涉及重大公共利益 (第五十八条第一款第（一）项). */
  majorPublicInterest?: boolean;
  /** 案件情况疑难复杂、涉及多个法律关系 (第五十八条第一款第（三）项). */
  complexCase?: boolean;
  /** 情节复杂 (第五十七条第二款). */
  complexCircumstances?: boolean;
  /** 重大违法行为 (第五十七条第二款). */
  majorViolation?: boolean;
}

export interface ProcedureRequirements {
  simplifiedProcedure: { eligible: boolean; reasons: string[]; citation: string };
  /** null: depends on a fine not yet decided, or on a threshold not recorded for the jurisdiction. */
  hearing: { right: boolean | null; reasons: string[]; citation: string };
  legalReview: { required: boolean; reasons: string[]; citation: string };
  collectiveDiscussion: { required: boolean; reasons: string[]; citation: string };
  /** The procedure standard file used, if any. */
  standard?: { title: string; validFrom: string; file: string };
}

type Klass = '公民' | '法人或者其他组织';

function classOf(measure: Measure, party: Party): Klass {
  if (measure.target === '单位' || measure.target === '当事人' || measure.target === undefined) return partyClass(party);
  return '公民';
}

/** The amount a measure will have: decided (amountFen) or its [min, max] range. */
function span(m: Measure): { lo: number; hi: number; decided: boolean } | undefined {
  if (m.amountFen !== undefined) return { lo: m.amountFen, hi: m.amountFen, decided: true };
  if (m.minFen !== undefined || m.maxFen !== undefined) return { lo: m.minFen ?? 0, hi: m.maxFen ?? m.minFen ?? 0, decided: false };
  return undefined;
}

function thresholdFor(t: Threshold | undefined, klass: Klass): number | undefined {
  if (!t) return undefined;
  return klass === '公民' ? t.citizenMinFen : t.organisationMinFen;
}

// Measures that are 行政处罚 other than fines and that 第六十三条 names or that this system
// treats as 其他较重的行政处罚.
const HEAVY: Partial<Record<Measure['kind'], string>> = {
  暂停相关责任部门涉及基金使用的医药服务: '暂停相关责任部门医药服务，与责令停产停业相当（第六十三条第一款第（四）项）',
  禁止从事定点医药机构管理活动: '禁止从事管理活动，属限制从业（第六十三条第一款第（四）项）',
  取消投标资格: '取消投标资格，属限制从业（第六十三条第一款第（四）项）',
  暂停联网结算: '暂停医疗费用联网结算，按其他较重的行政处罚对待（第六十三条第一款第（五）项，本系统的解读）',
};

export function procedureRequirements(input: ProcedureInput): ProcedureRequirements {
  const data = loadDiscretionData();
  const standard = input.jurisdiction ? procedureStandardFor(input.jurisdiction, input.onDate, data) : undefined;
  // Penalties another authority imposes on referral (吊销执业资格 …) are not part of this decision.
  const penalties = input.measures.filter((m) => m.penalty && !m.authority?.includes('移送'));
  const fines = penalties.filter((m) => m.kind === '罚款');

  // 第五十一条 简易程序: only fines (or 警告) within the caps, each by the class of its target.
  const simple = { eligible: true, reasons: [] as string[], citation: `${CITE}第五十一条` };
  const others = penalties.filter((m) => m.kind !== '罚款');
  if (penalties.length === 0) {
    simple.eligible = false;
    simple.reasons.push('没有拟作出的行政处罚');
  }
  if (others.length > 0) {
    simple.eligible = false;
    simple.reasons.push(`拟作出罚款以外的行政处罚（${[...new Set(others.map((m) => m.kind))].join('、')}），不适用简易程序`);
  }
  for (const f of fines) {
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
  const hearing = { right: false as boolean | null, reasons: [] as string[], citation: `${CITE}第六十三条` };
  for (const m of penalties) {
    const why = HEAVY[m.kind];
    if (why) {
      hearing.right = true;
      hearing.reasons.push(why);
    }
  }
  const amountMeasures = penalties.filter((m) => m.kind === '罚款' || m.kind === '没收违法所得');
  if (amountMeasures.length > 0) {
    const t = standard?.hearing;
    for (const m of amountMeasures) {
      const klass = classOf(m, input.party);
      const thr = thresholdFor(t, klass);
      const s = span(m);
      if (!s) continue;
      const what = m.kind === '罚款' ? `对${klass}的罚款` : '没收违法所得';
      if (thr === undefined) {
        if (hearing.right !== true) hearing.right = null;
        hearing.reasons.push(`${input.jurisdiction ?? '未指定地区'}的“较大数额”标准未录入，无法判断${what}是否属较大数额`);
      } else if (s.lo >= thr) {
        hearing.right = true;
        hearing.reasons.push(`${what}${s.decided ? formatYuan(s.lo) : `最低 ${formatYuan(s.lo)}`}达到较大数额 ${formatYuan(thr)}（${t!.basis}）`);
      } else if (s.hi >= thr) {
        if (hearing.right !== true) hearing.right = null;
        hearing.reasons.push(`${what}幅度 ${formatYuan(s.lo)}～${formatYuan(s.hi)}：决定数额达到 ${formatYuan(thr)} 时属较大数额（${t!.basis}）`);
      } else {
        hearing.reasons.push(`${what}${s.decided ? formatYuan(s.hi) : `最高 ${formatYuan(s.hi)}`}未达较大数额 ${formatYuan(thr)}（${t!.basis}）`);
      }
    }
  }
  if (hearing.right) hearing.reasons.unshift('应当告知当事人有要求听证的权利');

  // 第五十八条 法制审核.
  const review = { required: false, reasons: [] as string[], citation: `${CITE}第五十八条第一款` };
  if (input.majorPublicInterest) {
    review.required = true;
    review.reasons.push('涉及重大公共利益（第（一）项）');
  }
  if (input.hearingHeld) {
    review.required = true;
    review.reasons.push('直接关系当事人或者第三人重大权益，经过听证程序（第（二）项）');
  }
  if (input.complexCase) {
    review.required = true;
    review.reasons.push('案件情况疑难复杂、涉及多个法律关系（第（三）项）');
  }
  const reviewThreshold = standard?.legalReview;
  for (const m of amountMeasures) {
    const thr = thresholdFor(reviewThreshold, classOf(m, input.party));
    const s = span(m);
    if (thr !== undefined && s && s.hi >= thr) {
      review.required = true;
      review.reasons.push(`${s.decided ? '' : '可能'}达到本地区法制审核数额 ${formatYuan(thr)}（${reviewThreshold!.basis}，第（四）项）`);
    }
  }
  if (!reviewThreshold) review.reasons.push(`${input.jurisdiction ?? '未指定地区'}的法制审核数额标准未录入`);

  // 第五十七条第二款 集体讨论.
  const collective = { required: false, reasons: [] as string[], citation: `${CITE}第五十七条第二款` };
  if (input.complexCircumstances) {
    collective.required = true;
    collective.reasons.push('情节复杂');
  }
  if (input.majorViolation) {
    collective.required = true;
    collective.reasons.push('重大违法行为');
  }
  const collectiveThreshold = standard?.collectiveDiscussion;
  for (const m of amountMeasures) {
    const thr = thresholdFor(collectiveThreshold, classOf(m, input.party));
    const s = span(m);
    if (thr !== undefined && s && s.hi >= thr) {
      collective.required = true;
      collective.reasons.push(`${s.decided ? '' : '可能'}达到本地区集体讨论数额 ${formatYuan(thr)}（${collectiveThreshold!.basis}）`);
    }
  }
  if (!collectiveThreshold) collective.reasons.push(`${input.jurisdiction ?? '未指定地区'}的集体讨论数额标准未录入`);

  return {
    simplifiedProcedure: simple,
    hearing,
    legalReview: review,
    collectiveDiscussion: collective,
    ...(standard ? { standard: { title: standard.title, validFrom: standard.validFrom, file: standard.file } } : {}),
  };
}
