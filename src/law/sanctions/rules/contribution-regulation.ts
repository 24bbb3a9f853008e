// 社会保险费征缴暂行条例（国务院令第259号，2019修订）第五章 罚则.
import { rational, formatYuan, multiplyFen, roundingText } from '../../money.js';
import { parameter, rateParam } from '../parameters.js';
import { defineRule } from '../rule.js';
import { daysBetween } from '../../calendar/dates.js';

const S = '社会保险费征缴暂行条例';

// 第二十三条 缴费单位未按照规定办理社会保险登记、变更登记或者注销登记，或者未按照规定申报应缴纳的
// 社会保险费数额的，由劳动保障行政部门责令限期改正；情节严重的，对直接负责的主管人员和其他直接责任
// 人员可以处1000元以上5000元以下的罚款；情节特别严重的，对直接负责的主管人员和其他直接责任人员可以
// 处5000元以上10000元以下的罚款。
export const P23_SERIOUS = parameter({
  id: '征缴条例.23.1.情节严重罚款',
  statute: S,
  article: 23,
  paragraph: 1,
  phrase: '可以处1000元以上5000元以下的罚款',
  value: { kind: 'fen', min: 100_000, max: 500_000 },
});
export const P23_VERY_SERIOUS = parameter({
  id: '征缴条例.23.1.情节特别严重罚款',
  statute: S,
  article: 23,
  paragraph: 1,
  phrase: '可以处5000元以上10000元以下的罚款',
  value: { kind: 'fen', min: 500_000, max: 1_000_000 },
});

export const rule23 = defineRule({
  statute: S,
  article: 23,
  parties: ['用人单位'],
  conduct: '缴费单位未按规定办理社会保险登记、变更或注销登记，或未按规定申报应缴费数额',
  parameters: [P23_SERIOUS, P23_VERY_SERIOUS],
  apply(ctx) {
    ctx.add({ kind: '责令限期改正', mandatory: true, penalty: false, paragraph: 1 });
    // 情节特别严重 is the exception to 情节严重: the two ranges never apply together.
    if (ctx.has('情节特别严重')) {
      ctx.fineByAmount({ paragraph: 1, param: P23_VERY_SERIOUS, target: '直接负责的主管人员和其他直接责任人员', mandatory: false });
      ctx.reason('情节特别严重：可以对直接责任人员处5000元以上10000元以下罚款');
    } else if (ctx.has('情节严重')) {
      ctx.fineByAmount({ paragraph: 1, param: P23_SERIOUS, target: '直接负责的主管人员和其他直接责任人员', mandatory: false });
      ctx.reason('情节严重：可以对直接责任人员处1000元以上5000元以下罚款');
    } else {
      ctx.reason('未认定情节严重：仅责令限期改正');
    }
  },
});

// 第二十四条 缴费单位违反有关财务、会计、统计的法律、行政法规和国家有关规定，伪造、变造、故意毁灭
// 有关账册、材料，或者不设账册，致使社会保险费缴费基数无法确定的，除依照有关法律、行政法规的规定给予
// 行政处罚、纪律处分、刑事处罚外，依照本条例第十条的规定征缴；迟延缴纳的，由劳动保障行政部门或者税务
// 机关依照本条例第十三条的规定决定加收滞纳金，并对直接负责的主管人员和其他直接责任人员处5000元以上
// 20000元以下的罚款。
// 第十三条 缴费单位未按规定缴纳和代扣代缴社会保险费的，由劳动保障行政部门或者税务机关责令限期缴纳；
// 逾期仍不缴纳的，除补缴欠缴数额外，从欠缴之日起，按日加收2‰的滞纳金。滞纳金并入社会保险基金。
export const P24_FINE = parameter({
  id: '征缴条例.24.1.责任人员罚款',
  statute: S,
  article: 24,
  paragraph: 1,
  phrase: '处5000元以上20000元以下的罚款',
  value: { kind: 'fen', min: 500_000, max: 2_000_000 },
});
export const P13_LATE_RATE = parameter({
  id: '征缴条例.13.1.滞纳金日比率',
  statute: S,
  article: 13,
  paragraph: 1,
  phrase: '按日加收2‰的滞纳金',
  value: { kind: 'rate', value: rational(2, 1000) },
});

export const rule24 = defineRule({
  statute: S,
  article: 24,
  parties: ['用人单位'],
  conduct: '缴费单位伪造、变造、故意毁灭账册材料或不设账册，致使缴费基数无法确定',
  parameters: [P24_FINE, P13_LATE_RATE],
  apply(ctx) {
    ctx.add({
      kind: '依照规定征缴',
      mandatory: true,
      penalty: false,
      paragraph: 1,
      condition: '依照本条例第十条的规定征缴（按上年缴费数额的110%等方式确定）',
    });
    if (!ctx.has('迟延缴纳')) {
      ctx.reason('未认定“迟延缴纳”：依照第十条征缴，本条罚款不适用（其他法律、行政法规的处罚另行适用）');
      return;
    }
    const rate = rateParam(P13_LATE_RATE);
    const unpaid = ctx.amount('unpaidFen');
    const since = ctx.facts.unpaidSince;
    const until = ctx.asOf;
    if (unpaid !== undefined && since && until && until >= since) {
      const days = daysBetween(since, until) + 1;
      const late = multiplyFen(unpaid * days, rate, 'half-up');
      ctx.add({
        kind: '滞纳金',
        mandatory: true,
        penalty: false,
        amountFen: late.fen,
        paragraph: 1,
        computation: `依第十三条：${formatYuan(unpaid)} × 2‰ × ${days} 日（${since} 至 ${until}，含欠缴当日）= ${formatYuan(late.fen)}`,
        rounding: late.rounded ? roundingText('half-up') : '无需舍入（结果为整分）',
        parameters: [P13_LATE_RATE.id],
      });
    } else {
      ctx.add({
        kind: '滞纳金',
        mandatory: true,
        penalty: false,
        paragraph: 1,
        computation: '依第十三条从欠缴之日起按日加收2‰（需 amounts.unpaidFen、unpaidSince 和计算日 onDate 才能算出金额）',
        parameters: [P13_LATE_RATE.id],
      });
    }
    ctx.fineByAmount({ paragraph: 1, param: P24_FINE, target: '直接负责的主管人员和其他直接责任人员' });
    ctx.reason('迟延缴纳：加收滞纳金并对直接责任人员处罚款');
  },
});

export const CONTRIBUTION_REGULATION_RULES = [rule23, rule24];
