// Statutory numbers the engine uses directly (not through a procedure's deadlines), each
// with the article and the words that state it; statutory.test.ts reads them from data/law.

export interface StatutoryNumber {
  value: number;
  file: string;
  article: number;
  quote: string;
}

/** 简易程序: 对公民处以二百元以下 … 罚款 (行政处罚法 第五十一条), in fen. */
export const SIMPLIFIED_CITIZEN_MAX_FEN: StatutoryNumber = { value: 200_00, file: '行政处罚法-2021', article: 51, quote: '对公民处以二百元以下' };
/** 简易程序: 对法人或者其他组织处以三千元以下罚款 (行政处罚法 第五十一条), in fen. */
export const SIMPLIFIED_ORGANISATION_MAX_FEN: StatutoryNumber = { value: 3000_00, file: '行政处罚法-2021', article: 51, quote: '对法人或者其他组织处以三千元以下' };
/** 听证: 行政机关应当在举行听证的七日前通知 (行政处罚法 第六十四条第二项); 七日 = 工作日 (第八十五条). */
export const HEARING_NOTICE_WORKING_DAYS: StatutoryNumber = { value: 7, file: '行政处罚法-2021', article: 64, quote: '举行听证的七日前' };
/** 执法人员不得少于两人 (行政处罚法 第四十二条). */
export const MIN_OFFICERS_PENALTY: StatutoryNumber = { value: 2, file: '行政处罚法-2021', article: 42, quote: '执法人员不得少于两人' };
/** 监督检查人员不得少于2人 (医疗保障基金使用监督管理条例 第二十九条). */
export const MIN_INSPECTORS: StatutoryNumber = { value: 2, file: '医疗保障基金使用监督管理条例-2021', article: 29, quote: '监督检查人员不得少于2人' };
/** 由两名以上行政执法人员实施 (行政强制法 第十八条第二项). */
export const MIN_OFFICERS_COERCION: StatutoryNumber = { value: 2, file: '行政强制法-2011', article: 18, quote: '由两名以上行政执法人员实施' };

/** 最低生活保障家庭成员和特困供养人员的医疗救助，由县级人民政府医疗保障部门直接办理 (社会救助暂行办法 第三十条). */
export const DIRECT_ASSISTANCE = {
  categories: ['最低生活保障家庭成员', '特困供养人员'] as const,
  aliases: { 低保: '最低生活保障家庭成员', 低保对象: '最低生活保障家庭成员', 特困: '特困供养人员', 特困人员: '特困供养人员' } as Record<string, string>,
  file: '社会救助暂行办法-2019',
  article: 30,
  quote: '最低生活保障家庭成员和特困供养人员的医疗救助，由县级人民政府医疗保障部门直接办理',
};
