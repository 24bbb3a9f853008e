// Text → Grid for the table shapes the seeds do not have: cells separated by | (a web table
// copied as text, Markdown), by tabs, by runs of spaces or single spaces, one cell per
// paragraph, or run together with no separator. Where the separator is lost or ambiguous,
// cells are fitted to the header's columns by what each column holds (a number for 序号,
// one of the seven kinds, a statute for 依据, an office for 承办机构 …).
import { FIELD_LABELS, headerKey, headerScore, isHeaderWord, mapColumns, matchHeader, type ColumnField } from './columns.js';
import { defectCode, defectLabel, lineDefect } from './edges.js';
import type { ImportNote } from '../model.js';
import { toSimplified } from './hanzi.js';
import type { Grid, GridCell, GridRow } from './table.js';
import { collapse, readKind } from './text.js';

const SEQ = /^(\d{1,6}|[*＊]+)[.、．]?$/;
const LEVEL = /^[省市县区乡镇街道旗师团级国家自治州盟、，,;；/及和以上下（）()]+$/;
const OFFICE = /(局|科|股|室|处|中心|队|机构|部门|委员会|委|所|站|办公室)$/;
const BASIS_START = /^(\d{1,2}\s*[.、．]\s*)?(【[^】]{1,10}】|《[^》]{2,60}》)/;

/** How well a text fits a field (higher is better); the aligner maximises the sum. */
function fit(field: ColumnField | null, text: string, tokens: number): number {
  const t = collapse(text);
  if (t === '') return field === 'name' || field === 'mainItem' || field === 'subItem' ? -3 : field === 'kind' || field === 'seq' ? -1.2 : -0.2;
  const extraTokens = Math.max(0, tokens - 1);
  switch (field) {
    case 'seq':
      return SEQ.test(t) ? 4 : -6;
    case 'kind': {
      const k = readKind(toSimplified(t));
      return k.how === 'exact' || k.how === 'variant' || /^(行政许可|行政征收|行政裁决)$/.test(toSimplified(t)) ? 5 - extraTokens : -5;
    }
    case 'implementationLevel':
      return LEVEL.test(t) && t.length <= 24 ? 3 - extraTokens : -2;
    case 'bases':
      return BASIS_START.test(t) ? 3 : /《/.test(t) ? 0.5 : -1.5;
    case 'dutyBasis':
    case 'accountabilityBasis':
      return /《/.test(t) ? 1 : -0.5;
    case 'exercisingBody':
    case 'departments':
      return t.length <= 40 && OFFICE.test(t.replace(/[（(][^）)]*[）)]$/, '')) && !/《/.test(t) ? 2.5 - extraTokens : -2 - extraTokens;
    case 'targets':
      return t.length <= 60 && /(机构|单位|人员|个人|药店|企业|公民|法人|组织|医院|对象)/.test(t) && !/《/.test(t) ? 2 - 0.5 * extraTokens : -1;
    case 'name':
    case 'mainItem':
    case 'subItem':
      return (/^(\d{1,2}[.、．])?对|处罚$|检查$|监督$|管理$|奖励$|封存$|给付$|确认$|强制$|情况$/.test(t) ? 2 : 0.5) - (/^【|^《[^》]+》第/.test(t) ? 3 : 0) - 0.1 * extraTokens;
    case 'timeLimit':
      return /(日|天|月|年|小时|工作日|即时|次)/.test(t) && t.length <= 30 ? 2 : -1;
    case 'duties':
    case 'accountabilitySituations':
    case 'notes':
    case 'accountable':
      // Statute text (【法律】《…》第…条) is a basis, not a duty or a note.
      return /^(\d{1,2}\s*[.、．]\s*)?(【[^】]{1,10}】|《[^》]{2,60}》)/.test(t) ? -1.5 : 0;
    default:
      // An extra column (是否涉企, 抽查比例 …): short values fit, long statute text and the
      // enumerated items of an article (一、… （二）…) do not.
      if (/^(是|否)$/.test(t)) return 1.5;
      if (/^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]/.test(t)) return -1.5;
      return t.length <= 30 && !/《/.test(t) ? 0.3 - 0.5 * extraTokens : -1;
  }
}

/**
 * Fit tokens (in order) to columns (in order): each column takes a run of consecutive
 * tokens, possibly none. Dynamic programming over (tokens used, columns filled).
 */
export function alignTokens(tokens: string[], fields: (ColumnField | null)[], joiner: string | string[] = ' '): string[] {
  const glue = (k: number, i: number) =>
    typeof joiner === 'string' ? tokens.slice(k, i).join(joiner) : tokens.slice(k, i).map((t, x) => (x === 0 ? t : `${joiner[k + x] ?? ' '}${t}`)).join('');
  const n = tokens.length;
  const m = fields.length;
  const NEG = -1e9;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(NEG));
  const from: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  dp[0]![0] = 0;
  for (let j = 1; j <= m; j++) {
    for (let i = 0; i <= n; i++) {
      // Column j-1 takes tokens k..i-1.
      for (let k = i; k >= 0; k--) {
        const prev = dp[k]![j - 1]!;
        if (prev <= NEG) continue;
        const text = glue(k, i);
        const s = prev + fit(fields[j - 1] ?? null, text, i - k);
        if (s > dp[i]![j]!) {
          dp[i]![j] = s;
          from[i]![j] = k;
        }
        if (i - k > 60) break;
      }
    }
  }
  const out = new Array<string>(m).fill('');
  let i = n;
  for (let j = m; j >= 1; j--) {
    const k = from[i]![j]!;
    out[j - 1] = glue(k, i);
    i = k;
  }
  return out;
}

function cellsOf(texts: string[], line: number, lastLine = line): GridCell[] {
  return texts.map((text) => ({ text: text.trim(), line, lastLine }));
}

// ---------------------------------------------------------------------------------------
// | tables (web tables copied as text, Markdown)

/** Rows of a text whose cells are separated by |. Null when it is not such a text. */
export function pipeGrid(lines: string[]): Grid | null {
  const piped = lines.filter((l) => l.includes('|'));
  if (piped.length < 2) return null;
  const notes: ImportNote[] = [];
  // First pass: every line that ends with | closes a row.
  interface Raw { cells: string[]; line: number; lastLine: number }
  const raws: Raw[] = [];
  const titleLines: { text: string; line: number }[] = [];
  let cur: Raw | null = null;
  let text = '';
  let seenPipe = false;
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.replace(/\s+$/, '');
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return; // Markdown rule
    const defect = lineDefect(line);
    if (defect) {
      notes.push({ severity: 'warning', code: defectCode(defect), message: `第${lineNo}行是${defectLabel(defect)}，不是事项，已跳过：${line.trim().slice(0, 30)}`, line: lineNo });
      return;
    }
    if (!line.includes('|')) {
      if (line.trim() === '') return;
      if (!seenPipe) {
        titleLines.push({ text: line.trim(), line: lineNo });
        return;
      }
      cur ??= { cells: [], line: lineNo, lastLine: lineNo };
      text += (text ? '\n' : '') + line.trim();
      cur.lastLine = lineNo;
      return;
    }
    seenPipe = true;
    let pieces = line.split('|');
    if (!cur) {
      cur = { cells: [], line: lineNo, lastLine: lineNo };
      if (line.trim().startsWith('|')) pieces = pieces.slice(1); // Markdown: | a | b |
    }
    const row = cur;
    pieces.forEach((p, k) => {
      if (k < pieces.length - 1) {
        row.cells.push((text ? `${text}\n` : '') + p.trim());
        text = '';
      } else text += (text ? '\n' : '') + p.trim();
    });
    row.lastLine = lineNo;
    if (text.trim() === '') {
      text = '';
      raws.push(row);
      cur = null;
    }
  });
  let endsInsideRow = false;
  if (cur) {
    const open = cur as Raw;
    if (text.trim() !== '') open.cells.push(text.trim());
    raws.push(open);
    endsInsideRow = true;
  }
  const trimEnd = (cells: string[]) => {
    const c = [...cells];
    while (c.length > 0 && c[c.length - 1]!.trim() === '') c.pop();
    return c;
  };
  const nonEmpty = (cells: string[]) => cells.filter((c) => c.trim() !== '').length;
  // Header: the window of consecutive raw rows whose joined cells read best as a header. A
  // row of one text (the title above the table) does not start it.
  let best: { start: number; end: number; score: number } | null = null;
  for (let s = 0; s < Math.min(raws.length, 40); s++) {
    const startCells = raws[s]!.cells;
    if (nonEmpty(startCells) === 1 && !isHeaderWord(headerKey(startCells.find((c) => c.trim()) ?? ''))) continue;
    let joined: string[] = [];
    for (let e = s; e < Math.min(raws.length, s + 20); e++) {
      joined = [...joined, ...trimEnd(raws[e]!.cells)];
      if (joined.some((c) => SEQ.test(collapse(c)) && collapse(c) !== '')) break;
      const score = headerScore(joined);
      if (score >= 2 && (!best || score > best.score)) best = { start: s, end: e, score };
    }
    if (best && best.score >= 4) break;
  }
  if (!best) return null;
  const header = raws.slice(best.start, best.end + 1).flatMap((r) => trimEnd(r.cells));
  const width = header.length;
  const rows: GridRow[] = [];
  for (let s = 0; s < best.start; s++) {
    const t = raws[s]!.cells.filter((c) => c.trim()).join(' ');
    if (t) titleLines.push({ text: t, line: raws[s]!.line });
  }
  rows.push({ cells: cellsOf(header, raws[best.start]!.line, raws[best.end]!.lastLine), line: raws[best.start]!.line, lastLine: raws[best.end]!.lastLine });
  // Data: a row continued on the next line (its cells wrapped) is joined while the joined row
  // stays within the header's width and the next line does not start with a number.
  let acc: { cells: string[]; line: number; lastLine: number } | null = null;
  const flush = () => {
    if (!acc) return;
    rows.push({ cells: cellsOf(acc.cells, acc.line, acc.lastLine), line: acc.line, lastLine: acc.lastLine });
    acc = null;
  };
  for (const r of raws.slice(best.end + 1)) {
    const cells = trimEnd(r.cells);
    if (cells.length === 0) continue;
    const startsRow = SEQ.test(collapse(cells[0] ?? ''));
    const a0 = acc as { cells: string[]; line: number; lastLine: number } | null;
    if (a0 && (startsRow || a0.cells.length + cells.length > width)) flush();
    if (!acc) acc = { cells: [], line: r.line, lastLine: r.lastLine };
    const a = acc as { cells: string[]; line: number; lastLine: number };
    a.cells.push(...cells);
    a.lastLine = r.lastLine;
  }
  flush();
  // A row shorter than the one above whose first cell is no number continues the merged
  // cells (rowspan) of the row above: they are copied, marked as merged.
  for (let k = 2; k < rows.length; k++) {
    const r = rows[k]!;
    const prev = rows[k - 1]!;
    const missing = Math.min(width, prev.cells.length) - r.cells.length;
    if (missing > 0 && !SEQ.test(collapse(r.cells[0]?.text ?? '')) && SEQ.test(collapse(prev.cells[0]?.text ?? ''))) {
      const carried = prev.cells.slice(0, missing).map((c) => ({ ...c, merged: 'row' as const }));
      r.cells = [...carried, ...r.cells];
    }
  }
  for (const r of rows.slice(1)) {
    if (r.cells.length < width && !(endsInsideRow && r === rows[rows.length - 1])) {
      notes.push({ severity: 'warning', code: 'row-short', message: `第${r.line}行有 ${r.cells.length} 个单元格，表头有 ${width} 个：缺的是哪一格无法确定（网页转载时空单元格丢失），按从左到右对应，请核对`, line: r.line });
    }
  }
  if (rows.length > 1) rows.unshift(...titleLines.map((t) => ({ cells: [{ text: t.text, line: t.line }], line: t.line })));
  return { rows, endsInsideRow, notes, fromText: true };
}

// ---------------------------------------------------------------------------------------
// Separated by tabs, runs of spaces, single spaces, or nothing at all

/** Header words run together (序号事项名称责任科室…): split by the longest synonyms. */
export function splitRunTogetherHeader(text: string, minCells = 3): string[] | null {
  const s = toSimplified(collapse(text));
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let hit = '';
    for (let len = Math.min(10, s.length - i); len >= 2; len--) {
      const piece = s.slice(i, i + len);
      if (isHeaderWord(piece)) {
        hit = piece;
        break;
      }
    }
    if (!hit) {
      // A header word yibao does not know (是否涉企): up to the next known word.
      let j = i + 1;
      while (j < s.length && j - i <= 8) {
        let known = false;
        for (let len = Math.min(10, s.length - j); len >= 2 && !known; len--) known = isHeaderWord(s.slice(j, j + len));
        if (known) break;
        j++;
      }
      hit = s.slice(i, j);
      if (hit.length > 8 || /[:：>/|,，。]/.test(hit)) return null;
    }
    out.push(hit);
    i += hit.length;
  }
  if (minCells < 3) return out.length >= minCells && out.every((w) => isHeaderWord(w)) ? out : null;
  return out.length >= minCells && headerScore(out) >= 2 ? out : null;
}

/** Split a row whose cells run together at the places a new cell must start. */
export function anchorTokens(text: string): string[] {
  let t = text.trim();
  const marks: number[] = [];
  const seq = /^([\d]{1,6}|[*＊]+)(?=[^\d.、．])/.exec(t);
  if (seq) marks.push(seq[0].length);
  const patterns: RegExp[] = [
    /(?:行政处罚|行政强制|行政检查|行政给付|行政确认|行政奖励|其他行政职权|其他行政权力|行政监督检查|行政處罰|行政檢查|行政強制|行政確認|行政獎勵)(?![的法])/g,
    /【(?:法律|行政法规|部门规章|地方性法规|政府规章|规范性文件|法規|行政法規|部門規章)】/g,
    /《[^》]{2,60}》(?:[(（][^)）]{0,20}[)）])?\s*第/g,
    /\d{1,2}\s*[.、．](?=对|對)/g,
  ];
  for (const re of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t)) !== null) {
      if (m.index > 0) marks.push(m.index);
      if (re === patterns[0]) marks.push(m.index + m[0].length);
    }
  }
  // An office name right before the kind: …进行监督|基金监管科|行政检查.
  const kindAt = patterns[0]!;
  kindAt.lastIndex = 0;
  const k = kindAt.exec(t);
  if (k && k.index > 4) {
    const before = t.slice(0, k.index);
    const office = /([\u4e00-\u9fa5]{2,7}?(?:科|股|室|处|中心|大队|支队))$/.exec(before);
    if (office && office.index > 0) {
      // Prefer the cut after a verb that ends an item name.
      const verbs = [...before.matchAll(/(监督|检查|处罚|管理|奖励|封存|确认|给付|情况|行为|事项|工作|处理|核查)(?=[\u4e00-\u9fa5]{2,7}(?:科|股|室|处|中心|大队|支队)$)/g)];
      const verb = verbs[verbs.length - 1];
      marks.push(verb ? verb.index! + verb[0].length : office.index);
    }
  }
  const cuts = [...new Set(marks)].filter((x) => x > 0 && x < t.length).sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(t.slice(from, c));
    from = c;
  }
  out.push(t.slice(from));
  t = '';
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Rows of a text whose cells are separated by tabs, spaces or nothing: the header line gives
 * the columns; a row starts at a line that opens with a number (or a masked *), lines that
 * do not continue it; each row's pieces are fitted to the columns.
 */
export function delimitedGrid(lines: string[]): Grid | null {
  let headerAt = -1;
  let headerCells: string[] = [];
  let headerEnd = -1;
  type Mode = 'tab' | 'spaces' | 'space' | 'none';
  let mode = 'space' as Mode;
  for (let i = 0; i < Math.min(lines.length, 80) && headerAt < 0; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || lineDefect(line)) continue;
    const candidates: [Mode, string[]][] = [
      ['tab', line.split('\t')],
      ['spaces', line.split(/\s{2,}|\u3000+/)],
      ['space', line.split(/\s+/)],
    ];
    for (const [m, cells] of candidates) {
      if (cells.length >= 3 && cells.filter((c) => matchHeader(c).confidence >= 0.9).length >= Math.max(3, cells.length * 0.6) && headerScore(cells) >= 2) {
        headerAt = i;
        headerEnd = i;
        headerCells = cells.map((c) => c.trim());
        mode = m;
        break;
      }
    }
    if (headerAt < 0) {
      // Header words run together, possibly over a few lines (序号项目\n类型\n项目名称设定依据…).
      let joined = '';
      for (let e = i; e < Math.min(lines.length, i + 4); e++) {
        const l = (lines[e] ?? '').trim();
        if (l === '' || /^\d/.test(l)) break;
        // 主项子项 under the header is a second level, read below.
        if (joined !== '' && (splitRunTogetherHeader(l, 2) ?? []).every((w) => ['mainItem', 'subItem'].includes(matchHeader(w).field ?? '')) && splitRunTogetherHeader(l, 2)) break;
        joined += l;
        const split = splitRunTogetherHeader(joined);
        if (split && split.length >= 4) {
          headerAt = i;
          headerEnd = e;
          headerCells = split;
          mode = 'none';
        }
      }
    }
  }
  if (headerAt < 0) return null;
  if (mode !== 'none') {
    for (let k = headerEnd + 1; k < Math.min(lines.length, headerEnd + 4); k++) {
      const l = (lines[k] ?? '').trim();
      if (l === '' || /^(\d{1,6}|[*＊]+)(\s|$|[\u4e00-\u9fa5])/.test(l) || /《|。/.test(l)) break;
      const words = l.split(mode === 'tab' ? '\t' : /\s+/);
      const headerish = words.filter((w) => matchHeader(w).confidence >= 0.5 || isHeaderWord(headerKey(w))).length;
      if (headerish === 0 && words.length > 1) break;
      const lastCell = headerCells[headerCells.length - 1] ?? '';
      // The last header cell broken inside a phrase (…对象(含数量)或 / “双随机”抽查对象…) goes on.
      if (/[或及和、与]$/.test(lastCell) || words.length === 1) {
        headerCells[headerCells.length - 1] = lastCell + words[0];
        headerCells.push(...words.slice(1));
      } else headerCells.push(...words);
      headerEnd = k;
    }
  }
  // 主项/子项 under one header word (项目名称 above 主项 子项): the sub-header line.
  const subHeader = (lines[headerEnd + 1] ?? '').trim();
  const sub = subHeader === '' ? null : splitRunTogetherHeader(subHeader, 2) ?? (subHeader.split(/\s+/).every((w) => matchHeader(w).confidence === 1) ? subHeader.split(/\s+/) : null);
  if (sub && sub.length >= 2 && sub.length <= 3 && sub.every((w) => ['mainItem', 'subItem'].includes(matchHeader(w).field ?? ''))) {
    const at = headerCells.findIndex((h) => ['name', 'mainItem'].includes(matchHeader(h).field ?? ''));
    if (at >= 0) headerCells.splice(at, 1, ...sub);
    headerEnd++;
  }
  const fields = mapColumns(headerCells).map((c) => c.field);
  const rows: GridRow[] = [{ cells: cellsOf(headerCells, headerAt + 1, headerEnd + 1), line: headerAt + 1, lastLine: headerEnd + 1 }];
  const titleLines: { text: string; line: number }[] = [];
  const before: GridRow[] = [];
  for (let i = 0; i < headerAt; i++) {
    const t = (lines[i] ?? '').trim();
    if (t) before.push({ cells: [{ text: t, line: i + 1 }], line: i + 1 });
  }
  rows.unshift(...before);
  // Group lines into rows.
  const groups: { texts: string[]; line: number; lastLine: number }[] = [];
  for (let i = headerEnd + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const t = raw.trim();
    if (t === '') continue;
    const starts = /^(\d{1,6}|[*＊]+)(?=[\s\t]|[\u4e00-\u9fa5《【])/.test(t) || (mode === 'tab' && /^(\d{1,6}|[*＊]+)\t/.test(raw));
    if (lineDefect(t)) {
      groups.push({ texts: [t], line: i + 1, lastLine: i + 1 });
      continue;
    }
    if (starts || groups.length === 0) groups.push({ texts: [raw], line: i + 1, lastLine: i + 1 });
    else {
      const g = groups[groups.length - 1]!;
      g.texts.push(raw);
      g.lastLine = i + 1;
    }
  }
  for (const g of groups) {
    const first = g.texts[0]!;
    if (lineDefect(first.trim())) {
      rows.push({ cells: [{ text: first.trim(), line: g.line }], line: g.line });
      continue;
    }
    let tokens: string[];
    let joiner: string | string[] = ' ';
    if (mode === 'tab') {
      tokens = g.texts.join('\n').split('\t');
    } else if (mode === 'none') {
      // Lines of a wrapped narrow cell belong together; the rest splits at anchors.
      tokens = anchorTokens(g.texts.map((l) => l.trim()).join(''));
      joiner = '';
    } else {
      const split = mode === 'spaces' ? /\s{2,}|\u3000+/ : /[ \t\u3000]+/;
      tokens = [];
      const glue: string[] = [];
      let wrapping = false;
      g.texts.forEach((l, n) => {
        const t = l.trim();
        // A narrow cell wrapped every few characters (對納入基 / 本醫療保 …) continues the token above.
        const short = n > 0 && t.length <= 6 && !/[\s《【。，,;；:：]/.test(t);
        if (short && tokens.length > 0 && (wrapping || (tokens[tokens.length - 1]!.length <= 6 && !/[。；;]$/.test(tokens[tokens.length - 1]!)))) {
          tokens[tokens.length - 1] += t;
          wrapping = true;
          return;
        }
        wrapping = false;
        t.split(split).filter((x) => x !== '').forEach((x, k) => {
          tokens.push(x);
          glue.push(n > 0 && k === 0 ? '\n' : ' ');
        });
      });
      joiner = glue;
    }
    const cells = mode === 'tab' && tokens.length === headerCells.length ? tokens : alignTokens(tokens, fields, joiner);
    rows.push({ cells: cellsOf(cells, g.line, g.lastLine), line: g.line, lastLine: g.lastLine });
  }
  return { rows, titleLines, notes: [], fromText: true };
}

// ---------------------------------------------------------------------------------------
// One cell per paragraph (a web table whose cells became paragraphs)

export function paragraphGrid(lines: string[]): Grid | null {
  const blocks: { text: string; line: number; lastLine: number }[] = [];
  let cur: { texts: string[]; line: number; lastLine: number } | null = null;
  lines.forEach((raw, i) => {
    const t = raw.trim();
    if (t === '') {
      if (cur) blocks.push({ text: cur.texts.join('\n'), line: cur.line, lastLine: cur.lastLine });
      cur = null;
      return;
    }
    if (!cur) cur = { texts: [], line: i + 1, lastLine: i + 1 };
    cur.texts.push(t);
    cur.lastLine = i + 1;
  });
  if (cur) {
    const c = cur as { texts: string[]; line: number; lastLine: number };
    blocks.push({ text: c.texts.join('\n'), line: c.line, lastLine: c.lastLine });
  }
  // Header: a run of at least three short blocks that are header words.
  let start = -1;
  let end = -1;
  for (let i = 0; i < Math.min(blocks.length, 400); i++) {
    if (blocks[i]!.text.length > 24 || !isHeaderWord(headerKey(blocks[i]!.text))) continue;
    // The run goes on over short blocks (header words yibao may not know) up to the first number.
    let j = i;
    let words = 0;
    while (j < blocks.length) {
      const t = collapse(blocks[j]!.text);
      if (t.length > 16 || SEQ.test(t) || /[《。]/.test(t)) break;
      if (matchHeader(blocks[j]!.text).confidence >= 0.9) words++;
      j++;
    }
    if (words >= 3 && headerScore(blocks.slice(i, j).map((b) => b.text)) >= 2) {
      start = i;
      end = j;
      break;
    }
  }
  if (start < 0) return null;
  const header = blocks.slice(start, end).map((b) => collapse(b.text));
  const fields = mapColumns(header).map((c) => c.field);
  const rows: GridRow[] = [];
  for (const b of blocks.slice(0, start)) rows.push({ cells: [{ text: b.text.replace(/\n/g, ' '), line: b.line }], line: b.line });
  rows.push({ cells: header.map((h, k) => ({ text: h, line: blocks[start + k]!.line })), line: blocks[start]!.line, lastLine: blocks[end - 1]!.lastLine });
  let group: typeof blocks = [];
  const flush = () => {
    if (group.length === 0) return;
    const cells = alignTokens(group.map((g) => g.text), fields, '\n');
    rows.push({ cells: cells.map((text) => ({ text, line: group[0]!.line, lastLine: group[group.length - 1]!.lastLine })), line: group[0]!.line, lastLine: group[group.length - 1]!.lastLine });
    group = [];
  };
  for (const b of blocks.slice(end)) {
    if (lineDefect(b.text)) {
      flush();
      rows.push({ cells: [{ text: b.text, line: b.line }], line: b.line });
      continue;
    }
    if (SEQ.test(collapse(b.text)) && group.length > 0) flush();
    group.push(b);
  }
  flush();
  return { rows, notes: [], fromText: true };
}

/** Which separator reader produced a grid, for notes. */
export const TEXT_TABLE_SHAPES = { pipe: '以 | 分隔的表格', delimited: '以制表符、空格分隔或无分隔的表格', paragraph: '每格一段的表格' } as const;

/** The first reader that finds an item header in the text. */
export function textGrid(lines: string[]): { grid: Grid; how: keyof typeof TEXT_TABLE_SHAPES } | null {
  const pipe = pipeGrid(lines);
  if (pipe) return { grid: pipe, how: 'pipe' };
  const delimited = delimitedGrid(lines);
  if (delimited) return { grid: delimited, how: 'delimited' };
  const para = paragraphGrid(lines);
  if (para) return { grid: para, how: 'paragraph' };
  return null;
}

export { FIELD_LABELS, headerKey };
