// Test harness: an in-memory PGlite with the server's migrations, a server on it, and
// helpers to log in and call the API with the session cookie and CSRF header.
import { openTestStore } from '../../store/index.js';
import type { LightMyRequestResponse } from 'fastify';
import { buildServer, type ServerOptions, type YibaoServer } from '../app.js';
import type { ServerDb } from '../db.js';
import { ensureJurisdictions, upsertAccount, type NewAccount } from '../users.js';

export const TEST_PASSWORD = 'ceshi-mima-2026';

/** A fresh in-memory PGlite with every migration (the store's, the cases', the server's). */
export async function memoryDb(): Promise<ServerDb> {
  const { store } = await openTestStore();
  await ensureJurisdictions(store);
  return store;
}

/** A fresh schema on the PostgreSQL server in DATABASE_URL, migrated; `close()` drops it. */
export async function postgresDb(): Promise<ServerDb> {
  const t = await openTestStore({ engine: 'postgres' });
  await ensureJurisdictions(t.store);
  return new Proxy(t.store, {
    get(target, key) {
      if (key === 'close') return () => t.cleanup();
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export async function testServer(options: Partial<ServerOptions> = {}): Promise<{ app: YibaoServer; db: ServerDb }> {
  const db = (options.db as ServerDb) ?? (await memoryDb());
  // Tests sign many accounts in from one address: the login rate limits are relaxed unless a
  // test sets them (auth.test.ts attacks the real defaults). No anchor file unless asked.
  const app = await buildServer({
    logger: false,
    webRoot: null,
    anchors: null,
    ...options,
    auth: { loginPerAddress: 10_000, loginPerAccount: 10_000, ...options.auth },
    db,
  });
  return { app, db };
}

export async function addAccount(db: ServerDb, a: Omit<NewAccount, 'password'> & { password?: string }): Promise<void> {
  await upsertAccount(db, { password: TEST_PASSWORD, ...a });
}

export interface Client {
  name: string;
  csrf: string;
  cookie: string;
  request(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export async function login(app: YibaoServer, name: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password } });
  if (res.statusCode !== 200) throw new Error(`login ${name}: ${res.statusCode} ${res.body}`);
  const cookies = res.cookies as Array<{ name: string; value: string }>;
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = res.json().csrfToken as string;
  return {
    name,
    csrf,
    cookie,
    request: (method, url, body) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { cookie, 'x-csrf-token': csrf },
        ...(body !== undefined ? { payload: body as object } : {}),
      }),
  };
}

const signedIn = new WeakMap<YibaoServer, Map<string, Promise<Client>>>();
/** The account signed in once per server, its session kept for the test file. */
export function clientOf(app: YibaoServer, name: string): Promise<Client> {
  let m = signedIn.get(app);
  if (!m) signedIn.set(app, (m = new Map()));
  let c = m.get(name);
  if (!c) m.set(name, (c = login(app, name)));
  return c;
}

/** Uploads bytes as an attachment, as the console does; its reference { name, sha256 }. */
export async function uploadAttachment(app: YibaoServer, who: Client, name: string, content: string = name): Promise<{ name: string; sha256: string }> {
  const r = await app.inject({
    method: 'POST',
    url: `/api/attachments?name=${encodeURIComponent(name)}`,
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/octet-stream' },
    payload: Buffer.from(content),
  });
  if (r.statusCode !== 201) throw new Error(`upload ${name}: ${r.statusCode} ${r.body}`);
  return { name, sha256: (r.json() as { sha256: string }).sha256 };
}

/** A step input whose `attachments: [{ name, content? }]` are uploaded first and replaced by their references. */
export async function withUploads(app: YibaoServer, who: Client, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (!Array.isArray(input.attachments)) return input;
  const refs = [];
  for (const a of input.attachments as Array<{ name: string; content?: string }>) refs.push(await uploadAttachment(app, who, a.name, a.content ?? a.name));
  return { ...input, attachments: refs };
}
