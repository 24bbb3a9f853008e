// Accounts: creation (with a scrypt hash), and the demo set (the users of src/cases/users.ts
// with a password).
import { conflictingRoles, DEMO_JURISDICTION, DEMO_USERS, insertDemoUsers, setUserOrganisation, SYSTEM_ADMIN, type DemoUser } from '../cases/index.js';
import type { Sql } from './db.js';
import { ApiError } from './errors.js';
import { hashPassword } from './password.js';
import { JURISDICTIONS } from './jurisdictions.js';

export interface NewAccount {
  name: string;
  displayName: string;
  roles: string[];
  jurisdiction: string;
  certificate?: { no: string; validFrom: string; validTo: string };
  password: string;
  /** 受托组织 (统一社会信用代码) under a 委托书 of the account's bureau (暂行规定 第八条); absent: the bureau's own staff */
  organisation?: string | null;
}

export async function ensureJurisdictions(db: Sql): Promise<void> {
  for (const j of JURISDICTIONS) {
    await db.query(
      `INSERT INTO jurisdictions (id, name, level, parent, bureau) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent = EXCLUDED.parent, bureau = EXCLUDED.bureau`,
      [j.id, j.name, j.level, j.parent, j.bureau],
    );
  }
}

/** Refuses roles no account may hold together (职权分离: 系统管理员 with a case role). */
export function assertRolesCompatible(roles: readonly string[]): void {
  const conflicting = conflictingRoles(roles);
  if (conflicting.length) {
    throw new ApiError(400, 'ROLES_INCOMPATIBLE', `${SYSTEM_ADMIN}不得同时担任办案角色（${conflicting.join('、')}）：授予角色与办理案件须由不同的人承担`);
  }
}

/** Creates or replaces an account (its login fields, roles, jurisdiction and 执法证). */
export async function upsertAccount(db: Sql, a: NewAccount): Promise<void> {
  assertRolesCompatible(a.roles);
  const hash = await hashPassword(a.password);
  await db.query(
    `INSERT INTO users (name, display_name, roles, jurisdiction_id, certificate_no, certificate_valid_from, certificate_valid_to, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (name) DO UPDATE SET display_name = EXCLUDED.display_name, roles = EXCLUDED.roles, jurisdiction_id = EXCLUDED.jurisdiction_id,
       certificate_no = EXCLUDED.certificate_no, certificate_valid_from = EXCLUDED.certificate_valid_from,
       certificate_valid_to = EXCLUDED.certificate_valid_to, password_hash = EXCLUDED.password_hash`,
    [a.name, a.displayName, a.roles, a.jurisdiction, a.certificate?.no ?? null, a.certificate?.validFrom ?? null, a.certificate?.validTo ?? null, hash],
  );
  if (a.organisation !== undefined) await setUserOrganisation(db, a.name, a.organisation);
  await db.query('DELETE FROM login_throttle WHERE name = $1', [a.name]);
}

export { DEMO_JURISDICTION };

/** The demo accounts: the demo users of the cases module (one list) that sign in, given a password by `yibao serve`. */
export const DEMO_ACCOUNTS: readonly DemoUser[] = DEMO_USERS.filter((u) => u.signsIn);

/** The demo users (all, without a password where not signing in) and the demo accounts' password. */
export async function createDemoAccounts(db: Sql, password: string): Promise<string[]> {
  await ensureJurisdictions(db);
  await insertDemoUsers(db);
  for (const a of DEMO_ACCOUNTS) await upsertAccount(db, { name: a.name, displayName: a.displayName, roles: [...a.roles], jurisdiction: a.jurisdiction, password, ...(a.certificate ? { certificate: a.certificate } : {}) });
  return DEMO_ACCOUNTS.map((a) => a.name);
}
