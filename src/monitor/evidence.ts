// Evidence a case file can use, for every hit: its fee lines (流水号, dates, item codes and
// names, quantities, prices, amounts, 科室, 医生), the visit's diagnoses, a sentence in
// Chinese saying why, the article and item it breaks with their text, and its amounts
// split into fund payment, patient share and gross. Runs after the rule pack on the same
// engine session (it reads the pack's temp tables), with the same SQL on both engines.
//
// A line's fund payment: the national line data carries what is in the policy scope
// (符合政策范围金额, else gross − 全自费 − 超限价 − 先行自付); the settlement carries what the
// fund paid for the visit (统筹等基金 + 个人账户). The fund paid each line its in-scope amount
// × the visit's ratio fund ÷ in-scope total (at most 1), rounded down to the fen.
import { chineseNumeral, formatYuan, loadCorpus, type Corpus } from '../law/index.js';
import type { SqlEngine, SqlValue } from './engine.js';
import { hitKindOf, type HitKind, type Rule } from './rules.js';
import type { Hit } from './run.js';

export interface EvidenceLine {
  feedetlSn: string;
  mdtrtId: string;
  feeDate: string;
  itemCode: string;
  itemName: string | null;
  itemClass: string | null;
  /** Quantity after reversals. */
  cnt: number;
  pricFen: number;
  /** Gross amount after reversals (fund payment + patient share). */
  grossFen: number;
  fundFen: number;
  patientFen: number;
  deptCode: string | null;
  deptName: string | null;
  doctorCode: string | null;
  doctorName: string | null;
}

export interface EvidenceDiagnosis {
  code: string;
  name: string | null;
  main: boolean;
}

export interface HitMoney {
  /** Gross amount of the violating part (all payers). */
  grossFen: number;
  /** What the fund paid for the violating part: the fund loss of a 明确违规 hit. */
  fundFen: number;
  /** What the patient paid for it (gross − fund). */
  patientFen: number;
}

/** An article, paragraph or item cited in words with its text. */
export interface Citation {
  /** "医疗保障基金使用监督管理条例:38:2" or "…:41:p2". */
  article: string;
  /** 《医疗保障基金使用监督管理条例》第三十八条第（二）项 */
  label: string;
  text: string;
}

export interface HitDetail {
  kind: HitKind;
  money: HitMoney;
  /**
   * Fund loss of this hit counted in its lead: 明确违规 only, a line hit by several rules
   * counted once (set when leads are built); 0 for 可疑 hits and indicators.
   */
  lossFen: number;
  /** The hit's lines (at most `lineCap`; every line of a 明确违规 hit). */
  lines: EvidenceLine[];
  lineCount: number;
  /** Per line of a 明确违规 hit: the fund loss it claims (the lead counts a line once). */
  lineLoss: Record<string, number>;
  diagnoses: EvidenceDiagnosis[];
  reason: string;
  citation: Citation;
  /** What could not be checked or may be affected (missing data, quarantined rows). */
  caveats: string[];
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const num = (v: SqlValue | undefined): number => (v === null || v === undefined ? 0 : Number(v));
const str = (v: SqlValue | undefined): string | null => (v === null || v === undefined ? null : String(v));

// ---- citations ----

let corpus: Corpus | undefined;
const citationCache = new Map<string, Citation>();

/** "医疗保障基金使用监督管理条例:38:2" → 《…》第三十八条第（二）项 with the item's text. */
export function citationOf(article: string): Citation {
  const cached = citationCache.get(article);
  if (cached) return cached;
  const [statute, art, ...rest] = article.split(':');
  const n = Number(art);
  corpus ??= loadCorpus();
  const a = corpus.article(statute!, n);
  const para = rest[0]?.startsWith('p') ? Number(rest[0].slice(1)) : 1;
  const itemNo = rest[0]?.startsWith('p') ? (rest[1] ? Number(rest[1]) : undefined) : rest[0] ? Number(rest[0]) : undefined;
  let label = `《${statute}》第${chineseNumeral(n)}条`;
  let text = a?.text ?? '（法规库中没有该条文本）';
  if (a) {
    const p = a.paragraphs[para - 1];
    const explicitParagraph = rest[0]?.startsWith('p');
    if (explicitParagraph) label += `第${chineseNumeral(para)}款`;
    if (itemNo !== undefined) {
      label += `第（${chineseNumeral(itemNo)}）项`;
      const item = p?.items[itemNo - 1];
      text = item ? `${p!.text}……${item.text}` : '（法规库中没有该项文本）';
    } else if (explicitParagraph) {
      text = p ? [p.text, ...p.items.map((i) => `（${chineseNumeral(i.number)}）${i.text}`)].join('') : '（法规库中没有该款文本）';
    }
  }
  const c = { article, label, text };
  citationCache.set(article, c);
  return c;
}

// ---- reasons ----

/** Fills a rule's reason template: {{column}} from the hit (amounts *_fen as 元), {{x%}} a 万分比 as a percentage. */
export function renderReason(template: string, values: Record<string, SqlValue | undefined>): string {
  return template.replace(/\{\{([a-z_]+)(%?)\}\}/g, (_m, key: string, pct: string) => {
    const v = values[key];
    if (v === null || v === undefined || v === '') return '（无）';
    if (pct) return `${(Number(v) / 100).toFixed(2)}%`;
    if (key.endsWith('_fen') || key === 'amount') return formatYuan(Number(v));
    return String(v);
  });
}

// ---- the SQL side ----

export interface EvidenceOptions {
  /** The fee table the pack read (fee, or a daily increment's lines). */
  feeSource?: string;
  /** Lines listed per 可疑 or indicator hit, default 10 (all lines of a 明确违规 hit are listed, up to 2000). */
  lineCap?: number;
  /** Data the rules need that this dataset lacks: rule id → what it could not check. */
  unchecked?: Map<string, string[]>;
  /** Caveat per hit (e.g. quarantined rows touching it). */
  caveatOf?: (hit: Hit) => string | undefined;
}

const SCOPE_WITH_SN = new Set(['line', 'listed']);
const MAX_LOSS_LINES = 2000;

/** Attaches HitDetail to every hit (returns new hit objects in the same order). */
export async function attachEvidence(engine: SqlEngine, rules: Rule[], hits: Hit[], opts: EvidenceOptions = {}): Promise<Hit[]> {
  const profile = process.env.YIBAO_EVIDENCE_PROFILE === '1';
  let t0 = performance.now();
  const step = (what: string): void => {
    if (!profile) return;
    process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(2)}s ${what}\n`);
    t0 = performance.now();
  };
  const feeSource = opts.feeSource ?? 'fee';
  const lineCap = opts.lineCap ?? 10;
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const t of ['ev_hit0', 'ev_hit', 'ev_sn', 'ev_vis', 'ev_line', 'ev_mdtrt', 'ev_fee', 'ev_ratio', 'ev_hitvis', 'ev_full']) await engine.exec(`DROP TABLE IF EXISTS ${t}`);
  await engine.exec('CREATE TEMP TABLE ev_hit0 (hit_no INTEGER, rule_id VARCHAR, scope VARCHAR, mdtrt_id VARCHAR, occur_date VARCHAR, item VARCHAR, inst VARCHAR)');
  await engine.exec('CREATE TEMP TABLE ev_sn (hit_no INTEGER, sn VARCHAR)');
  await engine.exec('CREATE TEMP TABLE ev_vis (hit_no INTEGER, mdtrt_id VARCHAR)');
  const hitRows: (string | number | null)[][] = [];
  const snRows: (string | number)[][] = [];
  const visRows: (string | number)[][] = [];
  hits.forEach((h, i) => {
    const rule = byId.get(h.ruleId);
    if (!rule) throw new Error(`未知规则: ${h.ruleId}`);
    const item = typeof h.evidence.med_list_codg === 'string' ? h.evidence.med_list_codg : null;
    hitRows.push([i, rule.id, rule.lines, h.mdtrtId, h.occurDate, item, h.fixmedinsCode]);
    if (rule.lines === 'line' && h.feedetlSn) snRows.push([i, h.feedetlSn]);
    if (rule.lines === 'listed') for (const sn of (h.lineSns ?? '').split(',').filter(Boolean)) snRows.push([i, sn]);
    if (rule.lines === 'visits') for (const v of (h.visitIds ?? '').split(',').filter(Boolean)) visRows.push([i, v]);
    if (rule.lines === 'visit' && h.mdtrtId) visRows.push([i, h.mdtrtId]);
  });
  const I = 'INTEGER' as const;
  const V = 'VARCHAR' as const;
  await engine.bulkInsert('ev_hit0', [{ name: 'hit_no', type: I }, { name: 'rule_id', type: V }, { name: 'scope', type: V }, { name: 'mdtrt_id', type: V }, { name: 'occur_date', type: V }, { name: 'item', type: V }, { name: 'inst', type: V }], hitRows);
  await engine.bulkInsert('ev_sn', [{ name: 'hit_no', type: I }, { name: 'sn', type: V }], snRows);
  await engine.bulkInsert('ev_vis', [{ name: 'hit_no', type: I }, { name: 'mdtrt_id', type: V }], visRows);
  await engine.exec('CREATE TEMP TABLE ev_hit AS SELECT hit_no, rule_id, scope, mdtrt_id, CAST(occur_date AS DATE) AS occur_date, item, inst FROM ev_hit0');
  step('inserted hit refs');

  // The lines of each hit.
  await engine.exec('CREATE TEMP TABLE ev_line (hit_no INTEGER, sn VARCHAR, mdtrt_id VARCHAR)');
  await engine.exec('INSERT INTO ev_line SELECT s.hit_no, x.feedetl_sn, x.mdtrt_id FROM ev_sn s JOIN fee_x x ON x.feedetl_sn = s.sn');
  await engine.exec(`INSERT INTO ev_line SELECT h.hit_no, x.feedetl_sn, x.mdtrt_id FROM ev_hit h JOIN fee_x x ON x.mdtrt_id = h.mdtrt_id
    WHERE (h.scope = 'visit-day' AND x.fee_date = h.occur_date) OR (h.scope = 'visit-item' AND x.med_list_codg = h.item)
       OR (h.scope = 'visit-day-item' AND x.fee_date = h.occur_date AND x.med_list_codg = h.item)`);
  await engine.exec('INSERT INTO ev_line SELECT v.hit_no, x.feedetl_sn, x.mdtrt_id FROM ev_vis v JOIN fee_x x ON x.mdtrt_id = v.mdtrt_id');
  step('ev_line visits');
  // an institution × item: its amounts from all its lines (below), the first lines listed
  await engine.exec(`INSERT INTO ev_line SELECT hit_no, feedetl_sn, mdtrt_id FROM (
      SELECT h.hit_no, x.feedetl_sn, x.mdtrt_id, ROW_NUMBER() OVER (PARTITION BY h.hit_no ORDER BY x.fee_date, x.feedetl_sn) AS rn
      FROM ev_hit h JOIN fee_x x ON x.fixmedins_code = h.inst AND x.med_list_codg = h.item WHERE h.scope = 'institution-item') t
    WHERE rn <= ${lineCap}`);
  const instItem = await engine.query(`SELECT h.hit_no, CAST(SUM(x.amt_fen) AS BIGINT) AS g,
      CAST(SUM(FLOOR(CAST(x.amt_fen AS FLOAT8) * CASE WHEN s.inscp_fen > 0 THEN LEAST(CAST(v.fund_pay_fen AS FLOAT8) / s.inscp_fen, 1) ELSE 0 END)) AS BIGINT) AS fnd, COUNT(*) AS n
    FROM ev_hit h JOIN fee_x x ON x.fixmedins_code = h.inst AND x.med_list_codg = h.item
    JOIN visit_x v ON v.mdtrt_id = x.mdtrt_id JOIN fee_span s ON s.mdtrt_id = x.mdtrt_id
    WHERE h.scope = 'institution-item' GROUP BY h.hit_no`);
  // indicators: the institution's largest lines of the kind measured
  for (const rule of rules.filter((r) => r.lines === 'institution')) {
    const classes = (rule.bind?.classes as string[] | undefined) ?? [];
    const subs = (rule.bind?.sub_classes as string[] | undefined) ?? [];
    const list = (xs: string[]): string => (xs.length ? `(${xs.map(sqlString).join(', ')})` : '(NULL)');
    await engine.exec(`INSERT INTO ev_line SELECT hit_no, feedetl_sn, mdtrt_id FROM (
      SELECT h.hit_no, x.feedetl_sn, x.mdtrt_id, ROW_NUMBER() OVER (PARTITION BY h.hit_no ORDER BY x.amt_fen DESC, x.feedetl_sn) AS rn
      FROM ev_hit h JOIN fee_x x ON x.fixmedins_code = h.inst
      WHERE h.rule_id = ${sqlString(rule.id)} AND (x.item_class IN ${list(classes)} OR x.sub_class IN ${list(subs)})) t WHERE rn <= ${lineCap}`);
  }
  await engine.exec('CREATE TEMP TABLE ev_hitvis AS SELECT DISTINCT hit_no, mdtrt_id FROM ev_vis');
  await engine.exec(`CREATE TEMP TABLE ev_mdtrt AS SELECT DISTINCT mdtrt_id FROM (
    SELECT mdtrt_id FROM ev_line UNION ALL SELECT mdtrt_id FROM ev_vis UNION ALL SELECT mdtrt_id FROM ev_hit WHERE mdtrt_id IS NOT NULL) u`);
  step('ev_line all');

  // The hits' lines with their payers' split, reversals netted.
  await engine.exec(`CREATE TEMP TABLE ev_fee AS
    SELECT l.feedetl_sn, l.mdtrt_id, l.fee_date, l.med_list_codg, l.pric_fen,
           CAST(l.cnt AS BIGINT) + COALESCE(r.rcnt, 0) AS cnt,
           CAST(l.det_item_fee_sumamt_fen AS BIGINT) + COALESCE(r.ramt, 0) AS gross_fen,
           CAST(l.fulamt_ownpay_amt_fen AS BIGINT) + COALESCE(r.rown, 0) AS own_fen,
           CASE WHEN l.inscp_scp_amt_fen IS NOT NULL THEN CAST(l.inscp_scp_amt_fen AS BIGINT) + COALESCE(r.rinscp, 0) END AS inscp_given_fen,
           CAST(COALESCE(l.overlmt_amt_fen, 0) AS BIGINT) + COALESCE(r.rover, 0) AS over_fen,
           CAST(COALESCE(l.preselfpay_amt_fen, 0) AS BIGINT) + COALESCE(r.rpresel, 0) AS presel_fen,
           l.bilg_dept_codg, l.bilg_dept_name, l.bilg_dr_codg, l.bilg_dr_name
    FROM ${feeSource} l
    LEFT JOIN fee_rev r ON r.sn = l.feedetl_sn
    WHERE l.init_feedetl_sn IS NULL AND CAST(l.cnt AS BIGINT) + COALESCE(r.rcnt, 0) > 0 AND l.feedetl_sn IN (SELECT sn FROM ev_line)`);
  // each visit's fund payment against its in-scope total (kept with the data at load: fee_span)
  await engine.exec(`CREATE TEMP TABLE ev_ratio AS
    SELECT v.mdtrt_id, v.fund_pay_fen, v.medfee_sumamt_fen, s.inscp_fen
    FROM visit_x v JOIN fee_span s ON s.mdtrt_id = v.mdtrt_id
    WHERE v.mdtrt_id IN (SELECT mdtrt_id FROM ev_mdtrt)`);
  step('ev_fee ev_ratio');
  const lineFund = `CASE WHEN r.inscp_fen > 0 THEN CAST(FLOOR(CAST(GREATEST(COALESCE(f.inscp_given_fen, f.gross_fen - f.own_fen - f.over_fen - f.presel_fen), 0) AS FLOAT8)
      * LEAST(CAST(r.fund_pay_fen AS FLOAT8) / r.inscp_fen, 1)) AS BIGINT) ELSE 0 END`;

  // Per hit: the gross and fund of its lines, and of its visits (for fund-kind hits).
  const agg = await engine.query(`SELECT l.hit_no, CAST(SUM(f.gross_fen) AS BIGINT) AS g, CAST(SUM(${lineFund}) AS BIGINT) AS fnd, COUNT(*) AS n
    FROM (SELECT DISTINCT hit_no, sn FROM ev_line) l JOIN ev_fee f ON f.feedetl_sn = l.sn JOIN ev_ratio r ON r.mdtrt_id = f.mdtrt_id GROUP BY l.hit_no`);
  const lineAgg = new Map(agg.map((a) => [num(a.hit_no), { g: num(a.g), f: num(a.fnd), n: num(a.n) }]));
  // an institution × item (进销存): all its lines, each line's fund share taken as its visit's ratio on the whole line
  for (const a of instItem) lineAgg.set(num(a.hit_no), { g: num(a.g), f: num(a.fnd), n: num(a.n) });
  const vagg = await engine.query(`SELECT h.hit_no, CAST(SUM(v.medfee_sumamt_fen) AS BIGINT) AS g, CAST(SUM(v.fund_pay_fen) AS BIGINT) AS fnd
    FROM ev_hitvis h JOIN visit_x v ON v.mdtrt_id = h.mdtrt_id GROUP BY h.hit_no`);
  const visitAgg = new Map(vagg.map((a) => [num(a.hit_no), { g: num(a.g), f: num(a.fnd) }]));
  step('aggregates');

  // Lines listed: every line of a 明确违规 hit (up to MAX_LOSS_LINES), else the first `lineCap` by date.
  const explicitHits = hits.map((h, i) => (hitKindOf(byId.get(h.ruleId)!) === '明确违规' ? i : -1)).filter((i) => i >= 0);
  await engine.exec('CREATE TEMP TABLE ev_full (hit_no INTEGER)');
  await engine.bulkInsert('ev_full', [{ name: 'hit_no', type: 'INTEGER' }], explicitHits.map((i) => [i]));
  const rows = await engine.query(`SELECT t.* FROM (
      SELECT l.hit_no, f.feedetl_sn, f.mdtrt_id, CAST(f.fee_date AS VARCHAR) AS fee_date, f.med_list_codg, i.item_name, i.item_class, f.cnt, f.pric_fen, f.gross_fen,
             ${lineFund} AS fund_fen, f.bilg_dept_codg, f.bilg_dept_name, f.bilg_dr_codg, f.bilg_dr_name,
             ROW_NUMBER() OVER (PARTITION BY l.hit_no ORDER BY f.fee_date, f.feedetl_sn) AS rn,
             CASE WHEN l.hit_no IN (SELECT hit_no FROM ev_full) THEN ${MAX_LOSS_LINES} ELSE ${lineCap} END AS cap
      FROM (SELECT DISTINCT hit_no, sn FROM ev_line) l JOIN ev_fee f ON f.feedetl_sn = l.sn JOIN ev_ratio r ON r.mdtrt_id = f.mdtrt_id
      LEFT JOIN item i ON i.med_list_codg = f.med_list_codg) t
    WHERE t.rn <= t.cap ORDER BY t.hit_no, t.rn`);
  step('line rows query');
  const linesOf = new Map<number, EvidenceLine[]>();
  for (const r of rows) {
    const k = num(r.hit_no);
    let list = linesOf.get(k);
    if (!list) linesOf.set(k, (list = []));
    const gross = num(r.gross_fen);
    const fund = num(r.fund_fen);
    list.push({
      feedetlSn: String(r.feedetl_sn), mdtrtId: String(r.mdtrt_id), feeDate: String(r.fee_date), itemCode: String(r.med_list_codg), itemName: str(r.item_name),
      itemClass: str(r.item_class), cnt: num(r.cnt), pricFen: num(r.pric_fen), grossFen: gross, fundFen: fund, patientFen: gross - fund,
      deptCode: str(r.bilg_dept_codg), deptName: str(r.bilg_dept_name), doctorCode: str(r.bilg_dr_codg), doctorName: str(r.bilg_dr_name),
    });
  }
  // Diagnoses of each hit's visit; names of institutions and items for the sentences.
  const dx = await engine.query(`SELECT v.mdtrt_id, v.main_diag, d.diag_code, d.diag_name, d.maindiag_flag
    FROM visit_x v LEFT JOIN diag d ON d.mdtrt_id = v.mdtrt_id WHERE v.mdtrt_id IN (SELECT mdtrt_id FROM ev_hit WHERE mdtrt_id IS NOT NULL) ORDER BY v.mdtrt_id, d.maindiag_flag DESC, d.diag_code`);
  const dxOf = new Map<string, EvidenceDiagnosis[]>();
  for (const d of dx) {
    const id = String(d.mdtrt_id);
    let list = dxOf.get(id);
    if (!list) {
      list = [];
      dxOf.set(id, list);
      if (d.diag_code === null) list.push({ code: String(d.main_diag), name: null, main: true });
    }
    if (d.diag_code !== null) list.push({ code: String(d.diag_code), name: str(d.diag_name), main: d.maindiag_flag === '1' });
  }
  const names = new Map((await engine.query('SELECT fixmedins_code, fixmedins_name FROM fixmedins')).map((r) => [String(r.fixmedins_code), String(r.fixmedins_name)]));
  const items = new Map((await engine.query('SELECT med_list_codg, item_name FROM item WHERE med_list_codg IN (SELECT item FROM ev_hit WHERE item IS NOT NULL)')).map((r) => [String(r.med_list_codg), String(r.item_name)]));
  for (const t of ['ev_hit0', 'ev_hit', 'ev_sn', 'ev_vis', 'ev_line', 'ev_mdtrt', 'ev_fee', 'ev_ratio', 'ev_hitvis', 'ev_full']) await engine.exec(`DROP TABLE IF EXISTS ${t}`);

  step(`rows ${rows.length}, diagnoses, names`);
  const result = hits.map((h, i) => {
    const rule = byId.get(h.ruleId)!;
    const kind = hitKindOf(rule);
    const lines = linesOf.get(i) ?? [];
    const la = lineAgg.get(i) ?? { g: 0, f: 0, n: 0 };
    let money: HitMoney;
    const lineLoss: Record<string, number> = {};
    if (rule.amountKind === 'none') money = { grossFen: 0, fundFen: 0, patientFen: 0 };
    else if (rule.amountKind === 'fund') {
      const va = visitAgg.get(i) ?? { g: la.g, f: h.amountFen };
      const gross = va.f > 0 ? Math.floor((va.g * h.amountFen) / va.f) : va.g;
      money = { grossFen: Math.max(gross, h.amountFen), fundFen: h.amountFen, patientFen: Math.max(gross, h.amountFen) - h.amountFen };
    } else {
      const gross = rule.amountKind === 'lines' ? la.g : h.amountFen;
      const share = la.g > 0 ? Math.min(1, gross / la.g) : 0;
      let fund = 0;
      for (const l of lines) {
        const lf = Math.floor(l.fundFen * share);
        lineLoss[l.feedetlSn] = lf;
        fund += lf;
      }
      if (lines.length < la.n) fund = Math.floor(la.f * share); // more lines than listed: from the totals
      money = { grossFen: gross, fundFen: fund, patientFen: gross - fund };
    }
    const caveats = [...(opts.unchecked?.get(rule.id) ?? [])];
    const extra = opts.caveatOf?.(h);
    if (extra) caveats.push(extra);
    const values: Record<string, SqlValue | undefined> = {
      ...h.evidence, psn_no: h.psnNo, mdtrt_id: h.mdtrtId, feedetl_sn: h.feedetlSn, occur_date: h.occurDate, fixmedins_code: h.fixmedinsCode,
      fixmedins_name: h.fixmedinsCode ? names.get(h.fixmedinsCode) ?? h.fixmedinsCode : null,
      item_name: typeof h.evidence.med_list_codg === 'string' ? items.get(h.evidence.med_list_codg) ?? lines.find((l) => l.itemCode === h.evidence.med_list_codg)?.itemName ?? h.evidence.med_list_codg : null,
      amount: h.amountFen,
    };
    const detail: HitDetail = {
      kind, money, lossFen: 0, lines, lineCount: la.n, lineLoss: kind === '明确违规' ? lineLoss : {},
      diagnoses: h.mdtrtId ? dxOf.get(h.mdtrtId) ?? [] : [], reason: renderReason(rule.reason, values), citation: citationOf(rule.article), caveats,
    };
    return { ...h, detail };
  });
  step('details');
  return result;
}
