import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAnchor, appendEvent, eventHash, listEvents, readHead, type RecordEvent } from '../cases/record/index.js';
import { openStore, packageRoot } from '../store/index.js';
import { registerAuditCommands } from './audit-commands.js';
import { CaseService, insertDemoUsers, loadProcedures, realPorts } from '../cases/index.js';
import { runItemThroughService } from '../cases/testing/service-run.js';
import { clock } from '../cases/testing/scenarios.js';

// These tests open their own PGlite folders: a DATABASE_URL in the environment (as in the
// database-server suite) must not send the in-process commands to that server.
delete process.env.DATABASE_URL;

async function run(args: string[], dataDir: string): Promise<{ out: string; code: number | undefined }> {
  let out = '';
  let code: number | undefined;
  const program = new Command().exitOverride();
  registerAuditCommands(program, { write: (t) => void (out += t), setExitCode: (c) => void (code = c) });
  await program.parseAsync(['node', 'yibao', ...args, '--data-dir', dataDir]);
  return { out, code };
}

describe('yibao audit verify', { timeout: 60_000 }, () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'yibao-audit-'));
    const store = await openStore({ engine: 'pglite', dataDir });
    for (let i = 1; i <= 4; i++) await appendEvent(store, { caseId: 'c1', actor: 'u1', step: `第${i}步`, inputs: { i } });
    await store.close();
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reports an intact record as JSON with exit code 0, and in Chinese without --json', async () => {
    const r = await run(['audit', 'verify', '--json'], dataDir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { ok: boolean; events: number; head: { seq: number; hash: string } };
    expect(json).toMatchObject({ ok: true, events: 4, head: { seq: 4 } });
    expect(json).not.toHaveProperty('firstBad');
    const text = await run(['audit', 'verify'], dataDir);
    expect(text.out).toMatch(/^全过程记录完好：共 4 个事件/);
    const anchored = await run(['audit', 'verify', '--json', '--anchor', `4:${json.head.hash}`], dataDir);
    expect(anchored.code).toBe(0);
    const wrong = await run(['audit', 'verify', '--json', '--anchor', `4:${'0'.repeat(64)}`], dataDir);
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.out)).toMatchObject({ ok: false, firstBad: { seq: 4, code: 'ANCHOR_MISMATCH' } });
    await expect(run(['audit', 'verify', '--anchor', 'x'], dataDir)).rejects.toThrow(/序号:64位十六进制哈希/);
  });

  it('does not create or migrate a database it verifies', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'yibao-audit-empty-'));
    try {
      const r = await run(['audit', 'verify', '--json'], empty);
      expect(JSON.parse(r.out)).toEqual({ ok: true, events: 0, anchors: 0 });
      expect((await run(['audit', 'log'], empty)).out).toBe('没有事件\n');
      const s = await openStore({ engine: 'pglite', dataDir: empty, migrate: false });
      const { rows } = await s.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
      await s.close();
      expect(rows[0]!.t).toBeNull();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('a database an earlier version wrote and that is not yet upgraded: exit 2 naming the migrations it lacks (not an internal error, not "altered")', async () => {
    const old = mkdtempSync(join(tmpdir(), 'yibao-audit-old-'));
    try {
      const s = await openStore({ engine: 'pglite', dataDir: old });
      await appendEvent(s, { caseId: 'c1', actor: 'u1', step: '第1步', inputs: { i: 1 } });
      // as if written before the last two migrations existed
      const last = (await s.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version DESC LIMIT 2')).rows;
      await s.query('DELETE FROM schema_migrations WHERE version = ANY($1)', [last.map((m) => m.version)]);
      await s.close();
      const r = await run(['audit', 'verify', '--json'], old).then(
        () => ({ error: undefined }),
        (error: unknown) => ({ error }),
      );
      expect(r.error).toMatchObject({ exitCode: 2 });
      const message = (r.error as Error).message;
      expect(message).toMatch(/尚未升级到本版本/);
      for (const m of last) expect(message).toContain(`${String(m.version).padStart(3, '0')}_${m.name}`);
      // nothing was changed: the migrations are still missing
      const again = await openStore({ engine: 'pglite', dataDir: old, migrate: false });
      expect(Number((await again.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations WHERE version = ANY($1)', [last.map((m) => m.version)])).rows[0]!.n)).toBe(0);
      await again.close();
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });

  it('lists the events, of all cases or of one', async () => {
    const all = await run(['audit', 'log', '--json'], dataDir);
    const events = JSON.parse(all.out) as Array<{ seq: number; step: string; caseId: string }>;
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(JSON.parse((await run(['audit', 'log', '--json', '--after', '2', '--limit', '1'], dataDir)).out)).toMatchObject([{ seq: 3, step: '第3步' }]);
    expect(JSON.parse((await run(['audit', 'log', '--json', '--case', 'other'], dataDir)).out)).toEqual([]);
    const text = (await run(['audit', 'log', '--case', 'c1'], dataDir)).out;
    expect(text.split('\n').filter(Boolean)).toHaveLength(4);
    expect(text).toMatch(/^第 1 号  \S+\+08:00  c1  第1步  执行人 u1/);
    await expect(run(['audit', 'log', '--limit', '0'], dataDir)).rejects.toThrow(/--limit 应为正整数/);
  });

  it('names the first bad event and exits 1 after tampering, also through the real `yibao` entry', async () => {
    const store = await openStore({ engine: 'pglite', dataDir });
    await store.exec(`ALTER TABLE record_event DISABLE TRIGGER record_event_append_only;
      UPDATE record_event SET step = '伪造' WHERE seq = 2;
      ALTER TABLE record_event ENABLE TRIGGER record_event_append_only;`);
    const id = (await store.query<{ id: string }>('SELECT id::text AS id FROM record_event WHERE seq = 2')).rows[0]!.id;
    await store.close();
    const r = await run(['audit', 'verify', '--json'], dataDir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, events: 2, firstBad: { seq: 2, id, code: 'HASH_MISMATCH' } });
    expect((await run(['audit', 'verify'], dataDir)).out).toMatch(/第一个问题在第 2 号事件/);

    const env: NodeJS.ProcessEnv = { ...process.env, YIBAO_DATA: dataDir };
    delete env.DATABASE_URL;
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(packageRoot, 'src/cli/main.ts'), 'audit', 'verify', '--json'], {
      cwd: packageRoot,
      env,
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(1);
    expect(JSON.parse(child.stdout)).toMatchObject({ ok: false, firstBad: { seq: 2, id } });
  }, 120_000);
});

/** The real `yibao` entry in a child process, on the PGlite folder `dataDir`. */
function cli(args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, YIBAO_DATA: dataDir };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', join(packageRoot, 'src/cli/main.ts'), ...args], { cwd: packageRoot, env, encoding: 'utf8' });
}

describe('yibao audit verify against the anchors the server wrote, and the cases', { timeout: 180_000 }, () => {
  let dataDir: string;
  const anchorFile = () => join(dataDir, 'record-anchors.jsonl');
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'yibao-audit-anchor-'));
    const store = await openStore({ engine: 'pglite', dataDir });
    for (let i = 1; i <= 5; i++) await appendEvent(store, { caseId: null, actor: 'u1', step: `第${i}步`, inputs: { i } });
    appendAnchor(anchorFile(), (await readHead(store))!, 'pglite', 'shutdown');
    await store.close();
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reads the anchor file of the data folder on its own (no --anchor needed)', async () => {
    const r = await run(['audit', 'verify', '--json'], dataDir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, events: 5, anchors: 1 });
    expect((await run(['audit', 'verify'], dataDir)).out).toMatch(/已对照库外锚点 1 个/);
  });

  /** Replaces the whole chain in the folder (triggers off, as someone with the files could); `rehash` recomputes every hash. */
  async function replaceChain(events: RecordEvent[], rehash: boolean): Promise<void> {
    const store = await openStore({ engine: 'pglite', dataDir });
    try {
      await store.exec('ALTER TABLE record_event DISABLE TRIGGER USER; ALTER TABLE record_head DISABLE TRIGGER USER; DELETE FROM record_event; DELETE FROM record_head');
      let prev = '0'.repeat(64);
      for (const e of events) {
        const row = rehash ? { ...e, prevHash: prev, hash: eventHash({ ...e, prevHash: prev }) } : e;
        await store.query(
          `INSERT INTO record_event (seq, id, case_id, actor, at, step, inputs, attachments, prev_hash, hash) VALUES ($1,$2,$3,$4,$5,$6,$7::jsonb,$8::jsonb,$9,$10)`,
          [row.seq, row.id, row.caseId, row.actor, row.at, row.step, JSON.stringify(row.inputs), JSON.stringify(row.attachments), row.prevHash, row.hash],
        );
        prev = row.hash;
      }
      if (events.length) await store.query('INSERT INTO record_head (seq, hash) VALUES ($1, $2)', [events.at(-1)!.seq, prev]);
      await store.exec('ALTER TABLE record_event ENABLE TRIGGER USER; ALTER TABLE record_head ENABLE TRIGGER USER');
    } finally {
      await store.close();
    }
  }

  it('catches a consistent rewrite of the whole chain, a deleted tail with the head moved back, and an emptied record', async () => {
    const store = await openStore({ engine: 'pglite', dataDir });
    const events = await listEvents(store);
    await store.close();
    try {
      await replaceChain(events.map((e) => (e.seq === 2 ? { ...e, actor: '伪造者' } : e)), true);
      let r = await run(['audit', 'verify', '--json'], dataDir);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.out)).toMatchObject({ ok: false, firstBad: { seq: 5, code: 'ANCHOR_MISMATCH' } });

      await replaceChain(events.slice(0, 3), false);
      r = await run(['audit', 'verify', '--json'], dataDir);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.out)).toMatchObject({ ok: false, events: 3, firstBad: { seq: 4, code: 'ANCHOR_MISMATCH' } });
      expect((await run(['audit', 'verify'], dataDir)).out).toMatch(/事件被删除/);

      await replaceChain([], false);
      r = await run(['audit', 'verify', '--json'], dataDir);
      expect(JSON.parse(r.out)).toMatchObject({ ok: false, events: 0, firstBad: { seq: 1, code: 'ANCHOR_MISMATCH' } });
    } finally {
      await replaceChain(events, false);
    }
    expect((await run(['audit', 'verify', '--json'], dataDir)).code).toBe(0);
  });

  it('a damaged anchor file is exit 2 naming the line, never skipped', async () => {
    const original = readFileSync(anchorFile(), 'utf8');
    writeFileSync(anchorFile(), original + '{"seq": "not a number"}\n');
    try {
      const child = cli(['audit', 'verify'], dataDir);
      expect(child.status, child.stderr).toBe(2);
      expect(child.stderr).toMatch(/第 2 行/);
    } finally {
      writeFileSync(anchorFile(), original);
    }
  });

  it('exits 2 (not 1, "record altered") while a server holds the embedded store, saying so', async () => {
    const holder = await openStore({ engine: 'pglite', dataDir, migrate: false }); // as `yibao serve` would
    try {
      const child = cli(['audit', 'verify', '--json'], dataDir);
      expect(child.status, child.stderr).toBe(2);
      expect(child.stdout).toBe('');
      expect(child.stderr).toMatch(/无法核验.*正被进程 \d+ 使用/);
      expect(child.stderr).toMatch(/\/api\/record\/verify/);
      expect(child.stderr).not.toMatch(/内部错误|at .*\.ts/);
    } finally {
      await holder.close();
    }
  });
});

describe('yibao audit verify replays every case from the record', { timeout: 240_000 }, () => {
  let dataDir: string;
  let caseId: string;
  let index: number;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'yibao-audit-replay-'));
    const store = await openStore({ engine: 'pglite', dataDir });
    await insertDemoUsers(store);
    const service = new CaseService(store, loadProcedures(), realPorts());
    const { state } = await runItemThroughService(service, '000_650efb1eb094bc36#3', clock('2026-03-02'));
    caseId = state.id;
    index = state.penalty.decided!.measures.findIndex((m) => (m as { amountFen?: number }).amountFen !== undefined);
    await store.close();
  }, 240_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('a fine edited in cases.body with the server stopped: exit 1, naming the case and the field; a deleted case row: exit 1', async () => {
    expect(index).toBeGreaterThanOrEqual(0);
    expect((await run(['audit', 'verify', '--json'], dataDir)).code).toBe(0);
    let store = await openStore({ engine: 'pglite', dataDir });
    await store.query(`UPDATE cases SET body = jsonb_set(body, $1::text[], '1') WHERE id = $2`, [`{penalty,decided,measures,${index},amountFen}`, caseId]);
    await store.close();
    const r = await run(['audit', 'verify', '--json'], dataDir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, firstBad: { code: 'CASE_BODY_MISMATCH', caseId, path: `penalty.decided.measures.${index}.amountFen` } });
    const text = await run(['audit', 'verify'], dataDir);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(new RegExp(`全过程记录已被篡改或损坏.*案件 ${caseId} 的存储内容与按全过程记录重放.*penalty\\.decided\\.measures\\.${index}\\.amountFen 存为 1`));

    store = await openStore({ engine: 'pglite', dataDir });
    await store.query('DELETE FROM cases WHERE id = $1', [caseId]);
    await store.close();
    const gone = await run(['audit', 'verify', '--json'], dataDir);
    expect(gone.code).toBe(1);
    expect(JSON.parse(gone.out)).toMatchObject({ ok: false, firstBad: { code: 'CASE_ROW_MISSING', caseId } });
  });
});
