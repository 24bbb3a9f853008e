import { describe, expect, it } from 'vitest';
import { applyReviewAction, confirmedHits, dueDateFor, isOverdue, ReviewError, startReview, type ReviewState } from './review.js';
import { buildLeads } from './leads.js';
import { loadRulePack } from './rules.js';
import type { Hit } from './run.js';

const hit = (hitKey: string, amountFen: number): Hit => ({
  ruleId: 'over-price-cap', hitKey, fixmedinsCode: 'H3', psnNo: 'PM', mdtrtId: 'V1', feedetlSn: hitKey, occurDate: '2025-03-01', amountFen, evidence: {},
});

describe('review of hits', () => {
  it('runs 初审 → 复审 → 申诉 → 调查核实 → 处理 with working-day deadlines', () => {
    let s = startReview(hit('F1', 100), '2025-09-26');
    expect(s.status).toBe('初审');
    // 10 working days after Fri 2025-09-26 across 国庆 (10-01..10-08, 09-28 and 10-11 are make-up workdays)
    expect(s.dueDate).toBe('2025-10-16');
    s = applyReviewAction(s, { type: 'pass', by: '审核员甲', on: '2025-10-09' });
    s = applyReviewAction(s, { type: 'confirm-doubt', by: '审核员乙', on: '2025-10-10' });
    expect(s.status).toBe('申诉');
    s = applyReviewAction(s, { type: 'appeal', by: '市第一人民医院', on: '2025-10-20', note: '提交病历' });
    expect(s.status).toBe('调查核实');
    expect(s.dueDate).toBe('2025-11-19'); // 30 calendar days
    s = applyReviewAction(s, { type: 'verify', by: '稽核员', on: '2025-11-01', note: '病历无相应记录' });
    s = applyReviewAction(s, { type: 'confirm', by: '科长', on: '2025-11-05', note: '认定超标准收费' });
    expect(s.status).toBe('已确认');
    expect(s.dueDate).toBeNull();
    expect(s.history.map((h) => `${h.from}>${h.to}`)).toEqual(['初审>复审', '复审>申诉', '申诉>调查核实', '调查核实>处理', '处理>已确认']);
  });

  it('refuses late appeals, early default, wrong transitions and reasonless dismissals', () => {
    let s = startReview(hit('F1', 100), '2025-03-03');
    expect(() => applyReviewAction(s, { type: 'confirm', by: 'x', on: '2025-03-04', note: 'n' })).toThrow(ReviewError);
    expect(() => applyReviewAction(s, { type: 'dismiss', by: 'x', on: '2025-03-04' })).toThrow(/理由/);
    s = applyReviewAction(s, { type: 'pass', by: 'x', on: '2025-03-04' });
    s = applyReviewAction(s, { type: 'confirm-doubt', by: 'x', on: '2025-03-05' });
    const due = s.dueDate!;
    expect(due).toBe(dueDateFor('2025-03-05', { days: 10, unit: '工作日' }));
    expect(() => applyReviewAction(s, { type: 'no-appeal', by: 'x', on: due })).toThrow(/尚未届满/);
    const late = '2025-03-20';
    expect(late > due).toBe(true);
    expect(() => applyReviewAction(s, { type: 'appeal', by: 'H3', on: late })).toThrow(/届满/);
    expect(isOverdue(s, late)).toBe(true);
    const defaulted = applyReviewAction(s, { type: 'no-appeal', by: '系统', on: late });
    expect(defaulted.status).toBe('处理');
    const dismissed = applyReviewAction(defaulted, { type: 'dismiss', by: '科长', on: late, note: '系统误报' });
    expect(dismissed.status).toBe('已排除');
    expect(() => applyReviewAction(dismissed, { type: 'confirm', by: 'x', on: late, note: 'n' })).toThrow(/已结束/);
  });

  it('turns only confirmed hits into leads', () => {
    const hits = [hit('F1', 100), hit('F2', 250), hit('F3', 999)];
    const reviews: ReviewState[] = hits.map((h) => startReview(h, '2025-03-03'));
    const confirm = (s: ReviewState): ReviewState =>
      ['pass', 'confirm-doubt', 'appeal', 'verify', 'confirm'].reduce(
        (st, type) => applyReviewAction(st, { type: type as never, by: 'x', on: '2025-03-10', note: '属实' }),
        s,
      );
    reviews[0] = confirm(reviews[0]!);
    reviews[1] = confirm(reviews[1]!);
    const leads = buildLeads(confirmedHits(hits, reviews), loadRulePack());
    expect(leads).toHaveLength(1);
    expect(leads[0]!.amountFen).toBe(350);
    expect(leads[0]!.hits.map((h) => h.hitKey)).toEqual(['F1', 'F2']);
  });
});
