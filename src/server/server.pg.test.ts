// The server on the PostgreSQL server in DATABASE_URL (npm run test:pg): demo cases walked
// through the case service, the case list and page, the record, the portal's masking and
// the jurisdiction scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, postgresDb, testServer, TEST_PASSWORD } from './test-support/harness.js';
import { importSeedCatalogs } from './seed.js';
import { createDemoAccounts, DEMO_JURISDICTION } from './users.js';
import { seedDemoCases } from './demo.js';
import { caseModule } from './routes/cases.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

let app: YibaoServer;
let db: ServerDb;
let ids: string[] = [];

beforeAll(async () => {
  db = await postgresDb();
  ({ app } = await testServer({ db }));
  await importSeedCatalogs(app.yibao.catalogs);
  await createDemoAccounts(db, TEST_PASSWORD);
  await addAccount(db, { name: 'lps1', displayName: '六盘水执法', roles: ['执法人员'], jurisdiction: '贵州省/六盘水市', certificate: { no: 'LPS-1', validFrom: '2024-01-01', validTo: '2028-12-31' } });
  ids = await seedDemoCases(caseModule(db).service, db, DEMO_JURISDICTION);
}, 300_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('the server on PostgreSQL', () => {
  it('lists and shows the demo cases with deadline colours, and the record verifies', async () => {
    const fuze = await login(app, 'fuze');
    const list = (await fuze.request('GET', '/api/cases?limit=100')).json().items as Array<{ id: string; colour: string | null }>;
    expect(list.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(new Set(list.map((c) => c.colour).filter(Boolean))).toEqual(new Set(['green', 'yellow', 'red']));
    const page = (await fuze.request('GET', `/api/cases/${ids[0]}`)).json();
    expect(page.case.state).toBe('已送达');
    expect(page.execution.paidInFull).toBe(true);
    expect((await fuze.request('GET', '/api/record/verify')).json()).toMatchObject({ ok: true });
    const stats = (await fuze.request('GET', '/api/stats')).json();
    expect(stats.cases.total).toBe(ids.length);
    expect(stats.cases.overdue).toBeGreaterThan(0);
  });

  it('publishes decisions masked and keeps other jurisdictions out', async () => {
    const decisions = (await app.inject({ method: 'GET', url: '/api/public/decisions' })).json() as Array<{ party: string }>;
    expect(decisions.map((d) => d.party)).toContain('张*');
    expect(JSON.stringify(decisions)).not.toMatch(/张三|140302198001011234/);
    const other = await login(app, 'lps1');
    expect((await other.request('GET', `/api/cases/${ids[0]}`)).statusCode).toBe(404);
    expect((await other.request('GET', '/api/cases')).json().items).toEqual([]);
  });
});
