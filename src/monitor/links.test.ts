// Every rule enforces a catalog matter and a statute article that exist, and the
// penalty module has a rule for that article (so a lead can become a penalty case).
import { describe, expect, it } from 'vitest';
import { loadMatters } from '../catalog/index.js';
import { computePenalty, hasSanctionRule, loadCorpus } from '../law/index.js';
import { loadRulePack } from './rules.js';

const rules = loadRulePack();
const matters = new Map(loadMatters().map((m) => [m.id, m]));
const corpus = loadCorpus();

describe('rule pack links', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s: its matter is a canonical matter and its article item exists', (_id, rule) => {
    const matter = matters.get(rule.matterId);
    expect(matter, `${rule.id} → ${rule.matterId}`).toBeDefined();
    expect(matter!.kind).toBe('行政处罚');
    const [statute, article, ...rest] = rule.article.split(':');
    const text = corpus.article(statute!, Number(article));
    expect(text, rule.article).toBeDefined();
    expect(hasSanctionRule(statute!, Number(article))).toBe(true);
    const paragraph = rest[0]?.startsWith('p') ? Number(rest[0].slice(1)) : 1;
    const item = rest[0]?.startsWith('p') ? rest[1] : rest[0];
    expect(text!.paragraphs[paragraph - 1], rule.article).toBeDefined();
    if (item) expect(text!.paragraphs[paragraph - 1]!.items[Number(item) - 1], rule.article).toBeDefined();
    // the matter's core articles include the one the rule enforces
    expect(matter!.coreArticles.some((a) => corpus.statute(a.statute)?.title === corpus.statute(statute!)?.title && a.article === Number(article)), `${rule.id}: ${rule.article} not core to ${rule.matterId}`).toBe(true);
  });

  it('a lead of each matter computes its penalty', () => {
    const byMatter = new Map(rules.map((r) => [r.matterId, r]));
    expect([...byMatter.keys()].sort()).toEqual(['penalty.individual-fraud', 'penalty.individual-misuse', 'penalty.institution-fraud', 'penalty.institution-loss', 'penalty.institution-management']);
    for (const rule of byMatter.values()) {
      const [statute, article] = rule.article.split(':');
      const fraud = rule.matterId.endsWith('fraud');
      const party = rule.party === 'institution' ? '定点医疗机构' : '参保个人';
      // the amounts leadToPenaltyCaseInput gives each matter
      const amounts = rule.matterId === 'penalty.individual-fraud' ? { lossFen: 100000, defraudedFen: 100000 } : fraud ? { defraudedFen: 100000 } : { lossFen: 100000 };
      const result = computePenalty(`${statute}:${article}`, { party, amounts, flags: fraud ? ['以骗取为目的'] : [] });
      // 第三十九条 has no amount: 责令改正, a fine only after a refusal to correct
      const expected = rule.matterId === 'penalty.institution-management' ? '责令改正' : '责令退回';
      expect(result.measures.some((m) => m.kind === expected), rule.id).toBe(true);
    }
  });
});
