// The JSON Schema of a step's input as the server sends it (zod's output with a Chinese
// `title` and a `widget` on every field), and what the form renderer needs besides it.
import type { DecisionMeasureView, MeasureChoice } from '../format';
import type { Person } from '../people';

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  widget?: string;
  description?: string;
  placeholder?: string;
  role?: string;
  enum?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  anyOf?: JsonSchema[];
}

export interface ViolationOption {
  法规: string;
  条: number;
  项?: number;
  label: string;
  text: string;
}

export interface CaseForForm {
  id: string;
  state: string;
  jurisdiction: { path: string; code: string; name: string };
  officers: string[];
  parties: Array<Record<string, unknown>>;
  facts: Record<string, unknown>;
  deadlines: Array<{ id: string; label: string; due: string; status: string; excludes: string[]; unit: string }>;
  data: Record<string, Record<string, unknown>>;
  penalty: {
    violation?: { 法规: string; 条: number; 项?: number };
    facts?: Record<string, unknown>;
    decision?: {
      measures: DecisionMeasureView[];
      reasons: string[];
      discretion?: { measureId: string; tier: string; grounds: string[]; range: { minFen?: number; maxFen?: number; figureFen?: number }; outsideStatutoryRange: boolean; benchmark?: { title: string } };
      applied: { article: string; statute: string; item?: number };
      punishable: boolean;
      procedure: { hearing: { right: boolean | null; reasons: string[] }; legalReview: { required: boolean; reasons: string[] }; collectiveDiscussion: { required: boolean; reasons: string[] } } | null;
    };
    notified?: MeasureChoice[];
    decided?: { kind: string; measures: MeasureChoice[]; date: string; reason?: string; noPenaltyGround?: string; referralTo?: string };
  };
}

/** What the widgets read besides the schema: the case, the people, today, the articles. */
export interface FormContext {
  case?: CaseForForm;
  people: Person[];
  today: string;
  violations?: ViolationOption[];
  /** the signed-in account (default officer) */
  me?: string;
  /** what the decision orders paid and what is still owed: 缴款 starts from the first line owed */
  execution?: { lines: Array<{ kind: string; payer: string; outstandingFen: number }> };
  /** the case's evidence by name, for a finding of fact to cite */
  evidence?: string[];
  /** the case's 疑点, by number, with what was explained already */
  suspects?: Array<{ 编号: string; 内容: string; 说明: unknown[] }>;
  /** the local situations requiring 法制审核 in the case's jurisdiction */
  reviewSituations?: Array<{ text: string; citation: string }>;
}

/** The common fields of every step (the day it happened, why it is entered late). */
export const ENVELOPE = ['日期', '补录理由', '逾期理由'];

export const typeOf = (s: JsonSchema): string | undefined => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);

/** True when a text holds Chinese and no Latin letter (labels must be Chinese). */
export const isChineseLabel = (t: string) => /[\u4e00-\u9fa5]/.test(t) && !/[A-Za-z]/.test(t);

/** The label of a field: its title, else its key when that is Chinese. */
export const labelOf = (key: string, s: JsonSchema) => s.title ?? key;

/** Drops empty values (undefined, '', empty lists and groups) so optional fields stay absent. */
export function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean).filter((x) => x !== undefined);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const c = clean(x);
      if (c === undefined) continue;
      // an empty list or group is an optional field left alone (减轻 with no ground is no 减轻)
      if (Array.isArray(c) && c.length === 0) continue;
      if (c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0) continue;
      out[k] = c;
    }
    return out;
  }
  if (v === '' || v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  return v;
}

/** Keeps only the keys a schema knows (a prefill from a lead may carry more). */
export function pick(v: unknown, s: JsonSchema): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v) || !s.properties) return v;
  const out: Record<string, unknown> = {};
  for (const [k, sub] of Object.entries(s.properties)) if ((v as Record<string, unknown>)[k] !== undefined) out[k] = pick((v as Record<string, unknown>)[k], sub);
  return out;
}
