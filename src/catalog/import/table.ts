// Shape 'table': any table read by column meaning. Every file format (Excel, Word, PDF,
// web page) and every text shape the seeds do not have (pipes, runs of spaces, one cell per
// paragraph, cells run together) is first turned into a Grid of rows and cells; this module
// finds the header (over one or two rows, repeated per page), maps each column to a field
// with a confidence, and reads the rows: two-level 主项/子项, rows continued over several
// lines, masked or continuing 序号, section titles, a row cut off at the end, spam lines.
import type { CatalogItem, ImportNote, LineRange, PowerKind } from '../model.js';
import { mapColumns, matchHeader, headerKey, headerScore, FIELD_LABELS, type ColumnField, type ColumnMapping, type ColumnOverrides } from './columns.js';
import { defectCode, defectLabel, endsMidSentence, lineDefect, SENTENCE_FIELDS } from './edges.js';
import { toSimplified } from './hanzi.js';
import type { ShapeResult } from './shape.js';
import { blankItem, collapse, inferTargets, parseDuties, readKind, splitBases, splitList, squeeze, stripHtml, hasHtml, TARGETS_FROM_NAME, type Cell } from './text.js';

export interface GridCell {
  text: string;
  /** Source line (text), row (spreadsheet, Word table) or line on the page (PDF). */
  line: number;
  lastLine?: number;
  /** The value was copied from a merged cell (rowspan/colspan, vMerge/gridSpan). */
  merged?: 'row' | 'col';
}

export interface GridRow {
  cells: GridCell[];
  line: number;
  lastLine?: number;
}

export interface Grid {
  rows: GridRow[];
  /** Text before the table (title, notice), when the reader found it apart from the rows. */
  titleLines?: { text: string; line: number }[];
  /** The reader saw the source end inside the last row (a pipe row without its closing |). */
  endsInsideRow?: boolean;
  /** The reader's own notes (merged cells expanded, tables joined …). */
  notes?: ImportNote[];
  /** Rebuilt from text whose row ends are not marked (web excerpts): a last row with empty trailing cells may be cut. */
  fromText?: boolean;
}

export interface TableResult extends ShapeResult {
  columns: ColumnMapping[];
}

const KIND_WORDS = /^(行政处罚|行政强制|行政检查|行政给付|行政确认|行政奖励|其他行政职权|其他行政权力|其他职权|行政监督检查|行政裁决|行政征收|行政许可)$/;

/** A 职权类型 that yibao's model does not carry (许可, 征收, 裁决): kept as 其他行政职权 and said. */
const OTHER_KINDS = /^(行政许可|行政征收|行政裁决|行政备案|公共服务)$/;

/** The kind an item name implies: …的处罚 → 行政处罚, …监督检查 → 行政检查 … */
export function kindFromName(name: string): PowerKind | null {
  const n = toSimplified(collapse(name));
  if (/处罚|罚款/.test(n) && !/不予|免予|减轻/.test(n.slice(0, 6))) return '行政处罚';
  if (/封存|查封|扣押|划拨|滞纳金|强制/.test(n)) return '行政强制';
  if (/检查|监督管理$|监督$|抽查|核查/.test(n)) return '行政检查';
  if (/奖励|表彰/.test(n)) return '行政奖励';
  if (/给付|救助|支付|补助|补贴/.test(n)) return '行政给付';
  if (/确认|认定|登记|备案/.test(n)) return '行政确认';
  return null;
}

function cellOf(c: GridCell | undefined): Cell | undefined {
  if (!c) return undefined;
  const parts = c.text.split('\n');
  const first = c.line;
  const last = c.lastLine ?? c.line;
  return { parts: parts.map((text, i) => ({ text, line: Math.min(last, first + (last > first ? i : 0)) })) };
}

function rowText(r: GridRow): string {
  const seen = new Set<string>();
  return r.cells
    .map((c) => c.text.trim())
    .filter((t) => t !== '' && !seen.has(t) && (seen.add(t), true))
    .join(' ');
}

function isEmptyRow(r: GridRow): boolean {
  return r.cells.every((c) => collapse(c.text) === '');
}

/** Header texts of rows i (and i+1 when a two-level header: 项目名称 over 主项/子项). */
function headerAt(rows: GridRow[], i: number): { cells: string[]; rows: number; score: number } | null {
  const r = rows[i];
  if (!r) return null;
  const one = r.cells.map((c) => c.text);
  const s1 = headerScore(one);
  const next = rows[i + 1];
  let best = { cells: one, rows: 1, score: s1 };
  const topDistinct = new Set(one.map((t) => collapse(t)).filter(Boolean)).size;
  if (next && topDistinct >= 2 && !/^\s*\d{1,5}\s*$/.test(next.cells[0]?.text ?? '')) {
    const width = Math.max(one.length, next.cells.length);
    const two: string[] = [];
    for (let k = 0; k < width; k++) {
      const top = (one[k] ?? '').trim();
      const bottom = (next.cells[k]?.text ?? '').trim();
      const topMerged = top !== '' && (one[k - 1]?.trim() === top || one[k + 1]?.trim() === top);
      if (bottom === '' || bottom === top) two.push(top);
      else if (top === '' || topMerged) two.push(bottom);
      else two.push(`${top}${bottom}`);
    }
    const s2 = headerScore(two);
    const fields = (cells: string[]) => new Set(cells.map((c) => matchHeader(c)).filter((m) => m.field && m.confidence >= 0.5).map((m) => m.field)).size;
    if (s2 > s1 + 0.5 || (s2 >= s1 && fields(two) > fields(one))) best = { cells: two, rows: 2, score: s2 };
  }
  return best.score >= 2 ? best : null;
}

/** 序号 as written: a number, masked (*), or none. */
function readSeq(text: string): { seq: number | null; masked: boolean; raw: string } {
  const t = collapse(text).replace(/[.、．]$/, '');
  if (/^\d{1,6}$/.test(t)) return { seq: Number(t), masked: false, raw: t };
  if (/^[*＊×xX#]+$/.test(t) || /^\d*[*＊]+\d*$/.test(t)) return { seq: null, masked: true, raw: t };
  return { seq: null, masked: false, raw: t };
}

interface Draft {
  seq: number | null;
  seqRaw: string;
  masked: boolean;
  main: string;
  cells: Map<number, GridCell[]>;
  subItems: string[];
  lines: LineRange;
  section?: PowerKind | null;
  sectionRaw?: string;
}

/** Read the items of a grid. Returns null when the grid has no item header. */
export function importGrid(grid: Grid, overrides: ColumnOverrides = {}, hint: { titleKind?: PowerKind | null } = {}): TableResult | null {
  const notes: ImportNote[] = [...(grid.notes ?? [])];
  const rows = grid.rows;
  let header: { cells: string[]; rows: number; score: number } | null = null;
  let headerIndex = -1;
  for (let i = 0; i < Math.min(rows.length, 60); i++) {
    const h = headerAt(rows, i);
    if (h && (!header || h.score > header.score + 1)) {
      header = h;
      headerIndex = i;
      if (h.score >= 4) break;
    }
  }
  // The maintainer may name the columns of a table whose header yibao does not recognise.
  if (!header && Object.keys(overrides).length > 0) {
    for (let i = 0; i < Math.min(rows.length, 60); i++) {
      const cells = rows[i]!.cells.map((c) => c.text);
      const mapped = mapColumns(cells, overrides).filter((m) => m.confirmed && (m.field === 'name' || m.field === 'mainItem'));
      if (mapped.length > 0) {
        header = { cells, rows: 1, score: 2 };
        headerIndex = i;
        break;
      }
    }
  }
  if (!header) return null;
  const columns = mapColumns(header.cells, overrides);
  const col = (f: ColumnField) => columns.find((c) => c.field === f)?.index;
  const seqCol = col('seq');
  const nameCol = col('name') ?? col('subItem') ?? col('mainItem');
  const mainCol = col('mainItem');
  const subCol = col('subItem');
  const kindCol = col('kind');
  const guessed = columns.filter((c) => c.guessed && c.field && c.field !== 'ignore');
  if (guessed.length > 0) {
    notes.push({
      severity: 'warning',
      code: 'column-guessed',
      message: `以下列按表头含义推测，请确认或用 --map 列名=字段 指定：${guessed.map((c) => `“${c.header}”→${FIELD_LABELS[c.field!]}（置信度 ${c.confidence}）`).join('；')}`,
      line: rows[headerIndex]!.line,
    });
  }
  const unknown = columns.filter((c) => c.field === null && collapse(c.header) !== '' && !columns.some((o) => o !== c && o.header === c.header && o.field));
  if (unknown.length > 0) {
    notes.push({ severity: 'info', code: 'column-extra', message: `以下列不对应清单字段，原文保存在 extra：${[...new Set(unknown.map((c) => c.header))].join('、')}`, line: rows[headerIndex]!.line });
  }

  const titleLines = [...(grid.titleLines ?? [])];
  for (let i = 0; i < headerIndex; i++) {
    const t = rowText(rows[i]!);
    if (t === '') continue;
    const defect = lineDefect(t);
    if (defect) {
      notes.push({ severity: 'warning', code: defectCode(defect), message: `第${rows[i]!.line}行是${defectLabel(defect)}，已跳过：${t.slice(0, 30)}`, line: rows[i]!.line });
      continue;
    }
    titleLines.push({ text: t, line: rows[i]!.line });
  }
  const headerKeyText = header.cells.map(headerKey).join('|');
  const width = header.cells.length;

  const drafts: Draft[] = [];
  let section: { kind: PowerKind | null; raw: string } | null = null;
  let lastSeq = 0;
  for (let i = headerIndex + header.rows; i < rows.length; i++) {
    const r = rows[i]!;
    if (isEmptyRow(r)) continue;
    const text = rowText(r);
    const defect = lineDefect(text);
    if (defect) {
      notes.push({ severity: 'warning', code: defectCode(defect), message: `第${r.line}行是${defectLabel(defect)}，不是事项，已跳过：${text.slice(0, 30)}`, line: r.line });
      continue;
    }
    if (r.cells.map((c) => headerKey(c.text)).join('|') === headerKeyText || (headerAt(rows, i)?.score ?? 0) >= header.score - 0.5) {
      notes.push({ severity: 'info', code: 'repeated-header', message: `第${r.line}行重复了表头（分页），已跳过`, line: r.line });
      if (headerAt(rows, i)?.rows === 2) i++;
      continue;
    }
    const filled = r.cells.filter((c) => collapse(c.text) !== '');
    const distinct = new Set(filled.map((c) => collapse(c.text)));
    // A title row spanning the table (一、行政处罚 / 表2 …): one distinct text.
    if (distinct.size === 1 && (filled.length === 1 || filled.every((c) => c.merged === 'col' || c === filled[0])) && width > 2) {
      const t = squeeze(filled[0]!.text);
      const k = readKind(toSimplified(t.replace(/^[一二三四五六七八九十]+[、.．]\s*|（[^）]*）|\([^)]*\)|类?事项.*$|共\d+项.*$/g, '')));
      if (readSeq(t).seq === null && t.length <= 40) {
        section = { kind: k.kind, raw: t };
        notes.push({ severity: 'info', code: 'section-title', message: `第${r.line}行是分类标题“${t}”${k.kind ? `，其后的事项职权类型缺省为${k.kind}` : ''}`, line: r.line });
        continue;
      }
    }
    const seqCell = seqCol !== undefined ? r.cells[seqCol] : undefined;
    const seqRead = readSeq(seqCell?.text ?? '');
    const nameText = nameCol !== undefined ? collapse(r.cells[nameCol]?.text ?? '') : '';
    const mainText = mainCol !== undefined ? squeeze(r.cells[mainCol]?.text ?? '') : '';
    const prev = drafts[drafts.length - 1];
    const seqMerged = seqCell?.merged === 'row';
    // A row whose 序号 (or 主项) is carried from the row above: a 子项 of the same item.
    const sameMain = prev && mainCol !== undefined && mainText !== '' && collapse(mainText) === collapse(prev.main) && (seqRead.seq === null || seqRead.seq === prev.seq);
    if (prev && (sameMain || (seqMerged && seqRead.seq === prev.seq && (seqRead.seq !== null || seqRead.masked)))) {
      // The sub-item's own name goes to 子项; its other cells add to the item's.
      addCells(prev, r, new Set([subCol ?? -1, ...(mainCol !== undefined ? [nameCol ?? -1] : [nameCol ?? -1])]));
      const sub = subCol !== undefined ? squeeze(r.cells[subCol]?.text ?? '') : nameCol !== undefined ? squeeze(r.cells[nameCol]?.text ?? '') : '';
      if (sub && !prev.subItems.includes(sub)) prev.subItems.push(sub);
      prev.lines[1] = Math.max(prev.lines[1], r.lastLine ?? r.line);
      continue;
    }
    // A row with neither number nor name: text of the row above continued (page break, wrap).
    if (prev && seqRead.seq === null && !seqRead.masked && nameText === '' && mainText === '') {
      addCells(prev, r);
      prev.lines[1] = Math.max(prev.lines[1], r.lastLine ?? r.line);
      notes.push({ severity: 'info', code: 'row-continued', message: `第${r.line}行没有序号和名称，接在第${prev.seq ?? prev.seqRaw}项之后（跨行或跨页的续行）`, line: r.line });
      continue;
    }
    if (nameText === '' && mainText === '') {
      notes.push({ severity: 'warning', code: 'stray-line', message: `第${r.line}行没有事项名称，未导入：${text.slice(0, 30)}`, line: r.line });
      continue;
    }
    const d: Draft = {
      seq: seqRead.seq,
      seqRaw: seqRead.raw,
      masked: seqRead.masked,
      main: mainText,
      cells: new Map(),
      subItems: [],
      lines: [r.line, r.lastLine ?? r.line],
      ...(section ? { section: section.kind, sectionRaw: section.raw } : {}),
    };
    addCells(d, r);
    if (subCol !== undefined) {
      const sub = squeeze(r.cells[subCol]?.text ?? '');
      if (sub) d.subItems.push(sub);
    }
    drafts.push(d);
    if (seqRead.seq !== null) lastSeq = seqRead.seq;
  }
  if (drafts.length === 0) return { titleLines, items: [], notes, headerLine: rows[headerIndex]!.line, columns, gaps: [] };

  // 序号: kept as found; masked or missing numbers follow the one before; a list that starts
  // at 1177 continues a larger list.
  const items: CatalogItem[] = [];
  let previous = 0;
  const firstSeq = drafts.find((d) => d.seq !== null)?.seq;
  if (firstSeq !== undefined && firstSeq !== null && firstSeq > 1 && drafts[0]?.seq === firstSeq) {
    notes.push({ severity: 'info', code: 'seq-continues', message: `第一项的序号是 ${firstSeq}：清单是更大清单的一部分（或从中间截取），序号按原文保留`, line: drafts[0]!.lines[0] });
  }
  const used = new Set<number>();
  for (const d of drafts) {
    let seq = d.seq;
    let inferred = false;
    if (seq === null || used.has(seq)) {
      const was = seq;
      seq = previous + 1;
      while (used.has(seq)) seq++;
      inferred = true;
      notes.push({
        severity: d.masked ? 'info' : 'warning',
        code: d.masked ? 'seq-masked' : was === null ? 'seq-inferred' : 'duplicate-seq',
        message: d.masked
          ? `第${d.lines[0]}行的序号被遮盖为“${d.seqRaw}”，按顺序记为第${seq}项（原文保存在 extra["序号原文"]）`
          : was === null
            ? `第${d.lines[0]}行没有序号，按顺序记为第${seq}项`
            : `第${d.lines[0]}行的序号 ${was} 与前面的事项重复，记为第${seq}项`,
        line: d.lines[0],
      });
    }
    used.add(seq);
    previous = seq;
    const item = toItem(d, seq, columns, notes, hint.titleKind ?? null);
    if (inferred) {
      item.seqInferred = true;
      if (d.seqRaw !== '') item.extra['序号原文'] = d.seqRaw;
    }
    items.push(item);
  }

  // The last row cut off: its trailing columns are empty where the other rows fill them.
  const last = items[items.length - 1]!;
  const lastDraft = drafts[drafts.length - 1]!;
  const required = columns.filter((c) => c.field && !['notes', 'ignore', 'seq', 'timeLimit'].includes(c.field) && !(c.field === 'accountabilityBasis' && false));
  const filledIn = (d: Draft, c: ColumnMapping) => (d.cells.get(c.index) ?? []).some((x) => collapse(x.text) !== '');
  const trailingEmpty: ColumnMapping[] = [];
  for (const c of [...required].sort((a, b) => b.index - a.index)) {
    if (filledIn(lastDraft, c)) break;
    const others = drafts.slice(0, -1);
    if (others.length === 0 || others.filter((o) => filledIn(o, c)).length * 2 >= others.length) trailingEmpty.push(c);
  }
  const lastCell = [...lastDraft.cells.entries()].filter(([, cs]) => cs.some((x) => collapse(x.text) !== '')).sort((a, b) => b[0] - a[0])[0];
  const lastText = lastCell?.[1].map((c) => c.text).join('\n').trim() ?? '';
  const endsOpen = !/[。；;.!！?？)）」”"'》]$/.test(lastText);
  // The file ends inside the text of its last cell: a quoted statute or an accountability text
  // stopping mid-sentence (…医疗保障主), not at a citation's end (…第八十七条) nor a short value.
  const lastField = lastCell ? columns.find((c) => c.index === lastCell[0])?.field : undefined;
  // … unless the other rows' cells of that column end so too (a catalog that quotes without a final 。)
  const cellText = (d: Draft, index: number) => (d.cells.get(index) ?? []).map((c) => c.text).join('\n').trim();
  const othersInColumn = lastCell ? drafts.slice(0, -1).map((d) => cellText(d, lastCell[0])).filter((t) => collapse(t) !== '') : [];
  const cutInLastCell =
    lastField !== undefined && lastField !== null && SENTENCE_FIELDS.includes(lastField) && endsMidSentence(lastText) &&
    othersInColumn.filter((t) => endsMidSentence(t)).length * 2 < Math.max(1, othersInColumn.length);
  const cutByText = grid.fromText === true && ((trailingEmpty.length > 0 && (trailingEmpty.length >= 2 || endsOpen)) || cutInLastCell);
  if (grid.endsInsideRow || cutByText) {
    const missing = trailingEmpty.map((c) => c.header).reverse();
    const identity = collapse(last.name) !== '' && (last.rawKind !== '' || last.bases.length > 0 || readKind(last.rawKind).kind !== null);
    const nameCut = nameCol !== undefined && trailingEmpty.some((c) => c.index === nameCol);
    if (!identity || nameCut) {
      items.pop();
      notes.push({
        severity: 'error',
        code: 'row-cut-dropped',
        message: `来源在第${last.lines[0]}行的事项中途结束${missing.length ? `（缺少 ${missing.join('、')}）` : ''}，名称或类型不完整，未导入：${squeeze(rowText({ cells: [...lastDraft.cells.values()].flat(), line: 0 })).slice(0, 40)}`,
        line: last.lines[0],
      });
    } else {
      last.truncated = true;
      notes.push({
        severity: 'error',
        code: 'row-cut',
        message: `来源在第${last.seq}项（第${last.lines[0]}行起）中途结束${missing.length ? `：缺少 ${missing.join('、')}` : '：最后一行没有结束'}；已导入可见部分并标记为“不完整”`,
        line: last.lines[1],
      });
    }
  }

  // Gaps only between the numbers seen (a list continued from 1177 lacks nothing before it).
  const gaps: { seq: number; reason: string }[] = [];
  const numbered = items.filter((i) => !i.seqInferred).sort((a, b) => a.seq - b.seq);
  for (let k = 1; k < numbered.length; k++) {
    const a = numbered[k - 1]!;
    const b = numbered[k]!;
    for (let n = a.seq + 1; n < b.seq && gaps.length < 500; n++) {
      if (items.some((i) => i.seq === n)) continue;
      gaps.push({ seq: n, reason: `序号 ${n} 缺失：第${a.seq}项（第${a.lines[1]}行）与第${b.seq}项（第${b.lines[0]}行）之间没有可识别的事项行，无法恢复（不作推测）` });
    }
  }
  return { titleLines, items, notes, headerLine: rows[headerIndex]!.line, columns, gaps };
}

function addCells(d: Draft, r: GridRow, skip: Set<number> = new Set()): void {
  r.cells.forEach((c, k) => {
    if (collapse(c.text) === '' || skip.has(k)) return;
    const list = d.cells.get(k) ?? [];
    // A merged cell repeats its text on every row it spans, and sub-items repeat their
    // item's values: keep each text once.
    if (list.some((x) => collapse(x.text) === collapse(c.text))) return;
    list.push(c);
    d.cells.set(k, list);
  });
}

function joinCells(list: GridCell[] | undefined): GridCell | undefined {
  if (!list || list.length === 0) return undefined;
  if (list.length === 1) return list[0];
  return { text: list.map((c) => c.text).join('\n'), line: list[0]!.line, lastLine: Math.max(...list.map((c) => c.lastLine ?? c.line)) };
}

function toItem(d: Draft, seq: number, columns: ColumnMapping[], notes: ImportNote[], titleKind: PowerKind | null): CatalogItem {
  const item = blankItem(seq, [d.lines[0], d.lines[1]]);
  let targetsFromColumn = false;
  let name = '';
  for (const column of columns) {
    const gc = joinCells(d.cells.get(column.index));
    if (!gc) continue;
    const c = cellOf(gc)!;
    const range: LineRange = [gc.line, gc.lastLine ?? gc.line];
    const raw = gc.text;
    const plain = hasHtml(raw) ? stripHtml(raw) : raw;
    const field = column.field;
    switch (field) {
      case 'seq':
        item.fieldLines.seq = range;
        break;
      case 'mainItem':
        name = squeeze(plain.replace(/\n/g, ''));
        item.fieldLines.name = range;
        break;
      case 'name':
        if (!columns.some((x) => x.field === 'mainItem')) {
          name = squeeze(plain.replace(/\n/g, ''));
          item.fieldLines.name = range;
        }
        break;
      case 'subItem':
        if (!columns.some((x) => x.field === 'mainItem') && !columns.some((x) => x.field === 'name')) {
          name = squeeze(plain.replace(/\n/g, ''));
          item.fieldLines.name = range;
        } else item.fieldLines.subItems = range;
        break;
      case 'kind':
        item.rawKind = squeeze(plain);
        item.fieldLines.kind = range;
        break;
      case 'bases': {
        const bases = splitBases(c);
        item.bases.push(...(column.category ? bases.map((b) => ({ ...b, category: column.category })) : bases));
        item.fieldLines.bases = item.fieldLines.bases ? [Math.min(item.fieldLines.bases[0], range[0]), Math.max(item.fieldLines.bases[1], range[1])] : range;
        break;
      }
      case 'exercisingBody':
        item.exercisingBody = splitList(plain);
        item.fieldLines.exercisingBody = range;
        break;
      case 'departments':
        item.departments = splitList(plain);
        item.fieldLines.departments = range;
        break;
      case 'targets':
        item.targets = splitList(plain);
        item.fieldLines.targets = range;
        targetsFromColumn = true;
        break;
      case 'implementationLevel':
      case 'domain':
      case 'timeLimit':
        item[field] = squeeze(plain);
        item.fieldLines[field] = range;
        break;
      case 'duties':
        item.duties = parseDuties(c);
        item.fieldLines.duties = range;
        break;
      case 'dutyBasis':
        item.dutyBasis = plain.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
        item.fieldLines.dutyBasis = range;
        break;
      case 'accountable':
        item.accountable = splitList(plain);
        item.fieldLines.accountable = range;
        break;
      case 'accountabilitySituations':
        item.accountability = { ...item.accountability, situations: plain.trim() };
        item.fieldLines[field] = range;
        break;
      case 'accountabilityBasis':
        item.accountability = { ...item.accountability, basis: plain.trim() };
        item.fieldLines[field] = range;
        break;
      case 'notes':
        item.notes = squeeze(plain);
        item.fieldLines.notes = range;
        break;
      case 'ignore':
        break;
      default: {
        const key = collapse(column.header) || `第${column.index + 1}列`;
        item.extra[key] = squeeze(plain);
        item.fieldLines[key] = range;
      }
    }
  }
  item.name = name;
  item.subItems = d.subItems.filter((s) => collapse(s) !== collapse(name));
  const reading = readKind(toSimplified(item.rawKind));
  if (reading.kind) item.kind = reading.kind;
  else {
    const simplified = toSimplified(collapse(item.rawKind));
    const fromName = kindFromName(name);
    const other = OTHER_KINDS.test(simplified);
    const fallback = d.section ?? titleKind ?? fromName;
    if (fallback) {
      item.kind = fallback;
      const method = d.section ? 'section' : titleKind ? 'title' : 'name';
      item.kindRecovery = { raw: item.rawKind, confidence: method === 'section' ? 0.9 : method === 'name' ? 0.7 : 0.6, method };
      const why = method === 'section' ? `分类标题“${d.sectionRaw}”` : method === 'name' ? '事项名称' : '清单标题';
      notes.push({
        severity: other ? 'warning' : 'info',
        code: 'kind-inferred',
        message: `第${seq}项${item.rawKind ? `的职权类型“${item.rawKind}”不在七类之中` : '没有职权类型'}，按${why}取${fallback}`,
        line: d.lines[0],
      });
    } else if (item.rawKind !== '' || !KIND_WORDS.test(simplified)) {
      // left to the matter (index.ts) — or 其他行政职权 with an error note
    }
  }
  if (!targetsFromColumn) {
    item.targets = inferTargets(name);
    item.extra['实施对象来源'] = item.targets.length > 0 ? TARGETS_FROM_NAME : '清单无实施对象列，名称中也未见对象';
  }
  return item;
}
