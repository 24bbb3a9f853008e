import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { checkCoverage, coverageCounts, loadCorpus, locationLabel, requireCoverage } from '../law/index.js';
import { formatCoverageTable, registerLawCommands } from './law-commands.js';
import { CliError } from './errors.js';

async function run(args: string[]): Promise<string> {
  let out = '';
  const program = new Command().exitOverride();
  registerLawCommands(program, (s) => {
    out += s;
  });
  await program.parseAsync(['node', 'yibao', 'law', ...args]);
  return out;
}

async function failure(args: string[]): Promise<CliError> {
  try {
    await run(args);
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error('expected a CliError');
}

const PENALTY_RULE = '医疗保障行政处罚程序暂行规定';

describe('yibao law coverage', () => {
  it('prints the table in Chinese with the counts; an entry still to be built says so', async () => {
    const table = requireCoverage(PENALTY_RULE);
    const counts = coverageCounts(table);
    // the rule is complete (src/law/coverage.test.ts keeps it so)
    expect(counts.gaps).toBe(0);
    const out = await run(['coverage', PENALTY_RULE]);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`《${PENALTY_RULE}》（2021-06-11 版）覆盖表 — data/coverage/${PENALTY_RULE}-2021.json`);
    expect(lines).toContain('条文\t要求\t种类\t实现\t测试\t状态');
    const rows = lines.filter((l) => /^第.+条/.test(l));
    expect(rows).toHaveLength(table.entries.length);
    // every article of the rule has a row
    const articles = new Set(rows.map((r) => /^(第.+?条)/.exec(r)![1]));
    expect(articles.size).toBe(loadCorpus().version(PENALTY_RULE)!.maxArticle);
    const a14 = rows.find((r) => r.startsWith('第十四条\t') && r.includes('（可以延长十五个工作日）'))!;
    expect(a14.split('\t')).toHaveLength(6);
    expect(a14).toContain('〔数字：15工作日（可以延长十五个工作日）〕');
    const [, , kinds, impl, tests, status] = a14.split('\t');
    expect(kinds).toBe('期限、角色、校验、记录');
    expect(impl).toContain('data/procedures/xzcf-putong.v2.json');
    expect(tests).not.toBe('—');
    expect(status).toBe('已实现');
    // an entry still to be built says so, with nothing in its implementation and test columns, and is counted
    const withGap = structuredClone(table);
    const gap = withGap.entries.find((e) => e.article === 14)!;
    gap.implementedBy = [];
    gap.tests = [];
    const shown = formatCoverageTable(withGap, []).split('\n');
    const gapRow = shown.find((r) => r.startsWith(`${locationLabel(gap)}\t`) && r.includes(gap.requirement.slice(0, 20)))!;
    expect(gapRow.split('\t').slice(3)).toEqual(['—', '—', '待实现']);
    expect(shown.join('\n')).toContain(`待实现 1`);
    expect(rows.find((r) => r.startsWith('第四十八条\t'))).toContain('200.00元（对公民处以二百元以下）');
    expect(rows.find((r) => r.startsWith('第六十一条\t'))).toMatch(/〔理由：.+〕\t不适用\t—\t—\t不适用$/);
    expect(out).toContain(`条目 ${counts.entries}（62 条）：已实现 ${counts.implemented}，已实现、缺测试 ${counts.untested}，不适用 ${counts.notApplicable}，待实现 ${counts.gaps}`);
    expect(out).not.toContain('核对问题');
  });

  it('--json gives every entry with its label and status, the counts and no problems', async () => {
    const out = JSON.parse(await run(['coverage', '医保行政处罚程序暂行规定', '--json']));
    const table = requireCoverage(PENALTY_RULE);
    expect(out).toMatchObject({ statute: PENALTY_RULE, version: '2021-06-11', file: `data/coverage/${PENALTY_RULE}-2021.json`, problems: [] });
    expect(out.counts).toEqual(coverageCounts(table));
    expect(out.entries).toHaveLength(table.entries.length);
    const a52 = out.entries.find((e: { label: string }) => e.label === '第五十二条第一款第（一）项');
    expect(a52).toMatchObject({ article: 52, paragraph: 1, item: 1, status: 'implemented', numbers: [{ value: 10000, unit: '分' }] });
    expect(a52.implementedBy.length).toBeGreaterThan(0);
    expect(a52.tests.length).toBeGreaterThan(0);
    const gaps = out.entries.filter((e: { status: string }) => e.status === 'gap');
    expect(gaps).toHaveLength(out.counts.gaps);
    for (const g of gaps) expect(g).toMatchObject({ implementedBy: [], tests: [] });
    expect(a52).not.toHaveProperty('line');
  });

  it('lists the tables there are when no statute is named', async () => {
    const out = await run(['coverage']);
    for (const title of [PENALTY_RULE, '医疗保障基金使用监督管理举报处理暂行办法', '医疗保障基金飞行检查管理暂行办法']) {
      expect(out).toContain(`《${title}》`);
    }
    const json = JSON.parse(await run(['coverage', '--json']));
    expect(json.tables.every((t: { problems: number }) => t.problems === 0)).toBe(true);
  });

  it('exits 2 naming an unknown statute or one without a table', async () => {
    const unknown = await failure(['coverage', '医疗保障基金举报办法']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.message).toContain('STATUTE_UNKNOWN');
    const none = await failure(['coverage', '社会保险法']);
    expect(none.exitCode).toBe(2);
    expect(none.message).toMatch(/还没有覆盖表.*COVERAGE_NOT_FOUND/);
  });

  it('prints the problems of a table that does not match its statute', () => {
    const table = structuredClone(requireCoverage('医疗保障基金飞行检查管理暂行办法'));
    table.entries = table.entries.filter((e) => e.article !== 17);
    const problems = checkCoverage(table);
    const out = formatCoverageTable(table, problems);
    expect(out).toContain('核对问题（1）：');
    expect(out).toMatch(/data\/coverage\/医疗保障基金飞行检查管理暂行办法-2023\.json:1:1 {2}第十七条没有条目.*（missing-article）/);
  });
});
