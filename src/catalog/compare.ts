// Comparison of catalogs: the matrix canonical matter × jurisdiction — has, lacks, or
// has with a different legal basis than the matter's core articles.
import type { Catalog, CatalogItem } from './model.js';
import type { Matter } from './matters.js';
import { itemCitations } from './enrich.js';

export type CompareStatus = 'has' | 'lacks' | 'different';

export interface CompareCell {
  status: CompareStatus;
  /** Items of the jurisdiction linked to the matter. */
  items: Array<{ seq: number; name: string }>;
  /** Core articles of the matter the items do not cite. */
  missingCore: string[];
  /** Articles the items cite that are not core to the matter. */
  extra: string[];
}

export interface CompareMatrix {
  jurisdictions: string[];
  rows: Array<{ matter: { id: string; name: string; kind: string }; cells: CompareCell[] }>;
  /** Items linked to no matter, per jurisdiction. */
  unlinked: Array<{ jurisdiction: string; seq: number; name: string; reason: string }>;
}

const key = (statute: string, article: number) => `${statute.replace(/^中华人民共和国/, '')}第${article}条`;

function citedArticles(items: CatalogItem[]): Set<string> {
  return new Set(items.flatMap((i) => itemCitations(i)).filter((c) => !c.byReference).map((c) => key(c.statute, c.article)));
}

export function compareCatalogs(catalogs: Catalog[], matters: Matter[]): CompareMatrix {
  const used = new Set(catalogs.flatMap((c) => c.items.map((i) => i.matter?.id).filter(Boolean)));
  const rows = matters
    .filter((m) => used.has(m.id))
    .map((matter) => {
      const core = matter.coreArticles.map((a) => key(a.statute, a.article));
      const cells = catalogs.map((catalog): CompareCell => {
        const items = catalog.items.filter((i) => i.matter?.id === matter.id);
        if (items.length === 0) return { status: 'lacks', items: [], missingCore: core, extra: [] };
        const cited = citedArticles(items);
        const missingCore = core.filter((k) => !cited.has(k));
        const extra = [...cited].filter((k) => !core.includes(k));
        return {
          status: missingCore.length === 0 ? 'has' : 'different',
          items: items.map((i) => ({ seq: i.seq, name: i.name })),
          missingCore,
          extra,
        };
      });
      return { matter: { id: matter.id, name: matter.name, kind: matter.kind }, cells };
    });
  const unlinked = catalogs.flatMap((catalog) =>
    catalog.items.filter((i) => !i.matter).map((i) => ({ jurisdiction: catalog.jurisdiction, seq: i.seq, name: i.name, reason: i.matterReason ?? '' })),
  );
  return { jurisdictions: catalogs.map((c) => c.jurisdiction), rows, unlinked };
}
