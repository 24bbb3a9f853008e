// Carries a case of a catalog item through its procedure with the case service (the
// persisted path: one transaction per step, the record, stored deadlines).
import type { CaseService } from '../service.js';
import type { CaseState } from '../engine/types.js';
import { runToEnd } from './scenarios.js';

export async function runItemThroughService(service: CaseService, itemId: string, at: (n: number) => string): Promise<{ state: CaseState; steps: number }> {
  const { item, mapping } = service.procedureForItem(itemId);
  const opened = await service.open({ item: itemId, actor: 'zhifa1', now: at(0) });
  let steps = 0;
  const state = await runToEnd(mapping.procedure, item.matter?.id, async (step, as, input, when) => {
    const r = await service.act(opened.id, step, as, input, when);
    if (!r.ok) throw new Error(`${itemId}「${step}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
    steps++;
    return r.case;
  }, at, opened);
  return { state, steps };
}
