// Check characters of the two identity numbers a party carries: 公民身份号码 (GB 11643-1999,
// through validator's zh-CN identity-card check: region, birth date and the ISO 7064
// MOD 11-2 check character) and 统一社会信用代码 (GB 32100-2015: 18 characters of the
// 31-character set without I, O, S, V, Z; the 18th is the MOD 31 check character of the
// first 17, weighted 3^i mod 31).
import validator from 'validator';

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 统一社会信用代码: shape and check character. */
export function isUnifiedSocialCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(code[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31] === code[17];
}

/** 居民身份证号码 (18 digits, the last may be X): region, birth date and check character. */
export function isResidentIdNumber(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && validator.isIdentityCard(id, 'zh-CN');
}
