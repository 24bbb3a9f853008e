// 委托书 (医疗保障行政处罚程序暂行规定 第八条; 行政处罚法 第二十条): a bureau's heads register the
// 委托书 it gives a 受托组织 — 具体事项、权限、期限 — which is published on the portal at once
// (第八条第三款), and may end one early. The 委托机关 is always the head's own bureau; a user of
// a 受托组织 registers none (不得再委托, 第八条第二款). Every registration and ending is appended
// to the hash-chained record. The case engine reads them through the case service.
import { z } from 'zod';
import {
  appendEvent,
  checkPowers,
  delegablePowers,
  DelegationError,
  DelegationInputSchema,
  endDelegation,
  inForce,
  loadDelegations,
  registerDelegation,
  type Delegation,
} from '../../cases/index.js';
import { requirePermission } from '../auth.js';
import { ApiError, ErrorBody, forbidden, notFound } from '../errors.js';
import { jurisdiction, within } from '../jurisdictions.js';
import { CalendarDate } from '../limits.js';
import type { App, ServerContext } from '../context.js';
import type { CaseModule } from './cases.js';

export const DELEGATION_REGISTERED_STEP = '登记委托书';
export const DELEGATION_ENDED_STEP = '终止委托';

const Matter = z.union([z.object({ 类别: z.string() }), z.object({ 事项: z.string(), 名称: z.string() })]);
export const DelegationView = z.object({
  id: z.string(),
  文号: z.string(),
  委托机关: z.object({ jurisdiction: z.string(), name: z.string() }),
  受托组织: z.object({ 名称: z.string(), 统一社会信用代码: z.string() }),
  委托事项: z.array(Matter),
  权限: z.array(z.string()),
  起始日期: z.string(),
  截止日期: z.string(),
  终止日期: z.string().optional(),
  公布日期: z.string(),
  状态: z.enum(['未生效', '有效', '已届满', '已终止']),
});

function statusOn(d: Delegation, today: string): z.infer<typeof DelegationView>['状态'] {
  if (d.终止日期 && d.终止日期 < today) return '已终止';
  if (inForce(d, today)) return '有效';
  return today < d.起始日期 ? '未生效' : '已届满';
}

/** The bureau's name as the portal and the console show it (the jurisdiction list's). */
const bureauOf = (path: string) => jurisdiction(path)?.bureau ?? path;

export function delegationRoutes(app: App, ctx: ServerContext, mod: CaseModule): void {
  const view = (d: Delegation) => ({ ...d, 状态: statusOn(d, ctx.today()) });
  const organisationOf = async (name: string): Promise<string | null> =>
    (await ctx.db.query<{ org_code: string }>('SELECT org_code FROM user_organisations WHERE user_name = $1', [name])).rows[0]?.org_code ?? null;

  app.get(
    '/api/delegations',
    { schema: { tags: ['委托执法'], summary: '本辖区及下级辖区的委托书（暂行规定第八条）', response: { 200: z.array(DelegationView), 401: ErrorBody, 403: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'case.read');
      return (await loadDelegations(ctx.db, undefined, bureauOf)).filter((d) => within(p.jurisdiction, d.委托机关.jurisdiction)).map(view);
    },
  );

  app.get(
    '/api/delegation-organisations',
    {
      schema: {
        tags: ['委托执法'],
        summary: '本辖区及下级辖区委托书的受托组织（账户管理中指定委托执法人员所属组织）',
        response: { 200: z.array(z.object({ 统一社会信用代码: z.string(), 名称: z.string(), 委托机关: z.string() })), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'users.read');
      const seen = new Map<string, { 统一社会信用代码: string; 名称: string; 委托机关: string }>();
      for (const d of await loadDelegations(ctx.db, undefined, bureauOf)) {
        if (!within(p.jurisdiction, d.委托机关.jurisdiction)) continue;
        const key = `${d.委托机关.jurisdiction}|${d.受托组织.统一社会信用代码}`;
        if (!seen.has(key)) seen.set(key, { 统一社会信用代码: d.受托组织.统一社会信用代码, 名称: d.受托组织.名称, 委托机关: d.委托机关.jurisdiction });
      }
      return [...seen.values()];
    },
  );

  app.get(
    '/api/delegation-powers',
    {
      schema: {
        tags: ['委托执法'],
        summary: '可委托的事项类别及其办案环节（行政强制措施不得委托，不在其列）',
        response: { 200: z.array(z.object({ kind: z.string(), procedures: z.array(z.object({ id: z.string(), name: z.string(), steps: z.array(z.string()) })) })), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      requirePermission(request, 'case.read');
      return delegablePowers(mod.procedures);
    },
  );

  app.post(
    '/api/delegations',
    {
      schema: {
        tags: ['委托执法'],
        summary: '登记并公布本局的委托书（具体事项、权限、期限；暂行规定第八条第三款）',
        body: DelegationInputSchema,
        response: { 201: DelegationView, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'delegation.write');
      if (await organisationOf(p.name)) {
        throw new ApiError(403, 'DELEGATION_ONWARD', '受托组织的人员不得再委托其他组织或者个人（医疗保障行政处罚程序暂行规定第八条第二款、行政处罚法第二十条第四款）');
      }
      const b = request.body;
      try {
        checkPowers(mod.procedures, b, (ref) => mod.service.ports.resolveItem?.(ref)?.kind);
        const d = await ctx.db.transaction(async (tx) => {
          const registered = await registerDelegation(tx, p.jurisdiction, b, p.name, ctx.now(), bureauOf);
          await appendEvent(tx, {
            caseId: null, actor: p.name, step: DELEGATION_REGISTERED_STEP,
            inputs: { 委托机关: p.jurisdiction, 文号: b.文号, 受托组织: b.受托组织名称, 统一社会信用代码: b.统一社会信用代码, 委托事项: b.委托事项, 权限: b.权限, 起始日期: b.起始日期, 截止日期: b.截止日期 },
          });
          return registered;
        });
        reply.code(201);
        return view(d);
      } catch (err) {
        if (err instanceof DelegationError) throw new ApiError(err.code === 'DELEGATION_EXISTS' ? 409 : 400, err.code, err.message);
        throw err;
      }
    },
  );

  app.post(
    '/api/delegations/:id/end',
    {
      schema: {
        tags: ['委托执法'],
        summary: '提前终止委托（自终止日期届满时起，受托组织不得再以本局名义办案；公示同步更新）',
        params: z.object({ id: z.string().regex(/^\d{1,18}$/) }),
        body: z.object({ 终止日期: CalendarDate, 理由: z.string().trim().min(2, '请写明终止理由').max(500) }),
        response: { 200: DelegationView, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'delegation.write');
      const d = (await loadDelegations(ctx.db, undefined, bureauOf)).find((x) => x.id === request.params.id);
      if (!d || !within(p.jurisdiction, d.委托机关.jurisdiction)) throw notFound('委托书');
      if (d.委托机关.jurisdiction !== p.jurisdiction) throw forbidden('只能终止本局作出的委托');
      if (await organisationOf(p.name)) throw new ApiError(403, 'DELEGATION_ONWARD', '受托组织的人员不得变更委托（医疗保障行政处罚程序暂行规定第八条第二款）');
      const b = request.body;
      if (b.终止日期 < d.起始日期) throw new ApiError(400, 'BAD_END', `终止日期早于委托的起始日期 ${d.起始日期}`);
      await ctx.db.transaction(async (tx) => {
        await endDelegation(tx, d.id, b.终止日期, b.理由, p.name);
        await appendEvent(tx, { caseId: null, actor: p.name, step: DELEGATION_ENDED_STEP, inputs: { 委托机关: d.委托机关.jurisdiction, 文号: d.文号, 终止日期: b.终止日期, 理由: b.理由 } });
      });
      return view((await loadDelegations(ctx.db, [d.委托机关.jurisdiction], bureauOf)).find((x) => x.id === d.id)!);
    },
  );

  app.get(
    '/api/public/delegations',
    { schema: { tags: ['公示'], summary: '委托书公示（委托机关、受托组织、委托事项、权限、期限；暂行规定第八条第三款）', response: { 200: z.array(DelegationView) } } },
    async () => (await loadDelegations(ctx.db, undefined, bureauOf)).map(view),
  );
}
