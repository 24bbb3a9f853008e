// What the officer's console reads: every step's input schema has a Chinese title and a
// control on every field (no free JSON box anywhere), people by name, each role's 待办,
// the 案卷 with who acts next, and statistics whose every figure is the count (or the sum)
// over the very cases it drills down to, read back from the case pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, testServer, TEST_PASSWORD, type Client } from './test-support/harness.js';
import { importSeedCatalogs } from './seed.js';
import { createDemoAccounts, DEMO_JURISDICTION } from './users.js';
import { seedDemoCases } from './demo.js';
import { caseModule } from './routes/cases.js';
import { WIDGETS } from '../cases/steps/fields.js';
import type { YibaoServer } from './app.js';
import type { ServerDb } from './db.js';

let app: YibaoServer;
let db: ServerDb;
const c: Record<string, Client> = {};

beforeAll(async () => {
  ({ app, db } = await testServer());
  await importSeedCatalogs(app.yibao.catalogs);
  await createDemoAccounts(db, TEST_PASSWORD);
  await seedDemoCases(caseModule(db).service, db, DEMO_JURISDICTION);
  for (const n of ['zhifa1', 'fazhi', 'fuze', 'qingdan']) c[n] = await login(app, n);
}, 180_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const get = async <T>(who: string, url: string): Promise<T> => {
  const r = await c[who]!.request('GET', url);
  expect(r.statusCode, `${url}: ${r.body.slice(0, 300)}`).toBe(200);
  return r.json() as T;
};

interface JsonSchema { type?: string | string[]; title?: string; widget?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; enum?: string[] }
const isChinese = (t: string) => /[\u4e00-\u9fa5]/.test(t) && !/[A-Za-z]/.test(t);

/** Every field a form draws for a schema, with the label it shows: its title, else its key. */
function fieldsOf(s: JsonSchema, path: string[] = []): Array<{ path: string; label: string; schema: JsonSchema }> {
  const out: Array<{ path: string; label: string; schema: JsonSchema }> = [];
  for (const [k, f] of Object.entries(s.properties ?? {})) {
    out.push({ path: [...path, k].join('.'), label: f.title ?? k, schema: f });
    // the measures and violation controls are drawn from the case, not from their sub-fields
    if (f.widget === 'measures' || f.widget === 'violation' || f.widget === 'mitigation') continue;
    if (f.properties) out.push(...fieldsOf(f, [...path, k]));
    if (f.items?.properties) out.push(...fieldsOf(f.items, [...path, k, '*']));
  }
  return out;
}

describe('step input schemas (forms are drawn from them)', () => {
  it('are sent once per browser: an ETag of the bytes, and 304 without a body when the browser has them', async () => {
    const first = await c.zhifa1!.request('GET', '/api/console/step-inputs');
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(String(first.headers['cache-control'])).toMatch(/no-cache/);
    const again = await app.inject({ method: 'GET', url: '/api/console/step-inputs', headers: { cookie: c.fazhi!.cookie, 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const stale = await app.inject({ method: 'GET', url: '/api/console/step-inputs', headers: { cookie: c.fazhi!.cookie, 'if-none-match': '"0000000000000000"' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.body).toBe(first.body);
    // not without a session, even with the right ETag
    const anon = await app.inject({ method: 'GET', url: '/api/console/step-inputs', headers: { 'if-none-match': etag } });
    expect(anon.statusCode).toBe(401);
  });

  it('give every field of every step of every procedure a Chinese label and a known control', async () => {
    const body = await get<{ inputs: Record<string, JsonSchema>; procedures: Array<{ id: string; name: string; steps: Array<{ id: string; input: string }> }> }>('zhifa1', '/api/console/step-inputs');
    expect(body.procedures.length).toBeGreaterThanOrEqual(10);
    const bad: string[] = [];
    let fields = 0;
    for (const pr of body.procedures) {
      for (const st of pr.steps) {
        const schema = body.inputs[st.input];
        if (!schema) {
          bad.push(`${pr.name}「${st.id}」没有输入定义`);
          continue;
        }
        for (const f of fieldsOf(schema)) {
          fields++;
          if (!isChinese(f.label)) bad.push(`${pr.name}「${st.id}」${f.path}：标签「${f.label}」不是中文`);
          if (f.schema.widget && !(WIDGETS as readonly string[]).includes(f.schema.widget)) bad.push(`${pr.name}「${st.id}」${f.path}：未知控件 ${f.schema.widget}`);
          // a field with neither control nor a plain type would be a free JSON box
          const t = Array.isArray(f.schema.type) ? f.schema.type.find((x) => x !== 'null') : f.schema.type;
          if (!f.schema.widget && !f.schema.enum && !['string', 'integer', 'number', 'boolean'].includes(t ?? '') && !(t === 'array' && f.schema.items) && !(t === 'object' && f.schema.properties)) bad.push(`${pr.name}「${st.id}」${f.path}：没有可绘制的控件`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(fields).toBeGreaterThan(200);
  });
});

describe('people, 待办 and the 案卷', () => {
  it('lists people by name with certificates, never a password', async () => {
    const people = await get<Array<{ name: string; displayName: string; certificate: unknown }>>('zhifa1', '/api/console/people');
    expect(people.find((p) => p.name === 'zhifa1')?.displayName).toBe('张执法');
    expect(JSON.stringify(people)).not.toMatch(/password|hash/i);
  });

  it('gives each role its own 待办, sorted by deadline, with the deadline article', async () => {
    const officer = await get<{ items: Array<{ caseId: string; steps: Array<{ step: string }>; deadline: { due: string; basis: string; colour: string } | null }> }>('zhifa1', '/api/todo');
    const head = await get<{ items: Array<{ caseId: string; steps: Array<{ step: string }> }> }>('fuze', '/api/todo');
    expect(officer.items.length).toBeGreaterThan(0);
    expect(head.items.length).toBeGreaterThan(0);
    const dues = officer.items.map((i) => i.deadline?.due ?? '9999');
    expect([...dues].sort()).toEqual(dues);
    for (const i of officer.items) if (i.deadline) expect(i.deadline.basis.length).toBeGreaterThan(2);
    // no side steps (回避, 计时, 延期) and no leaving steps are "to do"
    const all = [...officer.items, ...head.items].flatMap((i) => i.steps.map((s) => s.step));
    expect(all.filter((s) => /^(申报回避|中止计时|恢复计时|申请延期|批准延期|中止|终止|撤销|不予)/.test(s))).toEqual([]);
    // a case an officer may act on is one the head is not asked to act on at the same step
    const headSteps = new Set(head.items.flatMap((i) => i.steps.map((s) => `${i.caseId}/${s.step}`)));
    for (const i of officer.items) for (const s of i.steps) expect(headSteps.has(`${i.caseId}/${s.step}`)).toBe(false);
  });

  it('shows the whole file with names (never usernames) and who acts next', async () => {
    const list = await get<{ items: Array<{ id: string; closed: boolean }> }>('fazhi', '/api/cases?limit=100');
    const open = list.items.find((x) => !x.closed)!;
    const file = await get<{ events: Array<{ step: string; actor: string; actorName: string }>; next: { closed: boolean; mine: unknown[]; others: Array<{ people: string[]; reason: string }> }; documents: Array<{ ok: boolean; problem?: string }> }>('fazhi', `/api/cases/${open.id}/file`);
    expect(file.events.length).toBeGreaterThan(0);
    for (const e of file.events) expect(e.actorName).not.toBe(e.actor);
    expect(file.next.closed).toBe(false);
    expect(file.next.mine.length + file.next.others.length).toBeGreaterThan(0);
    for (const o of file.next.others) {
      expect(isChinese(o.reason)).toBe(true);
      for (const p of o.people) expect(p).not.toMatch(/[A-Za-z]/);
    }
    for (const d of file.documents) if (!d.ok) expect(d.problem).toMatch(/[\u4e00-\u9fa5]/);
  });
});

interface Figure { key: string; label: string; unit: '件' | '分'; value: number; cases: string[]; group?: string }
interface CasePage {
  case: {
    id: string; kind: string; state: string; closed: boolean; openedAt: string; done: Record<string, unknown>;
    execution?: { payments: Array<{ kind: string; amountFen: number }>; refunds: Array<{ kind: string; amountFen: number }> };
    history: Array<{ step: string; date: string }>;
    penalty: { decided?: { kind: string; measures: Array<{ measureId: string; amountFen?: number }> }; decision?: { measures: Array<{ id: string; kind: string; amountFen?: number }> } };
  };
  deadlines: Array<{ status: string; colour: string | null }>;
}

describe('statistics add up', () => {
  it('counts each figure over exactly the cases it drills down to, as their case pages show them', async () => {
    const stats = await get<{ figures: Figure[] }>('fuze', '/api/stats/cases');
    const listed = await get<{ items: Array<{ id: string }> }>('fuze', '/api/cases?limit=1000');
    const pages = new Map<string, CasePage>();
    for (const { id } of listed.items) pages.set(id, await get<CasePage>('fuze', `/api/cases/${id}`));
    const beijingDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3600e3).toISOString().slice(0, 10);
    const concluded = (p: CasePage) => p.case.closed || !!p.case.done['结案'];
    const concludedOn = (p: CasePage) => [...p.case.history].reverse().find((h) => h.step === '结案')?.date ?? (p.case.closed ? p.case.history.at(-1)?.date : undefined);
    const amounts = (p: CasePage, kinds: string[]) => {
      const d = p.case.penalty.decided;
      if (!d || d.kind !== '行政处罚' || !p.case.penalty.decision) return 0;
      return d.measures.reduce((a, m) => {
        const def = p.case.penalty.decision!.measures.find((x) => x.id === m.measureId);
        return a + (def && kinds.includes(def.kind) ? (m.amountFen ?? def.amountFen ?? 0) : 0);
      }, 0);
    };
    const net = (p: CasePage, kinds: string[]) =>
      (p.case.execution?.payments ?? []).filter((x) => kinds.includes(x.kind)).reduce((a, x) => a + x.amountFen, 0) - (p.case.execution?.refunds ?? []).filter((x) => kinds.includes(x.kind)).reduce((a, x) => a + x.amountFen, 0);
    const predicates: Record<string, (p: CasePage) => boolean> = {
      total: () => true,
      open: (p) => !concluded(p),
      concluded,
      overdue: (p) => !p.case.closed && p.deadlines.some((d) => d.status === 'open' && d.colour === 'red'),
    };
    const sums: Record<string, (p: CasePage) => number> = {
      fines: (p) => amounts(p, ['罚款']),
      paid: (p) => net(p, ['罚款', '没收违法所得', '加处罚款']),
      returned: (p) => net(p, ['责令退回']),
      recovered: (p) => amounts(p, ['责令退回', '责令追回']),
    };
    const ids = [...pages.keys()].sort();
    let checked = 0;
    for (const f of stats.figures) {
      let pred = predicates[f.key];
      const [group, arg] = f.key.split(/:(.*)/s) as [string, string | undefined];
      if (group === 'kind') pred = (p) => p.case.kind === arg;
      if (group === 'state') pred = (p) => p.case.state === arg;
      if (group === 'opened') pred = (p) => beijingDay(p.case.openedAt).startsWith(arg!);
      if (group === 'concluded' && arg) pred = (p) => concluded(p) && !!concludedOn(p)?.startsWith(arg);
      if (f.unit === '件') {
        expect(pred, `figure ${f.key} has a check`).toBeDefined();
        const expected = ids.filter((id) => pred!(pages.get(id)!));
        expect([...f.cases].sort(), `${f.label}`).toEqual(expected);
        expect(f.value, f.label).toBe(expected.length);
      } else {
        const v = sums[f.key]!;
        const expected = ids.filter((id) => v(pages.get(id)!) > 0);
        expect([...f.cases].sort(), f.label).toEqual(expected);
        expect(f.value, f.label).toBe(expected.reduce((a, id) => a + v(pages.get(id)!), 0));
      }
      checked++;
    }
    expect(checked).toBe(stats.figures.length);
    // the parts add up to the whole
    const fig = (k: string) => stats.figures.find((f) => f.key === k)!;
    expect(fig('open').value + fig('concluded').value).toBe(fig('total').value);
    expect(stats.figures.filter((f) => f.group === '按类型').reduce((a, f) => a + f.value, 0)).toBe(fig('total').value);
    expect(stats.figures.filter((f) => f.group === '按状态').reduce((a, f) => a + f.value, 0)).toBe(fig('total').value);
    // the demo cases were fined and paid: the money figures are not vacuous
    expect(fig('fines').value).toBeGreaterThan(0);
    expect(fig('paid').value).toBeGreaterThan(0);
  });

  it('filters by filing date and exports the same figures as xlsx', async () => {
    const all = await get<{ figures: Figure[] }>('fuze', '/api/stats/cases');
    const none = await get<{ figures: Figure[] }>('fuze', '/api/stats/cases?from=2000-01-01&to=2000-12-31');
    expect(none.figures.find((f) => f.key === 'total')!.value).toBe(0);
    expect(all.figures.find((f) => f.key === 'total')!.value).toBeGreaterThan(0);
    const r = await c.fuze!.request('GET', '/api/stats/cases.xlsx');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/spreadsheetml/);
    const bad = await c.fuze!.request('GET', '/api/stats/cases?from=2026-13-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('is refused to a role without statistics', async () => {
    const r = await c.qingdan!.request('GET', '/api/stats/cases');
    expect([401, 403]).toContain(r.statusCode);
  });
});
