// Evidence of every hit and the amounts of every lead, on generated data where every rule
// has hits: each lead's amount is the sum of its 明确违规 hits' fund loss, and every hit kind
// carries its lines, a reason and its article in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSynthetic } from './synth.js';
import { runMonitor, type MonitorRunResult } from './monitor.js';
import { citationOf, renderReason } from './evidence.js';

let root = '';
let result: MonitorRunResult;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'yibao-evidence-'));
  await generateSynthetic({ visits: 3000, seed: 3, outDir: join(root, 'data'), ratePer10k: 45 });
  result = await runMonitor({ dataDir: join(root, 'data'), onDate: '2025-12-31' });
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('evidence of every hit', () => {
  it('every lead amount equals the sum of its 明确违规 hits’ fund loss; 可疑 hits and indicators are never in it', () => {
    expect(result.leads.length).toBeGreaterThan(20);
    let withBoth = 0;
    for (const lead of result.leads) {
      const proven = lead.hits.filter((h) => h.detail!.kind === '明确违规');
      expect(lead.amountFen, lead.id).toBe(proven.reduce((a, h) => a + h.detail!.lossFen, 0));
      for (const h of lead.hits) {
        if (h.detail!.kind !== '明确违规') expect(h.detail!.lossFen, `${h.ruleId} ${h.hitKey}`).toBe(0);
        else expect(h.detail!.lossFen).toBeLessThanOrEqual(h.detail!.money.fundFen);
      }
      const suspect = lead.hits.filter((h) => h.detail!.kind === '可疑');
      expect(lead.suspect.hits).toBe(suspect.length);
      expect(lead.suspect.fundFen).toBe(suspect.reduce((a, h) => a + h.detail!.money.fundFen, 0));
      expect(lead.indicators).toBe(lead.hits.filter((h) => h.detail!.kind === '指标').length);
      if (proven.length && suspect.length) withBoth++;
      expect(lead.resultType).toBe(proven.length ? '明确违规' : suspect.length ? '可疑' : '指标');
    }
    expect(withBoth).toBeGreaterThan(0);
  });

  it('every kind of hit carries its lines, diagnoses, a sentence saying why and its article in words', () => {
    const rules = new Map(result.rules.map((r) => [r.id, r]));
    const withLines = new Set<string>();
    for (const h of result.pack.hits) {
      const d = h.detail!;
      const rule = rules.get(h.ruleId)!;
      expect(d.reason, h.ruleId).toMatch(/[\u4e00-\u9fff]/);
      expect(d.reason, h.ruleId).not.toMatch(/\{\{/);
      expect(d.citation.label).toBe(citationOf(rule.article).label);
      expect(d.citation.text.length).toBeGreaterThan(5);
      expect(d.money.fundFen).toBeGreaterThanOrEqual(0);
      expect(d.money.fundFen).toBeLessThanOrEqual(d.money.grossFen);
      expect(d.money.patientFen).toBe(d.money.grossFen - d.money.fundFen);
      if (d.lines.length) withLines.add(`${rule.hitLevel}/${rule.lines}`);
      // a hit without lines: a settlement with no line behind it, or a visit whose every line was reversed
      else expect((h.ruleId === 'settled-without-detail' && h.evidence.lines_fen === 0) || (rule.lines === 'visit' && d.money.grossFen === 0), `${h.ruleId} ${h.hitKey} has no lines`).toBe(true);
      for (const l of d.lines) {
        expect(l.feedetlSn && l.feeDate && l.itemCode && l.itemName && l.deptCode && l.deptName && l.doctorCode && l.doctorName, `${h.ruleId} ${l.feedetlSn}`).toBeTruthy();
        expect(l.cnt).toBeGreaterThan(0);
        expect(l.grossFen).toBe(l.cnt * l.pricFen);
        expect(l.fundFen + l.patientFen).toBe(l.grossFen);
      }
      if (h.mdtrtId && rule.hitLevel !== 'person') expect(d.diagnoses.length, h.ruleId).toBeGreaterThan(0);
    }
    // every hit level and every way of finding lines has hits with lines
    const kinds = new Set(result.rules.map((r) => `${r.hitLevel}/${r.lines}`));
    expect([...kinds].filter((k) => !withLines.has(k))).toEqual([]);
  });

  it('says what the generated data did not let a rule check (nothing: it has every national field)', () => {
    expect(result.unchecked.map((u) => `${u.ruleId} ${u.data}`)).toEqual([]);
  });
});

describe('reasons', () => {
  it('writes amounts in yuan and shares as percentages', () => {
    expect(renderReason('单价 {{pric_fen}}，占 {{share_pct%}}，{{x}}', { pric_fen: 246913, share_pct: 6543, x: null })).toBe('单价 2,469.13 元，占 65.43%，（无）');
  });
});
