// Wires the case service to the real modules: the store (PGlite or DATABASE_URL), the
// hash-chained record, the calendar, the penalty rules and the seed catalogs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importCatalogFile, type Catalog } from '../catalog/index.js';
import { computePenalty, recommendDiscretion, defaultCalendar, loadStoredSchedules, procedureRequirements, saveSchedule, type Measure, type PenaltyFacts, type WorkCalendar } from '../law/index.js';
import { openStore, type OpenStoreOptions, type Store } from '../store/index.js';
import type { DecidedMeasure, PenaltyRange, ProcedureNeeds } from './engine/types.js';
import { parseItemId, type MappableItem } from './mapping.js';
import { DEFAULT_CATALOG_DIR, loadProcedures } from './procedure/load.js';
import { appendEvent, putAttachment } from './record/index.js';
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
    const item = cache.get(ref.stem)?.items.find((i) => i.seq === ref.seq);
    return item ? { name: item.name, kind: item.kind, subItems: item.subItems, matter: item.matter } : undefined;
  };
}

function rangeOf(violation: string, facts: unknown): PenaltyRange {
  const r = computePenalty(violation, facts as PenaltyFacts);
  // The 决定书 states its 裁量理由: the applied paragraph's reasons, then the discretion
  // tier and its reasons (in the statutory range when no benchmark is recorded).
  const discretion = r.punishable && r.measures.some((m) => m.kind === '罚款') ? recommendDiscretion(violation, facts as PenaltyFacts) : undefined;
  const discretionReasons = discretion ? [`裁量档次：${discretion.tier}${discretion.multiple ? `（${discretion.multiple}）` : ''}`, ...discretion.reasons] : [];
  return { punishable: r.punishable, reasons: [...r.reasons, ...discretionReasons], appliedArticle: r.appliedArticle, measures: r.measures.map((m) => ({ ...m })) };
}

function needsOf(violation: string, facts: unknown, measures: DecidedMeasure[]): ProcedureNeeds {
  const f = facts as PenaltyFacts;
  const range = computePenalty(violation, f).measures;
  const chosen: Measure[] = [];
  for (const m of measures) {
    const base = range.find((r) => r.kind === m.kind && (m.target === undefined || r.target === undefined || r.target === m.target));
    if (!base) continue;
    chosen.push({ ...base, ...(m.amountFen !== undefined ? { amountFen: m.amountFen } : {}), ...(m.months !== undefined ? { minMonths: m.months, maxMonths: m.months } : {}) });
  }
  const req = procedureRequirements({ party: f.party, measures: chosen });
  return {
    simplifiedEligible: req.simplifiedProcedure.eligible,
    ...(req.hearing.right !== null ? { hearingRight: req.hearing.right } : {}),
    legalReviewRequired: req.legalReview.required,
    collectiveDiscussionRequired: req.collectiveDiscussion.required,
    reasons: [...req.hearing.reasons, ...req.legalReview.reasons, ...req.collectiveDiscussion.reasons],
  };
}

/** The real ports; `calendar` defaults to the module's default calendar (chinese-days + loaded schedules). */
export function realPorts(overrides: Partial<CasePorts> = {}, calendar: WorkCalendar = defaultCalendar()): CasePorts {
  return {
    appendEvent: (tx, e) =>
      appendEvent(tx as never, {
        caseId: e.caseId, actor: e.actor, step: e.step, at: e.at,
        inputs: { ...e.inputs, fromState: e.fromState, toState: e.toState },
        attachments: e.attachments.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size ?? 0 })),
      }),
    putAttachment: (tx, bytes, mediaType) => putAttachment(tx as never, bytes, mediaType),
    computeDeadline: (req) => calendar.computeDeadline(req),
    deadlineStatus: (due, today) => calendar.deadlineStatus(due, today),
    computePenalty: rangeOf,
    procedureRequirements: needsOf,
    resolveItem: catalogItemResolver(),
    ...overrides,
  };
}

/** Opens the store (migrating it), loads its holiday schedules, and the case service on it. */
export async function openCaseService(opts: OpenStoreOptions & { ports?: Partial<CasePorts> } = {}): Promise<{ store: Store; service: CaseService }> {
  const { ports, ...storeOpts } = opts;
  const store = await openStore(storeOpts);
  try {
    await loadStoredSchedules(store);
    // a database without any user yet (a fresh ./var) gets the demo users, as `yibao serve` does
    if ((await store.query('SELECT 1 FROM users LIMIT 1')).rows.length === 0) await insertDemoUsers(store);
  } catch (err) {
    await store.close();
    throw err;
  }
  return { store, service: new CaseService(store, loadProcedures(), realPorts(ports)) };
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
