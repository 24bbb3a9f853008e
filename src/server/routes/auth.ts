// 登录、退出、当前账户.
import { z } from 'zod';
import { clearSessionCookies, requireUser, setSessionCookies, type Principal } from '../auth.js';
import { ErrorBody } from '../errors.js';
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
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['账户'],
        summary: '登录',
        body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }),
        response: { 200: Me, 401: ErrorBody, 403: ErrorBody, 423: ErrorBody },
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
