// The record's tests, run on PGlite by record.test.ts and on the server by record.pg.test.ts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, openTestStore, packageRoot, type Store, type StoreKind, type TestStore, type Tx } from '../../../store/index.js';
import {
  AnchorKeeper,
  appendEvent,
  canonicalJson,
  readAnchors,
  eventHash,
  eventPayload,
  getAttachment,
  GENESIS_HASH,
  listEvents,
  sha256Hex,
  toShanghaiInstant,
  verifyRecord,
} from '../index.js';

/** Runs SQL on a record table with its append-only trigger switched off (simulated tampering). */
async function tamper(store: Store, table: 'record_event' | 'record_attachment', sql: string | string[], params: unknown[] = []): Promise<void> {
  const trigger = table === 'record_event' ? 'record_event_append_only' : 'record_attachment_append_only';
  await store.transaction(async (tx) => {
    await tx.exec(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
    for (const statement of Array.isArray(sql) ? sql : [sql]) await tx.query(statement, params);
    await tx.exec(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
  });
}

async function appendSome(store: Store, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await appendEvent(store, {
      caseId: i % 2 ? 'case-1' : 'case-2',
      actor: `officer-${i}`,
      step: ['立案', '调查取证', '告知', '决定', '送达'][i % 5]!,
      inputs: { i, 金额分: i * 10000, 备注: `第${i}步`, nested: { z: [1, 2.5, null], a: true } },
      at: new Date(Date.UTC(2025, 0, 20, 1, i)),
      ...(i === 2 ? { attachments: [{ name: '询问笔录.pdf', content: Buffer.from('%PDF 询问笔录'), mediaType: 'application/pdf' }] } : {}),
    });
  }
}

export function recordSuite(engine: StoreKind): void {
  describe(`全过程记录 on ${engine}`, { timeout: 60_000 }, () => {
    let t: TestStore;
    let store: Store;
    beforeEach(async () => {
      t = await openTestStore({ engine });
      store = t.store;
    }, 120_000);
    afterEach(async () => {
      await t?.cleanup();
    });

    it('an empty record verifies with 0 events', async () => {
      expect(await verifyRecord(store)).toEqual({ ok: true, events: 0 });
    });

    it('chains events: seq from 1, each prev_hash is the previous hash, hash recomputes from the stored row', async () => {
      await appendSome(store, 6);
      const events = await listEvents(store);
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(events[0]!.prevHash).toBe(GENESIS_HASH);
      for (let i = 1; i < events.length; i++) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
      for (const e of events) expect(sha256Hex(eventPayload(e))).toBe(e.hash);
      expect(events[0]!.at).toBe('2025-01-20T09:01:00.000+08:00');
      expect(await listEvents(store, { caseId: 'case-2' })).toHaveLength(3);
      const v = await verifyRecord(store);
      expect(v).toEqual({ ok: true, events: 6, head: { seq: 6, hash: events[5]!.hash } });
    });

    it('pins the serialisation: the hash is SHA-256 of the canonical JSON with sorted keys', () => {
      const e = {
        seq: 1,
        id: '00000000-0000-4000-8000-000000000001',
        caseId: null,
        actor: '张三',
        at: '2025-01-20T09:30:00.000+08:00',
        step: '立案',
        inputs: { b: 1, a: [true, null, 'é'] },
        attachments: [],
        prevHash: GENESIS_HASH,
      };
      const text =
        '{"actor":"张三","at":"2025-01-20T09:30:00.000+08:00","attachments":[],"caseId":null,"format":"yibao-record-v1",' +
        '"id":"00000000-0000-4000-8000-000000000001","inputs":{"a":[true,null,"é"],"b":1},' +
        `"prevHash":"${GENESIS_HASH}","seq":1,"step":"立案"}`;
      expect(eventPayload(e)).toBe(text);
      expect(eventHash(e)).toBe(sha256Hex(text));
      expect(canonicalJson({ 'b': 1, 'a': { d: 1, c: [1e21, 0.1, -0] } })).toBe('{"a":{"c":[1e+21,0.1,0],"d":1},"b":1}');
      expect(toShanghaiInstant(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01T00:30:00.000+08:00');
    });

    it('hashes inputs that survive the jsonb round trip unchanged (numbers, Unicode, nesting)', async () => {
      const inputs = {
        small: 1e-7, big: 12345678901234567000, huge: 1e300, neg: -0.5, sum: 0.1 + 0.2, zero: -0,
        text: '医保 😀 \u2028 "quoted" \\ back', nested: [{}, [], [null, true]], 'key with 空格': { b: 2, a: 1 },
        dropped: undefined, when: new Date('2025-01-20T01:00:00Z'),
      };
      const e = await appendEvent(store, { caseId: 'c', actor: 'u', step: '取证', inputs });
      const [read] = await listEvents(store);
      expect(read!.inputs).toEqual(e.inputs);
      expect(read!.inputs).toMatchObject({ when: '2025-01-20T01:00:00.000Z', zero: 0, big: 12345678901234567000 });
      expect(read!.inputs).not.toHaveProperty('dropped');
      expect(eventHash(read!)).toBe(e.hash);
      expect((await verifyRecord(store)).ok).toBe(true);
    });

    it('appends in the caller’s transaction: a rolled-back step leaves no event and no attachment', async () => {
      await store.exec('CREATE TABLE case_state (id text PRIMARY KEY, status text)');
      await store.transaction(async (tx: Tx) => {
        await tx.query(`INSERT INTO case_state VALUES ('c1', '已立案')`);
        await appendEvent(tx, { caseId: 'c1', actor: 'u1', step: '立案' });
      });
      await expect(
        store.transaction(async (tx: Tx) => {
          await tx.query(`UPDATE case_state SET status = '已决定' WHERE id = 'c1'`);
          await appendEvent(tx, { caseId: 'c1', actor: 'u1', step: '决定', attachments: [{ name: '决定书.docx', content: Buffer.from('未提交') }] });
          throw new Error('守卫拒绝');
        }),
      ).rejects.toThrow('守卫拒绝');
      expect((await store.query<{ status: string }>('SELECT status FROM case_state')).rows).toEqual([{ status: '已立案' }]);
      expect(await listEvents(store)).toHaveLength(1);
      expect(await getAttachment(store, sha256Hex(Buffer.from('未提交')))).toBeNull();
      expect((await verifyRecord(store)).ok).toBe(true);
    });

    it('stores attachments once by content hash and refuses a reference to an unknown one', async () => {
      const bytes = Buffer.from('现场照片');
      const e1 = await appendEvent(store, { caseId: 'c', actor: 'u', step: '检查', attachments: [{ name: 'a.jpg', content: bytes, mediaType: 'image/jpeg' }] });
      const ref = e1.attachments[0]!;
      expect(ref).toEqual({ sha256: sha256Hex(bytes), name: 'a.jpg', size: bytes.length, mediaType: 'image/jpeg' });
      await appendEvent(store, { caseId: 'c', actor: 'u', step: '处置', attachments: [{ name: 'again.jpg', content: bytes }, { sha256: ref.sha256, name: 'ref.jpg', size: 0 }] });
      expect((await store.query<{ n: number }>('SELECT count(*) AS n FROM record_attachment')).rows[0]!.n).toBe(1);
      expect((await getAttachment(store, ref.sha256))!.content.equals(bytes)).toBe(true);
      await expect(appendEvent(store, { caseId: 'c', actor: 'u', step: 'x', attachments: [{ sha256: 'f'.repeat(64), name: 'ghost', size: 1 }] })).rejects.toThrow(/附件尚未保存/);
      expect((await verifyRecord(store)).events).toBe(2);
    });

    it('the database refuses UPDATE, DELETE and TRUNCATE of the record', async () => {
      await appendSome(store, 2);
      await expect(store.query(`UPDATE record_event SET actor = 'x' WHERE seq = 1`)).rejects.toThrow(/只能追加/);
      await expect(store.query('DELETE FROM record_event WHERE seq = 2')).rejects.toThrow(/只能追加/);
      await expect(store.query('TRUNCATE record_event')).rejects.toThrow(/只能追加/);
      await expect(store.query(`UPDATE record_attachment SET content = 'x'`)).rejects.toThrow(/只能追加/);
      await expect(store.query('DELETE FROM record_head')).rejects.toThrow(/链头只能逐条前移/);
      await expect(store.query('UPDATE record_head SET seq = 1')).rejects.toThrow(/链头只能逐条前移/);
      expect((await verifyRecord(store)).ok).toBe(true);
    });

    it('detects an edited event and names it', async () => {
      await appendSome(store, 6);
      const target = (await listEvents(store))[3]!;
      await tamper(store, 'record_event', `UPDATE record_event SET inputs = jsonb_set(inputs, '{金额分}', '1') WHERE seq = 4`);
      const v = await verifyRecord(store);
      expect(v.ok).toBe(false);
      expect(v.firstBad).toMatchObject({ seq: 4, id: target.id, code: 'HASH_MISMATCH' });
      expect(v.firstBad!.reason).toMatch(/第 4 号事件.*被改动/);
    });

    it('detects an edited actor or time even when the attacker recomputes that event’s own hash', async () => {
      await appendSome(store, 5);
      const e = (await listEvents(store))[1]!;
      const forged = { ...e, actor: 'someone-else' };
      await tamper(store, 'record_event', `UPDATE record_event SET actor = $1, hash = $2 WHERE seq = 2`, [forged.actor, eventHash(forged)]);
      const v = await verifyRecord(store);
      expect(v.firstBad).toMatchObject({ seq: 3, code: 'PREV_HASH_MISMATCH' });
    });

    it('detects a deleted event in the middle, at the start and at the end', async () => {
      await appendSome(store, 6);
      const events = await listEvents(store);
      await tamper(store, 'record_event', 'DELETE FROM record_event WHERE seq = 3');
      expect((await verifyRecord(store)).firstBad).toMatchObject({ seq: 3, id: events[3]!.id, code: 'SEQ_GAP' });

      const t2 = await openTestStore({ engine });
      try {
        await appendSome(t2.store, 3);
        await tamper(t2.store, 'record_event', 'DELETE FROM record_event WHERE seq = 1');
        expect((await verifyRecord(t2.store)).firstBad).toMatchObject({ seq: 1, code: 'SEQ_GAP' });
      } finally {
        await t2.cleanup();
      }

      const t3 = await openTestStore({ engine });
      try {
        await appendSome(t3.store, 3);
        await tamper(t3.store, 'record_event', 'DELETE FROM record_event WHERE seq = 3');
        const v = await verifyRecord(t3.store);
        expect(v).toMatchObject({ ok: false, events: 2, firstBad: { seq: 3, id: null, code: 'HEAD_MISMATCH' } });
        expect(v.firstBad!.reason).toMatch(/末尾事件被删除/);
        // the next append chains onto the recorded tip, so the gap stays visible
        await appendEvent(t3.store, { caseId: null, actor: 'u', step: '后续' });
        expect((await verifyRecord(t3.store)).firstBad).toMatchObject({ seq: 3, code: 'SEQ_GAP' });
      } finally {
        await t3.cleanup();
      }
    });

    it('a full rewrite with every hash recomputed passes the chain check alone, but not an anchor kept outside', async () => {
      await appendSome(store, 5);
      const anchor = (await verifyRecord(store)).head!;
      const events = await listEvents(store);
      // The attacker edits event 3 and re-chains 3..5 and the head, as someone with full database access could.
      let prev = events[1]!.hash;
      await store.transaction(async (tx) => {
        await tx.exec('ALTER TABLE record_event DISABLE TRIGGER record_event_append_only; ALTER TABLE record_head DISABLE TRIGGER record_head_forward');
        for (const e of events.slice(2)) {
          const forged = { ...e, actor: e.seq === 3 ? '伪造者' : e.actor, prevHash: prev };
          const hash = eventHash(forged);
          await tx.query('UPDATE record_event SET actor = $1, prev_hash = $2, hash = $3 WHERE seq = $4', [forged.actor, prev, hash, e.seq]);
          prev = hash;
        }
        await tx.query('UPDATE record_head SET hash = $1', [prev]);
        await tx.exec('ALTER TABLE record_event ENABLE TRIGGER record_event_append_only; ALTER TABLE record_head ENABLE TRIGGER record_head_forward');
      });
      expect((await verifyRecord(store)).ok).toBe(true); // the limit of a hash chain on its own
      const v = await verifyRecord(store, { anchors: [anchor] });
      expect(v.firstBad).toMatchObject({ seq: 5, code: 'ANCHOR_MISMATCH' });
      expect((await verifyRecord(store, { anchors: [{ seq: 9, hash: anchor.hash }] })).firstBad).toMatchObject({ seq: 6, code: 'ANCHOR_MISMATCH' });
    });

    it('fails a record with no events while cases exist, and a case with fewer events than it requires', async () => {
      const openCase = async (id: string, revision: number) =>
        store.query(
          `INSERT INTO cases (id, procedure_id, procedure_version, kind, state, body, revision, opened_at, updated_at) VALUES ($1, 'xzcf', 1, '行政处罚', '立案', '{}'::jsonb, $2, now(), now())`,
          [id, revision],
        );
      await openCase('2026-000001', 2);
      let v = await verifyRecord(store);
      expect(v).toMatchObject({ ok: false, events: 0, firstBad: { seq: 1, code: 'RECORD_MISSING_FOR_CASES' } });
      expect(v.firstBad!.reason).toMatch(/1 件案件.*没有任何事件/);
      for (const step of ['开案', '线索核查']) await appendEvent(store, { caseId: '2026-000001', actor: 'u', step });
      v = await verifyRecord(store);
      expect(v).toMatchObject({ ok: false, events: 2, firstBad: { seq: 3, caseId: '2026-000001', code: 'CASE_EVENTS_MISSING' } });
      expect(v.firstBad!.reason).toMatch(/至少 3 个.*只有 2 个/);
      await appendEvent(store, { caseId: '2026-000001', actor: 'u', step: '立案' });
      expect(await verifyRecord(store)).toMatchObject({ ok: true, events: 3 });
      // the extension point: a check of one's own (the case engine's replay goes there)
      const replay = async () => ({ seq: 0, id: null, caseId: '2026-000001', code: 'CASE_STATE_DIFFERS', reason: '重放结果与案件不符' });
      expect((await verifyRecord(store, { checks: [replay] })).firstBad).toMatchObject({ code: 'CASE_STATE_DIFFERS' });
      expect((await verifyRecord(store, { checks: [] })).ok).toBe(true);
    });

    it('scopes what it tells: events of visible cases only, and a failure elsewhere without its position', async () => {
      await appendSome(store, 6); // case-1: seq 1, 3, 5; case-2: 2, 4, 6
      const visible = (id: string | null) => id === 'case-2';
      expect(await verifyRecord(store, { visibleCase: visible })).toEqual({ ok: true, events: 3 });
      await tamper(store, 'record_event', `UPDATE record_event SET inputs = jsonb_set(inputs, '{金额分}', '1') WHERE seq = 3`);
      const hidden = await verifyRecord(store, { visibleCase: visible });
      expect(hidden).toMatchObject({ ok: false, firstBad: { seq: 0, id: null, code: 'HASH_MISMATCH' } });
      expect(hidden.firstBad!.reason).not.toMatch(/第 3 号/);
      expect(await verifyRecord(store, { visibleCase: (id) => id === 'case-1' })).toMatchObject({ ok: false, firstBad: { seq: 3, code: 'HASH_MISMATCH', caseId: 'case-1' } });
    });

    it('keeps anchors outside the database without anyone doing it by hand: at start, when the head moved, at shutdown', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'yibao-anchors-'));
      const file = join(dir, 'record-anchors.jsonl');
      const logged: string[] = [];
      try {
        const keeper = new AnchorKeeper({ db: store, file, store: 'test', log: (l) => logged.push(l.reason) });
        await keeper.start(); // empty record: nothing to anchor
        expect(readAnchors(file)).toEqual([]);
        await appendSome(store, 3);
        await keeper.write('periodic');
        await keeper.write('periodic'); // the head did not move: no new line
        await appendEvent(store, { caseId: null, actor: 'u', step: '后续' });
        await keeper.stop();
        const lines = readAnchors(file, 'test');
        expect(lines.map((l) => [l.seq, l.reason])).toEqual([[3, 'periodic'], [4, 'shutdown']]);
        expect(logged).toEqual(['periodic', 'shutdown']);
        expect(lines[1]!.at).toMatch(/\+08:00$/);
        expect(await keeper.check()).toBeNull();
        expect(await verifyRecord(store, { anchors: lines })).toMatchObject({ ok: true, events: 4 });
        // anchors of another store in the same file are not mixed in
        expect(readAnchors(file, 'other')).toEqual([]);
        // after the tail is deleted and the head moved back, the anchors tell
        await store.transaction(async (tx) => {
          await tx.exec('ALTER TABLE record_event DISABLE TRIGGER USER; ALTER TABLE record_head DISABLE TRIGGER USER');
          await tx.query('DELETE FROM record_event WHERE seq = 4');
          await tx.query('UPDATE record_head SET seq = 3, hash = (SELECT hash FROM record_event WHERE seq = 3)');
          await tx.exec('ALTER TABLE record_event ENABLE TRIGGER USER; ALTER TABLE record_head ENABLE TRIGGER USER');
        });
        expect((await verifyRecord(store)).ok).toBe(true); // the chain alone is consistent
        expect((await verifyRecord(store, { anchors: readAnchors(file, 'test') })).firstBad).toMatchObject({ seq: 4, code: 'ANCHOR_MISMATCH' });
        expect(await keeper.check()).toMatchObject({ anchor: { seq: 4 }, found: null });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('detects an emptied record (events and head) against an anchor', async () => {
      await appendSome(store, 4);
      const anchor = (await verifyRecord(store)).head!;
      await store.transaction(async (tx) => {
        await tx.exec('ALTER TABLE record_event DISABLE TRIGGER USER; ALTER TABLE record_head DISABLE TRIGGER USER');
        await tx.query('DELETE FROM record_event');
        await tx.query('DELETE FROM record_head');
        await tx.exec('ALTER TABLE record_event ENABLE TRIGGER USER; ALTER TABLE record_head ENABLE TRIGGER USER');
      });
      expect(await verifyRecord(store)).toEqual({ ok: true, events: 0 }); // no cases, no anchor: nothing to compare with
      expect((await verifyRecord(store, { anchors: [anchor] })).firstBad).toMatchObject({ seq: 1, code: 'ANCHOR_MISMATCH' });
    });

    it('detects reordered events (sequence numbers swapped) and names the first', async () => {
      await appendSome(store, 6);
      const events = await listEvents(store);
      await tamper(store, 'record_event', [
        'UPDATE record_event SET seq = 1000000 WHERE seq = 4',
        'UPDATE record_event SET seq = 4 WHERE seq = 5',
        'UPDATE record_event SET seq = 5 WHERE seq = 1000000',
      ]);
      const v = await verifyRecord(store);
      expect(v.firstBad).toMatchObject({ seq: 4, id: events[4]!.id, code: 'PREV_HASH_MISMATCH' });
    });

    it('detects a dropped record table, and treats a never-migrated database as empty', async () => {
      await appendSome(store, 2);
      await store.exec('DROP TABLE record_event CASCADE');
      expect((await verifyRecord(store)).firstBad).toMatchObject({ seq: 1, id: null, code: 'RECORD_TABLE_MISSING' });
      const fresh = await openTestStore({ engine, migrate: false });
      try {
        expect(await verifyRecord(fresh.store)).toEqual({ ok: true, events: 0 });
      } finally {
        await fresh.cleanup();
      }
    });

    it('detects an altered or removed attachment', async () => {
      await appendSome(store, 3);
      const ref = (await listEvents(store))[1]!.attachments[0]!;
      await tamper(store, 'record_attachment', `UPDATE record_attachment SET content = $1 WHERE sha256 = $2`, [Buffer.from('%PDF 伪造'), ref.sha256]);
      expect((await verifyRecord(store)).firstBad).toMatchObject({ seq: 2, code: 'ATTACHMENT_ALTERED' });
      await tamper(store, 'record_attachment', `DELETE FROM record_attachment WHERE sha256 = $1`, [ref.sha256]);
      expect((await verifyRecord(store)).firstBad).toMatchObject({ seq: 2, code: 'ATTACHMENT_MISSING' });
    });

    it('keeps one unforked chain under concurrent appends', async () => {
      const others: Store[] =
        engine === 'postgres' ? [await openStore({ engine, databaseUrl: t.databaseUrl!, schema: t.schema!, migrate: false })] : [];
      try {
        const writers = [store, others[0] ?? store];
        await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            writers[i % 2]!.transaction(async (tx) => {
              await appendEvent(tx, { caseId: `c${i % 3}`, actor: `w${i % 2}`, step: '并发', inputs: { i } });
            }),
          ),
        );
      } finally {
        for (const s of others) await s.close();
      }
      const v = await verifyRecord(store, { batchSize: 7 });
      expect(v).toMatchObject({ ok: true, events: 40 });
    });

    it('loses nothing committed and shows nothing half-written after the writer is killed with SIGKILL', async () => {
      const dataDir = engine === 'pglite' ? mkdtempSync(join(tmpdir(), 'yibao-kill-')) : undefined;
      try {
        let lastReported = 0;
        for (let round = 0; round < 3; round++) {
          const killAfter = 15 + Math.floor(Math.random() * 25); // commits seen this round before the kill
          const delayMs = Math.floor(Math.random() * 60); // then a random moment, usually inside a later transaction
          const reported = await runAndKill(engine, { dataDir, schema: t.schema }, killAfter, delayMs);
          expect(reported).toBeGreaterThan(lastReported);
          lastReported = reported;
          const s = dataDir ? await openStore({ engine: 'pglite', dataDir }) : store;
          try {
            const n = (await s.query<{ n: number }>('SELECT count(*) AS n FROM record_event')).rows[0]!.n;
            const state = (await s.query<{ n: number }>('SELECT count(*) AS n FROM burst_state')).rows[0]!.n;
            // Every reported commit is there; at most the one being reported when killed is extra.
            expect(n === reported || n === reported + 1).toBe(true);
            // The state change and its event commit together, or not at all.
            expect(state).toBe(n);
            const v = await verifyRecord(s);
            expect(v).toMatchObject({ ok: true, events: n });
            lastReported = n;
          } finally {
            if (dataDir) await s.close();
          }
        }
      } finally {
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      }
    }, 180_000);
  });
}

/** Starts the burst writer, kills it with SIGKILL after `killAfter` commits plus `delayMs`; returns the last seq it reported. */
function runAndKill(engine: StoreKind, where: { dataDir?: string; schema?: string }, killAfter: number, delayMs: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(packageRoot, 'src/cases/record/test-support/burst-writer.ts')], {
      cwd: packageRoot,
      env: {
        ...process.env,
        BURST_ENGINE: engine,
        ...(where.dataDir ? { BURST_DATA_DIR: where.dataDir } : {}),
        ...(where.schema ? { BURST_SCHEMA: where.schema } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = 0;
    let seen = 0;
    let buffer = '';
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const m = /^committed (\d+)$/.exec(line);
        if (!m) continue;
        last = Number(m[1]);
        seen++;
        if (seen >= killAfter && !killing) {
          killing = true;
          setTimeout(() => child.kill('SIGKILL'), delayMs);
        }
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(last);
      else reject(new Error(`写入子进程意外退出（code ${code}）：${stderr}`));
    });
  });
}
