import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from './corpus.js';
import {
  checkCoverage,
  coverageCounts,
  coverageGaps,
  coverageStatus,
  loadAllCoverage,
  loadCoverage,
  locationLabel,
  parseCoverageFile,
  requireCoverage,
  scanNumbers,
  CoverageFileError,
  CoverageNotFoundError,
  DEFAULT_COVERAGE_DIR,
  type CoverageProblemCode,
  type CoverageTable,
  type LoadedCoverageEntry,
} from './coverage.js';

const corpus = loadCorpus();

/** The three procedure rules of the 国家医疗保障局 and their number of articles. */
const RULES = [
  { title: '医疗保障行政处罚程序暂行规定', articles: 62 },
  { title: '医疗保障基金使用监督管理举报处理暂行办法', articles: 26 },
  { title: '医疗保障基金飞行检查管理暂行办法', articles: 32 },
];

const codes = (table: CoverageTable) => checkCoverage(table, { corpus }).map((p) => p.code);

describe('the coverage tables in data/coverage', () => {
  for (const rule of RULES) {
    it(`${rule.title}: every article accounted for, every number quoted and listed, every cited file present`, () => {
      const table = requireCoverage(rule.title, { corpus });
      expect(checkCoverage(table, { corpus })).toEqual([]);
      const articles = new Set(table.entries.map((e) => e.article));
      expect(articles.size).toBe(rule.articles);
      expect(corpus.version(rule.title)!.maxArticle).toBe(rule.articles);
    });
  }

  it('every table in the folder is complete and exact', () => {
    const tables = loadAllCoverage();
    expect(tables.map((t) => t.statute).sort()).toEqual(expect.arrayContaining(RULES.map((r) => r.title)));
    for (const table of tables) expect(checkCoverage(table, { corpus }), table.file).toEqual([]);
  });

  it('finds a table by short title or alias', () => {
    expect(loadCoverage('医保行政处罚程序暂行规定', { corpus })?.statute).toBe('医疗保障行政处罚程序暂行规定');
    expect(loadCoverage('社会保险法', { corpus })).toBeUndefined();
  });
});

/** A fresh copy of the table of 局令第5号 (26 articles), to be broken one way at a time. */
function reportTable(): CoverageTable {
  const table = requireCoverage('医疗保障基金使用监督管理举报处理暂行办法', { corpus });
  return structuredClone(table);
}

function entryAt(table: CoverageTable, article: number, paragraph?: number): LoadedCoverageEntry {
  const entry = table.entries.find((e) => e.article === article && e.paragraph === paragraph);
  if (!entry) throw new Error(`no entry for article ${article} paragraph ${paragraph}`);
  return entry;
}

function withEntry(table: CoverageTable, entry: Partial<LoadedCoverageEntry> & { article: number }): CoverageTable {
  const base = { requirement: '测试用的要求', kind: ['step' as const], numbers: [], implementedBy: [], tests: [], index: table.entries.length, line: 1, column: 1 };
  return { ...table, entries: [...table.entries, { ...base, ...entry }] };
}

describe('checkCoverage refuses', () => {
  const only = (table: CoverageTable): CoverageProblemCode[] => [...new Set(codes(table))];

  it('an article of the statute without an entry', () => {
    const table = reportTable();
    table.entries = table.entries.filter((e) => e.article !== 15);
    const problems = checkCoverage(table, { corpus });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'missing-article', article: 15 });
    expect(problems[0]!.message).toContain('第十五条');
  });

  it('an entry naming an article, 款 or 项 that does not exist', () => {
    expect(only(withEntry(reportTable(), { article: 27 }))).toEqual(['unknown-article']);
    expect(only(withEntry(reportTable(), { article: 10, paragraph: 2 }))).toEqual(['unknown-paragraph']);
    expect(only(withEntry(reportTable(), { article: 9, paragraph: 1, item: 1 }))).toEqual(['unknown-item']);
  });

  it('a quote that is not in the article (or in the 款 the entry names)', () => {
    const table = reportTable();
    entryAt(table, 10).numbers = [{ value: 7, unit: '工作日', quote: '自发生争议之日起七个工作日内协商解决' }];
    // the number in the text is now unlisted too
    expect(only(table)).toEqual(['quote-not-found', 'number-not-listed']);
    const wrongParagraph = reportTable();
    const p2 = entryAt(wrongParagraph, 12, 2);
    entryAt(wrongParagraph, 12, 1).numbers = p2.numbers;
    p2.numbers = [];
    expect(only(wrongParagraph)).toEqual(['quote-not-found', 'number-not-listed']);
  });

  it('a number the quote does not carry', () => {
    const table = reportTable();
    entryAt(table, 22).numbers = [{ value: 5, unit: '日', quote: '应当在办结后5个工作日内' }];
    expect(only(table)).toEqual(['number-mismatch', 'number-not-listed']);
    const date = reportTable();
    entryAt(date, 19).numbers = [{ monthDay: '03-31', quote: '应当于每年4月30日前' }];
    expect(only(date)).toEqual(['number-mismatch', 'number-not-listed']);
  });

  it('a number in the text that no entry lists', () => {
    const table = reportTable();
    entryAt(table, 12, 2).numbers = [];
    const problems = checkCoverage(table, { corpus });
    expect(problems.map((p) => p.code)).toEqual(['number-not-listed']);
    expect(problems[0]!.message).toContain('5个工作日');
  });

  it('an implementation or a test that does not exist', () => {
    const at = (patch: Partial<LoadedCoverageEntry>) => {
      const table = reportTable();
      Object.assign(entryAt(table, 22), patch);
      return only(table);
    };
    expect(at({ implementedBy: ['src/law/coverage.ts', 'src/law/coverage.ts::checkCoverage'] })).toEqual([]);
    expect(at({ implementedBy: ['src/law/no-such-file.ts'] })).toEqual(['missing-file']);
    expect(at({ implementedBy: ['src/law'] })).toEqual(['missing-file']);
    expect(at({ implementedBy: ['src/law/coverage.ts::noSuchFunctionAnywhere'] })).toEqual(['missing-anchor']);
    expect(at({ tests: ['src/law/corpus.test.ts', 'src/law/corpus.test.ts::parses 条, 款 and 项'] })).toEqual([]);
    expect(at({ tests: ['src/law/no-such.test.ts'] })).toEqual(['missing-test-file']);
    expect(at({ tests: ['src/law/corpus.test.ts::a test nobody wrote'] })).toEqual(['missing-test-name']);
  });

  it('a table of an unknown statute or version, or under the wrong file name', () => {
    expect(only({ ...reportTable(), statute: '医疗保障基金举报办法' })).toEqual(['statute-unknown']);
    expect(only({ ...reportTable(), version: '2020-01-01' })).toEqual(['version-unknown']);
    expect(only({ ...reportTable(), file: '/tmp/举报.json' })).toEqual(['file-name']);
  });

  it('locates each problem at its entry in the file', () => {
    const table = reportTable();
    const entry = entryAt(table, 22);
    entry.tests = ['src/law/no-such.test.ts'];
    const [problem] = checkCoverage(table, { corpus });
    expect(problem).toMatchObject({ file: join(DEFAULT_COVERAGE_DIR, '医疗保障基金使用监督管理举报处理暂行办法-2022.json'), line: entry.line, column: entry.column });
    expect(entry.line).toBeGreaterThan(1);
  });
});

describe('parseCoverageFile is strict', () => {
  const entry = (patch: Record<string, unknown> = {}) => ({
    article: 1, requirement: '立法目的条款', kind: ['not-applicable'], reason: '不设定义务', numbers: [], implementedBy: [], tests: [], ...patch,
  });
  const file = (entries: unknown[]) => JSON.stringify({ statute: '医疗保障基金使用监督管理举报处理暂行办法', version: '2022-01-29', entries }, null, 2);
  const failure = (text: string): CoverageFileError => {
    try {
      parseCoverageFile('t.json', text);
    } catch (e) {
      if (e instanceof CoverageFileError) return e;
      throw e;
    }
    throw new Error('expected a CoverageFileError');
  };

  it('accepts a well-formed file and keeps each entry\'s line', () => {
    const table = parseCoverageFile('t.json', file([entry(), entry({ article: 2 })]));
    expect(table.entries.map((e) => [e.article, e.line, e.column])).toEqual([[1, 5, 5], [2, 16, 5]]);
  });

  it('names the line and column of a JSON syntax error', () => {
    const e = failure('{\n  "statute": "x",\n  "version": "2022-01-29",,\n}');
    expect([e.line, e.column]).toEqual([3, 27]);
    expect(e.message).toMatch(/^t\.json:3:27: 不是有效的 JSON/);
  });

  it('refuses a not-applicable or definition entry without a reason, at the entry', () => {
    const e = failure(file([entry(), entry({ article: 2, reason: undefined })]));
    expect(e.line).toBe(16);
    expect(e.detail).toMatch(/entries\[1\]\.reason：.*not-applicable.*理由/);
    expect(failure(file([entry({ kind: ['definition', 'field'], reason: undefined })])).detail).toMatch(/definition/);
  });

  it('refuses unknown fields, kinds and units, and money not in fen', () => {
    expect(failure(file([entry({ status: 'done' })])).detail).toMatch(/status|Unrecognized/);
    expect(failure(file([entry({ kind: ['feature'] })])).detail).toMatch(/kind/);
    const yuan = failure(file([entry({ kind: ['guard'], reason: undefined, numbers: [{ value: 200, unit: '元', quote: '二百元以下' }] })]));
    expect(yuan.detail).toMatch(/unit/);
    expect(yuan.line).toBe(14); // the line of "unit": "元"
  });

  it('refuses an item without its paragraph, and not-applicable mixed with work to do', () => {
    expect(failure(file([entry({ paragraph: undefined, item: 2 })])).detail).toMatch(/paragraph/);
    expect(failure(file([entry({ kind: ['not-applicable', 'step'] })])).detail).toMatch(/not-applicable/);
  });

  it('refuses references outside the project and tests that are not test files', () => {
    expect(failure(file([entry({ kind: ['step'], implementedBy: ['../../etc/passwd'] })])).detail).toMatch(/implementedBy\[0\]/);
    expect(failure(file([entry({ kind: ['step'], implementedBy: ['/etc/passwd'] })])).detail).toMatch(/相对路径/);
    expect(failure(file([entry({ kind: ['step'], implementedBy: ['src/../../x.ts'] })])).detail).toMatch(/相对路径/);
    expect(failure(file([entry({ kind: ['step'], tests: ['src/law/coverage.ts'] })])).detail).toMatch(/测试须为/);
    expect(failure(file([entry({ kind: ['step'], tests: ['src/law/coverage.test.ts::'] })])).detail).toMatch(/测试名/);
  });

  it('reads a file from disk and reports a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-coverage-'));
    writeFileSync(join(dir, 'a.json'), file([entry()]));
    expect(loadAllCoverage(dir)).toHaveLength(1);
    expect(() => loadCoverage('医疗保障基金使用监督管理举报处理暂行办法', { dir, corpus })).not.toThrow();
    expect(loadCoverage('医疗保障基金使用监督管理举报处理暂行办法', { dir, corpus })).toBeUndefined();
  });
});

describe('status, counts and gaps', () => {
  it('an entry is a gap until something implements it, unless it says why nothing should', () => {
    const table = reportTable();
    // 第十七条 (举报统计分析报告) as it was before it was built
    const e22 = entryAt(table, 17);
    e22.implementedBy = [];
    e22.tests = [];
    expect(coverageStatus(e22)).toBe('gap');
    expect(coverageGaps(table)).toContain(e22);
    e22.implementedBy = ['src/law/coverage.ts'];
    expect(coverageStatus(e22)).toBe('untested');
    e22.tests = ['src/law/coverage.test.ts'];
    expect(coverageStatus(e22)).toBe('implemented');
    expect(coverageStatus(entryAt(table, 1))).toBe('not-applicable');
    // a definition that also asks for a data field is still to be built
    expect(coverageStatus({ ...entryAt(table, 2, 2), implementedBy: [], tests: [] })).toBe('gap');
    expect(coverageGaps(table)).not.toContain(e22);
    expect(coverageGaps(table)).toHaveLength(coverageCounts(table).gaps);
  });

  it('coverageGaps lists the entries with nothing implemented and no reason', () => {
    for (const rule of RULES) {
      const gaps = coverageGaps(rule.title, { corpus });
      const table = requireCoverage(rule.title, { corpus });
      const counts = coverageCounts(table);
      expect(gaps.length).toBe(counts.gaps);
      expect(counts.implemented + counts.untested + counts.notApplicable + counts.gaps).toBe(table.entries.length);
      for (const gap of gaps) {
        expect(gap.implementedBy).toEqual([]);
        expect(gap.kind.some((k) => k !== 'not-applicable' && k !== 'definition')).toBe(true);
      }
    }
  });

  it('the three procedure rules are complete: every article implemented and tested, or not applicable with its reason', () => {
    for (const rule of RULES) {
      const table = requireCoverage(rule.title, { corpus });
      const open = table.entries.filter((e) => coverageStatus(e) === 'gap' || coverageStatus(e) === 'untested');
      expect(open.map((e) => `${rule.title} 第${e.article}条${e.paragraph ? `第${e.paragraph}款` : ''}${e.item ? `第${e.item}项` : ''}：${coverageStatus(e)}`)).toEqual([]);
    }
  });

  it('says which statute is unknown or has no table', () => {
    expect(() => coverageGaps('不存在的办法', { corpus })).toThrow(CoverageNotFoundError);
    try {
      coverageGaps('社会保险法', { corpus });
    } catch (e) {
      expect(e).toMatchObject({ code: 'COVERAGE_NOT_FOUND' });
    }
    expect.assertions(2);
  });

  it('labels locations as statutes cite them', () => {
    expect(locationLabel({ article: 14 })).toBe('第十四条');
    expect(locationLabel({ article: 52, paragraph: 1, item: 2 })).toBe('第五十二条第一款第（二）项');
  });
});

describe('scanNumbers reads the periods and amounts a text sets', () => {
  const read = (text: string) => scanNumbers(text).map((s) => s.monthDay ?? `${s.value}${s.unit}`);
  it.each([
    ['自发现线索或者收到材料之日起十五个工作日内予以核查', ['15工作日']],
    ['对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款', ['20000分', '300000分']],
    ['处1万元以上5万元以下的罚款', ['1000000分', '5000000分']],
    ['每日按罚款数额的百分之三加处罚款', ['3百分比']],
    ['应当在二十四小时内向负责人报告', ['24小时']],
    ['封存的期限不得超过三十日', ['30日']],
    ['违法行为在二年内未被发现的', ['2年']],
    ['暂停六个月', ['6月']],
    ['执法人员不得少于两人；至少有2名持有执法证件的检查人员', ['2人', '2人']],
    ['应当于每年4月30日前', ['04-30']],
    ['上一年度举报处理工作情况', []],
    ['本规定自2021年7月15日起施行。', []],
    ['委托第三人保管，第三人不得损毁', []],
    ['期间届满的最后一日为法定节假日的，以法定节假日后的第一日为期间届满的日期', []],
  ])('%s', (text, expected) => expect(read(text)).toEqual(expected));
});
