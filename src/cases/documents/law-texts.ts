// The sentences of law the documents print as fixed text: each one a verbatim quote of the
// statute in data/law, with its
// article, paragraph (款) and item (项). law-texts.test.ts reads every quote back from the
// statute text at that exact place: change the text, the test fails.

export const 行政处罚法 = '中华人民共和国行政处罚法';
export const 行政强制法 = '中华人民共和国行政强制法';
export const 行政复议法 = '中华人民共和国行政复议法';
export const 行政诉讼法 = '中华人民共和国行政诉讼法';
export const 条例 = '医疗保障基金使用监督管理条例';
export const 程序规定 = '医疗保障行政处罚程序暂行规定';

/** A verbatim quote of one place in a statute. */
export interface LawText {
  law: string;
  /** 第X条[第Y款][第（Z）项] — where the quote is found */
  article: string;
  /** the statute file in data/law */
  file: string;
  /** verbatim; may be a part of the paragraph or item */
  text: string;
}

/** An enumeration: the lead sentence of a paragraph and its items, each verbatim. */
export interface LawList {
  law: string;
  /** 第X条[第Y款] */
  article: string;
  file: string;
  lead: string;
  /** item number (1-based) → its text without the closing ；/。 */
  items: Record<number, string>;
}

const 处罚法文件 = '行政处罚法-2021.md';
const 强制法文件 = '行政强制法-2011.md';
const 条例文件 = '医疗保障基金使用监督管理条例-2021.md';
const 程序规定文件 = '医疗保障行政处罚程序暂行规定-2021.md';

const text = (law: string, file: string, article: string, quote: string): LawText => ({ law, file, article, text: quote });

/** Fixed sentences, by what they are for. */
export const LAW = {
  // 行政处罚
  correctionDuty: text(行政处罚法, 处罚法文件, '第二十八条第一款', '行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为'),
  crimeTransfer: text(行政处罚法, 处罚法文件, '第二十七条第一款', '违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关，依法追究刑事责任'),
  education: text(行政处罚法, 处罚法文件, '第三十三条第三款', '对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育'),
  statementRight: text(行政处罚法, 处罚法文件, '第四十五条第一款', '当事人有权进行陈述和申辩'),
  noHeavierPenalty: text(行政处罚法, 处罚法文件, '第四十五条第二款', '行政机关不得因当事人陈述、申辩而给予更重的处罚'),
  showCertificate: text(行政处罚法, 处罚法文件, '第五十五条第一款', '执法人员在调查或者进行检查时，应当主动向当事人或者有关人员出示执法证件'),
  cooperate: text(行政处罚法, 处罚法文件, '第五十五条第二款', '当事人或者有关人员应当如实回答询问，并协助调查或者检查，不得拒绝或者阻挠'),
  electronicService: text(
    行政处罚法,
    处罚法文件,
    '第六十一条第二款',
    '当事人同意并签订确认书的，行政机关可以采用传真、电子邮件等方式，将行政处罚决定书等送达当事人',
  ),
  hearingRecord: text(
    行政处罚法,
    处罚法文件,
    '第六十四条第（八）项',
    '听证应当制作笔录。笔录应当交当事人或者其代理人核对无误后签字或者盖章。当事人或者其代理人拒绝签字或者盖章的，由听证主持人在笔录中注明',
  ),
  hearingDecision: text(行政处罚法, 处罚法文件, '第六十五条', '听证结束后，行政机关应当根据听证笔录，依照本法第五十七条的规定，作出决定'),
  installment: text(
    行政处罚法,
    处罚法文件,
    '第六十六条第二款',
    '当事人确有经济困难，需要延期或者分期缴纳罚款的，经当事人申请和行政机关批准，可以暂缓或者分期缴纳',
  ),
  installmentEnforcement: text(
    行政处罚法,
    处罚法文件,
    '第七十二条第二款',
    '行政机关批准延期、分期缴纳罚款的，申请人民法院强制执行的期限，自暂缓或者分期缴纳罚款期限结束之日起计算',
  ),
  notSuspendedByAppeal: text(
    行政处罚法,
    处罚法文件,
    '第七十三条第一款',
    '当事人对行政处罚决定不服，申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外',
  ),
  lateFeePausedByAppeal: text(
    行政处罚法,
    处罚法文件,
    '第七十三条第三款',
    '当事人申请行政复议或者提起行政诉讼的，加处罚款的数额在行政复议或者行政诉讼期间不予计算',
  ),
  // 行政强制
  demandStatementRight: text(行政强制法, 强制法文件, '第三十六条', '当事人收到催告书后有权进行陈述和申辩'),
  enforcementApplication: text(
    行政强制法,
    强制法文件,
    '第五十三条',
    '当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行行政决定的，没有行政强制执行权的行政机关可以自期限届满之日起三个月内，依照本章规定申请人民法院强制执行',
  ),
  demandBeforeCourt: text(
    行政强制法,
    强制法文件,
    '第五十四条',
    '催告书送达十日后当事人仍未履行义务的，行政机关可以向所在地有管辖权的人民法院申请强制执行',
  ),
  applicationSignature: text(
    行政强制法,
    强制法文件,
    '第五十五条第二款',
    '强制执行申请书应当由行政机关负责人签名，加盖行政机关的印章，并注明日期',
  ),
  lateFeeCap: text(行政强制法, 强制法文件, '第四十五条第二款', '加处罚款或者滞纳金的数额不得超出金钱给付义务的数额'),
  // 医疗保障基金使用监督管理条例
  transferMechanism: text(
    条例,
    条例文件,
    '第二十二条第一款',
    '医疗保障、卫生健康、中医药、市场监督管理、财政、审计、公安等部门应当分工协作、相互配合，建立沟通协调、案件移送等机制',
  ),
  suspendInstitution: text(
    条例,
    条例文件,
    '第三十条第一款',
    '定点医药机构拒不配合调查的，经医疗保障行政部门主要负责人批准，医疗保障行政部门可以要求医疗保障经办机构暂停医疗保障基金结算',
  ),
  suspendInstitutionOutcome: text(
    条例,
    条例文件,
    '第三十条第一款',
    '经调查，属于骗取医疗保障基金支出的，依照本条例第四十条的规定处理；不属于骗取医疗保障基金支出的，按照规定结算',
  ),
  suspendInsured: text(
    条例,
    条例文件,
    '第三十条第二款',
    '参保人员涉嫌骗取医疗保障基金支出且拒不配合调查的，医疗保障行政部门可以要求医疗保障经办机构暂停医疗费用联网结算',
  ),
  suspendInsuredAdvance: text(条例, 条例文件, '第三十条第二款', '暂停联网结算期间发生的医疗费用，由参保人员全额垫付'),
  suspendInsuredOutcome: text(
    条例,
    条例文件,
    '第三十条第二款',
    '经调查，属于骗取医疗保障基金支出的，依照本条例第四十一条的规定处理；不属于骗取医疗保障基金支出的，按照规定结算',
  ),
  reward: text(条例, 条例文件, '第三十五条第二款', '对查证属实的举报，按照国家有关规定给予举报人奖励'),
  reporterSecrecy: text(条例, 条例文件, '第三十五条第二款', '对举报人的信息保密'),
  fundReturnAndTreasury: text(条例, 条例文件, '第四十五条', '退回的基金退回原医疗保障基金财政专户；罚款、没收的违法所得依法上缴国库'),
  // 医疗保障行政处罚程序暂行规定（国家医疗保障局令第4号）
  recusalRight: text(
    程序规定,
    程序规定文件,
    '第五条第二款',
    '当事人认为执法人员与案件有直接利害关系或者有其他关系可能影响公正执法的，有权申请回避',
  ),
  transferJurisdiction: text(
    程序规定,
    程序规定文件,
    '第十二条第一款',
    '医疗保障行政部门发现所查处的案件属于其他医疗保障行政部门或其他行政管理部门管辖的，应当依法移送',
  ),
  orderCorrection: text(程序规定, 程序规定文件, '第十三条', '医疗保障行政部门实施行政处罚时，应当责令当事人改正或者限期改正违法行为'),
  leadCheck: text(程序规定, 程序规定文件, '第十四条', '应当自发现线索或者收到材料之日起十五个工作日内予以核查，并决定是否立案'),
  inspectionRecord: text(
    程序规定,
    程序规定文件,
    '第二十条第一款',
    '现场检查应当制作现场笔录，并由当事人或者有关人员以逐页签名或盖章等方式确认',
  ),
  inspectionRefusal: text(
    程序规定,
    程序规定文件,
    '第二十条第二款',
    '当事人或者有关人员拒绝接受调查及签名、盖章或者拒绝以其他方式确认的，办案人员应当在笔录或者其他材料上注明情况',
  ),
  inquiryRecord: text(程序规定, 程序规定文件, '第二十四条', '笔录应当交被询问人核对；对阅读有困难的，应当向其宣读'),
  preservation: text(
    程序规定,
    程序规定文件,
    '第二十六条第一款',
    '经医疗保障行政部门负责人批准，可以先行登记保存，并应当在七个工作日内及时作出处理决定',
  ),
  preservationNoDestroy: text(程序规定, 程序规定文件, '第二十七条第二款', '先行登记保存期间，当事人或者有关人员不得损毁、销毁或者转移证据'),
  sealingEmergency: text(
    程序规定,
    程序规定文件,
    '第二十九条第二款',
    '执法人员应当在二十四小时内向医疗保障行政部门负责人报告，并补办批准手续',
  ),
  sealingDecision: text(程序规定, 程序规定文件, '第三十条', '并当场交付实施行政强制措施决定书和清单'),
  sealingLimit: text(程序规定, 程序规定文件, '第三十一条', '封存的期限不得超过三十日'),
  sealingExtension: text(
    程序规定,
    程序规定文件,
    '第三十一条',
    '情况复杂的，经医疗保障行政部门负责人批准，可以延长，但是延长期限不得超过三十日。延长封存的决定应当及时书面告知当事人，并说明理由',
  ),
  sealingCustody: text(程序规定, 程序规定文件, '第三十二条', '封存的资料应妥善保管，防止丢失、损毁、篡改和非法借阅'),
  sealingThirdParty: text(程序规定, 程序规定文件, '第三十二条', '第三人不得损毁、篡改或者擅自转移、处置'),
  sealingRelease: text(
    程序规定,
    程序规定文件,
    '第三十三条第二款',
    '解除封存应当立即退还资料，并由办案人员和当事人在资料清单上签名或者盖章',
  ),
  resumeInvestigation: text(程序规定, 程序规定文件, '第四十二条第二款', '中止调查的原因消除后，应当立即恢复案件调查'),
  collectiveRecord: text(
    程序规定,
    程序规定文件,
    '第四十四条第二款',
    '集体讨论应当形成讨论记录，集体讨论中有不同意见的，应当如实记录。讨论记录经参加讨论人员确认签字，存入案卷',
  ),
  terminationReleases: text(程序规定, 程序规定文件, '第四十七条第二款', '对于终止调查的案件，已经采取强制措施的应当同时解除'),
  installmentNotice: text(
    程序规定,
    程序规定文件,
    '第五十四条',
    '医疗保障行政部门应当书面告知当事人暂缓或者分期的期限以及罚款金额',
  ),
  closingApproval: text(
    程序规定,
    程序规定文件,
    '第五十六条第二款',
    '办案人员应当填写行政处罚结案报告，经医疗保障行政部门负责人批准后，予以结案',
  ),
  electronicServiceRule: text(
    程序规定,
    程序规定文件,
    '第五十九条第二款',
    '当事人同意并签订确认书的，医疗保障行政部门可以采用传真、电子邮件等方式，将行政处罚决定书等送达当事人',
  ),
} as const satisfies Record<string, LawText>;

/** Enumerations whose items a document names by number. */
export const LISTS = {
  /** 立案标准 (不予立案: the standards not met) */
  filingStandards: {
    law: 程序规定,
    file: 程序规定文件,
    article: '第十五条第一款',
    lead: '立案应当符合下列标准：',
    items: {
      1: '有明确的违法嫌疑人',
      2: '经核查认为存在涉嫌违反医疗保障监督管理法律、法规、规章规定，应当给予行政处罚的行为',
      3: '属于本部门管辖',
    },
  },
  /** 监督检查措施 */
  inspectionMeasures: {
    law: 条例,
    file: 条例文件,
    article: '第二十七条',
    lead: '医疗保障行政部门实施监督检查，可以采取下列措施：',
    items: {
      1: '进入现场检查',
      2: '询问有关人员',
      3: '要求被检查对象提供与检查事项相关的文件资料，并作出解释和说明',
      4: '采取记录、录音、录像、照相或者复制等方式收集有关情况和资料',
      5: '对可能被转移、隐匿或者灭失的资料等予以封存',
      6: '聘请符合条件的会计师事务所等第三方机构和专业人员协助开展检查',
      7: '法律、法规规定的其他措施',
    },
  },
  /** 解除封存的情形 */
  sealingRelease: {
    law: 程序规定,
    file: 程序规定文件,
    article: '第三十三条第一款',
    lead: '有下列情形之一的，医疗保障行政部门应当及时作出解除封存决定：',
    items: {
      1: '当事人没有违法行为',
      2: '封存的资料与违法行为无关',
      3: '对违法行为已经作出处理决定，不再需要封存',
      4: '封存期限已经届满',
      5: '其他不再需要采取封存措施的情形',
    },
  },
  /** 中止调查的情形 */
  suspendInvestigation: {
    law: 程序规定,
    file: 程序规定文件,
    article: '第四十二条第一款',
    lead: '有下列情形之一的，经医疗保障行政部门负责人批准，中止案件调查，并制作案件中止调查决定书：',
    items: {
      1: '行政处罚决定必须以相关案件的裁判结果或者其他行政决定为依据，而相关案件尚未审结或者其他行政决定尚未作出',
      2: '涉及法律适用等问题，需要送请有权机关作出解释或者确认',
      3: '因不可抗力致使案件暂时无法调查',
      4: '因当事人下落不明致使案件暂时无法调查',
      5: '其他应当中止调查的情形',
    },
  },
  /** 终止调查的情形 */
  terminateInvestigation: {
    law: 程序规定,
    file: 程序规定文件,
    article: '第四十七条第一款',
    lead: '具有下列情形之一的，经医疗保障行政部门负责人批准，终止案件调查：',
    items: {
      1: '涉嫌违法的公民死亡（或者下落不明长期无法调查的）或者法人、其他组织终止，并且无权利义务承受人等原因，致使案件调查无法继续进行的',
      2: '移送司法机关追究刑事责任的',
      3: '其他依法应当终止调查的',
    },
  },
  /** 结案的情形 */
  closing: {
    law: 程序规定,
    file: 程序规定文件,
    article: '第五十六条第一款',
    lead: '有下列情形之一的，医疗保障行政部门可以结案：',
    items: {
      1: '行政处罚决定执行完毕的',
      2: '医疗保障行政部门依法申请人民法院强制执行行政处罚决定，人民法院依法受理的',
      3: '不予行政处罚等无须执行的',
      4: '医疗保障行政部门认为可以结案的其他情形',
    },
  },
  /** 法制审核的主要内容 */
  reviewContent: {
    law: 程序规定,
    file: 程序规定文件,
    article: '第三十八条',
    lead: '法制审核的主要内容包括：',
    items: {
      1: '行政执法主体是否合法，行政执法人员是否具备执法资格',
      2: '是否具有管辖权',
      3: '案件事实是否清楚、证据是否充分',
      4: '定性是否准确',
      5: '适用依据是否正确',
      6: '程序是否合法',
      7: '处理是否适当',
      8: '行政执法文书是否完备、规范',
      9: '违法行为是否涉嫌犯罪、需要移送司法机关',
      10: '其他需要合法性审核的内容',
    },
  },
  /** 法制审核的意见和建议 */
  reviewOpinions: {
    law: 程序规定,
    file: 程序规定文件,
    article: '第三十九条第一款',
    lead: '法制机构经对案件进行审核，区别不同情况提出书面意见和建议：',
    items: {
      1: '事实清楚、证据确凿充分、定性准确、适用法律正确、处罚适当、程序合法的，提出同意的意见',
      2: '主要事实不清、证据不足的，提出继续调查或不予作出行政执法决定的意见',
      3: '定性不准、适用法律不准确和执行裁量基准不当的，提出变更意见',
      4: '超越执法权限或程序不合法的，提出纠正意见',
      5: '认为有必要提出的其他意见和建议',
    },
  },
} as const satisfies Record<string, LawList>;

export type LawListName = keyof typeof LISTS;
