// Catalogs kept by the server: the imported catalog (src/catalog model) in the database,
// parsed once into memory with its lint findings; visibility by jurisdiction and
// publication.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { importCatalogBytes, lintCatalog, loadMatters, type Catalog, type LintFinding, type Matter } from '../catalog/index.js';
import type { Corpus } from '../law/index.js';
import { toShanghaiInstant } from '../cases/index.js';
import type { ServerDb } from './db.js';
import { ancestorsOf, jurisdictionOfName, within } from './jurisdictions.js';

export interface StoredCatalog {
  id: string;
  jurisdiction: string;
  title: string;
  sourceFile: string;
  sha256: string;
  published: boolean;
  publishedAt: string | null;
  importedBy: string | null;
  importedAt: string;
  catalog: Catalog;
  findings: LintFinding[];
}

interface Row {
  id: string;
  jurisdiction_id: string;
  title: string;
  source_file: string;
  source_sha256: string;
  catalog: Catalog | string;
  published: boolean;
  published_at: string | Date | null;
  imported_by: string | null;
  imported_at: string | Date;
}

/** Instants as +08:00 ISO strings, so that their first ten characters are the date in Shanghai. */
const iso = (v: string | Date | null): string | null => (v === null ? null : toShanghaiInstant(v));

/** The id a file gets: its stem when it is plain, else a hash. */
export function catalogIdFor(fileName: string, sha256: string): string {
  const stem = basename(fileName).replace(/\.[^.]+$/, '');
  return /^[A-Za-z0-9_.-]{1,60}$/.test(stem) ? stem : `upload-${sha256.slice(0, 12)}`;
}

export class CatalogRepository {
  private readonly byId = new Map<string, StoredCatalog>();
  private loaded = false;
  readonly matters: Matter[];

  constructor(
    private readonly db: ServerDb,
    private readonly corpus: Corpus,
  ) {
    this.matters = loadMatters();
  }

  async load(): Promise<void> {
    const { rows } = await this.db.query<Row>('SELECT * FROM server_catalogs ORDER BY id');
    this.byId.clear();
    for (const r of rows) this.byId.set(r.id, this.fromRow(r));
    this.loaded = true;
  }

  private fromRow(r: Row): StoredCatalog {
    const catalog = typeof r.catalog === 'string' ? (JSON.parse(r.catalog) as Catalog) : r.catalog;
    return {
      id: r.id,
      jurisdiction: r.jurisdiction_id,
      title: r.title,
      sourceFile: r.source_file,
      sha256: r.source_sha256,
      published: r.published,
      publishedAt: iso(r.published_at),
      importedBy: r.imported_by,
      importedAt: iso(r.imported_at)!,
      catalog,
      findings: lintCatalog(catalog, this.corpus),
    };
  }

  private async ensure(): Promise<void> {
    if (!this.loaded) await this.load();
  }

  async all(): Promise<StoredCatalog[]> {
    await this.ensure();
    return [...this.byId.values()];
  }

  async get(id: string): Promise<StoredCatalog | undefined> {
    await this.ensure();
    return this.byId.get(id);
  }

  /** Read access: published catalogs, one's own jurisdiction and below, and those above it. */
  static visible(c: StoredCatalog, scope: string): boolean {
    return c.published || within(scope, c.jurisdiction) || ancestorsOf(scope).includes(c.jurisdiction);
  }

  /** Write access: one's own jurisdiction and below. */
  static writable(c: { jurisdiction: string }, scope: string): boolean {
    return within(scope, c.jurisdiction);
  }

  /** Parses a file as a catalog (throws CatalogImportError) without storing it. */
  parse(bytes: Uint8Array, fileName: string): { catalog: Catalog; jurisdiction: string | undefined; sha256: string } {
    const catalog = importCatalogBytes(bytes, fileName, { corpus: this.corpus, matters: this.matters });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { catalog, jurisdiction: jurisdictionOfName(catalog.jurisdiction) ?? jurisdictionOfName(catalog.title), sha256 };
  }

  async save(input: { id: string; jurisdiction: string; catalog: Catalog; sha256: string; sourceFile: string; importedBy: string | null; published?: boolean }): Promise<{ stored: StoredCatalog; created: boolean }> {
    await this.ensure();
    const created = !this.byId.has(input.id);
    const { rows } = await this.db.query<Row>(
      `INSERT INTO server_catalogs (id, jurisdiction_id, title, source_file, source_sha256, catalog, published, published_at, imported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7 THEN now() END, $8)
       ON CONFLICT (id) DO UPDATE SET jurisdiction_id = EXCLUDED.jurisdiction_id, title = EXCLUDED.title, source_file = EXCLUDED.source_file,
         source_sha256 = EXCLUDED.source_sha256, catalog = EXCLUDED.catalog, imported_by = EXCLUDED.imported_by, imported_at = now(),
         published = server_catalogs.published OR EXCLUDED.published
       RETURNING *`,
      [input.id, input.jurisdiction, input.catalog.title, input.sourceFile, input.sha256, JSON.stringify(input.catalog), input.published ?? false, input.importedBy],
    );
    const stored = this.fromRow(rows[0]!);
    this.byId.set(stored.id, stored);
    return { stored, created };
  }

  async setPublished(id: string, published: boolean): Promise<StoredCatalog> {
    const { rows } = await this.db.query<Row>(
      'UPDATE server_catalogs SET published = $2, published_at = CASE WHEN $2 THEN now() END WHERE id = $1 RETURNING *',
      [id, published],
    );
    const stored = this.fromRow(rows[0]!);
    this.byId.set(id, stored);
    return stored;
  }
}
