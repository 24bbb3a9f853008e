// The five seed catalogs, imported whole: counts, kinds, names, fields and line ranges.
// Expected values were read off the seed files by hand.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Catalog, type CatalogItem, type PowerKind } from '../model.js';
import { readCatalog } from './index.js';

const SEEDS = fileURLToPath(new URL('../../../data/catalogs/', import.meta.url));
const FILES = {
  yangquan: '000_650efb1eb094bc36.txt',
  zhongshan: '001_cc42e2149e1dc4a3.txt',
  kuangqu: '002_d9b76134472e1956.txt',
  neimenggu: '003_119a4ff0c2874498.txt',
  lanzhou: '004_cc75ecf2f3c1db82.txt',
} as const;

function load(file: string): Catalog {
  return readCatalog(readFileSync(SEEDS + file), file, { undatedAsOf: '2025-06-30' });
}

function item(c: Catalog, seq: number): CatalogItem {
  const found = c.items.find((i) => i.seq === seq);
  if (!found) throw new Error(`no item ${seq}`);
  return found;
}

/** Kinds by ranges of item numbers: [[from, to, kind], …]. */
function kinds(spec: [number, number, PowerKind][]): Map<number, PowerKind> {
  const m = new Map<number, PowerKind>();
  for (const [from, to, kind] of spec) for (let n = from; n <= to; n++) m.set(n, kind);
  return m;
}

function expectKinds(c: Catalog, expected: Map<number, PowerKind>): void {
  expect(Object.fromEntries(c.items.map((i) => [i.seq, i.kind]))).toEqual(Object.fromEntries(expected));
}

describe('000 阳泉市 (tsv-html)', () => {
  const c = load(FILES.yangquan);
  it('has 17 items, numbered 1–17, no gaps, the right kinds', () => {
    expect(c.source.shape).toBe('tsv-html');
    expect(c.items.map((i) => i.seq)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(c.gaps).toEqual([]);
    expectKinds(c, kinds([[1, 7, '行政处罚'], [8, 8, '行政给付'], [9, 10, '行政确认'], [11, 11, '行政强制'], [12, 17, '行政检查']]));
  });
  it('reads the catalog header', () => {
    expect(c.jurisdiction).toBe('阳泉市医疗保障局');
    expect(c.level).toBe('市');
    expect(c.year).toBe(2024);
    expect(c.asOf).toBe('2024-12-31');
    expect(c.title).toBe('阳泉市医疗保障局行政执法事项清单（2024版）');
    expect(c.source.encoding).toBe('utf-8');
    expect(c.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('reads item 1: name, targets from the 实施对象 column, departments, one basis per <p>', () => {
    const i1 = item(c, 1);
    expect(i1.name).toBe('对个人骗取医疗保障基金支出行为的处罚');
    expect(i1.targets).toEqual(['公民']);
    expect(i1.departments).toEqual(['医药科', '各县区人社局（医保）']);
    expect(i1.bases).toHaveLength(2);
    expect(i1.bases[0]?.text).toMatch(/^《中华人民共和国社会保险法》第八十八条：以欺诈/);
    expect(i1.bases[1]?.text).toMatch(/^《医疗保障基金使用监督管理条例》第四十一条/);
    expect(i1.bases.every((b) => b.citations.length === 0)).toBe(true);
    expect(i1.lines).toEqual([6, 6]);
    expect(i1.fieldLines.bases).toEqual([6, 6]);
  });
  it('splits numbered bases without <p> (item 4) and keeps the multi-target column (item 6)', () => {
    const i4 = item(c, 4);
    expect(i4.bases).toHaveLength(2);
    expect(i4.bases[0]?.text).toMatch(/^1、《中华人民共和国社会保险法》第八十四条：用人单位/);
    expect(i4.bases[1]?.text).toMatch(/^2、《社会保险费征缴暂行条例》第二十三条：缴费单位/);
    expect(i4.lines).toEqual([10, 10]);
    expect(item(c, 6).targets).toEqual(['医疗保障经办机构', '定点医药机构', '公民', '法人', '其他组织']);
  });
  it('keeps the quotes verbatim, defects included (item 4 quotes 一倍以下)', () => {
    expect(item(c, 4).bases[0]?.text).toContain('应缴社会保险费数额一倍以下的罚款');
  });
});

describe('001 六盘水市钟山区 (word-blocks)', () => {
  const c = load(FILES.zhongshan);
  it('has 20 items and reports the truncation of item 20 as a note, not a gap', () => {
    expect(c.source.shape).toBe('word-blocks');
    expect(c.items.map((i) => i.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(c.gaps).toEqual([]);
    const cut = c.notes.find((n) => n.code === 'file-truncated');
    expect(cut?.line).toBe(439);
    expect(cut?.message).toContain('第20项');
    expect(item(c, 20).departments).toEqual([]);
    expect(item(c, 20).truncated).toBe(true);
    expect(c.items.filter((i) => i.truncated).map((i) => i.seq)).toEqual([20]);
    expect(item(c, 20).dutyBasis).toContain('《社会保险稽核办法》第2、3、5、12条');
    expectKinds(c, kinds([[1, 12, '行政处罚'], [13, 15, '行政强制'], [16, 20, '行政检查']]));
  });
  it('reads the header', () => {
    expect(c.jurisdiction).toBe('六盘水市钟山区医疗保障局');
    expect(c.level).toBe('县区');
    expect(c.year).toBe(2025);
    expect(c.asOf).toBe('2025-12-31');
    expect(c.title).toBe('六盘水市钟山区医疗保障局权力清单和责任清单(2025年)');
  });
  it('reads item 1 across its lines: bases, the duty chain, duty basis, department, accountable', () => {
    const i1 = item(c, 1);
    expect(i1.lines[0]).toBe(14);
    expect(i1.fieldLines.name).toEqual([16, 16]);
    expect(i1.fieldLines.bases).toEqual([17, 17]);
    expect(i1.duties.map((d) => d.step)).toEqual(['立案', '调查', '审查', '告知', '决定', '送达', '执行', '其他']);
    expect(i1.duties[1]).toMatchObject({ label: '调查责任', lines: [21, 21] });
    expect(i1.duties[1]?.text).toMatch(/^在调查或检查时，执法人员不得少于2人/);
    expect(i1.fieldLines.duties).toEqual([20, 27]);
    expect(i1.dutyBasis?.split('\n')).toEqual([
      expect.stringMatching(/^《中华人民共和国行政处罚法》（1996年/),
      '《中华人民共和国社会保险法》第84条',
    ]);
    expect(i1.departments).toEqual(['基金监管股']);
    expect(i1.accountable).toEqual(['局法定代表人及分管领导', '内设机构负责人', '具体承办人']);
    expect(i1.targets).toEqual(['用人单位']);
  });
  it('splits a multi-line basis cell at each 《…》 line and keeps enumerations with it (item 3)', () => {
    const i3 = item(c, 3);
    expect(i3.bases.map((b) => b.lines)).toEqual([[59, 59], [61, 61], [62, 72]]);
    expect(i3.bases[2]?.text).toContain('（三）虚构医药服务项目；');
  });
  it('reads items whose number and kind start on continuation lines (13–15)', () => {
    expect(item(c, 13)).toMatchObject({ kind: '行政强制', lines: [282, 306] });
    expect(item(c, 13).fieldLines.seq).toEqual([282, 282]);
    expect(item(c, 13).duties.map((d) => d.step)).toEqual(['调查', '审查', '决定', '执行', '其他']);
    expect(item(c, 15).name).toBe('对涉嫌骗取医疗保障基金支出、拒不配合调查的参保人员暂停医疗费用联网结算');
  });
  it('keeps the emoji of item 19 in its basis text (lint reports it)', () => {
    expect(item(c, 19).bases.some((b) => b.text.includes('🍩'))).toBe(true);
  });
  it('notes the Word bookmark left in the title', () => {
    expect(c.notes.some((n) => n.code === 'word-artifact' && n.line === 1)).toBe(true);
  });
});

describe('002 阳泉市矿区 (table-per-item)', () => {
  const c = load(FILES.kuangqu);
  it('has 9 items, all 行政处罚', () => {
    expect(c.source.shape).toBe('table-per-item');
    expect(c.items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expectKinds(c, kinds([[1, 9, '行政处罚']]));
    expect(c.gaps).toEqual([]);
  });
  it('reads the header; with no date it takes the stated fallback and says so', () => {
    expect(c.jurisdiction).toBe('阳泉市矿区医疗保障局');
    expect(c.level).toBe('县区');
    expect(c.year).toBeUndefined();
    expect(c.asOf).toBe('2025-06-30');
    expect(c.notes.some((n) => n.code === 'asof-undated')).toBe(true);
  });
  it('reads item 2: row line, 行使主体, duties from <ol>, 责任事项依据 with 参照', () => {
    const i2 = item(c, 2);
    expect(i2.lines).toEqual([13, 13]);
    expect(i2.name).toBe('用人单位未按时足额缴纳医疗保险费，经责令限期缴纳或者补足，逾期仍不缴纳的行为的处罚');
    // 行使主体 is the body that exercises the power, not an office (承办机构): kept apart.
    expect(i2.exercisingBody).toEqual(['矿区人力资源和社会保障局（矿区医疗保障局）']);
    expect(i2.departments).toEqual([]);
    expect(i2.duties.map((d) => d.step)).toEqual(['立案', '调查', '审查', '告知', '决定', '送达', '执行', '其他']);
    expect(i2.dutyBasis).toMatch(/^参照《行政处罚法》第三条、第四条、第六条、第三十条~第三十四条/);
    expect(i2.extra['职权']).toBe('');
    expect(i2.bases).toHaveLength(1);
  });
  it('takes targets from the linked matter when there is no 实施对象 column', () => {
    expect(item(c, 3).targets).toEqual(['定点医药机构']);
    expect(item(c, 3).extra['实施对象来源']).toBe('由所关联的规范事项推定（清单无实施对象列）');
    expect(item(c, 8).targets).toEqual(['公民']);
  });
  it('reads item 1, whose duty steps carry no numbers', () => {
    expect(item(c, 1).duties.slice(0, 2).map((d) => d.label)).toEqual(['立案责任', '调查责任']);
  });
});

describe('003 内蒙古自治区 (tsv-html with 【】 tags and Markdown rules)', () => {
  const c = load(FILES.neimenggu);
  it('has 14 items; 行政监督检查 reads as 行政检查 with the raw kind kept', () => {
    expect(c.source.shape).toBe('tsv-html');
    expect(c.items).toHaveLength(14);
    expectKinds(c, kinds([[1, 3, '行政检查'], [4, 4, '行政强制'], [5, 6, '行政处罚'], [7, 8, '行政检查'], [9, 9, '行政处罚'], [10, 11, '行政检查'], [12, 12, '行政处罚'], [13, 13, '行政检查'], [14, 14, '其他行政职权']]));
    expect(item(c, 1).rawKind).toBe('行政监督检查');
  });
  it('reads the header of a province', () => {
    expect(c.jurisdiction).toBe('内蒙古自治区医疗保障局');
    expect(c.level).toBe('省');
  });
  it('notes the Markdown rules instead of reading them as items', () => {
    expect(c.notes.filter((n) => n.code === 'markdown-rule').map((n) => n.line)).toEqual([13, 27]);
  });
  it('gives one basis per 【…】 block, a heading-only <p> joined to the next', () => {
    expect(item(c, 3).bases.map((b) => b.category)).toEqual(['法律', '行政法规', '部门规章']);
    expect(item(c, 6).bases.map((b) => b.category)).toEqual(['法律', '行政法规']);
    const i12 = item(c, 12);
    expect(i12.bases).toHaveLength(1);
    expect(i12.bases[0]?.text).toMatch(/^【法律】《基本医疗卫生与健康促进法》\n第一百零三条/);
    expect(item(c, 14).bases).toHaveLength(1);
  });
  it('takes 实施主体 as 行使主体, not as an office', () => {
    expect(item(c, 7).exercisingBody).toEqual(['各级医疗保障行政部门']);
    expect(item(c, 7).departments).toEqual([]);
  });
});

describe('004 兰州市 (ocr-pdf)', () => {
  const c = load(FILES.lanzhou);
  it('has 20 items numbered 1–21 with 14 a gap, numbers 4 and 18 inferred', () => {
    expect(c.source.shape).toBe('ocr-pdf');
    expect(c.items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21]);
    expect(c.gaps.map((g) => g.seq)).toEqual([14]);
    expect(c.gaps[0]?.reason).toContain('第13项');
    expect(c.items.filter((i) => i.seqInferred).map((i) => i.seq)).toEqual([4, 18]);
    expect(item(c, 4).lines[0]).toBe(29);
    expect(item(c, 18).lines[0]).toBe(74);
  });
  it('gives every item its kind, recovering the missing and clipped ones', () => {
    expectKinds(c, kinds([[1, 9, '行政处罚'], [10, 10, '行政强制'], [11, 13, '行政检查'], [15, 17, '行政检查'], [18, 18, '行政奖励'], [19, 21, '其他行政职权']]));
    for (const seq of [2, 6, 8, 16]) expect(item(c, seq).kindRecovery?.raw).toBe('');
    expect(item(c, 7).kindRecovery?.raw).toBe('行政');
    expect(item(c, 13).rawKind).toBe('行 检');
  });
  it('reads the notice: jurisdiction, year of the title, asOf of the notice date', () => {
    expect(c.jurisdiction).toBe('兰州市医疗保障局');
    expect(c.level).toBe('市');
    expect(c.year).toBe(2024);
    expect(c.asOf).toBe('2025-01-20');
    expect(c.title).toBe('兰州市医疗保障行政执法事项目录清单(2024年)');
  });
  it('keeps the columns as bases by category, with continuation lines', () => {
    const i9 = item(c, 9);
    expect(i9.lines).toEqual([44, 48]);
    const law = i9.bases.find((b) => b.category === '法律');
    expect(law?.lines).toEqual([44, 48]);
    expect(law?.text).toContain('任人员依法给予处分。');
    expect(item(c, 7).bases.find((b) => b.category === '行政法规')?.text).toContain('(七)拒绝医疗保障等行政部门监督检查或者提供虚假情况。');
  });
  it('does not read the shifted repeat of item 21 as a new item', () => {
    expect(c.notes.find((n) => n.code === 'ocr-duplicate-row')?.line).toBe(89);
    expect(item(c, 21).extra['OCR重复残片']).toContain('第89行');
  });
  it('infers targets from the recovered name, not from the scrambled one', () => {
    expect(item(c, 3).targets).toEqual(['公民']);
    expect(item(c, 2).targets).toEqual(['定点医药机构']);
  });
  it('recovers the 执法部门 (行使主体), and keeps 执法领域 and 实施层级 as fields', () => {
    expect(item(c, 1).exercisingBody).toEqual(['市医疗保障局']);
    expect(item(c, 1).extra['执法部门（OCR原文）']).toBe('市疗障医保局');
    expect(item(c, 21).exercisingBody).toEqual(['医疗保障经办机构']);
    expect(item(c, 1).domain).toBeTruthy();
    expect(item(c, 1).implementationLevel).toBeTruthy();
    expect(item(c, 1).extra['执法领域']).toBeUndefined();
  });
});

describe('all five seeds', () => {
  it('import in well under a second together', () => {
    const bytes = Object.values(FILES).map((f) => [f, readFileSync(SEEDS + f)] as const);
    readCatalog(bytes[0]![1], bytes[0]![0]); // warm up (matters file, regexes)
    const t0 = performance.now();
    const catalogs = bytes.map(([f, b]) => readCatalog(b, f));
    const ms = performance.now() - t0;
    expect(catalogs.map((x) => x.items.length)).toEqual([17, 20, 9, 14, 20]);
    expect(ms).toBeLessThan(1000);
  });
  it('produce catalogs that pass the schema, with source lines inside the file', () => {
    for (const f of Object.values(FILES)) {
      const c = load(f);
      expect(Catalog.safeParse(c).success).toBe(true);
      for (const i of c.items) {
        expect(i.lines[0]).toBeLessThanOrEqual(i.lines[1]);
        expect(i.lines[1]).toBeLessThanOrEqual(c.source.lines);
        for (const r of Object.values(i.fieldLines)) {
          expect(r[0]).toBeGreaterThanOrEqual(i.lines[0]);
          expect(r[1]).toBeLessThanOrEqual(i.lines[1]);
        }
      }
    }
  });
});
