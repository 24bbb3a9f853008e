// 辖区 and health.
import { z } from 'zod';
import { requireUser } from '../auth.js';
import { ErrorBody } from '../errors.js';
import { JURISDICTIONS, within } from '../jurisdictions.js';
import type { App, ServerContext } from '../context.js';

export function metaRoutes(app: App, ctx: ServerContext): void {
  app.get('/api/health', { schema: { tags: ['系统'], summary: '健康检查', response: { 200: z.object({ ok: z.boolean(), writesInFlight: z.number() }) } } }, async () => {
    await ctx.db.query('SELECT 1');
    return { ok: true, writesInFlight: ctx.writes.inFlight };
  });

  app.get(
    '/api/jurisdictions',
    {
      schema: {
        tags: ['系统'],
        summary: '辖区（本辖区及下级）',
        response: { 200: z.array(z.object({ id: z.string(), name: z.string(), level: z.string(), parent: z.string().nullable(), bureau: z.string() })), 401: ErrorBody },
      },
    },
    async (request) => {
      const p = requireUser(request);
      return JURISDICTIONS.filter((j) => within(p.jurisdiction, j.id));
    },
  );
}
