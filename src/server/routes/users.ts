// 账户管理: scoped to the administrator's jurisdiction and those below it. Separation of
// duties (职权分离): 系统管理员 holds no case role and cannot give itself one; every change of
// roles (and every account created) is appended to the hash-chained record with who and why.
import { z } from 'zod';
import { ADMIN_ROLES, appendEvent, CASE_ROLES, setUserOrganisation, SYSTEM_ADMIN } from '../../cases/index.js';
import { requirePermission, userColumns } from '../auth.js';
import { ApiError, ErrorBody, forbidden, notFound } from '../errors.js';
import { jurisdiction, within } from '../jurisdictions.js';
import { can, PERMISSIONS, SERVER_ROLES, type Permission } from '../roles.js';
import { hashPassword, passwordProblem, PASSWORD_MAX_LENGTH } from '../password.js';
import { CalendarDate } from '../limits.js';
import { assertRolesCompatible, upsertAccount } from '../users.js';
import type { UserRow } from '../../cases/index.js';
import type { App, ServerContext } from '../context.js';

const Account = z.object({
  name: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  jurisdiction: z.string(),
  certificate: z.object({ no: z.string(), validFrom: z.string(), validTo: z.string() }).nullable(),
  locked: z.boolean(),
  disabled: z.boolean(),
  /** 受托组织 (统一社会信用代码) the account works for (暂行规定 第八条); null: the bureau's own staff */
  organisation: z.string().nullable(),
});

/** The 受托组织 of an account: one the account's bureau has registered a 委托书 to. */
const Organisation = z.string().trim().toUpperCase().regex(/^[0-9A-Z]{18}$/, '受托组织应以18位统一社会信用代码指定').nullable()
  .describe('受托组织的统一社会信用代码（委托执法人员；本局人员不填）');
export const ORGANISATION_CHANGE_STEP = '账户受托组织变更';

const Certificate = z
  .object({ no: z.string().trim().min(1).max(40), validFrom: CalendarDate, validTo: CalendarDate })
  .refine((c) => c.validTo >= c.validFrom, { message: '执法证有效期止日早于起日', path: ['validTo'] });
const Password = z.string().min(1).max(PASSWORD_MAX_LENGTH);
const Reason = z.string().trim().min(2, '请写明变更原因').max(500).describe('变更原因（记入全过程记录）');
const Roles = z.array(z.enum(SERVER_ROLES)).min(1).max(SERVER_ROLES.length);

/** Role changes are configuration events of the record (no case). */
export const ROLE_CHANGE_STEP = '账户角色变更';
export const ACCOUNT_CREATED_STEP = '建立账户';

function accountOf(r: UserRow, locked: Set<string>): z.infer<typeof Account> {
  return {
    name: r.name,
    displayName: r.display_name ?? r.name,
    roles: r.roles ?? [],
    jurisdiction: r.jurisdiction_id ?? '',
    certificate: r.certificate_no ? { no: r.certificate_no, validFrom: r.certificate_valid_from ?? '', validTo: r.certificate_valid_to ?? '' } : null,
    locked: locked.has(r.name),
    disabled: r.disabled,
    organisation: r.organisation_code ?? null,
  };
}

function assertPassword(password: string, account: { name: string; displayName?: string }): void {
  const problem = passwordProblem(password, account);
  if (problem) throw new ApiError(400, 'WEAK_PASSWORD', problem);
}

export function userRoutes(app: App, ctx: ServerContext): void {
  // 第八条: a 受托组织's people act in the name of the bureau that gave it a 委托书 — that bureau's accounts only
  const assertOrganisation = async (code: string | null | undefined, jurisdictionId: string) => {
    if (!code) return;
    const { rows } = await ctx.db.query('SELECT 1 FROM delegations WHERE org_code = $1 AND jurisdiction_id = $2', [code, jurisdictionId]);
    if (!rows.length) throw new ApiError(400, 'NO_DELEGATION', `本局（${jurisdictionId}）未向统一社会信用代码为 ${code} 的组织登记委托书，不能将账户设为该受托组织的人员（医疗保障行政处罚程序暂行规定第八条第三款）`);
  };
  const load = async (name: string, scope: string) => {
    const { rows } = await ctx.db.query<UserRow>(`SELECT ${userColumns()} FROM users WHERE name = $1`, [name]);
    const row = rows[0];
    if (!row || !row.jurisdiction_id || !within(scope, row.jurisdiction_id)) throw notFound('账户');
    return row;
  };
  const view = async (row: UserRow) => accountOf(row, await ctx.sessions.lockedNames([row.name]));

  app.get(
    '/api/roles',
    {
      schema: {
        tags: ['账户'],
        summary: '角色（唯一的角色表）：办案角色与管理角色，各自的权限',
        response: {
          200: z.array(z.object({ role: z.string(), kind: z.enum(['办案', '管理']), permissions: z.array(z.string()), exclusiveWith: z.array(z.string()) })),
          401: ErrorBody,
          403: ErrorBody,
        },
      },
    },
    async (request) => {
      requirePermission(request, 'users.read');
      return SERVER_ROLES.map((role) => ({
        role,
        kind: (ADMIN_ROLES as readonly string[]).includes(role) ? ('管理' as const) : ('办案' as const),
        permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((k) => can([role], k)),
        exclusiveWith: role === SYSTEM_ADMIN ? [...CASE_ROLES] : (CASE_ROLES as readonly string[]).includes(role) ? [SYSTEM_ADMIN] : [],
      }));
    },
  );

  app.get('/api/users', { schema: { tags: ['账户'], summary: '本辖区账户', response: { 200: z.array(Account), 401: ErrorBody, 403: ErrorBody } } }, async (request) => {
    const p = requirePermission(request, 'users.read');
    const { rows } = await ctx.db.query<UserRow>(
      `SELECT ${userColumns()} FROM users WHERE jurisdiction_id = $1 OR jurisdiction_id LIKE $2 ORDER BY name`,
      [p.jurisdiction, p.jurisdiction + '/%'],
    );
    const locked = await ctx.sessions.lockedNames(rows.map((r) => r.name));
    return rows.map((r) => accountOf(r, locked));
  });

  app.get(
    '/api/users/:name',
    { schema: { tags: ['账户'], summary: '账户详情', params: z.object({ name: z.string().max(64) }), response: { 200: Account, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'users.read');
      return view(await load(request.params.name, p.jurisdiction));
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['账户'],
        summary: '新建账户（系统管理员不得兼任办案角色；记入全过程记录）',
        body: z.object({
          name: z.string().regex(/^[a-z][a-z0-9_.-]{1,31}$/, '用户名为 2–32 位小写字母、数字'),
          displayName: z.string().trim().min(1).max(40),
          roles: Roles,
          jurisdiction: z.string().max(100),
          certificate: Certificate.optional(),
          password: Password,
          reason: Reason.optional(),
          organisation: Organisation.optional(),
        }),
        response: { 201: Account, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'users.write');
      const b = request.body;
      if (!jurisdiction(b.jurisdiction)) throw new ApiError(400, 'UNKNOWN_JURISDICTION', `未知辖区：${b.jurisdiction}`);
      if (!within(p.jurisdiction, b.jurisdiction)) throw forbidden('只能在本辖区及下级辖区内建立账户');
      assertRolesCompatible(b.roles);
      if (b.roles.includes('执法人员') && !b.certificate) throw new ApiError(400, 'CERTIFICATE_REQUIRED', '执法人员须填写执法证号及有效期');
      assertPassword(b.password, { name: b.name, displayName: b.displayName });
      await assertOrganisation(b.organisation, b.jurisdiction);
      const existing = await ctx.db.query('SELECT 1 FROM users WHERE name = $1', [b.name]);
      if (existing.rows.length) throw new ApiError(409, 'USER_EXISTS', `用户名 ${b.name} 已存在`);
      await ctx.db.transaction(async (tx) => {
        await upsertAccount(tx, { name: b.name, displayName: b.displayName, roles: b.roles, jurisdiction: b.jurisdiction, password: b.password, organisation: b.organisation ?? null, ...(b.certificate ? { certificate: b.certificate } : {}) });
        await appendEvent(tx, {
          caseId: null,
          actor: p.name,
          step: ACCOUNT_CREATED_STEP,
          inputs: { account: b.name, jurisdiction: b.jurisdiction, roles: b.roles, ...(b.organisation ? { organisation: b.organisation } : {}), ...(b.reason ? { reason: b.reason } : {}) },
        });
      });
      reply.code(201);
      return view(await load(b.name, p.jurisdiction));
    },
  );

  app.patch(
    '/api/users/:name',
    {
      schema: {
        tags: ['账户'],
        summary: '修改账户（角色须写明原因并记入全过程记录；不能给自己授予角色；执法证、密码、停用、解锁）',
        params: z.object({ name: z.string().max(64) }),
        body: z.object({
          displayName: z.string().trim().min(1).max(40).optional(),
          roles: Roles.optional(),
          reason: Reason.optional(),
          certificate: Certificate.nullable().optional(),
          password: Password.optional(),
          disabled: z.boolean().optional(),
          unlock: z.boolean().optional(),
          organisation: Organisation.optional(),
        }),
        response: { 200: Account, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'users.write');
      const row = await load(request.params.name, p.jurisdiction);
      const b = request.body;
      const before = row.roles ?? [];
      const rolesChange = b.roles !== undefined && (b.roles.length !== before.length || b.roles.some((r) => !before.includes(r)));
      if (row.name === p.name && (b.disabled || (b.roles && !b.roles.includes(SYSTEM_ADMIN)))) throw new ApiError(400, 'SELF_LOCKOUT', '不能停用自己的账户或取消自己的管理员角色');
      if (rolesChange && row.name === p.name) throw new ApiError(403, 'SELF_GRANT', '不能变更自己的角色：须由另一名系统管理员办理');
      if (b.roles) assertRolesCompatible(b.roles);
      if (rolesChange && !b.reason) throw new ApiError(400, 'REASON_REQUIRED', '变更角色须写明原因（记入全过程记录）');
      const roles = b.roles ?? before;
      if (roles.includes('执法人员') && (b.certificate === null || (b.certificate === undefined && !row.certificate_no))) {
        throw new ApiError(400, 'CERTIFICATE_REQUIRED', '执法人员须填写执法证号及有效期');
      }
      if (b.password !== undefined) assertPassword(b.password, { name: row.name, displayName: b.displayName ?? row.display_name ?? undefined });
      const sets: string[] = [];
      const params: unknown[] = [row.name];
      const set = (col: string, v: unknown) => {
        params.push(v);
        sets.push(`${col} = $${params.length}`);
      };
      if (b.displayName !== undefined) set('display_name', b.displayName);
      if (b.roles !== undefined) set('roles', b.roles);
      if (b.certificate !== undefined) {
        set('certificate_no', b.certificate?.no ?? null);
        set('certificate_valid_from', b.certificate?.validFrom ?? null);
        set('certificate_valid_to', b.certificate?.validTo ?? null);
      }
      if (b.password !== undefined) set('password_hash', await hashPassword(b.password));
      if (b.disabled !== undefined) set('disabled', b.disabled);
      const organisationChange = b.organisation !== undefined && (b.organisation ?? null) !== (row.organisation_code ?? null);
      if (organisationChange) {
        if (!b.reason) throw new ApiError(400, 'REASON_REQUIRED', '变更账户所属受托组织须写明原因（记入全过程记录）');
        await assertOrganisation(b.organisation, row.jurisdiction_id!);
      }
      await ctx.db.transaction(async (tx) => {
        if (sets.length) await tx.query(`UPDATE users SET ${sets.join(', ')} WHERE name = $1`, params);
        if (organisationChange) {
          await setUserOrganisation(tx, row.name, b.organisation ?? null);
          await appendEvent(tx, { caseId: null, actor: p.name, step: ORGANISATION_CHANGE_STEP, inputs: { account: row.name, from: row.organisation_code ?? null, to: b.organisation ?? null, reason: b.reason! } });
        }
        if (rolesChange) {
          await appendEvent(tx, {
            caseId: null,
            actor: p.name,
            step: ROLE_CHANGE_STEP,
            inputs: { account: row.name, from: before, to: b.roles!, reason: b.reason! },
          });
        }
      });
      if (b.unlock) await ctx.sessions.unlock(row.name);
      if (b.password !== undefined || b.disabled || b.roles !== undefined) await ctx.sessions.revokeUser(row.name);
      return view(await load(row.name, p.jurisdiction));
    },
  );
}
