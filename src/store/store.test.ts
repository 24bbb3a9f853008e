import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAmendments, listMigrations, migrate, openStore, openTestStore, pgliteFsyncCount } from './index.js';
import { storeSuite } from './test-support/store.shared.js';

storeSuite('pglite');

describe('PGlite data folder', { timeout: 60_000 }, () => {
  it('keeps data in <dataDir>/pg across close and reopen, and refuses a second opener', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'yibao-store-'));
    try {
      const a = await openStore({ engine: 'pglite', dataDir });
      expect(a.location).toBe(join(dataDir, 'pg'));
      await a.exec('CREATE TABLE kept (v text)');
      await a.query('INSERT INTO kept VALUES ($1)', ['留存']);
      await expect(openStore({ engine: 'pglite', dataDir })).rejects.toThrow(/正被进程 \d+ 使用/);
      await a.close();
      const b = await openStore({ engine: 'pglite', dataDir });
      const { rows } = await b.query<{ v: string }>('SELECT v FROM kept');
      expect(rows).toEqual([{ v: '留存' }]);
      await b.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('uses YIBAO_DATA when no dataDir is given', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'yibao-env-'));
    const before = process.env.YIBAO_DATA;
    process.env.YIBAO_DATA = dataDir;
    try {
      const s = await openStore({ engine: 'pglite', migrate: false });
      expect(s.location).toBe(join(dataDir, 'pg'));
      await s.close();
    } finally {
      if (before === undefined) delete process.env.YIBAO_DATA;
      else process.env.YIBAO_DATA = before;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('amended migrations', { timeout: 60_000 }, () => {
  it('accepts a database that ran an earlier text listed in AMENDED.tsv, records the new checksum, and still refuses any other change', async () => {
    const amendments = listAmendments();
    const [version, earlier] = [...amendments].map(([v, set]) => [v, [...set][0]!] as const)[0]!;
    const current = listMigrations().find((m) => m.version === version)!;
    expect(earlier).not.toBe(current.checksum);
    const t = await openTestStore();
    try {
      // as a database migrated before the amendment: the earlier checksum on record
      await t.store.query('UPDATE schema_migrations SET checksum = $2 WHERE version = $1', [version, earlier]);
      const r = await migrate(t.store);
      expect(r).toMatchObject({ applied: [], amended: [version] });
      expect((await t.store.query<{ checksum: string }>('SELECT checksum FROM schema_migrations WHERE version = $1', [version])).rows[0]!.checksum).toBe(current.checksum);
      expect((await migrate(t.store)).amended).toEqual([]);
      await t.store.query('UPDATE schema_migrations SET checksum = $2 WHERE version = $1', [version, 'f'.repeat(64)]);
      await expect(migrate(t.store)).rejects.toThrow(/已于此前执行，但文件内容已改变/);
    } finally {
      await t.cleanup();
    }
  });

  it('defines the users table in one migration only, and inserts no user', () => {
    const defining = listMigrations().filter((m) => /CREATE TABLE[^;(]*\busers\b/i.test(m.sql) || /ALTER TABLE users ADD/i.test(m.sql));
    expect(defining.map((m) => m.version)).toEqual([50]);
    expect(listMigrations().filter((m) => /INSERT INTO users/i.test(m.sql))).toEqual([]);
  });
});

describe('durable PGlite (fsync on by default)', { timeout: 120_000 }, () => {
  it('fsyncs the WAL before a commit returns; the non-durable mode (benchmarks only) does not', async () => {
    for (const durable of [undefined, false] as const) {
      const dataDir = mkdtempSync(join(tmpdir(), 'yibao-durable-'));
      try {
        const s = await openStore({ engine: 'pglite', dataDir, migrate: false, ...(durable === false ? { durable } : {}) });
        const settings = (await s.query<{ fsync: string }>('SHOW fsync')).rows[0]!.fsync;
        await s.exec('CREATE TABLE steps (n int)');
        const before = pgliteFsyncCount();
        for (let i = 0; i < 5; i++) await s.query('INSERT INTO steps VALUES ($1)', [i]);
        const synced = pgliteFsyncCount() - before;
        await s.close();
        if (durable === false) {
          expect(settings).toBe('off');
          expect(synced).toBe(0);
        } else {
          expect(settings).toBe('on');
          expect(synced).toBeGreaterThanOrEqual(5); // one WAL fsync per commit at least
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  });
});
