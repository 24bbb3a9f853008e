// Public catalogs of eleven other 医疗保障局 (fixtures/real, SOURCE.md): each shape read item
// by item, with its defects reported — never a silent drop, never an invented row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogAsync } from './index.js';
import type { Catalog } from '../model.js';

const DIR = join(import.meta.dirname, 'fixtures', 'real');
const read = (file: string): Promise<Catalog> => readCatalogAsync(readFileSync(join(DIR, file)), file, { undatedAsOf: '2026-01-01' });
const codes = (c: Catalog) => c.notes.map((n) => n.code);

describe('public catalogs of other bureaus', () => {
  it('巫溪: a web table flattened with single spaces, 序号 continuing a larger list, cut inside 追责情形', async () => {
    const c = await read('wuxi-quanli-1177.txt');
    expect(c.source.shape).toBe('table');
    expect(c.jurisdiction).toBe('巫溪县医疗保障局');
    expect(c.items.map((i) => i.seq)).toEqual([1177]);
    expect(c.gaps).toEqual([]);
    expect(codes(c)).toContain('seq-continues');
    const i = c.items[0]!;
    expect(i.kind).toBe('行政处罚');
    expect(i.name).toBe('对具有《重庆市骗取社会保险基金处理办法》第十五条所列行为的处罚');
    expect(i.exercisingBody).toEqual(['县人力社保局/县医保局']);
    expect(i.implementationLevel).toBe('市级、区县级');
    expect(i.bases[0]!.text).toMatch(/^《重庆市骗取社会保险基金处理办法》/);
    expect(i.accountability?.situations).toMatch(/^因不履行或者不正确履行行政职责/);
    expect(i.accountability?.situations).toContain('7. 违反法定的行政处罚程序的');
    expect(i.truncated).toBe(true);
    expect(c.notes.find((n) => n.code === 'row-cut')?.message).toContain('追责依据');
  });

  it('鄂尔多斯: a | table with its header wrapped over lines and 序号 merged over three rows', async () => {
    const c = await read('ordos-2023-choucha.txt');
    expect(c.items).toHaveLength(1);
    const i = c.items[0]!;
    expect(i.seq).toBe(3);
    expect(i.name).toBe('对签订服务协议的医疗机构、零售药店的监督管理');
    expect(i.subItems).toEqual(['对以欺诈、伪造证明材料或者其他手段骗取医疗保险、生育保险待遇的管理', '定点医疗机构检查']);
    expect(i.kind).toBe('行政检查');
    expect(i.kindRecovery?.method).toBe('title');
    expect(i.targets).toEqual(['定点医药机构']);
    expect(i.implementationLevel).toBe('市级;各旗区根据各自情况自行安排');
    expect(i.extra['抽查类别']).toBe('医保基金检查');
    // The page lost one empty cell per row: said, not guessed.
    expect(codes(c).filter((x) => x === 'row-short')).toHaveLength(3);
    expect(c.source.columns?.find((x) => x.header === '抽查 类别')?.field).toBeNull();
  });

  it('济源: cells run together with no separator, 序号 masked as *', async () => {
    const c = await read('jiyuan-jiancha-shixiang.txt');
    expect(c.jurisdiction).toBe('济源市医疗保障局');
    expect(c.items).toHaveLength(4);
    expect(c.items.every((i) => i.kind === '行政检查' && i.seqInferred && i.extra['序号原文'] === '*')).toBe(true);
    expect(codes(c).filter((x) => x === 'seq-masked')).toHaveLength(4);
    expect(c.items.map((i) => i.departments)).toEqual([['基金监管科'], ['基金监管科'], ['基金监管科'], ['基金监管科']]);
    expect(c.items[1]!.name).toBe('对定点零售药店的医保协议履行情况、医疗保障基金使用情况、药品服务等进行监督');
    expect(c.items[2]!.name).toBe('对生育保险费的征缴和生育保险基金的管理使用情况进行监督检查');
    expect(c.items[0]!.bases[0]!.text).toMatch(/^《医疗机构医疗保障定点管理暂行办法\(\*\*\*\*\)》第四十七条第二款/);
  });

  it('建平: run-together cells, a header over three lines with 主项/子项 under 项目名称', async () => {
    const c = await read('jianping-quanze.txt');
    expect(c.jurisdiction).toBe('建平县医疗保障局');
    expect(c.asOf).toBe('2023-11-09');
    const i = c.items[0]!;
    expect(i.name).toBe('对违反 《中华人民共和国社会保险法》行为的处罚');
    expect(i.subItems).toEqual(['1.对骗取医疗保险基金个人的处罚']);
    expect(i.kind).toBe('行政处罚');
    expect(i.bases.map((b) => b.category)).toEqual(['法律', '行政法规']);
    expect(i.truncated).toBe(true);
  });

  it('可克达拉: a | table whose rows wrap onto a second line; the cut row is reported', async () => {
    const c = await read('kekedala-zhifa-shixiang.txt');
    expect(c.jurisdiction).toBe('第四师可克达拉市医疗保障局');
    expect(c.items.map((i) => [i.seq, i.kind])).toEqual([[1, '行政强制'], [2, '行政强制'], [3, '行政强制']]);
    expect(c.items[0]!.domain).toBe('医疗保障');
    expect(c.items[0]!.notes).toBe('与人社局共同承担,我局只负责医疗保障部分');
    expect(c.items[0]!.exercisingBody).toEqual(['医保局']);
    expect(c.items.slice(0, 2).every((i) => !i.truncated)).toBe(true);
    expect(c.items[2]!.truncated).toBe(true);
    expect(c.notes.find((n) => n.code === 'row-cut')?.line).toBe(7);
  });

  it('盘锦: 繁体 | table; the kind of a 免于处罚 list comes from the names', async () => {
    const c = await read('panjin-2022-mianyu-chufa.txt');
    expect(codes(c)).toContain('traditional-chinese');
    expect(c.jurisdiction).toBe('盘锦市医疗保障局');
    expect(c.items).toHaveLength(5);
    expect(c.items.every((i) => i.kind === '行政处罚')).toBe(true);
    expect(c.items[0]!.name).toMatch(/^對定點醫藥機構未建立醫療保障基金使用內部管理制度/);
    expect(c.items[4]!.truncated).toBe(true);
    expect(c.items.slice(0, 4).every((i) => i.extra['行政裁量權基準']?.startsWith('首次違反的'))).toBe(true);
  });

  it('兵团: one cell per line, pinyin inserted after characters, sign-in buttons after the table', async () => {
    const c = await read('bingtuan-2025-suiji-choucha.txt');
    expect(codes(c)).toContain('pinyin-annotations');
    expect(codes(c).filter((x) => x === 'page-chrome')).toHaveLength(4);
    expect(c.items).toHaveLength(1);
    const i = c.items[0]!;
    expect(i.name).toBe('定點醫藥機構 醫療保障基金 使用情況檢查');
    expect(i.exercisingBody).toEqual(['師市醫保中心及各級醫保經辦機構']);
    expect(i.targets).toEqual(['定點醫藥機構']);
    expect(i.extra['抽查比例']).toBe('不少于90%');
    expect(i.bases).toHaveLength(2);
  });

  it('辰溪: 繁体, a header over three lines, a name cell wrapped every four characters, cut in the basis', async () => {
    const c = await read('chenxi-2025-jiancha-jihua.txt');
    expect(c.jurisdiction).toBe('辰溪县医疗保障局');
    expect(c.asOf).toBe('2025-07-29');
    expect(c.source.columns?.map((x) => x.header)).toContain('具體檢查對象(含數量)或“雙隨機”抽查對象(含總數及比例)');
    expect(c.source.columns?.find((x) => x.header === '承辦機構')?.field).toBe('departments');
    const i = c.items[0]!;
    expect(i.name).toBe('對納入基本醫療保險基金支付范圍的醫療服務行為和醫療費用實施監督檢');
    expect(i.kind).toBe('行政检查');
    expect(i.bases.length).toBeGreaterThanOrEqual(2);
    expect(i.truncated).toBe(true);
  });

  it('北京: one cell per paragraph', async () => {
    const c = await read('beijing-2023-suiji-choucha.txt');
    expect(c.jurisdiction).toBe('北京市医疗保障局');
    expect(c.source.columns?.length).toBe(11);
    const i = c.items[0]!;
    expect(i.seq).toBe(1);
    expect(i.extra['抽查任务名称']).toBe('对定点医药机构的监督检查');
    expect(i.extra['抽查类型']).toBe('定向抽查');
    expect(i.name).toMatch(/^对定点医药机构造成医疗保障基金损失的行为进行监督检查/);
    expect(i.bases[0]!.text).toMatch(/^《社会保险法》/);
    expect(i.truncated).toBe(true);
  });

  it('南川: one cell per paragraph, an article’s items as paragraphs of the basis', async () => {
    const c = await read('nanchuan-2026-si-zhang-qingdan.txt');
    expect(c.jurisdiction).toBe('重庆市南川区医疗保障局');
    const i = c.items[0]!;
    expect(i.name).toBe('违法违规使用医保基金的处罚');
    expect(i.domain).toBe('医疗保障');
    expect(i.kind).toBe('行政处罚');
    expect(i.bases.map((b) => b.text).join('\n')).toContain('一、分解住院、挂床住院;');
  });

  it('蓝田: a page of prose — the item in a paragraph, 依据 and the statute below it', async () => {
    const c = await read('lantian-sheqi-jiancha.txt');
    expect(c.source.shape).toBe('prose');
    expect(c.jurisdiction).toBe('蓝田县医疗保障局');
    expect(c.items.map((i) => i.name)).toEqual(['对定点医药机构的医疗保障基金使用情况的监督检查']);
    expect(c.items[0]!.kind).toBe('行政检查');
    expect(c.items[0]!.bases[0]!.text).toMatch(/^《医疗保障基金使用监督管理条例》/);
  });
});

describe('every public catalog against what a reader sees on the page (SOURCE.md)', () => {
  const rows = readFileSync(join(DIR, 'SOURCE.md'), 'utf8')
    .split('\n')
    .filter((l) => /^\| [\w-]+\.txt \|/.test(l))
    .map((l) => l.split('|').map((x) => x.trim()))
    // the last two columns (the shape column may itself hold a `|`)
    .map((cells) => ({ file: cells[1]!, visible: Number(cells[cells.length - 3]), cut: cells[cells.length - 2] === 'yes' }));
  it('lists all eleven fixtures with a visible count', () => {
    expect(rows).toHaveLength(11);
    expect(rows.every((r) => Number.isInteger(r.visible) && r.visible > 0)).toBe(true);
  });
  it.each(rows.map((r) => [r.file, r] as const))('%s: every visible item imported; a cut last item marked and reported, no other', async (_file, r) => {
    const c = await read(r.file);
    expect(c.items).toHaveLength(r.visible);
    const last = c.items[c.items.length - 1]!;
    expect(c.items.filter((i) => i.truncated).map((i) => i.seq)).toEqual(r.cut ? [last.seq] : []);
    const cutNotes = c.notes.filter((n) => n.code === 'row-cut' || n.code === 'row-cut-dropped');
    expect(cutNotes.map((n) => n.code)).toEqual(r.cut ? ['row-cut'] : []);
    if (r.cut) expect(cutNotes[0]!.line).toBeGreaterThanOrEqual(last.lines[0]);
  });
});
