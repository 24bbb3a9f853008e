// Seeding the platform: the five seed catalogs (published: they are public documents).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogRepository } from './catalogs.js';

export const SEED_CATALOG_DIR = join(import.meta.dirname, '..', '..', 'data', 'catalogs');

export async function importSeedCatalogs(repo: CatalogRepository, dir = SEED_CATALOG_DIR, by: string | null = null): Promise<string[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const ids: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    const { catalog, jurisdiction, sha256 } = repo.parse(bytes, file);
    if (!jurisdiction) throw new Error(`种子清单 ${file} 的辖区无法识别：${catalog.jurisdiction}`);
    const id = file.replace(/\.txt$/, '');
    const existing = await repo.get(id);
    if (existing && existing.sha256 === sha256) {
      ids.push(id);
      continue;
    }
    await repo.save({ id, jurisdiction, catalog, sha256, sourceFile: file, importedBy: by, published: true });
    ids.push(id);
  }
  return ids;
}
