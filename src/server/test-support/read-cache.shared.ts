// The read caches (case list, case page, sessions) never serve what a committed write has
// changed: a write through another server on the same database, or straight to the database
// (the CLI, an administrator's SQL), is seen by the next read. Run on PGlite (read-cache.test.ts:
// one server, writes behind its back through the same store) and on PostgreSQL
// (read-cache.pg.test.ts: two servers, each with its own connections, as two processes would be).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, TEST_PASSWORD, type Client } from './harness.js';
import { importSeedCatalogs } from '../seed.js';
import { createDemoAccounts } from '../users.js';
import type { YibaoServer } from '../app.js';
import type { ServerDb } from '../db.js';

export interface ReadCacheSetup {
  /** The server whose caches are watched. */
  reader: YibaoServer;
  /** The server the writes go through (another one on the same database, or the same). */
  writer: YibaoServer;
  /** A connection of its own to the same database (the CLI, an administrator's SQL). */
  sql: ServerDb;
  close(): Promise<void>;
}

export function readCacheSuite(name: string, open: () => Promise<ReadCacheSetup>): void {
  describe(name, () => {
    let s: ReadCacheSetup;
    let reader: Client;
    let writer: Client;
    let caseId = '';

    beforeAll(async () => {
      s = await open();
      await importSeedCatalogs(s.writer.yibao.catalogs);
      if (s.reader !== s.writer) await importSeedCatalogs(s.reader.yibao.catalogs);
      await createDemoAccounts(s.sql, TEST_PASSWORD);
      reader = await login(s.reader, 'zhifa1');
      writer = await login(s.writer, 'zhifa1');
      const r = await writer.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#1' });
      expect(r.statusCode, r.body).toBe(201);
      caseId = r.json().id;
    }, 180_000);
    afterAll(async () => {
      await s?.close();
    });

    it('shows a step taken through the other server at the next read', async () => {
      const before = (await reader.request('GET', `/api/cases/${caseId}`)).json();
      expect(before.timeline).toHaveLength(1);
      expect((await reader.request('GET', `/api/cases/${caseId}`)).json()).toEqual(before); // served again
      const acted = await writer.request('POST', `/api/cases/${caseId}/act`, { step: '线索核查', input: { 核查意见: '线索属实' } });
      expect(acted.statusCode, acted.body).toBe(200);
      const after = (await reader.request('GET', `/api/cases/${caseId}`)).json();
      expect(after.timeline.map((e: { step: string }) => e.step)).toEqual(['开案', '线索核查']);
      expect(after.case.state).toBe(acted.json().state);
    });

    it('lists a case opened through the other server at the next read', async () => {
      const before = (await reader.request('GET', '/api/cases?limit=100')).json().items as Array<{ id: string }>;
      const r = await writer.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#1' });
      expect(r.statusCode, r.body).toBe(201);
      const after = (await reader.request('GET', '/api/cases?limit=100')).json().items as Array<{ id: string }>;
      expect(after.map((c) => c.id)).toEqual([r.json().id, ...before.map((c) => c.id)]);
    });

    it('shows a change written straight to the database (an account renamed) at the next read', async () => {
      const before = (await reader.request('GET', `/api/cases/${caseId}`)).json();
      expect(before.timeline[0].actorName).not.toBe('改名后的执法人员');
      await s.sql.query(`UPDATE users SET display_name = '改名后的执法人员' WHERE name = 'zhifa1'`);
      const after = (await reader.request('GET', `/api/cases/${caseId}`)).json();
      expect(after.timeline[0].actorName).toBe('改名后的执法人员');
    });

    it('refuses a session ended through the other server at once', async () => {
      const other = await login(s.writer, 'zhifa2');
      const cookie = other.cookie;
      const asReader = () => s.reader.inject({ method: 'GET', url: '/api/cases', headers: { cookie } });
      expect((await asReader()).statusCode).toBe(200);
      expect((await asReader()).statusCode).toBe(200); // the session held in memory
      const out = await other.request('POST', '/api/auth/logout');
      expect(out.statusCode, out.body).toBeLessThan(300);
      expect((await asReader()).statusCode).toBe(401);
    });

    it('refuses a session deleted straight in the database at once', async () => {
      const other = await login(s.writer, 'fazhi');
      const asReader = () => s.reader.inject({ method: 'GET', url: '/api/cases', headers: { cookie: other.cookie } });
      expect((await asReader()).statusCode).toBe(200);
      await s.sql.query(`DELETE FROM sessions WHERE user_name = 'fazhi'`);
      expect((await asReader()).statusCode).toBe(401);
    });
  });
}
