// A penalty case through the HTTP API, from opening to the published decision, as the
// officers, the legal reviewer and the head of the demo bureau; documents; the record; the
// portal; and the jurisdiction scope of every case endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, login, testServer, TEST_PASSWORD, type Client } from './test-support/harness.js';
import { importSeedCatalogs } from './seed.js';
import { createDemoAccounts } from './users.js';
import { loadPeriods, minimumChoices } from '../law/index.js';
import { createHash } from 'node:crypto';
import { caseTesting, stepInputJsonSchema, WITHHELD } from '../cases/index.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

let app: YibaoServer;
let db: ServerDb;
const c: Record<string, Client> = {};
let caseId = '';
const today = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
const WANGWU = { 类型: '公民', 主体类别: '参保个人', 名称: '王五', 证件类型: '居民身份证', 证件号码: '140302199012145049', 住所: '阳泉市城区某街1号', 联系电话: '13812345678' };
const HOSPITAL = { 类型: '法人', 主体类别: '定点医疗机构', 名称: '某医院', 证件类型: '统一社会信用代码', 证件号码: '91140300MA00001016', 住所: '阳泉市城区某路1号', 法定代表人: '王某' };

beforeAll(async () => {
  ({ app, db } = await testServer());
  await importSeedCatalogs(app.yibao.catalogs);
  await createDemoAccounts(db, TEST_PASSWORD);
  await addAccount(db, { name: 'kuangqu1', displayName: '矿区执法', roles: ['执法人员'], jurisdiction: '山西省/阳泉市/矿区', certificate: { no: 'KQ-1', validFrom: '2024-01-01', validTo: '2028-12-31' } });
  await addAccount(db, { name: 'kuangqu2', displayName: '矿区执法二', roles: ['执法人员'], jurisdiction: '山西省/阳泉市/矿区', certificate: { no: 'KQ-2', validFrom: '2024-01-01', validTo: '2028-12-31' } });
  await addAccount(db, { name: 'lps1', displayName: '六盘水执法', roles: ['执法人员'], jurisdiction: '贵州省/六盘水市', certificate: { no: 'LPS-1', validFrom: '2024-01-01', validTo: '2028-12-31' } });
  for (const n of ['zhifa1', 'zhifa2', 'fazhi', 'fuze', 'jianguan', 'kuangqu1', 'lps1']) c[n] = await login(app, n);
}, 180_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

async function act(who: string, step: string, input: Record<string, unknown> = {}) {
  const r = await c[who]!.request('POST', `/api/cases/${caseId}/act`, { step, input });
  expect(r.statusCode, `${step}: ${r.body}`).toBe(200);
  return r.json();
}
async function attachment(who: string, name: string) {
  const r = await app.inject({
    method: 'POST',
    url: `/api/attachments?name=${encodeURIComponent(name)}`,
    headers: { cookie: c[who]!.cookie, 'x-csrf-token': c[who]!.csrf, 'content-type': 'application/octet-stream' },
    payload: Buffer.from(`${name} 的内容`),
  });
  expect(r.statusCode).toBe(201);
  return r.json();
}

describe('a penalty case through the API', () => {
  it('is opened from a catalog item by an officer', async () => {
    const r = await c.zhifa1!.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#1' });
    expect(r.statusCode, r.body).toBe(201);
    caseId = r.json().id;
    expect(r.json().procedure).toBe('xzcf-putong');
  });

  it('offers only the steps the role may take now', async () => {
    const officer = (await c.zhifa1!.request('GET', `/api/cases/${caseId}`)).json();
    expect(officer.allowedSteps.map((s: { id: string }) => s.id)).toContain('线索核查');
    const head = (await c.fuze!.request('GET', `/api/cases/${caseId}`)).json();
    expect(head.allowedSteps.map((s: { id: string }) => s.id)).not.toContain('线索核查');
  });

  it('names each step\'s form by its input and a hash, without the form itself: the case page is smaller than the forms it names', async () => {
    const r = await c.fuze!.request('GET', `/api/cases/${caseId}`);
    expect(r.statusCode, r.body).toBe(200);
    const steps = r.json().allowedSteps as Array<Record<string, unknown> & { input: string; schemaHash: string | null }>;
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) {
      expect(s).not.toHaveProperty('schema');
      expect(s.schemaHash, s.input).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(r.body).not.toContain('"$schema"');
    // embedded, every form would have made allowedSteps at least as long as the forms themselves
    const forms = steps.reduce((n, s) => n + Buffer.byteLength(JSON.stringify(stepInputJsonSchema(s.input))), 0);
    expect(Buffer.byteLength(JSON.stringify(steps))).toBeLessThan(forms / 2);
  });

  it('serves a step\'s form by its input name: the same JSON Schema, cached for good when asked by its hash', async () => {
    const steps = (await c.fuze!.request('GET', `/api/cases/${caseId}`)).json().allowedSteps as Array<{ id: string; input: string; schemaHash: string }>;
    // 调查终结 carries a field required of every new step only (REQUIRED_FROM_NOW)
    const officerSteps = (await c.zhifa1!.request('GET', `/api/cases/${caseId}`)).json().allowedSteps as typeof steps;
    const closing = { id: '调查终结', input: '调查终结', schemaHash: createHash('sha256').update(JSON.stringify(stepInputJsonSchema('调查终结'))).digest('hex').slice(0, 16) };
    for (const s of [...steps, ...officerSteps, closing]) {
      const url = `/api/console/step-inputs/${encodeURIComponent(s.input)}`;
      const r = await c.fuze!.request('GET', `${url}?v=${s.schemaHash}`);
      expect(r.statusCode, `${s.id}: ${r.body}`).toBe(200);
      expect(r.json()).toEqual(stepInputJsonSchema(s.input));
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(r.headers['cache-control']).toBe('private, max-age=31536000, immutable');
      expect(r.headers['etag']).toBe(`"${s.schemaHash}"`);
      // the hash is that of the bytes sent
      expect(createHash('sha256').update(r.rawPayload).digest('hex').slice(0, 16)).toBe(s.schemaHash);
    }
    expect((await c.fuze!.request('GET', `/api/console/step-inputs/${encodeURIComponent('调查终结')}`)).json().required).toContain('认定事实');
  });

  it('answers a form asked by another hash, or none, with the current one to be revalidated, and 304 when it has not changed', async () => {
    const url = `/api/console/step-inputs/${encodeURIComponent('立案')}`;
    const current = await c.fuze!.request('GET', url);
    const hash = (current.headers['etag'] as string).replace(/"/g, '');
    for (const v of ['', '?v=0000000000000000', '?v=old']) {
      const r = await c.fuze!.request('GET', url + v);
      expect(r.statusCode).toBe(200);
      expect(r.headers['cache-control'], v).toBe('no-cache');
      expect(r.json()).toEqual(stepInputJsonSchema('立案'));
    }
    const again = await app.inject({ method: 'GET', url, headers: { cookie: c.fuze!.cookie, 'if-none-match': `"${hash}"` } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const stale = await app.inject({ method: 'GET', url, headers: { cookie: c.fuze!.cookie, 'if-none-match': '"0000000000000000"' } });
    expect(stale.statusCode).toBe(200);
  });

  it('refuses an unknown form with 404 in Chinese, and any form without a session with 401', async () => {
    for (const name of ['没有这个环节', 'toString', '__proto__']) {
      const r = await c.fuze!.request('GET', `/api/console/step-inputs/${encodeURIComponent(name)}?v=0123456789abcdef`);
      expect(r.statusCode, name).toBe(404);
      expect(r.json().code).toBe('UNKNOWN_STEP_INPUT');
      expect(r.json().message).toMatch(/[\u4e00-\u9fff]/);
      expect(r.headers['cache-control']).toBeUndefined();
    }
    const anon = await app.inject({ method: 'GET', url: `/api/console/step-inputs/${encodeURIComponent('立案')}` });
    expect(anon.statusCode).toBe(401);
    expect(anon.json().code).toBe('UNAUTHENTICATED');
    expect(anon.json().message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a step the engine forbids with 409, a code and a Chinese reason, and changes nothing', async () => {
    const before = (await c.zhifa1!.request('GET', `/api/cases/${caseId}`)).json();
    const r = await c.zhifa1!.request('POST', `/api/cases/${caseId}/act`, { step: '立案', input: { officers: ['zhifa1', 'zhifa2'], 案由: 'x', parties: [WANGWU] } });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toMatch(/^[A-Z_]+$/);
    expect(r.json().message).toMatch(/[\u4e00-\u9fff]/);
    const after = (await c.zhifa1!.request('GET', `/api/cases/${caseId}`)).json();
    expect(after.case.state).toBe(before.case.state);
    expect(after.timeline).toHaveLength(before.timeline.length);
  });

  it('walks to a published decision, with documents and a verified record', async () => {
    const officers = ['zhifa1', 'zhifa2'];
    await act('zhifa1', '线索核查', { 核查意见: '线索属实' });
    await act('fuze', '立案', { officers, 案由: '涉嫌骗取医保基金', parties: [WANGWU] });
    await act('zhifa1', '调查取证', { officers, 取证内容: '询问当事人', attachments: [await attachment('zhifa1', '笔录或证据')] });
    await act('zhifa2', '调查终结', {
      officers,
      调查终结报告: '事实清楚', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }],
      violation: { 法规: '医疗保障基金使用监督管理条例', 条: 41, 项: 1 },
      facts: { amounts: { lossFen: 80_000 }, actEnded: '2026-06-30', discovered: '2026-10-01' },
    });
    const view = (await c.fazhi!.request('GET', `/api/cases/${caseId}`)).json();
    const measures = minimumChoices(view.case.penalty.decision);
    await act('fazhi', '法制审核', { 结论: '同意', 审核意见: '程序合法', 审核事项: caseTesting.reviewPoints() });
    await act('zhifa1', '告知', { officers, measures, 告知书送达日期: today() });
    await act('zhifa1', '放弃陈述申辩', { attachments: [await attachment('zhifa1', '书面放弃声明')] });
    const v2 = (await c.zhifa1!.request('GET', `/api/cases/${caseId}`)).json();
    if (v2.availableSteps.includes('放弃听证') && v2.case.deadlines.some((d: { id: string; status: string }) => d.id === '听证申请期限' && d.status === 'open')) {
      await act('zhifa1', '放弃听证', { attachments: [await attachment('zhifa1', '书面放弃声明')] });
    }
    await act('fuze', '决定', { 类型: '行政处罚', measures });
    const doc = await c.zhifa1!.request('GET', `/api/cases/${caseId}/documents/${encodeURIComponent('行政处罚决定书')}?format=docx`);
    expect(doc.statusCode, doc.body.slice(0, 300)).toBe(200);
    expect(doc.rawPayload.subarray(0, 2).toString()).toBe('PK');
    await act('zhifa2', '送达', { 送达方式: '直接送达', attachments: [await attachment('zhifa2', '送达回证')] });
    // decided but not yet published: not on the portal
    expect((await app.inject({ method: 'GET', url: `/api/public/decisions/${caseId}` })).statusCode).toBe(404);
    await act('zhifa1', '公示', { 公示渠道: '门户网站' });
    // what the 决定书 orders is paid; an overpayment is refused first and changes nothing
    const owed = (await c.zhifa1!.request('GET', `/api/cases/${caseId}`)).json().execution as { lines: Array<{ kind: string; payer: string; outstandingFen: number }>; paidInFull: boolean };
    expect(owed.paidInFull).toBe(false);
    expect(owed.lines.length).toBeGreaterThan(0);
    const first = owed.lines[0]!;
    const over = await c.zhifa1!.request('POST', `/api/cases/${caseId}/act`, { step: '缴款', input: { 款项: first.kind, amountFen: first.outstandingFen + 1, 缴款日期: today(), 票据号: 'PJ-0' } });
    expect(over.statusCode, over.body).toBe(409);
    expect(over.json().message).toMatch(/超过|尚欠/);
    for (const [i, l] of owed.lines.entries()) await act('zhifa1', '缴款', { 款项: l.kind, amountFen: l.outstandingFen, 缴款日期: today(), 票据号: `PJ-${i + 1}` });
    expect((await c.zhifa1!.request('GET', `/api/cases/${caseId}`)).json().execution.paidInFull).toBe(true);
    // the 暂停联网结算 of 条例 第四十一条 runs for months from the day it is carried out: no 结案 before it ends
    const page = (await c.zhifa1!.request('GET', `/api/cases/${caseId}`)).json();
    expect(page.execution.measuresOutstanding).toEqual(['暂停联网结算']);
    const early = await c.fuze!.request('POST', `/api/cases/${caseId}/act`, { step: '结案', input: { 执行结果: '全部履行', 结案报告: '结案' } });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'NOT_EXECUTED' });
    await act('zhifa1', '执行', { 措施: '暂停联网结算', 开始日期: today(), 执行情况: '已通知经办机构暂停其联网结算' });
    expect((await c.fuze!.request('POST', `/api/cases/${caseId}/act`, { step: '结案', input: { 执行结果: '全部履行', 结案报告: '结案' } })).json()).toMatchObject({ code: 'NOT_EXECUTED' });
    const final = (await c.fuze!.request('GET', `/api/cases/${caseId}`)).json();
    expect(final.case.state).toBe('已送达');
    expect(final.documents).toEqual(expect.arrayContaining(['立案审批表', '行政处罚决定书', '送达回证']));
    expect(final.timeline.length).toBeGreaterThan(10);
    const verify = (await c.fuze!.request('GET', '/api/record/verify')).json();
    expect(verify).toMatchObject({ ok: true });
    expect(verify.events).toBeGreaterThan(10);
  });

  it('publishes the decision on the portal with the citizen masked', async () => {
    const list = (await app.inject({ method: 'GET', url: '/api/public/decisions' })).json();
    const d = list.find((x: { caseId: string }) => x.caseId === caseId);
    expect(d.party).toBe('王*');
    const text = JSON.stringify(list);
    for (const secret of ['王五', WANGWU.证件号码, '某街1号', '13812345678']) expect(text).not.toContain(secret);
    expect(d.measures.length).toBeGreaterThan(0);
  });

  it('a fine edited in cases.body behind the server\'s back reaches the portal, and the record verify reports it (case and field)', async () => {
    const { rows } = await db.query<{ body: { penalty: { decided: { measures: Array<{ amountFen?: number }> } } } }>('SELECT body FROM cases WHERE id = $1', [caseId]);
    const body = rows[0]!.body;
    const i = body.penalty.decided.measures.findIndex((m) => m.amountFen !== undefined);
    expect(i).toBeGreaterThanOrEqual(0);
    await db.query(`UPDATE cases SET body = jsonb_set(body, $1::text[], '1') WHERE id = $2`, [`{penalty,decided,measures,${i},amountFen}`, caseId]);
    try {
      const published = (await app.inject({ method: 'GET', url: '/api/public/decisions' })).json().find((x: { caseId: string }) => x.caseId === caseId);
      expect(JSON.stringify(published.measures)).toContain('"amountFen":1'); // the portal reads cases.body …
      const verify = (await c.fuze!.request('GET', '/api/record/verify')).json();
      expect(verify).toMatchObject({ ok: false, firstBad: { code: 'CASE_BODY_MISMATCH' } }); // … and verify says it is not what the record proves
      expect(verify.firstBad.reason).toContain(`案件 ${caseId}`);
      expect(verify.firstBad.reason).toContain(`penalty.decided.measures.${i}.amountFen 存为 1`);
    } finally {
      await db.query('UPDATE cases SET body = $1::jsonb WHERE id = $2', [JSON.stringify(body), caseId]);
    }
    expect((await c.fuze!.request('GET', '/api/record/verify')).json()).toMatchObject({ ok: true });
  });

  it('lists cases with deadline colours and counts them on the dashboard', async () => {
    const open = (await c.zhifa1!.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3' })).json();
    caseId = open.id;
    await act('zhifa1', '线索核查', { 核查意见: '线索属实' });
    await act('fuze', '立案', { officers: ['zhifa1', 'zhifa2'], 案由: '涉嫌违法', parties: [HOSPITAL] });
    const list = (await c.zhifa1!.request('GET', '/api/cases')).json().items;
    const row = list.find((x: { id: string }) => x.id === open.id);
    expect(['green', 'yellow', 'red']).toContain(row.colour);
    const stats = (await c.fuze!.request('GET', '/api/stats')).json();
    expect(stats.cases.total).toBeGreaterThanOrEqual(2);
    expect(stats.cases.finesImposedFen + stats.cases.fundsRecoveredFen).toBeGreaterThan(0);
  });
});

describe('举报 through the API: material marked 涉密, the statistics and the portal (举报处理暂行办法 第十六条第二款, 第十七条, 第十九条, 第二十条)', () => {
  it('withholds 涉密 material from an officer who does not handle the report and from every download; counts the report; publishes nothing unreviewed', async () => {
    const opened = await c.zhifa1!.request('POST', '/api/cases', { procedure: 'jbcl', jurisdiction: '山西省/阳泉市' });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id as string;
    const file = await attachment('zhifa1', '举报材料');
    const content = '某医院串换诊疗项目的线索';
    const reg = { 接收渠道: '邮寄', 实名: false, 举报人类型: '自然人', 被举报人: [{ 名称: '某医院', 类别: '定点医疗机构' }], 被举报行为发生地: '山西省/阳泉市', 所涉基金: ['医疗救助基金'], 举报内容: content, attachments: [file] };
    expect((await c.zhifa1!.request('POST', `/api/cases/${id}/act`, { step: '登记举报', input: reg })).statusCode).toBe(200);
    const lead = (await c.zhifa1!.request('POST', `/api/cases/${id}/act`, { step: '转为线索', input: { 处理意见: '转稽核执法' } })).json().spawned[0] as string;
    const marked = await c.fuze!.request('POST', `/api/cases/${id}/act`, { step: '标记涉密', input: { 涉密类别: '国家秘密', 涉密材料: ['举报内容', '证据材料'], 理由: '经定密' } });
    expect(marked.statusCode, marked.body).toBe(200);
    // the officer who registered it sees it; another officer of the bureau does not, in the case nor in its file
    expect((await c.zhifa1!.request('GET', `/api/cases/${id}`)).json().case.data['登记举报']['举报内容']).toBe(content);
    const page = await c.zhifa2!.request('GET', `/api/cases/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(content);
    const events = (await c.zhifa2!.request('GET', `/api/cases/${id}/file`)).json().events as Array<{ step: string; inputs: Record<string, unknown> }>;
    expect(events.find((e) => e.step === '登记举报')!.inputs['举报内容']).toBe(WITHHELD);
    expect(events.find((e) => e.step === '标记涉密')).toMatchObject({ step: '标记涉密' });
    // the lead it turned into copied the 举报内容: withheld there too, in the case and in its opening record
    expect((await c.zhifa2!.request('GET', `/api/cases/${lead}`)).body).not.toContain(content);
    const leadFile = (await c.zhifa2!.request('GET', `/api/cases/${lead}/file`)).json().events as Array<{ step: string; inputs: { facts?: Record<string, unknown> } }>;
    expect(leadFile.find((e) => e.step === '开案')!.inputs.facts!['举报内容']).toBe(WITHHELD);
    expect((await c.zhifa1!.request('GET', `/api/cases/${lead}`)).json().case.facts['举报内容']).toBe(content);
    // the attachment: viewed by the handler only, downloaded by nobody
    const url = `/api/cases/${id}/attachments/${file.sha256}`;
    expect((await c.zhifa1!.request('GET', url)).statusCode).toBe(200);
    const download = await c.zhifa1!.request('GET', `${url}?download=1`);
    expect([download.statusCode, download.json().code]).toEqual([403, 'CLASSIFIED']);
    expect((await c.zhifa2!.request('GET', url)).statusCode).toBe(403);
    // 第十七条: counted by 渠道; 第二十条: nothing of it on the portal
    const st = (await c.fuze!.request('GET', '/api/stats/reports')).json();
    expect(st.reports.find((r: { id: string }) => r.id === id)).toMatchObject({ channel: '邮寄', reportedKinds: ['定点医疗机构'], outcome: '办理中' });
    expect(st.groups.find((g: { dimension: string }) => g.dimension === '按举报渠道').rows.find((r: { label: string }) => r.label === '邮寄').cases).toContain(id);
    const xlsx = await c.fuze!.request('GET', '/api/stats/reports.xlsx');
    expect([xlsx.statusCode, xlsx.headers['content-type']]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    const portal = await app.inject({ method: 'GET', url: '/api/public/typical-cases' });
    expect(portal.statusCode).toBe(200);
    expect(portal.body).not.toContain(id);
    // 第十九条: a city bureau has no annual report to file; the due date is the registry's yearly date
    const annual = (await c.fuze!.request('GET', '/api/stats/reports/annual?year=2025')).json();
    expect(annual).toMatchObject({ year: 2025, provincial: false, due: `2026-${loadPeriods().annualDate('举报处理工作年度报告报送日期').monthDay}`, filed: null });
  });
});

describe('the item’s 责任事项 on the case page', () => {
  it('lists each duty of the catalog item with the steps that discharge it, none done before its steps are taken', async () => {
    // 002 (六盘水市钟山区) lists 立案、调查、审查、告知、决定、送达、执行 责任 for its penalty items
    const opened = await c.lps1!.request('POST', '/api/cases', { item: '002_d9b76134472e1956#1' });
    expect(opened.statusCode, opened.body).toBe(201);
    const page = (await c.lps1!.request('GET', `/api/cases/${opened.json().id}`)).json();
    expect(page.duties.map((d: { duty: string }) => d.duty)).toEqual(['立案责任', '调查责任', '审查责任', '告知责任', '决定责任', '送达责任', '执行责任']);
    const by = Object.fromEntries(page.duties.map((d: { duty: string; steps: string[]; done: boolean }) => [d.duty, d]));
    expect(by['审查责任'].steps).toEqual(['法制审核', '审核意见分歧']); // the disagreement with the review (暂行规定 第四十条第二款) belongs to the 审查 too
    expect(by['调查责任'].steps).toEqual(expect.arrayContaining(['调查取证', '调查终结']));
    expect(by['送达责任'].text).toContain('七日内');
    expect(page.duties.every((d: { done: boolean }) => !d.done)).toBe(true);
    // an item whose catalog lists no 责任事项 (000, 阳泉市): no chain, nothing invented
    const plain = (await c.zhifa1!.request('GET', `/api/cases/${caseId}`)).json();
    expect(plain.duties).toEqual([]);
  });
});

describe('cases are scoped to the jurisdiction', () => {
  it('a county officer cannot see, act on or download a city case; a city officer sees a county case', async () => {
    expect((await c.kuangqu1!.request('GET', `/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await c.kuangqu1!.request('POST', `/api/cases/${caseId}/act`, { step: '公示', input: {} })).statusCode).toBe(404);
    expect((await c.kuangqu1!.request('GET', `/api/cases/${caseId}/documents/${encodeURIComponent('结案报告')}`)).statusCode).toBe(404);
    expect((await c.kuangqu1!.request('GET', '/api/cases')).json().items.map((x: { id: string }) => x.id)).not.toContain(caseId);
    const county = await c.kuangqu1!.request('POST', '/api/cases', { item: '002_d9b76134472e1956#1' });
    expect(county.statusCode, county.body).toBe(201);
    const countyId = county.json().id;
    expect((await c.zhifa1!.request('GET', `/api/cases/${countyId}`)).statusCode).toBe(200);
    expect((await c.lps1!.request('GET', `/api/cases/${countyId}`)).statusCode).toBe(404);
    // nor may a county officer open a case in the city's name
    expect((await c.kuangqu1!.request('POST', '/api/cases', { item: '000_650efb1eb094bc36#3', jurisdiction: '山西省/阳泉市' })).statusCode).toBe(403);
  });

  it('an analyst and a catalog maintainer cannot act on cases', async () => {
    expect((await c.jianguan!.request('POST', `/api/cases/${caseId}/act`, { step: '公示', input: {} })).statusCode).toBe(403);
  });
});
