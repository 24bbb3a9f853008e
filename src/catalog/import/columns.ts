// Columns by meaning: each header cell of a table is matched to a field of the item model
// through a list of synonyms, with a confidence. Exact synonyms are sure (1); a header that
// contains a synonym (具体检查对象(含数量)) or is close to one is a guess, reported as such,
// and a maintainer can confirm or change the mapping (CLI `--map 列名=字段`, console preview).
import { z } from 'zod';
import { toSimplified } from './hanzi.js';

/** The fields a column can hold. */
export const COLUMN_FIELDS = [
  'seq',
  'mainItem',
  'subItem',
  'name',
  'kind',
  'bases',
  'exercisingBody',
  'departments',
  'targets',
  'implementationLevel',
  'domain',
  'duties',
  'dutyBasis',
  'accountable',
  'accountabilitySituations',
  'accountabilityBasis',
  'timeLimit',
  'notes',
  'ignore',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** Chinese name of each field (what `--map` and the console accept and show). */
export const FIELD_LABELS: Record<ColumnField, string> = {
  seq: '序号',
  mainItem: '主项',
  subItem: '子项',
  name: '事项名称',
  kind: '职权类型',
  bases: '实施依据',
  exercisingBody: '行使主体',
  departments: '承办机构',
  targets: '实施对象',
  implementationLevel: '实施层级',
  domain: '执法领域',
  duties: '责任事项',
  dutyBasis: '责任事项依据',
  accountable: '追责对象',
  accountabilitySituations: '追责情形',
  accountabilityBasis: '追责依据',
  timeLimit: '期限',
  notes: '备注',
  ignore: '忽略',
};

/** Header synonyms per field, whitespace removed, in simplified characters. */
const SYNONYMS: Record<Exclude<ColumnField, 'ignore'>, string[]> = {
  seq: ['序号', '编号', '序', '事项编码', '编码'],
  mainItem: ['主项', '主项名称', '主项目名称'],
  subItem: ['子项', '子项名称', '子项目名称'],
  name: [
    '事项名称', '职权名称', '权力名称', '执法事项名称', '项目名称', '名称', '行政权力名称', '权力事项名称', '事项', '执法事项',
    '抽查事项', '抽查事项名称', '检查事项', '检查事项名称', '审核事项', '违法事项', '违法行为', '职权事项', '权责事项', '行政职权名称', '职权',
  ],
  kind: ['职权类型', '权力类型', '事项类型', '执法类别', '执法事项类型', '类型', '执法类型', '项目类型', '权力类别', '职权类别', '事项类别', '行政职权类型', '权责类型'],
  bases: ['实施依据', '设定依据', '执法依据', '职权依据', '权力依据', '法律依据', '抽查依据', '检查依据', '审核依据', '依据', '办理依据', '设定和实施依据', '法定依据', '设定依据及条款'],
  exercisingBody: ['实施主体', '行使主体', '执法主体', '实施部门', '实施机关', '执法部门', '抽查主体', '检查主体', '检查机构', '主管部门', '行使部门', '实施单位', '执法机关', '部门'],
  departments: ['承办机构', '责任科室', '责任机构', '承办科室', '责任部门', '责任股室', '内设机构', '承办部门', '责任处室', '承办股室', '实施机构'],
  targets: ['实施对象', '行政相对人', '管理对象', '检查对象', '抽查对象', '抽查对象范围', '服务对象', '适用对象', '行政管理相对人'],
  implementationLevel: ['实施层级', '行使层级', '层级', '执法层级', '权力层级'],
  domain: ['执法领域', '领域', '监管领域', '专业类别', '所属领域', '行业领域'],
  duties: ['责任事项', '责任事项内容'],
  dutyBasis: ['责任事项依据'],
  accountable: ['追责对象', '追责对象范围', '责任主体'],
  accountabilitySituations: ['追责情形', '问责情形', '追责情形及依据'],
  accountabilityBasis: ['追责依据', '问责依据'],
  timeLimit: ['期限', '时限', '办理时限', '法定期限', '承诺期限', '办结时限', '法定办结时限'],
  notes: ['备注', '说明', '其他'],
};

/** Headers known to hold nothing of the item model (kept verbatim in extra, never guessed). */
const KNOWN_EXTRA = [
  '抽查类别', '抽查类型', '检查类别', '类别', '抽查方式', '检查方式', '抽查比例', '抽查频次', '检查频次', '年度检查频次', '抽查比例或数量', '抽查内容', '检查内容',
  '检查重点', '起止时间', '是否涉企', '信用风险分类监管要求', '抽查计划名称', '抽查任务名称', '抽取对象基数', '抽取比例', '抽查检查对象数量', '指导部门',
  '适用情形', '配套监管措施', '违法事实性质和情节', '行政裁量权基准', '公开时限', '公开渠道和载体', '公开对象', '公开方式', '拟实施检查时间',
];
const KNOWN_EXTRA_SET = new Set(KNOWN_EXTRA);

const EXACT = new Set(Object.values(SYNONYMS).flat());

/** True when the text (simplified, no whitespace) is exactly a known header word. */
export function isHeaderWord(key: string): boolean {
  return EXACT.has(key) || KNOWN_EXTRA_SET.has(key);
}

/** Basis columns split by rank (004-style tables): header → category. */
const BASIS_CATEGORIES: Record<string, string> = { 法律: '法律', 行政法规: '行政法规', 地方性法规: '地方性法规', 部门规章: '部门规章', 政府规章: '政府规章' };

export interface ColumnMapping {
  /** 0-based column index. */
  index: number;
  /** Header as written (whitespace squeezed). */
  header: string;
  field: ColumnField | null;
  /** 0..1. */
  confidence: number;
  /** True when the field was guessed (not an exact synonym, not confirmed by the maintainer). */
  guessed: boolean;
  /** For bases columns split by rank: 法律, 行政法规 … */
  category?: string;
  /** True when set by the maintainer (--map). */
  confirmed?: boolean;
}

/** Header text as compared: simplified, no whitespace, no brackets or punctuation at the ends. */
export function headerKey(text: string): string {
  return toSimplified(text)
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/^[*＊\d.、．]+(?=[\u4e00-\u9fa5])/, '')
    .replace(/[:：]$/, '');
}

function bigramDice(a: string, b: string): number {
  const grams = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  let common = 0;
  let total = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  return total === 0 ? 0 : (2 * common) / total;
}

/** The field a header means, with a confidence (null field when nothing fits). */
export function matchHeader(header: string): { field: ColumnField | null; confidence: number; category?: string } {
  const h = headerKey(header);
  if (h === '') return { field: null, confidence: 0 };
  const category = BASIS_CATEGORIES[h];
  if (category) return { field: 'bases', confidence: 0.9, category };
  if (KNOWN_EXTRA_SET.has(h) || /^是否/.test(h)) return { field: null, confidence: 1 };
  for (const [field, words] of Object.entries(SYNONYMS) as [ColumnField, string[]][]) {
    if (words.includes(h)) return { field, confidence: 1 };
  }
  // 责任事项依据 before 责任事项, 追责依据 before 依据: longest synonym contained in the header.
  let best: { field: ColumnField; word: string } | null = null;
  for (const [field, words] of Object.entries(SYNONYMS) as [ColumnField, string[]][]) {
    for (const w of words) {
      if (w.length >= 2 && h.includes(w) && (!best || w.length > best.word.length)) best = { field, word: w };
    }
  }
  if (best) return { field: best.field, confidence: Number(Math.max(0.5, Math.min(0.85, best.word.length / h.length + 0.3)).toFixed(2)) };
  let fuzzy: { field: ColumnField; score: number } | null = null;
  for (const [field, words] of Object.entries(SYNONYMS) as [ColumnField, string[]][]) {
    for (const w of words) {
      const s = bigramDice(h, w);
      if (s >= 0.6 && (!fuzzy || s > fuzzy.score)) fuzzy = { field, score: s };
    }
  }
  if (fuzzy) return { field: fuzzy.field, confidence: Number((fuzzy.score * 0.7).toFixed(2)) };
  return { field: null, confidence: 0 };
}

/** How sure a header row is: the number of cells that match a field exactly or nearly. */
export function headerScore(cells: string[]): number {
  let score = 0;
  const fields = new Set<ColumnField>();
  for (const c of cells) {
    const m = matchHeader(c);
    if (m.field && m.confidence >= 0.5 && headerKey(c).length <= 24) {
      score += m.confidence;
      fields.add(m.field);
    }
  }
  // A header names an item: without a name-like column it is not an item table.
  if (!fields.has('name') && !fields.has('mainItem') && !fields.has('subItem')) return 0;
  return fields.size >= 2 ? score : 0;
}

/** A maintainer's mapping: header text (or #n, 1-based column) → field. */
export type ColumnOverrides = Record<string, ColumnField>;

/** Field from a name the maintainer typed: Chinese label (事项名称) or id (name). */
export function fieldOfLabel(label: string): ColumnField | null {
  const t = label.trim();
  if ((COLUMN_FIELDS as readonly string[]).includes(t)) return t as ColumnField;
  const byLabel = (Object.entries(FIELD_LABELS) as [ColumnField, string][]).find(([, l]) => l === t);
  if (byLabel) return byLabel[0];
  const m = matchHeader(t);
  return m.confidence === 1 ? m.field : null;
}

export const ColumnMapText = z
  .string()
  .max(2000)
  .describe('列名=字段，多项以分号或逗号分隔，如 “权力名称=事项名称;科室=承办机构”；#3=忽略 指第3列');

/** Parse `列名=字段` pairs (separated by ; , or newlines). Throws with a Chinese message. */
export function parseColumnMap(text: string | string[]): ColumnOverrides {
  const pairs = (Array.isArray(text) ? text : [text]).flatMap((t) => t.split(/[;；,，\n]/)).map((s) => s.trim()).filter(Boolean);
  const out: ColumnOverrides = {};
  for (const pair of pairs) {
    const m = /^(.+?)\s*[=＝]\s*(.+)$/.exec(pair);
    if (!m) throw new Error(`列映射“${pair}”的格式应为 列名=字段`);
    const field = fieldOfLabel(m[2]!);
    if (!field) throw new Error(`列映射“${pair}”中的字段“${m[2]}”不认识；可用字段：${Object.values(FIELD_LABELS).join('、')}`);
    const key = m[1]!.trim();
    out[key.startsWith('#') ? key : headerKey(key)] = field;
  }
  return out;
}

/** Map every header cell to a field; the maintainer's overrides win; a field claimed twice keeps the surest column. */
export function mapColumns(headers: string[], overrides: ColumnOverrides = {}): ColumnMapping[] {
  const mappings: ColumnMapping[] = headers.map((raw, index) => {
    const header = raw.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
    const override = overrides[`#${index + 1}`] ?? overrides[headerKey(raw)];
    if (override) return { index, header, field: override === 'ignore' ? 'ignore' : override, confidence: 1, guessed: false, confirmed: true };
    const m = matchHeader(raw);
    return { index, header, field: m.field, confidence: m.confidence, guessed: m.field !== null && m.confidence < 1, ...(m.category ? { category: m.category } : {}) };
  });
  // One column per single-valued field: the surest wins, the others are kept as extra columns.
  const multi = new Set<ColumnField>(['bases', 'ignore']);
  const byField = new Map<ColumnField, ColumnMapping[]>();
  for (const m of mappings) if (m.field && !multi.has(m.field)) byField.set(m.field, [...(byField.get(m.field) ?? []), m]);
  for (const [, list] of byField) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => Number(b.confirmed ?? false) - Number(a.confirmed ?? false) || b.confidence - a.confidence || headerKey(b.header).length - headerKey(a.header).length || a.index - b.index);
    for (const loser of sorted.slice(1)) {
      loser.field = null;
      loser.confidence = 0;
      loser.guessed = false;
    }
  }
  // 主项 + 事项名称 without 子项: the name column holds the sub-items.
  const has = (f: ColumnField) => mappings.some((m) => m.field === f);
  if (has('mainItem') && !has('subItem')) {
    const name = mappings.find((m) => m.field === 'name');
    if (name && !name.confirmed) name.field = 'subItem';
  }
  return mappings;
}
