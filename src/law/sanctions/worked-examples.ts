// Worked examples (算例) of the sanction rules: for each rule at least one case whose facts,
// jurisdiction and decision date are given and whose figures were computed by hand from the
// article's text (data/law/worked-examples.json; `working` shows the arithmetic). They are
// the shared oracle of the law's own test and of the test that the `penalty` CLI and a case
// carried through the HTTP API reach the same decision.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LAW_DIR } from '../corpus.js';
import type { DecisionMeasure, PenaltyDecision } from './decision.js';
import { MEASURE_KINDS, PenaltyFactsSchema } from './types.js';

const fen = z.number().int().nonnegative();
const ExpectedMeasure = z
  .object({
    kind: z.enum(MEASURE_KINDS),
    target: z.string().optional(),
    mandatory: z.boolean().optional(),
    amountFen: fen.optional(),
    minFen: fen.optional(),
    maxFen: fen.optional(),
    minMonths: z.number().int().nonnegative().optional(),
    maxMonths: z.number().int().nonnegative().optional(),
    minYears: z.number().int().nonnegative().optional(),
    maxYears: z.number().int().nonnegative().optional(),
  })
  .strict();
export type ExpectedMeasure = z.infer<typeof ExpectedMeasure>;

export const WorkedExampleSchema = z
  .object({
    id: z.string().min(1),
    /** 法规简称:条号, as the `penalty` CLI takes it */
    article: z.string().regex(/^.+:\d+$/),
    jurisdiction: z.string().min(1),
    decisionDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    facts: PenaltyFactsSchema,
    /** the hand computation, in words and figures */
    working: z.string().min(1),
    expect: z
      .object({
        appliedArticle: z.string().optional(),
        punishable: z.boolean().optional(),
        measures: z.array(ExpectedMeasure).min(1),
        absentKinds: z.array(z.enum(MEASURE_KINDS)).optional(),
        discretion: z
          .object({ tier: z.enum(['不予处罚', '减轻', '从轻', '一般', '从重']), minFen: fen.optional(), maxFen: fen.optional(), figureFen: fen.optional() })
          .strict()
          .optional(),
      })
      .strict(),
  })
  .strict();
export type WorkedExample = z.infer<typeof WorkedExampleSchema>;

const FileSchema = z.object({ $comment: z.string().optional(), examples: z.array(WorkedExampleSchema).min(1) }).strict();

export const WORKED_EXAMPLES_FILE = join(DEFAULT_LAW_DIR, 'worked-examples.json');

/** The worked examples, validated; ids are unique. */
export function loadWorkedExamples(file: string = WORKED_EXAMPLES_FILE): WorkedExample[] {
  const parsed = FileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const seen = new Set<string>();
  for (const e of parsed.examples) {
    if (seen.has(e.id)) throw new Error(`算例编号重复：${e.id}`);
    seen.add(e.id);
  }
  return parsed.examples;
}

/**
 * Where a decision departs from a worked example's hand-computed figures, one line each
 * (empty when it agrees). A measure matches on kind and, when given, target; every field
 * the example states must be equal.
 */
export function workedExampleDifferences(example: WorkedExample, decision: PenaltyDecision): string[] {
  const out: string[] = [];
  const x = example.expect;
  if (x.appliedArticle !== undefined && decision.applied.article !== x.appliedArticle) out.push(`适用条文为 ${decision.applied.article}，算例为 ${x.appliedArticle}`);
  if (x.punishable !== undefined && decision.punishable !== x.punishable) out.push(`是否处罚为 ${decision.punishable}，算例为 ${x.punishable}`);
  for (const want of x.measures) {
    const found = decision.measures.filter((m) => m.kind === want.kind && (want.target === undefined || m.target === want.target));
    if (found.length !== 1) {
      out.push(`措施「${want.kind}${want.target ? `（${want.target}）` : ''}」有 ${found.length} 项，算例为 1 项`);
      continue;
    }
    const got = found[0]!;
    for (const [key, value] of Object.entries(want) as Array<[keyof ExpectedMeasure, unknown]>) {
      if (key === 'kind' || key === 'target') continue;
      const actual = got[key as keyof DecisionMeasure];
      if (actual !== value) out.push(`措施「${want.kind}」的 ${key} 为 ${String(actual)}，算例为 ${String(value)}`);
    }
  }
  for (const kind of x.absentKinds ?? []) {
    if (decision.measures.some((m) => m.kind === kind)) out.push(`不应有措施「${kind}」`);
  }
  if (x.discretion) {
    const d = decision.discretion;
    if (!d) out.push(`没有裁量建议，算例为 ${x.discretion.tier}`);
    else {
      if (d.tier !== x.discretion.tier) out.push(`裁量档次为 ${d.tier}，算例为 ${x.discretion.tier}`);
      for (const key of ['minFen', 'maxFen', 'figureFen'] as const) {
        if (x.discretion[key] !== undefined && d.range[key] !== x.discretion[key]) out.push(`裁量 ${key} 为 ${String(d.range[key])}，算例为 ${x.discretion[key]}`);
      }
    }
  }
  return out;
}
