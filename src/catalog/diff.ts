// The difference between two editions of one bureau's catalog: items added, removed and
// changed (field by field). Items are matched by name (as compared for matters), else by 序号.
import type { Catalog, CatalogItem } from './model.js';
import { nameKey } from './matters.js';

export interface ItemChange {
  seq: number;
  previousSeq: number;
  name: string;
  fields: { field: string; label: string; before: string; after: string }[];
}

export interface CatalogDiff {
  added: { seq: number; name: string; kind: string }[];
  removed: { seq: number; name: string; kind: string }[];
  changed: ItemChange[];
  unchanged: number;
}

const FIELDS: { field: string; label: string; value: (i: CatalogItem) => string }[] = [
  { field: 'seq', label: '序号', value: (i) => String(i.seq) },
  { field: 'name', label: '事项名称', value: (i) => i.name },
  { field: 'kind', label: '职权类型', value: (i) => i.kind },
  { field: 'subItems', label: '子项', value: (i) => i.subItems.join('；') },
  { field: 'bases', label: '实施依据', value: (i) => i.bases.map((b) => b.text.replace(/\s+/g, '')).join('\n') },
  { field: 'exercisingBody', label: '行使主体', value: (i) => (i.exercisingBody ?? []).join('、') },
  { field: 'departments', label: '承办机构', value: (i) => i.departments.join('、') },
  { field: 'targets', label: '实施对象', value: (i) => i.targets.join('、') },
  { field: 'implementationLevel', label: '实施层级', value: (i) => i.implementationLevel ?? '' },
  { field: 'domain', label: '执法领域', value: (i) => i.domain ?? '' },
  { field: 'duties', label: '责任事项', value: (i) => i.duties.map((d) => `${d.label}：${d.text}`).join('\n') },
  { field: 'accountable', label: '追责对象', value: (i) => i.accountable.join('、') },
  { field: 'timeLimit', label: '期限', value: (i) => i.timeLimit ?? '' },
  { field: 'notes', label: '备注', value: (i) => i.notes ?? '' },
];

export function diffCatalogs(before: Catalog, after: Catalog): CatalogDiff {
  const unmatched = new Set(before.items);
  const pairs: [CatalogItem, CatalogItem][] = [];
  const added: CatalogItem[] = [];
  const byName = new Map<string, CatalogItem[]>();
  for (const i of before.items) byName.set(nameKey(i.name), [...(byName.get(nameKey(i.name)) ?? []), i]);
  const pending: CatalogItem[] = [];
  for (const a of after.items) {
    const same = (byName.get(nameKey(a.name)) ?? []).find((b) => unmatched.has(b));
    if (same) {
      unmatched.delete(same);
      pairs.push([same, a]);
    } else pending.push(a);
  }
  for (const a of pending) {
    const same = before.items.find((b) => unmatched.has(b) && b.seq === a.seq);
    if (same) {
      unmatched.delete(same);
      pairs.push([same, a]);
    } else added.push(a);
  }
  const changed: ItemChange[] = [];
  let unchanged = 0;
  for (const [b, a] of pairs) {
    const fields = FIELDS.filter((f) => f.value(b) !== f.value(a)).map((f) => ({ field: f.field, label: f.label, before: f.value(b), after: f.value(a) }));
    if (fields.length === 0) unchanged++;
    else changed.push({ seq: a.seq, previousSeq: b.seq, name: a.name, fields });
  }
  const brief = (i: CatalogItem) => ({ seq: i.seq, name: i.name, kind: i.kind });
  return { added: added.map(brief), removed: [...unmatched].map(brief), changed, unchanged };
}
