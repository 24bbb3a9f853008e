// Roles and what each may do through the API. The case engine's own guards (who may act at
// which step, 执法证 validity, recusal …) still apply behind these coarse permissions.
import { z } from 'zod';

export const SERVER_ROLES = ['执法人员', '法制审核员', '负责人', '主要负责人', '基金监管分析员', '清单管理员', '系统管理员', '经办人员', '经办审核员', '奖励经办人'] as const;
export const ServerRole = z.enum(SERVER_ROLES);
export type ServerRole = z.infer<typeof ServerRole>;

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
} as const;
export type Permission = keyof typeof PERMISSIONS;

const ALL_READERS: Permission[] = ['catalog.read', 'statute.read'];

export const ROLE_PERMISSIONS: Record<ServerRole, readonly Permission[]> = {
  执法人员: [...ALL_READERS, 'penalty.compute', 'case.read', 'case.write', 'monitor.read', 'stats.read'],
  法制审核员: [...ALL_READERS, 'penalty.compute', 'case.read', 'case.write', 'stats.read'],
  负责人: [...ALL_READERS, 'penalty.compute', 'case.read', 'case.write', 'monitor.read', 'stats.read', 'users.read'],
  主要负责人: [...ALL_READERS, 'penalty.compute', 'case.read', 'case.write', 'monitor.read', 'stats.read', 'users.read'],
  基金监管分析员: [...ALL_READERS, 'penalty.compute', 'monitor.read', 'monitor.write', 'stats.read'],
  清单管理员: [...ALL_READERS, 'catalog.write'],
  系统管理员: [...ALL_READERS, 'users.read', 'users.write', 'stats.read'],
  经办人员: [...ALL_READERS, 'case.read', 'case.write'],
  经办审核员: [...ALL_READERS, 'case.read', 'case.write'],
  奖励经办人: [...ALL_READERS, 'case.read', 'case.write'],
};

export function can(roles: readonly string[], permission: Permission): boolean {
  return roles.some((r) => (ROLE_PERMISSIONS as Record<string, readonly Permission[]>)[r]?.includes(permission));
}
