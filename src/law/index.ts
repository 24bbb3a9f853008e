// Public entry of the law module: statutes as data, citations, sanction rules, calendar.
export { loadCorpus, loadCorpusFrom, normaliseTitle, shortTitleOf, statuteLevel, DEFAULT_LAW_DIR } from './corpus.js';
export type { Corpus, Statute, StatuteVersion, Article, Paragraph, ArticleItem } from './corpus.js';
export { parseNumeral, chineseNumeral, asciiDigits } from './numerals.js';
export { parseCitations, resolveCitation, resolveRef } from './citations.js';
export type { ParsedCitation, ArticleRef, ResolvedRef, UnresolvedReason } from './citations.js';
export * from './sanctions/index.js';
export { loadRewardData, rewardDocumentsFor, rewardCapFor, RewardDataError, REWARD_DIR } from './rewards.js';
export type { RewardDocument, RewardRule, RewardCap } from './rewards.js';
export * from './calendar/index.js';
