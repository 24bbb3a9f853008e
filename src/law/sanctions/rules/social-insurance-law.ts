// 中华人民共和国社会保险法（2018修正）第十一章 法律责任, the articles the seeds cite.
import { rational, formatYuan, multiplyFen, roundingText } from '../../money.js';
import { parameter, rateParam } from '../parameters.js';
import { defineRule } from '../rule.js';
import { recoverMisappropriatedFund } from './common.js';
import { daysBetween } from '../../calendar/dates.js';

const S = '社会保险法';

// 第八十四条 用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正；逾期不改正的，对用人
// 单位处应缴社会保险费数额一倍以上三倍以下的罚款，对其直接负责的主管人员和其他直接责任人员处
// 五百元以上三千元以下的罚款。
export const P84_UNIT = parameter({
  id: '社会保险法.84.1.单位罚款倍数',
  statute: S,
  article: 84,
  paragraph: 1,
  phrase: '处应缴社会保险费数额一倍以上三倍以下的罚款',
  value: { kind: 'multiple', min: rational(1), max: rational(3) },
});
export const P84_PERSONS = parameter({
  id: '社会保险法.84.1.责任人员罚款',
  statute: S,
  article: 84,
  paragraph: 1,
  phrase: '处五百元以上三千元以下的罚款',
  value: { kind: 'fen', min: 50_000, max: 300_000 },
});

export const rule84 = defineRule({
  statute: S,
  article: 84,
  parties: ['用人单位'],
  conduct: '用人单位不办理社会保险登记',
  parameters: [P84_UNIT, P84_PERSONS],
  apply(ctx) {
    ctx.add({ kind: '责令限期改正', mandatory: true, penalty: false, paragraph: 1 });
    if (!ctx.has('逾期不改正')) {
      ctx.reason('未认定“逾期不改正”：仅责令限期改正，不处罚款');
      return;
    }
    ctx.reason('责令限期改正后逾期不改正：对用人单位及其直接责任人员处罚款');
    const due = ctx.requireAmount('unpaidFen', '第八十四条按应缴社会保险费数额计算对用人单位的罚款');
    ctx.fineByMultiple({ paragraph: 1, param: P84_UNIT, baseFen: due, baseLabel: '应缴社会保险费数额', target: '单位' });
    ctx.fineByAmount({ paragraph: 1, param: P84_PERSONS, target: '直接负责的主管人员和其他直接责任人员' });
  },
});

// 第八十六条 用人单位未按时足额缴纳社会保险费的，由社会保险费征收机构责令限期缴纳或者补足，并自
// 欠缴之日起，按日加收万分之五的滞纳金；逾期仍不缴纳的，由有关行政部门处欠缴数额一倍以上三倍以下
// 的罚款。
export const P86_LATE_RATE = parameter({
  id: '社会保险法.86.1.滞纳金日比率',
  statute: S,
  article: 86,
  paragraph: 1,
  phrase: '按日加收万分之五的滞纳金',
  value: { kind: 'rate', value: rational(5, 10000) },
});
export const P86_FINE = parameter({
  id: '社会保险法.86.1.罚款倍数',
  statute: S,
  article: 86,
  paragraph: 1,
  phrase: '处欠缴数额一倍以上三倍以下的罚款',
  value: { kind: 'multiple', min: rational(1), max: rational(3) },
});

export const rule86 = defineRule({
  statute: S,
  article: 86,
  parties: ['用人单位'],
  conduct: '用人单位未按时足额缴纳社会保险费',
  parameters: [P86_LATE_RATE, P86_FINE],
  apply(ctx) {
    const unpaid = ctx.requireAmount('unpaidFen', '第八十六条责令限期缴纳或者补足欠缴数额，并按欠缴数额计算滞纳金和罚款');
    ctx.add({ kind: '责令限期缴纳', mandatory: true, penalty: false, amountFen: unpaid, paragraph: 1, authority: '社会保险费征收机构' });
    const rate = rateParam(P86_LATE_RATE);
    const since = ctx.facts.unpaidSince;
    const until = ctx.asOf;
    if (since && until && until >= since) {
      // 自欠缴之日起按日加收: the day of arrears counts, so days = until − since + 1.
      const days = daysBetween(since, until) + 1;
      const late = multiplyFen(unpaid * days, rate, 'half-up');
      ctx.add({
        kind: '滞纳金',
        mandatory: true,
        penalty: false,
        amountFen: late.fen,
        paragraph: 1,
        authority: '社会保险费征收机构',
        computation: `${formatYuan(unpaid)} × 万分之五 × ${days} 日（${since} 至 ${until}，含欠缴当日）= ${formatYuan(late.fen)}，计至计算日；实际计至缴清之日`,
        rounding: late.rounded ? roundingText('half-up') : '无需舍入（结果为整分）',
        parameters: [P86_LATE_RATE.id],
      });
    } else {
      ctx.add({
        kind: '滞纳金',
        mandatory: true,
        penalty: false,
        paragraph: 1,
        authority: '社会保险费征收机构',
        computation: '自欠缴之日起按日加收欠缴数额的万分之五（未给出欠缴之日 unpaidSince 或计算日 onDate，金额待计算）',
        parameters: [P86_LATE_RATE.id],
      });
    }
    if (ctx.has('逾期仍不缴纳')) {
      ctx.reason('责令限期缴纳后逾期仍不缴纳：处欠缴数额一倍以上三倍以下罚款');
      ctx.fineByMultiple({ paragraph: 1, param: P86_FINE, baseFen: unpaid, baseLabel: '欠缴数额', target: '单位' });
    } else {
      ctx.reason('未认定“逾期仍不缴纳”：责令限期缴纳并加收滞纳金，不处罚款');
    }
  },
});

// 第八十七条 社会保险经办机构以及医疗机构、药品经营单位等社会保险服务机构以欺诈、伪造证明材料或者
// 其他手段骗取社会保险基金支出的，由社会保险行政部门责令退回骗取的社会保险金，处骗取金额二倍以上
// 五倍以下的罚款；属于社会保险服务机构的，解除服务协议；直接负责的主管人员和其他直接责任人员有执业
// 资格的，依法吊销其执业资格。
export const P87_FINE = parameter({
  id: '社会保险法.87.1.罚款倍数',
  statute: S,
  article: 87,
  paragraph: 1,
  phrase: '处骗取金额二倍以上五倍以下的罚款',
  value: { kind: 'multiple', min: rational(2), max: rational(5) },
});

export const rule87 = defineRule({
  statute: S,
  article: 87,
  parties: ['医疗保障经办机构', '定点医疗机构', '定点零售药店'],
  conduct: '经办机构或医疗机构、药品经营单位等服务机构骗取社会保险基金支出',
  parameters: [P87_FINE],
  apply(ctx) {
    const defrauded = ctx.requireAmount('defraudedFen', '第八十七条按骗取金额责令退回并计算罚款');
    ctx.add({ kind: '责令退回', mandatory: true, penalty: false, amountFen: defrauded, paragraph: 1 });
    ctx.fineByMultiple({ paragraph: 1, param: P87_FINE, baseFen: defrauded, baseLabel: '骗取金额', target: '单位' });
    if (ctx.facts.party !== '医疗保障经办机构') {
      ctx.add({
        kind: '解除服务协议',
        mandatory: true,
        penalty: false,
        authority: '医疗保障经办机构（依服务协议）',
        paragraph: 1,
      });
      ctx.reason('当事人属于社会保险服务机构：解除服务协议');
    }
    ctx.add({
      kind: '吊销执业资格',
      mandatory: true,
      penalty: true,
      target: '直接负责的主管人员和其他直接责任人员',
      authority: '有关主管部门（移送）',
      ...(ctx.has('有执业资格') ? {} : { condition: '直接负责的主管人员和其他直接责任人员有执业资格的' }),
      paragraph: 1,
    });
  },
});

// 第八十八条 以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的，由社会保险行政部门责令退回骗取的
// 社会保险金，处骗取金额二倍以上五倍以下的罚款。
export const P88_FINE = parameter({
  id: '社会保险法.88.1.罚款倍数',
  statute: S,
  article: 88,
  paragraph: 1,
  phrase: '处骗取金额二倍以上五倍以下的罚款',
  value: { kind: 'multiple', min: rational(2), max: rational(5) },
});

export const rule88 = defineRule({
  statute: S,
  article: 88,
  parties: ['参保个人', '用人单位'],
  conduct: '以欺诈、伪造证明材料或者其他手段骗取社会保险待遇',
  parameters: [P88_FINE],
  apply(ctx) {
    const defrauded = ctx.requireAmount('defraudedFen', '第八十八条按骗取金额责令退回并计算罚款');
    ctx.add({ kind: '责令退回', mandatory: true, penalty: false, amountFen: defrauded, paragraph: 1 });
    ctx.fineByMultiple({
      paragraph: 1,
      param: P88_FINE,
      baseFen: defrauded,
      baseLabel: '骗取金额',
      target: ctx.facts.party === '参保个人' ? '当事人' : '单位',
    });
  },
});

// 第九十一条 违反本法规定，隐匿、转移、侵占、挪用社会保险基金或者违规投资运营的，由社会保险行政
// 部门、财政部门、审计机关责令追回；有违法所得的，没收违法所得；对直接负责的主管人员和其他直接
// 责任人员依法给予处分。
export const rule91 = defineRule({
  statute: S,
  article: 91,
  parties: ['医疗保障经办机构', '医疗保障行政部门', '定点医疗机构', '定点零售药店', '用人单位', '参保个人', '投标人'],
  conduct: '隐匿、转移、侵占、挪用社会保险基金或者违规投资运营',
  parameters: [],
  apply(ctx) {
    recoverMisappropriatedFund(ctx, '第九十一条责令追回被隐匿、转移、侵占、挪用的基金（以 amounts.lossFen 计）');
  },
});

export const SOCIAL_INSURANCE_LAW_RULES = [rule84, rule86, rule87, rule88, rule91];
