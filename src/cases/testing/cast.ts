// The staff of a jurisdiction for tests: officers with 执法证, a legal reviewer, heads and
// the 经办 roles, by role. 阳泉市's are the demo accounts; another jurisdiction gets its own
// accounts (an officer of one county never acts on another's case).
import type { Queryable } from '../service.js';
import type { User } from '../engine/types.js';
import type { Role } from '../procedure/model.js';
import { DEMO_USERS, userMap } from '../users.js';

export interface Cast {
  officers: [string, string];
  officer3: string;
  reviewer: string;
  head: string;
  head2: string;
  analyst: string;
  clerk: string;
  clerkReviewer: string;
  rewardClerk: string;
}

export const YANGQUAN_CAST: Cast = {
  officers: ['zhifa1', 'zhifa2'],
  officer3: 'zhifa3',
  reviewer: 'fazhi',
  head: 'fuze',
  head2: 'fuze2',
  analyst: 'jianguan',
  clerk: 'jingban',
  clerkReviewer: 'jingshen',
  rewardClerk: 'jiangli',
};

const STAFF = (prefix: string): Array<[string, string, Role[], boolean]> => [
    [`${prefix}-zhifa1`, `${prefix}执法甲`, ['执法人员'], true],
    [`${prefix}-zhifa2`, `${prefix}执法乙`, ['执法人员'], true],
    [`${prefix}-zhifa3`, `${prefix}执法丙`, ['执法人员'], true],
    [`${prefix}-fazhi`, `${prefix}法审`, ['法制审核员'], false],
    [`${prefix}-fuze`, `${prefix}局长`, ['负责人', '主要负责人'], false],
    [`${prefix}-fuze2`, `${prefix}副局长`, ['负责人'], false],
    [`${prefix}-jianguan`, `${prefix}分析`, ['基金监管分析员'], false],
    [`${prefix}-jingban`, `${prefix}经办`, ['经办人员'], false],
    [`${prefix}-jingshen`, `${prefix}经办审核`, ['经办审核员'], false],
    [`${prefix}-jiangli`, `${prefix}奖励经办`, ['奖励经办人'], false],
];

function castOf(prefix: string): Cast {
  return {
    officers: [`${prefix}-zhifa1`, `${prefix}-zhifa2`],
    officer3: `${prefix}-zhifa3`,
    reviewer: `${prefix}-fazhi`,
    head: `${prefix}-fuze`,
    head2: `${prefix}-fuze2`,
    analyst: `${prefix}-jianguan`,
    clerk: `${prefix}-jingban`,
    clerkReviewer: `${prefix}-jingshen`,
    rewardClerk: `${prefix}-jiangli`,
  };
}

/** The staff of a jurisdiction as engine users (for the pure-engine tests). */
export function staffFor(jurisdiction: string, prefix: string): { cast: Cast; users: User[] } {
  if (jurisdiction === '山西省/阳泉市') return { cast: YANGQUAN_CAST, users: [...userMap(DEMO_USERS).values()] };
  const users: User[] = STAFF(prefix).map(([name, displayName, roles, cert], i) => ({
    name,
    displayName,
    roles,
    jurisdiction,
    ...(cert ? { certificate: { no: `${prefix.toUpperCase()}-${i + 1}`, validFrom: '2024-01-01', validTo: '2028-12-31' } } : {}),
  }));
  return { cast: castOf(prefix), users };
}

/** Accounts for a jurisdiction, named `<prefix>-…`, inserted if missing; returns the cast. */
export async function ensureTestStaff(db: Queryable, jurisdiction: string, prefix: string): Promise<Cast> {
  if (jurisdiction === '山西省/阳泉市') return YANGQUAN_CAST;
  for (const [i, [name, display, roles, cert]] of STAFF(prefix).entries()) {
    await db.query(
      `INSERT INTO users (name, display_name, roles, jurisdiction_id, certificate_no, certificate_valid_from, certificate_valid_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (name) DO NOTHING`,
      [name, display, roles, jurisdiction, cert ? `${prefix.toUpperCase()}-${i + 1}` : null, cert ? '2024-01-01' : null, cert ? '2028-12-31' : null],
    );
  }
  return castOf(prefix);
}
