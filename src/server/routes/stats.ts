// 统计: catalog quality now; case figures are added by the case routes when wired.
import { z } from 'zod';
import { LINT_RULES } from '../../catalog/index.js';
import { requirePermission } from '../auth.js';
import { CatalogRepository } from '../catalogs.js';
import { ErrorBody } from '../errors.js';
import { jurisdiction } from '../jurisdictions.js';
import type { App, ServerContext } from '../context.js';

export const CaseStats = z.object({
  total: z.number(),
  open: z.number(),
  overdue: z.number(),
  byKind: z.array(z.object({ kind: z.string(), count: z.number() })),
  byState: z.array(z.object({ state: z.string(), count: z.number() })),
  byMonth: z.array(z.object({ month: z.string(), opened: z.number(), closed: z.number() })),
  finesImposedFen: z.number(),
  finesCollectedFen: z.number(),
  fundsRecoveredFen: z.number(),
  overdueByOffice: z.array(z.object({ office: z.string(), count: z.number() })),
  overdueByPerson: z.array(z.object({ person: z.string(), count: z.number() })),
});
export type CaseStats = z.infer<typeof CaseStats>;

export function statsRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/stats',
    {
      schema: {
        tags: ['统计'],
        summary: '统计（本辖区及下级）',
        response: {
          200: z.object({
            catalogs: z.object({
              byKind: z.array(z.object({ jurisdiction: z.string(), kind: z.string(), count: z.number() })),
              findingsByRule: z.array(z.object({ rule: z.string(), label: z.string(), count: z.number() })),
            }),
            cases: CaseStats.optional(),
          }),
          401: ErrorBody,
          403: ErrorBody,
        },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'stats.read');
      const catalogs = (await ctx.catalogs.all()).filter((c) => CatalogRepository.visible(c, p.jurisdiction));
      const byKind = new Map<string, { jurisdiction: string; kind: string; count: number }>();
      const byRule = new Map<string, number>();
      for (const c of catalogs) {
        const jn = jurisdiction(c.jurisdiction)?.name ?? c.jurisdiction;
        for (const item of c.catalog.items) {
          const key = `${jn}\t${item.kind}`;
          const row = byKind.get(key) ?? { jurisdiction: jn, kind: item.kind, count: 0 };
          row.count++;
          byKind.set(key, row);
        }
        for (const f of c.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      }
      return {
        catalogs: {
          byKind: [...byKind.values()],
          findingsByRule: [...byRule]
            .map(([rule, count]) => ({ rule, label: (LINT_RULES as Record<string, string>)[rule]?.split('（')[0] ?? rule, count }))
            .sort((a, b) => b.count - a.count),
        },
        ...(ctx.caseStats ? { cases: await ctx.caseStats(p) } : {}),
      };
    },
  );
}
