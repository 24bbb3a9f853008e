// Locating the rule files and data that ship with the repository (works from src/ via
// tsx and from dist/ after the build, which does not copy .sql files).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function repoRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'monitor'))) {
      root = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error('找不到项目根目录（repository root not found）');
}

export const rulesDir = (): string => join(repoRoot(), 'src', 'monitor', 'rules');
export const sqlDir = (): string => join(repoRoot(), 'src', 'monitor', 'sql');
export const monitorDataDir = (): string => join(repoRoot(), 'data', 'monitor');
