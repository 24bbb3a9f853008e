import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, loadCorpusFrom, DEFAULT_LAW_DIR } from './corpus.js';
import { parseNumeral } from './numerals.js';

describe('statute corpus', () => {
  const corpus = loadCorpus();

  it('loads the twenty texts and registers the missing ones', () => {
    const available = corpus.statutes.filter((s) => s.available);
    expect(available.reduce((n, s) => n + s.versions.length, 0)).toBe(20);
    const procedure = corpus.statute('国家医疗保障局令第4号');
    expect(procedure?.title).toBe('医疗保障行政处罚程序暂行规定');
    expect(procedure?.versions[0]?.maxArticle).toBe(62);
    expect(procedure?.level).toBe('部门规章');
    const missing = corpus.statute('社会保险稽核办法');
    expect(missing?.available).toBe(false);
    expect(missing?.missing?.wantedVersion).toContain('劳动和社会保障部令第16号');
  });

  it('parses 条, 款 and 项', () => {
    const a40 = corpus.article('医疗保障基金使用监督管理条例', 40)!;
    expect(a40.label).toBe('第四十条');
    expect(a40.chapter).toBe('第四章 法律责任');
    expect(a40.paragraphs).toHaveLength(2);
    expect(a40.paragraphs[0]!.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(a40.paragraphs[1]!.text).toMatch(/^定点医药机构以骗取医疗保障基金为目的/);
    const a38 = corpus.article('医疗保障基金使用监督管理条例', 38)!;
    expect(a38.paragraphs[0]!.items[6]!.text).toBe('造成医疗保障基金损失的其他违法行为。');
    expect(corpus.article('社会保险法', 84)?.text).toContain('一倍以上三倍以下');
  });

  it('knows sections and the highest article', () => {
    const penalties = corpus.version('行政处罚法')!;
    expect(penalties.maxArticle).toBe(86);
    expect(penalties.articles.get(51)?.section).toBe('第二节 简易程序');
    expect(corpus.version('基本医疗卫生与健康促进法')!.maxArticle).toBe(110);
  });

  it('resolves short titles, aliases and titles with stray spaces or brackets', () => {
    expect(corpus.statute('社会保险法')?.title).toBe('中华人民共和国社会保险法');
    expect(corpus.statute('《中华人民共和国药品管理 法》')?.title).toBe('中华人民共和国药品管理法');
    expect(corpus.statute('实施〈中华人民共和国社会保险法〉若干规定')?.available).toBe(true);
    expect(corpus.statute('实施《社会保险法》若干规定')?.title).toBe('实施《中华人民共和国社会保险法》若干规定');
    expect(corpus.statute('医保基金监管条例')?.title).toBe('医疗保障基金使用监督管理条例');
    expect(corpus.statute('职能配置、机构设置和人员编制规定')).toBeUndefined();
  });

  it('knows the rank of each statute', () => {
    const level = (t: string) => corpus.statute(t)?.level;
    expect(level('社会保险法')).toBe('法律');
    expect(level('行政处罚法')).toBe('法律');
    expect(level('医疗保障基金使用监督管理条例')).toBe('行政法规');
    expect(level('社会保险费征缴暂行条例')).toBe('行政法规');
    expect(level('社会救助暂行办法')).toBe('行政法规');
    expect(level('社会保险经办条例')).toBe('行政法规');
    expect(level('医疗保障行政处罚程序暂行规定')).toBe('部门规章');
    expect(level('社会保险稽核办法')).toBe('部门规章');
    expect(level('内蒙古自治区城镇基本医疗保险条例')).toBe('地方性法规');
  });

  it('reads effective dates from the text', () => {
    expect(corpus.version('医疗保障基金使用监督管理条例')!.effective).toBe('2021-05-01');
    expect(corpus.version('行政处罚法')!.effective).toBe('2021-07-15');
    // an amended version takes effect on its own date, not on the original's 施行 date
    expect(corpus.version('社会保险法')!.effective).toBe('2018-12-29');
    expect(corpus.version('社会救助暂行办法')!.effective).toBe('2019-03-02');
  });

  it('picks the version in force on a date', () => {
    expect(corpus.version('行政复议法', '2023-06-01')!.version).toBe('2017-09-01');
    expect(corpus.version('行政复议法', '2024-06-01')!.version).toBe('2023-09-01');
    expect(corpus.version('行政复议法')!.version).toBe('2023-09-01');
  });

  it('takes a new statute from a data file alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-law-'));
    copyFileSync(join(DEFAULT_LAW_DIR, 'MISSING.tsv'), join(dir, 'MISSING.tsv'));
    writeFileSync(join(dir, '测试条例-2030.md'), '# 测试条例\n\n2030年1月1日 施行\n\n## 第一章 总则\n\n第一条 为了测试，制定本条例。\n\n第二条 有下列情形之一的，处一万元罚款：\n\n（一）甲；\n\n（二）乙。\n\n前款规定以外的，不罚。\n');
    writeFileSync(join(dir, 'MANIFEST.tsv'), 'file\tfull_title\tversion_date\tsource_repo\tsource_path\tsource_commit\tnote\n测试条例-2030.md\t测试条例\t2029-12-01\tx\ty\tz\t\n');
    const c = loadCorpusFrom(dir);
    const a2 = c.article('测试条例', 2)!;
    expect(a2.paragraphs[0]!.items).toHaveLength(2);
    expect(a2.paragraphs[1]!.text).toBe('前款规定以外的，不罚。');
    expect(c.version('测试条例')!.effective).toBe('2030-01-01');
  });

  it('refuses a statute file missing from the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-law-'));
    writeFileSync(join(dir, 'MANIFEST.tsv'), 'file\tfull_title\tversion_date\n');
    writeFileSync(join(dir, '孤儿-2020.md'), '# 孤儿\n');
    expect(() => loadCorpusFrom(dir)).toThrow(/MANIFEST/);
  });
});

describe('numerals', () => {
  it.each([
    ['一百零三', 103], ['十', 10], ['十一', 11], ['三十五', 35], ['八十八', 88], ['39', 39], ['１０３', 103], ['两', 2],
  ])('%s → %d', (text, n) => expect(parseNumeral(text)).toBe(n));
  it('rejects non-numerals', () => expect(parseNumeral('条')).toBeUndefined());
});
