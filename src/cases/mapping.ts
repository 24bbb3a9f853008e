// Which procedure an enforcement item runs under: by its kind and canonical matter (or
// name), from data/procedures/mapping.json. First matching rule wins.
import type { MappingRule } from './procedure/model.js';

export interface MappableItem {
  name: string;
  kind: string;
  subItems?: string[];
  matter?: { id: string; name: string } | null;
  /** 实施对象, as the catalog writes them */
  targets?: string[];
  /** the articles the item rests on (its bases' resolved citations) */
  articles?: Array<{ statute: string; article: number }>;
  /** the jurisdiction path of the catalog's issuing bureau, when known */
  jurisdiction?: string;
}

export interface ItemProcedure {
  procedure: string;
  variant?: string;
  why: string;
  /** Other procedures a case of the item may be opened under, chosen per case. */
  also?: Array<{ procedure: string; variant?: string; why: string }>;
}

export function mapItem(item: MappableItem, rules: readonly MappingRule[]): ItemProcedure | undefined {
  const text = [item.name, ...(item.subItems ?? [])].join('；');
  for (const rule of rules) {
    if (rule.kind !== '*' && rule.kind !== item.kind) continue;
    if (rule.matters && !(item.matter && rule.matters.includes(item.matter.id))) continue;
    if (rule.name && !new RegExp(rule.name).test(text)) continue;
    return { procedure: rule.procedure, ...(rule.variant ? { variant: rule.variant } : {}), why: rule.why, ...(rule.also?.length ? { also: rule.also } : {}) };
  }
  return undefined;
}

/** ITEM_ID = `<catalog file stem>#<seq>`, e.g. 000_650efb1eb094bc36#3. */
export function parseItemId(id: string): { stem: string; seq: number } | undefined {
  const m = /^([^#/\\]+)#(\d+)$/.exec(id.trim());
  if (!m) return undefined;
  return { stem: m[1]!.replace(/\.txt$/, ''), seq: Number(m[2]) };
}

export function itemId(stem: string, seq: number): string {
  return `${stem.replace(/\.txt$/, '')}#${seq}`;
}
