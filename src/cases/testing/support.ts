// Helpers shared by the cases tests: fixed clocks, attachments, and a calendar double for
// the pure-logic tests of guards (the deadline tests use the real calendar of src/law).
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { act } from '../engine/engine.js';
import { decidePenalty, rewardMaximumFor, loadPeriods, PenaltyDecisionSchema, type DecisionMeasure, type PenaltyDecision } from '../../law/index.js';
import type { ProcedureDef } from '../procedure/model.js';
import { DEMO_USERS, userMap } from '../users.js';
import { REVIEW_POINTS } from '../steps/inputs.js';
import type { ActResult, Attachment, CaseState, DeadlineAnswer, DeadlineRequest, EngineContext, Refusal } from '../engine/types.js';

/** An attachment with its content (the service stores the bytes; the engine sees the hash). */
export function attachment(name: string, content = name): Attachment & { content: string } {
  return { name, sha256: createHash('sha256').update(content).digest('hex'), content };
}

/** 2026-11-23 + n days, 10:00 Asia/Shanghai. */
export function day(offset: number, base = '2026-11-23'): string {
  const d = new Date(`${base}T10:00:00+08:00`);
  d.setUTCDate(d.getUTCDate() + offset);
  const local = new Date(d.getTime() + 8 * 3600e3).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * A calendar double: 日 are calendar days, 工作日 are Monday–Friday, 月 are calendar
 * months; excluded periods add their length. Used only where the exact holidays do not
 * matter to what is tested.
 */
export function weekdayCalendar(req: DeadlineRequest): DeadlineAnswer {
  const excludedDays = (req.excludedPeriods ?? []).reduce((s, p) => s + (Date.parse(p.to) - Date.parse(p.from)) / 86400e3 + 1, 0);
  let due = req.start;
  if (req.unit === '日') due = addDays(req.start, req.amount + excludedDays);
  else if (req.unit === '月') {
    const d = new Date(`${req.start}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + req.amount);
    due = addDays(d.toISOString().slice(0, 10), excludedDays);
  } else if (req.unit === '工作日') {
    let left = req.amount;
    while (left > 0) {
      due = addDays(due, 1);
      const wd = new Date(`${due}T00:00:00Z`).getUTCDay();
      if (wd !== 0 && wd !== 6) left--;
    }
    due = addDays(due, excludedDays);
  }
  return { due, provisional: false, basis: '测试日历：周一至周五为工作日' };
}

/** 阳泉市 as a case's jurisdiction (the demo accounts' bureau). */
export const YANGQUAN = { path: '山西省/阳泉市', code: '140300', name: '山西省阳泉市' } as const;

/**
 * An engine context for the pure-logic tests: the demo accounts, the real periods and
 * penalty decisions, the weekday calendar double, and a fixed "today" far enough ahead
 * that no test date is in the future.
 */
export function testContext(procedure: ProcedureDef, opts: Partial<EngineContext> = {}): EngineContext {
  return {
    procedure,
    users: userMap(DEMO_USERS),
    periods: loadPeriods(),
    computeDeadline: weekdayCalendar,
    today: () => '2030-12-31',
    decide: (input) => decidePenalty(input),
    rewardCap: (recoveredFen, onDate, jurisdiction) => rewardMaximumFor(jurisdiction, onDate, recoveredFen),
    ...opts,
  };
}

/**
 * A decision for a made-up article with the given measures: for testing procedure mechanics
 * (简易程序) that no 医保 article exercises — every real one adds an order or a suspension.
 */
export function fakeDecision(party: PenaltyDecision['party']['kind'], measures: Array<Partial<DecisionMeasure> & Pick<DecisionMeasure, 'kind'>>): PenaltyDecision {
  const citation = { statute: '测试条例', shortTitle: '测试条例', article: 1, text: '《测试条例》第一条', quote: '测试用条文' };
  return PenaltyDecisionSchema.parse({
    schema: 'yibao.penalty-decision.v1',
    inputs: { article: '测试条例:1', facts: { party, amounts: {}, flags: [] } },
    applied: { article: '测试条例:1', statute: '测试条例', paragraphs: [1], restsOnQuote: false },
    party: { kind: party, class: party === '参保个人' ? '公民' : '法人或者其他组织' },
    punishable: measures.some((m) => m.penalty !== false),
    measures: measures.map((m) => ({ id: `${m.kind}@当事人`, penalty: true, mandatory: false, referral: false, citation, ...m })),
    withheld: [],
    reasons: [],
    warnings: [],
    limitation: { barred: false, determined: false, reason: '测试', citation: '测试' },
    procedure: null,
  });
}

/** An input as the engine sees it: attachments by hash (the service stores their content first). */
export function engineInput(input: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(input.attachments)) return input;
  return { ...input, attachments: (input.attachments as Array<Record<string, unknown>>).map(({ content: _c, ...a }) => a) };
}

/**
 * A case driven through the engine in memory for the pure-logic tests: `do` a step (throwing
 * the refusal), or try one that must be `refused` — and then the case must be unchanged.
 */
export class EngineDriver {
  constructor(
    public ctx: EngineContext,
    public state: CaseState,
  ) {}
  do(step: string, as: string, input: Record<string, unknown>, at: string): ActResult & { ok: true } {
    const r = act(this.state, step, as, engineInput(input), at, this.ctx);
    if (!r.ok) throw new Error(`${step}: ${r.refusal.code} ${r.refusal.message}`);
    this.state = r.state;
    return r;
  }
  refused(step: string, as: string, input: Record<string, unknown>, at: string): Refusal {
    const before = structuredClone(this.state);
    const r = act(this.state, step, as, engineInput(input), at, this.ctx);
    if (!isDeepStrictEqual(this.state, before)) throw new Error(`${step}: a refused step changed the case`);
    if (r.ok) throw new Error(`${step} was not refused`);
    return r.refusal;
  }
}

/**
 * The ten points of 法制审核 (暂行规定 第三十八条) as a reviewer records them: all 无问题, or the
 * points given (by their 1-based number in the article) found wanting with the note.
 */
export function reviewPoints(problems: Record<number, string> = {}): Array<{ 审核内容: string; 审核结果: string; 说明?: string }> {
  return REVIEW_POINTS.map((point, i) => (problems[i + 1] ? { 审核内容: point, 审核结果: '有问题', 说明: problems[i + 1]! } : { 审核内容: point, 审核结果: '无问题' }));
}
