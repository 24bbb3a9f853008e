import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskText } from './mask.js';

describe('masking personal data for the portal', () => {
  it('keeps the first character of a name', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧*');
  });
  it('keeps the first 6 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('14030019800101123X')).toBe('140300********123X');
  });
  it('masks ID numbers and removes phones and addresses in text', () => {
    const t = maskText('当事人王五（身份证号14030019800101123X，电话13812345678，座机0353-2345678），住址：阳泉市城区某街1号，冒名就医。');
    expect(t).toContain('140300********123X');
    expect(t).not.toMatch(/13812345678|2345678|某街1号/);
    expect(t).toContain('冒名就医');
  });
});
