// Deterministic synthetic settlement data with known injected violations.
// Everything is generated inside DuckDB with SQL (hash(seed, tag, i) as the random
// source) and written as Parquet (or CSV), plus truth.csv: one row per expected hit
// (rule_id, hit_key) of every rule in the pack.
//
// Background data is built so that no rule fires on it: each person has at most four
// visits 85 days apart, inpatient stays only as the 1st or 3rd visit, prices exactly at
// the cap in force, restricted items never used, stock always covers sales. Each rule
// then gets its own slice of visits (slot = hash % 10000) where its violation is
// injected, so injections never overlap.
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDbEngine } from './engine.js';
import { createBaseTables, insertRows } from './load.js';
import { BACKGROUND_DIAGNOSES, BACKGROUND_PROCEDURES, buildReference, unitPriceFen } from './reference.js';
import { resolveParams, type RuleParams } from './rules.js';
import { TABLES, type Row } from './schema.js';

export interface SynthOptions {
  visits: number;
  seed: number;
  outDir: string;
  format?: 'parquet' | 'csv';
  /** Jurisdiction whose thresholds decide the injected gaps (default: 'default'). */
  jurisdiction?: string;
  /** Visits per 10,000 injected per rule (default 30, i.e. 0.3 %). */
  ratePer10k?: number;
  memoryLimit?: string;
  /** Generate in a DuckDB file instead of memory (memory is about a third faster; both spill to a temp dir). */
  onDisk?: boolean;
}

export interface SynthResult {
  visits: number;
  feeLines: number;
  persons: number;
  institutions: number;
  truthRows: number;
  truthByRule: Record<string, number>;
  seconds: number;
  outDir: string;
}

const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Columns of fee the generator writes, in its order. */
const FEE_COLUMNS = 'feedetl_sn, init_feedetl_sn, mdtrt_id, psn_no, fee_date, med_list_codg, cnt, pric_fen, det_item_fee_sumamt_fen, fulamt_ownpay_amt_fen, bilg_dept_codg, bilg_dr_codg, prd_days, bilg_dept_name, bilg_dr_name, rxno, hi_rxno';
const DEPTS: Record<string, string> = { D01: '内科', D02: '外科', D03: '儿科', D04: '妇产科', D05: '骨科', D06: '中医科', D07: '急诊科', D08: '眼科', D09: '康复科' };
const DEPT_NAME = (expr: string): string => `CASE ${expr} ${Object.entries(DEPTS).map(([k, v]) => `WHEN '${k}' THEN '${v}'`).join(' ')} END`;

/** Visits are sliced by a hash into 10,000 slots: rule r's injections go to slots [r·rate, (r+1)·rate), its near misses NEAR_MISS_BASE higher. */
const NEAR_MISS_BASE = 4800;

interface Ctx {
  seed: number;
  rate: number;
  nH: number;
  nP: number;
  params: RuleParams;
}

/** Injection SQL per rule id; `T` is the rule's target slice of background visits. */
function injections(c: Ctx): { rule: string; sql: string[] }[] {
  const out: { rule: string; sql: string[] }[] = [];
  let r = 0;
  const slice = (cond: string, nearMiss = false): string => {
    const base = (nearMiss ? NEAR_MISS_BASE : 0) + r * c.rate;
    if (r * c.rate + c.rate > NEAR_MISS_BASE) throw new Error(`注入比例过高：${c.rate}/万 × ${r + 1} 条规则超过 ${NEAR_MISS_BASE}/万`);
    return `(SELECT * FROM g_tv WHERE slot >= ${base} AND slot < ${base + c.rate} AND ${cond})`;
  };
  const H = (tag: string, x: string): string => `hash(${c.seed}, '${tag}', ${x})`;
  const add = (rule: string, ...sql: string[]): void => {
    out.push({ rule, sql });
    r++;
  };
  const hospital = "inst_type = '1'";
  /** Adds one line of `item` to each target visit; truth = its feedetl_sn unless a key is given. */
  const lineRule = (rule: string, item: string, cond: string, opts: { cnt?: string; date?: string; prd?: string; price?: string; ownpay?: string; key?: string; nearMiss?: { cond: string; cnt?: string; prd?: string; date?: string } } = {}): void => {
    const sn = `'J${r}-' || CAST(i AS VARCHAR)`;
    const ins = (src: string, o: { cnt?: string; date?: string; prd?: string }, snExpr: string): string =>
      `INSERT INTO g_line SELECT ${snExpr}, mdtrt_id, psn_no, ${o.date ?? 'adm_date'}, '${item}', ${o.cnt ?? '1'}, ${opts.price ?? 'NULL'}, ${o.prd ?? 'NULL'}, ${opts.ownpay ?? 'NULL'}, dept_code, NULL, NULL FROM ${src} t`;
    const sql = [ins(slice(cond), opts, sn), `INSERT INTO g_truth SELECT '${rule}', ${opts.key ?? sn} FROM ${slice(cond)} t`];
    if (opts.nearMiss) sql.push(ins(slice(opts.nearMiss.cond, true), opts.nearMiss, `'K${r}-' || CAST(i AS VARCHAR)`));
    add(rule, ...sql);
  };
  /** New visit rows for each target: columns of g_setl. */
  const newVisit = (
    src: string, id: string,
    fields: Partial<Record<'psn_no' | 'inst_code' | 'hosp_lv' | 'inst_type' | 'med_type' | 'adm_date' | 'dscg_date' | 'main_diag' | 'auto_lines', string>>,
  ): string =>
    `INSERT INTO g_setl (mdtrt_id, psn_no, inst_code, hosp_lv, inst_type, med_type, fund_type, adm_date, dscg_date, main_diag, oprn_code, dept_code, auto_lines) ` +
    `SELECT ${id}, ${fields.psn_no ?? 'psn_no'}, ${fields.inst_code ?? 'inst_code'}, ${fields.hosp_lv ?? 'hosp_lv'}, ${fields.inst_type ?? 'inst_type'}, ` +
    `${fields.med_type ?? 'med_type'}, '医疗', ${fields.adm_date ?? 'adm_date'}, ${fields.dscg_date ?? fields.adm_date ?? 'adm_date'}, ${fields.main_diag ?? 'main_diag'}, NULL, dept_code, ${fields.auto_lines ?? 'true'} FROM ${src} t`;
  /** A line (g_line columns) for each target. */
  const line = (src: string, sn: string, item: string, o: { mdtrt?: string; date?: string; cnt?: string; price?: string; prd?: string; ownpay?: string; rxno?: string; hiRxno?: string } = {}): string =>
    `INSERT INTO g_line SELECT ${sn}, ${o.mdtrt ?? 'mdtrt_id'}, psn_no, ${o.date ?? 'adm_date'}, ${item.startsWith("'") || item.includes('(') ? item : `'${item}'`}, ${o.cnt ?? '1'}, ${o.price ?? 'NULL'}, ${o.prd ?? 'NULL'}, ${o.ownpay ?? 'NULL'}, dept_code, ${o.rxno ?? 'NULL'}, ${o.hiRxno ?? 'NULL'} FROM ${src} t`;
  const id = (prefix: string): string => `'${prefix}${r}-' || CAST(i AS VARCHAR)`;
  const truth = (rule: string, key: string, src: string): string => `INSERT INTO g_truth SELECT '${rule}', ${key} FROM ${src} t`;
  const hospOf = (expr: string): string => `(SELECT code FROM g_inst WHERE hidx = (${expr}) % ${c.nH})`;
  const lvOf = (expr: string): string => `(SELECT lv FROM g_inst WHERE hidx = (${expr}) % ${c.nH})`;
  const interval = c.params.readmit_interval_days ?? 15;

  // --- 法定违规情形 ---
  add('split-admission',
    newVisit(slice("med_type = '21'"), `'MA${r}-' || CAST(i AS VARCHAR)`, { adm_date: `dscg_date + CAST(${H('gap', 'i')} % ${interval + 1} AS INTEGER)`, dscg_date: `dscg_date + CAST(${H('gap', 'i')} % ${interval + 1} AS INTEGER) + 2` }),
    `INSERT INTO g_truth SELECT 'split-admission', 'MA${r}-' || CAST(i AS VARCHAR) FROM ${slice("med_type = '21'")} t`,
    // near miss: one day beyond the interval
    newVisit(slice("med_type = '21'", true), `'MB${r}-' || CAST(i AS VARCHAR)`, { adm_date: `dscg_date + ${interval + 1}`, dscg_date: `dscg_date + ${interval + 3}` }),
  );
  add('idle-bed',
    `DELETE FROM fee WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21' AND stay >= 5")} t) AND regexp_matches(feedetl_sn, 'd[123]s[234]$')`,
    `INSERT INTO g_truth SELECT 'idle-bed', mdtrt_id FROM ${slice("med_type = '21' AND stay >= 5")} t`,
    // near miss: two idle days
    `DELETE FROM fee WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21' AND stay >= 5", true)} t) AND regexp_matches(feedetl_sn, 'd[12]s[234]$')`,
  );
  add('inpatient-elsewhere',
    // half of them at the hospital of the stay itself
    newVisit(slice("med_type = '21'"), `'MA${r}-' || CAST(i AS VARCHAR)`, { med_type: "'11'", inst_code: hospOf(`t.hidx + CAST(${H('ie', 'i')} % 2 AS INTEGER)`), hosp_lv: lvOf(`t.hidx + CAST(${H('ie', 'i')} % 2 AS INTEGER)`), inst_type: "'1'", adm_date: 'adm_date + 1' }),
    `INSERT INTO g_truth SELECT 'inpatient-elsewhere', 'MA${r}-' || CAST(i AS VARCHAR) FROM ${slice("med_type = '21'")} t`,
    newVisit(slice("med_type = '21'", true), `'MB${r}-' || CAST(i AS VARCHAR)`, { med_type: "'11'", inst_code: hospOf('t.hidx + 1'), hosp_lv: lvOf('t.hidx + 1'), inst_type: "'1'", adm_date: 'dscg_date' }),
  );
  lineRule('over-supply', 'RD-SUP', 'true', { prd: `8 + CAST(${H('prd', 'i')} % 20 AS INTEGER)`, nearMiss: { cond: 'true', prd: '7' } });
  add('repeat-prescribing',
    `INSERT INTO g_line SELECT 'J${r}-' || CAST(i AS VARCHAR), mdtrt_id, psn_no, adm_date, CASE WHEN right(d1, 1) = 'A' THEN left(d1, 4) || 'B' ELSE left(d1, 4) || 'A' END, 1, NULL, 5, NULL, dept_code, NULL, NULL FROM ${slice("med_type IN ('11', '41')")} t`,
    `INSERT INTO g_truth SELECT 'repeat-prescribing', mdtrt_id || ':' || CAST(adm_date AS VARCHAR) || ':G' || substr(d1, 2, 3) FROM ${slice("med_type IN ('11', '41')")} t`,
  );
  add('split-prescription',
    newVisit(slice("med_type = '11'"), `'MZ${r}-' || CAST(i AS VARCHAR)`, {}),
    `INSERT INTO g_truth SELECT 'split-prescription', 'MZ${r}-' || CAST(i AS VARCHAR) FROM ${slice("med_type = '11'")} t`,
  );
  lineRule('treatment-without-indication', 'RT-IND', `${hospital} AND main_diag NOT LIKE 'M54%'`, { nearMiss: { cond: `${hospital} AND main_diag LIKE 'M54%'` } });
  lineRule('exam-without-indication', 'RE-IND', `${hospital} AND main_diag NOT LIKE 'I10%'`, { nearMiss: { cond: `${hospital} AND main_diag LIKE 'I10%'` } });
  add('repeat-exam',
    `INSERT INTO g_line SELECT 'J${r}a-' || CAST(i AS VARCHAR), mdtrt_id, psn_no, adm_date, 'CT01', 1, NULL, NULL, NULL, dept_code, NULL, NULL FROM ${slice("med_type = '11' AND NOT has_ct")} t`,
    newVisit(slice("med_type = '11' AND NOT has_ct"), `'MA${r}-' || CAST(i AS VARCHAR)`, { adm_date: `adm_date + 1 + CAST(${H('rx', 'i')} % ${c.params.repeat_exam_days ?? 7} AS INTEGER)` }),
    `INSERT INTO g_line SELECT 'J${r}b-' || CAST(i AS VARCHAR), 'MA${r}-' || CAST(i AS VARCHAR), psn_no, adm_date + 1 + CAST(${H('rx', 'i')} % ${c.params.repeat_exam_days ?? 7} AS INTEGER), 'CT01', 1, NULL, NULL, NULL, dept_code, NULL, NULL FROM ${slice("med_type = '11' AND NOT has_ct")} t`,
    `INSERT INTO g_truth SELECT 'repeat-exam', 'J${r}b-' || CAST(i AS VARCHAR) FROM ${slice("med_type = '11' AND NOT has_ct")} t`,
    // near miss: one day beyond the window
    `INSERT INTO g_line SELECT 'K${r}a-' || CAST(i AS VARCHAR), mdtrt_id, psn_no, adm_date, 'CT01', 1, NULL, NULL, NULL, dept_code, NULL, NULL FROM ${slice("med_type = '11' AND NOT has_ct", true)} t`,
    newVisit(slice("med_type = '11' AND NOT has_ct", true), `'MB${r}-' || CAST(i AS VARCHAR)`, { adm_date: `adm_date + ${(c.params.repeat_exam_days ?? 7) + 1}` }),
    `INSERT INTO g_line SELECT 'K${r}b-' || CAST(i AS VARCHAR), 'MB${r}-' || CAST(i AS VARCHAR), psn_no, adm_date + ${(c.params.repeat_exam_days ?? 7) + 1}, 'CT01', 1, NULL, NULL, NULL, dept_code, NULL, NULL FROM ${slice("med_type = '11' AND NOT has_ct", true)} t`,
  );
  add('included-item-charge',
    `INSERT INTO g_line SELECT 'J${r}a-' || CAST(i AS VARCHAR), mdtrt_id, psn_no, adm_date, 'IA01', 1, NULL, NULL, NULL, dept_code, NULL, NULL FROM ${slice(hospital)} t`,
    `INSERT INTO g_line SELECT 'J${r}b-' || CAST(i AS VARCHAR), mdtrt_id, psn_no, adm_date, 'IB01', 1, NULL, NULL, NULL, dept_code, NULL, NULL FROM ${slice(hospital)} t`,
    `INSERT INTO g_truth SELECT 'included-item-charge', 'J${r}b-' || CAST(i AS VARCHAR) FROM ${slice(hospital)} t`,
    `INSERT INTO g_line SELECT 'K${r}-' || CAST(i AS VARCHAR), mdtrt_id, psn_no, adm_date, 'IB01', 1, NULL, NULL, NULL, dept_code, NULL, NULL FROM ${slice(hospital, true)} t`,
  );
  lineRule('double-bed-charge', 'B001', "med_type = '21'", { key: 'mdtrt_id' });
  add('over-price-cap',
    `INSERT INTO g_line SELECT 'J${r}-' || CAST(i AS VARCHAR), mdtrt_id, psn_no, adm_date, 'T' || lpad(CAST(1 + ${H('pt', 'i')} % 30 AS VARCHAR), 3, '0'), 1, -(1 + CAST(${H('over', 'i')} % 500 AS INTEGER)), NULL, NULL, dept_code, NULL, NULL FROM ${slice(hospital)} t`,
    `INSERT INTO g_truth SELECT 'over-price-cap', 'J${r}-' || CAST(i AS VARCHAR) FROM ${slice(hospital)} t`,
  );
  add('split-item-charge',
    `INSERT INTO g_line SELECT 'J${r}a-' || CAST(i AS VARCHAR), mdtrt_id, psn_no, adm_date, 'PA01', 1, NULL, NULL, NULL, dept_code, NULL, NULL FROM ${slice(hospital)} t`,
    `INSERT INTO g_line SELECT 'J${r}b-' || CAST(i AS VARCHAR), mdtrt_id, psn_no, adm_date, 'PB01', 1, NULL, NULL, NULL, dept_code, NULL, NULL FROM ${slice(hospital)} t`,
    `INSERT INTO g_truth SELECT 'split-item-charge', mdtrt_id || ':' || CAST(adm_date AS VARCHAR) || ':PK01' FROM ${slice(hospital)} t`,
    `INSERT INTO g_line SELECT 'K${r}-' || CAST(i AS VARCHAR), mdtrt_id, psn_no, adm_date, 'PA01', 1, NULL, NULL, NULL, dept_code, NULL, NULL FROM ${slice(hospital, true)} t`,
  );
  add('drug-stock-mismatch'); // injected when stock is built (per institution × item)
  add('consumable-stock-mismatch');
  lineRule('pharmacy-service-swap', 'T001', "inst_type = '2'", { price: '897' });
  lineRule('non-covered-settled', 'X001', hospital, { ownpay: '0' });
  add('post-death-visit',
    `INSERT INTO g_psn_extra SELECT 'PD${r}-' || CAST(i AS VARCHAR), 'CD${r}-' || CAST(i AS VARCHAR), gend, brdy, adm_date - CAST(1 + ${H('dd', 'i')} % 30 AS INTEGER), '310' FROM ${slice("med_type IN ('11', '41')")} t`,
    newVisit(slice("med_type IN ('11', '41')"), `'MA${r}-' || CAST(i AS VARCHAR)`, { psn_no: `'PD${r}-' || CAST(i AS VARCHAR)` }),
    `INSERT INTO g_truth SELECT 'post-death-visit', 'MA${r}-' || CAST(i AS VARCHAR) FROM ${slice("med_type IN ('11', '41')")} t`,
    // near miss: a visit on the day of death
    `INSERT INTO g_psn_extra SELECT 'PE${r}-' || CAST(i AS VARCHAR), 'CE${r}-' || CAST(i AS VARCHAR), gend, brdy, adm_date, '310' FROM ${slice("med_type IN ('11', '41')", true)} t`,
    newVisit(slice("med_type IN ('11', '41')", true), `'MB${r}-' || CAST(i AS VARCHAR)`, { psn_no: `'PE${r}-' || CAST(i AS VARCHAR)` }),
  );
  add('same-day-many-institutions',
    newVisit(slice("med_type = '11'"), `'MA${r}-' || CAST(i AS VARCHAR)`, { inst_code: hospOf('t.hidx + 1'), hosp_lv: lvOf('t.hidx + 1') }),
    newVisit(slice("med_type = '11'"), `'MB${r}-' || CAST(i AS VARCHAR)`, { inst_code: `(SELECT code FROM g_inst WHERE pidx = CAST(${H('ph2', 'i')} % ${c.nP} AS INTEGER))`, hosp_lv: '0', inst_type: "'2'", med_type: "'41'" }),
    `INSERT INTO g_truth SELECT 'same-day-many-institutions', psn_no || ':' || CAST(adm_date AS VARCHAR) FROM ${slice("med_type = '11'")} t`,
    // near miss: two institutions only
    newVisit(slice(`med_type = '11' AND ${H('chain', 'i')} % 2 = 0`, true), `'MC${r}-' || CAST(i AS VARCHAR)`, { inst_code: hospOf('t.hidx + 1'), hosp_lv: lvOf('t.hidx + 1') }),
    // near miss: a referral chain the same day — clinic → hospital (2501 referral) → pharmacy with the hospital's e-prescription
    `INSERT INTO g_refl SELECT psn_no, inst_code, ${hospOf('t.hidx + 1')}, adm_date, adm_date + 14 FROM ${slice(`med_type = '11' AND ${H('chain', 'i')} % 2 = 1`, true)} t`,
    newVisit(slice(`med_type = '11' AND ${H('chain', 'i')} % 2 = 1`, true), id('MD'), { inst_code: hospOf('t.hidx + 1'), hosp_lv: lvOf('t.hidx + 1') }),
    line(slice(`med_type = '11' AND ${H('chain', 'i')} % 2 = 1`, true), id('KD'), 'D007A', { mdtrt: id('MD'), cnt: '2', prd: '7', hiRxno: `'RX${r}-' || CAST(i AS VARCHAR)` }),
    newVisit(slice(`med_type = '11' AND ${H('chain', 'i')} % 2 = 1`, true), id('ME'), { inst_code: `(SELECT code FROM g_inst WHERE pidx = CAST(${H('ph3', 'i')} % ${c.nP} AS INTEGER))`, hosp_lv: '0', inst_type: "'2'", med_type: "'41'" }),
    line(slice(`med_type = '11' AND ${H('chain', 'i')} % 2 = 1`, true), id('KE'), 'D007A', { mdtrt: id('ME'), cnt: '2', prd: '7', hiRxno: `'RX${r}-' || CAST(i AS VARCHAR)` }),
  );
  add('dual-enrolment',
    `INSERT INTO g_psn_extra SELECT 'Q${r}-' || CAST(i AS VARCHAR), certno, gend, brdy, NULL, '390' FROM ${slice("med_type = '21'")} t`,
    newVisit(slice("med_type = '21'"), `'MA${r}-' || CAST(i AS VARCHAR)`, { psn_no: `'Q${r}-' || CAST(i AS VARCHAR)`, med_type: "'11'", inst_code: hospOf('t.hidx + 1'), hosp_lv: lvOf('t.hidx + 1'), adm_date: 'adm_date + 1' }),
    `INSERT INTO g_truth SELECT 'dual-enrolment', 'MA${r}-' || CAST(i AS VARCHAR) FROM ${slice("med_type = '21'")} t`,
    // near miss: the duplicate enrolment used the day after discharge
    `INSERT INTO g_psn_extra SELECT 'Q${r}n-' || CAST(i AS VARCHAR), certno, gend, brdy, NULL, '390' FROM ${slice("med_type = '21'", true)} t`,
    newVisit(slice("med_type = '21'", true), `'MB${r}-' || CAST(i AS VARCHAR)`, { psn_no: `'Q${r}n-' || CAST(i AS VARCHAR)`, med_type: "'11'", inst_code: hospOf('t.hidx + 1'), hosp_lv: lvOf('t.hidx + 1'), adm_date: 'dscg_date + 1' }),
    // near miss: a newborn enrolled under the mother's certificate number, in hospital while she is
    `INSERT INTO g_psn_extra SELECT 'Q${r}b-' || CAST(i AS VARCHAR), certno, '1', adm_date - 1, NULL, '390' FROM ${slice("med_type = '21' AND gend = '2'", true)} t`,
    newVisit(slice("med_type = '21' AND gend = '2'", true), `'MC${r}-' || CAST(i AS VARCHAR)`, { psn_no: `'Q${r}b-' || CAST(i AS VARCHAR)`, adm_date: 'adm_date', dscg_date: 'dscg_date' }),
  );
  lineRule('billing-outside-stay', 'T001', "med_type = '21'", { date: 'dscg_date + 1', nearMiss: { cond: "med_type = '21'", date: 'dscg_date' } });

  // --- 两库限定支付类 ---
  lineRule('drug-sex', 'RD-SEX-F', "gend = '1'", { nearMiss: { cond: "gend = '2'" } });
  lineRule('service-sex', 'RS-SEX-M', `gend = '2' AND ${hospital}`, { nearMiss: { cond: `gend = '1' AND ${hospital}` } });
  lineRule('drug-child-only', 'RD-CHILD', 'age_years > 14', { nearMiss: { cond: 'age_years <= 14' } });
  lineRule('drug-newborn-only', 'RD-NB', 'age_days > 28');
  // (near miss, in its own slice: the newborn's drug billed on the mother's delivery stay, with the newborn's birth weight on the settlement list)
  add('drug-newborn-only',
    `UPDATE g_setl SET nwb_bir_wt = 3200 WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21' AND gend = '2' AND age_years BETWEEN 18 AND 45", true)} t)`,
    line(slice("med_type = '21' AND gend = '2' AND age_years BETWEEN 18 AND 45", true), id('K'), 'RD-NB', { date: 'adm_date + 1' }),
  );
  lineRule('service-child-only', 'RS-CHILD', `age_years > 14 AND ${hospital}`, { nearMiss: { cond: `age_years <= 14 AND ${hospital}` } });
  lineRule('service-newborn-only', 'RS-NB', `age_days > 28 AND ${hospital}`);
  lineRule('consumable-child-only', 'RC-CHILD', `age_years > 14 AND ${hospital}`);
  lineRule('consumable-newborn-only', 'RC-NB', `age_days > 28 AND ${hospital}`);
  lineRule('drug-child-forbidden', 'RD-NOCHILD', 'age_years < 18', { nearMiss: { cond: 'age_years >= 18' } });
  lineRule('drug-maternity-only', 'RD-MAT', 'true');
  lineRule('drug-injury-only', 'RD-INJ', 'true');
  lineRule('service-maternity-only', 'RS-MAT', hospital);
  lineRule('service-injury-only', 'RS-INJ', hospital);
  lineRule('service-dept-only', 'RS-DEPT', hospital);
  lineRule('consumable-dept-only', 'RC-DEPT', hospital);
  lineRule('service-med-type-only', 'RS-INP', `${hospital} AND med_type = '11'`, { nearMiss: { cond: "med_type = '21'" } });
  lineRule('drug-hosp-level', 'RD-LV3', 'hosp_lv < 3', { nearMiss: { cond: 'hosp_lv = 3' } });
  lineRule('service-hosp-level', 'RS-LV3', `${hospital} AND hosp_lv < 3`, { nearMiss: { cond: 'hosp_lv = 3' } });
  lineRule('drug-indication', 'RD-IND', "main_diag NOT LIKE 'E11%'", { nearMiss: { cond: "main_diag LIKE 'E11%'" } });

  // --- 频次与数量 ---
  lineRule('service-frequency', 'RS-FREQ', hospital, { cnt: '3', key: `mdtrt_id || ':' || CAST(adm_date AS VARCHAR) || ':RS-FREQ'`, nearMiss: { cond: hospital, cnt: '2' } });
  lineRule('drug-over-dose', 'RD-DOSE', 'true', { cnt: `4 + CAST(${H('dose', 'i')} % 3 AS INTEGER)`, key: `mdtrt_id || ':' || CAST(adm_date AS VARCHAR) || ':RD-DOSE'`, nearMiss: { cond: 'true', cnt: '3' } });
  lineRule('consumable-quantity', 'RC-QTY', hospital, { cnt: '3', key: `mdtrt_id || ':RC-QTY'`, nearMiss: { cond: hospital, cnt: '2' } });
  const kinds = c.params.max_drug_kinds ?? 5;
  const shareIdx = c.seed % c.nH; // the hospital that gets the drug-fee-share injection
  add('drug-kinds-excess',
    `INSERT INTO g_line SELECT 'J${r}-' || CAST(i AS VARCHAR) || '-' || CAST(x AS VARCHAR), mdtrt_id, psn_no, adm_date,
       'D' || lpad(CAST(1 + (dh + 7 * x) % 60 AS VARCHAR), 3, '0') || 'A', 1, NULL, 5, NULL, dept_code, NULL, NULL
     FROM ${slice(`med_type = '11' AND hidx <> ${shareIdx}`)} t, range(1, ${kinds + 2}) s(x) WHERE x > nd`,
    `INSERT INTO g_truth SELECT 'drug-kinds-excess', mdtrt_id || ':' || CAST(adm_date AS VARCHAR) FROM ${slice(`med_type = '11' AND hidx <> ${shareIdx}`)} t`,
    // near miss: exactly the maximum
    `INSERT INTO g_line SELECT 'K${r}-' || CAST(i AS VARCHAR) || '-' || CAST(x AS VARCHAR), mdtrt_id, psn_no, adm_date,
       'D' || lpad(CAST(1 + (dh + 7 * x) % 60 AS VARCHAR), 3, '0') || 'A', 1, NULL, 5, NULL, dept_code, NULL, NULL
     FROM ${slice(`med_type = '11' AND hidx <> ${shareIdx}`, true)} t, range(1, ${kinds + 1}) s(x) WHERE x > nd`,
  );

  // --- 诊断、手术编码 ---
  add('diagnosis-sex',
    `UPDATE g_setl SET main_diag = CASE WHEN (SELECT gend FROM g_visit v WHERE v.mdtrt_id = g_setl.mdtrt_id) = '1' THEN 'C53.900' ELSE 'N40.x00' END WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice('true')} t)`,
    `INSERT INTO g_truth SELECT 'diagnosis-sex', mdtrt_id FROM ${slice('true')} t`,
  );
  add('diagnosis-age',
    `UPDATE g_setl SET main_diag = 'P07.300' WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice('age_years >= 1')} t)`,
    `INSERT INTO g_truth SELECT 'diagnosis-age', mdtrt_id FROM ${slice('age_years >= 1')} t`,
  );
  add('procedure-sex',
    `UPDATE g_setl SET oprn_code = CASE WHEN (SELECT gend FROM g_visit v WHERE v.mdtrt_id = g_setl.mdtrt_id) = '1' THEN '68.4100' ELSE '60.2100' END WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21'")} t)`,
    `INSERT INTO g_truth SELECT 'procedure-sex', mdtrt_id FROM ${slice("med_type = '21'")} t`,
  );

  // --- 频繁就医 ---
  const freq = (rule: string, medType: '11' | '41'): void => {
    const max = c.params[`freq_${medType}_max`] ?? 8;
    add(rule,
      `INSERT INTO g_setl (mdtrt_id, psn_no, inst_code, hosp_lv, inst_type, med_type, fund_type, adm_date, dscg_date, main_diag, oprn_code, dept_code, auto_lines)
       SELECT 'MF${r}-' || CAST(i AS VARCHAR) || '-' || CAST(x AS VARCHAR), psn_no, inst_code, hosp_lv, inst_type, med_type, '医疗', adm_date + CAST(x AS INTEGER), adm_date + CAST(x AS INTEGER), main_diag, NULL, dept_code, true
       FROM ${slice(`med_type = '${medType}'`)} t, range(1, ${max + 1}) s(x)`,
      `INSERT INTO g_truth SELECT DISTINCT '${rule}', psn_no FROM ${slice(`med_type = '${medType}'`)} t`,
    );
  };
  freq('frequent-outpatient', '11');
  freq('frequent-pharmacy', '41');
  const fmax = c.params.freq_21_max ?? 3;
  // unplanned stays of one person at one hospital (the visit's hospital), 33 days apart (not 31-day
  // readmissions: they would raise that hospital's readmission rate); planned chemotherapy
  // cycles every 21 days (化疗, days_rinp_flag_31 = 2) as near misses, at the same hospital
  add('frequent-admission',
    `INSERT INTO g_setl (mdtrt_id, psn_no, inst_code, hosp_lv, inst_type, med_type, fund_type, adm_date, dscg_date, main_diag, oprn_code, dept_code, auto_lines)
     SELECT 'MF${r}-' || CAST(i AS VARCHAR) || '-' || CAST(x AS VARCHAR), psn_no, ${hospOf('t.hsel')}, ${lvOf('t.hsel')}, '1', '21', '医疗',
       adm_date + CAST(5 + 33 * (x - 1) AS INTEGER), adm_date + CAST(6 + 33 * (x - 1) AS INTEGER), main_diag, NULL, dept_code, true
     FROM ${slice('k IN (1, 3)')} t, range(1, ${fmax + 2}) s(x)`,
    `INSERT INTO g_truth SELECT DISTINCT 'frequent-admission', psn_no || ':' || ${hospOf('t.hsel')} FROM ${slice('k IN (1, 3)')} t`,
    `INSERT INTO g_setl (mdtrt_id, psn_no, inst_code, hosp_lv, inst_type, med_type, fund_type, adm_date, dscg_date, main_diag, oprn_code, dept_code, auto_lines, days_rinp_flag_31)
     SELECT 'MG${r}-' || CAST(i AS VARCHAR) || '-' || CAST(x AS VARCHAR), psn_no, ${hospOf('t.hsel')}, ${lvOf('t.hsel')}, '1', '21', '医疗',
       adm_date + CAST(5 + 21 * (x - 1) AS INTEGER), adm_date + CAST(7 + 21 * (x - 1) AS INTEGER), 'Z51.100', NULL, dept_code, true, CASE WHEN x < 6 THEN '2' ELSE '1' END
     FROM ${slice('k IN (1, 3)', true)} t, range(1, 7) s(x)`,
    `INSERT INTO g_line SELECT 'LC' || CAST(i AS VARCHAR) || '-' || CAST(x AS VARCHAR), 'MG${r}-' || CAST(i AS VARCHAR) || '-' || CAST(x AS VARCHAR), psn_no,
       adm_date + CAST(5 + 21 * (x - 1) AS INTEGER), 'DA01', 1, NULL, 1, NULL, dept_code, NULL, NULL FROM ${slice('k IN (1, 3)', true)} t, range(1, 7) s(x)`,
  );

  // --- 统计指标：每项注入一家医院（各不相同）。注入的是新的就诊人员和就诊，不碰其他规则注入的就诊 ---
  /** For each op (or ip) visit of hospital `hidx`, a new person with one new visit there; returns [psn_extra, setl] statements. */
  const newcomers = (hidx: number, medType: '11' | '21', prefix: string, where = 'true'): { src: string; psn: string; visit: string; sql: string[] } => {
    const src = `(SELECT * FROM g_visit t WHERE med_type = '${medType}' AND hidx = ${hidx} AND ${where})`;
    const psn = `'I${prefix}${r}-' || CAST(i AS VARCHAR)`;
    const visit = `'M${prefix}${r}-' || CAST(i AS VARCHAR)`;
    return {
      src, psn, visit,
      sql: [
        `INSERT INTO g_psn_extra SELECT ${psn}, 'C${prefix}${r}-' || CAST(i AS VARCHAR), gend, brdy, NULL, '310' FROM ${src} t`,
        `INSERT INTO g_setl (mdtrt_id, psn_no, inst_code, hosp_lv, inst_type, med_type, fund_type, adm_date, dscg_date, main_diag, oprn_code, dept_code, auto_lines)
         SELECT ${visit}, ${psn}, inst_code, hosp_lv, inst_type, '${medType}', '医疗', adm_date, ${medType === '21' ? 'adm_date + 3' : 'adm_date'}, main_diag, NULL, dept_code, ${medType === '21' ? 'true' : 'false'} FROM ${src} t`,
      ],
    };
  };
  const shareHospital = (k: number): number => (c.seed + k) % c.nH;
  /**
   * Raises one kind's share of a hospital's fees by about `addPct` % of its total: new persons
   * with one new visit each, one line of `item`; when the amount per op visit of the hospital is
   * less than the item's price, only that fraction of them (so that quantities stay plausible).
   */
  const share = (rule: string, k: number, item: string, addPct: number): void => {
    const h = shareHospital(k);
    const total = `(SELECT SUM(f.det_item_fee_sumamt_fen) FROM fee f JOIN g_visit v ON v.mdtrt_id = f.mdtrt_id WHERE v.hidx = ${h})`;
    const visits = `(SELECT count(*) FROM g_visit WHERE med_type = '11' AND hidx = ${h})`;
    const price = `(SELECT price FROM g_price p WHERE p.item = '${item}' AND p.lv = t.hosp_lv AND p.period = CASE WHEN t.adm_date < DATE '2025-07-01' THEN 1 ELSE 2 END)`;
    const perVisit = `(${addPct} / 100.0 * ${total} / ${visits} / ${price})`;
    const nc = newcomers(h, '11', 'S', `${H('share', 't.i')} % 10000 < 10000 * ${perVisit}`);
    add(rule,
      ...nc.sql,
      line(nc.src, `'J${r}-' || CAST(i AS VARCHAR)`, item, { mdtrt: nc.visit, cnt: `GREATEST(1, CAST(round(${perVisit}) AS INTEGER))` }),
      line(nc.src, `'J${r}z-' || CAST(i AS VARCHAR)`, 'Z001', { mdtrt: nc.visit }),
      `INSERT INTO g_truth SELECT '${rule}', code FROM g_inst WHERE hidx = ${h}`,
    );
  };
  share('drug-fee-share', 0, 'DZ01', 300);
  {
    // 31-day readmissions of new persons at one hospital: as many persons as the hospital has stays, two stays each (rate 1/3)
    const h = shareHospital(1);
    const nc = newcomers(h, '21', 'R');
    add('unplanned-readmission-rate',
      ...nc.sql,
      `INSERT INTO g_setl (mdtrt_id, psn_no, inst_code, hosp_lv, inst_type, med_type, fund_type, adm_date, dscg_date, main_diag, oprn_code, dept_code, auto_lines)
       SELECT 'MR${r}b-' || CAST(i AS VARCHAR), ${nc.psn}, inst_code, hosp_lv, inst_type, '21', '医疗', adm_date + 28, adm_date + 30, main_diag, NULL, dept_code, true FROM ${nc.src} t`,
      `INSERT INTO g_truth SELECT 'unplanned-readmission-rate', code FROM g_inst WHERE hidx = ${h}`,
    );
  }
  // --- 第四十条、第四十一条第二款、死亡后计费 ---
  const died = "med_type = '21' AND stay >= 3";
  add('billing-after-death',
    `INSERT INTO g_psn_extra SELECT 'PX${r}-' || CAST(i AS VARCHAR), 'CX${r}-' || CAST(i AS VARCHAR), gend, brdy, adm_date + 1, '310' FROM ${slice(died)} t`,
    newVisit(slice(died), id('MA'), { psn_no: `'PX${r}-' || CAST(i AS VARCHAR)`, dscg_date: 'dscg_date' }),
    truth('billing-after-death', id('MA'), slice(died)),
    // near miss: the last day billed is the day of death
    `INSERT INTO g_psn_extra SELECT 'PY${r}-' || CAST(i AS VARCHAR), 'CY${r}-' || CAST(i AS VARCHAR), gend, brdy, dscg_date - 1, '310' FROM ${slice(died, true)} t`,
    newVisit(slice(died, true), id('MB'), { psn_no: `'PY${r}-' || CAST(i AS VARCHAR)`, dscg_date: 'dscg_date' }),
  );
  add('impostor-patient',
    `UPDATE g_setl SET patn_gend = CASE WHEN (SELECT gend FROM g_visit v WHERE v.mdtrt_id = g_setl.mdtrt_id) = '1' THEN '2' ELSE '1' END WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice('true')} t)`,
    truth('impostor-patient', 'mdtrt_id', slice('true')),
    // near miss: her newborn settled on the mother's card
    `UPDATE g_setl SET patn_gend = '1', patn_brdy = adm_date - 3 WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("gend = '2' AND age_years BETWEEN 20 AND 45", true)} t)`,
  );
  add('diagnosis-not-in-record',
    `INSERT INTO g_audit SELECT mdtrt_id, CASE WHEN main_diag LIKE 'J06%' THEN 'K29.700' ELSE 'J06.900' END FROM ${slice('true')} t`,
    truth('diagnosis-not-in-record', 'mdtrt_id', slice('true')),
    `INSERT INTO g_audit SELECT mdtrt_id, main_diag FROM ${slice('true', true)} t`,
  );
  add('settled-without-detail',
    `UPDATE g_setl SET medfee_extra = 5000 WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice(hospital)} t)`,
    truth('settled-without-detail', 'mdtrt_id', slice(hospital)),
    `UPDATE g_setl SET medfee_extra = ${c.params.setl_detail_tolerance_fen ?? 100} WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice(hospital, true)} t)`,
  );
  // --- 信息数据监管 ---
  add('setl-list-anomaly',
    `UPDATE g_setl SET diag_mode = 'nomain' WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21'")} t)`,
    truth('setl-list-anomaly', 'mdtrt_id', slice("med_type = '21'")),
  );
  // a chemotherapy stay (化疗) without any antineoplastic drug; near miss: with one
  add('diagnosis-without-charges',
    `UPDATE g_setl SET main_diag = 'Z51.100' WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21'")} t)`,
    truth('diagnosis-without-charges', 'mdtrt_id', slice("med_type = '21'")),
    `UPDATE g_setl SET main_diag = 'Z51.100' WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21'", true)} t)`,
    line(slice("med_type = '21'", true), id('K'), 'DA01', { prd: '1' }),
  );
  add('procedure-code-anomaly',
    `UPDATE g_setl SET oprn_code = NULL WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21'")} t)`,
    line(slice("med_type = '21'"), id('J'), 'OP01'),
    truth('procedure-code-anomaly', 'mdtrt_id', slice("med_type = '21'")),
    `UPDATE g_setl SET oprn_code = '51.2300' WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21'", true)} t)`,
    line(slice("med_type = '21'", true), id('K'), 'OP01'),
  );
  add('diagnosis-procedure-mismatch',
    `UPDATE g_setl SET oprn_code = '47.0100' WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21'")} t)`,
    truth('diagnosis-procedure-mismatch', 'mdtrt_id', slice("med_type = '21'")),
    `UPDATE g_setl SET oprn_code = '47.0100', main_diag = 'K35.800' WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21'", true)} t)`,
  );
  add('multi-surgery-discount',
    `UPDATE g_setl SET oprn_code = '47.0100', main_diag = 'K35.800' WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21'")} t)`,
    line(slice("med_type = '21'"), id('Ja'), 'OP01'),
    line(slice("med_type = '21'"), id('Jb'), 'OP02'),
    truth('multi-surgery-discount', id('Jb'), slice("med_type = '21'")),
    // near miss: the second operation on another day
    `UPDATE g_setl SET oprn_code = '47.0100', main_diag = 'K35.800' WHERE mdtrt_id IN (SELECT mdtrt_id FROM ${slice("med_type = '21'", true)} t)`,
    line(slice("med_type = '21'", true), id('Ka'), 'OP01'),
    line(slice("med_type = '21'", true), id('Kb'), 'OP02', { date: 'adm_date + 1' }),
  );
  add('low-standard-admission',
    newVisit(slice("med_type = '21'"), id('MA'), { adm_date: 'dscg_date + 40', dscg_date: 'dscg_date + 42', auto_lines: 'false' }),
    line(slice("med_type = '21'"), id('Ja'), 'B001', { mdtrt: id('MA'), date: 'dscg_date + 40' }),
    line(slice("med_type = '21'"), id('Jb'), 'B001', { mdtrt: id('MA'), date: 'dscg_date + 41' }),
    line(slice("med_type = '21'"), id('Jc'), 'E001', { mdtrt: id('MA'), date: 'dscg_date + 40' }),
    truth('low-standard-admission', id('MA'), slice("med_type = '21'")),
    newVisit(slice("med_type = '21'", true), id('MB'), { adm_date: 'dscg_date + 40', dscg_date: 'dscg_date + 42', auto_lines: 'false' }),
    line(slice("med_type = '21'", true), id('Ka'), 'B001', { mdtrt: id('MB'), date: 'dscg_date + 40' }),
    line(slice("med_type = '21'", true), id('Kb'), 'E001', { mdtrt: id('MB'), date: 'dscg_date + 40' }),
    line(slice("med_type = '21'", true), id('Kc'), 'T001', { mdtrt: id('MB'), date: 'dscg_date + 41' }),
  );
  // --- 药品与诊疗的政策限定 ---
  lineRule('herb-no-pay', 'HB-NOPAY', hospital, { cnt: '10' });
  add('herb-single-use',
    line(slice(hospital), id('J'), 'HB-SINGLE', { cnt: '6' }),
    truth('herb-single-use', id('J'), slice(hospital)),
    line(slice(hospital, true), id('Ka'), 'HB-SINGLE', { cnt: '6', rxno: `'CF${r}-' || CAST(i AS VARCHAR)` }),
    line(slice(hospital, true), id('Kb'), 'HB01', { cnt: '6', rxno: `'CF${r}-' || CAST(i AS VARCHAR)` }),
  );
  // first visits only: a person's near-miss first-line drug must not precede another person's hit
  add('second-line-drug',
    line(slice('k = 0'), id('J'), 'RD-2ND'),
    truth('second-line-drug', id('J'), slice('k = 0')),
    line(slice('k = 0', true), id('Ka'), 'D1L', { prd: '7', cnt: '7' }),
    line(slice('k = 0', true), id('Kb'), 'RD-2ND'),
  );
  lineRule('drug-course-limit', 'RD-COURSE', 'k = 0', { cnt: '20', prd: '20', nearMiss: { cond: 'k = 0', cnt: '14', prd: '14' } });
  add('opsp-disease-drug',
    line(slice('k = 0'), id('J'), 'RD-OPSP'),
    truth('opsp-disease-drug', id('J'), slice('k = 0')),
    `INSERT INTO g_opsp SELECT psn_no, 'M001', DATE '2025-01-01', DATE '2026-12-31' FROM ${slice('k = 0', true)} t`,
    line(slice('k = 0', true), id('K'), 'RD-OPSP'),
  );
  lineRule('service-indication', 'RS-IND', `${hospital} AND main_diag NOT LIKE 'K29%'`, { nearMiss: { cond: `${hospital} AND main_diag LIKE 'K29%'` } });
  const many = (rule: string, item: string, cond: string, n: number): void => {
    add(rule,
      `INSERT INTO g_line SELECT 'J${r}-' || CAST(i AS VARCHAR) || '-' || lpad(CAST(x AS VARCHAR), 2, '0'), mdtrt_id, psn_no, adm_date, '${item}', 1, NULL, NULL, NULL, dept_code, NULL, NULL
       FROM ${slice(cond)} t, range(1, ${n + 1}) s(x)`,
      truth(rule, `'J${r}-' || CAST(i AS VARCHAR) || '-' || lpad('${n}', 2, '0')`, slice(cond)),
      `INSERT INTO g_line SELECT 'K${r}-' || CAST(i AS VARCHAR) || '-' || lpad(CAST(x AS VARCHAR), 2, '0'), mdtrt_id, psn_no, adm_date, '${item}', 1, NULL, NULL, NULL, dept_code, NULL, NULL
       FROM ${slice(cond, true)} t, range(1, ${n}) s(x)`,
    );
  };
  many('service-course-limit', 'RS-COURSE', `${hospital} AND k = 0`, 11);
  many('service-amount-cap', 'RS-CAP', `${hospital} AND k = 0`, 4);
  many('consumable-amount-cap', 'RC-CAP', `${hospital} AND k = 0`, 3);
  // --- 医疗类：知识库 ---
  lineRule('antibiotic-tier', 'AB-SPEC', "med_type IN ('11', '41')", { nearMiss: { cond: "med_type = '21'" } });
  lineRule('drug-requires-item', 'KD-CONTRAST', "med_type = '11' AND NOT has_ct", { nearMiss: { cond: "med_type = '11' AND has_ct" } });
  add('consumable-requires-item',
    line(slice(hospital), id('J'), 'KC-IVCAN'),
    truth('consumable-requires-item', id('J'), slice(hospital)),
    line(slice(hospital, true), id('Ka'), 'KC-IVCAN'),
    line(slice(hospital, true), id('Kb'), 'TIV01'),
  );
  lineRule('drug-child-special', 'KD-CHILD', 'age_years > 14', { nearMiss: { cond: 'age_years <= 14' } });
  lineRule('service-child-special', 'KS-CHILD', `${hospital} AND age_years > 14`, { nearMiss: { cond: `${hospital} AND age_years <= 14` } });
  lineRule('drug-elderly', 'KD-ELDER', 'age_years >= 65', { nearMiss: { cond: 'age_years < 65' } });
  lineRule('drug-off-label', 'KD-IND', "main_diag NOT LIKE 'J18%'", { nearMiss: { cond: "main_diag LIKE 'J18%'" } });
  lineRule('service-outside-indication', 'KS-REHAB', `${hospital} AND main_diag NOT LIKE 'S82%'`, { nearMiss: { cond: `${hospital} AND main_diag LIKE 'S82%'` } });
  // contraindicated diagnoses as secondary diagnoses of the settlement list
  add('drug-contraindication',
    `INSERT INTO g_diag SELECT mdtrt_id, 'N18.300', '0', '1' FROM ${slice("main_diag NOT LIKE 'N18%'")} t`,
    line(slice("main_diag NOT LIKE 'N18%'"), id('J'), 'KD-CONTRA'),
    truth('drug-contraindication', id('J'), slice("main_diag NOT LIKE 'N18%'")),
    line(slice("main_diag NOT LIKE 'N18%'", true), id('K'), 'KD-CONTRA'),
  );
  add('service-contraindication',
    `INSERT INTO g_diag SELECT mdtrt_id, 'I25.100', '0', '1' FROM ${slice(`${hospital} AND main_diag NOT LIKE 'I25%'`)} t`,
    line(slice(`${hospital} AND main_diag NOT LIKE 'I25%'`), id('J'), 'KS-CONTRA'),
    truth('service-contraindication', id('J'), slice(`${hospital} AND main_diag NOT LIKE 'I25%'`)),
    line(slice(`${hospital} AND main_diag NOT LIKE 'I25%'`, true), id('K'), 'KS-CONTRA'),
  );
  const pregnant = "gend = '2' AND age_years BETWEEN 15 AND 49";
  add('drug-pregnancy',
    `INSERT INTO g_diag SELECT mdtrt_id, 'Z34.900', '0', '1' FROM ${slice(pregnant)} t`,
    line(slice(pregnant), id('J'), 'KD-PREG'),
    truth('drug-pregnancy', id('J'), slice(pregnant)),
    line(slice("gend = '1'", true), id('K'), 'KD-PREG'),
  );
  add('drug-interaction',
    line(slice('true'), id('Ja'), 'KD-IA'),
    line(slice('true'), id('Jb'), 'KD-IB'),
    truth('drug-interaction', id('Jb'), slice('true')),
    line(slice('true', true), id('K'), 'KD-IA'),
  );
  add('herb-incompatibility',
    line(slice(hospital), id('Ja'), 'HB-GC', { cnt: '10' }),
    line(slice(hospital), id('Jb'), 'HB-GS', { cnt: '3' }),
    truth('herb-incompatibility', id('Jb'), slice(hospital)),
    line(slice(hospital, true), id('K'), 'HB-GC', { cnt: '10' }),
  );
  // --- 囤药与转卖：药店 0 向注入的人员一再发出 30 天的药 ---
  const pharmacy0 = '(SELECT code FROM g_inst WHERE pidx = 0)';
  const hoard = (src: string, prefix: string, n: number, every: number): string[] => [
    `INSERT INTO g_setl (mdtrt_id, psn_no, inst_code, hosp_lv, inst_type, med_type, fund_type, adm_date, dscg_date, main_diag, oprn_code, dept_code, auto_lines)
     SELECT '${prefix}${r}-' || CAST(i AS VARCHAR) || '-' || CAST(x AS VARCHAR), psn_no, ${pharmacy0}, 0, '2', '41', '医疗', dscg_date + CAST(1 + ${every} * x AS INTEGER), dscg_date + CAST(1 + ${every} * x AS INTEGER), main_diag, NULL, dept_code, false
     FROM ${src} t, range(${n}) s(x)`,
    `INSERT INTO g_line SELECT 'H${prefix}${r}-' || CAST(i AS VARCHAR) || '-' || CAST(x AS VARCHAR), '${prefix}${r}-' || CAST(i AS VARCHAR) || '-' || CAST(x AS VARCHAR), psn_no,
       dscg_date + CAST(1 + ${every} * x AS INTEGER), 'D060B', 30, NULL, 30, NULL, dept_code, NULL, NULL FROM ${src} t, range(${n}) s(x)`,
  ];
  add('drug-hoarding',
    ...hoard(slice('k = 0'), 'MH', 10, 10),
    truth('drug-hoarding', "psn_no || ':D060B'", slice('k = 0')),
    ...hoard(slice('k = 0', true), 'MI', 4, 30),
  );
  add('resale-facilitation',
    `INSERT INTO g_truth SELECT 'resale-facilitation', ${pharmacy0} WHERE (SELECT count(*) FROM g_truth WHERE rule_id = 'drug-hoarding') >= ${c.params.resale_min_persons ?? 3}`,
  );
  share('exam-fee-share', 2, 'E020', 100);
  share('consumable-fee-share', 3, 'C015', 120);
  share('treatment-fee-share', 4, 'T030', 150);
  share('ct-fee-share', 5, 'CT03', 40);
  share('mri-fee-share', 6, 'MR02', 40);
  return out;
}

/** Institution indicators that need the final visits (they go last). */
function lateInjections(c: Ctx): { rule: string; sql: string[] }[] {
  const hidx = (c.seed + 7) % c.nH;
  const min = c.params.infection_min_discharges ?? 20;
  const code = `(SELECT code FROM g_inst WHERE hidx = ${hidx})`;
  return [{
    rule: 'nosocomial-infection-rate',
    sql: [
      `INSERT INTO g_diag SELECT s.mdtrt_id, 'T81.400', '0', '4' FROM g_setl s WHERE s.inst_code = ${code} AND s.med_type = '21' AND hash(${c.seed}, 'inf', s.mdtrt_id) % 4 = 0`,
      `INSERT INTO g_truth SELECT 'nosocomial-infection-rate', ${code} WHERE (SELECT count(*) FROM g_setl WHERE inst_code = ${code} AND med_type = '21') >= ${min}`,
    ],
  }];
}

export async function generateSynthetic(opts: SynthOptions): Promise<SynthResult> {
  const t0 = performance.now();
  const N = Math.floor(opts.visits);
  if (!(N >= 100)) throw new Error('visits 至少为 100');
  const seed = Math.floor(opts.seed) >>> 0;
  const rate = opts.ratePer10k ?? 30;
  const outDir = resolve(opts.outDir);
  mkdirSync(outDir, { recursive: true });
  const work = join(outDir, '.work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const duck = await DuckDbEngine.open({ path: opts.onDisk ? join(work, 'gen.duckdb') : ':memory:', memoryLimit: opts.memoryLimit ?? '4GB', tempDirectory: join(work, 'tmp') });
  const params = resolveParams(opts.jurisdiction ?? 'default', '2025-12-31');
  try {
    const M = Math.max(12, 4 * Math.ceil(N / 20000));
    const nH = (M / 4) * 3;
    const nP = M / 4;
    const P = Math.ceil(N / 4);
    const ctx: Ctx = { seed, rate, nH, nP, params };
    const u = (tag: string, x: string): string => `(CAST(hash(${seed}, '${tag}', ${x}) % 1000000 AS DOUBLE) / 1000000)`;
    const h = (tag: string, x: string): string => `hash(${seed}, '${tag}', ${x})`;
    await createBaseTables(duck);
    const ref = buildReference();
    await insertRows(duck, ref as unknown as Record<string, Row[]>);
    const profile = process.env.YIBAO_SYNTH_PROFILE === '1';
    const x = async (sql: string): Promise<void> => {
      const s0 = performance.now();
      await duck.exec(sql);
      if (profile) process.stderr.write(`${((performance.now() - s0) / 1000).toFixed(2)}s ${sql.replace(/\s+/g, ' ').slice(0, 90)}\n`);
    };

    // Prices: (item, level, half-year) → fen; caps where they exist, base prices otherwise.
    const base: Row[] = ref.item.filter((i) => i.item_class === '药品' || i.item_class === '耗材').map((i) => ({ item: i.med_list_codg, price: unitPriceFen(String(i.med_list_codg)) }));
    await x('CREATE TABLE g_base (item VARCHAR, price BIGINT)');
    await x(`INSERT INTO g_base VALUES ${base.map((b) => `(${q(String(b.item))}, ${b.price})`).join(', ')}`);
    await x(`CREATE TABLE g_price AS
      SELECT med_list_codg AS item, hosp_lv AS lv, CASE WHEN begn_date < DATE '2025-07-01' THEN 1 ELSE 2 END AS period, cap_fen AS price FROM price_cap
      UNION ALL SELECT item, lv, period, price FROM g_base, range(0, 4) a(lv), range(1, 3) b(period)`);
    await x(`CREATE TABLE g_inst AS SELECT j, 'I' || lpad(CAST(j AS VARCHAR), 5, '0') AS code,
        CASE WHEN j % 4 = 3 THEN '2' ELSE '1' END AS type,
        CAST(CASE WHEN j % 4 = 3 THEN 0 ELSE 1 + j % 4 END AS INTEGER) AS lv,
        CASE WHEN j % 4 = 3 THEN NULL ELSE CAST((j // 4) * 3 + j % 4 AS INTEGER) END AS hidx,
        CASE WHEN j % 4 = 3 THEN CAST(j // 4 AS INTEGER) END AS pidx
      FROM range(${M}) t(j)`);
    await x(`CREATE TABLE g_person AS SELECT pi, 'P' || lpad(CAST(pi AS VARCHAR), 9, '0') AS psn_no,
        CASE WHEN ${u('sex', 'pi')} < 0.5 THEN '1' ELSE '2' END AS gend,
        DATE '2025-01-01' - CAST(CASE WHEN ${u('agegrp', 'pi')} < 0.1 THEN 40 + ${u('age', 'pi')} * 14 * 365
                                      WHEN ${u('agegrp', 'pi')} < 0.7 THEN 18 * 365 + ${u('age', 'pi')} * 47 * 365
                                      ELSE 65 * 365 + ${u('age', 'pi')} * 25 * 365 END AS INTEGER) AS brdy,
        CAST(${h('off', 'pi')} % 41 AS INTEGER) AS off,
        CASE WHEN pi % 97 = 0 THEN DATE '2025-12-31' END AS death_date
      FROM range(${P}) t(pi)`);
    const diagList = `[${BACKGROUND_DIAGNOSES.map(q).join(', ')}]`;
    const oprnList = `[${BACKGROUND_PROCEDURES.map(q).join(', ')}]`;
    await x(`CREATE TABLE g_visit AS
      WITH b AS (SELECT i, i % ${P} AS pi, i // ${P} AS k FROM range(${N}) t(i)),
      v AS (
        SELECT b.i, b.k, 'M' || lpad(CAST(b.i AS VARCHAR), 9, '0') AS mdtrt_id, p.psn_no, 'C' || p.psn_no AS certno, p.gend, p.brdy,
          CASE WHEN b.k IN (0, 2) AND ${u('ip', 'b.i')} < 0.3 THEN '21' WHEN ${u('ph', 'b.i')} < 0.3 THEN '41' ELSE '11' END AS med_type,
          DATE '2025-01-01' + p.off + CAST(b.k * 85 AS INTEGER) AS adm_date,
          CAST(2 + ${h('stay', 'b.i')} % 12 AS INTEGER) AS stay,
          CAST(${h('slot', 'b.i')} % 10000 AS INTEGER) AS slot,
          CAST(${h('inst', 'b.i')} % ${nH} AS INTEGER) AS hsel,
          CAST(${h('inst', 'b.i')} % ${nP} AS INTEGER) AS psel,
          list_element(${diagList}, CAST(1 + ${h('diag', 'b.i')} % ${BACKGROUND_DIAGNOSES.length} AS INTEGER)) AS main_diag,
          'D0' || CAST(1 + ${h('dept', 'b.i')} % 7 AS VARCHAR) AS dept_code,
          CASE WHEN ${u('oprn', 'b.i')} < 0.4 THEN list_element(${oprnList}, CAST(1 + ${h('op', 'b.i')} % ${BACKGROUND_PROCEDURES.length} AS INTEGER)) END AS oprn_code,
          CAST(${h('drugs', 'b.i')} % 60 AS INTEGER) AS dh,
          ${u('ct', 'b.i')} < 0.1 AS has_ct
        FROM b JOIN g_person p ON p.pi = b.pi
      )
      SELECT v.*, CASE WHEN v.med_type = '21' THEN v.adm_date + v.stay ELSE v.adm_date END AS dscg_date,
        g.code AS inst_code, g.lv AS hosp_lv, g.type AS inst_type, g.hidx,
        CAST(CASE WHEN v.med_type = '11' THEN 1 + ${h('nd', 'v.i')} % 3 ELSE 1 + ${h('nd', 'v.i')} % 4 END AS INTEGER) AS nd,
        CAST(1 + ${h('ne', 'v.i')} % 2 AS INTEGER) AS ne, CAST(${h('nt', 'v.i')} % 3 AS INTEGER) AS nt,
        ${u('cons', 'v.i')} < 0.3 AS has_cons, ${u('x', 'v.i')} < 0.1 AS has_x,
        CAST(EXTRACT(YEAR FROM v.adm_date) AS INTEGER) - CAST(EXTRACT(YEAR FROM v.brdy) AS INTEGER)
          - CASE WHEN strftime(v.adm_date, '%m%d') < strftime(v.brdy, '%m%d') THEN 1 ELSE 0 END AS age_years,
        v.adm_date - v.brdy AS age_days,
        'D' || lpad(CAST(1 + (v.dh + 7) % 60 AS VARCHAR), 3, '0') || CASE WHEN ${h('var', 'v.i * 16 + 1')} % 2 = 0 THEN 'A' ELSE 'B' END AS d1
      FROM v JOIN g_inst g ON (v.med_type = '41' AND g.pidx = v.psel) OR (v.med_type <> '41' AND g.hidx = v.hsel)`);
    // Visits: the settlement-list fields an injection may set (患者性别/出生日期 as recorded, 离院方式,
    // 再住院计划, 新生儿体重), an amount settled beyond the lines, how the diagnoses are uploaded, and
    // whether an injected visit gets the usual lines.
    await x(`CREATE TABLE g_setl AS SELECT mdtrt_id, psn_no, inst_code, hosp_lv, inst_type, med_type, '医疗' AS fund_type, adm_date, dscg_date, main_diag, oprn_code, dept_code,
      true AS auto_lines, CAST(NULL AS VARCHAR) AS patn_gend, CAST(NULL AS DATE) AS patn_brdy, CAST(NULL AS VARCHAR) AS dscg_way, CAST(NULL AS VARCHAR) AS days_rinp_flag_31,
      CAST(NULL AS INTEGER) AS nwb_bir_wt, CAST(0 AS BIGINT) AS medfee_extra, CAST(NULL AS VARCHAR) AS diag_mode FROM g_visit`);
    await x(`CREATE TABLE g_diag (mdtrt_id VARCHAR, diag_code VARCHAR, maindiag_flag VARCHAR, adm_cond_type VARCHAR)`);
    await x(`CREATE TABLE g_oprn (mdtrt_id VARCHAR, oprn_oprt_type VARCHAR, oprn_oprt_code VARCHAR, oprn_oprt_date DATE)`);
    await x(`CREATE TABLE g_audit (mdtrt_id VARCHAR, dise_codg VARCHAR)`);
    await x(`CREATE TABLE g_opsp (psn_no VARCHAR, opsp_dise_code VARCHAR, begndate DATE, enddate DATE)`);
    await x(`CREATE TABLE g_refl (psn_no VARCHAR, fixmedins_code VARCHAR, reflin_medins_no VARCHAR, begndate DATE, enddate DATE)`);
    await x(`CREATE TABLE g_psn_extra (psn_no VARCHAR, certno VARCHAR, gend VARCHAR, brdy DATE, death_date DATE, insutype VARCHAR)`);
    await x(`CREATE TABLE g_truth (rule_id VARCHAR, hit_key VARCHAR)`);
    // Lines: sn, mdtrt_id, psn_no, fee_date, item, cnt, price (NULL: catalog price; negative: cap + |x|), prd_days, ownpay (NULL: by 甲乙丙), dept
    await x(`CREATE TABLE g_line (sn VARCHAR, mdtrt_id VARCHAR, psn_no VARCHAR, fee_date DATE, item VARCHAR, cnt INTEGER, price BIGINT, prd_days INTEGER, ownpay BIGINT, dept_code VARCHAR, rxno VARCHAR, hi_rxno VARCHAR)`);
    // Background lines go straight into fee, priced at the cap in force (or the base price).
    await x(`INSERT INTO fee (${FEE_COLUMNS})
      WITH o AS (
        SELECT v.i, v.mdtrt_id, v.psn_no, v.hosp_lv, v.adm_date AS fee_date, v.dept_code, s.slot,
          CASE
            WHEN s.slot = 0 AND v.med_type = '11' THEN 'Z001'
            WHEN s.slot BETWEEN 1 AND 4 AND s.slot <= v.nd THEN 'D' || lpad(CAST(1 + (v.dh + 7 * s.slot) % 60 AS VARCHAR), 3, '0') || CASE WHEN ${h('var', 'v.i * 16 + s.slot')} % 2 = 0 THEN 'A' ELSE 'B' END
            WHEN v.med_type = '11' AND s.slot BETWEEN 5 AND 6 AND s.slot - 5 < v.ne THEN 'E' || lpad(CAST(1 + (${h('e', 'v.i')} + 3 * s.slot) % 20 AS VARCHAR), 3, '0')
            WHEN v.med_type = '11' AND s.slot = 7 AND v.has_ct THEN 'CT' || lpad(CAST(1 + ${h('ctk', 'v.i')} % 3 AS VARCHAR), 2, '0')
            WHEN v.med_type = '11' AND s.slot BETWEEN 8 AND 9 AND s.slot - 8 < v.nt THEN 'T' || lpad(CAST(1 + (${h('t', 'v.i')} + 5 * s.slot) % 30 AS VARCHAR), 3, '0')
            WHEN v.med_type = '11' AND s.slot = 10 AND v.has_cons THEN 'C' || lpad(CAST(1 + ${h('c', 'v.i')} % 15 AS VARCHAR), 3, '0')
            WHEN v.med_type = '11' AND s.slot = 11 AND v.has_x THEN 'X' || lpad(CAST(1 + ${h('xk', 'v.i')} % 5 AS VARCHAR), 3, '0')
          END AS item
        FROM g_visit v, range(12) s(slot) WHERE v.med_type IN ('11', '41')
      ), ip AS (
        SELECT v.i, v.mdtrt_id, v.psn_no, v.hosp_lv, v.adm_date + CAST(d.day AS INTEGER) AS fee_date, v.dept_code, d.day, s.slot,
          CASE s.slot
            WHEN 0 THEN 'B001' WHEN 1 THEN 'N001' WHEN 5 THEN 'Z002'
            WHEN 2 THEN 'D' || lpad(CAST(1 + (v.dh + d.day) % 60 AS VARCHAR), 3, '0') || 'A'
            WHEN 3 THEN 'D' || lpad(CAST(1 + (v.dh + d.day + 30) % 60 AS VARCHAR), 3, '0') || 'B'
            ELSE 'T' || lpad(CAST(1 + (${h('t', 'v.i')} + d.day) % 30 AS VARCHAR), 3, '0')
          END AS item
        FROM g_visit v, range(14) d(day), range(6) s(slot) WHERE v.med_type = '21' AND d.day < v.stay
      ), ipx AS (
        SELECT v.i, v.mdtrt_id, v.psn_no, v.hosp_lv, v.adm_date AS fee_date, v.dept_code, s.slot,
          CASE s.slot WHEN 0 THEN CASE WHEN ${u('ipct', 'v.i')} < 0.3 THEN 'CT' || lpad(CAST(1 + ${h('ctk', 'v.i')} % 3 AS VARCHAR), 2, '0') END
                      WHEN 1 THEN 'E' || lpad(CAST(1 + ${h('e', 'v.i')} % 20 AS VARCHAR), 3, '0')
                      ELSE 'C' || lpad(CAST(1 + ${h('c', 'v.i')} % 15 AS VARCHAR), 3, '0') END AS item
        FROM g_visit v, range(3) s(slot) WHERE v.med_type = '21'
      ), lines AS (
      SELECT 'L' || CAST(i AS VARCHAR) || 'o' || CAST(slot AS VARCHAR) AS sn, i, hosp_lv, mdtrt_id, psn_no, fee_date, item,
             CAST(CASE WHEN item LIKE 'D%' THEN 1 + ${h('cnt', 'i * 16 + slot')} % 3 ELSE 1 END AS INTEGER) AS cnt,
             CAST(NULL AS BIGINT) AS price, CAST(CASE WHEN item LIKE 'D%' THEN 3 + ${h('prd', 'i * 16 + slot')} % 12 END AS INTEGER) AS prd_days,
             CAST(NULL AS BIGINT) AS ownpay, dept_code
      FROM o WHERE item IS NOT NULL
      UNION ALL
      SELECT 'L' || CAST(i AS VARCHAR) || 'd' || CAST(day AS VARCHAR) || 's' || CAST(slot AS VARCHAR), i, hosp_lv, mdtrt_id, psn_no, fee_date, item, 1, NULL,
             CASE WHEN item LIKE 'D%' THEN 1 END, NULL, dept_code
      FROM ip
      UNION ALL
      SELECT 'L' || CAST(i AS VARCHAR) || 'x' || CAST(slot AS VARCHAR), i, hosp_lv, mdtrt_id, psn_no, fee_date, item, 1, NULL, NULL, NULL, dept_code
      FROM ipx WHERE item IS NOT NULL
      )
      SELECT l.sn, NULL, l.mdtrt_id, l.psn_no, l.fee_date, l.item, l.cnt, p.price, l.cnt * p.price,
             CASE WHEN l.item LIKE 'X%' THEN l.cnt * p.price ELSE 0 END, l.dept_code, 'DR' || CAST(l.i % 50 AS VARCHAR), l.prd_days,
             ${DEPT_NAME('l.dept_code')}, '医师' || CAST(l.i % 50 AS VARCHAR), NULL, NULL
      FROM lines l JOIN g_price p ON p.item = l.item AND p.lv = l.hosp_lv AND p.period = CASE WHEN l.fee_date < DATE '2025-07-01' THEN 1 ELSE 2 END`);

    await x(`CREATE TABLE g_tv AS SELECT * FROM g_visit WHERE slot < ${2 * NEAR_MISS_BASE}`);
    const injected = [...injections(ctx), ...lateInjections(ctx)];
    const i0 = performance.now();
    for (const inj of injected) for (const s of inj.sql) await duck.exec(s);
    if (profile) process.stderr.write(`${((performance.now() - i0) / 1000).toFixed(2)}s injections\n`);
    // Injected visits get lines so that their fund payment is not zero: 诊查费 (门诊),
    // one drug (药店) or bed + nursing + treatment (住院), never anything a rule looks for.
    const injectedVisit = 's.auto_lines AND NOT EXISTS (SELECT 1 FROM g_visit v WHERE v.mdtrt_id = s.mdtrt_id)';
    await x(`INSERT INTO g_line
      SELECT 'LN' || s.mdtrt_id, s.mdtrt_id, s.psn_no, s.adm_date,
             CASE s.med_type WHEN '11' THEN 'Z001' WHEN '41' THEN 'D' || lpad(CAST(1 + ${h('nv', 's.mdtrt_id')} % 60 AS VARCHAR), 3, '0') || 'A' ELSE 'B001' END,
             1, NULL, CASE WHEN s.med_type = '41' THEN 5 END, NULL, s.dept_code, NULL, NULL
      FROM g_setl s WHERE ${injectedVisit}`);
    await x(`INSERT INTO g_line
      SELECT 'LM' || s.mdtrt_id || '-' || CAST(d AS VARCHAR) || '-' || CAST(k AS VARCHAR), s.mdtrt_id, s.psn_no, s.adm_date + CAST(d AS INTEGER), CASE k WHEN 0 THEN 'N001' ELSE 'T' || lpad(CAST(1 + ${h('nt', 's.mdtrt_id')} % 30 AS VARCHAR), 3, '0') END,
             1, NULL, NULL, NULL, s.dept_code, NULL, NULL
      FROM g_setl s, range(2) a(k), range(14) b(d)
      WHERE s.med_type = '21' AND d < s.dscg_date - s.adm_date AND ${injectedVisit}`);
    await x(`INSERT INTO g_line
      SELECT 'LB' || s.mdtrt_id || '-' || CAST(d AS VARCHAR), s.mdtrt_id, s.psn_no, s.adm_date + CAST(d AS INTEGER), 'B001', 1, NULL, NULL, NULL, s.dept_code, NULL, NULL
      FROM g_setl s, range(1, 14) b(d)
      WHERE s.med_type = '21' AND d < s.dscg_date - s.adm_date AND ${injectedVisit}`);

    // Base tables.
    await x(`INSERT INTO fixmedins (fixmedins_code, fixmedins_name, fixmedins_type, hosp_lv, admdvs, medins_type) SELECT code, CASE WHEN type = '2' THEN '药店' ELSE '医院' END || CAST(j AS VARCHAR), type, lv, '140300', CASE WHEN type = '1' THEN '综合医院' END FROM g_inst`);
    await x(`INSERT INTO psn (psn_no, certno, gend, brdy, death_date, insutype, insuplc_admdvs) SELECT psn_no, 'C' || psn_no, gend, brdy, death_date, CASE WHEN pi % 3 = 0 THEN '390' ELSE '310' END, '140300' FROM g_person`);
    await x(`INSERT INTO psn (psn_no, certno, gend, brdy, death_date, insutype, insuplc_admdvs) SELECT psn_no, certno, gend, brdy, death_date, insutype, '140300' FROM g_psn_extra`);
    await x(`CREATE TABLE g_priced AS
      SELECT l.sn, l.mdtrt_id, l.psn_no, l.fee_date, l.item, l.cnt,
             CAST(CASE WHEN l.price IS NULL THEN p.price WHEN l.price < 0 THEN p.price - l.price ELSE l.price END AS BIGINT) AS pric,
             l.prd_days, l.ownpay, l.dept_code, i.chrgitm_lv, s.inst_code, l.rxno, l.hi_rxno
      FROM g_line l
      JOIN g_setl s ON s.mdtrt_id = l.mdtrt_id
      JOIN item i ON i.med_list_codg = l.item
      LEFT JOIN g_price p ON p.item = l.item AND p.lv = s.hosp_lv AND p.period = CASE WHEN l.fee_date < DATE '2025-07-01' THEN 1 ELSE 2 END`);
    await x(`INSERT INTO fee (${FEE_COLUMNS}) SELECT sn, NULL, mdtrt_id, psn_no, fee_date, item, cnt, pric, cnt * pric,
             COALESCE(ownpay, CASE WHEN chrgitm_lv = '丙' THEN cnt * pric ELSE 0 END), dept_code, 'DR' || CAST(${h('dr', 'mdtrt_id')} % 50 AS VARCHAR), prd_days,
             ${DEPT_NAME('dept_code')}, '医师' || CAST(${h('dr', 'mdtrt_id')} % 50 AS VARCHAR), rxno, hi_rxno
      FROM g_priced ORDER BY sn`);
    // Reversals (冲销) of 2 % of the lines no rule depends on alone: 诊查、检验检查、床位、护理.
    await x(`INSERT INTO fee (${FEE_COLUMNS}) SELECT 'R' || feedetl_sn, feedetl_sn, mdtrt_id, psn_no, fee_date, med_list_codg, -cnt, pric_fen, -det_item_fee_sumamt_fen, -fulamt_ownpay_amt_fen,
             bilg_dept_codg, bilg_dr_codg, prd_days, bilg_dept_name, bilg_dr_name, NULL, NULL
      FROM fee WHERE (med_list_codg IN ('Z001', 'N001') OR med_list_codg LIKE 'E%') AND feedetl_sn LIKE 'L%' AND ${u('rev', 'feedetl_sn')} < 0.02`);
    await x(`INSERT INTO setl (mdtrt_id, psn_no, fixmedins_code, med_type, fund_type, adm_date, dscg_date, main_diag, oprn_code, dept_code, medfee_sumamt_fen, fund_pay_fen,
                               gend, brdy, dscg_way, days_rinp_flag_31, nwb_bir_wt, act_ipt_days)
      SELECT s.mdtrt_id, s.psn_no, s.inst_code, s.med_type, s.fund_type, s.adm_date, s.dscg_date, s.main_diag, s.oprn_code, s.dept_code,
             COALESCE(t.total, 0) + COALESCE(s.medfee_extra, 0), CAST(FLOOR((COALESCE(t.total, 0) + COALESCE(s.medfee_extra, 0)) * 0.7) AS BIGINT),
             COALESCE(s.patn_gend, p.gend), COALESCE(s.patn_brdy, p.brdy),
             COALESCE(s.dscg_way, CASE WHEN s.med_type IN ('21', '52') THEN '1' END), COALESCE(s.days_rinp_flag_31, CASE WHEN s.med_type IN ('21', '52') THEN '1' END),
             s.nwb_bir_wt, CASE WHEN s.med_type IN ('21', '52') THEN GREATEST(s.dscg_date - s.adm_date, 1) END
      FROM g_setl s JOIN psn p ON p.psn_no = s.psn_no
      LEFT JOIN (SELECT mdtrt_id, SUM(det_item_fee_sumamt_fen) AS total FROM fee GROUP BY mdtrt_id) t ON t.mdtrt_id = s.mdtrt_id`);
    // The settlement list's diagnoses of every stay (4101 diseinfo): its main diagnosis, as present
    // on admission; and the diagnoses an injection adds. diag_mode breaks the list on purpose.
    await x(`INSERT INTO diag (mdtrt_id, diag_type, maindiag_flag, diag_code, diag_name, adm_cond_type)
      SELECT s.mdtrt_id, '1', CASE WHEN s.diag_mode = 'nomain' THEN '0' ELSE '1' END, s.main_diag, NULL, '1'
      FROM g_setl s WHERE s.med_type IN ('21', '52')
      UNION ALL SELECT d.mdtrt_id, '1', d.maindiag_flag, d.diag_code, NULL, d.adm_cond_type FROM g_diag d
        WHERE NOT EXISTS (SELECT 1 FROM g_setl s WHERE s.mdtrt_id = d.mdtrt_id AND s.main_diag = d.diag_code AND s.med_type IN ('21', '52'))`);
    await x(`INSERT INTO oprn (mdtrt_id, oprn_oprt_type, oprn_oprt_code, oprn_oprt_name, oprn_oprt_date) SELECT mdtrt_id, oprn_oprt_type, oprn_oprt_code, NULL, oprn_oprt_date FROM g_oprn`);
    await x(`INSERT INTO audit_dise (mdtrt_id, inout_dise_type, maindise_flag, dise_codg, dise_name) SELECT DISTINCT mdtrt_id, '2', '1', dise_codg, NULL FROM g_audit`);
    await x(`INSERT INTO psn_opsp (psn_no, opsp_dise_code, opsp_dise_name, begndate, enddate) SELECT DISTINCT psn_no, opsp_dise_code, NULL, begndate, enddate FROM g_opsp`);
    await x(`INSERT INTO refl (psn_no, fixmedins_code, reflin_medins_no, begndate, enddate, refl_rea) SELECT DISTINCT psn_no, fixmedins_code, reflin_medins_no, begndate, enddate, '转诊' FROM g_refl`);
    // Stock (进销存): purchases cover sales except for the injected institution × item pairs.
    const stockRate = 500; // per 10,000 pairs
    await x(`CREATE TABLE g_sold AS SELECT s.inst_code, f.med_list_codg AS item, i.item_class, SUM(f.cnt) AS sold
      FROM fee f JOIN g_setl s ON s.mdtrt_id = f.mdtrt_id JOIN item i ON i.med_list_codg = f.med_list_codg
      WHERE i.item_class IN ('药品', '耗材') GROUP BY s.inst_code, f.med_list_codg, i.item_class HAVING SUM(f.cnt) > 0`);
    await x(`CREATE TABLE g_stock AS SELECT *, ${h('stock', "inst_code || item")} % 10000 < ${stockRate} AS short FROM g_sold`);
    await x(`INSERT INTO inv_in (inv_sn, fixmedins_code, med_list_codg, in_date, cnt, kind) SELECT 'IN' || inst_code || '-' || item || '-0', inst_code, item, DATE '2025-01-01', CAST(sold * 3 // 10 AS INTEGER), '期初' FROM g_stock WHERE NOT short
      UNION ALL SELECT 'IN' || inst_code || '-' || item || '-1', inst_code, item, DATE '2025-03-01', CAST(sold - sold * 3 // 10 + 1 + sold // 10 AS INTEGER), '采购' FROM g_stock WHERE NOT short
      UNION ALL SELECT 'IN' || inst_code || '-' || item || '-1', inst_code, item, DATE '2025-03-01', CAST(sold - 1 - sold // 10 AS INTEGER), '采购' FROM g_stock WHERE short`);
    await x(`INSERT INTO g_truth SELECT CASE WHEN item_class = '药品' THEN 'drug-stock-mismatch' ELSE 'consumable-stock-mismatch' END, inst_code || ':' || item FROM g_stock WHERE short`);

    // Write out.
    const format = opts.format ?? 'parquet';
    for (const t of TABLES) {
      const path = join(outDir, `${t.name}.${format}`);
      // fee lines in fee_date order, as a year of daily uploads lies (the loader does not sort)
      await x(`COPY (SELECT * FROM ${t.name} ORDER BY ${t.name === 'fee' ? 'fee_date' : t.key.join(', ')}) TO ${q(path)} (FORMAT ${format === 'csv' ? 'csv, HEADER true' : 'parquet'})`);
    }
    await x(`COPY (SELECT DISTINCT rule_id, hit_key FROM g_truth ORDER BY rule_id, hit_key) TO ${q(join(outDir, 'truth.csv'))} (FORMAT csv, HEADER true)`);
    const counts = await duck.query(`SELECT (SELECT count(*) FROM setl) AS visits, (SELECT count(*) FROM fee) AS fee, (SELECT count(*) FROM psn) AS psn, (SELECT count(*) FROM fixmedins) AS inst,
      (SELECT count(*) FROM (SELECT DISTINCT rule_id, hit_key FROM g_truth) d) AS truth`);
    const byRule = await duck.query('SELECT rule_id, count(DISTINCT hit_key) AS n FROM g_truth GROUP BY rule_id ORDER BY rule_id');
    const c0 = counts[0]!;
    const result: SynthResult = {
      visits: Number(c0.visits), feeLines: Number(c0.fee), persons: Number(c0.psn), institutions: Number(c0.inst), truthRows: Number(c0.truth),
      truthByRule: Object.fromEntries(byRule.map((b) => [String(b.rule_id), Number(b.n)])),
      seconds: (performance.now() - t0) / 1000, outDir,
    };
    writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ generator: 'yibao monitor synth', seed, requestedVisits: N, ratePer10k: rate, jurisdiction: opts.jurisdiction ?? 'default', params, ...result, seconds: undefined }, null, 2) + '\n');
    return result;
  } finally {
    await duck.close();
    if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}
