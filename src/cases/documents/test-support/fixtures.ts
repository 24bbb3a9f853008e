// Sample inputs for the document tests (a made-up case; the quoted articles are checked
// against data/law by documents.test.ts).
import { bureauFor, loadBureauConfig, loadStatutoryPeriods, statutoryRightsNotice } from '../config.js';
import type { DocumentInputs, DocumentKind, LegalArticle, Officer, Party } from '../types.js';

export const bureauConfig = loadBureauConfig('阳泉市医疗保障局');
const periods = loadStatutoryPeriods();

export const party: Party = {
  name: '阳泉市某某医院有限公司',
  type: '法人',
  idNumber: '91140300MA0XXXXX1A',
  address: '山西省阳泉市城区某某路1号',
  legalRepresentative: { name: '王某某', title: '法定代表人' },
  phone: '0353-1234567',
};

export const officers: Officer[] = [
  { name: '张执法', certificateNo: '14030020260001' },
  { name: '李检查', certificateNo: '14030020260002' },
];

export const art15: LegalArticle = {
  law: '医疗保障基金使用监督管理条例',
  article: '第十五条第一款',
  text: '定点医药机构及其工作人员应当执行实名就医和购药管理规定，核验参保人员医疗保障凭证，按照诊疗规范提供合理、必要的医药服务，向参保人员如实出具费用单据和相关资料，不得分解住院、挂床住院',
};
export const art38: LegalArticle = {
  law: '医疗保障基金使用监督管理条例',
  article: '第三十八条第（一）项',
  text: '定点医药机构有下列情形之一的，由医疗保障行政部门责令改正，并可以约谈有关负责人；造成医疗保障基金损失的，责令退回，处造成损失金额1倍以上2倍以下的罚款',
};
export const art27: LegalArticle = {
  law: '医疗保障基金使用监督管理条例',
  article: '第二十七条第（五）项',
  text: '对可能被转移、隐匿或者灭失的资料等予以封存',
};
export const art56: LegalArticle = {
  law: '中华人民共和国行政处罚法',
  article: '第五十六条',
  text: '行政机关在收集证据时，可以采取抽样取证的方法；在证据可能灭失或者以后难以取得的情况下，经行政机关负责人批准，可以先行登记保存，并应当在七日内及时作出处理决定，在此期间，当事人或者有关人员不得销毁或者转移证据',
};
export const art64: LegalArticle[] = [
  { law: '中华人民共和国行政处罚法', article: '第六十四条第（四）项', text: '当事人认为主持人与本案有直接利害关系的，有权申请回避' },
  { law: '中华人民共和国行政处罚法', article: '第六十四条第（五）项', text: '当事人可以亲自参加听证，也可以委托一至二人代理' },
  {
    law: '中华人民共和国行政处罚法',
    article: '第六十四条第（六）项',
    text: '当事人及其代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，行政机关终止听证',
  },
];

/** Every quoted article of the fixtures, for the check against data/law. */
export const quotedArticles: { file: string; article: LegalArticle }[] = [
  { file: '医疗保障基金使用监督管理条例-2021.md', article: art15 },
  { file: '医疗保障基金使用监督管理条例-2021.md', article: art38 },
  { file: '医疗保障基金使用监督管理条例-2021.md', article: art27 },
  { file: '行政处罚法-2021.md', article: art56 },
  ...art64.map((article) => ({ file: '行政处罚法-2021.md', article })),
];

const rights = statutoryRightsNotice(bureauConfig, { value: 5, unit: '工作日', basis: { law: '阳泉市医疗保障局行政执法文书规范', article: '（本局确定的期限）' } }, true);
const contact = { person: '张执法', phone: '0353-7654321' };
const caseName = '分解住院骗取医疗保障基金';

export const LOSS_FEN = 2469134;

export function sample<K extends DocumentKind>(kind: K): DocumentInputs[K] {
  const all: DocumentInputs = {
    立案审批表: {
      bureau: bureauFor(bureauConfig, '立案审批表'),
      docNumber: '阳医保立〔2026〕12号',
      caseName: `涉嫌${caseName}案`,
      source: '智能监控',
      sourceDate: '2026-08-20',
      party,
      briefFacts: '智能监控系统提示当事人2026年1月至6月间存在同一参保人员短期内多次出入院的情形，经初步核查，涉嫌分解住院。',
      articles: [art15, art38],
      officers,
      officerOpinion: { opinion: '当事人涉嫌违反《医疗保障基金使用监督管理条例》第十五条的规定，建议立案调查。', date: '2026-09-01' },
      departmentApproval: { opinion: '同意立案。', signer: '赵科长', date: '2026-09-01' },
      headApproval: { opinion: '同意立案，由张执法、李检查承办。', signer: '钱局长', date: '2026-09-01' },
    },
    询问笔录: {
      bureau: bureauFor(bureauConfig, '询问笔录'),
      caseName: `涉嫌${caseName}案`,
      start: '2026-09-10T09:30:00+08:00',
      end: '2026-09-10T10:45:00+08:00',
      place: '阳泉市医疗保障局第三会议室',
      inquirers: officers,
      recorder: '李检查',
      interviewee: {
        name: '孙某某',
        gender: '男',
        age: 46,
        idNumber: '140302198001011234',
        employer: '阳泉市某某医院有限公司',
        position: '医务科科长',
        phone: '13900000000',
        relation: '当事人的工作人员（受法定代表人委托）',
      },
      recusalAnswer: '看清楚了，我不申请回避。',
      qa: [
        { q: '请介绍一下你院2026年1月至6月住院病人的出入院管理情况。', a: '我院住院由医务科统一管理，出院后再次入院需经科室主任签字。' },
        { q: '参保人员刘某某在3月2日出院后于3月3日再次入院，病情是否发生变化？', a: '病情没有变化，是因为单次住院费用接近限额，科室让其办理出院后重新入院。' },
      ],
    },
    先行登记保存通知书: {
      bureau: bureauFor(bureauConfig, '先行登记保存通知书'),
      docNumber: '阳医保先保〔2026〕3号',
      party,
      caseName,
      articles: [art56],
      items: [
        { name: '住院病历（刘某某等12人）', specification: '纸质', quantity: '12份' },
        { name: '住院收费明细', specification: '纸质，加盖公章', quantity: '36页', note: '2026年1月至6月' },
      ],
      storagePlace: '当事人病案室',
      storageMethod: '就地保存',
      period: { value: periods.evidencePreservation.value, unit: periods.evidencePreservation.unit, basis: periods.evidencePreservation.basis },
      startDate: '2026-09-10',
      officers,
      approvedBy: '钱局长',
      date: '2026-09-10',
      contact,
    },
    封存通知书: {
      bureau: bureauFor(bureauConfig, '封存通知书'),
      docNumber: '阳医保封〔2026〕2号',
      party,
      caseName,
      reason: '相关住院病历和收费资料可能被转移、隐匿或者灭失',
      articles: [art27],
      items: [{ name: '住院病历（刘某某等12人）', specification: '纸质', quantity: '12份' }],
      storagePlace: '阳泉市医疗保障局证据保管室',
      period: { value: 30, unit: '日' },
      startDate: '2026-09-10',
      officers,
      emergency: {
        reportedAt: '2026-09-10T11:00:00+08:00',
        approvedBy: '钱局长',
        approvedAt: '2026-09-10T16:30:00+08:00',
        basis: { law: '医疗保障行政处罚程序暂行规定', article: '（情况紧急当场封存的报告和补办批准）' },
      },
      rights: { reconsideration: rights.reconsideration, litigation: rights.litigation },
      date: '2026-09-10',
      contact,
    },
    行政处罚事先告知书: {
      bureau: bureauFor(bureauConfig, '行政处罚事先告知书'),
      docNumber: '阳医保罚告〔2026〕12号',
      party,
      caseName,
      filingDate: '2026-09-01',
      facts: '当事人在2026年1月至6月间，对12名参保人员在病情未发生变化的情况下办理出院后再次入院，分解住院36人次，并将相关费用申报医疗保障基金结算。',
      fundLossFen: LOSS_FEN,
      evidence: [
        { name: '住院病历复印件', quantity: '12份' },
        { name: '医保结算明细', quantity: '36页' },
        { name: '询问笔录', description: '孙某某的陈述', quantity: '1份' },
      ],
      violated: [art15],
      basis: [art38],
      measures: { correction: '责令改正', refundFen: LOSS_FEN, fineFen: LOSS_FEN },
      discretion: {
        level: '从轻',
        reasons: ['当事人系初次违法', '积极配合调查并主动退回部分违规费用'],
        standard: '《山西省医疗保障行政处罚裁量基准》',
      },
      rights,
      contact,
      date: '2026-10-20',
    },
    听证通知书: {
      bureau: bureauFor(bureauConfig, '听证通知书'),
      docNumber: '阳医保听〔2026〕2号',
      party,
      caseName,
      requestDate: '2026-10-22',
      hearingTime: '2026-11-05T09:00:00+08:00',
      hearingPlace: '阳泉市医疗保障局听证室',
      publicHearing: true,
      host: '周法制',
      hearingOfficers: ['吴听证'],
      recorder: '郑记录',
      articles: art64,
      contact,
      date: '2026-10-26',
    },
    行政处罚决定书: {
      bureau: bureauFor(bureauConfig, '行政处罚决定书'),
      docNumber: '阳医保罚〔2026〕12号',
      party,
      caseName,
      filingDate: '2026-09-01',
      priorNotice: { docNumber: '阳医保罚告〔2026〕12号', date: '2026-10-20' },
      statement: {
        made: true,
        summary: '分解住院系个别科室所为，医院已开展整改。',
        review: '当事人作为定点医药机构，应当对本机构医药服务行为承担责任，其申辩意见不能成立，不予采纳；其整改情况已在裁量中考虑。',
      },
      hearing: { held: true, date: '2026-11-05', summary: '当事人对违法事实无异议，请求从轻处罚。' },
      facts: '当事人在2026年1月至6月间，对12名参保人员在病情未发生变化的情况下办理出院后再次入院，分解住院36人次，并将相关费用申报医疗保障基金结算。',
      fundLossFen: LOSS_FEN,
      evidence: [
        { name: '住院病历复印件', quantity: '12份' },
        { name: '医保结算明细', quantity: '36页' },
        { name: '询问笔录', description: '孙某某的陈述', quantity: '1份' },
        { name: '听证笔录', quantity: '1份' },
      ],
      violated: [art15],
      basis: [art38],
      discretion: { level: '从轻', reasons: ['当事人系初次违法', '积极配合调查并已完成整改'], standard: '《山西省医疗保障行政处罚裁量基准》' },
      measures: { correction: '责令改正', refundFen: LOSS_FEN, fineFen: LOSS_FEN },
      payment: {
        period: { value: periods.finePayment.value, unit: periods.finePayment.unit, basis: periods.finePayment.basis },
        method: '凭本决定书到指定银行或者通过电子支付系统缴纳',
        accountName: '阳泉市财政局',
        bankName: '中国工商银行阳泉分行',
        accountNo: '0504000000000000000',
        lateFee: { percentPerDay: periods.lateFee.percentPerDay, basis: periods.lateFee.basis },
      },
      rights: { reconsideration: rights.reconsideration, litigation: rights.litigation },
      collectiveDiscussionDate: '2026-11-16',
      date: '2026-11-23',
    },
    送达回证: {
      bureau: bureauFor(bureauConfig, '送达回证'),
      caseName: `涉嫌${caseName}案`,
      documents: [{ name: '行政处罚决定书', docNumber: '阳医保罚〔2026〕12号', pages: 3 }],
      recipient: party.name,
      signer: { name: '孙某某', relation: '当事人的医务科科长，受委托代收' },
      method: '直接送达',
      place: party.address,
      servedAt: '2026-11-24T10:00:00+08:00',
      servers: officers,
    },
    结案报告: {
      bureau: bureauFor(bureauConfig, '结案报告'),
      caseNumber: '阳医保立〔2026〕12号',
      caseName: `涉嫌${caseName}案`,
      party,
      filingDate: '2026-09-01',
      decision: { docNumber: '阳医保罚〔2026〕12号', date: '2026-11-23', measures: { correction: '责令改正', refundFen: LOSS_FEN, fineFen: LOSS_FEN } },
      execution: { finePaidFen: LOSS_FEN, refundPaidFen: LOSS_FEN, paidDate: '2026-12-01', summary: '当事人已全部履行。' },
      closingReason: '行政处罚决定已执行完毕。',
      summary: '本案经立案、调查、法制审核、告知、听证、集体讨论后作出处罚决定，决定书已依法送达，当事人已按期履行。',
      officers,
      officerOpinion: { opinion: '建议结案。', date: '2026-12-02' },
      headApproval: { opinion: '同意结案。', signer: '钱局长', date: '2026-12-03' },
    },
  };
  return structuredClone(all[kind]);
}
