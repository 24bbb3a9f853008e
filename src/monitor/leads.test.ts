import { describe, expect, it } from 'vitest';
import { buildLeads, leadToPenaltyCaseInput, yuan } from './leads.js';
import { loadRulePack } from './rules.js';
import type { Hit } from './run.js';

const rules = loadRulePack();
const h = (ruleId: string, hitKey: string, amountFen: number, extra: Partial<Hit> = {}): Hit => ({
  ruleId, hitKey, fixmedinsCode: 'H3', psnNo: 'PM', mdtrtId: 'V1', feedetlSn: null, occurDate: '2025-03-01', amountFen, evidence: { x: 1 }, ...extra,
});

describe('leads', () => {
  it('groups hits by party and matter, counting a fee line hit by two rules once', () => {
    const hits = [
      h('over-price-cap', 'F1', 300, { feedetlSn: 'F1', occurDate: '2025-02-01' }),
      h('non-covered-settled', 'F1', 500, { feedetlSn: 'F1' }),
      h('split-admission', 'V9', 10000, { mdtrtId: 'V9', occurDate: '2025-05-01' }),
      h('post-death-visit', 'V7', 800, { mdtrtId: 'V7' }),
      h('dual-enrolment', 'V8', 900, { psnNo: 'Q1', mdtrtId: 'V8' }),
      h('split-admission', 'V10', 2000, { fixmedinsCode: 'H2', mdtrtId: 'V10' }),
    ];
    const leads = buildLeads(hits, rules, { H3: '市第一人民医院' });
    const h3 = leads.find((l) => l.party.code === 'H3' && l.matterId === 'penalty.institution-loss')!;
    expect(h3.amountFen).toBe(500 + 10000);
    expect(h3.ruleIds).toEqual(['non-covered-settled', 'over-price-cap', 'split-admission']);
    expect(h3.article).toBe('医疗保障基金使用监督管理条例:38:1');
    expect(h3.firstDate).toBe('2025-02-01');
    expect(h3.lastDate).toBe('2025-05-01');
    expect(h3.resultType).toBe('明确违规');
    expect(leads.find((l) => l.party.code === 'Q1')!.party.kind).toBe('person');
    expect(leads.find((l) => l.party.code === 'H2')!.amountFen).toBe(2000);
    expect(leads).toHaveLength(4);

    const input = leadToPenaltyCaseInput(h3, rules);
    expect(input.matterId).toBe('penalty.institution-loss');
    expect(input.amounts).toEqual({ lossFen: 10500 });
    expect(input.party).toEqual({ kind: 'institution', code: 'H3', name: '市第一人民医院' });
    expect(input.facts).toContain('105.00 元');
    expect(input.facts).toContain('分解住院');
    expect(input.evidence).toHaveLength(3);
    const fraud = leadToPenaltyCaseInput(leads.find((l) => l.matterId === 'penalty.institution-fraud')!, rules);
    expect(fraud.amounts).toEqual({ defraudedFen: 800 });
    expect(fraud.article).toBe('医疗保障基金使用监督管理条例:40:1');
  });

  it('formats fen as yuan', () => {
    expect(yuan(10500)).toBe('105.00');
    expect(yuan(7)).toBe('0.07');
    expect(yuan(-1234)).toBe('-12.34');
  });
});
