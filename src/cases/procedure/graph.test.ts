// No dead ends (issue 10): every procedure's state graph, read from its data, lets every state
// reachable from the start reach an end state — also when every deadline a step must meet has
// passed, where the law gives no extension and no late step (行政处罚法 第六十一条 is a duty,
// so a late 送达 is recorded as late, not barred).
import { describe, expect, it } from 'vitest';
import { loadPeriods } from '../../law/index.js';
import { loadProcedures } from './load.js';
import type { ProcedureDef, StepDef } from './model.js';

const registry = loadProcedures();
const periods = loadPeriods();

function targets(step: StepDef, from: string): string[] {
  const all = typeof step.to === 'string' ? [step.to] : [...Object.values(step.to.cases), ...(step.to.default ? [step.to.default] : [])];
  return all.map((t) => (t === 'same' ? from : t));
}

/** A step a passed deadline bars for good: one of its `within` deadlines allows no late step and its period no extension. */
function barredWhenLate(proc: ProcedureDef, step: StepDef): boolean {
  return step.within.some((id) => {
    const d = proc.deadlines.find((x) => x.id === id);
    if (!d || d.lateAllowed) return false;
    const p = d.period ? periods.get(d.period) : undefined;
    return !p?.lateAllowed && !p?.extensions?.length;
  });
}

function stuckStates(proc: ProcedureDef, late: boolean): { reachable: string[]; stuck: string[] } {
  const steps = proc.steps.filter((s) => !(late && barredWhenLate(proc, s)));
  const edges = new Map<string, Set<string>>();
  for (const s of steps) for (const f of s.from) for (const t of targets(s, f)) (edges.get(f) ?? edges.set(f, new Set()).get(f)!).add(t);
  const reachable = new Set([proc.initial]);
  for (const queue = [proc.initial]; queue.length; ) for (const t of edges.get(queue.shift()!) ?? []) if (!reachable.has(t)) reachable.add(t), queue.push(t);
  // states from which an end is reachable: backwards from the ends
  const reverse = new Map<string, Set<string>>();
  for (const [f, ts] of edges) for (const t of ts) (reverse.get(t) ?? reverse.set(t, new Set()).get(t)!).add(f);
  const canEnd = new Set(proc.end);
  for (const queue = [...proc.end]; queue.length; ) for (const f of reverse.get(queue.shift()!) ?? []) if (!canEnd.has(f)) canEnd.add(f), queue.push(f);
  return { reachable: [...reachable], stuck: [...reachable].filter((s) => !canEnd.has(s)) };
}

describe('no dead ends: from every reachable state an end state is reachable', () => {
  for (const proc of registry.latest()) {
    it(`${proc.name}（${proc.id} v${proc.version}）`, () => {
      const plain = stuckStates(proc, false);
      expect(plain.reachable.length).toBeGreaterThan(1);
      expect(plain.reachable).toEqual(expect.arrayContaining([proc.end[0]!]));
      expect(plain.stuck, '卡住的状态').toEqual([]);
      expect(stuckStates(proc, true).stuck, '期限届满后卡住的状态').toEqual([]);
    });
  }
  it('the check finds a dead end when there is one', () => {
    const proc = registry.latest().find((p) => p.id === 'xzcf-putong')!;
    const broken: ProcedureDef = { ...proc, steps: proc.steps.filter((s) => s.id !== '结案' && s.id !== '移送') };
    expect(stuckStates(broken, false).stuck).toContain('已送达');
  });
});
