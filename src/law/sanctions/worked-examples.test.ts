// The hand-computed worked examples (data/law/worked-examples.json) against the rules: every
// sanction rule has one, and each decision has the figures computed from the article's text.
import { describe, expect, it } from 'vitest';
import { listSanctionRules } from './registry.js';
import { penaltyWithDecision } from './decision.js';
import { loadWorkedExamples, workedExampleDifferences } from './worked-examples.js';
import { findJurisdiction } from '../jurisdictions.js';

const examples = loadWorkedExamples();

describe('worked examples', () => {
  it('every sanction rule has at least one', () => {
    const covered = new Set(examples.map((e) => e.article));
    const missing = listSanctionRules()
      .map((r) => r.key)
      .filter((k) => !covered.has(k));
    expect(missing).toEqual([]);
  });

  it('every example names a known jurisdiction and an article with a rule', () => {
    const keys = new Set(listSanctionRules().map((r) => r.key));
    for (const e of examples) {
      expect(findJurisdiction(e.jurisdiction), e.id).toBeDefined();
      expect(keys.has(e.article), e.id).toBe(true);
    }
  });

  for (const e of examples) {
    it(`${e.id}: ${e.working}`, () => {
      const { decision } = penaltyWithDecision({ article: e.article, facts: e.facts, jurisdiction: e.jurisdiction, decisionDate: e.decisionDate });
      expect(workedExampleDifferences(e, decision)).toEqual([]);
    });
  }

  it('a departure from the hand computation is reported, not passed', () => {
    const e = examples.find((x) => x.id === '条例40-医院-骗取')!;
    const { decision } = penaltyWithDecision({ article: e.article, facts: e.facts, jurisdiction: e.jurisdiction, decisionDate: e.decisionDate });
    const wrong = { ...e, expect: { ...e.expect, measures: [{ kind: '罚款' as const, minFen: 2_469_133 }], absentKinds: ['责令退回' as const] } };
    expect(workedExampleDifferences(wrong, decision)).toEqual(['措施「罚款」的 minFen 为 2469134，算例为 2469133', '不应有措施「责令退回」']);
  });
});
