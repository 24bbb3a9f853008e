// Shape 'prose': a catalog written as text — a 服务指南 or a page of 检查事项和依据 that names
// each item in a paragraph of its own (对…的监督检查 / 1.对…的处罚 / 一、…), followed by
// labelled paragraphs (依据：, 实施主体：, 承办机构：, 办理时限：) and the statute text.
import type { CatalogItem, ImportNote, PowerKind } from '../model.js';
import { matchHeader, type ColumnField } from './columns.js';
import { defectCode, defectLabel, endsMidSentence, lineDefect, SENTENCE_FIELDS } from './edges.js';
import { toSimplified } from './hanzi.js';
import type { ShapeResult } from './shape.js';
import { kindFromName } from './table.js';
import { blankItem, collapse, inferTargets, readKind, splitBases, splitList, squeeze, TARGETS_FROM_NAME } from './text.js';

/** A paragraph that names an item: 对…的处罚 / …的监督检查, possibly numbered. */
const ITEM_NAME = /^(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．)）]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*)?(对[^。；：:]{4,80}?(?:的处罚|的监督检查|的检查|的监督|进行监督|的奖励|的封存|予以封存|的确认|的给付|监督检查|行政检查|的处理|的强制))[。]?$/;
/** A section heading naming a kind: 一、行政处罚（12项）. */
const SECTION = /^(?:[一二三四五六七八九十]{1,3}[、.．]\s*)?(行政处罚|行政强制|行政检查|行政给付|行政确认|行政奖励|其他行政职权|其他行政权力)(?:类|事项)?(?:[（(]\s*\d+\s*项\s*[)）])?$/;
const LABEL = /^([\u4e00-\u9fa5]{2,8})\s*[：:]\s*(.*)$/;

/** Cheap test over the whole text: does any line name an item at all? */
const ANY_ITEM = /(对|對)[^\n。；：:]{4,80}?(处罚|處罰|检查|檢查|监督|監督|奖励|獎勵|封存|确认|確認|给付|給付|处理|處理|强制|強制)/;

export function importProse(lines: string[]): ShapeResult | null {
  if (!lines.some((l) => l.length <= 120 && ANY_ITEM.test(l))) return null;
  const notes: ImportNote[] = [];
  const titleLines: { text: string; line: number }[] = [];
  interface Draft { name: string; seq: number | null; first: number; last: number; section: PowerKind | null; fields: Map<ColumnField, { text: string[]; line: number; last: number }>; current: ColumnField | null }
  const drafts: Draft[] = [];
  let section: PowerKind | null = null;
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const t = raw.trim();
    if (t === '') return;
    const defect = lineDefect(t);
    if (defect) {
      notes.push({ severity: 'warning', code: defectCode(defect), message: `第${lineNo}行是${defectLabel(defect)}，已跳过：${t.slice(0, 30)}`, line: lineNo });
      return;
    }
    const compact = collapse(t);
    // Only lines that could name an item or a section are converted (OpenCC is slow on megabytes).
    const simple = /^[一二三四五六七八九十\d（(]|^對|^对|^行政|^其他/.test(compact) ? toSimplified(compact) : compact;
    const sec = SECTION.exec(simple);
    if (sec) {
      section = readKind(sec[1]!).kind;
      return;
    }
    const named = ITEM_NAME.exec(simple);
    if (named && t.length <= 100) {
      const number = /^(\d{1,3})[.、．)）]/.exec(simple);
      drafts.push({ name: squeeze(t.replace(/^(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．)）]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*)/, '').replace(/。$/, '')), seq: number ? Number(number[1]) : null, first: lineNo, last: lineNo, section, fields: new Map(), current: null });
      return;
    }
    const d = drafts[drafts.length - 1];
    if (!d) {
      titleLines.push({ text: t, line: lineNo });
      return;
    }
    const label = LABEL.exec(t);
    const labelField = label ? matchHeader(label[1]!) : null;
    if (label && labelField?.field && labelField.confidence >= 0.8) {
      d.current = labelField.field;
      const entry = d.fields.get(labelField.field) ?? { text: [], line: lineNo, last: lineNo };
      if (label[2]!.trim()) entry.text.push(label[2]!.trim());
      entry.last = lineNo;
      d.fields.set(labelField.field, entry);
    } else {
      // Text under the item: the open label's, else its basis (statute text follows the name).
      const field: ColumnField = d.current ?? 'bases';
      const entry = d.fields.get(field) ?? { text: [], line: lineNo, last: lineNo };
      entry.text.push(t);
      entry.last = lineNo;
      d.fields.set(field, entry);
    }
    d.last = lineNo;
  });
  if (drafts.length === 0) return null;
  const items: CatalogItem[] = [];
  let previous = 0;
  for (const d of drafts) {
    const seq = d.seq ?? previous + 1;
    previous = seq;
    const item = blankItem(seq, [d.first, d.last]);
    if (d.seq === null) item.seqInferred = true;
    item.name = d.name;
    item.fieldLines.name = [d.first, d.first];
    for (const [field, entry] of d.fields) {
      const text = entry.text.join('\n');
      const range: [number, number] = [entry.line, entry.last];
      const cell = { parts: entry.text.map((x, k) => ({ text: x, line: Math.min(entry.last, entry.line + k) })) };
      switch (field) {
        case 'bases':
          item.bases.push(...splitBases(cell));
          item.fieldLines.bases = range;
          break;
        case 'exercisingBody':
          item.exercisingBody = splitList(text);
          break;
        case 'departments':
          item.departments = splitList(text);
          break;
        case 'targets':
          item.targets = splitList(text);
          break;
        case 'timeLimit':
        case 'implementationLevel':
        case 'domain':
          item[field] = squeeze(text);
          break;
        case 'kind':
          item.rawKind = squeeze(text);
          break;
        case 'notes':
          item.notes = squeeze(text);
          break;
        default:
          item.extra[field] = squeeze(text);
      }
      item.fieldLines[field] = range;
    }
    const reading = readKind(toSimplified(item.rawKind));
    if (reading.kind) item.kind = reading.kind;
    else {
      const kind = d.section ?? kindFromName(d.name);
      if (kind) {
        item.kind = kind;
        item.kindRecovery = { raw: item.rawKind, confidence: d.section ? 0.9 : 0.7, method: d.section ? 'section' : 'name' };
      }
    }
    if (item.targets.length === 0) {
      item.targets = inferTargets(item.name);
      item.extra['实施对象来源'] = item.targets.length > 0 ? TARGETS_FROM_NAME : '清单无实施对象列，名称中也未见对象';
    }
    items.push(item);
  }
  // The page ends inside the last item's text (a web excerpt cut mid-sentence): said, and the item marked.
  const lastDraft = drafts[drafts.length - 1]!;
  const lastContent = lines.reduce((n, l, i) => (l.trim() !== '' && !lineDefect(l.trim()) ? i + 1 : n), 0);
  const lastField = [...lastDraft.fields].find(([, e]) => e.last === lastDraft.last);
  // (unless the other items' texts of that field end so too: a page that quotes without a final 。)
  const others = drafts.slice(0, -1).map((d) => d.fields.get(lastField?.[0] ?? 'bases')?.text.join('\n') ?? '').filter((t) => t.trim() !== '');
  const othersOpen = others.filter((t) => endsMidSentence(t)).length * 2 >= Math.max(1, others.length) && others.length > 0;
  if (lastDraft.last === lastContent && lastField && SENTENCE_FIELDS.includes(lastField[0]) && endsMidSentence(lastField[1].text.join('\n')) && !othersOpen) {
    const item = items[items.length - 1]!;
    item.truncated = true;
    notes.push({
      severity: 'error',
      code: 'row-cut',
      message: `来源在第${item.seq}项（第${lastDraft.first}行起）中途结束：最后一段没有结束；已导入可见部分并标记为“不完整”`,
      line: lastDraft.last,
    });
  }
  notes.push({ severity: 'info', code: 'prose-items', message: `清单以段落书写：按“对……的处罚/检查”等事项名称分段读出 ${items.length} 项，职权类型由分类标题或名称推定` });
  return { titleLines, items, notes, headerLine: drafts[0]!.first };
}
