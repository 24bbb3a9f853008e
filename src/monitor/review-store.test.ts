import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openStore, openTestStore } from '../store/index.js';
import { applyReviewAction, dueDateFor, loadReviewLimits, ReviewError, startReview } from './review.js';
import { applyStoredReviewAction, listStoredReviews, loadStoredReview, overdueStoredReviews, startStoredReviews } from './review-store.js';

const hit = (hitKey: string) => ({ ruleId: 'over-price-cap', hitKey });

describe('stored review of hits', () => {
  it('keeps each review step and its time limit (as dates) across a restart', async () => {
    const t = await openTestStore({ onDisk: true });
    const dataDir = t.dataDir!;
    let store = t.store;
    try {
      const scope = 'JK-20251001-abc';
      expect(await startStoredReviews(store, scope, [hit('F1'), hit('F2'), hit('F3')], '2025-09-26')).toBe(3);
      // starting again keeps the reviews already under way
      expect(await startStoredReviews(store, scope, [hit('F1'), hit('F4')], '2025-09-29')).toBe(1);
      await applyStoredReviewAction(store, scope, 'over-price-cap', 'F1', { type: 'pass', by: '审核员甲', on: '2025-10-09' });
      await applyStoredReviewAction(store, scope, 'over-price-cap', 'F1', { type: 'confirm-doubt', by: '审核员乙', on: '2025-10-10' });
      await applyStoredReviewAction(store, scope, 'over-price-cap', 'F2', { type: 'dismiss', by: '审核员甲', on: '2025-10-09', note: '病历有记录' });
      // a refused step changes nothing
      await expect(applyStoredReviewAction(store, scope, 'over-price-cap', 'F3', { type: 'confirm', by: 'x', on: '2025-10-09', note: 'n' })).rejects.toThrow(ReviewError);
      await expect(applyStoredReviewAction(store, scope, 'over-price-cap', 'F9', { type: 'pass', by: 'x', on: '2025-10-09' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

      await store.close();
      store = await openStore({ engine: 'pglite', dataDir });

      // the same state as the pure state machine gives for the same steps
      const limits = loadReviewLimits();
      let expected = startReview(hit('F1'), '2025-09-26', limits);
      expected = applyReviewAction(expected, { type: 'pass', by: '审核员甲', on: '2025-10-09' }, limits);
      expected = applyReviewAction(expected, { type: 'confirm-doubt', by: '审核员乙', on: '2025-10-10' }, limits);
      const f1 = await loadStoredReview(store, scope, 'over-price-cap', 'F1');
      expect(f1).toEqual(expected);
      expect(f1!.status).toBe('申诉');
      expect(f1!.dueDate).toBe(dueDateFor('2025-10-10', limits['申诉']));
      const f3 = await loadStoredReview(store, scope, 'over-price-cap', 'F3');
      expect(f3!.status).toBe('初审');
      expect(f3!.history).toEqual([]);
      // 10 working days after Fri 2025-09-26 across 国庆
      expect(f3!.dueDate).toBe('2025-10-16');
      expect((await listStoredReviews(store, scope, { status: ['已排除'] })).map((s) => s.hitKey)).toEqual(['F2']);
      expect((await listStoredReviews(store, scope)).map((s) => s.hitKey)).toEqual(['F1', 'F2', 'F3', 'F4']);
      expect(await listStoredReviews(store, 'other-scope')).toEqual([]);

      // overdue by the stored dates: F3 (初审 until 10-16) on 10-17, not on 10-16
      expect((await overdueStoredReviews(store, scope, '2025-10-16')).map((s) => s.hitKey)).toEqual([]);
      expect((await overdueStoredReviews(store, scope, '2025-10-17')).map((s) => s.hitKey)).toEqual(['F3']);
      const types = await store.query<{ t: string }>(
        "SELECT data_type AS t FROM information_schema.columns WHERE table_name = 'monitor_review' AND column_name IN ('stage_start', 'due_date')",
      );
      expect(types.rows.map((r) => r.t)).toEqual(['date', 'date']);

      // the review goes on after the restart
      const late = '2025-10-27';
      await applyStoredReviewAction(store, scope, 'over-price-cap', 'F1', { type: 'no-appeal', by: '审核员乙', on: late });
      const done = await applyStoredReviewAction(store, scope, 'over-price-cap', 'F1', { type: 'confirm', by: '科长', on: late, note: '认定超标准收费' });
      expect(done.status).toBe('已确认');
      expect(done.dueDate).toBeNull();
      expect((await loadStoredReview(store, scope, 'over-price-cap', 'F1'))!.history.map((h) => `${h.from}>${h.to}`)).toEqual([
        '初审>复审', '复审>申诉', '申诉>处理', '处理>已确认',
      ]);
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60000);
});
