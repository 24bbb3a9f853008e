// Every sanction rule, by statute and article.
import { MEDICAL_FUND_REGULATION_RULES } from './rules/medical-fund-regulation.js';
import { SOCIAL_INSURANCE_LAW_RULES } from './rules/social-insurance-law.js';
import { SOCIAL_ASSISTANCE_RULES } from './rules/social-assistance.js';
import { BASIC_HEALTHCARE_LAW_RULES } from './rules/basic-healthcare-law.js';
import { CONTRIBUTION_REGULATION_RULES } from './rules/contribution-regulation.js';
import { QUOTED_RULES } from './rules/quoted-rules.js';
import { SOCIAL_INSURANCE_PROVISIONS_RULES } from './rules/social-insurance-provisions.js';
import { GENERAL_PARAMETERS } from './general.js';
import type { SanctionRule } from './rule.js';
import type { StatutoryParameter } from './parameters.js';
import { fullTitleOf } from './text.js';
import { parseNumeral } from '../numerals.js';
import { PenaltyError } from './types.js';

export const SANCTION_RULES: readonly SanctionRule[] = [
  ...MEDICAL_FUND_REGULATION_RULES,
  ...SOCIAL_INSURANCE_LAW_RULES,
  ...SOCIAL_ASSISTANCE_RULES,
  ...BASIC_HEALTHCARE_LAW_RULES,
  ...CONTRIBUTION_REGULATION_RULES,
  ...SOCIAL_INSURANCE_PROVISIONS_RULES,
  ...QUOTED_RULES,
];

/** Every statutory parameter used anywhere (rules and general rules). */
export function allParameters(): StatutoryParameter[] {
  return [...SANCTION_RULES.flatMap((r) => r.parameters), ...GENERAL_PARAMETERS];
}

export interface SanctionRuleInfo {
  key: string;
  statute: string;
  fullTitle: string;
  article: number;
  parties: readonly string[];
  conduct: string;
  restsOnQuote: boolean;
  /** Rules that only send the case to another article (基本医疗卫生与健康促进法 104). */
  redirectOnly: boolean;
  parameters: string[];
}

/** Which articles have rules (for coverage checks and the CLI's help). */
export function listSanctionRules(): SanctionRuleInfo[] {
  return SANCTION_RULES.map((r) => ({
    key: r.key,
    statute: r.statute,
    fullTitle: fullTitleOf(r.statute) ?? r.statute,
    article: r.article,
    parties: r.parties,
    conduct: r.conduct,
    restsOnQuote: !!r.restsOnQuote,
    redirectOnly: !!r.redirectOnly,
    parameters: r.parameters.map((p) => p.id),
  }));
}

/** Whether a rule exists for a statute (any name the corpus knows) and article. */
export function hasSanctionRule(statute: string, article: number): boolean {
  const title = fullTitleOf(statute) ?? statute;
  return SANCTION_RULES.some((r) => r.article === article && (fullTitleOf(r.statute) ?? r.statute) === title);
}

/**
 * Parses 'STATUTE:ARTICLE' or 'STATUTE:ARTICLE:ITEM' (article and 项 in digits or Chinese
 * numerals, 第…条 and （…） accepted) and finds the article's rule.
 */
export function parseArticleKey(key: string): { rule: SanctionRule; item?: number } {
  const m = /^(.+?)[:：]\s*(?:第)?([0-9０-９零〇一二两三四五六七八九十百千]+)(?:条)?(?:[:：]\s*(?:第)?[（(]?([0-9０-９一二三四五六七八九十]+)[）)]?(?:项)?)?$/.exec(key.trim());
  const known = () => SANCTION_RULES.map((r) => r.key).join('、');
  if (!m) throw new PenaltyError('UNKNOWN_ARTICLE', `条文“${key}”格式应为 法规简称:条号 或 法规简称:条号:项号（如 医疗保障基金使用监督管理条例:38:2）`);
  const article = parseNumeral(m[2]!);
  const item = m[3] !== undefined ? parseNumeral(m[3]) : undefined;
  const title = fullTitleOf(m[1]!.trim());
  const rule =
    article !== undefined && title !== undefined
      ? SANCTION_RULES.find((r) => r.article === article && (fullTitleOf(r.statute) ?? r.statute) === title)
      : undefined;
  if (!rule) {
    throw new PenaltyError(
      'UNKNOWN_ARTICLE',
      title === undefined
        ? `未知法规“${m[1]}”（条文 ${key}）；已有处罚规则的条文：${known()}`
        : `《${title}》第${m[2]}条没有处罚规则；已有处罚规则的条文：${known()}`,
    );
  }
  return { rule, ...(item !== undefined ? { item } : {}) };
}

/** The rule of 'STATUTE:ARTICLE[:ITEM]'. */
export function findRule(key: string): SanctionRule {
  return parseArticleKey(key).rule;
}
