// 医疗保障基金使用监督管理条例（国务院令第735号，2021-05-01施行）第五章 法律责任.
// Each rule follows the article it implements (text quoted from data/law); every number
// is a parameter whose phrase a test finds in that article.
import { rational } from '../../money.js';
import { parameter } from '../parameters.js';
import { defineRule, type RuleContext } from '../rule.js';
import { recoverMisappropriatedFund } from './common.js';
import { DESIGNATED_INSTITUTIONS, type CheckedFacts } from '../types.js';
import { formatYuan } from '../../money.js';
import { socialInsuranceFraudArticle } from './basic-healthcare-law.js';

const S = '医疗保障基金使用监督管理条例';

// 第三十七条 医疗保障经办机构通过伪造、变造、隐匿、涂改、销毁医学文书、医学证明、会计凭证、
// 电子信息等有关资料或者虚构医药服务项目等方式，骗取医疗保障基金支出的，由医疗保障行政部门
// 责令退回，处骗取金额2倍以上5倍以下的罚款，对直接负责的主管人员和其他直接责任人员依法给予处分。
export const P37_FINE = parameter({
  id: '条例.37.1.罚款倍数',
  statute: S,
  article: 37,
  paragraph: 1,
  phrase: '处骗取金额2倍以上5倍以下的罚款',
  value: { kind: 'multiple', min: rational(2), max: rational(5) },
});

export const rule37 = defineRule({
  statute: S,
  article: 37,
  parties: ['医疗保障经办机构'],
  conduct: '医疗保障经办机构骗取医疗保障基金支出',
  parameters: [P37_FINE],
  before: (facts, when) => socialInsuranceFraudArticle(facts.party, when.actDate),
  apply(ctx) {
    const defrauded = ctx.requireAmount('defraudedFen', '第三十七条按骗取金额责令退回并计算罚款');
    ctx.add({ kind: '责令退回', mandatory: true, penalty: false, amountFen: defrauded, paragraph: 1 });
    ctx.fineByMultiple({ paragraph: 1, param: P37_FINE, baseFen: defrauded, baseLabel: '骗取金额', target: '单位' });
    ctx.add({
      kind: '处分',
      mandatory: true,
      penalty: false,
      target: '直接负责的主管人员和其他直接责任人员',
      authority: '任免机关或者监察机关（依法给予处分，移送）',
      paragraph: 1,
    });
  },
});

// 第三十八条 定点医药机构有下列情形之一的，由医疗保障行政部门责令改正，并可以约谈有关负责人；
// 造成医疗保障基金损失的，责令退回，处造成损失金额1倍以上2倍以下的罚款；拒不改正或者造成严重
// 后果的，责令定点医药机构暂停相关责任部门6个月以上1年以下涉及医疗保障基金使用的医药服务；
// 违反其他法律、行政法规的，由有关主管部门依法处理：（一）分解住院、挂床住院；……（七）造成医疗
// 保障基金损失的其他违法行为。
// Exception (第四十条第二款): with the purpose of defrauding and a loss, 第四十条 applies instead.
export const P38_FINE = parameter({
  id: '条例.38.1.罚款倍数',
  statute: S,
  article: 38,
  paragraph: 1,
  phrase: '处造成损失金额1倍以上2倍以下的罚款',
  value: { kind: 'multiple', min: rational(1), max: rational(2) },
});
export const P38_SUSPENSION = parameter({
  id: '条例.38.1.暂停医药服务月数',
  statute: S,
  article: 38,
  paragraph: 1,
  phrase: '暂停相关责任部门6个月以上1年以下涉及医疗保障基金使用的医药服务',
  value: { kind: 'months', min: 6, max: 12 },
});

function fraudUnder38(facts: CheckedFacts): boolean {
  return facts.flags.includes('以骗取为目的') && (facts.amounts.lossFen ?? 0) > 0;
}

export const rule38 = defineRule({
  statute: S,
  article: 38,
  parties: DESIGNATED_INSTITUTIONS,
  conduct: '定点医药机构造成医疗保障基金损失的违法行为（分解住院、过度诊疗、重复收费、串换等）',
  parameters: [P38_FINE, P38_SUSPENSION],
  redirect(facts) {
    if (!fraudUnder38(facts)) return undefined;
    return {
      to: `${S}:40`,
      reason: '以骗取医疗保障基金为目的实施第三十八条规定行为并造成基金损失，依第四十条第二款按照第四十条规定处理',
    };
  },
  apply(ctx) {
    ctx.add({ kind: '责令改正', mandatory: true, penalty: false, paragraph: 1 });
    ctx.add({ kind: '约谈', mandatory: false, penalty: false, target: '有关责任人员', paragraph: 1, condition: '约谈有关负责人' });
    const loss = ctx.amount('lossFen') ?? 0;
    if (loss > 0) {
      ctx.add({ kind: '责令退回', mandatory: true, penalty: false, amountFen: loss, paragraph: 1 });
      ctx.fineByMultiple({ paragraph: 1, param: P38_FINE, baseFen: loss, baseLabel: '造成损失金额', target: '单位' });
    } else {
      ctx.reason('未认定造成医疗保障基金损失（amounts.lossFen 缺失或为0）：不责令退回，不处罚款');
    }
    if (ctx.anyOf('拒不改正', '造成严重后果')) {
      ctx.months({ paragraph: 1, param: P38_SUSPENSION, kind: '暂停相关责任部门涉及基金使用的医药服务' });
      ctx.reason(`${ctx.has('拒不改正') ? '拒不改正' : '造成严重后果'}：责令暂停相关责任部门涉及医疗保障基金使用的医药服务`);
    }
  },
});

// 第三十九条 定点医药机构有下列情形之一的，由医疗保障行政部门责令改正，并可以约谈有关负责人；
// 拒不改正的，处1万元以上5万元以下的罚款；违反其他法律、行政法规的，由有关主管部门依法处理：
// （一）未建立医疗保障基金使用内部管理制度……（二）未按照规定保管财务账目……（七）拒绝医疗保障等
// 行政部门监督检查或者提供虚假情况。
export const P39_FINE = parameter({
  id: '条例.39.1.罚款金额',
  statute: S,
  article: 39,
  paragraph: 1,
  phrase: '拒不改正的，处1万元以上5万元以下的罚款',
  value: { kind: 'fen', min: 1_000_000, max: 5_000_000 },
});

export const rule39 = defineRule({
  statute: S,
  article: 39,
  parties: DESIGNATED_INSTITUTIONS,
  conduct: '定点医药机构违反内部管理、资料保管、数据传送、信息报告公开、知情同意或拒绝检查等规定',
  parameters: [P39_FINE],
  apply(ctx) {
    ctx.add({ kind: '责令改正', mandatory: true, penalty: false, paragraph: 1 });
    ctx.add({ kind: '约谈', mandatory: false, penalty: false, target: '有关责任人员', paragraph: 1, condition: '约谈有关负责人' });
    if (ctx.has('拒不改正')) {
      ctx.fineByAmount({ paragraph: 1, param: P39_FINE, target: '单位' });
      ctx.reason('责令改正后拒不改正：处罚款');
    } else {
      ctx.reason('未认定“拒不改正”：仅责令改正（可以约谈），不处罚款');
    }
  },
});

// 第四十条 定点医药机构通过下列方式骗取医疗保障基金支出的，由医疗保障行政部门责令退回，处骗取
// 金额2倍以上5倍以下的罚款；责令定点医药机构暂停相关责任部门6个月以上1年以下涉及医疗保障基金
// 使用的医药服务，直至由医疗保障经办机构解除服务协议；有执业资格的，由有关主管部门依法吊销执业资格：
// （一）诱导、协助他人冒名或者虚假就医、购药……（四）其他骗取医疗保障基金支出的行为。
// 定点医药机构以骗取医疗保障基金为目的，实施了本条例第三十八条规定行为之一，造成医疗保障基金
// 损失的，按照本条规定处理。
export const P40_FINE = parameter({
  id: '条例.40.1.罚款倍数',
  statute: S,
  article: 40,
  paragraph: 1,
  phrase: '处骗取金额2倍以上5倍以下的罚款',
  value: { kind: 'multiple', min: rational(2), max: rational(5) },
});
export const P40_SUSPENSION = parameter({
  id: '条例.40.1.暂停医药服务月数',
  statute: S,
  article: 40,
  paragraph: 1,
  phrase: '暂停相关责任部门6个月以上1年以下涉及医疗保障基金使用的医药服务',
  value: { kind: 'months', min: 6, max: 12 },
});

export const rule40 = defineRule({
  statute: S,
  article: 40,
  parties: DESIGNATED_INSTITUTIONS,
  conduct: '定点医药机构骗取医疗保障基金支出（含以骗取为目的实施第三十八条行为造成损失）',
  parameters: [P40_FINE, P40_SUSPENSION],
  before: (facts, when) => socialInsuranceFraudArticle(facts.party, when.actDate),
  apply(ctx) {
    // 第一款: fraud by the listed means, measured by the amount defrauded.
    // 第二款: a 第三十八条 act done to defraud that caused a loss is treated under this
    // article; the amount defrauded is then the loss it caused.
    let base: number;
    let baseLabel: string;
    let via: number | undefined;
    const defrauded = ctx.amount('defraudedFen');
    if (defrauded !== undefined) {
      base = defrauded;
      baseLabel = '骗取金额';
      ctx.reason('通过第四十条第一款所列方式骗取医疗保障基金支出：适用第一款');
    } else if (fraudUnder38(ctx.facts)) {
      base = ctx.facts.amounts.lossFen!;
      baseLabel = '骗取金额（第二款：以造成的基金损失计）';
      via = 2;
      ctx.paragraphs.add(2);
      ctx.reason(`以骗取为目的实施第三十八条规定行为，造成基金损失 ${formatYuan(base)}：依第二款按照本条规定处理`);
    } else {
      ctx.requireAmount(
        'defraudedFen',
        '第一款按骗取金额计算；或以骗取为目的（flags 含“以骗取为目的”）并给出造成损失金额 amounts.lossFen，适用第二款',
      );
      return;
    }
    const cite = (m: ReturnType<RuleContext['add']>) => {
      if (via) {
        m.citation = `${ctx.citation(via)}、第一款`;
        m.via = ctx.cite(via);
      }
      return m;
    };
    cite(ctx.add({ kind: '责令退回', mandatory: true, penalty: false, amountFen: base, paragraph: 1 }));
    cite(ctx.fineByMultiple({ paragraph: 1, param: P40_FINE, baseFen: base, baseLabel, target: '单位' }));
    cite(ctx.months({ paragraph: 1, param: P40_SUSPENSION, kind: '暂停相关责任部门涉及基金使用的医药服务' }));
    cite(
      ctx.add({
        kind: '解除服务协议',
        mandatory: false,
        penalty: false,
        authority: '医疗保障经办机构（依服务协议）',
        condition: '暂停医药服务“直至由医疗保障经办机构解除服务协议”',
        paragraph: 1,
      }),
    );
    cite(
      ctx.add({
        kind: '吊销执业资格',
        mandatory: true,
        penalty: true,
        authority: '有关主管部门（移送）',
        ...(ctx.has('有执业资格') ? {} : { condition: '有执业资格的' }),
        paragraph: 1,
      }),
    );
  },
});

// 第四十一条 个人有下列情形之一的，由医疗保障行政部门责令改正；造成医疗保障基金损失的，责令退回；
// 属于参保人员的，暂停其医疗费用联网结算3个月至12个月：（一）将本人的医疗保障凭证交由他人冒名
// 使用；（二）重复享受医疗保障待遇；（三）利用享受医疗保障待遇的机会转卖药品……
// 个人以骗取医疗保障基金为目的，实施了前款规定行为之一，造成医疗保障基金损失的；或者使用他人医疗
// 保障凭证冒名就医、购药的；或者通过伪造、变造……等方式，骗取医疗保障基金支出的，除依照前款规定
// 处理外，还应当由医疗保障行政部门处骗取金额2倍以上5倍以下的罚款。
export const P41_SUSPENSION = parameter({
  id: '条例.41.1.暂停联网结算月数',
  statute: S,
  article: 41,
  paragraph: 1,
  phrase: '暂停其医疗费用联网结算3个月至12个月',
  value: { kind: 'months', min: 3, max: 12 },
});
export const P41_FINE = parameter({
  id: '条例.41.2.罚款倍数',
  statute: S,
  article: 41,
  paragraph: 2,
  phrase: '处骗取金额2倍以上5倍以下的罚款',
  value: { kind: 'multiple', min: rational(2), max: rational(5) },
});

export const rule41 = defineRule({
  statute: S,
  article: 41,
  parties: ['参保个人'],
  conduct: '个人将医保凭证交他人冒名使用、重复享受待遇、转卖药品，或骗取医疗保障基金',
  parameters: [P41_SUSPENSION, P41_FINE],
  // Before the 条例, only a fraud was punishable (社会保险法 第八十八条); the other acts of ① were not.
  before: (facts, when) =>
    facts.flags.some((f) => f === '以骗取为目的' || f === '使用他人凭证冒名就医' || f === '伪造变造资料或虚构服务项目')
      ? socialInsuranceFraudArticle(facts.party, when.actDate)
      : undefined,
  apply(ctx) {
    // A fraud's loss to the fund is the amount defrauded, unless a loss is given.
    const loss = ctx.amount('lossFen') ?? (ctx.has('以骗取为目的') ? ctx.amount('defraudedFen') : undefined) ?? 0;
    ctx.add({ kind: '责令改正', mandatory: true, penalty: false, paragraph: 1 });
    if (loss > 0) ctx.add({ kind: '责令退回', mandatory: true, penalty: false, amountFen: loss, paragraph: 1 });
    // 属于参保人员的: the party kind 参保个人 is one.
    ctx.months({ paragraph: 1, param: P41_SUSPENSION, kind: '暂停联网结算', target: '当事人' });

    const fraudWithLoss = ctx.has('以骗取为目的') && loss > 0;
    const impersonation = ctx.has('使用他人凭证冒名就医');
    const forgery = ctx.has('伪造变造资料或虚构服务项目');
    if (!(fraudWithLoss || impersonation || forgery)) {
      ctx.reason('不具备第二款情形（以骗取为目的并造成损失、使用他人凭证冒名就医、伪造变造资料或虚构项目）：适用第一款，不处罚款');
      return;
    }
    const grounds = [
      fraudWithLoss ? '以骗取为目的实施前款行为并造成基金损失' : '',
      impersonation ? '使用他人医疗保障凭证冒名就医、购药' : '',
      forgery ? '通过伪造、变造等方式骗取基金支出' : '',
    ].filter(Boolean);
    ctx.reason(`${grounds.join('；')}：依第二款，除依照第一款处理外，还应当处罚款`);
    const defrauded = ctx.amount('defraudedFen');
    const base = defrauded ?? (loss > 0 ? loss : undefined);
    if (base === undefined) {
      ctx.requireAmount('defraudedFen', '第二款按骗取金额计算罚款（或给出造成损失金额 amounts.lossFen）');
      return;
    }
    ctx.fineByMultiple({
      paragraph: 2,
      param: P41_FINE,
      baseFen: base,
      baseLabel: defrauded !== undefined ? '骗取金额' : '骗取金额（以造成的基金损失计）',
      target: '当事人',
    });
  },
});

// 第四十二条 医疗保障等行政部门、医疗保障经办机构、定点医药机构及其工作人员收受贿赂或者取得其他
// 非法收入的，没收违法所得，对有关责任人员依法给予处分；违反其他法律、行政法规的，由有关主管部门
// 依法处理。
export const rule42 = defineRule({
  statute: S,
  article: 42,
  parties: ['医疗保障行政部门', '医疗保障经办机构', '定点医疗机构', '定点零售药店'],
  conduct: '收受贿赂或者取得其他非法收入',
  parameters: [],
  apply(ctx) {
    const gains = ctx.requireAmount('illegalGainsFen', '第四十二条没收违法所得');
    ctx.add({ kind: '没收违法所得', mandatory: true, penalty: true, amountFen: gains, paragraph: 1 });
    ctx.add({
      kind: '处分',
      mandatory: true,
      penalty: false,
      target: '有关责任人员',
      authority: '任免机关或者监察机关（依法给予处分，移送）',
      paragraph: 1,
    });
  },
});

// 第四十三条 定点医药机构违反本条例规定，造成医疗保障基金重大损失或者其他严重不良社会影响的，
// 其法定代表人或者主要负责人5年内禁止从事定点医药机构管理活动，由有关部门依法给予处分。
export const P43_BAN = parameter({
  id: '条例.43.1.禁止从事管理活动年限',
  statute: S,
  article: 43,
  paragraph: 1,
  phrase: '5年内禁止从事定点医药机构管理活动',
  value: { kind: 'period', years: 5 },
});

// The 当事人 of this penalty is the institution's 法定代表人 or 主要负责人 (a 公民), not the
// institution: the ban is theirs, for the institution's violation.
export const rule43 = defineRule({
  statute: S,
  article: 43,
  parties: ['定点医药机构法定代表人或主要负责人'],
  conduct: '定点医药机构违法造成基金重大损失或者其他严重不良社会影响（对其法定代表人或者主要负责人）',
  parameters: [P43_BAN],
  apply(ctx) {
    if (!ctx.has('造成重大损失或严重不良社会影响')) {
      ctx.reason('未认定“造成重大损失或严重不良社会影响”：第四十三条不适用');
      return;
    }
    ctx.years({ paragraph: 1, param: P43_BAN, kind: '禁止从事定点医药机构管理活动', target: '当事人' });
    ctx.add({
      kind: '处分',
      mandatory: true,
      penalty: false,
      target: '当事人',
      authority: '有关部门（依法给予处分，移送）',
      paragraph: 1,
    });
  },
});

// 第四十四条 违反本条例规定，侵占、挪用医疗保障基金的，由医疗保障等行政部门责令追回；有违法所得的，
// 没收违法所得；对直接负责的主管人员和其他直接责任人员依法给予处分。
export const rule44 = defineRule({
  statute: S,
  article: 44,
  parties: ['医疗保障经办机构', '医疗保障行政部门', '定点医疗机构', '定点零售药店', '用人单位', '参保个人', '投标人'],
  conduct: '侵占、挪用医疗保障基金',
  parameters: [],
  apply(ctx) {
    recoverMisappropriatedFund(ctx, '第四十四条责令追回被侵占、挪用的基金（以 amounts.lossFen 计）');
  },
});

export const MEDICAL_FUND_REGULATION_RULES = [rule37, rule38, rule39, rule40, rule41, rule42, rule43, rule44];
