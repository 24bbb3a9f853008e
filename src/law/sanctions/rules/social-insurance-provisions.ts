// 实施《中华人民共和国社会保险法》若干规定（人力资源社会保障部令第13号，2011-07-01施行）第六章 法律责任:
// the articles the seeds cite. The seed 000 quotes 第二十五条 and 第二十六条 in a wording that
// differs from the official text (data/law); the rules follow the official text and the
// catalog lint reports the difference.
import { rational } from '../../money.js';
import { parameter } from '../parameters.js';
import { defineRule } from '../rule.js';
import { DESIGNATED_INSTITUTIONS } from '../types.js';

const S = '实施《中华人民共和国社会保险法》若干规定';

// 第二十五条 医疗机构、药品经营单位等社会保险服务机构以欺诈、伪造证明材料或者其他手段骗取社会保险基金
// 支出的，由社会保险行政部门责令退回骗取的社会保险金，处骗取金额二倍以上五倍以下的罚款。对与社会保险
// 经办机构签订服务协议的医疗机构、药品经营单位，由社会保险经办机构按照协议追究责任，情节严重的，可以
// 解除与其签订的服务协议。对有执业资格的直接负责的主管人员和其他直接责任人员，由社会保险行政部门建议
// 授予其执业资格的有关主管部门依法吊销其执业资格。
export const PP25_FINE = parameter({
  id: '若干规定.25.1.罚款倍数',
  statute: S,
  article: 25,
  paragraph: 1,
  phrase: '处骗取金额二倍以上五倍以下的罚款',
  value: { kind: 'multiple', min: rational(2), max: rational(5) },
});

export const ruleProvisions25 = defineRule({
  statute: S,
  article: 25,
  parties: DESIGNATED_INSTITUTIONS,
  conduct: '医疗机构、药品经营单位等服务机构骗取社会保险基金支出',
  parameters: [PP25_FINE],
  apply(ctx) {
    const defrauded = ctx.requireAmount('defraudedFen', '若干规定第二十五条按骗取金额责令退回并计算罚款');
    ctx.add({ kind: '责令退回', mandatory: true, penalty: false, amountFen: defrauded, paragraph: 1 });
    ctx.fineByMultiple({ paragraph: 1, param: PP25_FINE, baseFen: defrauded, baseLabel: '骗取金额', target: '单位' });
    if (ctx.has('情节严重')) {
      ctx.add({ kind: '解除服务协议', mandatory: false, penalty: false, paragraph: 1, authority: '医疗保障经办机构（按照服务协议追究责任）' });
      ctx.reason('情节严重：经办机构可以按照服务协议解除协议');
    }
    ctx.add({
      kind: '吊销执业资格',
      mandatory: true,
      penalty: true,
      target: '直接负责的主管人员和其他直接责任人员',
      authority: '授予其执业资格的有关主管部门（本部门建议吊销，移送）',
      ...(ctx.has('有执业资格') ? {} : { condition: '有执业资格的' }),
      paragraph: 1,
    });
  },
});

// 第二十六条 社会保险经办机构、社会保险费征收机构、社会保险基金投资运营机构、开设社会保险基金专户的
// 机构和专户管理银行及其工作人员有下列违法情形的，由社会保险行政部门按照社会保险法第九十一条的规定查处：
// （一）……（六）……  No measure of its own: the case goes to 社会保险法 第九十一条.
export const ruleProvisions26 = defineRule({
  statute: S,
  article: 26,
  redirectOnly: true,
  parties: ['医疗保障经办机构', '医疗保障行政部门', '定点医疗机构', '定点零售药店', '用人单位', '参保个人', '投标人'],
  conduct: '经办、征收、投资运营、专户机构违规征缴入账、挤占挪用社会保险基金等（按社会保险法第九十一条查处）',
  parameters: [],
  redirect() {
    return { to: '社会保险法:91', reason: '若干规定第二十六条：按照社会保险法第九十一条的规定查处' };
  },
  apply() {
    /* always redirected */
  },
});

export const SOCIAL_INSURANCE_PROVISIONS_RULES = [ruleProvisions25, ruleProvisions26];
