// Settlement-data schema of the monitor module, after the national platform interfaces
// (data/reference/interfaces.md): 4101 医保结算清单 (setlinfo, diseinfo, oprninfo),
// 2301/2204 费用明细 with the 5204 split of each line, 3101/3102 明细审核 inputs
// (diagnoses of the clinical record), 2501 转院备案, 2503 门诊慢特病备案. Column names
// are the interface field names; amounts are integer fen (suffix _fen) where the
// interfaces carry yuan decimals. A file may also use the interface's own name and unit
// for a column (alias: `fee_ocur_time` for fee_date, `det_item_fee_sumamt` in yuan …).
//
// Every column added after the first version is optional and every table added after it
// is optional, so files of the first shape still load; a rule that reads a column the data
// does not carry says what it could not check (rule.json `needs`).

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DATE';

/** How a value written under an alias (the national field) becomes the column's value. */
export type AliasConversion =
  | 'same' // the same value
  | 'yuan' // yuan with at most two decimals → integer fen
  | 'datetime'; // 'YYYY-MM-DD HH:MM:SS' → the calendar date

export interface ColumnAlias {
  name: string;
  conversion: AliasConversion;
}

export interface ColumnDef {
  name: string;
  type: ColumnType;
  required: boolean;
  /** Chinese label used in messages. */
  label: string;
  /** Other names the column may have in a file (national interface names). */
  aliases?: ColumnAlias[];
  /** Values allowed (codes); anything else stops the load. */
  codes?: readonly string[];
  /** The value may not be negative. */
  nonNegative?: boolean;
}

export interface TableDef {
  name: string;
  label: string;
  /** The interface the table follows. */
  source: string;
  columns: ColumnDef[];
  /** Primary key columns (a duplicate stops the load). */
  key: string[];
  /** Whether a dataset must contain this table. */
  requiredTable: boolean;
  /** References to other tables: a value not among the parent's keys stops the load. */
  references?: { column: string; table: string; parentColumn: string }[];
  /**
   * The order rows are expected in (not enforced: sorting 10M lines at load costs more than it
   * saves). A year of daily appends of fee lines lies in fee_date order, so a range filter on
   * fee_date skips whole row groups (zone maps) without a sort; the generator writes them so.
   */
  clusterBy?: string[];
}

const c = (name: string, type: ColumnType, required: boolean, label: string, more: Partial<ColumnDef> = {}): ColumnDef => ({ name, type, required, label, ...more });
const yuan = (name: string): ColumnAlias[] => [{ name, conversion: 'yuan' }];
const when = (...names: string[]): ColumnAlias[] => names.map((name) => ({ name, conversion: 'datetime' }));
const same = (...names: string[]): ColumnAlias[] => names.map((name) => ({ name, conversion: 'same' }));

/** 医疗类别 (med_type) codes the rules know: 门诊 11/13/14/51, 住院 21/52, 药店 41. */
export const MED_TYPES = ['11', '13', '14', '21', '41', '51', '52'] as const;
export const INPATIENT_MED_TYPES = ['21', '52'] as const;
export const OUTPATIENT_MED_TYPES = ['11', '13', '14', '51'] as const;

export const TABLES: TableDef[] = [
  {
    name: 'psn', label: '参保人员', source: '1101 人员信息', requiredTable: true, key: ['psn_no'],
    columns: [
      c('psn_no', 'VARCHAR', true, '人员编号'),
      c('certno', 'VARCHAR', true, '证件号码'),
      c('gend', 'VARCHAR', true, '性别（1男 2女）', { codes: ['1', '2'] }),
      c('brdy', 'DATE', true, '出生日期'),
      c('death_date', 'DATE', false, '死亡日期'),
      c('insutype', 'VARCHAR', true, '险种类型'),
      c('insuplc_admdvs', 'VARCHAR', false, '参保地统筹区'),
      c('psn_name', 'VARCHAR', false, '姓名'),
      c('psn_cert_type', 'VARCHAR', false, '人员证件类型'),
    ],
  },
  {
    name: 'fixmedins', label: '定点医药机构', source: '机构信息', requiredTable: true, key: ['fixmedins_code'],
    columns: [
      c('fixmedins_code', 'VARCHAR', true, '定点机构编码'),
      c('fixmedins_name', 'VARCHAR', true, '定点机构名称'),
      c('fixmedins_type', 'VARCHAR', true, '机构类型（1医疗机构 2零售药店）', { codes: ['1', '2'] }),
      c('hosp_lv', 'INTEGER', true, '医院等级（1一级 2二级 3三级 0药店）', { nonNegative: true }),
      c('admdvs', 'VARCHAR', false, '统筹区'),
      c('medins_type', 'VARCHAR', false, '医疗机构类别（综合医院/专科医院/基层医疗卫生机构…）'),
    ],
  },
  {
    name: 'item', label: '医保目录', source: '1301–1306 目录下载', requiredTable: true, key: ['med_list_codg'],
    columns: [
      c('med_list_codg', 'VARCHAR', true, '医保目录编码', { aliases: same('hilist_code') }),
      c('item_name', 'VARCHAR', true, '目录名称', { aliases: same('hilist_name') }),
      c('item_class', 'VARCHAR', true, '目录类别（药品/诊疗/耗材/服务设施）', { codes: ['药品', '诊疗', '耗材', '服务设施'] }),
      c('sub_class', 'VARCHAR', false, '细类'),
      c('chrgitm_lv', 'VARCHAR', true, '收费项目等级（甲/乙/丙）', { codes: ['甲', '乙', '丙'] }),
      c('drug_group', 'VARCHAR', false, '同类药理作用分组'),
      c('drug_role', 'VARCHAR', false, '组内用药分工（如 基础胰岛素、餐时胰岛素）'),
    ],
  },
  {
    name: 'setl', label: '就诊结算（结算清单）', source: '4101 setlinfo / MDTRT_D / SETL_D', requiredTable: true, key: ['mdtrt_id'],
    references: [
      { column: 'psn_no', table: 'psn', parentColumn: 'psn_no' },
      { column: 'fixmedins_code', table: 'fixmedins', parentColumn: 'fixmedins_code' },
    ],
    columns: [
      c('mdtrt_id', 'VARCHAR', true, '就诊ID'),
      c('psn_no', 'VARCHAR', true, '人员编号'),
      c('fixmedins_code', 'VARCHAR', true, '定点机构编码'),
      c('med_type', 'VARCHAR', true, '医疗类别（11普通门诊 13急诊 14门诊慢特病 21住院 41药店购药 51生育门诊 52生育住院）', { codes: MED_TYPES }),
      c('fund_type', 'VARCHAR', true, '基金类别（医疗/生育/工伤）', { codes: ['医疗', '生育', '工伤'] }),
      c('adm_date', 'DATE', true, '入院（就诊）日期', { aliases: when('adm_time', 'begntime') }),
      c('dscg_date', 'DATE', true, '出院日期', { aliases: when('dscg_time', 'endtime') }),
      c('main_diag', 'VARCHAR', true, '主要诊断编码', { aliases: same('dscg_maindiag_code') }),
      c('oprn_code', 'VARCHAR', false, '主要手术操作编码'),
      c('dept_code', 'VARCHAR', false, '就诊科室', { aliases: same('adm_caty') }),
      c('medfee_sumamt_fen', 'BIGINT', true, '医疗费总额（分）', { aliases: yuan('medfee_sumamt'), nonNegative: true }),
      c('fund_pay_fen', 'BIGINT', true, '基金支付总额（分）', { aliases: yuan('fund_pay_sumamt'), nonNegative: true }),
      c('acct_pay_fen', 'BIGINT', false, '个人账户支付（分）', { aliases: yuan('acct_pay'), nonNegative: true }),
      c('gend', 'VARCHAR', false, '患者性别（结算清单）', { codes: ['1', '2'] }),
      c('brdy', 'DATE', false, '患者出生日期（结算清单）'),
      c('dscg_way', 'VARCHAR', false, '离院方式（1医嘱离院 2医嘱转院 3转社区 4非医嘱离院 5死亡 9其他）', { codes: ['1', '2', '3', '4', '5', '9'] }),
      c('days_rinp_flag_31', 'VARCHAR', false, '出院31天内再住院计划（1无 2有）', { codes: ['1', '2'] }),
      c('days_rinp_pup_31', 'VARCHAR', false, '31天内再住院目的'),
      c('nwb_adm_type', 'VARCHAR', false, '新生儿入院类型'),
      c('nwb_bir_wt', 'INTEGER', false, '新生儿出生体重（克）', { nonNegative: true }),
      c('nwb_age', 'INTEGER', false, '新生儿年龄（天）', { nonNegative: true }),
      c('act_ipt_days', 'INTEGER', false, '实际住院天数', { nonNegative: true }),
      c('chfpdr_code', 'VARCHAR', false, '主诊医师代码'),
      c('chfpdr_name', 'VARCHAR', false, '主诊医师姓名'),
    ],
  },
  {
    name: 'fee', label: '费用明细', source: '2301/2204 feedetail + 5204', requiredTable: true, key: ['feedetl_sn'], clusterBy: ['fee_date'],
    references: [
      { column: 'mdtrt_id', table: 'setl', parentColumn: 'mdtrt_id' },
      { column: 'med_list_codg', table: 'item', parentColumn: 'med_list_codg' },
    ],
    columns: [
      c('feedetl_sn', 'VARCHAR', true, '费用明细流水号'),
      c('init_feedetl_sn', 'VARCHAR', false, '原费用流水号（冲销关联）'),
      c('mdtrt_id', 'VARCHAR', true, '就诊ID'),
      c('psn_no', 'VARCHAR', true, '人员编号'),
      c('fee_date', 'DATE', true, '费用发生日期', { aliases: when('fee_ocur_time') }),
      c('med_list_codg', 'VARCHAR', true, '医保目录编码', { aliases: same('hilist_code') }),
      c('cnt', 'INTEGER', true, '数量'),
      c('pric_fen', 'BIGINT', true, '单价（分）', { aliases: yuan('pric'), nonNegative: true }),
      c('det_item_fee_sumamt_fen', 'BIGINT', true, '明细项目费用总额（分）', { aliases: yuan('det_item_fee_sumamt') }),
      c('fulamt_ownpay_amt_fen', 'BIGINT', true, '全自费金额（分）', { aliases: yuan('fulamt_ownpay_amt') }),
      c('bilg_dept_codg', 'VARCHAR', false, '开单科室编码'),
      c('bilg_dr_codg', 'VARCHAR', false, '开单医生编码'),
      c('prd_days', 'INTEGER', false, '用药天数（周期天数）', { nonNegative: true }),
      c('bilg_dept_name', 'VARCHAR', false, '开单科室名称'),
      c('bilg_dr_name', 'VARCHAR', false, '开单医生姓名'),
      c('inscp_scp_amt_fen', 'BIGINT', false, '符合政策范围金额（分）', { aliases: yuan('inscp_scp_amt') }),
      c('overlmt_amt_fen', 'BIGINT', false, '超限价金额（分）', { aliases: yuan('overlmt_amt') }),
      c('preselfpay_amt_fen', 'BIGINT', false, '先行自付金额（分）', { aliases: yuan('preselfpay_amt') }),
      c('rxno', 'VARCHAR', false, '处方号'),
      c('hi_rxno', 'VARCHAR', false, '医保电子处方编号（处方流转）'),
      c('drord_no', 'VARCHAR', false, '医嘱号'),
    ],
  },
  {
    name: 'diag', label: '结算清单诊断', source: '4101 diseinfo / SETL_LIST_DIAG_D', requiredTable: false, key: ['mdtrt_id', 'diag_type', 'diag_code'],
    references: [{ column: 'mdtrt_id', table: 'setl', parentColumn: 'mdtrt_id' }],
    columns: [
      c('mdtrt_id', 'VARCHAR', true, '就诊ID'),
      c('diag_type', 'VARCHAR', true, '诊断类别（1西医 2中医主病 3中医主证）', { codes: ['1', '2', '3'] }),
      c('maindiag_flag', 'VARCHAR', true, '主诊断标志（1是 0否）', { codes: ['0', '1'] }),
      c('diag_code', 'VARCHAR', true, '诊断代码'),
      c('diag_name', 'VARCHAR', false, '诊断名称'),
      c('adm_cond_type', 'VARCHAR', false, '入院病情（1有 2临床未确定 3情况不明 4无）', { codes: ['1', '2', '3', '4'] }),
    ],
  },
  {
    name: 'oprn', label: '结算清单手术操作', source: '4101 oprninfo / SETL_LIST_OPRN_D', requiredTable: false, key: ['mdtrt_id', 'oprn_oprt_code', 'oprn_oprt_date'],
    references: [{ column: 'mdtrt_id', table: 'setl', parentColumn: 'mdtrt_id' }],
    columns: [
      c('mdtrt_id', 'VARCHAR', true, '就诊ID'),
      c('oprn_oprt_type', 'VARCHAR', true, '手术操作类别（1主要 2其他）', { codes: ['1', '2'] }),
      c('oprn_oprt_code', 'VARCHAR', true, '手术操作代码'),
      c('oprn_oprt_name', 'VARCHAR', false, '手术操作名称'),
      c('oprn_oprt_date', 'DATE', true, '手术操作日期'),
      c('oper_dr_code', 'VARCHAR', false, '术者医师代码'),
    ],
  },
  {
    name: 'audit_dise', label: '病历诊断（明细审核上传）', source: '3101/3102 diagnosis_dtos', requiredTable: false, key: ['mdtrt_id', 'dise_codg', 'inout_dise_type'],
    references: [{ column: 'mdtrt_id', table: 'setl', parentColumn: 'mdtrt_id' }],
    columns: [
      c('mdtrt_id', 'VARCHAR', true, '就诊ID'),
      c('inout_dise_type', 'VARCHAR', true, '出入院诊断类别（1入院 2出院）', { codes: ['1', '2'] }),
      c('maindise_flag', 'VARCHAR', true, '主诊断标志（1是 0否）', { codes: ['0', '1'] }),
      c('dise_codg', 'VARCHAR', true, '诊断代码'),
      c('dise_name', 'VARCHAR', false, '诊断名称'),
    ],
  },
  {
    name: 'psn_opsp', label: '门诊慢特病备案', source: '2503 人员慢特病备案', requiredTable: false, key: ['psn_no', 'opsp_dise_code', 'begndate'],
    references: [{ column: 'psn_no', table: 'psn', parentColumn: 'psn_no' }],
    columns: [
      c('psn_no', 'VARCHAR', true, '人员编号'),
      c('opsp_dise_code', 'VARCHAR', true, '门慢门特病种代码'),
      c('opsp_dise_name', 'VARCHAR', false, '门慢门特病种名称'),
      c('begndate', 'DATE', true, '开始日期'),
      c('enddate', 'DATE', true, '结束日期'),
    ],
  },
  {
    name: 'refl', label: '转诊转院备案', source: '2501 转院备案', requiredTable: false, key: ['psn_no', 'fixmedins_code', 'reflin_medins_no', 'begndate'],
    references: [{ column: 'psn_no', table: 'psn', parentColumn: 'psn_no' }],
    columns: [
      c('psn_no', 'VARCHAR', true, '人员编号'),
      c('fixmedins_code', 'VARCHAR', true, '转出定点机构编码'),
      c('reflin_medins_no', 'VARCHAR', true, '转往定点机构编码'),
      c('begndate', 'DATE', true, '开始日期'),
      c('enddate', 'DATE', true, '结束日期'),
      c('refl_rea', 'VARCHAR', false, '转院原因'),
    ],
  },
  {
    name: 'inv_in', label: '药品耗材入库（进销存）', source: '3503 商品采购', requiredTable: false, key: ['inv_sn'],
    references: [
      { column: 'fixmedins_code', table: 'fixmedins', parentColumn: 'fixmedins_code' },
      { column: 'med_list_codg', table: 'item', parentColumn: 'med_list_codg' },
    ],
    columns: [
      c('inv_sn', 'VARCHAR', true, '入库流水号'),
      c('fixmedins_code', 'VARCHAR', true, '定点机构编码'),
      c('med_list_codg', 'VARCHAR', true, '医保目录编码'),
      c('in_date', 'DATE', true, '入库日期'),
      c('cnt', 'INTEGER', true, '入库数量', { nonNegative: true }),
      c('kind', 'VARCHAR', true, '类别（期初/采购）'),
    ],
  },
  {
    name: 'price_cap', label: '限定单价', source: '医疗服务价格', requiredTable: false, key: ['med_list_codg', 'hosp_lv', 'begn_date'],
    columns: [
      c('med_list_codg', 'VARCHAR', true, '医保目录编码'),
      c('hosp_lv', 'INTEGER', true, '医院等级'),
      c('begn_date', 'DATE', true, '开始日期'),
      c('end_date', 'DATE', true, '结束日期'),
      c('cap_fen', 'BIGINT', true, '限定单价（分）', { nonNegative: true }),
    ],
  },
  {
    name: 'item_limit', label: '目录限定支付条件', source: '目录限定支付范围', requiredTable: false, key: ['med_list_codg'],
    columns: [
      c('med_list_codg', 'VARCHAR', true, '医保目录编码'),
      c('lim_gend', 'VARCHAR', false, '限性别', { codes: ['1', '2'] }),
      c('lim_min_age', 'INTEGER', false, '限最小年龄（岁，含）'),
      c('lim_max_age', 'INTEGER', false, '限最大年龄（岁，含）'),
      c('lim_max_age_days', 'INTEGER', false, '限新生儿（最大日龄，含）'),
      c('lim_max_per_day', 'INTEGER', false, '每日限定数量'),
      c('lim_max_per_visit', 'INTEGER', false, '每次就诊限定数量'),
      c('lim_max_supply_days', 'INTEGER', false, '限最大支付天数'),
      c('lim_dept', 'VARCHAR', false, '限科室'),
      c('lim_med_type', 'VARCHAR', false, '限就医方式'),
      c('lim_min_hosp_lv', 'INTEGER', false, '限最低医院等级'),
      c('lim_fund_type', 'VARCHAR', false, '限基金类别（生育/工伤）'),
      c('lim_diag_prefix', 'VARCHAR', false, '限适应症（诊断编码前缀）'),
      c('lim_course_days', 'INTEGER', false, '限支付疗程（每人每年天数）'),
      c('lim_max_amt_fen', 'BIGINT', false, '限定报销总额（每人每年，分）'),
      c('lim_second_line', 'VARCHAR', false, '限二线使用（须先用的一线药品分组）'),
      c('lim_opsp_dise', 'VARCHAR', false, '限门慢门特病种（病种代码前缀）'),
      c('lim_herb_pay', 'VARCHAR', false, '中药饮片支付限定（不予支付/单方不予支付）', { codes: ['不予支付', '单方不予支付'] }),
    ],
  },
  {
    name: 'item_rel', label: '项目内涵与组套关系', source: '医疗服务项目规范', requiredTable: false, key: ['item_a', 'item_b', 'rel_type'],
    columns: [
      c('item_a', 'VARCHAR', true, '项目A（包含方或组套）'),
      c('item_b', 'VARCHAR', true, '项目B（被包含或组成部分）'),
      c('rel_type', 'VARCHAR', true, '关系（包含/组套）', { codes: ['包含', '组套'] }),
    ],
  },
  {
    name: 'code_limit', label: '诊断与手术编码限定', source: '编码规则', requiredTable: false, key: ['code_type', 'code_prefix'],
    columns: [
      c('code_type', 'VARCHAR', true, '编码类别（diag/oprn）', { codes: ['diag', 'oprn'] }),
      c('code_prefix', 'VARCHAR', true, '编码前缀'),
      c('lim_gend', 'VARCHAR', false, '限性别', { codes: ['1', '2'] }),
      c('lim_min_age', 'INTEGER', false, '限最小年龄'),
      c('lim_max_age', 'INTEGER', false, '限最大年龄'),
    ],
  },
  {
    name: 'item_kb', label: '药品诊疗知识库（说明书与诊疗规范）', source: '两库 知识库', requiredTable: false, key: ['kb_id'],
    columns: [
      c('kb_id', 'VARCHAR', true, '知识编号'),
      c('med_list_codg', 'VARCHAR', true, '医保目录编码'),
      c('kb_kind', 'VARCHAR', true, '知识类别', {
        codes: ['适应症', '禁忌症', '妊娠哺乳禁用', '儿童专用', '儿童禁用', '老年禁用', '需配合项目', '特殊使用级抗菌药物'],
      }),
      c('diag_prefix', 'VARCHAR', false, '诊断编码前缀'),
      c('age_min', 'INTEGER', false, '年龄下限（岁，含）'),
      c('age_max', 'INTEGER', false, '年龄上限（岁，含）'),
      c('with_item', 'VARCHAR', false, '须同时收费的项目（编码或细类）'),
      c('src', 'VARCHAR', false, '出处'),
    ],
  },
  {
    name: 'item_pair', label: '药品相互作用与配伍禁忌', source: '两库 知识库', requiredTable: false, key: ['item_a', 'item_b', 'pair_kind'],
    columns: [
      c('item_a', 'VARCHAR', true, '项目A'),
      c('item_b', 'VARCHAR', true, '项目B'),
      c('pair_kind', 'VARCHAR', true, '类别（相互作用/十八反十九畏）', { codes: ['相互作用', '十八反十九畏'] }),
      c('src', 'VARCHAR', false, '出处'),
    ],
  },
  {
    name: 'diag_kb', label: '诊断知识库', source: '两库 知识库', requiredTable: false, key: ['diag_prefix', 'kb_kind'],
    columns: [
      c('diag_prefix', 'VARCHAR', true, '诊断编码前缀'),
      c('kb_kind', 'VARCHAR', true, '知识类别（计划治疗/院内感染/须有费用）', { codes: ['计划治疗', '院内感染', '须有费用'] }),
      c('need_sub_class', 'VARCHAR', false, '须有的费用细类'),
      c('src', 'VARCHAR', false, '出处'),
    ],
  },
  {
    name: 'oprn_diag', label: '手术操作与诊断对应', source: '两库 知识库', requiredTable: false, key: ['oprn_prefix', 'diag_prefix'],
    columns: [
      c('oprn_prefix', 'VARCHAR', true, '手术操作编码前缀'),
      c('diag_prefix', 'VARCHAR', true, '相符的诊断编码前缀'),
    ],
  },
];

export const TABLE_BY_NAME: ReadonlyMap<string, TableDef> = new Map(TABLES.map((t) => [t.name, t]));

/** CREATE TABLE statement valid on both DuckDB and PostgreSQL. */
export function createTableSql(t: TableDef): string {
  const cols = t.columns.map((col) => `${col.name} ${col.type}`).join(', ');
  return `CREATE TABLE ${t.name} (${cols})`;
}

/** "fee.prd_days" → its column, or undefined. */
export function columnOf(ref: string): { table: TableDef; column?: ColumnDef } | undefined {
  const [tableName, columnName] = ref.split('.');
  const table = TABLE_BY_NAME.get(tableName ?? '');
  if (!table) return undefined;
  if (!columnName) return { table };
  const column = table.columns.find((col) => col.name === columnName);
  return column ? { table, column } : undefined;
}

/** A row as plain JS values, the shape tests and the generator's fixtures use. */
export type Row = Record<string, string | number | null | undefined>;
