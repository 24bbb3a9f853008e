// 公示 (no login): the published catalogs only. Unpublished catalogs are not reachable by
// any URL here: an unknown and an unpublished id get the same 404.
import { z } from 'zod';
import { ErrorBody, notFound } from '../errors.js';
import type { App, ServerContext } from '../context.js';
import { CatalogSummary, catalogSummary, ItemDetail, itemDetail, ItemSummary, itemSummary, matchesQuery } from './catalog-views.js';

export function publicRoutes(app: App, ctx: ServerContext): void {
  // Each catalog as the edition its maintainer published, not an unpublished newer one.
  const published = async () => ctx.catalogs.publishedViews();

  app.get('/api/public/catalogs', { schema: { tags: ['公示'], summary: '已公示的事项清单', response: { 200: z.array(CatalogSummary.omit({ findings: true, importedAt: true })) } } }, async () =>
    (await published()).map((c) => {
      const { findings: _f, importedAt: _i, ...rest } = catalogSummary(c);
      return rest;
    }),
  );

  app.get(
    '/api/public/catalogs/:id',
    {
      schema: {
        tags: ['公示'],
        summary: '已公示清单的事项',
        params: z.object({ id: z.string().min(1).max(80) }),
        querystring: z.object({ q: z.string().max(100).optional() }),
        response: { 200: z.object({ id: z.string(), title: z.string(), jurisdictionName: z.string(), publishedAt: z.string().nullable(), items: z.array(ItemSummary.omit({ findings: true, errors: true })) }), 404: ErrorBody },
      },
    },
    async (request) => {
      const c = (await published()).find((x) => x.id === request.params.id);
      if (!c) throw notFound('公示清单');
      const s = catalogSummary(c);
      return {
        id: c.id,
        title: c.title,
        jurisdictionName: s.jurisdictionName,
        publishedAt: c.publishedAt,
        items: c.catalog.items.filter((i) => matchesQuery(i, request.query.q)).map((i) => {
          const { findings: _f, errors: _e, ...rest } = itemSummary(c, i);
          return rest;
        }),
      };
    },
  );

  app.get(
    '/api/public/catalogs/:id/items/:seq',
    {
      schema: {
        tags: ['公示'],
        summary: '已公示事项详情',
        params: z.object({ id: z.string().min(1).max(80), seq: z.coerce.number().int().positive().max(100000) }),
        response: { 200: ItemDetail, 404: ErrorBody },
      },
    },
    async (request) => {
      const c = (await published()).find((x) => x.id === request.params.id);
      const item = c?.catalog.items.find((i) => i.seq === request.params.seq);
      if (!c || !item) throw notFound('公示事项');
      return itemDetail(c, item, ctx.corpus, false);
    },
  );
}
