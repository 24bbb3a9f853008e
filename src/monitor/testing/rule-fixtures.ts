// One small hand-built dataset per rule: the hits it must find (hit_key → 违规金额 in
// fen) and near misses it must not find (a day inside vs outside the window, exactly at
// the cap, a reversal that cancels a charge …).
import { FixtureBuilder, type VisitSpec } from './fixture.js';

export type Expected = Record<string, number>;
export type RuleFixture = (b: FixtureBuilder) => Expected;

let n = 0;
const vid = (): string => `V${String(++n).padStart(3, '0')}`;
function visit(b: FixtureBuilder, spec: Omit<VisitSpec, 'id'> & { id?: string }): string {
  return b.visit({ id: spec.id ?? vid(), ...spec });
}

/** One line on a fresh visit; returns the line's feedetl_sn. */
function oneLine(b: FixtureBuilder, item: string, v: Omit<VisitSpec, 'id'>, line: { cnt?: number; priceFen?: number; prdDays?: number; dept?: string; ownpayFen?: number } = {}): string {
  const id = visit(b, v);
  return b.line({ visit: id, item, ...line });
}

const restriction = (item: string, hit: Omit<VisitSpec, 'id'>, misses: Omit<VisitSpec, 'id'>[], amount: number): RuleFixture => (b) => {
  const sn = oneLine(b, item, hit);
  for (const m of misses) oneLine(b, item, m);
  return { [sn]: amount };
};

const D = '2025-03-01';

export const RULE_FIXTURES: Record<string, RuleFixture> = {
  'split-admission': (b) => {
    visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: '2025-03-01', dscg: '2025-03-10' });
    const v2 = visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: '2025-03-25', dscg: '2025-03-28', fundPayFen: 50000 }); // 15 days: hit
    visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: '2025-03-01', dscg: '2025-03-05' });
    visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: '2025-03-21', dscg: '2025-03-22' }); // 16 days: near miss
    visit(b, { psn: 'PM', inst: 'H2', type: '21', adm: '2025-03-12', dscg: '2025-03-14' }); // other institution
    // planned at discharge (days_rinp_flag_31 = 2): the next cycle is not a split admission
    b.person('PK', '2', '1962-02-02');
    visit(b, { psn: 'PK', inst: 'H3', type: '21', adm: '2025-05-01', dscg: '2025-05-04', diag: 'C50.900', extra: { days_rinp_flag_31: '2', days_rinp_pup_31: '化疗' } });
    visit(b, { psn: 'PK', inst: 'H3', type: '21', adm: '2025-05-12', dscg: '2025-05-14', diag: 'C50.900' });
    // a chemotherapy admission (Z51.1) is planned care
    visit(b, { psn: 'PK', inst: 'H3', type: '21', adm: '2025-05-20', dscg: '2025-05-22', diag: 'Z51.100' });
    // unrelated: appendicitis, then a fracture 10 days later
    b.person('PA', '1', '1988-08-08');
    visit(b, { psn: 'PA', inst: 'H3', type: '21', adm: '2025-06-01', dscg: '2025-06-05', diag: 'K35.800' });
    visit(b, { psn: 'PA', inst: 'H3', type: '21', adm: '2025-06-15', dscg: '2025-06-20', diag: 'S82.200' });
    // a complication of the operation (T81) is related; a secondary diagnosis of the same category too
    const v4 = visit(b, { psn: 'PA', inst: 'H3', type: '21', adm: '2025-06-25', dscg: '2025-06-27', diag: 'T81.400', fundPayFen: 7000 });
    b.person('PB', '2', '1955-05-05');
    visit(b, { psn: 'PB', inst: 'H2', type: '21', adm: '2025-07-01', dscg: '2025-07-08', diag: 'I63.900' });
    const v5 = visit(b, { psn: 'PB', inst: 'H2', type: '21', adm: '2025-07-12', dscg: '2025-07-15', diag: 'J18.900', fundPayFen: 6000 });
    b.diagnosis(v5, 'J18.900', true);
    b.diagnosis(v5, 'I63.900');
    return { [v2]: 50000, [v4]: 7000, [v5]: 6000 };
  },
  'idle-bed': (b) => {
    const v1 = visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: '2025-04-01', dscg: '2025-04-06' });
    for (const d of ['01', '02', '03', '04', '05']) {
      b.line({ visit: v1, item: 'B001', date: `2025-04-${d}` });
      b.line({ visit: v1, item: 'N001', date: `2025-04-${d}` });
    }
    b.line({ visit: v1, item: 'T001', date: '2025-04-01' });
    b.line({ visit: v1, item: 'D001A', date: '2025-04-02' });
    const cancelled = b.line({ visit: v1, item: 'T002', date: '2025-04-03' });
    b.reverse(cancelled); // a reversed treatment does not make the day active
    const v2 = visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: '2025-05-01', dscg: '2025-05-05' });
    for (const d of ['01', '02', '03', '04']) b.line({ visit: v2, item: 'B001', date: `2025-05-${d}` });
    b.line({ visit: v2, item: 'T001', date: '2025-05-01' });
    b.line({ visit: v2, item: 'C001', date: '2025-05-02' }); // two idle days only: near miss
    // days that carry only the automatic daily 住院诊查费 are idle too
    const v3 = visit(b, { psn: 'PC', inst: 'H2', type: '21', adm: '2025-06-01', dscg: '2025-06-05' });
    for (const d of ['01', '02', '03', '04']) {
      b.line({ visit: v3, item: 'B001', date: `2025-06-${d}` });
      b.line({ visit: v3, item: 'Z002', date: `2025-06-${d}` });
    }
    b.line({ visit: v3, item: 'D002A', date: '2025-06-01' });
    return { [v1]: 3 * (5000 + 2000), [v3]: 3 * (4500 + 1800) };
  },
  'inpatient-elsewhere': (b) => {
    visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: '2025-06-01', dscg: '2025-06-10' });
    const o1 = visit(b, { psn: 'PM', inst: 'H2', adm: '2025-06-05', fundPayFen: 3000 });
    visit(b, { psn: 'PM', inst: 'YD', type: '41', adm: '2025-06-10', fundPayFen: 100 }); // discharge day
    const o2 = visit(b, { psn: 'PM', inst: 'H3', adm: '2025-06-05', fundPayFen: 200 }); // the same hospital, during the stay
    visit(b, { psn: 'PM', inst: 'H1', adm: '2025-06-01', fundPayFen: 100 }); // admission day
    visit(b, { psn: 'PM', inst: 'H3', type: '13', adm: '2025-06-01', fundPayFen: 100 }); // 急诊 the day of admission
    return { [o1]: 3000, [o2]: 200 };
  },
  'over-supply': (b) => {
    const sn = oneLine(b, 'RD-SUP', { psn: 'PM', inst: 'H3', adm: D }, { cnt: 10, prdDays: 10 });
    oneLine(b, 'RD-SUP', { psn: 'PF', inst: 'H3', adm: D }, { cnt: 7, prdDays: 7 });
    oneLine(b, 'D001A', { psn: 'PF', inst: 'H3', adm: D }, { cnt: 30, prdDays: 30 });
    // a long prescription of a 门诊慢特病 visit: allowed up to 12 weeks
    oneLine(b, 'RD-SUP', { psn: 'PF', inst: 'H3', type: '14', adm: D }, { cnt: 28, prdDays: 28 });
    // a registered chronic patient at an ordinary visit too
    b.chronic('PC', 'M001', '2025-01-01', '2025-12-31');
    oneLine(b, 'RD-SUP', { psn: 'PC', inst: 'H3', adm: D }, { cnt: 28, prdDays: 28 });
    const long = oneLine(b, 'RD-SUP', { psn: 'PF', inst: 'H3', type: '14', adm: D }, { cnt: 90, prdDays: 90 });
    return { [sn]: Math.floor((14000 * 3) / 10), [long]: Math.floor((126000 * 6) / 90) };
  },
  'repeat-prescribing': (b) => {
    const v1 = visit(b, { psn: 'PM', inst: 'H3', adm: '2025-02-01' });
    b.line({ visit: v1, item: 'D001A' });
    b.line({ visit: v1, item: 'D001B', cnt: 2 });
    const v2 = visit(b, { psn: 'PF', inst: 'H3', adm: '2025-02-01' });
    b.line({ visit: v2, item: 'D002A' });
    b.line({ visit: v2, item: 'D003A' });
    const v3 = visit(b, { psn: 'PC', inst: 'H3', adm: '2025-02-01' });
    b.line({ visit: v3, item: 'D004A' });
    b.line({ visit: v3, item: 'D004A' });
    const v4 = visit(b, { psn: 'PF', inst: 'H2', adm: '2025-02-01' });
    b.line({ visit: v4, item: 'D005A' });
    b.reverse(b.line({ visit: v4, item: 'D005B' }));
    // basal + mealtime insulin is one regimen; two basal insulins are a duplicate
    const v5 = visit(b, { psn: 'PM', inst: 'H2', adm: '2025-02-03' });
    b.line({ visit: v5, item: 'INS-B' });
    b.line({ visit: v5, item: 'INS-M', cnt: 2 });
    const v6 = visit(b, { psn: 'PF', inst: 'H2', adm: '2025-02-03' });
    b.line({ visit: v6, item: 'INS-B' });
    b.line({ visit: v6, item: 'INS-D' });
    return { [`${v1}:2025-02-01:G001`]: 2 * 748, [`${v6}:2025-02-03:G-INS:基础胰岛素`]: 9800 };
  },
  'split-prescription': (b) => {
    visit(b, { id: 'S1', psn: 'PM', inst: 'H2', adm: '2025-02-10', fundPayFen: 500 });
    visit(b, { id: 'S2', psn: 'PM', inst: 'H2', adm: '2025-02-10', fundPayFen: 800 });
    visit(b, { id: 'S3', psn: 'PM', inst: 'H1', adm: '2025-02-10', fundPayFen: 300 });
    visit(b, { id: 'S4', psn: 'PF', inst: 'H2', adm: '2025-02-10', fundPayFen: 300 });
    visit(b, { id: 'S5', psn: 'PF', inst: 'H2', adm: '2025-02-11', fundPayFen: 300 });
    // two departments the same day (内科, 眼科) are two visits
    visit(b, { id: 'S6', psn: 'PC', inst: 'H2', adm: '2025-02-10', dept: 'D01', fundPayFen: 300 });
    visit(b, { id: 'S7', psn: 'PC', inst: 'H2', adm: '2025-02-10', dept: 'D08', fundPayFen: 300 });
    return { S2: 800 };
  },
  'treatment-without-indication': (b) => {
    const e = restriction('RT-IND', { psn: 'PM', inst: 'H3', adm: D, diag: 'J06.900' }, [{ psn: 'PF', inst: 'H3', adm: D, diag: 'M54.500' }], 3300)(b);
    // the indication is a secondary diagnosis of the settlement list
    const v = visit(b, { psn: 'PC', inst: 'H3', adm: D, diag: 'J06.900' });
    b.line({ visit: v, item: 'RT-IND' });
    b.diagnosis(v, 'M54.500');
    return e;
  },
  'exam-without-indication': restriction('RE-IND', { psn: 'PM', inst: 'H3', adm: D, diag: 'E11.900' }, [{ psn: 'PF', inst: 'H3', adm: D, diag: 'I10.x00' }], 2200),
  'repeat-exam': (b) => {
    oneLine(b, 'CT01', { psn: 'PM', inst: 'H3', adm: '2025-03-01' });
    const hit = oneLine(b, 'CT01', { psn: 'PM', inst: 'H3', adm: '2025-03-08' }); // 7 days
    oneLine(b, 'CT01', { psn: 'PM', inst: 'H3', adm: '2025-03-16' }); // 8 days after the previous
    oneLine(b, 'CT01', { psn: 'PM', inst: 'H2', adm: '2025-03-02' }); // other institution
    oneLine(b, 'CT02', { psn: 'PM', inst: 'H3', adm: '2025-03-09' }); // other item
    return { [hit]: 23000 };
  },
  'included-item-charge': (b) => {
    const v1 = visit(b, { psn: 'PM', inst: 'H3', adm: D });
    b.line({ visit: v1, item: 'IA01' });
    const hit = b.line({ visit: v1, item: 'IB01' });
    oneLine(b, 'IB01', { psn: 'PF', inst: 'H3', adm: D });
    const v3 = visit(b, { psn: 'PC', inst: 'H3', type: '21', adm: D, dscg: '2025-03-03' });
    b.line({ visit: v3, item: 'IA01', date: '2025-03-01' });
    b.line({ visit: v3, item: 'IB01', date: '2025-03-02' });
    return { [hit]: 6000 };
  },
  'double-bed-charge': (b) => {
    const v1 = visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: '2025-04-01', dscg: '2025-04-03' });
    b.line({ visit: v1, item: 'B001', date: '2025-04-01' });
    b.line({ visit: v1, item: 'B001', date: '2025-04-01' });
    b.line({ visit: v1, item: 'B001', date: '2025-04-02' });
    b.reverse(b.line({ visit: v1, item: 'B001', date: '2025-04-02' }));
    // three days of bed fees (Fri–Sun) posted as one line on Monday, with Monday's own: 4 of 4 bed days
    const v2 = visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: '2025-04-04', dscg: '2025-04-08' });
    b.line({ visit: v2, item: 'B001', date: '2025-04-07', cnt: 3 });
    b.line({ visit: v2, item: 'B001', date: '2025-04-07' });
    // a same-day stay counts one bed day
    const v3 = visit(b, { psn: 'PC', inst: 'H3', type: '21', adm: '2025-04-10', dscg: '2025-04-10' });
    b.line({ visit: v3, item: 'B001', date: '2025-04-10' });
    return { [v1]: 5000 };
  },
  'over-price-cap': (b) => {
    const a = oneLine(b, 'T001', { psn: 'PM', inst: 'H3', adm: '2025-03-01' }, { priceFen: 898, cnt: 2 });
    oneLine(b, 'T001', { psn: 'PM', inst: 'H3', adm: '2025-03-01' }, { priceFen: 897 }); // exactly at the cap
    oneLine(b, 'T001', { psn: 'PM', inst: 'H3', adm: '2025-08-01' }, { priceFen: 987 }); // at the later, higher cap
    const c = oneLine(b, 'T001', { psn: 'PF', inst: 'H2', adm: '2025-03-01' }, { priceFen: 897 }); // level-2 cap 807
    const v = visit(b, { psn: 'PF', inst: 'H3', adm: '2025-03-02' });
    b.reverse(b.line({ visit: v, item: 'T001', priceFen: 999 })); // cancelled by a reversal
    return { [a]: 2, [c]: 90 };
  },
  'split-item-charge': (b) => {
    const v1 = visit(b, { psn: 'PM', inst: 'H3', adm: D });
    b.line({ visit: v1, item: 'PA01' });
    b.line({ visit: v1, item: 'PB01' });
    oneLine(b, 'PA01', { psn: 'PF', inst: 'H3', adm: D });
    const v3 = visit(b, { psn: 'PC', inst: 'H3', type: '21', adm: D, dscg: '2025-03-03' });
    b.line({ visit: v3, item: 'PA01', date: '2025-03-01' });
    b.line({ visit: v3, item: 'PB01', date: '2025-03-02' });
    return { [`${v1}:2025-03-01:PK01`]: 1000 };
  },
  'drug-stock-mismatch': (b) => {
    oneLine(b, 'D001A', { psn: 'PM', inst: 'H3', adm: D }, { cnt: 10 });
    b.stockIn('H3', 'D001A', 8);
    oneLine(b, 'D001A', { psn: 'PM', inst: 'H2', adm: D }, { cnt: 10 });
    b.stockIn('H2', 'D001A', 10);
    const v = visit(b, { psn: 'PF', inst: 'H1', adm: D });
    b.reverse(b.line({ visit: v, item: 'D002A', cnt: 5 }), 2);
    b.stockIn('H1', 'D002A', 3);
    return { 'H3:D001A': Math.floor((5370 * 2) / 10) };
  },
  'consumable-stock-mismatch': (b) => {
    oneLine(b, 'C001', { psn: 'PM', inst: 'H3', adm: D }, { cnt: 4 });
    b.stockIn('H3', 'C001', 1);
    oneLine(b, 'C001', { psn: 'PM', inst: 'H2', adm: D }, { cnt: 2 });
    oneLine(b, 'D003A', { psn: 'PM', inst: 'H1', adm: D }, { cnt: 2 });
    b.stockIn('H1', 'D003A', 0);
    return { 'H3:C001': Math.floor((13800 * 3) / 4) };
  },
  'pharmacy-service-swap': (b) => {
    const sn = oneLine(b, 'T001', { psn: 'PM', inst: 'YD', type: '41', adm: D }, { priceFen: 897 });
    oneLine(b, 'D001A', { psn: 'PM', inst: 'YD', type: '41', adm: D });
    oneLine(b, 'T001', { psn: 'PM', inst: 'H3', adm: D });
    return { [sn]: 897 };
  },
  'non-covered-settled': (b) => {
    const a = oneLine(b, 'X001', { psn: 'PM', inst: 'H3', adm: D });
    b.fee[b.fee.length - 1]!.fulamt_ownpay_amt_fen = 0;
    oneLine(b, 'X001', { psn: 'PF', inst: 'H3', adm: D }); // fully self-paid
    const c = oneLine(b, 'X001', { psn: 'PC', inst: 'H3', adm: D });
    b.fee[b.fee.length - 1]!.fulamt_ownpay_amt_fen = 1000;
    oneLine(b, 'T001', { psn: 'PC', inst: 'H3', adm: D });
    return { [a]: 3500, [c]: 2500 };
  },
  'post-death-visit': (b) => {
    b.person('PD', '1', '1940-01-01', { death_date: '2025-05-01' });
    const hit = visit(b, { psn: 'PD', inst: 'H2', adm: '2025-05-02', fundPayFen: 1234 });
    visit(b, { psn: 'PD', inst: 'H2', adm: '2025-05-01', fundPayFen: 99 });
    return { [hit]: 1234 };
  },
  'same-day-many-institutions': (b) => {
    visit(b, { psn: 'PM', inst: 'H3', adm: '2025-03-03', fundPayFen: 100 });
    visit(b, { psn: 'PM', inst: 'H2', adm: '2025-03-03', fundPayFen: 200 });
    visit(b, { psn: 'PM', inst: 'YD', type: '41', adm: '2025-03-03', fundPayFen: 300 });
    visit(b, { psn: 'PF', inst: 'H3', adm: '2025-03-03', fundPayFen: 100 });
    visit(b, { psn: 'PF', inst: 'H2', adm: '2025-03-03', fundPayFen: 100 });
    visit(b, { psn: 'PF', inst: 'H1', adm: '2025-03-04', fundPayFen: 100 });
    // a referral chain: clinic → city hospital (referral registered) → pharmacy with the hospital's e-prescription
    const c1 = visit(b, { psn: 'PC', inst: 'H1', adm: '2025-03-05', fundPayFen: 100 });
    b.line({ visit: c1, item: 'Z001' });
    b.referral('PC', 'H1', 'H3', '2025-03-05', '2025-03-20');
    const c2 = visit(b, { psn: 'PC', inst: 'H3', adm: '2025-03-05', fundPayFen: 100 });
    b.line({ visit: c2, item: 'D003A', extra: { hi_rxno: 'RX-PC-1' } });
    const c3 = visit(b, { psn: 'PC', inst: 'YD', type: '41', adm: '2025-03-05', fundPayFen: 100 });
    b.line({ visit: c3, item: 'D003A', extra: { hi_rxno: 'RX-PC-1' } });
    return { 'PM:2025-03-03': 600 };
  },
  'dual-enrolment': (b) => {
    b.person('PX1', '1', '1960-01-01', { certno: 'C-DUP' });
    b.person('PX2', '1', '1960-01-01', { certno: 'C-DUP', insutype: '390' });
    visit(b, { psn: 'PX1', inst: 'H3', type: '21', adm: '2025-05-01', dscg: '2025-05-10' });
    const hit = visit(b, { psn: 'PX2', inst: 'H2', adm: '2025-05-10', fundPayFen: 777 });
    visit(b, { psn: 'PX2', inst: 'H2', adm: '2025-05-11', fundPayFen: 1 });
    visit(b, { psn: 'PM', inst: 'H2', adm: '2025-05-05', fundPayFen: 1 });
    // a newborn enrolled under its mother's certificate number, in hospital with her
    b.person('PY1', '2', '1993-03-03', { certno: 'C-MOM' });
    b.person('PY2', '1', '2025-06-01', { certno: 'C-MOM' });
    visit(b, { psn: 'PY1', inst: 'H3', type: '52', fund: '生育', adm: '2025-06-01', dscg: '2025-06-04', diag: 'O80.000' });
    visit(b, { psn: 'PY2', inst: 'H3', type: '21', adm: '2025-06-02', dscg: '2025-06-06', diag: 'P59.900' });
    return { [hit]: 777 };
  },
  'billing-outside-stay': (b) => {
    const v = visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: '2025-04-01', dscg: '2025-04-05' });
    const a = b.line({ visit: v, item: 'T001', date: '2025-04-06' });
    const c = b.line({ visit: v, item: 'T002', date: '2025-03-31' });
    b.line({ visit: v, item: 'T001', date: '2025-04-05' });
    b.line({ visit: v, item: 'T001', date: '2025-04-01' });
    b.reverse(b.line({ visit: v, item: 'T003', date: '2025-04-07' }));
    return { [a]: 897, [c]: 994 };
  },
  'drug-sex': restriction('RD-SEX-F', { psn: 'PM', inst: 'H3', adm: D }, [{ psn: 'PF', inst: 'H3', adm: D }], 3000),
  'service-sex': restriction('RS-SEX-M', { psn: 'PF', inst: 'H3', adm: D }, [{ psn: 'PM', inst: 'H3', adm: D }], 5000),
  'drug-child-only': (b) => {
    b.person('P14', '1', '2011-03-01');
    b.person('P15', '1', '2010-03-01');
    const hit = oneLine(b, 'RD-CHILD', { psn: 'P15', inst: 'H3', adm: D });
    oneLine(b, 'RD-CHILD', { psn: 'P14', inst: 'H3', adm: D }); // exactly 14 today
    oneLine(b, 'RD-CHILD', { psn: 'PC', inst: 'H3', adm: D });
    return { [hit]: 1500 };
  },
  'drug-newborn-only': (b) => {
    const hit = oneLine(b, 'RD-NB', { psn: 'PN', inst: 'H3', adm: '2025-03-30' }); // 29 days old
    oneLine(b, 'RD-NB', { psn: 'PN', inst: 'H3', adm: '2025-03-29' }); // 28 days old
    // the newborn's drug billed on the mother's delivery stay (birth weight on the settlement list)
    const m = visit(b, { psn: 'PF', inst: 'H3', type: '52', fund: '生育', adm: '2025-04-01', dscg: '2025-04-04', diag: 'O80.000', extra: { nwb_bir_wt: 3250 } });
    b.line({ visit: m, item: 'RD-NB', date: '2025-04-02' });
    // the same on a stay without a newborn is a hit
    const x = visit(b, { psn: 'PF', inst: 'H2', type: '21', adm: '2025-05-01', dscg: '2025-05-03' });
    const hit2 = b.line({ visit: x, item: 'RD-NB', date: '2025-05-02' });
    return { [hit]: 2500, [hit2]: 2500 };
  },
  'service-child-only': restriction('RS-CHILD', { psn: 'PM', inst: 'H3', adm: D }, [{ psn: 'PC', inst: 'H3', adm: D }], 4000),
  'service-newborn-only': restriction('RS-NB', { psn: 'PC', inst: 'H3', adm: D }, [{ psn: 'PN', inst: 'H3', adm: '2025-03-10' }], 6000),
  'consumable-child-only': restriction('RC-CHILD', { psn: 'PM', inst: 'H3', adm: D }, [{ psn: 'PC', inst: 'H3', adm: D }], 8000),
  'consumable-newborn-only': restriction('RC-NB', { psn: 'PC', inst: 'H3', adm: D }, [{ psn: 'PN', inst: 'H3', adm: '2025-03-10' }], 9000),
  'drug-child-forbidden': (b) => {
    b.person('P18', '2', '2007-03-01');
    const hit = oneLine(b, 'RD-NOCHILD', { psn: 'PC', inst: 'H3', adm: D });
    oneLine(b, 'RD-NOCHILD', { psn: 'P18', inst: 'H3', adm: D }); // 18 today
    return { [hit]: 2800 };
  },
  'drug-maternity-only': restriction('RD-MAT', { psn: 'PF', inst: 'H3', adm: D }, [{ psn: 'PF', inst: 'H3', adm: D, fund: '生育' }], 4200),
  'drug-injury-only': restriction('RD-INJ', { psn: 'PM', inst: 'H3', adm: D }, [{ psn: 'PM', inst: 'H3', adm: D, fund: '工伤' }], 3900),
  'service-maternity-only': restriction('RS-MAT', { psn: 'PF', inst: 'H3', adm: D }, [{ psn: 'PF', inst: 'H3', adm: D, fund: '生育' }], 7000),
  'service-injury-only': restriction('RS-INJ', { psn: 'PM', inst: 'H3', adm: D }, [{ psn: 'PM', inst: 'H3', adm: D, fund: '工伤' }], 6500),
  'service-dept-only': restriction('RS-DEPT', { psn: 'PM', inst: 'H3', adm: D, dept: 'D01' }, [{ psn: 'PM', inst: 'H3', adm: D, dept: 'D09' }], 3500),
  'consumable-dept-only': restriction('RC-DEPT', { psn: 'PM', inst: 'H3', adm: D, dept: 'D01' }, [{ psn: 'PM', inst: 'H3', adm: D, dept: 'D08' }], 12000),
  'service-med-type-only': restriction('RS-INP', { psn: 'PM', inst: 'H3', adm: D }, [{ psn: 'PM', inst: 'H3', type: '21', adm: D, dscg: '2025-03-02' }], 4500),
  'drug-hosp-level': restriction('RD-LV3', { psn: 'PM', inst: 'H2', adm: D }, [{ psn: 'PM', inst: 'H3', adm: D }], 9900),
  'service-hosp-level': restriction('RS-LV3', { psn: 'PM', inst: 'H2', adm: D }, [{ psn: 'PM', inst: 'H3', adm: D }], 13500),
  'drug-indication': (b) => {
    const e = restriction('RD-IND', { psn: 'PM', inst: 'H3', adm: D, diag: 'J06.900' }, [{ psn: 'PM', inst: 'H3', adm: D, diag: 'E11.900' }], 6600)(b);
    const v = visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: D, dscg: '2025-03-05', diag: 'I10.x00' });
    b.line({ visit: v, item: 'RD-IND' });
    b.diagnosis(v, 'I10.x00', true);
    b.diagnosis(v, 'E11.900'); // diabetes as a secondary diagnosis: the indication holds
    return e;
  },
  'service-frequency': (b) => {
    const v1 = visit(b, { psn: 'PM', inst: 'H3', adm: D });
    b.line({ visit: v1, item: 'RS-FREQ', cnt: 2 });
    b.line({ visit: v1, item: 'RS-FREQ', cnt: 1 });
    oneLine(b, 'RS-FREQ', { psn: 'PF', inst: 'H3', adm: D }, { cnt: 2 });
    const v3 = visit(b, { psn: 'PC', inst: 'H3', adm: D });
    b.reverse(b.line({ visit: v3, item: 'RS-FREQ', cnt: 3 }), 1);
    return { [`${v1}:${D}:RS-FREQ`]: 1800 };
  },
  'drug-over-dose': (b) => {
    const v1 = visit(b, { psn: 'PM', inst: 'H3', adm: D });
    b.line({ visit: v1, item: 'RD-DOSE', cnt: 5, prdDays: 1 });
    oneLine(b, 'RD-DOSE', { psn: 'PF', inst: 'H3', adm: D }, { cnt: 3, prdDays: 1 });
    // 28 days dispensed as one line of 28: 1 a day
    oneLine(b, 'RD-DOSE', { psn: 'PC', inst: 'H3', adm: D }, { cnt: 28, prdDays: 28 });
    // 7 days of 4 a day
    const v4 = visit(b, { psn: 'PF', inst: 'H2', adm: D });
    b.line({ visit: v4, item: 'RD-DOSE', cnt: 28, prdDays: 7 });
    return { [`${v1}:${D}:RD-DOSE`]: Math.floor((6000 * 2) / 5), [`${v4}:${D}:RD-DOSE`]: Math.floor((33600 * 1) / 4) };
  },
  'consumable-quantity': (b) => {
    const v1 = visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: D, dscg: '2025-03-03' });
    b.line({ visit: v1, item: 'RC-QTY', cnt: 2, date: '2025-03-01' });
    b.line({ visit: v1, item: 'RC-QTY', cnt: 2, date: '2025-03-02' });
    oneLine(b, 'RC-QTY', { psn: 'PF', inst: 'H3', adm: D }, { cnt: 2 });
    return { [`${v1}:RC-QTY`]: Math.floor((80000 * 2) / 4) };
  },
  'drug-kinds-excess': (b) => {
    const v1 = visit(b, { psn: 'PM', inst: 'H3', adm: D });
    for (let g = 1; g <= 6; g++) b.line({ visit: v1, item: `D00${g}A` });
    const v2 = visit(b, { psn: 'PF', inst: 'H3', adm: D });
    for (let g = 1; g <= 5; g++) b.line({ visit: v2, item: `D00${g}A` });
    b.reverse(b.line({ visit: v2, item: 'D006A' }));
    const v3 = visit(b, { psn: 'PC', inst: 'H3', type: '21', adm: D, dscg: '2025-03-02' });
    for (let g = 1; g <= 6; g++) b.line({ visit: v3, item: `D00${g}A` });
    return { [`${v1}:${D}`]: 537 };
  },
  'diagnosis-sex': (b) => {
    const a = visit(b, { psn: 'PM', inst: 'H3', adm: D, diag: 'O80.000', fundPayFen: 10 });
    visit(b, { psn: 'PF', inst: 'H3', adm: D, diag: 'O80.000', fundPayFen: 10 });
    const c = visit(b, { psn: 'PF', inst: 'H3', adm: D, diag: 'N40.x00', fundPayFen: 20 });
    visit(b, { psn: 'PM', inst: 'H3', adm: D, diag: 'N40.x00', fundPayFen: 10 });
    return { [a]: 10, [c]: 20 };
  },
  'diagnosis-age': (b) => {
    b.person('P61', '2', '1964-01-01');
    const a = visit(b, { psn: 'PM', inst: 'H3', adm: D, diag: 'P07.300', fundPayFen: 10 });
    visit(b, { psn: 'PN', inst: 'H3', adm: D, diag: 'P07.300', fundPayFen: 10 });
    visit(b, { psn: 'PF', inst: 'H3', adm: D, diag: 'O80.000', fundPayFen: 10 });
    const c = visit(b, { psn: 'P61', inst: 'H3', adm: D, diag: 'O80.000', fundPayFen: 30 });
    return { [a]: 10, [c]: 30 };
  },
  'procedure-sex': (b) => {
    const a = visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: D, dscg: '2025-03-05', oprn: '68.4100', fundPayFen: 10 });
    visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: D, dscg: '2025-03-05', oprn: '68.4100', fundPayFen: 10 });
    const c = visit(b, { psn: 'PF', inst: 'H2', type: '21', adm: D, dscg: '2025-03-05', oprn: '60.2100', fundPayFen: 40 });
    visit(b, { psn: 'PM', inst: 'H2', type: '21', adm: D, dscg: '2025-03-05', oprn: '47.0900', fundPayFen: 10 });
    return { [a]: 10, [c]: 40 };
  },
  'frequent-outpatient': (b) => frequentFixture(b, '11', 'H3'),
  'frequent-pharmacy': (b) => frequentFixture(b, '41', 'YD'),
  'frequent-admission': (b) => {
    for (const m of ['01', '02', '03', '04']) visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: `2025-${m}-01`, dscg: `2025-${m}-05`, fundPayFen: 1000 });
    for (const m of ['01', '02', '03', '07']) visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: `2025-${m}-01`, dscg: `2025-${m}-05`, fundPayFen: 1000 });
    // four stays of one person at four hospitals: no hospital admitted her often
    for (const [m, inst] of [['01', 'H3'], ['02', 'H2'], ['03', 'H1'], ['04', 'H3']] as const) visit(b, { psn: 'PC', inst, type: '21', adm: `2025-${m}-10`, dscg: `2025-${m}-12`, fundPayFen: 1000 });
    // chemotherapy every 21 days: planned care
    b.person('PQ', '2', '1960-06-06');
    for (let k = 0; k < 8; k++) {
      const adm = new Date(Date.UTC(2025, 0, 6 + 21 * k)).toISOString().slice(0, 10);
      const dscg = new Date(Date.UTC(2025, 0, 8 + 21 * k)).toISOString().slice(0, 10);
      visit(b, { psn: 'PQ', inst: 'H3', type: '21', adm, dscg, diag: 'Z51.100', fundPayFen: 5000, extra: { days_rinp_flag_31: k < 7 ? '2' : '1' } });
    }
    return { 'PM:H3': 4000 };
  },
  'drug-fee-share': (b) => {
    const v3 = visit(b, { psn: 'PM', inst: 'H3', adm: D });
    b.line({ visit: v3, item: 'DZ01', cnt: 24 });
    b.line({ visit: v3, item: 'T001', priceFen: 280000 });
    const v2 = visit(b, { psn: 'PM', inst: 'H2', adm: D });
    b.line({ visit: v2, item: 'DZ01', cnt: 20 });
    b.line({ visit: v2, item: 'T001', priceFen: 400000 });
    const v1 = visit(b, { psn: 'PM', inst: 'H1', adm: D });
    b.line({ visit: v1, item: 'DZ01', cnt: 3 });
    b.line({ visit: v1, item: 'T001', priceFen: 10000 });
    return { H3: 720000 - 600000 };
  },
  'unplanned-readmission-rate': (b) => {
    let p = 0;
    const stays = (inst: string, singles: number, pairs: number, gap: number): void => {
      for (let i = 0; i < singles; i++) {
        const psn = b.person(`RA${++p}`, '1', '1970-01-01');
        visit(b, { psn, inst, type: '21', adm: '2025-01-01', dscg: '2025-01-05' });
      }
      for (let i = 0; i < pairs; i++) {
        const psn = b.person(`RA${++p}`, '2', '1970-01-01');
        visit(b, { psn, inst, type: '21', adm: '2025-01-01', dscg: '2025-01-05' });
        const d = new Date(Date.UTC(2025, 0, 5 + gap)).toISOString().slice(0, 10);
        visit(b, { psn, inst, type: '21', adm: d, dscg: d });
      }
    };
    stays('H3', 4, 3, 20); // 10 discharges, 3 readmissions: 30 %
    stays('H2', 4, 2, 31); // 10 discharges, 2 readmissions: exactly 20 %
    stays('H2', 0, 0, 0);
    stays('H1', 1, 2, 5); // 40 %, but only 5 discharges
    return { H3: 0 };
  },
};

function frequentFixture(b: FixtureBuilder, type: '11' | '41', inst: string): Expected {
  for (let d = 1; d <= 9; d++) visit(b, { psn: 'PM', inst, type, adm: `2025-03-0${d}`, fundPayFen: 100 }); // 9 in 9 days
  for (let d = 1; d <= 8; d++) visit(b, { psn: 'PF', inst, type, adm: `2025-03-0${d}`, fundPayFen: 100 }); // 8
  for (let d = 1; d <= 8; d++) visit(b, { psn: 'PC', inst, type, adm: `2025-03-0${d}`, fundPayFen: 100 });
  visit(b, { psn: 'PC', inst, type, adm: '2025-03-31', fundPayFen: 100 }); // 30-day window 03-02..03-31 holds 8
  if (type === '11') {
    // haemodialysis three times a week as 门诊慢特病 (医疗类别 14): not counted
    b.person('PD1', '1', '1958-09-09');
    b.chronic('PD1', 'M002', '2025-01-01', '2025-12-31');
    for (let k = 0; k < 13; k++) {
      const day = 3 + Math.floor(k / 3) * 7 + [0, 2, 4][k % 3]!;
      visit(b, { psn: 'PD1', inst, type: '14', adm: new Date(Date.UTC(2025, 2, day)).toISOString().slice(0, 10), diag: 'N18.500', fundPayFen: 40000 });
    }
  }
  return { PM: 900 };
}

const day = (base: string, n: number): string => {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** An institution's share indicator: H3 above the threshold, H2 below it, H1 too small to count. */
const shareFixture = (part: string, other: string, above: [number, number], below: [number, number], maxPct: number): RuleFixture => (b) => {
  for (const [inst, [p, o]] of [['H3', above], ['H2', below], ['H1', [90000, 10000]]] as const) {
    const v = visit(b, { psn: 'PM', inst, adm: D });
    b.line({ visit: v, item: part, priceFen: p });
    b.line({ visit: v, item: other, priceFen: o });
  }
  return { H3: above[0] - ((above[0] + above[1]) * maxPct) / 100 };
};

Object.assign(RULE_FIXTURES, {
  'billing-after-death': (b) => {
    b.person('PD2', '1', '1940-02-02', { death_date: '2025-05-10' });
    const v = visit(b, { psn: 'PD2', inst: 'H3', type: '21', adm: '2025-05-05', dscg: '2025-05-17' });
    for (let i = 0; i < 12; i++) b.line({ visit: v, item: 'B001', date: day('2025-05-05', i) }); // 6 lines after 05-10
    // died in hospital (离院方式 5) with no death date registered: a line two days after
    b.person('PD3', '2', '1938-03-03');
    const w = visit(b, { psn: 'PD3', inst: 'H3', type: '21', adm: '2025-06-01', dscg: '2025-06-10', extra: { dscg_way: '5' } });
    for (let i = 0; i < 9; i++) b.line({ visit: w, item: 'B001', date: day('2025-06-01', i) });
    b.line({ visit: w, item: 'T001', date: '2025-06-12' });
    // lines on the day of death are not after it
    b.person('PD4', '1', '1945-04-04', { death_date: '2025-07-03' });
    const u = visit(b, { psn: 'PD4', inst: 'H2', type: '21', adm: '2025-07-01', dscg: '2025-07-03' });
    for (let i = 0; i < 3; i++) b.line({ visit: u, item: 'B001', date: day('2025-07-01', i) });
    return { [v]: 6 * 5000, [w]: 897 };
  },
  'herb-no-pay': (b) => {
    const sn = oneLine(b, 'HB-NOPAY', { psn: 'PM', inst: 'H3', adm: D }, { cnt: 10 });
    oneLine(b, 'HB-NOPAY', { psn: 'PF', inst: 'H3', adm: D }, { cnt: 10, ownpayFen: 9000 });
    return { [sn]: 9000 };
  },
  'herb-single-use': (b) => {
    const sn = oneLine(b, 'HB-SINGLE', { psn: 'PM', inst: 'H3', adm: D }, { cnt: 6 });
    const v2 = visit(b, { psn: 'PF', inst: 'H3', adm: D });
    b.line({ visit: v2, item: 'HB-SINGLE', cnt: 6 });
    b.line({ visit: v2, item: 'HB01', cnt: 6 }); // part of a compound prescription
    const v3 = visit(b, { psn: 'PC', inst: 'H3', adm: D });
    const alone = b.line({ visit: v3, item: 'HB-SINGLE', cnt: 3, extra: { rxno: 'CF-1' } });
    b.line({ visit: v3, item: 'HB01', cnt: 3, extra: { rxno: 'CF-2' } }); // another prescription
    return { [sn]: 4200, [alone]: 2100 };
  },
  'second-line-drug': (b) => {
    oneLine(b, 'D1L', { psn: 'PM', inst: 'H3', adm: '2025-02-01' });
    oneLine(b, 'RD-2ND', { psn: 'PM', inst: 'H3', adm: '2025-03-01' }); // first-line drug a month before
    const a = oneLine(b, 'RD-2ND', { psn: 'PF', inst: 'H3', adm: '2025-03-01' });
    oneLine(b, 'D1L', { psn: 'PC', inst: 'H3', adm: '2024-06-01' }); // too long before
    const c = oneLine(b, 'RD-2ND', { psn: 'PC', inst: 'H3', adm: '2025-03-01' });
    return { [a]: 5200, [c]: 5200 };
  },
  'drug-course-limit': (b) => {
    for (const d of ['2025-03-01', '2025-03-10']) oneLine(b, 'RD-COURSE', { psn: 'PM', inst: 'H3', adm: d }, { cnt: 7, prdDays: 7 });
    const third = oneLine(b, 'RD-COURSE', { psn: 'PM', inst: 'H3', adm: '2025-03-20' }, { cnt: 7, prdDays: 7 });
    oneLine(b, 'RD-COURSE', { psn: 'PF', inst: 'H3', adm: '2025-03-01' }, { cnt: 10, prdDays: 10 });
    const cross = oneLine(b, 'RD-COURSE', { psn: 'PF', inst: 'H3', adm: '2025-03-12' }, { cnt: 10, prdDays: 10 });
    oneLine(b, 'RD-COURSE', { psn: 'PC', inst: 'H3', adm: '2024-12-20' }, { cnt: 10, prdDays: 10 }); // another year
    oneLine(b, 'RD-COURSE', { psn: 'PC', inst: 'H3', adm: '2025-01-05' }, { cnt: 10, prdDays: 10 });
    return { [third]: 5600, [cross]: 4800 };
  },
  'opsp-disease-drug': (b) => {
    b.chronic('PM', 'M001', '2025-01-01', '2025-12-31');
    oneLine(b, 'RD-OPSP', { psn: 'PM', inst: 'H3', adm: D });
    const a = oneLine(b, 'RD-OPSP', { psn: 'PF', inst: 'H3', adm: D });
    b.chronic('PC', 'M001', '2024-01-01', '2024-12-31');
    const c = oneLine(b, 'RD-OPSP', { psn: 'PC', inst: 'H3', adm: D });
    return { [a]: 4500, [c]: 4500 };
  },
  'multi-surgery-discount': (b) => {
    const v = visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: D, dscg: '2025-03-06', oprn: '47.0100', diag: 'K35.800' });
    b.line({ visit: v, item: 'OP01', date: D });
    const second = b.line({ visit: v, item: 'OP02', date: D });
    const w = visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: D, dscg: '2025-03-06', oprn: '47.0100', diag: 'K35.800' });
    b.line({ visit: w, item: 'OP01', date: D });
    b.line({ visit: w, item: 'OP02', date: D, priceFen: 10000 }); // discounted
    const u = visit(b, { psn: 'PC', inst: 'H3', type: '21', adm: D, dscg: '2025-03-06', oprn: '47.0100', diag: 'K35.800' });
    b.line({ visit: u, item: 'OP01', date: D });
    b.line({ visit: u, item: 'OP02', date: '2025-03-03' }); // another day
    return { [second]: 10000 };
  },
  'service-indication': restriction('RS-IND', { psn: 'PM', inst: 'H3', adm: D, diag: 'J06.900' }, [{ psn: 'PF', inst: 'H3', adm: D, diag: 'K29.700' }], 2600),
  'service-course-limit': (b) => {
    const v = visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: '2025-03-01', dscg: '2025-03-12' });
    let last = '';
    for (let i = 0; i < 11; i++) last = b.line({ visit: v, item: 'RS-COURSE', date: day('2025-03-01', i) });
    const w = visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: '2025-03-01', dscg: '2025-03-12' });
    for (let i = 0; i < 10; i++) b.line({ visit: w, item: 'RS-COURSE', date: day('2025-03-01', i) });
    return { [last]: 1200 };
  },
  'service-amount-cap': (b) => {
    for (const d of ['2025-02-01', '2025-03-01', '2025-04-01']) oneLine(b, 'RS-CAP', { psn: 'PM', inst: 'H3', adm: d });
    const fourth = oneLine(b, 'RS-CAP', { psn: 'PM', inst: 'H3', adm: '2025-05-01' });
    for (const d of ['2025-02-01', '2025-03-01', '2025-04-01']) oneLine(b, 'RS-CAP', { psn: 'PF', inst: 'H3', adm: d });
    return { [fourth]: 5000 };
  },
  'consumable-amount-cap': (b) => {
    for (const d of ['2025-02-01', '2025-03-01']) oneLine(b, 'RC-CAP', { psn: 'PM', inst: 'H3', adm: d });
    const third = oneLine(b, 'RC-CAP', { psn: 'PM', inst: 'H3', adm: '2025-04-01' });
    return { [third]: 10000 };
  },
  'setl-list-anomaly': (b) => {
    const ip = (psn: string, diag = 'J18.900', extra: Record<string, string | number> = {}, fundPayFen = 1000): string =>
      visit(b, { psn, inst: 'H3', type: '21', adm: D, dscg: '2025-03-06', diag, fundPayFen, extra });
    const a = ip('PM', 'J18.900', {}, 1100);
    b.diagnosis(a, 'J18.900'); // no main diagnosis
    const c = ip('PF', 'J18.900', {}, 1200);
    b.diagnosis(c, 'J18.900', true);
    b.diagnosis(c, 'I10.x00', true); // two main diagnoses
    const e = ip('PC', 'J18.900', {}, 1300);
    b.diagnosis(e, 'K29.700', true); // not the visit's main diagnosis
    const g = ip('PN', 'J18.900', { act_ipt_days: 9 }, 1400);
    b.diagnosis(g, 'J18.900', true); // 5 bed days, 9 reported
    const ok = ip('PM', 'J18.900', { act_ipt_days: 5 });
    b.diagnosis(ok, 'J18.900', true);
    b.diagnosis(ok, 'I10.x00');
    ip('PF'); // no 4101 diagnoses uploaded: not checked
    return { [a]: 1100, [c]: 1200, [e]: 1300, [g]: 1400 };
  },
  'settled-without-detail': (b) => {
    const v = visit(b, { psn: 'PM', inst: 'H3', adm: D, fundPayFen: 1400, extra: { medfee_sumamt_fen: 2000 } });
    b.line({ visit: v, item: 'T001' }); // 897 of 2000 has lines
    const w = visit(b, { psn: 'PF', inst: 'H3', adm: D, fundPayFen: 600, extra: { medfee_sumamt_fen: 997 } });
    b.line({ visit: w, item: 'T001' }); // 100 over: within the tolerance
    const x = visit(b, { psn: 'PC', inst: 'H3', adm: D, fundPayFen: 500, extra: { medfee_sumamt_fen: 1000 } }); // no line at all
    const y = visit(b, { psn: 'PM', inst: 'H2', adm: D });
    b.reverse(b.line({ visit: y, item: 'T001' })); // reversed and settled at zero: fine
    return { [v]: Math.floor((1400 * 1103) / 2000), [x]: 500 };
  },
  'diagnosis-without-charges': (b) => {
    const a = visit(b, { psn: 'PF', inst: 'H3', type: '52', fund: '生育', adm: D, dscg: '2025-03-04', diag: 'O80.000', fundPayFen: 3000 });
    b.line({ visit: a, item: 'B001', date: D });
    const c = visit(b, { psn: 'PF', inst: 'H2', type: '52', fund: '生育', adm: D, dscg: '2025-03-04', diag: 'O80.000', fundPayFen: 3000 });
    b.line({ visit: c, item: 'DL01', date: D });
    const e = visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: D, dscg: '2025-03-03', diag: 'Z51.100', fundPayFen: 2000 });
    b.line({ visit: e, item: 'D001A', date: D });
    const f = visit(b, { psn: 'PM', inst: 'H2', type: '21', adm: D, dscg: '2025-03-03', diag: 'Z51.100', fundPayFen: 2000 });
    b.line({ visit: f, item: 'DA01', date: D });
    return { [a]: 3000, [e]: 2000 };
  },
  'procedure-code-anomaly': (b) => {
    const a = visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: D, dscg: '2025-03-05', oprn: null, fundPayFen: 5000 });
    b.line({ visit: a, item: 'OP01', date: D });
    const c = visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: D, dscg: '2025-03-05', oprn: '47.0100', fundPayFen: 5000 });
    b.line({ visit: c, item: 'OP01', date: D });
    const e = visit(b, { psn: 'PC', inst: 'H3', type: '21', adm: D, dscg: '2025-03-05', oprn: null, fundPayFen: 4000 });
    b.line({ visit: e, item: 'OP01', date: D });
    b.procedure(e, '47.0100', D, false); // a procedure, but none marked main
    visit(b, { psn: 'PN', inst: 'H3', type: '21', adm: D, dscg: '2025-03-05', oprn: null }); // no surgery: nothing to code
    return { [a]: 5000, [e]: 4000 };
  },
  'diagnosis-procedure-mismatch': (b) => {
    visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: D, dscg: '2025-03-05', oprn: '47.0100', diag: 'K35.800' });
    const a = visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: D, dscg: '2025-03-05', oprn: '47.0100', diag: 'S82.200', fundPayFen: 3000 });
    visit(b, { psn: 'PC', inst: 'H3', type: '21', adm: D, dscg: '2025-03-05', oprn: '36.0600', diag: 'I25.100' });
    const c = visit(b, { psn: 'PM', inst: 'H2', type: '21', adm: D, dscg: '2025-03-05', oprn: null, diag: 'J18.900', fundPayFen: 4000 });
    b.procedure(c, '36.0600', D);
    const e = visit(b, { psn: 'PF', inst: 'H2', type: '21', adm: D, dscg: '2025-03-05', oprn: '36.0600', diag: 'J18.900' });
    b.diagnosis(e, 'J18.900', true);
    b.diagnosis(e, 'I21.000'); // the procedure's diagnosis is secondary
    visit(b, { psn: 'PC', inst: 'H2', type: '21', adm: D, dscg: '2025-03-05', oprn: '81.5100', diag: 'J18.900' }); // not in the knowledge base
    return { [a]: 3000, [c]: 4000 };
  },
  'antibiotic-tier': (b) => {
    const sn = oneLine(b, 'AB-SPEC', { psn: 'PM', inst: 'H3', adm: D });
    oneLine(b, 'AB-SPEC', { psn: 'PF', inst: 'H3', type: '21', adm: D, dscg: '2025-03-04' });
    return { [sn]: 26000 };
  },
  'low-standard-admission': (b) => {
    const a = visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: D, dscg: '2025-03-03', fundPayFen: 2500 });
    for (const d of [D, '2025-03-02']) {
      b.line({ visit: a, item: 'B001', date: d });
      b.line({ visit: a, item: 'N001', date: d });
    }
    b.line({ visit: a, item: 'E001', date: D });
    b.line({ visit: a, item: 'CT01', date: '2025-03-02' });
    const c = visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: D, dscg: '2025-03-03' });
    b.line({ visit: c, item: 'B001', date: D });
    b.line({ visit: c, item: 'E001', date: D });
    b.line({ visit: c, item: 'T001', date: '2025-03-02' });
    return { [a]: 2500 };
  },
  'exam-fee-share': shareFixture('E002', 'T001', [700000, 300000], [400000, 600000], 50),
  'consumable-fee-share': shareFixture('C001', 'T001', [500000, 500000], [350000, 650000], 40),
  'treatment-fee-share': shareFixture('T001', 'E002', [700000, 300000], [500000, 500000], 50),
  'ct-fee-share': shareFixture('CT01', 'T001', [300000, 700000], [250000, 750000], 25),
  'mri-fee-share': shareFixture('MR01', 'T001', [300000, 700000], [200000, 800000], 20),
  'nosocomial-infection-rate': (b) => {
    let p = 0;
    const stays = (inst: string, n: number, infected: number, presentOnAdmission = 0): void => {
      for (let i = 0; i < n; i++) {
        const psn = b.person(`NI${++p}`, '1', '1960-01-01');
        const v = visit(b, { psn, inst, type: '21', adm: D, dscg: '2025-03-08', diag: 'K80.200' });
        b.diagnosis(v, 'K80.200', true, { adm_cond_type: '1' });
        if (i < infected) b.diagnosis(v, 'T81.400', false, { adm_cond_type: '4' });
        else if (i < infected + presentOnAdmission) b.diagnosis(v, 'J15.900', false, { adm_cond_type: '1' });
      }
    };
    stays('H3', 20, 3); // 15 %
    stays('H2', 20, 2, 5); // 10 %: not above; infections present on admission do not count
    stays('H1', 10, 5); // too few discharges
    return { H3: 0 };
  },
  'drug-requires-item': (b) => {
    const sn = oneLine(b, 'KD-CONTRAST', { psn: 'PM', inst: 'H3', adm: D });
    const v = visit(b, { psn: 'PF', inst: 'H3', adm: D });
    b.line({ visit: v, item: 'KD-CONTRAST' });
    b.line({ visit: v, item: 'CT01' });
    return { [sn]: 12000 };
  },
  'consumable-requires-item': (b) => {
    const sn = oneLine(b, 'KC-IVCAN', { psn: 'PM', inst: 'H3', adm: D });
    const v = visit(b, { psn: 'PF', inst: 'H3', adm: D });
    b.line({ visit: v, item: 'KC-IVCAN' });
    b.line({ visit: v, item: 'TIV01' });
    return { [sn]: 3500 };
  },
  'drug-child-special': (b) => {
    const sn = oneLine(b, 'KD-CHILD', { psn: 'PM', inst: 'H3', adm: D });
    oneLine(b, 'KD-CHILD', { psn: 'PC', inst: 'H3', adm: D });
    const m = visit(b, { psn: 'PF', inst: 'H3', type: '52', fund: '生育', adm: '2025-04-01', dscg: '2025-04-04', diag: 'O80.000', extra: { nwb_bir_wt: 3100 } });
    b.line({ visit: m, item: 'KD-CHILD', date: '2025-04-02' }); // for the newborn on the mother's stay
    return { [sn]: 1600 };
  },
  'service-child-special': restriction('KS-CHILD', { psn: 'PM', inst: 'H3', adm: D }, [{ psn: 'PC', inst: 'H3', adm: D }], 2500),
  'drug-elderly': (b) => {
    b.person('PO', '2', '1950-01-01');
    const sn = oneLine(b, 'KD-ELDER', { psn: 'PO', inst: 'H3', adm: D });
    oneLine(b, 'KD-ELDER', { psn: 'PM', inst: 'H3', adm: D });
    return { [sn]: 2100 };
  },
  'drug-off-label': (b) => {
    const e = restriction('KD-IND', { psn: 'PM', inst: 'H3', adm: D, diag: 'J06.900' }, [{ psn: 'PF', inst: 'H3', adm: D, diag: 'J18.900' }], 3600)(b);
    const v = visit(b, { psn: 'PC', inst: 'H3', adm: D, diag: 'J06.900' });
    b.line({ visit: v, item: 'KD-IND' });
    b.diagnosis(v, 'J15.900');
    return e;
  },
  'service-outside-indication': restriction('KS-REHAB', { psn: 'PM', inst: 'H3', adm: D, diag: 'M54.500' }, [{ psn: 'PF', inst: 'H3', adm: D, diag: 'S82.200' }], 4800),
  'drug-contraindication': (b) => {
    const e = restriction('KD-CONTRA', { psn: 'PM', inst: 'H3', adm: D, diag: 'N18.900' }, [{ psn: 'PF', inst: 'H3', adm: D, diag: 'I10.x00' }], 1900)(b);
    const v = visit(b, { psn: 'PC', inst: 'H3', adm: D, diag: 'I10.x00' });
    const sn = b.line({ visit: v, item: 'KD-CONTRA' });
    b.diagnosis(v, 'N18.300');
    return { ...e, [sn]: 1900 };
  },
  'service-contraindication': restriction('KS-CONTRA', { psn: 'PM', inst: 'H3', adm: D, diag: 'I25.100' }, [{ psn: 'PF', inst: 'H3', adm: D, diag: 'I10.x00' }], 6200),
  'drug-pregnancy': (b) => {
    const e = restriction('KD-PREG', { psn: 'PF', inst: 'H3', adm: D, diag: 'O80.000', fund: '生育' }, [{ psn: 'PF', inst: 'H3', adm: D, diag: 'J06.900' }], 2700)(b);
    const v = visit(b, { psn: 'PF', inst: 'H2', adm: D, diag: 'J06.900' });
    const sn = b.line({ visit: v, item: 'KD-PREG' });
    b.diagnosis(v, 'Z34.900');
    return { ...e, [sn]: 2700 };
  },
  'drug-interaction': (b) => {
    const v = visit(b, { psn: 'PM', inst: 'H3', adm: D });
    b.line({ visit: v, item: 'KD-IA' });
    const sn = b.line({ visit: v, item: 'KD-IB' });
    const w = visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: D, dscg: '2025-03-03' });
    b.line({ visit: w, item: 'KD-IA', date: D });
    b.line({ visit: w, item: 'KD-IB', date: '2025-03-02' });
    return { [sn]: 1700 };
  },
  'herb-incompatibility': (b) => {
    const v = visit(b, { psn: 'PM', inst: 'H3', adm: D });
    b.line({ visit: v, item: 'HB-GC', cnt: 10 });
    const sn = b.line({ visit: v, item: 'HB-GS', cnt: 3 });
    oneLine(b, 'HB-GC', { psn: 'PF', inst: 'H3', adm: D }, { cnt: 10 });
    return { [sn]: 1500 };
  },
  'drug-hoarding': (b) => {
    for (let k = 0; k < 10; k++) oneLine(b, 'D010A', { psn: 'PM', inst: 'YD', type: '41', adm: day('2025-01-01', 10 * k) }, { cnt: 30, prdDays: 30 });
    for (let k = 0; k < 4; k++) oneLine(b, 'D010A', { psn: 'PF', inst: 'YD', type: '41', adm: day('2025-01-01', 30 * k) }, { cnt: 30, prdDays: 30 });
    for (let k = 0; k < 4; k++) oneLine(b, 'D010A', { psn: 'PC', inst: 'YD', type: '41', adm: day('2025-01-01', 20 * k) }, { cnt: 30, prdDays: 30 });
    return { 'PM:D010A': Math.floor((261000 * 180) / 300) };
  },
  'resale-facilitation': (b) => {
    for (const psn of ['PM', 'PF', 'PC']) {
      for (let k = 0; k < 10; k++) oneLine(b, 'D010A', { psn, inst: 'YD', type: '41', adm: day('2025-01-01', 10 * k) }, { cnt: 30, prdDays: 30 });
    }
    // two such persons at another pharmacy: below the threshold of three
    b.fixmedins.push({ fixmedins_code: 'YD2', fixmedins_name: '仁和药房', fixmedins_type: '2', hosp_lv: 0, admdvs: '140300' });
    for (const psn of ['PN', 'PM']) {
      for (let k = 0; k < 10; k++) oneLine(b, 'D011A', { psn, inst: 'YD2', type: '41', adm: day('2025-01-01', 10 * k) }, { cnt: 30, prdDays: 30 });
    }
    return { YD: 3 * Math.floor((261000 * 180) / 300) };
  },
  'diagnosis-not-in-record': (b) => {
    const a = visit(b, { psn: 'PM', inst: 'H3', adm: D, diag: 'K29.700', fundPayFen: 800 });
    b.recordDiagnosis(a, 'J06.900');
    const c = visit(b, { psn: 'PF', inst: 'H3', adm: D, diag: 'K29.700' });
    b.recordDiagnosis(c, 'K29.500'); // the same category
    visit(b, { psn: 'PC', inst: 'H3', adm: D, diag: 'K29.700' }); // no record uploaded
    const e = visit(b, { psn: 'PM', inst: 'H2', type: '21', adm: D, dscg: '2025-03-05', diag: 'J18.900', fundPayFen: 900 });
    b.diagnosis(e, 'E11.900', true); // the settlement list's main diagnosis differs from the record's
    b.recordDiagnosis(e, 'J18.900');
    return { [a]: 800, [e]: 900 };
  },
  'impostor-patient': (b) => {
    const a = visit(b, { psn: 'PM', inst: 'H3', adm: D, fundPayFen: 1500, extra: { gend: '2', brdy: '1985-01-01' } });
    visit(b, { psn: 'PM', inst: 'H3', adm: D, extra: { gend: '1', brdy: '1970-05-10' } });
    visit(b, { psn: 'PF', inst: 'H3', type: '21', adm: '2025-03-05', dscg: '2025-03-08', extra: { gend: '1', brdy: '2025-03-01' } }); // her newborn on her card
    const c = visit(b, { psn: 'PF', inst: 'H2', adm: D, fundPayFen: 700, extra: { brdy: '1985-03-21' } }); // another birth date
    return { [a]: 1500, [c]: 700 };
  },
} satisfies Record<string, RuleFixture>);
