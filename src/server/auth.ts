// Sessions: an opaque token in an HttpOnly, SameSite=Lax cookie (Secure behind TLS), only
// its SHA-256 stored; a CSRF token bound to the session, sent back by the console in the
// X-CSRF-Token header on every write (double submit: it is also in a readable cookie).
// Repeated failures lock the account for a while. Every attempt is recorded.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';
import type { ServerDb } from './db.js';
import { verifyPassword } from './password.js';
import { can, PERMISSIONS as PERMISSION_TEXT, type Permission } from './roles.js';

export const SESSION_COOKIE = 'yibao_session';
export const CSRF_COOKIE = 'yibao_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface AuthSettings {
  /** Failed attempts before the account is locked. */
  maxFailures: number;
  /** How long a lock lasts, in minutes. */
  lockMinutes: number;
  /** Session lifetime, in hours. */
  sessionHours: number;
}
export const DEFAULT_AUTH: AuthSettings = { maxFailures: 5, lockMinutes: 15, sessionHours: 12 };

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
  }
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

interface UserRow {
  name: string;
  display_name: string | null;
  roles: string[];
  jurisdiction_id: string | null;
  certificate_no: string | null;
  certificate_valid_from: string | Date | null;
  certificate_valid_to: string | Date | null;
  password_hash: string | null;
  failed_logins: number;
  locked_until: string | Date | null;
  disabled: boolean;
}

const day = (v: string | Date | null): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '').slice(0, 10));

export function userColumns(alias = 'users'): string {
  const a = alias + '.';
  return `${a}name, ${a}display_name, ${a}roles, ${a}jurisdiction_id, ${a}certificate_no, ${a}certificate_valid_from::text AS certificate_valid_from,
  ${a}certificate_valid_to::text AS certificate_valid_to, ${a}password_hash, ${a}failed_logins, ${a}locked_until, ${a}disabled`;
}

export function principalOf(row: UserRow, csrf: string, session: string): Principal {
  return {
    name: row.name,
    displayName: row.display_name ?? row.name,
    roles: row.roles ?? [],
    jurisdiction: row.jurisdiction_id ?? '',
    ...(row.certificate_no ? { certificate: { no: row.certificate_no, validFrom: day(row.certificate_valid_from), validTo: day(row.certificate_valid_to) } } : {}),
    csrf,
    session,
  };
}

interface CacheEntry {
  principal: Principal;
  expires: number;
  checkedAt: number;
}

export class Sessions {
  private readonly cache = new Map<string, CacheEntry>();
  constructor(
    private readonly db: ServerDb,
    readonly settings: AuthSettings = DEFAULT_AUTH,
  ) {}

  async login(name: string, password: string, meta: { ip?: string; userAgent?: string }): Promise<{ token: string; principal: Principal }> {
    const record = (outcome: string) =>
      this.db.query('INSERT INTO login_events (user_name, outcome, ip, user_agent) VALUES ($1, $2, $3, $4)', [name.slice(0, 100), outcome, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null]);
    const { rows } = await this.db.query<UserRow>(`SELECT ${userColumns()} FROM users WHERE name = $1`, [name]);
    const user = rows[0];
    if (!user || !user.password_hash) {
      await record('unknown_user');
      throw new ApiError(401, 'INVALID_CREDENTIALS', '用户名或密码错误');
    }
    if (user.disabled) {
      await record('disabled');
      throw new ApiError(403, 'ACCOUNT_DISABLED', '账户已停用，请联系系统管理员');
    }
    if (user.locked_until && new Date(user.locked_until).getTime() > Date.now()) {
      await record('locked');
      throw new ApiError(423, 'ACCOUNT_LOCKED', `连续登录失败次数过多，账户已锁定，请于 ${this.settings.lockMinutes} 分钟后再试`);
    }
    if (!(await verifyPassword(password, user.password_hash))) {
      const failures = user.failed_logins + 1;
      const lock = failures >= this.settings.maxFailures;
      await this.db.query(
        `UPDATE users SET failed_logins = $2, locked_until = CASE WHEN $3 THEN now() + make_interval(mins => $4) ELSE locked_until END WHERE name = $1`,
        [name, lock ? 0 : failures, lock, this.settings.lockMinutes],
      );
      await record(lock ? 'bad_password_locked' : 'bad_password');
      if (lock) throw new ApiError(423, 'ACCOUNT_LOCKED', `连续 ${this.settings.maxFailures} 次密码错误，账户已锁定 ${this.settings.lockMinutes} 分钟`);
      throw new ApiError(401, 'INVALID_CREDENTIALS', `用户名或密码错误（再错 ${this.settings.maxFailures - failures} 次将锁定账户）`);
    }
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    const session = sha256(token);
    await this.db.transaction(async (tx) => {
      await tx.query('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = $1', [name]);
      await tx.query(
        `INSERT INTO sessions (token_sha256, user_name, csrf_token, expires_at, ip, user_agent) VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5, $6)`,
        [session, name, csrf, this.settings.sessionHours, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null],
      );
      await tx.query('INSERT INTO login_events (user_name, outcome, ip, user_agent) VALUES ($1, $2, $3, $4)', [name, 'success', meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null]);
    });
    return { token, principal: principalOf(user, csrf, session) };
  }

  async resolve(token: string): Promise<Principal | undefined> {
    if (!token || token.length > 200) return undefined;
    const session = sha256(token);
    const now = Date.now();
    const hit = this.cache.get(session);
    if (hit && hit.expires > now && now - hit.checkedAt < 30_000) return hit.principal;
    const { rows } = await this.db.query<UserRow & { csrf_token: string; expires_at: string | Date }>(
      `SELECT ${userColumns('u')}, s.csrf_token, s.expires_at
         FROM sessions s JOIN users u ON u.name = s.user_name WHERE s.token_sha256 = $1 AND s.expires_at > now() AND NOT u.disabled`,
      [session],
    );
    const row = rows[0];
    if (!row) {
      this.cache.delete(session);
      return undefined;
    }
    const principal = principalOf(row, row.csrf_token, session);
    this.cache.set(session, { principal, expires: new Date(row.expires_at).getTime(), checkedAt: now });
    if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value!);
    return principal;
  }

  async logout(principal: Principal, meta: { ip?: string }): Promise<void> {
    this.cache.delete(principal.session);
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
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.principal = await sessions.resolve(token);
    const path = request.url.split('?')[0]!;
    if (request.principal && UNSAFE.has(request.method) && !CSRF_EXEMPT.has(path)) {
      const header = request.headers[CSRF_HEADER];
      const sent = Array.isArray(header) ? header[0] : header;
      if (!sent || !safeEqual(sent, request.principal.csrf)) {
        throw new ApiError(403, 'CSRF_TOKEN_INVALID', '缺少或错误的 CSRF 令牌（请求头 X-CSRF-Token），请刷新页面后重试');
      }
    }
  });
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

