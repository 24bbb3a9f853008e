// Review of monitoring hits (疑点审核) as a pure state machine:
// 初审 → 复审 → 申诉（定点机构）→ 调查核实 → 处理, each stage with a time limit from
// data/monitor/review-limits.json. A hit confirmed at 处理 becomes a lead. Persistence
// is left to the caller: every function returns a new state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import chineseDays from 'chinese-days';
import { z } from 'zod';
import { monitorDataDir } from './paths.js';
import type { Hit } from './run.js';

export const REVIEW_STAGES = ['初审', '复审', '申诉', '调查核实', '处理'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];
export type ReviewStatus = ReviewStage | '已确认' | '已排除';

export type ReviewActionType =
  | 'pass' // 初审：疑点成立，转复审
  | 'confirm-doubt' // 复审：维持疑点，通知定点机构（进入申诉期）
  | 'appeal' // 申诉：定点机构在期限内提交申诉材料
  | 'no-appeal' // 申诉：期限届满未申诉（只能在期限届满后）
  | 'verify' // 调查核实：违规属实
  | 'confirm' // 处理：认定违规（成为线索）
  | 'dismiss'; // 任一环节：排除疑点

export interface ReviewAction {
  type: ReviewActionType;
  /** Who acts (工号或姓名). */
  by: string;
  /** Calendar date of the action, YYYY-MM-DD. */
  on: string;
  note?: string;
}

export interface ReviewEvent extends ReviewAction {
  from: ReviewStatus;
  to: ReviewStatus;
}

export interface ReviewState {
  ruleId: string;
  hitKey: string;
  status: ReviewStatus;
  /** Date the current stage began. */
  stageStart: string;
  /** Last day of the current stage's time limit (null once finished). */
  dueDate: string | null;
  history: ReviewEvent[];
}

export class ReviewError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'ReviewError';
  }
}

const LimitSchema = z.object({ days: z.number().int().positive(), unit: z.enum(['日', '工作日']) });
const LimitsFileSchema = z.object({
  jurisdictions: z.array(
    z.object({
      code: z.string(),
      effectiveFrom: z.string(),
      stages: z.object({ 初审: LimitSchema, 复审: LimitSchema, 申诉: LimitSchema, 调查核实: LimitSchema, 处理: LimitSchema }),
    }),
  ),
});
export type StageLimits = Record<ReviewStage, z.infer<typeof LimitSchema>>;

export function loadReviewLimits(jurisdiction = 'default', onDate = '9999-12-31'): StageLimits {
  const data = LimitsFileSchema.parse(JSON.parse(readFileSync(join(monitorDataDir(), 'review-limits.json'), 'utf8')));
  const pick = (code: string) =>
    data.jurisdictions.filter((j) => j.code === code && j.effectiveFrom <= onDate).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  const j = pick(jurisdiction) ?? pick('default');
  if (!j) throw new ReviewError(`没有适用的审核时限（${jurisdiction}, ${onDate}）`, 'NO_LIMITS');
  return j.stages;
}

const addDays = (date: string, n: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Last day of a period that starts the day after `start` (期间开始之日不计算在内). */
export function dueDateFor(start: string, limit: { days: number; unit: '日' | '工作日' }): string {
  if (limit.unit === '日') return addDays(start, limit.days);
  return chineseDays.findWorkday(limit.days, start);
}

function assertDate(d: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`))) throw new ReviewError(`日期格式错误: ${d}`, 'BAD_DATE');
}

export function startReview(hit: Pick<Hit, 'ruleId' | 'hitKey'>, on: string, limits: StageLimits = loadReviewLimits()): ReviewState {
  assertDate(on);
  return { ruleId: hit.ruleId, hitKey: hit.hitKey, status: '初审', stageStart: on, dueDate: dueDateFor(on, limits['初审']), history: [] };
}

const NEXT: Record<ReviewStage, Partial<Record<ReviewActionType, ReviewStatus>>> = {
  初审: { pass: '复审', dismiss: '已排除' },
  复审: { 'confirm-doubt': '申诉', dismiss: '已排除' },
  申诉: { appeal: '调查核实', 'no-appeal': '处理', dismiss: '已排除' },
  调查核实: { verify: '处理', dismiss: '已排除' },
  处理: { confirm: '已确认', dismiss: '已排除' },
};

export function applyReviewAction(state: ReviewState, action: ReviewAction, limits: StageLimits = loadReviewLimits()): ReviewState {
  assertDate(action.on);
  if (state.status === '已确认' || state.status === '已排除') throw new ReviewError(`审核已结束（${state.status}），不能再${action.type}`, 'FINISHED');
  const stage = state.status;
  const to = NEXT[stage][action.type];
  if (!to) throw new ReviewError(`${stage}环节不能执行 ${action.type}`, 'BAD_TRANSITION');
  if (action.on < state.stageStart) throw new ReviewError(`操作日期 ${action.on} 早于本环节开始日期 ${state.stageStart}`, 'BEFORE_STAGE');
  if (!action.by.trim()) throw new ReviewError('缺少操作人', 'NO_ACTOR');
  if (action.type === 'appeal' && state.dueDate && action.on > state.dueDate) {
    throw new ReviewError(`申诉期限已于 ${state.dueDate} 届满，不再受理申诉`, 'APPEAL_LATE');
  }
  if (action.type === 'no-appeal' && state.dueDate && action.on <= state.dueDate) {
    throw new ReviewError(`申诉期限 ${state.dueDate} 尚未届满`, 'APPEAL_OPEN');
  }
  if ((action.type === 'dismiss' || action.type === 'confirm' || action.type === 'verify') && !action.note?.trim()) {
    throw new ReviewError('排除、核实和认定须写明理由', 'NO_REASON');
  }
  const finished = to === '已确认' || to === '已排除';
  return {
    ...state,
    status: to,
    stageStart: action.on,
    dueDate: finished ? null : dueDateFor(action.on, limits[to as ReviewStage]),
    history: [...state.history, { ...action, from: stage, to }],
  };
}

export function isOverdue(state: ReviewState, today: string): boolean {
  return state.dueDate !== null && today > state.dueDate;
}

/** Hits whose review ended in 已确认: these become leads (buildLeads). */
export function confirmedHits(hits: Hit[], reviews: ReviewState[]): Hit[] {
  const ok = new Set(reviews.filter((r) => r.status === '已确认').map((r) => `${r.ruleId}\u0000${r.hitKey}`));
  return hits.filter((h) => ok.has(`${h.ruleId}\u0000${h.hitKey}`));
}
