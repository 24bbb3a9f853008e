// The worked examples of issue 3 and the behaviour of each rule.
import { describe, expect, it } from 'vitest';
import { computePenalty, PenaltyError, type Measure, type PenaltyResult } from './index.js';
import { yuanToFen } from '../money.js';

const byKind = (r: PenaltyResult, kind: Measure['kind'], target?: string) =>
  r.measures.filter((m) => m.kind === kind && (target === undefined || m.target === target));
const one = (r: PenaltyResult, kind: Measure['kind'], target?: string) => {
  const ms = byKind(r, kind, target);
  expect(ms, `${kind}${target ?? ''}`).toHaveLength(1);
  return ms[0]!;
};

describe('worked examples (issue 3)', () => {
  it('定点医疗机构 split hospitalisations to defraud, loss 12,345.67 元 → 条例 40 ②', () => {
    const loss = yuanToFen('12,345.67');
    expect(loss).toBe(1_234_567);
    const r = computePenalty('医疗保障基金使用监督管理条例:38', {
      party: '定点医疗机构',
      amounts: { lossFen: loss },
      flags: ['以骗取为目的'],
    });
    expect(r.appliedArticle).toBe('医疗保障基金使用监督管理条例:40');
    expect(r.paragraphs).toEqual([1, 2]);
    expect(r.punishable).toBe(true);
    expect(one(r, '责令退回').amountFen).toBe(1_234_567);
    const fine = one(r, '罚款', '单位');
    expect([fine.minFen, fine.maxFen]).toEqual([2_469_134, 6_172_835]); // 24,691.34 – 61,728.35 元
    expect(fine.mandatory).toBe(true);
    expect(fine.citation).toBe('《医疗保障基金使用监督管理条例》第四十条第二款、第一款');
    expect(fine.quote).toContain('处骗取金额2倍以上5倍以下的罚款');
    expect(fine.rounding).toContain('无需舍入');
    const suspension = one(r, '暂停相关责任部门涉及基金使用的医药服务');
    expect([suspension.minMonths, suspension.maxMonths, suspension.mandatory]).toEqual([6, 12, true]);
    const termination = one(r, '解除服务协议');
    expect(termination.mandatory).toBe(false);
    expect(termination.authority).toContain('经办机构');
    expect(one(r, '吊销执业资格').condition).toBe('有执业资格的');
  });

  it('the same facts asked directly under 条例 40 give the same measures', () => {
    const a = computePenalty('医疗保障基金使用监督管理条例:38', { party: '定点医疗机构', amounts: { lossFen: 1_234_567 }, flags: ['以骗取为目的'] });
    const b = computePenalty('医疗保障基金使用监督管理条例:40', { party: '定点医疗机构', amounts: { lossFen: 1_234_567 }, flags: ['以骗取为目的'] });
    expect(b.measures).toEqual(a.measures);
  });

  it('insured person lent his card once, loss 800 元, no fraud purpose → 条例 41 ①, no fine', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:41', { party: '参保个人', amounts: { lossFen: 80_000 }, flags: [] });
    expect(r.paragraphs).toEqual([1]);
    expect(one(r, '责令改正').mandatory).toBe(true);
    expect(one(r, '责令退回').amountFen).toBe(80_000);
    const s = one(r, '暂停联网结算');
    expect([s.minMonths, s.maxMonths, s.mandatory]).toEqual([3, 12, true]);
    expect(byKind(r, '罚款')).toEqual([]);
  });

  it('pharmacy refuses to correct its record-keeping → 条例 39: 10,000–50,000 元', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:39', { party: '定点零售药店', flags: ['拒不改正'] });
    const fine = one(r, '罚款', '单位');
    expect([fine.minFen, fine.maxFen]).toEqual([1_000_000, 5_000_000]);
    expect(one(r, '约谈').mandatory).toBe(false);
    const without = computePenalty('医疗保障基金使用监督管理条例:39', { party: '定点零售药店' });
    expect(byKind(without, '罚款')).toEqual([]);
    expect(without.punishable).toBe(false);
  });

  it('employer does not register and does not correct by the deadline → 社会保险法 84', () => {
    const r = computePenalty('社会保险法:84', { party: '用人单位', amounts: { unpaidFen: 3_456_789 }, flags: ['逾期不改正'] });
    const unit = one(r, '罚款', '单位');
    expect([unit.minFen, unit.maxFen]).toEqual([3_456_789, 10_370_367]);
    const persons = one(r, '罚款', '直接负责的主管人员和其他直接责任人员');
    expect([persons.minFen, persons.maxFen]).toEqual([50_000, 300_000]);
    expect(one(r, '责令限期改正').mandatory).toBe(true);
    const inTime = computePenalty('社会保险法:84', { party: '用人单位', flags: [] });
    expect(byKind(inTime, '罚款')).toEqual([]);
  });

  it('act ended 26 months before discovery, no health/financial flag → not punished, loss still recovered', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:40', {
      party: '定点医疗机构',
      amounts: { defraudedFen: 500_000 },
      actEnded: '2022-01-15',
      discovered: '2024-03-15',
    });
    expect(r.limitation.barred).toBe(true);
    expect(r.punishable).toBe(false);
    expect(one(r, '责令退回').amountFen).toBe(500_000);
    expect(byKind(r, '罚款')).toEqual([]);
    expect(r.withheldMeasures.map((m) => m.kind)).toContain('罚款');
    expect(r.reasons.join('')).toContain('第三十六条');
    // With the flag the period is five years: punishable.
    const five = computePenalty('医疗保障基金使用监督管理条例:40', {
      party: '定点医疗机构',
      amounts: { defraudedFen: 500_000 },
      flags: ['涉及生命健康安全或金融安全且有危害后果'],
      actEnded: '2022-01-15',
      discovered: '2024-03-15',
    });
    expect(five.punishable).toBe(true);
    expect(five.limitation.periodYears).toBe(5);
  });
});

describe('rules', () => {
  it('条例 37: 经办机构 fraud, 2–5× and 处分', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:37', { party: '医疗保障经办机构', amounts: { defraudedFen: 100_001 } });
    const fine = one(r, '罚款');
    // 1,000.01 元 × 2 and × 5 are whole fen: no rounding.
    expect([fine.minFen, fine.maxFen]).toEqual([200_002, 500_005]);
    expect(one(r, '处分').target).toBe('直接负责的主管人员和其他直接责任人员');
  });

  it('条例 38: 1–2× the loss; suspension only on refusal or serious consequences', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:38', { party: '定点零售药店', amounts: { lossFen: 10_001 } });
    expect(r.appliedArticle).toBe('医疗保障基金使用监督管理条例:38');
    expect([one(r, '罚款').minFen, one(r, '罚款').maxFen]).toEqual([10_001, 20_002]);
    expect(byKind(r, '暂停相关责任部门涉及基金使用的医药服务')).toEqual([]);
    const serious = computePenalty('医疗保障基金使用监督管理条例:38', { party: '定点零售药店', amounts: { lossFen: 10_001 }, flags: ['造成严重后果'] });
    expect(one(serious, '暂停相关责任部门涉及基金使用的医药服务').minMonths).toBe(6);
    const noLoss = computePenalty('医疗保障基金使用监督管理条例:38', { party: '定点医疗机构' });
    expect(byKind(noLoss, '罚款')).toEqual([]);
    expect(byKind(noLoss, '责令退回')).toEqual([]);
  });

  it('条例 41 ②: impersonation adds a 2–5× fine to the measures of ①', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:41', {
      party: '参保个人',
      amounts: { defraudedFen: 33_333 },
      flags: ['使用他人凭证冒名就医'],
    });
    expect(r.paragraphs).toEqual([1, 2]);
    const fine = one(r, '罚款', '当事人');
    expect([fine.minFen, fine.maxFen]).toEqual([66_666, 166_665]);
    expect(fine.citation).toBe('《医疗保障基金使用监督管理条例》第四十一条第二款');
    expect(one(r, '暂停联网结算').maxMonths).toBe(12);
  });

  it('条例 43: 5-year ban of the legal representative only with 重大损失或严重不良社会影响', () => {
    const r = computePenalty('医疗保障基金使用监督管理条例:43', { party: '定点医药机构法定代表人或主要负责人', flags: ['造成重大损失或严重不良社会影响'] });
    const ban = one(r, '禁止从事定点医药机构管理活动');
    expect([ban.minYears, ban.maxYears, ban.target, r.partyClass]).toEqual([5, 5, '当事人', '公民']);
    expect(computePenalty('医疗保障基金使用监督管理条例:43', { party: '定点医药机构法定代表人或主要负责人' }).measures).toEqual([]);
    // the institution itself is not the one banned
    expect(() => computePenalty('医疗保障基金使用监督管理条例:43', { party: '定点医疗机构', flags: ['造成重大损失或严重不良社会影响'] })).toThrow(/不适用于当事人/);
  });

  it('条例 42 and 44: 没收违法所得, 责令追回, 处分', () => {
    const r42 = computePenalty('医疗保障基金使用监督管理条例:42', { party: '定点医疗机构', amounts: { illegalGainsFen: 12_345 } });
    expect(one(r42, '没收违法所得').amountFen).toBe(12_345);
    const r44 = computePenalty('医疗保障基金使用监督管理条例:44', { party: '医疗保障经办机构', amounts: { lossFen: 99_999 } });
    expect(one(r44, '责令追回').amountFen).toBe(99_999);
    expect(byKind(r44, '没收违法所得')).toEqual([]);
  });

  it('社会保险法 86: late fee 万分之五 a day counted from the day of arrears; fine after the deadline', () => {
    const r = computePenalty(
      '社会保险法:86',
      { party: '用人单位', amounts: { unpaidFen: 1_000_000 }, unpaidSince: '2024-01-01', flags: ['逾期仍不缴纳'] },
      { onDate: '2024-01-10' },
    );
    // 10,000 元 × 0.0005 × 10 日 = 50 元
    expect(one(r, '滞纳金').amountFen).toBe(5_000);
    expect([one(r, '罚款').minFen, one(r, '罚款').maxFen]).toEqual([1_000_000, 3_000_000]);
    const odd = computePenalty('社会保险法:86', { party: '用人单位', amounts: { unpaidFen: 333 }, unpaidSince: '2024-01-01' }, { onDate: '2024-01-01' });
    // 3.33 元 × 0.0005 = 0.1665 分 → 四舍五入 0 分, stated.
    expect(one(odd, '滞纳金').amountFen).toBe(0);
    expect(one(odd, '滞纳金').rounding).toBe('四舍五入到分');
  });

  it('社会保险法 87: 服务机构 also loses its agreement', () => {
    const r = computePenalty('社会保险法:87', { party: '定点零售药店', amounts: { defraudedFen: 100 } });
    expect(one(r, '解除服务协议').mandatory).toBe(true);
    const agency = computePenalty('社会保险法:87', { party: '医疗保障经办机构', amounts: { defraudedFen: 100 } });
    expect(byKind(agency, '解除服务协议')).toEqual([]);
  });

  it('社会救助暂行办法 68: stop assistance, refund, may fine 1–3×', () => {
    const r = computePenalty('社会救助暂行办法:68', { party: '参保个人', amounts: { defraudedFen: 250_000 } });
    expect(one(r, '停止社会救助').mandatory).toBe(true);
    const fine = one(r, '罚款');
    expect([fine.minFen, fine.maxFen, fine.mandatory]).toEqual([250_000, 750_000, false]);
  });

  it('基本医疗卫生与健康促进法 103: per-mille fine, persons’ share, ban and notice', () => {
    const r = computePenalty('基本医疗卫生与健康促进法:103', {
      party: '投标人',
      amounts: { bidFen: 123_456_789 },
      flags: ['中标', '情节严重'],
    });
    const unit = one(r, '罚款', '单位');
    // 1,234,567.89 元 × 5‰ = 6,172.83945 元 → 617,284 分 (下限向上取整); × 10‰ = 12,345.6789 元 → 1,234,567 分 (上限向下取整)
    expect([unit.minFen, unit.maxFen]).toEqual([617_284, 1_234_567]);
    expect(unit.rounding).toContain('下限向上取整到分');
    const persons = one(r, '罚款', '法定代表人、主要负责人、直接负责的主管人员和其他责任人员');
    expect([persons.minFen, persons.maxFen]).toEqual([30_865, 123_456]);
    expect(one(r, '中标无效').mandatory).toBe(true);
    const ban = one(r, '取消投标资格');
    expect([ban.minYears, ban.maxYears]).toEqual([2, 5]);
    expect(one(r, '公告').mandatory).toBe(true);
    const decided = computePenalty('基本医疗卫生与健康促进法:103', {
      party: '投标人',
      amounts: { bidFen: 123_456_789, unitFineFen: 1_000_000 },
      flags: ['中标'],
    });
    const p2 = one(decided, '罚款', '法定代表人、主要负责人、直接负责的主管人员和其他责任人员');
    expect([p2.minFen, p2.maxFen]).toEqual([50_000, 100_000]);
  });

  it('基本医疗卫生与健康促进法 104 sends the case to the social-insurance rule for the party', () => {
    const r = computePenalty('基本医疗卫生与健康促进法:104', { party: '参保个人', amounts: { lossFen: 1_000 }, flags: ['以骗取为目的'] });
    expect(r.appliedArticle).toBe('医疗保障基金使用监督管理条例:41');
    expect(r.reasons[0]).toContain('第一百零四条');
    expect(computePenalty('基本医疗卫生与健康促进法:104', { party: '定点医疗机构', amounts: { defraudedFen: 1 } }).appliedArticle).toBe(
      '医疗保障基金使用监督管理条例:40',
    );
  });

  it('社会保险费征缴暂行条例 23: 情节特别严重 excludes the 情节严重 range', () => {
    const r = computePenalty('社会保险费征缴暂行条例:23', { party: '用人单位', flags: ['情节严重', '情节特别严重'] });
    const fines = byKind(r, '罚款');
    expect(fines).toHaveLength(1);
    expect([fines[0]!.minFen, fines[0]!.maxFen, fines[0]!.mandatory]).toEqual([500_000, 1_000_000, false]);
  });

  it('社会保险费征缴暂行条例 24: late fee 2‰ a day under art. 13 and a fine on the persons', () => {
    const r = computePenalty(
      '社会保险费征缴暂行条例:24',
      { party: '用人单位', amounts: { unpaidFen: 100_000 }, unpaidSince: '2024-03-01', flags: ['迟延缴纳'] },
      { onDate: '2024-03-05' },
    );
    expect(one(r, '滞纳金').amountFen).toBe(1_000); // 1,000 元 × 2‰ × 5 日 = 10 元
    expect([one(r, '罚款').minFen, one(r, '罚款').maxFen]).toEqual([500_000, 2_000_000]);
  });

  it('rules resting on a quote say so on every measure', () => {
    const r = computePenalty('社会保险稽核办法:12', { party: '参保个人', amounts: { defraudedFen: 5_000 }, flags: ['拒不退还'] });
    expect(r.restsOnQuote).toBe(true);
    expect(r.measures.every((m) => m.restsOnQuote)).toBe(true);
    expect([one(r, '罚款').minFen, one(r, '罚款').maxFen]).toEqual([50_000, 100_000]);
    expect(r.warnings.join('')).toContain('001_cc42e2149e1dc4a3.txt 第432行');
    const q = computePenalty('实施《中华人民共和国社会保险法》若干规定:25', { party: '定点医疗机构', amounts: { defraudedFen: 100 } });
    expect(q.restsOnQuote).toBe(false); // the official text is in data/law now
    expect(one(q, '罚款').citation).toBe('《实施《中华人民共和国社会保险法》若干规定》第二十五条');
    expect(one(q, '罚款').quote).toContain('责令退回骗取的社会保险金');
    expect(computePenalty('社会保险法实施若干规定:25', { party: '定点医疗机构', amounts: { defraudedFen: 100 } }).appliedArticle).toBe(q.appliedArticle);
  });
});

describe('errors (the CLI exits 2 on each)', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(PenaltyError);
      return (e as PenaltyError).code;
    }
    return 'none';
  };
  it('unknown article, missing amount, unknown flag, wrong party', () => {
    expect(code(() => computePenalty('医疗保障基金使用监督管理条例:99', { party: '参保个人' }))).toBe('UNKNOWN_ARTICLE');
    expect(code(() => computePenalty('不存在的法:1', { party: '参保个人' }))).toBe('UNKNOWN_ARTICLE');
    expect(code(() => computePenalty('医疗保障基金使用监督管理条例:37', { party: '医疗保障经办机构' }))).toBe('MISSING_AMOUNT');
    expect(code(() => computePenalty('医疗保障基金使用监督管理条例:40', { party: '定点医疗机构' }))).toBe('MISSING_AMOUNT');
    expect(code(() => computePenalty('医疗保障基金使用监督管理条例:41', { party: '参保个人', flags: ['冒名'] }))).toBe('UNKNOWN_FLAG');
    expect(code(() => computePenalty('医疗保障基金使用监督管理条例:41', { party: '定点医疗机构' }))).toBe('PARTY_MISMATCH');
    expect(code(() => computePenalty('医疗保障基金使用监督管理条例:41', { party: '医院' as never }))).toBe('UNKNOWN_PARTY');
    expect(code(() => computePenalty('医疗保障基金使用监督管理条例:41', { party: '参保个人', amounts: { lossFen: 1.5 } }))).toBe('BAD_FACTS');
    expect(code(() => computePenalty('医疗保障基金使用监督管理条例:41', { party: '参保个人' }, { jurisdiction: '火星' }))).toBe('UNKNOWN_JURISDICTION');
  });
  it('explains malformed facts in Chinese', () => {
    const message = (facts: unknown) => {
      try {
        computePenalty('社会保险法:88', facts as never);
      } catch (e) {
        return (e as PenaltyError).message;
      }
      return '';
    };
    expect(message({})).toContain('缺少当事人类型 party');
    expect(message({ party: '参保个人', amounts: { lossFen: 1.5 } })).toBe('案件事实格式有误（amounts.lossFen）：金额应为整数（分）');
    expect(message({ party: '参保个人', amounts: { lossFen: '100' } })).toBe('案件事实格式有误（amounts.lossFen）：应为数字');
    expect(message({ party: '参保个人', amounts: { yuan: 1 } })).toBe('案件事实格式有误（amounts）：未知字段 yuan');
    expect(message({ party: '参保个人', actEnded: '2024/1/1' })).toBe('案件事实格式有误（actEnded）：日期应为 YYYY-MM-DD');
    expect(message({ party: '参保个人', actEnded: '2024-02-30' })).toBe('日期 actEnded 无效：2024-02-30');
  });
  it('accepts 第…条 and full titles', () => {
    expect(computePenalty('中华人民共和国社会保险法:第八十四条', { party: '用人单位' }).appliedArticle).toBe('社会保险法:84');
  });
});
