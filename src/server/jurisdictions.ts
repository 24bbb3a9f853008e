// 辖区: province → city → county, identified by their path ("山西省/阳泉市/矿区"), so that
// "inside" is a prefix test. Every read and write is scoped by it: an account sees its own
// jurisdiction and those below it.
export type JurisdictionLevel = '省' | '市' | '县区';

export interface Jurisdiction {
  /** Path id, e.g. 山西省/阳泉市/矿区. */
  id: string;
  name: string;
  level: JurisdictionLevel;
  parent: string | null;
  /** The bureau (医疗保障局) of the jurisdiction, for documents and the portal. */
  bureau: string;
}

/** The jurisdictions of the five seed catalogs and their neighbours (for scoping). */
const TREE: Array<[path: string, level: JurisdictionLevel]> = [
  ['山西省', '省'],
  ['山西省/阳泉市', '市'],
  ['山西省/阳泉市/城区', '县区'],
  ['山西省/阳泉市/矿区', '县区'],
  ['山西省/阳泉市/郊区', '县区'],
  ['山西省/阳泉市/平定县', '县区'],
  ['山西省/阳泉市/盂县', '县区'],
  ['山西省/太原市', '市'],
  ['贵州省', '省'],
  ['贵州省/六盘水市', '市'],
  ['贵州省/六盘水市/钟山区', '县区'],
  ['内蒙古自治区', '省'],
  ['甘肃省', '省'],
  ['甘肃省/兰州市', '市'],
];

export const JURISDICTIONS: readonly Jurisdiction[] = TREE.map(([id, level]) => {
  const parts = id.split('/');
  const name = parts[parts.length - 1]!;
  return { id, name, level, parent: parts.length > 1 ? parts.slice(0, -1).join('/') : null, bureau: `${name}医疗保障局` };
});

const BY_ID = new Map(JURISDICTIONS.map((j) => [j.id, j]));

export function jurisdiction(id: string): Jurisdiction | undefined {
  return BY_ID.get(id);
}

/** True when `target` is `scope` itself or lies below it. */
export function within(scope: string, target: string): boolean {
  return target === scope || target.startsWith(scope + '/');
}

/** `scope` and every jurisdiction above it (a county reads its city's and province's catalogs). */
export function ancestorsOf(id: string): string[] {
  const parts = id.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/**
 * The jurisdiction a catalog speaks for, from its issuing body's name (阳泉市医疗保障局,
 * 六盘水市钟山区医疗保障局, 内蒙古自治区 …). The most specific match wins.
 */
export function jurisdictionOfName(name: string): string | undefined {
  let best: Jurisdiction | undefined;
  for (const j of JURISDICTIONS) {
    const short = j.name.replace(/(省|市|自治区|区|县)$/u, '');
    if (name.includes(j.name) || (short.length >= 2 && name.includes(short) && j.level !== '县区')) {
      if (!best || j.id.length > best.id.length) best = j;
    }
  }
  return best?.id;
}
