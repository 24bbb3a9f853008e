// The record is the source of truth: every case is rebuilt from its record events through the
// same engine code the service ran (openCase, act, followChild, recomputeDeadlines), with the
// same procedure version and the same context, and compared with the stored `cases` row, its
// body (what the console, the documents and the portal's 公示 read) and `case_deadlines`.
//
// A replayed step applies what was accepted then (EngineContext.replay): it is not judged
// again against today, nor against the users' roles and certificates as they are now; the
// penalty decision and a draw's roster are taken from the event. The service writes, in one
// transaction and in this order: the 开案 of each case a step spawns, the parent's
// 关联案件进展 (procedure `watches`), then the step's own event — the replay follows that order.
import { z } from 'zod';
import { act, followChild, openCase, recomputeDeadlines } from './engine/engine.js';
import type { CaseState, EngineContext, User } from './engine/types.js';
import type { ProcedureDef } from './procedure/model.js';
import type { ProcedureRegistry } from './procedure/load.js';
import { findJurisdiction, loadPeriods, shanghaiDateOf, type PeriodRegistry } from '../law/index.js';
import type { CasePorts, Queryable } from './service.js';
import type { MappableItem } from './mapping.js';
import { userColumns, userFromRow, type UserRow } from './users.js';
import type { RecordCheck, VerifyFailure } from './record/record.js';
import type { JsonValue } from './record/canonical.js';

/** What the replay needs of the service's context (CasePorts): the calendar, the periods, the penalty and reward rules, the catalog. */
export type ReplayPorts = Pick<CasePorts, 'computeDeadline' | 'decide' | 'rewardCap' | 'periods' | 'resolveItem'>;

export interface ReplayOptions {
  procedures: ProcedureRegistry;
  ports: ReplayPorts;
  /** Events read per query (default 2000). */
  batchSize?: number;
}

/** The first difference found, with the case and the JSON path of the field. */
export interface ReplayDifference {
  /**
   * CASE_BODY_MISMATCH (cases.body differs from the replay), CASE_COLUMN_MISMATCH (a column of
   * `cases` differs), CASE_DEADLINES_MISMATCH (`case_deadlines`), CASE_ROW_MISSING (events of a
   * case whose row is gone), CASE_NOT_IN_RECORD (a row without a 开案 event), CASE_REPLAY_FAILED
   * (an event that the engine cannot apply: the record and the procedure disagree), RECORD_TOO_OLD
   * (a 开案 written by a version from before the record kept what a replay needs: not checkable).
   */
  code: string;
  caseId: string;
  /** JSON path in the stored case, e.g. `penalty.decided.measures.0.amountFen` (body), `revision` (column), `deadlines.2.due` (table). */
  path?: string;
  stored?: unknown;
  replayed?: unknown;
  /** The event concerned: the one that failed to apply, or the case's last event. */
  seq?: number;
  /** Chinese explanation. */
  reason: string;
}

export interface ReplayResult {
  ok: boolean;
  /** Cases replayed. */
  cases: number;
  /** Case events applied. */
  events: number;
  firstBad?: ReplayDifference;
}

interface EventRow {
  seq: number;
  case_id: string;
  actor: string;
  at: string;
  step: string;
  inputs: Record<string, unknown>;
  attachments: Array<{ sha256: string; name: string; size: number }>;
}

const OpenInputs = z.object({
  procedure: z.string().regex(/^.+@\d+$/),
  jurisdiction: z.string().min(1),
  kind: z.string().optional(),
  item: z.string().optional(),
  itemName: z.string().optional(),
  itemMatter: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
  variant: z.string().optional(),
  parties: z.array(z.record(z.string(), z.unknown())).optional(),
  facts: z.record(z.string(), z.unknown()).optional(),
  parent: z.string().optional(),
  receivedOn: z.string().optional(),
});

class ReplayStop extends Error {
  constructor(readonly difference: ReplayDifference) {
    super(difference.reason);
  }
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The same value, where two texts of one instant (2026-03-02T10:00:00+08:00 and …10:00:00.000+08:00) are the same. */
function sameScalar(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string' && ISO_INSTANT.test(a) && ISO_INSTANT.test(b)) return Date.parse(a) === Date.parse(b);
  return false;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value that says nothing: no value, false, an empty text, list or form, or a form of such values only. */
function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (isObject(v)) return Object.values(v).every(isEmpty);
  return false;
}

/** The JSON path of the first difference between a stored and a replayed JSON value, or null. */
export function firstDifference(stored: unknown, replayed: unknown, path: string[] = []): { path: string; stored: unknown; replayed: unknown } | null {
  const here = () => ({ path: path.join('.') || '（整体）', stored, replayed });
  if (Array.isArray(stored) && Array.isArray(replayed)) {
    for (let i = 0; i < Math.min(stored.length, replayed.length); i++) {
      const d = firstDifference(stored[i], replayed[i], [...path, String(i)]);
      if (d) return d;
    }
    if (stored.length !== replayed.length) {
      const i = Math.min(stored.length, replayed.length);
      return { path: [...path, String(i)].join('.'), stored: stored[i], replayed: replayed[i] };
    }
    return null;
  }
  if (isObject(stored) && isObject(replayed)) {
    const keys = [...Object.keys(replayed), ...Object.keys(stored).filter((k) => !(k in replayed))];
    for (const k of keys) {
      // a field a later version of the engine keeps, empty for this case, that a body written
      // before it does not have: the same case (a field with content missing is a difference)
      if (!(k in stored) && isEmpty(replayed[k])) continue;
      const d = firstDifference(stored[k], replayed[k], [...path, k]);
      if (d) return d;
    }
    return null;
  }
  return sameScalar(stored, replayed) ? null : here();
}

/** Fields of a deadline that depend on the holiday calendar loaded at the time. */
const CALENDAR_FIELDS = ['due', 'provisional', 'calendarBasis'] as const;

/**
 * A deadline stored as provisional was computed before that year's holiday schedule was
 * loaded; the replay computes it on today's calendar. Its calendar fields are taken as stored.
 */
function acceptProvisional(stored: CaseState, replayed: CaseState): void {
  stored.deadlines?.forEach((d, i) => {
    const r = replayed.deadlines[i];
    if (d?.provisional === true && r && r.id === d.id && r.start === d.start) for (const f of CALENDAR_FIELDS) (r as unknown as Record<string, unknown>)[f] = d[f];
  });
}

/** Rebuilds every case from its record events and compares it with what is stored. */
export async function replayCases(db: Queryable, opts: ReplayOptions): Promise<ReplayResult> {
  const { procedures, ports } = opts;
  const periods: PeriodRegistry = ports.periods ?? loadPeriods();
  const batch = opts.batchSize ?? 2000;
  const has = async (table: string) => (await db.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [table])).rows[0]!.t !== null;
  if (!(await has('cases')) || !(await has('record_event'))) return { ok: true, cases: 0, events: 0 };

  const users = new Map<string, User>();
  if (await has('users')) for (const r of (await db.query<UserRow>(`SELECT ${userColumns()} FROM users`)).rows) users.set(r.name, userFromRow(r));
  const secrets = new Map<string, unknown>();
  if (await has('case_secrets')) {
    for (const r of (await db.query<{ case_id: string; field: string; value: unknown }>('SELECT case_id, field, value FROM case_secrets')).rows) {
      secrets.set(`${r.case_id}\u0000${r.field}`, typeof r.value === 'string' ? JSON.parse(r.value) : r.value);
    }
  }
  const itemCache = new Map<string, MappableItem | undefined>();
  const resolveItem = (ref: string) => {
    if (!itemCache.has(ref)) itemCache.set(ref, ports.resolveItem?.(ref));
    return itemCache.get(ref);
  };
  const ctxFor = (proc: ProcedureDef, at: string, replay?: EngineContext['replay']): EngineContext => ({
    procedure: proc,
    users,
    periods,
    computeDeadline: ports.computeDeadline,
    // never asked while replaying a step (its dates were accepted then); the day of the event otherwise
    today: () => shanghaiDateOf(at),
    ...(ports.decide ? { decide: ports.decide } : {}),
    ...(ports.rewardCap ? { rewardCap: ports.rewardCap } : {}),
    ...(replay ? { replay } : {}),
  });

  // events of a case id that has neither a 开案 nor a row in `cases` are not the case engine's (other users of the record)
  const rowIds = new Set((await db.query<{ id: string }>('SELECT id FROM cases')).rows.map((r) => r.id));
  const foreign = new Set<string>();
  const states = new Map<string, CaseState>();
  const counts = new Map<string, { events: number; lastSeq: number }>();
  /** Cases opened by a step of their parent whose own event comes after their 开案. */
  const pendingChildren = new Map<string, Array<{ id: string; procedure: string }>>();
  /** A parent's 关联案件进展, written before the child's step it records. */
  const pendingFollows = new Map<string, { parent: string; seq: number; inputs: Record<string, unknown> }>();
  let events = 0;

  const stop = (caseId: string, seq: number, reason: string, extra: Partial<ReplayDifference> = {}): never => {
    throw new ReplayStop({ code: 'CASE_REPLAY_FAILED', caseId, seq, reason, ...extra });
  };
  const procOf = (s: CaseState, seq: number): ProcedureDef =>
    procedures.get(s.procedure.id, s.procedure.version) ?? stop(s.id, seq, `案件 ${s.id} 按「${s.procedure.id}」第${s.procedure.version}版办理，该版本的程序定义已不存在，无法重放`);

  const apply = (e: EventRow): void => {
    const id = e.case_id;
    const inputs = (isObject(e.inputs) ? e.inputs : {}) as Record<string, unknown>;
    const state = states.get(id);
    if (e.step === '开案') {
      if (state) stop(id, e.seq, `案件 ${id} 在第 ${e.seq} 号事件再次开案：同一案件只能开案一次`);
      const parsed = OpenInputs.safeParse(inputs);
      // the chain verified before the replay runs: this 开案 is as it was written, by a version
      // from before the record kept what a replay needs — not a change, and not checkable
      if (!parsed.success) {
        return stop(id, e.seq, `案件 ${id} 的开案事件（第 ${e.seq} 号）由较早的版本写入，没有重放所需的「${parsed.error.issues[0]!.path.join('.')}」：此前写入的案件无法按记录重放核验`, { code: 'RECORD_TOO_OLD' });
      }
      const o = parsed.data;
      const at = o.procedure.lastIndexOf('@');
      const proc = procedures.get(o.procedure.slice(0, at), Number(o.procedure.slice(at + 1)));
      if (!proc) return stop(id, e.seq, `案件 ${id} 开案时的程序「${o.procedure}」已不存在，无法重放`);
      const j = findJurisdiction(o.jurisdiction);
      if (!j) return stop(id, e.seq, `案件 ${id} 开案时的辖区「${o.jurisdiction}」未知，无法重放`);
      const resolved = o.item ? resolveItem(o.item) : undefined;
      const item = o.item ? { ref: o.item, name: o.itemName ?? resolved?.name ?? o.item, matter: o.itemMatter !== undefined ? o.itemMatter : (resolved?.matter ?? null) } : undefined;
      let opened: CaseState;
      try {
        opened = openCase({
          id, procedure: proc, now: e.at, actor: e.actor, jurisdiction: { path: j.path, code: j.code, name: j.fullName },
          ...(item ? { item } : {}), ...(o.variant ? { variant: o.variant } : {}), ...(o.parties ? { parties: o.parties as unknown as CaseState['parties'] } : {}),
          ...(o.facts ? { facts: o.facts } : {}), ...(o.parent ? { parent: o.parent } : {}), ...(o.receivedOn ? { receivedOn: o.receivedOn } : {}),
        }, ctxFor(proc, e.at));
      } catch (err) {
        return stop(id, e.seq, `案件 ${id} 无法按开案事件重放：${err instanceof Error ? err.message : String(err)}`);
      }
      opened.kind = o.kind ?? (item ? (resolved?.kind ?? opened.kind) : opened.kind);
      states.set(id, opened);
      if (o.parent) {
        const list = pendingChildren.get(o.parent) ?? [];
        list.push({ id, procedure: proc.id });
        pendingChildren.set(o.parent, list);
      }
      return;
    }
    if (!state) {
      if (!rowIds.has(id)) return void foreign.add(id);
      return stop(id, e.seq, `案件 ${id} 的第 ${e.seq} 号事件（${e.step}）之前没有开案事件：开案事件缺失或案件编号被改动`);
    }
    if (e.step === '关联案件进展') {
      const child = String(inputs['案件'] ?? '');
      if (pendingFollows.has(child)) stop(id, e.seq, `案件 ${id} 的第 ${e.seq} 号事件记录了关联案件 ${child} 的进展，但前一条同类记录尚无对应的步骤`);
      pendingFollows.set(child, { parent: id, seq: e.seq, inputs });
      return;
    }
    const proc = procOf(state, e.seq);
    if (e.step === '重算期限') {
      const next = recomputeDeadlines(state, ctxFor(proc, e.at), e.at);
      next.updatedAt = state.updatedAt;
      states.set(id, next);
      return;
    }
    // a step: the input as the engine was given it, from what it recorded
    const { fromState, toState, attachments: recordedAttachments, ...fields } = inputs;
    const step = proc.steps.find((s) => s.id === e.step);
    if (step?.effects.includes('proposePenalty')) {
      delete fields.decision;
      delete fields.localReviewSituations;
    }
    if (step?.effects.includes('drawRandom')) for (const k of ['roster', 'targets', 'inspectors']) delete fields[k];
    if (step?.effects.includes('numberOnSiteDecision')) delete fields['当场处罚决定书'];
    // 提级管辖 / 指定管辖: the deciding department as it was then (engine/venue.ts)
    if (step?.effects.includes('venue')) delete fields['决定部门'];
    for (const [k, v] of Object.entries(fields)) {
      if (isObject(v) && v.sealed === true && typeof v.sha256 === 'string') {
        const key = `${id}\u0000${k}`;
        if (!secrets.has(key)) return stop(id, e.seq, `案件 ${id} 第 ${e.seq} 号事件（${e.step}）的保密字段「${k}」在库中已不存在，无法重放`, { path: `data.${e.step}.${k}` });
        fields[k] = secrets.get(key);
      }
    }
    const attachments = Array.isArray(recordedAttachments) ? recordedAttachments : (Array.isArray(e.attachments) ? e.attachments : []).map((a) => ({ name: a.name, sha256: a.sha256, size: a.size }));
    const result = act(state, e.step, e.actor, { ...fields, ...(attachments.length ? { attachments } : {}) }, e.at, ctxFor(proc, e.at, { recorded: inputs }));
    if (!result.ok) return stop(id, e.seq, `案件 ${id} 的第 ${e.seq} 号事件（${e.step}）按程序无法重放：${result.refusal.message}［${result.refusal.code}］`);
    if (typeof fromState === 'string' && fromState !== state.state) stop(id, e.seq, `案件 ${id} 第 ${e.seq} 号事件（${e.step}）记载自「${fromState}」进行，重放时案件处于「${state.state}」`);
    if (typeof toState === 'string' && toState !== result.state.state) stop(id, e.seq, `案件 ${id} 第 ${e.seq} 号事件（${e.step}）记载进入「${toState}」，重放得到「${result.state.state}」`);
    const next = result.state;
    const kids = pendingChildren.get(id) ?? [];
    pendingChildren.delete(id);
    if (kids.length !== result.spawns.length || kids.some((k, i) => k.procedure !== result.spawns[i]!.procedure)) {
      stop(id, e.seq, `案件 ${id} 的「${e.step}」（第 ${e.seq} 号事件）重放应开立 ${result.spawns.map((s) => s.procedure).join('、') || '0 件'}案件，记录中为 ${kids.map((k) => `${k.id}（${k.procedure}）`).join('、') || '无'}`, { path: 'links.children' });
    }
    for (const k of kids) next.links.children.push(k.id);
    states.set(id, next);
    // the parent follows the child's step (procedure `watches`), as the service did
    const parentId = next.links.parent;
    const follow = pendingFollows.get(id);
    pendingFollows.delete(id);
    const parent = parentId ? states.get(parentId) : undefined;
    const followed = parent
      ? followChild(parent, procOf(parent, e.seq), { procedure: next.procedure.id, id, step: e.step, state: next.state, closed: next.closed, date: next.history[next.history.length - 1]?.date ?? shanghaiDateOf(e.at), input: result.event.inputs }, e.at, ctxFor(procOf(parent, e.seq), e.at))
      : null;
    if (followed && (!follow || follow.parent !== parentId)) stop(parentId!, e.seq, `案件 ${parentId} 应记录关联案件 ${id} 的「${e.step}」（第 ${e.seq} 号事件），记录中没有相应的“关联案件进展”事件`);
    if (!followed && follow) stop(follow.parent, follow.seq, `案件 ${follow.parent} 的第 ${follow.seq} 号事件记录了关联案件 ${id} 的进展，重放时该步骤不引起上级案件的变化`);
    if (followed) states.set(parentId!, followed);
  };

  let firstBad: ReplayDifference | undefined;
  let after = 0;
  try {
    for (;;) {
      const { rows } = await db.query<EventRow>(
        'SELECT seq, case_id, actor, at, step, inputs, attachments FROM record_event WHERE seq > $1 AND case_id IS NOT NULL ORDER BY seq LIMIT $2',
        [after, batch],
      );
      for (const r of rows) {
        const e: EventRow = { ...r, seq: Number(r.seq), inputs: (typeof r.inputs === 'string' ? JSON.parse(r.inputs) : r.inputs) as Record<string, unknown> };
        after = e.seq;
        apply(e);
        if (foreign.has(e.case_id)) continue;
        const c = counts.get(e.case_id) ?? { events: 0, lastSeq: 0 };
        c.events++;
        c.lastSeq = e.seq;
        counts.set(e.case_id, c);
        events++;
      }
      if (rows.length < batch) break;
    }
    for (const [parent, kids] of pendingChildren) stop(kids[0]!.id, counts.get(kids[0]!.id)?.lastSeq ?? 0, `案件 ${kids[0]!.id} 由案件 ${parent} 开立，但记录中没有开立它的步骤`);
    for (const [child, f] of pendingFollows) stop(f.parent, f.seq, `案件 ${f.parent} 的第 ${f.seq} 号事件记录了关联案件 ${child} 的进展，记录中没有该步骤`);
  } catch (err) {
    if (!(err instanceof ReplayStop)) throw err;
    firstBad = err.difference;
  }
  if (!firstBad) firstBad = await compareStored(db, states, counts);
  return { ok: !firstBad, cases: states.size, events, ...(firstBad ? { firstBad } : {}) };
}

interface CaseRow {
  id: string;
  procedure_id: string;
  procedure_version: number;
  kind: string;
  item_ref: string | null;
  variant: string | null;
  state: string;
  closed: boolean;
  parent_id: string | null;
  body: CaseState | string;
  revision: number;
  jurisdiction_id: string | null;
}

interface DeadlineTableRow {
  case_id: string;
  ordinal: number;
  deadline_id: string;
  label: string;
  start_at: string;
  amount: number;
  unit: string;
  extended: number;
  due: string;
  provisional: boolean;
  status: string;
  basis: JsonValue;
}

async function compareStored(db: Queryable, states: Map<string, CaseState>, counts: Map<string, { events: number; lastSeq: number }>): Promise<ReplayDifference | undefined> {
  const rows = (
    await db.query<CaseRow>('SELECT id, procedure_id, procedure_version, kind, item_ref, variant, state, closed, parent_id, body, revision, jurisdiction_id FROM cases')
  ).rows;
  const stored = new Map(rows.map((r) => [r.id, r]));
  const deadlines = new Map<string, DeadlineTableRow[]>();
  for (const d of (await db.query<DeadlineTableRow>('SELECT case_id, ordinal, deadline_id, label, start_at, amount, unit, extended, due, provisional, status, basis FROM case_deadlines ORDER BY case_id, ordinal')).rows) {
    const list = deadlines.get(d.case_id) ?? [];
    list.push(d);
    deadlines.set(d.case_id, list);
  }
  const ids = [...new Set([...states.keys(), ...stored.keys()])].sort();
  for (const id of ids) {
    const replayed = states.get(id);
    const row = stored.get(id);
    const seq = counts.get(id)?.lastSeq;
    if (!row) {
      return { code: 'CASE_ROW_MISSING', caseId: id, ...(seq ? { seq } : {}), reason: `记录中有案件 ${id} 的 ${counts.get(id)?.events ?? 0} 个事件，但案件表中已没有该案件：案件被删除` };
    }
    if (!replayed) {
      return { code: 'CASE_NOT_IN_RECORD', caseId: id, reason: `案件表中的案件 ${id} 在全过程记录中没有开案事件：案件不是经由办案程序产生的，或其记录被删除` };
    }
    const body = JSON.parse(typeof row.body === 'string' ? row.body : JSON.stringify(row.body)) as CaseState;
    const expected = JSON.parse(JSON.stringify(replayed)) as CaseState;
    acceptProvisional(body, expected);
    const where = `按全过程记录重放（至第 ${seq} 号事件）`;
    const diff = firstDifference(body, expected);
    if (diff) {
      return {
        code: 'CASE_BODY_MISMATCH', caseId: id, path: diff.path, stored: diff.stored, replayed: diff.replayed, ...(seq ? { seq } : {}),
        reason: `案件 ${id} 的存储内容与${where}的结果不符：字段 ${diff.path} 存为 ${show(diff.stored)}，应为 ${show(diff.replayed)}（案件数据被改动）`,
      };
    }
    const events = counts.get(id)?.events ?? 0;
    const columns: Array<[string, unknown, unknown]> = [
      ['procedure_id', row.procedure_id, expected.procedure.id],
      ['procedure_version', Number(row.procedure_version), expected.procedure.version],
      ['kind', row.kind, expected.kind],
      ['item_ref', row.item_ref, expected.item?.ref ?? null],
      ['variant', row.variant, expected.variant ?? null],
      ['state', row.state, expected.state],
      ['closed', row.closed, expected.closed],
      ['parent_id', row.parent_id, expected.links.parent ?? null],
      ['jurisdiction_id', row.jurisdiction_id, expected.jurisdiction.path],
      ['revision', Number(row.revision), events - 1],
    ];
    for (const [column, have, want] of columns) {
      if (have !== want) {
        return {
          code: 'CASE_COLUMN_MISMATCH', caseId: id, path: column, stored: have, replayed: want, ...(seq ? { seq } : {}),
          reason: `案件 ${id} 的 cases.${column} 存为 ${show(have)}，与${where}的结果 ${show(want)} 不符（案件数据被改动${column === 'revision' ? '，或记录事件缺失' : ''}）`,
        };
      }
    }
    const table = (deadlines.get(id) ?? []).map((d) => ({
      id: d.deadline_id, label: d.label, start: d.start_at, amount: Number(d.amount), unit: d.unit, extended: Number(d.extended), due: d.due,
      provisional: d.provisional, status: d.status, basis: typeof d.basis === 'string' ? JSON.parse(d.basis) : d.basis,
    }));
    const want = body.deadlines.map((d) => ({ id: d.id, label: d.label, start: d.start, amount: d.amount, unit: d.unit, extended: d.extended, due: d.due, provisional: d.provisional, status: d.status, basis: d.basis }));
    const dd = firstDifference(table, want, ['deadlines']);
    if (dd) {
      return {
        code: 'CASE_DEADLINES_MISMATCH', caseId: id, path: dd.path, stored: dd.stored, replayed: dd.replayed, ...(seq ? { seq } : {}),
        reason: `案件 ${id} 的期限表（case_deadlines）${dd.path} 存为 ${show(dd.stored)}，与${where}的结果 ${show(dd.replayed)} 不符（期限被改动）`,
      };
    }
  }
  return undefined;
}

function show(v: unknown): string {
  if (v === undefined) return '（无）';
  const text = JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/**
 * The replay as a check of `verifyRecord` (record/checks.ts): run after the chain verified,
 * it fails with the first case and field that differ from the replay of the record.
 */
export function replayCheck(opts: ReplayOptions): RecordCheck {
  return async ({ db, head }) => {
    const r = await replayCases(db, opts);
    if (r.ok) return null;
    const bad = r.firstBad!;
    return {
      seq: bad.seq ?? (head?.seq ?? 0) + 1,
      id: null,
      code: bad.code,
      reason: bad.reason,
      caseId: bad.caseId,
      ...(bad.path ? { path: bad.path } : {}),
    } satisfies VerifyFailure;
  };
}
