// Stable references to catalog items, for cases opened on any item — seed or imported, of
// a given edition. A reference names its catalog and, once catalogs have editions, the
// edition: `<catalogId>@<edition>#<seq>`. `<catalogId>#<seq>` (the form of references made
// before editions existed) means edition 1, so that no later import changes what an existing
// reference resolves to. A catalog's id is unique: importing another catalog never touches
// the references of this one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, CatalogItem, ItemCitation, PowerKind } from './model.js';
import { nameNeedsVerification } from './model.js';
import { itemCitations } from './enrich.js';

export interface ItemRef {
  catalogId: string;
  /** Absent in the pre-edition form: edition 1. */
  edition?: number;
  seq: number;
}

const REF = /^([A-Za-z0-9_.-]{1,80})(?:@(\d{1,6}))?#(\d{1,6})$/;

/** `<catalogId>#<seq>` or `<catalogId>@<edition>#<seq>` (a `.txt` suffix on the id is dropped). */
export function parseItemRef(ref: string): ItemRef | undefined {
  const m = REF.exec(ref.trim().replace(/\.txt(?=[@#])/, ''));
  if (!m) return undefined;
  const seq = Number(m[3]);
  const edition = m[2] !== undefined ? Number(m[2]) : undefined;
  if (seq < 1 || (edition !== undefined && edition < 1)) return undefined;
  return { catalogId: m[1]!, ...(edition !== undefined ? { edition } : {}), seq };
}

/** The pinned reference of an item: `<catalogId>@<edition>#<seq>`. */
export function itemRef(catalogId: string, edition: number, seq: number): string {
  return `${catalogId}@${edition}#${seq}`;
}

/** 当事人 kinds of the penalty rules an item's 实施对象 name. */
export type PartyKind = '定点医疗机构' | '定点零售药店' | '参保个人' | '用人单位' | '医疗保障经办机构' | '其他单位';

/** The party kinds an item's 实施对象 (and, without them, its name) allow. */
export function partyKindsOf(targets: string[], name = ''): PartyKind[] {
  const out = new Set<PartyKind>();
  const texts = targets.length > 0 ? targets : [name];
  for (const t of texts) {
    if (/定点医药机构/.test(t)) {
      out.add('定点医疗机构');
      out.add('定点零售药店');
    }
    if (/定点医疗机构|医疗机构|医院/.test(t) && !/定点医药机构/.test(t)) out.add('定点医疗机构');
    if (/零售药店|药店|药品经营/.test(t)) out.add('定点零售药店');
    if (/公民|个人|参保人|参保人员|自然人/.test(t)) out.add('参保个人');
    if (/用人单位|缴费单位/.test(t)) out.add('用人单位');
    if (/经办机构/.test(t)) out.add('医疗保障经办机构');
    if (/法人|其他组织|企业/.test(t) && out.size === 0) out.add('其他单位');
  }
  return [...out];
}

/** An item as a case needs it. */
export interface ResolvedItem {
  /** The pinned reference (`<catalogId>@<edition>#<seq>`), whatever form was asked. */
  ref: string;
  catalogId: string;
  edition: number;
  seq: number;
  /** The catalog's issuer (…医疗保障局) as written. */
  issuer: string;
  name: string;
  kind: PowerKind;
  /** Canonical matter (规范事项) the item is linked to, or null. */
  matter: { id: string; name: string } | null;
  subItems: string[];
  /** 实施对象 as written (or inferred, see item.extra['实施对象来源']). */
  targets: string[];
  partyKinds: PartyKind[];
  /** 实施依据 citations, resolved against the statute corpus at the catalog's date. */
  citations: ItemCitation[];
  exercisingBody: string[];
  departments: string[];
  accountable: string[];
  /** The source row was cut off. */
  truncated: boolean;
  /** A recovered (OCR) name below the confidence threshold: 待核实. */
  nameToVerify: boolean;
  item: CatalogItem;
}

/** Where items are looked up: a catalog by id and edition (undefined: edition 1). */
export interface ItemSource {
  catalog(catalogId: string, edition?: number): { catalog: Catalog; edition: number } | undefined;
}

/** Resolve a reference, or undefined when it names no item. */
export function resolveItemRef(ref: string, source: ItemSource): ResolvedItem | undefined {
  const parsed = parseItemRef(ref);
  if (!parsed) return undefined;
  const found = source.catalog(parsed.catalogId, parsed.edition ?? 1);
  if (!found) return undefined;
  return resolvedItem(parsed.catalogId, found.edition, found.catalog, parsed.seq);
}

/** The resolved form of one item of a catalog edition. */
export function resolvedItem(catalogId: string, edition: number, catalog: Catalog, seq: number): ResolvedItem | undefined {
  const item = catalog.items.find((i) => i.seq === seq);
  if (!item) return undefined;
  return {
    ref: itemRef(catalogId, edition, seq),
    catalogId,
    edition,
    seq,
    issuer: catalog.jurisdiction,
    name: item.name,
    kind: item.kind,
    matter: item.matter,
    subItems: item.subItems,
    targets: item.targets,
    partyKinds: partyKindsOf(item.targets, item.name),
    citations: itemCitations(item),
    exercisingBody: item.exercisingBody ?? [],
    departments: item.departments,
    accountable: item.accountable,
    truncated: item.truncated === true,
    nameToVerify: nameNeedsVerification(item),
    item,
  };
}

/**
 * Seed catalogs in a folder (each file `<stem>.txt` is catalog `<stem>`, edition 1), imported
 * once each with `importFile`.
 */
export function seedItemSource(dir: string, importFile: (path: string) => Catalog): ItemSource {
  const cache = new Map<string, Catalog | null>();
  return {
    catalog(catalogId, edition = 1) {
      if (edition !== 1 || !/^[A-Za-z0-9_.-]{1,80}$/.test(catalogId)) return undefined;
      if (!cache.has(catalogId)) {
        const file = join(dir, `${catalogId}.txt`);
        cache.set(catalogId, existsSync(file) ? importFile(file) : null);
      }
      const catalog = cache.get(catalogId);
      return catalog ? { catalog, edition: 1 } : undefined;
    },
  };
}
