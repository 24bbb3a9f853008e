import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import ExcelJS from 'exceljs';
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

describe('yibao monitor', () => {
  it('synth, run --json, run --xlsx and refuses unknown rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-cli-monitor-'));
    try {
      const out = await run(['synth', '--visits', '1200', '--seed', '4', '--out', join(dir, 'd')]);
      expect(out).toContain('已生成');
      expect(existsSync(join(dir, 'd', 'fee.parquet'))).toBe(true);
      const json = JSON.parse(await run(['run', '--data', join(dir, 'd'), '--rules', 'over-price-cap,drug-sex', '--json']));
      expect(json.timings.map((t: { ruleId: string }) => t.ruleId)).toEqual(['over-price-cap', 'drug-sex']);
      expect(json.leads.length).toBeGreaterThan(0);
      expect(json.load.quarantined).toBe(0);
      const text = await run(['run', '--data', join(dir, 'd'), '--rules', 'split-admission', '--xlsx', join(dir, 'x.xlsx')]);
      expect(text).toContain('已导出');
      const scored = await run(['run', '--data', join(dir, 'd'), '--rules', 'drug-sex,split-admission', '--truth', join(dir, 'd', 'truth.csv')]);
      expect(scored).toMatch(/drug-sex\s+注入\s+\d+\s+命中\s+\d+\s+精确率 1\.000\s+召回率 1\.000/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'x.xlsx'));
      expect(wb.getWorksheet('线索')!.getCell('A1').value).toBe('线索编号');
      expect(wb.getWorksheet('疑点明细')!.rowCount).toBeGreaterThan(1);
      await expect(run(['run', '--data', join(dir, 'd'), '--rules', 'no-such-rule'])).rejects.toThrow(CliError);
      await expect(run(['run', '--data', join(dir, 'missing')])).rejects.toThrow(/数据目录不存在/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);
});
