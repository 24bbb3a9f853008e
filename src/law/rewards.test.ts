import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRewardData, rewardCapFor, rewardMaximumFor, rewardDocumentsFor, RewardDataError, type RewardDocument, type RewardRule } from './rewards.js';
import { moneyAmountsInText, percentagesInText } from './amounts-in-text.js';

/** The numbers of a rule that its quote does not state; empty when every number is written there. */
function numbersNotInQuote(rule: RewardRule): string[] {
  const money = moneyAmountsInText(rule.quote);
  const percents = percentagesInText(rule.quote);
  const missing: string[] = [];
  const fen = { minFen: rule.minFen, maxFen: rule.maxFen, 'band.overFen': rule.band?.overFen, 'band.upToFen': rule.band?.upToFen };
  for (const [name, value] of Object.entries(fen)) {
    if (value !== undefined && !money.includes(value)) missing.push(`${name}=${value}`);
  }
  const fractions = { percentOfRecovered: rule.percentOfRecovered, percentOfRecoveredMax: rule.percentOfRecoveredMax, bonusOfReward: rule.bonusOfReward };
  for (const [name, f] of Object.entries(fractions)) {
    if (f && !percents.some((p) => p.n * f.den === f.num * p.d)) missing.push(`${name}=${f.num}/${f.den}`);
  }
  return missing;
}

describe('data/rewards', () => {
  const docs = loadRewardData();

  it('loads every file (national rules before and after 2023, 山西省, 甘肃省, 甘肃省/兰州市)', () => {
    expect(docs.length).toBeGreaterThanOrEqual(7);
    expect(new Set(docs.map((d) => d.jurisdiction))).toEqual(new Set(['全国', '山西省', '甘肃省', '甘肃省/兰州市']));
  });

  it('every number of every rule is written in the words it quotes', () => {
    const failures = docs.flatMap((d) => d.rules.map((r) => ({ file: d.file, missing: numbersNotInQuote(r) }))).filter((f) => f.missing.length);
    expect(failures).toEqual([]);
  });

  it('the check fails for a number the quote does not state', () => {
    const rule = docs.find((d) => d.jurisdiction === '山西省' && d.validFrom === '2023-08-01')!.rules[0]!;
    expect(numbersNotInQuote(rule)).toEqual([]);
    expect(numbersNotInQuote({ ...rule, minFen: 50_000 })).toEqual(['minFen=50000']);
    expect(numbersNotInQuote({ ...rule, percentOfRecovered: { num: 2, den: 100 } })).toEqual(['percentOfRecovered=2/100']);
    expect(numbersNotInQuote({ ...rule, band: { upToFen: 1_000_000 } })).toEqual(['band.upToFen=1000000']);
  });

  it('versions of one jurisdiction do not overlap', () => {
    const byPlace = new Map<string, RewardDocument[]>();
    for (const d of docs) byPlace.set(d.jurisdiction, [...(byPlace.get(d.jurisdiction) ?? []), d]);
    for (const versions of byPlace.values()) {
      const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      for (let i = 1; i < sorted.length; i++) {
        const before = sorted[i - 1]!;
        if (before.validTo) expect(before.validTo < sorted[i]!.validFrom, `${before.file} / ${sorted[i]!.file}`).toBe(true);
      }
    }
  });
});

describe('rewardCapFor', () => {
  it('national cap: 10万元 under the 2018 rule, 20万元 from 2023-01-01', () => {
    expect(rewardCapFor('贵州省/六盘水市', '2022-12-31').capFen).toBe(10_000_000);
    const r = rewardCapFor('贵州省/六盘水市', '2023-01-01');
    expect(r.capFen).toBe(20_000_000);
    expect(r.documents.map((d) => d.jurisdiction)).toEqual(['全国']);
  });

  it('山西省: the provincial rule in force that day governs', () => {
    const r = rewardCapFor('山西省/阳泉市/矿区', '2023-09-01');
    expect([r.capFen, r.document?.jurisdiction, r.document?.validFrom]).toEqual([20_000_000, '山西省', '2023-08-01']);
    expect(rewardCapFor('山西省/阳泉市', '2021-06-01').document?.validFrom).toBe('2020-10-31');
  });

  it('an older provincial rule yields to a later national one, with a warning', () => {
    const r = rewardCapFor('甘肃省', '2023-03-01');
    expect([r.capFen, r.document?.jurisdiction]).toEqual([20_000_000, '全国']);
    expect(r.warnings.join('')).toContain('早于现行国家办法');
    expect(rewardCapFor('甘肃省', '2022-06-01').capFen).toBe(10_000_000);
  });

  it('甘肃省/兰州市: the city rule governs once in use, and its uncertain start is said', () => {
    const r = rewardCapFor('甘肃省/兰州市', '2023-05-01');
    expect([r.capFen, r.document?.jurisdiction]).toEqual([20_000_000, '甘肃省/兰州市']);
    expect(r.documents.map((d) => d.jurisdiction)).toEqual(['甘肃省/兰州市', '甘肃省', '全国']);
    expect(r.warnings.join('')).toContain('未据原件核对');
  });

  it('no document before any rule was in use', () => {
    const r = rewardCapFor('山西省', '2018-01-01');
    expect([r.capFen, r.documents]).toEqual([undefined, []]);
    expect(r.warnings.join('')).toContain('没有已录入');
  });

  it('rewardDocumentsFor walks from the most local level up to 全国', () => {
    expect(rewardDocumentsFor('甘肃省/兰州市/城关区', '2020-01-01').map((d) => d.jurisdiction)).toEqual(['甘肃省', '全国']);
  });
});

describe('rewardMaximumFor: the most a report may be rewarded', () => {
  const yuan = (n: number) => Math.round(n * 100);
  it('山西 (2023 细则): 3% up to 10万, 2% to 100万, 1% above, at least 200 元, at most 20万', () => {
    expect(rewardMaximumFor('山西省/阳泉市', '2026-03-14', yuan(1_000)).maxFen).toBe(yuan(200));
    expect(rewardMaximumFor('山西省/阳泉市', '2026-03-14', yuan(5_000_000)).maxFen).toBe(yuan(3_000 + 18_000 + 40_000));
    expect(rewardMaximumFor('山西省/阳泉市', '2026-03-14', yuan(5_000_000), { insider: true }).maxFen).toBe(yuan(61_000 * 1.2));
    expect(rewardMaximumFor('山西省/阳泉市', '2026-03-14', yuan(200_000_000)).maxFen).toBe(yuan(200_000));
  });
  it('甘肃 graded classes: the most generous class (8%), raised to 兰州\'s 200 元 minimum, under 兰州\'s 20万 cap', () => {
    const small = rewardMaximumFor('甘肃省/兰州市', '2026-03-14', yuan(1_000));
    expect(small.maxFen).toBe(yuan(200));
    expect(small.basis).toContain('最高一档');
    expect(rewardMaximumFor('甘肃省/兰州市', '2026-03-14', yuan(1_000_000)).maxFen).toBe(yuan(80_000));
    expect(rewardMaximumFor('甘肃省/兰州市', '2026-03-14', yuan(1_000_000), { insider: true }).warnings.join()).toContain('适当提高');
  });
  it('a place with no proportion of its own: the national cap alone', () => {
    const m = rewardMaximumFor('内蒙古自治区', '2026-03-14', yuan(1_000));
    expect(m.maxFen).toBe(yuan(200_000));
    expect(m.basis).toContain('违法违规使用医疗保障基金举报奖励办法');
  });
  it('before any national rule: nothing to reward by', () => {
    expect(rewardMaximumFor('内蒙古自治区', '2010-01-01', yuan(1_000)).maxFen).toBeUndefined();
  });
});

describe('loadRewardData: strict input', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const valid = {
    jurisdiction: '全国',
    title: '示例办法',
    validFrom: '2023-01-01',
    source: { url: 'https://example.org/a', quotesFrom: '原文', note: '测试' },
    rules: [{ article: '第七条', quote: '最高不超过20万元', maxFen: 20_000_000 }],
  };
  function write(rel: string, content: string): string {
    dir ??= mkdtempSync(join(tmpdir(), 'rewards-'));
    const path = join(dir, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return dir;
  }
  function failure(d: string): RewardDataError {
    try {
      loadRewardData(d);
    } catch (e) {
      if (e instanceof RewardDataError) return e;
      throw e;
    }
    throw new Error('loaded');
  }

  it('a valid file loads', () => {
    expect(loadRewardData(write('全国/a.json', JSON.stringify(valid))).map((d) => d.file)).toEqual(['全国/a.json']);
  });

  it('bad JSON names the file, line and column', () => {
    const e = failure(write('全国/a.json', '{\n  "jurisdiction": "全国",\n  oops\n}'));
    expect(e.code).toBe('REWARD_JSON_SYNTAX');
    expect(e.message).toMatch(/全国\/a\.json 第 3 行第 \d+ 列/);
  });

  it('an unknown field, a rule without numbers or condition, and validTo before validFrom are refused', () => {
    expect(failure(write('全国/a.json', JSON.stringify({ ...valid, extra: 1 }))).code).toBe('REWARD_SCHEMA');
    rmSync(dir!, { recursive: true });
    dir = undefined;
    const e = failure(write('全国/a.json', JSON.stringify({ ...valid, rules: [{ article: '第一条', quote: '鼓励举报' }] })));
    expect(e.message).toContain('rules.0');
    rmSync(dir!, { recursive: true });
    dir = undefined;
    expect(failure(write('全国/a.json', JSON.stringify({ ...valid, validTo: '2022-12-31' }))).message).toContain('失效日期早于起用日期');
  });

  it('a file in the wrong folder, and two versions with one start date, are refused', () => {
    expect(failure(write('山西省/a.json', JSON.stringify(valid))).code).toBe('REWARD_JURISDICTION');
    rmSync(dir!, { recursive: true });
    dir = undefined;
    write('全国/a.json', JSON.stringify(valid));
    expect(failure(write('全国/b.json', JSON.stringify(valid))).code).toBe('REWARD_DUPLICATE');
  });
});

describe('amounts in text', () => {
  it('reads 元 and 万元 in digits and Chinese numerals, and percentages', () => {
    expect(moneyAmountsInText('对公民处以5000元以上、对法人或者其他组织处以5万元以上罚款')).toEqual([500_000, 5_000_000]);
    expect(moneyAmountsInText('处二千元以上二十万元以下罚款；１０万元')).toEqual([200_000, 20_000_000, 10_000_000]);
    expect(moneyAmountsInText('1,000元')).toEqual([100_000]);
    expect(percentagesInText('按3%给予奖励，增加百分之二十，0.5％')).toEqual([
      { n: 3, d: 100 },
      { n: 1, d: 200 },
      { n: 1, d: 5 },
    ]);
  });
});
