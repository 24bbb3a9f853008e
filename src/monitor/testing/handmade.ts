// A hand-made dataset, written visit by visit (not by the generator): the legitimate
// patterns an analyst clears at a glance, which no rule may flag, and the frauds the rules
// must find — among them the three kinds that slipped through before (idle bed days that
// carry only the automatic 住院诊查费, an outpatient claim at the same hospital during a stay,
// a stay billed past the patient's death). Each scenario says what it is and, for a fraud,
// which rule must find which hit. data/monitor/handmade/ holds it as CSV in the national
// field names (fee_ocur_time, amounts in 元 …), written by writeHandmadeCsv.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FixtureBuilder, type VisitSpec, type LineSpec } from './fixture.js';
import { TABLES, type Row } from '../schema.js';

export interface Scenario {
  id: string;
  /** What it is, in Chinese. */
  title: string;
  legitimate: boolean;
  /** Hits the pack must find (rule id → hit keys); none for a legitimate pattern. */
  expect: Record<string, string[]>;
}

export interface Handmade {
  tables: Record<string, Row[]>;
  scenarios: Scenario[];
  /** rule id → hit keys the pack must find (every fraud scenario's hits). */
  truth: Map<string, Set<string>>;
}

const day = (base: string, n: number): string => {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export function buildHandmade(): Handmade {
  const b = new FixtureBuilder();
  // Nine institutions of one city (the builder has H3 市第一人民医院, H2 区人民医院, H1 社区卫生服务中心, YD 康民大药房).
  for (const f of b.fixmedins) f.medins_type = f.fixmedins_code === 'H1' ? '基层医疗卫生机构' : f.fixmedins_type === '1' ? '综合医院' : null;
  b.fixmedins.push(
    { fixmedins_code: 'ZL3', fixmedins_name: '市肿瘤医院', fixmedins_type: '1', hosp_lv: 3, admdvs: '140300', medins_type: '专科医院' },
    { fixmedins_code: 'ZX3', fixmedins_name: '市中心医院', fixmedins_type: '1', hosp_lv: 3, admdvs: '140300', medins_type: '综合医院' },
    { fixmedins_code: 'TX2', fixmedins_name: '城东血液透析中心', fixmedins_type: '1', hosp_lv: 2, admdvs: '140300', medins_type: '专科医院' },
    { fixmedins_code: 'SQ1', fixmedins_name: '南山社区卫生服务站', fixmedins_type: '1', hosp_lv: 1, admdvs: '140300', medins_type: '基层医疗卫生机构' },
    { fixmedins_code: 'YD2', fixmedins_name: '仁和大药房', fixmedins_type: '2', hosp_lv: 0, admdvs: '140300' },
  );
  b.ref.item.push(
    { med_list_codg: 'AML5', item_name: '苯磺酸氨氯地平片 5mg', item_class: '药品', sub_class: '西药', chrgitm_lv: '甲', drug_group: 'G-CCB', drug_role: null },
    { med_list_codg: 'HD01', item_name: '血液透析', item_class: '诊疗', sub_class: '治疗', chrgitm_lv: '甲', drug_group: null, drug_role: null },
    { med_list_codg: 'NB01', item_name: '新生儿护理', item_class: '诊疗', sub_class: '护理', chrgitm_lv: '甲', drug_group: null, drug_role: null },
  );
  b.ref.item_limit.push({ med_list_codg: 'AML5', lim_max_per_day: 2 }); // 说明书：每日最大 10 mg
  for (const lv of [1, 2, 3]) {
    b.ref.price_cap.push({ med_list_codg: 'HD01', hosp_lv: lv, begn_date: '2020-01-01', end_date: '2099-12-31', cap_fen: 40000 });
    b.ref.price_cap.push({ med_list_codg: 'NB01', hosp_lv: lv, begn_date: '2020-01-01', end_date: '2099-12-31', cap_fen: 1500 });
  }
  const prices: Record<string, number> = { AML5: 150 };
  const scenarios: Scenario[] = [];
  let seq = 0;
  const v = (spec: Omit<VisitSpec, 'id'> & { id?: string }): string => b.visit({ id: spec.id ?? `HV${String(++seq).padStart(4, '0')}`, ...spec });
  const l = (spec: LineSpec): string => b.line({ ...spec, priceFen: spec.priceFen ?? prices[spec.item] });
  /** An ordinary stay: bed, nursing and 住院诊查费 every day, a drug and a treatment each day. */
  const stay = (spec: Omit<VisitSpec, 'id' | 'type'> & { id?: string; type?: VisitSpec['type'] }, opts: { drugs?: string[]; idle?: number[] } = {}): string => {
    const id = v({ ...spec, type: spec.type ?? '21' });
    const days = Math.max(1, (Date.parse(spec.dscg!) - Date.parse(spec.adm)) / 86400000);
    for (let d = 0; d < days; d++) {
      const date = day(spec.adm, d);
      l({ visit: id, item: 'B001', date });
      l({ visit: id, item: 'N001', date });
      l({ visit: id, item: 'Z002', date });
      if (opts.idle?.includes(d)) continue;
      l({ visit: id, item: opts.drugs?.[d % opts.drugs.length] ?? 'D012A', date, prdDays: 1 });
      l({ visit: id, item: 'T005', date });
    }
    b.diagnosis(id, spec.diag ?? 'J06.900', true, { adm_cond_type: '1' });
    b.recordDiagnosis(id, spec.diag ?? 'J06.900'); // the clinical record's discharge diagnosis (3101)
    return id;
  };
  const outpatient = (spec: Omit<VisitSpec, 'id'> & { id?: string }, items: string[] = ['Z001', 'D020A']): string => {
    const id = v(spec);
    for (const item of items) l({ visit: id, item, prdDays: item.startsWith('D') ? 7 : undefined });
    return id;
  };
  const scenario = (id: string, title: string, legitimate: boolean, expect: Record<string, string[]> = {}): void => {
    scenarios.push({ id, title, legitimate, expect });
  };

  // ---- Everyday care around the scenarios (ordinary visits of 60 people) ----
  for (let p = 1; p <= 60; p++) {
    const psn = b.person(`BG${p}`, p % 2 ? '1' : '2', `${1950 + (p % 50)}-0${1 + (p % 9)}-1${p % 10}`);
    const inst = ['H3', 'H2', 'H1', 'ZX3', 'SQ1'][p % 5]!;
    outpatient({ psn, inst, adm: day('2025-02-03', p), dept: `D0${1 + (p % 5)}`, diag: ['I10.x00', 'E11.900', 'J06.900', 'K29.700', 'M54.500'][p % 5] });
    outpatient({ psn, inst, adm: day('2025-06-02', p), dept: `D0${1 + (p % 5)}`, diag: 'J06.900' }, ['Z001', 'E003']);
    if (p % 6 === 0) stay({ psn, inst: p % 12 === 0 ? 'H3' : 'ZX3', adm: day('2025-04-01', p), dscg: day('2025-04-06', p), diag: 'J18.900' });
    if (p % 4 === 0) outpatient({ psn, inst: p % 8 === 0 ? 'YD' : 'YD2', type: '41', adm: day('2025-05-05', p) }, ['D030B']);
  }

  // ---- Legitimate patterns: no rule may flag them ----
  // 1. Planned chemotherapy every 21 days at the oncology hospital (化疗周期；出院时计划再入院)
  for (const [k, psn] of [['1', b.person('CH1', '2', '1962-04-12')], ['2', b.person('CH2', '1', '1958-11-02')], ['3', b.person('CH3', '2', '1970-07-21')]] as const) {
    for (let c = 0; c < 8; c++) {
      const adm = day('2025-01-06', 21 * c + Number(k));
      const id = stay({ psn, inst: 'ZL3', adm, dscg: day(adm, 3), diag: 'Z51.100', extra: { days_rinp_flag_31: c < 7 ? '2' : '1', days_rinp_pup_31: c < 7 ? '下一周期化疗' : null } }, { drugs: ['D014A'] });
      l({ visit: id, item: 'DA01', date: day(adm, 1), prdDays: 1 });
      b.diagnosis(id, 'C50.900');
    }
  }
  scenario('chemo-cycles', '乳腺癌等三名患者每 21 天一次计划化疗住院（8 个周期，出院时登记31天内再住院计划）', true);
  // 2. Haemodialysis three times a week as 门诊慢特病 (registered)
  const hd = b.person('HD1', '1', '1961-03-03');
  b.chronic(hd, 'M07800', '2025-01-01', '2025-12-31');
  for (let w = 0; w < 13; w++) for (const d of [0, 2, 4]) outpatient({ psn: hd, inst: 'TX2', type: '14', adm: day('2025-03-03', 7 * w + d), diag: 'N18.500', dept: 'D01' }, ['HD01']);
  scenario('dialysis', '尿毒症患者每周三次血液透析（门诊慢特病备案，13 周 39 次）', true);
  // 3. A same-day referral chain: community clinic → city hospital (referral registered) → pharmacy with the hospital's e-prescription
  const rc = b.person('RC1', '2', '1966-06-16');
  outpatient({ psn: rc, inst: 'SQ1', adm: '2025-05-20', diag: 'I10.x00' }, ['Z001']);
  b.referral(rc, 'SQ1', 'ZX3', '2025-05-20', '2025-06-19');
  const rcH = v({ psn: rc, inst: 'ZX3', adm: '2025-05-20', diag: 'I10.x00', dept: 'D01' });
  l({ visit: rcH, item: 'Z001' });
  l({ visit: rcH, item: 'E001' });
  l({ visit: rcH, item: 'AML5', cnt: 28, prdDays: 28, extra: { hi_rxno: 'HRX2025052000017' } });
  const rcP = v({ psn: rc, inst: 'YD2', type: '41', adm: '2025-05-20' });
  l({ visit: rcP, item: 'D020A', cnt: 2, prdDays: 14, extra: { hi_rxno: 'HRX2025052000017' } });
  scenario('referral-chain', '同一天：社区卫生服务站 → 转诊至市中心医院（转院备案）→ 凭医院电子处方到药店取药', true);
  // 4. Newborn items on the mother's delivery stay; 5. the newborn enrolled under the mother's ID
  const mom = b.person('MM1', '2', '1994-09-09', { certno: '140302199409090048' });
  const delivery = v({ psn: mom, inst: 'H3', type: '52', fund: '生育', adm: '2025-07-01', dscg: '2025-07-04', diag: 'O80.000', dept: 'D04', extra: { nwb_bir_wt: 3350 } });
  for (let d = 0; d < 3; d++) {
    l({ visit: delivery, item: 'B001', date: day('2025-07-01', d) });
    l({ visit: delivery, item: 'N001', date: day('2025-07-01', d) });
    l({ visit: delivery, item: 'NB01', date: day('2025-07-01', d) });
  }
  l({ visit: delivery, item: 'DL01', date: '2025-07-01' });
  l({ visit: delivery, item: 'RD-NB', date: '2025-07-02', prdDays: 1 });
  l({ visit: delivery, item: 'RS-NB', date: '2025-07-02' });
  l({ visit: delivery, item: 'RC-NB', date: '2025-07-02' });
  b.diagnosis(delivery, 'O80.000', true);
  b.diagnosis(delivery, 'Z37.000');
  const baby = b.person('NB1', '1', '2025-07-01', { certno: '140302199409090048', psn_cert_type: '99' });
  const nicu = stay({ psn: baby, inst: 'H3', adm: '2025-07-03', dscg: '2025-07-08', diag: 'P59.900', dept: 'D03', extra: { nwb_adm_type: '2', nwb_age: 2, nwb_bir_wt: 3350 } }, { drugs: ['RD-NB'] });
  void nicu;
  scenario('newborn-with-mother', '新生儿随母亲分娩住院结算的新生儿用药、诊疗和耗材（结算清单有新生儿出生体重）', true);
  scenario('newborn-under-mother-id', '新生儿办证前以母亲身份证号参保，出生第 3 天转新生儿科住院（与母亲住院时间重叠）', true);
  // 6. Basal + mealtime insulin
  const dm = b.person('DM1', '1', '1956-02-14');
  const dmv = outpatient({ psn: dm, inst: 'H2', adm: '2025-03-12', diag: 'E11.900', dept: 'D01' }, ['Z001']);
  l({ visit: dmv, item: 'INS-B', cnt: 1, prdDays: 30 });
  l({ visit: dmv, item: 'INS-M', cnt: 2, prdDays: 30 });
  scenario('insulin-regimen', '糖尿病患者同日开具基础胰岛素（甘精）和餐时胰岛素（门冬）：一个方案，不是重复开药', true);
  // 7. Two departments on the same day
  const td = b.person('TD1', '2', '1975-08-08');
  outpatient({ psn: td, inst: 'H3', adm: '2025-04-15', dept: 'D01', diag: 'I10.x00' });
  outpatient({ psn: td, inst: 'H3', adm: '2025-04-15', dept: 'D08', diag: 'H10.900' }, ['Z001', 'E004']);
  scenario('two-departments', '同一天在市第一人民医院内科和眼科各看一次门诊', true);
  // 8. A readmission for an unrelated fracture 10 days after an appendectomy
  const ap = b.person('AP1', '1', '1990-12-01');
  const appx = stay({ psn: ap, inst: 'H2', adm: '2025-08-01', dscg: '2025-08-05', diag: 'K35.800', oprn: '47.0100', dept: 'D02' });
  l({ visit: appx, item: 'OP01', date: '2025-08-01' });
  b.procedure(appx, '47.0100', '2025-08-01');
  stay({ psn: ap, inst: 'H2', adm: '2025-08-15', dscg: '2025-08-20', diag: 'S82.200', dept: 'D05' });
  scenario('unrelated-readmission', '阑尾切除术后出院 10 天，因胫骨骨折在同一医院再次住院（诊断不相关）', true);
  // 9. 28 days of amlodipine dispensed as one line of 28 tablets
  const ht = b.person('HT1', '2', '1952-05-05');
  const htv = outpatient({ psn: ht, inst: 'H1', adm: '2025-03-20', diag: 'I10.x00', dept: 'D01' }, ['Z001']);
  l({ visit: htv, item: 'AML5', cnt: 28, prdDays: 28 });
  scenario('amlodipine-28', '氨氯地平片一次开 28 片、用药 28 天（日用量 1 片，说明书每日最多 2 片）', true);
  // 10. Three days of bed fees posted as one line on Monday
  const bf = b.person('BF1', '1', '1948-10-10');
  const bfv = v({ psn: bf, inst: 'ZX3', type: '21', adm: '2025-09-05', dscg: '2025-09-10', diag: 'J18.900', dept: 'D01' });
  for (const d of ['2025-09-05', '2025-09-06', '2025-09-07', '2025-09-08', '2025-09-09']) {
    l({ visit: bfv, item: 'D012A', date: d, prdDays: 1 });
    l({ visit: bfv, item: 'T005', date: d });
  }
  l({ visit: bfv, item: 'B001', date: '2025-09-08', cnt: 3 }); // 周五、周六、周日的床位费，周一补记
  for (const d of ['2025-09-08', '2025-09-09']) l({ visit: bfv, item: 'B001', date: d });
  b.diagnosis(bfv, 'J18.900', true);
  scenario('bed-fees-monday', '周五入院，周五至周日三天床位费在周一作为一行（数量 3）计收', true);
  // 11. More a reviewer clears: an emergency visit the day of admission; a long prescription of a registered chronic patient; an indication as a secondary diagnosis
  const er = b.person('ER1', '1', '1968-01-21');
  outpatient({ psn: er, inst: 'ZX3', type: '13', adm: '2025-10-02', diag: 'I21.000', dept: 'D07' }, ['Z001', 'E002']);
  stay({ psn: er, inst: 'ZX3', adm: '2025-10-02', dscg: '2025-10-09', diag: 'I21.000', dept: 'D01' });
  scenario('er-then-admission', '急诊就诊当天收住院（入院当日的门诊不是“住院期间门诊”）', true);
  const ch = b.person('CR1', '2', '1950-03-30');
  b.chronic(ch, 'M00300', '2025-01-01', '2025-12-31');
  const chv = outpatient({ psn: ch, inst: 'H2', type: '14', adm: '2025-06-18', diag: 'I10.x00', dept: 'D01' }, ['Z001']);
  l({ visit: chv, item: 'RD-SUP', cnt: 56, prdDays: 56 });
  scenario('long-prescription', '门诊慢特病备案患者开 8 周长期处方（限 7 日的药品，长期处方最长 12 周）', true);
  const sd = b.person('SD1', '1', '1982-02-02');
  const sdv = v({ psn: sd, inst: 'H3', adm: '2025-05-06', diag: 'J06.900', dept: 'D01' });
  l({ visit: sdv, item: 'RD-IND' });
  b.diagnosis(sdv, 'J06.900', true);
  b.diagnosis(sdv, 'E11.900'); // 限糖尿病的药品：糖尿病是次要诊断
  scenario('secondary-indication', '限糖尿病支付的药品，糖尿病是结算清单上的次要诊断', true);
  const tcm = b.person('TC1', '2', '1963-11-11');
  const tcv = v({ psn: tcm, inst: 'H2', adm: '2025-10-20', diag: 'K29.700', dept: 'D06' });
  l({ visit: tcv, item: 'Z001' });
  for (const herb of ['HB-SINGLE', 'HB01', 'HB02', 'HB03']) l({ visit: tcv, item: herb, cnt: 7, extra: { rxno: 'ZY20251020031' } });
  b.recordDiagnosis(tcv, 'K29.700');
  scenario('tcm-compound', '中医科开具含“单方不予支付”饮片的复方（同一处方号四味饮片）', true);

  // ---- Frauds: the pack must find them ----
  // A. Idle bed days that carry only the automatic daily 住院诊查费 (and bed, nursing)
  const ib = b.person('IB1', '2', '1955-12-12');
  const ibv = stay({ psn: ib, inst: 'H2', adm: '2025-03-10', dscg: '2025-03-20', diag: 'M54.500', dept: 'D05' }, { idle: [3, 4, 5, 6, 7, 8] });
  scenario('idle-bed-consult-fee', '挂床住院：10 天住院中 6 天只有床位费、护理费和自动计收的住院诊查费', false, { 'idle-bed': [ibv] });
  // B. An outpatient claim at the same hospital during a stay
  const oc = b.person('OC1', '1', '1960-10-01');
  stay({ psn: oc, inst: 'H3', adm: '2025-04-20', dscg: '2025-04-28', diag: 'I63.900', dept: 'D01' });
  const ocv = outpatient({ psn: oc, inst: 'H3', adm: '2025-04-24', diag: 'I63.900', dept: 'D01' }, ['Z001', 'E005', 'D021A']);
  scenario('outpatient-during-stay', '住院期间在同一医院另结算一次门诊（检查、药品应计入住院费用）', false, { 'inpatient-elsewhere': [ocv] });
  // C. A stay billed for 7 days past the patient's death
  const dd = b.person('DD1', '1', '1939-07-07', { death_date: '2025-11-03' });
  const ddv = stay({ psn: dd, inst: 'ZX3', adm: '2025-10-28', dscg: '2025-11-10', diag: 'J18.900', dept: 'D01' });
  scenario('billed-after-death', '参保人 11 月 3 日死亡，住院仍计费至 11 月 10 日（死亡后 7 天的床位、护理、药品和治疗）', false, { 'billing-after-death': [ddv] });
  // D. A split admission: the same disease readmitted after 6 days, no readmission plan
  const sa = b.person('SA1', '2', '1957-04-04');
  stay({ psn: sa, inst: 'H2', adm: '2025-09-01', dscg: '2025-09-08', diag: 'J44.100', dept: 'D01' });
  const sav = stay({ psn: sa, inst: 'H2', adm: '2025-09-14', dscg: '2025-09-19', diag: 'J44.100', dept: 'D01' });
  scenario('split-admission', '慢阻肺急性加重出院 6 天后以同一诊断再次住院，出院时无再住院计划', false, { 'split-admission': [sav] });
  // E. Charges above the price cap and a 丙类 item settled by the fund
  const pc = b.person('PC1', '1', '1979-09-19');
  const pcv = v({ psn: pc, inst: 'H1', adm: '2025-07-15', diag: 'M54.500', dept: 'D05' });
  const over = l({ visit: pcv, item: 'T010', priceFen: 2000, cnt: 3 }); // cap at 一级 1,416 fen
  const x = l({ visit: pcv, item: 'X002', ownpayFen: 0 });
  scenario('price-and-non-covered', '社区卫生服务中心治疗项目超限价收费 3 次，另把丙类项目纳入基金结算', false, { 'over-price-cap': [over], 'non-covered-settled': [x] });
  // F. Someone else treated on a card: the settlement list records a woman on a man's card
  const im = b.person('IM1', '1', '1971-01-01');
  const imv = outpatient({ psn: im, inst: 'H3', adm: '2025-08-08', diag: 'N76.000', dept: 'D04', extra: { gend: '2', brdy: '1996-05-05' } }, ['Z001', 'E006']);
  scenario('impostor', '男性参保人的凭证结算了一次妇科门诊，结算清单记录的患者是 1996 年出生的女性', false, { 'impostor-patient': [imv] });
  // G. The settlement list's diagnosis changed to pass a payment restriction: the record says bronchitis
  const fd = b.person('FD1', '1', '1969-06-06');
  const fdv = v({ psn: fd, inst: 'ZX3', adm: '2025-11-12', diag: 'E11.900', dept: 'D01' });
  l({ visit: fdv, item: 'Z001' });
  l({ visit: fdv, item: 'RD-IND', cnt: 2 });
  b.diagnosis(fdv, 'E11.900', true);
  b.recordDiagnosis(fdv, 'J20.900');
  scenario('diagnosis-altered', '结算清单主诊断为糖尿病（限糖尿病药品因此可以支付），明细审核上传的病历诊断却是急性支气管炎', false, { 'diagnosis-not-in-record': [fdv] });

  const tables = b.tables();
  const truth = new Map<string, Set<string>>();
  for (const s of scenarios) for (const [rule, keys] of Object.entries(s.expect)) truth.set(rule, new Set([...(truth.get(rule) ?? []), ...keys]));
  return { tables, scenarios, truth };
}

/** National names and units of the columns the CSV writes differently (amounts in 元, times). */
const NATIONAL: Record<string, Record<string, { name: string; unit: 'yuan' | 'time' }>> = {
  fee: {
    fee_date: { name: 'fee_ocur_time', unit: 'time' },
    pric_fen: { name: 'pric', unit: 'yuan' },
    det_item_fee_sumamt_fen: { name: 'det_item_fee_sumamt', unit: 'yuan' },
    fulamt_ownpay_amt_fen: { name: 'fulamt_ownpay_amt', unit: 'yuan' },
  },
  setl: {
    adm_date: { name: 'adm_time', unit: 'time' },
    dscg_date: { name: 'dscg_time', unit: 'time' },
    medfee_sumamt_fen: { name: 'medfee_sumamt', unit: 'yuan' },
    fund_pay_fen: { name: 'fund_pay_sumamt', unit: 'yuan' },
  },
};

const yuanText = (fen: number): string => `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

/** Writes the hand-made dataset as CSV (national field names for fee and setl) and its truth. */
export function writeHandmadeCsv(dir: string, h: Handmade = buildHandmade()): void {
  mkdirSync(dir, { recursive: true });
  const esc = (v: unknown): string => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  for (const t of TABLES) {
    const rows = h.tables[t.name] ?? [];
    if (!rows.length) continue;
    const rename = NATIONAL[t.name] ?? {};
    const cols = t.columns.map((c) => c.name).filter((c) => rows.some((r) => r[c] !== null && r[c] !== undefined));
    const header = cols.map((c) => rename[c]?.name ?? c);
    const body = rows.map((r) =>
      cols.map((c) => {
        const v = r[c];
        const n = rename[c];
        if (v === null || v === undefined) return '';
        if (n?.unit === 'yuan') return yuanText(Number(v));
        if (n?.unit === 'time') return `${String(v)} ${c === 'dscg_date' ? '10:00:00' : '08:30:00'}`;
        return esc(v);
      }).join(','),
    );
    writeFileSync(join(dir, `${t.name}.csv`), [header.join(','), ...body].join('\n') + '\n');
  }
  const truth = [...h.truth.entries()].flatMap(([rule, keys]) => [...keys].map((k) => `${rule},${k}`)).sort();
  writeFileSync(join(dir, 'truth.csv'), ['rule_id,hit_key', ...truth].join('\n') + '\n');
  writeFileSync(join(dir, 'scenarios.tsv'), ['id\tlegitimate\ttitle\texpect', ...h.scenarios.map((s) => `${s.id}\t${s.legitimate ? '正常' : '违规'}\t${s.title}\t${Object.entries(s.expect).map(([r, k]) => `${r}:${k.join('|')}`).join(' ')}`)].join('\n') + '\n');
}
