import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './load.js';
import { TABLES, type Row } from './schema.js';
import { FixtureBuilder } from './testing/fixture.js';
import { withTempDuck } from './testing/db.js';

function toCsv(table: string, rows: Row[], columns?: string[]): string {
  const cols = columns ?? TABLES.find((t) => t.name === table)!.columns.map((c) => c.name);
  const esc = (v: unknown): string => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return [cols.join(','), ...rows.map((r) => cols.map((c) => esc(r[c])).join(','))].join('\n') + '\n';
}

function dataset(): Record<string, Row[]> {
  const b = new FixtureBuilder();
  b.visit({ id: 'V1', psn: 'PM', inst: 'H3', adm: '2025-03-01' });
  b.line({ visit: 'V1', item: 'T001', sn: 'L1' });
  b.line({ visit: 'V1', item: 'D001A', sn: 'L2', cnt: 2 });
  b.reverse('L2', 1);
  b.visit({ id: 'V2', psn: 'PF', inst: 'H2', type: '21', adm: '2025-03-01', dscg: '2025-03-04' });
  b.line({ visit: 'V2', item: 'B001', sn: 'L3', date: '2025-03-01' });
  return b.tables();
}

describe('loading settlement data with validation', () => {
  it('loads a clean CSV dataset without issues', async () => {
    await withTempDuck(async (duck, dir) => {
      const t = dataset();
      for (const [name, rows] of Object.entries(t)) writeFileSync(join(dir, `${name}.csv`), toCsv(name, rows));
      const report = await loadDataset(duck, dir);
      expect(report.issues).toEqual([]);
      expect(report.quarantined).toBe(0);
      expect(report.tables.find((s) => s.table === 'fee')!.rowsLoaded).toBe(4);
    });
  });

  it('quarantines bad rows by file and row, and keeps the valid ones', async () => {
    await withTempDuck(async (duck, dir) => {
      const t = dataset();
      const fee = [...t.fee!];
      const good = fee[0]!;
      fee.push(
        { ...good, feedetl_sn: 'B1', cnt: -1, det_item_fee_sumamt_fen: -Number(good.pric_fen) }, // row 5: negative, not a reversal
        { ...good, feedetl_sn: 'B2', cnt: '1.5' as unknown as number }, // row 6: not an integer
        { ...good, feedetl_sn: 'B3', fee_date: '2025-02-30' }, // row 7: impossible date
        { ...good }, // row 8: duplicate key L1
        { ...good, feedetl_sn: 'B5', mdtrt_id: 'NOPE' }, // row 9: unknown visit
        { ...good, feedetl_sn: 'B6', med_list_codg: '' }, // row 10: missing value
      );
      const setl = [...t.setl!, { ...t.setl![0]!, mdtrt_id: 'V9', adm_date: '2025-03-05', dscg_date: '2025-03-01' }];
      for (const [name, rows] of Object.entries({ ...t, fee, setl })) writeFileSync(join(dir, `${name}.csv`), toCsv(name, rows));
      // psn file without the required column brdy: every row is quarantined.
      writeFileSync(join(dir, 'item_rel.csv'), 'item_a,item_b\nIA01,IB01\n');
      const report = await loadDataset(duck, dir);
      const feeIssues = report.issues.filter((i) => i.table === 'fee');
      expect(feeIssues.map((i) => i.row)).toEqual([5, 6, 7, 8, 9, 10]);
      expect(feeIssues[0]!.reason).toContain('数量为负');
      expect(feeIssues[1]!.reason).toContain('类型错误');
      expect(feeIssues[2]!.reason).toContain('日期无效');
      expect(feeIssues[3]!.reason).toContain('主键重复');
      expect(feeIssues[4]!.reason).toContain('引用不存在 mdtrt_id');
      expect(feeIssues[5]!.reason).toContain('必填字段为空');
      expect(feeIssues.every((i) => i.file.endsWith('fee.csv'))).toBe(true);
      const setlIssue = report.issues.find((i) => i.table === 'setl')!;
      expect(setlIssue).toMatchObject({ row: 3 });
      expect(setlIssue.reason).toContain('出院日期早于入院日期');
      expect(report.issues.some((i) => i.table === 'item_rel' && i.row === null && i.reason.includes('缺少必填列'))).toBe(true);
      expect(report.quarantined).toBe(6 + 1 + 1);
      expect(report.tables.find((s) => s.table === 'fee')).toMatchObject({ rowsRead: 10, rowsLoaded: 4, rowsQuarantined: 6 });
      const q = await duck.query("SELECT count(*) AS n FROM quarantine WHERE table_name = 'fee'");
      expect(q[0]!.n).toBe(6);
      const loaded = await duck.query('SELECT feedetl_sn FROM fee ORDER BY feedetl_sn');
      expect(loaded.map((r) => r.feedetl_sn)).toEqual(['L1', 'L2', 'L3', 'R0001']);
    });
  });

  it('reads Parquet too and reports a missing required table instead of crashing', async () => {
    await withTempDuck(async (duck, dir) => {
      const t = dataset();
      const csvDir = join(dir, 'csv');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(csvDir);
      mkdirSync(join(dir, 'pq'));
      for (const [name, rows] of Object.entries(t)) {
        if (name === 'item_rel') continue;
        writeFileSync(join(csvDir, `${name}.csv`), toCsv(name, rows));
        await duck.exec(`COPY (SELECT * FROM read_csv('${join(csvDir, `${name}.csv`)}', all_varchar = true)) TO '${join(dir, 'pq', `${name}.parquet`)}' (FORMAT parquet)`);
      }
      writeFileSync(join(dir, 'pq', 'psn.parquet'), '');
      const { rmSync } = await import('node:fs');
      rmSync(join(dir, 'pq', 'psn.parquet'));
      const report = await loadDataset(duck, join(dir, 'pq'));
      expect(report.issues.some((i) => i.table === 'psn' && i.reason.includes('缺少数据文件'))).toBe(true);
      // without persons every visit refers to nobody, so visits and then lines are quarantined, not dropped
      expect(report.tables.find((s) => s.table === 'setl')!.rowsQuarantined).toBe(2);
      expect(report.tables.find((s) => s.table === 'fee')!.rowsQuarantined).toBe(4);
    });
  });
});
