// A database written by an earlier version verifies after the upgrade: the record of the five
// demo cases of commit edc44e8 (2026-11-29, testing/fixtures/record-2026-11-29.json) — made
// before 法制审核 required its 逐项审核 and before a decision kept its 责令改正 (correction) —
// replays through today's engine and equals the stored cases. Before, `yibao audit verify`
// called that untouched database "篡改或损坏" (exit 1). A real change to it is still found.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestStore, type Queryable, type TestStore, type Tx } from '../store/index.js';
import { caseRecordChecks, realReplayOptions } from './runtime.js';
import { firstDifference, replayCases, type ReplayOptions } from './replay.js';
import { appendEvent, verifyRecord } from './record/index.js';
import { recordedInputSchema, stepInputSchema } from './steps/inputs.js';

const FIXTURE = new URL('./testing/fixtures/record-2026-11-29.json', import.meta.url);
const TABLES = ['users', 'cases', 'case_deadlines', 'case_secrets', 'record_event', 'record_head'] as const;
const Fixture = z.object({ source: z.string() }).catchall(z.array(z.record(z.string(), z.unknown())));

let ts: TestStore;
let options: ReplayOptions;

async function insertRows(db: Queryable, table: string, rows: Record<string, unknown>[]): Promise<void> {
  const types = new Map(
    (await db.query<{ column_name: string; data_type: string }>('SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1', [table])).rows.map((r) => [
      r.column_name,
      r.data_type,
    ]),
  );
  for (const row of rows) {
    const columns = Object.keys(row);
    const values = columns.map((c) => (types.get(c) === 'jsonb' || types.get(c) === 'json' ? (row[c] === null ? null : JSON.stringify(row[c])) : row[c]));
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, values);
  }
}

beforeAll(async () => {
  ts = await openTestStore();
  const fixture = Fixture.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  for (const table of TABLES) await insertRows(ts.store, table, fixture[table] ?? []);
  for (const a of fixture.record_attachment ?? []) {
    await ts.store.query(`INSERT INTO record_attachment (sha256, content, size, media_type, stored_at) VALUES ($1, decode($2, 'base64'), $3, $4, $5)`, [
      a.sha256, a.content_base64, a.size, a.media_type, a.stored_at,
    ]);
  }
  options = await realReplayOptions(ts.store);
}, 120_000);
afterAll(async () => ts.cleanup());

class Rollback extends Error {}
async function verifyAfter(tamper: (tx: Tx) => Promise<unknown>) {
  let out: Awaited<ReturnType<typeof verifyRecord>> | undefined;
  await ts.store
    .transaction(async (tx) => {
      await tamper(tx);
      out = await verifyRecord(tx, { checks: await caseRecordChecks(tx) });
      throw new Rollback();
    })
    .catch((err: unknown) => {
      if (!(err instanceof Rollback)) throw err;
    });
  return out!;
}

describe('a record written by an earlier version', { timeout: 120_000 }, () => {
  it('replays through today’s engine and equals the stored cases: chain, events per case and every case', async () => {
    const replay = await replayCases(ts.store, options);
    expect(replay.firstBad).toBeUndefined();
    expect(replay).toMatchObject({ ok: true, cases: 5, events: 43 });
    const verify = await verifyRecord(ts.store, { checks: await caseRecordChecks(ts.store) });
    expect(verify.firstBad).toBeUndefined();
    expect(verify).toMatchObject({ ok: true, events: 43 });
  });

  it('holds steps recorded under an older form: a 法制审核 without 逐项审核, and bodies without the later correction', async () => {
    const { rows } = await ts.store.query<{ inputs: Record<string, unknown> | string }>(`SELECT inputs FROM record_event WHERE step = '法制审核' AND case_id IN (SELECT id FROM cases WHERE kind = '行政处罚')`);
    expect(rows.length).toBeGreaterThan(0);
    const inputs = rows.map((r) => (typeof r.inputs === 'string' ? JSON.parse(r.inputs) : r.inputs) as Record<string, unknown>);
    expect(inputs.every((i) => !('审核事项' in i))).toBe(true);
    const bodies = (await ts.store.query<{ body: { penalty: { decided?: Record<string, unknown> } } }>('SELECT body FROM cases')).rows;
    expect(bodies.some((b) => b.body.penalty.decided && !('correction' in b.body.penalty.decided))).toBe(true);
  });

  it('still finds a change: a fine lowered in a stored body, an event removed', async () => {
    const { rows } = await ts.store.query<{ id: string }>(`SELECT id FROM cases WHERE body->'penalty'->'decided' IS NOT NULL ORDER BY id LIMIT 1`);
    const id = rows[0]!.id;
    const lowered = await verifyAfter((tx) =>
      tx.query(
        `UPDATE cases SET body = jsonb_set(body, '{penalty,decided,measures}', (SELECT jsonb_agg(CASE WHEN m ? 'amountFen' THEN jsonb_set(m, '{amountFen}', '1') ELSE m END) FROM jsonb_array_elements(body->'penalty'->'decided'->'measures') m)) WHERE id = $1`,
        [id],
      ),
    );
    expect(lowered.ok).toBe(false);
    expect(lowered.firstBad).toMatchObject({ code: 'CASE_BODY_MISMATCH', caseId: id });
    expect(lowered.firstBad!.path).toMatch(/^penalty\.decided\.measures\.\d+\.amountFen$/);
    const removed = await verifyAfter(async (tx) => {
      // as the database's owner would: the append-only triggers off
      await tx.exec('ALTER TABLE record_event DISABLE TRIGGER USER; ALTER TABLE record_head DISABLE TRIGGER USER');
      await tx.query('DELETE FROM record_event WHERE seq = (SELECT max(seq) FROM record_event)');
      await tx.query('UPDATE record_head SET seq = seq - 1, hash = (SELECT hash FROM record_event ORDER BY seq DESC LIMIT 1)');
    });
    expect(removed.ok).toBe(false);
  });
});

describe('reading a step recorded before a field became required', () => {
  const schema = stepInputSchema('行政处罚法制审核')!;
  const fields = { 结论: '同意', 审核意见: '事实清楚，证据确凿，适用依据正确，程序合法，处罚适当。' };

  it('today’s schema refuses the old input; the recorded-input schema reads it, with the field left out', () => {
    const today = schema.safeParse(fields);
    expect(today.success).toBe(false);
    const then = recordedInputSchema(schema, today.error!, fields);
    expect(then).toBeDefined();
    const read = then!.safeParse(fields);
    expect(read.success).toBe(true);
    expect(read.data).toMatchObject(fields);
  });

  it('gives no way round a wrong value: a field given with the wrong type is not relaxed', () => {
    const wrong = { ...fields, 结论: 42 };
    const today = schema.safeParse(wrong);
    expect(today.success).toBe(false);
    expect(recordedInputSchema(schema, today.error!, wrong)).toBeUndefined();
  });
});

describe('comparing a stored body with its replay', () => {
  it('a field the replay keeps empty and an older body lacks is no difference; one with content is', () => {
    expect(firstDifference({ a: 1 }, { a: 1, correction: {}, evidence: [], note: '', flag: false, nested: { list: [] } })).toBeNull();
    expect(firstDifference({ a: 1 }, { a: 1, correction: { by: '2026-03-01' } })).toMatchObject({ path: 'correction' });
    expect(firstDifference({ a: 1, evidence: [] }, { a: 1, evidence: ['笔录1'] })).toMatchObject({ path: 'evidence.0' });
    // a field with content emptied or removed in the stored body is a difference
    expect(firstDifference({ a: 1, penalty: {} }, { a: 1, penalty: { amountFen: 100 } })).toMatchObject({ path: 'penalty.amountFen' });
    expect(firstDifference({ a: 1 }, { a: 1, penalty: { amountFen: 100 } })).toMatchObject({ path: 'penalty' });
  });
});

describe('a record from before 开案 kept what a replay needs', { timeout: 60_000 }, () => {
  it('is "cannot be checked" (RECORD_TOO_OLD), not "altered": the 开案 as written has no jurisdiction', async () => {
    const old = await openTestStore();
    try {
      await appendEvent(old.store, { caseId: '2026-000001', actor: 'zhifa1', step: '开案', inputs: { procedure: 'xzcf-putong@2', item: '000_650efb1eb094bc36#3' } });
      const r = await replayCases(old.store, await realReplayOptions(old.store));
      expect(r.ok).toBe(false);
      expect(r.firstBad).toMatchObject({ code: 'RECORD_TOO_OLD', caseId: '2026-000001', seq: 1 });
      expect(r.firstBad!.reason).toMatch(/较早的版本写入.*jurisdiction/);
    } finally {
      await old.cleanup();
    }
  });
});
