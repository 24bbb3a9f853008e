import { describe, expect, it } from 'vitest';
import { buildLeads, dedupedAmount, leadToPenaltyCaseInput, yuan, type Lead } from './leads.js';
import { loadRulePack, resolveParams } from './rules.js';
import { runPrep, runRule, type Hit } from './run.js';
import { attachEvidence } from './evidence.js';
import { createBaseTables, insertRows } from './load.js';
import { FixtureBuilder } from './testing/fixture.js';
import { withTempDuck } from './testing/db.js';

const rules = loadRulePack();
const params = resolveParams('default', '2025-12-31');

/** Runs the given rules on a hand-built dataset and returns the leads with their evidence. */
async function leadsOf(b: FixtureBuilder, ruleIds: string[]): Promise<{ leads: Lead[]; hits: Hit[] }> {
  return withTempDuck(async (duck) => {
    await createBaseTables(duck);
    await insertRows(duck, b.tables());
    await runPrep(duck);
    const selected = rules.filter((r) => ruleIds.includes(r.id));
    const raw: Hit[] = [];
    for (const r of selected) raw.push(...(await runRule(duck, r, params)));
    const hits = await attachEvidence(duck, selected, raw);
    return { leads: buildLeads(hits, selected, { H3: '市第一人民医院', H2: '区人民医院' }), hits };
  });
}

describe('leads', () => {
  it('a lead amount is the fund loss of its 明确违规 hits, a line counted once; 可疑 hits are shown apart', async () => {
    const b = new FixtureBuilder();
    // a 丙类 line settled by the fund and priced above its cap: two 明确违规 rules on one line
    const v1 = b.visit({ id: 'V1', psn: 'PM', inst: 'H3', adm: '2025-03-01', fundPayFen: 9000 });
    b.line({ visit: v1, item: 'X001', priceFen: 5000, ownpayFen: 0, sn: 'L1' }); // cap 3500
    b.line({ visit: v1, item: 'T001', sn: 'L2' }); // 897, in scope
    // a split admission (可疑) of the same hospital
    b.visit({ id: 'A1', psn: 'PF', inst: 'H3', type: '21', adm: '2025-04-01', dscg: '2025-04-05' });
    b.line({ visit: 'A1', item: 'B001', date: '2025-04-01', sn: 'L3' });
    b.visit({ id: 'A2', psn: 'PF', inst: 'H3', type: '21', adm: '2025-04-10', dscg: '2025-04-12', fundPayFen: 4321 });
    b.line({ visit: 'A2', item: 'B001', date: '2025-04-10', sn: 'L4' });
    const { leads, hits } = await leadsOf(b, ['over-price-cap', 'non-covered-settled', 'split-admission']);
    const lead = leads.find((l) => l.party.code === 'H3' && l.matterId === 'penalty.institution-loss')!;
    expect(lead.ruleIds).toEqual(['non-covered-settled', 'over-price-cap', 'split-admission']);
    // V1: in scope 5000 + 897 = 5897, the fund paid 9000 → all of it (ratio capped at 1): L1's fund share is 5000
    const l1 = hits.find((h) => h.ruleId === 'non-covered-settled')!;
    expect(l1.detail!.lines.map((l) => [l.feedetlSn, l.grossFen, l.fundFen])).toEqual([['L1', 5000, 5000]]);
    expect(l1.detail!.money).toEqual({ grossFen: 5000, fundFen: 5000, patientFen: 0 });
    const cap = hits.find((h) => h.ruleId === 'over-price-cap')!;
    expect(cap.amountFen).toBe(1500);
    expect(cap.detail!.money).toEqual({ grossFen: 1500, fundFen: 1500, patientFen: 0 });
    // both claim L1: counted once
    expect(lead.amountFen).toBe(5000);
    const proven = lead.hits.filter((h) => h.detail!.kind === '明确违规');
    expect(proven.reduce((a, h) => a + h.detail!.lossFen, 0)).toBe(lead.amountFen);
    expect(dedupedAmount(hits.filter((h) => h.fixmedinsCode === 'H3'), rules)).toBe(5000);
    // the split admission is 可疑: listed apart, its fund payment never added
    expect(lead.suspect).toEqual({ hits: 1, fundFen: 4321, grossFen: 5000 });
    expect(lead.hits.find((h) => h.ruleId === 'split-admission')!.detail!.lossFen).toBe(0);
    expect(lead.resultType).toBe('明确违规');
    expect(lead.lossFirstDate).toBe('2025-03-01');
    expect(lead.lossLastDate).toBe('2025-03-01');
    // every article and item it breaks, in words with its text
    expect(lead.citations.map((c) => c.label)).toEqual([
      '《医疗保障基金使用监督管理条例》第三十八条第（一）项',
      '《医疗保障基金使用监督管理条例》第三十八条第（三）项',
      '《医疗保障基金使用监督管理条例》第三十八条第（六）项',
    ]);
    expect(lead.citations[0]!.text).toContain('分解住院、挂床住院');
    expect(lead.citations.find((c) => c.article.endsWith(':38:1'))!.kind).toBe('可疑');

    const input = leadToPenaltyCaseInput(lead, rules);
    expect(input.amounts).toEqual({ lossFen: 5000 });
    expect(input.evidence.map((e) => e.ruleId).sort()).toEqual(['non-covered-settled', 'over-price-cap']);
    expect(input.evidence.every((e) => e.kind === '明确违规' && e.lines.length > 0)).toBe(true);
    expect(input.unproven).toEqual({ suspectHits: 1, indicators: 0 });
    expect(input.facts).toContain('50.00 元');
    expect(input.facts).toContain('另有可疑疑点 1 条');
    expect(input.facts).not.toContain('43.21');
    expect(input.article).toBe('医疗保障基金使用监督管理条例:38:6');
  });

  it('the fund loss is what the fund paid for the violating part, never the patient share', async () => {
    const b = new FixtureBuilder();
    // the fund paid 60 % of what is in scope
    const v = b.visit({ id: 'V1', psn: 'PM', inst: 'H2', adm: '2025-03-01', fundPayFen: 6000 });
    b.line({ visit: v, item: 'T001', priceFen: 1000, cnt: 10, sn: 'L1' }); // cap at H2: 807 → over by 193 × 10
    const { leads, hits } = await leadsOf(b, ['over-price-cap']);
    const h = hits[0]!;
    expect(h.detail!.lines[0]).toMatchObject({ grossFen: 10000, fundFen: 6000, patientFen: 4000, itemName: '治疗项目1', deptCode: 'D01', doctorCode: 'DR1' });
    expect(h.detail!.money).toEqual({ grossFen: 1930, fundFen: 1158, patientFen: 772 });
    expect(leads[0]!.amountFen).toBe(1158);
    expect(h.detail!.reason).toContain('单价 10.00 元');
    expect(h.detail!.reason).toContain('限定单价 8.07 元');
  });

  it('a frequent-admission hit bills each hospital only for its own stays', async () => {
    const b = new FixtureBuilder();
    for (const [m, inst] of [['01', 'H3'], ['02', 'H3'], ['03', 'H3'], ['04', 'H3'], ['03', 'H2'], ['05', 'H1']] as const) {
      b.visit({ id: `S${m}${inst}`, psn: 'PM', inst, type: '21', adm: `2025-${m}-10`, dscg: `2025-${m}-12`, fundPayFen: inst === 'H3' ? 1000 : 7777 });
      b.line({ visit: `S${m}${inst}`, item: 'B001', date: `2025-${m}-10` });
    }
    const { leads } = await leadsOf(b, ['frequent-admission']);
    expect(leads).toHaveLength(1);
    expect(leads[0]!.party.code).toBe('H3');
    expect(leads[0]!.suspect.fundFen).toBe(4000);
    expect(leads[0]!.amountFen).toBe(0);
    expect(leads[0]!.hits[0]!.detail!.lines.map((l) => l.mdtrtId).sort()).toEqual(['S01H3', 'S02H3', 'S03H3', 'S04H3']);
  });

  it('indicators are their own kind, with no amount', async () => {
    const b = new FixtureBuilder();
    const v3 = b.visit({ id: 'V3', psn: 'PM', inst: 'H3', adm: '2025-03-01' });
    b.line({ visit: v3, item: 'DZ01', cnt: 24 });
    b.line({ visit: v3, item: 'T001', priceFen: 280000 });
    const { leads } = await leadsOf(b, ['drug-fee-share']);
    expect(leads[0]).toMatchObject({ resultType: '指标', amountFen: 0, indicators: 1, suspect: { hits: 0, fundFen: 0, grossFen: 0 } });
    const d = leads[0]!.hits[0]!.detail!;
    expect(d.money).toEqual({ grossFen: 0, fundFen: 0, patientFen: 0 });
    expect(d.lines.map((l) => l.itemCode)).toEqual(['DZ01']);
    expect(d.reason).toContain('72.00%');
  });

  it('formats fen as yuan', () => {
    expect(yuan(10500)).toBe('105.00');
    expect(yuan(7)).toBe('0.07');
    expect(yuan(-1234)).toBe('-12.34');
  });
});
