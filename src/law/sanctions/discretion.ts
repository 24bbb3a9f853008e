// 裁量基准: per-jurisdiction, dated benchmarks that narrow a statutory range into tiers
// (不予处罚 / 减轻 / 从轻 / 一般 / 从重), loaded from data/discretion/<地区>/*.json, and the
// recommendation built from them. A tier never leaves the statutory range except 减轻,
// which must name its legal ground (行政处罚法 第三十二条).
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LAW_DIR } from '../corpus.js';
import { findJurisdiction, pathUpwards } from '../jurisdictions.js';
import {
  compareRational,
  formatRational,
  formatYuan,
  multiplyFen,
  parseRational,
  roundingText,
  type Rational,
} from '../money.js';
import { exemptionCheck, mitigationGrounds } from './general.js';
import { FLAGS, PenaltyError, type Amounts, type CheckedFacts, type Measure } from './types.js';

export const DISCRETION_DIR = join(DEFAULT_LAW_DIR, '..', 'discretion');

export const TIERS = ['不予处罚', '减轻', '从轻', '一般', '从重'] as const;
export type Tier = (typeof TIERS)[number];

const AmountField = z.enum(['defraudedFen', 'lossFen', 'unpaidFen', 'bidFen', 'illegalGainsFen', 'unitFineFen']);
const Bound = z
  .object({ gt: z.number().int(), gte: z.number().int(), lt: z.number().int(), lte: z.number().int() })
  .partial()
  .strict();
const Condition = z
  .object({
    flagsAll: z.array(z.enum(FLAGS)).optional(),
    flagsNone: z.array(z.enum(FLAGS)).optional(),
    baseFen: Bound.optional(),
  })
  .strict();
const TierData = z
  .object({
    tier: z.enum(TIERS),
    when: Condition.default({}),
    multiple: z
      .union([z.object({ min: z.string(), max: z.string() }).strict(), z.object({ fixed: z.string() }).strict()])
      .optional(),
    fineFen: z.object({ min: z.number().int(), max: z.number().int() }).strict().optional(),
    text: z.string(),
    note: z.string().optional(),
    legalGround: z.string().optional(),
  })
  .strict();
const Source = z.object({ url: z.string().optional(), note: z.string() }).strict();
const BenchmarkFile = z
  .object({
    kind: z.literal('benchmark'),
    jurisdiction: z.string(),
    title: z.string(),
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    source: Source,
    successor: z.object({ date: z.string(), title: z.string(), note: z.string() }).strict().optional(),
    rules: z.array(
      z
        .object({
          articles: z.array(z.string()),
          base: z.array(AmountField),
          baseLabel: z.string(),
          text: z.string(),
          tierNote: z.string().optional(),
          tiers: z.array(TierData),
        })
        .strict(),
    ),
  })
  .strict();
const Threshold = z
  .object({
    citizenMinFen: z.number().int().optional(),
    organisationMinFen: z.number().int().optional(),
    basis: z.string(),
    /** The words of the basis as read at source.url; a test reads every amount back out of them. */
    quote: z.string().optional(),
  })
  .strict();
const ProcedureFile = z
  .object({
    kind: z.literal('procedure'),
    jurisdiction: z.string(),
    title: z.string(),
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    source: Source,
    hearing: Threshold.optional(),
    legalReview: Threshold.optional(),
    collectiveDiscussion: Threshold.optional(),
  })
  .strict();
/**
 * 重大行政执法决定法制审核目录 of a place (暂行规定 第三十七条第一款第（五）项; 行政处罚法 第五十八条
 * 第一款第（四）项): the situations its rules add to the national ones, each with the words of its
 * item. A situation the national grounds already cover names them (`coveredBy`) and is judged by
 * them; the others are judged by the officers at 调查终结, and each one found requires the review.
 */
const ReviewSituation = z
  .object({
    /** 第五条第（二）项 … */
    item: z.string().regex(/^第[一二三四五六七八九十百]+条(第[一二三四五六七八九十]+款)?(第（[一二三四五六七八九十]+）项)?$/),
    text: z.string().min(2),
    coveredBy: z.string().optional(),
  })
  .strict();
const ReviewSituationsFile = z
  .object({
    kind: z.literal('reviewSituations'),
    jurisdiction: z.string(),
    title: z.string(),
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    source: Source,
    /** The article as read at source.url; every situation's text is in it. */
    quote: z.string(),
    situations: z.array(ReviewSituation).min(1),
  })
  .strict();
const DiscretionFile = z.discriminatedUnion('kind', [BenchmarkFile, ProcedureFile, ReviewSituationsFile]);

export type BenchmarkFile = z.infer<typeof BenchmarkFile>;
export type ProcedureFile = z.infer<typeof ProcedureFile>;
export type ReviewSituationsFile = z.infer<typeof ReviewSituationsFile>;
export type TierData = z.infer<typeof TierData>;
export type Threshold = z.infer<typeof Threshold>;

export interface DiscretionData {
  benchmarks: (BenchmarkFile & { file: string })[];
  procedures: (ProcedureFile & { file: string })[];
  reviewSituations: (ReviewSituationsFile & { file: string })[];
}

let cache: DiscretionData | undefined;

/**
 * All benchmark and procedure files under data/discretion (validated). Folders are
 * jurisdiction paths (山西省/, 山西省/阳泉市/ …); a file's `jurisdiction` is its folder's path.
 */
export function loadDiscretionData(dir = DISCRETION_DIR): DiscretionData {
  if (dir === DISCRETION_DIR && cache) return cache;
  const data: DiscretionData = { benchmarks: [], procedures: [], reviewSituations: [] };
  const visit = (folder: string, path: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) {
        visit(full, path ? `${path}/${name}` : name);
        continue;
      }
      if (!name.endsWith('.json') || !path) continue;
      const file = `${path}/${name}`;
      const parsed = DiscretionFile.safeParse(JSON.parse(readFileSync(full, 'utf8')));
      if (!parsed.success) {
        throw new Error(`裁量基准文件 ${file} 格式有误：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
      }
      if (parsed.data.jurisdiction !== path) throw new Error(`裁量基准文件 ${file} 的地区（${parsed.data.jurisdiction}）与目录（${path}）不符`);
      if (!findJurisdiction(path)) throw new Error(`裁量基准文件 ${file}：辖区「${path}」不在 data/jurisdictions.json 中`);
      if (parsed.data.kind === 'benchmark') data.benchmarks.push({ ...parsed.data, file });
      else if (parsed.data.kind === 'procedure') data.procedures.push({ ...parsed.data, file });
      else data.reviewSituations.push({ ...parsed.data, file });
    }
  };
  if (existsSync(dir)) visit(dir, '');
  if (dir === DISCRETION_DIR) cache = data;
  return data;
}

/** Jurisdiction paths that have a benchmark or a procedure standard of their own. */
export function knownJurisdictions(data = loadDiscretionData()): string[] {
  return [...new Set([...data.benchmarks, ...data.procedures, ...data.reviewSituations].map((f) => f.jurisdiction))].sort();
}

/** A jurisdiction given by path, code or name (河南 → 河南省); PenaltyError when unknown. */
export function resolveJurisdictionPath(key: string): string {
  const j = findJurisdiction(key);
  if (!j) throw new PenaltyError('UNKNOWN_JURISDICTION', `未知地区“${key}”：应为 data/jurisdictions.json 中的辖区（如 山西省/阳泉市、河南）`);
  return j.path;
}

function latestOn<T extends { validFrom: string; jurisdiction: string }>(files: T[], jurisdiction: string, onDate?: string): T | undefined {
  return files
    .filter((f) => f.jurisdiction === jurisdiction && (!onDate || f.validFrom <= onDate))
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
    .pop();
}

/** The benchmark in force on a date for a jurisdiction: its own, else the nearest above it. */
export function benchmarkFor(jurisdiction: string, onDate?: string, data = loadDiscretionData()) {
  for (const path of pathUpwards(resolveJurisdictionPath(jurisdiction))) {
    const found = latestOn(data.benchmarks, path, onDate);
    if (found) return found;
  }
  return undefined;
}

/** A threshold with the standard it comes from. */
export interface LocatedThreshold extends Threshold {
  standard: { title: string; validFrom: string; file: string; jurisdiction: string };
}

/**
 * The procedure thresholds in force on a date for a jurisdiction: each of hearing, legal
 * review and collective discussion from the nearest standard (walking up) that sets it.
 */
export function procedureThresholdsFor(jurisdiction: string, onDate?: string, data = loadDiscretionData()): {
  hearing?: LocatedThreshold;
  legalReview?: LocatedThreshold;
  collectiveDiscussion?: LocatedThreshold;
} {
  const out: { hearing?: LocatedThreshold; legalReview?: LocatedThreshold; collectiveDiscussion?: LocatedThreshold } = {};
  for (const path of pathUpwards(resolveJurisdictionPath(jurisdiction))) {
    const files = data.procedures.filter((f) => f.jurisdiction === path && (!onDate || f.validFrom <= onDate)).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
    for (const key of ['hearing', 'legalReview', 'collectiveDiscussion'] as const) {
      if (out[key]) continue;
      const f = files.find((x) => x[key]);
      if (f) out[key] = { ...f[key]!, standard: { title: f.title, validFrom: f.validFrom, file: f.file, jurisdiction: f.jurisdiction } };
    }
  }
  return out;
}

/** A local situation that requires 法制审核, with where it is written. */
export interface LocalReviewSituation {
  /** its words, as the rule writes them (what the officer marks, and the key it is recorded by) */
  text: string;
  /** 《title》item */
  citation: string;
  /** the national ground that already covers it, if any */
  coveredBy?: string;
  standard: { title: string; validFrom: string; file: string; jurisdiction: string };
}

/**
 * The local 法制审核 situations in force on a date for a jurisdiction: those of its own rules and
 * of every level above it (a city bureau follows its province's rules too), each level's latest
 * list in force; nearest first.
 */
export function legalReviewSituationsFor(jurisdiction: string, onDate?: string, data = loadDiscretionData()): LocalReviewSituation[] {
  const out: LocalReviewSituation[] = [];
  for (const path of pathUpwards(resolveJurisdictionPath(jurisdiction))) {
    const f = latestOn(data.reviewSituations, path, onDate);
    if (!f) continue;
    for (const s of f.situations) {
      out.push({ text: s.text, citation: `《${f.title.replace(/（.*）$/, '')}》${s.item}`, ...(s.coveredBy ? { coveredBy: s.coveredBy } : {}), standard: { title: f.title, validFrom: f.validFrom, file: f.file, jurisdiction: f.jurisdiction } });
    }
  }
  return out;
}

export function assertJurisdiction(jurisdiction: string): void {
  resolveJurisdictionPath(jurisdiction);
}

export interface DiscretionAlternative {
  tier: Tier;
  reason: string;
  citation?: string;
  minFen?: number;
  maxFen?: number;
  outsideStatutoryRange?: boolean;
}

export interface DiscretionRecommendation {
  tier: Tier;
  /** The benchmark's words for the tier, or the rule applied. */
  reasons: string[];
  /** 2–3倍, 3.5倍 … when the tier is a multiple. */
  multiple?: string;
  minFen?: number;
  maxFen?: number;
  /** A single figure when the tier fixes one (固定倍数, 不予处罚 = 0). */
  figureFen?: number;
  statutoryMinFen?: number;
  statutoryMaxFen?: number;
  /** True only for 减轻 (below the statutory minimum), with legalGround. */
  outsideStatutoryRange: boolean;
  legalGround?: string;
  rounding?: string;
  jurisdiction?: string;
  benchmark?: { title: string; validFrom: string; file: string; source: string };
  alternatives: DiscretionAlternative[];
  warnings: string[];
}

function matches(cond: TierData['when'], facts: CheckedFacts, base: number | undefined): boolean {
  if (cond.flagsAll && !cond.flagsAll.every((f) => facts.flags.includes(f))) return false;
  if (cond.flagsNone && cond.flagsNone.some((f) => facts.flags.includes(f))) return false;
  const b = cond.baseFen;
  if (b) {
    if (base === undefined) return false;
    if (b.gt !== undefined && !(base > b.gt)) return false;
    if (b.gte !== undefined && !(base >= b.gte)) return false;
    if (b.lt !== undefined && !(base < b.lt)) return false;
    if (b.lte !== undefined && !(base <= b.lte)) return false;
  }
  return true;
}

/** The multiple range of a statutory fine measure (from its parameter), when it has one. */
export type StatutoryMultiple = { min: Rational; max: Rational } | undefined;

/**
 * Checks a benchmark tier against the statutory range: a multiple within the statute's
 * multiples, an amount within its amounts. 减轻 may go below the minimum only with a
 * legal ground. Returns an error message, or undefined when the tier is lawful.
 */
export function tierViolation(
  tier: TierData,
  statutory: { multiple?: { min: Rational; max: Rational }; minFen?: number; maxFen?: number },
): string | undefined {
  const lowOk = (below: boolean) => !below || (tier.tier === '减轻' && !!tier.legalGround);
  if (tier.multiple && statutory.multiple) {
    const lo = parseRational('fixed' in tier.multiple ? tier.multiple.fixed : tier.multiple.min);
    const hi = parseRational('fixed' in tier.multiple ? tier.multiple.fixed : tier.multiple.max);
    if (compareRational(hi, statutory.multiple.max) > 0) return `档次“${tier.tier}”倍数 ${formatRational(hi)} 超过法定上限 ${formatRational(statutory.multiple.max)}`;
    if (!lowOk(compareRational(lo, statutory.multiple.min) < 0)) {
      return `档次“${tier.tier}”倍数 ${formatRational(lo)} 低于法定下限 ${formatRational(statutory.multiple.min)}，只有写明法定依据的“减轻”档可以`;
    }
    if (compareRational(lo, hi) > 0) return `档次“${tier.tier}”倍数下限大于上限`;
    return undefined;
  }
  if (tier.multiple && !statutory.multiple) return `档次“${tier.tier}”用倍数，但法定幅度不是倍数`;
  if (tier.fineFen) {
    if (statutory.maxFen !== undefined && tier.fineFen.max > statutory.maxFen) return `档次“${tier.tier}”金额超过法定上限`;
    if (statutory.minFen !== undefined && !lowOk(tier.fineFen.min < statutory.minFen)) return `档次“${tier.tier}”金额低于法定下限`;
    return undefined;
  }
  if (tier.tier !== '不予处罚') return `档次“${tier.tier}”未写倍数或金额`;
  return undefined;
}

/**
 * The recommendation for the main fine of a computed result: 不予处罚 under 第三十三条;
 * the jurisdiction's tier whose condition the facts meet; 从轻 with 减轻 as an
 * alternative under 第三十二条; else the whole statutory range (一般).
 */
export function recommendForFine(input: {
  articleKey: string;
  facts: CheckedFacts;
  fine: Measure | undefined;
  statutoryMultiple?: { min: Rational; max: Rational };
  punishable: boolean;
  jurisdiction?: string;
  onDate?: string;
  data?: DiscretionData;
}): DiscretionRecommendation | undefined {
  const { facts, fine } = input;
  const data = input.data ?? loadDiscretionData();
  const warnings: string[] = [];
  const alternatives: DiscretionAlternative[] = [];
  if (!input.punishable && !fine) return undefined;
  if (!fine) return undefined;
  const statMin = fine.minFen;
  const statMax = fine.maxFen;
  const common = { statutoryMinFen: statMin, statutoryMaxFen: statMax, alternatives, warnings };

  const exemption = exemptionCheck(facts.flags);
  if (exemption.outcome === 'shall') {
    return {
      ...common,
      tier: '不予处罚',
      reasons: [...exemption.reasons, `依据：${exemption.citation}`],
      figureFen: 0,
      outsideStatutoryRange: false,
      legalGround: exemption.citation,
    };
  }

  const benchmark = input.jurisdiction ? benchmarkFor(input.jurisdiction, input.onDate, data) : undefined;
  if (input.jurisdiction && !benchmark) {
    warnings.push(`${input.jurisdiction}在 ${input.onDate ?? '当前'} 没有已起用的裁量基准`);
  }
  if (benchmark?.successor && input.onDate && input.onDate >= benchmark.successor.date) {
    warnings.push(`${benchmark.title}可能已被 ${benchmark.successor.date}《${benchmark.successor.title}》取代：${benchmark.successor.note}`);
  }
  const rule = benchmark?.rules.find((r) => r.articles.includes(input.articleKey));
  const benchmarkInfo = benchmark
    ? { title: benchmark.title, validFrom: benchmark.validFrom, file: benchmark.file, source: benchmark.source.url ?? benchmark.source.note }
    : undefined;

  const grounds = mitigationGrounds(facts.flags);
  if (exemption.outcome === 'may') {
    alternatives.push({ tier: '不予处罚', reason: exemption.reasons.join('；'), citation: exemption.citation, minFen: 0, maxFen: 0 });
  }
  if (grounds.length > 0 && statMin !== undefined && statMin > 0) {
    alternatives.push({
      tier: '减轻',
      reason: `${grounds.map((g) => g.text).join('；')}：应当从轻或者减轻；减轻即在法定最低额 ${formatYuan(statMin)} 以下确定`,
      citation: grounds.map((g) => g.citation).join('、'),
      minFen: 0,
      maxFen: statMin,
      outsideStatutoryRange: true,
    });
  }

  let tierData: TierData | undefined;
  let base: number | undefined;
  if (rule) {
    base = rule.base.map((f) => facts.amounts[f as keyof Amounts]).find((v) => v !== undefined);
    tierData = rule.tiers.find((t) => matches(t.when, facts, base));
    if (grounds.length > 0) {
      const lighter = rule.tiers.find((t) => t.tier === '从轻');
      if (lighter && tierData && TIERS.indexOf(tierData.tier) > TIERS.indexOf('从轻')) tierData = lighter;
    }
    if (!tierData) warnings.push(`${benchmark!.title}对 ${input.articleKey} 没有与本案事实相符的档次`);
  }

  if (tierData && rule) {
    const violation = tierViolation(tierData, { multiple: input.statutoryMultiple, minFen: statMin, maxFen: statMax });
    if (violation) throw new Error(`${benchmark!.file}：${violation}`);
    const reasons = [
      `${benchmark!.title}（${benchmark!.validFrom} 起用）：${tierData.text}`,
      ...(rule.tierNote ? [rule.tierNote] : []),
      ...(grounds.length ? [`${grounds.map((g) => g.text).join('；')}：应当从轻或者减轻（${grounds.map((g) => g.citation).join('、')}），取从轻档`] : []),
    ];
    const baseFen = fine.baseFen ?? base;
    if (tierData.multiple && baseFen !== undefined) {
      if ('fixed' in tierData.multiple) {
        const m = parseRational(tierData.multiple.fixed);
        const v = multiplyFen(baseFen, m, 'half-up');
        return {
          ...common,
          tier: tierData.tier,
          reasons: [...reasons, `${formatYuan(baseFen)} × ${formatRational(m)} = ${formatYuan(v.fen)}`],
          multiple: `${formatRational(m)}倍`,
          minFen: v.fen,
          maxFen: v.fen,
          figureFen: v.fen,
          outsideStatutoryRange: tierData.tier === '减轻',
          ...(tierData.legalGround ? { legalGround: tierData.legalGround } : {}),
          rounding: v.rounded ? roundingText('half-up') : '无需舍入（结果为整分）',
          jurisdiction: input.jurisdiction,
          benchmark: benchmarkInfo,
        };
      }
      const lo = multiplyFen(baseFen, parseRational(tierData.multiple.min), 'up');
      const hi = multiplyFen(baseFen, parseRational(tierData.multiple.max), 'down');
      return {
        ...common,
        tier: tierData.tier,
        reasons: [...reasons, `${formatYuan(baseFen)} × ${tierData.multiple.min}～${tierData.multiple.max} 倍 = ${formatYuan(lo.fen)}～${formatYuan(hi.fen)}，在此幅度内确定`],
        multiple: `${tierData.multiple.min}–${tierData.multiple.max}倍`,
        minFen: lo.fen,
        maxFen: hi.fen,
        outsideStatutoryRange: tierData.tier === '减轻',
        ...(tierData.legalGround ? { legalGround: tierData.legalGround } : {}),
        rounding: lo.rounded || hi.rounded ? '下限向上取整到分、上限向下取整到分' : '无需舍入（结果为整分）',
        jurisdiction: input.jurisdiction,
        benchmark: benchmarkInfo,
      };
    }
    if (tierData.fineFen) {
      return {
        ...common,
        tier: tierData.tier,
        reasons,
        minFen: tierData.fineFen.min,
        maxFen: tierData.fineFen.max,
        outsideStatutoryRange: tierData.tier === '减轻',
        ...(tierData.legalGround ? { legalGround: tierData.legalGround } : {}),
        jurisdiction: input.jurisdiction,
        benchmark: benchmarkInfo,
      };
    }
  }

  // No benchmark tier: the statutory range itself.
  // That no local benchmark is loaded is a warning for the officers and the reviewer, never a
  // ground printed on the 告知书 or the 决定书 (the grounds below are).
  const reasons: string[] = [];
  if (!rule) {
    warnings.push(
      input.jurisdiction
        ? `${input.jurisdiction}未录入 ${input.articleKey} 的裁量基准：在法定幅度内裁量`
        : '未指定地区，不适用地方裁量基准：在法定幅度内裁量',
    );
  }
  // 拒不改正, 逾期… are elements of the offences that carry a fine, not aggravating circumstances.
  const aggravating = facts.flags.filter((f) => f === '情节严重' || f === '造成严重后果');
  if (grounds.length > 0) {
    reasons.push(`${grounds.map((g) => g.text).join('；')}：应当从轻或者减轻（${grounds.map((g) => g.citation).join('、')}），在法定幅度内从轻确定，或减轻`);
  } else if (aggravating.length > 0) {
    reasons.push(`有${aggravating.join('、')}情节，可在法定幅度内从重确定`);
  } else {
    reasons.push('没有从轻、减轻或者从重处罚的情节，在法定幅度内裁量');
  }
  return {
    ...common,
    tier: grounds.length > 0 ? '从轻' : aggravating.length > 0 ? '从重' : '一般',
    reasons,
    ...(fine.baseFen !== undefined && input.statutoryMultiple
      ? { multiple: `${formatRational(input.statutoryMultiple.min)}–${formatRational(input.statutoryMultiple.max)}倍` }
      : {}),
    minFen: statMin,
    maxFen: statMax,
    outsideStatutoryRange: false,
    jurisdiction: input.jurisdiction,
    benchmark: benchmarkInfo,
  };
}
