// 辖区 as paths (山西省/阳泉市/矿区) with their 行政区划代码 (data/jurisdictions.json). Data that
// varies by place — 裁量基准, the 较大数额 and other procedure thresholds, issuing bureaus —
// is found by walking up a path: county, then city, then province.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LAW_DIR } from './corpus.js';

export const JURISDICTIONS_FILE = join(DEFAULT_LAW_DIR, '..', 'jurisdictions.json');

export const JURISDICTION_LEVELS = ['省', '市', '县区'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

const PathSchema = z.string().regex(/^[\u4e00-\u9fff]+(\/[\u4e00-\u9fff]+){0,2}$/, '辖区路径应为 省/市/县区，如 山西省/阳泉市/矿区');
const FileSchema = z
  .object({
    $comment: z.string().optional(),
    source: z.string(),
    jurisdictions: z.array(z.object({ path: PathSchema, code: z.string().regex(/^\d{6}$/, '行政区划代码为6位数字'), level: z.enum(JURISDICTION_LEVELS) }).strict()),
  })
  .strict();

export interface Jurisdiction {
  /** 山西省/阳泉市/矿区 */
  path: string;
  /** 行政区划代码, e.g. 140303 */
  code: string;
  /** The last part of the path: 矿区 */
  name: string;
  /** The whole name as written on papers: 山西省阳泉市矿区 */
  fullName: string;
  level: JurisdictionLevel;
  parent: string | null;
}

let cache: Jurisdiction[] | undefined;

export function loadJurisdictions(file = JURISDICTIONS_FILE): Jurisdiction[] {
  if (file === JURISDICTIONS_FILE && cache) return cache;
  const parsed = FileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`辖区数据 ${file} 格式有误：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
  const out: Jurisdiction[] = [];
  const byPath = new Set<string>();
  for (const j of parsed.data.jurisdictions) {
    const parts = j.path.split('/');
    const parent = parts.length > 1 ? parts.slice(0, -1).join('/') : null;
    if (parent && !byPath.has(parent)) throw new Error(`辖区数据：${j.path} 的上级 ${parent} 应列在其前`);
    if (byPath.has(j.path)) throw new Error(`辖区数据：${j.path} 重复`);
    const expected = JURISDICTION_LEVELS[parts.length - 1];
    if (j.level !== expected) throw new Error(`辖区数据：${j.path} 的层级应为${expected}`);
    byPath.add(j.path);
    out.push({ path: j.path, code: j.code, name: parts[parts.length - 1]!, fullName: parts.join(''), level: j.level, parent });
  }
  if (file === JURISDICTIONS_FILE) cache = out;
  return out;
}

/** A jurisdiction by path, 行政区划代码, full name (山西省阳泉市) or a province's short name (河南). */
export function findJurisdiction(key: string, list: readonly Jurisdiction[] = loadJurisdictions()): Jurisdiction | undefined {
  const k = key.trim();
  return (
    list.find((j) => j.path === k || j.code === k || j.fullName === k) ??
    list.find((j) => j.level === '省' && j.name.replace(/(省|自治区|维吾尔自治区|壮族自治区|回族自治区)$/u, '') === k)
  );
}

/** The path and every path above it, nearest first: 山西省/阳泉市/矿区, 山西省/阳泉市, 山西省. */
export function pathUpwards(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'));
}

/** True when `target` is `scope` itself or lies below it. */
export function withinJurisdiction(scope: string, target: string): boolean {
  return target === scope || target.startsWith(scope + '/');
}

/**
 * The jurisdiction an issuing body or a catalog title speaks for (阳泉市医疗保障局,
 * 六盘水市钟山区医疗保障局, 内蒙古自治区 …): the most specific one named. A county is
 * taken only together with its city (城区 alone names no place).
 */
export function jurisdictionOfName(name: string, list: readonly Jurisdiction[] = loadJurisdictions()): string | undefined {
  let best: Jurisdiction | undefined;
  for (const j of list) {
    const short = j.name.replace(/(维吾尔自治区|自治区|省|市)$/u, '');
    const parent = j.parent ? list.find((p) => p.path === j.parent) : undefined;
    const named =
      j.level === '县区'
        ? name.includes(j.name) && !!parent && (name.includes(parent.name) || name.includes(parent.name.replace(/市$/u, '')))
        : name.includes(j.name) || (short.length >= 2 && name.includes(short));
    if (named && (!best || j.path.length > best.path.length)) best = j;
  }
  return best?.path;
}
