import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, testServer, type Client } from './test-support/harness.js';
import { importSeedCatalogs, SEED_CATALOG_DIR } from './seed.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

let app: YibaoServer;
let db: ServerDb;
let qingdan: Client;
let zhifa: Client;
let county: Client;

beforeAll(async () => {
  ({ app, db } = await testServer());
  await importSeedCatalogs(app.yibao.catalogs);
  await addAccount(db, { name: 'qingdan', displayName: '周清单', roles: ['清单管理员'], jurisdiction: '山西省/阳泉市' });
  await addAccount(db, { name: 'zhifa1', displayName: '张执法', roles: ['执法人员'], jurisdiction: '山西省/阳泉市', certificate: { no: 'YB-1', validFrom: '2024-01-01', validTo: '2028-12-31' } });
  await addAccount(db, { name: 'lps', displayName: '六盘水清单', roles: ['清单管理员'], jurisdiction: '贵州省/六盘水市' });
  qingdan = await login(app, 'qingdan');
  zhifa = await login(app, 'zhifa1');
  county = await login(app, 'lps');
}, 120_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('catalogs', () => {
  it('lists the five seeds with their jurisdictions and findings', async () => {
    const list = (await zhifa.request('GET', '/api/catalogs')).json() as Array<{ id: string; jurisdiction: string; items: number; findings: { error: number } }>;
    expect(list.map((c) => [c.id.slice(0, 3), c.jurisdiction, c.items])).toEqual([
      ['000', '山西省/阳泉市', 17],
      ['001', '贵州省/六盘水市/钟山区', 20],
      ['002', '山西省/阳泉市/矿区', 9],
      ['003', '内蒙古自治区', 14],
      ['004', '甘肃省/兰州市', 20],
    ]);
    expect(list[0]!.findings.error).toBeGreaterThan(0);
  });

  it('searches items in Chinese and filters by kind', async () => {
    const r = (await zhifa.request('GET', `/api/catalog-items?q=${encodeURIComponent('骗取')}&kind=${encodeURIComponent('行政处罚')}`)).json();
    expect(r.total).toBeGreaterThan(0);
    expect(r.items.every((i: { kind: string }) => i.kind === '行政处罚')).toBe(true);
    const none = (await zhifa.request('GET', `/api/catalog-items?q=${encodeURIComponent('不存在的词语甲乙丙')}`)).json();
    expect(none.total).toBe(0);
    const county002 = (await zhifa.request('GET', `/api/catalog-items?jurisdiction=${encodeURIComponent('山西省/阳泉市/矿区')}`)).json();
    expect(county002.total).toBe(9);
  });

  it('shows an item with each quote beside the statute text and its lint findings (000 item 4: 社会保险法 art. 84)', async () => {
    const item = (await zhifa.request('GET', '/api/catalogs/000_650efb1eb094bc36/items/4')).json();
    const cites = item.bases.flatMap((b: { citations: unknown[] }) => b.citations) as Array<{ statute: string; article: number; quote?: string; statuteText?: string }>;
    const c84 = cites.find((c) => c.statute === '中华人民共和国社会保险法' && c.article === 84)!;
    expect(c84.statuteText).toMatch(/一倍以上三倍以下/);
    expect(item.lintFindings.some((f: { rule: string; severity: string }) => f.rule === 'quote-numbers' && f.severity === 'error')).toBe(true);
  });

  it('exports xlsx with the published columns', async () => {
    const res = await zhifa.request('GET', '/api/catalogs/000_650efb1eb094bc36/export?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const top = [1, 2, 3].map((n) => (wb.worksheets[0]!.getRow(n).values as unknown[]).filter(Boolean).join(',')).join('\n');
    expect(top).toContain('事项名称');
    expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(17);
  });

  it('compares catalogs matter by jurisdiction', async () => {
    const r = (await zhifa.request('GET', '/api/catalogs-compare?ids=000_650efb1eb094bc36,002_d9b76134472e1956')).json();
    expect(r.catalogs).toHaveLength(2);
    expect(r.rows.length).toBeGreaterThan(5);
    expect(r.rows[0].cells).toHaveLength(2);
  });

  it('imports a file within the jurisdiction and refuses another jurisdiction', async () => {
    const bytes = readFileSync(join(SEED_CATALOG_DIR, '002_d9b76134472e1956.txt'));
    const ok = await app.inject({
      method: 'POST',
      url: `/api/catalogs/import?fileName=kuangqu-new.txt`,
      headers: { cookie: qingdan.cookie, 'x-csrf-token': qingdan.csrf, 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ id: 'kuangqu-new', jurisdiction: '山西省/阳泉市/矿区', published: false, items: 9 });
    // 六盘水's maintainer neither sees the unpublished catalog nor can import for 阳泉
    expect((await county.request('GET', '/api/catalogs/kuangqu-new')).statusCode).toBe(404);
    const denied = await app.inject({
      method: 'POST',
      url: `/api/catalogs/import?fileName=other.txt`,
      headers: { cookie: county.cookie, 'x-csrf-token': county.csrf, 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    expect(denied.statusCode).toBe(403);
    // an officer may read but not import
    const officer = await app.inject({
      method: 'POST',
      url: `/api/catalogs/import?fileName=x.txt`,
      headers: { cookie: zhifa.cookie, 'x-csrf-token': zhifa.csrf, 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    expect(officer.statusCode).toBe(403);
  });

  it('rejects a file that is not a catalog with a 400, a Chinese message and the import code', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/catalogs/import?fileName=empty.txt`,
      headers: { cookie: qingdan.cookie, 'x-csrf-token': qingdan.csrf, 'content-type': 'application/octet-stream' },
      payload: Buffer.from('这不是一张清单，只是一句话。'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toMatch(/^CATALOG_/);
    expect(res.json().message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('publishes to the portal; unpublished stays unreachable without login', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/public/catalogs/kuangqu-new' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/public/catalogs/kuangqu-new/items/1' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/catalogs/kuangqu-new' })).statusCode).toBe(401);
    const pub = await qingdan.request('POST', '/api/catalogs/kuangqu-new/publish', { published: true });
    expect(pub.statusCode).toBe(200);
    const item = await app.inject({ method: 'GET', url: '/api/public/catalogs/kuangqu-new/items/1' });
    expect(item.statusCode).toBe(200);
    expect(item.json().lintFindings).toEqual([]);
    const list = (await app.inject({ method: 'GET', url: '/api/public/catalogs' })).json();
    expect(list.map((c: { id: string }) => c.id)).toContain('kuangqu-new');
  });
});
