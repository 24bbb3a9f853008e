import { existsSync, statSync } from 'node:fs';
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import {
  DataLoadError,
  DuckDbEngine,
  formatIssue,
  generateSynthetic,
  loadDataset,
  loadRulePack,
  runMonitor,
  writeLeadsXlsx,
  yuan,
  type LoadReport,
  type MonitorRunResult,
  formatScores,
  readTruth,
  scoreHits,
} from '../monitor/index.js';
import { CliError } from './errors.js';

const positiveInt = (name: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`${name} 须为正整数：${v}`, 2);
  return n;
};

/** Where a lenient load writes its quarantined rows unless told: monitor-quarantine-<date>-<time>.csv in the working folder. */
const defaultQuarantineFile = (): string => {
  const t = new Date(Date.now() + 8 * 3600 * 1000).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `monitor-quarantine-${t}.csv`;
};

function checkDataDir(dir: string): void {
  if (!existsSync(dir)) throw new CliError(`数据目录不存在：${dir}`, 2);
  if (!statSync(dir).isDirectory()) throw new CliError(`不是目录：${dir}（--data 应为包含 <表名>.csv 或 <表名>.parquet 的目录）`, 2);
}

/** The message of a strict load that stopped: every problem named by file, line and column (up to 20). */
function loadFailure(report: LoadReport): string {
  const lines = [`数据校验未通过，未装载任何数据（共 ${report.problemCount} 处问题；行号以表头为第 1 行）：`];
  for (const i of report.issues.slice(0, 20)) lines.push(`  ${formatIssue(i)}`);
  if (report.problemCount > 20) lines.push(`  ……另有 ${report.problemCount - 20} 处（--json 列出前 ${report.issues.length} 处）`);
  lines.push('改正后重新运行；如需先装载有效的行、把问题行写入文件，使用 --lenient。');
  return lines.join('\n');
}

function loadSummary(load: LoadReport): string[] {
  const out = [`数据加载（${load.mode === 'strict' ? '严格' : '宽松'}模式）：${load.tables.filter((t) => t.file).map((t) => `${t.table} ${t.rowsLoaded}`).join('，')}`];
  for (const n of load.notices) out.push(`  [提示] ${formatIssue(n)}`);
  if (load.mode === 'lenient' && load.quarantined > 0) {
    out.push(`  隔离 ${load.quarantined} 行（不参与筛查）${load.quarantineFile ? `，已写入：${load.quarantineFile}` : ''}`);
    for (const i of load.issues.slice(0, 10)) out.push(`  [隔离] ${formatIssue(i)}`);
    if (load.problemCount > 10) out.push(`  ……共 ${load.problemCount} 处问题，见隔离文件`);
  }
  return out;
}

function printRunSummary(r: MonitorRunResult): void {
  const out: string[] = loadSummary(r.load);
  out.push(`规则 ${r.rules.length} 条，引擎 ${r.pack.engine}，预计算 ${r.pack.prepSeconds.toFixed(2)} 秒，规则合计 ${r.pack.totalSeconds.toFixed(2)} 秒，证据 ${r.evidenceSeconds.toFixed(2)} 秒`);
  const byId = new Map(r.rules.map((x) => [x.id, x]));
  for (const t of r.pack.timings) {
    if (t.hits > 0) out.push(`  ${byId.get(t.ruleId)?.name ?? t.ruleId}（${t.ruleId}）：${t.hits} 条疑点，${t.seconds.toFixed(3)} 秒`);
  }
  if (r.unchecked.length) {
    out.push('数据缺少以下字段或表，相应规则未能检查：');
    for (const u of r.unchecked) out.push(`  ${byId.get(u.ruleId)?.name ?? u.ruleId}（${u.ruleId}）缺少 ${u.data}：${u.unchecked}`);
  }
  out.push(`线索 ${r.leads.length} 条（基金损失只计明确违规；可疑疑点和统计指标另列，不计入金额）：`);
  for (const l of r.leads.slice(0, 30)) {
    out.push(
      `  ${l.id} ${l.party.kind === 'institution' ? '机构' : '人员'} ${l.party.code}${l.party.name ? ` ${l.party.name}` : ''} ${l.resultType} ` +
        `基金损失 ${yuan(l.amountFen)} 元；可疑 ${l.suspect.hits} 条（涉及基金 ${yuan(l.suspect.fundFen)} 元）；指标 ${l.indicators} 项；依据 ${l.citations.map((c) => c.label).join('、')}`,
    );
  }
  if (r.leads.length > 30) out.push(`  ……共 ${r.leads.length} 条（用 --json 或 --xlsx 取得全部，含每条疑点的明细、诊断和理由）`);
  process.stdout.write(out.join('\n') + '\n');
}

/** Registers the `yibao monitor` sub-commands. */
export function registerMonitorCommands(program: Command): void {
  const monitor = program.command('monitor').description('智能监控：结算数据、规则包、疑点与线索');

  monitor
    .command('synth')
    .description('生成确定性的模拟结算数据（含按比例注入的违规和真值文件 truth.csv）')
    .requiredOption('--visits <n>', '就诊人次', positiveInt('--visits'))
    .option('--seed <s>', '随机种子', (v) => Number(v), 1)
    .requiredOption('--out <dir>', '输出目录')
    .addOption(new Option('--format <f>', '文件格式').choices(['parquet', 'csv']).default('parquet'))
    .option('--jurisdiction <code>', '统筹区（决定注入的间隔阈值）', 'default')
    .action(async (o: { visits: number; seed: number; out: string; format: 'parquet' | 'csv'; jurisdiction: string }) => {
      if (!Number.isInteger(o.seed) || o.seed < 0) throw new CliError(`--seed 须为非负整数`, 2);
      if (o.visits < 100) throw new CliError('--visits 至少为 100', 2);
      const r = await generateSynthetic({ visits: o.visits, seed: o.seed, outDir: o.out, format: o.format, jurisdiction: o.jurisdiction });
      process.stdout.write(
        `已生成：就诊 ${r.visits} 人次，费用明细 ${r.feeLines} 条，参保人 ${r.persons} 人，机构 ${r.institutions} 家，注入疑点真值 ${r.truthRows} 条，用时 ${r.seconds.toFixed(1)} 秒\n输出目录：${r.outDir}\n`,
      );
    });

  monitor
    .command('rules')
    .description('列出规则包')
    .option('--json', '输出 JSON')
    .action((o: { json?: boolean }) => {
      const rules = loadRulePack();
      if (o.json) {
        process.stdout.write(JSON.stringify(rules.map(({ sql: _sql, ...meta }) => meta), null, 2) + '\n');
        return;
      }
      for (const r of rules) process.stdout.write(`${r.id}\t${r.name}\t${r.liangkuCode ?? '—'}\t${r.resultType}\t${r.article}\t${r.matterId}\n`);
    });

  monitor
    .command('validate')
    .description('校验结算数据文件（严格：任何问题退出码 2，指明文件、行、列，不装载任何数据）')
    .requiredOption('--data <dir>', '数据目录（<表名>.parquet 或 <表名>.csv）')
    .option('--lenient', '宽松模式：装载有效的行，问题行隔离并写入文件')
    .option('--quarantine-out <file>', '宽松模式下隔离行写入的 CSV 文件（默认当前目录下 monitor-quarantine-<时间>.csv）')
    .option('--json', '输出 JSON')
    .action(async (o: { data: string; lenient?: boolean; quarantineOut?: string; json?: boolean }) => {
      checkDataDir(o.data);
      const { mkdtempSync, rmSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const dir = mkdtempSync(join(tmpdir(), 'yibao-validate-'));
      const duck = await DuckDbEngine.open({ path: join(dir, 'v.duckdb') });
      try {
        let report: LoadReport;
        try {
          report = await loadDataset(duck, o.data, o.lenient ? { mode: 'lenient', quarantineFile: o.quarantineOut ?? defaultQuarantineFile() } : {});
        } catch (err) {
          if (err instanceof DataLoadError) {
            if (o.json) process.stdout.write(JSON.stringify({ ok: false, ...err.report }, null, 2) + '\n');
            throw new CliError(loadFailure(err.report), 2);
          }
          throw err;
        }
        if (o.json) process.stdout.write(JSON.stringify({ ok: report.problemCount === 0, ...report }, null, 2) + '\n');
        else {
          for (const t of report.tables) if (t.file) process.stdout.write(`${t.table}：读取 ${t.rowsRead} 行，装载 ${t.rowsLoaded} 行${t.rowsQuarantined ? `，隔离 ${t.rowsQuarantined} 行` : ''}${t.encoding && t.encoding !== 'utf-8' && t.encoding !== 'parquet' ? `（${t.encoding}）` : ''}\n`);
          process.stdout.write(loadSummary(report).slice(1).join('\n') + (report.notices.length || report.quarantined ? '\n' : ''));
          process.stdout.write(report.problemCount ? `宽松模式：${report.problemCount} 处问题，问题行已隔离\n` : '校验通过\n');
        }
      } finally {
        await duck.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

  monitor
    .command('run')
    .description('对结算数据运行规则包，输出疑点和线索（数据有问题时退出码 2，不运行规则）')
    .requiredOption('--data <dir>', '数据目录（<表名>.parquet 或 <表名>.csv）')
    .option('--rules <ids>', '只运行这些规则（逗号分隔的规则编号）')
    .addOption(new Option('--engine <e>', '引擎').choices(['duckdb', 'postgres']).default('duckdb'))
    .option('--jurisdiction <code>', '统筹区（阈值）', 'default')
    .option('--date <yyyy-mm-dd>', '适用阈值的日期（默认今天）')
    .option('--json', '输出 JSON')
    .option('--xlsx <file>', '导出 Excel')
    .option('--since <yyyy-mm-dd>', '日增量：只报告该日起的疑点（连同相关人员的历史数据计算）')
    .option('--truth <file>', '对照真值文件（synth 生成的 truth.csv）给出各规则的精确率和召回率')
    .option('--lenient', '宽松模式：装载有效的行，问题行隔离并写入文件，其余照常筛查')
    .option('--quarantine-out <file>', '宽松模式下隔离行写入的 CSV 文件（默认当前目录下 monitor-quarantine-<时间>.csv）')
    .action(async (o: { data: string; rules?: string; engine: 'duckdb' | 'postgres'; jurisdiction: string; date?: string; json?: boolean; xlsx?: string; truth?: string; since?: string; lenient?: boolean; quarantineOut?: string }) => {
      if (o.since && !/^\d{4}-\d{2}-\d{2}$/.test(o.since)) throw new CliError(`--since 格式应为 YYYY-MM-DD：${o.since}`, 2);
      if (o.truth && !existsSync(o.truth)) throw new CliError(`真值文件不存在：${o.truth}`, 2);
      if (o.json && o.xlsx) throw new CliError('--json 与 --xlsx 只能选一个', 2);
      if (o.quarantineOut && !o.lenient) throw new CliError('--quarantine-out 只用于 --lenient（严格模式不装载有问题的数据）', 2);
      checkDataDir(o.data);
      if (o.date && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw new CliError(`--date 格式应为 YYYY-MM-DD：${o.date}`, 2);
      const ruleIds = o.rules ? o.rules.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
      const known = new Set(loadRulePack().map((r) => r.id));
      const unknown = (ruleIds ?? []).filter((id) => !known.has(id));
      if (unknown.length) throw new CliError(`未知规则：${unknown.join('，')}（yibao monitor rules 列出全部规则）`, 2);
      if (o.engine === 'postgres' && !process.env.DATABASE_URL) throw new CliError('--engine postgres 需要环境变量 DATABASE_URL', 2);
      const tty = Boolean(process.stderr.isTTY) && !o.json;
      const bar = tty
        ? new cliProgress.SingleBar({ format: '规则 {bar} {value}/{total} {rule}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
        : undefined;
      let result: MonitorRunResult;
      try {
        result = await runMonitor({
          dataDir: o.data, ruleIds, engine: o.engine, jurisdiction: o.jurisdiction, onDate: o.date, since: o.since,
          ...(o.lenient ? { mode: 'lenient' as const, quarantineFile: o.quarantineOut ?? defaultQuarantineFile() } : {}),
          onRuleStart: (rule, i, total) => {
            if (!bar) return;
            if (i === 0) bar.start(total, 0, { rule: rule.name });
            else bar.update(i, { rule: rule.name });
          },
          onRuleDone: (_rule, _t, i, total) => {
            if (bar && i === total - 1) bar.update(total, { rule: '完成' });
          },
        });
      } catch (err) {
        bar?.stop();
        if (err instanceof DataLoadError) {
          if (o.json) process.stdout.write(JSON.stringify({ ok: false, load: err.report }, null, 2) + '\n');
          throw new CliError(loadFailure(err.report), 2);
        }
        const msg = err instanceof Error ? err.message : String(err);
        if (/未知统筹区|缺少规则参数|数据目录不存在/.test(msg)) throw new CliError(msg, 2);
        throw err;
      }
      bar?.stop();
      const scores = o.truth ? scoreHits(result.rules.map((r) => r.id), result.pack.hits, readTruth(o.truth)) : undefined;
      if (o.json) {
        process.stdout.write(
          JSON.stringify({
            ok: true, load: result.load, engine: result.pack.engine, prepSeconds: result.pack.prepSeconds, totalSeconds: result.pack.totalSeconds,
            evidenceSeconds: result.evidenceSeconds, timings: result.pack.timings, unchecked: result.unchecked, leads: result.leads, ...(scores ? { scores } : {}),
          }) + '\n',
        );
        return;
      }
      if (o.xlsx) {
        await writeLeadsXlsx(o.xlsx, result.leads, result.rules, result.pack.timings);
        printRunSummary(result);
        process.stdout.write(`已导出：${o.xlsx}\n`);
      } else {
        printRunSummary(result);
      }
      if (scores) process.stdout.write(formatScores(scores) + '\n');
    });
}
