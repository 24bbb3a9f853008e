import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, testServer, TEST_PASSWORD } from './test-support/harness.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';
import { verifyPassword, hashPassword } from './password.js';

let app: YibaoServer;
let db: ServerDb;

beforeAll(async () => {
  ({ app, db } = await testServer({ auth: { maxFailures: 3, lockMinutes: 15 } }));
  await addAccount(db, { name: 'zhifa1', displayName: '张执法', roles: ['执法人员'], jurisdiction: '山西省/阳泉市', certificate: { no: 'YB-0001', validFrom: '2024-01-01', validTo: '2028-12-31' } });
  await addAccount(db, { name: 'locker', displayName: '锁定测试', roles: ['执法人员'], jurisdiction: '山西省/阳泉市', certificate: { no: 'YB-9', validFrom: '2024-01-01', validTo: '2028-12-31' } });
  await addAccount(db, { name: 'admin', displayName: '管理员', roles: ['系统管理员'], jurisdiction: '山西省/阳泉市' });
  await addAccount(db, { name: 'kuangqu', displayName: '矿区管理员', roles: ['系统管理员'], jurisdiction: '山西省/阳泉市/矿区' });
}, 120_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('passwords', () => {
  it('are scrypt hashes that verify only the right password', async () => {
    const h = await hashPassword('正确的密码-123');
    expect(h).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('正确的密码-123', h)).toBe(true);
    expect(await verifyPassword('错误的密码-123', h)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});

describe('login and sessions', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'zhifa1', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] as string[]);
    const session = setCookie.find((c) => c.startsWith('yibao_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i);
    const csrf = setCookie.find((c) => c.startsWith('yibao_csrf='))!;
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(res.json()).toMatchObject({ name: 'zhifa1', displayName: '张执法', roles: ['执法人员'], jurisdiction: { id: '山西省/阳泉市', name: '阳泉市' }, certificate: { no: 'YB-0001' } });
  });

  it('marks cookies Secure behind a TLS proxy', async () => {
    const { app: tls, db: tdb } = await testServer({ db, trustProxy: true });
    const res = await tls.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-proto': 'https' }, payload: { username: 'zhifa1', password: TEST_PASSWORD } });
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] as string[]);
    expect(setCookie.every((c) => /;\s*Secure/i.test(c))).toBe(true);
    await tls.close();
    void tdb;
  });

  it('rejects a wrong password with 401 and a Chinese message, and an unknown user the same way', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'zhifa1', password: 'wrong-password' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().code).toBe('INVALID_CREDENTIALS');
    expect(bad.json().message).toMatch(/用户名或密码错误/);
    const unknown = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'wrong-password' } });
    expect(unknown.statusCode).toBe(401);
    // reset the failure counter
    await login(app, 'zhifa1');
  });

  it('locks an account after repeated failures, even for the right password, and records each attempt', async () => {
    for (let i = 0; i < 2; i++) {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'locker', password: 'nope-nope' } });
      expect(r.statusCode).toBe(401);
    }
    const third = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'locker', password: 'nope-nope' } });
    expect(third.statusCode).toBe(423);
    expect(third.json().code).toBe('ACCOUNT_LOCKED');
    const right = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'locker', password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(423);
    const { rows } = await db.query<{ outcome: string }>("SELECT outcome FROM login_events WHERE user_name = 'locker' ORDER BY id");
    expect(rows.map((r) => r.outcome)).toEqual(['bad_password', 'bad_password', 'bad_password_locked', 'locked']);
    // an administrator of the same jurisdiction unlocks it
    const admin = await login(app, 'admin');
    const un = await admin.request('PATCH', '/api/users/locker', { unlock: true });
    expect(un.statusCode).toBe(200);
    expect(un.json().locked).toBe(false);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'locker', password: TEST_PASSWORD } })).statusCode).toBe(200);
  });

  it('requires the CSRF header on writes of a signed-in session', async () => {
    const c = await login(app, 'zhifa1');
    const without = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: c.cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: c.cookie, 'x-csrf-token': c.csrf.slice(1) + 'x' } });
    expect(wrong.statusCode).toBe(403);
    expect((await c.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('ends the session on logout', async () => {
    const c = await login(app, 'zhifa1');
    expect((await c.request('POST', '/api/auth/logout')).statusCode).toBe(200);
    const me = await c.request('GET', '/api/auth/me');
    expect(me.statusCode).toBe(401);
    expect(me.json()).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });
});

describe('accounts are scoped to the jurisdiction', () => {
  it('a county administrator cannot see or change a city account; the city administrator sees the county', async () => {
    const county = await login(app, 'kuangqu');
    expect((await county.request('GET', '/api/users/zhifa1')).statusCode).toBe(404);
    expect((await county.request('PATCH', '/api/users/zhifa1', { disabled: true })).statusCode).toBe(404);
    const names = (await county.request('GET', '/api/users')).json().map((u: { name: string }) => u.name);
    expect(names).toEqual(['kuangqu']);
    const city = await login(app, 'admin');
    const cityNames = (await city.request('GET', '/api/users')).json().map((u: { name: string }) => u.name);
    expect(cityNames).toEqual(expect.arrayContaining(['admin', 'kuangqu', 'zhifa1']));
    const create = await county.request('POST', '/api/users', { name: 'newcity', displayName: '越权', roles: ['法制审核员'], jurisdiction: '山西省/阳泉市', password: 'long-enough-pw' });
    expect(create.statusCode).toBe(403);
  });

  it('an officer account needs a 执法证', async () => {
    const city = await login(app, 'admin');
    const r = await city.request('POST', '/api/users', { name: 'zhifa9', displayName: '无证', roles: ['执法人员'], jurisdiction: '山西省/阳泉市', password: 'long-enough-pw' });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'CERTIFICATE_REQUIRED' });
    expect(r.json().message).toMatch(/执法证/);
  });
});
