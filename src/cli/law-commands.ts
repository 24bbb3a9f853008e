// `yibao law`: the statute corpus as seen from the command line.
//   yibao law coverage <STATUTE> [--json]   what implements each article of a procedure rule
//   yibao law coverage [--json]             the coverage tables there are, with their counts
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  checkCoverage,
  coverageCounts,
  coverageStatus,
  loadAllCoverage,
  locationLabel,
  requireCoverage,
  COVERAGE_KINDS,
  COVERAGE_KIND_LABELS,
  COVERAGE_STATUS_LABELS,
  CoverageFileError,
  CoverageNotFoundError,
  type CoverageCounts,
  type CoverageProblem,
  type CoverageTable,
  type StatutoryNumber,
} from '../law/index.js';
import { CliError } from './errors.js';

type Write = (text: string) => void;

const shownPath = (file: string) => `data/coverage/${basename(file)}`;

function numberText(n: StatutoryNumber): string {
  if (n.monthDay !== undefined) return `每年${n.monthDay}（${n.quote}）`;
  const value = n.unit === '分' ? `${(n.value! / 100).toFixed(2)}元` : n.unit === '百分比' ? `${n.value}%` : `${n.value}${n.unit}`;
  return `${value}（${n.quote}）`;
}

function countsText(c: CoverageCounts): string {
  const kinds = COVERAGE_KINDS.filter((k) => c.byKind[k] > 0).map((k) => `${COVERAGE_KIND_LABELS[k]} ${c.byKind[k]}`);
  return [
    `条目 ${c.entries}（${c.articles} 条）：已实现 ${c.implemented}，已实现、缺测试 ${c.untested}，不适用 ${c.notApplicable}，待实现 ${c.gaps}`,
    `按种类（一个条目可有几种）：${kinds.join('，')}`,
  ].join('\n');
}

function problemLines(problems: CoverageProblem[]): string[] {
  return problems.map((p) => `  ${shownPath(p.file)}:${p.line}:${p.column}  ${p.message}（${p.code}）`);
}

/** The readable Chinese table of one statute's coverage. */
export function formatCoverageTable(table: CoverageTable, problems: CoverageProblem[]): string {
  const out: string[] = [];
  out.push(`《${table.statute}》（${table.version} 版）覆盖表 — ${shownPath(table.file)}`);
  if (table.scope) out.push(`适用：${table.scope}`);
  out.push('');
  out.push(['条文', '要求', '种类', '实现', '测试', '状态'].join('\t'));
  for (const entry of table.entries) {
    const status = COVERAGE_STATUS_LABELS[coverageStatus(entry)];
    let requirement = entry.requirement;
    if (entry.numbers.length) requirement += `〔数字：${entry.numbers.map(numberText).join('；')}〕`;
    if (entry.reason) requirement += `〔理由：${entry.reason}〕`;
    out.push(
      [
        locationLabel(entry),
        requirement,
        entry.kind.map((k) => COVERAGE_KIND_LABELS[k]).join('、'),
        entry.implementedBy.join('、') || '—',
        entry.tests.join('、') || '—',
        status,
      ].join('\t'),
    );
  }
  out.push('');
  out.push(countsText(coverageCounts(table)));
  if (problems.length) out.push('', `核对问题（${problems.length}）：`, ...problemLines(problems));
  return out.join('\n') + '\n';
}

function coverageJson(table: CoverageTable, problems: CoverageProblem[]) {
  return {
    statute: table.statute,
    version: table.version,
    file: shownPath(table.file),
    ...(table.scope ? { scope: table.scope } : {}),
    counts: coverageCounts(table),
    entries: table.entries.map(({ index: _index, line: _line, column: _column, ...entry }) => ({
      ...entry,
      label: locationLabel(entry),
      status: coverageStatus(entry),
    })),
    problems: problems.map((p) => ({ ...p, file: shownPath(p.file) })),
  };
}

function loadTable(statute: string): CoverageTable {
  try {
    return requireCoverage(statute);
  } catch (e) {
    if (e instanceof CoverageNotFoundError) throw new CliError(`${e.message}（${e.code}）`, 2);
    if (e instanceof CoverageFileError) throw new CliError(`覆盖表 ${shownPath(e.file)}:${e.line}:${e.column} 不合格：${e.detail}（${e.code}）`, 2);
    throw e;
  }
}

function loadTables(): CoverageTable[] {
  try {
    return loadAllCoverage();
  } catch (e) {
    if (e instanceof CoverageFileError) throw new CliError(`覆盖表 ${shownPath(e.file)}:${e.line}:${e.column} 不合格：${e.detail}（${e.code}）`, 2);
    throw e;
  }
}

/** Registers `yibao law`. */
export function registerLawCommands(program: Command, write: Write = (s) => void process.stdout.write(s)): void {
  const law = program.command('law').description('法规语料：条文覆盖表等');
  law
    .command('coverage')
    .description('程序规章逐条覆盖表：每条（款、项）由什么实现（步骤、校验、期限、文书、数据字段）或为何不适用，及证明它的测试')
    .argument('[statute]', '法规名称（全称、简称或别名），如 医疗保障行政处罚程序暂行规定；省略时列出已有的覆盖表')
    .option('--json', '输出 JSON')
    .action((statute: string | undefined, opts: { json?: boolean }) => {
      if (!statute) {
        const tables = loadTables().map((t) => ({ table: t, problems: checkCoverage(t) }));
        if (opts.json) {
          write(JSON.stringify({ tables: tables.map(({ table, problems }) => ({ statute: table.statute, version: table.version, file: shownPath(table.file), counts: coverageCounts(table), problems: problems.length })) }, null, 2) + '\n');
        } else {
          const lines = tables.map(({ table, problems }) => {
            const c = coverageCounts(table);
            return `《${table.statute}》（${table.version} 版）：条目 ${c.entries}（${c.articles} 条），已实现 ${c.implemented}，已实现、缺测试 ${c.untested}，不适用 ${c.notApplicable}，待实现 ${c.gaps}${problems.length ? `，核对问题 ${problems.length}` : ''}`;
          });
          write((lines.length ? lines.join('\n') : '还没有覆盖表（data/coverage）') + '\n');
        }
        const bad = tables.reduce((n, t) => n + t.problems.length, 0);
        if (bad) throw new CliError(`覆盖表有 ${bad} 处核对问题（逐表查看：yibao law coverage <法规名称>）`, 2);
        return;
      }
      const table = loadTable(statute);
      const problems = checkCoverage(table);
      write(opts.json ? JSON.stringify(coverageJson(table, problems), null, 2) + '\n' : formatCoverageTable(table, problems));
      if (problems.length) throw new CliError(`《${table.statute}》的覆盖表有 ${problems.length} 处核对问题（见上）`, 2);
    });
}
