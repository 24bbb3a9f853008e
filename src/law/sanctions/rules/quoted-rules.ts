// Rules on articles whose full text we lack (data/law/MISSING.tsv) and know only from a
// seed catalog's quote (data/law/quoted/*.json, with the seed file and line). Every
// measure they produce is marked restsOnQuote.
import { rational } from '../money.js';
import { parameter } from '../parameters.js';
import { defineRule } from '../rule.js';
import { DESIGNATED_INSTITUTIONS } from '../types.js';

const AUDIT = '社会保险稽核办法';
const PROVISIONS = '实施《中华人民共和国社会保险法》若干规定';

// 社会保险稽核办法 第十二条（据 data/catalogs/001_cc42e2149e1dc4a3.txt 第432行引文）社会保险经办机构
// 应当对参保个人领取社会保险待遇情况进行核查，发现社会保险待遇领取人丧失待遇领取资格后本人或他人继续
// 领取待遇或以其他形式骗取社会保险待遇的，社会保险经办机构应当立即停止待遇的支付并责令退还；拒不
// 退还的，由劳动保障行政部门依法处理，并可对其处以500元以上1000元以下罚款；构成犯罪的，由司法机关
// 依法追究刑事责任。
export const PA12_FINE = parameter({
  id: '稽核办法.12.1.罚款',
  statute: AUDIT,
  article: 12,
  paragraph: 1,
  phrase: '并可对其处以500元以上1000元以下罚款',
  value: { kind: 'fen', min: 50_000, max: 100_000 },
});

export const ruleAudit12 = defineRule({
  statute: AUDIT,
  article: 12,
  restsOnQuote: true,
  parties: ['参保个人'],
  conduct: '丧失待遇领取资格后继续领取或以其他形式骗取社会保险待遇',
  parameters: [PA12_FINE],
  apply(ctx) {
    const amount = ctx.requireAmount('defraudedFen', '稽核办法第十二条按多领、骗取的待遇金额责令退还');
    ctx.add({ kind: '停止待遇支付', mandatory: true, penalty: false, paragraph: 1, authority: '社会保险经办机构（医疗保障经办机构）' });
    ctx.add({ kind: '责令退回', mandatory: true, penalty: false, amountFen: amount, paragraph: 1, authority: '社会保险经办机构（医疗保障经办机构）' });
    if (ctx.has('拒不退还')) {
      ctx.fineByAmount({ paragraph: 1, param: PA12_FINE, target: '当事人', mandatory: false });
      ctx.reason('拒不退还：可以处500元以上1000元以下罚款（原文为劳动保障行政部门，医疗保险现由医疗保障行政部门）');
    } else {
      ctx.reason('未认定“拒不退还”：停止支付并责令退还，不处罚款');
    }
  },
});

// 实施《中华人民共和国社会保险法》若干规定 第二十五条（据 data/catalogs/000_650efb1eb094bc36.txt 第8行引文）
// 医疗机构、药品经营单位等社会保险服务机构以欺诈、伪造证明材料或者其他手段骗取社会保险基金支出的，
// 由社会保险行政部门责令退回，处骗取金额二倍以上五倍以下的罚款；情节严重的，可以解除与其签订的服务
// 协议。对有执业资格的直接负责的主管人员和其他直接责任人员，由社会保险行政部门建设授予其执业资格的
// 有关主管部门依法吊销其执业资格。
export const PP25_FINE = parameter({
  id: '若干规定.25.1.罚款倍数',
  statute: PROVISIONS,
  article: 25,
  paragraph: 1,
  phrase: '处骗取金额二倍以上五倍以下的罚款',
  value: { kind: 'multiple', min: rational(2), max: rational(5) },
});

export const ruleProvisions25 = defineRule({
  statute: PROVISIONS,
  article: 25,
  restsOnQuote: true,
  parties: DESIGNATED_INSTITUTIONS,
  conduct: '医疗机构、药品经营单位等服务机构骗取社会保险基金支出',
  parameters: [PP25_FINE],
  apply(ctx) {
    const defrauded = ctx.requireAmount('defraudedFen', '若干规定第二十五条按骗取金额责令退回并计算罚款');
    ctx.add({ kind: '责令退回', mandatory: true, penalty: false, amountFen: defrauded, paragraph: 1 });
    ctx.fineByMultiple({ paragraph: 1, param: PP25_FINE, baseFen: defrauded, baseLabel: '骗取金额', target: '单位' });
    if (ctx.has('情节严重')) {
      ctx.add({ kind: '解除服务协议', mandatory: false, penalty: false, paragraph: 1, authority: '医疗保障经办机构（依服务协议）' });
      ctx.reason('情节严重：可以解除服务协议');
    }
    ctx.add({
      kind: '吊销执业资格',
      mandatory: true,
      penalty: true,
      target: '直接负责的主管人员和其他直接责任人员',
      authority: '授予其执业资格的有关主管部门（建议吊销，移送）',
      ...(ctx.has('有执业资格') ? {} : { condition: '有执业资格的' }),
      paragraph: 1,
    });
  },
});

export const QUOTED_RULES = [ruleAudit12, ruleProvisions25];
