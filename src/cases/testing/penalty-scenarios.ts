// For each canonical penalty matter: the article a case of it is decided under, the facts
// for a test case and its party. The engine asks the penalty module for the decision; the
// tests decide its lightest lawful choice (minimumChoices).
import type { PenaltyFactsInput, Violation } from '../steps/inputs.js';
import type { PartyInput } from '../steps/party.js';
import { testOrganisation, testPerson } from './parties.js';

export interface PenaltyScenario {
  violation: Violation;
  facts: PenaltyFactsInput;
  party: PartyInput;
}

const dates = { actEnded: '2026-06-30', discovered: '2026-10-01' };
const v = (key: string): Violation => {
  const [法规, 条, 项] = key.split(':');
  return { 法规: 法规!, 条: Number(条), ...(项 ? { 项: Number(项) } : {}) };
};
const f = (x: { amounts?: PenaltyFactsInput['amounts']; flags?: PenaltyFactsInput['flags']; unpaidSince?: string }): PenaltyFactsInput => ({ amounts: x.amounts ?? {}, flags: x.flags ?? [], ...dates, ...(x.unpaidSince ? { unpaidSince: x.unpaidSince } : {}) });

export const PENALTY_SCENARIOS: Record<string, PenaltyScenario> = {
  'penalty.individual-fraud': { violation: v('医疗保障基金使用监督管理条例:41:1'), facts: f({ amounts: { defraudedFen: 500_000, lossFen: 500_000 }, flags: ['以骗取为目的'] }), party: testPerson('王某') },
  'penalty.individual-misuse': { violation: v('医疗保障基金使用监督管理条例:41:1'), facts: f({ amounts: { lossFen: 100_000 } }), party: testPerson('李某') },
  'penalty.agency-fraud': { violation: v('医疗保障基金使用监督管理条例:37'), facts: f({ amounts: { defraudedFen: 2_000_000 } }), party: testOrganisation('某区医保经办中心', '医疗保障经办机构', 3) },
  'penalty.institution-fraud': { violation: v('医疗保障基金使用监督管理条例:40:3'), facts: f({ amounts: { defraudedFen: 1_000_000 } }), party: testOrganisation('某某医院', '定点医疗机构', 1) },
  'penalty.institution-loss': { violation: v('医疗保障基金使用监督管理条例:38:2'), facts: f({ amounts: { lossFen: 300_000 } }), party: testOrganisation('某某医院', '定点医疗机构', 1) },
  'penalty.institution-management': { violation: v('医疗保障基金使用监督管理条例:39:1'), facts: f({ flags: ['拒不改正'] }), party: testOrganisation('某某大药房', '定点零售药店', 2) },
  'penalty.bribery': { violation: v('医疗保障基金使用监督管理条例:42'), facts: f({ amounts: { illegalGainsFen: 200_000 } }), party: testOrganisation('某某医院', '定点医疗机构', 1) },
  'penalty.legal-representative-ban': { violation: v('医疗保障基金使用监督管理条例:43'), facts: f({ flags: ['造成重大损失或严重不良社会影响'] }), party: { ...testPerson('某某医院院长王某', 9), 主体类别: '定点医药机构法定代表人或主要负责人' } },
  'penalty.fund-misappropriation': { violation: v('医疗保障基金使用监督管理条例:44'), facts: f({ amounts: { lossFen: 500_000, illegalGainsFen: 500_000 } }), party: testOrganisation('某区医保经办中心', '医疗保障经办机构', 3) },
  'penalty.employer-registration': { violation: v('社会保险法:84'), facts: f({ amounts: { unpaidFen: 1_000_000 }, flags: ['逾期不改正'] }), party: testOrganisation('某某有限公司', '用人单位', 4) },
  'penalty.employer-contribution-arrears': { violation: v('社会保险法:86'), facts: f({ amounts: { unpaidFen: 1_000_000 }, flags: ['逾期仍不缴纳'], unpaidSince: '2026-01-01' }), party: testOrganisation('某某有限公司', '用人单位', 4) },
  'penalty.employer-false-accounts': { violation: v('社会保险费征缴暂行条例:24'), facts: f({ amounts: { unpaidFen: 1_000_000 }, flags: ['迟延缴纳'] }), party: testOrganisation('某某有限公司', '用人单位', 4) },
  'penalty.medical-assistance-fraud': { violation: v('社会救助暂行办法:68'), facts: f({ amounts: { illegalGainsFen: 300_000, defraudedFen: 300_000 } }), party: testPerson('赵某') },
  'penalty.drug-procurement-bidding': { violation: v('基本医疗卫生与健康促进法:103'), facts: f({ amounts: { bidFen: 100_000_000, illegalGainsFen: 1_000_000 }, flags: ['中标'] }), party: testOrganisation('某某医药公司', '投标人', 5) },
};

