// The `penalty` CLI and a case agree on every rule's worked example (issue 10): for each
// hand-computed example of data/law/worked-examples.json, `yibao penalty --json` is run on
// its facts, and a case is carried through the HTTP API by two certified officers and the
// head of the example's own jurisdiction, on the example's decision date, to 调查终结. The
// decision the case stores is the decision the CLI printed, and both have the figures
// computed by hand from the article's text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkedExamples, workedExampleDifferences, findJurisdiction, minimumChoices, type PenaltyDecision, type WorkedExample } from '../law/index.js';
import { buildServer, ensureJurisdictions, upsertAccount, type ServerDb, type YibaoServer } from '../server/index.js';
import { openTestStore } from '../store/index.js';
import { caseTesting } from '../cases/index.js';
import { registerPenaltyCommands } from './penalty-commands.js';

const PASSWORD = 'ceshi-mima-2026';
const examples = loadWorkedExamples();
const dir = mkdtempSync(join(tmpdir(), 'yibao-agreement-'));

let now = '2026-11-20T10:00:00+08:00';
let app: YibaoServer;
let db: ServerDb;
let cleanup: () => Promise<void>;

/** Officers of a jurisdiction, named after its 行政区划代码. */
const cast = (code: string) => ({ a: `zf${code}a`, b: `zf${code}b`, head: `fz${code}` });

beforeAll(async () => {
  const t = await openTestStore();
  db = t.store;
  cleanup = t.cleanup;
  await ensureJurisdictions(db);
  app = await buildServer({ logger: false, webRoot: null, anchors: null, db, now: () => now, auth: { loginPerAddress: 10_000, loginPerAccount: 10_000 } });
  for (const path of new Set([...examples.map((e) => e.jurisdiction), ...NO_STANDARD])) {
    const code = findJurisdiction(path)!.code;
    const c = cast(code);
    const certificate = (n: string) => ({ no: `${code}-${n}`, validFrom: '2024-01-01', validTo: '2029-12-31' });
    await upsertAccount(db, { name: c.a, displayName: `${path}执法甲`, roles: ['执法人员'], jurisdiction: path, certificate: certificate('A'), password: PASSWORD });
    await upsertAccount(db, { name: c.b, displayName: `${path}执法乙`, roles: ['执法人员'], jurisdiction: path, certificate: certificate('B'), password: PASSWORD });
    await upsertAccount(db, { name: c.head, displayName: `${path}负责人`, roles: ['负责人'], jurisdiction: path, password: PASSWORD });
  }
}, 180_000);
afterAll(async () => {
  await app?.close();
  await cleanup?.();
});

interface Session {
  request(method: 'GET' | 'POST', url: string, body?: unknown): Promise<{ statusCode: number; body: string; json(): any }>;
  upload(name: string): Promise<{ name: string; sha256: string }>;
}
/** The seed bureaus' jurisdictions: none has a published 较大数额 hearing standard or 法制审核 threshold loaded (see NOTES.md in each province of data/discretion). */
const NO_STANDARD = ['山西省/阳泉市', '贵州省/六盘水市/钟山区', '内蒙古自治区', '甘肃省/兰州市'];

const sessions = new Map<string, Session>();
async function session(name: string): Promise<Session> {
  const known = sessions.get(name);
  if (known) return known;
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password: PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = (res.cookies as Array<{ name: string; value: string }>).map((c) => `${c.name}=${c.value}`).join('; ');
  const headers = { cookie, 'x-csrf-token': res.json().csrfToken as string };
  const s: Session = {
    request: (method, url, body) => app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) }),
    upload: async (file) => {
      const r = await app.inject({ method: 'POST', url: `/api/attachments?name=${encodeURIComponent(file)}`, headers: { ...headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from(`${file}的内容`) });
      expect(r.statusCode, r.body).toBe(201);
      return r.json();
    },
  };
  sessions.set(name, s);
  return s;
}

async function cliDecision(e: WorkedExample): Promise<PenaltyDecision> {
  const facts = join(dir, `${e.id}.json`);
  writeFileSync(facts, JSON.stringify(e.facts));
  let out = '';
  const program = new Command().exitOverride();
  registerPenaltyCommands(program, (s) => void (out += s));
  await program.parseAsync(['node', 'yibao', 'penalty', '--article', e.article, '--facts', facts, '--jurisdiction', e.jurisdiction, '--on-date', e.decisionDate, '--json']);
  return (JSON.parse(out) as { decision: PenaltyDecision }).decision;
}

function partyOf(e: WorkedExample, n: number) {
  const category = e.facts.party;
  if (category === '参保个人') return caseTesting.testPerson('王某', n);
  if (category === '定点医药机构法定代表人或主要负责人') return { ...caseTesting.testPerson('李某', n), 主体类别: category };
  if (category === '医疗保障行政部门') throw new Error('算例的当事人不能是医疗保障行政部门');
  return caseTesting.testOrganisation(`某${category}`, category, n);
}

async function caseDecision(e: WorkedExample, n: number): Promise<PenaltyDecision> {
  return (await caseToInvestigationEnd(e, n)).decision;
}

async function caseToInvestigationEnd(e: WorkedExample, n: number, item?: number): Promise<{ id: string; decision: PenaltyDecision }> {
  now = `${e.decisionDate}T10:00:00+08:00`; // the server's clock: the decision date, in Beijing
  const c = cast(findJurisdiction(e.jurisdiction)!.code);
  const [a, b, head] = await Promise.all([session(c.a), session(c.b), session(c.head)]);
  const opened = await a.request('POST', '/api/cases', { procedure: 'xzcf-putong', jurisdiction: e.jurisdiction });
  expect(opened.statusCode, opened.body).toBe(201);
  const id = opened.json().id as string;
  const act = async (who: Session, step: string, input: Record<string, unknown>) => {
    const r = await who.request('POST', `/api/cases/${id}/act`, { step, input });
    expect(r.statusCode, `${step}：${r.body}`).toBe(200);
  };
  const officers = [c.a, c.b];
  const { party, ...facts } = e.facts;
  void party;
  const statute = e.article.slice(0, e.article.lastIndexOf(':'));
  const article = Number(e.article.slice(e.article.lastIndexOf(':') + 1));
  await act(a, '线索核查', { 核查意见: '线索属实，建议立案' });
  await act(head, '立案', { officers, 案由: e.id, parties: [partyOf(e, n)] });
  await act(a, '调查取证', { officers, 取证内容: '询问当事人，调取结算数据', attachments: [await a.upload('笔录或证据')] });
  await act(b, '调查终结', { officers, 调查终结报告: e.working, 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: statute, 条: article, ...(item ? { 项: item } : {}) }, facts });
  const page = await head.request('GET', `/api/cases/${id}`);
  expect(page.statusCode, page.body).toBe(200);
  return { id, decision: page.json().case.penalty.decision as PenaltyDecision };
}

async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('the penalty CLI and a case through the HTTP API reach the same decision on every worked example', () => {
  for (const [n, e] of examples.entries()) {
    it(`${e.id}（${e.jurisdiction}，${e.decisionDate}）`, async () => {
      const cli = await cliDecision(e);
      expect(workedExampleDifferences(e, cli)).toEqual([]);
      const fromCase = await caseDecision(e, n + 1);
      expect(fromCase).toEqual(cli);
      expect(fromCase.inputs.jurisdiction).toBe(e.jurisdiction);
      expect(fromCase.inputs.decisionDate).toBe(e.decisionDate);
    });
  }
});

describe('no right denied where the local standard is not loaded (行政处罚法 第六十三条, 第五十八条)', () => {
  // 120,000 元 defrauded by a hospital: 条例 第四十条, a fine of 240,000–600,000 元
  const hospital = loadWorkedExamples().find((e) => e.id === '条例40-医院-骗取')!;
  for (const [n, path] of NO_STANDARD.entries()) {
    it(`${path}: a 240,000 元 fine is notified with the hearing right, 申请听证 is accepted, 法制审核 is required`, async () => {
      const e: WorkedExample = { ...hospital, jurisdiction: path, facts: { ...hospital.facts, amounts: { defraudedFen: 12_000_000 } } };
      const { id, decision } = await caseToInvestigationEnd(e, 100 + n, 1); // 第（一）项: 诱导、协助他人冒名或者虚假就医
      const fine = decision.measures.find((m) => m.kind === '罚款')!;
      expect([fine.minFen, fine.maxFen]).toEqual([24_000_000, 60_000_000]);
      expect(decision.procedure?.hearing.right).not.toBe(false);
      expect(decision.procedure?.legalReview.required).toBe(true);
      expect(decision.warnings.join('')).toMatch(/未录入/);
      const c = cast(findJurisdiction(path)!.code);
      const a = await session(c.a);
      const measures = minimumChoices(decision); // the fine at its statutory minimum, 240,000 元
      expect(measures.find((m) => m.measureId === fine.id)?.amountFen).toBe(24_000_000);
      const notified = await a.request('POST', `/api/cases/${id}/act`, { step: '告知', input: { officers: [c.a, c.b], measures, 告知书送达日期: e.decisionDate } });
      expect(notified.statusCode, notified.body).toBe(200);
      const doc = await a.request('GET', `/api/cases/${id}/documents/${encodeURIComponent('行政处罚事先告知书')}?format=docx`);
      expect(doc.statusCode, doc.body.slice(0, 300)).toBe(200);
      expect(await docxText((doc as unknown as { rawPayload: Buffer }).rawPayload)).toMatch(/有要求听证的权利/);
      const hearing = await a.request('POST', `/api/cases/${id}/act`, { step: '申请听证', input: { 申请方式: '书面' } });
      expect(hearing.statusCode, hearing.body).toBe(200);
    });
  }
});
