// What every route needs: the database, the statute corpus, sessions, the write tracker.
import type { FastifyInstance, FastifyBaseLogger, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Corpus } from '../law/index.js';
import type { ServerDb } from './db.js';
import type { Sessions } from './auth.js';
import type { CatalogRepository } from './catalogs.js';
import type { ReadCache } from './cache.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** Counts writes in flight so that shutdown waits for them to commit. */
export class WriteTracker {
  private active = 0;
  private waiters: Array<() => void> = [];
  async run<T>(fn: () => Promise<T>): Promise<T> {
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      if (this.active === 0) for (const w of this.waiters.splice(0)) w();
    }
  }
  get inFlight(): number {
    return this.active;
  }
  idle(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((r) => this.waiters.push(r));
  }
}

export interface ServerContext {
  db: ServerDb;
  corpus: Corpus;
  sessions: Sessions;
  writes: WriteTracker;
  catalogs: CatalogRepository;
  /** Modules wired into this server (cases, monitor …): the console shows their pages. */
  features: Set<string>;
  /** Hot case reads; emptied by every case write through this server. */
  caseCache: ReadCache;
  /** The current instant (Asia/Shanghai, +08:00): the real clock; tests set their own. */
  now: () => string;
  /** Today's date (YYYY-MM-DD, Asia/Shanghai) by `now`. */
  today: () => string;
  /** Distinct attachment bytes one account may upload in all (default LIMITS.attachmentQuotaBytes). */
  attachmentQuotaBytes?: number;
  /** The record's anchor keeper, when the head is anchored outside the database. */
  anchors?: import('../cases/index.js').AnchorKeeper;
  /** Case figures for the dashboard, once the case routes are wired. */
  caseStats?: (p: import('./auth.js').Principal) => Promise<import('./routes/stats.js').CaseStats>;
}
