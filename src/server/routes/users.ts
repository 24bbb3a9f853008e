// 账户管理: scoped to the administrator's jurisdiction and those below it.
import { z } from 'zod';
import { requirePermission, userColumns } from '../auth.js';
import { ApiError, ErrorBody, forbidden, notFound } from '../errors.js';
import { jurisdiction, within } from '../jurisdictions.js';
import { SERVER_ROLES } from '../roles.js';
import { hashPassword } from '../password.js';
import { upsertAccount } from '../users.js';
import type { App, ServerContext } from '../context.js';

const Account = z.object({
  name: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  jurisdiction: z.string(),
  certificate: z.object({ no: z.string(), validFrom: z.string(), validTo: z.string() }).nullable(),
  locked: z.boolean(),
  disabled: z.boolean(),
});

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const Certificate = z.object({ no: z.string().min(1).max(40), validFrom: date, validTo: date });
const Password = z.string().min(10, '密码至少 10 位').max(200);

interface Row {
  name: string;
  display_name: string | null;
  roles: string[];
  jurisdiction_id: string | null;
  certificate_no: string | null;
  certificate_valid_from: string | null;
  certificate_valid_to: string | null;
  locked_until: string | Date | null;
  disabled: boolean;
}

function accountOf(r: Row): z.infer<typeof Account> {
  return {
    name: r.name,
    displayName: r.display_name ?? r.name,
    roles: r.roles ?? [],
    jurisdiction: r.jurisdiction_id ?? '',
    certificate: r.certificate_no ? { no: r.certificate_no, validFrom: r.certificate_valid_from ?? '', validTo: r.certificate_valid_to ?? '' } : null,
    locked: !!r.locked_until && new Date(r.locked_until).getTime() > Date.now(),
    disabled: r.disabled,
  };
}

export function userRoutes(app: App, ctx: ServerContext): void {
  const load = async (name: string, scope: string) => {
    const { rows } = await ctx.db.query<Row>(`SELECT ${userColumns()} FROM users WHERE name = $1`, [name]);
    const row = rows[0];
    if (!row || !row.jurisdiction_id || !within(scope, row.jurisdiction_id)) throw notFound('账户');
    return row;
  };

  app.get('/api/users', { schema: { tags: ['账户'], summary: '本辖区账户', response: { 200: z.array(Account), 401: ErrorBody, 403: ErrorBody } } }, async (request) => {
    const p = requirePermission(request, 'users.read');
    const { rows } = await ctx.db.query<Row>(
      `SELECT ${userColumns()} FROM users WHERE jurisdiction_id = $1 OR jurisdiction_id LIKE $2 ORDER BY name`,
      [p.jurisdiction, p.jurisdiction + '/%'],
    );
    return rows.map(accountOf);
  });

  app.get(
    '/api/users/:name',
    { schema: { tags: ['账户'], summary: '账户详情', params: z.object({ name: z.string().max(64) }), response: { 200: Account, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'users.read');
      return accountOf(await load(request.params.name, p.jurisdiction));
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['账户'],
        summary: '新建账户',
        body: z.object({
          name: z.string().regex(/^[a-z][a-z0-9_.-]{1,31}$/, '用户名为 2–32 位小写字母、数字'),
          displayName: z.string().min(1).max(40),
          roles: z.array(z.enum(SERVER_ROLES)).min(1),
          jurisdiction: z.string().max(100),
          certificate: Certificate.optional(),
          password: Password,
        }),
        response: { 201: Account, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'users.write');
      const b = request.body;
      if (!jurisdiction(b.jurisdiction)) throw new ApiError(400, 'UNKNOWN_JURISDICTION', `未知辖区：${b.jurisdiction}`);
      if (!within(p.jurisdiction, b.jurisdiction)) throw forbidden('只能在本辖区及下级辖区内建立账户');
      if (b.roles.includes('执法人员') && !b.certificate) throw new ApiError(400, 'CERTIFICATE_REQUIRED', '执法人员须填写执法证号及有效期');
      if (b.certificate && b.certificate.validTo < b.certificate.validFrom) throw new ApiError(400, 'CERTIFICATE_DATES', '执法证有效期止日早于起日');
      const existing = await ctx.db.query('SELECT 1 FROM users WHERE name = $1', [b.name]);
      if (existing.rows.length) throw new ApiError(409, 'USER_EXISTS', `用户名 ${b.name} 已存在`);
      await upsertAccount(ctx.db, { name: b.name, displayName: b.displayName, roles: b.roles, jurisdiction: b.jurisdiction, password: b.password, ...(b.certificate ? { certificate: b.certificate } : {}) });
      reply.code(201);
      return accountOf(await load(b.name, p.jurisdiction));
    },
  );

  app.patch(
    '/api/users/:name',
    {
      schema: {
        tags: ['账户'],
        summary: '修改账户（角色、执法证、密码、停用、解锁）',
        params: z.object({ name: z.string().max(64) }),
        body: z.object({
          displayName: z.string().min(1).max(40).optional(),
          roles: z.array(z.enum(SERVER_ROLES)).min(1).optional(),
          certificate: Certificate.nullable().optional(),
          password: Password.optional(),
          disabled: z.boolean().optional(),
          unlock: z.boolean().optional(),
        }),
        response: { 200: Account, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'users.write');
      const row = await load(request.params.name, p.jurisdiction);
      const b = request.body;
      if (row.name === p.name && (b.disabled || (b.roles && !b.roles.includes('系统管理员')))) throw new ApiError(400, 'SELF_LOCKOUT', '不能停用自己的账户或取消自己的管理员角色');
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
      if (b.unlock) {
        set('locked_until', null);
        set('failed_logins', 0);
      }
      if (sets.length) await ctx.db.query(`UPDATE users SET ${sets.join(', ')} WHERE name = $1`, params);
      if (b.password !== undefined || b.disabled || b.roles !== undefined) await ctx.sessions.revokeUser(row.name);
      return accountOf(await load(row.name, p.jurisdiction));
    },
  );
}
