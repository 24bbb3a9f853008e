// The record is the source of truth: cases carried through the persisted service replay equal
// from their events; each kind of tampering with the stored cases is found and named (case and
// JSON path), by the replay alone and through verifyRecord with the checks the CLI and the
// server run. Every tampering runs in a transaction that is rolled back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore, type Tx } from '../store/index.js';
import { realPorts, realReplayOptions, caseRecordChecks } from './runtime.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { insertDemoUsers } from './users.js';
import { ATTACK_USERS } from './testing/attacks.js';
import { clock } from './testing/scenarios.js';
import { runItemThroughService } from './testing/service-run.js';
import { ONE_PER_PROCEDURE } from './testing/service-items.shared.js';
import { firstDifference, replayCases, type ReplayOptions, type ReplayResult } from './replay.js';
import { eventHash, listEvents, verifyRecord, type VerifyResult } from './record/index.js';
import type { CaseState } from './engine/types.js';

let ts: TestStore;
let service: CaseService;
let options: ReplayOptions;
const at = clock('2026-03-02');
/** A case with a decided fine, and where the fine is among its measures. */
let fined: { id: string; index: number; amountFen: number };
/** A case that opened none. */
let leaf: string;

beforeAll(async () => {
  ts = await openTestStore();
  await insertDemoUsers(ts.store);
  await insertDemoUsers(ts.store, ATTACK_USERS);
  service = new CaseService(ts.store, loadProcedures(), realPorts());
  for (const item of ONE_PER_PROCEDURE) await runItemThroughService(service, item, at);
  options = await realReplayOptions(ts.store);
  const { rows } = await ts.store.query<{ id: string; body: CaseState }>('SELECT id, body FROM cases ORDER BY id');
  for (const r of rows) {
    const i = r.body.penalty.decided?.measures.findIndex((m) => (m as { amountFen?: number }).amountFen !== undefined) ?? -1;
    if (i >= 0 && !fined) fined = { id: r.id, index: i, amountFen: (r.body.penalty.decided!.measures[i] as { amountFen: number }).amountFen };
  }
  leaf = rows.find((r) => r.body.links.children.length === 0 && !r.body.links.parent)!.id;
}, 300_000);
afterAll(async () => ts.cleanup());

class Rollback extends Error {}

/** Runs the tampering, then the replay and verifyRecord with the CLI's checks, and rolls everything back. */
async function tampered(tamper: (tx: Tx) => Promise<unknown>): Promise<{ replay: ReplayResult; verify: VerifyResult }> {
  let out: { replay: ReplayResult; verify: VerifyResult } | undefined;
  await ts.store
    .transaction(async (tx) => {
      await tamper(tx);
      out = { replay: await replayCases(tx, options), verify: await verifyRecord(tx, { checks: await caseRecordChecks(tx) }) };
      throw new Rollback();
    })
    .catch((err: unknown) => {
      if (!(err instanceof Rollback)) throw err;
    });
  return out!;
}

describe('replay of a clean record', () => {
  it('every case of several procedures replays equal to its stored row, body and deadlines', async () => {
    const r = await replayCases(ts.store, options);
    expect(r.firstBad).toBeUndefined();
    expect(r.ok).toBe(true);
    const n = Number((await ts.store.query<{ n: number }>('SELECT count(*)::int AS n FROM cases')).rows[0]!.n);
    expect(n).toBeGreaterThanOrEqual(ONE_PER_PROCEDURE.length);
    expect(r.cases).toBe(n);
    expect(r.events).toBe((await listEvents(ts.store)).length);
    expect(fined.amountFen).toBeGreaterThan(1);
    expect(await verifyRecord(ts.store, { checks: await caseRecordChecks(ts.store) })).toMatchObject({ ok: true });
  });

  it('compares instants by the moment they name and finds the first differing path', () => {
    expect(firstDifference({ a: '2026-03-02T10:00:00+08:00' }, { a: '2026-03-02T10:00:00.000+08:00' })).toBeNull();
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toMatchObject({ path: 'a.1.b', stored: 2, replayed: 3 });
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toMatchObject({ path: 'a.1', replayed: 2 });
    expect(firstDifference({ a: 1, x: 1 }, { a: 1 })).toMatchObject({ path: 'x', stored: 1 });
  });
});

describe('tampering with the stored cases (the record untouched) is found and named', () => {
  it('a fine set to 1 fen in cases.body (the portal and the 决定书 read it)', async () => {
    const path = `{penalty,decided,measures,${fined.index},amountFen}`;
    const { replay, verify } = await tampered((tx) => tx.query(`UPDATE cases SET body = jsonb_set(body, $1::text[], '1') WHERE id = $2`, [path, fined.id]));
    expect(replay.firstBad).toMatchObject({ code: 'CASE_BODY_MISMATCH', caseId: fined.id, path: `penalty.decided.measures.${fined.index}.amountFen`, stored: 1, replayed: fined.amountFen });
    expect(verify).toMatchObject({ ok: false, firstBad: { code: 'CASE_BODY_MISMATCH', caseId: fined.id, path: `penalty.decided.measures.${fined.index}.amountFen` } });
    expect(verify.firstBad!.reason).toMatch(new RegExp(`案件 ${fined.id}.*penalty\\.decided\\.measures\\.${fined.index}\\.amountFen.*存为 1，应为 ${fined.amountFen}`));
  });

  it('the state in the body and its column changed alike', async () => {
    const { verify } = await tampered((tx) => tx.query(`UPDATE cases SET state = '不予立案', body = jsonb_set(body, '{state}', '"不予立案"') WHERE id = $1`, [leaf]));
    expect(verify.firstBad).toMatchObject({ code: 'CASE_BODY_MISMATCH', caseId: leaf, path: 'state' });
  });

  it('a column of cases alone (closed, revision)', async () => {
    let { verify } = await tampered((tx) => tx.query('UPDATE cases SET closed = NOT closed WHERE id = $1', [leaf]));
    expect(verify.firstBad).toMatchObject({ code: 'CASE_COLUMN_MISMATCH', caseId: leaf, path: 'closed' });
    ({ verify } = await tampered((tx) => tx.query('UPDATE cases SET revision = revision - 1 WHERE id = $1', [leaf])));
    expect(verify.firstBad).toMatchObject({ code: 'CASE_COLUMN_MISMATCH', caseId: leaf, path: 'revision' });
  });

  it('a stored deadline (case_deadlines) moved', async () => {
    const { replay } = await tampered((tx) => tx.query(`UPDATE case_deadlines SET due = '2099-12-31' WHERE case_id = $1 AND ordinal = 0`, [leaf]));
    expect(replay.firstBad).toMatchObject({ code: 'CASE_DEADLINES_MISMATCH', caseId: leaf, path: 'deadlines.0.due', stored: '2099-12-31' });
  });

  it('a deleted case row whose events remain', async () => {
    const { replay, verify } = await tampered((tx) => tx.query('DELETE FROM cases WHERE id = $1', [leaf]));
    expect(replay.firstBad).toMatchObject({ code: 'CASE_ROW_MISSING', caseId: leaf });
    expect(verify).toMatchObject({ ok: false, firstBad: { code: 'CASE_ROW_MISSING', caseId: leaf } });
  });

  it('a step added to a case\'s history without its event (the case has fewer events than its history)', async () => {
    const forged = JSON.stringify({ step: '结案', actor: 'fuze', at: '2026-04-01T10:00:00+08:00', date: '2026-04-01' });
    const add = (tx: Tx, revision: string) => tx.query(`UPDATE cases SET revision = ${revision}, body = jsonb_set(body, '{history}', (body->'history') || $1::jsonb) WHERE id = $2`, [forged, leaf]);
    let { replay, verify } = await tampered((tx) => add(tx, 'revision + 1'));
    expect(verify.firstBad).toMatchObject({ code: 'CASE_EVENTS_MISSING', caseId: leaf }); // the count check comes first
    expect(replay.firstBad).toMatchObject({ code: 'CASE_BODY_MISMATCH', caseId: leaf });
    expect(replay.firstBad!.path).toMatch(/^history\.\d+$/);
    ({ verify } = await tampered((tx) => add(tx, 'revision')));
    expect(verify.firstBad).toMatchObject({ code: 'CASE_BODY_MISMATCH', caseId: leaf });
    expect(verify.firstBad!.path).toMatch(/^history\.\d+$/);
  });

  it('a case row that no event opened', async () => {
    const { replay, verify } = await tampered((tx) =>
      tx.query(`INSERT INTO cases (id, procedure_id, procedure_version, kind, state, closed, body, revision, opened_at, updated_at, jurisdiction_id)
                SELECT '2026-999999', procedure_id, procedure_version, kind, state, closed, jsonb_set(body, '{id}', '"2026-999999"'), 0, opened_at, updated_at, jurisdiction_id FROM cases WHERE id = $1`, [leaf]),
    );
    expect(replay.firstBad).toMatchObject({ code: 'CASE_NOT_IN_RECORD', caseId: '2026-999999' });
    expect(verify.firstBad).toMatchObject({ code: 'CASE_EVENTS_MISSING', caseId: '2026-999999' });
  });

  it('the whole chain rewritten without a case\'s last event, its revision lowered to match (no anchor): the replay still finds the case', async () => {
    const events = await listEvents(ts.store);
    const last = events.filter((e) => e.caseId === leaf).at(-1)!;
    const { verify } = await tampered(async (tx) => {
      await tx.exec('ALTER TABLE record_event DISABLE TRIGGER USER; ALTER TABLE record_head DISABLE TRIGGER USER; DELETE FROM record_event; DELETE FROM record_head');
      let prev = '0'.repeat(64);
      let seq = 0;
      for (const e of events) {
        if (e.seq === last.seq) continue;
        const row = { ...e, seq: ++seq, prevHash: prev };
        const hash = eventHash(row);
        await tx.query(
          `INSERT INTO record_event (seq, id, case_id, actor, at, step, inputs, attachments, prev_hash, hash) VALUES ($1,$2,$3,$4,$5,$6,$7::jsonb,$8::jsonb,$9,$10)`,
          [row.seq, row.id, row.caseId, row.actor, row.at, row.step, JSON.stringify(row.inputs), JSON.stringify(row.attachments), prev, hash],
        );
        prev = hash;
      }
      await tx.query('INSERT INTO record_head (seq, hash) VALUES ($1, $2)', [seq, prev]);
      await tx.query('UPDATE cases SET revision = revision - 1 WHERE id = $1', [leaf]);
    });
    expect(verify).toMatchObject({ ok: false, firstBad: { code: 'CASE_BODY_MISMATCH', caseId: leaf } });
  });
});

describe('replay speed', () => {
  it('replays the record of these cases in well under a second per 100 cases', async () => {
    const started = performance.now();
    const r = await replayCases(ts.store, options);
    const ms = performance.now() - started;
    const per100 = (ms / r.cases) * 100;
    console.log(`replay: ${r.cases} cases, ${r.events} events in ${ms.toFixed(0)} ms — ${per100.toFixed(0)} ms per 100 cases`);
    expect(r.ok).toBe(true);
    expect(per100).toBeLessThan(5000);
  });
});
