// 中华人民共和国基本医疗卫生与健康促进法（2019）第九章 法律责任: 第一百零三条 (药品采购投标) and
// 第一百零四条 (骗取基本医疗保险待遇或基金支出: 依照社会保险的法律、行政法规处罚).
import { rational, formatYuan, multiplyFen } from '../../money.js';
import { parameter, multipleParam } from '../parameters.js';
import { defineRule, type Redirect } from '../rule.js';
import { loadCorpus } from '../../corpus.js';

const S = '基本医疗卫生与健康促进法';

// 第一百零三条 违反本法规定，参加药品采购投标的投标人以低于成本的报价竞标，或者以欺诈、串通投标、
// 滥用市场支配地位等方式竞标的，由县级以上人民政府医疗保障主管部门责令改正，没收违法所得；中标的，
// 中标无效，处中标项目金额千分之五以上千分之十以下的罚款，对法定代表人、主要负责人、直接负责的主管
// 人员和其他责任人员处对单位罚款数额百分之五以上百分之十以下的罚款；情节严重的，取消其二年至五年内
// 参加药品采购投标的资格并予以公告。
export const P103_UNIT = parameter({
  id: '基本医疗卫生与健康促进法.103.1.单位罚款比例',
  statute: S,
  article: 103,
  paragraph: 1,
  phrase: '处中标项目金额千分之五以上千分之十以下的罚款',
  value: { kind: 'multiple', min: rational(5, 1000), max: rational(10, 1000) },
});
export const P103_PERSONS = parameter({
  id: '基本医疗卫生与健康促进法.103.1.个人罚款比例',
  statute: S,
  article: 103,
  paragraph: 1,
  phrase: '处对单位罚款数额百分之五以上百分之十以下的罚款',
  value: { kind: 'multiple', min: rational(5, 100), max: rational(10, 100) },
});
export const P103_BAN = parameter({
  id: '基本医疗卫生与健康促进法.103.1.取消投标资格年限',
  statute: S,
  article: 103,
  paragraph: 1,
  phrase: '取消其二年至五年内参加药品采购投标的资格',
  value: { kind: 'years', min: 2, max: 5 },
});

export const rule103 = defineRule({
  statute: S,
  article: 103,
  parties: ['投标人'],
  conduct: '药品采购投标人以低于成本报价或以欺诈、串通投标、滥用市场支配地位等方式竞标',
  parameters: [P103_UNIT, P103_PERSONS, P103_BAN],
  apply(ctx) {
    ctx.add({ kind: '责令改正', mandatory: true, penalty: false, paragraph: 1 });
    const gains = ctx.amount('illegalGainsFen');
    ctx.add({
      kind: '没收违法所得',
      mandatory: true,
      penalty: true,
      paragraph: 1,
      ...(gains !== undefined ? { amountFen: gains } : { condition: '有违法所得的（金额待查明：amounts.illegalGainsFen）' }),
    });
    if (ctx.has('中标')) {
      const bid = ctx.requireAmount('bidFen', '中标的，按中标项目金额计算对单位的罚款');
      ctx.add({ kind: '中标无效', mandatory: true, penalty: false, paragraph: 1 });
      const unit = ctx.fineByMultiple({ paragraph: 1, param: P103_UNIT, baseFen: bid, baseLabel: '中标项目金额', target: '单位' });
      const decided = ctx.amount('unitFineFen');
      if (decided !== undefined) {
        if (decided < unit.minFen! || decided > unit.maxFen!) {
          ctx.warnings.push(`对单位的罚款数额 ${formatYuan(decided)} 不在法定幅度 ${formatYuan(unit.minFen!)}～${formatYuan(unit.maxFen!)} 内`);
        }
        ctx.fineByMultiple({
          paragraph: 1,
          param: P103_PERSONS,
          baseFen: decided,
          baseLabel: '对单位罚款数额',
          target: '法定代表人、主要负责人、直接负责的主管人员和其他责任人员',
        });
      } else {
        // Without the unit's fine, the widest range the persons' fine can take: 5% of the
        // unit's minimum to 10% of its maximum (stated so; narrowed once the unit's fine is set).
        const { min, max } = multipleParam(P103_PERSONS);
        const lo = multiplyFen(unit.minFen!, min, 'up');
        const hi = multiplyFen(unit.maxFen!, max, 'down');
        ctx.add({
          kind: '罚款',
          mandatory: true,
          penalty: true,
          minFen: lo.fen,
          maxFen: hi.fen,
          target: '法定代表人、主要负责人、直接负责的主管人员和其他责任人员',
          paragraph: 1,
          computation: `对单位罚款数额的百分之五至百分之十；单位罚款未定，取单位最低额 ${formatYuan(unit.minFen!)} 的5% 至最高额 ${formatYuan(unit.maxFen!)} 的10%；单位罚款确定后（amounts.unitFineFen）按其数额重算`,
          rounding: lo.rounded || hi.rounded ? '下限向上取整到分、上限向下取整到分' : '无需舍入（结果为整分）',
          parameters: [P103_PERSONS.id],
        });
      }
    } else {
      ctx.reason('未中标：不发生中标无效和罚款');
    }
    if (ctx.has('情节严重')) {
      ctx.years({ paragraph: 1, param: P103_BAN, kind: '取消投标资格' });
      ctx.add({ kind: '公告', mandatory: true, penalty: false, paragraph: 1, condition: '取消投标资格并予以公告' });
      ctx.reason('情节严重：取消二年至五年内参加药品采购投标的资格并予以公告');
    }
  },
});

// 第一百零四条 违反本法规定，以欺诈、伪造证明材料或者其他手段骗取基本医疗保险待遇，或者基本医疗
// 保险经办机构以及医疗机构、药品经营单位等以欺诈、伪造证明材料或者其他手段骗取基本医疗保险基金
// 支出的，由县级以上人民政府医疗保障主管部门依照有关社会保险的法律、行政法规规定给予行政处罚。
// It sets no measure of its own: the case goes to the social-insurance rule for the party
// in force at the time of the act — 条例 37/40/41 from 2021-05-01 (its commencement,
// 第五十条), before that 社会保险法 87/88. The conduct it names (以欺诈、伪造证明材料或者其他手段
// 骗取) is the fraud: under 条例 41 ② it is the purpose of defrauding, not a fact to prove again.
const MEDICAL_FUND_REGULATION = '医疗保障基金使用监督管理条例';

/** The social-insurance article for a fraud under 104, by party, at the date of the act. */
export function socialInsuranceFraudArticle(party: string, actDate: string | undefined): Redirect | undefined {
  const why = '第一百零四条规定依照有关社会保险的法律、行政法规给予行政处罚';
  const regulationFrom = loadCorpus().statute(MEDICAL_FUND_REGULATION)?.inForceFrom;
  const regulation = !actDate || !regulationFrom || actDate >= regulationFrom;
  const until = regulationFrom ? `（《医疗保障基金使用监督管理条例》自${regulationFrom}起施行，行为发生于${actDate}）` : '';
  switch (party) {
    case '参保个人':
      return regulation
        ? { to: `${MEDICAL_FUND_REGULATION}:41`, reason: `${why}：个人骗取，适用《医疗保障基金使用监督管理条例》第四十一条；第一百零四条所称“以欺诈、伪造证明材料或者其他手段骗取”即第四十一条第二款的骗取行为`, implies: ['以骗取为目的'] }
        : { to: '社会保险法:88', reason: `${why}：行为时《条例》尚未施行${until}，个人骗取适用《社会保险法》第八十八条` };
    case '定点医疗机构':
    case '定点零售药店':
      return regulation
        ? { to: `${MEDICAL_FUND_REGULATION}:40`, reason: `${why}：定点医药机构骗取，适用《医疗保障基金使用监督管理条例》第四十条` }
        : { to: '社会保险法:87', reason: `${why}：行为时《条例》尚未施行${until}，医疗机构、药品经营单位骗取适用《社会保险法》第八十七条` };
    case '医疗保障经办机构':
      return regulation
        ? { to: `${MEDICAL_FUND_REGULATION}:37`, reason: `${why}：经办机构骗取，适用《医疗保障基金使用监督管理条例》第三十七条` }
        : { to: '社会保险法:87', reason: `${why}：行为时《条例》尚未施行${until}，经办机构骗取适用《社会保险法》第八十七条` };
    case '用人单位':
      return { to: '社会保险法:88', reason: `${why}：骗取社会保险待遇，适用《社会保险法》第八十八条` };
    default:
      return undefined;
  }
}

export const rule104 = defineRule({
  statute: S,
  article: 104,
  parties: ['参保个人', '定点医疗机构', '定点零售药店', '医疗保障经办机构', '用人单位'],
  conduct: '骗取基本医疗保险待遇或者基本医疗保险基金支出（依照社会保险法律、行政法规处罚）',
  parameters: [],
  redirectOnly: true,
  redirect(facts, when) {
    return socialInsuranceFraudArticle(facts.party, when.actDate);
  },
  // Before 2020-06-01 (第一百一十条) the 社会保险法 applied directly.
  before(facts, when) {
    const r = socialInsuranceFraudArticle(facts.party, when.actDate);
    return r && { ...r, reason: `行为时《基本医疗卫生与健康促进法》尚未施行：${r.reason.replace(/^第一百零四条规定依照有关社会保险的法律、行政法规给予行政处罚：/, '')}` };
  },
  apply() {
    /* always redirected */
  },
});

export const BASIC_HEALTHCARE_LAW_RULES = [rule103, rule104];
