// Reference tables (医保目录, 限定支付条件, 限定单价, 项目内涵/组套, 诊断手术编码限定)
// shared by the synthetic generator and the hand-built test datasets. The codes are
// synthetic (national codes are 23/15/20 characters; these are short and readable).
import type { Row } from './schema.js';

export interface ReferenceTables {
  item: Row[];
  item_limit: Row[];
  price_cap: Row[];
  item_rel: Row[];
  code_limit: Row[];
  item_kb: Row[];
  item_pair: Row[];
  diag_kb: Row[];
  oprn_diag: Row[];
}

export const CAP_PERIODS = [
  { begn: '2020-01-01', end: '2025-06-30', factor: 1.0 },
  { begn: '2025-07-01', end: '2099-12-31', factor: 1.1 },
] as const;
/** Cap multiplier per hospital level (一级 / 二级 / 三级). */
export const LEVEL_FACTOR: Record<number, number> = { 1: 0.8, 2: 0.9, 3: 1.0 };

export function capFor(baseFen: number, level: number, periodFactor: number): number {
  return Math.round(baseFen * (LEVEL_FACTOR[level] ?? 1) * periodFactor);
}

/** Restricted items: one restriction each, so that a violation of one never breaks another. */
export const RESTRICTED: { code: string; name: string; cls: string; sub: string; limit: Row; base: number }[] = [
  { code: 'RD-SEX-F', name: '限女性药品', cls: '药品', sub: '西药', limit: { lim_gend: '2' }, base: 3000 },
  { code: 'RS-SEX-M', name: '限男性诊疗项目', cls: '诊疗', sub: '治疗', limit: { lim_gend: '1' }, base: 5000 },
  { code: 'RD-CHILD', name: '限儿童药品', cls: '药品', sub: '西药', limit: { lim_max_age: 14 }, base: 1500 },
  { code: 'RD-NB', name: '限新生儿药品', cls: '药品', sub: '西药', limit: { lim_max_age_days: 28 }, base: 2500 },
  { code: 'RS-CHILD', name: '限儿童诊疗项目', cls: '诊疗', sub: '治疗', limit: { lim_max_age: 14 }, base: 4000 },
  { code: 'RS-NB', name: '限新生儿诊疗项目', cls: '诊疗', sub: '治疗', limit: { lim_max_age_days: 28 }, base: 6000 },
  { code: 'RC-CHILD', name: '限儿童耗材', cls: '耗材', sub: '材料', limit: { lim_max_age: 14 }, base: 8000 },
  { code: 'RC-NB', name: '限新生儿耗材', cls: '耗材', sub: '材料', limit: { lim_max_age_days: 28 }, base: 9000 },
  { code: 'RD-NOCHILD', name: '儿童禁用药品', cls: '药品', sub: '西药', limit: { lim_min_age: 18 }, base: 2800 },
  { code: 'RD-MAT', name: '限生育保险药品', cls: '药品', sub: '西药', limit: { lim_fund_type: '生育' }, base: 4200 },
  { code: 'RD-INJ', name: '限工伤保险药品', cls: '药品', sub: '西药', limit: { lim_fund_type: '工伤' }, base: 3900 },
  { code: 'RS-MAT', name: '限生育保险诊疗项目', cls: '诊疗', sub: '治疗', limit: { lim_fund_type: '生育' }, base: 7000 },
  { code: 'RS-INJ', name: '限工伤保险诊疗项目', cls: '诊疗', sub: '治疗', limit: { lim_fund_type: '工伤' }, base: 6500 },
  { code: 'RS-DEPT', name: '限康复科诊疗项目', cls: '诊疗', sub: '治疗', limit: { lim_dept: 'D09' }, base: 3500 },
  { code: 'RC-DEPT', name: '限眼科耗材', cls: '耗材', sub: '材料', limit: { lim_dept: 'D08' }, base: 12000 },
  { code: 'RS-INP', name: '限住院诊疗项目', cls: '诊疗', sub: '治疗', limit: { lim_med_type: '21' }, base: 4500 },
  { code: 'RD-LV3', name: '限三级医院药品', cls: '药品', sub: '西药', limit: { lim_min_hosp_lv: 3 }, base: 9900 },
  { code: 'RS-LV3', name: '限三级医院诊疗项目', cls: '诊疗', sub: '治疗', limit: { lim_min_hosp_lv: 3 }, base: 15000 },
  { code: 'RD-IND', name: '限糖尿病药品', cls: '药品', sub: '西药', limit: { lim_diag_prefix: 'E11' }, base: 6600 },
  { code: 'RD-SUP', name: '限7日用量药品', cls: '药品', sub: '西药', limit: { lim_max_supply_days: 7 }, base: 1400 },
  { code: 'RS-FREQ', name: '每日限2次诊疗项目', cls: '诊疗', sub: '治疗', limit: { lim_max_per_day: 2 }, base: 1800 },
  { code: 'RD-DOSE', name: '日最大用量3的药品', cls: '药品', sub: '西药', limit: { lim_max_per_day: 3 }, base: 1200 },
  { code: 'RC-QTY', name: '每次就诊限2个耗材', cls: '耗材', sub: '材料', limit: { lim_max_per_visit: 2 }, base: 20000 },
  { code: 'RS-IND', name: '限胃炎诊疗项目（限适应症支付）', cls: '诊疗', sub: '治疗', limit: { lim_diag_prefix: 'K29' }, base: 2600 },
  { code: 'RD-2ND', name: '限二线用药药品', cls: '药品', sub: '西药', limit: { lim_second_line: 'G-DM1' }, base: 5200 },
  { code: 'RD-COURSE', name: '限支付疗程14天药品', cls: '药品', sub: '西药', limit: { lim_course_days: 14 }, base: 800 },
  { code: 'RS-COURSE', name: '限支付疗程10次诊疗项目', cls: '诊疗', sub: '治疗', limit: { lim_course_days: 10 }, base: 1200 },
  { code: 'RS-CAP', name: '年度限额150元诊疗项目', cls: '诊疗', sub: '治疗', limit: { lim_max_amt_fen: 15000 }, base: 5000 },
  { code: 'RC-CAP', name: '年度限额500元耗材', cls: '耗材', sub: '材料', limit: { lim_max_amt_fen: 50000 }, base: 20000 },
  { code: 'RD-OPSP', name: '限门诊慢特病病种药品', cls: '药品', sub: '西药', limit: { lim_opsp_dise: 'M001' }, base: 4500 },
  { code: 'HB-NOPAY', name: '不予支付的中药饮片', cls: '药品', sub: '中药饮片', limit: { lim_herb_pay: '不予支付' }, base: 900 },
  { code: 'HB-SINGLE', name: '单方使用不予支付的中药饮片', cls: '药品', sub: '中药饮片', limit: { lim_herb_pay: '单方不予支付' }, base: 700 },
];

/** 药品诊疗知识库 (说明书、诊疗规范) entries, one item each so that no entry breaks another. */
export const KNOWLEDGE: { code: string; name: string; cls: string; sub: string; kb: Row[]; base: number }[] = [
  { code: 'RE-IND', name: '限高血压检查项目', cls: '诊疗', sub: '检查', kb: [{ kb_kind: '适应症', diag_prefix: 'I10' }], base: 2200 },
  { code: 'RT-IND', name: '限腰背痛治疗项目', cls: '诊疗', sub: '治疗', kb: [{ kb_kind: '适应症', diag_prefix: 'M54' }], base: 3300 },
  { code: 'KS-REHAB', name: '骨折术后康复训练', cls: '诊疗', sub: '康复', kb: [{ kb_kind: '适应症', diag_prefix: 'S82' }, { kb_kind: '适应症', diag_prefix: 'S72' }], base: 4800 },
  { code: 'KD-IND', name: '说明书限肺炎的抗感染药', cls: '药品', sub: '西药', kb: [{ kb_kind: '适应症', diag_prefix: 'J18' }, { kb_kind: '适应症', diag_prefix: 'J15' }], base: 3600 },
  { code: 'KD-CONTRA', name: '肾功能衰竭禁用药品', cls: '药品', sub: '西药', kb: [{ kb_kind: '禁忌症', diag_prefix: 'N18' }], base: 1900 },
  { code: 'KS-CONTRA', name: '冠心病禁用的运动负荷试验', cls: '诊疗', sub: '检查', kb: [{ kb_kind: '禁忌症', diag_prefix: 'I25' }], base: 6200 },
  { code: 'KD-PREG', name: '妊娠期及哺乳期禁用药品', cls: '药品', sub: '西药', kb: [{ kb_kind: '妊娠哺乳禁用', diag_prefix: 'O' }, { kb_kind: '妊娠哺乳禁用', diag_prefix: 'Z34' }], base: 2700 },
  { code: 'KD-CHILD', name: '儿童专用剂型药品（混悬液）', cls: '药品', sub: '西药', kb: [{ kb_kind: '儿童专用', age_max: 14 }], base: 1600 },
  { code: 'KS-CHILD', name: '小儿推拿', cls: '诊疗', sub: '中医', kb: [{ kb_kind: '儿童专用', age_max: 14 }], base: 2500 },
  { code: 'KD-ELDER', name: '老年人禁用药品', cls: '药品', sub: '西药', kb: [{ kb_kind: '老年禁用', age_max: 64 }], base: 2100 },
  { code: 'KD-CONTRAST', name: '碘对比剂', cls: '药品', sub: '西药', kb: [{ kb_kind: '需配合项目', with_item: 'CT' }], base: 12000 },
  { code: 'KC-IVCAN', name: '静脉留置针', cls: '耗材', sub: '材料', kb: [{ kb_kind: '需配合项目', with_item: 'TIV01' }], base: 3500 },
  { code: 'AB-SPEC', name: '特殊使用级抗菌药物', cls: '药品', sub: '西药', kb: [{ kb_kind: '特殊使用级抗菌药物' }], base: 26000 },
  { code: 'KD-IA', name: '相互作用药品甲', cls: '药品', sub: '西药', kb: [], base: 1300 },
  { code: 'KD-IB', name: '相互作用药品乙', cls: '药品', sub: '西药', kb: [], base: 1700 },
  { code: 'HB-GC', name: '甘草（饮片）', cls: '药品', sub: '中药饮片', kb: [], base: 300 },
  { code: 'HB-GS', name: '甘遂（饮片）', cls: '药品', sub: '中药饮片', kb: [], base: 500 },
];

export const BACKGROUND = {
  drugGroups: 60, // D<g>A and D<g>B share group G<g>
  treatments: 30,
  exams: 20,
  ct: 3,
  mri: 2,
  consumables: 15,
  selfPay: 5,
};

const pad = (n: number, w = 3): string => String(n).padStart(w, '0');

export function buildReference(): ReferenceTables {
  const item: Row[] = [];
  const priced: { code: string; base: number }[] = [];
  const add = (code: string, name: string, cls: string, sub: string | null, lv: string, group: string | null, base: number, capped: boolean): void => {
    item.push({ med_list_codg: code, item_name: name, item_class: cls, sub_class: sub, chrgitm_lv: lv, drug_group: group });
    if (capped) priced.push({ code, base });
  };
  for (let g = 1; g <= BACKGROUND.drugGroups; g++) {
    add(`D${pad(g)}A`, `药品${g}甲`, '药品', '西药', g % 3 === 0 ? '乙' : '甲', `G${pad(g)}`, 0, false);
    add(`D${pad(g)}B`, `药品${g}乙`, '药品', '西药', '乙', `G${pad(g)}`, 0, false);
  }
  add('DZ01', '高价单药', '药品', '西药', '乙', null, 0, false);
  for (let i = 1; i <= BACKGROUND.treatments; i++) add(`T${pad(i)}`, `治疗项目${i}`, '诊疗', '治疗', '甲', null, 800 + 97 * i, true);
  for (let i = 1; i <= BACKGROUND.exams; i++) add(`E${pad(i)}`, `检验检查${i}`, '诊疗', i % 2 ? '检验' : '检查', '甲', null, 1500 + 131 * i, true);
  for (let i = 1; i <= BACKGROUND.ct; i++) add(`CT${pad(i, 2)}`, `CT检查${i}`, '诊疗', 'CT', '乙', null, 20000 + 3000 * i, true);
  for (let i = 1; i <= BACKGROUND.mri; i++) add(`MR${pad(i, 2)}`, `磁共振检查${i}`, '诊疗', 'MRI', '乙', null, 45000 + 5000 * i, true);
  for (let i = 1; i <= BACKGROUND.consumables; i++) add(`C${pad(i)}`, `医用耗材${i}`, '耗材', '材料', '乙', null, 0, false);
  for (let i = 1; i <= BACKGROUND.selfPay; i++) add(`X${pad(i)}`, `自费项目${i}`, '诊疗', '治疗', '丙', null, 3000 + 500 * i, true);
  add('Z001', '普通门诊诊查费', '诊疗', '诊查', '甲', null, 1000, true);
  add('Z002', '住院诊查费', '诊疗', '诊查', '甲', null, 2000, true);
  add('B001', '床位费', '服务设施', '床位', '甲', null, 5000, true);
  add('N001', '护理费', '诊疗', '护理', '甲', null, 2000, true);
  add('IA01', '包含项目（如 全麻）', '诊疗', '治疗', '甲', null, 30000, true);
  add('IB01', '被包含项目（如 气管插管）', '诊疗', '治疗', '甲', null, 6000, true);
  add('PK01', '组套项目（如 血常规五分类）', '诊疗', '检验', '甲', null, 3000, true);
  add('PA01', '组套组成部分一', '诊疗', '检验', '甲', null, 2000, true);
  add('PB01', '组套组成部分二', '诊疗', '检验', '甲', null, 2000, true);
  add('TIV01', '静脉输液', '诊疗', '治疗', '甲', null, 1200, true);
  add('OP01', '阑尾切除术', '诊疗', '手术', '甲', null, 30000, true);
  add('OP02', '腹腔探查术', '诊疗', '手术', '甲', null, 20000, true);
  add('DL01', '阴道分娩接生', '诊疗', '接生', '甲', null, 80000, true);
  add('DA01', '抗肿瘤药（注射）', '药品', '抗肿瘤药', '乙', null, 0, false);
  add('D1L', '二甲双胍片（一线降糖药）', '药品', '西药', '甲', 'G-DM1', 0, false);
  for (let i = 1; i <= 4; i++) add(`HB0${i}`, `中药饮片${i}`, '药品', '中药饮片', '乙', null, 0, false);
  add('INS-B', '甘精胰岛素注射液（基础胰岛素）', '药品', '西药', '乙', 'G-INS', 0, false);
  item[item.length - 1]!.drug_role = '基础胰岛素';
  add('INS-M', '门冬胰岛素注射液（餐时胰岛素）', '药品', '西药', '乙', 'G-INS', 0, false);
  item[item.length - 1]!.drug_role = '餐时胰岛素';
  add('INS-D', '地特胰岛素注射液（基础胰岛素）', '药品', '西药', '乙', 'G-INS', 0, false);
  item[item.length - 1]!.drug_role = '基础胰岛素';
  const item_limit: Row[] = [];
  for (const r of RESTRICTED) {
    add(r.code, r.name, r.cls, r.sub, '乙', null, r.base, r.cls === '诊疗');
    item_limit.push({ med_list_codg: r.code, ...r.limit });
  }
  const item_kb: Row[] = [];
  for (const k of KNOWLEDGE) {
    add(k.code, k.name, k.cls, k.sub, '乙', null, k.base, k.cls === '诊疗');
    k.kb.forEach((e, i) => item_kb.push({ kb_id: `${k.code}-${i + 1}`, med_list_codg: k.code, src: '示例知识库', ...e }));
  }
  const price_cap: Row[] = [];
  for (const p of priced) {
    for (const lv of [1, 2, 3]) {
      for (const per of CAP_PERIODS) {
        price_cap.push({ med_list_codg: p.code, hosp_lv: lv, begn_date: per.begn, end_date: per.end, cap_fen: capFor(p.base, lv, per.factor) });
      }
    }
  }
  const item_rel: Row[] = [
    { item_a: 'IA01', item_b: 'IB01', rel_type: '包含' },
    { item_a: 'PK01', item_b: 'PA01', rel_type: '组套' },
    { item_a: 'PK01', item_b: 'PB01', rel_type: '组套' },
  ];
  const code_limit: Row[] = [
    { code_type: 'diag', code_prefix: 'O', lim_gend: '2', lim_min_age: 10, lim_max_age: 60 },
    { code_type: 'diag', code_prefix: 'N40', lim_gend: '1' },
    { code_type: 'diag', code_prefix: 'C53', lim_gend: '2' },
    { code_type: 'diag', code_prefix: 'P', lim_min_age: 0, lim_max_age: 0 },
    { code_type: 'oprn', code_prefix: '68.4', lim_gend: '2' },
    { code_type: 'oprn', code_prefix: '60.2', lim_gend: '1' },
  ];
  const item_pair: Row[] = [
    { item_a: 'KD-IA', item_b: 'KD-IB', pair_kind: '相互作用', src: '示例知识库' },
    { item_a: 'HB-GC', item_b: 'HB-GS', pair_kind: '十八反十九畏', src: '十八反：甘草反甘遂' },
  ];
  const diag_kb: Row[] = [
    { diag_prefix: 'Z51.0', kb_kind: '计划治疗', src: '放射治疗疗程' },
    { diag_prefix: 'Z51.1', kb_kind: '计划治疗', src: '化学治疗疗程' },
    { diag_prefix: 'Z49', kb_kind: '计划治疗', src: '透析' },
    { diag_prefix: 'T81.4', kb_kind: '院内感染', src: '操作后感染' },
    { diag_prefix: 'J15', kb_kind: '院内感染', src: '细菌性肺炎（入院病情为无）' },
    { diag_prefix: 'A41', kb_kind: '院内感染', src: '脓毒症（入院病情为无）' },
    { diag_prefix: 'O80', kb_kind: '须有费用', need_sub_class: '接生', src: '单胎顺产须有接生费' },
    { diag_prefix: 'Z51.1', kb_kind: '须有费用', need_sub_class: '抗肿瘤药', src: '化疗须有抗肿瘤药' },
  ];
  const oprn_diag: Row[] = [
    { oprn_prefix: '47.01', diag_prefix: 'K35' },
    { oprn_prefix: '47.01', diag_prefix: 'K36' },
    { oprn_prefix: '47.01', diag_prefix: 'K37' },
    { oprn_prefix: '36.06', diag_prefix: 'I20' },
    { oprn_prefix: '36.06', diag_prefix: 'I21' },
    { oprn_prefix: '36.06', diag_prefix: 'I25' },
  ];
  return { item, item_limit, price_cap, item_rel, code_limit, item_kb, item_pair, diag_kb, oprn_diag };
}

/** Base price of a drug or consumable (fen), by code; caps are in price_cap. */
export function unitPriceFen(code: string): number {
  const r = RESTRICTED.find((x) => x.code === code) ?? KNOWLEDGE.find((x) => x.code === code);
  if (r) return r.base;
  if (code === 'DA01') return 58000;
  if (code === 'D1L') return 120;
  if (/^HB0\d$/.test(code)) return 400 + Number(code.slice(3)) * 60;
  if (code === 'INS-B' || code === 'INS-D') return 9800;
  if (code === 'INS-M') return 6500;
  if (code === 'DZ01') return 30000;
  const m = /^D(\d+)([AB])$/.exec(code);
  if (m) return 500 + Number(m[1]) * 37 + (m[2] === 'B' ? 211 : 0);
  const c = /^C(\d+)$/.exec(code);
  if (c) return 3000 + Number(c[1]) * 450;
  throw new Error(`无基础单价: ${code}`);
}

/** Background diagnoses (no sex or age restriction) and the restricted ones. */
export const BACKGROUND_DIAGNOSES = ['I10.x00', 'E11.900', 'J18.900', 'K29.700', 'M54.500', 'J06.900', 'I25.100', 'N18.900', 'K80.200', 'S82.200'];
export const BACKGROUND_PROCEDURES = ['47.0900', '51.2300', '79.3600', '81.5100'];
