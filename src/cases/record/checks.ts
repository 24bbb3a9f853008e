// Checks of the record against the cases, run by `verifyRecord` after the chain itself
// verified. The chain proves that the events were not altered; these prove that the events
// are all there for the cases that exist. The replay of every case from its events, compared
// with the stored case (src/cases/replay.ts `replayCheck`), needs the case engine and its
// context (procedures, calendar, penalty rules), which this module does not know: callers add
// it with `withRecordChecks` — `caseRecordChecks` of src/cases/runtime.ts is what the CLI
// (`yibao audit verify`) and the server's GET /api/record/verify run.
import type { RecordCheck, VerifyFailure } from './record.js';

/**
 * Every case in `cases` has at least the events it requires: one for its opening (开案) and
 * one for each step saved since (`cases.revision` counts them). So an emptied record while
 * cases exist, or a record rewritten without some of a case's events, fails.
 */
export const casesHaveTheirEvents: RecordCheck = async ({ db, events, head }) => {
  const tables = (await db.query<{ t: string | null }>(`SELECT to_regclass('cases')::text AS t`)).rows[0]!;
  if (tables.t === null) return null;
  const position = (head?.seq ?? 0) + 1;
  const cases = Number((await db.query<{ n: number | string }>('SELECT count(*) AS n FROM cases')).rows[0]!.n);
  if (cases > 0 && events === 0) {
    return {
      seq: position,
      id: null,
      code: 'RECORD_MISSING_FOR_CASES',
      reason: `库中有 ${cases} 件案件，但全过程记录中没有任何事件：记录被清空或删除`,
    } satisfies VerifyFailure;
  }
  const short = (
    await db.query<{ id: string; required: number | string; found: number | string }>(
      `SELECT c.id, c.revision + 1 AS required, count(e.seq) AS found
         FROM cases c LEFT JOIN record_event e ON e.case_id = c.id
        GROUP BY c.id, c.revision
       HAVING count(e.seq) < c.revision + 1
        ORDER BY c.id LIMIT 1`,
    )
  ).rows[0];
  if (!short) return null;
  return {
    seq: position,
    id: null,
    caseId: short.id,
    code: 'CASE_EVENTS_MISSING',
    reason: `案件 ${short.id} 应有至少 ${Number(short.required)} 个记录事件（开案及此后每一环节），记录中只有 ${Number(short.found)} 个：事件被删除或记录被改写`,
  } satisfies VerifyFailure;
};

/** The checks `verifyRecord` runs by default, in order (without the replay: see `withRecordChecks`). */
export const DEFAULT_RECORD_CHECKS: readonly RecordCheck[] = [casesHaveTheirEvents];

/** The default checks followed by others (the replay of every case, src/cases/replay.ts). */
export function withRecordChecks(...more: RecordCheck[]): RecordCheck[] {
  return [...DEFAULT_RECORD_CHECKS, ...more];
}
