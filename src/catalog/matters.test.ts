// Canonical matters: the data file checked against the statute texts in data/law, and every
// item of the five seeds linked to its matter (the expected links were decided by reading
// the seeds; see data/matters/matters.json for the reasons).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nzh from 'nzh';
import { describe, expect, it } from 'vitest';
import { readCatalog } from './import/index.js';
import type { CatalogItem } from './model.js';
import { charSimilarity, linkMatter, loadMatters, rankMatters, sniffArticles } from './matters.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const matters = loadMatters();

// ---- statute texts, read here directly (the law module is someone else's) --------------
const LAW = `${ROOT}data/law/`;
const statutes = new Map<string, string>();
for (const f of readdirSync(LAW).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const text = readFileSync(LAW + f, 'utf8');
  const title = /^# (.+)$/m.exec(text)?.[1]?.trim();
  // Keep the newest version of each title (file names end in the version year).
  if (title && (!statutes.has(title) || f > (statutes.get(`${title}#file`) ?? ''))) {
    statutes.set(title, text);
    statutes.set(`${title}#file`, f);
  }
}
const missing = readFileSync(`${LAW}MISSING.tsv`, 'utf8')
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t')[0] ?? '')
  .filter(Boolean);

/** Paragraphs (款) of an article: its first line, then each later line that is not an enumerated item. */
function paragraphs(statute: string, article: number): string[] | null {
  const text = statutes.get(statute);
  if (!text) return null;
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`第${nzh.cn.encodeS(article)}条 `));
  if (start < 0) return null;
  const out: string[] = [(lines[start] ?? '').replace(/^第\S+条 /, '')];
  for (const l of lines.slice(start + 1)) {
    if (/^第[一二三四五六七八九十百零]+条 /.test(l) || l.startsWith('#')) break;
    if (l.trim() === '') continue;
    if (/^（[一二三四五六七八九十]+）/.test(l)) out[out.length - 1] += l;
    else out.push(l);
  }
  return out;
}

describe('data/matters/matters.json', () => {
  it('has unique ids and no alias shared by two matters', () => {
    expect(new Set(matters.map((m) => m.id)).size).toBe(matters.length);
    const seen = new Map<string, string>();
    for (const m of matters) {
      for (const a of [m.name, ...m.aliases]) {
        const other = seen.get(a);
        if (other && other !== m.id) throw new Error(`“${a}” is in ${other} and ${m.id}`);
        seen.set(a, m.id);
      }
    }
  });

  it('cites core articles that exist, with key phrases found in the article (or paragraph) text', () => {
    let checked = 0;
    for (const m of matters) {
      for (const a of m.coreArticles) {
        if (!statutes.has(a.statute)) {
          expect(missing, `${m.id}: ${a.statute} is neither in data/law nor in MISSING.tsv`).toContain(a.statute);
          continue;
        }
        const paras = paragraphs(a.statute, a.article);
        expect(paras, `${m.id}: ${a.statute} 第${a.article}条`).not.toBeNull();
        expect(a.keyPhrase, `${m.id}: ${a.statute} 第${a.article}条 needs a keyPhrase`).toBeTruthy();
        const where = a.paragraph ? paras?.[a.paragraph - 1] : paras?.join('');
        expect(where, `${m.id}: ${a.statute} 第${a.article}条第${a.paragraph}款`).toContain(a.keyPhrase);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});

const EXPECTED: Record<string, Record<number, string>> = {
  '000_650efb1eb094bc36.txt': {
    1: 'penalty.individual-fraud', 2: 'penalty.agency-fraud', 3: 'penalty.institution-fraud', 4: 'penalty.employer-registration',
    5: 'penalty.employer-false-accounts', 6: 'penalty.fund-misappropriation', 7: 'penalty.medical-assistance-fraud',
    8: 'payment.medical-expense-settlement', 9: 'confirmation.employer-registration', 10: 'payment.medical-assistance',
    11: 'coercion.seal-records', 12: 'inspection.compliance', 13: 'inspection.medical-service-conduct',
    14: 'inspection.medical-insurance-audit', 15: 'inspection.designated-institutions', 16: 'inspection.designated-institutions',
    17: 'inspection.medical-assistance',
  },
  '001_cc42e2149e1dc4a3.txt': {
    1: 'penalty.employer-registration', 2: 'penalty.agency-fraud', 3: 'penalty.institution-fraud', 4: 'penalty.individual-fraud',
    5: 'penalty.medical-assistance-fraud', 6: 'penalty.drug-procurement-bidding', 7: 'penalty.institution-loss',
    8: 'penalty.institution-management', 9: 'penalty.individual-misuse', 10: 'penalty.bribery', 11: 'penalty.legal-representative-ban',
    12: 'penalty.fund-misappropriation', 13: 'coercion.seal-records', 14: 'coercion.suspend-institution-settlement',
    15: 'coercion.suspend-insured-settlement', 16: 'inspection.compliance', 17: 'inspection.medical-service-conduct',
    18: 'inspection.medical-assistance', 19: 'inspection.drug-price', 20: 'inspection.medical-insurance-audit',
  },
  '002_d9b76134472e1956.txt': {
    1: 'penalty.employer-registration', 2: 'penalty.employer-contribution-arrears', 3: 'penalty.institution-management',
    4: 'penalty.institution-loss', 5: 'penalty.institution-fraud', 6: 'penalty.institution-fraud', 7: 'penalty.agency-fraud',
    8: 'penalty.individual-misuse', 9: 'penalty.individual-fraud',
  },
  '003_119a4ff0c2874498.txt': {
    1: 'inspection.fund-management', 2: 'inspection.designated-institutions', 3: 'inspection.compliance', 4: 'coercion.seal-records',
    5: 'penalty.employer-registration', 6: 'penalty.institution-fraud', 7: 'inspection.medical-service-conduct',
    8: 'inspection.medical-assistance', 9: 'penalty.medical-assistance-fraud', 10: 'inspection.drug-price-monitoring',
    11: 'inspection.drug-price-data', 12: 'penalty.drug-procurement-bidding', 13: 'inspection.centralized-procurement',
    14: 'other.credit-records',
  },
  '004_cc75ecf2f3c1db82.txt': {
    1: 'penalty.employer-registration', 2: 'penalty.institution-fraud', 3: 'penalty.individual-fraud',
    4: 'penalty.medical-assistance-fraud', 5: 'penalty.agency-fraud', 6: 'penalty.institution-loss',
    7: 'penalty.institution-management', 8: 'penalty.legal-representative-ban', 9: 'penalty.fund-misappropriation',
    10: 'coercion.seal-records', 11: 'inspection.compliance', 12: 'inspection.medical-service-conduct',
    13: 'inspection.medical-assistance', 15: 'inspection.drug-price-data', 16: 'inspection.centralized-procurement',
    17: 'inspection.medical-insurance-audit', 18: 'reward.fraud-report', 19: 'other.order-agency-handle-breach',
    20: 'other.credit-records', 21: 'other.agreement-breach-handling',
  },
};

function seed(file: string) {
  return readCatalog(readFileSync(`${ROOT}data/catalogs/${file}`), file, { undatedAsOf: '2025-06-30' });
}

describe('linking the five seeds', () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`links every item of ${file.slice(0, 3)} to its matter, with a reason`, () => {
      const c = seed(file);
      expect(Object.fromEntries(c.items.map((i) => [i.seq, i.matter?.id ?? null]))).toEqual(expected);
      for (const i of c.items) {
        expect(i.matterReason).toBeTruthy();
        expect(i.matter?.name).toBe(matters.find((m) => m.id === i.matter?.id)?.name);
      }
    });
  }

  it('gives the 004 items their proper names, keeping raw text and confidence', () => {
    const c = seed('004_cc75ecf2f3c1db82.txt');
    for (const i of c.items) {
      const m = matters.find((x) => x.id === i.matter?.id);
      expect(m, `item ${i.seq}`).toBeDefined();
      // The proper name is the matter's name or one of the names the seeds use for it.
      expect([m?.name, ...(m?.aliases ?? [])], `item ${i.seq}`).toContain(i.name);
      expect(i.nameRecovery?.raw).toBeTruthy();
      expect(i.nameRecovery?.confidence).toBeGreaterThan(0);
      expect(i.nameRecovery?.confidence).toBeLessThanOrEqual(1);
    }
    const byseq = (n: number) => c.items.find((i) => i.seq === n) as CatalogItem;
    expect(byseq(10).name).toBe('对可能被转移、隐匿或者灭失的医疗保险基金相关资料进行封存');
    expect(byseq(10).nameRecovery?.raw).toBe('对移者疗相行可、灭保关封能隐失险资存数医的基料');
    expect(byseq(16)).toMatchObject({ name: '对公立医疗机构药品和高值医用耗材集中采购行为合规性的监督检查', nameRecovery: { confidence: 1, method: 'whitespace' } });
    // Item 19's name is unreadable: the matter comes from the article it cites, with low confidence.
    expect(byseq(19).nameRecovery?.confidence).toBeLessThan(0.5);
    expect(byseq(19).matterReason).toContain('第49条');
  });
});

describe('linkMatter', () => {
  const base: CatalogItem = {
    seq: 1, name: '', kind: '行政处罚', rawKind: '行政处罚', subItems: [], targets: [], departments: [], bases: [], duties: [],
    accountable: [], matter: null, lines: [1, 1], fieldLines: {}, extra: {},
  };

  it('recovers a name whose characters are shuffled (bag of characters)', () => {
    const name = '对定点医药机构未按要求建立内部管理制度等不规范管理行为的处罚';
    const chars = [...name];
    const shuffled = chars.map((_, k) => chars[(k * 7) % chars.length]).join(''); // 7 is prime to the length
    expect(chars.length % 7).not.toBe(0);
    expect(shuffled).not.toBe(name);
    expect(charSimilarity(shuffled, name)).toBe(1);
    expect(rankMatters({ ...base, name: shuffled }, matters)[0]?.matter.id).toBe('penalty.institution-management');
  });

  it('uses the parsed citations when the name says little', () => {
    const item: CatalogItem = {
      ...base,
      name: '对相关违法行为的处罚',
      bases: [{ text: '见条例', lines: [1, 1], citations: [{ statute: '医疗保障基金使用监督管理条例', article: 43, resolved: true, raw: '第四十三条' }] }],
    };
    const link = linkMatter(item, matters);
    expect(link.matter?.id).toBe('penalty.legal-representative-ban');
    expect(link.reason).toContain('第43条');
  });

  it('says why an unrelated item cannot be linked', () => {
    const link = linkMatter({ ...base, name: '对占道经营行为的处罚', rawKind: '行政处罚' }, matters);
    expect(link.matter).toBeNull();
    expect(link.confidence).toBe(0);
    expect(link.reason).toMatch(/^无法关联规范事项/);
  });

  it('reads articles from basis text in the seeds’ forms', () => {
    expect(sniffArticles('《中华人民共和国社会保险法》第87、88条：…《医疗保障基金使用监督管理条例》第 39 条')).toEqual([
      { statute: '中华人民共和国社会保险法', article: 87 },
      { statute: '中华人民共和国社会保险法', article: 88 },
      { statute: '医疗保障基金使用监督管理条例', article: 39 },
    ]);
    expect(sniffArticles('《基本医疗卫生与健康促进法》第一百零三条；参照《行政处罚法》第三十条~第五十四条')).toEqual([
      { statute: '基本医疗卫生与健康促进法', article: 103 },
    ]);
  });
});
