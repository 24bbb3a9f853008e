import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { computePenalty, knownJurisdictions, loadDiscretionData, recommendDiscretion } from './index.js';
import { DISCRETION_DIR, legalReviewSituationsFor, procedureThresholdsFor, tierViolation, type Threshold } from './discretion.js';
import { moneyAmountsInText } from '../amounts-in-text.js';
import { SANCTION_RULES } from './registry.js';
import { rational } from '../money.js';

const henan = (defraudedFen: number, flags: string[] = []) =>
  recommendDiscretion('医疗保障基金使用监督管理条例:37', { party: '医疗保障经办机构', amounts: { defraudedFen }, flags }, { jurisdiction: '河南', onDate: '2023-06-01' })!;
const xinjiang = (lossFen: number, flags: string[] = []) =>
  recommendDiscretion('医疗保障基金使用监督管理条例:37', { party: '医疗保障经办机构', amounts: { defraudedFen: lossFen, lossFen }, flags }, { jurisdiction: '新疆', onDate: '2023-06-01' })!;

describe('河南 (2022): sub-ranges', () => {
  it('从轻 2–3× for a first offence ≤ 2,000 元 promptly corrected', () => {
    const r = henan(200_000, ['初次违法', '及时改正']);
    expect([r.tier, r.multiple, r.minFen, r.maxFen]).toEqual(['从轻', '2–3倍', 400_000, 600_000]);
    expect(r.reasons[0]).toContain('初次违法且骗取医保基金2000元以下并及时改正');
    expect(r.benchmark?.validFrom).toBe('2022-11-03');
  });
  it('一般 3–4× up to 5,000 元 (a first offence above 2,000 元 is not 从轻)', () => {
    const r = henan(200_001, ['初次违法', '及时改正']);
    expect([r.tier, r.minFen, r.maxFen]).toEqual(['一般', 600_003, 800_004]);
    expect(henan(500_000).tier).toBe('一般');
  });
  it('从重 4–5× above 5,000 元', () => {
    const r = henan(500_001);
    expect([r.tier, r.minFen, r.maxFen]).toEqual(['从重', 2_000_004, 2_500_005]);
  });
  it('applies to 社会保险法 87 too', () => {
    const r = recommendDiscretion('社会保险法:87', { party: '定点医疗机构', amounts: { defraudedFen: 100_000 }, flags: ['初次违法', '及时改正'] }, { jurisdiction: '河南', onDate: '2023-01-01' })!;
    expect(r.tier).toBe('从轻');
  });
  it('not before the benchmark was in use', () => {
    const r = recommendDiscretion('医疗保障基金使用监督管理条例:37', { party: '医疗保障经办机构', amounts: { defraudedFen: 100_000 } }, { jurisdiction: '河南', onDate: '2022-01-01' })!;
    expect([r.tier, r.benchmark]).toEqual(['一般', undefined]);
    expect(r.warnings.join('')).toContain('没有已起用的裁量基准');
  });
});

describe('新疆: fixed multiples', () => {
  it('≤ 3,000 元: 3× refunded in time, 3.5× otherwise', () => {
    expect(xinjiang(300_000, ['按期全额退回']).figureFen).toBe(900_000);
    const r = xinjiang(300_000);
    expect([r.multiple, r.figureFen]).toEqual(['3.5倍', 1_050_000]);
  });
  it('3,000–10,000 元: 4× / 4.5×, with half-up rounding stated', () => {
    expect(xinjiang(300_001, ['按期全额退回']).figureFen).toBe(1_200_004);
    const r = xinjiang(333_333); // × 4.5 = 1,499,998.5 分 → 1,499,999
    expect(r.figureFen).toBe(1_499_999);
    expect(r.rounding).toBe('四舍五入到分');
  });
  it('≥ 10,000 元: 5×', () => {
    expect([xinjiang(1_000_000).tier, xinjiang(1_000_000).figureFen]).toEqual(['从重', 5_000_000]);
    expect(xinjiang(999_999).multiple).toBe('4.5倍');
  });
  it('warns that a successor benchmark may apply from 2025-01-08', () => {
    const r = recommendDiscretion('医疗保障基金使用监督管理条例:37', { party: '医疗保障经办机构', amounts: { lossFen: 1, defraudedFen: 1 } }, { jurisdiction: '新疆', onDate: '2025-02-01' })!;
    expect(r.warnings.join('')).toContain('2025-01-08');
  });
});

describe('tiers stay in the statutory range; 减轻 needs a ground', () => {
  it('every tier of every data file is inside the range of its rule', () => {
    const data = loadDiscretionData();
    expect(knownJurisdictions(data)).toEqual(expect.arrayContaining(['新疆维吾尔自治区', '河南省']));
    let checked = 0;
    for (const file of data.benchmarks) {
      for (const rule of file.rules) {
        for (const key of rule.articles) {
          const sanction = SANCTION_RULES.find((r) => r.key === key);
          expect(sanction, key).toBeDefined();
          const multiple = sanction!.parameters.find((p) => p.value.kind === 'multiple' && p.id.includes('罚款'));
          expect(multiple, key).toBeDefined();
          for (const tier of rule.tiers) {
            expect(tierViolation(tier, { multiple: multiple!.value.kind === 'multiple' ? multiple!.value : undefined }), `${file.file} ${tier.text}`).toBeUndefined();
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(11);
  });
  it('a tier below the minimum is refused unless it is 减轻 with a legal ground', () => {
    const statutory = { multiple: { min: rational(2), max: rational(5) } };
    expect(tierViolation({ tier: '从轻', when: {}, multiple: { min: '1', max: '2' }, text: '' }, statutory)).toMatch(/低于法定下限/);
    expect(tierViolation({ tier: '减轻', when: {}, multiple: { min: '1', max: '2' }, text: '' }, statutory)).toMatch(/低于法定下限/);
    expect(tierViolation({ tier: '减轻', when: {}, multiple: { min: '1', max: '2' }, text: '', legalGround: '《中华人民共和国行政处罚法》第三十二条' }, statutory)).toBeUndefined();
    expect(tierViolation({ tier: '从重', when: {}, multiple: { fixed: '6' }, text: '' }, statutory)).toMatch(/超过法定上限/);
  });
  it('第三十二条 grounds: 从轻 within the range, 减轻 below it only as an alternative with its ground', () => {
    const r = henan(500_001, ['主动供述']);
    expect(r.tier).toBe('从轻');
    expect(r.outsideStatutoryRange).toBe(false);
    const reduce = r.alternatives.find((a) => a.tier === '减轻')!;
    expect(reduce.outsideStatutoryRange).toBe(true);
    expect(reduce.maxFen).toBe(1_000_002);
    expect(reduce.citation).toContain('第三十二条第（三）项');
  });
  it('不予处罚 (第三十三条): a tier with figure 0 when it shall, an alternative when it may', () => {
    const shall = computePenalty('医疗保障基金使用监督管理条例:39', { party: '定点零售药店', flags: ['拒不改正', '违法行为轻微', '及时改正', '没有造成危害后果'] });
    expect([shall.discretion?.tier, shall.discretion?.figureFen]).toEqual(['不予处罚', 0]);
    const may = computePenalty('医疗保障基金使用监督管理条例:39', { party: '定点零售药店', flags: ['拒不改正', '初次违法', '危害后果轻微', '及时改正'] });
    expect(may.discretion?.tier).toBe('一般');
    expect(may.discretion?.alternatives[0]).toMatchObject({ tier: '不予处罚', maxFen: 0 });
  });
});

describe('procedure thresholds: every amount is in the quoted words', () => {
  const data = loadDiscretionData();
  const thresholds = data.procedures.flatMap((file) =>
    (['hearing', 'legalReview', 'collectiveDiscussion'] as const)
      .filter((kind) => file[kind])
      .map((kind) => ({ file: file.file, kind, threshold: file[kind]! })),
  );
  /** The amounts of a threshold its quote does not state (all of them when it has no quote). */
  const missing = (t: Threshold) => {
    const amounts = moneyAmountsInText(t.quote ?? '');
    return [t.citizenMinFen, t.organisationMinFen].filter((v): v is number => v !== undefined && !amounts.includes(v));
  };

  it('every threshold with an amount quotes its basis, and the quote states each amount', () => {
    expect(thresholds.length).toBeGreaterThan(0);
    expect(thresholds.filter(({ threshold }) => missing(threshold).length).map(({ file, kind }) => `${file} ${kind}`)).toEqual([]);
  });

  it('the check fails for an amount the quote does not state', () => {
    const henanHearing = thresholds.find((t) => t.file.startsWith('河南省/') && t.kind === 'hearing')!.threshold;
    expect(missing(henanHearing)).toEqual([]);
    expect(missing({ ...henanHearing, organisationMinFen: 3_000_000 })).toEqual([3_000_000]);
    expect(missing({ ...henanHearing, quote: undefined })).toEqual([500_000, 5_000_000]);
  });
});

describe('local 法制审核 situations (暂行规定 第三十七条第一款第（五）项): each as its rule writes it', () => {
  const data = loadDiscretionData();
  /** The situations whose item and words are not in the quote as 第N项 of it. */
  const unquoted = (file: (typeof data.reviewSituations)[number]) =>
    file.situations.filter((s) => {
      const n = /第（([一二三四五六七八九十]+)）项$/.exec(s.item)?.[1];
      return !n || !file.quote.includes(`（${n}）${s.text}`) || !file.quote.startsWith(s.item.replace(/第（.*$/, '').replace(/第[一二三四五六七八九十]+款$/, ''));
    });
  it('every situation is the item of the quoted article it says, word for word', () => {
    expect(data.reviewSituations.length).toBeGreaterThan(0);
    for (const f of data.reviewSituations) expect(unquoted(f).map((s) => `${f.file} ${s.item}`)).toEqual([]);
    const gansu = data.reviewSituations.find((f) => f.jurisdiction === '甘肃省')!;
    // the check fails for words the rule does not have, or the wrong item
    expect(unquoted({ ...gansu, situations: [{ item: '第五条第（二）项', text: '可能引发群体性事件的' }] })).toHaveLength(1);
    expect(unquoted({ ...gansu, situations: [{ item: '第五条第（一）项', text: '行政执法决定可能在社会造成重大影响的' }] })).toHaveLength(1);
  });
  it('a city follows its province’s list from the day it took effect, and not before', () => {
    const now = legalReviewSituationsFor('甘肃省/兰州市', '2026-11-30');
    expect(now.map((s) => s.text)).toContain('行政执法决定可能在社会造成重大影响的');
    expect(now.find((s) => s.text === '行政执法决定可能在社会造成重大影响的')).toMatchObject({ citation: '《甘肃省重大行政执法决定法制审核办法》第五条第（二）项' });
    expect(now.filter((s) => !s.coveredBy)).toHaveLength(2);
    expect(legalReviewSituationsFor('甘肃省/兰州市', '2016-11-30')).toEqual([]);
    expect(legalReviewSituationsFor('山西省/阳泉市', '2026-11-30')).toEqual([]);
  });
});

describe('MISSING.tsv: standards searched for and not found', () => {
  const Row = z
    .object({
      jurisdiction: z.string().min(1),
      standard: z.enum(['hearing', 'legalReview', 'collectiveDiscussion']),
      status: z.enum(['not found', 'no amount set']),
      document: z.string(),
      note: z.string().min(1),
    })
    .strict();
  const [header, ...lines] = readFileSync(join(DISCRETION_DIR, 'MISSING.tsv'), 'utf8').trimEnd().split('\n');
  const columns = header!.split('\t');
  const rows = lines.map((line, i) => {
    const cells = line.split('\t');
    expect(cells.length, `MISSING.tsv 第 ${i + 2} 行`).toBe(columns.length);
    return Row.parse(Object.fromEntries(columns.map((c, j) => [c, cells[j]])));
  });
  const data = loadDiscretionData();

  it('covers the four seed provinces and their cities, for all three standards', () => {
    for (const place of ['山西省', '山西省/阳泉市', '贵州省', '贵州省/六盘水市', '内蒙古自治区', '甘肃省', '甘肃省/兰州市']) {
      expect(rows.filter((r) => r.jurisdiction === place).map((r) => r.standard).sort(), place).toEqual(['collectiveDiscussion', 'hearing', 'legalReview']);
    }
  });

  it('no row contradicts the loaded data (a standard recorded as missing has no amount loaded)', () => {
    for (const row of rows) {
      if (row.jurisdiction === '全国') {
        // No national amount: no procedure file may stand at the national level either.
        expect(data.procedures.filter((f) => f.jurisdiction === '全国' && f[row.standard])).toEqual([]);
        continue;
      }
      const threshold = procedureThresholdsFor(row.jurisdiction, undefined, data)[row.standard];
      expect([threshold?.citizenMinFen, threshold?.organisationMinFen], `${row.jurisdiction} ${row.standard}`).toEqual([undefined, undefined]);
    }
  });

  it('a "no amount set" row names its document; every province folder has data or a NOTES.md', () => {
    for (const row of rows.filter((r) => r.status === 'no amount set')) expect(row.document, row.jurisdiction).toMatch(/第.+条/);
    for (const name of readdirSync(DISCRETION_DIR)) {
      const folder = join(DISCRETION_DIR, name);
      if (!statSync(folder).isDirectory()) continue;
      const hasData = readdirSync(folder).some((f) => f.endsWith('.json'));
      expect(hasData || existsSync(join(folder, 'NOTES.md')), name).toBe(true);
    }
  });
});
