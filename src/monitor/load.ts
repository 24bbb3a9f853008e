// Loading settlement data from CSV and Parquet. Strict by default: any problem — an empty
// or header-only file, bytes that are neither UTF-8 nor GB18030, a missing column, a value
// of the wrong type, a code outside its list, a duplicate key, a reference to nothing —
// stops the load with the file, the line (the header is line 1) and the column, and
// nothing stays loaded. Lenient mode loads the valid rows, keeps every bad one in the
// `quarantine` table and writes them to a CSV file the user can open.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TABLES, createTableSql, type ColumnDef, type Row, type TableDef, type AliasConversion } from './schema.js';
import { inspectCsv, InputFileError, recordStartLines, type FileEncoding } from './input-file.js';
import type { DuckDbEngine, SqlEngine } from './engine.js';

export type LoadMode = 'strict' | 'lenient';

export type LoadIssueCode =
  | 'MISSING_FILE' | 'EMPTY_FILE' | 'HEADER_ONLY' | 'NO_HEADER' | 'UNDECODABLE' | 'UNREADABLE' | 'MISSING_COLUMN' | 'DUPLICATE_COLUMN'
  | 'UNPARSABLE_ROW' | 'REQUIRED_EMPTY' | 'BAD_INTEGER' | 'BAD_AMOUNT' | 'BAD_DATE' | 'DATE_RANGE' | 'BAD_CODE' | 'NEGATIVE'
  | 'INCONSISTENT' | 'DUPLICATE_KEY' | 'DANGLING_REFERENCE'
  | 'ENCODING' | 'UNUSED_COLUMN';

export interface LoadIssue {
  table: string;
  file: string;
  /** Line in the file, the header line being line 1 (Parquet: the row number); null for the whole file. */
  line: number | null;
  /** The column as the file names it; null for a whole row or file. */
  column: string | null;
  code: LoadIssueCode;
  reason: string;
}

export interface TableLoadSummary {
  table: string;
  file: string | null;
  encoding: FileEncoding | 'parquet' | null;
  rowsRead: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  /** Schema columns the file carries (under their own name or an alias). */
  columns: string[];
}

export interface LoadReport {
  mode: LoadMode;
  tables: TableLoadSummary[];
  /** Problems (at most `maxIssues`); in strict mode any problem stopped the load. */
  issues: LoadIssue[];
  /** How many problems there were in all. */
  problemCount: number;
  /** Information that does not stop a load: the encoding a file was decoded with, an optional table with a header only, columns not used. */
  notices: LoadIssue[];
  /** Rows kept out of the tables (lenient mode). */
  quarantined: number;
  /** The CSV file the quarantined rows were written to (lenient mode), or null. */
  quarantineFile: string | null;
  /** Visits and items named by quarantined fee lines: hits on them may be affected. */
  quarantinedRefs: { mdtrtIds: string[]; items: string[] };
}

/** A strict load found problems: nothing was loaded. */
export class DataLoadError extends Error {
  readonly code = 'INVALID_DATA';
  constructor(readonly report: LoadReport) {
    const first = report.issues[0];
    super(first ? `数据校验未通过（共 ${report.problemCount} 处问题），未装载任何数据。首个问题：${formatIssue(first)}` : '数据校验未通过，未装载任何数据');
    this.name = 'DataLoadError';
  }
}

/** "fee.csv 第 5 行 列 cnt：数量 类型错误（应为整数）：1.5" */
export function formatIssue(i: LoadIssue): string {
  return `${i.file}${i.line === null ? '' : ` 第 ${i.line} 行`}${i.column ? ` 列 ${i.column}` : ''}：${i.reason}`;
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const PROFILE = process.env.YIBAO_LOAD_PROFILE === '1';
let mark = performance.now();
const phase = (what: string): void => {
  if (!PROFILE) return;
  const now = performance.now();
  process.stderr.write(`${((now - mark) / 1000).toFixed(2)}s ${what}\n`);
  mark = now;
};
const ident = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export function findTableFile(dir: string, table: string): string | null {
  for (const ext of ['parquet', 'csv']) {
    const p = join(dir, `${table}.${ext}`);
    if (existsSync(p)) return p;
  }
  return null;
}

/** Creates the empty base tables (both engines), dropping earlier ones. */
export async function createBaseTables(engine: SqlEngine): Promise<void> {
  await engine.exec('DROP TABLE IF EXISTS fee_span'); // derived from fee: rebuilt by buildFeeSpan
  for (const t of TABLES) {
    await engine.exec(`DROP TABLE IF EXISTS ${t.name}`);
    await engine.exec(createTableSql(t));
  }
}

/**
 * The first and last fee date, the net total of the lines and the amount in the policy
 * scope (符合政策范围, what the fund's share is computed on) of every visit (`fee_span`),
 * kept with the loaded data: a daily increment reads only the fee lines of the visits that
 * can give a hit on or after its date, in the date range where they lie; the rule on
 * settlements without lines compares the total with the settlement's. Rebuild it whenever
 * `fee` changes (runPrep builds it when it is missing).
 */
export async function buildFeeSpan(engine: SqlEngine): Promise<void> {
  await engine.exec('DROP TABLE IF EXISTS fee_span');
  await engine.exec(
    `CREATE TABLE fee_span AS SELECT mdtrt_id, MIN(fee_date) AS min_fee_date, MAX(fee_date) AS max_fee_date,
       CAST(SUM(det_item_fee_sumamt_fen) AS BIGINT) AS lines_fen,
       CAST(SUM(COALESCE(inscp_scp_amt_fen, det_item_fee_sumamt_fen - fulamt_ownpay_amt_fen - COALESCE(overlmt_amt_fen, 0) - COALESCE(preselfpay_amt_fen, 0))) AS BIGINT) AS inscp_fen
     FROM fee GROUP BY mdtrt_id`,
  );
}

export interface LoadOptions {
  mode?: LoadMode;
  /** Problems listed in the report (the count covers all). Default 200. */
  maxIssues?: number;
  /** Lenient mode: where to write the quarantined rows (CSV, UTF-8 with BOM so that Excel opens it). */
  quarantineFile?: string;
}

/** A schema column as a file carries it. */
interface Mapped {
  col: ColumnDef;
  /** Name in the file. */
  name: string;
  conversion: AliasConversion;
  /** Type DuckDB read it as (CSV: what we asked for; Parquet: the file's). */
  stageType: string;
}

/** The type a CSV column is read as: numbers as DOUBLE (then checked to be whole), dates as DATE or TIMESTAMP, text as VARCHAR. */
function csvReadType(m: { col: ColumnDef; conversion: AliasConversion }): string {
  if (m.conversion === 'yuan') return 'DOUBLE';
  if (m.conversion === 'datetime') return 'TIMESTAMP';
  if (m.col.type === 'INTEGER' || m.col.type === 'BIGINT') return 'DOUBLE';
  if (m.col.type === 'DATE') return 'DATE';
  return 'VARCHAR';
}

const isTextType = (t: string): boolean => t === 'VARCHAR' || t.startsWith('VARCHAR');
const isFloatType = (t: string): boolean => /FLOAT|DOUBLE|DECIMAL|REAL/.test(t);

/** The column's value, typed, from the stage row (NULL when blank). Only meaningful on rows that passed the checks. */
function typedExpr(m: Mapped | undefined, col: ColumnDef, alias = ''): string {
  if (!m) return `CAST(NULL AS ${col.type})`;
  const v = alias + ident(m.name);
  if (m.conversion === 'yuan') return `CAST(round(${v} * 100) AS BIGINT)`;
  if (m.conversion === 'datetime') return isTextType(m.stageType) ? `CAST(TRY_CAST(NULLIF(trim(${v}), '') AS TIMESTAMP) AS DATE)` : `CAST(${v} AS DATE)`;
  if (isTextType(m.stageType)) {
    if (col.type === 'VARCHAR') return `NULLIF(trim(${v}), '')`;
    return `TRY_CAST(NULLIF(trim(${v}), '') AS ${col.type})`;
  }
  if (col.type === 'VARCHAR') return `CAST(${v} AS VARCHAR)`;
  if (isFloatType(m.stageType) && col.type !== 'DATE') return `CAST(${v} AS ${col.type})`;
  return `TRY_CAST(${v} AS ${col.type})`;
}

interface Check {
  column: string | null;
  code: LoadIssueCode;
  message: string;
  cond: string;
}

function columnChecks(m: Mapped): Check[] {
  const v = ident(m.name);
  const label = `${m.col.label}（${m.col.name}）`;
  const checks: Check[] = [];
  const text = isTextType(m.stageType);
  const blank = text ? `(${v} IS NULL OR trim(${v}) = '')` : `(${v} IS NULL)`;
  const present = `NOT ${blank}`;
  const add = (code: LoadIssueCode, message: string, cond: string): void => {
    checks.push({ column: m.name, code, message, cond });
  };
  if (m.col.required) add('REQUIRED_EMPTY', `必填字段为空：${label}`, blank);
  if (m.conversion === 'yuan') {
    if (text) add('BAD_AMOUNT', `金额格式错误（应为元，至多两位小数）：${label}`, `${present} AND NOT regexp_full_match(trim(${v}), '-?[0-9]{1,15}(\\.[0-9]{1,2})?')`);
    else add('BAD_AMOUNT', `金额精度超过分（应为元，至多两位小数）：${label}`, `${present} AND (abs(${v} * 100 - round(${v} * 100)) > 0.000001 OR abs(${v}) > 1e13)`);
  } else if (m.col.type === 'INTEGER' || m.col.type === 'BIGINT') {
    const max = m.col.type === 'INTEGER' ? '2147483647' : '9007199254740991';
    if (text) add('BAD_INTEGER', `类型错误（应为整数）：${label}`, `${present} AND NOT regexp_full_match(trim(${v}), '-?[0-9]{1,${m.col.type === 'INTEGER' ? 9 : 15}}')`);
    else if (isFloatType(m.stageType)) add('BAD_INTEGER', `类型错误（应为整数）：${label}`, `${present} AND (${v} <> trunc(${v}) OR abs(${v}) > ${max})`);
  }
  if (m.col.type === 'DATE') {
    const d = typedExpr(m, m.col);
    if (text || m.conversion === 'datetime') add('BAD_DATE', `日期无效：${label}`, `${present} AND ${d} IS NULL`);
    add('DATE_RANGE', `日期不合理（早于1900年或晚于2100年）：${label}`, `${d} IS NOT NULL AND (year(${d}) < 1900 OR year(${d}) > 2100)`);
  }
  if (m.col.codes) add('BAD_CODE', `代码不在取值范围（${m.col.codes.join('/')}）内：${label}`, `${present} AND ${typedExpr(m, m.col)} NOT IN (${m.col.codes.map(sqlString).join(', ')})`);
  if (m.col.nonNegative) add('NEGATIVE', `不能为负数：${label}`, `${typedExpr(m, m.col)} < 0`);
  return checks;
}

function tableChecks(t: TableDef, T: (name: string) => string): Check[] {
  const rowCheck = (column: string | null, code: LoadIssueCode, message: string, cond: string): Check => ({ column, code, message, cond });
  switch (t.name) {
    case 'psn':
      return [rowCheck('death_date', 'INCONSISTENT', '死亡日期早于出生日期', `${T('death_date')} < ${T('brdy')}`)];
    case 'setl':
      return [
        rowCheck('dscg_date', 'INCONSISTENT', '出院日期早于入院日期', `${T('dscg_date')} < ${T('adm_date')}`),
        rowCheck('fund_pay_fen', 'INCONSISTENT', '基金支付与个人账户支付之和大于医疗费总额', `${T('fund_pay_fen')} + COALESCE(${T('acct_pay_fen')}, 0) > ${T('medfee_sumamt_fen')}`),
      ];
    case 'fee':
      return [
        rowCheck('cnt', 'INCONSISTENT', '数量为负且不是冲销行（无原费用流水号）', `${T('cnt')} < 0 AND ${T('init_feedetl_sn')} IS NULL`),
        rowCheck('cnt', 'INCONSISTENT', '冲销行（有原费用流水号）数量应为负', `${T('cnt')} > 0 AND ${T('init_feedetl_sn')} IS NOT NULL`),
        rowCheck('det_item_fee_sumamt_fen', 'INCONSISTENT', '明细金额不等于数量×单价', `CAST(${T('cnt')} AS BIGINT) * ${T('pric_fen')} <> ${T('det_item_fee_sumamt_fen')}`),
        rowCheck('fulamt_ownpay_amt_fen', 'INCONSISTENT', '全自费金额超过明细金额或与之符号相反',
          `abs(${T('fulamt_ownpay_amt_fen')}) > abs(${T('det_item_fee_sumamt_fen')}) OR ${T('fulamt_ownpay_amt_fen')} * ${T('det_item_fee_sumamt_fen')} < 0`),
      ];
    case 'price_cap':
      return [rowCheck('end_date', 'INCONSISTENT', '结束日期早于开始日期', `${T('end_date')} < ${T('begn_date')}`)];
    case 'psn_opsp':
    case 'refl':
      return [rowCheck('enddate', 'INCONSISTENT', '结束日期早于开始日期', `${T('enddate')} < ${T('begndate')}`)];
    default:
      return [];
  }
}

const REJECT_CODES: Record<string, LoadIssueCode> = { CAST: 'BAD_DATE', 'MISSING COLUMNS': 'UNPARSABLE_ROW', 'TOO MANY COLUMNS': 'UNPARSABLE_ROW', 'UNQUOTED VALUE': 'UNPARSABLE_ROW', 'LINE SIZE OVER MAXIMUM': 'UNPARSABLE_ROW', 'INVALID ENCODING': 'UNDECODABLE' };

/** Chinese reason of a row DuckDB could not parse. */
function rejectReason(type: string, column: string | null, mapped: Map<string, Mapped>, message: string): { code: LoadIssueCode; reason: string } {
  const m = column ? mapped.get(column) : undefined;
  const label = m ? `${m.col.label}（${m.col.name}）` : column ?? '';
  if (type === 'CAST') {
    const value = /Could not convert string "([^"]*)"/.exec(message)?.[1];
    const what = m?.conversion === 'yuan' ? '金额（元）' : m?.col.type === 'DATE' ? '日期' : '数字';
    return { code: m?.col.type === 'DATE' ? 'BAD_DATE' : m?.conversion === 'yuan' ? 'BAD_AMOUNT' : 'BAD_INTEGER', reason: `不是有效的${what}：${label}${value === undefined ? '' : `，值为“${value}”`}` };
  }
  if (type === 'MISSING COLUMNS') return { code: 'UNPARSABLE_ROW', reason: `字段数少于表头（${message.replace(/^Expected Number of Columns: (\d+) Found: (\d+)$/, '应为 $1 个，实为 $2 个')}）` };
  if (type === 'TOO MANY COLUMNS') return { code: 'UNPARSABLE_ROW', reason: `字段数多于表头（${message.replace(/^Expected Number of Columns: (\d+) Found: (\d+)$/, '应为 $1 个，实为 $2 个')}）` };
  if (type === 'UNQUOTED VALUE') return { code: 'UNPARSABLE_ROW', reason: '引号不配对，无法解析该行' };
  if (type === 'LINE SIZE OVER MAXIMUM') return { code: 'UNPARSABLE_ROW', reason: '该行过长，无法解析' };
  return { code: REJECT_CODES[type] ?? 'UNPARSABLE_ROW', reason: `无法解析该行（${type}）` };
}

/** What a load has already built (fee_span, by the fast path of fee). */
interface LoadState {
  feeSpan: boolean;
}

interface RowProblem {
  /** Stage rowid, or null for a row DuckDB rejected. */
  rowid: number | null;
  line: number | null;
  column: string | null;
  code: LoadIssueCode;
  reason: string;
  raw: string | null;
}

/**
 * Loads DIR/<table>.parquet or DIR/<table>.csv into DuckDB. Strict mode (the default)
 * throws DataLoadError at the first table with a problem and leaves every table empty;
 * lenient mode quarantines bad rows (table `quarantine`, and `quarantineFile`).
 */
export async function loadDataset(duck: DuckDbEngine, dir: string, opts: LoadOptions = {}): Promise<LoadReport> {
  const mode = opts.mode ?? 'strict';
  const maxIssues = opts.maxIssues ?? 200;
  if (!existsSync(dir)) throw new Error(`数据目录不存在（data directory not found）: ${dir}`);
  const report: LoadReport = { mode, tables: [], issues: [], problemCount: 0, notices: [], quarantined: 0, quarantineFile: null, quarantinedRefs: { mdtrtIds: [], items: [] } };
  await createBaseTables(duck);
  await duck.exec('DROP TABLE IF EXISTS quarantine');
  await duck.exec('CREATE TABLE quarantine (table_name VARCHAR, file VARCHAR, line BIGINT, column_name VARCHAR, code VARCHAR, reason VARCHAR, raw VARCHAR)');
  const work = mkdtempSync(join(tmpdir(), 'yibao-load-'));
  const state: LoadState = { feeSpan: false };
  const quarantinedRows: (RowProblem & { table: string; file: string })[] = [];
  const problem = (i: LoadIssue): void => {
    report.problemCount++;
    if (report.issues.length < maxIssues) report.issues.push(i);
  };
  const fail = async (): Promise<never> => {
    await createBaseTables(duck); // nothing stays loaded
    await duck.exec('DELETE FROM quarantine');
    throw new DataLoadError(report);
  };
  try {
    for (const t of TABLES) {
      const file = findTableFile(dir, t.name);
      if (!file) {
        if (t.requiredTable) problem({ table: t.name, file: join(dir, `${t.name}.csv`), line: null, column: null, code: 'MISSING_FILE', reason: `缺少数据文件（${t.label}：${t.name}.csv 或 ${t.name}.parquet）` });
        report.tables.push({ table: t.name, file: null, encoding: null, rowsRead: 0, rowsLoaded: 0, rowsQuarantined: 0, columns: [] });
        if (report.problemCount && mode === 'strict') await fail();
        continue;
      }
      const abs = resolve(file);
      const summary = await loadTable(duck, t, abs, work, mode, report, problem, quarantinedRows, state);
      report.tables.push(summary);
      if (report.problemCount && mode === 'strict') await fail();
    }
  } finally {
    await duck.exec('SET preserve_insertion_order = false').catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
  phase('tables');
  if (!state.feeSpan) await buildFeeSpan(duck);
  phase('fee_span');
  if (mode === 'lenient') {
    report.quarantined = quarantinedRows.length;
    const refs = { mdtrtIds: new Set<string>(), items: new Set<string>() };
    for (const q of quarantinedRows) {
      if (q.table !== 'fee' || !q.raw) continue;
      for (const v of q.raw.split(',')) {
        const s = v.trim().replace(/^"|"$/g, '');
        if (s) refs.mdtrtIds.add(s);
      }
    }
    // keep only values that are visits or items: the raw line's fields are not labelled
    if (refs.mdtrtIds.size) {
      const vals = [...refs.mdtrtIds].slice(0, 5000).map((x) => `(${sqlString(x)})`).join(',');
      await duck.exec(`CREATE OR REPLACE TEMP TABLE q_vals(v VARCHAR)`);
      await duck.exec(`INSERT INTO q_vals VALUES ${vals}`);
      report.quarantinedRefs.mdtrtIds = (await duck.query('SELECT DISTINCT v FROM q_vals JOIN setl ON setl.mdtrt_id = q_vals.v ORDER BY v')).map((r) => String(r.v));
      report.quarantinedRefs.items = (await duck.query('SELECT DISTINCT v FROM q_vals JOIN item ON item.med_list_codg = q_vals.v ORDER BY v')).map((r) => String(r.v));
      await duck.exec('DROP TABLE q_vals');
    }
    if (quarantinedRows.length && opts.quarantineFile) {
      report.quarantineFile = resolve(opts.quarantineFile);
      writeQuarantineCsv(report.quarantineFile, quarantinedRows);
    }
  }
  return report;
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeQuarantineCsv(path: string, rows: (RowProblem & { table: string; file: string })[]): void {
  const header = ['表名', '文件', '行号（表头为第1行）', '列', '问题代码', '问题', '原始内容'];
  const body = rows.map((r) => [r.table, r.file, r.line, r.column, r.code, r.reason, r.raw].map(csvCell).join(','));
  writeFileSync(path, '\uFEFF' + [header.join(','), ...body].join('\r\n') + '\r\n', 'utf8');
}

async function loadTable(
  duck: DuckDbEngine, t: TableDef, abs: string, work: string, mode: LoadMode, report: LoadReport,
  problem: (i: LoadIssue) => void, quarantinedRows: (RowProblem & { table: string; file: string })[], state: LoadState,
): Promise<TableLoadSummary> {
  const isCsv = abs.toLowerCase().endsWith('.csv');
  const stage = `stg_${t.name}`;
  const fileIssue = (code: LoadIssueCode, reason: string, line: number | null = null, column: string | null = null): LoadIssue => ({ table: t.name, file: abs, line, column, code, reason });
  const empty: TableLoadSummary = { table: t.name, file: abs, encoding: null, rowsRead: 0, rowsLoaded: 0, rowsQuarantined: 0, columns: [] };
  await duck.exec(`DROP TABLE IF EXISTS ${stage}`);
  let header: string[];
  let encoding: FileEncoding | 'parquet';
  let readPath = abs;
  let hasQuotes = false;
  let stageTypes: Map<string, string>;
  const rejects: RowProblem[] = [];

  if (isCsv) {
    let info;
    try {
      phase(`start ${t.name}`);
    info = inspectCsv(abs, work);
    phase(`inspect ${t.name}`);
    } catch (err) {
      if (err instanceof InputFileError) {
        problem(fileIssue(err.code, err.message, err.line));
        return empty;
      }
      problem(fileIssue('UNREADABLE', `无法读取文件：${err instanceof Error ? err.message : String(err)}`));
      return empty;
    }
    header = info.header;
    encoding = info.encoding;
    readPath = info.readPath;
    hasQuotes = info.hasQuotes;
    if (encoding === 'gb18030') report.notices.push(fileIssue('ENCODING', '文件不是 UTF-8，已按 GB18030（GBK）解码'));
    if (encoding === 'utf-16le' || encoding === 'utf-16be') report.notices.push(fileIssue('ENCODING', `文件为 ${encoding.toUpperCase()}，已转换为 UTF-8 读取`));
    if (!info.hasDataLine) {
      if (t.requiredTable) problem(fileIssue('HEADER_ONLY', `只有表头，没有数据行（${t.label}不能为空）`, 1));
      else report.notices.push(fileIssue('HEADER_ONLY', `只有表头，没有数据行（${t.label}为空）`, 1));
      return { ...empty, encoding };
    }
  } else {
    encoding = 'parquet';
    try {
      const desc = await duck.query(`DESCRIBE SELECT * FROM read_parquet(${sqlString(abs)})`);
      header = desc.map((d) => String(d.column_name));
    } catch (err) {
      problem(fileIssue('UNREADABLE', `不是可读的 Parquet 文件：${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`));
      return empty;
    }
  }

  // Map schema columns to the file's columns (own name first, then aliases).
  const mapped = new Map<string, Mapped>(); // by file column name
  const bySchema = new Map<string, Mapped>();
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    if (seen.has(h)) problem(fileIssue('DUPLICATE_COLUMN', `表头中列名重复：${h}（第 ${seen.get(h)! + 1} 列和第 ${i + 1} 列）`, isCsv ? 1 : null, h));
    seen.set(h, i);
  });
  for (const col of t.columns) {
    const candidates = [{ name: col.name, conversion: 'same' as AliasConversion }, ...(col.aliases ?? [])].filter((a) => seen.has(a.name));
    if (candidates.length > 1) problem(fileIssue('DUPLICATE_COLUMN', `同一字段出现了两次：${candidates.map((a) => a.name).join(' 和 ')}（${col.label}）`, isCsv ? 1 : null, candidates[1]!.name));
    const pick = candidates[0];
    if (!pick) {
      if (col.required) problem(fileIssue('MISSING_COLUMN', `缺少必填列 ${col.name}（${col.label}）${col.aliases?.length ? `，也没有 ${col.aliases.map((a) => a.name).join('、')}` : ''}`, isCsv ? 1 : null, col.name));
      continue;
    }
    const m: Mapped = { col, name: pick.name, conversion: pick.conversion, stageType: 'VARCHAR' };
    mapped.set(pick.name, m);
    bySchema.set(col.name, m);
  }
  const unused = header.filter((h) => !mapped.has(h));
  if (unused.length) report.notices.push(fileIssue('UNUSED_COLUMN', `以下列不是${t.label}的字段，未读取：${unused.join('、')}`, isCsv ? 1 : null));
  if (report.problemCount && mode === 'strict') return { ...empty, encoding };
  if ([...t.columns].some((col) => col.required && !bySchema.has(col.name))) {
    // lenient: a table without a required column cannot be loaded at all
    return { ...empty, encoding, columns: [...bySchema.keys()] };
  }

  // How the file is read: CSV columns typed as csvReadType says, Parquet as the file has them.
  if (isCsv) for (const m of mapped.values()) m.stageType = csvReadType(m);
  else {
    const desc = await duck.query(`DESCRIBE SELECT * FROM read_parquet(${sqlString(abs)})`);
    const types = new Map(desc.map((d) => [String(d.column_name), String(d.column_type)]));
    for (const m of mapped.values()) m.stageType = types.get(m.name) ?? 'VARCHAR';
  }
  const csvColumns = header.map((h) => `${sqlString(h)}: ${sqlString(mapped.get(h)?.stageType ?? 'VARCHAR')}`).join(', ');
  const source = (rejects: boolean): string =>
    isCsv
      ? `read_csv(${sqlString(readPath)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${csvColumns}}` +
        (rejects ? `, store_rejects = true, rejects_table = 'rej_${t.name}', rejects_scan = 'rejscan_${t.name}')` : ')')
      : `read_parquet(${sqlString(abs)})`;
  const T0 = (name: string, alias = ''): string => {
    const col = t.columns.find((x) => x.name === name);
    if (!col) throw new Error(`unknown column ${name}`);
    return typedExpr(bySchema.get(name), col, alias);
  };
  /** Checks of a row; `guarded`: a consistency check only where every column is valid on its own (so that one wrong value is reported once). */
  const rowChecks = (guarded: boolean): Check[] => {
    const out: Check[] = [];
    for (const m of bySchema.values()) out.push(...columnChecks(m));
    const columnsValid = guarded && out.length ? `NOT (${out.map((k) => `COALESCE((${k.cond}), false)`).join(' OR ')}) AND ` : '';
    for (const chk of tableChecks(t, (n) => T0(n))) {
      out.push({ ...chk, cond: `${columnsValid}(${chk.cond})`, column: chk.column ? bySchema.get(chk.column)?.name ?? chk.column : null });
    }
    return out;
  };

  // Strict mode, clean data (the usual case): check while streaming the file, then load it
  // straight into the table and check keys and references there. Only when something is
  // wrong is the file staged with line numbers to say where (below).
  if (mode === 'strict') {
    const fast = await fastLoad(duck, t, source, rowChecks(false), T0, bySchema, state);
    phase(`fast ${t.name}`);
    if (fast.ok) return { table: t.name, file: abs, encoding, rowsRead: fast.rows, rowsLoaded: fast.rows, rowsQuarantined: 0, columns: [...bySchema.keys()] };
    await duck.exec(`DELETE FROM ${t.name}`);
  }

  // Stage the rows with their order (stage rowid = record order, for line numbers).
  await duck.exec('SET preserve_insertion_order = true');
  if (isCsv) {
    await duck.exec(`DROP TABLE IF EXISTS rej_${t.name}`);
    await duck.exec(`DROP TABLE IF EXISTS rejscan_${t.name}`);
    await duck.exec(`CREATE TEMP TABLE ${stage} AS SELECT * FROM ${source(true)}`);
    phase(`stage ${t.name}`);
    const rj = await duck.query(`SELECT line, column_name, error_type, error_message, csv_line FROM rej_${t.name} ORDER BY line, column_idx`);
    const shortLines = new Set<number>();
    for (const r of rj) {
      const col = r.column_name === null ? null : String(r.column_name);
      // a short line is reported once per missing column: keep the first, naming where it stops
      if (r.error_type === 'MISSING COLUMNS') {
        if (shortLines.has(Number(r.line))) continue;
        shortLines.add(Number(r.line));
      }
      const { code, reason } = rejectReason(String(r.error_type), col, mapped, String(r.error_message));
      rejects.push({ rowid: null, line: Number(r.line), column: col, code, reason: r.error_type === 'MISSING COLUMNS' && col ? `${reason}，自 ${col} 起缺失` : reason, raw: r.csv_line === null ? null : String(r.csv_line) });
    }
    await duck.exec(`DROP TABLE IF EXISTS rej_${t.name}`);
    await duck.exec(`DROP TABLE IF EXISTS rejscan_${t.name}`);
    stageTypes = new Map([...mapped.values()].map((m) => [m.name, m.stageType]));
  } else {
    await duck.exec(`CREATE TEMP TABLE ${stage} AS SELECT * FROM ${source(false)}`);
    stageTypes = new Map([...mapped.values()].map((m) => [m.name, m.stageType]));
  }
  await duck.exec('SET preserve_insertion_order = false');
  const rowsRead = Number((await duck.query(`SELECT count(*) AS n FROM ${stage}`))[0]!.n) + new Set(rejects.map((r) => r.line)).size;
  if (!isCsv && rowsRead === 0) {
    if (t.requiredTable) problem(fileIssue('HEADER_ONLY', `Parquet 文件没有数据行（${t.label}不能为空）`));
    else report.notices.push(fileIssue('HEADER_ONLY', `Parquet 文件没有数据行（${t.label}为空）`));
    await duck.exec(`DROP TABLE ${stage}`);
    return { ...empty, encoding, columns: [...bySchema.keys()] };
  }
  if (rejects.length && mode === 'strict') {
    for (const r of rejects) problem(fileIssue(r.code, r.reason, r.line, r.column));
    await duck.exec(`DROP TABLE ${stage}`);
    return { ...empty, encoding, rowsRead, columns: [...bySchema.keys()] };
  }

  // Row checks: one pass, problems built only for the failing rows.
  const T = (name: string, alias = ''): string => {
    const col = t.columns.find((x) => x.name === name);
    if (!col) throw new Error(`unknown column ${name}`);
    return typedExpr(bySchema.get(name), col, alias);
  };
  const checks = rowChecks(true);
  const problems: RowProblem[] = [];
  const rawExpr = `concat_ws(',', ${header.map((h) => `COALESCE(CAST(${ident(h)} AS VARCHAR), '')`).join(', ')})`;
  if (checks.length) {
    const conds = checks.map((k) => `COALESCE((${k.cond}), false)`);
    const list = checks.map((k, i) => `CASE WHEN ${conds[i]} THEN ${sqlString(`${k.column ?? ''}\u001f${k.code}\u001f${k.message}`)} END`).join(', ');
    const rows = await duck.query(
      `SELECT rowid AS r, array_to_string(list_filter([${list}], x -> x IS NOT NULL), '\u001e') AS p, ${rawExpr} AS raw FROM ${stage} WHERE ${conds.join(' OR ')} ORDER BY rowid`,
    );
    for (const row of rows) {
      for (const it of String(row.p ?? '').split('\u001e').filter(Boolean)) {
        const [column, code, message] = String(it).split('\u001f');
        const m = column ? mapped.get(column) : undefined;
        problems.push({ rowid: Number(row.r), line: null, column: column || null, code: code as LoadIssueCode, reason: m && code === 'BAD_CODE' ? message! : message!, raw: String(row.raw) });
      }
    }
  }
  phase(`checks ${t.name}`);
  // Duplicate keys among the rows without other problems: the first stays, the later ones are problems.
  const keyExprs = t.key.map((k) => T(k));
  const badIds = new Set(problems.map((p) => p.rowid));
  await duck.exec(`DROP TABLE IF EXISTS bad_${t.name}`);
  await duck.exec(`CREATE TEMP TABLE bad_${t.name} (r BIGINT)`);
  const insertBad = async (ids: number[]): Promise<void> => {
    for (let i = 0; i < ids.length; i += 1000) await duck.exec(`INSERT INTO bad_${t.name} VALUES ${ids.slice(i, i + 1000).map((x) => `(${x})`).join(',')}`);
  };
  await insertBad([...badIds].filter((x): x is number => x !== null));
  const okFilter = badIds.size ? `rowid NOT IN (SELECT r FROM bad_${t.name})` : 'true';
  const dups = await duck.query(
    `WITH k AS (SELECT rowid AS r, ${keyExprs.map((e, i) => `${e} AS k${i}`).join(', ')} FROM ${stage} WHERE ${okFilter}),
     d AS (SELECT ${keyExprs.map((_e, i) => `k${i}`).join(', ')}, MIN(r) AS first_r FROM k GROUP BY ${keyExprs.map((_e, i) => `k${i}`).join(', ')} HAVING COUNT(*) > 1)
     SELECT k.r, d.first_r, ${t.key.map((_k, i) => `CAST(k.k${i} AS VARCHAR) AS v${i}`).join(', ')}, ${rawExpr.replace(/"([^"]+)"/g, 's."$1"')} AS raw
     FROM k JOIN d USING (${keyExprs.map((_e, i) => `k${i}`).join(', ')}) JOIN ${stage} s ON s.rowid = k.r WHERE k.r > d.first_r ORDER BY k.r`,
  );
  const firstRows: number[] = [];
  for (const d of dups) {
    problems.push({
      rowid: Number(d.r), line: null, column: bySchema.get(t.key[0]!)?.name ?? t.key[0]!, code: 'DUPLICATE_KEY',
      reason: `主键重复（${t.key.map((k, i) => `${k}=${String(d[`v${i}`])}`).join('，')}），首次出现于第 {{row:${Number(d.first_r)}}} 行`, raw: String(d.raw),
    });
    firstRows.push(Number(d.first_r));
  }
  await insertBad(dups.map((d) => Number(d.r)));
  phase(`duplicates ${t.name}`);
  // References to rows of the parent tables that were loaded.
  const refs = t.references ?? [];
  if (refs.length) {
    const anyBad = badIds.size > 0 || dups.length > 0;
    for (const ref of refs) {
      const m = bySchema.get(ref.column);
      if (!m) continue;
      const v = T(ref.column, 's.');
      const dangling = await duck.query(
        `SELECT s.rowid AS r, ${v} AS v, ${rawExpr.replace(/"([^"]+)"/g, 's."$1"')} AS raw FROM ${stage} s
         WHERE ${v} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${ref.table} p WHERE p.${ref.parentColumn} = ${v})
         ${anyBad ? `AND s.rowid NOT IN (SELECT r FROM bad_${t.name})` : ''} ORDER BY s.rowid`,
      );
      for (const d of dangling) {
        problems.push({ rowid: Number(d.r), line: null, column: m.name, code: 'DANGLING_REFERENCE', reason: `引用不存在：${m.col.label}（${ref.column}）= ${String(d.v)}，在${TABLE_LABEL(ref.table)}中没有`, raw: String(d.raw) });
      }
      await insertBad(dangling.map((d) => Number(d.r)));
    }
  }

  phase(`references ${t.name}`);
  // Line numbers of the problem rows (the header is line 1).
  const needLines = [...problems.map((p) => p.rowid!), ...firstRows];
  const lineOf = stageLines(isCsv, readPath, hasQuotes, rejects, needLines);
  for (const p of problems) {
    p.line = lineOf(p.rowid!);
    p.reason = p.reason.replace(/\{\{row:(\d+)\}\}/g, (_m, r: string) => String(lineOf(Number(r))));
  }
  const all = [...rejects, ...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (const p of all) problem(fileIssue(p.code, p.reason, p.line, p.column));
  const badRowCount = new Set(all.map((p) => (p.rowid === null ? `l${p.line}` : `r${p.rowid}`))).size;
  if (all.length && mode === 'strict') {
    await duck.exec(`DROP TABLE IF EXISTS bad_${t.name}`);
    await duck.exec(`DROP TABLE ${stage}`);
    return { ...empty, encoding, rowsRead, columns: [...bySchema.keys()] };
  }

  // Insert the valid rows, typed.
  const colsTyped = t.columns.map((col) => T(col.name)).join(', ');
  const anyBad = problems.length > 0;
  await duck.exec(`INSERT INTO ${t.name} SELECT ${colsTyped} FROM ${stage}${anyBad ? ` WHERE rowid NOT IN (SELECT r FROM bad_${t.name})` : ''}`);
  phase(`insert ${t.name}`);
  const loaded = Number((await duck.query(`SELECT count(*) AS n FROM ${t.name}`))[0]!.n);
  // Quarantine (lenient): one row per bad input row, all its problems joined.
  const byRow = new Map<string, RowProblem>();
  for (const p of all) {
    const k = p.rowid === null ? `l${p.line}` : `r${p.rowid}`;
    const prev = byRow.get(k);
    if (prev) {
      prev.reason = `${prev.reason}；${p.reason}`;
      prev.column = prev.column && p.column && prev.column !== p.column ? `${prev.column}、${p.column}` : prev.column ?? p.column;
    } else byRow.set(k, { ...p });
  }
  for (const p of byRow.values()) quarantinedRows.push({ ...p, table: t.name, file: abs });
  const values = [...byRow.values()];
  for (let i = 0; i < values.length; i += 500) {
    await duck.exec(
      `INSERT INTO quarantine VALUES ${values.slice(i, i + 500).map((p) => `(${sqlString(t.name)}, ${sqlString(abs)}, ${p.line ?? 'NULL'}, ${p.column ? sqlString(p.column) : 'NULL'}, ${sqlString(p.code)}, ${sqlString(p.reason)}, ${p.raw === null ? 'NULL' : sqlString(p.raw)})`).join(',')}`,
    );
  }
  await duck.exec(`DROP TABLE IF EXISTS bad_${t.name}`);
  await duck.exec(`DROP TABLE ${stage}`);
  return { table: t.name, file: abs, encoding, rowsRead, rowsLoaded: loaded, rowsQuarantined: badRowCount, columns: [...bySchema.keys()] };
}

const TABLE_LABEL = (name: string): string => TABLES.find((t) => t.name === name)?.label ?? name;

/**
 * Strict load of clean data in one pass over the file: the rows go straight into the table,
 * typed, with one more column (`__bad`) that says whether any row check failed on the row
 * as read (the checks see the values before they are typed: a quantity of 1.5 read as a
 * number is caught here, though the table's integer column would round it). Then one
 * columnar scan of that flag, duplicate keys and references on the table, and the flag
 * column is dropped. (Two passes, a checking scan then the insert, parsed the 1.15 GB
 * fee.csv twice: at 1M visits on a busy 2-core machine the whole strict CSV load took
 * 107 s of CPU that way against 90 s in one pass; checking inside the insert with error()
 * was slower still.)
 * A value DuckDB cannot parse stops the insert. ok = false when anything is wrong: the
 * caller empties the table and stages the file to name each problem's line.
 */
async function fastLoad(
  duck: DuckDbEngine, t: TableDef, source: (rejects: boolean) => string, checks: Check[], T: (name: string, alias?: string) => string,
  bySchema: Map<string, Mapped>, state: LoadState,
): Promise<{ ok: boolean; rows: number }> {
  const flag = checks.length ? checks.map((k) => `COALESCE((${k.cond}), false)`).join(' OR ') : null;
  if (flag) await duck.exec(`ALTER TABLE ${t.name} ADD COLUMN __bad BOOLEAN`);
  try {
    try {
      await duck.exec(`INSERT INTO ${t.name} SELECT ${t.columns.map((col) => T(col.name)).join(', ')}${flag ? `, ${flag}` : ''} FROM ${source(false)}`);
    } catch {
      return { ok: false, rows: 0 };
    }
    phase(`fast insert ${t.name}`);
    const counts = (await duck.query(`SELECT count(*) AS n, ${flag ? 'count(*) FILTER (WHERE __bad)' : '0'} AS bad FROM ${t.name}`))[0]!;
    phase(`fast check ${t.name}`);
    if (Number(counts.bad) > 0) return { ok: false, rows: 0 };
    if (!(await noDuplicateKeys(duck, t))) return { ok: false, rows: 0 };
    phase(`fast keys ${t.name}`);
    // fee_span (per visit of the fee lines) is built here for the loaded lines, and the
    // lines' visits are checked through it: 1M visits instead of 10M lines.
    if (t.name === 'fee') {
      await buildFeeSpan(duck);
      phase('fee_span');
    }
    for (const ref of t.references ?? []) {
      if (!bySchema.has(ref.column)) continue;
      const values = t.name === 'fee' && ref.column === 'mdtrt_id' ? 'fee_span' : t.name;
      const dangling = Number((await duck.query(
        `SELECT count(*) AS n FROM ${values} c WHERE c.${ref.column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${ref.table} p WHERE p.${ref.parentColumn} = c.${ref.column})`,
      ))[0]!.n);
      if (dangling > 0) return { ok: false, rows: 0 };
    }
    phase(`fast references ${t.name}`);
    if (t.name === 'fee') state.feeSpan = true;
    return { ok: true, rows: Number(counts.n) };
  } finally {
    if (flag) await duck.exec(`ALTER TABLE ${t.name} DROP COLUMN __bad`);
  }
}

/**
 * Whether the table's key is unique. Grouping 10M text keys is slow; grouping their 64-bit
 * hashes is not: when no two hashes are equal no two keys are, and only when some are equal
 * are the keys themselves compared.
 */
async function noDuplicateKeys(duck: DuckDbEngine, t: TableDef): Promise<boolean> {
  const keys = t.key.join(', ');
  const sameHash = Number((await duck.query(`SELECT count(*) AS n FROM (SELECT 1 FROM ${t.name} GROUP BY hash(${keys}) HAVING count(*) > 1) d`))[0]!.n);
  if (sameHash === 0) return true;
  return Number((await duck.query(`SELECT count(*) AS n FROM (SELECT 1 FROM ${t.name} GROUP BY ${keys} HAVING count(*) > 1) d`))[0]!.n) === 0;
}

/**
 * Line of a stage row: CSV lines count the header as line 1 and skip the rows DuckDB
 * rejected; a file with quotes may have records spanning lines, so its lines are counted
 * by reading it. Parquet rows are numbered from 1.
 */
function stageLines(isCsv: boolean, readPath: string, hasQuotes: boolean, rejects: RowProblem[], rowids: number[]): (rowid: number) => number {
  if (!isCsv) return (r) => r + 1;
  // record index of each stage rowid: rejected records come before it in file order
  const rejectedLines = [...new Set(rejects.map((r) => r.line!))].sort((a, b) => a - b);
  if (!hasQuotes) {
    const rejectedRecords = rejectedLines.map((l) => l - 2);
    const recordOf = (r: number): number => {
      let k = r;
      for (const j of rejectedRecords) if (j <= k) k++;
      return k;
    };
    return (r) => recordOf(r) + 2;
  }
  // Quotes: find the start line of every record up to the largest needed one.
  const maxRecord = Math.max(0, ...rowids) + rejectedLines.length;
  const starts = recordStartLines(readPath, maxRecord);
  const rejectedStarts = new Set(rejectedLines);
  const accepted: number[] = []; // line of each accepted record, in order
  for (let k = 0; k <= maxRecord; k++) {
    const line = starts[k]!;
    if (line === 0) break;
    if (!rejectedStarts.has(line)) accepted.push(line);
  }
  return (r) => accepted[r] ?? r + 2;
}

function literal(v: unknown, type: string): string {
  if (v === null || v === undefined || v === '') return 'NULL';
  if (type === 'INTEGER' || type === 'BIGINT') {
    const n = Number(v);
    if (!Number.isInteger(n)) throw new Error(`不是整数: ${String(v)}`);
    return String(n);
  }
  if (type === 'DATE') return `DATE ${sqlString(String(v))}`;
  return sqlString(String(v));
}

/** Inserts rows directly (no validation) into the base tables: for fixtures and small copies. */
export async function insertRows(engine: SqlEngine, tables: Partial<Record<string, Row[]>>, batch = 500): Promise<void> {
  for (const t of TABLES) {
    const rows = tables[t.name];
    if (!rows || rows.length === 0) continue;
    for (let i = 0; i < rows.length; i += batch) {
      const chunk = rows.slice(i, i + batch);
      const values = chunk.map((r) => `(${t.columns.map((col) => literal(r[col.name], col.type)).join(', ')})`).join(',\n');
      await engine.exec(`INSERT INTO ${t.name} (${t.columns.map((col) => col.name).join(', ')}) VALUES ${values}`);
    }
  }
}

/** Reads every base table from an engine as rows (small data only). */
export async function dumpRows(engine: SqlEngine): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const t of TABLES) {
    const cols = t.columns.map((col) => (col.type === 'DATE' ? `CAST(${col.name} AS VARCHAR) AS ${col.name}` : col.name)).join(', ');
    out[t.name] = (await engine.query(`SELECT ${cols} FROM ${t.name}`)) as Row[];
  }
  return out;
}

/**
 * Copies the validated base tables from DuckDB into PostgreSQL. Mode 'server-file'
 * writes CSV files the (local) server reads with COPY; 'insert' sends INSERT batches.
 */
export async function copyToPostgres(
  duck: DuckDbEngine,
  target: SqlEngine,
  opts: { mode: 'server-file' | 'insert'; tmpDir?: string },
): Promise<void> {
  await createBaseTables(target);
  if (opts.mode === 'insert') {
    await insertRows(target, await dumpRows(duck));
    await buildFeeSpan(target);
    return;
  }
  const dir = opts.tmpDir;
  if (!dir) throw new Error('server-file 模式需要 tmpDir');
  const { chmodSync } = await import('node:fs');
  chmodSync(dir, 0o755);
  for (const t of TABLES) {
    const path = join(dir, `${t.name}.csv`);
    await duck.exec(`COPY ${t.name} TO ${sqlString(path)} (FORMAT csv, HEADER true)`);
    chmodSync(path, 0o644);
    await target.exec(`COPY ${t.name} FROM ${sqlString(path)} WITH (FORMAT csv, HEADER true)`);
  }
  await buildFeeSpan(target);
}
