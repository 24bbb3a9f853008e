// Carries a case of a catalog item through its procedure with the case service (the
// persisted path: one transaction per step, the record, stored deadlines).
import type { CaseService, Queryable } from '../service.js';
import type { CaseState } from '../engine/types.js';
import { runToEnd } from './scenarios.js';
import { ensureTestStaff } from './cast.js';
import { findJurisdiction } from '../../law/index.js';

export async function runItemThroughService(service: CaseService, itemId: string, at: (n: number) => string): Promise<{ state: CaseState; steps: number }> {
  const { item, mapping } = service.procedureForItem(itemId);
  const jurisdiction = item.jurisdiction ?? '山西省/阳泉市';
  const cast = await ensureTestStaff(service.store, jurisdiction, `j${findJurisdiction(jurisdiction)?.code ?? 'x'}`);
  const opened = await service.open({ item: itemId, actor: cast.officers[0], now: at(0) });
  let steps = 0;
  const state = await runToEnd(mapping.procedure, item.matter?.id, async (step, as, input, when) => {
    const r = await service.act(opened.id, step, as, input, when);
    if (!r.ok) throw new Error(`${itemId}「${step}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
    steps++;
    return r.case;
  }, at, opened, cast, item);
  return { state, steps };
}

/** Everything a refused step must leave untouched: the case row, its stored deadlines, the record's events and attachments. */
export async function caseSnapshot(store: Queryable, id: string): Promise<string> {
  return JSON.stringify([
    (await store.query('SELECT body, revision, state FROM cases WHERE id = $1', [id])).rows,
    (await store.query('SELECT * FROM case_deadlines WHERE case_id = $1 ORDER BY ordinal', [id])).rows,
    (await store.query('SELECT seq, hash FROM record_event ORDER BY seq')).rows,
    (await store.query('SELECT count(*)::int AS n FROM record_attachment')).rows,
  ]);
}
