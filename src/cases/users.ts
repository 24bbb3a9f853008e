// Users, their roles and the demo set — defined once, here. The case engine reads users as
// `User` (case roles only); the server adds login on the same `users` table (migration 050).
import { ROLES, type Role } from './procedure/model.js';
import type { User } from './engine/types.js';

/** Roles that act on cases: the engine's list (procedure/model.ts), the only one. */
export const CASE_ROLES: readonly Role[] = ROLES;
/** Roles that administer the platform and never act on cases. */
export const ADMIN_ROLES = ['清单管理员', '系统管理员'] as const;
/** Every role an account may hold: the case roles, then the administrative ones. */
export const ACCOUNT_ROLES = [...ROLES, ...ADMIN_ROLES] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** 系统管理员: manages accounts; separated from every case role (职权分离). */
export const SYSTEM_ADMIN: AccountRole = '系统管理员';

const CASE_ROLE_SET: ReadonlySet<string> = new Set(ROLES);
export const isCaseRole = (role: string): role is Role => CASE_ROLE_SET.has(role);

/**
 * Roles no account may hold together (职权分离): the system administrator grants roles, so it
 * may hold no case role — else it could give itself the power to decide cases. Returns the
 * conflicting case roles, or [] when the combination is allowed.
 */
export function conflictingRoles(roles: readonly string[]): Role[] {
  return roles.includes(SYSTEM_ADMIN) ? roles.filter(isCaseRole) : [];
}

/**
 * The roles that take effect: an account holding 系统管理员 acts on no case even when a case
 * role was stored beside it (rows written before the rule, or by hand in the database).
 */
export function effectiveRoles(roles: readonly string[]): string[] {
  return roles.includes(SYSTEM_ADMIN) ? roles.filter((r) => !isCaseRole(r)) : [...roles];
}

/** A row of the `users` table as every reader selects it (`USER_COLUMNS`). */
export interface UserRow {
  name: string;
  display_name: string | null;
  roles: string[] | null;
  jurisdiction_id: string | null;
  certificate_no: string | null;
  /** YYYY-MM-DD (selected as text) */
  certificate_valid_from: string | null;
  certificate_valid_to: string | null;
  conflicts: string[] | null;
  password_hash: string | null;
  disabled: boolean;
  /** 受托组织's 统一社会信用代码 (user_organisations, migration 140) */
  organisation_code?: string | null;
}

/** The columns of `UserRow`, dates as text; `alias` qualifies them (e.g. `u`). */
export function userColumns(alias = 'users'): string {
  const a = `${alias}.`;
  return `${a}name, ${a}display_name, ${a}roles, ${a}jurisdiction_id, ${a}certificate_no,
  ${a}certificate_valid_from::text AS certificate_valid_from, ${a}certificate_valid_to::text AS certificate_valid_to,
  ${a}conflicts, ${a}password_hash, ${a}disabled,
  (SELECT o.org_code FROM user_organisations o WHERE o.user_name = ${a}name) AS organisation_code`;
}

/** The engine's view of a user: case roles only (none for a system administrator). */
export function userFromRow(r: UserRow): User {
  const cert =
    r.certificate_no && r.certificate_valid_from && r.certificate_valid_to
      ? { certificate: { no: r.certificate_no, validFrom: r.certificate_valid_from.slice(0, 10), validTo: r.certificate_valid_to.slice(0, 10) } }
      : {};
  return {
    name: r.name,
    displayName: r.display_name ?? r.name,
    roles: effectiveRoles(r.roles ?? []).filter(isCaseRole),
    jurisdiction: r.jurisdiction_id ?? '',
    conflicts: r.conflicts ?? [],
    ...cert,
    ...(r.organisation_code ? { organisation: r.organisation_code } : {}),
  };
}

/** A demo account: a user with any account role (the server gives it a password). */
export interface DemoUser {
  name: string;
  displayName: string;
  roles: AccountRole[];
  jurisdiction: string;
  certificate?: { no: string; validFrom: string; validTo: string };
  /** `yibao serve` gives it the demo password (the others exist for the case tests and the CLI's `--as`). */
  signsIn?: true;
  /** The 受托组织 (统一社会信用代码) it works for, under a 委托书 of its jurisdiction's bureau (暂行规定 第八条). */
  organisation?: string;
}

/** The demo bureau: 阳泉市医疗保障局. */
export const DEMO_JURISDICTION = '山西省/阳泉市';

/**
 * The demo users of the demo bureau — the only list: the case tests and the CLI put them in
 * their database (`insertDemoUsers`), `yibao serve` gives those marked `signsIn` a password.
 * 执法证 valid 2024-01-01 … 2028-12-31; zhifa4's expired at the end of 2025.
 */
export const DEMO_USERS: DemoUser[] = [
  { name: 'zhifa1', displayName: '张执法', roles: ['执法人员'], certificate: { no: 'YB-0001', validFrom: '2024-01-01', validTo: '2028-12-31' }, jurisdiction: DEMO_JURISDICTION, signsIn: true },
  { name: 'zhifa2', displayName: '李执法', roles: ['执法人员'], certificate: { no: 'YB-0002', validFrom: '2024-01-01', validTo: '2028-12-31' }, jurisdiction: DEMO_JURISDICTION, signsIn: true },
  { name: 'zhifa3', displayName: '王执法', roles: ['执法人员'], certificate: { no: 'YB-0003', validFrom: '2024-01-01', validTo: '2028-12-31' }, jurisdiction: DEMO_JURISDICTION },
  { name: 'zhifa4', displayName: '赵执法（执法证已过期）', roles: ['执法人员'], certificate: { no: 'YB-0004', validFrom: '2020-01-01', validTo: '2025-12-31' }, jurisdiction: DEMO_JURISDICTION },
  { name: 'fazhi', displayName: '刘法审', roles: ['法制审核员'], jurisdiction: DEMO_JURISDICTION, signsIn: true },
  { name: 'fuze', displayName: '陈局长', roles: ['负责人', '主要负责人'], jurisdiction: DEMO_JURISDICTION, signsIn: true },
  { name: 'fuze2', displayName: '周副局长', roles: ['负责人'], jurisdiction: DEMO_JURISDICTION },
  { name: 'jianguan', displayName: '孙分析', roles: ['基金监管分析员'], jurisdiction: DEMO_JURISDICTION, signsIn: true },
  { name: 'jingban', displayName: '吴经办', roles: ['经办人员'], jurisdiction: DEMO_JURISDICTION },
  { name: 'jingshen', displayName: '郑审核', roles: ['经办审核员'], jurisdiction: DEMO_JURISDICTION },
  { name: 'jiangli', displayName: '钱奖励', roles: ['奖励经办人'], jurisdiction: DEMO_JURISDICTION },
  { name: 'qingdan', displayName: '周清单', roles: ['清单管理员'], jurisdiction: DEMO_JURISDICTION, signsIn: true },
  { name: 'admin', displayName: '系统管理员', roles: ['系统管理员'], jurisdiction: DEMO_JURISDICTION, signsIn: true },
];

/** The engine's users by name (case roles only). */
export function userMap(users: readonly DemoUser[]): Map<string, User> {
  return new Map(
    users.map((u) => [
      u.name,
      { name: u.name, displayName: u.displayName, roles: effectiveRoles(u.roles).filter(isCaseRole), jurisdiction: u.jurisdiction, ...(u.certificate ? { certificate: u.certificate } : {}), ...(u.organisation ? { organisation: u.organisation } : {}) },
    ]),
  );
}

/** Writes the demo users into the users table (no password: they cannot sign in). Keeps existing rows. */
export async function insertDemoUsers(db: { query(sql: string, params?: unknown[]): Promise<unknown> }, users: readonly DemoUser[] = DEMO_USERS): Promise<void> {
  for (const u of users) {
    await db.query(
      `INSERT INTO users (name, display_name, roles, jurisdiction_id, certificate_no, certificate_valid_from, certificate_valid_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (name) DO NOTHING`,
      [u.name, u.displayName, u.roles, u.jurisdiction, u.certificate?.no ?? null, u.certificate?.validFrom ?? null, u.certificate?.validTo ?? null],
    );
    if (u.organisation) await db.query('INSERT INTO user_organisations (user_name, org_code) VALUES ($1, $2) ON CONFLICT (user_name) DO NOTHING', [u.name, u.organisation]);
  }
}

/** Sets (or, with null, clears) the 受托组织 a user works for (暂行规定 第八条). */
export async function setUserOrganisation(db: { query(sql: string, params?: unknown[]): Promise<unknown> }, user: string, code: string | null): Promise<void> {
  if (code) await db.query('INSERT INTO user_organisations (user_name, org_code) VALUES ($1, $2) ON CONFLICT (user_name) DO UPDATE SET org_code = EXCLUDED.org_code', [user, code]);
  else await db.query('DELETE FROM user_organisations WHERE user_name = $1', [user]);
}
