// 事项清单: list, search, item with quotes beside the statute text and lint findings,
// import a file, publish, compare, export.
import { z } from 'zod';
import { CatalogImportError, compareCatalogs, exportCatalog, POWER_KINDS } from '../../catalog/index.js';
import { requirePermission, type Principal } from '../auth.js';
import { CatalogRepository, catalogIdFor, type StoredCatalog } from '../catalogs.js';
import { ApiError, ErrorBody, forbidden, notFound } from '../errors.js';
import { jurisdiction, within } from '../jurisdictions.js';
import type { App, ServerContext } from '../context.js';
import { CatalogSummary, catalogSummary, Finding, findingView, ItemDetail, itemDetail, ItemSummary, itemSummary, matchesQuery } from './catalog-views.js';

const CatalogId = z.object({ id: z.string().min(1).max(80) });
const ItemParams = CatalogId.extend({ seq: z.coerce.number().int().positive().max(100000) });
const ItemFilters = z.object({
  q: z.string().max(100).optional().describe('检索词（中文，空格分隔的词须全部出现）'),
  kind: z.enum(POWER_KINDS).optional(),
  department: z.string().max(60).optional(),
  jurisdiction: z.string().max(100).optional().describe('辖区路径，含下级'),
  catalog: z.string().max(80).optional(),
});

export function catalogRoutes(app: App, ctx: ServerContext): void {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: 25 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  const visibleCatalog = async (id: string, p: Principal): Promise<StoredCatalog> => {
    const c = await ctx.catalogs.get(id);
    if (!c || !CatalogRepository.visible(c, p.jurisdiction)) throw notFound('事项清单');
    return c;
  };
  const writableCatalog = async (id: string, p: Principal): Promise<StoredCatalog> => {
    const c = await visibleCatalog(id, p);
    if (!CatalogRepository.writable(c, p.jurisdiction)) throw forbidden('只能管理本辖区及下级辖区的事项清单');
    return c;
  };

  app.get('/api/catalogs', { schema: { tags: ['事项清单'], summary: '可见的事项清单', response: { 200: z.array(CatalogSummary), 401: ErrorBody, 403: ErrorBody } } }, async (request) => {
    const p = requirePermission(request, 'catalog.read');
    return (await ctx.catalogs.all()).filter((c) => CatalogRepository.visible(c, p.jurisdiction)).map(catalogSummary);
  });

  app.get(
    '/api/catalog-items',
    {
      schema: {
        tags: ['事项清单'],
        summary: '检索事项（跨清单，按类型、承办机构、辖区筛选）',
        querystring: ItemFilters,
        response: { 200: z.object({ total: z.number(), items: z.array(ItemSummary), departments: z.array(z.string()) }), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'catalog.read');
      const f = request.query;
      const catalogs = (await ctx.catalogs.all()).filter(
        (c) => CatalogRepository.visible(c, p.jurisdiction) && (!f.jurisdiction || within(f.jurisdiction, c.jurisdiction)) && (!f.catalog || c.id === f.catalog),
      );
      const departments = new Set<string>();
      const items = catalogs.flatMap((c) =>
        c.catalog.items
          .filter((i) => {
            i.departments.forEach((d) => departments.add(d));
            return (!f.kind || i.kind === f.kind) && (!f.department || i.departments.some((d) => d.includes(f.department!))) && matchesQuery(i, f.q);
          })
          .map((i) => itemSummary(c, i)),
      );
      return { total: items.length, items, departments: [...departments].sort() };
    },
  );

  app.get(
    '/api/catalogs/:id',
    { schema: { tags: ['事项清单'], summary: '清单概要及事项', params: CatalogId, response: { 200: CatalogSummary.extend({ itemList: z.array(ItemSummary), notes: z.array(z.object({ severity: z.string(), code: z.string(), message: z.string() })) }), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'catalog.read');
      const c = await visibleCatalog(request.params.id, p);
      return { ...catalogSummary(c), itemList: c.catalog.items.map((i) => itemSummary(c, i)), notes: c.catalog.notes.map((n) => ({ severity: n.severity, code: n.code, message: n.message })) };
    },
  );

  app.get(
    '/api/catalogs/:id/items/:seq',
    { schema: { tags: ['事项清单'], summary: '事项：引文与法规原文对照，及审查意见', params: ItemParams, response: { 200: ItemDetail, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'catalog.read');
      const c = await visibleCatalog(request.params.id, p);
      const item = c.catalog.items.find((i) => i.seq === request.params.seq);
      if (!item) throw notFound(`事项 ${request.params.seq}`);
      return itemDetail(c, item, ctx.corpus, true);
    },
  );

  app.get(
    '/api/catalogs/:id/lint',
    { schema: { tags: ['事项清单'], summary: '清单审查意见（lint）', params: CatalogId, response: { 200: z.object({ findings: z.array(Finding) }), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'catalog.read');
      const c = await visibleCatalog(request.params.id, p);
      return { findings: c.findings.map(findingView) };
    },
  );

  app.get(
    '/api/catalogs/:id/export',
    {
      schema: {
        tags: ['事项清单'],
        summary: '导出清单（xlsx / json / md）',
        params: CatalogId,
        querystring: z.object({ format: z.enum(['xlsx', 'json', 'md']).default('xlsx') }),
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/json', 'text/markdown'],
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'catalog.read');
      const c = await visibleCatalog(request.params.id, p);
      const format = request.query.format;
      const bytes = await exportCatalog(c.catalog, format);
      const types = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', json: 'application/json; charset=utf-8', md: 'text/markdown; charset=utf-8' };
      const fileName = `${c.title}.${format}`;
      reply.header('content-type', types[format]);
      reply.header('content-disposition', `attachment; filename="${c.id}.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
      return reply.send(bytes);
    },
  );

  app.post(
    '/api/catalogs/import',
    {
      schema: {
        tags: ['事项清单'],
        summary: '导入清单文件（请求体为文件原始字节，Content-Type: application/octet-stream）',
        querystring: z.object({
          fileName: z.string().min(1).max(200),
          jurisdiction: z.string().max(100).optional().describe('辖区路径；缺省时按清单发布机关识别'),
          publish: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: CatalogSummary, 201: CatalogSummary, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'catalog.write');
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 application/octet-stream 上传清单文件的原始内容');
      let parsed;
      try {
        parsed = ctx.catalogs.parse(body, request.query.fileName);
      } catch (err) {
        if (err instanceof CatalogImportError) throw new ApiError(400, `CATALOG_${err.code}`, err.message);
        throw err;
      }
      const target = request.query.jurisdiction ?? parsed.jurisdiction;
      if (!target || !jurisdiction(target)) {
        throw new ApiError(400, 'UNKNOWN_JURISDICTION', `无法识别清单所属辖区（${parsed.catalog.jurisdiction}），请用 jurisdiction 参数指定`);
      }
      if (!within(p.jurisdiction, target)) throw forbidden(`只能导入本辖区及下级辖区的清单（该清单属于 ${target}）`);
      const id = catalogIdFor(request.query.fileName, parsed.sha256);
      const existing = await ctx.catalogs.get(id);
      if (existing && !CatalogRepository.writable(existing, p.jurisdiction)) throw forbidden('同名清单属于其他辖区');
      const { stored, created } = await ctx.catalogs.save({
        id,
        jurisdiction: target,
        catalog: parsed.catalog,
        sha256: parsed.sha256,
        sourceFile: request.query.fileName,
        importedBy: p.name,
        published: request.query.publish === 'true',
      });
      reply.code(created ? 201 : 200);
      return catalogSummary(stored);
    },
  );

  app.post(
    '/api/catalogs/:id/publish',
    { schema: { tags: ['事项清单'], summary: '发布或撤回清单（公示）', params: CatalogId, body: z.object({ published: z.boolean() }), response: { 200: CatalogSummary, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'catalog.write');
      const c = await writableCatalog(request.params.id, p);
      return catalogSummary(await ctx.catalogs.setPublished(c.id, request.body.published));
    },
  );

  app.get(
    '/api/catalogs-compare',
    {
      schema: {
        tags: ['事项清单'],
        summary: '清单比对：规范事项 × 辖区（有、无、依据不同）',
        querystring: z.object({ ids: z.string().max(2000).describe('清单 id，逗号分隔；缺省为全部可见清单') .optional() }),
        response: {
          200: z.object({
            catalogs: z.array(z.object({ id: z.string(), title: z.string(), jurisdictionName: z.string() })),
            rows: z.array(
              z.object({
                matter: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
                cells: z.array(z.object({ status: z.enum(['has', 'lacks', 'different']), items: z.array(z.object({ seq: z.number(), name: z.string() })), missingCore: z.array(z.string()), extra: z.array(z.string()) })),
              }),
            ),
            unlinked: z.array(z.object({ jurisdiction: z.string(), seq: z.number(), name: z.string(), reason: z.string() })),
          }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'catalog.read');
      const all = (await ctx.catalogs.all()).filter((c) => CatalogRepository.visible(c, p.jurisdiction));
      const ids = request.query.ids?.split(',').map((s) => s.trim()).filter(Boolean);
      const chosen = ids ? ids.map((id) => all.find((c) => c.id === id) ?? (() => { throw notFound(`事项清单 ${id}`); })()) : all;
      const matrix = compareCatalogs(chosen.map((c) => c.catalog), ctx.catalogs.matters);
      return {
        catalogs: chosen.map((c) => ({ id: c.id, title: c.title, jurisdictionName: jurisdiction(c.jurisdiction)?.name ?? c.jurisdiction })),
        rows: matrix.rows,
        unlinked: matrix.unlinked,
      };
    },
  );
}
