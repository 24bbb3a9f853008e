// 中止调查 and 恢复调查 (暂行规定 第四十二条), 终止调查 (第四十七条第一款), the 法制审核 period
// with its one extension (第四十条第一款), what each review opinion does (第三十九条) and where the
// court application runs from after a 暂缓 (第五十五条第二款), 协助调查 (第三十四条) and 归档
// (第五十七条), as pure logic: each refusal leaves the case unchanged.
import { describe, expect, it } from 'vitest';
import { loadProcedures } from '../procedure/load.js';
import { DEMO_USERS, userMap } from '../users.js';
import { minimumChoices } from '../../law/index.js';
import { attachment, day, EngineDriver, testContext, YANGQUAN, reviewPoints } from '../testing/support.js';
import { testOrganisation } from '../testing/parties.js';
import { openCase } from './engine.js';
import type { User } from './types.js';

const registry = loadProcedures();
const LEGAL_HEAD: User = { name: 'fazhike', displayName: '法制科长', roles: ['法制机构负责人'], jurisdiction: '山西省/阳泉市' };
const officers = ['zhifa1', 'zhifa2'];
const HOSPITAL = testOrganisation('某某医院', '定点医疗机构', 61);
const ART40 = { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 };
const FACTS = { amounts: { defraudedFen: 1_000_000 }, flags: [], actEnded: '2026-06-30', discovered: '2026-10-01' };

class Driver extends EngineDriver {
  constructor() {
    const ctx = testContext(registry.get('xzcf-putong')!, { users: userMap([...DEMO_USERS, LEGAL_HEAD]) });
    super(ctx, openCase({ id: 'C1', procedure: ctx.procedure, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN }, ctx));
  }
  due(id: string) {
    return this.state.deadlines.find((x) => x.id === id && x.status === 'open')?.due;
  }
}

function filed(): Driver {
  const d = new Driver();
  d.do('线索核查', 'zhifa1', { 核查意见: '线索属实' }, day(0));
  d.do('立案', 'fuze', { officers, 案由: '骗取医保基金', parties: [HOSPITAL] }, day(0));
  d.do('调查取证', 'zhifa1', { officers, 取证内容: '询问院长', attachments: [attachment('笔录或证据')] }, day(1));
  return d;
}

describe('中止调查 and 恢复调查 (暂行规定 第四十二条)', () => {
  it('only by the head, only on a listed ground; the 90 days stand still and nothing is investigated until 恢复调查', () => {
    const d = filed();
    const before = d.due('办案期限')!;
    expect(d.refused('中止调查', 'zhifa1', { 中止情形: '因当事人下落不明暂时无法调查', 说明: '院长失联' }, day(5)).code).toBe('ROLE');
    const ground = d.refused('中止调查', 'fuze', { 中止情形: '当事人出差', 说明: 'x' }, day(5));
    expect(ground.code).toBe('INVALID_INPUT');
    expect(ground.message).toMatch(/中止调查的情形应为/);
    d.do('中止调查', 'fuze', { 中止情形: '因当事人下落不明暂时无法调查', 说明: '法定代表人失联' }, day(5));
    expect(d.state.state).toBe('已中止');
    expect(d.state.data['中止调查']).toMatchObject({ 中止情形: '因当事人下落不明暂时无法调查' });
    expect(d.refused('调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(6)).code).toBe('WRONG_STATE');
    expect(d.refused('恢复调查', 'zhifa1', { 中止原因消除情况: '已联系上' }, day(25)).code).toBe('ROLE');
    d.do('恢复调查', 'fuze', { 中止原因消除情况: '法定代表人已到案' }, day(25));
    expect(d.state.state).toBe('调查中');
    expect(d.state.pauses).toEqual([{ kind: '中止调查', from: '2026-11-28', to: '2026-12-18' }]);
    expect(d.due('办案期限')! > before).toBe(true);
    d.do('调查取证', 'zhifa1', { officers, 取证内容: '补充询问', attachments: [attachment('笔录或证据')] }, day(26));
  });
});

describe('终止调查 (暂行规定 第四十七条第一款)', () => {
  it('only by the head, only on a listed ground, and it ends the case', () => {
    const d = filed();
    expect(d.refused('终止调查', 'zhifa1', { 终止情形: '移送司法机关追究刑事责任', 说明: 'x' }, day(3)).code).toBe('ROLE');
    expect(d.refused('终止调查', 'fuze', { 终止情形: '当事人已整改', 说明: 'x' }, day(3)).message).toMatch(/终止调查的情形应为/);
    d.do('终止调查', 'fuze', { 终止情形: '当事人死亡、下落不明长期无法调查或者终止且无权利义务承受人', 说明: '该院已注销，无承受人' }, day(3));
    expect(d.state).toMatchObject({ state: '已终止', closed: true });
    expect(d.refused('调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(4)).code).toBe('CASE_CLOSED');
  });
});

describe('法制审核期限 (暂行规定 第四十条第一款)', () => {
  it('ten working days from 调查终结; after them the review waits for one extension of ten, approved by the 法制机构负责人', () => {
    const d = filed();
    d.do('调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS, 疑难复杂: true }, day(2));
    expect(d.state.deadlines.find((x) => x.id === '法制审核期限')).toMatchObject({ status: 'open', amount: 10, unit: '工作日', start: '2026-11-25', due: '2026-12-09' });
    expect(d.refused('法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, day(20)).code).toBe('DEADLINE_PASSED');
    expect(d.refused('申请延期', 'zhifa1', { 期限: '法制审核期限', 延长: 15, 理由: '特殊情况' }, day(10)).code).toBe('EXTENSION_AMOUNT');
    d.do('申请延期', 'zhifa1', { 期限: '法制审核期限', 延长: 10, 理由: '需要专家论证' }, day(10));
    const head = d.refused('批准延期', 'fuze', { 期限: '法制审核期限', 审批意见: '同意' }, day(10));
    expect(head.code).toBe('ROLE');
    expect(head.message).toMatch(/法制机构负责人/);
    d.do('批准延期', 'fazhike', { 期限: '法制审核期限', 审批意见: '同意延长十个工作日' }, day(10));
    expect(d.due('法制审核期限')).toBe('2026-12-23');
    expect(d.refused('申请延期', 'zhifa1', { 期限: '法制审核期限', 延长: 10, 理由: '再延' }, day(11)).code).toBe('EXTENSION_EXHAUSTED');
    d.do('法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, day(20));
    expect(d.state.deadlines.find((x) => x.id === '法制审核期限')?.status).toBe('met');
  });
});

describe('法制审核 opinions and their consequences (暂行规定 第三十九条)', () => {
  const ended = () => {
    const d = filed();
    d.do('调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, day(2));
    return d;
  };
  for (const opinion of ['变更', '纠正'] as const) {
    it(`「${opinion}」 sends the case back to 调查中; after the change a new 调查终结 needs a new review before anything is decided`, () => {
      const d = ended();
      d.do('法制审核', 'fazhi', { 结论: opinion, 审核意见: opinion === '变更' ? '定性不准，应适用第四十条第一款' : '程序不合法，应补充告知', 审核事项: reviewPoints(opinion === '变更' ? { 4: '定性不准' } : { 6: '程序不合法' }) }, day(2));
      expect(d.state.state).toBe('调查中');
      expect(d.refused('告知', 'zhifa1', { officers, measures: [], 告知书送达日期: '2026-11-26' }, day(3)).code).toBe('WRONG_STATE');
      d.do('调查终结', 'zhifa2', { officers, 调查终结报告: '按审核意见处理后', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, day(3));
      expect(d.state.legalReview).toBeUndefined();
      const choices = minimumChoices(d.state.penalty.decision!);
      d.do('告知', 'zhifa1', { officers, measures: choices, 告知书送达日期: '2026-11-27' }, day(4));
      d.do('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(4));
      d.do('放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(4));
      expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4)).code).toBe('LEGAL_REVIEW_REQUIRED');
      d.do('法制审核', 'fazhi', { 结论: '同意', 审核意见: '已按意见处理，同意', 审核事项: reviewPoints() }, day(4));
      d.do('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4));
      expect(d.state.state).toBe('已决定');
    });
  }
  it('「不予作出行政执法决定」 leaves only a decision that is not a 行政处罚 (第一款第（二）项)', () => {
    const d = ended();
    const choices = minimumChoices(d.state.penalty.decision!);
    d.do('告知', 'zhifa1', { officers, measures: choices, 告知书送达日期: '2026-11-26' }, day(3));
    d.do('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(3));
    d.do('放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(3));
    d.do('法制审核', 'fazhi', { 结论: '不予作出行政执法决定', 审核意见: '主要事实不清、证据不足', 审核事项: reviewPoints({ 3: '主要事实不清、证据不足' }) }, day(3));
    expect(d.state.state).toBe('告知期间');
    const r = d.refused('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4));
    expect(r.code).toBe('REVIEW_AGAINST_PENALTY');
    expect(r.message).toContain('第三十九条第一款第（二）项');
    d.do('决定', 'fuze', { 类型: '违法事实不能成立', 理由: '证据不足以证明骗取' }, day(4));
    expect(d.state.penalty.decided?.kind).toBe('违法事实不能成立');
  });
  it('「其他」 is recorded with its words and does not stop the case; 「继续调查」 after 告知 stops the decision until a review agrees', () => {
    const d = ended();
    d.do('法制审核', 'fazhi', { 结论: '其他', 审核意见: '建议加强对该院的日常监管', 审核事项: reviewPoints() }, day(2));
    expect(d.state).toMatchObject({ state: '调查终结', legalReview: { conclusion: '其他' } });
    expect(d.state.data['法制审核']).toMatchObject({ 审核意见: '建议加强对该院的日常监管' });
    const choices = minimumChoices(d.state.penalty.decision!);
    d.do('告知', 'zhifa1', { officers, measures: choices, 告知书送达日期: '2026-11-26' }, day(3));
    d.do('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(3));
    d.do('放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(3));
    d.do('法制审核', 'fazhi', { 结论: '继续调查', 审核意见: '主要事实不清', 审核事项: reviewPoints({ 3: '主要事实不清' }) }, day(3));
    expect(d.state.state).toBe('调查中');
  });
});

describe('申请人民法院强制执行的期限 after 暂缓缴纳 (暂行规定 第五十五条第二款)', () => {
  it('runs from the end of the approved 暂缓 when it ends after the time to sue', () => {
    const d = filed();
    d.do('调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: ART40, facts: FACTS }, day(2));
    d.do('法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, day(2));
    const choices = minimumChoices(d.state.penalty.decision!);
    d.do('告知', 'zhifa1', { officers, measures: choices, 告知书送达日期: '2026-11-26' }, day(3));
    d.do('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(3));
    d.do('放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(3));
    d.do('决定', 'fuze', { 类型: '行政处罚', measures: choices }, day(4));
    d.do('送达', 'zhifa2', { 送达方式: '直接送达', attachments: [attachment('送达回证')] }, day(5));
    const before = d.state.deadlines.find((x) => x.id === '申请强制执行期限' && x.status === 'open')!;
    expect(before.start < '2027-09-30').toBe(true);
    const fine = choices.find((c) => c.measureId === '罚款@单位')!.amountFen!;
    d.do('申请暂缓分期', 'zhifa1', { 申请事项: '暂缓缴纳', 理由: '经营困难' }, day(6));
    d.do('批准暂缓分期', 'fuze', { 申请事项: '暂缓缴纳', 安排: [{ 到期日: '2027-09-30', amountFen: fine }], 审批意见: '同意暂缓至九月底', 书面告知日期: '2026-11-29' }, day(6));
    expect(d.state.deadlines.find((x) => x.id === '申请强制执行期限' && x.status === 'open')).toMatchObject({ start: '2027-09-30', amount: 3, unit: '月' });
  });
});

describe('协助调查 (暂行规定 第三十四条)', () => {
  it('a written request to another region; fifteen days from the day it reached them; a late answer recorded late with the reason', () => {
    const d = filed();
    const letter = { 协查事项: '核实某某医院在太原的结算记录', 函号: '阳医保协〔2026〕1号', attachments: [attachment('协助调查函')] };
    const own = d.refused('发出协助调查函', 'zhifa1', { ...letter, 被请求部门: '山西省/阳泉市/矿区' }, day(2));
    expect(own.code).toBe('NOT_ANOTHER_REGION');
    expect(own.message).toContain('第三十四条');
    expect(d.refused('发出协助调查函', 'zhifa1', { 被请求部门: '山西省/太原市', 协查事项: 'x', 函号: 'x' }, day(2)).code).toBe('MISSING_ATTACHMENT');
    expect(d.refused('协助调查函送达', 'zhifa1', { 送达方式: '邮寄' }, day(2)).code).toBe('STEP_ORDER');
    d.do('发出协助调查函', 'zhifa1', { ...letter, 被请求部门: '山西省/太原市' }, day(2));
    d.do('协助调查函送达', 'zhifa1', { 送达方式: '邮寄' }, day(4));
    expect(d.state.deadlines.find((x) => x.id === '协查期限')).toMatchObject({ status: 'open', amount: 15, unit: '日', start: '2026-11-27', due: '2026-12-12' });
    expect(d.refused('协查回复', 'zhifa1', { 回复: '需要延期完成', 回复内容: '资料较多' }, day(25)).code).toBe('LATE_WITHOUT_REASON');
    expect(d.refused('协查回复', 'zhifa1', { 回复: '不理会', 回复内容: 'x' }, day(10)).code).toBe('INVALID_INPUT');
    d.do('协查回复', 'zhifa1', { 回复: '需要延期完成', 回复内容: '资料较多', 逾期理由: '被请求部门期满后才告知' }, day(25));
    expect(d.state.deadlines.find((x) => x.id === '协查期限')).toMatchObject({ status: 'late', lateReason: '被请求部门期满后才告知' });
  });
});

describe('归档 (暂行规定 第五十七条)', () => {
  it('only after the case has ended, once: 一案一卷', () => {
    const d = new Driver();
    d.do('线索核查', 'zhifa1', { 核查意见: '线索属实' }, day(0));
    d.do('立案', 'fuze', { officers, 案由: '骗取医保基金', parties: [HOSPITAL], 涉嫌违反: ART40 }, day(0));
    d.do('调查取证', 'zhifa1', { officers, 取证内容: '询问院长', attachments: [attachment('笔录或证据')] }, day(1));
    expect(d.refused('归档', 'zhifa1', { 案卷号: '阳医保罚〔2026〕1号', 归档说明: 'x' }, day(2)).code).toBe('WRONG_STATE');
    d.do('终止调查', 'fuze', { 终止情形: '其他依法应当终止调查的情形', 说明: '已撤回' }, day(3));
    d.do('归档', 'zhifa1', { 案卷号: '阳医保罚〔2026〕1号', 归档说明: '立案审批表、询问笔录、终止调查审批表', attachments: [attachment('终止调查审批表')] }, day(4));
    expect(d.state.data['归档']).toMatchObject({ 案卷号: '阳医保罚〔2026〕1号' });
    const again = d.refused('归档', 'zhifa2', { 案卷号: '阳医保罚〔2026〕2号', 归档说明: 'x' }, day(5));
    expect(again.code).toBe('ALREADY_FILED');
    expect(again.message).toContain('一案一卷');
  });

  it('only with every promised document: the 立案审批表 names the rule suspected at 立案, a document the data cannot build is uploaded', () => {
    const d = new Driver();
    d.do('线索核查', 'zhifa1', { 核查意见: '线索属实' }, day(0));
    d.do('立案', 'fuze', { officers, 案由: '骗取医保基金', parties: [HOSPITAL] }, day(0));
    d.do('调查取证', 'zhifa1', { officers, 取证内容: '调取收费明细', attachments: [attachment('笔录或证据')] }, day(1));
    d.do('终止调查', 'fuze', { 终止情形: '其他依法应当终止调查的情形', 说明: '已撤回' }, day(3));
    const incomplete = d.refused('归档', 'zhifa1', { 案卷号: '阳医保罚〔2026〕3号', 归档说明: 'x' }, day(4));
    expect(incomplete.code).toBe('DOCUMENTS_INCOMPLETE');
    // the 立案审批表 lacks the rule (no 涉嫌违反 at 立案, no 调查终结); the 终止调查审批表 is not in the data;
    // the 笔录 are in the file as the 笔录或证据 uploaded with 调查取证
    expect(incomplete.message).toMatch(/「立案审批表」.*须写明涉嫌违反的规定/);
    expect(incomplete.message).not.toMatch(/「询问笔录」|「现场检查笔录」/);
    expect(incomplete.message).toMatch(/「终止调查审批表」/);
    expect(incomplete.message).toMatch(/第五十七条第一款第（二）项/);
    // uploading only the 终止调查审批表 is not enough
    expect(d.refused('归档', 'zhifa1', { 案卷号: '阳医保罚〔2026〕3号', 归档说明: 'x', attachments: [attachment('终止调查审批表')] }, day(4)).message).not.toMatch(/「终止调查审批表」/);

    const e = new Driver();
    e.do('线索核查', 'zhifa1', { 核查意见: '线索属实' }, day(0));
    e.do('立案', 'fuze', { officers, 案由: '骗取医保基金', parties: [HOSPITAL], 涉嫌违反: ART40 }, day(0));
    expect(e.state.data['立案']!['涉嫌违反']).toEqual(ART40);
    e.do('调查取证', 'zhifa1', { officers, 取证内容: '询问院长', attachments: [attachment('笔录或证据')] }, day(1));
    e.do('终止调查', 'fuze', { 终止情形: '其他依法应当终止调查的情形', 说明: '已撤回' }, day(3));
    e.do('归档', 'zhifa1', { 案卷号: '阳医保罚〔2026〕4号', 归档说明: '立案审批表、询问笔录、终止调查审批表', attachments: [attachment('终止调查审批表')] }, day(4));
    expect(e.state.data['归档']).toMatchObject({ 案卷号: '阳医保罚〔2026〕4号' });
  });
});
