// 社会救助暂行办法（国务院令第649号，2019修订）第十二章 法律责任.
import { rational } from '../../money.js';
import { parameter } from '../parameters.js';
import { defineRule } from '../rule.js';

const S = '社会救助暂行办法';

// 第六十八条 采取虚报、隐瞒、伪造等手段，骗取社会救助资金、物资或者服务的，由有关部门决定停止社会
// 救助，责令退回非法获取的救助资金、物资，可以处非法获取的救助款额或者物资价值1倍以上3倍以下的罚款；
// 构成违反治安管理行为的，依法给予治安管理处罚。
export const P68_FINE = parameter({
  id: '社会救助暂行办法.68.1.罚款倍数',
  statute: S,
  article: 68,
  paragraph: 1,
  phrase: '可以处非法获取的救助款额或者物资价值1倍以上3倍以下的罚款',
  value: { kind: 'multiple', min: rational(1), max: rational(3) },
});

export const rule68 = defineRule({
  statute: S,
  article: 68,
  parties: ['参保个人'],
  conduct: '采取虚报、隐瞒、伪造等手段骗取社会救助（医疗救助）资金、物资或者服务',
  parameters: [P68_FINE],
  apply(ctx) {
    const obtained = ctx.requireAmount('defraudedFen', '第六十八条按非法获取的救助款额或者物资价值责令退回并计算罚款');
    ctx.add({ kind: '停止社会救助', mandatory: true, penalty: false, paragraph: 1 });
    ctx.add({ kind: '责令退回', mandatory: true, penalty: false, amountFen: obtained, paragraph: 1 });
    ctx.fineByMultiple({
      paragraph: 1,
      param: P68_FINE,
      baseFen: obtained,
      baseLabel: '非法获取的救助款额',
      target: '当事人',
      mandatory: false,
    });
    ctx.reason('罚款为“可以处”：是否处罚款由行政机关裁量');
  },
});

export const SOCIAL_ASSISTANCE_RULES = [rule68];
