import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, testServer, TEST_PASSWORD } from './test-support/harness.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';
import { verifyPassword, hashPassword } from './password.js';
import { DEFAULT_AUTH } from './auth.js';

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

// ---- attacks on sign-in (issue 15) -------------------------------------------------------

type Inject = YibaoServer['inject'];
const attempt = (a: YibaoServer, username: string, password: string, remoteAddress = '198.51.100.1') =>
  (a.inject as Inject)({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username, password } });

describe('sign-in under attack', { timeout: 120_000 }, () => {
  let s: YibaoServer;
  let sdb: ServerDb;
  beforeAll(async () => {
    // the real lockout (5 failures, 15 minutes); the rate limits relaxed to see the lockout alone
    ({ app: s, db: sdb } = await testServer({ auth: { maxFailures: 5, lockMinutes: 15 } }));
    for (const name of ['target40', 'target30', 'timing', 'policy-admin']) {
      await addAccount(sdb, { name, displayName: name, roles: name === 'policy-admin' ? ['系统管理员'] : ['法制审核员'], jurisdiction: '山西省/阳泉市' });
    }
  }, 120_000);
  afterAll(async () => {
    await s.close();
    await sdb.close();
  });

  it('40 concurrent wrong passwords lock the account (atomic counting): none gets in, the right password then gets 423', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(s, 'target40', `wrong-guess-${i}`)));
    const statuses = answers.map((r) => r.statusCode);
    expect(statuses.filter((c) => c === 200)).toEqual([]);
    expect(statuses.filter((c) => c === 401)).toHaveLength(4); // the first four verified failures
    expect(statuses.filter((c) => c === 423)).toHaveLength(36);
    const right = await attempt(s, 'target40', TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json()).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    const { rows } = await sdb.query<{ failures: number; locked: boolean }>(`SELECT failures, locked_until > now() AS locked FROM login_throttle WHERE name = 'target40'`);
    expect(rows[0]!.locked).toBe(true);
  });

  it('a burst of 30 concurrent guesses with the right one among them does not get in once the allowance is spent', async () => {
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 20 ? TEST_PASSWORD : `wrong-guess-${i}`));
    const answers = await Promise.all(guesses.map((g) => attempt(s, 'target30', g)));
    // the arrivals are reserved in order: only the first five are checked at all
    expect(answers[20]!.statusCode).toBe(423);
    expect(answers.every((r) => r.statusCode !== 200)).toBe(true);
    expect(answers.some((r) => r.headers['set-cookie'])).toBe(false);
  });

  it('answers an unknown name and a known one alike: same status, same body, similar time; an unknown name locks too', async () => {
    const known = await attempt(s, 'timing', 'wrong-password-1');
    const unknown = await attempt(s, 'nobody-here', 'wrong-password-1');
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(known.json()).toEqual({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    // timing: medians over alternating attempts (fresh names so that nothing locks)
    const time = async (name: string) => {
      const t = performance.now();
      await attempt(s, name, 'wrong-password-2');
      return performance.now() - t;
    };
    const k: number[] = [];
    const u: number[] = [];
    for (let i = 0; i < 4; i++) {
      await addAccount(sdb, { name: `timing${i}`, displayName: '计时', roles: ['法制审核员'], jurisdiction: '山西省/阳泉市' });
      for (let j = 0; j < 3; j++) {
        k.push(await time(`timing${i}`));
        u.push(await time(`ghost${i}`));
      }
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ratio = median(k) / median(u);
    expect(ratio, `known ${median(k).toFixed(1)} ms, unknown ${median(u).toFixed(1)} ms`).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
    // an unknown name is locked after the same number of failures, with the same answer
    await addAccount(sdb, { name: 'known-lock', displayName: '锁定', roles: ['法制审核员'], jurisdiction: '山西省/阳泉市' });
    const unknownAnswers: string[] = [];
    const knownAnswers: string[] = [];
    for (let i = 0; i < 6; i++) unknownAnswers.push((await attempt(s, 'ghost-lock', `x-${i}-wrong`)).body);
    for (let i = 0; i < 6; i++) knownAnswers.push((await attempt(s, 'known-lock', `x-${i}-wrong`)).body);
    expect(unknownAnswers).toEqual(knownAnswers);
    expect(knownAnswers.map((b) => JSON.parse(b).code)).toEqual([...Array(4).fill('INVALID_CREDENTIALS'), 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
  });

  it('refuses weak passwords: too short, repeated characters, common, the user name', async () => {
    const admin = await login(s, 'policy-admin');
    const create = (name: string, password: string) =>
      admin.request('POST', '/api/users', { name, displayName: '新账户', roles: ['法制审核员'], jurisdiction: '山西省/阳泉市', password });
    for (const [name, password, says] of [
      ['weak1', 'aaaaaaaaaa', /重复/],
      ['weak2', '1111111111', /重复/],
      ['weak3', 'password123', /容易被猜中|至少/],
      ['zhangwei01', 'zhangwei01zhangwei01', /用户名/],
      ['weak5', 'short', /至少 10 位/],
      ['weak6', 'qwertyuiop12', /容易被猜中/],
    ] as const) {
      const r = await create(name, password);
      expect(r.statusCode, `${password}: ${r.body}`).toBe(400);
      expect(r.json().code).toBe('WEAK_PASSWORD');
      expect(r.json().message).toMatch(says);
    }
    expect((await create('strong1', 'Huai-shu 2026 lv-bo')).statusCode).toBe(201);
    const patch = await admin.request('PATCH', '/api/users/strong1', { password: '1111111111' });
    expect(patch.json()).toMatchObject({ code: 'WEAK_PASSWORD' });
  });
});

describe('rate limits (the defaults) and same-origin login', { timeout: 120_000 }, () => {
  let s: YibaoServer;
  let sdb: ServerDb;
  beforeAll(async () => {
    // the default per-address and per-account limits; a high lockout so that the limits show
    ({ app: s, db: sdb } = await testServer({ auth: { maxFailures: 1000, loginPerAddress: DEFAULT_AUTH.loginPerAddress, loginPerAccount: DEFAULT_AUTH.loginPerAccount } }));
    for (let i = 0; i < 10; i++) await addAccount(sdb, { name: `spray${i}`, displayName: `账户${i}`, roles: ['法制审核员'], jurisdiction: '山西省/阳泉市' });
  }, 120_000);
  afterAll(async () => {
    await s.close();
    await sdb.close();
  });

  it('20 guesses sprayed over 10 accounts from one address: after the per-address allowance, 429 with Retry-After', async () => {
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof attempt>> | undefined;
    for (let i = 0; i < 20; i++) {
      const r = await attempt(s, `spray${i % 10}`, `guess-${i}-wrong`, '203.0.113.7');
      statuses.push(r.statusCode);
      if (r.statusCode === 429) limited ??= r;
    }
    expect(statuses.slice(0, DEFAULT_AUTH.loginPerAddress).every((c) => c === 401)).toBe(true);
    expect(statuses.slice(DEFAULT_AUTH.loginPerAddress).every((c) => c === 429)).toBe(true);
    expect(limited!.json()).toMatchObject({ code: 'LOGIN_RATE_LIMITED' });
    expect(limited!.json().message).toMatch(/秒后再试/);
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
    // another address is still answered
    expect((await attempt(s, 'spray0', TEST_PASSWORD, '203.0.113.8')).statusCode).toBe(200);
  });

  it('guesses on one account from many addresses: after the per-account allowance, 429', async () => {
    const statuses: number[] = [];
    await addAccount(sdb, { name: 'one-target', displayName: '目标', roles: ['法制审核员'], jurisdiction: '山西省/阳泉市' });
    for (let i = 0; i < 15; i++) statuses.push((await attempt(s, 'one-target', `guess-${i}-wrong`, `192.0.2.${i + 1}`)).statusCode);
    expect(statuses.slice(0, DEFAULT_AUTH.loginPerAccount).every((c) => c === 401)).toBe(true);
    expect(statuses.slice(DEFAULT_AUTH.loginPerAccount)).toEqual(Array(15 - DEFAULT_AUTH.loginPerAccount).fill(429));
  });

  it('refuses a login from another site (login CSRF), form-encoded or JSON, and sets no cookie', async () => {
    const form = await s.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '198.51.100.50',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' },
      payload: `username=spray1&password=${encodeURIComponent(TEST_PASSWORD)}`,
    });
    expect(form.statusCode).toBe(403);
    expect(form.json()).toMatchObject({ code: 'CROSS_ORIGIN_REFUSED' });
    expect(form.headers['set-cookie']).toBeUndefined();
    for (const headers of [{ origin: 'http://evil.example' }, { origin: 'null' }, { referer: 'http://evil.example/login.html' }, { 'sec-fetch-site': 'cross-site' }] as Array<Record<string, string>>) {
      const r = await s.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '198.51.100.51', headers, payload: { username: 'spray1', password: TEST_PASSWORD } });
      expect(r.statusCode, JSON.stringify(headers)).toBe(403);
      expect(r.headers['set-cookie']).toBeUndefined();
    }
    // the console's own page (same origin), and a client without Origin (curl, scripts)
    const own = await s.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '198.51.100.52', headers: { origin: 'http://localhost', host: 'localhost' }, payload: { username: 'spray1', password: TEST_PASSWORD } });
    expect(own.statusCode, own.body).toBe(200);
    const sameForm = await s.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '198.51.100.53',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:80', host: 'localhost:80' },
      payload: `username=spray2&password=${encodeURIComponent(TEST_PASSWORD)}`,
    });
    expect(sameForm.statusCode, sameForm.body).toBe(200);
  });
});
