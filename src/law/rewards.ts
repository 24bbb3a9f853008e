// 举报奖励: the dated rules on rewards for reporting the unlawful use of medical insurance
// funds (国家 违法违规使用医疗保障基金举报奖励办法 and its predecessor, provincial and city
// implementations), loaded from data/rewards/<地区路径>/*.json, one file per document
// version. Each rule quotes the words it rests on; a test reads every number back out of
// them. The cap of a reward on a date is the governing (most local) document's, never above
// the national one.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LAW_DIR } from './corpus.js';
import { formatYuan } from './money.js';

export const REWARD_DIR = join(DEFAULT_LAW_DIR, '..', 'rewards');
export const NATIONAL = '全国';

const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');
const Fen = z.number().int().nonnegative();
/** A proportion as a fraction: 3% is {num: 3, den: 100}. */
const Fraction = z.object({ num: z.number().int().positive(), den: z.number().int().positive() }).strict();

const RewardRule = z
  .object({
    /** 条号 as the document numbers it, or why it is not known (新闻转述、条号未核对). */
    article: z.string().min(1),
    /** The words of the source, as read at source.url. */
    quote: z.string().min(1),
    /** What the proportion applies to, in the document's words (案值, 涉案金额, 查实欺诈骗保金额). */
    base: z.string().optional(),
    /** 分段累计: the part of the base above overFen and up to upToFen (inclusive) takes this rule's proportion. */
    band: z.object({ overFen: Fen.optional(), upToFen: Fen.optional() }).strict().optional(),
    /** The proportion of the base (the lower end when the document gives a range such as 5%至8%). */
    percentOfRecovered: Fraction.optional(),
    /** The upper end of a range of proportions (5%至8% → 8/100). */
    percentOfRecoveredMax: Fraction.optional(),
    /** An increase of the reward itself (在举报奖励金额基础上增加20% → 20/100). */
    bonusOfReward: Fraction.optional(),
    minFen: Fen.optional(),
    maxFen: Fen.optional(),
    /** When the rule applies only to some reports (内部人员, 一类举报 …). */
    condition: z.string().optional(),
  })
  .strict()
  .refine(
    (r) =>
      r.band || r.percentOfRecovered || r.percentOfRecoveredMax || r.bonusOfReward || r.minFen !== undefined || r.maxFen !== undefined || r.condition,
    '规则既无数额、比例，也无适用条件',
  )
  .refine((r) => !r.percentOfRecoveredMax || r.percentOfRecovered, '有比例上限 percentOfRecoveredMax 时须有下限 percentOfRecovered')
  .refine((r) => r.minFen === undefined || r.maxFen === undefined || r.minFen <= r.maxFen, '最低额大于最高额');

const RewardFile = z
  .object({
    /** 全国, or a path of full official names: 山西省, 甘肃省/兰州市. */
    jurisdiction: z.string().regex(/^[^/\s]+(\/[^/\s]+)*$/, '地区应为“全国”或以“/”分隔的全称路径'),
    title: z.string().min(1),
    issuer: z.string().optional(),
    /** 文号, when one was seen in a source (see source.note for how sure). */
    docNumber: z.string().optional(),
    /** 印发日期, when known. */
    issued: CalendarDate.optional(),
    validFrom: CalendarDate,
    /** True when validFrom is not the document's own date but the earliest date a source shows it in use. */
    validFromUncertain: z.boolean().optional(),
    /** Last day in force, when replaced or repealed. */
    validTo: CalendarDate.optional(),
    source: z
      .object({
        url: z.string().url(),
        /** Whether the quotes are the document's own words or a news report of them. */
        quotesFrom: z.enum(['原文', '新闻转述']),
        note: z.string().min(1),
      })
      .strict(),
    rules: z.array(RewardRule).min(1),
  })
  .strict()
  .refine((f) => !f.validTo || f.validTo >= f.validFrom, '失效日期早于起用日期');

export type RewardRule = z.infer<typeof RewardRule>;
export type RewardDocument = z.infer<typeof RewardFile> & { file: string };

/** A data file that does not load: code for programs, message in Chinese naming the file. */
export class RewardDataError extends Error {
  constructor(
    readonly code: 'REWARD_JSON_SYNTAX' | 'REWARD_SCHEMA' | 'REWARD_JURISDICTION' | 'REWARD_DUPLICATE',
    message: string,
  ) {
    super(message);
    this.name = 'RewardDataError';
  }
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `第 ${line} 行第 ${position - before.lastIndexOf('\n')} 列`;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const where = pos ? lineColumn(text, Number(pos[1])) : '（位置不明）';
    throw new RewardDataError('REWARD_JSON_SYNTAX', `举报奖励文件 ${file} ${where}不是有效的 JSON`);
  }
}

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...jsonFiles(path));
    else if (name.endsWith('.json')) out.push(path);
  }
  return out;
}

let cache: RewardDocument[] | undefined;

/**
 * Every reward document under dir (data/rewards by default), validated. A file's folder is
 * its jurisdiction (全国/, 山西省/, 甘肃省/兰州市/). Throws RewardDataError on the first bad
 * file, naming it; nothing is returned half-loaded.
 */
export function loadRewardData(dir = REWARD_DIR): RewardDocument[] {
  if (dir === REWARD_DIR && cache) return cache;
  const docs: RewardDocument[] = [];
  if (existsSync(dir)) {
    for (const path of jsonFiles(dir)) {
      const file = relative(dir, path).split(sep).join('/');
      const parsed = RewardFile.safeParse(parseJson(readFileSync(path, 'utf8'), file));
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '（整个文件）'}：${i.message}`).join('；');
        throw new RewardDataError('REWARD_SCHEMA', `举报奖励文件 ${file} 格式有误：${issues}`);
      }
      const folder = file.split('/').slice(0, -1).join('/');
      if (parsed.data.jurisdiction !== folder) {
        throw new RewardDataError('REWARD_JURISDICTION', `举报奖励文件 ${file} 的地区“${parsed.data.jurisdiction}”与所在目录“${folder}”不符`);
      }
      const twin = docs.find((d) => d.jurisdiction === parsed.data.jurisdiction && d.validFrom === parsed.data.validFrom);
      if (twin) {
        throw new RewardDataError('REWARD_DUPLICATE', `举报奖励文件 ${file} 与 ${twin.file} 是同一地区同一起用日期的两个版本`);
      }
      docs.push({ ...parsed.data, file });
    }
  }
  if (dir === REWARD_DIR) cache = docs;
  return docs;
}

/** The jurisdiction and its parents, most local first, ending with 全国. */
function levels(jurisdiction: string): string[] {
  const parts = jurisdiction === NATIONAL ? [] : jurisdiction.split('/');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join('/'));
  out.push(NATIONAL);
  return out;
}

function inForce(docs: RewardDocument[], jurisdiction: string, onDate: string): RewardDocument | undefined {
  return docs
    .filter((d) => d.jurisdiction === jurisdiction && d.validFrom <= onDate && (!d.validTo || onDate <= d.validTo))
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
    .pop();
}

/** The reward documents in force on a date for a jurisdiction and each level above it, most local first. */
export function rewardDocumentsFor(jurisdiction: string, onDate: string, docs = loadRewardData()): RewardDocument[] {
  return levels(jurisdiction)
    .map((level) => inForce(docs, level, onDate))
    .filter((d): d is RewardDocument => d !== undefined);
}

function capOf(doc: RewardDocument): number | undefined {
  const caps = doc.rules.filter((r) => r.maxFen !== undefined && !r.condition).map((r) => r.maxFen!);
  return caps.length ? Math.min(...caps) : undefined;
}

export interface RewardCap {
  /** The highest reward per report, or undefined when no document in force states one. */
  capFen?: number;
  /** The document whose cap applies. */
  document?: RewardDocument;
  /** Every document in force, most local first. */
  documents: RewardDocument[];
  warnings: string[];
}

/**
 * The highest reward for one report on a date: the most local document in force that states
 * a cap governs, and the national cap in force is never exceeded.
 */
export function rewardCapFor(jurisdiction: string, onDate: string, docs = loadRewardData()): RewardCap {
  const documents = rewardDocumentsFor(jurisdiction, onDate, docs);
  const warnings: string[] = [];
  const national = documents.find((d) => d.jurisdiction === NATIONAL);
  const governing = documents.find((d) => capOf(d) !== undefined);
  if (!national) warnings.push(`${onDate} 没有已录入的国家举报奖励办法`);
  for (const d of documents) {
    if (d !== national && national && d.validFrom < national.validFrom) {
      warnings.push(`《${d.title}》（${d.validFrom} 起用）早于现行国家办法《${national.title}》（${national.validFrom} 起施行），可能已不再适用，以国家办法为限`);
    }
    if (d.validFromUncertain) warnings.push(`《${d.title}》的起用日期 ${d.validFrom} 未据原件核对`);
  }
  if (!governing) return { documents, warnings: [...warnings, `${jurisdiction}在 ${onDate} 没有已录入的奖励上限`] };
  let capFen = capOf(governing)!;
  let document = governing;
  const nationalCap = national ? capOf(national) : undefined;
  // A local implementation older than the national rule in force yields to it.
  if (national && nationalCap !== undefined && governing !== national) {
    if (governing.validFrom < national.validFrom || nationalCap < capFen) {
      capFen = nationalCap;
      document = national;
    }
  }
  return { capFen, document, documents, warnings };
}

export interface RewardMaximum {
  /** The highest lawful reward for this report, or undefined when no rule in force states one. */
  maxFen?: number;
  /** How it was reached, in Chinese, with the documents. */
  basis: string;
  warnings: string[];
}

/**
 * The highest reward for one report that recovered `recoveredFen`: the most local document in
 * force that states proportions of the amount (banded where it bands them; the upper end of a
 * range; where it only grades reports into classes, the most generous class, since the class
 * is the officers' finding), raised to the minimum the most local document states, raised by
 * an insider bonus when the reporter is one, and never above the cap that governs
 * (rewardCapFor). Where no document states a proportion, the cap alone.
 */
export function rewardMaximumFor(jurisdiction: string, onDate: string, recoveredFen: number, opts: { insider?: boolean } = {}, docs = loadRewardData()): RewardMaximum {
  const cap = rewardCapFor(jurisdiction, onDate, docs);
  const documents = cap.documents;
  const warnings = [...cap.warnings];
  const parts: string[] = [];
  const share = (r: RewardRule): number => {
    const pct = r.percentOfRecoveredMax ?? r.percentOfRecovered!;
    const lo = r.band?.overFen ?? 0;
    const hi = r.band?.upToFen ?? Number.POSITIVE_INFINITY;
    return Math.floor((Math.max(0, Math.min(recoveredFen, hi) - lo) * pct.num) / pct.den);
  };
  let byProportion: number | undefined;
  const proportional = documents.find((d) => d.rules.some((r) => r.percentOfRecovered));
  if (proportional) {
    const plain = proportional.rules.filter((r) => r.percentOfRecovered && !r.condition);
    const graded = proportional.rules.filter((r) => r.percentOfRecovered && r.condition);
    let amount: number;
    let floor: number;
    if (plain.length > 0) {
      amount = plain.reduce((sum, r) => sum + share(r), 0);
      floor = Math.max(0, ...proportional.rules.filter((r) => r.minFen !== undefined && !r.condition).map((r) => r.minFen!));
    } else {
      const best = graded.map((r) => ({ r, fen: Math.max(share(r), r.minFen ?? 0) })).sort((a, b) => b.fen - a.fen)[0]!;
      amount = best.fen;
      floor = 0;
      parts.push(`按最高一档（${best.r.condition}）`);
    }
    const localFloor = documents.find((d) => d.rules.some((r) => r.minFen !== undefined && !r.condition));
    if (localFloor) floor = Math.max(floor, ...localFloor.rules.filter((r) => r.minFen !== undefined && !r.condition).map((r) => r.minFen!));
    byProportion = Math.max(amount, floor);
    if (opts.insider) {
      const bonus = proportional.rules.find((r) => r.bonusOfReward);
      if (bonus) byProportion = Math.floor((byProportion * (bonus.bonusOfReward!.den + bonus.bonusOfReward!.num)) / bonus.bonusOfReward!.den);
      else if (proportional.rules.some((r) => /内部人员/.test(r.condition ?? ''))) warnings.push(`《${proportional.title}》对内部人员举报只写“适当提高”，未定幅度，以上限为准`);
    }
    parts.push(`按《${proportional.title}》的比例计算为 ${formatYuan(byProportion)}`);
  }
  if (cap.capFen !== undefined) parts.push(`最高不超过 ${formatYuan(cap.capFen)}（《${cap.document!.title}》）`);
  const candidates = [byProportion, cap.capFen].filter((v): v is number => v !== undefined);
  if (candidates.length === 0) return { basis: `${jurisdiction}在 ${onDate} 没有已录入的举报奖励比例或上限`, warnings };
  return { maxFen: Math.min(...candidates), basis: parts.join('，'), warnings };
}
