// Loads the procedure definitions (data/procedures/*.v<N>.json) and the item mapping.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MappingRule, ProcedureDef } from './model.js';
import { loadPeriods } from '../../law/index.js';
import { stepInputSchema } from '../steps/inputs.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** data/procedures, from src/cases/procedure or dist/cases/procedure. */
export const DEFAULT_PROCEDURE_DIR = join(HERE, '..', '..', '..', 'data', 'procedures');
/** data/catalogs: where ITEM_ID stems (`<file stem>#<seq>`) are looked up. */
export const DEFAULT_CATALOG_DIR = join(HERE, '..', '..', '..', 'data', 'catalogs');

export interface ProcedureRegistry {
  /** The given version, or the latest one. */
  get(id: string, version?: number): ProcedureDef | undefined;
  all(): ProcedureDef[];
  latest(): ProcedureDef[];
  mapping: MappingRule[];
}

const FILE = /^(.+)\.v(\d+)\.json$/;

export function loadProcedures(dir: string = DEFAULT_PROCEDURE_DIR): ProcedureRegistry {
  const defs: ProcedureDef[] = [];
  for (const name of readdirSync(dir).sort()) {
    const m = FILE.exec(name);
    if (!m) continue;
    const parsed = ProcedureDef.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) throw new Error(`程序定义 ${name} 不合格：${parsed.error.message}`);
    const def = parsed.data;
    if (def.id !== m[1] || def.version !== Number(m[2])) throw new Error(`程序定义 ${name} 的 id/version 与文件名不符`);
    checkConsistency(def, name);
    defs.push(def);
  }
  let mapping: MappingRule[] = [];
  try {
    mapping = z.array(MappingRule).parse(JSON.parse(readFileSync(join(dir, 'mapping.json'), 'utf8')));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  for (const rule of mapping) {
    for (const id of [rule.procedure, ...rule.also.map((a) => a.procedure)]) {
      if (!defs.some((d) => d.id === id)) throw new Error(`mapping.json 引用了不存在的程序 ${id}`);
    }
  }
  return {
    get(id, version) {
      const same = defs.filter((d) => d.id === id);
      if (version !== undefined) return same.find((d) => d.version === version);
      return same.sort((a, b) => b.version - a.version)[0];
    },
    all: () => [...defs],
    latest() {
      const ids = [...new Set(defs.map((d) => d.id))];
      return ids.map((id) => this.get(id)!).filter(Boolean);
    },
    mapping,
  };
}

/** Every state named by a step exists in the graph; deadlines referenced exist; the end is reachable. */
function checkConsistency(def: ProcedureDef, file: string): void {
  const deadlineIds = new Set(def.deadlines.map((d) => d.id));
  const stepIds = new Set(def.steps.map((s) => s.id));
  const periods = loadPeriods();
  for (const d of def.deadlines) {
    if (d.period && !periods.has(d.period)) throw new Error(`${file}：期限「${d.id}」引用了期限登记表中没有的「${d.period}」`);
  }
  for (const id of def.opens) if (!deadlineIds.has(id)) throw new Error(`${file}：开案时开始的期限「${id}」未定义`);
  for (const step of def.steps) {
    if (!stepInputSchema(step.input ?? step.id)) throw new Error(`${file}：步骤「${step.id}」没有输入定义（src/cases/steps/inputs.ts 的「${step.input ?? step.id}」）`);
    for (const id of [...step.starts, ...step.stops, ...step.within]) {
      if (!deadlineIds.has(id)) throw new Error(`${file}：步骤「${step.id}」引用了未定义的期限「${id}」`);
    }
    for (const id of step.after) {
      if (!stepIds.has(id)) throw new Error(`${file}：步骤「${step.id}」的前置步骤「${id}」不存在`);
    }
  }
  for (const w of def.watches) {
    for (const id of w.starts) if (!deadlineIds.has(id)) throw new Error(`${file}：关联案件「${w.procedure}」触发的期限「${id}」未定义`);
    if (w.steps.length === 0 && !w.closes) throw new Error(`${file}：关联案件「${w.procedure}」须写明所关注的步骤（steps）或办结（closes）`);
  }
  // reachability of the first end state from the initial state
  const targets = (s: (typeof def.steps)[number]): string[] =>
    typeof s.to === 'string' ? [s.to] : [...Object.values(s.to.cases), ...(s.to.default ? [s.to.default] : [])];
  const seen = new Set([def.initial]);
  const queue = [def.initial];
  while (queue.length) {
    const state = queue.shift()!;
    for (const step of def.steps) {
      if (!step.from.includes(state) && !(step.from.includes('*') && !def.end.includes(state))) continue;
      for (const t of targets(step)) {
        const next = t === 'same' ? state : t;
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  if (!seen.has(def.end[0]!)) throw new Error(`${file}：从「${def.initial}」到不了终态「${def.end[0]}」`);
}
