// 案件: open (from an item or a lead), list with deadline colours, show with its timeline
// and the steps the account may take now, act, documents, record verification, and the
// dashboard's case figures. The engine's guards apply behind every step.
import { z } from 'zod';
import {
  CaseError,
  DOCUMENT_KINDS,
  DocumentError,
  documentInput,
  listEvents,
  loadProcedures,
  renderDocx,
  buildCaseVolume,
  renderCaseVolume,
  renderPdf,
  verifyRecord,
  executionStatus,
  citableEvidence,
  caseSuspects,
  localReviewSituations,
  publicTypicalCase,
  REPORT_PROCEDURE,
  CaseService,
  realPorts,
  mainParty,
  PartiesSchema,
  type CasePorts,
  type CaseState,
  type DocumentKind,
  type ProcedureRegistry,
  type StepDef,
} from '../../cases/index.js';
import { chosenMeasures, deadlineStatus, shanghaiDateOf, shanghaiInstant } from '../../law/index.js';
import { parseItemRef } from '../../catalog/index.js';
import { requirePermission, type Principal } from '../auth.js';
import { ApiError, ErrorBody, forbidden, notFound } from '../errors.js';
import { jurisdiction, within } from '../jurisdictions.js';
import type { App, ServerContext } from '../context.js';
import type { Store } from '../../store/index.js';
import type { CaseStats } from './stats.js';
import { verifyRecordFor } from '../record-verify.js';
import { StepInput, storeUpload } from '../limits.js';
import { caseAccessLog, logCaseAccess } from '../case-access.js';
import { stepForm } from '../step-forms.js';

type Colour = 'green' | 'yellow' | 'red';
const RANK: Record<Colour, number> = { green: 0, yellow: 1, red: 2 };

const CaseId = z.object({ id: z.string().regex(/^\d{4}-\d{6}$/, '案件编号格式应为 YYYY-NNNNNN') });

export const CaseListItem = z.object({
  id: z.string(),
  kind: z.string(),
  procedure: z.string(),
  procedureName: z.string(),
  item: z.string().nullable(),
  itemName: z.string().nullable(),
  state: z.string(),
  closed: z.boolean(),
  party: z.string().nullable(),
  officers: z.array(z.string()),
  openedAt: z.string(),
  updatedAt: z.string(),
  jurisdiction: z.string(),
  jurisdictionName: z.string(),
  colour: z.enum(['green', 'yellow', 'red']).nullable().describe('最紧迫的未届满期限：绿（充裕）、黄（≤3 个工作日）、红（已超期）'),
  nextDeadline: z.object({ label: z.string(), due: z.string() }).nullable(),
});
type CaseListItem = z.infer<typeof CaseListItem>;
const CaseListBody = z.object({ items: z.array(CaseListItem) });

/**
 * A JSON answer as the bytes that are sent: validated against its schema and serialized once,
 * when it is cached, then sent as it is (no serializer, no UTF-8 encoding, no byte count per request).
 */
function jsonBytes<T>(schema: z.ZodType<T>, value: unknown): Buffer {
  return Buffer.from(JSON.stringify(schema.parse(value)), 'utf8');
}

export function sendJson(reply: { type(t: string): unknown; send(b: unknown): unknown }, json: Buffer): never {
  reply.type('application/json; charset=utf-8');
  return reply.send(json) as never;
}

const DeadlineView = z.object({ id: z.string(), label: z.string(), start: z.string(), due: z.string(), unit: z.string(), amount: z.number(), provisional: z.boolean(), status: z.string(), colour: z.enum(['green', 'yellow', 'red']).nullable() });
const StepView = z.object({
  id: z.string(),
  description: z.string().optional(),
  roles: z.array(z.string()),
  /** the name of the step's input: the console draws the form from its JSON Schema, GET /api/console/step-inputs/{input} */
  input: z.string(),
  schemaHash: z
    .string()
    .nullable()
    .describe('表单定义（JSON Schema）的内容摘要：以 GET /api/console/step-inputs/{input}?v=<摘要> 取得，浏览器可长期缓存；本环节没有输入定义时为空'),
  attachments: z.array(z.string()),
  documents: z.array(z.string()),
  certificate: z.boolean(),
  minOfficers: z.number(),
  basis: z.array(z.string()),
});
/** What the decision orders paid and what was paid, with the 加处罚款 to today (行政处罚法 第七十二条). */
const ExecutionView = z.object({
  dueDate: z.string().optional(),
  lines: z.array(
    z.object({
      kind: z.string(),
      payer: z.string(),
      payee: z.string(),
      amountFen: z.number(),
      paidFen: z.number(),
      refundedFen: z.number(),
      outstandingFen: z.number(),
      lateFine: z.object({ amountFen: z.number(), days: z.number(), capped: z.boolean(), pausedDays: z.number(), computation: z.string(), citation: z.string() }).optional(),
    }),
  ),
  totalDueFen: z.number(),
  totalPaidFen: z.number(),
  totalOutstandingFen: z.number(),
  paidInFull: z.boolean(),
  overdue: z.boolean(),
  appealPending: z.boolean(),
  revoked: z.boolean(),
  measuresOutstanding: z.array(z.string()),
});
const CasePageBody = z.object({
            case: z.record(z.string(), z.unknown()),
            jurisdiction: z.string(),
            procedure: z.object({ id: z.string(), version: z.number(), name: z.string(), end: z.array(z.string()) }),
            allowedSteps: z.array(StepView).describe('当前状态下、本人角色可办理的环节（引擎的其他条件在提交时检查）'),
            availableSteps: z.array(z.string()),
            deadlines: z.array(DeadlineView),
            timeline: z.array(z.object({ seq: z.number(), step: z.string(), actor: z.string(), actorName: z.string(), at: z.string(), attachments: z.array(z.object({ name: z.string(), sha256: z.string() })), hash: z.string() })),
            documents: z.array(z.string()),
            reviewSituations: z
              .array(z.object({ text: z.string(), citation: z.string() }))
              .describe('本案辖区今日有效的本地重大行政执法决定法制审核情形（国家规定已涵盖的除外；暂行规定第三十七条第一款第（五）项）'),
            suspects: z
              .array(z.object({ 编号: z.string(), 内容: z.string(), 发生日期: z.string().optional(), 涉及金额Fen: z.number().optional(), 来源: z.string(), 说明: z.array(z.object({ 说明: z.string(), 核实意见: z.string(), 说明人: z.string(), date: z.string() })) }))
              .describe('本案的疑点数据（由智能监控线索立案的来自线索，或经“调取疑点数据”登记）及被检查对象的逐项说明（暂行规定第十八条第一款第（三）项）'),
            evidence: z.array(z.string()).describe('本案可供认定事实引用的证据：已登记的证据、询问笔录、现场检查笔录和取证附件（暂行规定第十九条第四款）'),
            execution: ExecutionView.nullable().describe('执行情况：应缴、已缴、尚欠与至今日的加处罚款（尚未作出处罚决定时为空）'),
            duties: z
              .array(z.object({ duty: z.string(), text: z.string(), basis: z.string().optional(), steps: z.array(z.string()), done: z.boolean() }))
              .describe('清单事项的责任事项链（立案责任、调查责任……），与办理它的环节对应；事项没有列明责任事项时为空'),
            accountability: z
              .object({ situations: z.string().optional(), basis: z.string().optional(), accountable: z.array(z.string()) })
              .nullable()
              .describe('清单事项的追责情形、追责依据与追责对象'),
          });

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

function stepView(s: StepDef): z.infer<typeof StepView> {
  return {
    id: s.id,
    ...(s.description ? { description: s.description } : {}),
    roles: s.roles,
    input: s.input ?? s.id,
    schemaHash: stepForm(s.input ?? s.id)?.hash ?? null,
    attachments: s.attachments,
    documents: s.documents,
    certificate: s.certificate,
    minOfficers: s.minOfficers,
    basis: s.basis,
  };
}

export interface CaseModule {
  service: CaseService;
  procedures: ProcedureRegistry;
}

/**
 * The case service on the server's store (the store module's Store). `ports.resolveItem` is how
 * the engine finds a case's catalog item (without it, the seed files only); `ports.decide`
 * replaces the penalty computation (tests of procedures no real article reaches).
 */
export function caseModule(db: Store, now: () => string = () => shanghaiInstant(), ports: Partial<Pick<CasePorts, 'resolveItem' | 'decide'>> = {}): CaseModule {
  const procedures = loadProcedures();
  return {
    service: new CaseService(db, procedures, realPorts({ today: () => shanghaiDateOf(now()), ...(ports.resolveItem ? { resolveItem: ports.resolveItem } : {}), ...(ports.decide ? { decide: ports.decide } : {}) })),
    procedures,
  };
}

export function caseRoutes(app: App, ctx: ServerContext, mod: CaseModule): void {
  const { service, procedures } = mod;
  ctx.features.add('cases');
  const cache = ctx.caseCache;
  const scopes = new Map<string, string>();
  const today = ctx.today;
  const colourOf = (due: string): Colour => deadlineStatus(due.length > 10 ? shanghaiDateOf(due) : due, today());

  /** A case's jurisdiction (remembered; a step that moves the case to another department updates it: 暂行规定 第十条至第十二条). */
  const scopeOf = async (id: string): Promise<string | undefined> => {
    const known = scopes.get(id);
    if (known) return known;
    const { rows } = await ctx.db.query<{ jurisdiction_id: string | null }>('SELECT jurisdiction_id FROM case_scope WHERE id = $1', [id]);
    const j = rows[0]?.jurisdiction_id ?? undefined;
    if (j) scopes.set(id, j);
    return j;
  };
  /** The case, if it lies within the principal's jurisdiction; else 404 (no existence leak). */
  const scopedCase = async (id: string, p: Principal): Promise<string> => {
    const j = await scopeOf(id);
    if (!j || !within(p.jurisdiction, j)) throw notFound('案件');
    return j;
  };

  const list = async (p: Principal, filters: { state?: string; kind?: string; closed?: boolean; colour?: Colour; q?: string; limit: number; offset: number }): Promise<CaseListItem[]> => {
    const params: unknown[] = [p.jurisdiction, p.jurisdiction + '/%'];
    const where = ['(s.jurisdiction_id = $1 OR s.jurisdiction_id LIKE $2)'];
    if (filters.state) where.push(`c.state = $${params.push(filters.state)}`);
    if (filters.kind) where.push(`c.kind = $${params.push(filters.kind)}`);
    if (filters.closed !== undefined) where.push(`c.closed = $${params.push(filters.closed)}`);
    if (filters.q) where.push(`(c.id LIKE $${params.push('%' + filters.q + '%')} OR c.body->'item'->>'name' LIKE $${params.length} OR c.body->'parties'->0->>'名称' LIKE $${params.length})`);
    const { rows } = await ctx.db.query<{
      id: string; kind: string; procedure_id: string; state: string; closed: boolean; opened_at: string | Date; updated_at: string | Date; item_ref: string | null;
      item_name: string | null; party: string | null; proc_name: string | null; officers: string[] | null; jurisdiction_id: string;
    }>(
      `SELECT c.id, c.kind, c.procedure_id, c.state, c.closed, c.opened_at, c.updated_at, c.item_ref,
              c.body->'item'->>'name' AS item_name, (SELECT p->>'名称' FROM jsonb_array_elements(c.body->'parties') p WHERE p->>'角色' = '当事人' LIMIT 1) AS party, c.body->'procedure'->>'name' AS proc_name,
              c.body->'officers' AS officers, s.jurisdiction_id
         FROM cases c JOIN case_scope s ON s.id = c.id
        WHERE ${where.join(' AND ')}
        ORDER BY c.opened_at DESC, c.id DESC LIMIT ${filters.limit} OFFSET ${filters.offset}`,
      params,
    );
    const ids = rows.map((r) => r.id);
    const deadlines = ids.length
      ? (await ctx.db.query<{ case_id: string; label: string; due: string }>("SELECT case_id, label, due FROM case_deadlines WHERE status = 'open' AND case_id = ANY($1) ORDER BY due", [ids])).rows
      : [];
    const worst = new Map<string, { colour: Colour; label: string; due: string }>();
    for (const d of deadlines) {
      const colour = colourOf(d.due);
      const prev = worst.get(d.case_id);
      if (!prev || RANK[colour] > RANK[prev.colour]) worst.set(d.case_id, { colour, label: d.label, due: d.due });
    }
    const out = rows.map((r) => {
      const w = worst.get(r.id);
      return {
        id: r.id,
        kind: r.kind,
        procedure: r.procedure_id,
        procedureName: r.proc_name ?? r.procedure_id,
        item: r.item_ref,
        itemName: r.item_name,
        state: r.state,
        closed: r.closed,
        party: r.party,
        officers: r.officers ?? [],
        openedAt: iso(r.opened_at),
        updatedAt: iso(r.updated_at),
        jurisdiction: r.jurisdiction_id,
        jurisdictionName: jurisdiction(r.jurisdiction_id)?.name ?? r.jurisdiction_id,
        colour: w?.colour ?? null,
        nextDeadline: w ? { label: w.label, due: w.due } : null,
      };
    });
    return filters.colour ? out.filter((c) => c.colour === filters.colour) : out;
  };

  const mapCaseError = (err: unknown): never => {
    if (err instanceof CaseError) {
      const status = err.code === 'UNKNOWN_CASE' ? 404 : 400;
      throw new ApiError(status, err.code, err.message);
    }
    if (err instanceof DocumentError) throw new ApiError(400, `DOCUMENT_${err.code}`, err.message);
    throw err;
  };

  app.get(
    '/api/cases',
    {
      schema: {
        tags: ['案件'],
        summary: '案件列表（本辖区及下级），带期限颜色',
        querystring: z.object({
          state: z.string().max(40).optional(),
          kind: z.string().max(20).optional(),
          closed: z.enum(['true', 'false']).optional(),
          colour: z.enum(['green', 'yellow', 'red']).optional(),
          q: z.string().max(60).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(20).describe('每页条数（默认 20，与控制台每页条数相同）'),
          offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
        }),
        response: { 200: CaseListBody, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'case.read');
      const q = request.query;
      const key = `list\t${p.jurisdiction}\t${today()}\t${JSON.stringify(q)}`;
      return sendJson(reply, await cache.get(key, async () => jsonBytes(CaseListBody, { items: await list(p, { ...(q.state ? { state: q.state } : {}), ...(q.kind ? { kind: q.kind } : {}), ...(q.closed ? { closed: q.closed === 'true' } : {}), ...(q.colour ? { colour: q.colour } : {}), ...(q.q ? { q: q.q } : {}), limit: q.limit, offset: q.offset }) }), request.storeRevision));
    },
  );

  app.get(
    '/api/procedures',
    { schema: { tags: ['案件'], summary: '程序（最新版本）', response: { 200: z.array(z.object({ id: z.string(), version: z.number(), name: z.string(), kind: z.string(), variants: z.array(z.string()), description: z.string() })), 401: ErrorBody, 403: ErrorBody } } },
    async (request) => {
      requirePermission(request, 'case.read');
      return procedures.latest().map((pr) => ({ id: pr.id, version: pr.version, name: pr.name, kind: pr.kind, variants: pr.variants, description: pr.description }));
    },
  );

  app.post(
    '/api/cases',
    {
      schema: {
        tags: ['案件'],
        summary: '开案（由清单事项或线索）',
        body: z.object({
          item: z.string().max(100).optional().describe('事项编号 <清单文件名>#<序号>'),
          procedure: z.string().max(40).optional(),
          variant: z.string().max(40).optional(),
          parties: PartiesSchema.optional(),
          facts: z.record(z.string(), z.unknown()).optional(),
          jurisdiction: z.string().max(100).optional(),
        }),
        response: { 201: z.object({ id: z.string(), state: z.string(), procedure: z.string() }), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'case.write');
      const b = request.body;
      const target = b.jurisdiction ?? p.jurisdiction;
      if (!jurisdiction(target)) throw new ApiError(400, 'UNKNOWN_JURISDICTION', `未知辖区：${target}`);
      if (!within(p.jurisdiction, target)) throw forbidden('只能在本辖区及下级辖区开案');
      if (!b.item && !b.procedure) throw new ApiError(400, 'NO_PROCEDURE', '须指定事项（item）或程序（procedure）');
      let state: CaseState;
      try {
        state = await service.open({
          now: ctx.now(),
          ...(b.item ? { item: b.item } : {}),
          ...(b.procedure ? { procedure: b.procedure } : {}),
          ...(b.variant ? { variant: b.variant } : {}),
          ...(b.parties ? { parties: b.parties } : {}),
          jurisdiction: target,
          ...(b.facts ? { facts: b.facts } : {}),
          actor: p.name,
        });
      } catch (err) {
        return mapCaseError(err);
      }
      cache.invalidate();
      reply.code(201);
      return { id: state.id, state: state.state, procedure: state.procedure.id };
    },
  );

  app.get(
    '/api/cases/:id',
    {
      schema: {
        tags: ['案件'],
        summary: '案件：状态、时间线、现在可由本人办理的环节、期限、文书',
        params: CaseId,
        response: {
          200: CasePageBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'case.read');
      const j = await scopedCase(request.params.id, p);
      await logCaseAccess(ctx.db, p, request.params.id, '查看', '案件', request.ip);
      return sendJson(reply, await cache.get(`case\t${request.params.id}\t${p.name}\t${p.roles.join(',')}\t${today()}`, async () => jsonBytes(CasePageBody, await casePage(p, j, request.params.id)), request.storeRevision));
    },
  );

  /**
   * The item's 责任事项 (as the catalog lists them) beside the steps that discharge each one:
   * a step's `duty` (立案责任 …) names the link of the chain it belongs to.
   */
  const dutyChain = async (view: CaseState, steps: readonly StepDef[], done: ReadonlySet<string>) => {
    const item = view.item ? (await ctx.catalogs.resolveItem(view.item.ref))?.item : undefined;
    if (!item) return { duties: [], accountability: null };
    const duties = item.duties.map((d) => {
      const by = steps.filter((s) => s.duty !== undefined && (s.duty === d.label || s.duty.replace(/责任$/, '') === d.step)).map((s) => s.id);
      return { duty: d.label, text: d.text, ...(d.basis ? { basis: d.basis } : {}), steps: by, done: by.some((s) => done.has(s)) };
    });
    const a = item.accountability;
    const accountability = a || item.accountable.length ? { ...(a?.situations ? { situations: a.situations } : {}), ...(a?.basis ? { basis: a.basis } : {}), accountable: item.accountable } : null;
    return { duties, accountability };
  };

  const casePage = async (p: Principal, j: string, id: string) => {
    {
      let view;
      try {
        view = await service.show(id, p.name, ctx.now());
      } catch (err) {
        return mapCaseError(err);
      }
      const proc = procedures.get(view.procedure.id, view.procedure.version)!;
      const allowed = proc.steps.filter((s) => view.availableSteps.includes(s.id) && s.roles.some((r) => p.roles.includes(r)));
      const users = await service.users();
      const events = await listEvents(ctx.db, { caseId: view.id });
      const done = new Set(view.history.map((h) => h.step));
      const documents = proc.steps.filter((s) => done.has(s.id)).flatMap((s) => s.documents).filter((d) => (DOCUMENT_KINDS as readonly string[]).includes(d));
      return {
        case: view as unknown as Record<string, unknown>,
        jurisdiction: j,
        procedure: { id: proc.id, version: proc.version, name: proc.name, end: proc.end },
        allowedSteps: allowed.map(stepView),
        availableSteps: view.availableSteps,
        deadlines: view.deadlines.map((d) => ({ id: d.id, label: d.label, start: d.start, due: d.due, unit: d.unit, amount: d.amount, provisional: d.provisional, status: d.status, colour: d.status === 'open' ? colourOf(d.due) : null })),
        timeline: events.map((e) => ({ seq: e.seq, step: e.step, actor: e.actor, actorName: users.get(e.actor)?.displayName ?? e.actor, at: e.at, attachments: e.attachments.map((a) => ({ name: a.name, sha256: a.sha256 })), hash: e.hash })),
        documents: [...new Set(documents)],
        evidence: citableEvidence(view),
        suspects: caseSuspects(view).map((x) => ({ ...x, 说明: (view.suspectExplanations ?? []).filter((e) => e.疑点编号 === x.编号).map(({ 疑点编号: _n, ...e }) => e) })),
        reviewSituations: localReviewSituations(view.jurisdiction.path, today()),
        execution: view.penalty.decided ? executionStatus(view, today()) : null,
        ...(await dutyChain(view, proc.steps, done)),
      };
    }
  };

  app.post(
    '/api/cases/:id/act',
    {
      schema: {
        tags: ['案件'],
        summary: '办理一个环节（引擎检查角色、执法证、回避、期限、处罚幅度等；被拒绝时不作任何改变）',
        params: CaseId,
        body: z.object({ step: z.string().min(1).max(40), input: StepInput.default({}) }),
        response: { 200: z.object({ id: z.string(), state: z.string(), closed: z.boolean(), spawned: z.array(z.string()) }), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'case.write');
      await scopedCase(request.params.id, p);
      let outcome;
      try {
        // the case is scoped again inside the step's transaction: moved meanwhile, it is not the former department's
        outcome = await service.act(request.params.id, request.body.step, p.name, request.body.input, ctx.now(), p.jurisdiction);
      } catch (err) {
        if (err instanceof CaseError && err.code === 'UNKNOWN_CASE') scopes.delete(request.params.id);
        return mapCaseError(err);
      } finally {
        cache.invalidate();
      }
      if (!outcome.ok) throw new ApiError(409, outcome.refusal.code, outcome.refusal.message);
      scopes.set(outcome.case.id, outcome.case.jurisdiction.path);
      return { id: outcome.case.id, state: outcome.case.state, closed: outcome.case.closed, spawned: outcome.spawned };
    },
  );

  app.post(
    '/api/attachments',
    {
      schema: {
        tags: ['案件'],
        summary: '上传附件（原始字节，application/octet-stream），返回其 SHA-256，供办理环节引用',
        querystring: z.object({ name: z.string().min(1).max(100), fileName: z.string().max(200).optional() }),
        response: { 201: z.object({ name: z.string(), sha256: z.string(), size: z.number(), fileName: z.string().optional() }), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'case.write');
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 application/octet-stream 上传附件的原始内容');
      if (body.length === 0) throw new ApiError(400, 'EMPTY_ATTACHMENT', '附件为空');
      const { sha256, size } = await storeUpload(ctx, p.name, body);
      reply.code(201);
      return { name: request.query.name, sha256, size, ...(request.query.fileName ? { fileName: request.query.fileName } : {}) };
    },
  );

  app.get(
    '/api/cases/:id/documents/:kind',
    {
      schema: {
        tags: ['案件'],
        summary: '下载文书（docx / pdf）',
        params: CaseId.extend({ kind: z.enum(DOCUMENT_KINDS) }),
        querystring: z.object({
          format: z.enum(['docx', 'pdf']).default('docx'),
          n: z.coerce.number().int().min(1).max(1000).optional().describe('第几份询问笔录或现场检查笔录（默认最后一份）'),
        }),
        produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf'],
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'case.read');
      await scopedCase(request.params.id, p);
      const kind = request.params.kind as DocumentKind;
      await logCaseAccess(ctx.db, p, request.params.id, '导出', `文书：${kind}（${request.query.format}）`, request.ip);
      let bytes: Buffer;
      try {
        // 举报处理暂行办法 第十六条第二款: material marked 涉密 is never exported
        const c = await service.exportable(request.params.id);
        const input = documentInput(kind, c, { users: await service.users(), ...(request.query.n ? { transcript: request.query.n } : {}) });
        bytes = request.query.format === 'pdf' ? await renderPdf(kind, input as never) : await renderDocx(kind, input as never);
      } catch (err) {
        return mapCaseError(err);
      }
      const ext = request.query.format;
      reply.header('content-type', ext === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      reply.header('content-disposition', `attachment; filename="${request.params.id}.${ext}"; filename*=UTF-8''${encodeURIComponent(`${request.params.id}-${kind}.${ext}`)}`);
      return reply.send(bytes);
    },
  );

  app.get(
    '/api/cases/:id/volume',
    {
      schema: {
        tags: ['案件'],
        summary: '一案一卷：案卷封面、卷内目录、全部文书、证据材料及附件清单、全过程记录、卷内备考表（PDF）',
        params: CaseId,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'case.read');
      await scopedCase(request.params.id, p);
      await logCaseAccess(ctx.db, p, request.params.id, '导出', '一案一卷', request.ip);
      let bytes: Buffer;
      try {
        const c = await service.exportable(request.params.id);
        const proc = procedures.get(c.procedure.id, c.procedure.version)!;
        const events = await listEvents(ctx.db, { caseId: c.id });
        const volume = buildCaseVolume(c, proc, { users: await service.users() }, events.map((e) => ({ seq: e.seq, step: e.step, actor: e.actor, at: e.at, hash: e.hash })));
        bytes = await renderCaseVolume(volume);
      } catch (err) {
        return mapCaseError(err);
      }
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', `attachment; filename="${request.params.id}-volume.pdf"; filename*=UTF-8''${encodeURIComponent(`${request.params.id}-案卷.pdf`)}`);
      return reply.send(bytes);
    },
  );

  app.get(
    '/api/cases/:id/access',
    {
      schema: {
        tags: ['案件'],
        summary: '案件资料的查看和导出记录：何人何时查看或导出了什么（医疗保障行政处罚程序暂行规定第十七条第二款）',
        params: CaseId,
        response: { 200: z.array(z.object({ at: z.string(), user: z.string(), action: z.enum(['查看', '导出']), what: z.string() })), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'case.read');
      await scopedCase(request.params.id, p);
      return caseAccessLog(ctx.db, request.params.id);
    },
  );

  app.get(
    '/api/record/verify',
    {
      schema: {
        tags: ['案件'],
        summary: '全过程记录校验（哈希链、库外锚点、案件与事件数）：事件数与问题位置只限本辖区的案件',
        response: { 200: z.object({ ok: z.boolean(), events: z.number(), head: z.object({ seq: z.number(), hash: z.string() }).optional(), firstBad: z.object({ seq: z.number(), id: z.string().nullable(), code: z.string(), reason: z.string() }).optional() }), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => verifyRecordFor(ctx, requirePermission(request, 'case.read')),
  );

  app.get(
    '/api/deadlines',
    {
      schema: {
        tags: ['案件'],
        summary: '未届满期限（本辖区），按到期日排序，带颜色',
        response: { 200: z.array(z.object({ caseId: z.string(), label: z.string(), due: z.string(), state: z.string(), colour: z.enum(['green', 'yellow', 'red']), provisional: z.boolean() })), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'case.read');
      const { rows } = await ctx.db.query<{ case_id: string; label: string; due: string; state: string; provisional: boolean }>(
        `SELECT d.case_id, d.label, d.due, c.state, d.provisional FROM case_deadlines d JOIN cases c ON c.id = d.case_id JOIN case_scope s ON s.id = c.id
          WHERE d.status = 'open' AND (s.jurisdiction_id = $1 OR s.jurisdiction_id LIKE $2) ORDER BY d.due LIMIT 1000`,
        [p.jurisdiction, p.jurisdiction + '/%'],
      );
      return rows.map((r) => ({ caseId: r.case_id, label: r.label, due: r.due, state: r.state, colour: colourOf(r.due), provisional: r.provisional }));
    },
  );

  ctx.caseStats = async (p) => caseStats(ctx, p, colourOf);
}

async function caseStats(ctx: ServerContext, p: Principal, colourOf: (due: string) => Colour): Promise<CaseStats> {
  const { rows } = await ctx.db.query<{ id: string; kind: string; state: string; closed: boolean; opened_at: string | Date; updated_at: string | Date; item_ref: string | null; body: CaseState | string }>(
    `SELECT c.id, c.kind, c.state, c.closed, c.opened_at, c.updated_at, c.item_ref, c.body FROM cases c JOIN case_scope s ON s.id = c.id
      WHERE s.jurisdiction_id = $1 OR s.jurisdiction_id LIKE $2`,
    [p.jurisdiction, p.jurisdiction + '/%'],
  );
  const count = <K extends string>(pairs: K[]) => {
    const m = new Map<K, number>();
    for (const k of pairs) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const months = new Map<string, { opened: number; closed: number }>();
  const bump = (month: string, k: 'opened' | 'closed') => {
    const m = months.get(month) ?? { opened: 0, closed: 0 };
    m[k]++;
    months.set(month, m);
  };
  let fines = 0;
  let collected = 0;
  let recovered = 0;
  const bodies = new Map<string, CaseState>();
  for (const r of rows) {
    const body = typeof r.body === 'string' ? (JSON.parse(r.body) as CaseState) : r.body;
    bodies.set(r.id, body);
    bump(iso(r.opened_at).slice(0, 7), 'opened');
    if (r.closed) bump(iso(r.updated_at).slice(0, 7), 'closed');
    const decided = body.penalty?.decided;
    if (decided && body.penalty.decision) {
      for (const m of chosenMeasures(body.penalty.decision, decided.measures)) {
        const amount = m.chosen.amountFen ?? m.amountFen ?? 0;
        if (m.kind === '罚款') fines += amount;
        if (m.kind === '责令退回' || m.kind === '责令追回') recovered += amount;
      }
    }
    // 已缴罚款: the fines (and 加处罚款) recorded as paid at 缴款, less what was refunded (执行 records)
    for (const pay of body.execution?.payments ?? []) if (pay.kind === '罚款' || pay.kind === '加处罚款') collected += pay.amountFen;
    for (const back of body.execution?.refunds ?? []) if (back.kind === '罚款' || back.kind === '加处罚款') collected -= back.amountFen;
  }
  const ids = rows.map((r) => r.id);
  const open = ids.length ? (await ctx.db.query<{ case_id: string; due: string }>("SELECT case_id, due FROM case_deadlines WHERE status = 'open' AND case_id = ANY($1)", [ids])).rows : [];
  const overdue = open.filter((d) => colourOf(d.due) === 'red');
  const office = new Map<string, number>();
  const person = new Map<string, number>();
  const users = new Map((await ctx.db.query<{ name: string; display_name: string | null }>('SELECT name, display_name FROM users')).rows.map((u) => [u.name, u.display_name ?? u.name]));
  for (const d of overdue) {
    const c = rows.find((r) => r.id === d.case_id)!;
    const ref = parseItemRef(c.item_ref ?? '');
    const item = ref ? (await ctx.catalogs.edition(ref.catalogId, ref.edition ?? 1))?.catalog.items.find((i) => i.seq === ref.seq) : undefined;
    const o = item?.departments[0] ?? '未指明机构';
    office.set(o, (office.get(o) ?? 0) + 1);
    for (const who of bodies.get(c.id)?.officers ?? []) person.set(users.get(who) ?? who, (person.get(users.get(who) ?? who) ?? 0) + 1);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    total: rows.length,
    open: rows.filter((r) => !r.closed).length,
    overdue: overdue.length,
    byKind: sorted(count(rows.map((r) => r.kind))).map(([kind, n]) => ({ kind, count: n })),
    byState: sorted(count(rows.map((r) => r.state))).map(([state, n]) => ({ state, count: n })),
    byMonth: [...months].sort().map(([month, v]) => ({ month, ...v })),
    finesImposedFen: fines,
    finesCollectedFen: collected,
    fundsRecoveredFen: recovered,
    overdueByOffice: sorted(office).map(([o, n]) => ({ office: o, count: n })),
    overdueByPerson: sorted(person).map(([who, n]) => ({ person: who, count: n })),
  };
}

// 公示: decisions whose 公示 step is done, personal data masked. Nothing else about cases
// is reachable without login.
export const PublicDecision = z.object({
  caseId: z.string(),
  party: z.string(),
  partyType: z.string(),
  violation: z.string(),
  measures: z.array(z.object({ kind: z.string(), amountFen: z.number().optional(), months: z.number().optional() })),
  decidedAt: z.string(),
  publishedAt: z.string(),
  bureau: z.string(),
});

export const PublicTypicalCase = z.object({ caseId: z.string(), title: z.string(), text: z.string(), publishedAt: z.string(), bureau: z.string() });

export function publicDecisionRoutes(app: App, ctx: ServerContext, maskName: (s: string) => string, maskText: (s: string) => string): void {
  const published = async (id?: string) => {
    const { rows } = await ctx.db.query<{ id: string; body: CaseState | string; jurisdiction_id: string | null }>(
      `SELECT c.id, c.body, s.jurisdiction_id FROM cases c JOIN case_scope s ON s.id = c.id
        WHERE c.kind = '行政处罚' AND c.body->'history' @> '[{"step": "公示"}]'::jsonb ${id ? 'AND c.id = $1' : ''}
        ORDER BY c.updated_at DESC LIMIT 500`,
      id ? [id] : [],
    );
    return rows.flatMap((r) => {
      const c = typeof r.body === 'string' ? (JSON.parse(r.body) as CaseState) : r.body;
      const published = c.history.find((h) => h.step === '公示');
      const decided = c.penalty.decided;
      const decision = c.penalty.decision;
      if (!published || !decided || !decision || decided.kind !== '行政处罚') return [];
      const party = mainParty(c.parties);
      const citizen = party?.类型 === '公民';
      const j = r.jurisdiction_id ? jurisdiction(r.jurisdiction_id) : undefined;
      const chosen = chosenMeasures(decision, decided.measures);
      const cited = chosen.find((m) => m.penalty)?.citation ?? decision.measures[0]?.citation;
      return [
        {
          caseId: c.id,
          party: party ? (citizen ? maskName(party.名称) : maskText(party.名称)) : '（未记载）',
          partyType: party?.类型 ?? '',
          violation: maskText(cited?.text ?? `《${decision.applied.statute}》`),
          measures: chosen.map((m) => ({ kind: m.kind, ...((m.chosen.amountFen ?? m.amountFen) !== undefined ? { amountFen: (m.chosen.amountFen ?? m.amountFen)! } : {}), ...(m.chosen.months !== undefined ? { months: m.chosen.months } : {}) })),
          decidedAt: decided.date,
          publishedAt: published.date,
          bureau: j?.bureau ?? '',
        },
      ];
    });
  };

  // 举报处理暂行办法 第二十条: 典型案例 published after the review of 第十六条第三款 (its masked text only), none marked 涉密
  app.get(
    '/api/public/typical-cases',
    { schema: { tags: ['公示'], summary: '已公布的举报典型案例（经商业秘密、个人隐私审查遮蔽；涉密的不公布）', response: { 200: z.array(PublicTypicalCase) } } },
    async () => {
      const { rows } = await ctx.db.query<{ id: string; body: CaseState | string; jurisdiction_id: string | null }>(
        `SELECT c.id, c.body, s.jurisdiction_id FROM cases c JOIN case_scope s ON s.id = c.id
          WHERE c.procedure_id = $1 AND c.body->'history' @> '[{"step": "发布典型案例"}]'::jsonb ORDER BY c.updated_at DESC LIMIT 500`,
        [REPORT_PROCEDURE],
      );
      return rows.flatMap((r) => {
        const c = typeof r.body === 'string' ? (JSON.parse(r.body) as CaseState) : r.body;
        const t = publicTypicalCase(c, (r.jurisdiction_id ? jurisdiction(r.jurisdiction_id)?.bureau : undefined) ?? '');
        return t ? [t] : [];
      });
    },
  );

  app.get('/api/public/decisions', { schema: { tags: ['公示'], summary: '已公示的行政处罚决定（个人信息已隐去）', response: { 200: z.array(PublicDecision) } } }, async () => published());

  app.get(
    '/api/public/decisions/:id',
    { schema: { tags: ['公示'], summary: '一项已公示的行政处罚决定', params: CaseId, response: { 200: PublicDecision, 404: ErrorBody } } },
    async (request) => {
      const [d] = await published(request.params.id);
      if (!d) throw notFound('公示的处罚决定');
      return d;
    },
  );
}
