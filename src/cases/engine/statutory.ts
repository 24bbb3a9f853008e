// Statutory numbers the engine uses directly (not periods: those are in data/law/periods.json;
// not the 简易程序 caps: those are the penalty module's), each with the article and the
// words that state it; procedure/statutory-text.test.ts reads them from data/law.

export interface StatutoryNumber {
  value: number;
  file: string;
  article: number;
  quote: string;
}

/** 执法人员不得少于两人 (行政处罚法 第四十二条). */
export const MIN_OFFICERS_PENALTY: StatutoryNumber = { value: 2, file: '行政处罚法-2021', article: 42, quote: '执法人员不得少于两人' };
/** 医疗保障行政处罚程序暂行规定 第十六条: 执法人员不得少于两人. */
export const MIN_OFFICERS_MEDICAL_PENALTY: StatutoryNumber = { value: 2, file: '医疗保障行政处罚程序暂行规定-2021', article: 16, quote: '执法人员不得少于两人' };
/** 监督检查人员不得少于2人 (医疗保障基金使用监督管理条例 第二十九条). */
export const MIN_INSPECTORS: StatutoryNumber = { value: 2, file: '医疗保障基金使用监督管理条例-2021', article: 29, quote: '监督检查人员不得少于2人' };
/** 由两名以上行政执法人员实施 (行政强制法 第十八条第二项). */
export const MIN_OFFICERS_COERCION: StatutoryNumber = { value: 2, file: '行政强制法-2011', article: 18, quote: '由两名以上行政执法人员实施' };
/** 当场收缴: 依法给予一百元以下的罚款的 (医疗保障行政处罚程序暂行规定 第五十二条第一款第（一）项; “以下”含本数, 第六十条). */
export const ON_SITE_COLLECTION_MAX_FEN: StatutoryNumber = { value: 10_000, file: '医疗保障行政处罚程序暂行规定-2021', article: 52, quote: '依法给予一百元以下的罚款的' };

/** 最低生活保障家庭成员和特困供养人员的医疗救助，由县级人民政府医疗保障部门直接办理 (社会救助暂行办法 第三十条). */
export const DIRECT_ASSISTANCE = {
  categories: ['最低生活保障家庭成员', '特困供养人员'] as const,
  aliases: { 低保: '最低生活保障家庭成员', 低保对象: '最低生活保障家庭成员', 特困: '特困供养人员', 特困人员: '特困供养人员' } as Record<string, string>,
  file: '社会救助暂行办法-2019',
  article: 30,
  quote: '最低生活保障家庭成员和特困供养人员的医疗救助，由县级人民政府医疗保障部门直接办理',
};

/** 现场检查应当至少有2名持有执法证件的检查人员参加 (医疗保障基金飞行检查管理暂行办法 第十七条第一款). */
export const MIN_OFFICERS_FLYING: StatutoryNumber = { value: 2, file: '医疗保障基金飞行检查管理暂行办法-2023', article: 17, quote: '至少有2名持有执法证件的检查人员参加' };
