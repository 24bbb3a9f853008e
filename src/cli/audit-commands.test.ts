import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvent } from '../cases/record/index.js';
import { openStore, packageRoot } from '../store/index.js';
import { registerAuditCommands } from './audit-commands.js';

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
      expect(JSON.parse(r.out)).toEqual({ ok: true, events: 0 });
      expect((await run(['audit', 'log'], empty)).out).toBe('没有事件\n');
      const s = await openStore({ engine: 'pglite', dataDir: empty, migrate: false });
      const { rows } = await s.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
      await s.close();
      expect(rows[0]!.t).toBeNull();
    } finally {
      rmSync(empty, { recursive: true, force: true });
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
