// Precision and recall of each rule against the generator's ground truth (truth.csv).
import { readFileSync } from 'node:fs';
import type { Hit } from './run.js';

export interface RuleScore {
  ruleId: string;
  truth: number;
  hits: number;
  truePositives: number;
  precision: number;
  recall: number;
  missed: string[];
  unexpected: string[];
}

export function readTruth(path: string): Map<string, Set<string>> {
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/).slice(1);
  const m = new Map<string, Set<string>>();
  for (const line of lines) {
    const comma = line.indexOf(',');
    const rule = line.slice(0, comma);
    const key = line.slice(comma + 1).replace(/^"|"$/g, '');
    if (!m.has(rule)) m.set(rule, new Set());
    m.get(rule)!.add(key);
  }
  return m;
}

export function scoreHits(ruleIds: string[], hits: Hit[], truth: Map<string, Set<string>>, sample = 5): RuleScore[] {
  const byRule = new Map<string, Set<string>>();
  for (const h of hits) {
    if (!byRule.has(h.ruleId)) byRule.set(h.ruleId, new Set());
    byRule.get(h.ruleId)!.add(h.hitKey);
  }
  return ruleIds.map((ruleId) => {
    const t = truth.get(ruleId) ?? new Set<string>();
    const got = byRule.get(ruleId) ?? new Set<string>();
    const tp = [...got].filter((k) => t.has(k)).length;
    return {
      ruleId, truth: t.size, hits: got.size, truePositives: tp,
      precision: got.size === 0 ? (t.size === 0 ? 1 : 0) : tp / got.size,
      recall: t.size === 0 ? 1 : tp / t.size,
      missed: [...t].filter((k) => !got.has(k)).slice(0, sample),
      unexpected: [...got].filter((k) => !t.has(k)).slice(0, sample),
    };
  });
}

export function formatScores(scores: RuleScore[]): string {
  const rows = scores.map((s) => `${s.ruleId.padEnd(30)} 注入 ${String(s.truth).padStart(6)}  命中 ${String(s.hits).padStart(6)}  精确率 ${s.precision.toFixed(3)}  召回率 ${s.recall.toFixed(3)}`);
  return ['规则                            精确率与召回率（对照注入的真值）', ...rows].join('\n');
}
