import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, testServer, type Client } from './test-support/harness.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

let app: YibaoServer;
let db: ServerDb;
let officer: Client;

beforeAll(async () => {
  ({ app, db } = await testServer());
  await addAccount(db, { name: 'zhifa1', displayName: '张执法', roles: ['执法人员'], jurisdiction: '山西省/阳泉市', certificate: { no: 'YB-1', validFrom: '2024-01-01', validTo: '2028-12-31' } });
  officer = await login(app, 'zhifa1');
}, 120_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('penalty computation', () => {
  it('computes 条例 art. 40 ¶2 for a fraud of 12,345.67 yuan: fine 2–5× the amount, with its article', async () => {
    const res = await officer.request('POST', '/api/penalty/compute', {
      article: '医疗保障基金使用监督管理条例:40',
      facts: { party: '定点医疗机构', amounts: { defraudedFen: 1234567, lossFen: 1234567 }, flags: ['以骗取为目的'] },
    });
    expect(res.statusCode).toBe(200);
    const fine = res.json().measures.find((m: { kind: string; target?: string }) => m.kind === '罚款');
    expect(fine).toMatchObject({ minFen: 2469134, maxFen: 6172835 });
    expect(fine.citation).toMatch(/第四十条/);
  });

  it('refuses an unknown article and an unknown flag with a 400, the English code and a Chinese message', async () => {
    const a = await officer.request('POST', '/api/penalty/compute', { article: '医疗保障基金使用监督管理条例:99', facts: { party: '定点医疗机构' } });
    expect(a.statusCode).toBe(400);
    expect(a.json().code).toBe('UNKNOWN_ARTICLE');
    expect(a.json().message).toMatch(/[\u4e00-\u9fff]/);
    const f = await officer.request('POST', '/api/penalty/compute', { article: '医疗保障基金使用监督管理条例:40', facts: { party: '定点医疗机构', flags: ['随便写的情节'] } });
    expect(f.statusCode).toBe(400);
    expect(f.json().code).toBe('UNKNOWN_FLAG');
  });

  it('lists the rules and the vocabulary', async () => {
    const rules = (await officer.request('GET', '/api/penalty/rules')).json();
    expect(rules.some((r: { key: string }) => r.key === '医疗保障基金使用监督管理条例:40')).toBe(true);
    const v = (await officer.request('GET', '/api/penalty/vocabulary')).json();
    expect(v.parties).toContain('参保个人');
    expect(v.flags).toContain('以骗取为目的');
  });
});
