import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from './index.js';
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
