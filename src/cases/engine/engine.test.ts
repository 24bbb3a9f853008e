import { describe, expect, it } from 'vitest';
import { loadProcedures } from '../procedure/load.js';
import { DEMO_USERS, userMap } from '../users.js';
import { attachment, day, weekdayCalendar } from '../testing/support.js';
import { act, availableSteps, openCase } from './engine.js';
import type { CaseState, EngineContext, PenaltyRange } from './types.js';

const registry = loadProcedures();
const users = userMap(DEMO_USERS);

/** A penalty-module double for 条例 第四十条 (fraud): fine 2–5 × defrauded, suspension 6–12 months. */
function fakePenalty(violation: string, facts: unknown): PenaltyRange {
  if (violation !== '医疗保障基金使用监督管理条例:40') throw new Error(`未知条款 ${violation}`);
  const amount = (facts as { amounts?: { defraudedFen?: number } }).amounts?.defraudedFen ?? 0;
  return {
    punishable: true,
    reasons: [],
    appliedArticle: violation,
    measures: [
      { kind: '责令退回', mandatory: true, amountFen: amount, citation: '条例第四十条' },
      { kind: '罚款', mandatory: true, minFen: amount * 2, maxFen: amount * 5, citation: '条例第四十条' },
      { kind: '暂停相关责任部门涉及基金使用的医药服务', mandatory: true, minMonths: 6, maxMonths: 12, citation: '条例第四十条' },
    ],
  };
}

function ctxFor(procId: string): EngineContext {
  return { procedure: registry.get(procId)!, users, computeDeadline: weekdayCalendar, computePenalty: fakePenalty };
}

class Driver {
  state: CaseState;
  ctx: EngineContext;
  events: string[] = [];
  constructor(procId: string, variant?: string) {
    this.ctx = ctxFor(procId);
    this.state = openCase({ id: 'C1', procedure: this.ctx.procedure, now: day(0), actor: 'zhifa1', ...(variant ? { variant } : {}) });
  }
  do(step: string, as: string, input: Record<string, unknown>, at: string) {
    const r = act(this.state, step, as, input, at, this.ctx);
    if (!r.ok) throw new Error(`${step}: ${r.refusal.code} ${r.refusal.message}`);
    this.state = r.state;
    this.events.push(r.event.step);
    return r;
  }
  refused(step: string, as: string, input: Record<string, unknown>, at: string) {
    const before = structuredClone(this.state);
    const r = act(this.state, step, as, input, at, this.ctx);
    expect(r.ok).toBe(false);
    expect(this.state).toEqual(before);
    if (r.ok) throw new Error('not refused');
    expect(r.refusal.message).toMatch(/[\u4e00-\u9fff]/);
    return r.refusal;
  }
}

const officers = ['zhifa1', 'zhifa2'];
const facts = { party: '定点医疗机构', amounts: { defraudedFen: 1_000_000 } };
const measures = [
  { kind: '责令退回', amountFen: 1_000_000 },
  { kind: '罚款', amountFen: 2_500_000 },
];

/** 普通程序 up to 告知期间 (day 3). */
function toNotice(opts: { major?: boolean; review?: boolean; hearing?: boolean } = {}): Driver {
  const d = new Driver('xzcf-putong');
  d.do('线索核查', 'zhifa1', { 核查意见: '线索属实，建议立案' }, day(0));
  d.do('立案', 'fuze', { officers, 案由: '骗取医保基金', 当事人: '某某医院' }, day(0));
  d.do('调查取证', 'zhifa1', { officers, 取证内容: '询问院长', attachments: [attachment('笔录或证据')] }, day(1));
  d.do('调查终结', 'zhifa2', { officers, 调查终结报告: '事实清楚', violation: '医疗保障基金使用监督管理条例:40', facts, 情节复杂或者重大: !!opts.major }, day(2));
  if (opts.review !== false) d.do('法制审核', 'fazhi', { 结论: '同意', 审核意见: '事实清楚，适用法律正确' }, day(2));
  d.do('告知', 'zhifa1', { officers, measures, 听证权利: opts.hearing !== false }, day(3));
  return d;
}

describe('procedures as data', () => {
  it('loads every procedure, each with a reachable normal end', () => {
    const ids = registry.latest().map((p) => p.id).sort();
    expect(ids).toEqual(['qt-xieyi', 'qt-xinyong', 'xzcf-jianyi', 'xzcf-putong', 'xzgf', 'xzjc-shuangsuiji', 'xzjl', 'xzqr', 'xzqz-fengcun', 'xzqz-zanting']);
  });
  it('a case keeps the version it was opened under', () => {
    const d = new Driver('xzcf-putong');
    expect(d.state.procedure).toMatchObject({ id: 'xzcf-putong', version: 1 });
    const other = { ...d.ctx, procedure: { ...d.ctx.procedure, version: 2 } };
    const r = act(d.state, '线索核查', 'zhifa1', { 核查意见: 'x' }, day(0), other);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.code).toBe('PROCEDURE_MISMATCH');
  });
});

describe('行政处罚普通程序 through to 公示', () => {
  it('runs 线索核查 → … → 公示 with deadlines started and stopped', () => {
    const d = toNotice({ hearing: true });
    expect(d.state.deadlines.map((x) => x.id)).toEqual(['办案期限', '陈述申辩期限', '听证申请期限']);
    expect(d.state.deadlines[0]).toMatchObject({ start: '2026-11-23', due: '2027-02-21', status: 'open' });
    d.do('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(3));
    d.do('放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(3));
    d.do('决定', 'fuze', { 类型: '行政处罚', measures }, day(4));
    expect(d.state.deadlines.find((x) => x.id === '办案期限')!.status).toBe('met');
    expect(d.state.deadlines.find((x) => x.id === '送达期限')).toMatchObject({ status: 'open', unit: '工作日', amount: 7 });
    d.do('送达', 'zhifa2', { 送达方式: '直接送达', attachments: [attachment('送达回证')] }, day(5));
    expect(d.state.deadlines.find((x) => x.id === '缴纳期限')).toMatchObject({ status: 'open', amount: 15 });
    d.do('执行', 'zhifa1', { 执行情况: '已缴纳' }, day(10));
    d.do('结案', 'fuze', { 结案报告: '结案' }, day(11));
    d.do('公示', 'zhifa1', { 公示渠道: '局网站' }, day(11));
    expect(d.state.state).toBe('已公示');
    expect(d.state.closed).toBe(true);
    expect(d.state.deadlines.every((x) => x.status !== 'open')).toBe(true);
  });

  it('a hearing: request in time, notice seven working days ahead, host not an investigator; the hearing period does not count', () => {
    const d = toNotice({ hearing: true });
    d.do('申请听证', 'zhifa1', { 申请方式: '书面' }, day(4));
    expect(d.state.state).toBe('听证准备');
    expect(d.refused('听证通知', 'zhifa1', { 听证日期: '2026-12-10', 主持人: 'zhifa2', 听证地点: '会议室' }, day(4)).code).toBe('HEARING_HOST_INVESTIGATOR');
    d.do('听证通知', 'zhifa1', { 听证日期: '2026-12-03', 主持人: 'fazhi', 听证地点: '会议室' }, day(4));
    // notice on 11-27 (Fri): seven working days run to 12-08, so a hearing on 12-03 is too early
    expect(d.refused('举行听证', 'fazhi', { 听证笔录: '…' }, day(10)).code).toBe('HEARING_NOTICE_TOO_LATE');
    d.do('听证通知', 'zhifa1', { 听证日期: '2026-12-10', 主持人: 'fazhi', 听证地点: '会议室' }, day(4));
    expect(d.refused('举行听证', 'zhifa1', { 听证笔录: '…' }, day(17)).code).toBe('HEARING_HOST_ONLY');
    const dueBefore = d.state.deadlines.find((x) => x.id === '办案期限')!.due;
    d.do('举行听证', 'fazhi', { 听证笔录: '当事人申辩…' }, day(17));
    const dueAfter = d.state.deadlines.find((x) => x.id === '办案期限')!.due;
    expect(d.state.pauses).toEqual([{ kind: '听证', from: '2026-11-27', to: '2026-12-10' }]);
    expect(dueAfter > dueBefore).toBe(true);
    d.do('决定', 'fuze', { 类型: '行政处罚', measures }, day(18));
    expect(d.state.state).toBe('已决定');
  });

  it('excluded periods (检测, 鉴定 …) do not count towards the 90 days', () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    d.do('立案', 'fuze', { officers, 案由: 'x', 当事人: 'y' }, day(0));
    expect(d.state.deadlines[0]!.due).toBe('2027-02-21');
    expect(d.refused('中止计时', 'zhifa1', { 类型: '出差' }, day(5)).code).toBe('INVALID_INPUT');
    d.do('中止计时', 'zhifa1', { 类型: '鉴定' }, day(5));
    expect(d.refused('中止计时', 'zhifa1', { 类型: '鉴定' }, day(6)).code).toBe('ALREADY_PAUSED');
    d.do('恢复计时', 'zhifa1', { 类型: '鉴定' }, day(14));
    // 2026-11-28 … 2026-12-07: ten days excluded
    expect(d.state.pauses).toEqual([{ kind: '鉴定', from: '2026-11-28', to: '2026-12-07' }]);
    expect(d.state.deadlines[0]!.due).toBe('2027-03-03');
    expect(d.refused('恢复计时', 'zhifa1', { 类型: '鉴定' }, day(15)).code).toBe('NOT_PAUSED');
  });

  it('不予立案 ends the case', () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: '不属实' }, day(0));
    d.do('不予立案', 'fuze', { 理由: '违法事实不能成立' }, day(0));
    expect(d.state.closed).toBe(true);
    expect(d.refused('立案', 'fuze', { officers, 案由: 'x', 当事人: 'y' }, day(1)).code).toBe('CASE_CLOSED');
  });
});

describe('guards: each is tried and refused with a reason, the case unchanged', () => {
  it('≥ 2 officers with valid certificates at investigation steps', () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    expect(d.refused('立案', 'fuze', { officers: ['zhifa1'], 案由: 'x', 当事人: 'y' }, day(0)).code).toBe('TOO_FEW_OFFICERS');
    expect(d.refused('立案', 'fuze', { officers: ['zhifa1', 'zhifa4'], 案由: 'x', 当事人: 'y' }, day(0)).code).toBe('CERTIFICATE_INVALID');
    d.do('立案', 'fuze', { officers, 案由: 'x', 当事人: 'y' }, day(0));
    expect(d.refused('调查取证', 'zhifa1', { officers: ['zhifa1', 'zhifa1'], 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(1)).code).toBe('TOO_FEW_OFFICERS');
    expect(d.refused('调查取证', 'zhifa3', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(1)).code).toBe('ACTOR_NOT_LISTED');
    expect(d.refused('调查取证', 'zhifa4', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(1)).code).toBe('CERTIFICATE_INVALID');
    expect(d.refused('调查取证', 'fazhi', { officers, 取证内容: 'x' }, day(1)).code).toBe('ROLE');
    expect(d.refused('调查取证', 'zhifa1', { officers, 取证内容: 'x' }, day(1)).code).toBe('MISSING_ATTACHMENT');
  });

  it('recusal: an officer with a declared interest is refused', () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    d.do('立案', 'fuze', { officers, 案由: 'x', 当事人: '某某医院' }, day(0));
    d.do('申报回避', 'zhifa2', { user: 'zhifa2', 理由: '配偶在该院任职' }, day(1));
    const r = d.refused('调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(1));
    expect(r.code).toBe('RECUSED');
    expect(r.message).toContain('配偶在该院任职');
    expect(d.refused('调查取证', 'zhifa2', { officers: ['zhifa2', 'zhifa3'], 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(1)).code).toBe('RECUSED');
    d.do('调查取证', 'zhifa1', { officers: ['zhifa1', 'zhifa3'], 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(1));
  });

  it("the head's approval where required (立案, 决定, 结案, 封存 by 负责人 only)", () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    expect(d.refused('立案', 'zhifa1', { officers, 案由: 'x', 当事人: 'y' }, day(0)).code).toBe('ROLE');
    const f = new Driver('xzqz-fengcun');
    f.do('申请封存', 'zhifa1', { officers, 封存理由: '资料可能被转移', 封存清单: '处方 20 册' }, day(0));
    expect(f.refused('批准封存', 'zhifa2', { 审批意见: '同意' }, day(0)).code).toBe('ROLE');
    expect(f.refused('实施封存', 'zhifa1', { officers, 现场笔录: 'x', attachments: [attachment('封存清单')] }, day(0)).code).toBe('WRONG_STATE');
  });

  it('法制审核 before a decision that needs it, by someone who is not the case officer', () => {
    const d = toNotice({ major: false, review: false, hearing: false });
    // the case was marked for review at 调查终结 only when major; mark it required here
    const needs = toNotice({ major: true, review: false, hearing: false });
    needs.do('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(3));
    needs.do('集体讨论', 'fuze', { 参加人员: ['fuze', 'fuze2'], 讨论结论: '同意处罚' }, day(4));
    expect(needs.refused('决定', 'fuze', { 类型: '行政处罚', measures }, day(4)).code).toBe('LEGAL_REVIEW_REQUIRED');
    const officerReviewer = { ...users.get('zhifa1')!, roles: ['执法人员' as const, '法制审核员' as const] };
    needs.ctx = { ...needs.ctx, users: new Map([...users, ['zhifa1', officerReviewer]]) };
    expect(needs.refused('法制审核', 'zhifa1', { 结论: '同意', 审核意见: 'x' }, day(4)).code).toBe('CASE_OFFICER');
    needs.do('法制审核', 'fazhi', { 结论: '不同意', 审核意见: '证据不足' }, day(4));
    expect(needs.refused('决定', 'fuze', { 类型: '行政处罚', measures }, day(4)).code).toBe('LEGAL_REVIEW_NOT_PASSED');
    needs.do('法制审核', 'fazhi', { 结论: '同意', 审核意见: '补充后同意' }, day(5));
    needs.do('决定', 'fuze', { 类型: '行政处罚', measures }, day(5));
    // a case not needing review decides without it
    d.do('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(3));
    d.do('决定', 'fuze', { 类型: '行政处罚', measures }, day(4));
  });

  it('集体讨论 for 情节复杂或者重大 cases', () => {
    const d = toNotice({ major: true, hearing: false });
    d.do('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(3));
    const r = d.refused('决定', 'fuze', { 类型: '行政处罚', measures }, day(4));
    expect(r.code).toBe('COLLECTIVE_DISCUSSION_REQUIRED');
    expect(r.message).toContain('第五十七条第二款');
    d.do('集体讨论', 'fuze', { 参加人员: ['fuze', 'fuze2'], 讨论结论: '同意' }, day(4));
    d.do('决定', 'fuze', { 类型: '行政处罚', measures }, day(4));
  });

  it('告知 before 决定', () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    d.do('立案', 'fuze', { officers, 案由: 'x', 当事人: 'y' }, day(0));
    d.do('调查终结', 'zhifa1', { officers, 调查终结报告: 'x', violation: '医疗保障基金使用监督管理条例:40', facts }, day(1));
    const r = d.refused('决定', 'fuze', { 类型: '行政处罚', measures }, day(2));
    expect(r.code).toBe('NOTICE_REQUIRED');
    expect(r.message).toContain('第四十四条');
    // a decision not to punish needs no notice
    d.do('决定', 'fuze', { 类型: '不予行政处罚' }, day(2));
    expect(d.state.deadlines.find((x) => x.id === '送达期限')).toMatchObject({ status: 'open' });
    const t = new Driver('xzcf-putong');
    t.do('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    t.do('立案', 'fuze', { officers, 案由: 'x', 当事人: 'y' }, day(0));
    t.do('调查终结', 'zhifa1', { officers, 调查终结报告: '涉嫌犯罪', violation: '医疗保障基金使用监督管理条例:40', facts }, day(1));
    t.do('决定', 'fuze', { 类型: '移送司法机关' }, day(2));
    expect(t.state.state).toBe('已移送');
    expect(t.state.deadlines.map((x) => [x.id, x.status])).toEqual([['办案期限', 'met']]);
  });

  it('no decision before the 陈述申辩/听证 windows close, unless waived in writing', () => {
    const d = toNotice({ hearing: true });
    expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures }, day(4)).code).toBe('WINDOW_OPEN');
    d.do('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(4));
    const r = d.refused('决定', 'fuze', { 类型: '行政处罚', measures }, day(4));
    expect(r.message).toContain('要求听证');
    // notice on Thu 11-26: five working days end Thu 12-03; on 12-04 the window is closed
    expect(d.state.deadlines.find((x) => x.id === '听证申请期限')!.due).toBe('2026-12-03');
    expect(d.refused('申请听证', 'zhifa1', { 申请方式: '书面' }, day(11)).code).toBe('HEARING_REQUEST_LATE');
    d.do('决定', 'fuze', { 类型: '行政处罚', measures }, day(11));
  });

  it('no heavier penalty because the party argued (art. 45)', () => {
    const d = toNotice({ hearing: false });
    d.do('陈述申辩', 'zhifa1', { 陈述内容: '不是故意的', 复核意见: '理由不成立' }, day(4));
    d.do('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(4));
    const r = d.refused('决定', 'fuze', { 类型: '行政处罚', measures: [{ kind: '责令退回', amountFen: 1_000_000 }, { kind: '罚款', amountFen: 3_000_000 }] }, day(5));
    expect(r.code).toBe('HEAVIER_AFTER_ARGUMENT');
    expect(r.message).toContain('第四十五条第二款');
    d.do('决定', 'fuze', { 类型: '行政处罚', measures: [{ kind: '责令退回', amountFen: 1_000_000 }, { kind: '罚款', amountFen: 2_000_000 }] }, day(5));
  });

  it('the decided penalty within the computed range and within the amount notified', () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    d.do('立案', 'fuze', { officers, 案由: 'x', 当事人: 'y' }, day(0));
    d.do('调查终结', 'zhifa1', { officers, 调查终结报告: 'x', violation: '医疗保障基金使用监督管理条例:40', facts }, day(1));
    const low = d.refused('告知', 'zhifa1', { officers, measures: [{ kind: '罚款', amountFen: 1_999_999 }] }, day(1));
    expect(low.code).toBe('PENALTY_OUT_OF_RANGE');
    expect(low.message).toContain('20,000元至50,000元');
    expect(d.refused('告知', 'zhifa1', { officers, measures: [{ kind: '吊销执业资格' }] }, day(1)).code).toBe('PENALTY_OUT_OF_RANGE');
    expect(d.refused('告知', 'zhifa1', { officers, measures: [{ kind: '暂停相关责任部门涉及基金使用的医药服务', months: 13 }] }, day(1)).code).toBe('PENALTY_OUT_OF_RANGE');
    d.do('告知', 'zhifa1', { officers, measures }, day(1));
    d.do('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, day(1));
    const over = d.refused('决定', 'fuze', { 类型: '行政处罚', measures: [...measures, { kind: '暂停相关责任部门涉及基金使用的医药服务', months: 6 }] }, day(2));
    expect(over.code).toBe('EXCEEDS_NOTIFIED');
    expect(d.refused('决定', 'fuze', { 类型: '行政处罚', measures: [{ kind: '罚款', amountFen: 5_000_001 }] }, day(2)).code).toBe('PENALTY_OUT_OF_RANGE');
  });

  it('a step after its deadline only with a recorded, approved extension', () => {
    const d = new Driver('xzcf-putong');
    d.do('线索核查', 'zhifa1', { 核查意见: 'x' }, day(0));
    d.do('立案', 'fuze', { officers, 案由: 'x', 当事人: 'y' }, day(0));
    const late = day(91);
    const r = d.refused('调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, late);
    expect(r.code).toBe('DEADLINE_PASSED');
    expect(r.message).toContain('2027-02-21');
    expect(d.refused('批准延期', 'fuze', { 期限: '办案期限', 审批意见: '同意' }, late).code).toBe('NO_EXTENSION_REQUEST');
    d.do('申请延期', 'zhifa1', { 期限: '办案期限', 延长: 30, 理由: '案情复杂' }, late);
    expect(d.refused('调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, late).message).toContain('延期申请尚未批准');
    expect(d.refused('批准延期', 'zhifa1', { 期限: '办案期限', 审批意见: '同意' }, late).code).toBe('ROLE');
    d.do('批准延期', 'fuze', { 期限: '办案期限', 审批意见: '同意延长三十日' }, late);
    expect(d.state.deadlines[0]!.due).toBe('2027-03-23');
    d.do('调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, late);
  });

  it('法制审核/审核 by someone other than the case officer also in 行政给付', () => {
    const d = new Driver('xzgf', '生育津贴');
    d.do('受理', 'jingban', { 申请人: '王某', 申请事项: '生育津贴', attachments: [attachment('申请材料')] }, day(0));
    const both = { ...users.get('jingban')!, roles: ['经办人员' as const, '经办审核员' as const] };
    d.ctx = { ...d.ctx, users: new Map([...users, ['jingban', both]]) };
    expect(d.refused('审核', 'jingban', { 结论: '同意', 审核意见: 'x' }, day(1)).code).toBe('CASE_OFFICER');
  });

  it('refusals list the steps that are possible', () => {
    const d = new Driver('xzcf-putong');
    const r = d.refused('决定', 'fuze', {}, day(0));
    expect(r.code).toBe('WRONG_STATE');
    expect(r.message).toContain('线索核查');
    expect(availableSteps(d.state, d.ctx.procedure)).toContain('线索核查');
  });
});
