// 智能监控 through the API: a run on a small generated dataset with progress, leads with
// evidence, the review to 已确认, a penalty case from the lead; and the scope.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, testServer, TEST_PASSWORD, type Client } from './test-support/harness.js';
import { importSeedCatalogs } from './seed.js';
import { createDemoAccounts } from './users.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

let app: YibaoServer;
let db: ServerDb;
let dir: string;
const c: Record<string, Client> = {};
let runId = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-monitor-api-'));
  ({ app, db } = await testServer({ monitor: { dataDir: dir, demoVisits: 600 } }));
  await importSeedCatalogs(app.yibao.catalogs);
  await createDemoAccounts(db, TEST_PASSWORD);
  await addAccount(db, { name: 'lpsfx', displayName: '六盘水分析', roles: ['基金监管分析员'], jurisdiction: '贵州省/六盘水市' });
  for (const n of ['jianguan', 'zhifa1', 'qingdan', 'lpsfx']) c[n] = await login(app, n);
}, 180_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('monitoring runs', () => {
  it('starts a run and reports progress until done', async () => {
    const r = await c.jianguan!.request('POST', '/api/monitor/runs', { dataset: 'demo' });
    expect(r.statusCode, r.body).toBe(202);
    runId = r.json().id;
    let run = r.json();
    const seen = new Set<number>();
    for (let i = 0; i < 600 && run.status === 'running'; i++) {
      await new Promise((res) => setTimeout(res, 200));
      run = (await c.jianguan!.request('GET', `/api/monitor/runs/${runId}`)).json();
      seen.add(run.rulesDone);
    }
    expect(run.status, run.error ?? '').toBe('done');
    expect(run.rulesDone).toBe(run.rulesTotal);
    expect(run.summary.leads).toBeGreaterThan(0);
  }, 180_000);

  it('lists leads with evidence rows, reviews one to 已确认 and opens a penalty case from it', async () => {
    const leads = (await c.jianguan!.request('GET', `/api/monitor/runs/${runId}/leads?kind=institution`)).json();
    expect(leads.length).toBeGreaterThan(0);
    const lead = leads[0];
    expect(lead.resultType).toBe('明确违规');
    expect(lead.amountFen).toBeGreaterThan(0);
    const detail = (await c.jianguan!.request('GET', `/api/monitor/runs/${runId}/leads/${lead.id}`)).json();
    expect(detail.evidence.length).toBeGreaterThan(0);
    expect(detail.rules[0].name).toMatch(/[\u4e00-\u9fff]/);
    // the lead's amount is its 明确违规 hits' fund loss; every hit with its lines, reason and article in words
    const proven = detail.evidence.filter((e: { kind: string }) => e.kind === '明确违规');
    if (detail.hitCount <= 200) expect(proven.reduce((a: number, e: { lossFen: number }) => a + e.lossFen, 0)).toBe(detail.amountFen);
    for (const e of detail.evidence) {
      expect(e.reason).toMatch(/[\u4e00-\u9fff]/);
      expect(e.citation.label).toMatch(/^《医疗保障基金使用监督管理条例》第/);
      expect(e.money.fundFen + e.money.patientFen).toBe(e.money.grossFen);
      if (e.kind !== '明确违规') expect(e.lossFen).toBe(0);
    }
    expect(detail.evidence.some((e: { lines: unknown[] }) => e.lines.length > 0)).toBe(true);
    expect(detail.evidence.find((e: { lines: unknown[] }) => e.lines.length > 0).lines[0]).toMatchObject({ itemName: expect.any(String), deptName: expect.any(String), doctorName: expect.any(String) });
    expect(detail.citations.length).toBeGreaterThan(0);
    expect(detail.citations[0].text.length).toBeGreaterThan(5);
    // a case cannot be opened before the review confirms the lead
    expect((await c.zhifa1!.request('POST', `/api/monitor/runs/${runId}/leads/${lead.id}/case`)).statusCode).toBe(409);
    // 申诉 cannot be skipped while the appeal window is open
    const review = (action: string, extra: object = {}) => c.jianguan!.request('POST', `/api/monitor/runs/${runId}/leads/${lead.id}/review`, { action, ...extra });
    expect((await review('pass')).json().review.status).toBe('复审');
    expect((await review('confirm-doubt')).json().review.status).toBe('申诉');
    const early = await review('no-appeal');
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toMatch(/尚未届满/);
    expect((await review('appeal', { note: '机构提交申诉材料' })).json().review.status).toBe('调查核实');
    expect((await review('verify', { note: '调查核实，违规属实' })).json().review.status).toBe('处理');
    expect((await review('confirm', { note: '认定违规' })).json().review.status).toBe('已确认');
    // an analyst may not open cases; an officer may
    expect((await c.jianguan!.request('POST', `/api/monitor/runs/${runId}/leads/${lead.id}/case`)).statusCode).toBe(403);
    const opened = await c.zhifa1!.request('POST', `/api/monitor/runs/${runId}/leads/${lead.id}/case`);
    expect(opened.statusCode, opened.body).toBe(201);
    const kase = (await c.zhifa1!.request('GET', `/api/cases/${opened.json().caseId}`)).json();
    expect(kase.case.facts.线索编号).toBe(lead.id);
    // the decision's facts: the fund loss of the 明确违规 hits, never gross amounts or 可疑 hits
    expect(kase.case.facts.penaltyFacts.amounts).toEqual(lead.matterId === 'penalty.institution-fraud' ? { defraudedFen: lead.amountFen } : { lossFen: lead.amountFen });
    expect(kase.case.facts.违法事实).toContain('基金损失');
    expect(kase.case.procedure.id).toBe('xzcf-putong');
    expect((await c.zhifa1!.request('POST', `/api/monitor/runs/${runId}/leads/${lead.id}/case`)).statusCode).toBe(409);
  });

  it('keeps runs and leads inside the jurisdiction', async () => {
    expect((await c.lpsfx!.request('GET', `/api/monitor/runs/${runId}`)).statusCode).toBe(404);
    // another jurisdiction's run: its leads are not found either (not an empty list)
    const other = await c.lpsfx!.request('GET', `/api/monitor/runs/${runId}/leads`);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('NOT_FOUND');
    expect((await c.lpsfx!.request('GET', `/api/monitor/runs/${runId}/leads?kind=person`)).statusCode).toBe(404);
    expect((await c.jianguan!.request('GET', '/api/monitor/runs/JK-NO-SUCH-RUN/leads')).statusCode).toBe(404);
    expect((await c.qingdan!.request('GET', '/api/monitor/runs')).statusCode).toBe(403);
  });
});
