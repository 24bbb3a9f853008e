import { describe, expect, it } from 'vitest';
import { isResidentIdNumber, isUnifiedSocialCreditCode } from './identity.js';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes and refuses a changed character', () => {
    // published on the national enterprise credit publicity system
    for (const code of ['91350100M000100Y43', '91110000600037341L', '91440300708461136T']) {
      expect(isUnifiedSocialCreditCode(code), code).toBe(true);
      const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
      expect(isUnifiedSocialCreditCode(wrong), wrong).toBe(false);
    }
  });
  it('refuses letters outside the set (I, O, S, V, Z), lower case and wrong lengths', () => {
    expect(isUnifiedSocialCreditCode('91350100M000100YI3')).toBe(false);
    expect(isUnifiedSocialCreditCode('91350100m000100y43')).toBe(false);
    expect(isUnifiedSocialCreditCode('91350100M000100Y4')).toBe(false);
  });
});

describe('居民身份证号码 (GB 11643-1999)', () => {
  it('checks the MOD 11-2 character and the birth date', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
    expect(isResidentIdNumber('110105194913310028')).toBe(false); // month 13
    expect(isResidentIdNumber('11010519491231002x')).toBe(false); // lower-case x is not the printed form
  });
});
