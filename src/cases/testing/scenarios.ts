// A whole run of each procedure to its normal end, as the steps an office would take.
// Drives either the pure engine or the case service through `act`.
import { decidePenalty, minimumChoices, type MeasureChoice, type PenaltyDecision } from '../../law/index.js';

/**
 * The lightest lawful 行政处罚: the mandatory measures at their minimum, and where none of them
 * is a penalty (社会救助暂行办法 第六十八条 leaves the fine to the bureau: 可以处), the first
 * optional penalty at its minimum.
 */
export function lightestPenalty(decision: PenaltyDecision): MeasureChoice[] {
  const choices = minimumChoices(decision);
  const chosen = new Set(choices.map((c) => c.measureId));
  if (decision.measures.some((m) => chosen.has(m.id) && m.penalty && !m.referral)) return choices;
  const optional = decision.measures.find((m) => m.penalty && !m.referral && !chosen.has(m.id));
  if (!optional) return choices;
  const c: MeasureChoice = { measureId: optional.id };
  if (optional.minFen !== undefined) c.amountFen = optional.minFen;
  else if (optional.amountFen !== undefined) c.amountFen = optional.amountFen;
  if (optional.minMonths !== undefined) c.months = optional.minMonths;
  if (optional.minYears !== undefined) c.years = optional.minYears;
  return [...choices, c];
}
import type { MappableItem } from '../mapping.js';
import type { CaseState } from '../engine/types.js';
import { executionStatus, measuresToExecute, PERSON_TARGETS } from '../engine/execution.js';
import { testOrganisation, testPerson, testResponsiblePerson } from './parties.js';
import { attachment, reviewPoints } from './support.js';
import { inquiry } from './attacks.js';
import { PENALTY_SCENARIOS, type PenaltyScenario } from './penalty-scenarios.js';
import { YANGQUAN_CAST, type Cast } from './cast.js';

export type Act = (step: string, as: string, input: Record<string, unknown>, at: string) => Promise<CaseState>;

/** Instants on consecutive days from `base` (10:00 Asia/Shanghai). */
export function clock(base: string): (offset: number) => string {
  return (offset) => {
    const d = new Date(`${base}T10:00:00+08:00`);
    d.setUTCDate(d.getUTCDate() + offset);
    return `${new Date(d.getTime() + 8 * 3600e3).toISOString().slice(0, 19)}+08:00`;
  };
}

const waiver = { attachments: [attachment('书面放弃声明')] };
const dateOf = (instant: string) => instant.slice(0, 10);

/**
 * The penalty scenario of a matter, on an article the item rests on: the matter's own when
 * the item cites it, else the first cited article the penalty rules compute for the same
 * party and facts (a case can only be decided under an article of its item).
 */
export function scenarioFor(matterId: string | undefined, item?: MappableItem): PenaltyScenario {
  const base = PENALTY_SCENARIOS[matterId ?? ''] ?? PENALTY_SCENARIOS['penalty.institution-fraud']!;
  const articles = item?.articles ?? [];
  const norm = (s: string) => s.replace(/^中华人民共和国/, '');
  if (articles.length === 0 || articles.some((a) => norm(a.statute) === norm(base.violation.法规) && a.article === base.violation.条)) return base;
  for (const a of articles) {
    try {
      const d = decidePenalty({ article: `${a.statute}:${a.article}`, facts: { party: base.party.主体类别, ...base.facts } });
      if (d.punishable || d.measures.length) return { ...base, violation: { 法规: norm(a.statute), 条: a.article } };
    } catch {
      // not an article with a rule for this party: try the next
    }
  }
  return base;
}

export async function runToEnd(procedure: string, matterId: string | undefined, actFn: Act, at: (n: number) => string, opened: CaseState, cast: Cast = YANGQUAN_CAST, item?: MappableItem): Promise<CaseState> {
  let s = opened;
  const officers = [...cast.officers];
  const [o1, o2] = cast.officers;
  const step = async (name: string, as: string, input: Record<string, unknown>, n: number) => {
    s = await actFn(name, as, input, at(n));
    return s;
  };
  switch (procedure) {
    case 'xzcf-putong': {
      const sc = scenarioFor(matterId, item);
      await step('线索核查', o1, { 核查意见: '线索属实，建议立案' }, 0);
      await step('立案', cast.head, { officers, 案由: `${sc.party.名称}涉嫌违法案`, parties: [sc.party] }, 0);
      // one 询问 of the party's representative and one 现场检查, recorded as data (their 笔录 print from them)
      const on = dateOf(at(1));
      const check = {
        检查日期: on, 开始时间: '14:00', 结束时间: '15:30', 地点: `${sc.party.名称}经营场所`, 检查人员: [o1, o2], 记录人: [o2], 在场人: '孙某某', 在场人身份: '当事人的工作人员',
        检查情况: ['调取了与本案有关的收费记录和结算单据'], 采取的措施: ['复制收费记录'],
      };
      await step('调查取证', o1, { officers, 取证内容: '询问当事人，调取结算数据', attachments: [attachment('笔录或证据')], 询问笔录: [{ ...inquiry([o1!, o2!]), 询问日期: on, 地点: `${sc.party.名称}办公室` }], 现场检查笔录: [check] }, 1);
      await step('调查终结', o2, { officers, 调查终结报告: '违法事实清楚，证据确凿', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: sc.violation, facts: sc.facts }, 2);
      const decision = s.penalty.decision!;
      // the persons an article punishes on their own (社会保险法 第八十四条 …) are registered before 告知
      if (decision.measures.some((m) => m.target && PERSON_TARGETS.has(m.target))) {
        await step('变更当事人', o1, { parties: [sc.party, testResponsiblePerson('钱某某', sc.party.名称, 77)], 变更理由: '调查查明直接负责的主管人员' }, 2);
      }
      if (s.facts.legalReviewRequired) await step('法制审核', cast.reviewer, { 结论: '同意', 审核意见: '事实清楚，证据确凿，适用依据正确，程序合法', 审核事项: reviewPoints() }, 3);
      if (decision.punishable) {
        const choices = lightestPenalty(decision);
        await step('告知', o1, { officers, measures: choices, 告知书送达日期: dateOf(at(3)) }, 3);
        await step('放弃陈述申辩', o1, waiver, 4);
        if (s.deadlines.some((d) => d.id === '听证申请期限' && d.status === 'open')) await step('放弃听证', o1, waiver, 4);
        if (s.facts.major) {
          await step('集体讨论', cast.head, { 参加人员: [cast.head, cast.head2], 讨论意见: '一致同意', 讨论结论: '同意按告知内容处罚' }, 5);
          // 暂行规定 第四十四条第二款: each attendee signs the record
          for (const head of [cast.head, cast.head2]) await step('集体讨论签字', head, { 确认: true }, 5);
        }
        await step('决定', cast.head, { 类型: '行政处罚', measures: choices }, 5);
        await step('送达', o2, { 送达方式: '直接送达', 送达地点: sc.party.住所 ?? '当事人住所', attachments: [attachment('送达回证')] }, 6);
        await step('公示', o1, { 公示渠道: '本局门户网站' }, 6);
        // the party pays everything within the 十五日, and each non-money penalty is carried out
        const owed = executionStatus(s, dateOf(at(12))).lines.filter((l) => l.outstandingFen > 0);
        for (const [i, line] of owed.entries()) {
          await step('缴款', o1, { 款项: line.kind, 缴款人: line.payer, amountFen: line.outstandingFen, 缴款日期: dateOf(at(12)), 票据号: `PJ${s.id}-${i + 1}` }, 12);
        }
        let closeOn = 13;
        for (const m of measuresToExecute(s)) {
          await step('执行', o1, { 措施: m.kind, 开始日期: dateOf(at(7)), 执行情况: '已书面通知医疗保障经办机构执行' }, 12);
          if (m.months) closeOn = Math.max(closeOn, 7 + Math.ceil(m.months * 31) + 1);
        }
        await step('结案', cast.head, { 执行结果: '全部履行', 结案报告: '处罚决定已执行完毕，结案' }, closeOn);
      } else {
        await step('决定', cast.head, { 类型: '不予行政处罚', 不予处罚理由: '法律、法规、规章规定的其他不予行政处罚情形', 理由: decision.reasons.join('；'), 教育方式: '当面批评教育', 教育内容: '向当事人讲解医疗保障基金使用监督管理的规定，责令其今后依法依规使用医保基金' }, 5);
        await step('送达', o2, { 送达方式: '直接送达', 送达地点: sc.party.住所 ?? '当事人住所', attachments: [attachment('送达回证')] }, 6);
        await step('公示', o1, { 公示渠道: '本局门户网站' }, 6);
        await step('结案', cast.head, { 执行结果: '无须执行', 结案报告: '不予行政处罚，无须执行，结案' }, 13);
      }
      break;
    }
    case 'xzqz-fengcun':
      await step('申请封存', o1, { officers, ...(s.parties.length ? {} : { parties: [testOrganisation('某某医院', '定点医疗机构', 36)] }), 封存理由: '资料可能被转移', 封存清单: '处方、账册' }, 0);
      await step('批准封存', cast.head, { 审批意见: '同意' }, 0);
      await step('实施封存', o1, { officers, 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: '当事人到场', 现场实施: { 出示执法证件: true, 当事人到场: true, 告知理由依据权利: true, 陈述申辩: '当事人无异议', 笔录签章: '当事人和执法人员签名或者盖章', 决定书和清单: '当场交付当事人' }, attachments: [attachment('封存清单')] }, 1);
      await step('作出处理决定', o2, { officers, 处理结果: '查清事实，解除封存' }, 10);
      await step('解除封存', o1, { officers, 解除情形: '对违法行为已经作出处理决定，不再需要封存', 解除理由: '已作出处理决定', 批准人: cast.head }, 10);
      break;
    case 'xzqz-zanting': {
      const approve = s.variant === '参保人员' ? '批准暂停联网结算' : '批准暂停医保基金结算';
      const suspended = s.variant === '参保人员' ? testPerson('张某某', 31) : testOrganisation('某某医院', '定点医疗机构', 31);
      await step('申请暂停结算', o1, { officers, ...(s.parties.length ? {} : { parties: [suspended] }), 涉嫌事实: '涉嫌骗取医保基金', 拒不配合情况: '拒绝提供资料', attachments: [attachment('拒不配合调查记录')] }, 0);
      await step(approve, cast.head, { 审批意见: '同意' }, 0);
      await step('通知经办机构', o1, { 通知文号: '医保暂停〔2026〕1号', 经办机构: '市医疗保障事业管理中心' }, 1);
      await step('解除暂停', o2, { officers, 恢复理由: '经调查属于骗取医疗保障基金支出，已依法处理', 调查结论: '调查终结，已移送行政处罚' }, 20);
      break;
    }
    case 'xzjc-shuangsuiji': {
      await step('制定计划', cast.analyst, { 检查事项: '医保基金使用', 检查对象名录: ['甲医院', '乙医院', '丙药店', '丁诊所'], 抽取对象数: 2, 抽取人员数: 2 }, 0);
      await step('批准计划', cast.head, { 审批意见: '同意' }, 0);
      await step('双随机抽取', cast.analyst, { seed: `seed-${s.id}` }, 1);
      const draw = s.draw!;
      await step('现场检查', draw.inspectors[0]!, { officers: draw.inspectors, 检查记录: '现场核对票据', attachments: [attachment('现场检查笔录')] }, 2);
      await step('处置', draw.inspectors[0]!, { 处置结果: draw.targets.map((t, i) => ({ 对象: t, 发现: i === 0 ? '超标准收费' : '未见问题', 措施: i === 0 ? '责令改正' : '无问题' })) }, 3);
      await step('事后监管', draw.inspectors[1]!, { 复查情况: '已整改到位' }, 30);
      break;
    }
    case 'xzgf':
      await step('受理', cast.clerk, { 申请人: '王某', parties: [testPerson('王某', 34)], 申请事项: s.variant ?? '给付', attachments: [attachment('申请材料')] }, 0);
      await step('审核', cast.clerkReviewer, { 结论: '同意', 审核意见: '材料齐全，符合规定' }, 2);
      await step('支付', cast.clerk, { amountFen: 256_000, 支付凭证号: 'ZF-0001' }, 5);
      break;
    case 'xzqr':
      if (s.variant === '医疗救助') {
        await step('直接办理', cast.clerk, { 申请人: '赵某', 身份类别: '最低生活保障家庭成员', attachments: [attachment('身份证明')] }, 0);
      } else {
        await step('受理', cast.clerk, { 申请人: '某某有限公司', parties: [testOrganisation('某某有限公司', '用人单位', 32)], 申请事项: '参加医疗保险、生育保险登记', attachments: [attachment('申请材料')] }, 0);
        await step('确认', cast.clerkReviewer, { 审核意见: '符合条件，予以登记', 确认内容: [{ 项目: '登记险种', 内容: '职工基本医疗保险、生育保险' }, { 项目: '参保起始日期', 内容: '2026年3月' }] }, 3);
      }
      break;
    case 'xzjl':
      await step('受理举报', cast.rewardClerk, { 举报人: { 姓名: '举报人甲', 电话: '13900000000' }, 举报内容: '某诊所虚构诊疗项目' }, 0);
      await step('核查', o1, { officers, 结论: '属实', 核查情况: '查实骗取医保基金', 追回金额Fen: 5_000_000 }, 10);
      await step('认定奖励', cast.head, { amountFen: 100_000, 认定理由: '举报属实' }, 12);
      await step('发放', cast.rewardClerk, { 发放凭证号: 'JL-0001' }, 14);
      break;
    case 'qt-xinyong':
      await step('认定失信', o1, { officers, 失信行为: '骗取医保基金受到行政处罚', 依据文书: '行政处罚决定书' }, 0);
      await step('法制审核', cast.reviewer, { 结论: '同意', 审核意见: '依据充分' }, 1);
      await step('告知', o1, { 拟列入名单: '医保领域失信联合惩戒名单' }, 1);
      await step('放弃陈述申辩', o1, waiver, 2);
      await step('决定列入', cast.head, { 名单类型: '联合惩戒名单', 列入期限: '三年' }, 2);
      await step('公示', o1, { 公示渠道: '信用信息共享平台' }, 3);
      break;
    case 'qt-xieyi':
      await step('发现违约', cast.clerk, { parties: [testOrganisation('某某医院', '定点医疗机构', 33)], 违约情形: '超标准收费', 协议条款: '服务协议第三十条' }, 0);
      await step('约谈', cast.clerk, { 约谈记录: '约谈医院负责人' }, 1);
      await step('拟处理', cast.clerk, { measures: [{ kind: '约谈' }, { kind: '追回', amountFen: 50_000 }, { kind: '违约金', amountFen: 10_000 }] }, 2);
      await step('放弃陈述申辩', cast.clerk, waiver, 3);
      await step('处理决定', cast.head, { measures: [{ kind: '追回', amountFen: 50_000 }, { kind: '违约金', amountFen: 10_000 }], 处理理由: '经核查，该院超标准收费500元，违反服务协议第三十条；该院放弃陈述申辩' }, 3);
      await step('执行', cast.clerk, { 执行情况: '已扣回' }, 10);
      await step('结案', cast.head, { 结案报告: '处理完毕' }, 11);
      break;
    default:
      throw new Error(`没有「${procedure}」的完整流程`);
  }
  return s;
}

