// computePenalty: facts in, measures out. The rule of the article decides the 款 and the
// measures; the general rules of 行政处罚法 then apply: the law in force at the time of
// the act (第三十七条), the time bar (第三十六条), 不予处罚 (第三十三条); the discretion
// benchmark of the jurisdiction narrows the main fine; the procedure requirements follow.
import { findRule } from './registry.js';
import { RuleContext, type SanctionRule } from './rule.js';
import { articleSource } from './text.js';
import { verifyParameter } from './verify.js';
import { applicableLaw, educationMeasure, exemptionCheck, limitationCheck } from './general.js';
import { assertJurisdiction, recommendForFine, type DiscretionRecommendation } from './discretion.js';
import { procedureRequirements } from './procedure.js';
import { isValidDate } from '../calendar/dates.js';
import { checkFacts, partyClass, PenaltyError, type CheckedFacts, type Measure, type PenaltyFacts, type PenaltyResult } from './types.js';

export interface ComputeOptions {
  /** 地区 whose 裁量基准 and procedure thresholds apply (a folder of data/discretion). */
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

export function computePenalty(article: string, facts: PenaltyFacts, options: ComputeOptions = {}): PenaltyResult {
  const checked: CheckedFacts = checkFacts(facts);
  if (options.onDate !== undefined && !isValidDate(options.onDate)) {
    throw new PenaltyError('BAD_FACTS', `计算日 onDate 应为有效的 YYYY-MM-DD 日期：${options.onDate}`);
  }
  for (const d of ['actBegan', 'actEnded', 'discovered', 'unpaidSince'] as const) {
    const v = checked[d];
    if (v !== undefined && !isValidDate(v)) throw new PenaltyError('BAD_FACTS', `日期 ${d} 无效：${v}`);
  }
  if (options.jurisdiction) assertJurisdiction(options.jurisdiction);

  const reasons: string[] = [];
  const warnings: string[] = [];
  let rule = findRule(article);
  for (let hops = 0; rule.redirect && hops < 3; hops++) {
    const r = rule.redirect(checked);
    if (!r) break;
    reasons.push(r.reason);
    rule = findRule(r.to);
  }
  if (!rule.parties.includes(checked.party)) {
    throw new PenaltyError(
      'PARTY_MISMATCH',
      `${rule.key} 适用于${rule.parties.join('、')}，不适用于当事人“${checked.party}”`,
    );
  }

  const actDate = checked.actEnded ?? checked.actBegan;
  const law = rule.restsOnQuote ? undefined : applicableLaw(rule.statute, actDate, options.onDate);
  const source = articleSource(rule.statute, rule.article, law?.actVersion ?? actDate);
  if (!source) throw new PenaltyError('UNKNOWN_ARTICLE', `${rule.key} 的条文文本不在语料中`);
  const base = {
    article,
    appliedArticle: rule.key,
    statute: source.statute,
    ...(source.version ? { version: source.version } : {}),
    party: checked.party,
    partyClass: partyClass(checked.party),
    restsOnQuote: source.restsOnQuote,
  };
  if (source.restsOnQuote) {
    warnings.push(
      `《${source.statute}》全文不在语料中，${source.label}仅据种子清单引文（${source.quoteSource?.file} 第${source.quoteSource?.line}行）${source.quoteNote ? `：${source.quoteNote}` : ''}`,
    );
  }
  if (law) {
    if (!law.inForceAtAct) {
      return {
        ...base,
        punishable: false,
        reasons: [...reasons, `${law.reason}（${law.citation}）`],
        measures: [],
        paragraphs: [],
        withheldMeasures: [],
        limitation: limitationCheck(checked),
        warnings,
      };
    }
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

  const ctx = new RuleContext(rule, checked, source, options.onDate);
  rule.apply(ctx);
  reasons.push(...ctx.reasons);
  warnings.push(...ctx.warnings);
  let measures: Measure[] = ctx.measures;
  const withheld: Measure[] = [];

  // 第三十六条: the time bar removes 行政处罚, not corrective orders.
  const limitation = limitationCheck(checked);
  if (limitation.barred) {
    withheld.push(...measures.filter((m) => m.penalty));
    measures = measures.filter((m) => !m.penalty);
    reasons.push(`${limitation.reason}（${limitation.citation}）`);
  } else if (!limitation.determined) {
    warnings.push(limitation.reason);
  }

  // 第三十三条: 不予行政处罚 (shall) removes the penalties and requires 教育.
  const exemption = exemptionCheck(checked.flags);
  if (exemption.outcome === 'shall' && measures.some((m) => m.penalty)) {
    withheld.push(...measures.filter((m) => m.penalty));
    measures = [...measures.filter((m) => !m.penalty), educationMeasure()];
    reasons.push(`${exemption.reasons.join('；')}（${exemption.citation}）`);
  } else if (exemption.outcome === 'may') {
    reasons.push(`${exemption.reasons.join('；')}（${exemption.citation}）：是否处罚由行政机关裁量`);
  }

  const punishable = measures.some((m) => m.penalty);
  if (!punishable && !limitation.barred && exemption.outcome !== 'shall') {
    reasons.push('依本条及已认定的事实，不给予行政处罚（仅有责令改正、退回等措施，或条件未成就）');
  }

  // The main fine (on the unit or the party) and its statutory multiple, for discretion.
  const isMainFine = (m: Measure) => m.kind === '罚款' && (m.target === '单位' || m.target === '当事人');
  // Under 第三十三条 (shall) the withheld fine still gets its recommendation: 不予处罚, 0.
  const exempted = exemption.outcome === 'shall' && !limitation.barred;
  const mainFine = measures.find(isMainFine) ?? (exempted ? withheld.find(isMainFine) : undefined);
  const multipleParam = mainFine?.parameters
    ?.map((id) => rule.parameters.find((p) => p.id === id))
    .find((p) => p?.value.kind === 'multiple');
  const statutoryMultiple = multipleParam?.value.kind === 'multiple' ? { min: multipleParam.value.min, max: multipleParam.value.max } : undefined;
  let discretion: DiscretionRecommendation | undefined;
  if ((punishable || exempted) && mainFine) {
    discretion = recommendForFine({
      articleKey: rule.key,
      facts: checked,
      fine: mainFine,
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

  return {
    ...base,
    punishable,
    reasons,
    measures,
    paragraphs: [...ctx.paragraphs].sort((a, b) => a - b),
    withheldMeasures: withheld,
    limitation,
    warnings,
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
