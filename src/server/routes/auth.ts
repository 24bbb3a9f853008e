// 登录、退出、当前账户.
import { z } from 'zod';
import { assertSameOrigin, clearSessionCookies, requireUser, Sessions, setSessionCookies, type Principal } from '../auth.js';
import { ApiError, ErrorBody } from '../errors.js';
import { jurisdiction } from '../jurisdictions.js';
import { can, PERMISSIONS, type Permission } from '../roles.js';
import type { App, ServerContext } from '../context.js';

export const Me = z.object({
  name: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  jurisdiction: z.object({ id: z.string(), name: z.string(), level: z.string(), bureau: z.string() }),
  certificate: z.object({ no: z.string(), validFrom: z.string(), validTo: z.string() }).optional(),
  permissions: z.array(z.string()),
  features: z.array(z.string()),
  csrfToken: z.string(),
});

export function meOf(p: Principal, features: Set<string>): z.infer<typeof Me> {
  const j = jurisdiction(p.jurisdiction);
  return {
    name: p.name,
    displayName: p.displayName,
    roles: p.roles,
    jurisdiction: { id: p.jurisdiction, name: j?.name ?? p.jurisdiction, level: j?.level ?? '', bureau: j?.bureau ?? '' },
    ...(p.certificate ? { certificate: p.certificate } : {}),
    permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((k) => can(p.roles, k)),
    features: [...features],
    csrfToken: p.csrf,
  };
}

export function authRoutes(app: App, ctx: ServerContext): void {
  const settings = ctx.sessions.settings;
  const timeWindow = settings.loginWindowSeconds * 1000;
  // @fastify/rate-limit: every attempt counts, per client address and per name typed
  const perAddress = app.createRateLimit({ max: settings.loginPerAddress, timeWindow, keyGenerator: (r) => `login-address:${r.ip}` });
  const perAccount = app.createRateLimit({
    max: settings.loginPerAccount,
    timeWindow,
    keyGenerator: (r) => `login-account:${Sessions.throttleKey(String((r.body as { username?: unknown } | undefined)?.username ?? ''))}`,
  });
  const tooMany = (reply: { header(k: string, v: string): unknown }, ttlSeconds: number, who: string) => {
    reply.header('retry-after', String(Math.max(1, ttlSeconds)));
    return new ApiError(429, 'LOGIN_RATE_LIMITED', `${who}登录尝试过于频繁，请 ${Math.max(1, ttlSeconds)} 秒后再试`);
  };

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['账户'],
        summary: '登录（只接受本站页面发起的请求；按地址和账户限制尝试频率）',
        body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }),
        response: { 200: Me, 401: ErrorBody, 403: ErrorBody, 423: ErrorBody, 429: ErrorBody },
      },
      // before the body is parsed: a foreign page's login is refused whatever it sends
      onRequest: async (request) => assertSameOrigin(request),
      preHandler: async (request, reply) => {
        const byAddress = await perAddress(request);
        if (!byAddress.isAllowed && byAddress.isExceeded) throw tooMany(reply, byAddress.ttlInSeconds, '本地址');
        const byAccount = await perAccount(request);
        if (!byAccount.isAllowed && byAccount.isExceeded) throw tooMany(reply, byAccount.ttlInSeconds, '该账户');
      },
    },
    async (request, reply) => {
      const { token, principal } = await ctx.sessions.login(request.body.username, request.body.password, { ip: request.ip, userAgent: request.headers['user-agent'] });
      setSessionCookies(request, reply, token, principal.csrf, ctx.sessions.settings.sessionHours);
      return meOf(principal, ctx.features);
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['账户'], summary: '退出登录', response: { 200: z.object({ ok: z.boolean() }), 401: ErrorBody } } }, async (request, reply) => {
    const p = requireUser(request);
    await ctx.sessions.logout(p, { ip: request.ip });
    clearSessionCookies(reply);
    return { ok: true };
  });

  app.get('/api/auth/me', { schema: { tags: ['账户'], summary: '当前账户', response: { 200: Me, 401: ErrorBody } } }, async (request) => meOf(requireUser(request), ctx.features));
}
