import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { registerMonitorCommands } from './monitor-commands.js';
import { CliError } from './errors.js';

async function run(args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerMonitorCommands(program);
  const chunks: string[] = [];
  const orig = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => (chunks.push(String(s)), true)) as typeof process.stdout.write;
  try {
    await program.parseAsync(['node', 'yibao', 'monitor', ...args]);
  } finally {
    process.stdout.write = orig;
  }
  return chunks.join('');
}

/** Runs a command that must stop with exit code 2; returns its message. */
async function refused(args: string[]): Promise<string> {
  try {
    await run(args);
  } catch (err) {
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(2);
    return (err as Error).message;
  }
  throw new Error(`not refused: ${args.join(' ')}`);
}

let dir = '';
let csv = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-cli-monitor-'));
  csv = join(dir, 'csv');
  await run(['synth', '--visits', '1200', '--seed', '4', '--out', csv, '--format', 'csv']);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the CSV dataset with one file changed. */
function variant(name: string, file: string, change: (text: string) => string | Buffer): string {
  const d = join(dir, name);
  cpSync(csv, d, { recursive: true });
  writeFileSync(join(d, file), change(readFileSync(join(csv, file), 'utf8')));
  return d;
}

describe('yibao monitor', () => {
  it('synth, run --json with the evidence of every hit, --truth with --json, --xlsx, and refuses unknown rules', async () => {
    expect(existsSync(join(csv, 'fee.csv'))).toBe(true);
    const json = JSON.parse(await run(['run', '--data', csv, '--rules', 'over-price-cap,drug-sex,split-admission', '--json', '--truth', join(csv, 'truth.csv')]));
    expect(json.ok).toBe(true);
    expect(json.timings.map((t: { ruleId: string }) => t.ruleId)).toEqual(['over-price-cap', 'drug-sex', 'split-admission']);
    expect(json.leads.length).toBeGreaterThan(0);
    const hit = json.leads[0].hits[0];
    expect(hit.detail.lines[0]).toHaveProperty('itemName');
    expect(hit.detail.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(hit.detail.citation.label).toMatch(/^《医疗保障基金使用监督管理条例》第三十八条/);
    expect(json.scores.find((s: { ruleId: string }) => s.ruleId === 'drug-sex')).toMatchObject({ precision: 1, recall: 1 });
    const text = await run(['run', '--data', csv, '--rules', 'split-admission,over-price-cap', '--xlsx', join(dir, 'x.xlsx')]);
    expect(text).toContain('已导出');
    expect(text).toContain('基金损失');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'x.xlsx'));
    expect(wb.getWorksheet('线索')!.getCell('A1').value).toBe('线索编号');
    expect(wb.getWorksheet('疑点明细行')!.rowCount).toBeGreaterThan(1);
    await expect(run(['run', '--data', csv, '--rules', 'no-such-rule'])).rejects.toThrow(CliError);
    expect(await refused(['run', '--data', join(dir, 'missing')])).toMatch(/数据目录不存在/);
    expect(await refused(['run', '--data', join(csv, 'fee.csv')])).toMatch(/不是目录/);
    expect(await refused(['validate', '--data', join(dir, 'missing')])).toMatch(/数据目录不存在/);
  }, 120_000);

  it('validate and run stop with exit 2 on each kind of bad input, naming file, line (header = 1) and column', async () => {
    const cases: Array<[string, string, (t: string) => string | Buffer, RegExp]> = [
      ['missing-column', 'fee.csv', (t) => t.replace(',cnt,', ',count,'), /fee\.csv 第 1 行 列 cnt：缺少必填列 cnt/],
      ['header-only', 'fee.csv', (t) => t.split('\n')[0]! + '\n', /fee\.csv 第 1 行：只有表头，没有数据行/],
      ['empty', 'item.csv', () => '', /item\.csv：文件为空/],
      ['bad-date', 'setl.csv', (t) => { const l = t.split('\n'); l[3] = l[3]!.replace(/2025-(\d\d)-\d\d/, '2025-02-30'); return l.join('\n'); }, /setl\.csv 第 4 行 列 adm_date：不是有效的日期/],
      ['duplicate', 'psn.csv', (t) => { const l = t.trimEnd().split('\n'); return [...l, l[1]].join('\n') + '\n'; }, /psn\.csv 第 \d+ 行 列 psn_no：主键重复.*首次出现于第 2 行/],
      ['truncated-refund', 'fee.csv', (t) => { const l = t.trimEnd().split('\n'); const r = l.findIndex((x) => /^R/.test(x)); l[r] = l[r]!.slice(0, l[r]!.lastIndexOf(',', l[r]!.indexOf(',-') + 2)); return l.join('\n') + '\n'; }, /fee\.csv 第 \d+ 行 列 cnt：字段数少于表头（应为 \d+ 个，实为 \d+ 个），自 cnt 起缺失/],
    ];
    for (const [name, file, change, expected] of cases) {
      const d = variant(name, file, change);
      const v = await refused(['validate', '--data', d]);
      expect(v, name).toMatch(expected);
      expect(v, name).toContain(join(d, file));
      expect(v).toContain('未装载任何数据');
      const r = await refused(['run', '--data', d, '--rules', 'over-price-cap']);
      expect(r, name).toMatch(expected);
      // --json: the problems as data on stdout, exit 2 all the same
      try {
        await run(['validate', '--data', d, '--json']);
        throw new Error('not refused');
      } catch (err) {
        expect((err as CliError).exitCode).toBe(2);
      }
    }
  }, 180_000);

  it('reads a GBK file (detected, not garbled) and says so', async () => {
    const d = variant('gbk', 'item.csv', (t) => iconv.encode(t, 'gbk'));
    const out = await run(['validate', '--data', d]);
    expect(out).toContain('GB18030');
    expect(out).toContain('校验通过');
    const json = JSON.parse(await run(['run', '--data', d, '--rules', 'over-price-cap', '--json']));
    expect(json.load.tables.find((t: { table: string }) => t.table === 'fee').rowsLoaded).toBeGreaterThan(10000);
  }, 120_000);

  it('--lenient loads the valid rows, writes the quarantined ones to a file the user can open, and marks the hits they may affect', async () => {
    const d = variant('lenient', 'fee.csv', (t) => {
      const l = t.trimEnd().split('\n');
      const r = l.findIndex((x) => /^R/.test(x));
      l[r] = l[r]!.slice(0, l[r]!.indexOf(',-') + 1); // a refund line cut in the middle
      return l.join('\n') + '\n';
    });
    const qfile = join(dir, '隔离行.csv');
    const out = await run(['run', '--data', d, '--lenient', '--quarantine-out', qfile, '--rules', 'drug-stock-mismatch,over-price-cap']);
    expect(out).toContain('宽松模式');
    expect(out).toContain(`已写入：${qfile}`);
    const q = readFileSync(qfile, 'utf8');
    expect(q.startsWith('\uFEFF表名,文件,行号')).toBe(true);
    expect(q).toContain('UNPARSABLE_ROW');
    const v = await run(['validate', '--data', d, '--lenient', '--quarantine-out', join(dir, 'v.csv'), '--json']);
    expect(JSON.parse(v)).toMatchObject({ ok: false, mode: 'lenient', quarantined: 1 });
    expect(await refused(['run', '--data', d, '--quarantine-out', qfile])).toMatch(/只用于 --lenient/);
  }, 120_000);
});
