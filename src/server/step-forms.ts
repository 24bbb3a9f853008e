// A step's input form (the JSON Schema the console draws it from) as the bytes that are sent,
// with a short hash of those bytes: the case page names the hash beside each step it offers
// (StepView.schemaHash), the console asks for /api/console/step-inputs/<input>?v=<hash> and
// the browser keeps the answer for good. The schemas are code, the same for every case and
// every account: each is serialized and hashed once, on first use.
import { createHash } from 'node:crypto';
import { stepInputJsonSchema } from '../cases/index.js';

export interface StepForm {
  /** the first 16 hex digits of the SHA-256 of `json` */
  hash: string;
  /** the ETag of the answer: the hash, quoted */
  etag: string;
  /** stepInputJsonSchema(input), serialized: the answer's body */
  json: Buffer;
}

/** Bytes to send with their short hash (the first 16 hex digits of their SHA-256) and ETag. */
export function taggedJson(value: unknown): StepForm {
  const json = Buffer.from(JSON.stringify(value), 'utf8');
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
  return { hash, etag: `"${hash}"`, json };
}

/** Whether the request's If-None-Match names this ETag (or any, `*`): the browser has these bytes. */
export function browserHas(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch?.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}` || t === '*') ?? false;
}

const forms = new Map<string, StepForm>();

/** The form of a step input, by its name (a step's `input ?? id`); undefined when there is no such input. */
export function stepForm(input: string): StepForm | undefined {
  const known = forms.get(input);
  if (known) return known;
  const schema = stepInputJsonSchema(input);
  // only names that exist are kept: a client cannot grow the map with made-up names
  if (!schema) return undefined;
  const f = taggedJson(schema);
  forms.set(input, f);
  return f;
}
