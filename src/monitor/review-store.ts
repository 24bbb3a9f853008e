// Persistence of the review of monitoring hits (migration 060_monitor_review.sql): the
// state of each hit's review (stage, start and last day of the stage's time limit, as
// dates) and every step taken, so that a review survives a restart. The transitions and
// time limits are those of review.ts; this file only stores them.
import type { Queryable, Store } from '../store/index.js';
import { applyReviewAction, loadReviewLimits, startReview, type ReviewAction, type ReviewActionType, type ReviewEvent, type ReviewState, type ReviewStatus, type StageLimits } from './review.js';
import { ReviewError } from './review.js';
import type { Hit } from './run.js';

interface StateRow {
  rule_id: string;
  hit_key: string;
  status: ReviewStatus;
  stage_start: string;
  due_date: string | null;
}
interface StepRow {
  rule_id: string;
  hit_key: string;
  action: ReviewActionType;
  actor: string;
  on_date: string;
  note: string | null;
  from_status: ReviewStatus;
  to_status: ReviewStatus;
}

const STATE_COLUMNS = `rule_id, hit_key, status, to_char(stage_start, 'YYYY-MM-DD') AS stage_start, to_char(due_date, 'YYYY-MM-DD') AS due_date`;

async function withSteps(db: Queryable, scope: string, rows: StateRow[]): Promise<ReviewState[]> {
  if (rows.length === 0) return [];
  const { rows: steps } = await db.query<StepRow>(
    `SELECT s.rule_id, s.hit_key, s.action, s.actor, to_char(s.on_date, 'YYYY-MM-DD') AS on_date, s.note, s.from_status, s.to_status
     FROM monitor_review_steps s
     JOIN unnest($2::text[], $3::text[]) AS k(rule_id, hit_key) ON k.rule_id = s.rule_id AND k.hit_key = s.hit_key
     WHERE s.scope = $1 ORDER BY s.rule_id, s.hit_key, s.seq`,
    [scope, rows.map((r) => r.rule_id), rows.map((r) => r.hit_key)],
  );
  const byHit = new Map<string, ReviewEvent[]>();
  for (const s of steps) {
    const k = `${s.rule_id}\u0000${s.hit_key}`;
    const list = byHit.get(k) ?? [];
    list.push({ type: s.action, by: s.actor, on: s.on_date, ...(s.note !== null ? { note: s.note } : {}), from: s.from_status, to: s.to_status });
    byHit.set(k, list);
  }
  return rows.map((r) => ({
    ruleId: r.rule_id,
    hitKey: r.hit_key,
    status: r.status,
    stageStart: r.stage_start,
    dueDate: r.due_date,
    history: byHit.get(`${r.rule_id}\u0000${r.hit_key}`) ?? [],
  }));
}

/**
 * Starts the review of hits in a scope (a run or a dataset) on a date; hits already under
 * review keep their state. Returns how many reviews were started.
 */
export async function startStoredReviews(store: Store, scope: string, hits: Pick<Hit, 'ruleId' | 'hitKey'>[], on: string, limits: StageLimits = loadReviewLimits()): Promise<number> {
  if (hits.length === 0) return 0;
  const states = hits.map((h) => startReview(h, on, limits));
  return store.transaction(async (tx) => {
    const { rows } = await tx.query<{ n: number | string }>(
      `WITH ins AS (
         INSERT INTO monitor_review (scope, rule_id, hit_key, status, stage_start, due_date)
         SELECT $1, r, k, '初审', $4::date, d::date FROM unnest($2::text[], $3::text[], $5::text[]) AS t(r, k, d)
         ON CONFLICT (scope, rule_id, hit_key) DO NOTHING RETURNING 1)
       SELECT count(*) AS n FROM ins`,
      [scope, states.map((s) => s.ruleId), states.map((s) => s.hitKey), on, states.map((s) => s.dueDate)],
    );
    return Number(rows[0]?.n ?? 0);
  });
}

/** The stored review of one hit, or undefined. */
export async function loadStoredReview(db: Queryable, scope: string, ruleId: string, hitKey: string): Promise<ReviewState | undefined> {
  const { rows } = await db.query<StateRow>(`SELECT ${STATE_COLUMNS} FROM monitor_review WHERE scope = $1 AND rule_id = $2 AND hit_key = $3`, [scope, ruleId, hitKey]);
  return (await withSteps(db, scope, rows))[0];
}

/** The stored reviews of a scope, optionally of some statuses, by rule and hit. */
export async function listStoredReviews(db: Queryable, scope: string, opts: { status?: ReviewStatus[] } = {}): Promise<ReviewState[]> {
  const { rows } = await db.query<StateRow>(
    `SELECT ${STATE_COLUMNS} FROM monitor_review WHERE scope = $1 AND ($2::text[] IS NULL OR status = ANY($2::text[])) ORDER BY rule_id, hit_key`,
    [scope, opts.status ?? null],
  );
  return withSteps(db, scope, rows);
}

/** Reviews whose stage's last day is before `today` (YYYY-MM-DD): overdue. */
export async function overdueStoredReviews(db: Queryable, scope: string, today: string): Promise<ReviewState[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new ReviewError(`日期格式错误: ${today}`, 'BAD_DATE');
  const { rows } = await db.query<StateRow>(
    `SELECT ${STATE_COLUMNS} FROM monitor_review WHERE scope = $1 AND due_date IS NOT NULL AND due_date < $2::date ORDER BY due_date, rule_id, hit_key`,
    [scope, today],
  );
  return withSteps(db, scope, rows);
}

/**
 * Takes a review step on a stored review (in one transaction, the row locked): the
 * transition and the next stage's time limit come from review.ts. Throws ReviewError
 * (code NOT_FOUND when the hit is not under review in this scope).
 */
export async function applyStoredReviewAction(store: Store, scope: string, ruleId: string, hitKey: string, action: ReviewAction, limits: StageLimits = loadReviewLimits()): Promise<ReviewState> {
  return store.transaction(async (tx) => {
    const { rows } = await tx.query<StateRow & { steps: number }>(
      `SELECT ${STATE_COLUMNS}, steps FROM monitor_review WHERE scope = $1 AND rule_id = $2 AND hit_key = $3 FOR UPDATE`,
      [scope, ruleId, hitKey],
    );
    const row = rows[0];
    if (!row) throw new ReviewError(`疑点 ${ruleId}/${hitKey} 不在审核中（${scope}）`, 'NOT_FOUND');
    const current = (await withSteps(tx, scope, [row]))[0]!;
    const next = applyReviewAction(current, action, limits);
    const step = next.history[next.history.length - 1]!;
    await tx.query(
      `UPDATE monitor_review SET status = $4, stage_start = $5::date, due_date = $6::date, steps = steps + 1, updated_at = now()
       WHERE scope = $1 AND rule_id = $2 AND hit_key = $3`,
      [scope, ruleId, hitKey, next.status, next.stageStart, next.dueDate],
    );
    await tx.query(
      `INSERT INTO monitor_review_steps (scope, rule_id, hit_key, seq, action, actor, on_date, note, from_status, to_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8, $9, $10)`,
      [scope, ruleId, hitKey, Number(row.steps) + 1, step.type, step.by, step.on, step.note ?? null, step.from, step.to],
    );
    return next;
  });
}
