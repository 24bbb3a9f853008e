// 被检查对象库、检查人员库、专家库 (医疗保障基金飞行检查管理暂行办法 第六条): each bureau's own
// libraries, read by its officers, heads and analysts (and by those above it), kept by its
// heads: entries added and disabled with the reason, never deleted, each change in the record.
// The 飞行检查 steps take their targets, inspectors and experts from them (guard flyingFromLibraries).
import { z } from 'zod';
import { addLibraryEntry, disableLibraryEntry, LibraryAddition, LibraryDisabling, LibraryError, listLibraryEntries, LIBRARY_KINDS, activeOn, userFromRow, type LibraryEntry, type UserRow } from '../../cases/index.js';
import { requirePermission, userColumns } from '../auth.js';
import { ApiError, ErrorBody, forbidden, notFound } from '../errors.js';
import { jurisdiction as findJurisdiction, within } from '../jurisdictions.js';
import type { App, ServerContext } from '../context.js';

const Entry = z.object({
  id: z.number(),
  jurisdiction: z.string(),
  kind: z.enum(LIBRARY_KINDS),
  name: z.string(),
  displayName: z.string().describe('检查人员的姓名；其他为名称或姓名'),
  category: z.string().optional(),
  unit: z.string().optional(),
  qualification: z.string().optional(),
  joinedOn: z.string(),
  joinedBy: z.string(),
  joinReason: z.string().optional(),
  disabledOn: z.string().optional(),
  disabledBy: z.string().optional(),
  disabledReason: z.string().optional(),
  active: z.boolean().describe('今天是否在库'),
});
const Officer = z.object({ name: z.string(), displayName: z.string(), certificate: z.string(), validTo: z.string() });
const Libraries = z.object({ jurisdiction: z.string(), entries: z.array(Entry), officers: z.array(Officer).describe('本局持执法证的执法人员（可加入检查人员库）') });

const asApiError = (err: unknown): never => {
  if (err instanceof LibraryError) throw new ApiError(err.status, err.code, err.message);
  throw err;
};

export function libraryRoutes(app: App, ctx: ServerContext): void {
  const names = async (entries: LibraryEntry[]): Promise<Map<string, string>> => {
    const people = entries.filter((e) => e.kind === '检查人员').map((e) => e.name);
    if (!people.length) return new Map();
    const { rows } = await ctx.db.query<{ name: string; display_name: string | null }>('SELECT name, display_name FROM users WHERE name = ANY($1)', [people]);
    return new Map(rows.map((r) => [r.name, r.display_name ?? r.name]));
  };
  const view = (e: LibraryEntry, shown: Map<string, string>, today: string): z.infer<typeof Entry> => ({
    id: e.id, jurisdiction: e.jurisdiction, kind: e.kind, name: e.name,
    displayName: e.kind === '检查人员' ? (shown.get(e.name) ?? e.name) : e.name,
    ...(e.category ? { category: e.category } : {}), ...(e.unit ? { unit: e.unit } : {}), ...(e.qualification ? { qualification: e.qualification } : {}),
    joinedOn: e.joinedOn, joinedBy: e.joinedBy, ...(e.joinReason ? { joinReason: e.joinReason } : {}),
    ...(e.disabledOn ? { disabledOn: e.disabledOn, disabledBy: e.disabledBy!, disabledReason: e.disabledReason! } : {}),
    active: activeOn(e, today),
  });

  app.get(
    '/api/flying-libraries',
    {
      schema: {
        tags: ['飞行检查库'],
        summary: '被检查对象库、检查人员库、专家库（第六条）：本局或下级辖区的全部条目，含已停用的',
        querystring: z.object({ jurisdiction: z.string().max(100).optional().describe('辖区（默认本局）'), kind: z.enum(LIBRARY_KINDS).optional() }),
        response: { 200: Libraries, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'library.read');
      const where = request.query.jurisdiction ?? p.jurisdiction;
      if (!findJurisdiction(where) || !within(p.jurisdiction, where)) throw notFound('辖区');
      const entries = await listLibraryEntries(ctx.db, where, request.query.kind);
      const today = ctx.today();
      const { rows } = await ctx.db.query<UserRow>(`SELECT ${userColumns()} FROM users WHERE jurisdiction_id = $1 AND NOT disabled ORDER BY name`, [where]);
      const officers = rows
        .map(userFromRow)
        .filter((u) => u.roles.includes('执法人员') && u.certificate && u.certificate.validFrom <= today && today <= u.certificate.validTo)
        .map((u) => ({ name: u.name, displayName: u.displayName, certificate: u.certificate!.no, validTo: u.certificate!.validTo }));
      const shown = await names(entries);
      return { jurisdiction: where, entries: entries.map((e) => view(e, shown, today)), officers };
    },
  );

  app.post(
    '/api/flying-libraries',
    {
      schema: {
        tags: ['飞行检查库'],
        summary: '加入被检查对象库、检查人员库或专家库（本局负责人；加入日期为当日；记入全过程记录）',
        body: z.object({ jurisdiction: z.string().max(100).optional().describe('辖区（只能是本局；默认本局）'), entry: LibraryAddition }).strict(),
        response: { 201: Entry, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'library.write');
      const where = request.body.jurisdiction ?? p.jurisdiction;
      // 第六条: each 医疗保障行政部门 keeps its own libraries
      if (where !== p.jurisdiction) throw forbidden('只能管理本局的被检查对象库、检查人员库和专家库（第六条）');
      const now = ctx.now();
      const entry = await ctx.db.transaction((tx) => addLibraryEntry(tx, where, request.body.entry, p.name, now)).catch(asApiError);
      reply.code(201);
      return view(entry, await names([entry]), ctx.today());
    },
  );

  app.post(
    '/api/flying-libraries/:id/disable',
    {
      schema: {
        tags: ['飞行检查库'],
        summary: '停用库中的条目（本局负责人；停用日期为当日，写明理由；条目保留，记入全过程记录）',
        params: z.object({ id: z.coerce.number().int().positive().max(2 ** 53) }),
        body: LibraryDisabling,
        response: { 200: Entry, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'library.write');
      const now = ctx.now();
      // another bureau's entry is not found (its existence does not leak)
      const entry = await ctx.db.transaction((tx) => disableLibraryEntry(tx, p.jurisdiction, request.params.id, request.body.reason, p.name, now)).catch(asApiError);
      return view(entry, await names([entry]), ctx.today());
    },
  );
}
