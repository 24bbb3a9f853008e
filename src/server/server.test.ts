// Bad input → 4xx with an English code and a Chinese message; OpenAPI and Swagger UI;
// graceful shutdown lets an in-flight write commit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, testServer, type Client } from './test-support/harness.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

let app: YibaoServer;
let db: ServerDb;
let admin: Client;

beforeAll(async () => {
  ({ app, db } = await testServer());
  await addAccount(db, { name: 'admin', displayName: '管理员', roles: ['系统管理员'], jurisdiction: '山西省/阳泉市' });
  admin = await login(app, 'admin');
}, 120_000);
afterAll(async () => {
  await db.close();
});

const chinese = /[\u4e00-\u9fff]/;

describe('invalid requests', () => {
  it('malformed JSON → 400 INVALID_JSON-like code with a Chinese message', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' }, payload: '{"name": ' });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toMatch(/^[A-Z_]+$/);
    expect(r.json().message).toMatch(chinese);
  });

  it('a missing or mistyped field → 400 VALIDATION_FAILED naming the field', async () => {
    const r = await admin.request('POST', '/api/users', { name: 'abc', displayName: 5, roles: ['不存在的角色'], jurisdiction: '山西省/阳泉市' });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('VALIDATION_FAILED');
    expect(r.json().message).toMatch(/请求体不合法/);
    expect(r.json().message).toMatch(/displayName|roles|password/);
  });

  it('an unknown route → 404 ROUTE_NOT_FOUND; a wrong media type → 415', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    expect(r.json().message).toMatch(chinese);
    const t = await app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(t.statusCode).toBe(415);
    expect(t.json().message).toMatch(chinese);
  });
});

describe('OpenAPI', () => {
  it('serves the document and Swagger UI at /docs', async () => {
    const doc = await app.inject({ method: 'GET', url: '/docs/json', headers: { cookie: admin.cookie } }); // whole document: signed in (auth.test.ts)
    expect(doc.statusCode).toBe(200);
    expect(doc.json().openapi).toMatch(/^3\./);
    expect(doc.json().info.title).toMatch(/医保行政执法平台/);
    expect(Object.keys(doc.json().paths).length).toBeGreaterThan(40);
    const ui = await app.inject({ method: 'GET', url: '/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toMatch(/swagger/i);
  });
});

describe('graceful shutdown', () => {
  it('lets an in-flight write finish and commit before closing', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    // a write that takes a while: creating an account hashes its password with scrypt
    const pending = fetch(`http://127.0.0.1:${port}/api/users`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'latecomer', displayName: '关停前写入', roles: ['法制审核员'], jurisdiction: '山西省/阳泉市', password: 'long-enough-password' }),
    });
    for (let i = 0; i < 200 && app.yibao.writes.inFlight === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(app.yibao.writes.inFlight).toBe(1);
    const closing = app.close();
    const res = await pending;
    expect(res.status).toBe(201);
    await closing;
    const { rows } = await db.query<{ name: string }>("SELECT name FROM users WHERE name = 'latecomer'");
    expect(rows).toHaveLength(1);
  });
});

describe('request log', { timeout: 60_000 }, () => {
  it('writes, refusals and errors are logged; a read that succeeds quickly is not (who viewed a case is in case_access)', async () => {
    const lines: string[] = [];
    const t = await testServer({ logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } } });
    try {
      const logged = () => lines.map((l) => JSON.parse(l) as { msg: string; req?: { method: string; url: string }; res?: { statusCode: number } }).filter((l) => l.req);
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      expect(logged()).toEqual([]);
      expect((await t.app.inject({ method: 'GET', url: '/api/nothing-here' })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'wrong-password-1' } })).statusCode).toBe(401);
      expect(logged().map((l) => [l.req!.method, l.req!.url, l.res!.statusCode])).toEqual([
        ['GET', '/api/nothing-here', 404],
        ['POST', '/api/auth/login', 401],
      ]);
    } finally {
      await t.app.close();
      await t.db.close();
    }
  });
});
