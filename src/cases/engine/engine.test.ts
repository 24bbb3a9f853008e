// The pure engine: procedures as data, the penalty decision computed at 调查终结 from the
// case's own party, jurisdiction and date, choices within it, deadlines from the period
// registry, and every refusal leaving the case unchanged.
import { describe, expect, it } from 'vitest';
import { minimumChoices, type MeasureChoice } from '../../law/index.js';
import { loadProcedures } from '../procedure/load.js';
import { DEMO_USERS, userMap } from '../users.js';
import { attachment, day, testContext, YANGQUAN, engineInput, reviewPoints } from '../testing/support.js';
import { testOrganisation, testPerson } from '../testing/parties.js';
import { act, availableSteps, openCase } from './engine.js';
import { executionStatus, measuresToExecute } from './execution.js';
import { caseSuspects, citableEvidence } from './guards-investigation.js';
import type { CaseState, EngineContext, Refusal } from './types.js';

const registry = loadProcedures();
const users = userMap(DEMO_USERS);


class Driver {
  state: CaseState;
  ctx: EngineContext;
  events: string[] = [];
  constructor(procId: string, variant?: string, ctx: Partial<EngineContext> = {}) {
    this.ctx = testContext(registry.get(procId)!, ctx);
    this.state = openCase({ id: 'C1', procedure: this.ctx.procedure, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN, ...(variant ? { variant } : {}) }, this.ctx);
  }
  do(step: string, as: string, input: Record<string, unknown>, at: string) {
    const r = act(this.state, step, as, engineInput(input), at, this.ctx);
    if (!r.ok) throw new Error(`${step}: ${r.refusal.code} ${r.refusal.message}`);
    this.state = r.state;
    this.events.push(r.event.step);
    return r;
  }
  refused(step: string, as: string, input: Record<string, unknown>, at: string): Refusal {
    const before = structuredClone(this.state);
    const r = act(this.state, step, as, engineInput(input), at, this.ctx);
    expect(r.ok, `${step} should be refused`).toBe(false);
    expect(this.state).toEqual(before);
    if (r.ok) throw new Error('not refused');
    expect(r.refusal.message).toMatch(/[\u4e00-\u9fff]/);
    return r.refusal;
  }
}

const officers = ['zhifa1', 'zhifa2'];
const HOSPITAL = testOrganisation('某某医院', '定点医疗机构', 1);
const ART40 = { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 };
const FACTS = { amounts: { defraudedFen: 1_000_000 }, flags: [], actEnded: '2026-06-30', discovered: '2026-10-01' };
const waiver = { attachments: [attachment('书面放弃声明')] };

function filed(): Driver {
  const d = new Driver('xzcf-putong');
  d.do('线索核查', 'zhifa1', { 核查意见: '线索属实，建议立案' }, day(0));
  d.do('立案', 'fuze', { officers, 案由: '骗取医保基金', parties: [HOSPITAL] }, day(0));
  d.do('调查取证', 'zhifa1', { officers, 取证内容: '询问院长', attachments: [attachment('笔录或证据')] }, day(1));
  return d;
}

/** 普通程序 up to 告知期间 (day 3), with the lightest lawful choice notified. */
function toNotice(opts: { major?: boolean; review?: boolean } = {}): { d: Driver; choices: MeasureChoice[] } {
  const d = filed();
  d.do('调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS, ...(opts.major ? { 情节复杂或者重大: true } : {}) }, day(2));
  if (opts.review !== false) d.do('法制审核', 'fazhi', { 结论: '同意', 审核意见: '事实清楚，适用法律正确', 审核事项: reviewPoints() }, day(2));
  const choices = minimumChoices(d.state.penalty.decision!);
  d.do('告知', 'zhifa1', { officers, measures: choices, 告知书送达日期: '2026-11-26' }, day(3));
  return { d, choices };
}

describe('procedures as data', () => {
  it('loads every procedure, each with a reachable normal end', () => {
    const ids = registry.latest().map((p) => p.id).sort();
    expect(ids).toEqual(['fxjc', 'fxjc-chuli', 'jbcl', 'jbnb', 'qt-xieyi', 'qt-xinyong', 'xzcf-jianyi', 'xzcf-putong', 'xzgf', 'xzjc-shuangsuiji', 'xzjl', 'xzqr', 'xzqz-fengcun', 'xzqz-zanting']);
  });
  it('a case keeps the version it was opened under', () => {
    const d = new Driver('xzcf-putong');
    expect(d.state.procedure).toMatchObject({ id: 'xzcf-putong', version: 2 });
    const other = { ...d.ctx, procedure: { ...d.ctx.procedure, version: 3 } };
    const r = act(d.state, '线索核查', 'zhifa1', { 核查意见: 'x' }, day(0), other);
    expect(r.ok ? '' : r.refusal.code).toBe('PROCEDURE_MISMATCH');
  });
  it('a lead must be checked within 15 working days from the day it came in (暂行规定 第十四条)', () => {
    const d = new Driver('xzcf-putong');
    expect(d.state.deadlines[0]).toMatchObject({ id: '线索核查期限', amount: 15, unit: '工作日', status: 'open', start: '2026-11-23' });
  });
});

describe('the penalty decision, from the case', () => {
  it('is computed at 调查终结 from the case’s party, jurisdiction and date, and stored whole', () => {
    const d = filed();
    d.do('调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, day(2));
    const decision = d.state.penalty.decision!;
    expect(decision.inputs).toMatchObject({ article: '医疗保障基金使用监督管理条例:40:3', jurisdiction: '山西省/阳泉市', decisionDate: '2026-11-25' });
    expect(decision.party).toEqual({ kind: '定点医疗机构', class: '法人或者其他组织' });
    const fine = decision.measures.find((m) => m.kind === '罚款')!;
    expect([fine.minFen, fine.maxFen]).toEqual([2_000_000, 5_000_000]);
    expect(fine.citation).toMatchObject({ article: 40, paragraph: 1, item: 3 });
    // no local standard loaded for 阳泉: the hearing is offered and 法制审核 required, with a warning
    expect(decision.procedure?.legalReview.required).toBe(true);
    expect(decision.warnings.join('')).toMatch(/山西省\/阳泉市未录入/);
    expect(d.state.facts.legalReviewRequired).toBe(true);
  });
  it('a violation the penalty rules cannot compute is refused with the reason, nothing recorded', () => {
    const d = filed();
    const r = d.refused('调查终结', 'zhifa2', { officers, 调查终结报告: 'x', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: 41 }, facts: FACTS }, day(2));
    expect(r.code).toBe('PENALTY_RULE');
    expect(r.message).toMatch(/参保个人/);
  });
});

describe('暂行规定 第十八条第一款第（三）项: data from an information system, and the party’s explanation of each 疑点', () => {
  const SUSPECTS = [
    { 编号: 'R-ZL-001/2026-03-02-0007', 内容: '限女性项目用于男性患者', 发生日期: '2026-03-02', 涉及金额Fen: 12_000 },
    { 编号: 'R-ZL-001/2026-03-05-0011', 内容: '限女性项目用于男性患者', 发生日期: '2026-03-05', 涉及金额Fen: 8_000 },
  ];
  it('no explanation before the case has 疑点; then only of its own, each once', () => {
    const d = filed();
    expect(d.refused('疑点说明', 'zhifa1', { officers, 说明人: '院长王某', 说明: [{ 疑点编号: 'X-1', 说明: '系录入错误', 核实意见: '须进一步核实' }] }, day(1)).code).toBe('NO_SUSPECTS');
    d.do('调取疑点数据', 'zhifa1', { officers, 信息系统: '医保智能监控系统', 疑点: SUSPECTS }, day(1));
    expect(caseSuspects(d.state).map((x) => [x.编号, x.来源])).toEqual(SUSPECTS.map((x) => [x.编号, '医保智能监控系统']));
    const r = d.refused('疑点说明', 'zhifa1', { officers, 说明人: '院长王某', 说明: [{ 疑点编号: 'R-ZL-009/1', 说明: '系录入错误', 核实意见: '须进一步核实' }] }, day(1));
    expect(r.code).toBe('UNKNOWN_SUSPECT');
    expect(r.message).toMatch(/「R-ZL-009\/1」不是本案的疑点编号/);
    // the same 疑点 twice in one explanation is the schema's
    const twice = { 疑点编号: SUSPECTS[0]!.编号, 说明: 'x', 核实意见: '说明不成立' };
    expect(d.refused('疑点说明', 'zhifa1', { officers, 说明人: '院长王某', 说明: [twice, twice] }, day(1)).code).toBe('INVALID_INPUT');
  });
  it('records each explanation with the officers’ finding; the explanation is evidence the facts may cite', () => {
    const d = filed();
    d.do('调取疑点数据', 'zhifa1', { officers, 信息系统: '医保智能监控系统', 疑点: SUSPECTS }, day(1));
    d.do('疑点说明', 'zhifa1', {
      officers, 说明人: '院长王某',
      说明: [
        { 疑点编号: SUSPECTS[0]!.编号, 说明: '患者为女性，性别登记错误', 核实意见: '说明成立，不予认定' },
        { 疑点编号: SUSPECTS[1]!.编号, 说明: '无法说明', 核实意见: '说明不成立' },
      ],
    }, day(1));
    expect(d.state.suspectExplanations?.map((e) => [e.疑点编号, e.核实意见, e.说明人])).toEqual([[SUSPECTS[0]!.编号, '说明成立，不予认定', '院长王某'], [SUSPECTS[1]!.编号, '说明不成立', '院长王某']]);
    expect(citableEvidence(d.state)).toContain('疑点说明（院长王某，2026-11-24）');
    d.do('调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '2026-03-05 限女性项目用于男性患者，涉及基金80元', 证据: ['疑点说明（院长王某，2026-11-24）', '笔录或证据'] }], violation: ART40, facts: FACTS }, day(2));
  });
});

describe('暂行规定 第三十七条第一款第（五）项: the local situations that require 法制审核', () => {
  const LANZHOU = { path: '甘肃省/兰州市', code: '620100', name: '甘肃省兰州市' };
  const lanzhouUsers = userMap(DEMO_USERS.map((u) => ({ ...u, jurisdiction: LANZHOU.path })));
  const lanzhouCase = () => {
    const d = new Driver('xzcf-putong', undefined, { users: lanzhouUsers });
    d.state = openCase({ id: 'C2', procedure: d.ctx.procedure, now: day(0), actor: 'zhifa1', jurisdiction: LANZHOU }, d.ctx);
    d.do('线索核查', 'zhifa1', { 核查意见: '线索属实，建议立案' }, day(0));
    d.do('立案', 'fuze', { officers, 案由: '骗取医保基金', parties: [HOSPITAL] }, day(0));
    d.do('调查取证', 'zhifa1', { officers, 取证内容: '询问院长', attachments: [attachment('笔录或证据')] }, day(1));
    return d;
  };
  const end = (marked: string[]) => ({ officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS, 本地法制审核情形: marked });
  it('a situation 甘肃省’s rule lists is recorded with its citation and requires the review before the decision', () => {
    const d = lanzhouCase();
    d.do('调查终结', 'zhifa2', end(['行政执法决定可能在社会造成重大影响的']), day(2));
    expect(d.state.facts.localReviewSituations).toEqual([{ text: '行政执法决定可能在社会造成重大影响的', citation: '《甘肃省重大行政执法决定法制审核办法》第五条第（二）项' }]);
    expect(d.state.facts.legalReviewRequired).toBe(true);
    d.do('告知', 'zhifa1', { officers, measures: minimumChoices(d.state.penalty.decision!), 告知书送达日期: '2026-11-26' }, day(3));
    const review = (d.state.facts.requirements as { legalReview: { reasons: string[]; citations: string[] } }).legalReview;
    expect(review.reasons).toContain('行政执法决定可能在社会造成重大影响（本地重大行政执法决定法制审核情形）');
    expect(review.citations).toContain('《医疗保障行政处罚程序暂行规定》第三十七条第（五）项');
  });
  it('words the rule does not list, one the national grounds cover, or any in a place with no list are refused', () => {
    const d = lanzhouCase();
    const r = d.refused('调查终结', 'zhifa2', end(['可能引发群体性事件的']), day(2));
    expect(r.code).toBe('UNKNOWN_REVIEW_SITUATION');
    expect(r.message).toMatch(/可选：行政执法决定可能在社会造成重大影响的；法律、法规、规章规定应当进行法制审核的/);
    // 涉及重大公共利益 is the national ground's own field (重大公共利益), not a local mark
    expect(d.refused('调查终结', 'zhifa2', end(['涉及重大公共利益的']), day(2)).code).toBe('UNKNOWN_REVIEW_SITUATION');
    const y = filed();
    expect(y.refused('调查终结', 'zhifa2', end(['行政执法决定可能在社会造成重大影响的']), day(2)).message).toMatch(/本辖区未录入本地法制审核目录/);
  });
});

describe('暂行规定 第十九条第四款: facts only on the evidence of the case', () => {
  const end = (findings?: unknown) => ({ officers, 调查终结报告: '事实清楚', ...(findings === undefined ? {} : { 认定事实: findings }), violation: ART40, facts: FACTS });
  it('调查终结 without the facts and their evidence is refused, nothing recorded', () => {
    const d = filed();
    const r = d.refused('调查终结', 'zhifa2', end(), day(2));
    expect(r.code).toBe('FACTS_WITHOUT_EVIDENCE');
    expect(r.message).toMatch(/第十九条第四款/);
    expect(d.state.state).toBe('调查中');
    // a fact with no evidence at all is the schema's
    expect(d.refused('调查终结', 'zhifa2', end([{ 事实: '虚构诊疗项目', 证据: [] }]), day(2)).code).toBe('INVALID_INPUT');
  });
  it('a fact citing evidence the case never registered is refused, naming what the case has', () => {
    const d = filed();
    const r = d.refused('调查终结', 'zhifa2', end([{ 事实: '虚构诊疗项目', 证据: ['笔录或证据'] }, { 事实: '串换药品', 证据: ['院长的口头承认'] }]), day(2));
    expect(r.code).toBe('EVIDENCE_NOT_IN_CASE');
    expect(r.message).toMatch(/第 2 项事实所依据的「院长的口头承认」不是本案已登记的证据/);
    expect(r.message).toMatch(/本案证据：笔录或证据/);
  });
  it('cites registered evidence, a 询问笔录 and the files by the names the case shows; the report lists them', () => {
    const d = filed();
    d.do('登记证据', 'zhifa1', { officers, 证据: [{ 名称: '住院病历12份', 种类: '书证', 收集方式: '调取材料', 原件: true }] }, day(1));
    const names = citableEvidence(d.state);
    expect(names).toEqual(['住院病历12份', '笔录或证据']);
    d.do('调查终结', 'zhifa2', end([{ 事实: '虚构诊疗项目12人次', 证据: ['住院病历12份', '笔录或证据'] }]), day(2));
    expect(d.state.evidence).toEqual([{ 名称: '住院病历12份', 种类: '书证', 收集方式: '调取材料', step: '登记证据', date: '2026-11-24' }]);
    expect(d.state.data['调查终结']!['认定事实']).toEqual([{ 事实: '虚构诊疗项目12人次', 证据: ['住院病历12份', '笔录或证据'] }]);
  });
});

/** A calendar day as the instant a step is recorded (Asia/Shanghai). */
const on = (date: string): string => `${date}T10:00:00+08:00`;
/** Days from the day after `from` through `to`. */
const daysAfter = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** Carries out the decision's non-money penalty (the 暂停 of 条例 第四十条) from `from`. */
function suspend(d: Driver, from: string, at: string): void {
  const [m] = measuresToExecute(d.state);
  expect(m?.kind).toMatch(/^暂停/);
  d.do('执行', 'zhifa1', { 措施: m!.kind, 开始日期: from, 执行情况: '已书面通知经办机构暂停结算' }, at);
}

describe('行政处罚普通程序 through to 公示', () => {
  it('runs 线索核查 → … → 公示 with deadlines started and stopped', () => {
    const { d, choices } = toNotice();
    expect(d.state.deadlines.filter((x) => x.status === 'open').map((x) => x.id)).toEqual(['办案期限', '陈述申辩期限', '听证申请期限']);
    // 办案期限 counts from 立案; the windows from the 告知书's service (11-26)
    expect(d.state.deadlines.find((x) => x.id === '办案期限')).toMatchObject({ start: '2026-11-23', due: '2027-02-21', period: '办案期限' });
    expect(d.state.deadlines.find((x) => x.id === '陈述申辩期限')).toMatchObject({ start: '2026-11-26' });
    expect(d.state.facts.hearingRight).toBe(true);
    d.do('放弃陈述申辩', 'zhifa1', waiver, day(3));
    d.do('放弃听证', 'zhifa1', waiver, day(3));
    d.do('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4));
    expect(d.state.deadlines.find((x) => x.id === '办案期限')!.status).toBe('met');
    expect(d.state.deadlines.find((x) => x.id === '送达期限')).toMatchObject({ status: 'open', unit: '工作日', amount: 7 });
    d.do('送达', 'zhifa2', { 送达方式: '直接送达', attachments: [attachment('送达回证')] }, day(5));
    expect(d.state.deadlines.find((x) => x.id === '缴纳期限')).toMatchObject({ status: 'open', amount: 15, unit: '日' });
    // 责令退回 to the fund and the fine to the treasury, each with its receipt
    expect(d.refused('结案', 'fuze', { 执行结果: '全部履行', 结案报告: '结案' }, day(10)).code).toBe('NOT_EXECUTED');
    d.do('缴款', 'zhifa1', { 款项: '责令退回', amountFen: 1_000_000, 缴款日期: '2026-12-03', 票据号: 'JK-1' }, day(10));
    d.do('缴款', 'zhifa1', { 款项: '罚款', amountFen: 2_000_000, 缴款日期: '2026-12-03', 票据号: 'PJ-1' }, day(10));
    // the 暂停 of 条例 第四十条 runs six months from the day it is carried out: 结案 only after it
    suspend(d, '2026-11-29', day(10));
    expect(d.refused('结案', 'fuze', { 执行结果: '全部履行', 结案报告: '结案' }, on('2027-05-20')).code).toBe('NOT_EXECUTED');
    d.do('结案', 'fuze', { 执行结果: '全部履行', 结案报告: '结案' }, on('2027-06-01'));
    expect(d.state).toMatchObject({ state: '已结案', closed: true });
    expect(d.state.deadlines.every((x) => x.status !== 'open')).toBe(true);
    // 公示 may follow 结案 (it is not a step of the penalty procedure's end)
    d.do('公示', 'zhifa1', { 公示渠道: '局网站' }, on('2027-06-01'));
    expect(d.state).toMatchObject({ state: '已结案', closed: true });
    expect(d.refused('缴款', 'zhifa1', { 款项: '罚款', amountFen: 1, 缴款日期: '2027-06-01', 票据号: 'PJ-2' }, on('2027-06-02')).code).toBe('CASE_CLOSED');
  });

  it('a hearing: request in time, notice seven working days ahead, host not an investigator; the hearing time does not count', () => {
    const { d, choices } = toNotice();
    d.do('申请听证', 'zhifa1', { 申请方式: '书面' }, day(4));
    expect(d.state.state).toBe('听证准备');
    expect(d.refused('听证通知', 'zhifa1', { 听证日期: '2026-12-10', 主持人: 'zhifa2', 听证地点: '会议室' }, day(4)).code).toBe('HEARING_HOST_INVESTIGATOR');
    // notice on 11-27 (Fri): seven working days run to 12-08, so a hearing on 12-03 is too early
    expect(d.refused('听证通知', 'zhifa1', { 听证日期: '2026-12-03', 主持人: 'fazhi', 听证地点: '会议室' }, day(4)).code).toBe('HEARING_NOTICE_TOO_LATE');
    d.do('听证通知', 'zhifa1', { 听证日期: '2026-12-10', 主持人: 'fazhi', 听证地点: '会议室' }, day(4));
    expect(d.refused('举行听证', 'fazhi', { 听证笔录: '…' }, day(10)).code).toBe('HEARING_NOT_YET');
    expect(d.refused('举行听证', 'fuze', { 听证笔录: '…' }, day(17)).code).toBe('HEARING_HOST_ONLY');
    const dueBefore = d.state.deadlines.find((x) => x.id === '办案期限')!.due;
    d.do('举行听证', 'fazhi', { 听证笔录: '当事人申辩…' }, day(17));
    const dueAfter = d.state.deadlines.find((x) => x.id === '办案期限')!.due;
    expect(d.state.pauses).toEqual([{ kind: '听证', from: '2026-11-27', to: '2026-12-10' }]);
    expect(dueAfter > dueBefore).toBe(true);
    // 行政处罚法 第五十八条第一款第（二）项: after a hearing, 法制审核 again before deciding
    expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(18)).code).toBe('LEGAL_REVIEW_REQUIRED');
    expect(d.refused('法制审核', 'zhifa1', { 结论: '同意', 审核意见: 'x', 审核事项: reviewPoints() }, day(18)).code).toBe('ROLE');
    d.do('法制审核', 'fazhi', { 结论: '同意', 审核意见: '听证后复核，同意', 审核事项: reviewPoints() }, day(18));
    d.do('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(18));
    expect(d.state.state).toBe('已决定');
  });

  it('time not counted (检测检验、鉴定 …) only of the kinds the period excludes', () => {
    const d = filed();
    expect(d.state.deadlines.find((x) => x.id === '办案期限')!.due).toBe('2027-02-21');
    expect(d.refused('中止计时', 'zhifa1', { 类型: '出差' }, day(5)).code).toBe('INVALID_INPUT');
    d.do('中止计时', 'zhifa1', { 类型: '鉴定' }, day(5));
    expect(d.refused('中止计时', 'zhifa1', { 类型: '鉴定' }, day(6)).code).toBe('ALREADY_PAUSED');
    d.do('恢复计时', 'zhifa1', { 类型: '鉴定' }, day(14));
    expect(d.state.pauses).toEqual([{ kind: '鉴定', from: '2026-11-28', to: '2026-12-07' }]);
    expect(d.state.deadlines.find((x) => x.id === '办案期限')!.due).toBe('2027-03-03');
    expect(d.refused('恢复计时', 'zhifa1', { 类型: '鉴定' }, day(15)).code).toBe('NOT_PAUSED');
  });

  it('不予立案 ends the case', () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: '不属实' }, day(0));
    d.do('不予立案', 'fuze', { 理由: '违法事实不能成立' }, day(0));
    expect(d.state.closed).toBe(true);
    expect(d.refused('立案', 'fuze', { officers, 案由: 'x', parties: [HOSPITAL] }, day(1)).code).toBe('CASE_CLOSED');
  });
});

describe('guards: each is tried and refused with a reason, the case unchanged', () => {
  it('≥ 2 distinct officers with valid certificates of the case’s jurisdiction', () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    expect(d.refused('立案', 'fuze', { officers: ['zhifa1'], 案由: 'x', parties: [HOSPITAL] }, day(0)).code).toBe('INVALID_INPUT');
    expect(d.refused('立案', 'fuze', { officers: 'zhifa1', 案由: 'x', parties: [HOSPITAL] }, day(0)).code).toBe('INVALID_INPUT');
    expect(d.refused('立案', 'fuze', { officers: ['zhifa1', 'zhifa1'], 案由: 'x', parties: [HOSPITAL] }, day(0)).code).toBe('INVALID_INPUT');
    expect(d.refused('立案', 'fuze', { officers: ['zhifa1', 'zhifa4'], 案由: 'x', parties: [HOSPITAL] }, day(0)).code).toBe('CERTIFICATE_INVALID');
    const neighbour = { ...users.get('zhifa3')!, name: 'kq1', jurisdiction: '山西省/太原市' };
    d.ctx = { ...d.ctx, users: new Map([...users, ['kq1', neighbour]]) };
    expect(d.refused('立案', 'fuze', { officers: ['zhifa1', 'kq1'], 案由: 'x', parties: [HOSPITAL] }, day(0)).code).toBe('OFFICER_OUTSIDE_JURISDICTION');
    d.do('立案', 'fuze', { officers, 案由: 'x', parties: [HOSPITAL] }, day(0));
    expect(d.refused('调查取证', 'zhifa3', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(1)).code).toBe('ACTOR_NOT_LISTED');
    expect(d.refused('调查取证', 'zhifa4', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(1)).code).toBe('CERTIFICATE_INVALID');
    expect(d.refused('调查取证', 'fazhi', { officers, 取证内容: 'x' }, day(1)).code).toBe('ROLE');
    expect(d.refused('调查取证', 'zhifa1', { officers, 取证内容: 'x' }, day(1)).code).toBe('MISSING_ATTACHMENT');
  });

  it('every input through its schema: unknown fields, wrong types and invalid identity numbers are refused', () => {
    const d = new Driver('xzcf-putong');
    expect(d.refused('线索核查', 'zhifa1', { 核查意见: 'x', 备注: '多余字段' }, day(0)).message).toMatch(/不认识的字段：备注/);
    expect(d.refused('线索核查', 'zhifa1', { 核查意见: 5 }, day(0)).message).toMatch(/核查意见/);
    d.do('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    const bad = { ...HOSPITAL, 证件号码: HOSPITAL.证件号码.slice(0, 17) + (HOSPITAL.证件号码.endsWith('0') ? '1' : '0') };
    expect(d.refused('立案', 'fuze', { officers, 案由: 'x', parties: [bad] }, day(0)).message).toMatch(/统一社会信用代码.*校验不通过/);
    expect(d.refused('立案', 'fuze', { officers, 案由: 'x', parties: [{ ...testPerson('王某'), 主体类别: '定点医疗机构' }] }, day(0)).message).toMatch(/不是公民/);
  });

  it('dates: not in the future, not before the previous step; an earlier day needs a reason', () => {
    const d = new Driver('xzcf-putong', undefined, { today: () => '2026-11-24' });
    expect(d.refused('线索核查', 'zhifa1', { 核查意见: 'x' }, day(5)).code).toBe('FUTURE_DATE');
    expect(d.refused('线索核查', 'zhifa1', { 核查意见: 'x', 日期: '2026-11-25' }, day(1)).code).toBe('FUTURE_DATE');
    expect(d.refused('线索核查', 'zhifa1', { 核查意见: 'x', 日期: '2026-11-22' }, day(1)).code).toBe('DATE_BEFORE_PREVIOUS');
    expect(d.refused('线索核查', 'zhifa1', { 核查意见: 'x', 日期: '2026-11-23' }, day(1)).code).toBe('BACKDATED_WITHOUT_REASON');
    d.do('线索核查', 'zhifa1', { 核查意见: 'x', 日期: '2026-11-23', 补录理由: '外出核查，次日录入' }, day(1));
    expect(d.state.history.at(-1)).toMatchObject({ date: '2026-11-23', backdated: '外出核查，次日录入' });
  });

  it('recusal: an officer with a declared interest, or a conflict with the party, is refused', () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    d.do('立案', 'fuze', { officers, 案由: 'x', parties: [HOSPITAL] }, day(0));
    d.do('申报回避', 'zhifa2', { user: 'zhifa2', 理由: '配偶在该院任职' }, day(1));
    const r = d.refused('调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(1));
    expect([r.code, r.message.includes('配偶在该院任职')]).toEqual(['RECUSED', true]);
    d.do('调查取证', 'zhifa1', { officers: ['zhifa1', 'zhifa3'], 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(1));
  });

  it('法制审核 only by someone who took no part in the investigation (暂行规定 第三十七条第二款)', () => {
    const d = filed();
    d.do('调查终结', 'zhifa2', { officers, 调查终结报告: 'x', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, day(2));
    // zhifa3 took no step but was never an officer: an investigator who also holds the reviewer role is refused
    const both = { ...users.get('zhifa3')!, roles: ['执法人员' as const, '法制审核员' as const] };
    d.ctx = { ...d.ctx, users: new Map([...users, ['zhifa3', both]]) };
    const e = filed();
    e.ctx = d.ctx;
    e.do('调查取证', 'zhifa3', { officers: ['zhifa3', 'zhifa1'], 取证内容: '补充询问', attachments: [attachment('笔录或证据')] }, day(1));
    e.do('调查终结', 'zhifa2', { officers, 调查终结报告: 'x', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, day(2));
    expect(e.refused('法制审核', 'zhifa3', { 结论: '同意', 审核意见: 'x', 审核事项: reviewPoints() }, day(2)).code).toBe('CASE_INVESTIGATOR');
  });

  it('法制审核 conclusions are a closed list with their consequences (暂行规定 第三十九条)', () => {
    const d = filed();
    d.do('调查终结', 'zhifa2', { officers, 调查终结报告: 'x', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, day(2));
    expect(d.refused('法制审核', 'fazhi', { 结论: '随便写', 审核意见: 'x', 审核事项: reviewPoints() }, day(2)).code).toBe('INVALID_INPUT');
    d.do('法制审核', 'fazhi', { 结论: '继续调查', 审核意见: '主要事实不清', 审核事项: reviewPoints({ 3: '主要事实不清' }) }, day(2));
    expect(d.state.state).toBe('调查中');
    d.do('调查取证', 'zhifa1', { officers, 取证内容: '补充调查', attachments: [attachment('笔录或证据')] }, day(3));
    d.do('调查终结', 'zhifa2', { officers, 调查终结报告: '补充后', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, day(3));
    expect(d.state.legalReview).toBeUndefined();
  });

  it('集体讨论 for 情节复杂或者重大 cases', () => {
    const { d, choices } = toNotice({ major: true });
    d.do('放弃陈述申辩', 'zhifa1', waiver, day(3));
    d.do('放弃听证', 'zhifa1', waiver, day(3));
    expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4)).code).toBe('COLLECTIVE_DISCUSSION_REQUIRED');
    d.do('集体讨论', 'fuze', { 参加人员: ['fuze', 'fuze2'], 讨论意见: '一致同意', 讨论结论: '同意处罚' }, day(4));
    d.do('集体讨论签字', 'fuze', { 确认: true }, day(4));
    d.do('集体讨论签字', 'fuze2', { 确认: true }, day(4));
    expect(d.state.collective?.signedBy).toEqual(['fuze', 'fuze2']);
    d.do('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4));
  });

  it('no decision before the 陈述申辩/听证 windows close, unless waived in writing', () => {
    const { d, choices } = toNotice();
    expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4)).code).toBe('WINDOW_OPEN');
    d.do('放弃陈述申辩', 'zhifa1', waiver, day(4));
    expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4)).code).toBe('WINDOW_OPEN');
    d.do('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(12));
  });

  it('the decision within the computed ranges, with every mandatory measure, not beyond what was notified', () => {
    const { d, choices } = toNotice();
    d.do('放弃陈述申辩', 'zhifa1', waiver, day(3));
    d.do('放弃听证', 'zhifa1', waiver, day(3));
    const fine = choices.find((c) => c.measureId === '罚款@单位')!;
    const over = choices.map((c) => (c === fine ? { ...c, amountFen: 5_000_001 } : c));
    expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures: over }, day(4)).code).toBe('DECISION_OUT_OF_RANGE');
    const under = choices.map((c) => (c === fine ? { ...c, amountFen: 1_999_999 } : c));
    expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures: under }, day(4)).message).toMatch(/低于法定下限.*第三十二条/);
    const noSuspension = choices.filter((c) => !c.measureId.startsWith('暂停'));
    expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures: noSuspension }, day(4)).message).toMatch(/未决定「暂停相关责任部门涉及基金使用的医药服务」/);
    const higher = choices.map((c) => (c === fine ? { ...c, amountFen: 3_000_000 } : c));
    expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures: higher }, day(4)).code).toBe('EXCEEDS_NOTIFIED');
    expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures: [...choices, { measureId: '吊销执业资格@当事人' }] }, day(4)).message).toMatch(/移送|不在/);
    d.do('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4));
  });

  it('a decision other than 行政处罚 carries no penalty (暂行规定 第四十三条)', () => {
    const { d, choices } = toNotice();
    d.do('放弃陈述申辩', 'zhifa1', waiver, day(3));
    d.do('放弃听证', 'zhifa1', waiver, day(3));
    expect(d.refused('决定', 'fuze', { 类型: '不予行政处罚', measures: choices, 不予处罚理由: '当事人有证据足以证明没有主观过错', 理由: 'x' }, day(4)).code).toBe('PENALTY_IN_NON_PENALTY_DECISION');
    expect(d.refused('决定', 'fuze', { 类型: '不予行政处罚', 理由: 'x' }, day(4)).message).toMatch(/不予行政处罚须选择理由/);
    expect(d.refused('决定', 'fuze', { 类型: '违法事实不能成立', measures: [{ measureId: '责令退回@当事人' }], 理由: 'x' }, day(4)).code).toBe('MEASURES_IN_DECISION');
    expect(d.refused('决定', 'fuze', { 类型: '移送司法机关' }, day(4)).message).toMatch(/移送机关/);
    d.do('决定', 'fuze', { 类型: '移送司法机关', 移送机关: '阳泉市公安局', 理由: '涉嫌诈骗罪' }, day(4));
    expect(d.state.state).toBe('已移送');
  });

  it('late 送达 is recorded as late with its reason, never a dead end (行政处罚法 第六十一条 is a duty)', () => {
    const { d, choices } = toNotice();
    d.do('放弃陈述申辩', 'zhifa1', waiver, day(3));
    d.do('放弃听证', 'zhifa1', waiver, day(3));
    d.do('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4));
    const due = d.state.deadlines.find((x) => x.id === '送达期限')!.due;
    expect(due).toBe('2026-12-08');
    expect(d.refused('送达', 'zhifa2', { 送达方式: '直接送达', attachments: [attachment('送达回证')] }, day(20)).code).toBe('LATE_WITHOUT_REASON');
    d.do('送达', 'zhifa2', { 送达方式: '邮寄送达', 逾期理由: '当事人长期外出，联系不上', attachments: [attachment('送达回证')] }, day(20));
    expect(d.state.penalty.served).toMatchObject({ method: '邮寄送达', late: '当事人长期外出，联系不上' });
    expect(d.state.deadlines.find((x) => x.id === '送达期限')).toMatchObject({ status: 'late', lateReason: '当事人长期外出，联系不上' });
  });

  it('extensions only as 暂行规定 第四十五条 provides: +30 by the head, then at most 60 by collective discussion', () => {
    const d = filed();
    expect(d.refused('申请延期', 'zhifa1', { 期限: '办案期限', 延长: 365, 理由: '案情复杂' }, day(5)).code).toBe('EXTENSION_AMOUNT');
    d.do('申请延期', 'zhifa1', { 期限: '办案期限', 延长: 30, 理由: '案情复杂' }, day(5));
    expect(d.refused('批准延期', 'zhifa2', { 期限: '办案期限', 审批意见: '同意' }, day(5)).code).toBe('ROLE');
    d.do('批准延期', 'fuze', { 期限: '办案期限', 审批意见: '同意' }, day(5));
    expect(d.state.deadlines.find((x) => x.id === '办案期限')!.due).toBe('2027-03-23');
    expect(d.refused('申请延期', 'zhifa1', { 期限: '办案期限', 延长: 61, 理由: '案情特别复杂' }, day(6)).code).toBe('EXTENSION_TOO_LONG');
    d.do('申请延期', 'zhifa1', { 期限: '办案期限', 延长: 45, 理由: '案情特别复杂' }, day(6));
    expect(d.refused('批准延期', 'fuze', { 期限: '办案期限', 审批意见: '同意' }, day(6)).code).toBe('COLLECTIVE_DISCUSSION_REQUIRED');
    d.do('批准延期', 'fuze', { 期限: '办案期限', 审批意见: '同意', 集体讨论记录: '负责人集体讨论同意继续延期45日' }, day(6));
    expect(d.refused('申请延期', 'zhifa1', { 期限: '办案期限', 延长: 10, 理由: '再延' }, day(7)).code).toBe('EXTENSION_EXHAUSTED');
  });

  it('a step after its deadline needs an approved extension where the period gives none for lateness', () => {
    const d = filed();
    const r = d.refused('调查终结', 'zhifa2', { officers, 调查终结报告: 'x', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, day(100));
    expect(r.code).toBe('DEADLINE_PASSED');
    // and the case is never stuck: it can still be ended
    d.do('撤销立案', 'fuze', { 理由: '超过办案期限且不符合延期条件' }, day(100));
    expect(d.state.closed).toBe(true);
  });

  it('refusals list the steps that are possible', () => {
    const d = new Driver('xzcf-putong');
    const r = d.refused('决定', 'fuze', { 类型: '行政处罚' }, day(0));
    expect(r.code).toBe('WRONG_STATE');
    expect(r.message).toContain(availableSteps(d.state, d.ctx.procedure)[0]!);
  });
});


/** 普通程序 through 送达 (2026-11-28): 责令退回 10,000.00 元 and a fine of 20,000.00 元 (条例 第四十条). */
function served(): Driver {
  const { d, choices } = toNotice();
  d.do('放弃陈述申辩', 'zhifa1', waiver, day(3));
  d.do('放弃听证', 'zhifa1', waiver, day(3));
  d.do('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4));
  d.do('送达', 'zhifa2', { 送达方式: '直接送达', attachments: [attachment('送达回证')] }, day(5));
  return d;
}

describe('a 行政处罚 decision carries a penalty (行政处罚法 第九条)', () => {
  it('orders alone are refused as a 行政处罚 where the article leaves the fine to the bureau (社会救助暂行办法 第六十八条: 可以处)', () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: '骗取医疗救助资金' }, day(0));
    d.do('立案', 'fuze', { officers, 案由: '骗取医疗救助资金', parties: [testPerson('赵某', 5)] }, day(0));
    d.do('调查取证', 'zhifa1', { officers, 取证内容: '调取救助档案', attachments: [attachment('笔录或证据')] }, day(1));
    d.do('调查终结', 'zhifa2', { officers, 调查终结报告: '虚报收入骗取救助资金', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '社会救助暂行办法', 条: 68 }, facts: { amounts: { illegalGainsFen: 300_000, defraudedFen: 300_000 }, flags: [] } }, day(2));
    if (d.state.facts.legalReviewRequired) d.do('法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, day(2));
    const ordersOnly = minimumChoices(d.state.penalty.decision!);
    expect(ordersOnly.every((c) => !d.state.penalty.decision!.measures.find((m) => m.id === c.measureId)!.penalty)).toBe(true);
    const r = d.refused('告知', 'zhifa1', { officers, measures: ordersOnly, 告知书送达日期: '2026-11-26' }, day(3));
    expect(r.code).toBe('NO_PENALTY_CHOSEN');
    expect(r.message).toMatch(/「罚款」/);
  });
});

describe('执行: payment, 加处罚款, 催告, the court, 复议 and 结案 (行政处罚法 第六十六条至第七十三条, 行政强制法 第五十三条、第五十四条)', () => {
  it('a payment is recorded only against what the decision orders, never more, never before the decision', () => {
    const d = served();
    expect(executionStatus(d.state, '2026-12-01').lines.map((l) => [l.kind, l.amountFen, l.payee])).toEqual([
      ['责令退回', 1_000_000, '医疗保障基金财政专户'],
      ['罚款', 2_000_000, '国库'],
    ]);
    expect(d.refused('缴款', 'zhifa1', { 款项: '罚款', amountFen: 2_000_001, 缴款日期: '2026-12-01', 票据号: 'P' }, day(8)).code).toBe('OVERPAYMENT');
    expect(d.refused('缴款', 'zhifa1', { 款项: '没收违法所得', amountFen: 100, 缴款日期: '2026-12-01', 票据号: 'P' }, day(8)).code).toBe('NOT_OWED');
    expect(d.refused('缴款', 'zhifa1', { 款项: '罚款', amountFen: 100, 缴款日期: '2026-11-20', 票据号: 'P' }, day(8)).code).toBe('PAYMENT_BEFORE_DECISION');
    expect(d.refused('缴款', 'zhifa1', { 款项: '罚款', amountFen: 100, 缴款日期: '2026-12-05', 票据号: 'P' }, day(8)).code).toBe('FUTURE_DATE');
    expect(d.refused('缴款', 'zhifa1', { 款项: '罚款', 缴款人: '某某', amountFen: 100, 缴款日期: '2026-12-01', 票据号: 'P' }, day(8)).code).toBe('NOT_OWED');
    d.do('缴款', 'zhifa1', { 款项: '罚款', amountFen: 1_500_000, 缴款日期: '2026-12-01', 票据号: 'P1' }, day(8));
    expect(d.refused('缴款', 'zhifa1', { 款项: '罚款', amountFen: 500_001, 缴款日期: '2026-12-01', 票据号: 'P2' }, day(8)).code).toBe('OVERPAYMENT');
    expect(d.refused('结案', 'fuze', { 执行结果: '部分履行', 结案报告: 'x' }, day(8)).code).toBe('EXPLANATION_REQUIRED');
    expect(d.refused('结案', 'fuze', { 执行结果: '无须执行', 结案报告: 'x' }, day(8)).code).toBe('WRONG_OUTCOME');
  });

  it('an unpaid fine: 加处罚款 day by day to the cap, 催告 only once overdue, the court only after the remedy periods and within three months, 结案 on its acceptance', () => {
    const d = served();
    // 缴纳期限: 十五日 from service on 11-28 (the calendar double here; the real one is tested in src/law)
    const due = d.state.deadlines.find((x) => x.id === '缴纳期限')!;
    expect(due).toMatchObject({ start: '2026-11-28', amount: 15, unit: '日', status: 'open' });
    expect(d.refused('催告', 'zhifa1', { 催告书送达日期: '2026-12-10', 送达方式: '直接送达' }, on('2026-12-10')).code).toBe('NOT_OVERDUE');
    d.do('缴款', 'zhifa1', { 款项: '责令退回', amountFen: 1_000_000, 缴款日期: '2026-12-03', 票据号: 'JK-1' }, on('2026-12-03'));
    // each day late up to 12-24: 3% of 20,000.00 元 = 600.00 元 a day
    const late = executionStatus(d.state, '2026-12-24').lines.find((l) => l.kind === '加处罚款')!;
    expect(late).toMatchObject({ amountFen: daysAfter(due.due, '2026-12-24') * 60_000, payee: '国库' });
    expect(executionStatus(d.state, '2026-12-24').overdue).toBe(true);
    d.do('催告', 'zhifa1', { 催告书送达日期: '2026-12-24', 送达方式: '直接送达' }, on('2026-12-24'));
    expect(d.state.state).toBe('已催告');
    // 行政强制法 第五十四条: ten days (working days, 第六十九条) after the 催告书 is served
    expect(d.state.deadlines.find((x) => x.id === '催告履行期限')).toMatchObject({ start: '2026-12-24', unit: '工作日', amount: 10 });
    // the 起诉期限 of six months from service runs to 2027-05-28: no application before it ends …
    expect(d.refused('申请强制执行', 'fuze', { 人民法院: '阳泉市城区人民法院' }, on('2027-01-20')).code).toBe('REMEDY_PERIOD_RUNNING');
    // … nor more than three months after it (行政强制法 第五十三条)
    expect(d.state.deadlines.find((x) => x.id === '申请强制执行期限')).toMatchObject({ start: '2027-05-28', unit: '月', amount: 3 });
    expect(d.refused('申请强制执行', 'fuze', { 人民法院: '阳泉市城区人民法院' }, on('2027-09-10')).code).toBe('DEADLINE_PASSED');
    // 加处罚款 never exceeds the fine (第七十二条第一款第（一）项)
    const capped = executionStatus(d.state, '2027-06-01').lines.find((l) => l.kind === '加处罚款')!;
    expect(capped.amountFen).toBe(2_000_000);
    expect(capped.outstandingFen).toBe(2_000_000);
    expect(d.refused('结案', 'fuze', { 执行结果: '人民法院受理强制执行', 结案报告: 'x' }, on('2027-06-01')).code).toBe('WRONG_OUTCOME');
    d.do('申请强制执行', 'fuze', { 人民法院: '阳泉市城区人民法院' }, on('2027-06-01'));
    d.do('法院受理', 'zhifa1', { 案号: '（2027）晋0302执12号' }, on('2027-06-08'));
    d.do('结案', 'fuze', { 执行结果: '人民法院受理强制执行', 结案报告: '已申请人民法院强制执行并受理' }, on('2027-06-09'));
    expect(d.state).toMatchObject({ state: '已结案', closed: true });
  });

  it('分期缴纳 on the party’s application: instalments that add up to the fine, 加处罚款 only on a missed instalment', () => {
    const d = served();
    expect(d.refused('批准暂缓分期', 'fuze', { 申请事项: '分期缴纳', 安排: [{ 到期日: '2026-12-31', amountFen: 1_000_000 }, { 到期日: '2027-01-31', amountFen: 1_000_000 }], 审批意见: '同意', 书面告知日期: '2026-12-02' }, on('2026-12-02')).code).toBe('NO_APPLICATION');
    d.do('申请暂缓分期', 'zhifa1', { 申请事项: '分期缴纳', 理由: '经营困难' }, on('2026-12-01'));
    const plan = (a: number, b: number) => [{ 到期日: '2026-12-31', amountFen: a }, { 到期日: '2027-01-31', amountFen: b }];
    expect(d.refused('批准暂缓分期', 'fuze', { 申请事项: '分期缴纳', 安排: plan(1_000_000, 900_000), 审批意见: '同意', 书面告知日期: '2026-12-02' }, on('2026-12-02')).code).toBe('INVALID_SCHEDULE');
    expect(d.refused('批准暂缓分期', 'fuze', { 申请事项: '暂缓缴纳', 安排: plan(1_000_000, 1_000_000), 审批意见: '同意', 书面告知日期: '2026-12-02' }, on('2026-12-02')).code).toBe('NOT_APPLIED_FOR');
    d.do('批准暂缓分期', 'fuze', { 申请事项: '分期缴纳', 安排: plan(1_000_000, 1_000_000), 审批意见: '同意分两期', 书面告知日期: '2026-12-02' }, on('2026-12-02'));
    d.do('缴款', 'zhifa1', { 款项: '责令退回', amountFen: 1_000_000, 缴款日期: '2026-12-03', 票据号: 'JK-1' }, on('2026-12-03'));
    d.do('缴款', 'zhifa1', { 款项: '罚款', amountFen: 1_000_000, 缴款日期: '2026-12-30', 票据号: 'PJ-1' }, on('2026-12-30'));
    // after the old 十五日 but within the plan: not overdue, no 加处罚款
    expect(executionStatus(d.state, '2027-01-10')).toMatchObject({ overdue: false });
    expect(executionStatus(d.state, '2027-01-10').lines.some((l) => l.kind === '加处罚款')).toBe(false);
    // the second instalment two days late: 3% of 10,000.00 元 for 2 days
    expect(executionStatus(d.state, '2027-02-02').lines.find((l) => l.kind === '加处罚款')).toMatchObject({ amountFen: 2 * 30_000 });
    d.do('缴款', 'zhifa1', { 款项: '罚款', amountFen: 1_000_000, 缴款日期: '2027-01-29', 票据号: 'PJ-2' }, on('2027-01-29'));
    suspend(d, '2026-11-29', on('2027-01-29'));
    d.do('结案', 'fuze', { 执行结果: '全部履行', 结案报告: '分期缴清，暂停期满' }, on('2027-06-01'));
    expect(d.state.closed).toBe(true);
  });

  it('a 复议 stops the clock of 加处罚款 and bars the court; a revoked decision refunds what was paid and closes as 决定被撤销', () => {
    const d = served();
    d.do('公示', 'zhifa1', { 公示渠道: '局网站' }, on('2026-12-01'));
    d.do('缴款', 'zhifa1', { 款项: '责令退回', amountFen: 1_000_000, 缴款日期: '2026-12-03', 票据号: 'JK-1' }, on('2026-12-03'));
    d.do('申请行政复议', 'zhifa1', { 复议机关: '阳泉市人民政府' }, on('2026-12-20'));
    // the days after the 缴纳期限 up to the 复议 are counted; from the 复议 on, none (第七十三条第三款)
    const due = d.state.deadlines.find((x) => x.id === '缴纳期限')!.due;
    expect(executionStatus(d.state, '2027-01-20').lines.find((l) => l.kind === '加处罚款')).toMatchObject({ amountFen: daysAfter(due, '2026-12-19') * 60_000 });
    expect(executionStatus(d.state, '2027-01-20').appealPending).toBe(true);
    expect(d.refused('变更公示', 'zhifa1', { 变更理由: 'x' }, on('2027-01-20')).code).toBe('NOT_CHANGED');
    d.do('复议诉讼结果', 'fazhi', { 途径: '行政复议', 结果: '撤销', 文书号: '阳政复决字〔2027〕3号' }, on('2027-02-10'));
    const revoked = executionStatus(d.state, '2027-02-10');
    expect(revoked).toMatchObject({ revoked: true, totalOutstandingFen: 0 });
    // the decision is gone: no 催告, no court, and the fund's money goes back
    expect(d.refused('催告', 'zhifa1', { 催告书送达日期: '2027-02-10', 送达方式: '直接送达' }, on('2027-02-10')).code).toBe('REVOKED');
    expect(d.refused('结案', 'fuze', { 执行结果: '决定被撤销', 情况说明: '复议撤销', 结案报告: 'x' }, on('2027-02-11')).code).toBe('NOT_REFUNDED');
    expect(d.refused('退还', 'zhifa1', { 款项: '责令退回', amountFen: 1_000_001, 退还日期: '2027-02-11', 凭证号: 'TH-1' }, on('2027-02-11')).code).toBe('REFUND_NOT_DUE');
    d.do('退还', 'zhifa1', { 款项: '责令退回', amountFen: 1_000_000, 退还日期: '2027-02-11', 凭证号: 'TH-1' }, on('2027-02-11'));
    // 暂行规定 第四十六条: the published decision is withdrawn within 三日
    expect(d.state.deadlines.find((x) => x.id === '公开信息变更期限')).toMatchObject({ status: 'open', start: '2027-02-10' });
    d.do('变更公示', 'zhifa1', { 变更理由: '处罚决定经复议被撤销，撤回公开的信息' }, on('2027-02-11'));
    d.do('结案', 'fuze', { 执行结果: '决定被撤销', 情况说明: '阳政复决字〔2027〕3号撤销原处罚决定，已退还款项', 结案报告: '决定被撤销，结案' }, on('2027-02-12'));
    expect(d.state.closed).toBe(true);
  });

  it('a 复议 upheld: the court may be asked only after the 十五日 to sue have passed', () => {
    const d = served();
    d.do('申请行政复议', 'zhifa1', { 复议机关: '阳泉市人民政府' }, on('2026-12-10'));
    expect(d.refused('申请强制执行', 'fuze', { 人民法院: '阳泉市城区人民法院' }, on('2027-01-20')).code).not.toBe(undefined);
    d.do('复议诉讼结果', 'fazhi', { 途径: '行政复议', 结果: '维持', 文书号: '阳政复决字〔2027〕1号' }, on('2027-02-01'));
    // 行政诉讼法 第四十五条: 十五日 from 02-01 → 02-16; the three months run from there
    expect(d.state.deadlines.filter((x) => x.id === '申请强制执行期限').pop()).toMatchObject({ status: 'open', start: '2027-02-16', amount: 3 });
  });
});
