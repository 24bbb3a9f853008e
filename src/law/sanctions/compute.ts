// computePenalty: facts in, measures out. The rule of the article decides the 款 and the
// measures; the general rules of 行政处罚法 then apply: the law in force at the time of
// the act, or the later law when it is lighter (第三十七条), the time bar under the rule in
// force while the period ran (第三十六条), 不予处罚 and 教育 (第三十三条); the discretion
// benchmark of the jurisdiction narrows the main fine; the procedure requirements follow.
import { loadCorpus } from '../corpus.js';
import { parseArticleKey, findRule } from './registry.js';
import { RuleContext, type Redirect, type SanctionRule } from './rule.js';
import { articleSource } from './text.js';
import { verifyParameter } from './verify.js';
import { applicableLaw, educationMeasure, exemptionCheck, limitationCheck } from './general.js';
import { recommendForFine, resolveJurisdictionPath, type DiscretionRecommendation } from './discretion.js';
import { procedureRequirements } from './procedure.js';
import { isValidDate } from '../calendar/dates.js';
import { checkFacts, partyClass, PenaltyError, type CheckedFacts, type Flag, type Measure, type PenaltyFacts, type PenaltyResult } from './types.js';

export interface ComputeOptions {
  /** 地区: a jurisdiction path (山西省/阳泉市) or name (河南) whose 裁量基准 and procedure thresholds apply, walking up the path. */
  jurisdiction?: string;
  /** Date of the decision (YYYY-MM-DD): dated thresholds, late fees and the later law (第三十七条). */
  onDate?: string;
}

/** Checks that every parameter phrase of a rule is in the article version applied. */
function parameterDrift(rule: SanctionRule, actDate: string | undefined): string[] {
  return rule.parameters.flatMap((p) => verifyParameter(p, undefined, actDate)).map((w) => `${w}（规则需按适用版本核对）`);
}

/**
 * 第三十七条: does the version in force on the decision date still say what the rule's
 * parameters say? If so the penalty is the same under both; if not, the two must be
 * compared and the lighter applies.
 */
export function compareWithLaterVersion(rule: SanctionRule, decisionDate: string): { same: boolean; problems: string[] } {
  const problems = rule.parameters.flatMap((p) => verifyParameter(p, undefined, decisionDate));
  return { same: problems.length === 0, problems };
}

/** The day a rule's statute first took effect, when the corpus knows it. */
function inForceFrom(rule: SanctionRule): string | undefined {
  return rule.restsOnQuote ? undefined : loadCorpus().statute(rule.statute)?.inForceFrom;
}

/** Follows the redirects of the rules from an article to the one the facts fall under. */
function follow(start: SanctionRule, facts: CheckedFacts, actDate: string | undefined, reasons: string[]): { rule: SanctionRule; facts: CheckedFacts } {
  let rule = start;
  let current = facts;
  const apply = (r: Redirect) => {
    reasons.push(r.reason);
    if (r.implies?.length) {
      const added = r.implies.filter((f) => !current.flags.includes(f));
      if (added.length) current = { ...current, flags: [...current.flags, ...added] as Flag[] };
    }
    rule = findRule(r.to);
  };
  for (let hops = 0; hops < 4; hops++) {
    const from = inForceFrom(rule);
    if (actDate && from && actDate < from && rule.before) {
      const r = rule.before(current, { actDate });
      if (!r) break;
      apply(r);
      continue;
    }
    const r = rule.redirect?.(current, { ...(actDate ? { actDate } : {}) });
    if (!r) break;
    apply(r);
  }
  return { rule, facts: current };
}

/** The main fine of a result (on the unit, or on the party), for 第二十九条 and 第三十七条 comparisons. */
function mainFine(measures: readonly Measure[]): Measure | undefined {
  return measures.find((m) => m.kind === '罚款' && (m.target === '单位' || m.target === '当事人'));
}

/**
 * 第三十七条 between two provisions: is `later` lighter than `earlier`? Lighter only when its
 * main fine is lower (the maximum, then the minimum) and it adds no kind of 行政处罚.
 */
export function isLighter(later: readonly Measure[], earlier: readonly Measure[]): boolean {
  const kinds = (ms: readonly Measure[]) => new Set(ms.filter((m) => m.penalty && !m.referral).map((m) => m.kind));
  const added = [...kinds(later)].some((k) => !kinds(earlier).has(k));
  if (added) return false;
  const a = mainFine(later);
  const b = mainFine(earlier);
  if (!a || !b) return kinds(later).size < kinds(earlier).size;
  const [amax, bmax] = [a.maxFen ?? a.amountFen ?? 0, b.maxFen ?? b.amountFen ?? 0];
  if (amax !== bmax) return amax < bmax;
  return (a.minFen ?? a.amountFen ?? 0) < (b.minFen ?? b.amountFen ?? 0);
}

export function computePenalty(article: string, facts: PenaltyFacts, options: ComputeOptions = {}): PenaltyResult {
  const checked: CheckedFacts = checkFacts(facts);
  if (options.onDate !== undefined && !isValidDate(options.onDate)) {
    throw new PenaltyError('BAD_FACTS', `计算日 onDate 应为有效的 YYYY-MM-DD 日期：${options.onDate}`);
  }
  for (const d of ['actBegan', 'actEnded', 'discovered', 'unpaidSince'] as const) {
    const v = checked[d];
    if (v !== undefined && !isValidDate(v)) throw new PenaltyError('BAD_FACTS', `日期 ${d} 无效：${v}`);
  }
  const jurisdiction = options.jurisdiction ? resolveJurisdictionPath(options.jurisdiction) : undefined;
  const opts: ComputeOptions = { ...options, ...(jurisdiction ? { jurisdiction } : {}) };
  const { rule: asked, item } = parseArticleKey(article);
  const actDate = checked.actEnded ?? checked.actBegan;

  const reasons: string[] = [];
  const followed = follow(asked, checked, actDate, reasons);
  const result = computeUnder(article, followed.rule, followed.facts, item, opts, reasons);

  // 第三十七条: an act judged under an earlier provision gets the later one when it is lighter.
  if (followed.rule.statute !== asked.statute && options.onDate && actDate) {
    const laterReasons: string[] = [];
    let later: PenaltyResult | undefined;
    try {
      const atDecision = follow(asked, checked, options.onDate, laterReasons);
      if (atDecision.rule.key !== followed.rule.key) later = computeUnder(article, atDecision.rule, atDecision.facts, item, opts, laterReasons);
    } catch {
      later = undefined; // the later provision needs facts this case does not have: the earlier one stands
    }
    if (later && later.punishable && result.punishable && isLighter(later.measures, result.measures)) {
      later.reasons.unshift(`行为时适用 ${result.appliedArticle}；作出决定时施行的 ${later.appliedArticle} 处罚较轻，依《中华人民共和国行政处罚法》第三十七条适用新的规定`);
      return later;
    }
    if (later) {
      result.reasons.push(`作出决定时施行的 ${later.appliedArticle} 处罚不轻于行为时的规定，依《中华人民共和国行政处罚法》第三十七条适用违法行为发生时的规定（${result.appliedArticle}）`);
    }
  }
  return result;
}

function computeUnder(
  article: string,
  rule: SanctionRule,
  checked: CheckedFacts,
  item: number | undefined,
  options: ComputeOptions,
  reasons: string[],
): PenaltyResult {
  const warnings: string[] = [];
  if (!rule.parties.includes(checked.party)) {
    throw new PenaltyError('PARTY_MISMATCH', `${rule.key} 适用于${rule.parties.join('、')}，不适用于当事人“${checked.party}”`);
  }
  const actDate = checked.actEnded ?? checked.actBegan;
  const law = rule.restsOnQuote ? undefined : applicableLaw(rule.statute, actDate, options.onDate);
  const source = articleSource(rule.statute, rule.article, law?.actVersion ?? actDate);
  if (!source) throw new PenaltyError('UNKNOWN_ARTICLE', `${rule.key} 的条文文本不在语料中`);
  if (item !== undefined && !source.paragraphs.some((p) => p.items.some((i) => i.number === item))) {
    throw new PenaltyError('UNKNOWN_ARTICLE', `${source.label}没有第${item}项`);
  }
  const base = {
    article,
    appliedArticle: rule.key,
    statute: source.statute,
    ...(source.version ? { version: source.version } : {}),
    party: checked.party,
    partyClass: partyClass(checked.party),
    restsOnQuote: source.restsOnQuote,
    ...(item !== undefined ? { item } : {}),
  };
  if (source.restsOnQuote) {
    warnings.push(
      `《${source.statute}》全文不在语料中，${source.label}仅据种子清单引文（${source.quoteSource?.file} 第${source.quoteSource?.line}行）${source.quoteNote ? `：${source.quoteNote}` : ''}`,
    );
  }
  const limitation = limitationCheck(checked);
  if (law) {
    if (!law.inForceAtAct) {
      return {
        ...base,
        punishable: false,
        reasons: [...reasons, `${law.reason}（${law.citation}）`],
        measures: [],
        paragraphs: [],
        withheldMeasures: [],
        limitation,
        warnings,
      };
    }
    if (law.textNote) warnings.push(law.textNote);
    if (law.compareWithLater && options.onDate) {
      const later = compareWithLaterVersion(rule, options.onDate);
      if (later.same) {
        reasons.push(`${law.reason}；新版本（${law.decisionVersion}）本条罚则用语未变，处罚相同，适用行为时的规定（${law.citation}）`);
      } else {
        warnings.push(`${law.reason}；新版本罚则有变化（${later.problems.join('；')}），须比较新旧规定，适用较轻的规定（${law.citation}）`);
      }
    }
    warnings.push(...parameterDrift(rule, law.actVersion ?? actDate));
  }

  const ctx = new RuleContext(rule, checked, source, options.onDate, item);
  rule.apply(ctx);
  reasons.push(...ctx.reasons);
  warnings.push(...ctx.warnings);
  let measures: Measure[] = ctx.measures;
  const withheld: Measure[] = [];
  let education = false;

  // 第三十六条: the time bar removes 行政处罚, not corrective orders.
  if (limitation.barred) {
    withheld.push(...measures.filter((m) => m.penalty));
    measures = measures.filter((m) => !m.penalty);
    reasons.push(`${limitation.reason}（${limitation.citation}）`);
    education = withheld.length > 0;
  } else if (!limitation.determined) {
    warnings.push(limitation.reason);
  }

  // 第三十三条: 不予行政处罚 (shall) removes the penalties.
  const exemption = exemptionCheck(checked.flags);
  if (exemption.outcome === 'shall' && measures.some((m) => m.penalty)) {
    withheld.push(...measures.filter((m) => m.penalty));
    measures = measures.filter((m) => !m.penalty);
    reasons.push(`${exemption.reasons.join('；')}（${exemption.citation}）`);
    education = true;
  } else if (exemption.outcome === 'may') {
    reasons.push(`${exemption.reasons.join('；')}（${exemption.citation}）：是否处罚由行政机关裁量；决定不予行政处罚的，应当对当事人进行教育（第三十三条第三款）`);
  }
  // 第三十三条第三款: whenever a violation is not punished under the law, 教育.
  if (education) {
    measures.push(educationMeasure());
    reasons.push('依法不予行政处罚的，应当对当事人进行教育（《中华人民共和国行政处罚法》第三十三条第三款）');
  }

  const punishable = measures.some((m) => m.penalty);
  if (!punishable && !limitation.barred && exemption.outcome !== 'shall') {
    reasons.push('依本条及已认定的事实，不给予行政处罚（仅有责令改正、退回等措施，或条件未成就）');
  }

  // The main fine and its statutory multiple, for discretion; under 第三十三条 (shall) the
  // withheld fine still gets its recommendation: 不予处罚, 0.
  const exempted = exemption.outcome === 'shall' && !limitation.barred;
  const fine = mainFine(measures) ?? (exempted ? mainFine(withheld) : undefined);
  const multipleParam = fine?.parameters
    ?.map((id) => rule.parameters.find((p) => p.id === id))
    .find((p) => p?.value.kind === 'multiple');
  const statutoryMultiple = multipleParam?.value.kind === 'multiple' ? { min: multipleParam.value.min, max: multipleParam.value.max } : undefined;
  let discretion: DiscretionRecommendation | undefined;
  if ((punishable || exempted) && fine) {
    discretion = recommendForFine({
      articleKey: rule.key,
      facts: checked,
      fine,
      statutoryMultiple,
      punishable,
      jurisdiction: options.jurisdiction,
      onDate: options.onDate,
    });
    if (discretion) warnings.push(...discretion.warnings);
  }

  const procedure = punishable
    ? procedureRequirements({ party: checked.party, measures, jurisdiction: options.jurisdiction, onDate: options.onDate })
    : undefined;
  if (procedure) warnings.push(...procedure.warnings);

  return {
    ...base,
    punishable,
    reasons,
    measures,
    paragraphs: [...ctx.paragraphs].sort((a, b) => a - b),
    withheldMeasures: withheld,
    limitation,
    warnings: [...new Set(warnings)],
    ...(discretion ? { discretion } : {}),
    ...(procedure ? { procedure } : {}),
  };
}

/** The discretion recommendation for an article and facts (computePenalty's, alone). */
export function recommendDiscretion(
  article: string,
  facts: PenaltyFacts,
  options: ComputeOptions = {},
): DiscretionRecommendation | undefined {
  return computePenalty(article, facts, options).discretion;
}

