import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nzh from 'nzh/cn';
import { describe, expect, it } from 'vitest';
import {
  bureauFor,
  formatDocNumber,
  loadBureauConfig,
  loadStatutoryPeriods,
  statutoryRightsNotice,
  type StatutoryBasis,
} from './config.js';
import { quotedArticles } from './test-support/fixtures.js';

const LAW_DIR = fileURLToPath(new URL('../../../data/law/', import.meta.url));

/** The text of one article (main article number, e.g. 第六十四条) of a statute file in data/law. */
function articleText(file: string, article: string): string {
  const main = /^(第[零一二三四五六七八九十百千]+条)/.exec(article)?.[1];
  if (!main) throw new Error(`not an article: ${article}`);
  const lines = readFileSync(LAW_DIR + file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${main} `) || l.startsWith(`${main}　`));
  if (start < 0) throw new Error(`${file} has no ${main}`);
  const out = [lines[start]!.slice(main.length).trim()];
  for (const line of lines.slice(start + 1)) {
    if (/^第[零一二三四五六七八九十百千]+条[ 　]/.test(line) || line.startsWith('#')) break;
    if (line.trim()) out.push(line.trim());
  }
  return out.join('\n');
}

/** The number written before a unit in a quote: 五日 → 5, 六十日 → 60, 六个月 → 6. */
function numberBefore(quote: string, unit: RegExp): number {
  const m = new RegExp(`([零一二三四五六七八九十百]+)${unit.source}`).exec(quote);
  if (!m) throw new Error(`no number before ${unit.source} in ${quote}`);
  return Number(nzh.decodeS(m[1]!));
}

function expectQuoted(basis: StatutoryBasis): string {
  const text = articleText(basis.file, basis.article);
  expect(text, `${basis.file} ${basis.article}`).toContain(basis.quote);
  return text;
}

describe('statutory periods told to the party are read from the statute text', () => {
  const periods = loadStatutoryPeriods();

  it.each(['hearingRequest', 'hearingNotice', 'reconsideration', 'litigation', 'finePayment', 'evidencePreservation'] as const)(
    '%s: the quote is in the article and its number is the value',
    (key) => {
      const p = periods[key];
      expectQuoted(p.basis);
      const unit = p.unit === '个月' ? /个月/ : /日/;
      expect(numberBefore(p.basis.quote, unit)).toBe(p.value);
      if (p.unit === '工作日') {
        // 行政处罚法第八十五条 makes 二日/三日/五日/七日 working days: the number must be one of them
        expect(p.unitBasis, `${key} needs the article that makes it working days`).toBeDefined();
        const text = expectQuoted(p.unitBasis!);
        expect(text).toContain(`“${nzh.encodeS(p.value)}日”`);
      } else {
        expect(['日', '个月']).toContain(p.unit);
      }
    },
  );

  it('late fee: 百分之三 per day, capped at the fine', () => {
    const text = expectQuoted(periods.lateFee.basis);
    const m = /每日按罚款数额的百分之([零一二三四五六七八九十]+)加处罚款/.exec(text);
    expect(Number(nzh.decodeS(m![1]!))).toBe(periods.lateFee.percentPerDay);
    expect(text).toContain('加处罚款的数额不得超出罚款的数额');
  });

  it('the articles quoted by the test fixtures are in the statutes', () => {
    for (const { file, article } of quotedArticles) {
      expect(articleText(file, article.article), `${article.law}${article.article}`).toContain(article.text);
    }
  });
});

describe('bureau configuration', () => {
  it('gives the bureau name and the 文号 prefix per document', () => {
    const config = loadBureauConfig('阳泉市医疗保障局');
    expect(loadBureauConfig('140300').name).toBe('阳泉市医疗保障局');
    expect(bureauFor(config, '行政处罚决定书')).toMatchObject({ name: '阳泉市医疗保障局', docNumberPrefix: '阳医保罚' });
    expect(bureauFor(config, '立案审批表').docNumberPrefix).toBe('阳医保立');
    expect(() => loadBureauConfig('不存在的局')).toThrow(/文书配置中没有执法主体/);
  });
  it('formats 文号', () => {
    expect(formatDocNumber('阳医保罚', 2026, 12)).toBe('阳医保罚〔2026〕12号');
    expect(() => formatDocNumber('阳医保罚', 2026, 0)).toThrow(/文号无效/);
  });
  it('builds a rights notice from the configured periods, hearing only when asked', () => {
    const config = loadBureauConfig('阳泉市医疗保障局');
    const withHearing = statutoryRightsNotice(config, { value: 5, unit: '工作日' }, true);
    expect(withHearing.hearing).toMatchObject({ value: 5, unit: '工作日' });
    expect(withHearing.reconsideration).toMatchObject({ body: '阳泉市人民政府', period: { value: 60, unit: '日' } });
    expect(withHearing.litigation.period).toMatchObject({ value: 6, unit: '个月' });
    expect(statutoryRightsNotice(config, { value: 3, unit: '工作日' }, false).hearing).toBeUndefined();
  });
});
