// Measures that several statutes word alike, written once.
import type { RuleContext } from '../rule.js';

/**
 * 责令追回 the misappropriated fund, 没收违法所得 where there are gains, and 处分 of the
 * responsible persons (移送): 社会保险法 art. 91 and 医疗保障基金使用监督管理条例 art. 44
 * say the same in these words ("责令追回；有违法所得的，没收违法所得；对直接负责的主管人员和
 * 其他直接责任人员依法给予处分").
 */
export function recoverMisappropriatedFund(ctx: RuleContext, whatIsRecovered: string): void {
  const amount = ctx.requireAmount('lossFen', whatIsRecovered);
  ctx.add({ kind: '责令追回', mandatory: true, penalty: false, amountFen: amount, paragraph: 1 });
  const gains = ctx.amount('illegalGainsFen') ?? 0;
  if (gains > 0) ctx.add({ kind: '没收违法所得', mandatory: true, penalty: true, amountFen: gains, paragraph: 1 });
  else ctx.reason('未认定违法所得：不没收违法所得');
  ctx.add({
    kind: '处分',
    mandatory: true,
    penalty: false,
    target: '直接负责的主管人员和其他直接责任人员',
    authority: '任免机关或者监察机关（依法给予处分，移送）',
    paragraph: 1,
  });
}
