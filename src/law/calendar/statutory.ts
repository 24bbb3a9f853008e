// Statutes that say some of their "日" are working days. Each rule quotes its clause;
// statutory.test.ts reads the numbers back out of data/law.

export type DayRuleStatute = '行政处罚法' | '行政强制法' | '行政复议法';

export interface WorkingDayRule {
  statute: DayRuleStatute;
  /** Statute file in data/law and the article. */
  file: string;
  article: string;
  /** The clause as it reads. */
  quote: string;
  /** Is a period of `amount` 日 under this statute counted in working days? */
  appliesTo(amount: number): boolean;
  /** The amounts named, for the test (or the upper bound for 以内). */
  amounts: readonly number[];
  upTo?: number;
}

export const WORKING_DAY_RULES: Readonly<Record<DayRuleStatute, WorkingDayRule>> = {
  行政处罚法: {
    statute: '行政处罚法',
    file: '行政处罚法-2021.md',
    article: '第八十五条',
    quote: '本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。',
    amounts: [2, 3, 5, 7],
    appliesTo: (n) => [2, 3, 5, 7].includes(n),
  },
  行政强制法: {
    statute: '行政强制法',
    file: '行政强制法-2011.md',
    article: '第六十九条',
    quote: '本法中十日以内期限的规定是指工作日，不含法定节假日。',
    amounts: [],
    upTo: 10,
    appliesTo: (n) => n <= 10,
  },
  行政复议法: {
    statute: '行政复议法',
    file: '行政复议法-2023.md',
    article: '第八十八条第二款',
    quote: '本法关于行政复议期间有关“三日”、“五日”、“七日”、“十日”的规定是指工作日，不含法定休假日。',
    amounts: [3, 5, 7, 10],
    appliesTo: (n) => [3, 5, 7, 10].includes(n),
  },
};
