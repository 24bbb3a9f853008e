// The statutory periods documents tell the party about (data/documents/statutory-periods.json),
// each with the article it comes from; a test reads every number back from the statute.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DocumentError } from './format.js';
import { PERIOD_UNITS, type Period } from './schemas.js';

/** data/documents, both from src/cases/documents and from dist/cases/documents. */
export const DOCUMENTS_DATA_DIR = fileURLToPath(new URL('../../../data/documents/', import.meta.url));

const StatutoryBasisSchema = z.object({
  /** the statute file (data/law, or data/documents/law) */
  file: z.string().min(1),
  law: z.string().min(1),
  article: z.string().min(1),
  quote: z.string().min(1),
});
export type StatutoryBasis = z.infer<typeof StatutoryBasisSchema>;

const StatutoryPeriodSchema = z.object({
  value: z.number().int().positive(),
  unit: z.enum(PERIOD_UNITS),
  basis: StatutoryBasisSchema,
  /** where the unit (e.g. 工作日) comes from, if not from the same article */
  unitBasis: StatutoryBasisSchema.optional(),
});
export type StatutoryPeriod = z.infer<typeof StatutoryPeriodSchema>;

const StatutoryPeriodsSchema = z.object({
  $comment: z.string().optional(),
  hearingRequest: StatutoryPeriodSchema,
  hearingNotice: StatutoryPeriodSchema,
  reconsideration: StatutoryPeriodSchema,
  litigation: StatutoryPeriodSchema,
  finePayment: StatutoryPeriodSchema,
  lateFee: z.object({ percentPerDay: z.number().positive(), basis: StatutoryBasisSchema }),
  evidencePreservation: StatutoryPeriodSchema,
  demand: StatutoryPeriodSchema,
  sealing: StatutoryPeriodSchema,
  sealingExtension: StatutoryPeriodSchema,
  enforcementApplication: StatutoryPeriodSchema,
});
export type StatutoryPeriods = z.infer<typeof StatutoryPeriodsSchema>;
export type StatutoryPeriodName = Exclude<keyof StatutoryPeriods, '$comment' | 'lateFee'>;

let cached: StatutoryPeriods | undefined;

/** The statutory periods of data/documents/statutory-periods.json (checked against the statutes by a test). */
export function loadStatutoryPeriods(): StatutoryPeriods {
  if (cached) return cached;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(`${DOCUMENTS_DATA_DIR}statutory-periods.json`, 'utf8'));
  } catch (e) {
    throw new DocumentError('CONFIG', `无法读取 data/documents/statutory-periods.json：${(e as Error).message}`);
  }
  const parsed = StatutoryPeriodsSchema.safeParse(data);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new DocumentError('CONFIG', `data/documents/statutory-periods.json：${i.path.join('.')}：${i.message}`);
  }
  cached = parsed.data;
  return cached;
}

/** A statutory period as a document input (value, unit and the article it is told under). */
export function statutoryPeriod(name: StatutoryPeriodName): Period {
  const p = loadStatutoryPeriods()[name];
  return { value: p.value, unit: p.unit, basis: { law: p.basis.law, article: p.basis.article, quote: p.basis.quote } };
}

/** The rights a 行政处罚事先告知书 tells: 陈述申辩 within the bureau's period, 听证 where the measures carry it. */
export function priorNoticeRights(statement: Period, withHearing: boolean): { statement: Period; hearing?: Period } {
  return { statement, ...(withHearing ? { hearing: statutoryPeriod('hearingRequest') } : {}) };
}

/** The 加处罚款 rule (行政处罚法第七十二条第一款第（一）项) as a payment instruction. */
export function lateFeeRule(): { percentPerDay: number; basis: { law: string; article: string; quote: string } } {
  const l = loadStatutoryPeriods().lateFee;
  return { percentPerDay: l.percentPerDay, basis: { law: l.basis.law, article: l.basis.article, quote: l.basis.quote } };
}
