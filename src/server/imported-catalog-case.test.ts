// Issue 13, "first-class imported items": a county bureau imports its own catalog — one as an
// .xlsx, one as a .docx, both built with the libraries (catalog/import/fixtures/build.ts) —
// its analyst runs the monitoring rules, a lead is confirmed, and an officer of that county
// opens the penalty case from the lead. The case lands on the county's imported item (not a
// seed item of the city above it) and is walked through the HTTP API from 线索核查 to 决定:
// the article decided is one the imported item cites, the amounts are the lead's loss times
// the multiples the item quotes, and the record replays.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, testServer, type Client } from './test-support/harness.js';
import { importSeedCatalogs } from './seed.js';
import { caseTesting } from '../cases/index.js';
import { minimumChoices, type PenaltyDecision } from '../law/index.js';
import { buildDocx, buildXlsx } from '../catalog/import/fixtures/build.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

let app: YibaoServer;
let db: ServerDb;
let dir: string;
const today = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
const CERT = { validFrom: '2024-01-01', validTo: '2028-12-31' };

/** The accounts of one county bureau: a catalog maintainer, an analyst, two officers, a legal reviewer, two heads. */
async function bureau(prefix: string, jurisdiction: string): Promise<Record<string, Client>> {
  const people: Array<[string, string, string[], boolean]> = [
    ['qd', '清单管理', ['清单管理员'], false],
    ['fx', '监控分析', ['基金监管分析员'], false],
    ['zf1', '执法一', ['执法人员'], true],
    ['zf2', '执法二', ['执法人员'], true],
    ['fs', '法制审核', ['法制审核员'], false],
    ['fz', '局长', ['负责人', '主要负责人'], false],
    ['fz2', '副局长', ['负责人'], false],
  ];
  const out: Record<string, Client> = {};
  for (const [role, label, roles, certified] of people) {
    const name = `${prefix}${role}`;
    await addAccount(db, { name, displayName: `${prefix}${label}`, roles: roles as never, jurisdiction, ...(certified ? { certificate: { no: `${prefix.toUpperCase()}-${role}`, ...CERT } } : {}) });
    out[role] = await login(app, name);
  }
  return out;
}

const upload = (client: Client, url: string, payload: Buffer) =>
  app.inject({ method: 'POST', url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/octet-stream' }, payload });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-imported-case-'));
  ({ app, db } = await testServer({ monitor: { dataDir: dir, demoVisits: 600 } }));
  // the seeds are there too: 阳泉市's own catalog (000) has the same matters, one level up
  await importSeedCatalogs(app.yibao.catalogs);
}, 180_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Citation { statute: string; article: number; resolved: boolean }

/**
 * Imports the file at the county, confirms a 造成基金损失 lead of the county's own monitoring
 * run, opens the case from it and walks it to the decision. Returns what the checks need.
 */
async function carry(opts: { prefix: string; jurisdiction: string; fileName: string; bytes: Buffer; publish: boolean }) {
  const c = await bureau(opts.prefix, opts.jurisdiction);
  const catalogId = opts.fileName.replace(/\.[^.]+$/, '');

  // 1. the county's maintainer imports its catalog (and publishes it, or not: its own officers see it either way)
  const imported = await upload(c.qd!, `/api/catalogs/import?fileName=${encodeURIComponent(opts.fileName)}&jurisdiction=${encodeURIComponent(opts.jurisdiction)}`, opts.bytes);
  expect(imported.statusCode, imported.body).toBe(201);
  expect(imported.json()).toMatchObject({ id: catalogId, jurisdiction: opts.jurisdiction, items: 3, edition: 1 });
  if (opts.publish) expect((await c.qd!.request('POST', `/api/catalogs/${catalogId}/publish`, { published: true })).statusCode).toBe(200);

  // 2. the county's analyst runs the 明确违规 rules of 造成基金损失 on the demo data
  const rules = ((await c.fx!.request('GET', '/api/monitor/rules')).json() as Array<{ id: string; matterId: string; resultType: string }>)
    .filter((r) => r.matterId === 'penalty.institution-loss' && r.resultType === '明确违规')
    .map((r) => r.id);
  expect(rules.length).toBeGreaterThan(0);
  const started = await c.fx!.request('POST', '/api/monitor/runs', { dataset: 'demo', rules });
  expect(started.statusCode, started.body).toBe(202);
  const runId = started.json().id as string;
  let run = started.json();
  for (let i = 0; i < 900 && run.status === 'running'; i++) {
    await new Promise((res) => setTimeout(res, 200));
    run = (await c.fx!.request('GET', `/api/monitor/runs/${runId}`)).json();
  }
  expect(run.status, run.error ?? '').toBe('done');
  const leads = (await c.fx!.request('GET', `/api/monitor/runs/${runId}/leads?kind=institution`)).json() as Array<{ id: string; matterId: string; amountFen: number; jurisdiction?: string }>;
  const losses = leads.filter((l) => l.matterId === 'penalty.institution-loss' && l.amountFen > 0);
  const lead = losses[0];
  expect(lead, '没有造成基金损失的线索').toBeDefined();
  const review = (action: string, extra: object = {}) => c.fx!.request('POST', `/api/monitor/runs/${runId}/leads/${lead!.id}/review`, { action, ...extra });
  for (const [action, note] of [['pass', ''], ['confirm-doubt', ''], ['appeal', '机构提交申诉材料'], ['verify', '调查核实，违规属实'], ['confirm', '认定违规']] as const) {
    const r = await review(action, note ? { note } : {});
    expect(r.statusCode, `${action}: ${r.body}`).toBe(200);
  }

  // 3. the officer opens the case from the lead: it lands on the county's imported item
  const opened = await c.zf1!.request('POST', `/api/monitor/runs/${runId}/leads/${lead!.id}/case`);
  expect(opened.statusCode, opened.body).toBe(201);
  const caseId = opened.json().caseId as string;
  const itemRef = opened.json().item as string;
  expect(itemRef.startsWith(`${catalogId}@1#`) || itemRef.startsWith(`${catalogId}#`), itemRef).toBe(true);
  const resolved = await c.zf1!.request('GET', `/api/catalog-items/resolve?ref=${encodeURIComponent(itemRef)}`);
  expect(resolved.statusCode, resolved.body).toBe(200);
  const item = resolved.json() as { kind: string; matter: { id: string } | null; citations: Citation[]; name: string };
  expect(item.kind).toBe('行政处罚');
  expect(item.matter?.id).toBe('penalty.institution-loss');
  const seq = Number(itemRef.split('#')[1]);
  const detail = await c.zf1!.request('GET', `/api/catalogs/${catalogId}/items/${seq}`);
  expect(detail.statusCode, detail.body).toBe(200);
  const bases = detail.json().bases as Array<{ text: string; citations: Array<{ statute: string; article: number }> }>;
  const view0 = (await c.zf1!.request('GET', `/api/cases/${caseId}`)).json();
  expect(view0.case.procedure.id).toBe('xzcf-putong');
  expect(view0.case.jurisdiction.path).toBe(opts.jurisdiction);
  expect(view0.case.item.name).toBe(item.name);
  expect(view0.case.facts.线索编号).toBe(lead!.id);

  const act = async (who: string, step: string, input: Record<string, unknown>) => {
    const r = await c[who]!.request('POST', `/api/cases/${caseId}/act`, { step, input });
    expect(r.statusCode, `${step}: ${r.body}`).toBe(200);
    return r.json();
  };
  const attachment = async (name: string) => {
    const r = await app.inject({
      method: 'POST',
      url: `/api/attachments?name=${encodeURIComponent(name)}`,
      headers: { cookie: c.zf1!.cookie, 'x-csrf-token': c.zf1!.csrf, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(`${name}（${opts.prefix}）`),
    });
    expect(r.statusCode, r.body).toBe(201);
    return r.json();
  };
  const officers = [`${opts.prefix}zf1`, `${opts.prefix}zf2`];
  const named = view0.case.facts.当事人线索 as { 名称: string; 主体类别: '定点医疗机构' };

  // 4. 立案 … 调查终结 … 法制审核 … 告知 … 决定
  await act('zf1', '线索核查', { 核查意见: '监控线索经审核认定，建议立案' });
  await act('fz', '立案', { officers, 案由: '涉嫌造成医疗保障基金损失', parties: [caseTesting.testOrganisation(named.名称, named.主体类别, 31)] });
  await act('zf1', '调查取证', { officers, 取证内容: '调取结算数据和病历', attachments: [await attachment('笔录或证据')] });
  const proposal = { violation: view0.case.facts.violation, facts: view0.case.facts.penaltyFacts };
  // an article the imported item does not cite is refused: the item's citations are what bind the case
  const cited = new Set(item.citations.filter((x) => x.resolved).map((x) => `${x.statute}:${x.article}`));
  const uncited = [41, 39, 43].find((a) => !cited.has(`医疗保障基金使用监督管理条例:${a}`))!;
  const wrong = await c.zf2!.request('POST', `/api/cases/${caseId}/act`, {
    step: '调查终结',
    input: { officers, 调查终结报告: '违法事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: uncited }, facts: proposal.facts },
  });
  expect(wrong.statusCode, wrong.body).toBe(409);
  expect(wrong.json().code).toBe('VIOLATION_NOT_OF_ITEM');
  await act('zf2', '调查终结', { officers, 调查终结报告: '违法事实清楚，证据确凿', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], ...proposal });
  let view = (await c.fs!.request('GET', `/api/cases/${caseId}`)).json();
  const decision = view.case.penalty.decision as PenaltyDecision;
  const measures = minimumChoices(decision);
  await act('fs', '法制审核', { 结论: '同意', 审核意见: '事实清楚，证据确凿，适用依据正确，程序合法', 审核事项: caseTesting.reviewPoints() });
  await act('zf1', '告知', { officers, measures, 告知书送达日期: today() });
  await act('zf1', '放弃陈述申辩', { attachments: [await attachment('书面放弃声明')] });
  view = (await c.zf1!.request('GET', `/api/cases/${caseId}`)).json();
  if (view.availableSteps.includes('放弃听证') && view.case.deadlines.some((d: { id: string; status: string }) => d.id === '听证申请期限' && d.status === 'open')) {
    await act('zf1', '放弃听证', { attachments: [await attachment('书面放弃声明')] });
  }
  if (view.case.facts.major) {
    await act('fz', '集体讨论', { 参加人员: [`${opts.prefix}fz`, `${opts.prefix}fz2`], 讨论意见: '一致同意', 讨论结论: '同意按告知内容处罚' });
    // 暂行规定 第四十四条第二款: each attendee signs the record
    await act('fz', '集体讨论签字', { 确认: true });
    await act('fz2', '集体讨论签字', { 确认: true });
  }
  await act('fz', '决定', { 类型: '行政处罚', measures });
  const final = (await c.zf1!.request('GET', `/api/cases/${caseId}`)).json();
  return { c, runId, losses, caseId, itemRef, item, bases, lead: lead!, final, measures };
}

/** The decision's article is one the imported item cites; its fine is the lead's loss times the multiples the item quotes. */
function expectDecisionFromItem(r: Awaited<ReturnType<typeof carry>>): void {
  const { item, bases, lead, final, measures } = r;
  expect(final.case.state).toBe('已决定');
  const steps = (final.timeline as Array<{ step: string }>).map((e) => e.step);
  const order = ['开案', '线索核查', '立案', '调查取证', '调查终结', '法制审核', '告知', '决定'].map((s) => steps.indexOf(s));
  expect(order.every((n, i) => n >= 0 && (i === 0 || n > order[i - 1]!)), steps.join('→')).toBe(true);
  const decision = final.case.penalty.decision as PenaltyDecision;
  const [statute, article] = decision.applied.article.split(':');
  const citation = item.citations.find((x) => x.resolved && x.statute === statute && x.article === Number(article));
  expect(citation, `${decision.applied.article} 不是事项所引条文`).toBeDefined();
  // the multiples the imported item quotes for that article (its basis text), read from the catalog, not typed here
  const basis = bases.find((b) => b.citations.some((x) => x.statute === statute && x.article === Number(article)))!;
  const m = /(\d+)倍以上(\d+)倍以下/.exec(basis.text)!;
  expect(m, basis.text).not.toBeNull();
  const fine = decision.measures.find((x) => x.kind === '罚款')!;
  expect(decision.measures.find((x) => x.kind === '责令退回')?.amountFen).toBe(lead.amountFen);
  expect(fine.baseFen).toBe(lead.amountFen);
  expect(fine.citation.article).toBe(Number(article));
  expect(decision.discretion?.statutoryRange ?? { minFen: fine.minFen, maxFen: fine.maxFen }).toEqual({ minFen: lead.amountFen * Number(m[1]), maxFen: lead.amountFen * Number(m[2]) });
  // what was decided is what was notified, and the fine lies within the quoted range
  const decided = final.case.penalty.decided as { measures: Array<{ measureId: string; amountFen?: number }> };
  expect(decided.measures).toEqual(measures);
  const chosenFine = decided.measures.find((x) => x.measureId === fine.id)!;
  expect(chosenFine.amountFen).toBeGreaterThanOrEqual(lead.amountFen * Number(m[1]));
  expect(chosenFine.amountFen).toBeLessThanOrEqual(lead.amountFen * Number(m[2]));
}

describe('an imported catalog carries a case from a lead to a decision through the API', () => {
  let chengqu: Awaited<ReturnType<typeof carry>> | undefined;
  it('.xlsx imported and published by 城区: lead → case on the imported item → 立案 … 调查终结 … 法制审核 … 告知 … 决定', async () => {
    chengqu = await carry({ prefix: 'cq', jurisdiction: '山西省/阳泉市/城区', fileName: 'chengqu-quanze.xlsx', bytes: await buildXlsx(), publish: true });
    expectDecisionFromItem(chengqu);
  }, 240_000);

  it('after a new edition of 城区\'s catalog, a case from a lead names the item of that edition (not the same number in edition 1)', async () => {
    const r = chengqu!;
    expect(r.losses.length, '须有第二条造成基金损失的线索').toBeGreaterThan(1);
    // edition 2 renumbers: item 2 is now the 造成基金损失 item (edition 1's item 2 was the individual's fraud)
    const edition2 = Buffer.from([
      '阳泉市城区医疗保障局权责清单（2026年）',
      '序号\t事项名称\t职权类型\t实施依据',
      '1\t对定点医药机构医疗保障基金使用情况的监督检查\t行政检查\t《医疗保障基金使用监督管理条例》第二十七条',
      '2\t对定点医药机构造成医疗保障基金损失的处罚\t行政处罚\t《医疗保障基金使用监督管理条例》第三十八条',
    ].join('\n'));
    const up = await upload(r.c.qd!, `/api/catalogs/import?fileName=chengqu-quanze.txt&jurisdiction=${encodeURIComponent('山西省/阳泉市/城区')}`, edition2);
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ id: 'chengqu-quanze', edition: 2, newEdition: true });
    const second = r.losses[1]!;
    for (const [action, note] of [['pass', ''], ['confirm-doubt', ''], ['appeal', '机构提交申诉材料'], ['verify', '调查核实，违规属实'], ['confirm', '认定违规']] as const) {
      const res = await r.c.fx!.request('POST', `/api/monitor/runs/${r.runId}/leads/${second.id}/review`, { action, ...(note ? { note } : {}) });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    }
    const opened = await r.c.zf1!.request('POST', `/api/monitor/runs/${r.runId}/leads/${second.id}/case`);
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().item).toBe('chengqu-quanze@2#2');
    const kase = (await r.c.zf1!.request('GET', `/api/cases/${opened.json().caseId}`)).json();
    expect(kase.case.item).toMatchObject({ ref: 'chengqu-quanze@2#2', name: '对定点医药机构造成医疗保障基金损失的处罚', matter: { id: 'penalty.institution-loss' } });
    // an officer opens cases on imported items directly too (POST /api/cases), each under its kind's procedure
    const inspection = await r.c.zf1!.request('POST', '/api/cases', { item: 'chengqu-quanze@2#1' });
    expect(inspection.statusCode, inspection.body).toBe(201);
    expect(inspection.json().procedure).toMatch(/^xzjc-/);
    const person = await r.c.zf1!.request('POST', '/api/cases', { item: 'chengqu-quanze#2' });
    expect(person.statusCode, person.body).toBe(201);
    expect(person.json().procedure).toBe('xzcf-putong');
    expect((await r.c.zf1!.request('GET', `/api/cases/${person.json().id}`)).json().case.item.name).toBe('对个人骗取医疗保障基金支出的处罚');
    // the first case keeps its edition-1 item
    expect((await r.c.zf1!.request('GET', `/api/cases/${r.caseId}`)).json().case.item.name).toBe(r.item.name);
  }, 120_000);

  it('.docx imported (not yet published) by 郊区: the same, on its own item', async () => {
    const r = await carry({ prefix: 'jq', jurisdiction: '山西省/阳泉市/郊区', fileName: 'jiaoqu-quanze.docx', bytes: await buildDocx(), publish: false });
    expectDecisionFromItem(r);
    // and the record of both cases replays
    const verify = (await r.c.fz!.request('GET', '/api/record/verify')).json();
    expect(verify, JSON.stringify(verify.firstBad ?? {})).toMatchObject({ ok: true });
  }, 240_000);
});

describe('what an imported file cannot be', () => {
  it('a scanned PDF is refused through the API with the OCR remedy, and nothing is stored', async () => {
    const c = await bureau('pd', '山西省/阳泉市/平定县');
    const scanned = readFileSync(join(import.meta.dirname, '..', 'catalog', 'import', 'fixtures', 'files', 'scanned.pdf'));
    const r = await upload(c.qd!, `/api/catalogs/import?fileName=pingding-scan.pdf&jurisdiction=${encodeURIComponent('山西省/阳泉市/平定县')}`, scanned);
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('CATALOG_SCANNED_PDF');
    expect(r.json().message).toMatch(/扫描/);
    expect(r.json().message).toMatch(/OCR/);
    expect((await c.qd!.request('GET', '/api/catalogs/pingding-scan')).statusCode).toBe(404);
  });
});
