// The Fastify application: schemas from zod, OpenAPI at /docs, sessions and scoping, the
// API routes, and the built web console (web/dist) with its client-side routes.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Fastify, { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import helmet from 'helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { loadCorpus, shanghaiDateOf, shanghaiInstant, type Corpus } from '../law/index.js';
import { AnchorKeeper, ANCHOR_FILE_NAME, anchorFileIn, catalogItemResolver, type CasePorts } from '../cases/index.js';
import { dataRoot } from '../store/index.js';
import { installJsonLimits, LIMITS } from './limits.js';
import { DEFAULT_AUTH, installAuth, Sessions, type AuthSettings } from './auth.js';
import type { ServerDb } from './db.js';
import { ApiError, installErrorHandling } from './errors.js';
import { WriteTracker, type App, type ServerContext } from './context.js';
import { authRoutes } from './routes/auth.js';
import { metaRoutes } from './routes/meta.js';
import { userRoutes } from './routes/users.js';
import { lawRoutes } from './routes/law.js';
import { catalogRoutes } from './routes/catalogs.js';
import { penaltyRoutes } from './routes/penalty.js';
import { statsRoutes } from './routes/stats.js';
import { caseModule, caseRoutes, publicDecisionRoutes } from './routes/cases.js';
import { consoleRoutes } from './routes/console.js';
import { delegationRoutes } from './routes/delegations.js';
import { caseStatsRoutes } from './routes/case-stats.js';
import { libraryRoutes } from './routes/libraries.js';
import { monitorRoutes, type MonitorOptions } from './routes/monitor.js';
import { maskName, maskText } from './mask.js';
import { publicRoutes } from './routes/public.js';
import { CatalogRepository } from './catalogs.js';
import { ReadCache } from './cache.js';

export const DEFAULT_WEB_ROOT = join(import.meta.dirname, '..', '..', 'web', 'dist');

export interface ServerOptions {
  db: ServerDb;
  corpus?: Corpus;
  /** pino options, or false for silence (tests). Default: info level. */
  logger?: FastifyServerOptions['logger'];
  /** Built console to serve; null to serve none. Default web/dist when it exists. */
  webRoot?: string | null;
  auth?: Partial<AuthSettings>;
  /** Behind a TLS-terminating proxy: trust X-Forwarded-* (cookies become Secure). */
  trustProxy?: boolean;
  /** The longest a cached case read may be served (ms), however the store's revision stands. Default: unbounded (the revision decides). */
  readCacheMs?: number;
  /** Monitoring datasets (default <YIBAO_DATA>/monitor). */
  monitor?: MonitorOptions;
  /** The clock (an instant with +08:00); default the real one. Tests move it to walk a case over days. */
  now?: () => string;
  /** Extra route registrations (the domain modules as they land). */
  plugins?: Array<(app: App, ctx: ServerContext) => void | Promise<void>>;
  /**
   * Where the record's head is anchored outside the database (src/cases/record/anchors.ts):
   * default beside an on-disk PGlite (<data>/record-anchors.jsonl, store 'pglite'), or in the
   * data folder for a PostgreSQL server (store = server and schema); none for an in-memory
   * store. null: no anchoring (tests).
   */
  anchors?: { file: string; store: string } | null;
  /** How often the anchor keeper looks whether the head moved (ms, default hourly). */
  anchorEveryMs?: number;
  /** Distinct attachment bytes one account may upload in all (default 2 GiB, limits.ts). */
  attachmentQuotaBytes?: number;
  /**
   * The penalty rules the cases compute with (default the law module's). Tests of procedure
   * mechanics no 医保 article reaches (简易程序's 当场收缴: every real article adds an order or a
   * suspension) give a made-up article beside the real ones.
   */
  decidePenalty?: CasePorts['decide'];
}

/** The default anchor file and store identity of a store (null for an in-memory PGlite). */
export function defaultAnchorTarget(db: ServerDb): { file: string; store: string } | null {
  if (db.kind === 'pglite') return db.location.startsWith('memory://') ? null : { file: join(dirname(db.location), ANCHOR_FILE_NAME), store: 'pglite' };
  return { file: anchorFileIn(dataRoot()), store: `postgres:${db.location}#${db.schema}` };
}

/** Content-Security-Policy under which the console, the portal and the API docs work. */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // antd writes its styles at run time (CSS-in-JS <style> elements)
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/** The part of the OpenAPI document shown without a session: the public portal's API. */
function publicOnly(spec: Record<string, unknown>): Record<string, unknown> {
  const paths = (spec.paths ?? {}) as Record<string, unknown>;
  return {
    ...spec,
    info: { ...(spec.info as object), description: '公示接口（无需登录）。登录后可查看全部接口。' },
    paths: Object.fromEntries(Object.entries(paths).filter(([path]) => path.startsWith('/api/public/'))),
  };
}

/**
 * The headers helmet sets with these options, found by running it once on a stand-in
 * response (what it removes, X-Powered-By, Node's http server never sets).
 */
export function helmetHeaders(options: Parameters<typeof helmet>[0]): Array<[string, string]> {
  const set = new Map<string, string>();
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
      return res;
    },
    removeHeader(name: string) {
      set.delete(name.toLowerCase());
    },
    getHeader: (name: string) => set.get(name.toLowerCase()),
  };
  let error: unknown;
  helmet(options)({} as never, res as never, (err?: unknown) => (error = err));
  if (error) throw error;
  return [...set];
}

/** Today in Beijing by the real clock, worked out again only when a day has passed (it is asked on every case read). */
function realToday(): () => string {
  const DAY = 86_400_000;
  const OFFSET = 8 * 3_600_000;
  let day = '';
  let from = 0;
  let until = 0;
  return () => {
    const t = Date.now();
    if (t < from || t >= until) {
      day = shanghaiDateOf(shanghaiInstant(new Date(t)));
      from = t - ((t + OFFSET) % DAY);
      until = from + DAY;
    }
    return day;
  };
}

export interface YibaoServer extends App {
  yibao: ServerContext;
}

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

/** A successful read taking this long or longer is logged (every write and every refusal is). */
const SLOW_READ_MS = 1000;

/**
 * Fastify's request log without its two synchronous lines for every request, which cost a
 * loaded server more than a cached case read itself: one line when a request completes, for
 * every write, refusal, error and slow read; none for a read that succeeds at once. Who
 * viewed a case is in case_access, not in the log. Errors the handlers log keep their lines.
 */
class RequestLog extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply): void {
    const read = request.method === 'GET' || request.method === 'HEAD';
    if (!error && read && reply.statusCode < 400 && reply.elapsedTime < SLOW_READ_MS) return;
    reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime, ...(error ? { err: error } : {}) }, error ? 'request errored' : 'request completed');
  }
}

export async function buildServer(options: ServerOptions): Promise<YibaoServer> {
  const app = Fastify({
    logger: options.logger ?? { level: 'info' },
    logController: new RequestLog(),
    trustProxy: options.trustProxy ?? false,
    // JSON and form bodies; the upload routes set their own limit on their parser
    bodyLimit: LIMITS.jsonBodyBytes,
    forceCloseConnections: 'idle',
    // plugins open the store and may generate demo data: on a loaded machine this outlasts
    // Fastify's 10 s default, and a slow start is better than no start
    pluginTimeout: 60_000,
    routerOptions: { maxParamLength: 300 },
    // URL errors found by the router: the same { code, message } shape as every other refusal
    frameworkErrors: (error, _request, reply) => {
      const known: Record<string, [string, string]> = {
        FST_ERR_MAX_PARAM_LENGTH: ['URI_TOO_LONG', '请求地址过长'],
        FST_ERR_BAD_URL: ['BAD_URL', '请求地址不合法（编码错误）'],
        FST_ERR_ASYNC_CONSTRAINT: ['BAD_REQUEST', '请求不合法'],
      };
      const [code, message] = known[error.code] ?? ['BAD_REQUEST', '请求不合法'];
      const r = reply as unknown as { code(n: number): { send(b: unknown): void } };
      r.code(error.statusCode && error.statusCode < 500 ? error.statusCode : 400).send({ code, message });
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  const writes = new WriteTracker();
  const ctx: ServerContext = {
    db: options.db,
    corpus: options.corpus ?? loadCorpus(),
    sessions: new Sessions(options.db, { ...DEFAULT_AUTH, ...options.auth }),
    writes,
    catalogs: undefined as unknown as CatalogRepository,
    features: new Set(['catalog', 'law', 'penalty']),
    // PGlite is opened by this process alone: nothing else writes behind the cache
    ...(options.attachmentQuotaBytes !== undefined ? { attachmentQuotaBytes: options.attachmentQuotaBytes } : {}),
    // served while the store's revision (every committed write, by any process) has not moved
    caseCache: new ReadCache(options.readCacheMs ?? Number.POSITIVE_INFINITY, { revision: () => options.db.readRevision() }),
    now: options.now ?? (() => shanghaiInstant()),
    today: options.now ? () => shanghaiDateOf(options.now!()) : realToday(),
  };
  ctx.catalogs = new CatalogRepository(options.db, ctx.corpus);
  app.decorate('yibao', ctx);

  // Writes finish before the server closes (graceful shutdown). The hooks every request runs
  // take Fastify's callback form: an async hook costs each read a promise and a microtask.
  app.addHook('onRequest', (request, _reply, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS') {
      let release!: () => void;
      const finished = new Promise<void>((r) => (release = r));
      void writes.run(() => finished);
      (request as { releaseWrite?: () => void }).releaseWrite = release;
    }
    done();
  });
  const releaseWrite = (request: object) => {
    const r = request as { releaseWrite?: () => void };
    if (r.releaseWrite) {
      r.releaseWrite();
      delete r.releaseWrite;
    }
  };
  app.addHook('onResponse', (request, _reply, done) => {
    releaseWrite(request);
    done();
  });
  app.addHook('onRequestAbort', (request, done) => {
    releaseWrite(request);
    done();
  });
  app.addHook('preClose', async () => {
    await writes.idle();
  });

  // Security headers on every answer (API, console, portal, docs, errors) by helmet. Its
  // middleware is built once here: @fastify/helmet 13 rebuilds it — parsing the CSP — on every
  // request, which cost ≈10% of a cached case read's CPU in the benchmark. Nothing in these
  // options depends on the request (no nonce), so helmet runs once, on a stand-in response,
  // and every answer gets the headers it set: its chain of twelve middlewares per request was
  // another ≈8% of a cached read.
  const securityHeaders = helmetHeaders({
    contentSecurityPolicy: { useDefaults: true, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    // the login's Origin check needs the browser to send Origin on same-origin POSTs
    referrerPolicy: { policy: 'same-origin' },
    // only meaningful over TLS (behind a proxy): browsers ignore it on plain http
    hsts: options.trustProxy ? { maxAge: 15552000, includeSubDomains: false } : false,
  });
  app.addHook('onRequest', (_request, reply, done) => {
    const raw = reply.raw;
    for (let i = 0; i < securityHeaders.length; i++) raw.setHeader(securityHeaders[i]![0], securityHeaders[i]![1]);
    done();
  });
  // per-route limits only (the login route); never a global limit on reads
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  installJsonLimits(app);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'yibao 医保行政执法平台 API',
        description: '事项清单、法规、处罚计算、案件、智能监控、账户与公示数据。错误均为 4xx：{ code: 英文错误码, message: 中文说明 }。写操作需携带请求头 X-CSRF-Token。',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'yibao_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  installAuth(app, ctx.sessions);
  // API docs: the whole document for a signed-in account, the public portal's API for anyone
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    transformSpecification: (spec, request) => ((request as { principal?: unknown }).principal ? spec : publicOnly(spec as Record<string, unknown>)),
  });

  // PostgreSQL text cannot hold NUL: refuse it in any parameter, query or JSON body.
  app.addHook('preValidation', (request, _reply, done) => {
    if (hasNul(request.params) || hasNul(request.query) || (!Buffer.isBuffer(request.body) && hasNul(request.body))) {
      return done(new ApiError(400, 'INVALID_CHARACTERS', '请求中含有不允许的控制字符（NUL）'));
    }
    done();
  });

  authRoutes(app, ctx);
  metaRoutes(app, ctx);
  userRoutes(app, ctx);
  lawRoutes(app, ctx);
  catalogRoutes(app, ctx);
  penaltyRoutes(app, ctx);
  publicRoutes(app, ctx);
  statsRoutes(app, ctx);
  // the engine finds a case's item in every catalog the server holds — seed or imported, any
  // edition — and in the seed files for a catalog it does not hold
  const cases = caseModule(options.db, ctx.now, {
    resolveItem: await ctx.catalogs.caseItemResolver(catalogItemResolver()),
    ...(options.decidePenalty ? { decide: options.decidePenalty } : {}),
  });
  caseRoutes(app, ctx, cases);
  consoleRoutes(app, ctx, cases);
  delegationRoutes(app, ctx, cases);
  caseStatsRoutes(app, ctx);
  libraryRoutes(app, ctx);
  monitorRoutes(app, ctx, cases, options.monitor);
  publicDecisionRoutes(app, ctx, maskName, maskText);
  for (const plugin of options.plugins ?? []) await plugin(app, ctx);

  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  const serveWeb = !!webRoot && existsSync(join(webRoot, 'index.html'));
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // the build writes .br/.gz beside each asset; the one the client accepts is sent
      preCompressed: true,
      cacheControl: false,
      // files under /assets/ carry their content hash in the name: cached for good;
      // index.html and the rest are revalidated on every visit
      setHeaders: (reply, path) => {
        reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    // Client-side routes (/cases/…, /gongshi/…) get the console's index.html.
    if (serveWeb && request.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/docs') && !/\.[a-z0-9]{1,8}$/i.test(path)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.code(404).send({ code: 'ROUTE_NOT_FOUND', message: `接口不存在：${request.method} ${path}` });
  });

  // The record's head, anchored outside the database at start, hourly while it moves, and at shutdown.
  const anchorTarget = options.anchors === undefined ? defaultAnchorTarget(options.db) : options.anchors;
  if (anchorTarget) {
    const keeper = new AnchorKeeper({
      db: options.db,
      ...anchorTarget,
      ...(options.anchorEveryMs ? { checkEveryMs: options.anchorEveryMs } : {}),
      log: (line) => app.log.info({ recordAnchor: line }, `全过程记录锚点：第 ${line.seq} 号事件 ${line.hash}（${line.reason}）`),
      onError: (err) => app.log.error({ err }, `全过程记录锚点写入失败：${anchorTarget.file}`),
    });
    const mismatch = await keeper.check().catch((err: unknown) => {
      app.log.error({ err }, `全过程记录锚点文件无法读取：${anchorTarget.file}`);
      return null;
    });
    if (mismatch) {
      app.log.error(
        { recordAnchor: mismatch.anchor, found: mismatch.found },
        `全过程记录与库外锚点不符：第 ${mismatch.anchor.seq} 号事件应为 ${mismatch.anchor.hash}，库中${mismatch.found ? `为 ${mismatch.found}` : '已不存在'}。记录在服务停止期间被改写或删除，请立即运行 yibao audit verify 并报告`,
      );
    }
    await keeper.start();
    app.addHook('onClose', async () => keeper.stop());
    ctx.anchors = keeper;
  }

  await app.ready();
  return app as unknown as YibaoServer;
}
