// The shape of a sanction rule and the helpers rules use to state their measures. A rule
// reads the facts, decides which 款 of its article they fall under and lists the
// measures with the citation and quoted text of that 款; every figure comes from a
// StatutoryParameter (see parameters.ts).
import type { Amounts, CheckedFacts, Citation, Flag, Measure, MeasureKind, MeasureTarget, Party } from './types.js';
import { PenaltyError } from './types.js';
import { citationOf, citeOf, paragraphText, type ArticleSource } from './text.js';
import {
  fenParam,
  monthsParam,
  multipleParam,
  yearsParam,
  periodParam,
  type StatutoryParameter,
} from './parameters.js';
import { formatRational, formatYuan, multiplyFen, roundingText } from '../money.js';

export interface SanctionRule {
  /** 'STATUTE:ARTICLE' with the short title, e.g. 医疗保障基金使用监督管理条例:40 */
  key: string;
  /** Short title as in data/law file names (or the quoted statute's title). */
  statute: string;
  article: number;
  /** Who the article addresses. */
  parties: readonly Party[];
  /** The conduct, in a few Chinese words. */
  conduct: string;
  /** Every number the rule uses, with its phrase in the statute. */
  parameters: readonly StatutoryParameter[];
  /** True when the article's text is known only from a seed quote. */
  restsOnQuote?: boolean;
  /** True for an article that sets no measure and only sends the case to another (基本医疗卫生与健康促进法 104). */
  redirectOnly?: boolean;
  /**
   * When the facts put the case under another article (条例 38 with a fraud purpose →
   * 条例 40 ②; 基本医疗卫生与健康促进法 104 → the social-insurance rule for the party and the
   * date of the act), its key, why, and the circumstances the facts establish by that
   * article's own words (104's 以欺诈…骗取 is the fraud purpose of 条例 41 ②).
   */
  redirect?(facts: CheckedFacts, when: { actDate?: string }): Redirect | undefined;
  /**
   * For an act done before this statute took effect: the article in force at the time of
   * the act that the act is judged under (行政处罚法 第三十七条), or undefined when no
   * earlier provision punished it.
   */
  before?(facts: CheckedFacts, when: { actDate: string }): Redirect | undefined;
  apply(ctx: RuleContext): void;
}

export interface Redirect {
  to: string;
  reason: string;
  implies?: Flag[];
}

export function defineRule(rule: Omit<SanctionRule, 'key'>): SanctionRule {
  return { ...rule, key: `${rule.statute}:${rule.article}` };
}

const AMOUNT_LABEL: Record<keyof Amounts, string> = {
  defraudedFen: '骗取金额（amounts.defraudedFen）',
  lossFen: '造成损失金额（amounts.lossFen）',
  unpaidFen: '应缴/欠缴数额（amounts.unpaidFen）',
  bidFen: '中标项目金额（amounts.bidFen）',
  illegalGainsFen: '违法所得（amounts.illegalGainsFen）',
  unitFineFen: '对单位的罚款数额（amounts.unitFineFen）',
};

type MeasureInput = Omit<Measure, 'citation' | 'quote' | 'cite' | 'id'> & { paragraph: number };

/** What a rule sees while it applies: the facts, its article and the result so far. */
export class RuleContext {
  readonly measures: Measure[] = [];
  readonly reasons: string[] = [];
  readonly warnings: string[] = [];
  readonly paragraphs = new Set<number>();

  constructor(
    readonly rule: SanctionRule,
    readonly facts: CheckedFacts,
    readonly source: ArticleSource,
    /** The date the computation is made for (decision date); amounts running by the day stop here. */
    readonly asOf?: string,
    /** The 项 of the article the conduct falls under (条例 第三十八条第（二）项), when known. */
    readonly item?: number,
  ) {}

  has(flag: Flag): boolean {
    return this.facts.flags.includes(flag);
  }

  anyOf(...flags: Flag[]): boolean {
    return flags.some((f) => this.has(f));
  }

  amount(field: keyof Amounts): number | undefined {
    return this.facts.amounts[field];
  }

  /** An amount the article needs; PenaltyError MISSING_AMOUNT when absent. */
  requireAmount(field: keyof Amounts, why: string): number {
    const v = this.facts.amounts[field];
    if (v === undefined) {
      throw new PenaltyError(
        'MISSING_AMOUNT',
        `${this.rule.key} 需要${AMOUNT_LABEL[field]}：${why}`,
      );
    }
    return v;
  }

  citation(paragraph: number): string {
    return citationOf(this.source, paragraph);
  }

  quote(paragraph: number): string {
    const p = this.source.paragraphs.find((x) => x.number === paragraph);
    if (!p) throw new Error(`${this.rule.key} 没有第${paragraph}款`);
    return p.text;
  }

  /** The whole paragraph with its 项 (for the 告知书/决定书). */
  paragraphText(paragraph: number): string {
    return paragraphText(this.source, paragraph);
  }

  reason(text: string): void {
    this.reasons.push(text);
  }

  /** The structured citation of a paragraph, with the case's 项 when that paragraph has items. */
  cite(paragraph: number): Citation {
    const p = this.source.paragraphs.find((x) => x.number === paragraph);
    const item = this.item !== undefined && p?.items.some((i) => i.number === this.item) ? this.item : undefined;
    return citeOf(this.source, paragraph, item);
  }

  add(m: MeasureInput): Measure {
    const { paragraph, ...rest } = m;
    this.paragraphs.add(paragraph);
    const cite = this.cite(paragraph);
    const referral = !!rest.authority && !/医疗保障行政部门/.test(rest.authority);
    const measure: Measure = {
      id: `${rest.kind}@${rest.target ?? '当事人'}`,
      ...rest,
      citation: cite.text,
      quote: this.quote(paragraph),
      cite,
      ...(referral ? { referral: true } : {}),
      ...(this.source.restsOnQuote ? { restsOnQuote: true } : {}),
    };
    this.measures.push(measure);
    return measure;
  }

  /** 罚款: base amount × [min, max] multiple; min rounded up, max down (stays inside the range). */
  fineByMultiple(opts: {
    paragraph: number;
    param: StatutoryParameter;
    baseFen: number;
    baseLabel: string;
    target: MeasureTarget;
    mandatory?: boolean;
    condition?: string;
  }): Measure {
    const { min, max } = multipleParam(opts.param);
    const lo = multiplyFen(opts.baseFen, min, 'up');
    const hi = multiplyFen(opts.baseFen, max, 'down');
    const rounded = lo.rounded || hi.rounded;
    return this.add({
      kind: '罚款',
      mandatory: opts.mandatory ?? true,
      penalty: true,
      minFen: lo.fen,
      maxFen: hi.fen,
      baseFen: opts.baseFen,
      target: opts.target,
      paragraph: opts.paragraph,
      computation: `${opts.baseLabel} ${formatYuan(opts.baseFen)} × ${formatRational(min)} = ${formatYuan(lo.fen)}；× ${formatRational(max)} = ${formatYuan(hi.fen)}`,
      rounding: rounded
        ? `下限${roundingText('up')}、上限${roundingText('down')}，以免越出法定幅度`
        : '无需舍入（结果为整分）',
      parameters: [opts.param.id],
      ...(opts.condition ? { condition: opts.condition } : {}),
    });
  }

  /** 罚款 with a fixed range in yuan (1万元以上5万元以下 …). */
  fineByAmount(opts: {
    paragraph: number;
    param: StatutoryParameter;
    target: MeasureTarget;
    mandatory?: boolean;
    condition?: string;
  }): Measure {
    const { min, max } = fenParam(opts.param);
    return this.add({
      kind: '罚款',
      mandatory: opts.mandatory ?? true,
      penalty: true,
      ...(min !== undefined ? { minFen: min } : {}),
      ...(max !== undefined ? { maxFen: max } : {}),
      target: opts.target,
      paragraph: opts.paragraph,
      computation: `法定幅度 ${min !== undefined ? formatYuan(min) : ''}至 ${max !== undefined ? formatYuan(max) : ''}`,
      parameters: [opts.param.id],
      ...(opts.condition ? { condition: opts.condition } : {}),
    });
  }

  /** A suspension or other measure measured in months. */
  months(opts: {
    paragraph: number;
    param: StatutoryParameter;
    kind: MeasureKind;
    target?: MeasureTarget;
    mandatory?: boolean;
    condition?: string;
  }): Measure {
    const { min, max } = monthsParam(opts.param);
    return this.add({
      kind: opts.kind,
      mandatory: opts.mandatory ?? true,
      penalty: true,
      minMonths: min,
      maxMonths: max,
      paragraph: opts.paragraph,
      parameters: [opts.param.id],
      ...(opts.target ? { target: opts.target } : {}),
      ...(opts.condition ? { condition: opts.condition } : {}),
    });
  }

  /** A measure measured in years (取消投标资格 二年至五年; 5年内禁止). */
  years(opts: {
    paragraph: number;
    param: StatutoryParameter;
    kind: MeasureKind;
    target?: MeasureTarget;
    mandatory?: boolean;
    penalty?: boolean;
  }): Measure {
    const v = opts.param.value;
    const range = v.kind === 'years' ? yearsParam(opts.param) : { min: periodParam(opts.param), max: periodParam(opts.param) };
    return this.add({
      kind: opts.kind,
      mandatory: opts.mandatory ?? true,
      penalty: opts.penalty ?? true,
      minYears: range.min,
      maxYears: range.max,
      paragraph: opts.paragraph,
      parameters: [opts.param.id],
      ...(opts.target ? { target: opts.target } : {}),
    });
  }
}
