// Shape 'ocr-pdf': OCR text of a PDF table with its issuing notice in front. Seed 004 (兰州市).
// Each page repeats the header (often split over two lines and itself garbled); vertical
// cells were read column by column, so names are scrambled, some numbers and kinds are
// missing, wrapped text of a row continues on later lines, and whole rows can be lost.
// This importer only reads what is there; names, kinds and numbers are recovered afterwards
// (recoverOcrItems in ../matters.ts), and what cannot be recovered becomes a gap.
import type { Basis, CatalogItem, ImportNote, LineRange } from '../model.js';
import { blankItem, collapse, findDate, squeeze, TARGETS_FROM_NAME, type CellLine } from './text.js';
import { isTableHeader, type ShapeResult } from './shape.js';

type Column =
  | { kind: 'seq' | 'name' | 'kind' | 'departments' | 'notes' }
  | { kind: 'extra'; key: string }
  | { kind: 'basis'; category: string };

/** The column layout of a 执法事项目录清单 (used where the garbled header cannot be read). */
const DEFAULT_COLUMNS: Column[] = [
  { kind: 'seq' },
  { kind: 'name' },
  { kind: 'kind' },
  { kind: 'departments' },
  { kind: 'extra', key: '执法领域' },
  { kind: 'extra', key: '实施层级' },
  { kind: 'basis', category: '法律' },
  { kind: 'basis', category: '行政法规' },
  { kind: 'basis', category: '地方性法规' },
  { kind: 'basis', category: '部门规章' },
  { kind: 'basis', category: '政府规章' },
  { kind: 'notes' },
];

function columnOfHeader(h: string): Column | null {
  const t = collapse(h);
  if (t === '序号') return { kind: 'seq' };
  if (/名称$/.test(t)) return { kind: 'name' };
  if (/类型$/.test(t)) return { kind: 'kind' };
  if (/^(执法)?部门$/.test(t)) return { kind: 'departments' };
  if (/领域$/.test(t)) return { kind: 'extra', key: '执法领域' };
  if (/层级$/.test(t)) return { kind: 'extra', key: '实施层级' };
  if (t === '法律') return { kind: 'basis', category: '法律' };
  if (t === '行政法规') return { kind: 'basis', category: '行政法规' };
  if (/^地方性/.test(t)) return { kind: 'basis', category: '地方性法规' };
  if (t === '部门规章') return { kind: 'basis', category: '部门规章' };
  if (/^政府/.test(t)) return { kind: 'basis', category: '政府规章' };
  if (t === '备注') return { kind: 'notes' };
  return null;
}

const HEADER_WORD = /执法|依据|名称|类型|部门|领域|层级|法律|法规|规章|备注|事项|序号|据$/;

function isHeaderWord(cellText: string): boolean {
  const t = collapse(cellText);
  return t.length <= 6 && HEADER_WORD.test(t);
}

/** Every non-empty cell is short and at least one is a header word: a (garbled) header line. */
function isHeaderish(cells: string[]): boolean {
  const filled = cells.map(collapse).filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => c.length <= 6) && filled.some((c) => HEADER_WORD.test(c));
}

/** Short noise such as "- 1", "T", "I". */
function isNoise(cellText: string): boolean {
  const t = collapse(cellText);
  return t.length <= 3 && !/[\u4e00-\u9fa5]{2,}/.test(t);
}

const STATUTE_TEXT = /《|第[一二三四五六七八九十百零〇\d]+条/;

interface Draft {
  seq: number | null;
  columns: Map<number, CellLine[]>;
  first: number;
  last: number;
  fragments: string[];
}

function add(d: Draft, col: number, text: string, line: number): void {
  const list = d.columns.get(col) ?? [];
  list.push({ text, line });
  d.columns.set(col, list);
  d.last = Math.max(d.last, line);
}

export function importOcrPdf(lines: string[]): ShapeResult {
  const notes: ImportNote[] = [];
  const firstHeader = lines.findIndex((l) => isTableHeader(l));
  // The header may start one line earlier ("\t执法事项\t执法…" above "序号\t名称…").
  let tableStart = firstHeader;
  while (tableStart > 0 && isHeaderish((lines[tableStart - 1] ?? '').split('\t')) && (lines[tableStart - 1] ?? '').includes('\t')) tableStart--;
  const titleLines: { text: string; line: number }[] = [];
  for (let i = 0; i < tableStart; i++) {
    const t = (lines[i] ?? '').replace(/^>\s*/, '').trim();
    if (t !== '') titleLines.push({ text: t, line: i + 1 });
  }
  const preamble = titleLines.map((t) => t.text).join('\n');
  const title = [...titleLines].reverse().find((t) => /清单|目录/.test(t.text) && !/通知/.test(t.text))?.text;
  const noticeDate = findDate(preamble) ?? undefined;
  const documentNumber = /[\u4e00-\u9fa5]{1,8}\s*[〔\[（(［]\s*\d{4}\s*[〕\]）)］]\s*\d+\s*号/.exec(preamble)?.[0];

  const columns = [...DEFAULT_COLUMNS];
  (lines[firstHeader] ?? '').split('\t').forEach((h, i) => {
    const c = columnOfHeader(h);
    if (c && i < columns.length) columns[i] = c;
  });

  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (let i = tableStart; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i] ?? '';
    if (collapse(raw) === '') continue;
    let cells = raw.split('\t');
    if (isTableHeader(raw) || isHeaderish(cells)) continue;

    const c0 = collapse(cells[0] ?? '');
    const c1 = collapse(cells[1] ?? '');
    const c2 = collapse(cells[2] ?? '');
    // A row shifted one column to the right, usually a ghost repeat of a row already read.
    if (c0 === '' && c1 === '' && /^\d{1,3}$/.test(c2)) {
      const seq = Number(c2);
      const seen = drafts.find((d) => d.seq === seq);
      if (seen) {
        notes.push({
          severity: 'warning',
          code: 'ocr-duplicate-row',
          message: `第${lineNo}行重复了第${seq}项的一部分（错位一列的 OCR 残影），未作为新事项导入，原文保存在该项 extra["OCR重复残片"]`,
          line: lineNo,
        });
        seen.fragments.push(`[重复残片 第${lineNo}行] ${squeeze(cells.join(' '))}`);
        seen.last = Math.max(seen.last, lineNo);
        continue;
      }
      cells = cells.slice(1);
      notes.push({ severity: 'warning', code: 'ocr-column-shift', message: `第${lineNo}行整体右移一列，已按左移一列读取`, line: lineNo });
    }
    const s0 = collapse(cells[0] ?? '');
    const s1 = collapse(cells[1] ?? '');
    const numbered = /^\d{1,3}$/.test(s0) && s1 !== '';
    const unnumbered =
      s0 === '' && /^对/.test(s1) && s1.length >= 6 && (/行|政|罚|检|强制|奖励|职权/.test(collapse(cells[2] ?? '')) || /局|机构|经办/.test(collapse(cells[3] ?? '')));
    if (numbered || unnumbered) {
      current = { seq: numbered ? Number(s0) : null, columns: new Map(), first: lineNo, last: lineNo, fragments: [] };
      drafts.push(current);
      cells.forEach((text, col) => {
        if (col === 0 || collapse(text) === '') return;
        add(current as Draft, col, text, lineNo);
      });
      continue;
    }
    if (!current) {
      notes.push({ severity: 'warning', code: 'stray-line', message: `第${lineNo}行出现在第一个事项之前，未导入`, line: lineNo });
      continue;
    }
    // A continuation of the current row: wrapped text of its cells.
    cells.forEach((text, col) => {
      let t = text;
      if (collapse(t) === '') return;
      if (isHeaderWord(t)) return; // a header word caught in the continuation line
      t = t.replace(/\s*执法\s*依据\s*$/, '');
      if (collapse(t) === '') return;
      if (isNoise(t)) {
        (current as Draft).fragments.push(`[第${lineNo}行第${col + 1}列] ${t.trim()}`);
        return;
      }
      const column = columns[col];
      if (column && column.kind !== 'basis' && column.kind !== 'kind' && STATUTE_TEXT.test(t) && collapse(t).length > 12) {
        add(current as Draft, -1, t, lineNo); // statute text in a non-basis column: OCR misplaced it
        return;
      }
      add(current as Draft, col, t, lineNo);
    });
  }

  // Numbers: keep what was read; an unnumbered row after n is n+1.
  const items: CatalogItem[] = [];
  let lastSeq = 0;
  drafts.forEach((d, idx) => {
    let seq = d.seq;
    let inferred = false;
    if (seq === null) {
      const next = drafts.slice(idx + 1).find((x) => x.seq !== null)?.seq;
      seq = lastSeq + 1;
      inferred = true;
      notes.push({
        severity: 'info',
        code: 'seq-inferred',
        message: `第${d.first}行的事项没有序号，按前后序号（${lastSeq || '无'} 与 ${next ?? '无'}）推定为第${seq}项`,
        line: d.first,
      });
      if (next !== undefined && next !== null && seq >= next) {
        notes.push({ severity: 'warning', code: 'seq-conflict', message: `推定的序号 ${seq} 与后面的第${next}项冲突`, line: d.first });
      }
    }
    lastSeq = seq;
    items.push(toItem(d, seq, inferred, columns));
  });
  return { titleLines, items, notes, headerLine: tableStart + 1, ...(title ? { title } : {}), ...(noticeDate ? { noticeDate } : {}), ...(documentNumber ? { documentNumber: collapse(documentNumber) } : {}) };
}

const DEPARTMENTS = ['市医疗保障局', '医疗保障经办机构', '县区医疗保障局'];

function bagDice(a: string, b: string): number {
  const count = new Map<string, number>();
  for (const ch of a) count.set(ch, (count.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of b) {
    const n = count.get(ch) ?? 0;
    if (n > 0) {
      common++;
      count.set(ch, n - 1);
    }
  }
  return a.length + b.length === 0 ? 0 : (2 * common) / (a.length + b.length);
}

function range(parts: CellLine[]): LineRange {
  const ls = parts.map((p) => p.line);
  return [Math.min(...ls), Math.max(...ls)];
}

function toItem(d: Draft, seq: number, inferred: boolean, columns: Column[]): CatalogItem {
  const item = blankItem(seq, [d.first, d.last]);
  item.fieldLines.seq = [d.first, d.first];
  if (inferred) item.seqInferred = true;
  const bases: Basis[] = [];
  for (const [col, parts] of [...d.columns.entries()].sort((a, b) => a[0] - b[0])) {
    const text = parts.map((p) => p.text.trim()).join('\n');
    const column: Column | undefined = col === -1 ? { kind: 'basis', category: '错位（OCR）' } : columns[col];
    const lines = range(parts);
    if (!column) {
      item.extra[`第${col + 1}列`] = squeeze(text);
      continue;
    }
    switch (column.kind) {
      case 'name':
        item.name = collapse(text);
        item.fieldLines.name = lines;
        break;
      case 'kind':
        item.rawKind = squeeze(text);
        item.fieldLines.kind = lines;
        break;
      case 'departments': {
        const raw = collapse(text);
        const best = DEPARTMENTS.map((n) => ({ n, s: raw.includes('经办') ? (n.includes('经办') ? 1 : 0) : bagDice(raw, n) })).sort((a, b) => b.s - a.s)[0];
        // The 执法部门 column names the body that exercises the power (行使主体), not an office.
        if (best && best.s >= 0.6) {
          item.exercisingBody = [best.n];
          if (best.n !== raw) item.extra['执法部门（OCR原文）'] = raw;
        } else item.exercisingBody = [raw];
        item.fieldLines.exercisingBody = lines;
        break;
      }
      case 'extra':
        if (column.key === '执法领域') {
          item.domain = squeeze(text);
          item.fieldLines.domain = lines;
        } else if (column.key === '实施层级') {
          item.implementationLevel = squeeze(text);
          item.fieldLines.implementationLevel = lines;
        } else {
          item.extra[column.key] = squeeze(text);
          item.fieldLines[column.key] = lines;
        }
        break;
      case 'notes':
        item.notes = squeeze(text);
        item.fieldLines.notes = lines;
        break;
      case 'basis':
        bases.push({ text, lines, citations: [], category: column.category });
        break;
      case 'seq':
        // statute text in the 序号 column was routed to -1 above; anything else is noise
        item.extra['序号列残片'] = squeeze(text);
        break;
    }
  }
  item.bases = bases;
  if (bases.length > 0) item.fieldLines.bases = [Math.min(...bases.map((b) => b.lines[0])), Math.max(...bases.map((b) => b.lines[1]))];
  const ghosts = d.fragments.filter((f) => f.startsWith('[重复残片'));
  const noise = d.fragments.filter((f) => !f.startsWith('[重复残片'));
  if (noise.length > 0) item.extra['OCR残片'] = noise.join('；');
  if (ghosts.length > 0) item.extra['OCR重复残片'] = ghosts.join('；');
  // Targets are inferred after the name is recovered (index.ts): the raw name is scrambled.
  item.extra['实施对象来源'] = TARGETS_FROM_NAME;
  return item;
}
