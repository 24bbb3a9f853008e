// The penalty decision (处罚决定) as one typed value: computed once from the case's own
// article, party, facts, jurisdiction and dates, stored whole in the case, and read by the
// case engine's guards, the documents, the API and the console alike. The `penalty` CLI
// prints the same value for the same facts.
//
// The officers then choose, within it, what to notify and decide (MeasureChoice): an
// amount within each fine's range, months within a suspension's; the checks here say
// whether a choice is lawful under the decision, and what procedure it requires.
import { z } from 'zod';
import { computePenalty, type ComputeOptions } from './compute.js';
import { mitigationGrounds } from './general.js';
import { procedureRequirements, type ProcedureRequirements } from './procedure.js';
import { resolveJurisdictionPath } from './discretion.js';
import { formatYuan } from '../money.js';
import { FLAGS, MEASURE_KINDS, PARTIES, PenaltyFactsSchema, type Flag, type Measure, type PenaltyFacts, type PenaltyResult } from './types.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const CitationSchema = z
  .object({
    statute: z.string(),
    shortTitle: z.string(),
    version: z.string().optional(),
    article: z.number().int().positive(),
    paragraph: z.number().int().positive().optional(),
    item: z.number().int().positive().optional(),
    text: z.string(),
    quote: z.string(),
    restsOnQuote: z.boolean().optional(),
  })
  .strict();
export type CitationValue = z.infer<typeof CitationSchema>;

const fen = z.number().int().nonnegative();

export const DecisionMeasureSchema = z
  .object({
    /** kind@target, unique within the decision */
    id: z.string(),
    kind: z.enum(MEASURE_KINDS),
    /** 行政处罚 (行政处罚法 第九条) or an order/other measure */
    penalty: z.boolean(),
    /** the article says shall (应当/责令/处) */
    mandatory: z.boolean(),
    /** carried out by another authority on referral (吊销执业资格 → 有关主管部门) */
    referral: z.boolean(),
    target: z.string().optional(),
    authority: z.string().optional(),
    condition: z.string().optional(),
    minFen: fen.optional(),
    maxFen: fen.optional(),
    /** a fixed amount (责令退回 the amount defrauded) */
    amountFen: fen.optional(),
    baseFen: fen.optional(),
    minMonths: z.number().int().nonnegative().optional(),
    maxMonths: z.number().int().nonnegative().optional(),
    minYears: z.number().int().nonnegative().optional(),
    maxYears: z.number().int().nonnegative().optional(),
    computation: z.string().optional(),
    rounding: z.string().optional(),
    citation: CitationSchema,
    via: CitationSchema.optional(),
  })
  .strict();
export type DecisionMeasure = z.infer<typeof DecisionMeasureSchema>;

const Requirement = z.object({ required: z.boolean(), reasons: z.array(z.string()), citations: z.array(z.string()) }).strict();
const StandardRef = z.object({ title: z.string(), validFrom: z.string(), file: z.string(), jurisdiction: z.string() }).strict();

export const ProcedureRequirementsSchema = z
  .object({
    simplifiedProcedure: z.object({ eligible: z.boolean(), reasons: z.array(z.string()), citation: z.string() }).strict(),
    hearing: z.object({ right: z.boolean().nullable(), reasons: z.array(z.string()), citation: z.string(), thresholdFen: fen.optional() }).strict(),
    legalReview: Requirement,
    collectiveDiscussion: Requirement,
    standards: z.object({ hearing: StandardRef.optional(), legalReview: StandardRef.optional(), collectiveDiscussion: StandardRef.optional() }).strict(),
    warnings: z.array(z.string()),
  })
  .strict();

export const DiscretionSchema = z
  .object({
    /** the measure the benchmark narrows (the main fine) */
    measureId: z.string(),
    tier: z.enum(['不予处罚', '减轻', '从轻', '一般', '从重']),
    /** the benchmark's words for the tier and the grounds found in the facts */
    grounds: z.array(z.string()),
    benchmark: z.object({ title: z.string(), validFrom: z.string(), file: z.string(), source: z.string() }).strict().optional(),
    /** the range the tier recommends */
    range: z.object({ minFen: fen.optional(), maxFen: fen.optional(), figureFen: fen.optional() }).strict(),
    multiple: z.string().optional(),
    statutoryRange: z.object({ minFen: fen.optional(), maxFen: fen.optional() }).strict(),
    outsideStatutoryRange: z.boolean(),
    legalGround: z.string().optional(),
    alternatives: z.array(z.object({ tier: z.string(), reason: z.string(), citation: z.string().optional(), minFen: fen.optional(), maxFen: fen.optional() }).strict()),
  })
  .strict();

export const PenaltyDecisionSchema = z
  .object({
    schema: z.literal('yibao.penalty-decision.v1'),
    inputs: z
      .object({
        /** the article asked for: 法规简称:条号[:项号] */
        article: z.string(),
        facts: PenaltyFactsSchema,
        /** jurisdiction path whose standards applied */
        jurisdiction: z.string().optional(),
        decisionDate: IsoDate.optional(),
      })
      .strict(),
    applied: z
      .object({
        /** 法规简称:条号 of the article applied (after redirects and 第三十七条) */
        article: z.string(),
        statute: z.string(),
        version: z.string().optional(),
        paragraphs: z.array(z.number().int()),
        item: z.number().int().optional(),
        restsOnQuote: z.boolean(),
      })
      .strict(),
    party: z.object({ kind: z.enum(PARTIES), class: z.enum(['公民', '法人或者其他组织']) }).strict(),
    punishable: z.boolean(),
    measures: z.array(DecisionMeasureSchema),
    withheld: z.array(DecisionMeasureSchema),
    reasons: z.array(z.string()),
    warnings: z.array(z.string()),
    limitation: z
      .object({ barred: z.boolean(), determined: z.boolean(), periodYears: z.number().optional(), from: z.string().optional(), lastDay: z.string().optional(), reason: z.string(), citation: z.string() })
      .strict(),
    discretion: DiscretionSchema.optional(),
    procedure: ProcedureRequirementsSchema.nullable(),
  })
  .strict();
export type PenaltyDecision = z.infer<typeof PenaltyDecisionSchema>;

/**
 * The decisions the head may take on a penalty case (医疗保障行政处罚程序暂行规定 第四十三条;
 * 行政处罚法 第五十七条). Only 行政处罚 carries penalty measures.
 */
export const DECISION_KINDS = ['行政处罚', '不予行政处罚', '违法事实不能成立', '移送其他行政管理部门', '移送司法机关'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const DECISION_KIND_BASIS: Record<DecisionKind, string> = {
  行政处罚: '《医疗保障行政处罚程序暂行规定》第四十三条第（一）项；《中华人民共和国行政处罚法》第五十七条第一款第（一）项',
  不予行政处罚: '《医疗保障行政处罚程序暂行规定》第四十三条第（二）项；《中华人民共和国行政处罚法》第五十七条第一款第（二）项',
  违法事实不能成立: '《医疗保障行政处罚程序暂行规定》第四十三条第（三）项；《中华人民共和国行政处罚法》第五十七条第一款第（三）项',
  移送其他行政管理部门: '《医疗保障行政处罚程序暂行规定》第四十三条第（四）项',
  移送司法机关: '《医疗保障行政处罚程序暂行规定》第四十三条第（五）项；《中华人民共和国行政处罚法》第五十七条第一款第（四）项',
};

/** The grounds of 不予行政处罚, each with its article (行政处罚法 第三十三条、第三十六条 …). */
export const NO_PENALTY_GROUNDS = [
  { ground: '违法行为轻微并及时改正，没有造成危害后果', citation: '《中华人民共和国行政处罚法》第三十三条第一款', at: { statute: '中华人民共和国行政处罚法', article: 33, paragraph: 1 } },
  { ground: '初次违法且危害后果轻微并及时改正', citation: '《中华人民共和国行政处罚法》第三十三条第一款', at: { statute: '中华人民共和国行政处罚法', article: 33, paragraph: 1 } },
  { ground: '当事人有证据足以证明没有主观过错', citation: '《中华人民共和国行政处罚法》第三十三条第二款', at: { statute: '中华人民共和国行政处罚法', article: 33, paragraph: 2 } },
  { ground: '违法行为在法定期限内未被发现', citation: '《中华人民共和国行政处罚法》第三十六条', at: { statute: '中华人民共和国行政处罚法', article: 36, paragraph: 1 } },
  { ground: '法律、法规、规章规定的其他不予行政处罚情形', citation: '须写明所依据的条文', at: undefined },
] as const;

export interface DecideInput {
  /** 法规简称:条号 or 法规简称:条号:项号 */
  article: string;
  facts: PenaltyFacts;
  /** jurisdiction path (or a name findJurisdiction knows) */
  jurisdiction?: string;
  /** the decision date (YYYY-MM-DD) */
  decisionDate?: string;
}

function measureValue(m: Measure): DecisionMeasure {
  return {
    id: m.id,
    kind: m.kind,
    penalty: m.penalty,
    mandatory: m.mandatory,
    referral: !!m.referral,
    ...(m.target ? { target: m.target } : {}),
    ...(m.authority ? { authority: m.authority } : {}),
    ...(m.condition ? { condition: m.condition } : {}),
    ...(m.minFen !== undefined ? { minFen: m.minFen } : {}),
    ...(m.maxFen !== undefined ? { maxFen: m.maxFen } : {}),
    ...(m.amountFen !== undefined ? { amountFen: m.amountFen } : {}),
    ...(m.baseFen !== undefined ? { baseFen: m.baseFen } : {}),
    ...(m.minMonths !== undefined ? { minMonths: m.minMonths } : {}),
    ...(m.maxMonths !== undefined ? { maxMonths: m.maxMonths } : {}),
    ...(m.minYears !== undefined ? { minYears: m.minYears } : {}),
    ...(m.maxYears !== undefined ? { maxYears: m.maxYears } : {}),
    ...(m.computation ? { computation: m.computation } : {}),
    ...(m.rounding ? { rounding: m.rounding } : {}),
    citation: { ...m.cite },
    ...(m.via ? { via: { ...m.via } } : {}),
  };
}

/** The decision value of a computed result (computePenalty's, reshaped; nothing recomputed). */
export function decisionOf(result: PenaltyResult, input: DecideInput & { jurisdiction?: string }): PenaltyDecision {
  const facts = PenaltyFactsSchema.parse(input.facts);
  const d = result.discretion;
  const main = result.measures.find((m) => m.kind === '罚款' && (m.target === '单位' || m.target === '当事人')) ?? result.withheldMeasures.find((m) => m.kind === '罚款' && (m.target === '单位' || m.target === '当事人'));
  const value: PenaltyDecision = {
    schema: 'yibao.penalty-decision.v1',
    inputs: { article: input.article, facts, ...(input.jurisdiction ? { jurisdiction: resolveJurisdictionPath(input.jurisdiction) } : {}), ...(input.decisionDate ? { decisionDate: input.decisionDate } : {}) },
    applied: {
      article: result.appliedArticle,
      statute: result.statute,
      ...(result.version ? { version: result.version } : {}),
      paragraphs: result.paragraphs,
      ...(result.item !== undefined ? { item: result.item } : {}),
      restsOnQuote: result.restsOnQuote,
    },
    party: { kind: result.party, class: result.partyClass },
    punishable: result.punishable,
    measures: result.measures.map(measureValue),
    withheld: result.withheldMeasures.map(measureValue),
    reasons: result.reasons,
    warnings: result.warnings,
    limitation: { ...result.limitation },
    ...(d && main
      ? {
          discretion: {
            measureId: main.id,
            tier: d.tier,
            grounds: d.reasons,
            ...(d.benchmark ? { benchmark: d.benchmark } : {}),
            range: { ...(d.minFen !== undefined ? { minFen: d.minFen } : {}), ...(d.maxFen !== undefined ? { maxFen: d.maxFen } : {}), ...(d.figureFen !== undefined ? { figureFen: d.figureFen } : {}) },
            ...(d.multiple ? { multiple: d.multiple } : {}),
            statutoryRange: { ...(d.statutoryMinFen !== undefined ? { minFen: d.statutoryMinFen } : {}), ...(d.statutoryMaxFen !== undefined ? { maxFen: d.statutoryMaxFen } : {}) },
            outsideStatutoryRange: d.outsideStatutoryRange,
            ...(d.legalGround ? { legalGround: d.legalGround } : {}),
            alternatives: d.alternatives.map((a) => ({
              tier: a.tier,
              reason: a.reason,
              ...(a.citation ? { citation: a.citation } : {}),
              ...(a.minFen !== undefined ? { minFen: a.minFen } : {}),
              ...(a.maxFen !== undefined ? { maxFen: a.maxFen } : {}),
            })),
          },
        }
      : {}),
    procedure: result.procedure ? procedureValue(result.procedure) : null,
  };
  return PenaltyDecisionSchema.parse(value);
}

function procedureValue(p: ProcedureRequirements): PenaltyDecision['procedure'] {
  return {
    simplifiedProcedure: p.simplifiedProcedure,
    hearing: { right: p.hearing.right, reasons: p.hearing.reasons, citation: p.hearing.citation, ...(p.hearing.thresholdFen !== undefined ? { thresholdFen: p.hearing.thresholdFen } : {}) },
    legalReview: p.legalReview,
    collectiveDiscussion: p.collectiveDiscussion,
    standards: p.standards,
    warnings: p.warnings,
  };
}

/** Computes the decision for an article and facts, at a jurisdiction and a decision date. */
export function decidePenalty(input: DecideInput): PenaltyDecision {
  const options: ComputeOptions = { ...(input.jurisdiction ? { jurisdiction: input.jurisdiction } : {}), ...(input.decisionDate ? { onDate: input.decisionDate } : {}) };
  return decisionOf(computePenalty(input.article, input.facts, options), input);
}

// ——— choosing within the decision ———

/** What the officers notify or decide for one measure of the decision. */
export const MeasureChoiceSchema = z
  .object({
    measureId: z.string().min(1).max(80),
    amountFen: fen.refine(Number.isSafeInteger, '金额超出范围').optional(),
    months: z.number().int().min(0).max(240).optional(),
    years: z.number().int().min(0).max(20).optional(),
  })
  .strict();
export type MeasureChoice = z.infer<typeof MeasureChoiceSchema>;

/** 行政处罚法 第三十二条: a 减轻 ground, recorded with its basis, allows going below a minimum or leaving out a measure. */
export const MitigationSchema = z
  .object({
    flags: z.array(z.enum(FLAGS)).default([]),
    /** 第（五）项: 法律、法规、规章规定其他应当从轻或者减轻行政处罚的 — the provision, in words */
    otherBasis: z.string().max(500).optional(),
  })
  .strict();
export type Mitigation = z.infer<typeof MitigationSchema>;

/** The 减轻 grounds a mitigation record establishes, with their citations. */
export function mitigationOf(m: Mitigation | undefined): { grounds: string[]; citations: string[] } {
  if (!m) return { grounds: [], citations: [] };
  const found = mitigationGrounds(m.flags as Flag[]);
  const grounds = found.map((g) => g.text);
  const citations = found.map((g) => g.citation);
  if (m.otherBasis?.trim()) {
    grounds.push(`法律、法规、规章规定的其他减轻情形：${m.otherBasis.trim()}`);
    citations.push('《中华人民共和国行政处罚法》第三十二条第（五）项');
  }
  return { grounds, citations };
}

function describe(m: DecisionMeasure): string {
  return `${m.kind}${m.target && m.target !== '当事人' && m.target !== '单位' ? `（${m.target}）` : ''}`;
}

function rangeText(m: DecisionMeasure): string {
  if (m.minFen !== undefined || m.maxFen !== undefined) return `${m.minFen !== undefined ? formatYuan(m.minFen) : '0 元'}至${m.maxFen !== undefined ? formatYuan(m.maxFen) : '不限'}`;
  if (m.amountFen !== undefined) return formatYuan(m.amountFen);
  if (m.minMonths !== undefined || m.maxMonths !== undefined) return `${m.minMonths ?? 0}至${m.maxMonths ?? '不限'}个月`;
  if (m.minYears !== undefined || m.maxYears !== undefined) return `${m.minYears ?? 0}至${m.maxYears ?? '不限'}年`;
  return '无数额';
}

/**
 * Problems of a choice under a decision that imposes a penalty (empty: lawful): every
 * measure named is in the decision; amounts and months within the ranges (below the
 * minimum only on a recorded 减轻 ground); every mandatory measure the 医保部门 decides
 * itself is chosen (left out only on a 减轻 ground); measures for another authority
 * (移送) are not decided here.
 */
export function choiceProblems(decision: PenaltyDecision, choices: readonly MeasureChoice[], mitigation?: Mitigation): string[] {
  const problems: string[] = [];
  const { grounds } = mitigationOf(mitigation);
  const reduced = grounds.length > 0;
  const seen = new Set<string>();
  for (const c of choices) {
    const m = decision.measures.find((x) => x.id === c.measureId);
    if (!m) {
      problems.push(`措施「${c.measureId}」不在${decision.applied.article}的处理措施之内`);
      continue;
    }
    if (seen.has(c.measureId)) problems.push(`措施「${describe(m)}」重复`);
    seen.add(c.measureId);
    const cite = m.citation.text;
    if (m.referral) {
      problems.push(`「${describe(m)}」由${m.authority ?? '其他机关'}作出，本部门移送，不在本决定中决定（${cite}）`);
      continue;
    }
    if (m.minFen !== undefined || m.maxFen !== undefined) {
      if (c.amountFen === undefined) problems.push(`「${describe(m)}」须填写金额（${rangeText(m)}，${cite}）`);
      else {
        if (m.maxFen !== undefined && c.amountFen > m.maxFen) problems.push(`「${describe(m)}」${formatYuan(c.amountFen)}超过法定上限 ${formatYuan(m.maxFen)}（${cite}）`);
        if (m.minFen !== undefined && c.amountFen < m.minFen && !reduced) {
          problems.push(`「${describe(m)}」${formatYuan(c.amountFen)}低于法定下限 ${formatYuan(m.minFen)}；只有记录了《中华人民共和国行政处罚法》第三十二条的减轻情形才可以（${cite}）`);
        }
      }
    } else if (m.amountFen !== undefined) {
      if (c.amountFen !== undefined && c.amountFen !== m.amountFen) problems.push(`「${describe(m)}」的数额依法为 ${formatYuan(m.amountFen)}，不能改为 ${formatYuan(c.amountFen)}（${cite}）`);
    } else if (c.amountFen !== undefined) {
      problems.push(`「${describe(m)}」没有金额（${cite}）`);
    }
    if (m.minMonths !== undefined || m.maxMonths !== undefined) {
      if (c.months === undefined) problems.push(`「${describe(m)}」须填写月数（${rangeText(m)}，${cite}）`);
      else {
        if (m.maxMonths !== undefined && c.months > m.maxMonths) problems.push(`「${describe(m)}」${c.months}个月超过法定上限 ${m.maxMonths} 个月（${cite}）`);
        if (m.minMonths !== undefined && c.months < m.minMonths && !reduced) problems.push(`「${describe(m)}」${c.months}个月少于法定下限 ${m.minMonths} 个月；只有记录了减轻情形才可以（${cite}）`);
      }
    } else if (c.months !== undefined) problems.push(`「${describe(m)}」没有期限（月数）（${cite}）`);
    if (m.minYears !== undefined || m.maxYears !== undefined) {
      if (c.years === undefined) problems.push(`「${describe(m)}」须填写年数（${rangeText(m)}，${cite}）`);
      else if ((m.maxYears !== undefined && c.years > m.maxYears) || (m.minYears !== undefined && c.years < m.minYears && !reduced)) {
        problems.push(`「${describe(m)}」${c.years}年不在 ${rangeText(m)} 内（${cite}）`);
      }
    }
  }
  for (const m of decision.measures) {
    if (!m.mandatory || m.referral || seen.has(m.id) || m.kind === '教育') continue;
    if (m.condition && !m.penalty && m.kind !== '责令退回') continue; // conditional orders (约谈 …) stay optional
    if (m.penalty && reduced) continue; // 减轻 may leave a penalty out, with its ground recorded
    problems.push(`未决定「${describe(m)}」：${decision.applied.article}规定应当${m.kind}（${m.citation.text}）${m.penalty ? '；不予决定须记录《中华人民共和国行政处罚法》第三十二条的减轻情形' : ''}`);
  }
  return problems;
}

/** The decision's measures as chosen (amounts and months set), for the procedure and documents. */
export function chosenMeasures(decision: PenaltyDecision, choices: readonly MeasureChoice[]): Array<DecisionMeasure & { chosen: MeasureChoice }> {
  const out: Array<DecisionMeasure & { chosen: MeasureChoice }> = [];
  for (const c of choices) {
    const m = decision.measures.find((x) => x.id === c.measureId);
    if (m) out.push({ ...m, chosen: c });
  }
  return out;
}

/** Procedure requirements for what the officers chose (告知): amounts decided, so the hearing right is never left open. */
export function requirementsForChoices(
  decision: PenaltyDecision,
  choices: readonly MeasureChoice[],
  circumstances: {
    hearingHeld?: boolean; complexCase?: boolean; majorPublicInterest?: boolean; complexCircumstances?: boolean; majorViolation?: boolean;
    localSituations?: ReadonlyArray<{ text: string; citation: string }>;
  } = {},
): ProcedureRequirements {
  const measures: Measure[] = chosenMeasures(decision, choices).map((m) => ({
    id: m.id,
    kind: m.kind,
    mandatory: m.mandatory,
    penalty: m.penalty,
    ...(m.referral ? { referral: true } : {}),
    ...(m.target ? { target: m.target as Measure['target'] } : {}),
    ...(m.chosen.amountFen !== undefined ? { amountFen: m.chosen.amountFen } : m.amountFen !== undefined ? { amountFen: m.amountFen } : {}),
    ...(m.chosen.months !== undefined ? { minMonths: m.chosen.months, maxMonths: m.chosen.months } : {}),
    citation: m.citation.text,
    quote: m.citation.quote,
    cite: m.citation,
  }));
  return procedureRequirements({
    party: decision.party.kind,
    measures,
    ...(decision.inputs.jurisdiction ? { jurisdiction: decision.inputs.jurisdiction } : {}),
    ...(decision.inputs.decisionDate ? { onDate: decision.inputs.decisionDate } : {}),
    ...circumstances,
  });
}

/**
 * The lightest lawful choice: every mandatory measure the 医保部门 decides, at its minimum
 * (the discretion tier's lower end when it is within the statute). What the demo and the
 * tests decide; an officer chooses for themselves.
 */
export function minimumChoices(decision: PenaltyDecision): MeasureChoice[] {
  const out: MeasureChoice[] = [];
  for (const m of decision.measures) {
    if (!m.mandatory || m.referral || m.kind === '教育') continue;
    if (m.condition && !m.penalty && m.kind !== '责令退回') continue;
    const tier = decision.discretion?.measureId === m.id && !decision.discretion.outsideStatutoryRange ? decision.discretion.range.minFen : undefined;
    const c: MeasureChoice = { measureId: m.id };
    if (m.minFen !== undefined) c.amountFen = Math.max(m.minFen, tier ?? 0);
    else if (m.amountFen !== undefined) c.amountFen = m.amountFen;
    if (m.minMonths !== undefined) c.months = m.minMonths;
    if (m.minYears !== undefined) c.years = m.minYears;
    out.push(c);
  }
  return out;
}

/** The first way `later` is heavier than `earlier` (by measure), in words, or null (行政处罚法 第四十五条、第六十二条). */
export function heavierChoice(decision: PenaltyDecision, later: readonly MeasureChoice[], earlier: readonly MeasureChoice[]): string | null {
  for (const c of later) {
    const m = decision.measures.find((x) => x.id === c.measureId);
    const name = m ? describe(m) : c.measureId;
    const before = earlier.find((e) => e.measureId === c.measureId);
    if (!before) return `增加了告知时没有的措施「${name}」`;
    if ((c.amountFen ?? 0) > (before.amountFen ?? 0)) return `「${name}」${formatYuan(c.amountFen ?? 0)}高于告知的${formatYuan(before.amountFen ?? 0)}`;
    if ((c.months ?? 0) > (before.months ?? 0)) return `「${name}」${c.months}个月长于告知的${before.months ?? 0}个月`;
    if ((c.years ?? 0) > (before.years ?? 0)) return `「${name}」${c.years}年长于告知的${before.years ?? 0}年`;
  }
  return null;
}

/** The penalty result for the CLI contract, with the decision value beside it (same computation). */
export function penaltyWithDecision(input: DecideInput): PenaltyResult & { decision: PenaltyDecision } {
  const options: ComputeOptions = { ...(input.jurisdiction ? { jurisdiction: input.jurisdiction } : {}), ...(input.decisionDate ? { onDate: input.decisionDate } : {}) };
  const result = computePenalty(input.article, input.facts, options);
  return { ...result, decision: decisionOf(result, input) };
}
