// Sessions: an opaque token in an HttpOnly, SameSite=Lax cookie (Secure behind TLS), only
// its SHA-256 stored; a CSRF token bound to the session, sent back by the console in the
// X-CSRF-Token header on every write (double submit: it is also in a readable cookie).
//
// Sign-in that holds under attack:
//  - every attempt first reserves a slot in `login_throttle` with one atomic
//    INSERT … ON CONFLICT DO UPDATE … RETURNING, so concurrent guesses cannot all find the
//    account unlocked; after `maxFailures` the name is locked for `lockMinutes`;
//  - a name without an account is counted and locked alike, answered with the same words,
//    and costs the same scrypt time (a dummy hash), so nothing tells which accounts exist;
//  - per-address and per-account limits (@fastify/rate-limit) on the login route;
//  - only same-origin logins (no login CSRF): the Origin (or Referer) must be this server.
// Every attempt is recorded in login_events.
import * as crypto from 'node:crypto';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { effectiveRoles, userColumns, type UserRow } from '../cases/index.js';
import { ApiError } from './errors.js';
import type { ServerDb } from './db.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { can, PERMISSIONS as PERMISSION_TEXT, type Permission } from './roles.js';

export { userColumns };

export const SESSION_COOKIE = 'yibao_session';
export const CSRF_COOKIE = 'yibao_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface AuthSettings {
  /** Failed attempts before the account (or the name typed) is locked. */
  maxFailures: number;
  /** How long a lock lasts, in minutes. */
  lockMinutes: number;
  /** Session lifetime, in hours. */
  sessionHours: number;
  /**
   * Login attempts allowed per client address and per window (all attempts count). Behind a
   * proxy set trustProxy, else every client has the proxy's address. YIBAO_LOGIN_PER_ADDRESS.
   */
  loginPerAddress: number;
  /** Login attempts allowed per name typed (from any address) and per window. YIBAO_LOGIN_PER_ACCOUNT. */
  loginPerAccount: number;
  /** The window of both limits, in seconds. */
  loginWindowSeconds: number;
}

const envInt = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isSafeInteger(v) && v > 0 ? v : fallback;
};

export const DEFAULT_AUTH: AuthSettings = {
  maxFailures: 5,
  lockMinutes: 15,
  sessionHours: 12,
  loginPerAddress: envInt('YIBAO_LOGIN_PER_ADDRESS', 10),
  loginPerAccount: envInt('YIBAO_LOGIN_PER_ACCOUNT', 10),
  loginWindowSeconds: 60,
};

export interface Principal {
  name: string;
  displayName: string;
  roles: string[];
  /** Jurisdiction path (山西省/阳泉市). */
  jurisdiction: string;
  certificate?: { no: string; validFrom: string; validTo: string };
  csrf: string;
  session: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    /** The store's revision read (after the request came) to check the session: the read caches may use it too. */
    storeRevision?: number;
  }
}

// crypto.hash (Node ≥ 20.12): one call, no Hash object — it is run on every request's token
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256 = oneShot ? (s: string) => oneShot('sha256', s, 'hex') : (s: string) => createHash('sha256').update(s).digest('hex');

export function principalOf(row: UserRow, csrf: string, session: string): Principal {
  return {
    name: row.name,
    displayName: row.display_name ?? row.name,
    // a system administrator's stored case roles never take effect (职权分离)
    roles: effectiveRoles(row.roles ?? []),
    jurisdiction: row.jurisdiction_id ?? '',
    ...(row.certificate_no ? { certificate: { no: row.certificate_no, validFrom: (row.certificate_valid_from ?? '').slice(0, 10), validTo: (row.certificate_valid_to ?? '').slice(0, 10) } } : {}),
    csrf,
    session,
  };
}

interface CacheEntry {
  principal: Principal;
  expires: number;
  checkedAt: number;
  /** The store's revision when the session was read: a logout, a revocation or a change of the account (by any server) moves it. */
  revision: number;
}

export class Sessions {
  private readonly cache = new Map<string, CacheEntry>();
  constructor(
    private readonly db: ServerDb,
    readonly settings: AuthSettings = DEFAULT_AUTH,
  ) {}

  /** The store's revision now (store.readRevision). */
  revision(): Promise<number> {
    return this.db.readRevision();
  }

  /** The key a login attempt is counted under: the name as typed, trimmed and lower-cased. */
  static throttleKey(name: string): string {
    return name.trim().toLowerCase().slice(0, 64);
  }

  async login(name: string, password: string, meta: { ip?: string; userAgent?: string }): Promise<{ token: string; principal: Principal }> {
    const userAgent = meta.userAgent?.slice(0, 300) ?? null;
    const record = (outcome: string) =>
      this.db.query('INSERT INTO login_events (user_name, outcome, ip, user_agent) VALUES ($1, $2, $3, $4)', [name.slice(0, 100), outcome, meta.ip ?? null, userAgent]);
    const key = Sessions.throttleKey(name);
    const { maxFailures, lockMinutes } = this.settings;
    const locked = () => new ApiError(423, 'ACCOUNT_LOCKED', `登录失败次数过多，已暂停登录，请于 ${lockMinutes} 分钟后再试或联系系统管理员解锁`);
    // Reserve this attempt atomically: the counter goes up before the password is checked,
    // so N concurrent guesses see N different counts. A lock that has run out starts over.
    const slot = (
      await this.db.query<{ failures: number; locked: boolean }>(
        `INSERT INTO login_throttle AS t (name, failures, updated_at) VALUES ($1, 1, now())
         ON CONFLICT (name) DO UPDATE SET
           failures = CASE WHEN t.locked_until > now() THEN t.failures WHEN t.locked_until IS NOT NULL THEN 1 ELSE t.failures + 1 END,
           locked_until = CASE WHEN t.locked_until > now() THEN t.locked_until
                               WHEN t.locked_until IS NULL AND t.failures + 1 > $2 THEN now() + make_interval(mins => $3)
                               ELSE NULL END,
           updated_at = now()
         RETURNING failures, COALESCE(locked_until > now(), false) AS locked`,
        [key, maxFailures, lockMinutes],
      )
    ).rows[0]!;
    if (slot.locked) {
      await record('locked');
      throw locked();
    }
    const user = (await this.db.query<UserRow>(`SELECT ${userColumns()} FROM users WHERE name = $1`, [name])).rows[0];
    // the same scrypt work whether or not the account exists
    const hash = user?.password_hash ?? (await dummyPasswordHash());
    const passwordOk = (await verifyPassword(password, hash)) && !!user?.password_hash;
    if (!passwordOk) {
      const lockNow = slot.failures >= maxFailures;
      if (lockNow) await this.db.query('UPDATE login_throttle SET locked_until = now() + make_interval(mins => $2), updated_at = now() WHERE name = $1', [key, lockMinutes]);
      await record(user?.password_hash ? (lockNow ? 'bad_password_locked' : 'bad_password') : lockNow ? 'unknown_user_locked' : 'unknown_user');
      if (Math.random() < 0.01) await this.forgetOldFailures();
      if (lockNow) throw locked();
      throw new ApiError(401, 'INVALID_CREDENTIALS', '用户名或密码错误');
    }
    await this.db.query('DELETE FROM login_throttle WHERE name = $1', [key]);
    if (user!.disabled) {
      // told only to someone who knows the password
      await record('disabled');
      throw new ApiError(403, 'ACCOUNT_DISABLED', '账户已停用，请联系系统管理员');
    }
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    const session = sha256(token);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO sessions (token_sha256, user_name, csrf_token, expires_at, ip, user_agent) VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5, $6)`,
        [session, user!.name, csrf, this.settings.sessionHours, meta.ip ?? null, userAgent],
      );
      await tx.query('INSERT INTO login_events (user_name, outcome, ip, user_agent) VALUES ($1, $2, $3, $4)', [user!.name, 'success', meta.ip ?? null, userAgent]);
    });
    return { token, principal: principalOf(user!, csrf, session) };
  }

  /** Counters of names not tried for a day are dropped (unknown names would otherwise pile up). */
  private async forgetOldFailures(): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE updated_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())`);
  }

  /** Whether a name is locked now (for the account list). */
  async lockedNames(names: readonly string[]): Promise<Set<string>> {
    if (names.length === 0) return new Set();
    const { rows } = await this.db.query<{ name: string }>('SELECT name FROM login_throttle WHERE name = ANY($1) AND locked_until > now()', [names.map(Sessions.throttleKey)]);
    return new Set(rows.map((r) => r.name));
  }

  /** Lifts a lock and forgets the failures (an administrator's 解锁). */
  async unlock(name: string): Promise<void> {
    await this.db.query('DELETE FROM login_throttle WHERE name = $1', [Sessions.throttleKey(name)]);
  }

  /**
   * The session's account, from memory while the store's revision has not moved since it was
   * read (a logout, a revoked session, a changed or disabled account, by any server, moves it).
   * `revision`: one the caller read just before (default: read now).
   */
  async resolve(token: string, revision?: number): Promise<Principal | undefined> {
    if (!token || token.length > 200) return undefined;
    revision ??= await this.db.readRevision();
    const now = Date.now();
    // in memory by the token as sent (the database holds only its SHA-256): a cached read hashes nothing
    const hit = this.cache.get(token);
    if (hit && hit.revision === revision && hit.expires > now && now - hit.checkedAt < 30_000) return hit.principal;
    const session = sha256(token);
    const { rows } = await this.db.query<UserRow & { csrf_token: string; expires_at: string | Date }>(
      `SELECT ${userColumns('u')}, s.csrf_token, s.expires_at
         FROM sessions s JOIN users u ON u.name = s.user_name WHERE s.token_sha256 = $1 AND s.expires_at > now() AND NOT u.disabled`,
      [session],
    );
    const row = rows[0];
    if (!row) {
      this.cache.delete(token);
      return undefined;
    }
    const principal = principalOf(row, row.csrf_token, session);
    this.cache.set(token, { principal, expires: new Date(row.expires_at).getTime(), checkedAt: now, revision });
    if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value!);
    return principal;
  }

  async logout(principal: Principal, meta: { ip?: string }): Promise<void> {
    for (const [k, v] of this.cache) if (v.principal.session === principal.session) this.cache.delete(k);
    await this.db.query('DELETE FROM sessions WHERE token_sha256 = $1', [principal.session]);
    await this.db.query('INSERT INTO login_events (user_name, outcome, ip) VALUES ($1, $2, $3)', [principal.name, 'logout', meta.ip ?? null]);
  }

  /** Drops every session of a user (password change, disabling). */
  async revokeUser(name: string): Promise<void> {
    for (const [k, v] of this.cache) if (v.principal.name === name) this.cache.delete(k);
    await this.db.query('DELETE FROM sessions WHERE user_name = $1', [name]);
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/** Resolves the session on every request and checks the CSRF token on writes. */
export function installAuth(app: FastifyInstance, sessions: Sessions): void {
  app.decorateRequest('principal', undefined);
  app.decorateRequest('storeRevision', undefined);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.storeRevision = await sessions.revision();
      request.principal = await sessions.resolve(token, request.storeRevision);
    }
    if (request.principal && UNSAFE.has(request.method) && !CSRF_EXEMPT.has(request.url.split('?')[0]!)) {
      const header = request.headers[CSRF_HEADER];
      const sent = Array.isArray(header) ? header[0] : header;
      if (!sent || !safeEqual(sent, request.principal.csrf)) {
        throw new ApiError(403, 'CSRF_TOKEN_INVALID', '缺少或错误的 CSRF 令牌（请求头 X-CSRF-Token），请刷新页面后重试');
      }
    }
  });
}

/** scheme://host[:port] in lower case, without the scheme's default port. */
function originKey(origin: string): string {
  try {
    const u = new URL(origin);
    return `${u.protocol}//${u.host}`.toLowerCase(); // URL drops :80 for http and :443 for https
  } catch {
    return `invalid:${origin}`;
  }
}

/**
 * Refuses a request a page of another site made (login CSRF: a foreign form signing the
 * victim in as the attacker). A browser names the page's origin in Origin (and Referer);
 * both are compared with this server's own. A client that sends neither (curl, scripts) is
 * not a browser page and is let through.
 */
export function assertSameOrigin(request: FastifyRequest): void {
  const own = originKey(`${request.protocol}://${request.host}`);
  const header = (name: string): string | undefined => {
    const v = request.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const refuse = () => new ApiError(403, 'CROSS_ORIGIN_REFUSED', '只能在本系统的登录页面登录（请求来自其他网站，已拒绝）');
  if (header('sec-fetch-site') === 'cross-site') throw refuse();
  const origin = header('origin');
  if (origin !== undefined) {
    if (originKey(origin) !== own) throw refuse();
    return;
  }
  const referer = header('referer');
  if (referer !== undefined) {
    let from: string;
    try {
      from = originKey(new URL(referer).origin);
    } catch {
      throw refuse();
    }
    if (from !== own) throw refuse();
  }
}

export function setSessionCookies(request: FastifyRequest, reply: FastifyReply, token: string, csrf: string, hours: number): void {
  const secure = request.protocol === 'https';
  const common = { path: '/', sameSite: 'lax' as const, secure, maxAge: hours * 3600 };
  reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrf, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** The signed-in account, or 401. */
export function requireUser(request: FastifyRequest): Principal {
  if (!request.principal) throw new ApiError(401, 'UNAUTHENTICATED', '请先登录');
  return request.principal;
}

/** The signed-in account holding the permission, or 401/403. */
export function requirePermission(request: FastifyRequest, permission: Permission): Principal {
  const p = requireUser(request);
  if (!can(p.roles, permission)) throw new ApiError(403, 'FORBIDDEN', `当前角色（${p.roles.join('、') || '无'}）无权${PERMISSION_TEXT[permission]}`);
  return p;
}

