// The case service: the engine with persistence. Every act is one transaction — the case
// row, its stored deadlines, the record event and any sealed field — and a refused act
// changes nothing. The server only adds HTTP on top of this.
import { createHash } from 'node:crypto';
import type { ProcedureDef } from './procedure/model.js';
import type { ProcedureRegistry } from './procedure/load.js';
import { act, availableSteps, followChild, openCase, recomputeDeadlines } from './engine/engine.js';
import { precheck } from './engine/precheck.js';
import { openingRefusal } from './engine/guards-delegation.js';
import { findJurisdiction, loadPeriods, shanghaiDateOf, shanghaiInstant, withinJurisdiction, type PeriodRegistry } from '../law/index.js';
import type { Party } from './steps/party.js';
import type { Attachment, CaseEvent, CaseState, DeadlineInstance, DeadlineStatus, EngineContext, Refusal, User } from './engine/types.js';
import { mapItem, parseItemId, type ItemProcedure, type MappableItem } from './mapping.js';
import { userColumns, userFromRow, type UserRow } from './users.js';
import { handlesCase, sourceReportOf, withoutClassified, withoutReportSecrets } from './reports.js';
import { LIBRARY_GUARD, listLibraryEntries, type LibraryEntry } from './libraries.js';
import type { Role } from './procedure/model.js';
import { loadDelegations } from './delegation.js';
import type { Delegation } from './engine/types.js';

/** What the service needs of a database handle (src/store's Store and its transactions). */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}
export interface StoreLike extends Queryable {
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

/** Appends one event to the hash-chained record inside the caller's transaction. */
export type AppendEvent = (tx: Queryable, event: CaseEvent) => Promise<unknown>;

export interface CasePorts {
  appendEvent: AppendEvent;
  computeDeadline: EngineContext['computeDeadline'];
  /** The penalty module's decision (law's decidePenalty). */
  decide?: EngineContext['decide'];
  /** Today's date (YYYY-MM-DD, Asia/Shanghai) by the real clock; tests fix it. */
  today?: () => string;
  /** The statutory periods; default data/law/periods.json. */
  periods?: PeriodRegistry;
  rewardCap?: EngineContext['rewardCap'];
  /** 'green' | 'yellow' | 'red' for an open deadline on a day. */
  deadlineStatus(due: string, today: string): 'green' | 'yellow' | 'red';
  /** Stores an attachment's bytes by hash in the transaction (src/cases/record putAttachment). */
  putAttachment?(tx: Queryable, content: Uint8Array, mediaType?: string): Promise<unknown>;
  /** Resolves an ITEM_ID to its catalog item. */
  resolveItem?(itemId: string): MappableItem | undefined;
}

export interface OpenRequest {
  /** ITEM_ID: `<catalog file stem>#<seq>`. */
  item?: string;
  /** A procedure id, when no item is given (or to override the mapping). */
  procedure?: string;
  variant?: string;
  /** Jurisdiction path (山西省/阳泉市); default: the item's catalog's. */
  jurisdiction?: string;
  parties?: Party[];
  facts?: Record<string, unknown>;
  actor?: string;
  now?: string;
  parent?: string;
  /** The day the matter came in (a report, a transferred problem): opening deadlines run from it. */
  receivedOn?: string;
}

export type ActOutcome =
  | { ok: true; case: CaseState; event: CaseEvent; spawned: string[] }
  | { ok: false; refusal: Refusal };

export interface DeadlineRow {
  caseId: string;
  procedure: string;
  state: string;
  deadline: string;
  label: string;
  start: string;
  due: string;
  unit: string;
  amount: number;
  provisional: boolean;
  status: DeadlineStatus;
  colour?: 'green' | 'yellow' | 'red';
}

export interface CaseView extends CaseState {
  availableSteps: string[];
  /** Colour of each open deadline today (green, yellow: ≤ 3 working days left, red: overdue), by deadline id. */
  colours: Record<string, 'green' | 'yellow' | 'red'>;
  /** Sealed fields, present only for a viewer whose role may read them. */
  sealed?: Record<string, unknown>;
}

export class CaseError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'CaseError';
  }
}

export class CaseService {
  constructor(readonly store: StoreLike, readonly procedures: ProcedureRegistry, readonly ports: CasePorts) {}

  /** The current instant: the real one, on the day the ports' clock says (tests fix the day). */
  private now(): string {
    const real = shanghaiInstant();
    const day = this.ports.today?.();
    return day && day !== real.slice(0, 10) ? `${day}${real.slice(10)}` : real;
  }

  async users(q: Queryable = this.store): Promise<Map<string, User>> {
    const { rows } = await q.query<UserRow>(`SELECT ${userColumns()} FROM users ORDER BY name`);
    return new Map(rows.map((r) => [r.name, userFromRow(r)]));
  }

  /**
   * The jurisdiction's 被检查对象库、检查人员库、专家库 (飞行检查办法 第六条) for a procedure whose
   * steps choose from them (guard flyingFromLibraries); undefined for the others.
   */
  private async libraries(q: Queryable, proc: ProcedureDef, state: Pick<CaseState, 'jurisdiction'>): Promise<LibraryEntry[] | undefined> {
    if (!proc.steps.some((s) => s.guards.includes(LIBRARY_GUARD))) return undefined;
    return listLibraryEntries(q, state.jurisdiction.path);
  }

  /**
   * The 委托书 of the case's bureau (委托机关), for the delegation guard (暂行规定 第八条): read only
   * when some user belongs to a 受托组织 — the others are not concerned.
   */
  async delegationsFor(q: Queryable, state: Pick<CaseState, 'jurisdiction'>, users: ReadonlyMap<string, User>): Promise<Delegation[] | undefined> {
    if (![...users.values()].some((u) => u.organisation)) return undefined;
    return loadDelegations(q, [state.jurisdiction.path]);
  }

  private ctx(proc: ProcedureDef, users: Map<string, User>, state?: Pick<CaseState, 'item'>, libraries?: LibraryEntry[], delegations?: readonly Delegation[]): EngineContext {
    const item = state?.item ? this.ports.resolveItem?.(state.item.ref) : undefined;
    return {
      procedure: proc,
      users,
      ...(libraries ? { libraries } : {}),
      ...(delegations ? { delegations } : {}),
      periods: this.ports.periods ?? loadPeriods(),
      computeDeadline: this.ports.computeDeadline,
      today: this.ports.today ?? (() => shanghaiDateOf(shanghaiInstant())),
      ...(this.ports.decide ? { decide: this.ports.decide } : {}),
      ...(this.ports.rewardCap ? { rewardCap: this.ports.rewardCap } : {}),
      ...(item ? { item: { targets: item.targets ?? [], articles: item.articles ?? [] } } : {}),
    };
  }

  /** Which procedure an item runs under. */
  procedureForItem(itemId: string): { item: MappableItem; mapping: ItemProcedure } {
    if (!parseItemId(itemId)) throw new CaseError('BAD_ITEM_ID', `事项编号「${itemId}」格式应为 <清单文件名>#<序号>，如 000_650efb1eb094bc36#3`);
    const item = this.ports.resolveItem?.(itemId);
    if (!item) throw new CaseError('UNKNOWN_ITEM', `找不到事项「${itemId}」`);
    const mapping = mapItem(item, this.procedures.mapping);
    if (!mapping) throw new CaseError('NO_PROCEDURE', `事项「${item.name}」（${item.kind}）没有对应的程序`);
    return { item, mapping };
  }

  async open(req: OpenRequest): Promise<CaseState> {
    const now = req.now ?? shanghaiInstant();
    let procId = req.procedure;
    let variant = req.variant;
    let item: CaseState['item'];
    let jurisdictionPath = req.jurisdiction;
    if (req.item) {
      const found = this.procedureForItem(req.item);
      item = { ref: req.item, name: found.item.name, matter: found.item.matter ?? null };
      procId ??= found.mapping.procedure;
      variant ??= found.mapping.variant;
      jurisdictionPath ??= found.item.jurisdiction;
    }
    if (!procId) throw new CaseError('NO_PROCEDURE', '须指定事项（--item）或程序');
    const proc = this.procedures.get(procId);
    if (!proc) throw new CaseError('UNKNOWN_PROCEDURE', `没有程序「${procId}」`);
    if (!jurisdictionPath) throw new CaseError('NO_JURISDICTION', '须指定案件所属辖区（如 山西省/阳泉市）');
    const j = findJurisdiction(jurisdictionPath);
    if (!j) throw new CaseError('UNKNOWN_JURISDICTION', `未知辖区「${jurisdictionPath}」`);
    const jurisdiction = { path: j.path, code: j.code, name: j.fullName };
    return this.store.transaction(async (tx) => {
      // 委托执法 (暂行规定 第八条): a 受托组织's user opens only what its 委托书 gives, in the 委托机关's jurisdiction
      const opener = req.actor ? (await this.users(tx)).get(req.actor) : undefined;
      if (opener?.organisation) {
        const kind = (item && this.ports.resolveItem?.(item.ref)?.kind) || proc.kind;
        const refusal = openingRefusal(opener, proc, { kind, jurisdiction, ...(item ? { item } : {}) }, await loadDelegations(tx, [jurisdiction.path]), shanghaiDateOf(now));
        if (refusal) throw new CaseError(refusal.code, refusal.message);
      }
      return this.openIn(tx, proc, { ...req, now, ...(variant ? { variant } : {}) }, jurisdiction, item);
    });
  }

  private async openIn(tx: Queryable, proc: ProcedureDef, req: OpenRequest & { now: string }, jurisdiction: CaseState['jurisdiction'], item?: CaseState['item']): Promise<CaseState> {
    const actor = req.actor ?? 'system';
    const { rows } = await tx.query<{ n: string }>("SELECT nextval('case_number_seq')::text AS n");
    const id = `${req.now.slice(0, 4)}-${rows[0]!.n.padStart(6, '0')}`;
    let state: CaseState;
    try {
      state = openCase({
        id, procedure: proc, now: req.now, actor, jurisdiction,
        ...(item ? { item } : {}), ...(req.variant ? { variant: req.variant } : {}), ...(req.parties ? { parties: req.parties } : {}),
        ...(req.facts ? { facts: req.facts } : {}), ...(req.parent ? { parent: req.parent } : {}), ...(req.receivedOn ? { receivedOn: req.receivedOn } : {}),
      }, this.ctx(proc, new Map(), item ? { item } : undefined));
    } catch (err) {
      throw new CaseError('BAD_OPEN', err instanceof Error ? err.message : String(err));
    }
    if (item) state.kind = (this.ports.resolveItem?.(item.ref)?.kind ?? state.kind);
    await tx.query(
      `INSERT INTO cases (id, procedure_id, procedure_version, kind, item_ref, variant, state, closed, parent_id, body, revision, opened_at, updated_at, jurisdiction_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7,false,$8,$9,0,$10,$10,$11)`,
      [id, proc.id, proc.version, state.kind, item?.ref ?? null, state.variant ?? null, state.state, req.parent ?? null, JSON.stringify(state), req.now, jurisdiction.path],
    );
    await this.saveDeadlines(tx, state);
    await this.ports.appendEvent(tx, {
      caseId: id, step: '开案', actor, at: req.now, fromState: '', toState: state.state,
      // everything the opening depended on, so that replay (replay.ts) rebuilds the case from the record alone
      inputs: {
        procedure: `${proc.id}@${proc.version}`, jurisdiction: jurisdiction.path, kind: state.kind,
        ...(item ? { item: item.ref, itemName: item.name, itemMatter: item.matter ?? null } : {}), ...(state.variant ? { variant: state.variant } : {}),
        ...(req.parties ? { parties: req.parties } : {}), ...(req.facts ? { facts: req.facts } : {}),
        ...(req.parent ? { parent: req.parent } : {}), ...(req.receivedOn ? { receivedOn: req.receivedOn } : {}),
      },
      attachments: [],
    });
    return state;
  }

  private async load(q: Queryable, id: string, lock: boolean): Promise<CaseState> {
    const { rows } = await q.query<{ body: CaseState | string }>(`SELECT body FROM cases WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    if (!rows[0]) throw new CaseError('UNKNOWN_CASE', `没有案件「${id}」`);
    const raw = rows[0].body;
    const body = typeof raw === 'string' ? (JSON.parse(raw) as CaseState) : raw;
    if (!body.jurisdiction || !Array.isArray(body.parties)) {
      throw new CaseError('OLD_CASE_FORMAT', `案件「${id}」由旧版本创建，数据格式已不兼容；请备份后删除数据目录（默认 ./var）重新创建，或联系管理员迁移`);
    }
    return body;
  }

  async get(id: string): Promise<CaseState> {
    return this.load(this.store, id, false);
  }

  /**
   * 举报处理暂行办法 第十六条第二款: the case as it may be exported (documents, the volume) — without
   * the material its report marked 涉密, its own or, for a lead opened from a report, the copy.
   */
  async exportable(id: string): Promise<CaseState> {
    const state = await this.get(id);
    const from = sourceReportOf(state);
    return withoutClassified(from ? withoutReportSecrets(state, await this.get(from).catch(() => undefined)) : state);
  }

  /**
   * A dry run of the engine on a case as it is (engine/precheck.ts): for a step and a person,
   * null if the engine would accept it now as far as the case decides, else its refusal.
   * Reads the case and the users once; writes nothing.
   */
  async prechecker(state: CaseState, now: string, users?: Map<string, User>): Promise<(step: string, actor: string) => Refusal | null> {
    const proc = this.procedures.get(state.procedure.id, state.procedure.version);
    if (!proc) throw new CaseError('UNKNOWN_PROCEDURE', `程序「${state.procedure.id}」第${state.procedure.version}版已不存在`);
    // (the libraries are not loaded: flyingFromLibraries judges the form's input, which a dry run has not got)
    const known = users ?? (await this.users());
    const ctx = this.ctx(proc, known, state, undefined, await this.delegationsFor(this.store, state, known));
    // the case as stored, as act() sees it
    return (step, actor) => precheck(state, step, actor, now, ctx);
  }

  /**
   * Takes a step. A refusal returns the reason and changes nothing. `scope` (the caller's
   * jurisdiction, from the server) is checked again on the locked case: a case moved to another
   * department (暂行规定 第十条至第十二条) meanwhile is unknown to the former one.
   */
  async act(id: string, step: string, actor: string, rawInput: Record<string, unknown> = {}, now: string = shanghaiInstant(), scope?: string): Promise<ActOutcome> {
    const files = splitAttachments(rawInput);
    if ('code' in files) return { ok: false, refusal: files };
    const { input, contents } = files;
    return this.store.transaction(async (tx) => {
      const state = await this.load(tx, id, true);
      if (scope !== undefined && !withinJurisdiction(scope, state.jurisdiction.path)) throw new CaseError('UNKNOWN_CASE', `没有案件「${id}」`);
      const proc = this.procedures.get(state.procedure.id, state.procedure.version);
      if (!proc) throw new CaseError('UNKNOWN_PROCEDURE', `程序「${state.procedure.id}」第${state.procedure.version}版已不存在`);
      const users = await this.users(tx);
      const result = act(state, step, actor, input, now, this.ctx(proc, users, state, await this.libraries(tx, proc, state), await this.delegationsFor(tx, state, users)));
      if (!result.ok) return { ok: false as const, refusal: result.refusal };
      const next = result.state;
      const spawned: string[] = [];
      for (const spawn of result.spawns) {
        const child = this.procedures.get(spawn.procedure);
        if (!child) throw new CaseError('UNKNOWN_PROCEDURE', `没有程序「${spawn.procedure}」`);
        let where = state.jurisdiction;
        if (spawn.jurisdiction) {
          const j = findJurisdiction(spawn.jurisdiction);
          if (!j) throw new CaseError('UNKNOWN_JURISDICTION', `未知辖区「${spawn.jurisdiction}」`);
          where = { path: j.path, code: j.code, name: j.fullName };
        }
        const opened = await this.openIn(tx, child, { now, actor, facts: spawn.facts, parent: id, ...(spawn.parties ? { parties: spawn.parties } : {}), ...(spawn.receivedOn ? { receivedOn: spawn.receivedOn } : {}) }, where);
        spawned.push(opened.id);
        next.links.children.push(opened.id);
        // sealed fields the new case keeps sealed (the reporter), readable by its own roles
        for (const field of spawn.secrets ?? []) {
          await tx.query(
            `INSERT INTO case_secrets (case_id, field, value, readable_by) SELECT $1, field, value, $3 FROM case_secrets WHERE case_id = $2 AND field = $4
             ON CONFLICT (case_id, field) DO UPDATE SET value = EXCLUDED.value, readable_by = EXCLUDED.readable_by`,
            [opened.id, id, child.sealedFor, field],
          );
        }
      }
      await this.save(tx, next);
      if (next.links.parent) await this.notifyParent(tx, next, result.event, users);
      for (const bytes of contents) {
        if (!this.ports.putAttachment) throw new CaseError('NO_ATTACHMENT_STORE', '附件存储不可用');
        await this.ports.putAttachment(tx, bytes);
      }
      for (const [field, value] of Object.entries(result.secrets)) {
        await tx.query(
          `INSERT INTO case_secrets (case_id, field, value, readable_by) VALUES ($1,$2,$3,$4)
           ON CONFLICT (case_id, field) DO UPDATE SET value = EXCLUDED.value, readable_by = EXCLUDED.readable_by`,
          [id, field, JSON.stringify(value), proc.sealedFor],
        );
      }
      await this.ports.appendEvent(tx, result.event);
      return { ok: true as const, case: next, event: result.event, spawned };
    });
  }

  /** The parent records the child's step where its procedure watches it (procedure `watches`), in the same transaction. */
  private async notifyParent(tx: Queryable, child: CaseState, event: CaseEvent, users: Map<string, User>): Promise<void> {
    const parent = await this.load(tx, child.links.parent!, true);
    const proc = this.procedures.get(parent.procedure.id, parent.procedure.version);
    if (!proc) return;
    const date = child.history[child.history.length - 1]?.date ?? shanghaiDateOf(event.at);
    const followed = followChild(parent, proc, { procedure: child.procedure.id, id: child.id, step: event.step, state: child.state, closed: child.closed, date, input: event.inputs }, event.at, this.ctx(proc, users, parent));
    if (!followed) return;
    await this.save(tx, followed);
    await this.ports.appendEvent(tx, {
      caseId: parent.id, step: '关联案件进展', actor: event.actor, at: event.at, fromState: parent.state, toState: parent.state,
      inputs: { 案件: child.id, 步骤: event.step, 状态: child.state, 日期: date }, attachments: [],
    });
  }

  private async save(tx: Queryable, s: CaseState): Promise<void> {
    // the jurisdiction moves with the case (移送, 提级, 指定管辖: engine/venue.ts): who may read and act on it
    await tx.query('UPDATE cases SET state = $2, closed = $3, body = $4, revision = revision + 1, updated_at = $5, jurisdiction_id = $6 WHERE id = $1', [s.id, s.state, s.closed, JSON.stringify(s), s.updatedAt, s.jurisdiction.path]);
    await this.saveDeadlines(tx, s);
  }

  private async saveDeadlines(tx: Queryable, s: CaseState): Promise<void> {
    await tx.query('DELETE FROM case_deadlines WHERE case_id = $1', [s.id]);
    for (const [i, d] of s.deadlines.entries()) {
      await tx.query(
        `INSERT INTO case_deadlines (case_id, ordinal, deadline_id, label, start_at, amount, unit, extended, due, provisional, status, basis)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
        [s.id, i, d.id, d.label, d.start, d.amount, d.unit, d.extended, d.due, d.provisional, d.status, JSON.stringify(d.basis)],
      );
    }
  }

  /** Cases, newest first: open ones only unless `all`; optionally of one procedure or item. */
  async list(opts: { all?: boolean; procedure?: string; item?: string; limit?: number } = {}): Promise<Array<{ id: string; procedure: string; version: number; kind: string; item: string | null; variant: string | null; state: string; closed: boolean; openedAt: string; updatedAt: string }>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!opts.all) where.push('NOT closed');
    if (opts.procedure) {
      params.push(opts.procedure);
      where.push(`procedure_id = $${params.length}`);
    }
    if (opts.item) {
      params.push(opts.item);
      where.push(`item_ref = $${params.length}`);
    }
    params.push(opts.limit ?? 200);
    const { rows } = await this.store.query<{ id: string; procedure_id: string; procedure_version: number; kind: string; item_ref: string | null; variant: string | null; state: string; closed: boolean; opened_at: string | Date; updated_at: string | Date }>(
      `SELECT id, procedure_id, procedure_version, kind, item_ref, variant, state, closed, opened_at, updated_at FROM cases
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY opened_at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    const inst = (v: string | Date) => (typeof v === 'string' ? v : shanghaiInstant(v));
    return rows.map((r) => ({
      id: r.id, procedure: r.procedure_id, version: Number(r.procedure_version), kind: r.kind, item: r.item_ref, variant: r.variant,
      state: r.state, closed: r.closed, openedAt: inst(r.opened_at), updatedAt: inst(r.updated_at),
    }));
  }

  /**
   * The case as a viewer sees it: sealed fields only for their roles. `now` is the caller's
   * clock (the server's); default: the ports' today at the current time of day, else the real clock.
   */
  async show(id: string, viewer?: string, now: string = this.now()): Promise<CaseView> {
    const state = await this.get(id);
    const proc = this.procedures.get(state.procedure.id, state.procedure.version)!;
    const today = shanghaiDateOf(now);
    const colours = Object.fromEntries(
      state.deadlines.filter((d) => d.status === 'open').map((d) => [d.id, this.ports.deadlineStatus(d.due.length > 10 ? shanghaiDateOf(d.due) : d.due, today)]),
    );
    const current = recomputeDeadlines(state, this.ctx(proc, new Map(), state), now);
    const view: CaseView = { ...current, availableSteps: availableSteps(state, proc), colours };
    if (viewer) {
      const user = (await this.users()).get(viewer);
      if (user) {
        const { rows } = await this.store.query<{ field: string; value: unknown; readable_by: string[] }>('SELECT field, value, readable_by FROM case_secrets WHERE case_id = $1', [id]);
        // 举报处理暂行办法 第十六条第一款: not to 与办理举报工作无关的人员 — only those who handle the case
        const handles = !proc.sealedToHandlers || handlesCase(state, user.name);
        const readable = handles ? rows.filter((r) => r.readable_by.some((role) => user.roles.includes(role as Role))) : [];
        if (readable.length) view.sealed = Object.fromEntries(readable.map((r) => [r.field, typeof r.value === 'string' ? JSON.parse(r.value) : r.value]));
        // 举报处理暂行办法 第十六条第二款: material marked 涉密 only for those who handle the report
        if (state.report?.classified && !handlesCase(state, user.name)) return { ...view, ...withoutClassified(view) };
        // a lead opened from a report: its copy of the marked 举报内容, for those who handle neither
        const from = sourceReportOf(state);
        if (from && !handlesCase(state, user.name)) {
          const report = await this.get(from).catch(() => undefined);
          if (report && !handlesCase(report, user.name)) return { ...view, ...withoutReportSecrets(view, report) };
        }
      }
    }
    if (!viewer && state.report?.classified) return { ...view, ...withoutClassified(view) };
    const from = !viewer ? sourceReportOf(state) : undefined;
    if (from) return { ...view, ...withoutReportSecrets(view, await this.get(from).catch(() => undefined)) };
    return view;
  }

  /** Stored deadlines of open cases (or all, with `all`), each open one with its colour. */
  async deadlines(opts: { today?: string; all?: boolean; caseId?: string } = {}): Promise<DeadlineRow[]> {
    const today = opts.today ?? shanghaiDateOf(shanghaiInstant());
    const where: string[] = [];
    const params: unknown[] = [];
    if (!opts.all) where.push("d.status = 'open'");
    if (opts.caseId) {
      params.push(opts.caseId);
      where.push(`d.case_id = $${params.length}`);
    }
    const { rows } = await this.store.query<{
      case_id: string; procedure_id: string; state: string; deadline_id: string; label: string; start_at: string; due: string; unit: string; amount: number; provisional: boolean; status: DeadlineStatus;
    }>(
      `SELECT d.case_id, c.procedure_id, c.state, d.deadline_id, d.label, d.start_at, d.due, d.unit, d.amount, d.provisional, d.status
         FROM case_deadlines d JOIN cases c ON c.id = d.case_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY d.due, d.case_id, d.ordinal`,
      params,
    );
    return rows.map((r) => ({
      caseId: r.case_id, procedure: r.procedure_id, state: r.state, deadline: r.deadline_id, label: r.label, start: r.start_at, due: r.due,
      unit: r.unit, amount: Number(r.amount), provisional: r.provisional, status: r.status,
      ...(r.status === 'open' ? { colour: this.ports.deadlineStatus(r.due.length > 10 ? shanghaiDateOf(r.due) : r.due, today) } : {}),
    }));
  }

  /**
   * Recomputes the open deadlines of every open case (after an administrator loads a new
   * year's holiday schedule). Returns the cases whose deadlines changed.
   */
  async recomputeOpenDeadlines(now: string = shanghaiInstant()): Promise<Array<{ caseId: string; before: DeadlineInstance[]; after: DeadlineInstance[] }>> {
    const { rows } = await this.store.query<{ id: string }>('SELECT id FROM cases WHERE NOT closed ORDER BY id');
    const changed: Array<{ caseId: string; before: DeadlineInstance[]; after: DeadlineInstance[] }> = [];
    for (const { id } of rows) {
      await this.store.transaction(async (tx) => {
        const state = await this.load(tx, id, true);
        const proc = this.procedures.get(state.procedure.id, state.procedure.version)!;
        const next = recomputeDeadlines(state, this.ctx(proc, new Map(), state), now);
        if (JSON.stringify(next.deadlines) === JSON.stringify(state.deadlines)) return;
        next.updatedAt = state.updatedAt;
        await this.save(tx, next);
        await this.ports.appendEvent(tx, {
          caseId: id, step: '重算期限', actor: 'system', at: now, fromState: state.state, toState: state.state,
          inputs: { 原因: '节假日安排更新', before: state.deadlines.map((d) => ({ id: d.id, due: d.due, provisional: d.provisional })), after: next.deadlines.map((d) => ({ id: d.id, due: d.due, provisional: d.provisional })) },
          attachments: [],
        });
        changed.push({ caseId: id, before: state.deadlines, after: next.deadlines });
      });
    }
    return changed;
  }
}

/**
 * Attachments given with their content ({ name, content: bytes | text, fileName? }) are
 * hashed here; the engine sees { name, sha256, fileName, size } and the bytes are stored
 * in the same transaction. A given sha256 must match the content.
 */
function splitAttachments(raw: Record<string, unknown>): { input: Record<string, unknown>; contents: Uint8Array[] } | Refusal {
  if (!Array.isArray(raw.attachments)) return { input: raw, contents: [] };
  const contents: Uint8Array[] = [];
  const attachments: Attachment[] = [];
  for (const a of raw.attachments as Array<Record<string, unknown>>) {
    if (a && a.content !== undefined) {
      const bytes = typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : a.content instanceof Uint8Array ? a.content : undefined;
      if (!bytes) return { code: 'INVALID_INPUT', message: `附件「${String(a.name)}」的内容无效` };
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (a.sha256 !== undefined && a.sha256 !== sha256) return { code: 'INVALID_INPUT', message: `附件「${String(a.name)}」的哈希与内容不符` };
      contents.push(bytes);
      attachments.push({ name: String(a.name), sha256, size: bytes.byteLength, ...(typeof a.fileName === 'string' ? { fileName: a.fileName } : {}) });
    } else {
      attachments.push(a as unknown as Attachment);
    }
  }
  return { input: { ...raw, attachments }, contents };
}

export type { Attachment };
