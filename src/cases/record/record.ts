// 全过程记录: an append-only, hash-chained record of every step, with attachments
// stored by content hash. Append inside the caller's transaction so the step and its
// record commit together.
import { createHash, randomUUID } from 'node:crypto';
import { advisoryXactLock, withTransaction, type Queryable, type Store, type Tx } from '../../store/index.js';
import { canonicalJson, toJsonValue, type JsonValue } from './canonical.js';
import { DEFAULT_RECORD_CHECKS } from './checks.js';

/** prev_hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);
/** Version tag inside every hashed event: change it only with a new serialisation. */
export const RECORD_FORMAT = 'yibao-record-v1';

export interface AttachmentRef {
  sha256: string;
  name: string;
  size: number;
  mediaType?: string;
}

export interface NewAttachment {
  name: string;
  content: Uint8Array;
  mediaType?: string;
}

export interface AppendEventInput {
  /** The case this step belongs to; null for events outside a case (e.g. configuration). */
  caseId: string | null;
  /** Who acted (user id). */
  actor: string;
  /** The step's name, e.g. '立案' or 'case.open'. */
  step: string;
  /** What was entered or decided: any JSON value (default {}). */
  inputs?: unknown;
  /** New files (stored by hash in the same transaction) or references to stored ones. */
  attachments?: Array<NewAttachment | AttachmentRef>;
  /** When it happened; default now. Stored as an ISO instant in +08:00 with milliseconds. */
  at?: Date | string;
  /** Event id (uuid); default random. */
  id?: string;
}

export interface RecordEvent {
  seq: number;
  id: string;
  caseId: string | null;
  actor: string;
  at: string;
  step: string;
  inputs: JsonValue;
  attachments: AttachmentRef[];
  prevHash: string;
  hash: string;
}

export class RecordError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RecordError';
  }
}

const HEX64 = /^[0-9a-f]{64}$/;

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** An instant as ISO 8601 in Beijing time: 2025-01-20T09:30:00.000+08:00. */
export function toShanghaiInstant(at: Date | string = new Date()): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) throw new RecordError('BAD_TIME', `时间无法识别：${String(at)}`);
  return `${new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 23)}+08:00`;
}

/** The canonical text that is hashed for an event (every field but `hash`). */
export function eventPayload(e: Omit<RecordEvent, 'hash'>): string {
  return canonicalJson({
    format: RECORD_FORMAT,
    seq: e.seq,
    id: e.id,
    caseId: e.caseId,
    actor: e.actor,
    at: e.at,
    step: e.step,
    inputs: e.inputs,
    attachments: e.attachments,
    prevHash: e.prevHash,
  });
}

export function eventHash(e: Omit<RecordEvent, 'hash'>): string {
  return sha256Hex(eventPayload(e));
}

function isNewAttachment(a: NewAttachment | AttachmentRef): a is NewAttachment {
  return (a as NewAttachment).content !== undefined;
}

/** Stores a file by its SHA-256 (once; storing the same bytes again is a no-op). */
export async function putAttachment(db: Store | Tx, content: Uint8Array, mediaType?: string): Promise<{ sha256: string; size: number }> {
  const sha256 = sha256Hex(content);
  await db.query(
    `INSERT INTO record_attachment (sha256, content, size, media_type) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING`,
    [sha256, Buffer.from(content), content.byteLength, mediaType ?? null],
  );
  return { sha256, size: content.byteLength };
}

/** The stored bytes of an attachment, or null. */
export async function getAttachment(db: Queryable, sha256: string): Promise<{ content: Buffer; size: number; mediaType: string | null } | null> {
  const { rows } = await db.query<{ content: Uint8Array; size: number; media_type: string | null }>(
    'SELECT content, size, media_type FROM record_attachment WHERE sha256 = $1',
    [sha256],
  );
  const r = rows[0];
  return r ? { content: Buffer.from(r.content), size: r.size, mediaType: r.media_type } : null;
}

/**
 * Appends one event to the record. Pass the transaction of the state change it records
 * (or the store: then it runs in a transaction of its own). Events are serialised by an
 * advisory lock held until the transaction ends, so the chain never forks.
 */
export async function appendEvent(db: Store | Tx, input: AppendEventInput): Promise<RecordEvent> {
  if (!input.actor) throw new RecordError('NO_ACTOR', '记录事件必须注明执行人');
  if (!input.step) throw new RecordError('NO_STEP', '记录事件必须注明环节');
  const at = toShanghaiInstant(input.at ?? new Date());
  const inputs = toJsonValue(input.inputs ?? {});
  const id = input.id ?? randomUUID();
  return withTransaction(db, async (tx) => {
    const attachments: AttachmentRef[] = [];
    for (const a of input.attachments ?? []) {
      if (isNewAttachment(a)) {
        const { sha256, size } = await putAttachment(tx, a.content, a.mediaType);
        attachments.push({ sha256, name: a.name, size, ...(a.mediaType ? { mediaType: a.mediaType } : {}) });
      } else {
        if (!HEX64.test(a.sha256)) throw new RecordError('BAD_ATTACHMENT', `附件哈希不合法：${a.sha256}`);
        const stored = await tx.query<{ size: number }>('SELECT size FROM record_attachment WHERE sha256 = $1', [a.sha256]);
        if (!stored.rows[0]) throw new RecordError('ATTACHMENT_NOT_STORED', `附件尚未保存：${a.name}（${a.sha256}）`);
        attachments.push({ sha256: a.sha256, name: a.name, size: stored.rows[0].size, ...(a.mediaType ? { mediaType: a.mediaType } : {}) });
      }
    }
    await advisoryXactLock(tx, 'yibao:record');
    const head = (await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM record_head')).rows[0];
    const seq = head ? head.seq + 1 : 1;
    const prevHash = head ? head.hash : GENESIS_HASH;
    const event: Omit<RecordEvent, 'hash'> = { seq, id, caseId: input.caseId, actor: input.actor, at, step: input.step, inputs, attachments, prevHash };
    const hash = eventHash(event);
    await tx.query(
      `INSERT INTO record_event (seq, id, case_id, actor, at, step, inputs, attachments, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10)`,
      [seq, id, input.caseId, input.actor, at, input.step, JSON.stringify(inputs), JSON.stringify(attachments), prevHash, hash],
    );
    if (head) await tx.query('UPDATE record_head SET seq = $1, hash = $2', [seq, hash]);
    else await tx.query('INSERT INTO record_head (seq, hash) VALUES ($1, $2)', [seq, hash]);
    return { ...event, hash };
  });
}

interface EventRow {
  seq: number;
  id: string;
  case_id: string | null;
  actor: string;
  at: string;
  step: string;
  inputs: JsonValue;
  attachments: AttachmentRef[];
  prev_hash: string;
  hash: string;
}

const fromRow = (r: EventRow): RecordEvent => ({
  seq: r.seq,
  id: r.id,
  caseId: r.case_id,
  actor: r.actor,
  at: r.at,
  step: r.step,
  inputs: r.inputs,
  attachments: r.attachments,
  prevHash: r.prev_hash,
  hash: r.hash,
});

const SELECT_EVENTS = 'SELECT seq, id::text AS id, case_id, actor, at, step, inputs, attachments, prev_hash, hash FROM record_event';

/** Events in order, optionally of one case, from a sequence number on. */
export async function listEvents(db: Queryable, opts: { caseId?: string; afterSeq?: number; limit?: number } = {}): Promise<RecordEvent[]> {
  const params: unknown[] = [opts.afterSeq ?? 0];
  let where = 'WHERE seq > $1';
  if (opts.caseId !== undefined) {
    params.push(opts.caseId);
    where += ` AND case_id = $${params.length}`;
  }
  params.push(opts.limit ?? 10_000);
  const { rows } = await db.query<EventRow>(`${SELECT_EVENTS} ${where} ORDER BY seq LIMIT $${params.length}`, params);
  return rows.map(fromRow);
}

export interface VerifyFailure {
  /**
   * The sequence number where the chain first breaks (for a lost tail: the first missing one;
   * for a case short of events: the position after the last event). 0 when the failure lies
   * outside what the caller may see (`visibleCase`).
   */
  seq: number;
  /** The id of the event found there, or null when it is missing. */
  id: string | null;
  /** Chinese explanation. */
  reason: string;
  /**
   * Machine-readable: SEQ_GAP, PREV_HASH_MISMATCH, HASH_MISMATCH, ATTACHMENT_MISSING,
   * ATTACHMENT_ALTERED, HEAD_MISMATCH, ANCHOR_MISMATCH, RECORD_TABLE_MISSING, BAD_ROW,
   * RECORD_MISSING_FOR_CASES, CASE_EVENTS_MISSING (checks.ts), or a check's own code.
   */
  code: string;
  /** The case concerned, when the failure is about one case (checks). */
  caseId?: string;
  /** The JSON path of the first field that differs from the replay of the record (replay check), e.g. `penalty.decided.measures.0.amountFen`. */
  path?: string;
}

/** What a check after the chain walk is given. */
export interface RecordCheckContext {
  db: Queryable;
  /** Events in the chain (all of them, whatever `visibleCase` says). */
  events: number;
  /** The verified tip, or null for an empty record. */
  head: { seq: number; hash: string } | null;
}

/**
 * A check run after the chain itself verified: returns the first failure it finds, or null.
 * This is the extension point for checks beyond the chain — the built-in one compares the
 * cases with the number of events they require (checks.ts); replaying each case from its
 * events and comparing with the stored case is meant to be added here by the case engine.
 */
export type RecordCheck = (ctx: RecordCheckContext) => Promise<VerifyFailure | null>;

export interface VerifyOptions {
  /** Events read per query (default 1000). */
  batchSize?: number;
  /** Re-hash every attachment's bytes (default true). */
  checkAttachments?: boolean;
  /**
   * Hashes of events written down outside the database (e.g. the head printed by
   * `yibao audit verify` into a 结案报告 or a signed daily report). The chain alone
   * cannot reveal someone who rewrites every event from the edit on and recomputes all
   * hashes and the head; an anchor kept elsewhere does.
   */
  anchors?: Array<{ seq: number; hash: string }>;
  /** Checks run after the chain verified (default `DEFAULT_RECORD_CHECKS` of checks.ts; [] for none). */
  checks?: readonly RecordCheck[];
  /**
   * Which cases the caller may see (jurisdiction scoping on the server). When given, `events`
   * counts only their events, `head` is left out, and a failure elsewhere is reported without
   * its position, event or reason (seq 0): that the record is broken is still said, since a
   * broken chain makes every later event doubtful.
   */
  visibleCase?: (caseId: string | null) => boolean;
}

export interface VerifyResult {
  ok: boolean;
  /** Events read. */
  events: number;
  /** The chain's tip (seq and hash of the last event) when ok: write it down to anchor the record outside the database. */
  head?: { seq: number; hash: string };
  firstBad?: VerifyFailure;
}

/**
 * Re-reads the whole record in order and checks every link: consecutive seq from 1,
 * prev_hash equal to the previous event's hash, hash equal to the recomputed hash,
 * every attachment present with bytes hashing to its key, and the tip table naming the
 * last event. Names the first bad event.
 */
export async function verifyRecord(db: Queryable, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const visible = opts.visibleCase;
  let visibleEvents = 0;
  let result = await walkChain(db, opts, visible ? (caseId) => void (visible(caseId) && visibleEvents++) : () => {});
  if (result.ok) {
    for (const check of opts.checks ?? DEFAULT_RECORD_CHECKS) {
      const failure = await check({ db, events: result.events, head: result.head ?? null });
      if (failure) {
        result = { ok: false, events: result.events, firstBad: failure };
        break;
      }
    }
  }
  if (!visible) return result;
  const scoped: VerifyResult = { ok: result.ok, events: visibleEvents };
  if (result.firstBad) {
    const bad = result.firstBad;
    scoped.firstBad =
      bad.caseId !== undefined && visible(bad.caseId)
        ? bad
        : { seq: 0, id: null, code: bad.code, reason: '全过程记录在本辖区以外的部分被改动、删除或损坏（位置只向有权查看的辖区显示）；自该处起的记录均不可信，请报告上级或系统审计' };
  }
  return scoped;
}

/** The chain walk of `verifyRecord`; `onEvent` is told the case of each event that verified. */
async function walkChain(db: Queryable, opts: VerifyOptions, onEvent: (caseId: string | null) => void): Promise<VerifyResult> {
  const batch = opts.batchSize ?? 1000;
  const checkAttachments = opts.checkAttachments ?? true;
  const anchors = new Map<number, string>();
  for (const a of opts.anchors ?? []) {
    if (!Number.isSafeInteger(a.seq) || a.seq < 1 || !HEX64.test(a.hash)) throw new RecordError('BAD_ANCHOR', `锚点格式应为 序号:64位十六进制哈希：${a.seq}:${a.hash}`);
    anchors.set(a.seq, a.hash);
  }
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let events = 0;
  const checkedAttachments = new Set<string>();
  const failAt = (seq: number, id: string | null, code: string, reason: string, caseId?: string | null): VerifyResult => ({
    ok: false,
    events,
    firstBad: { seq, id, code, reason, ...(caseId ? { caseId } : {}) },
  });
  const fail = (seq: number, id: string | null, code: string, reason: string): VerifyResult => failAt(seq, id, code, reason);
  const tables = (
    await db.query<{ events: string | null; migrations: string | null }>(
      `SELECT to_regclass('record_event')::text AS events, to_regclass('schema_migrations')::text AS migrations`,
    )
  ).rows[0]!;
  if (tables.events === null) {
    const created =
      tables.migrations !== null && (await db.query('SELECT 1 FROM schema_migrations WHERE version = 1')).rows.length > 0;
    // Never created: a database nobody has used yet. Created and now gone: someone dropped it.
    if (!created) return { ok: true, events: 0 };
    return fail(1, null, 'RECORD_TABLE_MISSING', '全过程记录表已建立过（迁移 001 已执行），但现在不存在：记录表被删除');
  }
  for (;;) {
    const { rows } = await db.query<EventRow>(`${SELECT_EVENTS} WHERE seq >= $1 ORDER BY seq LIMIT $2`, [expectedSeq, batch]);
    for (const r of rows) {
      events++;
      const fail = (seq: number, id: string | null, code: string, reason: string): VerifyResult =>
        failAt(seq, id, code, reason, r.case_id);
      if (r.seq !== expectedSeq) {
        return fail(expectedSeq, r.id, 'SEQ_GAP', `第 ${expectedSeq} 号事件缺失（下一条是第 ${r.seq} 号）：事件被删除或顺序被改动`);
      }
      if (r.prev_hash !== prevHash) {
        return fail(r.seq, r.id, 'PREV_HASH_MISMATCH', `第 ${r.seq} 号事件所记前一事件哈希与第 ${r.seq - 1} 号事件不符：前面的事件被删除、替换或顺序被改动`);
      }
      let recomputed: string;
      try {
        recomputed = eventHash({ ...fromRow(r), inputs: r.inputs, attachments: r.attachments });
      } catch (err) {
        return fail(r.seq, r.id, 'BAD_ROW', `第 ${r.seq} 号事件无法读取：${(err as Error).message}`);
      }
      if (recomputed !== r.hash) {
        return fail(r.seq, r.id, 'HASH_MISMATCH', `第 ${r.seq} 号事件（${r.step}）的内容与其哈希不符：事件被改动`);
      }
      if (checkAttachments) {
        for (const a of Array.isArray(r.attachments) ? r.attachments : []) {
          if (checkedAttachments.has(a.sha256)) continue;
          // hashed inside the database, so large files are not copied out
          const stored = (
            await db.query<{ actual: string }>(`SELECT encode(sha256(content), 'hex') AS actual FROM record_attachment WHERE sha256 = $1`, [a.sha256])
          ).rows[0];
          if (!stored) return fail(r.seq, r.id, 'ATTACHMENT_MISSING', `第 ${r.seq} 号事件的附件“${a.name}”（${a.sha256}）已不存在`);
          if (stored.actual !== a.sha256) {
            return fail(r.seq, r.id, 'ATTACHMENT_ALTERED', `第 ${r.seq} 号事件的附件“${a.name}”内容与其哈希不符：附件被改动`);
          }
          checkedAttachments.add(a.sha256);
        }
      }
      const anchored = anchors.get(r.seq);
      if (anchored !== undefined && anchored !== r.hash) {
        return fail(r.seq, r.id, 'ANCHOR_MISMATCH', `第 ${r.seq} 号事件的哈希与库外留存的锚点不符：自此（或更早）起的记录被整体改写`);
      }
      prevHash = r.hash;
      expectedSeq++;
      onEvent(r.case_id);
    }
    if (rows.length < batch) break;
  }
  const head = (await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM record_head')).rows[0];
  const lastSeq = expectedSeq - 1;
  const beyond = [...anchors.keys()].filter((seq) => seq > lastSeq).sort((a, b) => a - b)[0];
  if (beyond !== undefined) {
    return fail(lastSeq + 1, null, 'ANCHOR_MISMATCH', `库外留存的锚点指向第 ${beyond} 号事件，但记录只到第 ${lastSeq} 号：事件被删除`);
  }
  if (head ? head.seq !== lastSeq || head.hash !== prevHash : lastSeq !== 0) {
    if (head && head.seq > lastSeq) {
      return fail(lastSeq + 1, null, 'HEAD_MISMATCH', `记录链头指向第 ${head.seq} 号事件，但记录只到第 ${lastSeq} 号：末尾事件被删除`);
    }
    return fail(lastSeq, null, 'HEAD_MISMATCH', `记录链头（${head ? `第 ${head.seq} 号` : '无'}）与最后一个事件（第 ${lastSeq} 号）不符`);
  }
  return { ok: true, events, ...(lastSeq > 0 ? { head: { seq: lastSeq, hash: prevHash } } : {}) };
}
