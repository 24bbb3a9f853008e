// What the officer's console needs beyond the case API: the input schemas of every step
// (forms are drawn from them), the people of the jurisdiction by name (pickers show names,
// never usernames), each role's 待办, the whole 案卷 of a case (every step's inputs, its
// attachments, its documents with their 文号 or what is missing), who acts next and why
// the other steps are not yet open.
import { z } from 'zod';
import {
  DOCUMENT_KINDS,
  DocumentError,
  availableSteps,
  executionStatus,
  documentInput,
  getAttachment,
  classifiedAttachments,
  handlesCase,
  withheldInput,
  sourceReportOf,
  WITHHELD,
  listEvents,
  stepInputJsonSchema,
  STEP_INPUT_IDS,
  type CaseState,
  type DocumentKind,
  type ProcedureDef,
  type StepDef,
  type User,
} from '../../cases/index.js';
import { chineseNumeral, deadlineStatus, formatYuan, shanghaiDateOf } from '../../law/index.js';
import { requirePermission, type Principal } from '../auth.js';
import { ApiError, ErrorBody, notFound } from '../errors.js';
import { within } from '../jurisdictions.js';
import { logCaseAccess } from '../case-access.js';
import type { App, ServerContext } from '../context.js';
import { sendJson, type CaseModule } from './cases.js';
import { browserHas, stepForm, taggedJson, type StepForm } from '../step-forms.js';

const CaseId = z.object({ id: z.string().regex(/^\d{4}-\d{6}$/, '案件编号格式应为 YYYY-NNNNNN') });
type Colour = 'green' | 'yellow' | 'red';

/**
 * Steps that are never "the next step" of a case: those that may be taken in any state
 * (回避, 计时, 延期), and those that leave the normal course (中止, 终止, 撤销, 不予 …: to an
 * end state other than the procedure's normal end, or by their name).
 */
export const isSideStep = (s: StepDef, proc?: ProcedureDef) =>
  s.from.includes('*') ||
  /^(中止|终止|撤销|不予|变更)/.test(s.id) ||
  OCCASIONAL.has(s.id) ||
  (!!proc && typeof s.to === 'string' && proc.end.includes(s.to) && s.to !== proc.end[0]);

/** Steps taken when something happens (an application, an appeal, a refund), never simply "next". */
const OCCASIONAL = new Set([
  '申请暂缓分期', '申请行政复议', '提起行政诉讼', '复议诉讼结果', '退还',
  // 管辖的变更 (暂行规定 第十条至第十二条): taken when a department finds the case is not (only) its own
  '移送管辖', '提级管辖', '指定下级管辖', '发生管辖权争议', '报请指定管辖',
]);

/**
 * Steps that answer an application (批准 or 不予批准 暂缓/分期): next only while one is pending —
 * when the engine's guards would accept them — and otherwise not mentioned at all.
 */
const ANSWERS = new Set([
  '批准暂缓分期', '不予批准暂缓分期',
  // a 管辖权争议 pending (协商, the common superior's 指定), a moved case without its new officers
  '协商管辖', '指定管辖', '确定承办人员',
]);

const Person = z.object({
  name: z.string().describe('账户（仅作取值，界面显示姓名）'),
  displayName: z.string(),
  roles: z.array(z.string()),
  jurisdiction: z.string(),
  certificate: z.object({ no: z.string(), validFrom: z.string(), validTo: z.string() }).nullable(),
});

const NextBody = z.object({
  mine: z.array(z.object({ step: z.string(), description: z.string().optional() })),
  others: z.array(z.object({ step: z.string(), roles: z.array(z.string()), people: z.array(z.string()), reason: z.string() })),
  /** steps of the normal course not open now: an earlier step, the decision carried out, or the engine's guards refuse them (its reason) */
  blocked: z.array(z.object({ step: z.string(), roles: z.array(z.string()), people: z.array(z.string()), reason: z.string() })),
  /** the viewer's other steps (occasional, side steps) the engine would refuse now: not offered */
  refused: z.array(z.object({ step: z.string(), reason: z.string() })),
  waiting: z.array(z.object({ label: z.string(), due: z.string(), basis: z.string() })),
  closed: z.boolean(),
});

const TodoItem = z.object({
  caseId: z.string(),
  procedureName: z.string(),
  kind: z.string(),
  state: z.string(),
  party: z.string().nullable(),
  itemName: z.string().nullable(),
  openedAt: z.string(),
  steps: z.array(z.object({ step: z.string(), description: z.string().optional() })),
  deadline: z.object({ label: z.string(), due: z.string(), colour: z.enum(['green', 'yellow', 'red']), basis: z.string(), provisional: z.boolean() }).nullable(),
});

const FileBody = z.object({
  events: z.array(
    z.object({
      seq: z.number(),
      step: z.string(),
      input: z.string(),
      actor: z.string(),
      actorName: z.string(),
      at: z.string(),
      inputs: z.unknown(),
      attachments: z.array(z.object({ name: z.string(), sha256: z.string(), size: z.number().optional(), fileName: z.string().optional() })),
    }),
  ),
  documents: z.array(z.object({ kind: z.string(), step: z.string(), ok: z.boolean(), docNumber: z.string().optional(), problem: z.string().optional() })),
  next: NextBody,
  names: z.record(z.string(), z.string()),
  /** the server's today (Asia/Shanghai): forms date their steps by it */
  today: z.string(),
});

function basisText(b: CaseState['deadlines'][number]['basis']): string {
  if ('text' in b && typeof b.text === 'string') return b.text;
  if ('seed' in b) return `事项清单规定：「${b.quote}」`;
  if ('bureau' in b) return `本局规定：${b.bureau}`;
  return '—';
}

const ROLE_ORDER = ['执法人员', '法制审核员', '负责人', '主要负责人', '法制机构负责人'];

/** The step's state-changing role in the procedure: a repeatable step done once is not a "to do" again. */
function stillToDo(s: StepDef, c: CaseState, today: string): boolean {
  // money still owed and penalties still to carry out keep 缴款 and 执行 on the list
  if (s.effects.includes('recordPayment') || s.effects.includes('executeMeasure')) {
    if (!c.penalty.decided) return false;
    const st = executionStatus(c, today);
    return s.effects.includes('recordPayment') ? st.totalOutstandingFen > 0 : st.measuresOutstanding.length > 0;
  }
  if (s.id === '公示' && (c.done['公示'] || c.done['不予公示'])) return false;
  if (c.closed && !s.afterEnd) return false;
  if (!c.done[s.id]) return true;
  if (s.to === 'same') return false;
  if (typeof s.to === 'object' && s.id === '法制审核') return c.legalReview?.conclusion !== '同意';
  return true;
}

/** 结案 waits for the decision to be carried out (it may still close on another 执行结果: then it is taken from 其他环节). */
function awaitingExecution(s: StepDef, c: CaseState, today: string): string | null {
  if (!s.effects.includes('close') || c.penalty.decided?.kind !== '行政处罚') return null;
  const st = executionStatus(c, today);
  if (st.totalOutstandingFen <= 0 && st.measuresOutstanding.length === 0) return null;
  const owed = [st.totalOutstandingFen > 0 ? `尚欠 ${formatYuan(st.totalOutstandingFen)}` : '', st.measuresOutstanding.length ? `待执行：${st.measuresOutstanding.join('、')}` : ''].filter(Boolean).join('；');
  return `须待行政处罚决定执行完毕（${owed}）`;
}

/**
 * Every step input's form and every procedure's steps, serialized once (about 240 KB): the
 * console's 案卷 view and 办案程序 page read it. Answered with an ETag of its bytes, and 304 when
 * the browser has them already (no-cache: revalidated on every use, never sent again unchanged).
 */
let allInputs: { key: string; form: StepForm } | undefined;

export function consoleRoutes(app: App, ctx: ServerContext, mod: CaseModule): void {
  const { service, procedures } = mod;
  const today = () => shanghaiDateOf(ctx.now());
  const colourOf = (due: string): Colour => deadlineStatus(due.length > 10 ? shanghaiDateOf(due) : due, today());

  const scoped = async (id: string, p: Principal): Promise<string> => {
    const { rows } = await ctx.db.query<{ jurisdiction_id: string | null }>('SELECT jurisdiction_id FROM case_scope WHERE id = $1', [id]);
    const j = rows[0]?.jurisdiction_id;
    if (!j || !within(p.jurisdiction, j)) throw notFound('案件');
    return j;
  };
  const people = async (p: Principal): Promise<User[]> =>
    [...(await service.users()).values()].filter((u) => u.jurisdiction && (within(p.jurisdiction, u.jurisdiction) || within(u.jurisdiction, p.jurisdiction)));

  /**
   * Who acts next, and why the other steps of the current state are not the viewer's. Each
   * step proposed is first run through the engine's guards on the case as it is (a dry run
   * that writes nothing, src/cases/engine/precheck.ts): a step the engine would refuse now
   * is listed as blocked with the engine's reason, never offered.
   */
  const nextOf = async (c: CaseState, proc: ProcedureDef, viewer: Principal, userMap: Map<string, User>): Promise<z.infer<typeof NextBody>> => {
    const users = [...userMap.values()];
    const check = await service.prechecker(c, ctx.now(), userMap);
    const open = new Set(availableSteps(c, proc));
    const mine: z.infer<typeof NextBody>['mine'] = [];
    const others: z.infer<typeof NextBody>['others'] = [];
    const blocked: z.infer<typeof NextBody>['blocked'] = [];
    const day = today();
    const certified = (u: User) => !!u.certificate && u.certificate.validFrom <= day && day <= u.certificate.validTo;
    for (const s of proc.steps) {
      if (!open.has(s.id) || isSideStep(s, proc)) continue;
      const unmet = s.after.filter((a) => !c.done[a]);
      // the case's officers for an officer's step; the other roles from the case's jurisdiction
      const officers = s.roles.includes('执法人员') && c.officers.length ? c.officers.map((o) => userMap.get(o)).filter((u): u is User => !!u) : [];
      const otherRoles = s.roles.filter((r) => r !== '执法人员' || !c.officers.length);
      const holders = [...new Set([...officers, ...users.filter((u) => u.jurisdiction === c.jurisdiction.path && otherRoles.some((r) => u.roles.includes(r)) && (!s.certificate || certified(u)))])];
      const entry = (people: User[], reason: string) => ({ step: s.id, roles: s.roles, people: people.map((u) => u.displayName), reason });
      if (unmet.length) {
        blocked.push(entry(holders, `须先完成「${unmet.join('」「')}」`));
        continue;
      }
      if (!stillToDo(s, c, day)) continue;
      const waitsFor = awaitingExecution(s, c, day);
      if (waitsFor) {
        blocked.push(entry(holders, waitsFor));
        continue;
      }
      const viewerHolds = s.roles.some((r) => viewer.roles.includes(r));
      const viewerRefusal = viewerHolds ? check(s.id, viewer.name) : null;
      if (ANSWERS.has(s.id) && (viewerHolds ? viewerRefusal : true) && !holders.some((u) => !check(s.id, u.name))) continue;
      if (viewerHolds && !viewerRefusal) {
        mine.push({ step: s.id, ...(s.description ? { description: s.description } : {}) });
        continue;
      }
      const able = holders.filter((u) => u.name !== viewer.name && !check(s.id, u.name));
      const byRole = `须由${[...s.roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b)).join('或')}办理`;
      if (able.length) others.push(entry(able, viewerRefusal?.message ?? byRole));
      else if (viewerRefusal) blocked.push(entry(holders, viewerRefusal.message));
      else if (holders.length) blocked.push(entry(holders, check(s.id, holders[0]!.name)?.message ?? byRole));
      else others.push(entry([], byRole)); // nobody holds the role here: who should is said
    }
    const listed = new Set([...mine, ...others, ...blocked].map((x) => x.step));
    const refused = proc.steps
      .filter((s) => open.has(s.id) && !listed.has(s.id) && s.roles.some((r) => viewer.roles.includes(r)))
      .flatMap((s) => {
        const r = check(s.id, viewer.name);
        return r ? [{ step: s.id, reason: r.message }] : [];
      });
    const waiting = c.deadlines.filter((d) => d.status === 'open').map((d) => ({ label: d.label, due: d.due, basis: basisText(d.basis) }));
    return { mine, others, blocked, refused, waiting, closed: c.closed };
  };

  app.get(
    '/api/console/step-inputs',
    {
      schema: {
        tags: ['控制台'],
        summary: '各程序各环节的输入定义（JSON Schema，含中文标题与控件类型）：表单据此生成',
        response: {
          200: z.object({
            inputs: z.record(z.string(), z.record(z.string(), z.unknown())),
            procedures: z.array(z.object({ id: z.string(), version: z.number(), name: z.string(), kind: z.string(), steps: z.array(z.object({ id: z.string(), input: z.string(), roles: z.array(z.string()), description: z.string().optional(), basis: z.array(z.string()), attachments: z.array(z.string()) })) })),
          }),
          304: z.null().describe('未变（If-None-Match 与 ETag 相符），无正文'),
          401: ErrorBody,
          403: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'case.read');
      const latest = procedures.latest();
      const key = latest.map((pr) => `${pr.id}@${pr.version}`).join(',');
      if (allInputs?.key !== key) {
        const form = taggedJson({
          inputs: Object.fromEntries(STEP_INPUT_IDS.map((id) => [id, stepInputJsonSchema(id) ?? {}])),
          procedures: latest.map((pr) => ({
            id: pr.id,
            version: pr.version,
            name: pr.name,
            kind: pr.kind,
            steps: pr.steps.map((s) => ({ id: s.id, input: s.input ?? s.id, roles: s.roles, ...(s.description ? { description: s.description } : {}), basis: s.basis, attachments: s.attachments })),
          })),
        });
        allInputs = { key, form };
      }
      const { form } = allInputs;
      reply.header('cache-control', 'private, no-cache');
      reply.header('etag', form.etag);
      if (browserHas(request.headers['if-none-match'], form.etag)) return reply.code(304).send(undefined as unknown as never); // no body: undefined skips the serializer
      return sendJson(reply, form.json);
    },
  );

  app.get(
    '/api/console/step-inputs/:input',
    {
      schema: {
        tags: ['控制台'],
        summary: '一个环节的表单定义（JSON Schema，含中文标题与控件类型）：按案件页所给的摘要（v）请求时，浏览器可长期缓存',
        description:
          '案件页（GET /api/cases/{id}）的 allowedSteps 只给出每个环节的 input 与 schemaHash。以 ?v=<schemaHash> 请求时答复带 Cache-Control: private, max-age=31536000, immutable；' +
          '不带 v 或 v 不是当前摘要时，仍答复当前的表单定义，但带 Cache-Control: no-cache。ETag 为当前摘要，If-None-Match 相符时答复 304。',
        params: z.object({ input: z.string().min(1).max(60).describe('环节输入的名称（环节的 input，如「立案」「调查终结」）') }),
        querystring: z.object({ v: z.string().max(64).optional().describe('表单定义的摘要（案件页 allowedSteps[].schemaHash）') }),
        response: { 200: z.record(z.string(), z.unknown()), 304: z.null().describe('表单定义未变（If-None-Match 与 ETag 相符），无正文'), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'case.read');
      const form = stepForm(request.params.input);
      if (!form) throw new ApiError(404, 'UNKNOWN_STEP_INPUT', `没有名为「${request.params.input}」的环节表单`);
      // the hash names these very bytes: asked by it, the answer never changes; otherwise it is revalidated on every use
      reply.header('cache-control', request.query.v === form.hash ? 'private, max-age=31536000, immutable' : 'no-cache');
      reply.header('etag', form.etag);
      if (browserHas(request.headers['if-none-match'], form.etag)) return reply.code(304).send(undefined as unknown as null); // no body: undefined skips the serializer
      return sendJson(reply, form.json);
    },
  );

  app.get(
    '/api/console/people',
    { schema: { tags: ['控制台'], summary: '本辖区（及上下级）人员：姓名、角色、执法证', response: { 200: z.array(Person), 401: ErrorBody, 403: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'case.read');
      return (await people(p)).map((u) => ({ name: u.name, displayName: u.displayName, roles: u.roles, jurisdiction: u.jurisdiction, certificate: u.certificate ?? null }));
    },
  );

  app.get(
    '/api/todo',
    { schema: { tags: ['控制台'], summary: '待办：本人可办理的环节，按期限排序（临期黄、超期红）', response: { 200: z.object({ items: z.array(TodoItem) }), 401: ErrorBody, 403: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'case.read');
      const { rows } = await ctx.db.query<{ body: CaseState | string }>(
        // closed cases too: 公示 (and other steps allowed after the end) may still be due
        `SELECT c.body FROM cases c JOIN case_scope s ON s.id = c.id WHERE (c.closed = false OR c.state = '已结案') AND (s.jurisdiction_id = $1 OR s.jurisdiction_id LIKE $2)`,
        [p.jurisdiction, p.jurisdiction + '/%'],
      );
      const items: Array<z.infer<typeof TodoItem>> = [];
      const userMap = await service.users();
      for (const r of rows) {
        const c = typeof r.body === 'string' ? (JSON.parse(r.body) as CaseState) : r.body;
        const proc = procedures.get(c.procedure.id, c.procedure.version);
        if (!proc) continue;
        // an officer's cases are those they were assigned to (or not yet assigned to anyone)
        if (p.roles.includes('执法人员') && !p.roles.some((r) => r !== '执法人员' && r !== '基金监管分析员') && c.officers.length && !c.officers.includes(p.name)) continue;
        const open = new Set(availableSteps(c, proc));
        const candidates = proc.steps.filter((s) => open.has(s.id) && !isSideStep(s, proc) && s.roles.some((r) => p.roles.includes(r)) && s.after.every((a) => c.done[a]) && stillToDo(s, c, today()) && !awaitingExecution(s, c, today()));
        // only what the engine would accept from this account now (a dry run of its guards)
        const check = candidates.length ? await service.prechecker(c, ctx.now(), userMap) : () => null;
        const steps = candidates.filter((s) => !check(s.id, p.name));
        if (!steps.length) continue;
        const d = c.deadlines.filter((x) => x.status === 'open' && x.due).sort((a, b) => (a.due < b.due ? -1 : 1))[0];
        const party = c.parties.find((x) => x.角色 === '当事人')?.名称 ?? null;
        items.push({
          caseId: c.id,
          procedureName: c.procedure.name,
          kind: c.kind,
          state: c.state,
          party,
          itemName: c.item?.name ?? null,
          openedAt: c.openedAt,
          steps: steps.map((s) => ({ step: s.id, ...(s.description ? { description: s.description } : {}) })),
          deadline: d ? { label: d.label, due: d.due, colour: colourOf(d.due), basis: basisText(d.basis), provisional: d.provisional } : null,
        });
      }
      items.sort((a, b) => (a.deadline?.due ?? '9999') .localeCompare(b.deadline?.due ?? '9999') || a.caseId.localeCompare(b.caseId));
      return { items };
    },
  );

  app.get(
    '/api/cases/:id/file',
    { schema: { tags: ['控制台'], summary: '案卷：每个环节记录的内容、附件、文书（文号或缺少什么）、下一步由谁办理', params: CaseId, response: { 200: FileBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'case.read');
      await scoped(request.params.id, p);
      const c = await service.get(request.params.id).catch(() => {
        throw notFound('案件');
      });
      await logCaseAccess(ctx.db, p, request.params.id, '查看', '案卷', request.ip);
      const proc = procedures.get(c.procedure.id, c.procedure.version)!;
      const userMap = await service.users();
      const users = [...userMap.values()];
      const events = await listEvents(ctx.db, { caseId: c.id });
      const names: Record<string, string> = {};
      for (const u of users) names[u.name] = u.displayName;
      const outsider = !!c.report?.classified && !handlesCase(c, p.name);
      // a lead opened from a report marked 涉密: its opening copied the 举报内容 — withheld from those who handle neither
      const from = sourceReportOf(c);
      const report = from && !handlesCase(c, p.name) ? await service.get(from).catch(() => undefined) : undefined;
      const leadOutsider = !!report && !handlesCase(report, p.name) && (report.report?.classified?.materials ?? []).includes('举报内容');
      const withheldOpening = (step: string, inputs: Record<string, unknown>) => {
        const facts = inputs['facts'] as Record<string, unknown> | undefined;
        return leadOutsider && step === '开案' && facts?.['举报内容'] !== undefined ? { ...inputs, facts: { ...facts, 举报内容: WITHHELD } } : inputs;
      };
      const done = new Set(c.history.map((h) => h.step));
      const documents: z.infer<typeof FileBody>['documents'] = [];
      for (const s of proc.steps) {
        if (!done.has(s.id)) continue;
        for (const d of s.documents) {
          if (!(DOCUMENT_KINDS as readonly string[]).includes(d) || documents.some((x) => x.kind === d)) continue;
          try {
            const input = documentInput(d as DocumentKind, c, { users: userMap }) as { docNumber?: unknown };
            documents.push({ kind: d, step: s.id, ok: true, ...(typeof input.docNumber === 'string' ? { docNumber: input.docNumber } : {}) });
          } catch (err) {
            if (!(err instanceof DocumentError)) throw err;
            documents.push({ kind: d, step: s.id, ok: false, problem: err.message });
          }
        }
      }
      return {
        events: events.map((e) => ({
            seq: e.seq,
            step: e.step,
            input: proc.steps.find((s) => s.id === e.step)?.input ?? e.step,
            actor: e.actor,
            actorName: names[e.actor] ?? e.actor,
            at: e.at,
            // 举报处理暂行办法 第十六条第二款: material marked 涉密 only for those who handle the report
            inputs: outsider ? (withheldInput(c, e.step, e.inputs as Record<string, unknown>) as typeof e.inputs) : (withheldOpening(e.step, e.inputs as Record<string, unknown>) as typeof e.inputs),
            attachments: e.attachments.map((a) => ({ name: a.name, sha256: a.sha256, ...(a.size !== undefined ? { size: a.size } : {}), ...(c.attachments.find((x) => x.sha256 === a.sha256)?.fileName ? { fileName: c.attachments.find((x) => x.sha256 === a.sha256)!.fileName! } : {}) })),
          })),
        documents,
        next: await nextOf(c, proc, p, userMap),
        names,
        today: today(),
      };
    },
  );

  const Violation = z.object({ 法规: z.string(), 条: z.number(), 项: z.number().optional(), label: z.string(), text: z.string() });
  app.get(
    '/api/cases/:id/violations',
    {
      schema: {
        tags: ['控制台'],
        summary: '本案事项所依据的条文及其各项（调查终结时选择违法行为所违反的条文），与线索建议的条文',
        params: CaseId,
        response: { 200: z.object({ options: z.array(Violation), proposed: z.object({ 法规: z.string(), 条: z.number(), 项: z.number().optional() }).nullable() }), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'case.read');
      await scoped(request.params.id, p);
      const c = await service.get(request.params.id);
      const item = c.item ? service.ports.resolveItem?.(c.item.ref) : undefined;
      const proposed = (c.facts['violation'] && typeof c.facts['violation'] === 'object' ? (c.facts['violation'] as { 法规: string; 条: number; 项?: number }) : null);
      const articles = [...(item?.articles ?? [])];
      if (proposed && !articles.some((a) => a.statute === proposed.法规 && a.article === proposed.条)) articles.unshift({ statute: proposed.法规, article: proposed.条 });
      const options: Array<z.infer<typeof Violation>> = [];
      const onDate = shanghaiDateOf(ctx.now());
      for (const a of articles) {
        const art = ctx.corpus.article(a.statute, a.article, onDate);
        const head = `《${a.statute}》${art?.label ?? `第${a.article}条`}`;
        const items = art ? art.paragraphs.flatMap((para) => para.items.map((i) => ({ para, i }))) : [];
        if (!items.length) options.push({ 法规: a.statute, 条: a.article, label: head, text: art ? art.paragraphs.map((x) => x.text).join('') : '' });
        for (const { para, i } of items) {
          const pLabel = art!.paragraphs.length > 1 ? `第${chineseNumeral(para.number)}款` : '';
          options.push({ 法规: a.statute, 条: a.article, 项: i.number, label: `${head}${pLabel}第（${chineseNumeral(i.number)}）项`, text: i.text });
        }
      }
      return { options, proposed: proposed ? { 法规: proposed.法规, 条: proposed.条, ...(proposed.项 ? { 项: proposed.项 } : {}) } : null };
    },
  );

  app.get(
    '/api/cases/:id/attachments/:sha256',
    {
      schema: {
        tags: ['控制台'],
        summary: '查看或下载案件的附件',
        params: CaseId.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/, '附件编号应为64位十六进制') }),
        querystring: z.object({ download: z.enum(['1']).optional() }),
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'case.read');
      await scoped(request.params.id, p);
      const c = await service.get(request.params.id);
      const a = c.attachments.find((x) => x.sha256 === request.params.sha256);
      if (!a) throw notFound('附件');
      // 举报处理暂行办法 第十六条第二款: 涉密 material is never exported, and seen only by those who handle the report
      if (classifiedAttachments(c).has(a.sha256) && (request.query.download || !handlesCase(c, p.name))) {
        throw new ApiError(403, 'CLASSIFIED', `附件「${a.name}」已标记为涉密，${request.query.download ? '不得导出' : '只有办理该举报的人员可以查看'}（《医疗保障基金使用监督管理举报处理暂行办法》第十六条第二款）`);
      }
      const stored = await getAttachment(ctx.db, a.sha256);
      if (!stored) throw notFound('附件内容');
      await logCaseAccess(ctx.db, p, request.params.id, request.query.download ? '导出' : '查看', `附件：${a.name}`, request.ip);
      const file = a.fileName ?? `${a.name}`;
      const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
      const TYPES: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', txt: 'text/plain; charset=utf-8', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
      reply.header('content-type', stored.mediaType ?? (ext ? TYPES[ext] : undefined) ?? 'application/octet-stream');
      reply.header('content-disposition', `${request.query.download ? 'attachment' : 'inline'}; filename="attachment${ext ? '.' + ext : ''}"; filename*=UTF-8''${encodeURIComponent(file)}`);
      reply.header('x-content-type-options', 'nosniff');
      return reply.send(stored.content);
    },
  );
}
