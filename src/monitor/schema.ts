// Settlement-data schema of the monitor module, modelled on the national platform
// interfaces (data/reference/interfaces.md: 4101 结算清单, 2301/2204 费用明细). Column
// names are the interface field names where one exists; amounts are integer fen
// (suffix _fen) instead of the interfaces' yuan decimals.

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DATE';

export interface ColumnDef {
  name: string;
  type: ColumnType;
  required: boolean;
  /** Chinese label used in validation messages. */
  label: string;
}

export interface TableDef {
  name: string;
  label: string;
  columns: ColumnDef[];
  /** Primary key columns (duplicates are quarantined). */
  key: string[];
  /** Whether a dataset must contain this table. */
  requiredTable: boolean;
  /** References to other tables: rows whose value is not among the parent's valid keys are quarantined. */
  references?: { column: string; table: string; parentColumn: string }[];
  /**
   * Columns the rows are stored in order of at load: a range filter on the first skips
   * whole row groups (zone maps). Fee lines by fee_date, as a year of daily appends lies.
   */
  clusterBy?: string[];
}

const c = (name: string, type: ColumnType, required: boolean, label: string): ColumnDef => ({ name, type, required, label });

export const TABLES: TableDef[] = [
  {
    name: 'psn', label: '参保人员', requiredTable: true, key: ['psn_no'],
    columns: [
      c('psn_no', 'VARCHAR', true, '人员编号'),
      c('certno', 'VARCHAR', true, '证件号码'),
      c('gend', 'VARCHAR', true, '性别（1男 2女）'),
      c('brdy', 'DATE', true, '出生日期'),
      c('death_date', 'DATE', false, '死亡日期'),
      c('insutype', 'VARCHAR', true, '险种类型'),
      c('insuplc_admdvs', 'VARCHAR', false, '参保地统筹区'),
    ],
  },
  {
    name: 'fixmedins', label: '定点医药机构', requiredTable: true, key: ['fixmedins_code'],
    columns: [
      c('fixmedins_code', 'VARCHAR', true, '定点机构编码'),
      c('fixmedins_name', 'VARCHAR', true, '定点机构名称'),
      c('fixmedins_type', 'VARCHAR', true, '机构类型（1医疗机构 2零售药店）'),
      c('hosp_lv', 'INTEGER', true, '医院等级（1一级 2二级 3三级 0药店）'),
      c('admdvs', 'VARCHAR', false, '统筹区'),
    ],
  },
  {
    name: 'item', label: '医保目录', requiredTable: true, key: ['med_list_codg'],
    columns: [
      c('med_list_codg', 'VARCHAR', true, '医保目录编码'),
      c('item_name', 'VARCHAR', true, '目录名称'),
      c('item_class', 'VARCHAR', true, '目录类别（药品/诊疗/耗材/服务设施）'),
      c('sub_class', 'VARCHAR', false, '细类'),
      c('chrgitm_lv', 'VARCHAR', true, '收费项目等级（甲/乙/丙）'),
      c('drug_group', 'VARCHAR', false, '同类药理作用分组'),
    ],
  },
  {
    name: 'setl', label: '就诊结算', requiredTable: true, key: ['mdtrt_id'],
    references: [
      { column: 'psn_no', table: 'psn', parentColumn: 'psn_no' },
      { column: 'fixmedins_code', table: 'fixmedins', parentColumn: 'fixmedins_code' },
    ],
    columns: [
      c('mdtrt_id', 'VARCHAR', true, '就诊ID'),
      c('psn_no', 'VARCHAR', true, '人员编号'),
      c('fixmedins_code', 'VARCHAR', true, '定点机构编码'),
      c('med_type', 'VARCHAR', true, '医疗类别（11门诊 21住院 41药店购药）'),
      c('fund_type', 'VARCHAR', true, '基金类别（医疗/生育/工伤）'),
      c('adm_date', 'DATE', true, '入院（就诊）日期'),
      c('dscg_date', 'DATE', true, '出院日期'),
      c('main_diag', 'VARCHAR', true, '主要诊断编码'),
      c('oprn_code', 'VARCHAR', false, '主要手术操作编码'),
      c('dept_code', 'VARCHAR', false, '就诊科室'),
      c('medfee_sumamt_fen', 'BIGINT', true, '医疗费总额（分）'),
      c('fund_pay_fen', 'BIGINT', true, '基金支付（分）'),
    ],
  },
  {
    name: 'fee', label: '费用明细', requiredTable: true, key: ['feedetl_sn'], clusterBy: ['fee_date'],
    references: [
      { column: 'mdtrt_id', table: 'setl', parentColumn: 'mdtrt_id' },
      { column: 'med_list_codg', table: 'item', parentColumn: 'med_list_codg' },
    ],
    columns: [
      c('feedetl_sn', 'VARCHAR', true, '费用明细流水号'),
      c('init_feedetl_sn', 'VARCHAR', false, '原费用流水号（冲销关联）'),
      c('mdtrt_id', 'VARCHAR', true, '就诊ID'),
      c('psn_no', 'VARCHAR', true, '人员编号'),
      c('fee_date', 'DATE', true, '费用发生日期'),
      c('med_list_codg', 'VARCHAR', true, '医保目录编码'),
      c('cnt', 'INTEGER', true, '数量'),
      c('pric_fen', 'BIGINT', true, '单价（分）'),
      c('det_item_fee_sumamt_fen', 'BIGINT', true, '明细项目费用总额（分）'),
      c('fulamt_ownpay_amt_fen', 'BIGINT', true, '全自费金额（分）'),
      c('bilg_dept_codg', 'VARCHAR', false, '开单科室编码'),
      c('bilg_dr_codg', 'VARCHAR', false, '开单医生编码'),
      c('prd_days', 'INTEGER', false, '用药天数'),
    ],
  },
  {
    name: 'inv_in', label: '药品耗材入库（进销存）', requiredTable: false, key: ['inv_sn'],
    references: [
      { column: 'fixmedins_code', table: 'fixmedins', parentColumn: 'fixmedins_code' },
      { column: 'med_list_codg', table: 'item', parentColumn: 'med_list_codg' },
    ],
    columns: [
      c('inv_sn', 'VARCHAR', true, '入库流水号'),
      c('fixmedins_code', 'VARCHAR', true, '定点机构编码'),
      c('med_list_codg', 'VARCHAR', true, '医保目录编码'),
      c('in_date', 'DATE', true, '入库日期'),
      c('cnt', 'INTEGER', true, '入库数量'),
      c('kind', 'VARCHAR', true, '类别（期初/采购）'),
    ],
  },
  {
    name: 'price_cap', label: '限定单价', requiredTable: false, key: ['med_list_codg', 'hosp_lv', 'begn_date'],
    columns: [
      c('med_list_codg', 'VARCHAR', true, '医保目录编码'),
      c('hosp_lv', 'INTEGER', true, '医院等级'),
      c('begn_date', 'DATE', true, '开始日期'),
      c('end_date', 'DATE', true, '结束日期'),
      c('cap_fen', 'BIGINT', true, '限定单价（分）'),
    ],
  },
  {
    name: 'item_limit', label: '目录限定支付条件', requiredTable: false, key: ['med_list_codg'],
    columns: [
      c('med_list_codg', 'VARCHAR', true, '医保目录编码'),
      c('lim_gend', 'VARCHAR', false, '限性别'),
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
    ],
  },
  {
    name: 'item_rel', label: '项目内涵与组套关系', requiredTable: false, key: ['item_a', 'item_b', 'rel_type'],
    columns: [
      c('item_a', 'VARCHAR', true, '项目A（包含方或组套）'),
      c('item_b', 'VARCHAR', true, '项目B（被包含或组成部分）'),
      c('rel_type', 'VARCHAR', true, '关系（包含/组套）'),
    ],
  },
  {
    name: 'code_limit', label: '诊断与手术编码限定', requiredTable: false, key: ['code_type', 'code_prefix'],
    columns: [
      c('code_type', 'VARCHAR', true, '编码类别（diag/oprn）'),
      c('code_prefix', 'VARCHAR', true, '编码前缀'),
      c('lim_gend', 'VARCHAR', false, '限性别'),
      c('lim_min_age', 'INTEGER', false, '限最小年龄'),
      c('lim_max_age', 'INTEGER', false, '限最大年龄'),
    ],
  },
];

export const TABLE_BY_NAME: ReadonlyMap<string, TableDef> = new Map(TABLES.map((t) => [t.name, t]));

/** CREATE TABLE statement valid on both DuckDB and PostgreSQL. */
export function createTableSql(t: TableDef): string {
  const cols = t.columns.map((col) => `${col.name} ${col.type}`).join(', ');
  return `CREATE TABLE ${t.name} (${cols})`;
}

/** A row as plain JS values, the shape tests and the generator's fixtures use. */
export type Row = Record<string, string | number | null | undefined>;
