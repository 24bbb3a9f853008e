// For each canonical penalty matter: the article a case of it is decided under and facts
// for a test case. The engine asks the penalty module for the range; the tests decide at
// its lower end.
import type { DecidedMeasure, RangeMeasure } from '../engine/types.js';

export interface PenaltyScenario {
  violation: string;
  facts: Record<string, unknown>;
  party: { name: string; type: '公民' | '法人或者其他组织' };
}

const dates = { actEnded: '2026-06-30', discovered: '2026-10-01' };
const org = (name: string) => ({ name, type: '法人或者其他组织' as const });
const person = (name: string) => ({ name, type: '公民' as const });

export const PENALTY_SCENARIOS: Record<string, PenaltyScenario> = {
  'penalty.individual-fraud': { violation: '医疗保障基金使用监督管理条例:41', facts: { party: '参保个人', amounts: { defraudedFen: 500_000, lossFen: 500_000 }, flags: ['以骗取为目的'], ...dates }, party: person('王某') },
  'penalty.individual-misuse': { violation: '医疗保障基金使用监督管理条例:41', facts: { party: '参保个人', amounts: { lossFen: 100_000 }, ...dates }, party: person('李某') },
  'penalty.agency-fraud': { violation: '医疗保障基金使用监督管理条例:37', facts: { party: '医疗保障经办机构', amounts: { defraudedFen: 2_000_000 }, ...dates }, party: org('某区医保经办中心') },
  'penalty.institution-fraud': { violation: '医疗保障基金使用监督管理条例:40', facts: { party: '定点医疗机构', amounts: { defraudedFen: 1_000_000 }, ...dates }, party: org('某某医院') },
  'penalty.institution-loss': { violation: '医疗保障基金使用监督管理条例:38', facts: { party: '定点医疗机构', amounts: { lossFen: 300_000 }, ...dates }, party: org('某某医院') },
  'penalty.institution-management': { violation: '医疗保障基金使用监督管理条例:39', facts: { party: '定点零售药店', flags: ['拒不改正'], ...dates }, party: org('某某大药房') },
  'penalty.bribery': { violation: '医疗保障基金使用监督管理条例:42', facts: { party: '定点医疗机构', amounts: { illegalGainsFen: 200_000 }, ...dates }, party: org('某某医院') },
  'penalty.legal-representative-ban': { violation: '医疗保障基金使用监督管理条例:43', facts: { party: '定点医疗机构', flags: ['造成重大损失或严重不良社会影响'], ...dates }, party: org('某某医院') },
  'penalty.fund-misappropriation': { violation: '医疗保障基金使用监督管理条例:44', facts: { party: '医疗保障经办机构', amounts: { lossFen: 500_000, illegalGainsFen: 500_000 }, ...dates }, party: org('某区医保经办中心') },
  'penalty.employer-registration': { violation: '社会保险法:84', facts: { party: '用人单位', amounts: { unpaidFen: 1_000_000 }, flags: ['逾期不改正'], ...dates }, party: org('某某有限公司') },
  'penalty.employer-contribution-arrears': { violation: '社会保险法:86', facts: { party: '用人单位', amounts: { unpaidFen: 1_000_000 }, flags: ['逾期仍不缴纳'], unpaidSince: '2026-01-01', ...dates }, party: org('某某有限公司') },
  'penalty.employer-false-accounts': { violation: '社会保险费征缴暂行条例:24', facts: { party: '用人单位', amounts: { unpaidFen: 1_000_000 }, flags: ['迟延缴纳'], ...dates }, party: org('某某有限公司') },
  'penalty.medical-assistance-fraud': { violation: '社会救助暂行办法:68', facts: { party: '参保个人', amounts: { illegalGainsFen: 300_000, defraudedFen: 300_000 }, ...dates }, party: person('赵某') },
  'penalty.drug-procurement-bidding': { violation: '基本医疗卫生与健康促进法:103', facts: { party: '投标人', amounts: { bidFen: 100_000_000, illegalGainsFen: 1_000_000 }, flags: ['中标'], ...dates }, party: org('某某医药公司') },
};

/** The lower end of each mandatory measure with a figure: what a test decides. */
export function lowestMeasures(range: readonly RangeMeasure[]): DecidedMeasure[] {
  const out: DecidedMeasure[] = [];
  for (const m of range) {
    if (!m.mandatory) continue;
    const target = m.target ? { target: m.target } : {};
    if (m.minFen !== undefined) out.push({ kind: m.kind, amountFen: m.minFen, ...target });
    else if (m.amountFen !== undefined) out.push({ kind: m.kind, amountFen: m.amountFen, ...target });
    else if (m.minMonths !== undefined) out.push({ kind: m.kind, months: m.minMonths, ...target });
    else out.push({ kind: m.kind, ...target });
  }
  return out;
}
