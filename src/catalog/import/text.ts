// Helpers shared by the importers: cells with their source lines, HTML stripping, kind
// normalisation, the duty chain, basis segments, targets and the catalog title.
import { POWER_KINDS, type Basis, type CatalogItem, type Duty, type DutyStep, type JurisdictionLevel, type LineRange, type PowerKind } from '../model.js';

/** One source line of a cell: its text and 1-based line number. */
export interface CellLine {
  text: string;
  line: number;
}

/** A table cell: one or more source lines. */
export interface Cell {
  parts: CellLine[];
}

export function cell(text: string, line: number): Cell {
  return { parts: [{ text, line }] };
}

export function cellText(c: Cell | undefined): string {
  return c ? c.parts.map((p) => p.text).join('\n') : '';
}

/** Lines of the non-empty parts of a cell (all parts when all are empty). */
export function cellRange(c: Cell): LineRange {
  const used = c.parts.filter((p) => p.text.trim() !== '');
  const parts = used.length > 0 ? used : c.parts.slice(0, 1);
  const first = parts[0]?.line ?? 1;
  const last = parts[parts.length - 1]?.line ?? first;
  return [first, last];
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Remove every kind of whitespace, including the ideographic space. */
export function collapse(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, '');
}

/** Whitespace runs to one space, trimmed. */
export function squeeze(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/** Strip HTML tags; block ends (</p>, </li>, <br>) become newlines. */
export function stripHtml(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|div|ol|ul|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(nbsp|lt|gt|amp|quot|#39);/g, (m) => ENTITIES[m] ?? m)
    .split('\n')
    .map((l) => squeeze(l))
    .filter((l) => l !== '')
    .join('\n');
}

export function hasHtml(s: string): boolean {
  return /<\/?(p|ol|li|ul|br|div)\b[^>]*>/i.test(s);
}

// ---------------------------------------------------------------------------------------
// 职权类型

const KIND_SYNONYMS: Record<string, PowerKind> = {
  行政监督检查: '行政检查',
  监督检查: '行政检查',
  其他职权: '其他行政职权',
  其他行政权力: '其他行政职权',
  其他权力: '其他行政职权',
};

export interface KindReading {
  kind: PowerKind | null;
  /** exact: one of the seven; variant: a known synonym or split word; partial: a fragment (OCR). */
  how: 'exact' | 'variant' | 'partial' | 'none';
}

/** Read a 职权类型 cell: 行政处罚, 行政监督检查, 其他职权, "行 检", "行政 处罚", "处罚" … */
export function readKind(raw: string): KindReading {
  const k = collapse(raw);
  if (k === '') return { kind: null, how: 'none' };
  if ((POWER_KINDS as readonly string[]).includes(k)) return { kind: k as PowerKind, how: 'exact' };
  const synonym = KIND_SYNONYMS[k];
  if (synonym) return { kind: synonym, how: 'variant' };
  // Split or clipped words: the distinctive character(s) of each kind.
  const rules: [RegExp, PowerKind, boolean][] = [
    [/^行政?处罚?$|^处罚$/, '行政处罚', true],
    [/^行政?强制?$|^强制$/, '行政强制', true],
    [/^行政?(监督)?检查?$|^行检$/, '行政检查', true],
    [/^行政?给付?$/, '行政给付', true],
    [/^行政?确认?$/, '行政确认', true],
    [/^行政?奖励?$/, '行政奖励', true],
    [/^其他行?政?职?权力?$/, '其他行政职权', true],
  ];
  for (const [re, kind] of rules) {
    if (re.test(k) && k !== '行政' && k !== '行') return { kind, how: 'variant' };
  }
  // Fragments with noise around them (OCR): look for a distinctive part.
  const fragments: [RegExp, PowerKind][] = [
    [/处罚|罚/, '行政处罚'],
    [/强制/, '行政强制'],
    [/检查|检/, '行政检查'],
    [/给付/, '行政给付'],
    [/确认/, '行政确认'],
    [/奖励/, '行政奖励'],
    [/其他|职权|取权/, '其他行政职权'],
  ];
  const found = fragments.filter(([re]) => re.test(k));
  if (found.length === 1 && found[0]) return { kind: found[0][1], how: 'partial' };
  return { kind: null, how: 'none' };
}

// ---------------------------------------------------------------------------------------
// 责任事项

const STEP_KEYWORDS: [string, DutyStep][] = [
  ['事后监管', '事后监管'],
  ['立案', '立案'],
  ['受理', '受理'],
  ['调查', '调查'],
  ['审查', '审查'],
  ['审核', '审核'],
  ['决定', '决定'],
  ['告知', '告知'],
  ['送达', '送达'],
  ['执行', '执行'],
  ['检查', '检查'],
  ['处置', '处置'],
  ['支付', '支付'],
  ['公示', '公示'],
];

export function dutyStepOf(label: string): DutyStep {
  // The first keyword in the label wins: 决定、告知责任 → 决定.
  let best: DutyStep = '其他';
  let bestAt = Infinity;
  for (const [word, step] of STEP_KEYWORDS) {
    const at = label.indexOf(word);
    if (at >= 0 && at < bestAt) {
      best = step;
      bestAt = at;
    }
  }
  return best;
}

/** Map from character offsets of a joined cell text to source lines. */
export class OffsetLines {
  private readonly starts: number[] = [];
  private readonly lines: number[] = [];
  readonly text: string;
  constructor(parts: CellLine[]) {
    let offset = 0;
    const texts: string[] = [];
    for (const p of parts) {
      this.starts.push(offset);
      this.lines.push(p.line);
      texts.push(p.text);
      offset += p.text.length + 1;
    }
    this.text = texts.join('\n');
  }
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo] ?? 1;
  }
}

/** Split a 责任事项 cell into steps: "1.立案责任：… 2.调查责任：…" (numbered or not, HTML or lines). */
export function parseDuties(c: Cell): Duty[] {
  const parts = c.parts.map((p) => ({ text: hasHtml(p.text) ? stripHtml(p.text).replace(/\n/g, ' ') : p.text, line: p.line }));
  const map = new OffsetLines(parts);
  const text = map.text;
  if (collapse(text) === '') return [];
  const starts: number[] = [];
  const numbered = /(^|[\s>；;。])(\d{1,2})\s*[.、．]\s*(?=[\u4e00-\u9fa5])/g;
  let m: RegExpExecArray | null;
  let expect = 1;
  while ((m = numbered.exec(text)) !== null) {
    const n = Number(m[2]);
    if (n !== expect) continue; // "第17、42条" and similar are not step numbers
    starts.push(m.index + (m[1] ?? '').length);
    expect++;
  }
  if (starts.length < 2) {
    starts.length = 0;
    const labelled = /([\u4e00-\u9fa5、]{2,8}责任)\s*[：:]/g;
    while ((m = labelled.exec(text)) !== null) starts.push(m.index);
  }
  if (starts.length === 0) {
    return [{ step: '其他', label: '', text: squeeze(text), lines: cellRange(c) }];
  }
  const duties: Duty[] = [];
  const head = squeeze(text.slice(0, starts[0]));
  if (head !== '') duties.push({ step: '其他', label: '', text: head, lines: [map.lineAt(0), map.lineAt(starts[0] ?? 0)] });
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i] ?? 0;
    const to = starts[i + 1] ?? text.length;
    const seg = squeeze(text.slice(from, to).replace(/^\d{1,2}\s*[.、．]\s*/, ''));
    const colon = seg.search(/[：:]/);
    let label: string;
    let body: string;
    if (colon > 0 && colon <= 16) {
      label = seg.slice(0, colon).trim();
      body = seg.slice(colon + 1).trim();
    } else if (/责任[。.]?$/.test(seg) && seg.length <= 40) {
      label = seg.replace(/[。.]$/, '');
      body = seg;
    } else {
      label = '';
      body = seg;
    }
    let end = to - 1;
    while (end > from && /\s/.test(text[end] ?? '')) end--;
    duties.push({ step: label ? dutyStepOf(label) : '其他', label, text: body, lines: [map.lineAt(from), map.lineAt(end)] });
  }
  return duties;
}

// ---------------------------------------------------------------------------------------
// 实施依据

/** A segment with no article and no quote, e.g. "【法律】《基本医疗卫生与健康促进法》": a heading. */
function isHeadingOnly(s: string): boolean {
  const t = s.trim();
  return t.length < 90 && !/第[一二三四五六七八九十百零〇\d]+条/.test(t) && !/[：:]/.test(t) && /^(【[^】]+】)?\s*《/.test(t) && !/[。]$/.test(t);
}

function categoryOf(s: string): string | undefined {
  return /^\s*(?:\d{1,2}\s*[、.．]\s*)?【([^】]{1,8})】/.exec(s)?.[1];
}

/** Split one 实施依据 cell into Basis segments: one per <p>, per 【法律】 block, per numbered 《》, or per line group. */
export function splitBases(c: Cell): Basis[] {
  const range = cellRange(c);
  const raw = cellText(c);
  if (collapse(raw) === '') return [];
  const segments: { text: string; lines: LineRange }[] = [];
  if (c.parts.length === 1 || c.parts.every((p) => p.line === c.parts[0]?.line)) {
    let pieces: string[];
    if (/<p\b[^>]*>/i.test(raw)) {
      pieces = [];
      const re = /<p\b[^>]*>([\s\S]*?)(?:<\/p>|(?=<p\b)|$)/gi;
      let m: RegExpExecArray | null;
      let last = 0;
      while ((m = re.exec(raw)) !== null) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        const before = stripHtml(raw.slice(last, m.index));
        if (before !== '') pieces.push(before);
        pieces.push(stripHtml(m[1] ?? ''));
        last = m.index + m[0].length;
      }
      const after = stripHtml(raw.slice(last));
      if (after !== '') pieces.push(after);
    } else {
      const text = stripHtml(raw);
      const cuts = [0];
      const re = /(^|\s)\d{1,2}\s*[、.．]\s*(?=《|【)/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) if (m.index > 0) cuts.push(m.index + (m[1] ?? '').length);
      pieces = cuts.map((from, i) => text.slice(from, cuts[i + 1] ?? text.length));
    }
    // A 【法律】/【行政法规】 tag inside a piece starts a block of its own.
    const blocks = pieces.flatMap((x) => x.split(/(?=【[^】]{1,8}】)/));
    for (const p of blocks.map((x) => squeeze(x.replace(/\n/g, ' '))).filter((x) => x !== '')) segments.push({ text: p, lines: range });
  } else {
    // Several lines (Word cell): a line opening with 《, 【 or "1、《" starts a new basis.
    let cur: { texts: string[]; first: number; last: number } | null = null;
    for (const p of c.parts) {
      const t = p.text.trim();
      if (t === '') continue;
      const opens = /^(\d{1,2}\s*[、.．]\s*)?[《【]/.test(t);
      if (!cur || (opens && !isHeadingOnly(cur.texts.join('')))) {
        if (cur) segments.push({ text: cur.texts.join('\n'), lines: [cur.first, cur.last] });
        cur = { texts: [t], first: p.line, last: p.line };
      } else {
        cur.texts.push(t);
        cur.last = p.line;
      }
    }
    if (cur) segments.push({ text: cur.texts.join('\n'), lines: [cur.first, cur.last] });
  }
  // Merge a heading-only segment into the next one.
  const merged: { text: string; lines: LineRange }[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (!s) continue;
    const next = segments[i + 1];
    if (next && isHeadingOnly(s.text)) {
      segments[i + 1] = { text: `${s.text}\n${next.text}`, lines: [s.lines[0], next.lines[1]] };
      continue;
    }
    merged.push(s);
  }
  return merged.map((s) => {
    const category = categoryOf(s.text);
    return category ? { text: s.text, lines: s.lines, citations: [], category } : { text: s.text, lines: s.lines, citations: [] };
  });
}

// ---------------------------------------------------------------------------------------
// Lists, targets

/** Split a list cell on 、，,；; and newlines, but not inside brackets. */
export function splitList(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of stripHtml(s)) {
    if ('（(【《'.includes(ch)) depth++;
    if ('）)】》'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,；;\n'.includes(ch)) {
      if (cur.trim()) out.push(collapse(cur));
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(collapse(cur));
  return out;
}

const TARGET_RULES: [RegExp, string][] = [
  [/定点医药机构/, '定点医药机构'],
  [/定点医疗机构/, '定点医疗机构'],
  [/零售药店/, '定点零售药店'],
  [/经办机构/, '医疗保障经办机构'],
  [/用人单位|缴费单位/, '用人单位'],
  [/^(对)?(个人|参保人)|参保人员暂停/, '公民'],
  [/投标人/, '投标人'],
  [/药品上市许可持有人/, '药品上市许可持有人'],
  [/生产企业/, '药品和医用耗材生产企业'],
  [/经营企业/, '药品经营企业'],
  [/公立医疗机构/, '公立医疗机构'],
  [/(?<!定点|公立)医疗(卫生)?机构/, '医疗机构'],
  [/法定代表人|主要负责人/, '法定代表人或主要负责人'],
  [/最低生活保障家庭成员|特困供养人员|医疗救助/, '公民'],
];

export const TARGETS_FROM_NAME = '由事项名称推断（清单无实施对象列）';
export const TARGETS_FROM_MATTER = '由所关联的规范事项推定（清单无实施对象列）';

/** Targets named in an item name (used when the catalog has no 实施对象 column). */
export function inferTargets(name: string): string[] {
  const out: string[] = [];
  for (const [re, t] of TARGET_RULES) if (re.test(name) && !out.includes(t)) out.push(t);
  return out;
}

// ---------------------------------------------------------------------------------------
// Title, jurisdiction, dates

export interface TitleFacts {
  jurisdiction: string | null;
  level: JurisdictionLevel;
  year: number | undefined;
}

const PROVINCE_CITIES = ['北京市', '天津市', '上海市', '重庆市'];

export function levelOf(place: string): JurisdictionLevel {
  if (/(省|自治区)$/.test(place) || PROVINCE_CITIES.includes(place)) return '省';
  if (/(市|州|盟|地区).+(区|县|旗|市)$/.test(place) || /(县|旗)$/.test(place)) return '县区';
  if (/(市|州|盟)$/.test(place)) return '市';
  return /区$/.test(place) ? '县区' : '市';
}

/** Jurisdiction (…医疗保障局), level and year from the title and nearby text. */
export function titleFacts(texts: string[]): TitleFacts {
  const joined = texts.map(collapse).join('\n');
  let jurisdiction: string | null = null;
  let place: string | null = null;
  const bureau = /([\u4e00-\u9fa5]{2,14}?(?:省|自治区|市|州|盟|县|区|旗))医疗保障局/.exec(joined);
  if (bureau?.[1]) {
    place = bureau[1];
    jurisdiction = `${place}医疗保障局`;
  } else {
    const region = /([\u4e00-\u9fa5]{2,14}?(?:省|自治区|市|州|盟|县|区|旗))医疗保障/.exec(joined);
    if (region?.[1]) {
      place = region[1];
      jurisdiction = `${place}医疗保障局`;
    }
  }
  const yearMatch = /[（(]\s*(20\d{2})\s*年?\s*版?\s*[）)]/.exec(joined) ?? /(20\d{2})年(?:版|度)?(?!\d{1,2}月)/.exec(joined);
  return { jurisdiction, level: place ? levelOf(place) : '市', year: yearMatch ? Number(yearMatch[1]) : undefined };
}

/** The first 2025年1月20日-style date in the text, as YYYY-MM-DD. */
export function findDate(text: string): string | null {
  // 2025年1月20日, or a web page's 发布日期:2023-11-09 / 發布時間:2025-07-29.
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text) ?? /(?:发布|發布|成文|日期|时间|時間)[^0-9\n]{0,8}(\d{4})[-./](\d{1,2})[-./](\d{1,2})/.exec(text);
  if (!m) return null;
  return `${m[1]}-${String(m[2]).padStart(2, '0')}-${String(m[3]).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------
// Building items

/** Canonical field of a column header (whitespace removed), for the seed shapes. */
export function fieldOfHeader(header: string): string | null {
  const h = collapse(header);
  if (h === '序号') return 'seq';
  if (/^(项目|事项|权力|职权|执法事项|执法事?项?)?名称$/.test(h)) return 'name';
  if (/^(执法类别|职权类型|权力类型|事项类型|执法事项类型|执法类型|类型)$/.test(h)) return 'kind';
  if (/^(承办机构|责任科室|责任部门|承办科室|责任股室|责任机构)$/.test(h)) return 'departments';
  if (/^(执法部门|实施主体|行使主体|执法主体|部门)$/.test(h)) return 'exercisingBody';
  if (/^(执法依据|权力依据|职权依据|实施依据|设定依据)$/.test(h)) return 'bases';
  if (/^(实施对象|行政相对人|管理对象)$/.test(h)) return 'targets';
  if (/^(实施层级|行使层级|层级)$/.test(h)) return 'implementationLevel';
  if (/^(执法领域|领域)$/.test(h)) return 'domain';
  if (/^(期限|时限|办理时限|法定期限)$/.test(h)) return 'timeLimit';
  if (h === '责任事项') return 'duties';
  if (h === '责任事项依据') return 'dutyBasis';
  if (/^追责对象(范围)?$/.test(h)) return 'accountable';
  if (h === '追责情形') return 'accountabilitySituations';
  if (h === '追责依据') return 'accountabilityBasis';
  if (h === '备注') return 'notes';
  if (h === '子项') return 'subItems';
  return null;
}

/** A row of cells keyed by header, as read by an importer. */
export interface RawRow {
  headers: string[];
  cells: (Cell | undefined)[];
  lines: LineRange;
}

export interface BuiltItem {
  item: CatalogItem;
  /** Header names whose cells were missing from the row (cut-off row). */
  missing: string[];
}

/** An item with nothing filled in yet, for an importer to fill field by field. */
export function blankItem(seq: number, lines: LineRange): CatalogItem {
  return {
    seq,
    name: '',
    kind: '其他行政职权',
    rawKind: '',
    subItems: [],
    targets: [],
    departments: [],
    bases: [],
    duties: [],
    accountable: [],
    matter: null,
    lines,
    fieldLines: {},
    extra: {},
  };
}

/** Turn a row into an item. `seq` must already be known; kind may be null (OCR recovers it later). */
export function buildItem(row: RawRow, seq: number): BuiltItem {
  const item = blankItem(seq, row.lines);
  const missing: string[] = [];
  let targetsFromColumn = false;
  row.headers.forEach((header, i) => {
    const c = row.cells[i];
    const field = fieldOfHeader(header);
    if (!c) {
      if (collapse(header) !== '') missing.push(collapse(header));
      return;
    }
    const text = cellText(c);
    const range = cellRange(c);
    const plain = hasHtml(text) ? stripHtml(text) : text;
    switch (field) {
      case 'seq':
        item.fieldLines.seq = range;
        break;
      case 'name':
        item.name = squeeze(plain.replace(/\n/g, ''));
        item.fieldLines.name = range;
        break;
      case 'kind':
        item.rawKind = squeeze(plain);
        item.fieldLines.kind = range;
        break;
      case 'departments':
        item.departments.push(...splitList(plain));
        item.fieldLines.departments = range;
        break;
      case 'exercisingBody':
        item.exercisingBody = [...(item.exercisingBody ?? []), ...splitList(plain)];
        item.fieldLines.exercisingBody = range;
        break;
      case 'implementationLevel':
      case 'domain':
      case 'timeLimit':
        if (collapse(plain) !== '') item[field] = squeeze(plain);
        item.fieldLines[field] = range;
        break;
      case 'accountabilitySituations':
        if (collapse(plain) !== '') item.accountability = { ...item.accountability, situations: plain.trim() };
        item.fieldLines[field] = range;
        break;
      case 'accountabilityBasis':
        if (collapse(plain) !== '') item.accountability = { ...item.accountability, basis: plain.trim() };
        item.fieldLines[field] = range;
        break;
      case 'bases':
        item.bases.push(...splitBases(c));
        item.fieldLines.bases = range;
        break;
      case 'targets':
        item.targets = splitList(plain);
        item.fieldLines.targets = range;
        targetsFromColumn = true;
        break;
      case 'duties':
        item.duties = parseDuties(c);
        item.fieldLines.duties = range;
        break;
      case 'dutyBasis':
        if (collapse(plain) !== '') item.dutyBasis = plain.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
        item.fieldLines.dutyBasis = range;
        break;
      case 'accountable':
        item.accountable = splitList(plain);
        item.fieldLines.accountable = range;
        break;
      case 'notes':
        if (collapse(plain) !== '') item.notes = squeeze(plain);
        item.fieldLines.notes = range;
        break;
      case 'subItems':
        item.subItems = splitList(plain);
        item.fieldLines.subItems = range;
        break;
      default: {
        const key = collapse(header) || `第${i + 1}列`;
        if (collapse(plain) !== '' || key !== `第${i + 1}列`) {
          item.extra[key] = squeeze(plain);
          item.fieldLines[key] = range;
        }
      }
    }
  });
  const reading = readKind(item.rawKind);
  if (reading.kind) item.kind = reading.kind;
  if (!targetsFromColumn) {
    item.targets = inferTargets(item.name);
    item.extra['实施对象来源'] = item.targets.length > 0 ? TARGETS_FROM_NAME : '清单无实施对象列，名称中也未见对象';
  }
  return { item, missing };
}

/** Numbers missing from 1..max of the sequence, each with a reason naming its neighbours. */
export function sequenceGaps(items: CatalogItem[]): { seq: number; reason: string }[] {
  const seqs = items.map((i) => i.seq);
  const max = Math.max(0, ...seqs);
  const have = new Set(seqs);
  const gaps: { seq: number; reason: string }[] = [];
  for (let n = 1; n <= max; n++) {
    if (have.has(n)) continue;
    const prev = items.filter((i) => i.seq < n).sort((a, b) => b.seq - a.seq)[0];
    const next = items.filter((i) => i.seq > n).sort((a, b) => a.seq - b.seq)[0];
    const between = prev && next ? `第${prev.seq}项（第${prev.lines[1]}行）与第${next.seq}项（第${next.lines[0]}行）之间` : '序列中';
    gaps.push({ seq: n, reason: `序号 ${n} 缺失：${between}没有可识别的事项行，无法恢复（不作推测）` });
  }
  return gaps;
}
