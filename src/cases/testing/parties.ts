// Test parties with identity numbers that pass their check characters (GB 11643, GB 32100),
// computed here so that fixtures never carry a made-up invalid number by accident.
import type { PartyInput } from '../steps/party.js';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid 统一社会信用代码 for test organisation `n` (registered at 140300, 阳泉市). */
export function testCreditCode(n: number, region = '140300'): string {
  const body = `91${region}MA${String(n).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(body[i]!) * USCC_WEIGHTS[i]!;
  return body + USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** A valid 居民身份证号码 for test person `n` (born 1980-01-01 + n days, registered at 140302). */
export function testIdNumber(n: number, region = '140302'): string {
  const birth = new Date(Date.UTC(1980, 0, 1 + n)).toISOString().slice(0, 10).replace(/-/g, '');
  const body = `${region}${birth}${String(100 + (n % 899)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

export function testOrganisation(name: string, category: PartyInput['主体类别'], n = 1): PartyInput {
  return { 类型: '法人', 主体类别: category, 名称: name, 证件类型: '统一社会信用代码', 证件号码: testCreditCode(n), 住所: '山西省阳泉市城区南大街1号', 法定代表人: '王某某', 联系电话: '0353-1234567' };
}

export function testPerson(name: string, n = 1): PartyInput {
  return { 类型: '公民', 主体类别: '参保个人', 名称: name, 证件类型: '居民身份证', 证件号码: testIdNumber(n), 住所: '山西省阳泉市城区北大街2号' };
}

export function testResponsiblePerson(name: string, unit: string, n = 2): PartyInput {
  return { 角色: '直接负责的主管人员和其他直接责任人员', 类型: '公民', 主体类别: '参保个人', 名称: name, 证件类型: '居民身份证', 证件号码: testIdNumber(n), 住所: '山西省阳泉市城区北大街3号', 所属单位: unit };
}
