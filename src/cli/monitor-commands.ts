import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import {
  DuckDbEngine,
  generateSynthetic,
  loadDataset,
  loadRulePack,
  runMonitor,
  writeLeadsXlsx,
  yuan,
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

function printRunSummary(r: MonitorRunResult): void {
  const out: string[] = [];
  out.push(`数据加载：${r.load.tables.map((t) => `${t.table} ${t.rowsLoaded}`).join('，')}；隔离 ${r.load.quarantined} 行`);
  for (const i of r.load.issues.slice(0, 20)) out.push(`  [隔离] ${i.file}${i.row === null ? '' : ` 第 ${i.row} 行`}：${i.reason}`);
  if (r.load.issues.length > 20) out.push(`  ……另有 ${r.load.quarantined - 20} 行，见 quarantine 表`);
  out.push(`规则 ${r.rules.length} 条，引擎 ${r.pack.engine}，预计算 ${r.pack.prepSeconds.toFixed(2)} 秒，合计 ${r.pack.totalSeconds.toFixed(2)} 秒`);
  const byId = new Map(r.rules.map((x) => [x.id, x]));
  for (const t of r.pack.timings) {
    if (t.hits > 0) out.push(`  ${byId.get(t.ruleId)?.name ?? t.ruleId}（${t.ruleId}）：${t.hits} 条疑点，${t.seconds.toFixed(3)} 秒`);
  }
  out.push(`线索 ${r.leads.length} 条：`);
  for (const l of r.leads.slice(0, 30)) {
    out.push(`  ${l.id} ${l.party.kind === 'institution' ? '机构' : '人员'} ${l.party.code}${l.party.name ? ` ${l.party.name}` : ''} ${l.matterId} ${l.article} ${l.resultType} 疑点 ${l.hits.length} 条 金额 ${yuan(l.amountFen)} 元`);
  }
  if (r.leads.length > 30) out.push(`  ……共 ${r.leads.length} 条（用 --json 或 --xlsx 取得全部）`);
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
    .description('校验结算数据文件，逐行报告问题')
    .requiredOption('--data <dir>', '数据目录（<表名>.parquet 或 <表名>.csv）')
    .option('--json', '输出 JSON')
    .action(async (o: { data: string; json?: boolean }) => {
      if (!existsSync(o.data)) throw new CliError(`数据目录不存在：${o.data}`, 2);
      const { mkdtempSync, rmSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const dir = mkdtempSync(join(tmpdir(), 'yibao-validate-'));
      const duck = await DuckDbEngine.open({ path: join(dir, 'v.duckdb') });
      try {
        const report = await loadDataset(duck, o.data);
        if (o.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        else {
          for (const t of report.tables) if (t.file) process.stdout.write(`${t.table}：读取 ${t.rowsRead} 行，装载 ${t.rowsLoaded} 行，隔离 ${t.rowsQuarantined} 行\n`);
          for (const i of report.issues) process.stdout.write(`${i.file}${i.row === null ? '' : ` 第 ${i.row} 行`}：${i.reason}\n`);
        }
        if (report.quarantined > 0 || report.issues.length > 0) process.exitCode = 1;
      } finally {
        await duck.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

  monitor
    .command('run')
    .description('对结算数据运行规则包，输出疑点和线索')
    .requiredOption('--data <dir>', '数据目录（<表名>.parquet 或 <表名>.csv）')
    .option('--rules <ids>', '只运行这些规则（逗号分隔的规则编号）')
    .addOption(new Option('--engine <e>', '引擎').choices(['duckdb', 'postgres']).default('duckdb'))
    .option('--jurisdiction <code>', '统筹区（阈值）', 'default')
    .option('--date <yyyy-mm-dd>', '适用阈值的日期（默认今天）')
    .option('--json', '输出 JSON')
    .option('--xlsx <file>', '导出 Excel')
    .option('--since <yyyy-mm-dd>', '日增量：只报告该日起的疑点（连同相关人员的历史数据计算）')
    .option('--truth <file>', '对照真值文件（synth 生成的 truth.csv）打印各规则的精确率和召回率')
    .action(async (o: { data: string; rules?: string; engine: 'duckdb' | 'postgres'; jurisdiction: string; date?: string; json?: boolean; xlsx?: string; truth?: string; since?: string }) => {
      if (o.since && !/^\d{4}-\d{2}-\d{2}$/.test(o.since)) throw new CliError(`--since 格式应为 YYYY-MM-DD：${o.since}`, 2);
      if (o.truth && !existsSync(o.truth)) throw new CliError(`真值文件不存在：${o.truth}`, 2);
      if (o.json && o.xlsx) throw new CliError('--json 与 --xlsx 只能选一个', 2);
      if (!existsSync(o.data)) throw new CliError(`数据目录不存在：${o.data}`, 2);
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
        const msg = err instanceof Error ? err.message : String(err);
        if (/未知统筹区|缺少规则参数|数据目录不存在/.test(msg)) throw new CliError(msg, 2);
        throw err;
      }
      bar?.stop();
      if (o.json) {
        process.stdout.write(JSON.stringify({ load: result.load, engine: result.pack.engine, prepSeconds: result.pack.prepSeconds, totalSeconds: result.pack.totalSeconds, timings: result.pack.timings, leads: result.leads }, null, 2) + '\n');
      } else if (o.xlsx) {
        await writeLeadsXlsx(o.xlsx, result.leads, result.rules, result.pack.timings);
        printRunSummary(result);
        process.stdout.write(`已导出：${o.xlsx}\n`);
      } else {
        printRunSummary(result);
      }
      if (o.truth && !o.json) {
        process.stdout.write(formatScores(scoreHits(result.rules.map((r) => r.id), result.pack.hits, readTruth(o.truth))) + '\n');
      }
    });
}
