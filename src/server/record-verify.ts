// Record verification through the API, scoped to the caller's jurisdiction: the whole chain
// is checked (a break anywhere makes every later event doubtful, so "not ok" is always said),
// but the events counted, and where a failure lies, only for the cases the caller may see.
// The anchors written outside the database by this server are checked too, and every case is
// replayed from its events and compared with the stored case (src/cases/replay.ts).
import { caseRecordChecks, readAnchors, verifyRecord, type VerifyResult } from '../cases/index.js';
import type { Principal } from './auth.js';
import type { ServerContext } from './context.js';

export async function verifyRecordFor(ctx: ServerContext, p: Principal): Promise<VerifyResult> {
  const { rows } = await ctx.db.query<{ id: string }>('SELECT id FROM case_scope WHERE jurisdiction_id = $1 OR jurisdiction_id LIKE $2', [p.jurisdiction, `${p.jurisdiction}/%`]);
  const mine = new Set(rows.map((r) => r.id));
  const keeper = ctx.anchors;
  return verifyRecord(ctx.db, {
    // with the replay of every case: what the portal publishes (cases.body) is what the record proves
    checks: await caseRecordChecks(ctx.db),
    visibleCase: (caseId) => caseId !== null && mine.has(caseId),
    ...(keeper ? { anchors: readAnchors(keeper.file, keeper.store) } : {}),
  });
}
