import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computePenalty, minimumChoices } from '../law/index.js';
import {
  applyReviewAction,
  attachEvidence,
  buildLeads,
  confirmedHits,
  DuckDbEngine,
  generateSynthetic,
  leadToPenaltyCaseInput,
  loadDataset,
  loadRulePack,
  resolveParams,
  runPack,
  startReview,
  type Hit,
  type ReviewState,
} from '../monitor/index.js';
import { openTestStore, type TestStore } from '../store/index.js';
import { insertDemoUsers } from './users.js';
import { catalogItemForMatter, leadPenaltyProposal, openCaseFromLead, penaltyFactsFromLead, seedCatalogs, violationOfArticle } from './from-lead.js';
import { loadProcedures } from './procedure/load.js';
import { realPorts } from './runtime.js';
import { CaseService } from './service.js';
import { testOrganisation } from './testing/parties.js';
import { clock } from './testing/scenarios.js';
import { attachment, reviewPoints } from './testing/support.js';

const rules = loadRulePack();
let root = '';
let hits: Hit[] = [];
let testStore: TestStore;
let service: CaseService;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'yibao-lead-case-'));
  await generateSynthetic({ visits: 2000, seed: 5, outDir: join(root, 'data') });
  const duck = await DuckDbEngine.open({ path: join(root, 'm.duckdb'), memoryLimit: '1GB' });
  try {
    await loadDataset(duck, join(root, 'data'));
    const pack = await runPack(duck, rules, { params: resolveParams() });
    hits = await attachEvidence(duck, rules, pack.hits, { feeSource: pack.feeSource });
  } finally {
    await duck.close();
  }
  testStore = await openTestStore();
  await insertDemoUsers(testStore.store);
  service = new CaseService(testStore.store, loadProcedures(), realPorts());
}, 120_000);

afterAll(async () => {
  await testStore?.cleanup();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Runs a hit through 初审 → 复审 → 申诉（未申诉）→ 处理 → 已确认, or dismisses it at 初审. */
function review(hit: Hit, confirm: boolean): ReviewState {
  let s = startReview(hit, '2026-01-05');
  if (!confirm) return applyReviewAction(s, { type: 'dismiss', by: '审核员甲', on: '2026-01-06', note: '病历有相应记录' });
  s = applyReviewAction(s, { type: 'pass', by: '审核员甲', on: '2026-01-06' });
  s = applyReviewAction(s, { type: 'confirm-doubt', by: '审核员乙', on: '2026-01-07' });
  const late = new Date(`${s.dueDate!}T00:00:00Z`);
  late.setUTCDate(late.getUTCDate() + 1);
  s = applyReviewAction(s, { type: 'no-appeal', by: '审核员乙', on: late.toISOString().slice(0, 10) });
  return applyReviewAction(s, { type: 'confirm', by: '科长', on: late.toISOString().slice(0, 10), note: '认定违规' });
}

describe('opening a penalty case from a monitoring lead', () => {
  it('chooses the matter item of the bureau catalog first, else the first seed catalog that has it', () => {
    const seeds = seedCatalogs();
    const first = seeds.find((c) => c.catalog.items.some((i) => i.matter?.id === 'penalty.institution-loss'))!;
    const seq = first.catalog.items.find((i) => i.matter?.id === 'penalty.institution-loss')!.seq;
    expect(catalogItemForMatter('penalty.institution-loss')).toBe(`${first.stem}#${seq}`);
    const bureau = seeds.filter((c) => c !== first).find((c) => c.catalog.items.some((i) => i.matter?.id === 'penalty.institution-loss'))!;
    const bureauSeq = bureau.catalog.items.find((i) => i.matter?.id === 'penalty.institution-loss')!.seq;
    expect(catalogItemForMatter('penalty.institution-loss', { bureauCatalogs: [{ stem: 'my-bureau', catalog: bureau.catalog }] })).toBe(`my-bureau#${bureauSeq}`);
    expect(catalogItemForMatter('penalty.no-such-matter')).toBeUndefined();
    expect(violationOfArticle('医疗保障基金使用监督管理条例:38:3')).toEqual({ 法规: '医疗保障基金使用监督管理条例', 条: 38, 项: 3 });
    expect(() => violationOfArticle('条例')).toThrow(/条款格式/);
  });

  it('opens a 普通程序 case of the matter from a confirmed lead, and 告知 notifies the range of the lead amount', async () => {
    // 明确违规 hits of the institution with the largest 造成基金损失 lead: confirm three, dismiss one
    const proven = (h: Hit): boolean => h.detail?.kind === '明确违规' && h.detail.money.fundFen > 0;
    const all = buildLeads(hits, rules).filter((l) => l.matterId === 'penalty.institution-loss' && l.hits.filter(proven).length >= 4);
    expect(all.length).toBeGreaterThan(0);
    const candidate = all[0]!;
    const chosen = candidate.hits.filter(proven).slice(0, 4);
    const reviews = chosen.map((h, i) => review(h, i < 3));
    expect(reviews.map((r) => r.status)).toEqual(['已确认', '已确认', '已确认', '已排除']);
    const leads = buildLeads(confirmedHits(hits, reviews), rules);
    expect(leads).toHaveLength(1);
    const lead = leads[0]!;
    expect(lead.hits).toHaveLength(3);
    expect(lead.amountFen).toBeGreaterThan(0);
    expect(lead.amountFen).toBeLessThan(candidate.amountFen);

    const input = leadToPenaltyCaseInput(lead, rules);
    const at = clock('2026-02-02');
    const opened = await openCaseFromLead(service, input, 'zhifa1', { now: at(0), jurisdiction: '山西省/阳泉市', extraFacts: { 监控运行: 'JK-20260202-000001', violation: 'x' } });
    expect(opened.procedure.id).toBe('xzcf-putong');
    expect(opened.jurisdiction.path).toBe('山西省/阳泉市');
    expect(opened.item?.ref).toBe(catalogItemForMatter('penalty.institution-loss'));
    expect(opened.item?.matter?.id).toBe('penalty.institution-loss');
    // the lead names the party; its identity is registered at 立案
    expect(opened.parties).toEqual([]);
    expect(opened.facts['当事人线索']).toMatchObject({ 主体类别: '定点医疗机构' });
    expect(opened.facts['线索编号']).toBe(lead.id);
    expect(opened.facts['监控运行']).toBe('JK-20260202-000001');
    expect(opened.facts.violation).toMatchObject({ 法规: '医疗保障基金使用监督管理条例', 条: 38 });
    expect(opened.facts.penaltyFacts).toEqual(penaltyFactsFromLead(input));
    // the amount is the fund loss of the 明确违规 hits, not their gross amounts
    expect(input.amounts).toEqual({ lossFen: lead.amountFen });
    expect(lead.amountFen).toBe(lead.hits.reduce((a, h) => a + h.detail!.lossFen, 0));
    expect(lead.amountFen).toBeLessThan(lead.hits.reduce((a, h) => a + h.detail!.money.grossFen, 0));
    expect(opened.facts['证据条数']).toBe(3);
    // 暂行规定 第十八条第一款第（三）项: the lead's hits are the case's 疑点, each by rule and hit, with its day and fund loss
    const suspects = opened.facts['疑点数据'] as Array<{ 编号: string; 内容: string; 涉及金额Fen: number }>;
    expect(suspects.map((x) => x.编号)).toEqual(input.evidence.map((e) => `${e.ruleId}/${e.hitKey}`));
    expect(suspects.reduce((a, x) => a + x.涉及金额Fen, 0)).toBe(lead.amountFen);
    expect(suspects[0]!.内容).toContain(input.evidence[0]!.ruleName);
    // a 可疑 hit in the evidence (an older input) is not evidence of the period
    const withSuspect = { ...input, evidence: [...input.evidence, { ...input.evidence[0]!, kind: '可疑' as const, occurDate: '2020-01-01' }] };
    expect(penaltyFactsFromLead(withSuspect)).toEqual(penaltyFactsFromLead(input));

    const officers = ['zhifa1', 'zhifa2'];
    let s = opened;
    const step = async (name: string, as: string, input: Record<string, unknown>, n: number) => {
      const r = await service.act(s.id, name, as, input, at(n));
      if (!r.ok) throw new Error(`「${name}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
      s = r.case;
    };
    await step('线索核查', 'zhifa1', { 核查意见: '监控线索经审核认定，建议立案' }, 0);
    const named = s.facts['当事人线索'] as { 名称: string };
    await step('立案', 'fuze', { officers, 案由: '涉嫌造成医疗保障基金损失', parties: [testOrganisation(named.名称, '定点医疗机构', 11)] }, 0);
    await step('调查取证', 'zhifa1', { officers, 取证内容: '调取结算数据和病历', attachments: [attachment('笔录或证据', '结算数据和病历摘录')] }, 1);
    await step('疑点说明', 'zhifa1', { officers, 说明人: '院长', 说明: suspects.map((x) => ({ 疑点编号: x.编号, 说明: '无异议', 核实意见: '说明不成立' })) }, 1);
    await step('调查终结', 'zhifa2', { officers, 调查终结报告: '违法事实清楚，证据确凿', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], ...leadPenaltyProposal(s) }, 2);

    // the range the case engine holds is computePenalty's for the lead's amount (条例第三十八条)
    const expected = computePenalty('医疗保障基金使用监督管理条例:38', {
      party: '定点医疗机构', amounts: { lossFen: lead.amountFen }, actBegan: lead.firstDate!, actEnded: lead.lastDate!,
    });
    const range = s.penalty.decision!.measures;
    const fine = range.find((m) => m.kind === '罚款')!;
    const expectedFine = expected.measures.find((m) => m.kind === '罚款')!;
    expect(fine).toBeDefined();
    expect([fine.minFen, fine.maxFen]).toEqual([expectedFine.minFen, expectedFine.maxFen]);
    expect(range.find((m) => m.kind === '责令退回')?.amountFen).toBe(lead.amountFen);
    expect(fine.minFen).toBeGreaterThanOrEqual(lead.amountFen); // 1 倍以上

    await step('法制审核', 'fazhi', { 结论: '同意', 审核意见: '事实清楚，证据确凿，适用依据正确，程序合法', 审核事项: reviewPoints() }, 3);
    const measures = minimumChoices(s.penalty.decision!);
    await step('告知', 'zhifa1', { officers, measures, 告知书送达日期: at(3).slice(0, 10) }, 3);
    const notifiedFine = s.penalty.notified!.find((m) => m.measureId === fine.id)!;
    expect(notifiedFine.amountFen).toBe(expectedFine.minFen);
    expect(s.state).toBe('告知期间');
  }, 60_000);
});
