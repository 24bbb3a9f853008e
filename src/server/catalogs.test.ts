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
    // 六盘水 uploading a file whose name is 阳泉's unpublished catalog: 404, as GET says — not a hint that it exists
    const clash = await app.inject({
      method: 'POST',
      url: `/api/catalogs/import?fileName=kuangqu-new.txt&jurisdiction=${encodeURIComponent('贵州省/六盘水市')}`,
      headers: { cookie: county.cookie, 'x-csrf-token': county.csrf, 'content-type': 'application/octet-stream' },
      payload: readFileSync(join(SEED_CATALOG_DIR, '001_cc42e2149e1dc4a3.txt')),
    });
    expect(clash.statusCode).toBe(404);
    expect(clash.json().message).not.toMatch(/其他辖区/);
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

const upload = (client: Client, url: string, payload: Buffer) =>
  app.inject({ method: 'POST', url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/octet-stream' }, payload });

describe('catalogs of any format, editions, stable references', () => {
  it('previews an .xlsx with its column mapping and first rows, without saving; a changed mapping previews anew', async () => {
    const { buildXlsx } = await import('../catalog/import/fixtures/build.js');
    const bytes = await buildXlsx();
    const res = await upload(qingdan, `/api/catalogs/preview?fileName=yq-quanze.xlsx&jurisdiction=${encodeURIComponent('山西省/阳泉市')}`, bytes);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.format).toBe('xlsx');
    expect(p.items).toBe(3);
    expect(p.existing).toBeNull();
    const body = p.columns.find((c: { header: string }) => c.header === '行使主体');
    expect(body).toMatchObject({ field: 'exercisingBody', label: '行使主体', guessed: false });
    const col = p.columns.indexOf(body);
    expect(p.rows[0].cells[col]).toBe('市医疗保障局');
    expect((await qingdan.request('GET', '/api/catalogs/yq-quanze')).statusCode).toBe(404);
    const remapped = (await upload(qingdan, `/api/catalogs/preview?fileName=yq-quanze.xlsx&map=${encodeURIComponent('备注=忽略')}`, bytes)).json();
    expect(remapped.columns.find((c: { header: string }) => c.header === '备注').field).toBe('ignore');
  });

  it('imports an .xlsx and a .docx; their items resolve by reference with kind, matter, party kinds and citations', async () => {
    const { buildXlsx, buildDocx } = await import('../catalog/import/fixtures/build.js');
    const x = await upload(qingdan, `/api/catalogs/import?fileName=yq-quanze.xlsx&jurisdiction=${encodeURIComponent('山西省/阳泉市')}`, await buildXlsx());
    expect(x.statusCode).toBe(201);
    expect(x.json()).toMatchObject({ id: 'yq-quanze', items: 3, edition: 1, format: 'xlsx', newEdition: false });
    const d = await upload(qingdan, `/api/catalogs/import?fileName=yq-quanze-word.docx&jurisdiction=${encodeURIComponent('山西省/阳泉市')}`, await buildDocx());
    expect(d.statusCode).toBe(201);
    for (const ref of ['yq-quanze@1#1', 'yq-quanze-word@1#2']) {
      const r = await zhifa.request('GET', `/api/catalog-items/resolve?ref=${encodeURIComponent(ref)}`);
      expect(r.statusCode).toBe(200);
      const item = r.json();
      expect(item.kind).toBe('行政处罚');
      expect(item.matter).not.toBeNull();
      expect(item.citations.length).toBeGreaterThan(0);
      expect(item.citations[0]).toMatchObject({ statute: '医疗保障基金使用监督管理条例', resolved: true });
      expect(item.exercisingBody).toEqual(['市医疗保障局']);
    }
    const repo = app.yibao.catalogs;
    expect((await repo.resolveItem('yq-quanze#2'))?.partyKinds).toEqual(['参保个人']);
    // another jurisdiction does not see an unpublished catalog's items
    expect((await county.request('GET', `/api/catalog-items/resolve?ref=${encodeURIComponent('yq-quanze@1#1')}`)).statusCode).toBe(404);
  });

  it('a new edition keeps the old one for its references, shows the diff, and the portal keeps the published edition until a maintainer publishes the new one', async () => {
    const repo = app.yibao.catalogs;
    const seedRefBefore = await repo.resolveItem('000_650efb1eb094bc36#6');
    const bytes1 = Buffer.from(['示例区医疗保障局权责清单（2024年）', '序号\t事项名称\t职权类型\t实施依据', '1\t对个人骗取医疗保障基金支出的处罚\t行政处罚\t《医疗保障基金使用监督管理条例》第四十一条', '2\t对定点医药机构医疗保障基金使用情况的监督检查\t行政检查\t《医疗保障基金使用监督管理条例》第二十七条'].join('\n'));
    const bytes2 = Buffer.from(['示例区医疗保障局权责清单（2025年）', '序号\t事项名称\t职权类型\t实施依据', '1\t对个人骗取医疗保障基金支出的处罚\t行政处罚\t《医疗保障基金使用监督管理条例》第四十一条第二款', '2\t对定点医药机构骗取医疗保障基金支出的处罚\t行政处罚\t《医疗保障基金使用监督管理条例》第四十条'].join('\n'));
    const url = `/api/catalogs/import?fileName=kq-quanze.txt&jurisdiction=${encodeURIComponent('山西省/阳泉市/矿区')}`;
    expect((await upload(qingdan, url + '&publish=true', bytes1)).statusCode).toBe(201);
    const second = await upload(qingdan, url, bytes2);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ edition: 2, publishedEdition: 1, newEdition: true });
    // the same file again is not a third edition
    expect((await upload(qingdan, url, bytes2)).json()).toMatchObject({ edition: 2, newEdition: false });

    const editions = (await qingdan.request('GET', '/api/catalogs/kq-quanze/editions')).json();
    expect(editions.map((e: { edition: number; published: boolean; latest: boolean }) => [e.edition, e.published, e.latest])).toEqual([[1, true, false], [2, false, true]]);
    // old references keep resolving in their edition
    expect((await repo.resolveItem('kq-quanze#2'))?.kind).toBe('行政检查');
    expect((await repo.resolveItem('kq-quanze@1#2'))?.name).toBe('对定点医药机构医疗保障基金使用情况的监督检查');
    expect((await repo.resolveItem('kq-quanze@2#2'))?.name).toBe('对定点医药机构骗取医疗保障基金支出的处罚');
    expect(await repo.resolveItem('kq-quanze@3#1')).toBeUndefined();
    // the synchronous resolver for the case engine sees the same, imports included
    const resolve = await repo.itemResolver();
    expect(resolve('kq-quanze@2#1')?.item.bases[0]?.text).toBe('《医疗保障基金使用监督管理条例》第四十一条第二款');
    expect(resolve('kq-quanze#1')?.item.bases[0]?.text).toBe('《医疗保障基金使用监督管理条例》第四十一条');
    expect(resolve('000_650efb1eb094bc36#3')).toMatchObject({ kind: '行政处罚', jurisdiction: '山西省/阳泉市' });
    // and importing it changed nothing for other catalogs' references
    expect(await repo.resolveItem('000_650efb1eb094bc36#6')).toEqual(seedRefBefore);

    const diff = (await qingdan.request('GET', '/api/catalogs/kq-quanze/diff?from=1&to=2')).json();
    // item 1 kept its name (its basis changed); item 2 under the same number is another item now
    expect(diff.changed.map((c: { seq: number; fields: { field: string }[] }) => [c.seq, c.fields.map((f) => f.field)])).toEqual([
      [1, ['bases']],
      [2, ['name', 'kind', 'bases', 'targets']],
    ]);
    expect(diff.changed[1].fields[0]).toMatchObject({ before: '对定点医药机构医疗保障基金使用情况的监督检查', after: '对定点医药机构骗取医疗保障基金支出的处罚' });
    expect(diff.unchanged).toBe(0);

    // the portal shows edition 1 until edition 2 is published
    const before = (await app.inject({ method: 'GET', url: '/api/public/catalogs/kq-quanze' })).json();
    expect(before.items.map((i: { name: string }) => i.name)).toContain('对定点医药机构医疗保障基金使用情况的监督检查');
    expect((await qingdan.request('POST', '/api/catalogs/kq-quanze/publish', { published: true, edition: 2 })).json()).toMatchObject({ publishedEdition: 2 });
    const after = (await app.inject({ method: 'GET', url: '/api/public/catalogs/kq-quanze' })).json();
    expect(after.items.map((i: { name: string }) => i.name)).toContain('对定点医药机构骗取医疗保障基金支出的处罚');
    expect((await qingdan.request('POST', '/api/catalogs/kq-quanze/publish', { published: true, edition: 9 })).statusCode).toBe(404);
  });
});
