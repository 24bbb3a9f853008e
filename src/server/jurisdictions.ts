// 辖区 for the server: the law module's jurisdictions (data/jurisdictions.json) as the
// server scopes by them. A path ("山西省/阳泉市/矿区") makes "inside" a prefix test: every read
// and write is scoped by it, an account seeing its own jurisdiction and those below it.
import { jurisdictionOfName as lawJurisdictionOfName, loadJurisdictions, withinJurisdiction } from '../law/index.js';

export type JurisdictionLevel = '省' | '市' | '县区';

export interface Jurisdiction {
  /** Path id, e.g. 山西省/阳泉市/矿区. */
  id: string;
  name: string;
  /** 行政区划代码 */
  code: string;
  level: JurisdictionLevel;
  parent: string | null;
  /** The bureau (医疗保障局) of the jurisdiction, for the portal. */
  bureau: string;
}

export const JURISDICTIONS: readonly Jurisdiction[] = loadJurisdictions().map((j) => ({
  id: j.path,
  name: j.name,
  code: j.code,
  level: j.level,
  parent: j.parent,
  bureau: `${j.fullName.replace(/^(.+?(省|自治区))(.+)$/u, '$3') || j.fullName}医疗保障局`,
}));

const BY_ID = new Map(JURISDICTIONS.map((j) => [j.id, j]));

export function jurisdiction(id: string): Jurisdiction | undefined {
  return BY_ID.get(id);
}

/** True when `target` is `scope` itself or lies below it. */
export const within = withinJurisdiction;

/** `scope` and every jurisdiction above it (a county reads its city's and province's catalogs). */
export function ancestorsOf(id: string): string[] {
  const parts = id.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** The jurisdiction a catalog speaks for, from its issuing body's name or title. */
export function jurisdictionOfName(name: string): string | undefined {
  return lawJurisdictionOfName(name);
}
