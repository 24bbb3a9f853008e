// Attacks through the HTTP API (issue 15): separation of duties, limits on what a client
// sends, security headers, the API docs, and the record — each attack is tried and must
// fail to get through, leaving the data unchanged. Sign-in attacks are in auth.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventHash, listEvents, readAnchors, type RecordEvent } from '../cases/index.js';
import { addAccount, login, testServer, type Client } from './test-support/harness.js';
import { importSeedCatalogs } from './seed.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

const CITY = '山西省/阳泉市';
const COUNTY = '山西省/阳泉市/矿区';
const cert = { no: 'SEC-1', validFrom: '2024-01-01', validTo: '2030-12-31' };

let app: YibaoServer;
let db: ServerDb;
let dir: string;
let admin: Client;
let officer: Client;
let countyOfficer: Client;
let cityCase = '';
let countyCase = '';

/** Runs SQL with the record's append-only triggers off: someone with full database access. */
async function tamper(sql: string[], params: unknown[] = []): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec('ALTER TABLE record_event DISABLE TRIGGER USER; ALTER TABLE record_head DISABLE TRIGGER USER');
    for (const q of sql) await tx.query(q, /\$1/.test(q) ? params : []);
    await tx.exec('ALTER TABLE record_event ENABLE TRIGGER USER; ALTER TABLE record_head ENABLE TRIGGER USER');
  });
}

async function snapshotRecord(): Promise<{ events: RecordEvent[]; head: { seq: number; hash: string } }> {
  const events = await listEvents(db);
  const head = (await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM record_head')).rows[0]!;
  return { events, head: { seq: Number(head.seq), hash: head.hash } };
}

async function restoreRecord(s: { events: RecordEvent[]; head: { seq: number; hash: string } }): Promise<void> {
  await tamper(['DELETE FROM record_event', 'DELETE FROM record_head']);
  await db.transaction(async (tx) => {
    await tx.exec('ALTER TABLE record_head DISABLE TRIGGER USER');
    for (const e of s.events) {
      await tx.query(
        `INSERT INTO record_event (seq, id, case_id, actor, at, step, inputs, attachments, prev_hash, hash) VALUES ($1,$2,$3,$4,$5,$6,$7::jsonb,$8::jsonb,$9,$10)`,
        [e.seq, e.id, e.caseId, e.actor, e.at, e.step, JSON.stringify(e.inputs), JSON.stringify(e.attachments), e.prevHash, e.hash],
      );
    }
    await tx.query('INSERT INTO record_head (seq, hash) VALUES ($1, $2)', [s.head.seq, s.head.hash]);
    await tx.exec('ALTER TABLE record_head ENABLE TRIGGER USER');
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-security-'));
  const web = join(dir, 'web');
  rmSync(web, { recursive: true, force: true });
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>控制台</title><div id="root"></div>');
  ({ app, db } = await testServer({ webRoot: web, anchors: { file: join(dir, 'record-anchors.jsonl'), store: 'pglite' }, attachmentQuotaBytes: 64 * 1024 }));
  await importSeedCatalogs(app.yibao.catalogs);
  await addAccount(db, { name: 'sec-admin', displayName: '管理员', roles: ['系统管理员'], jurisdiction: CITY });
  await addAccount(db, { name: 'sec-admin2', displayName: '管理员二', roles: ['系统管理员'], jurisdiction: CITY });
  await addAccount(db, { name: 'sec-officer', displayName: '执法', roles: ['执法人员'], jurisdiction: CITY, certificate: cert });
  await addAccount(db, { name: 'sec-county', displayName: '矿区执法', roles: ['执法人员'], jurisdiction: COUNTY, certificate: cert });
  await addAccount(db, { name: 'sec-reviewer', displayName: '法审', roles: ['法制审核员'], jurisdiction: CITY });
  admin = await login(app, 'sec-admin');
  officer = await login(app, 'sec-officer');
  countyOfficer = await login(app, 'sec-county');
  cityCase = (await officer.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3' })).json().id;
  countyCase = (await countyOfficer.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3' })).json().id;
  expect((await officer.request('POST', `/api/cases/${cityCase}/act`, { step: '线索核查', input: { 核查意见: '属实' } })).statusCode).toBe(200);
}, 180_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('separation of duties (职权分离)', { timeout: 60_000 }, () => {
  it('the administrator cannot give itself case roles (PATCH /api/users/<self>), and nothing changes', async () => {
    const before = await db.query('SELECT roles FROM users WHERE name = $1', ['sec-admin']);
    for (const roles of [
      ['系统管理员', '负责人', '法制审核员', '执法人员'],
      ['系统管理员', '负责人'],
    ]) {
      const r = await admin.request('PATCH', '/api/users/sec-admin', { roles, reason: '自我授权' });
      expect(r.statusCode, r.body).toBe(403);
      expect(r.json().code).toBe('SELF_GRANT');
    }
    const drop = await admin.request('PATCH', '/api/users/sec-admin', { roles: ['负责人'], reason: '自我授权' });
    expect(drop.statusCode).toBe(400);
    expect((await db.query('SELECT roles FROM users WHERE name = $1', ['sec-admin'])).rows).toEqual(before.rows);
    expect((await admin.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3' })).statusCode).toBe(403);
  });

  it('no account may hold 系统管理员 with a case role: another administrator, or a new account, is refused', async () => {
    const other = await admin.request('PATCH', '/api/users/sec-admin2', { roles: ['系统管理员', '负责人'], reason: '兼任' });
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({ code: 'ROLES_INCOMPATIBLE' });
    expect(other.json().message).toMatch(/不得同时担任办案角色/);
    const created = await admin.request('POST', '/api/users', { name: 'double-hat', displayName: '兼任', roles: ['系统管理员', '执法人员'], jurisdiction: CITY, certificate: cert, password: 'Huai-shu 2026 lv-bo' });
    expect(created.statusCode).toBe(400);
    expect((await db.query(`SELECT 1 FROM users WHERE name = 'double-hat'`)).rows).toEqual([]);
  });

  it('a stored case role beside 系统管理员 (written in the database by hand) grants nothing', async () => {
    await db.query(`UPDATE users SET roles = '{系统管理员,负责人,执法人员}', certificate_no = 'X', certificate_valid_from = '2024-01-01', certificate_valid_to = '2030-12-31' WHERE name = 'sec-admin2'`);
    const a2 = await login(app, 'sec-admin2');
    expect((await a2.request('GET', '/api/auth/me')).json().roles).toEqual(['系统管理员']);
    expect((await a2.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3' })).statusCode).toBe(403);
    expect((await a2.request('POST', `/api/cases/${cityCase}/act`, { step: '立案', input: {} })).statusCode).toBe(403);
    await db.query(`UPDATE users SET roles = '{系统管理员}', certificate_no = NULL, certificate_valid_from = NULL, certificate_valid_to = NULL WHERE name = 'sec-admin2'`);
  });

  it('a role change needs a reason and is appended to the record with who, from, to and why', async () => {
    const without = await admin.request('PATCH', '/api/users/sec-reviewer', { roles: ['法制审核员', '负责人'] });
    expect(without.statusCode).toBe(400);
    expect(without.json().code).toBe('REASON_REQUIRED');
    const ok = await admin.request('PATCH', '/api/users/sec-reviewer', { roles: ['法制审核员', '负责人'], reason: '局党组任命为副局长（阳医保〔2026〕12号）' });
    expect(ok.statusCode, ok.body).toBe(200);
    const events = await listEvents(db);
    const change = events.filter((e) => e.step === '账户角色变更').at(-1)!;
    expect(change).toMatchObject({ caseId: null, actor: 'sec-admin', inputs: { account: 'sec-reviewer', from: ['法制审核员'], to: ['法制审核员', '负责人'], reason: '局党组任命为副局长（阳医保〔2026〕12号）' } });
    expect((await officer.request('GET', '/api/record/verify')).json().ok).toBe(true);
  });

  it('the roles are one list: the API lists the engine’s case roles and the two administrative ones', async () => {
    const roles = (await admin.request('GET', '/api/roles')).json() as Array<{ role: string; kind: string; exclusiveWith: string[] }>;
    const { ROLES } = await import('../cases/index.js');
    expect(roles.filter((r) => r.kind === '办案').map((r) => r.role)).toEqual([...ROLES]);
    expect(roles.filter((r) => r.kind === '管理').map((r) => r.role)).toEqual(['清单管理员', '系统管理员']);
    expect(roles.find((r) => r.role === '系统管理员')!.exclusiveWith).toEqual([...ROLES]);
  });
});

describe('limits on what a client sends', { timeout: 120_000 }, () => {
  it('a 30 MB attachment sent as JSON content in a step → 413, nothing stored', async () => {
    const before = await snapshotRecord();
    const content = 'A'.repeat(30 * 1024 * 1024);
    const r = await officer.request('POST', `/api/cases/${cityCase}/act`, { step: '立案', input: { attachments: [{ name: '大文件', content }] } });
    expect(r.statusCode).toBe(413);
    expect(r.json()).toMatchObject({ code: 'BODY_TOO_LARGE' });
    expect((await snapshotRecord()).head).toEqual(before.head);
  });

  it('a 5 MB 核查意见 → 413; a 200,000-character one within the body limit → 400', async () => {
    const big = await officer.request('POST', `/api/cases/${countyCase}/act`, { step: '线索核查', input: { 核查意见: '属'.repeat(5 * 1024 * 1024 / 3) } });
    expect(big.statusCode).toBe(413);
    const c = await countyOfficer.request('POST', `/api/cases/${countyCase}/act`, { step: '线索核查', input: { 核查意见: '实'.repeat(200_000) } });
    expect(c.statusCode).toBe(400);
    expect(c.json()).toMatchObject({ code: 'JSON_TOO_LARGE' });
    expect(c.json().message).toMatch(/文字过长/);
  });

  it('attachment content inline in a step (even small) → 400: attachments only through the upload route', async () => {
    const r = await officer.request('POST', `/api/cases/${cityCase}/act`, { step: '立案', input: { attachments: [{ name: '笔录', content: '一份小文件' }] } });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toMatch(/须先经 \/api\/attachments 上传/);
  });

  it('JSON nested 5,000 levels deep → 400 JSON_TOO_DEEP, not a 500', async () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    for (const url of [`/api/cases/${cityCase}/act`, '/api/users', '/api/penalty/compute']) {
      const r = await app.inject({ method: 'POST', url, headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, 'content-type': 'application/json' }, payload: `{"step":"立案","input":${deep}}` });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().code).toBe('JSON_TOO_DEEP');
    }
  });

  it('the upload route has its limit and a per-account quota', async () => {
    const upload = (c: Client, bytes: Buffer) =>
      app.inject({ method: 'POST', url: '/api/attachments?name=x', headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/octet-stream' }, payload: bytes });
    const tooBig = await upload(officer, Buffer.alloc(26 * 1024 * 1024, 1));
    expect(tooBig.statusCode).toBe(413);
    // the test server's quota is 64 KiB
    expect((await upload(officer, Buffer.alloc(40 * 1024, 2))).statusCode).toBe(201);
    expect((await upload(officer, Buffer.alloc(40 * 1024, 2))).statusCode).toBe(201); // the same file again costs nothing
    const over = await upload(officer, Buffer.alloc(40 * 1024, 3));
    expect(over.statusCode).toBe(413);
    expect(over.json()).toMatchObject({ code: 'ATTACHMENT_QUOTA_EXCEEDED' });
    expect(over.json().message).toMatch(/配额/);
    expect((await upload(countyOfficer, Buffer.alloc(40 * 1024, 3))).statusCode).toBe(201); // another account's quota
  });
});

describe('headers and API docs', { timeout: 60_000 }, () => {
  it('every answer carries CSP, frame and content-type options: API, console page, client-side route, 404', async () => {
    for (const url of ['/api/health', '/', '/cases/2026-000001', '/gongshi', '/api/nothing-here']) {
      const r = await app.inject({ method: 'GET', url });
      const csp = String(r.headers['content-security-policy']);
      expect(csp, url).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(r.headers['x-frame-options'], url).toBe('DENY');
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('same-origin');
    }
  });

  it('/docs shows only the public portal’s API without a session, everything to a signed-in account', async () => {
    const anon = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, unknown> };
    const paths = Object.keys(anon.paths);
    expect(paths.length).toBeGreaterThan(2);
    expect(paths.every((p) => p.startsWith('/api/public/'))).toBe(true);
    const full = (await app.inject({ method: 'GET', url: '/docs/json', headers: { cookie: officer.cookie } })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(full.paths)).toEqual(expect.arrayContaining(['/api/cases/{id}/act', '/api/users', '/api/record/verify']));
  });
});

describe('the record through the API', { timeout: 120_000 }, () => {
  it('verify is scoped: a county officer counts county events only, the city sees both', async () => {
    const county = (await countyOfficer.request('GET', '/api/record/verify')).json();
    const city = (await officer.request('GET', '/api/record/verify')).json();
    const all = await listEvents(db);
    const countyEvents = all.filter((e) => e.caseId === countyCase).length;
    expect(county).toEqual({ ok: true, events: countyEvents });
    expect(city.events).toBe(all.filter((e) => e.caseId === cityCase || e.caseId === countyCase).length);
    expect(city).not.toHaveProperty('head');
  });

  it('an edited city event: the city is told where, the county only that the record is broken', async () => {
    const saved = await snapshotRecord();
    const target = saved.events.find((e) => e.caseId === cityCase)!;
    await tamper([`UPDATE record_event SET inputs = jsonb_set(inputs, '{核查意见}', '"不属实"') WHERE seq = $1`], [target.seq]);
    try {
      const city = (await officer.request('GET', '/api/record/verify')).json();
      expect(city).toMatchObject({ ok: false, firstBad: { seq: target.seq, code: 'HASH_MISMATCH' } });
      const county = (await countyOfficer.request('GET', '/api/record/verify')).json();
      expect(county).toMatchObject({ ok: false, firstBad: { seq: 0, id: null, code: 'HASH_MISMATCH' } });
      expect(county.firstBad.reason).toMatch(/本辖区以外/);
    } finally {
      await restoreRecord(saved);
    }
    expect((await officer.request('GET', '/api/record/verify')).json().ok).toBe(true);
  });

  it('emptying record_event and record_head while cases exist is detected', async () => {
    const saved = await snapshotRecord();
    await tamper(['DELETE FROM record_event', 'DELETE FROM record_head']);
    try {
      const r = (await officer.request('GET', '/api/record/verify')).json();
      expect(r.ok).toBe(false);
      expect(['ANCHOR_MISMATCH', 'RECORD_MISSING_FOR_CASES']).toContain(r.firstBad.code);
    } finally {
      await restoreRecord(saved);
    }
  });

  it('deleting the last events and moving the head back, or a consistent rewrite of the whole chain, is caught by the server’s anchor', async () => {
    const anchorFile = join(dir, 'record-anchors.jsonl');
    await app.yibao.anchors!.write('test');
    const anchored = readAnchors(anchorFile, 'pglite').at(-1)!;
    const saved = await snapshotRecord();
    expect(anchored.seq).toBe(saved.head.seq);
    const last = saved.events.at(-1)!;
    // 1) the tail deleted, the head moved back onto the event before it: the chain alone is consistent
    await tamper(['DELETE FROM record_event WHERE seq = $1', 'UPDATE record_head SET seq = seq - 1, hash = (SELECT hash FROM record_event ORDER BY seq DESC LIMIT 1)'], [last.seq]);
    try {
      const r = (await officer.request('GET', '/api/record/verify')).json();
      expect(r).toMatchObject({ ok: false });
      expect(['ANCHOR_MISMATCH', 'CASE_EVENTS_MISSING']).toContain(r.firstBad.code);
    } finally {
      await restoreRecord(saved);
    }
    // 2) every event re-written with recomputed hashes (a forged actor in the first one) and the head moved along
    let prev = '0'.repeat(64);
    const forged = saved.events.map((e, i) => {
      const f = { ...e, actor: i === 0 ? '伪造者' : e.actor, prevHash: prev };
      const hash = eventHash(f);
      prev = hash;
      return { ...f, hash };
    });
    await restoreRecord({ events: forged, head: { seq: saved.head.seq, hash: prev } });
    try {
      const { verifyRecord } = await import('../cases/index.js');
      expect((await verifyRecord(db)).ok).toBe(true); // the chain alone cannot see it
      const r = (await officer.request('GET', '/api/record/verify')).json();
      expect(r).toMatchObject({ ok: false, firstBad: { code: 'ANCHOR_MISMATCH' } });
    } finally {
      await restoreRecord(saved);
    }
    expect((await officer.request('GET', '/api/record/verify')).json().ok).toBe(true);
  });
});
