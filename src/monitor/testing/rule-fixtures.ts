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
function oneLine(b: FixtureBuilder, item: string, v: Omit<VisitSpec, 'id'>, line: { cnt?: number; priceFen?: number; prdDays?: number; dept?: string } = {}): string {
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
    return { [v2]: 50000 };
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
    return { [v1]: 3 * (5000 + 2000) };
  },
  'inpatient-elsewhere': (b) => {
    visit(b, { psn: 'PM', inst: 'H3', type: '21', adm: '2025-06-01', dscg: '2025-06-10' });
    const o1 = visit(b, { psn: 'PM', inst: 'H2', adm: '2025-06-05', fundPayFen: 3000 });
    visit(b, { psn: 'PM', inst: 'YD', type: '41', adm: '2025-06-10', fundPayFen: 100 }); // discharge day
    visit(b, { psn: 'PM', inst: 'H3', adm: '2025-06-05', fundPayFen: 100 }); // same institution
    visit(b, { psn: 'PM', inst: 'H1', adm: '2025-06-01', fundPayFen: 100 }); // admission day
    return { [o1]: 3000 };
  },
  'over-supply': (b) => {
    const sn = oneLine(b, 'RD-SUP', { psn: 'PM', inst: 'H3', adm: D }, { cnt: 10, prdDays: 10 });
    oneLine(b, 'RD-SUP', { psn: 'PF', inst: 'H3', adm: D }, { cnt: 7, prdDays: 7 });
    oneLine(b, 'D001A', { psn: 'PF', inst: 'H3', adm: D }, { cnt: 30, prdDays: 30 });
    return { [sn]: Math.floor((14000 * 3) / 10) };
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
    return { [`${v1}:2025-02-01:G001`]: 2 * 748 };
  },
  'split-prescription': (b) => {
    visit(b, { id: 'S1', psn: 'PM', inst: 'H2', adm: '2025-02-10', fundPayFen: 500 });
    visit(b, { id: 'S2', psn: 'PM', inst: 'H2', adm: '2025-02-10', fundPayFen: 800 });
    visit(b, { id: 'S3', psn: 'PM', inst: 'H1', adm: '2025-02-10', fundPayFen: 300 });
    visit(b, { id: 'S4', psn: 'PF', inst: 'H2', adm: '2025-02-10', fundPayFen: 300 });
    visit(b, { id: 'S5', psn: 'PF', inst: 'H2', adm: '2025-02-11', fundPayFen: 300 });
    return { S2: 800 };
  },
  'treatment-without-indication': restriction('RT-IND', { psn: 'PM', inst: 'H3', adm: D, diag: 'J06.900' }, [{ psn: 'PF', inst: 'H3', adm: D, diag: 'M54.500' }], 3300),
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
    return { [`${v1}:2025-04-01`]: 5000 };
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
    return { 'PM:2025-03-03': 600 };
  },
  'dual-enrolment': (b) => {
    b.person('PX1', '1', '1960-01-01', { certno: 'C-DUP' });
    b.person('PX2', '1', '1960-01-01', { certno: 'C-DUP', insutype: '390' });
    visit(b, { psn: 'PX1', inst: 'H3', type: '21', adm: '2025-05-01', dscg: '2025-05-10' });
    const hit = visit(b, { psn: 'PX2', inst: 'H2', adm: '2025-05-10', fundPayFen: 777 });
    visit(b, { psn: 'PX2', inst: 'H2', adm: '2025-05-11', fundPayFen: 1 });
    visit(b, { psn: 'PM', inst: 'H2', adm: '2025-05-05', fundPayFen: 1 });
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
    return { [hit]: 2500 };
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
  'drug-indication': restriction('RD-IND', { psn: 'PM', inst: 'H3', adm: D, diag: 'J06.900' }, [{ psn: 'PM', inst: 'H3', adm: D, diag: 'E11.900' }], 6600),
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
    b.line({ visit: v1, item: 'RD-DOSE', cnt: 5 });
    oneLine(b, 'RD-DOSE', { psn: 'PF', inst: 'H3', adm: D }, { cnt: 3 });
    return { [`${v1}:${D}:RD-DOSE`]: Math.floor((6000 * 2) / 5) };
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
    return { PM: 4000 };
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
  return { PM: 900 };
}
