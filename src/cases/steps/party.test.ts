// Parties as the penalty procedure registers them, foreign ones included (医疗保障行政处罚程序暂行规定
// 第六十一条: 外国人、无国籍人、外国组织 are dealt with under the same rule).
import { describe, expect, it } from 'vitest';
import { PartiesSchema, PartySchema } from './party.js';

describe('foreign parties (暂行规定 第六十一条)', () => {
  it('a foreign citizen by passport and a foreign organisation by its registration abroad are registered like any party; a 居民身份证 number is checked', () => {
    const foreigner = { 类型: '公民', 主体类别: '参保个人', 名称: 'John Smith', 证件类型: '护照', 证件号码: 'E12345678', 住所: '山西省阳泉市城区某小区' };
    expect(PartiesSchema.safeParse([foreigner]).success).toBe(true);
    const company = { 类型: '法人', 主体类别: '定点医疗机构', 名称: '某外资诊所有限公司', 证件类型: '其他证件', 证件号码: 'HK-2020-778899', 住所: '山西省阳泉市城区南大街8号', 法定代表人: 'Mary Lee' };
    expect(PartiesSchema.safeParse([company]).success).toBe(true);
    expect(PartySchema.safeParse({ ...foreigner, 证件类型: '居民身份证' }).success).toBe(false);
    expect(PartySchema.safeParse({ ...company, 证件类型: '居民身份证' }).success).toBe(false);
  });
});
