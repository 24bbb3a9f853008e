// A fuzz pass generated from the OpenAPI document: for every operation, requests with
// values drawn from its schemas and mutated (wrong types, missing fields, huge and odd
// strings, malformed JSON). Nothing may produce a 5xx; every 4xx carries an English code
// and a Chinese message.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, testServer, type Client } from './test-support/harness.js';
import { importSeedCatalogs } from './seed.js';
import { SERVER_ROLES } from './roles.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; enum?: unknown[]; anyOf?: Schema[]; oneOf?: Schema[]; pattern?: string; minimum?: number; maximum?: number; maxLength?: number; additionalProperties?: unknown; default?: unknown };
interface Operation { method: string; path: string; parameters?: Array<{ in: string; name: string; required?: boolean; schema: Schema }>; requestBody?: { content: Record<string, { schema: Schema }> } }

let app: YibaoServer;
let db: ServerDb;
let dir: string;
let client: Client;
let adminClient: Client;

// deterministic PRNG (mulberry32)
let state = 20261123;
const rand = () => {
  state |= 0;
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const ODD_STRINGS = ['', ' ', '张三', '医疗保障基金使用监督管理条例:40', '../../etc/passwd', "'; DROP TABLE users; --", '%00', '\u0000', '😀'.repeat(10), 'x'.repeat(5000), '2026-13-45', '-1', '1e309', 'null', '{"a":1}', '<script>alert(1)</script>', '第四十条', '0000-000000', '2026-000001', '000_650efb1eb094bc36', '行政处罚', '2024-02-30', '2025-02-29', '9999-99-99', 'f'.repeat(64)];
/** JSON text nested `levels` deep ([{"a":[{"a":…}]}]): written as text, since JSON.stringify itself overflows the stack there. */
function deeplyNested(levels: number): string {
  const half = Math.floor(levels / 2);
  return '[{"a":'.repeat(half) + '1' + '}]'.repeat(half);
}
const UNKNOWN_ATTACHMENT = { name: '未上传的附件', sha256: 'e'.repeat(64) };
const ODD_VALUES: unknown[] = [
  null, true, false, 0, -1, 1.5, 2 ** 53 + 10, -(2 ** 31), [], {}, [1, 'a'], { x: { y: [] } }, [UNKNOWN_ATTACHMENT],
  { no: 'X-1', validFrom: '2024-02-30', validTo: '2026-01-01' }, { no: 'X-2', validFrom: '2026-01-01', validTo: '2025-01-01' }, ...ODD_STRINGS,
];

function typeOf(s: Schema): string | undefined {
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null');
  return s.type;
}

function gen(s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 4) return pick(ODD_VALUES);
  if (rand() < 0.15) return pick(ODD_VALUES);
  if (s.enum) return pick(s.enum);
  if (s.anyOf || s.oneOf) return gen(pick((s.anyOf ?? s.oneOf)!), depth + 1);
  switch (typeOf(s)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) if ((s.required ?? []).includes(k) ? rand() < 0.9 : rand() < 0.5) out[k] = gen(v, depth + 1);
      if (rand() < 0.2) out[`extra${Math.floor(rand() * 100)}`] = pick(ODD_VALUES);
      return out;
    }
    case 'array':
      return Array.from({ length: Math.floor(rand() * 4) }, () => gen(s.items, depth + 1));
    case 'integer':
      return pick([0, 1, 3, 40, 84, -5, 99999999, Math.floor(rand() * 1e6)]);
    case 'number':
      return pick([0, 1.25, -3, 1e12, rand() * 1e6]);
    case 'boolean':
      return rand() < 0.5;
    case 'string':
      return pick(ODD_STRINGS);
    default:
      return pick(ODD_VALUES);
  }
}

function paramText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? '';
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-fuzz-'));
  ({ app, db } = await testServer({ monitor: { dataDir: dir, demoVisits: 200 } }));
  await importSeedCatalogs(app.yibao.catalogs);
  // every role but 系统管理员 (which may hold no case role), and an administrator beside it
  await addAccount(db, { name: 'fuzzer', displayName: '全部办案角色', roles: SERVER_ROLES.filter((r) => r !== '系统管理员'), jurisdiction: '山西省', certificate: { no: 'FZ-1', validFrom: '2024-01-01', validTo: '2030-12-31' } });
  await addAccount(db, { name: 'fuzzadmin', displayName: '管理员', roles: ['系统管理员'], jurisdiction: '山西省' });
  client = await login(app, 'fuzzer');
  adminClient = await login(app, 'fuzzadmin');
}, 180_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('fuzz from the OpenAPI document', () => {
  it('never answers 5xx, and answers every 4xx with an English code and a Chinese message', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/docs/json', headers: { cookie: client.cookie } })).json() as { paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>> };
    const ops: Operation[] = Object.entries(doc.paths).flatMap(([path, o]) => Object.entries(o).map(([method, op]) => ({ method: method.toUpperCase(), path, ...op })));
    expect(ops.length).toBeGreaterThan(40);
    const failures: string[] = [];
    let requests = 0;
    const statuses = new Map<number, number>();
    for (const op of ops) {
      if (op.path === '/api/auth/logout') continue; // would end the fuzzer's session (tested in auth.test.ts)
      for (let i = 0; i < 25; i++) {
        let url = op.path;
        const query = new URLSearchParams();
        for (const p of op.parameters ?? []) {
          if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(paramText(gen(p.schema))) || 'x');
          else if (p.in === 'query' && rand() < 0.7) query.set(p.name, paramText(gen(p.schema)));
        }
        const qs = query.toString();
        const who = /^\/api\/(users|roles)/.test(op.path) ? adminClient : client;
        const headers: Record<string, string> = { cookie: who.cookie, 'x-csrf-token': who.csrf };
        let payload: string | Buffer | undefined;
        if (op.method !== 'GET') {
          const mode = rand();
          if (mode < 0.1) {
            headers['content-type'] = 'application/json';
            payload = '{"unterminated": ';
          } else if (mode < 0.15) {
            headers['content-type'] = 'text/plain';
            payload = '纯文本';
          } else if (mode < 0.25) {
            headers['content-type'] = 'application/octet-stream';
            payload = Buffer.from(pick(ODD_STRINGS));
          } else if (mode < 0.3) {
            headers['content-type'] = 'application/json';
            payload = `{"step":"立案","input":${deeplyNested(5000)}}`;
          } else {
            headers['content-type'] = 'application/json';
            payload = JSON.stringify(gen(op.requestBody?.content['application/json']?.schema));
          }
        }
        const res = await app.inject({ method: op.method as 'GET', url: qs ? `${url}?${qs}` : url, headers, ...(payload !== undefined ? { payload } : {}) });
        requests++;
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        const where = `${op.method} ${url}${qs ? '?' + qs.slice(0, 80) : ''} ${typeof payload === 'string' ? payload.slice(0, 80) : ''}`;
        if (res.statusCode >= 500) failures.push(`${res.statusCode} ${where} → ${res.body.slice(0, 200)}`);
        else if (res.statusCode >= 400) {
          let body: { code?: unknown; message?: unknown } = {};
          try {
            body = res.json();
          } catch {
            /* not JSON */
          }
          if (typeof body.code !== 'string' || !/^[A-Z][A-Z0-9_]+$/.test(body.code) || typeof body.message !== 'string' || !/[\u4e00-\u9fff]/.test(body.message)) {
            failures.push(`${res.statusCode} without {code, 中文 message}: ${where} → ${res.body.slice(0, 200)}`);
          }
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(requests).toBeGreaterThan(1000);
    // the pass reached both refusals and successful handlers
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
  }, 600_000);
});

describe('client input that used to answer 500 (issue 15)', { timeout: 120_000 }, () => {
  const send = (c: Client, method: string, url: string, body: unknown) =>
    app.inject({ method: method as 'POST', url, headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/json' }, payload: typeof body === 'string' ? body : JSON.stringify(body) });

  it('step input nested 5,000 levels deep → 400 JSON_TOO_DEEP on every JSON route', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/docs/json', headers: { cookie: client.cookie } })).json() as { paths: Record<string, Record<string, unknown>> };
    const deep = `{"step":"立案","input":${deeplyNested(5000)}}`;
    let tried = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        if (method === 'get' || path === '/api/auth/logout') continue;
        const url = path.replace(/\{[^}]+\}/g, (m) => (m === '{id}' ? '2026-000001' : 'x'));
        const r = await send(/^\/api\/users/.test(path) ? adminClient : client, method.toUpperCase(), url, deep);
        tried++;
        expect(r.statusCode, `${method} ${url}: ${r.body.slice(0, 200)}`).toBeLessThan(500);
        if (r.statusCode !== 401 && r.statusCode !== 403 && r.statusCode !== 415) expect(r.json().code, `${method} ${url}`).toBe('JSON_TOO_DEEP');
      }
    }
    expect(tried).toBeGreaterThan(8);
  });

  it('a certificate date that does not exist (2024-02-30) → 400 on POST and PATCH /api/users, nothing written', async () => {
    for (const certificate of [
      { no: 'YB-1', validFrom: '2024-02-30', validTo: '2028-12-31' },
      { no: 'YB-1', validFrom: '2024-01-01', validTo: '2025-02-29' },
      { no: 'YB-1', validFrom: '2024-13-01', validTo: '2028-12-31' },
    ]) {
      const r = await send(adminClient, 'POST', '/api/users', { name: 'baddate', displayName: '日期', roles: ['执法人员'], jurisdiction: '山西省', certificate, password: 'Huai-shu 2026 lv-bo' });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().message).toMatch(/日期/);
    }
    expect((await db.query(`SELECT 1 FROM users WHERE name = 'baddate'`)).rows).toEqual([]);
    const p = await send(adminClient, 'PATCH', '/api/users/fuzzer', { certificate: { no: 'FZ-1', validFrom: '2024-02-30', validTo: '2030-12-31' } });
    expect(p.statusCode).toBe(400);
  });

  it('PATCH of a certificate whose validTo precedes validFrom → 400, the stored one unchanged', async () => {
    const before = (await db.query(`SELECT certificate_valid_from::text AS f, certificate_valid_to::text AS t FROM users WHERE name = 'fuzzer'`)).rows;
    const r = await send(adminClient, 'PATCH', '/api/users/fuzzer', { certificate: { no: 'FZ-1', validFrom: '2026-01-01', validTo: '2025-12-31' } });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toMatch(/止日早于起日/);
    expect((await db.query(`SELECT certificate_valid_from::text AS f, certificate_valid_to::text AS t FROM users WHERE name = 'fuzzer'`)).rows).toEqual(before);
  });

  it('a step referring to an attachment hash that was never uploaded → 400 ATTACHMENT_NOT_STORED, nothing recorded', async () => {
    const opened = await send(client, 'POST', '/api/cases', { item: '000_650efb1eb094bc36#3' });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    const head = (await db.query('SELECT seq FROM record_head')).rows;
    const r = await send(client, 'POST', `/api/cases/${id}/act`, { step: '线索核查', input: { 核查意见: '属实', attachments: [UNKNOWN_ATTACHMENT] } });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().code).toBe('ATTACHMENT_NOT_STORED');
    expect(r.json().message).toMatch(/请先经 \/api\/attachments 上传/);
    expect((await db.query('SELECT seq FROM record_head')).rows).toEqual(head);
  });
});
