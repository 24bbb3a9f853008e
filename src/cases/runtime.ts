// Wires the case service to the real modules: the store (PGlite or DATABASE_URL), the
// hash-chained record, the calendar, the penalty rules and the seed catalogs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importCatalogFile, parseItemRef, type Catalog } from '../catalog/index.js';
import { decidePenalty, rewardMaximumFor, defaultCalendar, jurisdictionOfName, loadPeriods, loadStoredSchedules, saveSchedule, shanghaiDateOf, shanghaiInstant, type WorkCalendar } from '../law/index.js';
import { openStore, type OpenStoreOptions, type Store } from '../store/index.js';
import { parseItemId, type MappableItem } from './mapping.js';
import { DEFAULT_CATALOG_DIR, loadProcedures } from './procedure/load.js';
import { appendEvent, putAttachment, withRecordChecks, type RecordCheck } from './record/index.js';
import { replayCheck, type ReplayOptions } from './replay.js';
import type { Queryable } from './service.js';
import { CaseService, type CasePorts } from './service.js';
import { insertDemoUsers } from './users.js';


/** Resolves `<stem>#<seq>` against the seed catalogs (each imported once). */
export function catalogItemResolver(dir: string = DEFAULT_CATALOG_DIR): (id: string) => MappableItem | undefined {
  const cache = new Map<string, Catalog | null>();
  return (id) => {
    const ref = parseItemId(id);
    if (!ref) return undefined;
    if (!cache.has(ref.stem)) {
      const file = join(dir, `${ref.stem}.txt`);
      cache.set(ref.stem, existsSync(file) ? importCatalogFile(file) : null);
    }
    const catalog = cache.get(ref.stem);
    const item = catalog?.items.find((i) => i.seq === ref.seq);
    if (!catalog || !item) return undefined;
    return mappableOf(item, jurisdictionOfName(`${catalog.jurisdiction}${catalog.title}`));
  };
}

/**
 * Resolves item references against the catalogs stored in the database (the server's imports,
 * every edition: `<id>#<seq>` is edition 1, `<id>@<edition>#<seq>` that edition), read once;
 * a catalog the database does not hold goes to `fallback` (the seed files). A database without
 * the catalog tables resolves through `fallback` alone.
 */
export async function storedCatalogItemResolver(db: Queryable, fallback: (id: string) => MappableItem | undefined = catalogItemResolver()): Promise<(id: string) => MappableItem | undefined> {
  const has = (await db.query<{ t: string | null }>(`SELECT to_regclass('server_catalog_editions')::text AS t`)).rows[0]!.t !== null;
  if (!has) return fallback;
  const { rows } = await db.query<{ catalog_id: string; edition: number; catalog: Catalog | string; jurisdiction_id: string }>(
    'SELECT e.catalog_id, e.edition, e.catalog, c.jurisdiction_id FROM server_catalog_editions e JOIN server_catalogs c ON c.id = e.catalog_id',
  );
  const editions = new Map<string, { catalog: Catalog; jurisdiction: string }>();
  for (const r of rows) editions.set(`${r.catalog_id}@${r.edition}`, { catalog: typeof r.catalog === 'string' ? (JSON.parse(r.catalog) as Catalog) : r.catalog, jurisdiction: r.jurisdiction_id });
  const held = new Set(rows.map((r) => r.catalog_id));
  return (id) => {
    const ref = parseItemRef(id);
    if (!ref || !held.has(ref.catalogId)) return fallback(id);
    const e = editions.get(`${ref.catalogId}@${ref.edition ?? 1}`);
    const item = e?.catalog.items.find((i) => i.seq === ref.seq);
    return e && item ? mappableOf(item, e.jurisdiction) : undefined;
  };
}

/** What the case engine needs of a catalog item: its kind, matter, targets and the articles it rests on. */
export function mappableOf(item: Catalog['items'][number], jurisdiction?: string): MappableItem {
  const articles = new Map<string, { statute: string; article: number }>();
  for (const c of item.bases.flatMap((b) => b.citations)) if (c.resolved) articles.set(`${c.statute}:${c.article}`, { statute: c.statute, article: c.article });
  return {
    name: item.name,
    kind: item.kind,
    subItems: item.subItems,
    matter: item.matter,
    targets: item.targets,
    articles: [...articles.values()],
    ...(jurisdiction ? { jurisdiction } : {}),
  };
}

/** The real ports; `calendar` defaults to the module's default calendar (chinese-days + loaded schedules). */
export function realPorts(overrides: Partial<CasePorts> = {}, calendar: WorkCalendar = defaultCalendar()): CasePorts {
  return {
    appendEvent: (tx, e) =>
      appendEvent(tx as never, {
        caseId: e.caseId, actor: e.actor, step: e.step, at: e.at,
        // the step's attachments as the engine saw them (file names included), for replay
        inputs: { ...e.inputs, fromState: e.fromState, toState: e.toState, ...(e.attachments.length ? { attachments: e.attachments } : {}) },
        attachments: e.attachments.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size ?? 0 })),
      }),
    putAttachment: (tx, bytes, mediaType) => putAttachment(tx as never, bytes, mediaType),
    computeDeadline: (req) => calendar.computeDeadline(req),
    deadlineStatus: (due, today) => calendar.deadlineStatus(due, today),
    decide: (input) => decidePenalty(input),
    rewardCap: (recoveredFen, onDate, jurisdiction) => rewardMaximumFor(jurisdiction, onDate, recoveredFen),
    today: () => shanghaiDateOf(shanghaiInstant()),
    periods: loadPeriods(),
    resolveItem: catalogItemResolver(),
    ...overrides,
  };
}

/** Opens the store (migrating it), loads its holiday schedules, and the case service on it. */
export async function openCaseService(opts: OpenStoreOptions & { ports?: Partial<CasePorts> } = {}): Promise<{ store: Store; service: CaseService }> {
  const { ports, ...storeOpts } = opts;
  const store = await openStore(storeOpts);
  let resolveItem: CasePorts['resolveItem'];
  try {
    await loadStoredSchedules(store);
    // a database without any user yet (a fresh ./var) gets the demo users, as `yibao serve` does
    if ((await store.query('SELECT 1 FROM users LIMIT 1')).rows.length === 0) await insertDemoUsers(store);
    // items of the catalogs the server imported into this database resolve as the seeds' do
    resolveItem = ports?.resolveItem ?? (await storedCatalogItemResolver(store));
  } catch (err) {
    await store.close();
    throw err;
  }
  return { store, service: new CaseService(store, loadProcedures(), realPorts({ ...ports, resolveItem })) };
}

/**
 * An administrator loads a year's State Council holiday schedule: it is stored (history
 * kept), put in force, and every open case's deadlines are recomputed and recorded.
 */
export async function loadScheduleAndRecompute(service: CaseService, store: Store, schedule: unknown, loadedBy: string, now?: string, calendar: WorkCalendar = defaultCalendar()) {
  const saved = await saveSchedule(store, schedule, { loadedBy, calendar });
  const changed = await service.recomputeOpenDeadlines(now);
  return { year: saved.year, changed };
}

/**
 * What the replay needs, as the service has it: the procedures, the calendar with the holiday
 * schedules stored in the database, the periods, the penalty and reward rules, the catalog.
 */
export async function realReplayOptions(db: Queryable, calendar: WorkCalendar = defaultCalendar()): Promise<ReplayOptions> {
  const has = (await db.query<{ t: string | null }>(`SELECT to_regclass('calendar_schedule')::text AS t`)).rows[0]!.t !== null;
  if (has) await loadStoredSchedules(db as never, calendar);
  const ports = realPorts({}, calendar);
  return { procedures: loadProcedures(), ports };
}

/** The checks of `verifyRecord` with the replay of every case (CLI `audit verify`, GET /api/record/verify). */
export async function caseRecordChecks(db: Queryable, calendar?: WorkCalendar): Promise<RecordCheck[]> {
  return withRecordChecks(replayCheck(await realReplayOptions(db, calendar)));
}
