// One small fixture per source shape (excerpts of the seeds, see fixtures/README.md), plus
// the helpers every importer relies on.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectShape, readCatalog } from './index.js';
import { cell, parseDuties, readKind, splitBases, splitLines, titleFacts, type Cell } from './text.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string): Buffer => readFileSync(FIXTURES + name);
const text = (name: string): string => fixture(name).toString('utf8');

describe('detectShape', () => {
  it('tells the four shapes apart', () => {
    expect(detectShape(splitLines(text('tsv-html.txt')))).toBe('tsv-html');
    expect(detectShape(splitLines(text('word-blocks.txt')))).toBe('word-blocks');
    expect(detectShape(splitLines(text('table-per-item.txt')))).toBe('table-per-item');
    expect(detectShape(splitLines(text('ocr-pdf.txt')))).toBe('ocr-pdf');
  });
  it('finds no table in prose', () => {
    expect(detectShape(['医疗保障局关于做好年度工作的通知', '', '各科室：现将有关事项通知如下。'])).toBeNull();
  });
});

describe('tsv-html importer', () => {
  const c = readCatalog(fixture('tsv-html.txt'), 'tsv-html.txt', { undatedAsOf: '2025-01-01' });
  it('reads the five rows and skips the Markdown rule', () => {
    expect(c.items.map((i) => [i.seq, i.kind])).toEqual([
      [1, '行政检查'],
      [2, '行政检查'],
      [3, '行政检查'],
      [4, '行政强制'],
      [5, '行政处罚'],
    ]);
    expect(c.notes.find((n) => n.code === 'markdown-rule')?.line).toBe(13);
  });
  it('reports a row cut off mid-row and imports the rest of the file', () => {
    const lines = text('tsv-html.txt').split('\n');
    // Cut item 3 (line 9) after its second cell: the file was truncated there and resumed.
    lines[8] = (lines[8] ?? '').split('\t').slice(0, 2).join('\t');
    const cut = readCatalog(Buffer.from(lines.join('\n')), 'cut.txt');
    expect(cut.items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5]);
    const note = cut.notes.find((n) => n.code === 'row-truncated');
    expect(note?.line).toBe(9);
    expect(note?.message).toContain('职权类型');
    expect(cut.items[2]?.bases).toEqual([]);
    // Its kind cell is gone: the kind comes from the matter its name links to, and says so.
    expect(cut.items[2]).toMatchObject({ kind: '行政检查', rawKind: '', kindRecovery: { method: 'matter' } });
    expect(cut.notes.find((n) => n.code === 'kind-from-matter')?.line).toBe(9);
  });
});

describe('word-blocks importer', () => {
  const c = readCatalog(fixture('word-blocks.txt'), 'word-blocks.txt');
  it('reads items 1, 2, 13 and 14 with their cells spread over lines', () => {
    expect(c.items.map((i) => i.seq)).toEqual([1, 2, 13, 14]);
    expect(c.items.map((i) => i.kind)).toEqual(['行政处罚', '行政处罚', '行政强制', '行政强制']);
    expect(c.items[2]?.fieldLines.seq).toEqual([59, 59]);
    expect(c.items[2]?.fieldLines.kind).toEqual([61, 61]);
  });
  it('reports a file cut inside an item, keeping what is there', () => {
    const lines = text('word-blocks.txt').split('\n').slice(0, 42); // item 2 stops inside its duties
    const cut = readCatalog(Buffer.from(lines.join('\n')), 'cut.txt');
    expect(cut.items.map((i) => i.seq)).toEqual([1, 2]);
    expect(cut.items[1]?.duties.length).toBeGreaterThan(0);
    expect(cut.notes.find((n) => n.code === 'file-truncated')?.message).toContain('第2项');
    expect(cut.gaps).toEqual([]);
  });
});

describe('table-per-item importer', () => {
  const c = readCatalog(fixture('table-per-item.txt'), 'table-per-item.txt', { undatedAsOf: '2025-01-01' });
  it('reads one item per small table', () => {
    expect(c.items.map((i) => [i.seq, i.lines[0]])).toEqual([
      [1, 8],
      [2, 13],
      [3, 18],
    ]);
    expect(c.title).toBe('阳泉市矿区人力资源和社会保障局（阳泉市矿区医疗保障局）新增权责事项清单');
  });
});

describe('ocr-pdf importer', () => {
  const c = readCatalog(fixture('ocr-pdf.txt'), 'ocr-pdf.txt');
  it('infers the missing number, reports the lost item as a gap, never invents it', () => {
    expect(c.items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 13, 15, 16]);
    expect(c.items.find((i) => i.seq === 4)?.seqInferred).toBe(true);
    expect(c.gaps.map((g) => g.seq)).toEqual([6, 7, 8, 9, 10, 11, 12, 14]);
    expect(c.asOf).toBe('2025-01-20');
  });
  it('recovers the scrambled name of item 1 from its characters, keeping the raw text', () => {
    const i1 = c.items[0];
    expect(i1?.name).toBe('对用人单位不办理医疗保险和生育保险登记、未按规定变更登记或注销登记以及伪造、变造登记证明的处罚');
    expect(i1?.nameRecovery?.raw).toMatch(/^对不保保未更销伪登处用办险险按登登造记罚/);
    expect(i1?.nameRecovery?.confidence).toBeGreaterThan(0.8);
    expect(i1?.matter?.id).toBe('penalty.employer-registration');
  });
});

describe('readKind', () => {
  it('reads the seven kinds, variants, split words and fragments', () => {
    expect(readKind('行政处罚')).toEqual({ kind: '行政处罚', how: 'exact' });
    expect(readKind('行政监督检查')).toEqual({ kind: '行政检查', how: 'variant' });
    expect(readKind('其他职权')).toEqual({ kind: '其他行政职权', how: 'variant' });
    expect(readKind('行 检')).toEqual({ kind: '行政检查', how: 'variant' });
    expect(readKind('行政 处罚')).toEqual({ kind: '行政处罚', how: 'exact' });
    expect(readKind('其他 行 职权')).toEqual({ kind: '其他行政职权', how: 'variant' });
    expect(readKind('其他取权')).toEqual({ kind: '其他行政职权', how: 'partial' });
    expect(readKind('行政')).toEqual({ kind: null, how: 'none' });
    expect(readKind('')).toEqual({ kind: null, how: 'none' });
  });
});

describe('parseDuties', () => {
  it('maps numbered steps and keeps labels and text', () => {
    const c: Cell = { parts: [
      { text: '1.检查责任：根据监管工作需要组织检查。', line: 10 },
      { text: '2.处置责任：对检查发现的问题作出处置。', line: 11 },
      { text: '3.事后监管责任：汇总、归档。', line: 12 },
    ] };
    expect(parseDuties(c).map((d) => [d.step, d.label, d.lines])).toEqual([
      ['检查', '检查责任', [10, 10]],
      ['处置', '处置责任', [11, 11]],
      ['事后监管', '事后监管责任', [12, 12]],
    ]);
  });
  it('does not take article lists (第17、42条) for step numbers', () => {
    const d = parseDuties(cell('1.立案责任：依照第17、42条决定。 2.调查责任：两人以上。', 3));
    expect(d.map((x) => x.step)).toEqual(['立案', '调查']);
    expect(d[0]?.text).toBe('依照第17、42条决定。');
  });
});

describe('splitBases', () => {
  it('gives one basis per <p>, joining a heading-only <p> to the next', () => {
    const b = splitBases(cell('<p>【法律】《药品管理法》</p> <p>第八十六条 应当提供资料。</p> <p>【法律】《价格法》第三十五条 如实提供。</p>', 7));
    expect(b.map((x) => [x.category, x.text])).toEqual([
      ['法律', '【法律】《药品管理法》\n第八十六条 应当提供资料。'],
      ['法律', '【法律】《价格法》第三十五条 如实提供。'],
    ]);
    expect(b[0]?.lines).toEqual([7, 7]);
  });
});

describe('titleFacts', () => {
  it('finds jurisdiction, level and year in other titles too', () => {
    expect(titleFacts(['广东省医疗保障局行政执法事项清单（2023年版）'])).toEqual({ jurisdiction: '广东省医疗保障局', level: '省', year: 2023 });
    expect(titleFacts(['北京市医疗保障局权责清单'])).toMatchObject({ jurisdiction: '北京市医疗保障局', level: '省' });
    expect(titleFacts(['遵义市播州区医疗保障局权力清单'])).toMatchObject({ level: '县区' });
    expect(titleFacts(['西宁市医疗保障局行政执法事项清单'])).toMatchObject({ level: '市', year: undefined });
  });
});
