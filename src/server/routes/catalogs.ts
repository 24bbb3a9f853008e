// 事项清单: list, search, item with quotes beside the statute text and lint findings,
// import a file, publish, compare, export.
import { z } from 'zod';
import { CatalogImportError, compareCatalogs, COLUMN_FIELDS, exportCatalog, EXPORT_FORMATS, FIELD_LABELS, parseColumnMap, POWER_KINDS, type Catalog, type CatalogItem, type ColumnOverrides } from '../../catalog/index.js';
import { requirePermission, type Principal } from '../auth.js';
import { CatalogRepository, catalogIdFor, type StoredCatalog } from '../catalogs.js';
import { ApiError, ErrorBody, forbidden, notFound } from '../errors.js';
import { jurisdiction, within } from '../jurisdictions.js';
import type { App, ServerContext } from '../context.js';
import { CatalogSummary, catalogSummary, Finding, findingView, ItemDetail, itemDetail, ItemSummary, itemSummary, matchesQuery } from './catalog-views.js';

const CatalogId = z.object({ id: z.string().min(1).max(80) });
const EditionParams = CatalogId.extend({ edition: z.coerce.number().int().positive().max(100000) });
const MapParam = z.string().max(2000).optional().describe('列映射：列名=字段，以分号分隔，如 “权力名称=事项名称;科室=承办机构”；#3=忽略 指第3列');

/** The maintainer's column mapping from a query parameter (400 when malformed). */
function columnsFrom(map: string | undefined): ColumnOverrides | undefined {
  if (!map) return undefined;
  try {
    return parseColumnMap(map);
  } catch (err) {
    throw new ApiError(400, 'BAD_COLUMN_MAP', (err as Error).message);
  }
}

/** The value a column shows for an item in the preview (its field, or its extra cell). */
function columnValue(item: CatalogItem, field: string | null, header: string): string {
  switch (field) {
    case 'seq':
      return String(item.seq);
    case 'name':
    case 'mainItem':
      return item.name;
    case 'subItem':
      return item.subItems.join('；');
    case 'kind':
      return item.rawKind || item.kind;
    case 'bases':
      return item.bases.map((b) => b.text).join('\n');
    case 'exercisingBody':
      return (item.exercisingBody ?? []).join('、');
    case 'departments':
      return item.departments.join('、');
    case 'targets':
      return item.targets.join('、');
    case 'implementationLevel':
      return item.implementationLevel ?? '';
    case 'domain':
      return item.domain ?? '';
    case 'duties':
      return item.duties.map((d) => `${d.label}${d.label ? '：' : ''}${d.text}`).join('\n');
    case 'dutyBasis':
      return item.dutyBasis ?? '';
    case 'accountable':
      return item.accountable.join('、');
    case 'accountabilitySituations':
      return item.accountability?.situations ?? '';
    case 'accountabilityBasis':
      return item.accountability?.basis ?? '';
    case 'timeLimit':
      return item.timeLimit ?? '';
    case 'notes':
      return item.notes ?? '';
    default:
      return item.extra[header.replace(/[\s\u3000]+/g, '')] ?? '';
  }
}

const Preview = z.object({
  fileName: z.string(),
  format: z.string(),
  shape: z.string(),
  title: z.string(),
  issuer: z.string(),
  jurisdiction: z.string().nullable().describe('识别出的辖区路径'),
  items: z.number(),
  columns: z.array(z.object({ index: z.number(), header: z.string(), field: z.string().nullable(), label: z.string().nullable(), confidence: z.number(), guessed: z.boolean() })),
  fields: z.array(z.object({ field: z.string(), label: z.string() })),
  rows: z.array(z.object({ seq: z.number(), name: z.string(), kind: z.string(), truncated: z.boolean(), cells: z.array(z.string()) })),
  notes: z.array(z.object({ severity: z.string(), code: z.string(), message: z.string() })),
  existing: z.object({ id: z.string(), edition: z.number(), title: z.string() }).nullable().describe('同名清单已存在时：导入将成为其新版次'),
});

const EditionSummary = z.object({ edition: z.number(), title: z.string(), sourceFile: z.string(), sha256: z.string(), importedBy: z.string().nullable(), importedAt: z.string(), items: z.number(), published: z.boolean(), latest: z.boolean() });
const DiffView = z.object({
  from: z.number(),
  to: z.number(),
  added: z.array(z.object({ seq: z.number(), name: z.string(), kind: z.string() })),
  removed: z.array(z.object({ seq: z.number(), name: z.string(), kind: z.string() })),
  changed: z.array(z.object({ seq: z.number(), previousSeq: z.number(), name: z.string(), fields: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })) })),
  unchanged: z.number(),
});
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
        summary: '导出清单（xlsx / json / md / html）；可指定版次',
        params: CatalogId,
        querystring: z.object({ format: z.enum(EXPORT_FORMATS).default('xlsx'), edition: z.coerce.number().int().positive().max(100000).optional() }),
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/json', 'text/markdown', 'text/html'],
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'catalog.read');
      const latest = await visibleCatalog(request.params.id, p);
      const c = request.query.edition ? await ctx.catalogs.edition(latest.id, request.query.edition) : latest;
      if (!c) throw notFound(`版次 ${request.query.edition}`);
      const format = request.query.format;
      const bytes = await exportCatalog(c.catalog, format);
      const types = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', json: 'application/json; charset=utf-8', md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8' };
      // An exported page is a download, never rendered in the console's origin.
      reply.header('x-content-type-options', 'nosniff');
      if (format === 'html') reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
      const fileName = `${c.title}.${format}`;
      reply.header('content-type', types[format]);
      reply.header('content-disposition', `attachment; filename="${c.id}.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
      return reply.send(bytes);
    },
  );

  /** Parse an uploaded body, as the import and the preview do. */
  const parseUpload = async (body: unknown, fileName: string, map: string | undefined): Promise<{ catalog: Catalog; jurisdiction: string | undefined; sha256: string }> => {
    if (!Buffer.isBuffer(body)) throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 application/octet-stream 上传清单文件的原始内容');
    const columns = columnsFrom(map);
    try {
      return await ctx.catalogs.parseFile(body, fileName, columns);
    } catch (err) {
      if (err instanceof CatalogImportError) throw new ApiError(400, `CATALOG_${err.code}`, err.message);
      throw err;
    }
  };

  /** The catalog an upload goes to: the one named, else the file's id. Another jurisdiction's is 404, as for GET. */
  const targetOf = async (p: Principal, fileName: string, sha256: string, named: string | undefined): Promise<{ id: string; existing: StoredCatalog | undefined }> => {
    const id = named ?? catalogIdFor(fileName, sha256);
    const existing = await ctx.catalogs.get(id);
    if (named && !existing) throw notFound(`事项清单 ${named}`);
    if (existing && !CatalogRepository.visible(existing, p.jurisdiction)) throw notFound('事项清单');
    if (existing && !CatalogRepository.writable(existing, p.jurisdiction)) throw forbidden('只能管理本辖区及下级辖区的事项清单');
    return { id, existing };
  };

  app.post(
    '/api/catalogs/preview',
    {
      schema: {
        tags: ['事项清单'],
        summary: '预览清单文件（不保存）：各列对应的字段及置信度、前几行事项；改动列映射后再预览或导入',
        querystring: z.object({ fileName: z.string().min(1).max(200), map: MapParam, catalog: z.string().max(80).optional(), jurisdiction: z.string().max(100).optional() }),
        response: { 200: Preview, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'catalog.write');
      const parsed = await parseUpload(request.body, request.query.fileName, request.query.map);
      const { existing } = await targetOf(p, request.query.fileName, parsed.sha256, request.query.catalog);
      const target = request.query.jurisdiction ?? existing?.jurisdiction ?? parsed.jurisdiction;
      if (target && !within(p.jurisdiction, target)) throw forbidden(`只能导入本辖区及下级辖区的清单（该清单属于 ${target}）`);
      const columns = parsed.catalog.source.columns ?? [];
      return {
        fileName: request.query.fileName,
        format: parsed.catalog.source.format ?? 'text',
        shape: parsed.catalog.source.shape,
        title: parsed.catalog.title,
        issuer: parsed.catalog.jurisdiction,
        jurisdiction: parsed.jurisdiction ?? null,
        items: parsed.catalog.items.length,
        columns: columns.map((c) => ({ ...c, label: c.field ? (FIELD_LABELS[c.field as keyof typeof FIELD_LABELS] ?? c.field) : null })),
        fields: COLUMN_FIELDS.map((f) => ({ field: f, label: FIELD_LABELS[f] })),
        rows: parsed.catalog.items.slice(0, 8).map((i) => ({ seq: i.seq, name: i.name, kind: i.kind, truncated: i.truncated === true, cells: columns.map((c) => columnValue(i, c.field, c.header)) })),
        notes: parsed.catalog.notes.map((n) => ({ severity: n.severity, code: n.code, message: n.message })),
        existing: existing ? { id: existing.id, edition: existing.edition, title: existing.title } : null,
      };
    },
  );

  app.post(
    '/api/catalogs/import',
    {
      schema: {
        tags: ['事项清单'],
        summary: '导入清单文件（文本、网页、xlsx、xls、docx、PDF；请求体为文件原始字节，Content-Type: application/octet-stream）。同名清单的新文件成为新版次，旧版次保留',
        querystring: z.object({
          fileName: z.string().min(1).max(200),
          jurisdiction: z.string().max(100).optional().describe('辖区路径；缺省时按清单发布机关识别'),
          publish: z.enum(['true', 'false']).optional(),
          map: MapParam,
          catalog: z.string().max(80).optional().describe('作为该清单的新版次导入（清单 id）'),
        }),
        response: {
          200: CatalogSummary.extend({ newEdition: z.boolean() }),
          201: CatalogSummary.extend({ newEdition: z.boolean() }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          413: ErrorBody,
          415: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'catalog.write');
      const parsed = await parseUpload(request.body, request.query.fileName, request.query.map);
      const { id, existing } = await targetOf(p, request.query.fileName, parsed.sha256, request.query.catalog);
      const target = request.query.jurisdiction ?? existing?.jurisdiction ?? parsed.jurisdiction;
      if (!target || !jurisdiction(target)) {
        throw new ApiError(400, 'UNKNOWN_JURISDICTION', `无法识别清单所属辖区（${parsed.catalog.jurisdiction}），请用 jurisdiction 参数指定`);
      }
      if (!within(p.jurisdiction, target)) throw forbidden(`只能导入本辖区及下级辖区的清单（该清单属于 ${target}）`);
      if (existing && existing.jurisdiction !== target) throw new ApiError(400, 'JURISDICTION_MISMATCH', `清单 ${id} 属于 ${existing.jurisdiction}，新版次不能改到 ${target}`);
      const { stored, created, newEdition } = await ctx.catalogs.save({
        id,
        jurisdiction: target,
        catalog: parsed.catalog,
        sha256: parsed.sha256,
        sourceFile: request.query.fileName,
        importedBy: p.name,
        published: request.query.publish === 'true',
      });
      reply.code(created || newEdition ? 201 : 200);
      return { ...catalogSummary(stored), newEdition };
    },
  );

  app.get(
    '/api/catalogs/:id/editions',
    { schema: { tags: ['事项清单'], summary: '清单的各版次', params: CatalogId, response: { 200: z.array(EditionSummary), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'catalog.read');
      const c = await visibleCatalog(request.params.id, p);
      return ctx.catalogs.editions(c.id);
    },
  );

  app.get(
    '/api/catalogs/:id/editions/:edition',
    { schema: { tags: ['事项清单'], summary: '某一版次的清单及事项', params: EditionParams, response: { 200: CatalogSummary.extend({ itemList: z.array(ItemSummary) }), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'catalog.read');
      const c = await visibleCatalog(request.params.id, p);
      const e = await ctx.catalogs.edition(c.id, request.params.edition);
      if (!e) throw notFound(`版次 ${request.params.edition}`);
      return { ...catalogSummary(e), itemList: e.catalog.items.map((i) => itemSummary(e, i)) };
    },
  );

  app.get(
    '/api/catalogs/:id/diff',
    {
      schema: {
        tags: ['事项清单'],
        summary: '两个版次之间的差异（新增、删除、改动的事项及字段）',
        params: CatalogId,
        querystring: z.object({ from: z.coerce.number().int().positive().max(100000), to: z.coerce.number().int().positive().max(100000).optional().describe('缺省为最新版次') }),
        response: { 200: DiffView, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'catalog.read');
      const c = await visibleCatalog(request.params.id, p);
      const to = request.query.to ?? c.edition;
      const diff = await ctx.catalogs.diff(c.id, request.query.from, to);
      if (!diff) throw notFound('版次');
      return { from: request.query.from, to, ...diff };
    },
  );

  app.get(
    '/api/catalog-items/resolve',
    {
      schema: {
        tags: ['事项清单'],
        summary: '按稳定引用查找事项（<清单>@<版次>#<序号>，或旧式 <清单>#<序号> 即第1版）',
        querystring: z.object({ ref: z.string().min(3).max(120) }),
        response: {
          200: z.object({
            ref: z.string(),
            catalogId: z.string(),
            edition: z.number(),
            seq: z.number(),
            jurisdiction: z.string(),
            issuer: z.string(),
            name: z.string(),
            kind: z.string(),
            matter: z.object({ id: z.string(), name: z.string() }).nullable(),
            subItems: z.array(z.string()),
            targets: z.array(z.string()),
            partyKinds: z.array(z.string()),
            citations: z.array(z.object({ statute: z.string(), article: z.number(), paragraph: z.number().optional(), item: z.number().optional(), resolved: z.boolean(), raw: z.string() })),
            exercisingBody: z.array(z.string()),
            departments: z.array(z.string()),
            accountable: z.array(z.string()),
            truncated: z.boolean(),
            nameToVerify: z.boolean(),
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
      const r = await ctx.catalogs.resolveItem(request.query.ref, p.jurisdiction);
      if (!r) throw notFound(`事项「${request.query.ref}」`);
      const { item: _item, citations, ...rest } = r;
      return {
        ...rest,
        citations: citations.map((c) => ({ statute: c.statute, article: c.article, ...(c.paragraph !== undefined ? { paragraph: c.paragraph } : {}), ...(c.item !== undefined ? { item: c.item } : {}), resolved: c.resolved, raw: c.raw })),
      };
    },
  );

  app.post(
    '/api/catalogs/:id/publish',
    {
      schema: {
        tags: ['事项清单'],
        summary: '公示某一版次（缺省最新版）或撤回清单',
        params: CatalogId,
        body: z.object({ published: z.boolean(), edition: z.number().int().positive().max(100000).optional() }),
        response: { 200: CatalogSummary, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'catalog.write');
      const c = await writableCatalog(request.params.id, p);
      if (request.body.edition !== undefined && !(await ctx.catalogs.edition(c.id, request.body.edition))) throw notFound(`版次 ${request.body.edition}`);
      return catalogSummary(await ctx.catalogs.setPublished(c.id, request.body.published, request.body.edition));
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
