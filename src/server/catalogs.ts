// Catalogs kept by the server: the imported catalog (src/catalog model) in the database,
// parsed once into memory with its lint findings; visibility by jurisdiction and
// publication; editions (a new file for the same catalog is a new edition, the old ones are
// kept for the cases opened under them); items resolved by stable reference.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import {
  diffCatalogs,
  importCatalogBytes,
  importCatalogBytesAsync,
  lintCatalog,
  loadMatters,
  parseItemRef,
  resolveItemRef,
  type Catalog,
  type CatalogDiff,
  type ColumnOverrides,
  type ItemSource,
  type LintFinding,
  type Matter,
  type ResolvedItem,
} from '../catalog/index.js';
import type { Corpus } from '../law/index.js';
import { mappableOf, toShanghaiInstant, type MappableItem } from '../cases/index.js';
import type { ServerDb } from './db.js';
import { ancestorsOf, jurisdictionOfName, within } from './jurisdictions.js';

export interface StoredCatalog {
  id: string;
  jurisdiction: string;
  title: string;
  sourceFile: string;
  sha256: string;
  /** True when an edition is on the portal. */
  published: boolean;
  publishedAt: string | null;
  importedBy: string | null;
  importedAt: string;
  /** The latest edition's number (this object's catalog). */
  edition: number;
  /** The edition the portal shows, or null. */
  publishedEdition: number | null;
  catalog: Catalog;
  findings: LintFinding[];
}

export interface EditionSummary {
  edition: number;
  title: string;
  sourceFile: string;
  sha256: string;
  importedBy: string | null;
  importedAt: string;
  items: number;
  published: boolean;
  latest: boolean;
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
  edition: number;
  published_edition: number | null;
}

interface EditionRow {
  catalog_id: string;
  edition: number;
  title: string;
  source_file: string;
  source_sha256: string;
  catalog: Catalog | string;
  imported_by: string | null;
  imported_at: string | Date;
}

interface Edition {
  edition: number;
  title: string;
  sourceFile: string;
  sha256: string;
  importedBy: string | null;
  importedAt: string;
  catalog: Catalog;
  findings?: LintFinding[];
}

/** Instants as +08:00 ISO strings, so that their first ten characters are the date in Shanghai. */
const iso = (v: string | Date | null): string | null => (v === null ? null : toShanghaiInstant(v));
const parse = (c: Catalog | string): Catalog => (typeof c === 'string' ? (JSON.parse(c) as Catalog) : c);

/** The id a file gets: its stem when it is plain, else a hash. */
export function catalogIdFor(fileName: string, sha256: string): string {
  const stem = basename(fileName).replace(/\.[^.]+$/, '');
  return /^[A-Za-z0-9_.-]{1,60}$/.test(stem) ? stem : `upload-${sha256.slice(0, 12)}`;
}

/** A resolved item with the catalog's jurisdiction path (for scoping). */
export interface ResolvedCatalogItem extends ResolvedItem {
  jurisdiction: string;
}

export class CatalogRepository {
  private readonly byId = new Map<string, StoredCatalog>();
  private readonly editionsById = new Map<string, Edition[]>();
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
    const editions = await this.db.query<EditionRow>('SELECT * FROM server_catalog_editions ORDER BY catalog_id, edition');
    this.byId.clear();
    this.editionsById.clear();
    for (const r of rows) this.byId.set(r.id, this.fromRow(r));
    for (const e of editions.rows) this.editionsById.set(e.catalog_id, [...(this.editionsById.get(e.catalog_id) ?? []), this.fromEditionRow(e)]);
    this.loaded = true;
  }

  private fromRow(r: Row): StoredCatalog {
    const catalog = parse(r.catalog);
    return {
      id: r.id,
      jurisdiction: r.jurisdiction_id,
      title: r.title,
      sourceFile: r.source_file,
      sha256: r.source_sha256,
      published: r.published_edition !== null && r.published_edition !== undefined ? true : r.published,
      publishedAt: iso(r.published_at),
      importedBy: r.imported_by,
      importedAt: iso(r.imported_at)!,
      edition: r.edition ?? 1,
      publishedEdition: r.published_edition ?? (r.published ? (r.edition ?? 1) : null),
      catalog,
      findings: lintCatalog(catalog, this.corpus),
    };
  }

  private fromEditionRow(e: EditionRow): Edition {
    return { edition: e.edition, title: e.title, sourceFile: e.source_file, sha256: e.source_sha256, importedBy: e.imported_by, importedAt: iso(e.imported_at)!, catalog: parse(e.catalog) };
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
  static visible(c: { published: boolean; jurisdiction: string }, scope: string): boolean {
    return c.published || within(scope, c.jurisdiction) || ancestorsOf(scope).includes(c.jurisdiction);
  }

  /** Write access: one's own jurisdiction and below. */
  static writable(c: { jurisdiction: string }, scope: string): boolean {
    return within(scope, c.jurisdiction);
  }

  /** Parses a text catalog (throws CatalogImportError) without storing it. */
  parse(bytes: Uint8Array, fileName: string): { catalog: Catalog; jurisdiction: string | undefined; sha256: string } {
    return this.located(importCatalogBytes(bytes, fileName, { corpus: this.corpus, matters: this.matters }), bytes);
  }

  /** Parses a file of any format (text, HTML, .xlsx, .xls, .docx, PDF) without storing it. */
  async parseFile(bytes: Uint8Array, fileName: string, columns?: ColumnOverrides): Promise<{ catalog: Catalog; jurisdiction: string | undefined; sha256: string }> {
    return this.located(await importCatalogBytesAsync(bytes, fileName, { corpus: this.corpus, matters: this.matters, ...(columns ? { columns } : {}) }), bytes);
  }

  private located(catalog: Catalog, bytes: Uint8Array): { catalog: Catalog; jurisdiction: string | undefined; sha256: string } {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { catalog, jurisdiction: jurisdictionOfName(catalog.jurisdiction) ?? jurisdictionOfName(catalog.title), sha256 };
  }

  /**
   * Stores a catalog. A new id is edition 1; the same file again (same SHA-256) is read
   * anew in place; another file for an existing id is a new edition — the earlier editions
   * stay, and the portal keeps showing the published one until a maintainer publishes anew.
   */
  async save(input: { id: string; jurisdiction: string; catalog: Catalog; sha256: string; sourceFile: string; importedBy: string | null; published?: boolean }): Promise<{ stored: StoredCatalog; created: boolean; edition: number; newEdition: boolean }> {
    await this.ensure();
    const existing = this.byId.get(input.id);
    const sameFile = existing !== undefined && existing.sha256 === input.sha256;
    const edition = existing ? (sameFile ? existing.edition : existing.edition + 1) : 1;
    const json = JSON.stringify(input.catalog);
    const row = await this.db.transaction(async (tx) => {
      const { rows } = await tx.query<Row>(
        `INSERT INTO server_catalogs (id, jurisdiction_id, title, source_file, source_sha256, catalog, published, published_at, imported_by, edition, published_edition)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7 THEN now() END, $8, $9, CASE WHEN $7 THEN $9::integer END)
         ON CONFLICT (id) DO UPDATE SET jurisdiction_id = EXCLUDED.jurisdiction_id, title = EXCLUDED.title, source_file = EXCLUDED.source_file,
           source_sha256 = EXCLUDED.source_sha256, catalog = EXCLUDED.catalog, imported_by = EXCLUDED.imported_by, imported_at = now(),
           edition = EXCLUDED.edition,
           published = server_catalogs.published OR EXCLUDED.published,
           published_edition = CASE WHEN EXCLUDED.published THEN EXCLUDED.edition ELSE server_catalogs.published_edition END,
           published_at = CASE WHEN EXCLUDED.published THEN now() ELSE server_catalogs.published_at END
         RETURNING *`,
        [input.id, input.jurisdiction, input.catalog.title, input.sourceFile, input.sha256, json, input.published ?? false, input.importedBy, edition],
      );
      await tx.query(
        `INSERT INTO server_catalog_editions (catalog_id, edition, title, source_file, source_sha256, catalog, imported_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (catalog_id, edition) DO UPDATE SET title = EXCLUDED.title, source_file = EXCLUDED.source_file, catalog = EXCLUDED.catalog,
           imported_by = EXCLUDED.imported_by, imported_at = now()`,
        [input.id, edition, input.catalog.title, input.sourceFile, input.sha256, json, input.importedBy],
      );
      return rows[0]!;
    });
    const stored = this.fromRow(row);
    this.byId.set(stored.id, stored);
    const list = (this.editionsById.get(stored.id) ?? []).filter((e) => e.edition !== edition);
    list.push({ edition, title: stored.title, sourceFile: stored.sourceFile, sha256: stored.sha256, importedBy: stored.importedBy, importedAt: stored.importedAt, catalog: stored.catalog, findings: stored.findings });
    list.sort((a, b) => a.edition - b.edition);
    this.editionsById.set(stored.id, list);
    return { stored, created: !existing, edition, newEdition: existing !== undefined && !sameFile };
  }

  /** Publish an edition (default: the latest) on the portal, or withdraw the catalog. */
  async setPublished(id: string, published: boolean, edition?: number): Promise<StoredCatalog> {
    await this.ensure();
    const current = this.byId.get(id);
    const chosen = published ? (edition ?? current?.edition ?? 1) : null;
    const { rows } = await this.db.query<Row>(
      'UPDATE server_catalogs SET published = $2, published_at = CASE WHEN $2 THEN now() END, published_edition = $3 WHERE id = $1 RETURNING *',
      [id, published, chosen],
    );
    const stored = this.fromRow(rows[0]!);
    this.byId.set(id, stored);
    return stored;
  }

  /** The editions of a catalog, oldest first. */
  async editions(id: string): Promise<EditionSummary[]> {
    await this.ensure();
    const c = this.byId.get(id);
    return (this.editionsById.get(id) ?? []).map((e) => ({
      edition: e.edition,
      title: e.title,
      sourceFile: e.sourceFile,
      sha256: e.sha256,
      importedBy: e.importedBy,
      importedAt: e.importedAt,
      items: e.catalog.items.length,
      published: c?.publishedEdition === e.edition,
      latest: c?.edition === e.edition,
    }));
  }

  /** One edition as a StoredCatalog (its own catalog and findings), or undefined. */
  async edition(id: string, edition: number): Promise<StoredCatalog | undefined> {
    await this.ensure();
    const c = this.byId.get(id);
    const e = (this.editionsById.get(id) ?? []).find((x) => x.edition === edition);
    if (!c || !e) return undefined;
    if (e.edition === c.edition) return c;
    e.findings ??= lintCatalog(e.catalog, this.corpus);
    return { ...c, title: e.title, sourceFile: e.sourceFile, sha256: e.sha256, importedBy: e.importedBy, importedAt: e.importedAt, edition: e.edition, catalog: e.catalog, findings: e.findings };
  }

  /** The difference between two editions of a catalog. */
  async diff(id: string, from: number, to: number): Promise<CatalogDiff | undefined> {
    const a = await this.edition(id, from);
    const b = await this.edition(id, to);
    return a && b ? diffCatalogs(a.catalog, b.catalog) : undefined;
  }

  /** The catalogs on the portal, each as its published edition. */
  async publishedViews(): Promise<StoredCatalog[]> {
    await this.ensure();
    const out: StoredCatalog[] = [];
    for (const c of this.byId.values()) {
      if (!c.published) continue;
      const view = c.publishedEdition !== null ? await this.edition(c.id, c.publishedEdition) : c;
      if (view) out.push(view);
    }
    return out;
  }

  /**
   * A synchronous resolver for the case engine's port (`resolveItem(id)`): loads the catalogs
   * once, then reads the live editions, so that items imported later resolve too.
   */
  async itemResolver(): Promise<(ref: string) => ResolvedCatalogItem | undefined> {
    await this.ensure();
    const source = this.itemSource();
    return (ref) => {
      const parsed = parseItemRef(ref);
      const c = parsed ? this.byId.get(parsed.catalogId) : undefined;
      const r = c ? resolveItemRef(ref, source) : undefined;
      return r && c ? { ...r, jurisdiction: c.jurisdiction } : undefined;
    };
  }

  /**
   * The case engine's item port (`CasePorts.resolveItem`): an item of any catalog the server
   * holds — seed or imported, of the edition its reference names — as the engine maps it (kind,
   * matter, 实施对象, the articles it cites, the catalog's jurisdiction). A reference to a
   * catalog the server does not hold goes to `fallback` (the seed files).
   */
  async caseItemResolver(fallback?: (ref: string) => MappableItem | undefined): Promise<(ref: string) => MappableItem | undefined> {
    const resolve = await this.itemResolver();
    return (ref) => {
      const parsed = parseItemRef(ref);
      if (!parsed || !this.byId.has(parsed.catalogId)) return fallback?.(ref);
      const r = resolve(ref);
      return r ? mappableOf(r.item, r.jurisdiction) : undefined;
    };
  }

  /** Items looked up synchronously by catalog id and edition (after load). */
  itemSource(): ItemSource {
    return {
      catalog: (catalogId, edition = 1) => {
        const e = (this.editionsById.get(catalogId) ?? []).find((x) => x.edition === edition);
        return e ? { catalog: e.catalog, edition: e.edition } : undefined;
      },
    };
  }

  /**
   * An item by stable reference — `<catalogId>@<edition>#<seq>`, or `<catalogId>#<seq>`
   * (edition 1, the form of references made before editions) — seed or imported, with its
   * kind, matter, party kinds and citations. With `scope`, only catalogs visible there.
   */
  async resolveItem(ref: string, scope?: string): Promise<ResolvedCatalogItem | undefined> {
    await this.ensure();
    const parsed = parseItemRef(ref);
    if (!parsed) return undefined;
    const c = this.byId.get(parsed.catalogId);
    if (!c || (scope !== undefined && !CatalogRepository.visible(c, scope))) return undefined;
    const resolved = resolveItemRef(ref, this.itemSource());
    return resolved ? { ...resolved, jurisdiction: c.jurisdiction } : undefined;
  }
}
