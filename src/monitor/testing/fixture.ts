// Builder for small hand-built datasets (tests): persons, institutions, visits and fee
// lines on top of the shared reference tables, with totals and stock filled in.
import { buildReference, unitPriceFen, type ReferenceTables } from '../reference.js';
import type { Row } from '../schema.js';

export type MedType = '11' | '13' | '14' | '21' | '41' | '51' | '52';

export interface VisitSpec {
  id: string;
  psn: string;
  inst: string;
  type?: MedType;
  adm: string;
  dscg?: string;
  diag?: string;
  oprn?: string | null;
  dept?: string;
  fund?: '医疗' | '生育' | '工伤';
  /** Fund payment; default 70 % of the visit's net line total (floored). */
  fundPayFen?: number;
  /** Settlement-list fields added after the first version (dscg_way, days_rinp_flag_31, nwb_bir_wt, gend, brdy …). */
  extra?: Row;
}

export interface LineSpec {
  visit: string;
  item: string;
  date?: string;
  cnt?: number;
  priceFen?: number;
  prdDays?: number | null;
  dept?: string | null;
  ownpayFen?: number;
  sn?: string;
  /** Fee-line fields added after the first version (hi_rxno, rxno, bilg_dr_name …). */
  extra?: Row;
}

export const INSTITUTIONS: Row[] = [
  { fixmedins_code: 'H3', fixmedins_name: '市第一人民医院', fixmedins_type: '1', hosp_lv: 3, admdvs: '140300' },
  { fixmedins_code: 'H2', fixmedins_name: '区人民医院', fixmedins_type: '1', hosp_lv: 2, admdvs: '140300' },
  { fixmedins_code: 'H1', fixmedins_name: '社区卫生服务中心', fixmedins_type: '1', hosp_lv: 1, admdvs: '140300' },
  { fixmedins_code: 'YD', fixmedins_name: '康民大药房', fixmedins_type: '2', hosp_lv: 0, admdvs: '140300' },
];

export const PERSONS: Row[] = [
  { psn_no: 'PM', certno: '140302197005100011', gend: '1', brdy: '1970-05-10', insutype: '310' },
  { psn_no: 'PF', certno: '140302198503200022', gend: '2', brdy: '1985-03-20', insutype: '310' },
  { psn_no: 'PC', certno: '140302201806010033', gend: '1', brdy: '2018-06-01', insutype: '390' },
  { psn_no: 'PN', certno: '140302202503010044', gend: '2', brdy: '2025-03-01', insutype: '390' },
];

export class FixtureBuilder {
  readonly ref: ReferenceTables = buildReference();
  readonly psn: Row[] = PERSONS.map((p) => ({ ...p }));
  readonly fixmedins: Row[] = INSTITUTIONS.map((p) => ({ ...p }));
  readonly setl: Row[] = [];
  readonly fee: Row[] = [];
  readonly inv_in: Row[] = [];
  readonly diag: Row[] = [];
  readonly oprn: Row[] = [];
  readonly audit_dise: Row[] = [];
  readonly psn_opsp: Row[] = [];
  readonly refl: Row[] = [];
  /** (institution, item) pairs whose stock is not filled in automatically. */
  readonly noAutoStock = new Set<string>();
  private seq = 0;
  private readonly visits = new Map<string, VisitSpec>();

  person(psn_no: string, gend: '1' | '2', brdy: string, extra: Row = {}): string {
    this.psn.push({ psn_no, certno: `CERT-${psn_no}`, gend, brdy, insutype: '310', ...extra });
    return psn_no;
  }

  visit(v: VisitSpec): string {
    this.visits.set(v.id, v);
    return v.id;
  }

  levelOf(inst: string): number {
    return Number(this.fixmedins.find((f) => f.fixmedins_code === inst)?.hosp_lv ?? 0);
  }

  /** The price a line gets by default: the cap in force for capped items, else the base price. */
  priceAt(item: string, inst: string, date: string): number {
    const lv = this.levelOf(inst);
    const cap = this.ref.price_cap.find(
      (c) => c.med_list_codg === item && Number(c.hosp_lv) === lv && String(c.begn_date) <= date && date <= String(c.end_date),
    );
    if (cap) return Number(cap.cap_fen);
    if (lv === 0) {
      const lv3 = this.ref.price_cap.find((c) => c.med_list_codg === item && Number(c.hosp_lv) === 3);
      if (lv3) return Number(lv3.cap_fen);
    }
    return unitPriceFen(item);
  }

  line(l: LineSpec): string {
    const v = this.visits.get(l.visit);
    if (!v) throw new Error(`unknown visit ${l.visit}`);
    const date = l.date ?? v.adm;
    const cnt = l.cnt ?? 1;
    const price = l.priceFen ?? this.priceAt(l.item, v.inst, date);
    const it = this.ref.item.find((i) => i.med_list_codg === l.item);
    if (!it) throw new Error(`unknown item ${l.item}`);
    const sn = l.sn ?? `F${String(++this.seq).padStart(4, '0')}`;
    const amt = cnt * price;
    this.fee.push({
      feedetl_sn: sn, init_feedetl_sn: null, mdtrt_id: v.id, psn_no: v.psn, fee_date: date, med_list_codg: l.item,
      cnt, pric_fen: price, det_item_fee_sumamt_fen: amt,
      fulamt_ownpay_amt_fen: l.ownpayFen ?? (it.chrgitm_lv === '丙' ? amt : 0),
      bilg_dept_codg: l.dept === undefined ? v.dept ?? 'D01' : l.dept, bilg_dr_codg: 'DR1',
      prd_days: l.prdDays === undefined ? (it.item_class === '药品' ? 3 : null) : l.prdDays,
      ...l.extra,
    });
    return sn;
  }

  /** A diagnosis of the settlement list (4101 diseinfo). */
  diagnosis(visit: string, code: string, main = false, extra: Row = {}): void {
    this.diag.push({ mdtrt_id: visit, diag_type: '1', maindiag_flag: main ? '1' : '0', diag_code: code, diag_name: null, ...extra });
  }

  /** A procedure of the settlement list (4101 oprninfo). */
  procedure(visit: string, code: string, date: string, main = true): void {
    this.oprn.push({ mdtrt_id: visit, oprn_oprt_type: main ? '1' : '2', oprn_oprt_code: code, oprn_oprt_name: null, oprn_oprt_date: date });
  }

  /** A diagnosis of the clinical record uploaded at 明细审核 (3101/3102). */
  recordDiagnosis(visit: string, code: string, main = true): void {
    this.audit_dise.push({ mdtrt_id: visit, inout_dise_type: '2', maindise_flag: main ? '1' : '0', dise_codg: code });
  }

  /** A 门诊慢特病 registration (2503). */
  chronic(psn: string, code: string, begndate: string, enddate: string): void {
    this.psn_opsp.push({ psn_no: psn, opsp_dise_code: code, opsp_dise_name: null, begndate, enddate });
  }

  /** A referral registration (2501): from one institution to another. */
  referral(psn: string, from: string, to: string, begndate: string, enddate: string): void {
    this.refl.push({ psn_no: psn, fixmedins_code: from, reflin_medins_no: to, begndate, enddate });
  }

  /** A reversal (冲销) line for `cnt` units of an earlier line (default: all of it). */
  reverse(sn: string, cnt?: number): string {
    const orig = this.fee.find((f) => f.feedetl_sn === sn);
    if (!orig) throw new Error(`unknown line ${sn}`);
    const n = cnt ?? Number(orig.cnt);
    const rsn = `R${String(++this.seq).padStart(4, '0')}`;
    const amt = -n * Number(orig.pric_fen);
    const own = Number(orig.fulamt_ownpay_amt_fen) === 0 ? 0 : amt;
    this.fee.push({ ...orig, feedetl_sn: rsn, init_feedetl_sn: sn, cnt: -n, det_item_fee_sumamt_fen: amt, fulamt_ownpay_amt_fen: own });
    return rsn;
  }

  stockIn(inst: string, item: string, cnt: number, date = '2025-01-01'): void {
    this.noAutoStock.add(`${inst}|${item}`);
    this.inv_in.push({ inv_sn: `I${String(++this.seq).padStart(4, '0')}`, fixmedins_code: inst, med_list_codg: item, in_date: date, cnt, kind: '采购' });
  }

  tables(): Record<string, Row[]> {
    const setl: Row[] = [];
    const net = new Map<string, number>();
    for (const f of this.fee) net.set(String(f.mdtrt_id), (net.get(String(f.mdtrt_id)) ?? 0) + Number(f.det_item_fee_sumamt_fen));
    for (const v of this.visits.values()) {
      const total = net.get(v.id) ?? 0;
      setl.push({
        mdtrt_id: v.id, psn_no: v.psn, fixmedins_code: v.inst, med_type: v.type ?? '11', fund_type: v.fund ?? '医疗',
        adm_date: v.adm, dscg_date: v.dscg ?? v.adm, main_diag: v.diag ?? 'J06.900', oprn_code: v.oprn ?? null, dept_code: v.dept ?? 'D01',
        medfee_sumamt_fen: total, fund_pay_fen: v.fundPayFen ?? Math.floor(total * 0.7),
        ...v.extra,
      });
    }
    // Automatic stock: what was sold (net of reversals) was bought, unless the test sets stock itself.
    const sold = new Map<string, number>();
    const classOf = new Map(this.ref.item.map((i) => [String(i.med_list_codg), String(i.item_class)]));
    for (const f of this.fee) {
      const cls = classOf.get(String(f.med_list_codg));
      if (cls !== '药品' && cls !== '耗材') continue;
      const inst = this.visits.get(String(f.mdtrt_id))?.inst;
      const key = `${inst}|${f.med_list_codg}`;
      sold.set(key, (sold.get(key) ?? 0) + Number(f.cnt));
    }
    const inv = [...this.inv_in];
    let i = 0;
    for (const [key, qty] of sold) {
      if (this.noAutoStock.has(key) || qty <= 0) continue;
      const [inst, item] = key.split('|');
      inv.push({ inv_sn: `AUTO${++i}`, fixmedins_code: inst, med_list_codg: item, in_date: '2025-01-01', cnt: qty, kind: '期初' });
    }
    return {
      ...this.ref, psn: this.psn, fixmedins: this.fixmedins, setl, fee: this.fee, inv_in: inv,
      diag: this.diag, oprn: this.oprn, audit_dise: this.audit_dise, psn_opsp: this.psn_opsp, refl: this.refl,
    };
  }
}
