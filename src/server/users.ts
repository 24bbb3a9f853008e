// Accounts: creation (with a scrypt hash), reading, and the demo set.
import type { Sql } from './db.js';
import { hashPassword } from './password.js';
import { JURISDICTIONS } from './jurisdictions.js';

export interface NewAccount {
  name: string;
  displayName: string;
  roles: string[];
  jurisdiction: string;
  certificate?: { no: string; validFrom: string; validTo: string };
  password: string;
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

/** Creates or replaces an account (its login fields, roles, jurisdiction and 执法证). */
export async function upsertAccount(db: Sql, a: NewAccount): Promise<void> {
  const hash = await hashPassword(a.password);
  await db.query(
    `INSERT INTO users (name, display_name, roles, jurisdiction_id, certificate_no, certificate_valid_from, certificate_valid_to, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (name) DO UPDATE SET display_name = EXCLUDED.display_name, roles = EXCLUDED.roles, jurisdiction_id = EXCLUDED.jurisdiction_id,
       certificate_no = EXCLUDED.certificate_no, certificate_valid_from = EXCLUDED.certificate_valid_from,
       certificate_valid_to = EXCLUDED.certificate_valid_to, password_hash = EXCLUDED.password_hash, failed_logins = 0, locked_until = NULL`,
    [a.name, a.displayName, a.roles, a.jurisdiction, a.certificate?.no ?? null, a.certificate?.validFrom ?? null, a.certificate?.validTo ?? null, hash],
  );
}

/** The demo bureau: 阳泉市医疗保障局 (one city bureau), as the issue asks. */
export const DEMO_JURISDICTION = '山西省/阳泉市';

export const DEMO_ACCOUNTS: Array<Omit<NewAccount, 'password'>> = [
  { name: 'zhifa1', displayName: '张执法', roles: ['执法人员'], jurisdiction: DEMO_JURISDICTION, certificate: { no: 'YB-0001', validFrom: '2024-01-01', validTo: '2028-12-31' } },
  { name: 'zhifa2', displayName: '李执法', roles: ['执法人员'], jurisdiction: DEMO_JURISDICTION, certificate: { no: 'YB-0002', validFrom: '2024-01-01', validTo: '2028-12-31' } },
  { name: 'fazhi', displayName: '刘法审', roles: ['法制审核员'], jurisdiction: DEMO_JURISDICTION },
  { name: 'fuze', displayName: '陈局长', roles: ['负责人', '主要负责人'], jurisdiction: DEMO_JURISDICTION },
  { name: 'jianguan', displayName: '孙分析', roles: ['基金监管分析员'], jurisdiction: DEMO_JURISDICTION },
  { name: 'qingdan', displayName: '周清单', roles: ['清单管理员'], jurisdiction: DEMO_JURISDICTION },
  { name: 'admin', displayName: '系统管理员', roles: ['系统管理员'], jurisdiction: DEMO_JURISDICTION },
];

export async function createDemoAccounts(db: Sql, password: string): Promise<string[]> {
  await ensureJurisdictions(db);
  for (const a of DEMO_ACCOUNTS) await upsertAccount(db, { ...a, password });
  return DEMO_ACCOUNTS.map((a) => a.name);
}
