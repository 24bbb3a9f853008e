import { describe, expect, it } from 'vitest';
import { chineseDate, DocumentError, formatFen, numericDate, numericDateTime, periodText } from './format.js';

describe('formatFen: integer fen as figures and 大写', () => {
  it('2469134 fen', () => {
    const a = formatFen(2469134);
    expect(a.figures).toBe('24,691.34元');
    expect(a.capital).toBe('人民币贰万肆仟陆佰玖拾壹元叁角肆分');
    expect(a.both).toBe('24,691.34元（人民币贰万肆仟陆佰玖拾壹元叁角肆分）');
  });
  it('100 fen is one yuan, written with 整', () => {
    expect(formatFen(100)).toMatchObject({ figures: '1.00元', capital: '人民币壹元整' });
  });
  it('0 fen', () => {
    expect(formatFen(0)).toMatchObject({ figures: '0.00元', capital: '人民币零元整' });
  });
  it('1000000000 fen is ten million yuan', () => {
    expect(formatFen(1000000000)).toMatchObject({ figures: '10,000,000.00元', capital: '人民币壹仟万元整' });
  });
  it('zeros inside and amounts below one yuan', () => {
    expect(formatFen(1001001).capital).toBe('人民币壹万零壹拾元零壹分');
    expect(formatFen(1000010)).toMatchObject({ figures: '10,000.10元', capital: '人民币壹万元壹角整' });
    expect(formatFen(5).capital).toBe('人民币伍分');
    expect(formatFen(34).figures).toBe('0.34元');
  });
  it('figures and 大写 agree on random amounts (the 大写 read back digit by digit)', () => {
    const DIG = '零壹贰叁肆伍陆柒捌玖';
    const UNIT: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
    // parse a 大写 amount back to fen, independently of nzh
    const parse = (s: string): number => {
      const body = s.replace(/^人民币/, '').replace(/整$/, '');
      const [yuanPart = '', rest = ''] = body.includes('元') ? body.split('元') : ['', body];
      const section = (x: string): number => {
        let total = 0;
        let digit = 0;
        for (const ch of x) {
          if (DIG.includes(ch)) digit = DIG.indexOf(ch);
          else if (UNIT[ch]) {
            total += digit * UNIT[ch];
            digit = 0;
          }
        }
        return total + digit;
      };
      const wan = (x: string): number => {
        const [hi, lo] = x.includes('万') ? [x.split('万')[0] ?? '', x.split('万')[1] ?? ''] : ['', x];
        return section(hi) * 10000 + section(lo);
      };
      const yi = (x: string): number => {
        const [hi, lo] = x.includes('亿') ? [x.split('亿')[0] ?? '', x.split('亿')[1] ?? ''] : ['', x];
        return wan(hi) * 100000000 + wan(lo);
      };
      const jiao = /([零壹贰叁肆伍陆柒捌玖])角/.exec(rest);
      const fen = /([零壹贰叁肆伍陆柒捌玖])分/.exec(rest);
      return yi(yuanPart) * 100 + (jiao ? DIG.indexOf(jiao[1]!) * 10 : 0) + (fen ? DIG.indexOf(fen[1]!) : 0);
    };
    let seed = 20261123;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 300; i++) {
      const fen = (next() % 100000) * (next() % 100000) + (next() % 100);
      const a = formatFen(fen);
      expect(parse(a.capital), `${fen} → ${a.capital}`).toBe(fen);
      expect(Number(a.figures.replace(/[,元]/g, '')) * 100).toBeCloseTo(fen, 3);
    }
  });
  it('refuses fractions, negatives and unsafe integers with a Chinese message', () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53]) {
      expect(() => formatFen(bad)).toThrow(DocumentError);
      expect(() => formatFen(bad)).toThrow(/金额必须是非负整数/);
    }
  });
});

describe('dates', () => {
  it('writes signature dates in Chinese numerals', () => {
    expect(chineseDate('2026-11-23')).toBe('二〇二六年十一月二十三日');
    expect(chineseDate('2020-10-10')).toBe('二〇二〇年十月十日');
    expect(chineseDate('2027-01-31')).toBe('二〇二七年一月三十一日');
  });
  it('running-text dates and times in Asia/Shanghai', () => {
    expect(numericDate('2026-09-01')).toBe('2026年9月1日');
    expect(numericDateTime('2026-09-10T09:05:00+08:00')).toBe('2026年9月10日9时05分');
    expect(numericDateTime('2026-09-10T23:30:00Z')).toBe('2026年9月11日7时30分');
  });
  it('refuses impossible dates', () => {
    expect(() => chineseDate('2026-02-30')).toThrow(/日期不存在/);
    expect(() => chineseDate('2026/02/03')).toThrow(/YYYY-MM-DD/);
    expect(() => numericDateTime('昨天')).toThrow(DocumentError);
  });
});

describe('periods', () => {
  it('writes the value in Chinese with its unit', () => {
    expect(periodText({ value: 5, unit: '工作日' })).toBe('五个工作日');
    expect(periodText({ value: 60, unit: '日' })).toBe('六十日');
    expect(periodText({ value: 6, unit: '个月' })).toBe('六个月');
    expect(periodText({ value: 15, unit: '日' })).toBe('十五日');
    expect(periodText({ value: 24, unit: '小时' })).toBe('二十四小时');
  });
});
