// Which body hears a 行政复议 against a bureau's decision, by the 行政复议法 in force on the
// decision date (data/law: the 2017 text until 2023-12-31, the 2023 revision from 2024-01-01,
// its 第九十条), and the remedy a document tells the party about.
import { loadCorpus } from '../../law/index.js';
import type { BureauConfig } from './bureaus.js';
import { periodById, statutoryPeriod } from './config.js';
import { DocumentError } from './format.js';
import { 行政复议法 } from './law-texts.js';
import type { Remedy } from './schemas.js';

export interface ReconsiderationRule {
  /** version date of the 行政复议法 text in data/law */
  lawVersion: string;
  file: string;
  /** the article naming the 复议机关, and its words */
  article: string;
  quote: string;
  /** the 复议机关 for a bureau (a 县级以上地方人民政府工作部门) */
  bodies(bureau: BureauConfig): string[];
  /** the application period: its id in data/law/periods.json */
  periodId: string;
}

/** One rule per version of the 行政复议法 in data/law; law-texts and the tests read each quote back. */
export const RECONSIDERATION_RULES: readonly ReconsiderationRule[] = [
  {
    lawVersion: '2017-09-01',
    file: '行政复议法-2017.md',
    article: '第十二条第一款',
    quote: '对县级以上地方各级人民政府工作部门的具体行政行为不服的，由申请人选择，可以向该部门的本级人民政府申请行政复议，也可以向上一级主管部门申请行政复议',
    bodies: (b) => [b.government, b.parentDepartment],
    periodId: '行政复议申请期限（2017）',
  },
  {
    lawVersion: '2023-09-01',
    file: '行政复议法-2023.md',
    article: '第二十四条第一款第（一）项',
    quote: '对本级人民政府工作部门作出的行政行为不服的',
    bodies: (b) => [b.government],
    periodId: '行政复议申请期限',
  },
];

/** The rule of the 行政复议法 version in force on `decisionDate`. */
export function reconsiderationRuleOn(decisionDate: string): ReconsiderationRule {
  const version = loadCorpus().version(行政复议法, decisionDate);
  const rule = version && RECONSIDERATION_RULES.find((r) => r.lawVersion === version.version);
  if (!rule) {
    throw new DocumentError('CONFIG', `没有${version ? ` ${version.version} 版` : ''}《行政复议法》的复议机关规则（${decisionDate}），请在 reconsideration.ts 中补充`);
  }
  return rule;
}

export interface Reconsideration {
  /** one body, or two the applicant chooses between */
  bodies: string[];
  rule: ReconsiderationRule;
}

/** The 复议机关 of a bureau's decision made on `decisionDate`. */
export function reconsiderationFor(bureau: BureauConfig, decisionDate: string): Reconsideration {
  const rule = reconsiderationRuleOn(decisionDate);
  return { bodies: rule.bodies(bureau), rule };
}

/** 复议 and 诉讼 as a document tells them: bodies and period by the law in force, the court (or a line to fill). */
export function remedyFor(bureau: BureauConfig, decisionDate: string): Remedy {
  const { bodies, rule } = reconsiderationFor(bureau, decisionDate);
  const litigation = statutoryPeriod('litigation');
  return {
    reconsideration: {
      bodies,
      period: periodById(rule.periodId),
      basis: { law: 行政复议法, article: rule.article, quote: rule.quote },
    },
    litigation: {
      period: litigation,
      ...(bureau.court ? { court: bureau.court } : {}),
    },
  };
}
