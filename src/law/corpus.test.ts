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

  it('parses the three procedure rules of the 国家医疗保障局 (局令第4、5、6号)', () => {
    const rules = [
      { title: '医疗保障行政处罚程序暂行规定', articles: 62, chapters: 7, effective: '2021-07-15' },
      { title: '医疗保障基金使用监督管理举报处理暂行办法', articles: 26, chapters: 0, effective: '2022-03-01' },
      { title: '医疗保障基金飞行检查管理暂行办法', articles: 32, chapters: 5, effective: '2023-05-01' },
    ];
    for (const rule of rules) {
      const version = corpus.version(rule.title)!;
      expect(corpus.statute(rule.title)?.level).toBe('部门规章');
      expect(version.maxArticle).toBe(rule.articles);
      // numbered 第一条 … without a gap
      expect([...version.articles.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: rule.articles }, (_, i) => i + 1));
      expect(new Set([...version.articles.values()].map((a) => a.chapter).filter(Boolean)).size).toBe(rule.chapters);
      expect(version.effective).toBe(rule.effective);
    }
    const a14 = corpus.article('医疗保障行政处罚程序暂行规定', 14)!;
    expect(a14.chapter).toBe('第三章 行政处罚的普通程序');
    expect(a14.text).toContain('十五个工作日内予以核查');
    // 第二十六条: two paragraphs; 第二十八条: three 项, then the paragraph on automatic release
    expect(corpus.article('医疗保障行政处罚程序暂行规定', 26)!.paragraphs[1]!.text).toMatch(/^情况紧急，需要当场采取先行登记保存措施的/);
    const a28 = corpus.article('医疗保障行政处罚程序暂行规定', 28)!;
    expect(a28.paragraphs.map((p) => p.items.length)).toEqual([3, 0]);
    expect(a28.paragraphs[1]!.text).toBe('逾期未采取相关措施的，先行登记保存措施自动解除。');
    const a38 = corpus.article('医疗保障行政处罚程序暂行规定', 38)!;
    expect(a38.paragraphs[0]!.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(corpus.article('医疗保障行政处罚程序暂行规定', 52)!.paragraphs.map((p) => p.items.length)).toEqual([2, 0, 0]);
    expect(corpus.article('医疗保障行政处罚程序暂行规定', 62)!.chapter).toBe('第七章 附则');
    // 局令第5号 has no chapters; its header (令文) is not an article
    const report = corpus.article('医疗保障基金使用监督管理举报处理暂行办法', 12)!;
    expect(report.chapter).toBeUndefined();
    expect(report.paragraphs[1]!.text).toContain('5个工作日内告知举报人');
    const flight = corpus.article('医疗保障基金飞行检查管理暂行办法', 24)!;
    expect(flight.section).toBeUndefined();
    expect(flight.paragraphs[0]!.items).toHaveLength(5);
    expect(corpus.article('医疗保障基金飞行检查管理暂行办法', 17)!.text).toContain('至少有2名持有执法证件的检查人员');
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

  it('takes the date a rule takes effect, not the date it was adopted, from its header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-law-'));
    // no closing article names the date: the header line names the adoption meeting first
    writeFileSync(join(dir, '测试办法-2031.md'), '# 测试办法\n\n《测试办法》已经2031年2月14日第5次局务会议审议通过，现予以公布，自2031年5月1日起施行。\n\n2031年3月13日\n\n## 第一章 总则\n\n第一条 为了测试，制定本办法。\n');
    writeFileSync(join(dir, 'MANIFEST.tsv'), 'file\tfull_title\tversion_date\tsource_repo\tsource_path\tsource_commit\tnote\n测试办法-2031.md\t测试办法\t2031-03-13\tx\ty\tz\t\n');
    expect(loadCorpusFrom(dir).version('测试办法')!.effective).toBe('2031-05-01');
  });

  it('reads 自…起实施 in the closing article as the effective date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-law-'));
    writeFileSync(join(dir, '测试规定-2032.md'), '# 测试规定\n\n2032年3月13日\n\n第一条 为了测试，制定本规定。\n\n第二条 本规定自2032年5月1日起实施。\n');
    writeFileSync(join(dir, 'MANIFEST.tsv'), 'file\tfull_title\tversion_date\tsource_repo\tsource_path\tsource_commit\tnote\n测试规定-2032.md\t测试规定\t2032-03-13\tx\ty\tz\t\n');
    expect(loadCorpusFrom(dir).version('测试规定')!.effective).toBe('2032-05-01');
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
