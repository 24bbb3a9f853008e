// A step's form definition (its input's JSON Schema), fetched when the form is opened: the
// case page names it by input and hash only. Asked by its hash, the browser keeps the answer
// for good (Cache-Control: immutable); within the page session a map keeps it too, so that
// reopening a form, or the same form on another case, asks nothing.
import { useEffect, useState } from 'react';
import { api, ApiError } from '../api';
import type { JsonSchema } from './schema';

export interface StepFormRef {
  input: string;
  /** null: the step has no input definition (its form has no fields) */
  schemaHash: string | null;
}

const NO_FIELDS: JsonSchema = {};
const loaded = new Map<string, JsonSchema>();
const pending = new Map<string, Promise<JsonSchema>>();
const keyOf = (input: string, hash: string) => `${input}\n${hash}`;

/** The form definition of a step input at a hash: from memory, or asked once (a failed question may be asked again). */
export function stepSchema(input: string, hash: string): Promise<JsonSchema> {
  const key = keyOf(input, hash);
  const known = loaded.get(key);
  if (known) return Promise.resolve(known);
  let p = pending.get(key);
  if (!p) {
    p = api.get<JsonSchema>(`/api/console/step-inputs/${encodeURIComponent(input)}?v=${encodeURIComponent(hash)}`).then(
      (schema) => {
        loaded.set(key, schema);
        pending.delete(key);
        return schema;
      },
      (e: unknown) => {
        pending.delete(key);
        throw e;
      },
    );
    pending.set(key, p);
  }
  return p;
}

/**
 * The form definition of the open step: `schema` once it is here (at once when already
 * fetched), `error` (Chinese) when it could not be fetched, with `retry` to ask again;
 * neither while it is on its way.
 */
export function useStepSchema(step: StepFormRef | undefined): { schema?: JsonSchema; error?: string; retry: () => void } {
  const key = step?.schemaHash ? keyOf(step.input, step.schemaHash) : undefined;
  const [failed, setFailed] = useState<{ key: string; error: string }>();
  const [, setArrived] = useState(0);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!step?.schemaHash || !key || loaded.has(key)) return;
    let live = true;
    setFailed(undefined);
    stepSchema(step.input, step.schemaHash).then(
      () => live && setArrived((n) => n + 1),
      (e: unknown) => live && setFailed({ key, error: e instanceof ApiError ? e.message : '网络连接失败' }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);
  const retry = () => setAttempt((n) => n + 1);
  if (!step) return { retry };
  if (step.schemaHash === null) return { schema: NO_FIELDS, retry };
  const schema = loaded.get(key!);
  if (schema) return { schema, retry };
  return failed && failed.key === key ? { error: failed.error, retry } : { retry };
}
