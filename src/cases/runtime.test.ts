// The real ports: penalty range and procedure requirements from the penalty module, items
// from the seed catalogs.
import { describe, expect, it } from 'vitest';
import { catalogItemResolver, realPorts } from './runtime.js';

describe('real ports', () => {
  const ports = realPorts();
  const facts = { party: '定点医疗机构', amounts: { defraudedFen: 1_000_000 } };
  it('the range of 条例 第四十条 and what its measures require', () => {
    const range = ports.computePenalty!('医疗保障基金使用监督管理条例:40', facts);
    expect(range.measures.find((m) => m.kind === '罚款')).toMatchObject({ minFen: 2_000_000, maxFen: 5_000_000 });
    const needs = ports.procedureRequirements!('医疗保障基金使用监督管理条例:40', facts, [{ kind: '罚款', amountFen: 2_000_000, target: '单位' }, { kind: '暂停相关责任部门涉及基金使用的医药服务', months: 6 }]);
    expect(needs.simplifiedEligible).toBe(false);
    expect(needs.hearingRight).toBe(true);
  });
  it('a fine of 10,000 yuan on a pharmacy is not for 简易程序 (over 3,000 yuan, 行政处罚法 第五十一条)', () => {
    const needs = ports.procedureRequirements!('医疗保障基金使用监督管理条例:39', { party: '定点零售药店', flags: ['拒不改正'] }, [{ kind: '罚款', amountFen: 1_000_000, target: '单位' }]);
    expect(needs.simplifiedEligible).toBe(false);
  });
  it('resolves ITEM_IDs against the seeds', () => {
    const resolve = catalogItemResolver();
    expect(resolve('004_cc75ecf2f3c1db82#18')).toMatchObject({ kind: '行政奖励', matter: { id: 'reward.fraud-report' } });
    expect(resolve('004_cc75ecf2f3c1db82#14')).toBeUndefined(); // lost in OCR: 004 has no item 14
    expect(resolve('999_nothing#1')).toBeUndefined();
  });
});
