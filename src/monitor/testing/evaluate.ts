// Test and bench helper: generate → load → run the pack → score against the truth.
import { join } from 'node:path';
import { DuckDbEngine } from '../engine.js';
import { loadDataset, type LoadReport } from '../load.js';
import { loadRulePack, resolveParams } from '../rules.js';
import { runPack, type PackResult } from '../run.js';
import { readTruth, scoreHits, type RuleScore } from '../truth.js';

export async function evaluateDataset(dataDir: string, workDir: string): Promise<{ report: LoadReport; result: PackResult; scores: RuleScore[] }> {
  const duck = await DuckDbEngine.open({ path: join(workDir, 'eval.duckdb'), memoryLimit: '2GB' });
  try {
    const report = await loadDataset(duck, dataDir);
    const rules = loadRulePack();
    const result = await runPack(duck, rules, { params: resolveParams() });
    const scores = scoreHits(rules.map((r) => r.id), result.hits, readTruth(join(dataDir, 'truth.csv')));
    return { report, result, scores };
  } finally {
    await duck.close();
  }
}
