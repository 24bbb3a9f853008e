// Anchors: the record's head (seq and hash of the last event) written down outside the
// database, automatically, so that a rewrite of the chain — edit an event and recompute every
// hash and the head, delete the last events and move the head back, or empty the record
// tables — is caught by `verifyRecord(…, { anchors })` without anyone keeping notes by hand.
//
// The server appends a line to `<data folder>/record-anchors.jsonl` (and writes the same line
// to its log) at start, every hour in which the head moved, and at shutdown. The file is only
// ever appended to; `yibao audit verify` reads every line. See README.md, "Threat model".
import { appendFileSync, existsSync, fsyncSync, openSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Queryable } from '../../store/index.js';
import { RecordError, toShanghaiInstant } from './record.js';

export const ANCHOR_FILE_NAME = 'record-anchors.jsonl';

export interface Anchor {
  seq: number;
  hash: string;
}

/** One line of the anchor file. */
export interface AnchorLine extends Anchor {
  /** When it was written (ISO, +08:00). */
  at: string;
  /** Which database: 'pglite' (the file lives beside it) or the server and schema. */
  store: string;
  /** start / periodic / shutdown */
  reason: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The anchor file of a data folder (`YIBAO_DATA`, or ./var). */
export function anchorFileIn(dataRoot: string): string {
  return join(dataRoot, ANCHOR_FILE_NAME);
}

/** The record's current head, or null when there is none (empty record, or no record table). */
export async function readHead(db: Queryable): Promise<Anchor | null> {
  const exists = (await db.query<{ t: string | null }>(`SELECT to_regclass('record_head')::text AS t`)).rows[0]!.t !== null;
  if (!exists) return null;
  const row = (await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM record_head')).rows[0];
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

/**
 * Reads every anchor of `store` from the file (none when the file does not exist). A line
 * that is not a valid anchor is an error naming the line: a damaged anchor file is reported,
 * never skipped.
 */
export function readAnchors(file: string, store?: string): AnchorLine[] {
  if (!existsSync(file)) return [];
  const out: AnchorLine[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      let line: Partial<AnchorLine>;
      try {
        line = JSON.parse(text) as Partial<AnchorLine>;
      } catch {
        throw new RecordError('BAD_ANCHOR_FILE', `锚点文件 ${file} 第 ${i + 1} 行不是合法的 JSON`);
      }
      if (!Number.isSafeInteger(line.seq) || (line.seq ?? 0) < 1 || typeof line.hash !== 'string' || !HEX64.test(line.hash) || typeof line.store !== 'string') {
        throw new RecordError('BAD_ANCHOR_FILE', `锚点文件 ${file} 第 ${i + 1} 行缺少序号、哈希或数据库标识`);
      }
      if (store === undefined || line.store === store) out.push(line as AnchorLine);
    });
  return out;
}

/** Appends one anchor line and flushes it to the disk. Returns the line written. */
export function appendAnchor(file: string, anchor: Anchor, store: string, reason: string, at: Date = new Date()): AnchorLine {
  const line: AnchorLine = { at: toShanghaiInstant(at), seq: anchor.seq, hash: anchor.hash, store, reason };
  appendFileSync(file, `${JSON.stringify(line)}\n`, { encoding: 'utf8', mode: 0o640, flag: 'a' });
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return line;
}

export interface AnchorKeeperOptions {
  db: Queryable;
  file: string;
  /** Store identity written in every line ('pglite' or the server and schema). */
  store: string;
  /** Receives each line written (the server logs it: a second copy outside the database). */
  log?: (line: AnchorLine) => void;
  /** Receives a failure to read the head or write the file (never thrown into the server). */
  onError?: (err: unknown) => void;
  /** How often to look whether a new day's anchor is due (default hourly). */
  checkEveryMs?: number;
  now?: () => Date;
}

/**
 * Keeps anchors: `start()` writes one if the head moved since the file's last line, then
 * every `checkEveryMs` (default hourly: at least one a day while the head moves) writes one
 * if the head moved; `stop()` writes the last one (shutdown). `check()` compares the file's
 * anchors with the database (the server runs it before `start()`, so a record rewritten while
 * the server was stopped is reported at the next start).
 */
export class AnchorKeeper {
  private timer: NodeJS.Timeout | undefined;
  private last: AnchorLine | undefined;
  private busy: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: AnchorKeeperOptions) {}

  get file(): string {
    return this.opts.file;
  }

  get store(): string {
    return this.opts.store;
  }

  /** The last line written by this keeper or read from the file. */
  get lastAnchor(): AnchorLine | undefined {
    return this.last;
  }

  /** Compares the file's anchors with the database: the first anchor the record no longer holds, or null. */
  async check(): Promise<{ anchor: AnchorLine; found: string | null } | null> {
    const anchors = readAnchors(this.opts.file, this.opts.store);
    for (const anchor of anchors) {
      const row = (await this.opts.db.query<{ hash: string }>('SELECT hash FROM record_event WHERE seq = $1', [anchor.seq]).catch(() => ({ rows: [] }))).rows[0];
      if (!row || row.hash !== anchor.hash) return { anchor, found: row?.hash ?? null };
    }
    return null;
  }

  async start(): Promise<void> {
    const anchors = readAnchors(this.opts.file, this.opts.store);
    this.last = anchors.at(-1);
    await this.write('start');
    const every = this.opts.checkEveryMs ?? 3600_000;
    this.timer = setInterval(() => void this.write('periodic'), every);
    this.timer.unref();
  }

  /** Writes an anchor now if the head moved since the last one. */
  write(reason: string): Promise<AnchorLine | undefined> {
    const run = this.busy.then(async () => {
      try {
        const head = await readHead(this.opts.db);
        if (!head) return undefined;
        const now = (this.opts.now ?? (() => new Date()))();
        if (this.last && this.last.seq === head.seq && this.last.hash === head.hash) return undefined;
        const line = appendAnchor(this.opts.file, head, this.opts.store, reason, now);
        this.last = line;
        this.opts.log?.(line);
        return line;
      } catch (err) {
        this.opts.onError?.(err);
        return undefined;
      }
    });
    this.busy = run;
    return run;
  }

  /** Stops the timer and writes the shutdown anchor. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.write('shutdown');
  }
}
