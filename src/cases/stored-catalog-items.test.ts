// The case service the CLI opens (`openCaseService`, as `yibao case open --item` does) resolves
// the items of catalogs the server imported into the same database — each edition by its
// reference — as it resolves the seeds' items: a bureau's .xlsx catalog is no dead end on the
// command line either.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalogBytes, importCatalogBytesAsync } from '../catalog/index.js';
import { buildXlsx } from '../catalog/import/fixtures/build.js';
import { openStore } from '../store/index.js';
import { CaseError } from './service.js';
import { openCaseService } from './runtime.js';

let dir: string;

/** What the server stores on import: the catalog row (latest edition) and one row per edition. */
async function storeCatalog(dataDir: string, id: string, jurisdiction: string, editions: Array<{ catalog: unknown; sha: string }>): Promise<void> {
  const store = await openStore({ dataDir });
  try {
    for (const [path, level, parent] of [['山西省', '省', null], ['山西省/阳泉市', '市', '山西省'], [jurisdiction, '县区', '山西省/阳泉市']] as const) {
      await store.query('INSERT INTO jurisdictions (id, name, level, parent, bureau) VALUES ($1, $1, $2, $3, $4) ON CONFLICT (id) DO NOTHING', [path, level, parent, `${path}医疗保障局`]);
    }
    const last = editions[editions.length - 1]!;
    await store.query(
      `INSERT INTO server_catalogs (id, jurisdiction_id, title, source_file, source_sha256, catalog, edition) VALUES ($1, $2, '清单', 'f', $3, $4, $5)`,
      [id, jurisdiction, last.sha, JSON.stringify(last.catalog), editions.length],
    );
    for (const [k, e] of editions.entries()) {
      await store.query(`INSERT INTO server_catalog_editions (catalog_id, edition, title, source_file, source_sha256, catalog) VALUES ($1, $2, '清单', 'f', $3, $4)`, [id, k + 1, e.sha, JSON.stringify(e.catalog)]);
    }
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-stored-items-'));
  const edition1 = await importCatalogBytesAsync(await buildXlsx(), 'cq.xlsx');
  const edition2 = importCatalogBytes(
    Buffer.from(['阳泉市城区医疗保障局权责清单（2026年）', '序号\t事项名称\t职权类型\t实施依据', '1\t对定点医药机构医疗保障基金使用情况的监督检查\t行政检查\t《医疗保障基金使用监督管理条例》第二十七条'].join('\n')),
    'cq.txt',
  );
  await storeCatalog(dir, 'cq-quanze', '山西省/阳泉市/城区', [{ catalog: edition1, sha: 'a' }, { catalog: edition2, sha: 'b' }]);
}, 120_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('openCaseService resolves the items of catalogs stored in its database', () => {
  it('opens cases on an imported item of each edition, under the item’s procedure and jurisdiction; seeds still resolve; an unknown item is refused', async () => {
    const { store, service } = await openCaseService({ dataDir: dir });
    try {
      const penalty = await service.open({ item: 'cq-quanze#1', actor: 'zhifa1' });
      expect(penalty.procedure.id).toBe('xzcf-putong');
      expect(penalty.jurisdiction.path).toBe('山西省/阳泉市/城区');
      expect(penalty.item).toMatchObject({ ref: 'cq-quanze#1', name: '对定点医药机构违法违规使用医疗保障基金行为的处罚', matter: { id: 'penalty.institution-loss' } });
      // the engine holds the articles the imported item cites (its guards read them)
      expect(service.ports.resolveItem?.('cq-quanze#1')?.articles).toEqual(
        expect.arrayContaining([
          { statute: '医疗保障基金使用监督管理条例', article: 38 },
          { statute: '医疗保障基金使用监督管理条例', article: 40 },
        ]),
      );
      const inspection = await service.open({ item: 'cq-quanze@2#1', actor: 'zhifa1' });
      expect(inspection.kind).toBe('行政检查');
      expect(inspection.procedure.id).toMatch(/^xzjc-/);
      expect((await service.open({ item: '000_650efb1eb094bc36#3', actor: 'zhifa1' })).jurisdiction.path).toBe('山西省/阳泉市');
      for (const unknown of ['cq-quanze@2#3', 'cq-quanze@3#1', 'no-such-catalog#1']) {
        const err = await service.open({ item: unknown, actor: 'zhifa1' }).catch((e: unknown) => e);
        expect(err, unknown).toBeInstanceOf(CaseError);
        expect((err as CaseError).code).toBe('UNKNOWN_ITEM');
      }
    } finally {
      await store.close();
    }
  }, 120_000);
});
