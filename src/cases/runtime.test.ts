// The real ports, and one decision value: for every sanction rule, the `penalty` CLI's
// computation and a case given the same facts (its party, jurisdiction and date) produce
// the same PenaltyDecision.
import { describe, expect, it } from 'vitest';
import { FLAGS, listSanctionRules, penaltyWithDecision, type Flag } from '../law/index.js';
import { act, openCase } from './engine/engine.js';
import type { CaseState } from './engine/types.js';
import { loadProcedures } from './procedure/load.js';
import { catalogItemResolver, realPorts } from './runtime.js';
import { PARTY_CATEGORIES, type PartyCategory, type PartyInput } from './steps/party.js';
import { testOrganisation, testPerson } from './testing/parties.js';
import { attachment, day, testContext, YANGQUAN, engineInput } from './testing/support.js';

const registry = loadProcedures();

/** Flags that make the rules impose their penalties (拒不改正, 中标 …), without 不予处罚 grounds. */
const PUNISHING: Flag[] = ['拒不改正', '逾期不改正', '逾期仍不缴纳', '以骗取为目的', '中标', '情节严重', '迟延缴纳', '拒不退还', '造成重大损失或严重不良社会影响'];
const AMOUNTS = { defraudedFen: 1_234_567, lossFen: 1_234_567, unpaidFen: 345_678, bidFen: 50_000_000, illegalGainsFen: 88_800 };

function partyOf(category: PartyCategory, n: number): PartyInput {
  if (category === '参保个人') return testPerson('王某', n);
  if (category === '定点医药机构法定代表人或主要负责人') return { ...testPerson('某医院院长李某', n), 主体类别: category };
  return testOrganisation(`某${category}`, category, n);
}


describe('one decision value: the penalty CLI and a case agree, for every rule', () => {
  const rules = listSanctionRules();
  it('covers every rule', () => expect(rules.length).toBeGreaterThanOrEqual(20));
  for (const [n, rule] of rules.entries()) {
    const category = rule.parties.find((p): p is PartyCategory => (PARTY_CATEGORIES as readonly string[]).includes(p));
    it(`${rule.key}（${category}）`, () => {
      expect(category, '规则至少适用于一种可作当事人的主体').toBeDefined();
      const statute = rule.key.slice(0, rule.key.lastIndexOf(':'));
      const facts = { amounts: AMOUNTS, flags: PUNISHING.filter((f) => FLAGS.includes(f)), actEnded: '2026-06-30', discovered: '2026-10-01' };
      const cli = penaltyWithDecision({ article: rule.key, facts: { party: category!, ...facts }, jurisdiction: '山西省/阳泉市', decisionDate: '2026-11-25' }).decision;

      const ctx = testContext(registry.get('xzcf-putong')!);
      let state: CaseState = openCase({ id: 'R1', procedure: ctx.procedure, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN }, ctx);
      const step = (id: string, as: string, input: Record<string, unknown>, at: string) => {
        const r = act(state, id, as, engineInput(input), at, ctx);
        if (!r.ok) throw new Error(`${id}: ${r.refusal.code} ${r.refusal.message}`);
        state = r.state;
      };
      const officers = ['zhifa1', 'zhifa2'];
      step('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
      step('立案', 'fuze', { officers, 案由: 'x', parties: [partyOf(category!, n + 1)] }, day(0));
      step('调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(1));
      step('调查终结', 'zhifa2', { officers, 调查终结报告: 'x', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: statute, 条: rule.article }, facts }, day(2));
      expect(state.penalty.decision).toEqual(cli);
    });
  }
});

describe('real ports', () => {
  it('decide: 条例 第四十条 on a designated institution, and what its measures require', () => {
    const ports = realPorts();
    const d = ports.decide!({ article: '医疗保障基金使用监督管理条例:40', facts: { party: '定点医疗机构', amounts: { defraudedFen: 1_000_000 } }, jurisdiction: '山西省/阳泉市' });
    expect(d.measures.find((m) => m.kind === '罚款')).toMatchObject({ minFen: 2_000_000, maxFen: 5_000_000 });
    expect(d.procedure?.simplifiedProcedure.eligible).toBe(false);
    expect(d.procedure?.hearing.right).toBe(true);
  });
  it('resolves ITEM_IDs against the seeds, with the jurisdiction, targets and articles of the item', () => {
    const resolve = catalogItemResolver();
    expect(resolve('004_cc75ecf2f3c1db82#18')).toMatchObject({ kind: '行政奖励', matter: { id: 'reward.fraud-report' }, jurisdiction: '甘肃省/兰州市' });
    expect(resolve('000_650efb1eb094bc36#3')).toMatchObject({ jurisdiction: '山西省/阳泉市', targets: ['定点医药机构'] });
    expect(resolve('000_650efb1eb094bc36#3')!.articles).toEqual(expect.arrayContaining([{ statute: '医疗保障基金使用监督管理条例', article: 40 }]));
    expect(resolve('004_cc75ecf2f3c1db82#14')).toBeUndefined(); // lost in OCR: 004 has no item 14
    expect(resolve('999_nothing#1')).toBeUndefined();
  });
});
