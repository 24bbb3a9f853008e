// 查看和导出留痕 (医疗保障行政处罚程序暂行规定 第十七条第二款): each view of a case's file and each
// export of a document, the volume or an attachment is written with who, when and what; a request
// from outside the case's jurisdiction is refused and leaves no trace; the log is read per case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, testServer, uploadAttachment, type Client } from './test-support/harness.js';
import { importSeedCatalogs } from './seed.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

const CITY = '山西省/阳泉市';
const OTHER_CITY = '山西省/太原市';
const cert = { no: 'ACC-1', validFrom: '2024-01-01', validTo: '2030-12-31' };

let app: YibaoServer;
let db: ServerDb;
let officer: Client;
let head: Client;
let outsider: Client;
let caseId = '';
let sha = '';

const rows = async () => (await db.query<{ user_name: string; action: string; what: string }>('SELECT user_name, action, what FROM case_access WHERE case_id = $1 ORDER BY id', [caseId])).rows;

beforeAll(async () => {
  ({ app, db } = await testServer());
  await importSeedCatalogs(app.yibao.catalogs);
  await addAccount(db, { name: 'acc-officer', displayName: '执法甲', roles: ['执法人员'], jurisdiction: CITY, certificate: cert });
  await addAccount(db, { name: 'acc-head', displayName: '负责人甲', roles: ['负责人'], jurisdiction: CITY });
  await addAccount(db, { name: 'acc-outsider', displayName: '太原执法', roles: ['执法人员'], jurisdiction: OTHER_CITY, certificate: { ...cert, no: 'ACC-2' } });
  officer = await login(app, 'acc-officer');
  head = await login(app, 'acc-head');
  outsider = await login(app, 'acc-outsider');
  caseId = (await officer.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3' })).json().id;
  const upload = await uploadAttachment(app, officer, '核查材料', '线索核查的材料');
  sha = upload.sha256;
  const r = await officer.request('POST', `/api/cases/${caseId}/act`, { step: '线索核查', input: { 核查意见: '属实', attachments: [upload] } });
  expect(r.statusCode, r.body).toBe(200);
}, 180_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('查看和导出留痕 (暂行规定 第十七条第二款)', { timeout: 120_000 }, () => {
  it('each view and export is written with who and what, in order; the case shows its log', async () => {
    const before = (await rows()).length;
    expect((await officer.request('GET', `/api/cases/${caseId}`)).statusCode).toBe(200);
    expect((await head.request('GET', `/api/cases/${caseId}/file`)).statusCode).toBe(200);
    expect((await head.request('GET', `/api/cases/${caseId}/attachments/${sha}`)).statusCode).toBe(200);
    expect((await head.request('GET', `/api/cases/${caseId}/attachments/${sha}?download=1`)).statusCode).toBe(200);
    const volume = await officer.request('GET', `/api/cases/${caseId}/volume`);
    expect(volume.statusCode, volume.body.slice(0, 300)).toBe(200);
    const logged = (await rows()).slice(before);
    expect(logged).toEqual([
      { user_name: 'acc-officer', action: '查看', what: '案件' },
      { user_name: 'acc-head', action: '查看', what: '案卷' },
      { user_name: 'acc-head', action: '查看', what: '附件：核查材料' },
      { user_name: 'acc-head', action: '导出', what: '附件：核查材料' },
      { user_name: 'acc-officer', action: '导出', what: '一案一卷' },
    ]);
    const log = await head.request('GET', `/api/cases/${caseId}/access`);
    expect(log.statusCode).toBe(200);
    expect(log.json().slice(-2)).toMatchObject([
      { user: 'acc-head', action: '导出', what: '附件：核查材料' },
      { user: 'acc-officer', action: '导出', what: '一案一卷' },
    ]);
  });

  it('a document exported is written with its kind and format', async () => {
    const before = (await rows()).length;
    const r = await officer.request('GET', `/api/cases/${caseId}/documents/立案审批表?format=docx`);
    // the case is not filed yet: the document cannot be built, but the attempt to export it is on the log
    expect([200, 400, 409, 422]).toContain(r.statusCode);
    expect((await rows()).slice(before)).toEqual([{ user_name: 'acc-officer', action: '导出', what: '文书：立案审批表（docx）' }]);
  });

  it('from another city: refused, nothing written, and the log is not shown', async () => {
    const before = await rows();
    for (const url of [`/api/cases/${caseId}`, `/api/cases/${caseId}/file`, `/api/cases/${caseId}/volume`, `/api/cases/${caseId}/attachments/${sha}?download=1`, `/api/cases/${caseId}/documents/立案审批表`, `/api/cases/${caseId}/access`]) {
      const r = await outsider.request('GET', url);
      expect(r.statusCode, url).toBe(404);
    }
    expect(await rows()).toEqual(before);
  });
});
