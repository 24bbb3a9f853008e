// The store's tests, run on PGlite by store.test.ts and on the server by store.pg.test.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listMigrations,
  migrate,
  migrationsDir,
  openStore,
  openTestStore,
  packageRoot,
  withTransaction,
  type Store,
  type StoreKind,
  type TestStore,
} from '../index.js';

/** Starts test-support/migrate-child.ts; resolves with the child and the versions it applied once it is ready. */
export function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; applied: number[] }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(packageRoot, 'src/store/test-support/migrate-child.ts')], {
      cwd: packageRoot,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^ready (.*)$/m.exec(out);
      if (m) resolvePromise({ child, applied: JSON.parse(m[1]!) as number[] });
    });
    child.on('exit', (code) => reject(new Error(`子进程退出（code ${code}）：${err}`)));
  });
}

export function storeSuite(engine: StoreKind): void {
  describe(`store on ${engine}`, { timeout: 60_000 }, () => {
    let t: TestStore;
    let store: Store;
    beforeAll(async () => {
      t = await openTestStore({ engine });
      store = t.store;
    }, 120_000);
    afterAll(async () => {
      await t?.cleanup();
    });

    it('reports its engine and runs parameterised queries with the same types on both engines', async () => {
      expect(store.kind).toBe(engine);
      const { rows } = await store.query<{ n: number; big: bigint; d: string; x: string; j: unknown; tz: string }>(
        `SELECT $1::int8 AS n, 9007199254740993::int8 AS big, '2025-01-31'::date AS d, 1.50::numeric AS x,
                '{"b":[1,2],"a":"医保"}'::jsonb AS j, current_setting('TimeZone') AS tz`,
        [42],
      );
      expect(rows[0]).toEqual({ n: 42, big: 9007199254740993n, d: '2025-01-31', x: '1.50', j: { a: '医保', b: [1, 2] }, tz: 'Asia/Shanghai' });
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      await store.exec('CREATE TABLE t_tx (v int)');
      await store.transaction(async (tx) => {
        await tx.query('INSERT INTO t_tx VALUES ($1)', [1]);
      });
      await expect(
        store.transaction(async (tx) => {
          await tx.query('INSERT INTO t_tx VALUES ($1)', [2]);
          throw new Error('中止');
        }),
      ).rejects.toThrow('中止');
      await withTransaction(store, async (tx) => {
        // withTransaction on a transaction reuses it
        await withTransaction(tx, (inner) => inner.query('INSERT INTO t_tx VALUES (3)'));
      });
      const { rows } = await store.query<{ v: number }>('SELECT v FROM t_tx ORDER BY v');
      expect(rows.map((r) => r.v)).toEqual([1, 3]);
    });

    it('refuses the store itself inside its own transaction callback (use tx), instead of hanging', async () => {
      await expect(store.transaction(async () => store.query('SELECT 1'))).rejects.toThrow(/请使用传入的 tx/);
      await expect(store.transaction(async () => store.transaction(async () => 1))).rejects.toThrow(/请使用传入的 tx/);
      // unrelated work outside the callback still waits its turn and runs
      const [a, b] = await Promise.all([
        store.transaction(async (tx) => (await tx.query<{ v: number }>('SELECT 1 AS v')).rows[0]!.v),
        store.query<{ v: number }>('SELECT 2 AS v').then((r) => r.rows[0]!.v),
      ]);
      expect([a, b]).toEqual([1, 2]);
    });

    it('has applied every migration once, and a second migrate applies nothing', async () => {
      const files = listMigrations();
      expect(files[0]?.file).toMatch(/^001_/);
      const again = await migrate(store);
      expect(again.applied).toEqual([]);
      expect(again.current).toEqual(files.map((m) => m.version));
      const { rows } = await store.query<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
      expect(rows[0]!.n).toBe(files.length);
    });

    it('applies migrations once when two connections migrate the same fresh database at once', async () => {
      const fresh = await openTestStore({ engine, migrate: false });
      try {
        const others: Store[] =
          engine === 'postgres'
            ? [await openStore({ engine, databaseUrl: fresh.databaseUrl!, schema: fresh.schema!, migrate: false })]
            : [];
        const a = fresh.store;
        const b = others[0] ?? fresh.store;
        const [ra, rb] = await Promise.all([migrate(a), migrate(b)]);
        for (const s of others) await s.close();
        const total = listMigrations().length;
        expect(ra.applied.length + rb.applied.length).toBe(total);
        expect([ra.applied.length, rb.applied.length].sort()).toEqual([0, total]);
        const { rows } = await a.query<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
        expect(rows[0]!.n).toBe(total);
      } finally {
        await fresh.cleanup();
      }
    });

    it(engine === 'postgres' ? 'applies migrations once when two processes migrate a fresh schema at once' : 'refuses a second process on the same PGlite folder until the first one dies', async () => {
      if (engine === 'postgres') {
        const fresh = await openTestStore({ engine, migrate: false });
        try {
          const env = { CHILD_ENGINE: 'postgres', CHILD_SCHEMA: fresh.schema!, CHILD_MIGRATE: '1' };
          const [a, b] = await Promise.all([startChild(env), startChild(env)]);
          for (const c of [a, b]) c.child.stdin!.end();
          const total = listMigrations().length;
          expect([a.applied.length, b.applied.length].sort()).toEqual([0, total]);
          const { rows } = await fresh.store.query<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
          expect(rows[0]!.n).toBe(total);
        } finally {
          await fresh.cleanup();
        }
        return;
      }
      const dataDir = mkdtempSync(join(tmpdir(), 'yibao-lock-'));
      try {
        const first = await startChild({ CHILD_ENGINE: 'pglite', CHILD_DATA_DIR: dataDir, CHILD_MIGRATE: '1' });
        expect(first.applied.length).toBe(listMigrations().length);
        await expect(openStore({ engine: 'pglite', dataDir })).rejects.toThrow(/正被进程 \d+ 使用/);
        const gone = new Promise((r) => first.child.on('exit', r));
        first.child.kill('SIGKILL');
        await gone;
        const again = await openStore({ engine: 'pglite', dataDir }); // the dead process's lock is stale
        expect((await migrate(again)).applied).toEqual([]);
        await again.close();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }, 120_000);

    it('refuses an applied migration whose file changed, and rolls back a failing one entirely', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'yibao-mig-'));
      try {
        const fresh = await openTestStore({ engine, migrate: false });
        try {
          writeFileSync(join(dir, '001_a.sql'), 'CREATE TABLE mig_a (v int);');
          expect((await migrate(fresh.store, { dir })).applied).toEqual([1]);
          writeFileSync(join(dir, '001_a.sql'), 'CREATE TABLE mig_a (v int, w int);');
          await expect(migrate(fresh.store, { dir })).rejects.toThrow(/已于此前执行，但文件内容已改变/);
          writeFileSync(join(dir, '001_a.sql'), 'CREATE TABLE mig_a (v int);');
          writeFileSync(join(dir, '002_b.sql'), 'CREATE TABLE mig_b (v int); SELECT no_such_function();');
          await expect(migrate(fresh.store, { dir })).rejects.toThrow();
          const { rows } = await fresh.store.query<{ n: number }>(
            `SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'mig_b' AND table_schema = current_schema()`,
          );
          expect(rows[0]!.n).toBe(0);
          const v = await fresh.store.query<{ version: number }>('SELECT version FROM schema_migrations');
          expect(v.rows.map((r) => r.version)).toEqual([1]);
        } finally {
          await fresh.cleanup();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('moves its read revision after a committed write to what read caches show, not after a read, a rollback or another table', async () => {
      const r0 = await store.readRevision();
      await store.query('SELECT count(*) FROM cases');
      expect(await store.readRevision()).toBe(r0);
      await store.query(`INSERT INTO jurisdictions (id, name, level, bureau) VALUES ('修订测试', '修订测试', '省', '修订测试局') ON CONFLICT (id) DO NOTHING`);
      const r1 = await store.readRevision();
      expect(r1).toBeGreaterThan(r0);
      // a transaction that rolls back moves nothing; one with many statements moves it once
      await expect(
        store.transaction(async (tx) => {
          await tx.query(`UPDATE jurisdictions SET name = '改' WHERE id = '修订测试'`);
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      expect(await store.readRevision()).toBe(r1);
      await store.transaction(async (tx) => {
        for (let i = 0; i < 3; i++) await tx.query(`UPDATE jurisdictions SET name = $1 WHERE id = '修订测试'`, [`名${i}`]);
      });
      expect(await store.readRevision()).toBe(r1 + 1);
      // the sign-in log is not shown by any cached read
      await store.query(`INSERT INTO login_events (user_name, outcome) VALUES ('x', 'unknown_user')`);
      expect(await store.readRevision()).toBe(r1 + 1);
      // callers at the same moment share one read, and each sees the write committed before its call
      const same = await Promise.all([store.readRevision(), store.readRevision(), store.readRevision()]);
      expect(new Set(same)).toEqual(new Set([r1 + 1]));
      // a read asked before a write may see it or not (on a server the read starts at the end of the
      // turn, and the write may be sent first): either is safe for a cache; never an older revision
      const before = store.readRevision();
      await store.query(`DELETE FROM jurisdictions WHERE id = '修订测试'`);
      expect([r1 + 1, r1 + 2]).toContain(await before);
      expect(await store.readRevision()).toBe(r1 + 2);
    });

    it('keeps the 飞行检查 libraries\' history (第六条 动态管理): a row is disabled once, never changed otherwise nor deleted', async () => {
      const { rows } = await store.query<{ id: number }>(
        `INSERT INTO flying_library (jurisdiction_id, kind, name, category, joined_on, joined_by) VALUES ('库测试', '专家', '某专家', '医疗', '2026-03-02', 'fuze') RETURNING id`,
      );
      const id = rows[0]!.id;
      await expect(store.query('DELETE FROM flying_library WHERE id = $1', [id])).rejects.toThrow(/不得删除/);
      await expect(store.query('TRUNCATE flying_library')).rejects.toThrow(/不得删除/);
      await expect(store.query(`UPDATE flying_library SET name = '改名' WHERE id = $1`, [id])).rejects.toThrow(/只能停用一次/);
      await expect(store.query(`UPDATE flying_library SET disabled_on = '2026-03-03' WHERE id = $1`, [id])).rejects.toThrow(/check constraint|违反|约束/);
      await store.query(`UPDATE flying_library SET disabled_on = '2026-03-03', disabled_at = now(), disabled_by = 'fuze', disabled_reason = '聘期届满' WHERE id = $1`, [id]);
      await expect(store.query(`UPDATE flying_library SET disabled_reason = '改理由' WHERE id = $1`, [id])).rejects.toThrow(/只能停用一次/);
      // one active stay per name: taken back as a new row once the old one is disabled
      await store.query(`INSERT INTO flying_library (jurisdiction_id, kind, name, category, joined_on, joined_by) VALUES ('库测试', '专家', '某专家', '医疗', '2026-03-04', 'fuze')`);
      await expect(store.query(`INSERT INTO flying_library (jurisdiction_id, kind, name, category, joined_on, joined_by) VALUES ('库测试', '专家', '某专家', '医疗', '2026-03-05', 'fuze')`)).rejects.toThrow(/flying_library_active|duplicate|重复/);
      expect((await store.query(`SELECT count(*)::int AS n FROM flying_library WHERE jurisdiction_id = '库测试'`)).rows[0]).toEqual({ n: 2 });
    });

    it('rejects migration files that are not NNN_name.sql', () => {
      const dir = mkdtempSync(join(tmpdir(), 'yibao-mig-'));
      try {
        copyFileSync(join(migrationsDir, listMigrations()[0]!.file), join(dir, '1-bad.sql'));
        expect(() => listMigrations(dir)).toThrow(/NNN_name\.sql/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
