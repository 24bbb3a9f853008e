// Numbered SQL migrations (src/store/migrations/NNN_name.sql), applied once each.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';
import { advisoryXactLock, StoreError, type Store } from './store.js';

export interface Migration {
  version: number;
  name: string;
  file: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  /** Versions applied by this call (empty when the schema was up to date). */
  applied: number[];
  /** Applied versions whose file was amended (AMENDED.tsv): their recorded checksum was brought up to date. */
  amended: number[];
  /** Every version now recorded in schema_migrations. */
  current: number[];
}

/** The folder holding the numbered migration files (the same for src and dist). */
export const migrationsDir: string = join(packageRoot, 'src', 'store', 'migrations');

const FILE = /^(\d{3,})_([A-Za-z0-9_\-]+)\.sql$/;
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Earlier checksums of amended migrations (`AMENDED.tsv` beside the files: version, earlier
 * sha256, why). A database that ran an earlier text is accepted and its checksum updated.
 */
export function listAmendments(dir: string = migrationsDir): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const path = join(dir, 'AMENDED.tsv');
  if (!existsSync(path)) return out;
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const [version, checksum, why] = line.split('\t');
      if (!/^\d+$/.test(version ?? '') || !HEX64.test(checksum ?? '') || !why?.trim()) {
        throw new StoreError('BAD_AMENDMENT', `${path} 第 ${i + 1} 行格式应为 编号<TAB>64位哈希<TAB>原因：${line}`);
      }
      const set = out.get(Number(version)) ?? new Set<string>();
      set.add(checksum!);
      out.set(Number(version), set);
    });
  return out;
}

export function listMigrations(dir: string = migrationsDir): Migration[] {
  const out: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.sql')) continue;
    const m = FILE.exec(file);
    if (!m) throw new StoreError('BAD_MIGRATION_NAME', `迁移文件名应为 NNN_name.sql：${file}`);
    const sql = readFileSync(join(dir, file), 'utf8');
    out.push({ version: Number(m[1]), name: m[2]!, file, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  const seen = new Map<number, string>();
  for (const mig of out) {
    const other = seen.get(mig.version);
    if (other) throw new StoreError('DUPLICATE_MIGRATION', `迁移编号重复：${other} 与 ${mig.file}`);
    seen.set(mig.version, mig.file);
  }
  return out.sort((a, b) => a.version - b.version);
}

/**
 * Applies every pending migration, in order, in one transaction holding an advisory
 * lock: safe to run twice, and from two processes at once (the second waits, then
 * finds nothing to do). An applied migration whose file has changed is an error.
 */
export async function migrate(store: Store, opts: { dir?: string } = {}): Promise<MigrateResult> {
  const migrations = listMigrations(opts.dir);
  const amendments = listAmendments(opts.dir);
  return store.transaction(async (tx) => {
    await advisoryXactLock(tx, 'yibao:migrate');
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Map(
      (await tx.query<{ version: number; checksum: string; name: string }>('SELECT version, checksum, name FROM schema_migrations')).rows.map(
        (r) => [r.version, r] as const,
      ),
    );
    const applied: number[] = [];
    const amended: number[] = [];
    for (const mig of migrations) {
      const prior = done.get(mig.version);
      if (prior) {
        if (prior.checksum !== mig.checksum && amendments.get(mig.version)?.has(prior.checksum)) {
          await tx.query('UPDATE schema_migrations SET checksum = $2 WHERE version = $1', [mig.version, mig.checksum]);
          amended.push(mig.version);
          continue;
        }
        if (prior.checksum !== mig.checksum) {
          throw new StoreError(
            'MIGRATION_CHANGED',
            `迁移 ${mig.file} 已于此前执行，但文件内容已改变（已执行的迁移不得修改，请新增编号更大的迁移）`,
          );
        }
        continue;
      }
      await tx.exec(mig.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [mig.version, mig.name, mig.checksum]);
      applied.push(mig.version);
    }
    const current = (await tx.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
    return { applied, amended, current };
  });
}
