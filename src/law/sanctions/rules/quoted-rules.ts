// Rules on articles whose full text we lack (data/law/MISSING.tsv) and know only from a
// seed catalog's quote (data/law/quoted/*.json, with the seed file and line). Every
// measure they produce is marked restsOnQuote.
import { rational } from '../../money.js';
import { parameter } from '../parameters.js';
import { defineRule } from '../rule.js';
import { DESIGNATED_INSTITUTIONS } from '../types.js';

const AUDIT = '社会保险稽核办法';

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

const INNER_MONGOLIA = '内蒙古自治区城镇基本医疗保险条例';

// 内蒙古自治区城镇基本医疗保险条例 第五十四条（据 data/catalogs/003_119a4ff0c2874498.txt 第15行引文）定点医疗机构、
// 定点零售药店以欺诈、伪造证明材料或者其他手段骗取医疗保险基金的，由医疗保险行政部门责令退回骗取的医疗保险金，
// 处以骗取金额二倍以上五倍以下的罚款。
export const PIM54_FINE = parameter({
  id: '内蒙古条例.54.1.罚款倍数',
  statute: INNER_MONGOLIA,
  article: 54,
  paragraph: 1,
  phrase: '处以骗取金额二倍以上五倍以下的罚款',
  value: { kind: 'multiple', min: rational(2), max: rational(5) },
});

export const ruleInnerMongolia54 = defineRule({
  statute: INNER_MONGOLIA,
  article: 54,
  restsOnQuote: true,
  parties: DESIGNATED_INSTITUTIONS,
  conduct: '定点医疗机构、定点零售药店骗取医疗保险基金（内蒙古）',
  parameters: [PIM54_FINE],
  apply(ctx) {
    const defrauded = ctx.requireAmount('defraudedFen', '内蒙古条例第五十四条按骗取金额责令退回并计算罚款');
    ctx.add({ kind: '责令退回', mandatory: true, penalty: false, amountFen: defrauded, paragraph: 1 });
    ctx.fineByMultiple({ paragraph: 1, param: PIM54_FINE, baseFen: defrauded, baseLabel: '骗取金额', target: '单位' });
  },
});

// 内蒙古自治区城镇基本医疗保险条例 第五十五条（据 data/catalogs/003_119a4ff0c2874498.txt 第12行引文）用人单位未为其
// 职工参加职工基本医疗保险的，由医疗保险行政部门责令限期参保；逾期不参保的，对用人单位处应缴基本医疗保险费数额
// 一倍以上三倍以下的罚款，对其直接负责的主管人员和其他直接责任人员处500元以上3000元以下的罚款。
export const PIM55_UNIT = parameter({
  id: '内蒙古条例.55.1.单位罚款倍数',
  statute: INNER_MONGOLIA,
  article: 55,
  paragraph: 1,
  phrase: '处应缴基本医疗保险费数额一倍以上三倍以下的罚款',
  value: { kind: 'multiple', min: rational(1), max: rational(3) },
});
export const PIM55_PERSONS = parameter({
  id: '内蒙古条例.55.1.责任人员罚款',
  statute: INNER_MONGOLIA,
  article: 55,
  paragraph: 1,
  phrase: '处500元以上3000元以下的罚款',
  value: { kind: 'fen', min: 50_000, max: 300_000 },
});

export const ruleInnerMongolia55 = defineRule({
  statute: INNER_MONGOLIA,
  article: 55,
  restsOnQuote: true,
  parties: ['用人单位'],
  conduct: '用人单位未为职工参加职工基本医疗保险（内蒙古）',
  parameters: [PIM55_UNIT, PIM55_PERSONS],
  apply(ctx) {
    ctx.add({ kind: '责令限期改正', mandatory: true, penalty: false, paragraph: 1, condition: '责令限期参保' });
    if (!ctx.has('逾期不改正')) {
      ctx.reason('未认定逾期不参保（flags 中的“逾期不改正”）：仅责令限期参保');
      return;
    }
    const due = ctx.requireAmount('unpaidFen', '内蒙古条例第五十五条按应缴基本医疗保险费数额计算对用人单位的罚款');
    ctx.fineByMultiple({ paragraph: 1, param: PIM55_UNIT, baseFen: due, baseLabel: '应缴基本医疗保险费数额', target: '单位' });
    ctx.fineByAmount({ paragraph: 1, param: PIM55_PERSONS, target: '直接负责的主管人员和其他直接责任人员' });
  },
});

const INSPECTION = '社会保险费征缴监督检查办法';

// 社会保险费征缴监督检查办法 第十二条（据 data/catalogs/003_119a4ff0c2874498.txt 第12行引文）缴费单位有下列行为之一，
// 情节严重的，对直接负责的主管人员和其他直接责任人员处以1000元以上5000元以下的罚款；情节特别严重的，对直接负责的
// 主管人员和其他直接责任人员处以5000元以上10000元以下的罚款：（一）未按规定办理社会保险登记的；……（三）未按规定
// 申报应当缴纳社会保险费数额的。
export const PI12_SERIOUS = parameter({
  id: '征缴监督检查办法.12.1.情节严重罚款',
  statute: INSPECTION,
  article: 12,
  paragraph: 1,
  phrase: '处以1000元以上5000元以下的罚款',
  value: { kind: 'fen', min: 100_000, max: 500_000 },
});
export const PI12_VERY_SERIOUS = parameter({
  id: '征缴监督检查办法.12.1.情节特别严重罚款',
  statute: INSPECTION,
  article: 12,
  paragraph: 1,
  phrase: '处以5000元以上10000元以下的罚款',
  value: { kind: 'fen', min: 500_000, max: 1_000_000 },
});

export const ruleInspection12 = defineRule({
  statute: INSPECTION,
  article: 12,
  restsOnQuote: true,
  parties: ['用人单位'],
  conduct: '缴费单位未按规定办理社会保险登记、变更注销登记或申报缴费数额，情节严重',
  parameters: [PI12_SERIOUS, PI12_VERY_SERIOUS],
  apply(ctx) {
    // Unlike 征缴条例 第二十三条 the fines here are 处以 (shall), not 可以处.
    if (ctx.has('情节特别严重')) {
      ctx.fineByAmount({ paragraph: 1, param: PI12_VERY_SERIOUS, target: '直接负责的主管人员和其他直接责任人员' });
      ctx.reason('情节特别严重：对直接责任人员处5000元以上10000元以下罚款');
    } else if (ctx.has('情节严重')) {
      ctx.fineByAmount({ paragraph: 1, param: PI12_SERIOUS, target: '直接负责的主管人员和其他直接责任人员' });
      ctx.reason('情节严重：对直接责任人员处1000元以上5000元以下罚款');
    } else {
      ctx.reason('未认定情节严重：本条不处罚款（责令改正依征缴条例第二十三条）');
    }
  },
});

export const QUOTED_RULES = [ruleAudit12, ruleInnerMongolia54, ruleInnerMongolia55, ruleInspection12];
