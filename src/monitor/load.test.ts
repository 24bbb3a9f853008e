import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataLoadError, loadDataset, type LoadReport } from './load.js';
import { TABLES, type Row } from './schema.js';
import { FixtureBuilder } from './testing/fixture.js';
import { withTempDuck } from './testing/db.js';
import type { DuckDbEngine } from './engine.js';

/** The first-version columns of a table (files written before the national fields were added). */
const FIRST_VERSION: Record<string, string[]> = {
  fee: ['feedetl_sn', 'init_feedetl_sn', 'mdtrt_id', 'psn_no', 'fee_date', 'med_list_codg', 'cnt', 'pric_fen', 'det_item_fee_sumamt_fen', 'fulamt_ownpay_amt_fen', 'bilg_dept_codg', 'bilg_dr_codg', 'prd_days'],
  setl: ['mdtrt_id', 'psn_no', 'fixmedins_code', 'med_type', 'fund_type', 'adm_date', 'dscg_date', 'main_diag', 'oprn_code', 'dept_code', 'medfee_sumamt_fen', 'fund_pay_fen'],
  psn: ['psn_no', 'certno', 'gend', 'brdy', 'death_date', 'insutype', 'insuplc_admdvs'],
  item: ['med_list_codg', 'item_name', 'item_class', 'sub_class', 'chrgitm_lv', 'drug_group'],
};

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

function writeDataset(dir: string, t: Record<string, Row[]>, columns: Record<string, string[]> = {}): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, rows] of Object.entries(t)) writeFileSync(join(dir, `${name}.csv`), toCsv(name, rows, columns[name]));
}

async function strictFailure(duck: DuckDbEngine, dir: string): Promise<LoadReport> {
  try {
    await loadDataset(duck, dir);
  } catch (err) {
    expect(err).toBeInstanceOf(DataLoadError);
    // nothing stays loaded
    for (const t of ['psn', 'setl', 'fee', 'item']) expect((await duck.query(`SELECT count(*) AS n FROM ${t}`))[0]!.n, t).toBe(0);
    return (err as DataLoadError).report;
  }
  throw new Error('the load should have failed');
}

describe('loading settlement data (strict by default)', () => {
  it('loads a clean CSV dataset without issues, and files of the first version still load', async () => {
    await withTempDuck(async (duck, dir) => {
      writeDataset(join(dir, 'new'), dataset());
      const report = await loadDataset(duck, join(dir, 'new'));
      expect(report.issues).toEqual([]);
      expect(report.mode).toBe('strict');
      expect(report.tables.find((s) => s.table === 'fee')!.rowsLoaded).toBe(4);
      writeDataset(join(dir, 'old'), dataset(), FIRST_VERSION);
      const old = await loadDataset(duck, join(dir, 'old'));
      expect(old.issues).toEqual([]);
      expect(old.tables.find((s) => s.table === 'fee')!.columns).not.toContain('inscp_scp_amt_fen');
      expect(Number((await duck.query('SELECT count(*) AS n FROM fee'))[0]!.n)).toBe(4);
    });
  });

  it.each([
    ['a negative quantity that is not a reversal', (f: Row) => ({ ...f, feedetl_sn: 'B1', cnt: -1, det_item_fee_sumamt_fen: -Number(f.pric_fen) }), 'INCONSISTENT', 'cnt', '数量为负'],
    ['a quantity that is not an integer', (f: Row) => ({ ...f, feedetl_sn: 'B2', cnt: '1.5' as unknown as number }), 'BAD_INTEGER', 'cnt', '整数'],
    ['an impossible date', (f: Row) => ({ ...f, feedetl_sn: 'B3', fee_date: '2025-02-30' }), 'BAD_DATE', 'fee_date', '2025-02-30'],
    ['a duplicate key', (f: Row) => ({ ...f }), 'DUPLICATE_KEY', 'feedetl_sn', '首次出现于第 2 行'],
    ['a line of an unknown visit', (f: Row) => ({ ...f, feedetl_sn: 'B5', mdtrt_id: 'NOPE' }), 'DANGLING_REFERENCE', 'mdtrt_id', 'NOPE'],
    ['an empty required value', (f: Row) => ({ ...f, feedetl_sn: 'B6', med_list_codg: '' }), 'REQUIRED_EMPTY', 'med_list_codg', '必填'],
    ['an amount that is not quantity × price', (f: Row) => ({ ...f, feedetl_sn: 'B7', det_item_fee_sumamt_fen: 1 }), 'INCONSISTENT', 'det_item_fee_sumamt_fen', '数量×单价'],
  ])('stops on %s: exit code data, file, line counting the header, column; nothing loaded', async (_name, bad, code, column, text) => {
    await withTempDuck(async (duck, dir) => {
      const t = dataset();
      const fee = [...t.fee!, bad(t.fee![0]!)]; // the 5th data row: line 6
      writeDataset(dir, { ...t, fee });
      const report = await strictFailure(duck, dir);
      expect(report.issues).toHaveLength(1);
      expect(report.issues[0]).toMatchObject({ table: 'fee', line: 6, column, code });
      expect(report.issues[0]!.file).toBe(join(dir, 'fee.csv'));
      expect(report.issues[0]!.reason).toContain(text);
    });
  });

  it('stops on a missing column, an empty file, a header-only file and a truncated last line', async () => {
    await withTempDuck(async (duck, dir) => {
      const t = dataset();
      writeDataset(join(dir, 'a'), t, { fee: FIRST_VERSION.fee!.filter((c) => c !== 'cnt') });
      expect((await strictFailure(duck, join(dir, 'a'))).issues[0]).toMatchObject({ code: 'MISSING_COLUMN', line: 1, column: 'cnt', table: 'fee' });

      writeDataset(join(dir, 'b'), t);
      writeFileSync(join(dir, 'b', 'item.csv'), '');
      expect((await strictFailure(duck, join(dir, 'b'))).issues[0]).toMatchObject({ code: 'EMPTY_FILE', table: 'item' });

      writeDataset(join(dir, 'c'), { ...t, fee: [] });
      const headerOnly = (await strictFailure(duck, join(dir, 'c'))).issues[0]!;
      expect(headerOnly).toMatchObject({ code: 'HEADER_ONLY', table: 'fee', line: 1 });
      expect(headerOnly.reason).toContain('只有表头');

      // a refund line cut in the middle (the file ends inside the line)
      writeDataset(join(dir, 'd'), t);
      const feeCsv = readFileSync(join(dir, 'd', 'fee.csv'), 'utf8').trimEnd();
      writeFileSync(join(dir, 'd', 'fee.csv'), feeCsv.slice(0, feeCsv.lastIndexOf(',2025-03-01') + 5));
      const cut = (await strictFailure(duck, join(dir, 'd'))).issues[0]!;
      expect(cut).toMatchObject({ table: 'fee', line: 5 });
      expect(['UNPARSABLE_ROW', 'BAD_DATE']).toContain(cut.code);
    });
  });

  it('an optional table with only its header is reported, not an error; a missing required table is', async () => {
    await withTempDuck(async (duck, dir) => {
      const t = dataset();
      writeDataset(dir, { ...t, item_rel: [] });
      const report = await loadDataset(duck, dir);
      expect(report.notices.some((n) => n.table === 'item_rel' && n.code === 'HEADER_ONLY')).toBe(true);
      const { rmSync } = await import('node:fs');
      rmSync(join(dir, 'psn.csv'));
      expect((await strictFailure(duck, dir)).issues[0]).toMatchObject({ code: 'MISSING_FILE', table: 'psn' });
    });
  });

  it('detects GBK/GB18030 files and decodes them; refuses bytes that are neither', async () => {
    await withTempDuck(async (duck, dir) => {
      const t = dataset();
      writeDataset(dir, t);
      const text = readFileSync(join(dir, 'item.csv'), 'utf8');
      const iconv = (await import('iconv-lite')).default;
      writeFileSync(join(dir, 'item.csv'), iconv.encode(text, 'gbk'));
      const report = await loadDataset(duck, dir);
      expect(report.notices.find((n) => n.table === 'item' && n.code === 'ENCODING')!.reason).toContain('GB18030');
      expect((await duck.query("SELECT item_name FROM item WHERE med_list_codg = 'B001'"))[0]!.item_name).toBe('床位费');
      expect(report.tables.find((s) => s.table === 'fee')!.rowsLoaded).toBe(4);
      // 0xFF is not a byte of GB18030 (nor of UTF-8): line 4 cannot be decoded
      const lines = text.split('\n');
      writeFileSync(join(dir, 'item.csv'), Buffer.concat([iconv.encode(lines.slice(0, 3).join('\n') + '\n', 'gbk'), Buffer.from([0xff, 0xff]), iconv.encode(lines.slice(3).join('\n'), 'gbk')]));
      const bad = (await strictFailure(duck, dir)).issues[0]!;
      expect(bad).toMatchObject({ code: 'UNDECODABLE', table: 'item', line: 4 });
    });
  });

  it('counts lines of records with a quoted line break', async () => {
    await withTempDuck(async (duck, dir) => {
      const t = dataset();
      const setl = t.setl!.map((s, i) => (i === 0 ? { ...s, main_diag: 'J06.900' } : s));
      writeDataset(dir, { ...t, setl });
      const csv = readFileSync(join(dir, 'setl.csv'), 'utf8').split('\n');
      csv[1] = csv[1]!.replace(',D01,', ',"D0\n1",'); // line 2 spans lines 2–3
      csv[2] = csv[2]!.replace(/,21,/, ',99,'); // the next record starts on line 4
      writeFileSync(join(dir, 'setl.csv'), csv.join('\n'));
      expect((await strictFailure(duck, dir)).issues[0]).toMatchObject({ code: 'BAD_CODE', table: 'setl', line: 4, column: 'med_type' });
    });
  });

  it('reads the national field names: fee_ocur_time and amounts in yuan', async () => {
    await withTempDuck(async (duck, dir) => {
      const t = dataset();
      const fee = t.fee!.map((f) => ({ ...f, fee_ocur_time: `${String(f.fee_date)} 09:30:00`, pric: (Number(f.pric_fen) / 100).toFixed(2), det_item_fee_sumamt: (Number(f.det_item_fee_sumamt_fen) / 100).toFixed(2), fulamt_ownpay_amt: (Number(f.fulamt_ownpay_amt_fen) / 100).toFixed(2) }));
      writeDataset(dir, { ...t, fee }, { fee: ['feedetl_sn', 'init_feedetl_sn', 'mdtrt_id', 'psn_no', 'fee_ocur_time', 'med_list_codg', 'cnt', 'pric', 'det_item_fee_sumamt', 'fulamt_ownpay_amt'] });
      const report = await loadDataset(duck, dir);
      expect(report.issues).toEqual([]);
      const rows = await duck.query('SELECT feedetl_sn, CAST(fee_date AS VARCHAR) AS d, pric_fen, det_item_fee_sumamt_fen FROM fee ORDER BY feedetl_sn');
      expect(rows.map((r) => [r.feedetl_sn, r.d, r.pric_fen, r.det_item_fee_sumamt_fen])).toEqual(
        t.fee!.map((f) => [f.feedetl_sn, f.fee_date, f.pric_fen, f.det_item_fee_sumamt_fen]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      // a price with a fraction of a fen is refused
      const fractional = fee.map((f, i) => (i === 0 ? { ...f, pric: '8.975' } : f));
      writeDataset(dir, { ...t, fee: fractional }, { fee: ['feedetl_sn', 'init_feedetl_sn', 'mdtrt_id', 'psn_no', 'fee_ocur_time', 'med_list_codg', 'cnt', 'pric', 'det_item_fee_sumamt', 'fulamt_ownpay_amt'] });
      const refused = await strictFailure(duck, dir);
      expect(refused.issues.find((i) => i.code === 'BAD_AMOUNT')).toMatchObject({ line: 2, column: 'pric' });
    });
  });
});

describe('lenient loading', () => {
  it('loads the valid rows, quarantines the bad ones and writes them to a file the user can open', async () => {
    await withTempDuck(async (duck, dir) => {
      const t = dataset();
      const fee = [...t.fee!];
      const good = fee[0]!;
      fee.push(
        { ...good, feedetl_sn: 'B1', cnt: -1, det_item_fee_sumamt_fen: -Number(good.pric_fen) }, // line 6
        { ...good, feedetl_sn: 'B2', cnt: '1.5' as unknown as number }, // line 7
        { ...good, feedetl_sn: 'B3', fee_date: '2025-02-30' }, // line 8 (rejected by the parser)
        { ...good }, // line 9: duplicate key L1
        { ...good, feedetl_sn: 'B5', mdtrt_id: 'NOPE' }, // line 10
      );
      const data = join(dir, 'data');
      writeDataset(data, { ...t, fee });
      const qfile = join(dir, '隔离.csv');
      const report = await loadDataset(duck, data, { mode: 'lenient', quarantineFile: qfile });
      expect(report.issues.map((i) => i.line)).toEqual([6, 7, 8, 9, 10]);
      expect(report.quarantined).toBe(5);
      expect(report.tables.find((s) => s.table === 'fee')).toMatchObject({ rowsRead: 9, rowsLoaded: 4, rowsQuarantined: 5 });
      expect(report.quarantineFile).toBe(qfile);
      const written = readFileSync(qfile, 'utf8');
      expect(written.startsWith('\uFEFF表名,文件,行号')).toBe(true);
      const rows = written.trim().split('\r\n').slice(1);
      expect(rows).toHaveLength(5);
      expect(rows[1]).toContain(',7,cnt,BAD_INTEGER,');
      expect(rows[2]).toContain('2025-02-30');
      expect(report.quarantinedRefs.mdtrtIds).toContain('V1');
      expect((await duck.query('SELECT feedetl_sn FROM fee ORDER BY feedetl_sn')).map((r) => r.feedetl_sn)).toEqual(['L1', 'L2', 'L3', 'R0001']);
      expect(Number((await duck.query("SELECT count(*) AS n FROM quarantine WHERE table_name = 'fee'"))[0]!.n)).toBe(5);
    });
  });

  it('reads Parquet too, with row numbers', async () => {
    await withTempDuck(async (duck, dir) => {
      const t = dataset();
      const csvDir = join(dir, 'csv');
      writeDataset(csvDir, t);
      mkdirSync(join(dir, 'pq'));
      for (const name of Object.keys(t)) {
        await duck.exec(`COPY (SELECT * FROM read_csv('${join(csvDir, `${name}.csv`)}', all_varchar = true)) TO '${join(dir, 'pq', `${name}.parquet`)}' (FORMAT parquet)`);
      }
      const report = await loadDataset(duck, join(dir, 'pq'));
      expect(report.issues).toEqual([]);
      expect(report.tables.find((s) => s.table === 'fee')).toMatchObject({ rowsLoaded: 4, encoding: 'parquet' });
    });
  });
});
