// Sample inputs of every document kind for a made-up case of any bureau (the quoted articles
// are checked against the statutes by documents.test.ts). A case of bureau B names only B:
// its issuer, 文号 prefixes, 复议机关 and court come from B's configuration.
import {
  docNumberPrefixOf,
  formatDocNumber,
  issuerFor,
  lateFeeRule,
  loadBureaus,
  priorNoticeRights,
  remedyFor,
  statutoryPeriod,
  type BureauConfig,
  type DocumentInputs,
  type DocumentKind,
  type LegalArticle,
  type Officer,
  type Party,
  type PartyMeasuresInput,
} from '../index.js';

export const BUREAUS = loadBureaus().bureaus;
export const YANGQUAN = BUREAUS.find((b) => b.code === '140300')!;

/** Where the sample's quotes come from, for the check against the statutes. */
export const STATUTE_FILE: Record<string, string> = {
  医疗保障基金使用监督管理条例: '医疗保障基金使用监督管理条例-2021.md',
  中华人民共和国行政处罚法: '行政处罚法-2021.md',
  中华人民共和国社会保险法: '社会保险法-2018.md',
  医疗保障行政处罚程序暂行规定: '医疗保障行政处罚程序暂行规定-2021.md',
  中华人民共和国行政强制法: '行政强制法-2011.md',
  中华人民共和国行政复议法: '行政复议法-2023.md',
  中华人民共和国行政诉讼法: '行政诉讼法-2017.md',
};

export const art15: LegalArticle = {
  law: '医疗保障基金使用监督管理条例',
  article: '第十五条第一款',
  text: '定点医药机构及其工作人员应当执行实名就医和购药管理规定，核验参保人员医疗保障凭证，按照诊疗规范提供合理、必要的医药服务，向参保人员如实出具费用单据和相关资料，不得分解住院、挂床住院',
};
export const art38: LegalArticle = {
  law: '医疗保障基金使用监督管理条例',
  article: '第三十八条',
  text: '定点医药机构有下列情形之一的，由医疗保障行政部门责令改正，并可以约谈有关负责人；造成医疗保障基金损失的，责令退回，处造成损失金额1倍以上2倍以下的罚款；拒不改正或者造成严重后果的，责令定点医药机构暂停相关责任部门6个月以上1年以下涉及医疗保障基金使用的医药服务；违反其他法律、行政法规的，由有关主管部门依法处理：',
  items: [{ number: 1, text: '分解住院、挂床住院' }],
};
export const art40: LegalArticle = {
  law: '医疗保障基金使用监督管理条例',
  article: '第四十条第一款',
  text: '定点医药机构通过下列方式骗取医疗保障基金支出的，由医疗保障行政部门责令退回，处骗取金额2倍以上5倍以下的罚款；责令定点医药机构暂停相关责任部门6个月以上1年以下涉及医疗保障基金使用的医药服务，直至由医疗保障经办机构解除服务协议；有执业资格的，由有关主管部门依法吊销执业资格：',
  items: [{ number: 3, text: '虚构医药服务项目' }],
};
export const art39: LegalArticle = {
  law: '医疗保障基金使用监督管理条例',
  article: '第三十九条',
  text: '定点医药机构有下列情形之一的，由医疗保障行政部门责令改正，并可以约谈有关负责人；拒不改正的，处1万元以上5万元以下的罚款；违反其他法律、行政法规的，由有关主管部门依法处理：',
  items: [{ number: 2, text: '未按照规定保管财务账目、会计凭证、处方、病历、治疗检查记录、费用明细、药品和医用耗材出入库记录等资料' }],
};
export const art27: LegalArticle = {
  law: '医疗保障基金使用监督管理条例',
  article: '第二十七条',
  text: '医疗保障行政部门实施监督检查，可以采取下列措施：',
  items: [{ number: 5, text: '对可能被转移、隐匿或者灭失的资料等予以封存' }],
};
export const art25: LegalArticle = {
  law: '医疗保障基金使用监督管理条例',
  article: '第二十五条',
  text: '医疗保障行政部门应当根据医疗保障基金风险评估、举报投诉线索、医疗保障数据监控等因素，确定检查重点，组织开展专项检查',
};
export const rule29: LegalArticle = {
  law: '医疗保障行政处罚程序暂行规定',
  article: '第二十九条第一款',
  text: '医疗保障行政部门对可能被转移、隐匿或者灭失的资料，无法以先行登记保存措施加以证据保全，采取封存措施；采取或者解除封存措施的，应当经医疗保障行政部门负责人批准',
};
export const art56: LegalArticle = {
  law: '中华人民共和国行政处罚法',
  article: '第五十六条',
  text: '行政机关在收集证据时，可以采取抽样取证的方法；在证据可能灭失或者以后难以取得的情况下，经行政机关负责人批准，可以先行登记保存，并应当在七日内及时作出处理决定，在此期间，当事人或者有关人员不得销毁或者转移证据',
};
export const art28: LegalArticle = { law: '中华人民共和国行政处罚法', article: '第二十八条第一款', text: '行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为' };
export const art33: LegalArticle = {
  law: '中华人民共和国行政处罚法',
  article: '第三十三条第一款',
  text: '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚',
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
export const ssl84: LegalArticle = {
  law: '中华人民共和国社会保险法',
  article: '第八十四条',
  text: '用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正；逾期不改正的，对用人单位处应缴社会保险费数额一倍以上三倍以下的罚款，对其直接负责的主管人员和其他直接责任人员处五百元以上三千元以下的罚款',
};
export const ssl54: LegalArticle = {
  law: '中华人民共和国社会保险法',
  article: '第五十四条第一款',
  text: '用人单位已经缴纳生育保险费的，其职工享受生育保险待遇；职工未就业配偶按照国家规定享受生育医疗费用待遇。所需资金从生育保险基金中支付',
};
export const ssl57: LegalArticle = { law: '中华人民共和国社会保险法', article: '第五十七条', text: '用人单位应当自成立之日起三十日内凭营业执照、登记证书或者单位印章，向当地社会保险经办机构申请办理社会保险登记' };
export const art13: LegalArticle = {
  law: '医疗保障基金使用监督管理条例',
  article: '第十三条第一款',
  text: '定点医药机构违反服务协议的，医疗保障经办机构可以督促其履行服务协议，按照服务协议约定暂停或者不予拨付费用、追回违规费用、中止相关责任人员或者所在部门涉及医疗保障基金使用的医药服务，直至解除服务协议；定点医药机构及其相关责任人员有权进行陈述、申辩。',
};
export const agreementDispute: LegalArticle = {
  law: '医疗机构医疗保障定点管理暂行办法',
  article: '第四十六条',
  text: '医疗机构与统筹地区经办机构就医保协议签订、履行、变更和解除发生争议的，可以自行协商解决或者请求同级医疗保障行政部门协调处理，也可以依法提起行政复议或行政诉讼。',
};
export const art35: LegalArticle = { law: '医疗保障基金使用监督管理条例', article: '第三十五条第二款', text: '对查证属实的举报，按照国家有关规定给予举报人奖励' };

/** Every quoted article of the samples, for the check against the statutes. */
export const quotedArticles: LegalArticle[] = [art15, art38, art40, art39, art27, art25, rule29, art56, art28, art33, ...art64, ssl84, ssl54, ssl57, art35];

export const LOSS_FEN = 2469134;
export const UNIT_FINE_FEN = 2000000;
export const PERSON_FINE_FEN = 50000;

/** A place of the bureau's own jurisdiction (no other bureau's name in a sample). */
function placeOf(b: BureauConfig): string {
  return b.path.split('/').join('');
}

export function partyOf(b: BureauConfig): Party {
  return {
    name: `${b.path.split('/').pop()}某某医院有限公司`,
    type: '法人',
    category: '定点医疗机构',
    idNumber: '91140300MA0XXXXX1A',
    address: `${placeOf(b)}某某路1号`,
    legalRepresentative: { name: '王某某', title: '法定代表人' },
    phone: '0353-1234567',
  };
}

export const person: Party = { name: '赵某某', type: '公民', idNumber: '140302198001011234', address: '某某小区3号楼2单元101室', gender: '男' };

export const officers: Officer[] = [
  { name: '张执法', certificateNo: '14030020260001' },
  { name: '李检查', certificateNo: '14030020260002' },
];

const contact = { person: '张执法', phone: '0353-7654321' };
const caseName = (b: BureauConfig) => `${partyOf(b).name}涉嫌分解住院骗取医疗保障基金案`;

const evidence = [
  { name: '住院病历复印件', quantity: '12份', description: '刘某某等12名参保人员的住院病历' },
  { name: '医保结算明细', quantity: '36页' },
  {
    name: '询问笔录',
    description: '孙某某的陈述',
    quantity: '1份',
    files: [{ fileName: '询问笔录-孙某某.pdf', sha256: '7fb4c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8' }],
  },
];

const facts =
  '当事人在2026年1月至6月间，对12名参保人员在病情未发生变化的情况下办理出院后再次入院，分解住院36人次，并将相关费用申报医疗保障基金结算。';

export function decisionParties(b: BureauConfig): PartyMeasuresInput[] {
  return [
    {
      party: partyOf(b),
      orders: [{ kind: '责令改正', text: '分解住院的违法行为' }, { kind: '责令退回', amountFen: LOSS_FEN }],
      penalties: [{ kind: '罚款', amountFen: LOSS_FEN }],
    },
  ];
}

function docNo(b: BureauConfig, kind: DocumentKind, seq = 12): string {
  return formatDocNumber(docNumberPrefixOf(b, kind), 2026, seq);
}

/** All samples of a bureau; decisions dated `decisionDate` (default 2026-11-23). */
export function samples(b: BureauConfig = YANGQUAN, decisionDate = '2026-11-23'): DocumentInputs {
  const issuer = (k: DocumentKind) => issuerFor(b, k);
  const remedy = remedyFor(b, decisionDate);
  const party = partyOf(b);
  const name = caseName(b);
  const approval = (signer: string, opinion: string, date: string) => ({ opinion, signer, date });
  const formBase = {
    caseNumber: docNo(b, '立案审批表'),
    caseName: name,
    parties: [party],
    filingDate: '2026-09-01',
    officers,
  };
  return {
    立案审批表: {
      bureau: issuer('立案审批表'),
      docNumber: docNo(b, '立案审批表'),
      caseName: name,
      source: '智能监控',
      sourceDate: '2026-08-20',
      parties: [party],
      briefFacts: '智能监控系统提示当事人2026年1月至6月间存在同一参保人员短期内多次出入院的情形，经初步核查，涉嫌分解住院。',
      articles: [art15, art38],
      officers,
      officerOpinion: { opinion: '当事人涉嫌违反《医疗保障基金使用监督管理条例》第十五条的规定，建议立案调查。', date: '2026-09-01' },
      departmentApproval: approval('赵科长', '同意立案。', '2026-09-01'),
      headApproval: approval('钱局长', '同意立案，由张执法、李检查承办。', '2026-09-01'),
    },
    不予立案通知书: {
      bureau: issuer('不予立案通知书'),
      docNumber: docNo(b, '不予立案通知书', 3),
      recipient: '孙某某',
      matter: '你反映的某某药店串换药品的举报材料',
      receivedDate: '2026-08-03',
      findings: '被举报的药店已于2025年12月注销，举报所涉行为发生在外省',
      unmetStandards: [1, 3],
      contact,
      date: '2026-08-20',
    },
    询问笔录: {
      bureau: issuer('询问笔录'),
      caseName: name,
      start: '2026-09-10T09:30:00+08:00',
      end: '2026-09-10T10:45:00+08:00',
      place: `${b.name}第三会议室`,
      inquirers: officers,
      recorder: '李检查',
      interviewee: {
        name: '孙某某',
        gender: '男',
        age: 46,
        idNumber: '140302198001011234',
        employer: party.name,
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
    现场检查笔录: {
      bureau: issuer('现场检查笔录'),
      subject: party,
      caseName: name,
      start: '2026-09-08T14:00:00+08:00',
      end: '2026-09-08T16:20:00+08:00',
      place: `${party.address}住院部`,
      inspectors: officers,
      recorder: '李检查',
      present: { name: '孙某某', relation: '医务科科长', phone: '13900000000' },
      findings: ['住院部在院病人42人，与医保系统在院记录一致', '抽查12份住院病历，其中5份存在同日出院再入院的记录'],
      measures: ['对抽查的病历拍照', '复制2026年1月至6月出入院登记表'],
      partyOpinion: '对检查情况无异议。',
    },
    检查通知书: {
      bureau: issuer('检查通知书'),
      docNumber: docNo(b, '检查通知书', 5),
      party,
      inspectionKind: '医疗保障基金使用专项检查',
      basis: [art25],
      scope: '2026年1月至6月医疗保障基金使用情况',
      startDate: '2026-09-08',
      endDate: '2026-09-12',
      inspectors: officers,
      materials: ['住院病历及出入院登记表', '医保结算明细', '财务账目和收费票据'],
      contact,
      date: '2026-09-04',
    },
    责令改正通知书: {
      bureau: issuer('责令改正通知书'),
      docNumber: docNo(b, '责令改正通知书', 6),
      party,
      facts: '当事人未按照规定保管2026年1月至6月的住院病历和费用明细，部分资料缺失',
      violated: [art39],
      basis: [art39, art28],
      orders: [{ kind: '责令限期改正', text: '资料保管的违法行为', deadline: '2026-10-15' }],
      consequence: { text: '依法处罚款', basis: art39 },
      remedy,
      contact,
      date: '2026-09-15',
    },
    先行登记保存证据通知书: {
      bureau: issuer('先行登记保存证据通知书'),
      docNumber: docNo(b, '先行登记保存证据通知书', 3),
      party,
      caseName: name,
      articles: [art56],
      items: [
        { name: '住院病历（刘某某等12人）', specification: '纸质', quantity: '12份' },
        { name: '住院收费明细', specification: '纸质，加盖公章', quantity: '36页', note: '2026年1月至6月' },
      ],
      storagePlace: '当事人病案室',
      storageMethod: '就地保存',
      period: statutoryPeriod('evidencePreservation'),
      startDate: '2026-09-10',
      officers,
      approvedBy: '钱局长',
      date: '2026-09-10',
      contact,
    },
    封存决定书: {
      bureau: issuer('封存决定书'),
      docNumber: docNo(b, '封存决定书', 2),
      party,
      caseName: name,
      reason: '相关住院病历和收费资料可能被转移、隐匿或者灭失',
      basis: [art27, rule29],
      items: [{ name: '住院病历（刘某某等12人）', specification: '纸质', quantity: '12份' }],
      storagePlace: `${b.name}证据保管室`,
      period: statutoryPeriod('sealing'),
      startDate: '2026-09-10',
      endDate: '2026-10-10',
      officers,
      approval: {
        kind: '情况紧急当场实施',
        takenAt: '2026-09-10T10:30:00+08:00',
        reportedAt: '2026-09-10T11:00:00+08:00',
        approvedBy: '钱局长',
        approvedAt: '2026-09-10T16:30:00+08:00',
      },
      remedy: remedyFor(b, '2026-09-10'),
      contact,
      date: '2026-09-10',
    },
    封存延期通知书: {
      bureau: issuer('封存延期通知书'),
      docNumber: docNo(b, '封存延期通知书', 1),
      party,
      caseName: name,
      sealing: { docNumber: docNo(b, '封存决定书', 2), date: '2026-09-10', endDate: '2026-10-10' },
      extension: statutoryPeriod('sealingExtension'),
      newEndDate: '2026-11-09',
      reason: '涉及12名参保人员36人次住院，需逐份比对病历和结算数据，情况复杂',
      approvedBy: '钱局长',
      approvedDate: '2026-10-08',
      remedy: remedyFor(b, '2026-10-08'),
      contact,
      date: '2026-10-08',
    },
    解除封存通知书: {
      bureau: issuer('解除封存通知书'),
      docNumber: docNo(b, '解除封存通知书', 1),
      party,
      caseName: name,
      sealing: { docNumber: docNo(b, '封存决定书', 2), date: '2026-09-10' },
      grounds: [3],
      explanation: '病历已复制并经当事人确认',
      items: [{ name: '住院病历（刘某某等12人）', specification: '纸质', quantity: '12份' }],
      approvedBy: '钱局长',
      contact,
      date: '2026-11-05',
    },
    暂停结算决定书: {
      bureau: issuer('暂停结算决定书'),
      docNumber: docNo(b, '暂停结算决定书', 1),
      target: '定点医药机构',
      party,
      caseName: name,
      facts,
      nonCooperation: '拒不提供2026年1月至6月的住院病历和收费明细，拒绝相关人员接受询问',
      approvedBy: '钱局长',
      approvedDate: '2026-09-14',
      agency: `${b.path.split('/').pop()}医疗保障事务中心`,
      startDate: '2026-09-15',
      remedy: remedyFor(b, '2026-09-14'),
      contact,
      date: '2026-09-14',
    },
    恢复结算通知书: {
      bureau: issuer('恢复结算通知书'),
      docNumber: docNo(b, '恢复结算通知书', 1),
      target: '定点医药机构',
      party,
      caseName: name,
      suspension: { docNumber: docNo(b, '暂停结算决定书', 1), date: '2026-09-14' },
      reason: '已配合调查',
      explanation: '已提供全部住院病历和收费明细',
      agency: `${b.path.split('/').pop()}医疗保障事务中心`,
      resumeDate: '2026-09-25',
      contact,
      date: '2026-09-24',
    },
    行政处罚事先告知书: {
      bureau: issuer('行政处罚事先告知书'),
      docNumber: docNo(b, '行政处罚事先告知书'),
      caseName: name,
      filingDate: '2026-09-01',
      parties: decisionParties(b),
      facts,
      fundLossFen: LOSS_FEN,
      evidence,
      violated: [art15],
      basis: [art38],
      discretion: { level: '从轻', reasons: ['当事人系初次违法', '积极配合调查并主动退回部分违规费用'], standard: '本省医疗保障行政处罚裁量基准' },
      rights: priorNoticeRights({ value: 5, unit: '工作日', basis: { law: `${b.name}行政执法文书规范`, article: '（本局确定的期限）' } }, true),
      contact,
      date: '2026-10-20',
    },
    听证通知书: {
      bureau: issuer('听证通知书'),
      docNumber: docNo(b, '听证通知书', 2),
      party,
      caseName: name,
      requestDate: '2026-10-22',
      hearingTime: '2026-11-05T09:00:00+08:00',
      hearingPlace: `${b.name}听证室`,
      publicHearing: true,
      host: '周法制',
      hearingOfficers: ['吴听证'],
      recorder: '郑记录',
      articles: art64,
      contact,
      date: '2026-10-26',
    },
    听证笔录: {
      bureau: issuer('听证笔录'),
      caseName: name,
      start: '2026-11-05T09:00:00+08:00',
      end: '2026-11-05T11:10:00+08:00',
      place: `${b.name}听证室`,
      publicHearing: true,
      host: '周法制',
      hearingOfficers: ['吴听证'],
      recorder: '郑记录',
      party,
      attendees: [
        { name: '王某某', role: '法定代表人' },
        { name: '钱律师', role: '委托代理人', employer: '某某律师事务所' },
      ],
      investigators: officers,
      recusal: { asked: false },
      proceedings: [
        { speaker: '张执法', role: '调查人员', text: '当事人分解住院36人次，造成医疗保障基金损失24,691.34元，建议责令退回并处罚款。' },
        { speaker: '钱律师', role: '委托代理人', text: '对事实无异议，系个别科室所为，医院已整改，请求从轻处罚。' },
      ],
      finalStatement: '请求从轻处罚。',
    },
    听证报告: {
      bureau: issuer('听证报告'),
      caseName: name,
      party,
      hearing: { date: '2026-11-05', place: `${b.name}听证室`, publicHearing: true, host: '周法制', hearingOfficers: ['吴听证'], recorder: '郑记录' },
      investigatorsCase: '当事人分解住院36人次，造成医疗保障基金损失24,691.34元，建议责令退回并处造成损失金额一倍的罚款',
      partyCase: '对事实和证据无异议，认为系个别科室所为，已完成整改，请求从轻处罚',
      issues: [{ issue: '是否应当从轻处罚', view: '当事人初次违法且已整改，可以在法定幅度内从轻' }],
      recommendation: '建议维持拟作出的处罚，罚款按造成损失金额一倍计算',
      date: '2026-11-06',
    },
    集体讨论记录: {
      bureau: issuer('集体讨论记录'),
      caseName: name,
      caseNumber: docNo(b, '立案审批表'),
      start: '2026-11-16T15:00:00+08:00',
      end: '2026-11-16T16:00:00+08:00',
      place: `${b.name}第一会议室`,
      host: { name: '钱局长', title: '局长' },
      attendees: [
        { name: '孙副局长', title: '副局长' },
        { name: '李副局长', title: '副局长' },
      ],
      nonVoting: [{ name: '张执法', role: '承办人' }],
      recorder: '郑记录',
      briefing: { by: '张执法', text: '当事人分解住院36人次，造成医疗保障基金损失24,691.34元，拟责令退回并处罚款' },
      legalReview: '事实清楚，证据确凿，适用依据正确，程序合法，同意',
      opinions: [
        { name: '钱局长', opinion: '同意承办人意见' },
        { name: '孙副局长', opinion: '同意' },
        { name: '李副局长', opinion: '建议罚款按损失金额一点五倍计算' },
      ],
      conclusion: '按多数意见，责令退回并处造成损失金额一倍的罚款',
    },
    行政处罚决定书: {
      bureau: issuer('行政处罚决定书'),
      docNumber: docNo(b, '行政处罚决定书'),
      caseName: name,
      filingDate: '2026-09-01',
      parties: decisionParties(b),
      priorNotice: { docNumber: docNo(b, '行政处罚事先告知书'), date: '2026-10-20' },
      statement: {
        made: true,
        summary: '分解住院系个别科室所为，医院已开展整改',
        review: '当事人作为定点医药机构，应当对本机构医药服务行为承担责任，其整改情况已在裁量中考虑',
        adopted: '部分采纳',
      },
      hearing: { date: '2026-11-05', summary: '当事人对违法事实无异议，请求从轻处罚。' },
      facts,
      fundLossFen: LOSS_FEN,
      evidence: [...evidence, { name: '听证笔录', quantity: '1份' }],
      violated: [art15],
      basis: [art38],
      discretion: { level: '从轻', reasons: ['当事人系初次违法', '积极配合调查并已完成整改'], standard: '本省医疗保障行政处罚裁量基准' },
      payment: {
        period: statutoryPeriod('finePayment'),
        method: '凭本决定书到指定银行或者通过电子支付系统缴纳',
        lateFee: lateFeeRule(),
      },
      remedy,
      collectiveDiscussionDate: '2026-11-16',
      date: decisionDate,
    },
    不予行政处罚决定书: {
      bureau: issuer('不予行政处罚决定书'),
      docNumber: docNo(b, '不予行政处罚决定书', 4),
      caseName: `${party.name}涉嫌未按照规定保管病历资料案`,
      filingDate: '2026-09-01',
      parties: [{ party, orders: [{ kind: '责令改正', text: '资料保管的违法行为' }] }],
      facts: '当事人2026年3月的4份住院病历未按规定归档，已于立案后三日内补齐，未造成医疗保障基金损失',
      evidence: evidence.slice(0, 2),
      violated: [],
      orderBasis: [art28],
      ground: art33,
      groundReasons: ['当事人系初次违法', '危害后果轻微并已及时改正'],
      education: { form: '约谈', content: '讲解医疗保障基金使用管理规定，要求其建立病历资料定期核查制度', date: '2026-10-12' },
      remedy,
      date: decisionDate,
    },
    送达回证: {
      bureau: issuer('送达回证'),
      caseName: name,
      documents: [{ name: '行政处罚决定书', docNumber: docNo(b, '行政处罚决定书'), pages: 3 }],
      recipient: party.name,
      signer: { name: '孙某某', relation: '当事人的医务科科长，受委托代收' },
      method: '直接送达',
      place: party.address!,
      servedAt: '2026-11-24T10:00:00+08:00',
      servers: officers,
    },
    电子送达确认书: {
      bureau: issuer('电子送达确认书'),
      caseName: name,
      party,
      channels: [
        { channel: '电子邮件', address: 'yiwuke@example.com' },
        { channel: '手机短信', address: '13900000000' },
      ],
      scope: '本案的行政处罚决定书等执法文书',
      signer: { name: '王某某', capacity: '法定代表人' },
      date: '2026-09-10',
    },
    '分期（延期）缴纳罚款决定书': {
      bureau: issuer('分期（延期）缴纳罚款决定书'),
      docNumber: docNo(b, '分期（延期）缴纳罚款决定书', 1),
      party,
      caseName: name,
      decision: { docNumber: docNo(b, '行政处罚决定书'), date: decisionDate },
      mode: '分期',
      applicationDate: '2026-12-01',
      hardship: '医院流动资金紧张，无力一次缴清',
      fineFen: LOSS_FEN,
      paidFen: 469134,
      schedule: [
        { dueDate: '2027-01-15', amountFen: 1000000 },
        { dueDate: '2027-02-15', amountFen: 1000000 },
      ],
      approvedBy: '钱局长',
      date: '2026-12-04',
    },
    催告书: {
      bureau: issuer('催告书'),
      docNumber: docNo(b, '催告书', 1),
      party,
      caseName: name,
      decision: { docNumber: docNo(b, '行政处罚决定书'), date: decisionDate, servedDate: '2026-11-24', paymentDue: '2026-12-09' },
      owed: [
        { item: '罚款', dueFen: LOSS_FEN, paidFen: 469134 },
        { item: '责令退回', dueFen: LOSS_FEN },
      ],
      lateFee: { fromDate: '2026-12-10', asOfDate: '2027-05-26', days: 168, accruedFen: LOSS_FEN, ...lateFeeRule() },
      period: statutoryPeriod('demand'),
      contact,
      date: '2027-05-26',
    },
    强制执行申请书: {
      bureau: issuer('强制执行申请书'),
      docNumber: docNo(b, '强制执行申请书', 1),
      head: { name: '钱某某', title: '局长' },
      party,
      caseName: name,
      decision: { docNumber: docNo(b, '行政处罚决定书'), date: decisionDate, servedDate: '2026-11-24' },
      periodsEndedOn: '2027-05-24',
      periodsNote: '申请行政复议的期限于2027年1月25日届满，提起行政诉讼的期限于2027年5月24日届满',
      demand: { docNumber: docNo(b, '催告书', 1), date: '2027-05-26', servedDate: '2027-05-27', expiredOn: '2027-06-10' },
      partyOpinion: '被申请人收到催告书后未提出陈述、申辩意见',
      owed: [{ item: '罚款', dueFen: LOSS_FEN, paidFen: 469134 }],
      lateFee: { fromDate: '2026-12-10', asOfDate: '2027-06-15', days: 188, accruedFen: LOSS_FEN, ...lateFeeRule() },
      facts,
      basis: [art15, art38],
      materials: [
        { name: '行政处罚决定书及送达回证', pages: 5 },
        { name: '作出决定的事实、理由和依据（案件调查终结报告及主要证据）', pages: 40 },
        { name: '催告书及送达回证、当事人的意见', pages: 3 },
        { name: '申请强制执行标的情况说明', pages: 1 },
      ],
      contact,
      date: '2027-06-15',
    },
    移送函: {
      bureau: issuer('移送函'),
      docNumber: docNo(b, '移送函', 1),
      recipient: { name: `${b.path.split('/').pop()}卫生健康局`, kind: '卫生健康' },
      caseName: `${party.name}涉嫌虚构医药服务项目骗取医疗保障基金案`,
      party,
      persons: [{ name: '孙某某', position: '执业医师，医务科科长' }],
      facts: '当事人通过虚构医药服务项目骗取医疗保障基金支出86,000.00元，执业医师孙某某参与虚构诊疗记录',
      request: '处理孙某某的执业资格（吊销执业资格）',
      basis: [art40],
      materials: [
        { name: '行政处罚决定书复印件', quantity: '1份' },
        { name: '询问笔录复印件', quantity: '3份' },
        { name: '虚构诊疗记录的病历复印件', quantity: '18份' },
      ],
      evidence: evidence.slice(2),
      contact,
      date: '2026-12-01',
    },
    调查终结报告: {
      bureau: issuer('调查终结报告'),
      caseNumber: docNo(b, '立案审批表'),
      caseName: name,
      parties: [party],
      filingDate: '2026-09-01',
      course: [
        { date: '2026-09-08', text: '进入现场检查住院部，抽查12份住院病历' },
        { date: '2026-09-10', text: '询问当事人医务科科长孙某某' },
      ],
      evidence: ['询问笔录1份', '现场检查笔录1份', '住院病历复印件12份'],
      facts: '当事人于2026年1月至6月间将18名参保人员的住院分解为两次结算，造成医疗保障基金损失12,345.67元',
      violated: [art38],
      proposal: [
        { measure: '责令退回', range: '12,345.67元', mandatory: true, citation: '《医疗保障基金使用监督管理条例》第三十八条' },
        { measure: '罚款', range: '12,345.67元至24,691.34元', mandatory: true, citation: '《医疗保障基金使用监督管理条例》第三十八条' },
      ],
      discretion: ['当事人系初次违法，建议从轻'],
      procedure: ['罚款数额较大，应当进行法制审核'],
      officers,
      date: '2026-09-25',
    },
    法制审核意见书: {
      bureau: issuer('法制审核意见书'),
      caseNumber: docNo(b, '立案审批表'),
      caseName: name,
      parties: [party],
      filingDate: '2026-09-01',
      submittedBy: officers,
      submittedDate: '2026-09-25',
      facts: '当事人于2026年1月至6月间将18名参保人员的住院分解为两次结算，造成医疗保障基金损失12,345.67元',
      violated: [art38],
      proposal: [{ measure: '罚款', range: '12,345.67元至24,691.34元', mandatory: true, citation: '《医疗保障基金使用监督管理条例》第三十八条' }],
      conclusion: '同意',
      opinion: '事实清楚，证据确凿，定性准确，适用依据正确，程序合法，处理适当，同意承办人意见',
      reviewer: '周法制',
      date: '2026-09-28',
    },
    结案报告: {
      bureau: issuer('结案报告'),
      caseNumber: docNo(b, '立案审批表'),
      caseName: name,
      parties: [party],
      filingDate: '2026-09-01',
      decision: { title: '行政处罚决定书', docNumber: docNo(b, '行政处罚决定书'), date: decisionDate, parties: decisionParties(b) },
      execution: {
        outcome: '全部履行',
        lines: [
          { party: party.name, item: '罚款', dueFen: LOSS_FEN, paidFen: LOSS_FEN, payments: [{ date: '2026-12-01', amountFen: LOSS_FEN, receiptNo: 'FS2026120100123' }] },
          { party: party.name, item: '责令退回', dueFen: LOSS_FEN, paidFen: LOSS_FEN },
        ],
      },
      closingGround: { item: 1 },
      summary: '本案经立案、调查、法制审核、告知、听证、集体讨论后作出处罚决定，决定书已依法送达，当事人已按期履行。',
      officers,
      officerOpinion: { opinion: '建议结案。', date: '2026-12-02' },
      headApproval: approval('钱局长', '同意结案。', '2026-12-03'),
    },
    撤销立案审批表: {
      bureau: issuer('撤销立案审批表'),
      ...formBase,
      reason: '经调查，被举报的出入院记录系医保信息系统数据传输错误所致，当事人不存在分解住院行为',
      officerOpinion: { opinion: '建议撤销立案。', date: '2026-09-20' },
      headApproval: approval('钱局长', '同意撤销立案。', '2026-09-21'),
    },
    中止调查审批表: {
      bureau: issuer('中止调查审批表'),
      ...formBase,
      grounds: [4],
      explanation: '当事人法定代表人及主要负责人于2026年9月15日起下落不明，相关账册无法调取',
      officerOpinion: { opinion: '建议中止调查。', date: '2026-09-20' },
    },
    恢复调查审批表: {
      bureau: issuer('恢复调查审批表'),
      ...formBase,
      suspension: { date: '2026-09-21', grounds: [4] },
      explanation: '当事人法定代表人已于2026年10月8日到本局接受询问',
      officerOpinion: { opinion: '建议恢复调查。', date: '2026-10-09' },
    },
    终止调查审批表: {
      bureau: issuer('终止调查审批表'),
      ...formBase,
      grounds: [2],
      explanation: '本案涉嫌诈骗罪，已于2026年10月20日移送公安机关立案侦查',
      measuresReleased: `${docNo(b, '封存决定书', 2)}封存的住院病历已于2026年10月21日解除封存并退还`,
      officerOpinion: { opinion: '建议终止调查。', date: '2026-10-21' },
    },
    支付决定书: {
      bureau: issuer('支付决定书'),
      docNumber: docNo(b, '支付决定书', 8),
      applicant: { name: '刘某某', type: '公民', idNumber: '140302199001011234', address: `${placeOf(b)}某某街5号` },
      matter: '生育津贴',
      applicationDate: '2026-10-10',
      basis: [ssl54],
      lines: [{ item: '生育津贴（98天）', amountFen: 1568000 }],
      totalFen: 1568000,
      payee: { accountName: '刘某某', bankName: '某某银行某某支行', accountNo: '6222********1234' },
      payBy: '2026-11-10',
      remedy: remedyFor(b, '2026-10-20'),
      date: '2026-10-20',
    },
    不予支付决定书: {
      bureau: issuer('不予支付决定书'),
      docNumber: docNo(b, '不予支付决定书', 2),
      applicant: { name: '陈某某', type: '公民', idNumber: '140302199201011234', address: `${placeOf(b)}某某街7号` },
      matter: '医疗费用手工报销',
      applicationDate: '2026-10-10',
      reasons: ['申请报销的费用发生时申请人未参加基本医疗保险'],
      basis: [ssl54],
      remedy: remedyFor(b, '2026-10-25'),
      date: '2026-10-25',
    },
    确认凭证: {
      bureau: issuer('确认凭证'),
      docNumber: docNo(b, '确认凭证', 21),
      applicant: { name: '某某科技有限公司', type: '法人', category: '用人单位', idNumber: '91140300MA0YYYYY2B', address: `${placeOf(b)}某某路9号` },
      matter: '用人单位参加医疗（生育）保险登记',
      applicationDate: '2026-10-08',
      confirmed: [
        { label: '参保险种', value: '职工基本医疗保险、生育保险' },
        { label: '参保日期', value: '2026年10月' },
      ],
      validFrom: '2026-10-01',
      basis: [ssl57],
      date: '2026-10-09',
    },
    不予确认决定书: {
      bureau: issuer('不予确认决定书'),
      docNumber: docNo(b, '不予确认决定书', 1),
      applicant: { name: '某某商贸有限公司', type: '法人', category: '用人单位', idNumber: '91140300MA0ZZZZZ3C', address: `${placeOf(b)}某某路11号` },
      matter: '用人单位参加医疗（生育）保险登记',
      applicationDate: '2026-10-08',
      reasons: ['申请材料中的营业执照已被吊销'],
      basis: [ssl57],
      remedy: remedyFor(b, '2026-10-15'),
      date: '2026-10-15',
    },
    奖励决定书: {
      bureau: issuer('奖励决定书'),
      docNumber: docNo(b, '奖励决定书', 1),
      reporter: { name: '孙某某', type: '公民', idNumber: '140302198501011234', address: `${placeOf(b)}某某小区1号` },
      reportDate: '2026-08-03',
      verified: '定点医疗机构虚构医药服务项目问题，经本局调查，查证属实，已依法处理。',
      basis: [art35],
      amountFen: 200000,
      claim: { method: `持本人身份证件到${b.name}领取，或者提供本人银行账户由本局转账`, deadline: '2027-02-28' },
      contact,
      date: '2026-12-15',
    },
    协议处理决定书: {
      bureau: issuer('协议处理决定书'),
      docNumber: docNo(b, '协议处理决定书', 1),
      party: partyOf(b),
      caseName: `${partyOf(b).name}违反医疗保障服务协议案`,
      breach: '2026年1月至6月超标准收取床位费，涉及医保基金支出5,000.00元',
      clause: '第三十条',
      noticeDate: '2026-09-01',
      statement: { kind: '陈述申辩', text: '超标准收费系信息系统设置错误所致，已退还参保人员', review: '经复核，当事人所述属实，但不影响违约事实的认定', adopted: false },
      reason: '当事人超标准收费的事实清楚，证据确凿，服务协议对此约定了追回违规费用和违约金。',
      measures: [{ kind: '追回', amountFen: 500000 }, { kind: '违约金', amountFen: 100000 }],
      basis: [art13],
      dispute: agreementDispute,
      remedy: remedyFor(b, '2026-09-20'),
      contact,
      date: '2026-09-20',
    },
  };
}

export function sample<K extends DocumentKind>(kind: K, b: BureauConfig = YANGQUAN): DocumentInputs[K] {
  return structuredClone(samples(b)[kind]);
}
