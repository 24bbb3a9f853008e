// The API access matrix: every role × every endpoint × a resource of the account's own
// jurisdiction or of another one → allowed, or denied (403 without the permission; 404 for
// a resource outside the jurisdiction, so that its existence does not leak). Plus: every
// endpoint without a session → 401, and the matrix covers every route of the OpenAPI
// document.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, testServer, type Client } from './test-support/harness.js';
import { importSeedCatalogs, SEED_CATALOG_DIR } from './seed.js';
import { can, type Permission } from './roles.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';
import { caseTesting } from '../cases/index.js';

const ROLES = ['执法人员', '法制审核员', '负责人', '基金监管分析员', '清单管理员', '系统管理员'] as const;
const OWN = '山西省/阳泉市';
const OTHER = '贵州省/六盘水市';

let app: YibaoServer;
let db: ServerDb;
let dir: string;
const F = { caseId: '', runId: '', leadId: '', catalog: 'yq-private', user: 'target-user', attachment: '', libraryEntry: 0, delegation: '' };
const clients = new Map<string, Client>();
let seq = 0;
const unique = () => `${Date.now().toString(36)}${seq++}`;

type Scope = 'global' | 'resource' | 'list' | 'create';
interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH';
  /** The route as in the OpenAPI document. */
  route: string;
  url: () => string;
  body?: () => unknown;
  raw?: () => Buffer;
  perm: Permission | 'signed-in';
  scope: Scope;
  /** Statuses that mean "allowed" (the request got past authorisation). */
  allowed: number[];
  /** For lists: the marker of the own-jurisdiction resource in the response. */
  marker?: () => string;
}

const E: Endpoint[] = [
  { method: 'GET', route: '/api/auth/me', url: () => '/api/auth/me', perm: 'signed-in', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/jurisdictions', url: () => '/api/jurisdictions', perm: 'signed-in', scope: 'list', allowed: [200], marker: () => '"山西省/阳泉市/矿区"' },
  { method: 'GET', route: '/api/roles', url: () => '/api/roles', perm: 'users.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/users', url: () => '/api/users', perm: 'users.read', scope: 'list', allowed: [200], marker: () => `"${F.user}"` },
  { method: 'GET', route: '/api/users/{name}', url: () => `/api/users/${F.user}`, perm: 'users.read', scope: 'resource', allowed: [200] },
  {
    method: 'POST', route: '/api/users', url: () => '/api/users', perm: 'users.write', scope: 'create', allowed: [201],
    body: () => ({ name: `u${unique()}`, displayName: '新账户', roles: ['法制审核员'], jurisdiction: OWN, password: 'long-enough-password' }),
  },
  { method: 'PATCH', route: '/api/users/{name}', url: () => `/api/users/${F.user}`, body: () => ({ displayName: '目标账户' }), perm: 'users.write', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/statutes', url: () => '/api/statutes', perm: 'statute.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/statutes/{title}', url: () => `/api/statutes/${encodeURIComponent('社会保险法')}`, perm: 'statute.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/statutes/{title}/articles/{number}', url: () => `/api/statutes/${encodeURIComponent('社会保险法')}/articles/84`, perm: 'statute.read', scope: 'global', allowed: [200] },
  { method: 'POST', route: '/api/citations/resolve', url: () => '/api/citations/resolve', body: () => ({ text: '《社会保险法》第八十四条' }), perm: 'statute.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/catalogs', url: () => '/api/catalogs', perm: 'catalog.read', scope: 'list', allowed: [200], marker: () => `"${F.catalog}"` },
  { method: 'GET', route: '/api/catalog-items', url: () => '/api/catalog-items', perm: 'catalog.read', scope: 'list', allowed: [200], marker: () => `"${F.catalog}"` },
  { method: 'GET', route: '/api/catalogs/{id}', url: () => `/api/catalogs/${F.catalog}`, perm: 'catalog.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/catalogs/{id}/items/{seq}', url: () => `/api/catalogs/${F.catalog}/items/1`, perm: 'catalog.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/catalogs/{id}/lint', url: () => `/api/catalogs/${F.catalog}/lint`, perm: 'catalog.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/catalogs/{id}/export', url: () => `/api/catalogs/${F.catalog}/export?format=md`, perm: 'catalog.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/catalogs-compare', url: () => `/api/catalogs-compare?ids=${F.catalog}`, perm: 'catalog.read', scope: 'resource', allowed: [200] },
  {
    method: 'POST', route: '/api/catalogs/import', url: () => `/api/catalogs/import?fileName=m${unique()}.txt&jurisdiction=${encodeURIComponent(OWN)}`, perm: 'catalog.write', scope: 'create', allowed: [201],
    raw: () => readFileSync(join(SEED_CATALOG_DIR, '002_d9b76134472e1956.txt')),
  },
  {
    method: 'POST', route: '/api/catalogs/preview', url: () => `/api/catalogs/preview?fileName=p${unique()}.txt&jurisdiction=${encodeURIComponent(OWN)}`, perm: 'catalog.write', scope: 'create', allowed: [200],
    raw: () => readFileSync(join(SEED_CATALOG_DIR, '002_d9b76134472e1956.txt')),
  },
  { method: 'GET', route: '/api/catalogs/{id}/editions', url: () => `/api/catalogs/${F.catalog}/editions`, perm: 'catalog.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/catalogs/{id}/editions/{edition}', url: () => `/api/catalogs/${F.catalog}/editions/1`, perm: 'catalog.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/catalogs/{id}/diff', url: () => `/api/catalogs/${F.catalog}/diff?from=1`, perm: 'catalog.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/catalog-items/resolve', url: () => `/api/catalog-items/resolve?ref=${encodeURIComponent(`${F.catalog}@1#1`)}`, perm: 'catalog.read', scope: 'resource', allowed: [200] },
  { method: 'POST', route: '/api/catalogs/{id}/publish', url: () => `/api/catalogs/${F.catalog}/publish`, body: () => ({ published: false }), perm: 'catalog.write', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/penalty/rules', url: () => '/api/penalty/rules', perm: 'penalty.compute', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/penalty/vocabulary', url: () => '/api/penalty/vocabulary', perm: 'penalty.compute', scope: 'global', allowed: [200] },
  {
    method: 'POST', route: '/api/penalty/compute', url: () => '/api/penalty/compute', perm: 'penalty.compute', scope: 'global', allowed: [200],
    body: () => ({ article: '医疗保障基金使用监督管理条例:38', facts: { party: '定点医疗机构', amounts: { lossFen: 100000 } } }),
  },
  { method: 'GET', route: '/api/stats', url: () => '/api/stats', perm: 'stats.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/cases', url: () => '/api/cases', perm: 'case.read', scope: 'list', allowed: [200], marker: () => `"${F.caseId}"` },
  { method: 'GET', route: '/api/procedures', url: () => '/api/procedures', perm: 'case.read', scope: 'global', allowed: [200] },
  { method: 'POST', route: '/api/cases', url: () => '/api/cases', body: () => ({ item: '000_650efb1eb094bc36#3', jurisdiction: OWN }), perm: 'case.write', scope: 'create', allowed: [201] },
  { method: 'GET', route: '/api/cases/{id}', url: () => `/api/cases/${F.caseId}`, perm: 'case.read', scope: 'resource', allowed: [200] },
  { method: 'POST', route: '/api/cases/{id}/act', url: () => `/api/cases/${F.caseId}/act`, body: () => ({ step: '没有这个环节', input: {} }), perm: 'case.write', scope: 'resource', allowed: [400, 409] },
  { method: 'POST', route: '/api/attachments', url: () => '/api/attachments?name=x', raw: () => Buffer.from('附件'), perm: 'case.write', scope: 'global', allowed: [201] },
  { method: 'GET', route: '/api/cases/{id}/documents/{kind}', url: () => `/api/cases/${F.caseId}/documents/${encodeURIComponent('立案审批表')}`, perm: 'case.read', scope: 'resource', allowed: [200, 400] },
  { method: 'GET', route: '/api/cases/{id}/volume', url: () => `/api/cases/${F.caseId}/volume`, perm: 'case.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/cases/{id}/access', url: () => `/api/cases/${F.caseId}/access`, perm: 'case.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/record/verify', url: () => '/api/record/verify', perm: 'case.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/deadlines', url: () => '/api/deadlines', perm: 'case.read', scope: 'list', allowed: [200], marker: () => `"${F.caseId}"` },
  // 被检查对象库、检查人员库、专家库 (飞行检查办法 第六条)
  { method: 'GET', route: '/api/flying-libraries', url: () => '/api/flying-libraries', perm: 'library.read', scope: 'list', allowed: [200], marker: () => '"矩阵医院"' },
  {
    method: 'POST', route: '/api/flying-libraries', url: () => '/api/flying-libraries', perm: 'library.write', scope: 'create', allowed: [201],
    body: () => ({ jurisdiction: OWN, entry: { kind: '专家', name: `专家${unique()}`, unit: '某医院', category: '医疗' } }),
  },
  { method: 'POST', route: '/api/flying-libraries/{id}/disable', url: () => `/api/flying-libraries/${F.libraryEntry}/disable`, body: () => ({ reason: '协议解除' }), perm: 'library.write', scope: 'resource', allowed: [200, 409] },
  // the officer's console
  { method: 'GET', route: '/api/console/step-inputs', url: () => '/api/console/step-inputs', perm: 'case.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/console/step-inputs/{input}', url: () => `/api/console/step-inputs/${encodeURIComponent('立案')}`, perm: 'case.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/console/people', url: () => '/api/console/people', perm: 'case.read', scope: 'list', allowed: [200], marker: () => '"fixture-officer"' },
  { method: 'GET', route: '/api/todo', url: () => '/api/todo', perm: 'case.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/cases/{id}/file', url: () => `/api/cases/${F.caseId}/file`, perm: 'case.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/cases/{id}/violations', url: () => `/api/cases/${F.caseId}/violations`, perm: 'case.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/cases/{id}/attachments/{sha256}', url: () => `/api/cases/${F.caseId}/attachments/${F.attachment}`, perm: 'case.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/stats/cases', url: () => '/api/stats/cases', perm: 'stats.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/stats/cases.xlsx', url: () => '/api/stats/cases.xlsx', perm: 'stats.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/stats/reports', url: () => '/api/stats/reports', perm: 'stats.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/stats/reports.xlsx', url: () => '/api/stats/reports.xlsx', perm: 'stats.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/stats/reports/annual', url: () => '/api/stats/reports/annual', perm: 'stats.read', scope: 'global', allowed: [200] },
  { method: 'GET', route: '/api/monitor/rules', url: () => '/api/monitor/rules', perm: 'monitor.read', scope: 'global', allowed: [200] },
  // 委托书 (暂行规定 第八条): registered in the head's own bureau only (so never "another jurisdiction's" resource to create)
  { method: 'GET', route: '/api/delegations', url: () => '/api/delegations', perm: 'case.read', scope: 'list', allowed: [200], marker: () => '"阳医保委〔2026〕矩阵号"' },
  { method: 'GET', route: '/api/delegation-organisations', url: () => '/api/delegation-organisations', perm: 'users.read', scope: 'list', allowed: [200], marker: () => `"${caseTesting.testCreditCode(92)}"` },
  { method: 'GET', route: '/api/delegation-powers', url: () => '/api/delegation-powers', perm: 'case.read', scope: 'global', allowed: [200] },
  {
    method: 'POST', route: '/api/delegations', url: () => '/api/delegations', perm: 'delegation.write', scope: 'global', allowed: [201],
    body: () => ({ 文号: `阳医保委〔2026〕${unique()}号`, 受托组织名称: '矩阵受托组织', 统一社会信用代码: caseTesting.testCreditCode(91), 委托事项: [{ 类别: '行政处罚' }], 权限: ['线索核查'], 起始日期: '2026-01-01', 截止日期: '2026-12-31' }),
  },
  { method: 'POST', route: '/api/delegations/{id}/end', url: () => `/api/delegations/${F.delegation}/end`, body: () => ({ 终止日期: '2026-12-30', 理由: '矩阵测试' }), perm: 'delegation.write', scope: 'resource', allowed: [200] },
  { method: 'POST', route: '/api/monitor/runs', url: () => '/api/monitor/runs', body: () => ({ dataset: 'demo', rules: ['over-price-cap'] }), perm: 'monitor.write', scope: 'global', allowed: [202] },
  { method: 'GET', route: '/api/monitor/runs', url: () => '/api/monitor/runs', perm: 'monitor.read', scope: 'list', allowed: [200], marker: () => `"${F.runId}"` },
  { method: 'GET', route: '/api/monitor/runs/{id}', url: () => `/api/monitor/runs/${F.runId}`, perm: 'monitor.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/monitor/runs/{id}/leads', url: () => `/api/monitor/runs/${F.runId}/leads`, perm: 'monitor.read', scope: 'resource', allowed: [200] },
  { method: 'GET', route: '/api/monitor/runs/{id}/leads/{lead}', url: () => `/api/monitor/runs/${F.runId}/leads/${F.leadId}`, perm: 'monitor.read', scope: 'resource', allowed: [200] },
  { method: 'POST', route: '/api/monitor/runs/{id}/leads/{lead}/review', url: () => `/api/monitor/runs/${F.runId}/leads/${F.leadId}/review`, body: () => ({ action: 'dismiss' }), perm: 'monitor.write', scope: 'resource', allowed: [409] },
  { method: 'POST', route: '/api/monitor/runs/{id}/leads/{lead}/case', url: () => `/api/monitor/runs/${F.runId}/leads/${F.leadId}/case`, perm: 'case.write', scope: 'resource', allowed: [409] },
];

/** Routes outside the matrix, with where they are tested. */
const ELSEWHERE = new Set(['POST /api/auth/login', 'POST /api/auth/logout', 'GET /api/health', 'GET /api/public/catalogs', 'GET /api/public/catalogs/{id}', 'GET /api/public/catalogs/{id}/items/{seq}', 'GET /api/public/decisions', 'GET /api/public/decisions/{id}', 'GET /api/public/typical-cases', 'GET /api/public/delegations']);

const accountName = (role: string, where: 'own' | 'other') => `${where}-${ROLES.indexOf(role as (typeof ROLES)[number])}`;

function call(client: Client | undefined, e: Endpoint) {
  const headers: Record<string, string> = client ? { cookie: client.cookie, 'x-csrf-token': client.csrf } : {};
  if (e.raw) headers['content-type'] = 'application/octet-stream';
  return app.inject({ method: e.method, url: e.url(), headers, ...(e.raw ? { payload: e.raw() } : e.body ? { payload: e.body() as object } : e.method !== 'GET' ? { payload: {} } : {}) });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-matrix-'));
  ({ app, db } = await testServer({ monitor: { dataDir: dir, demoVisits: 300 } }));
  await importSeedCatalogs(app.yibao.catalogs);
  const cert = { no: 'M-1', validFrom: '2024-01-01', validTo: '2030-12-31' };
  for (const role of ROLES) {
    for (const [where, j] of [['own', OWN], ['other', OTHER]] as const) {
      await addAccount(db, { name: accountName(role, where), displayName: `${role}（${where}）`, roles: [role], jurisdiction: j, ...(role === '执法人员' ? { certificate: cert } : {}) });
    }
  }
  await addAccount(db, { name: F.user, displayName: '目标账户', roles: ['法制审核员'], jurisdiction: OWN });
  await addAccount(db, { name: 'fixture-officer', displayName: '夹具执法', roles: ['执法人员'], jurisdiction: OWN, certificate: cert });
  await addAccount(db, { name: 'fixture-officer2', displayName: '夹具执法二', roles: ['执法人员'], jurisdiction: OWN, certificate: cert });
  await addAccount(db, { name: 'fixture-head', displayName: '夹具负责人', roles: ['负责人'], jurisdiction: OWN });
  await addAccount(db, { name: 'fixture-analyst', displayName: '夹具分析', roles: ['基金监管分析员'], jurisdiction: OWN });
  await addAccount(db, { name: 'fixture-qingdan', displayName: '夹具清单', roles: ['清单管理员'], jurisdiction: OWN });
  for (const role of ROLES) for (const where of ['own', 'other'] as const) clients.set(accountName(role, where), await login(app, accountName(role, where)));
  // fixtures in the own jurisdiction: an unpublished catalog, a case, a monitoring run and a lead
  const q = await login(app, 'fixture-qingdan');
  const imp = await app.inject({
    method: 'POST', url: `/api/catalogs/import?fileName=${F.catalog}.txt&jurisdiction=${encodeURIComponent(OWN)}`,
    headers: { cookie: q.cookie, 'x-csrf-token': q.csrf, 'content-type': 'application/octet-stream' }, payload: readFileSync(join(SEED_CATALOG_DIR, '002_d9b76134472e1956.txt')),
  });
  expect(imp.statusCode, imp.body).toBe(201);
  const head0 = await login(app, 'fixture-head');
  const entry = await head0.request('POST', '/api/flying-libraries', { entry: { kind: '被检查对象', name: '矩阵医院', category: '定点医药机构' } });
  expect(entry.statusCode, entry.body).toBe(201);
  F.libraryEntry = entry.json().id;
  const o = await login(app, 'fixture-officer');
  F.caseId = (await o.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3' })).json().id;
  // 立案 starts the case's deadlines (listed by /api/deadlines)
  expect((await o.request('POST', `/api/cases/${F.caseId}/act`, { step: '线索核查', input: { 核查意见: '属实' } })).statusCode).toBe(200);
  const head = await login(app, 'fixture-head');
  const filed = await head.request('POST', `/api/cases/${F.caseId}/act`, { step: '立案', input: { officers: ['fixture-officer', 'fixture-officer2'], 案由: '涉嫌违法', parties: [caseTesting.testOrganisation('某医院', '定点医疗机构')] } });
  expect(filed.statusCode, filed.body).toBe(200);
  // an attachment on the case (its file is read through the case)
  const up = await app.inject({ method: 'POST', url: `/api/attachments?name=${encodeURIComponent('笔录或证据')}`, headers: { cookie: o.cookie, 'x-csrf-token': o.csrf, 'content-type': 'application/octet-stream' }, payload: Buffer.from('询问笔录') });
  expect(up.statusCode, up.body).toBe(201);
  F.attachment = up.json().sha256;
  const inquiry = await o.request('POST', `/api/cases/${F.caseId}/act`, { step: '调查取证', input: { officers: ['fixture-officer', 'fixture-officer2'], 取证内容: '询问相关人员', attachments: [{ name: '笔录或证据', sha256: F.attachment, size: up.json().size }] } });
  expect(inquiry.statusCode, inquiry.body).toBe(200);
  // a 委托书 of the own bureau
  const letter = await head.request('POST', '/api/delegations', { 文号: '阳医保委〔2026〕矩阵号', 受托组织名称: '矩阵受托组织', 统一社会信用代码: caseTesting.testCreditCode(92), 委托事项: [{ 类别: '行政处罚' }], 权限: ['线索核查'], 起始日期: '2026-01-01', 截止日期: '2026-12-31' });
  expect(letter.statusCode, letter.body).toBe(201);
  F.delegation = letter.json().id;
  const a = await login(app, 'fixture-analyst');
  F.runId = (await a.request('POST', '/api/monitor/runs', { dataset: 'demo' })).json().id;
  for (let i = 0; i < 600; i++) {
    const run = (await a.request('GET', `/api/monitor/runs/${F.runId}`)).json();
    if (run.status !== 'running') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  F.leadId = (await a.request('GET', `/api/monitor/runs/${F.runId}/leads`)).json()[0].id;
}, 300_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('access matrix', () => {
  it('covers every route of the OpenAPI document', async () => {
    const admin = clients.get(accountName('系统管理员', 'own'))!;
    const doc = (await app.inject({ method: 'GET', url: '/docs/json', headers: { cookie: admin.cookie } })).json() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const covered = new Set([...E.map((e) => `${e.method} ${e.route}`), ...ELSEWHERE]);
    expect(routes.filter((r) => !covered.has(r))).toEqual([]);
  });

  for (const e of E) {
    it(`${e.method} ${e.route} without a session → 401`, async () => {
      const r = await call(undefined, e);
      expect(r.statusCode, r.body).toBe(401);
      expect(r.json().code).toBe('UNAUTHENTICATED');
    });
  }

  for (const role of ROLES) {
    for (const where of ['own', 'other'] as const) {
      it(`${role} (${where === 'own' ? '本辖区' : '其他辖区'}) on every endpoint`, async () => {
        const client = clients.get(accountName(role, where))!;
        const failures: string[] = [];
        for (const e of E) {
          const r = await call(client, e);
          const permitted = e.perm === 'signed-in' || can([role], e.perm);
          let ok: boolean;
          let expected: string;
          if (!permitted) {
            expected = '403';
            ok = r.statusCode === 403 && r.json().code === 'FORBIDDEN';
          } else if (where === 'own' || e.scope === 'global') {
            expected = e.allowed.join('/');
            ok = e.allowed.includes(r.statusCode);
            if (ok && e.scope === 'list' && e.marker) ok = r.body.includes(e.marker());
          } else if (e.scope === 'resource') {
            expected = '404';
            ok = r.statusCode === 404;
          } else if (e.scope === 'create') {
            expected = '403';
            ok = r.statusCode === 403;
          } else {
            expected = `${e.allowed.join('/')} without the other jurisdiction's resource`;
            ok = e.allowed.includes(r.statusCode) && !!e.marker && !r.body.includes(e.marker());
          }
          if (!ok) failures.push(`${e.method} ${e.url()}: expected ${expected}, got ${r.statusCode} ${r.body.slice(0, 160)}`);
        }
        expect(failures).toEqual([]);
      }, 120_000);
    }
  }

  it('matches the roles the issue names, in the cases that matter most', () => {
    expect(can(['清单管理员'], 'case.read')).toBe(false);
    expect(can(['基金监管分析员'], 'case.write')).toBe(false);
    expect(can(['执法人员'], 'catalog.write')).toBe(false);
    expect(can(['系统管理员'], 'users.write')).toBe(true);
    expect(can(['执法人员'], 'users.read')).toBe(false);
    expect(can(['法制审核员'], 'monitor.write')).toBe(false);
  });
});
