// Users and officers (执法人员 with 执法证). The demo set is seeded by migration 002; the
// server will add authentication later.
import type { User } from './engine/types.js';

/** The demo users seeded into the users table (执法证 valid 2024-01-01 … 2028-12-31). */
export const DEMO_USERS: User[] = [
  { name: 'zhifa1', displayName: '张执法', roles: ['执法人员'], certificate: { no: 'YB-0001', validFrom: '2024-01-01', validTo: '2028-12-31' }, jurisdiction: '山西省/阳泉市' },
  { name: 'zhifa2', displayName: '李执法', roles: ['执法人员'], certificate: { no: 'YB-0002', validFrom: '2024-01-01', validTo: '2028-12-31' }, jurisdiction: '山西省/阳泉市' },
  { name: 'zhifa3', displayName: '王执法', roles: ['执法人员'], certificate: { no: 'YB-0003', validFrom: '2024-01-01', validTo: '2028-12-31' }, jurisdiction: '山西省/阳泉市' },
  { name: 'zhifa4', displayName: '赵执法（执法证已过期）', roles: ['执法人员'], certificate: { no: 'YB-0004', validFrom: '2020-01-01', validTo: '2025-12-31' }, jurisdiction: '山西省/阳泉市' },
  { name: 'fazhi', displayName: '刘法审', roles: ['法制审核员'], jurisdiction: '山西省/阳泉市' },
  { name: 'fuze', displayName: '陈局长', roles: ['负责人', '主要负责人'], jurisdiction: '山西省/阳泉市' },
  { name: 'fuze2', displayName: '周副局长', roles: ['负责人'], jurisdiction: '山西省/阳泉市' },
  { name: 'jianguan', displayName: '孙分析', roles: ['基金监管分析员'], jurisdiction: '山西省/阳泉市' },
  { name: 'jingban', displayName: '吴经办', roles: ['经办人员'], jurisdiction: '山西省/阳泉市' },
  { name: 'jingshen', displayName: '郑审核', roles: ['经办审核员'], jurisdiction: '山西省/阳泉市' },
  { name: 'jiangli', displayName: '钱奖励', roles: ['奖励经办人'], jurisdiction: '山西省/阳泉市' },
];

export function userMap(users: readonly User[]): Map<string, User> {
  return new Map(users.map((u) => [u.name, u]));
}
