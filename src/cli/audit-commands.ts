// `yibao audit …`: checks of the 全过程记录 (hash-chained record).
// `yibao audit verify [--json]` exits 0 when the record is intact, 1 when it is not, 2 when
// it cannot be checked (bad arguments, or the embedded store held by a running server);
// `yibao audit log [--case ID] [--json]` lists the events.
// verify checks the chain, every anchor the server wrote outside the database
// (<data folder>/record-anchors.jsonl) plus those given with --anchor, and that every case
// has the events it requires; then it replays every case from its events through the case
// engine and compares the result with the stored case (cases.body — what the console, the
// documents and the portal's published decisions read —, its columns and case_deadlines),
// naming the first case and field that differ (exit 1).
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError } from './errors.js';
import { anchorFileIn, caseRecordChecks, listEvents, readAnchors, verifyRecord, type VerifyResult } from '../cases/index.js';
import { dataRoot, listMigrations, openStore, StoreError, type Store } from '../store/index.js';

export interface AuditCommandDeps {
  /** Where output goes (default stdout). */
  write?: (text: string) => void;
  /** Opens the store (default: DATABASE_URL, else PGlite in --data-dir / YIBAO_DATA / ./var). */
  open?: (opts: { dataDir?: string }) => Promise<Store>;
  /** Receives the exit code (default: sets process.exitCode). */
  setExitCode?: (code: number) => void;
}

/** The anchor store identity the server writes for this store (src/server/app.ts defaultAnchorTarget). */
function anchorStoreOf(store: Store): string {
  return store.kind === 'pglite' ? 'pglite' : `postgres:${store.location}#${store.schema}`;
}

/** Opens the store; the embedded one held by a running server is exit 2 with its own message. */
async function openForAudit(open: (o: { dataDir?: string }) => Promise<Store>, dataDir?: string): Promise<Store> {
  let store: Store;
  try {
    store = await open(dataDir ? { dataDir } : {});
  } catch (err) {
    if (err instanceof StoreError && err.code === 'STORE_LOCKED') {
      throw new CliError(`无法核验：${err.message}。请在服务运行时通过接口 GET /api/record/verify 核验，或先停止服务（yibao serve）再运行 yibao audit verify`, 2);
    }
    throw err;
  }
  // The audit reads and never changes the database: one written by an earlier version is
  // checked once it has been upgraded (the server upgrades it when it starts).
  const pending = await pendingMigrations(store);
  if (pending.length) {
    await store.close();
    throw new CliError(`无法核验：数据库由较早的版本写入，尚未升级到本版本（待执行的迁移：${pending.join('、')}）。请先启动一次服务（yibao serve，启动时自动升级数据库，不改动全过程记录），停止后再运行 yibao audit verify`, 2);
  }
  return store;
}

/** Migrations of this version the store has not had (none for an empty store: nothing to check). */
async function pendingMigrations(store: Store): Promise<string[]> {
  const has = (await store.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`)).rows[0]!.t !== null;
  if (!has) return [];
  const done = new Set((await store.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
  return listMigrations().filter((m) => !done.has(m.version)).map((m) => m.file.replace(/\.sql$/, ''));
}

function describe(result: VerifyResult): string {
  if (result.ok) {
    return result.head
      ? `全过程记录完好：共 ${result.events} 个事件，链头为第 ${result.head.seq} 号事件，哈希 ${result.head.hash}\n`
      : '全过程记录完好：尚无事件\n';
  }
  const bad = result.firstBad!;
  if (bad.code === 'RECORD_TOO_OLD') return `无法核验：检查了 ${result.events} 个事件，哈希链完好；${bad.reason}［${bad.code}］\n`;
  return `全过程记录已被篡改或损坏：检查了 ${result.events} 个事件，第一个问题在第 ${bad.seq} 号事件${bad.id ? `（${bad.id}）` : ''}：${bad.reason}［${bad.code}］\n`;
}

/** Registers the `yibao audit` sub-commands. */
export function registerAuditCommands(program: Command, deps: AuditCommandDeps = {}): void {
  const write = deps.write ?? ((t: string) => void process.stdout.write(t));
  // An audit never changes the schema: the store is opened without migrating it.
  const open = deps.open ?? ((o: { dataDir?: string }) => openStore({ migrate: false, ...(o.dataDir ? { dataDir: o.dataDir } : {}) }));
  const setExitCode = deps.setExitCode ?? ((c: number) => void (process.exitCode = c));
  const audit = program.command('audit').description('审计：全过程记录的完整性检查');
  audit
    .command('verify')
    .description('逐条核对全过程记录的哈希链、服务写下的库外锚点（数据目录下 record-anchors.jsonl）和各案件应有的事件数，并按记录逐案重放、与库中案件（含门户公示所读的案件内容和期限表）比对，指出第一个被修改、删除或调换顺序的事件或第一个不符的案件及字段（完好时退出码 0，被改动 1，无法核验 2）')
    .option('--json', '输出 JSON：{ "ok": boolean, "events": number, "head"?: { seq, hash }, "firstBad"?: { seq, id, code, reason, caseId?, path? }, "anchors": number }')
    .option(
      '--anchor <seq:hash>',
      '库外留存的锚点（某号事件的哈希，如此前 verify 输出的链头），可重复；不符即判为被改写',
      (value: string, prev: string[]) => [...prev, value],
      [] as string[],
    )
    .option('--data-dir <dir>', 'PGlite 数据目录的根（默认 YIBAO_DATA，否则 ./var）；设置了 DATABASE_URL 时不用')
    .action(async (opts: { json?: boolean; dataDir?: string; anchor: string[] }) => {
      const anchors = opts.anchor.map((a) => {
        const m = /^(\d+):([0-9a-f]{64})$/.exec(a.trim());
        if (!m) throw new CliError(`--anchor 的格式应为 序号:64位十六进制哈希：${a}`, 2);
        return { seq: Number(m[1]), hash: m[2]! };
      });
      const store = await openForAudit(open, opts.dataDir);
      let result: VerifyResult;
      let anchorFile: string | undefined;
      let fileAnchors = 0;
      try {
        anchorFile = anchorFileIn(dataRoot(opts.dataDir));
        let kept;
        try {
          kept = readAnchors(anchorFile, anchorStoreOf(store));
        } catch (err) {
          throw new CliError(`${(err as Error).message}（锚点文件损坏，无法核验；请检查该文件或其备份）`, 2);
        }
        fileAnchors = kept.length;
        // the chain, the anchors, the events each case requires, then every case replayed from its events
        result = await verifyRecord(store, { anchors: [...kept, ...anchors], checks: await caseRecordChecks(store) });
      } finally {
        await store.close();
      }
      const anchorsChecked = fileAnchors + anchors.length;
      if (opts.json) {
        const out: Record<string, unknown> = { ok: result.ok, events: result.events };
        if (result.head) out.head = result.head;
        if (result.firstBad) out.firstBad = result.firstBad;
        out.anchors = anchorsChecked;
        write(`${JSON.stringify(out)}\n`);
      } else {
        write(describe(result));
        write(
          anchorsChecked
            ? `已对照库外锚点 ${anchorsChecked} 个（${fileAnchors} 个取自 ${anchorFile}${anchors.length ? `，${anchors.length} 个由 --anchor 给出` : ''}）\n`
            : `没有库外锚点可对照${anchorFile && !existsSync(anchorFile) ? `（${anchorFile} 不存在：服务尚未在此数据目录运行过）` : ''}：整条记录被一致改写时，仅凭哈希链无法发现\n`,
        );
      }
      // a record too old to replay is not a record found altered: it cannot be checked
      setExitCode(result.ok ? 0 : result.firstBad?.code === 'RECORD_TOO_OLD' ? 2 : 1);
    });
  audit
    .command('log')
    .description('按顺序列出全过程记录中的事件')
    .option('--case <id>', '只列出此案件的事件')
    .option('--after <seq>', '从此序号之后开始', '0')
    .option('--limit <n>', '最多列出多少条', '1000')
    .option('--json', '输出 JSON 数组')
    .option('--data-dir <dir>', 'PGlite 数据目录的根（默认 YIBAO_DATA，否则 ./var）；设置了 DATABASE_URL 时不用')
    .action(async (opts: { case?: string; after: string; limit: string; json?: boolean; dataDir?: string }) => {
      const afterSeq = Number(opts.after);
      const limit = Number(opts.limit);
      if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) throw new CliError(`--after 应为非负整数：${opts.after}`, 2);
      if (!Number.isSafeInteger(limit) || limit < 1) throw new CliError(`--limit 应为正整数：${opts.limit}`, 2);
      const store = await openForAudit(open, opts.dataDir);
      let events;
      try {
        const exists = (await store.query<{ t: string | null }>(`SELECT to_regclass('record_event')::text AS t`)).rows[0]!.t !== null;
        events = exists ? await listEvents(store, { afterSeq, limit, ...(opts.case !== undefined ? { caseId: opts.case } : {}) }) : [];
      } finally {
        await store.close();
      }
      if (opts.json) {
        write(`${JSON.stringify(events)}\n`);
        return;
      }
      if (events.length === 0) {
        write('没有事件\n');
        return;
      }
      for (const e of events) {
        const files = e.attachments.length ? `，附件 ${e.attachments.map((a) => a.name).join('、')}` : '';
        write(`第 ${e.seq} 号  ${e.at}  ${e.caseId ?? '（无案件）'}  ${e.step}  执行人 ${e.actor}${files}  哈希 ${e.hash.slice(0, 12)}…\n`);
      }
    });
}
