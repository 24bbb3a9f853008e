// Roles and what each may do through the API. The roles themselves are defined once, in the
// cases module (src/cases/users.ts: the engine's case roles plus the administrative ones);
// here only their API permissions. The case engine's own guards (who may act at which step,
// 执法证 validity, recusal …) still apply behind these coarse permissions.
import { z } from 'zod';
import { ACCOUNT_ROLES, conflictingRoles, effectiveRoles, isCaseRole, type AccountRole } from '../cases/index.js';

export const SERVER_ROLES = ACCOUNT_ROLES;
export const ServerRole = z.enum(ACCOUNT_ROLES);
export type ServerRole = AccountRole;
export { conflictingRoles, effectiveRoles, isCaseRole };

export const PERMISSIONS = {
  'catalog.read': '查阅事项清单',
  'catalog.write': '导入、发布事项清单',
  'statute.read': '查阅法规',
  'penalty.compute': '处罚计算',
  'case.read': '查阅案件',
  'case.write': '办理案件',
  'monitor.read': '查阅监控线索',
  'monitor.write': '运行监控、审核线索',
  'stats.read': '查看统计',
  'users.read': '查看账户',
  'users.write': '管理账户',
  'library.read': '查阅被检查对象库、检查人员库和专家库',
  'library.write': '管理被检查对象库、检查人员库和专家库',
  'delegation.write': '登记、终止委托书',
} as const;
export type Permission = keyof typeof PERMISSIONS;

const ALL_READERS: Permission[] = ['catalog.read', 'statute.read'];

/** Every role of the one list must appear here (a new role fails to compile until it does). */
export const ROLE_PERMISSIONS: Record<ServerRole, readonly Permission[]> = {
  执法人员: [...ALL_READERS, 'penalty.compute', 'case.read', 'case.write', 'monitor.read', 'stats.read', 'library.read'],
  法制审核员: [...ALL_READERS, 'penalty.compute', 'case.read', 'case.write', 'stats.read'],
  法制机构负责人: [...ALL_READERS, 'penalty.compute', 'case.read', 'case.write', 'stats.read'],
  // 第六条: the bureau's heads keep its 被检查对象库、检查人员库、专家库
  负责人: [...ALL_READERS, 'penalty.compute', 'case.read', 'case.write', 'monitor.read', 'stats.read', 'users.read', 'library.read', 'library.write', 'delegation.write'],
  主要负责人: [...ALL_READERS, 'penalty.compute', 'case.read', 'case.write', 'monitor.read', 'stats.read', 'users.read', 'library.read', 'library.write', 'delegation.write'],
  基金监管分析员: [...ALL_READERS, 'penalty.compute', 'monitor.read', 'monitor.write', 'stats.read', 'library.read'],
  清单管理员: [...ALL_READERS, 'catalog.write'],
  系统管理员: [...ALL_READERS, 'users.read', 'users.write', 'stats.read'],
  经办人员: [...ALL_READERS, 'case.read', 'case.write'],
  经办审核员: [...ALL_READERS, 'case.read', 'case.write'],
  奖励经办人: [...ALL_READERS, 'case.read', 'case.write'],
};

/** Whether roles grant a permission. A system administrator's stored case roles grant nothing (职权分离). */
export function can(roles: readonly string[], permission: Permission): boolean {
  return effectiveRoles(roles).some((r) => (ROLE_PERMISSIONS as Record<string, readonly Permission[]>)[r]?.includes(permission));
}
