// The seed-item suite (testing/service-items.shared.ts) on the PostgreSQL server in
// DATABASE_URL, then what only a server shows: concurrent steps on one case.
import { describe, expect, it } from 'vitest';
import { listEvents } from './record/index.js';
import { serviceItemSuite } from './testing/service-items.shared.js';
import { testOrganisation } from './testing/parties.js';

const suite = serviceItemSuite('postgres');
describe('concurrency and refusals on the server', () => {
  it('two 立案 of the same case at once: one succeeds, the other is refused on the new state', async () => {
    const c = await suite.service().open({ procedure: 'xzcf-putong', actor: 'zhifa1', now: '2026-03-02T10:00:00+08:00', jurisdiction: '山西省/阳泉市' });
    await suite.service().act(c.id, '线索核查', 'zhifa1', { 核查意见: '属实' }, '2026-03-02T10:00:00+08:00');
    const input = { officers: ['zhifa1', 'zhifa2'], 案由: 'x', parties: [testOrganisation('某某医院', '定点医疗机构', 1)] };
    const results = await Promise.all([1, 2].map(() => suite.service().act(c.id, '立案', 'fuze', input, '2026-03-02T11:00:00+08:00')));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, refusal: { code: 'WRONG_STATE' } });
    const events = await listEvents(suite.store().store, { caseId: c.id });
    expect(events.map((e) => e.step)).toEqual(['开案', '线索核查', '立案']);
  });

  it('a refused step leaves the case, its deadlines and the record unchanged', async () => {
    const c = await suite.service().open({ procedure: 'xzcf-putong', actor: 'zhifa1', now: '2026-03-02T10:00:00+08:00', jurisdiction: '山西省/阳泉市' });
    await suite.service().act(c.id, '线索核查', 'zhifa1', { 核查意见: '属实' }, '2026-03-02T10:00:00+08:00');
    const filed = await suite.service().act(c.id, '立案', 'fuze', { officers: ['zhifa1', 'zhifa2'], 案由: 'x', parties: [testOrganisation('某某医院', '定点医疗机构', 1)] }, '2026-03-02T10:00:00+08:00');
    expect(filed.ok).toBe(true);
    const snap = async () => JSON.stringify([
      (await suite.store().store.query('SELECT body, revision FROM cases WHERE id = $1', [c.id])).rows,
      (await suite.store().store.query('SELECT * FROM case_deadlines WHERE case_id = $1 ORDER BY ordinal', [c.id])).rows,
      (await suite.store().store.query('SELECT seq, hash FROM record_event ORDER BY seq')).rows,
    ]);
    const before = await snap();
    const r = await suite.service().act(c.id, '调查取证', 'zhifa4', { officers: ['zhifa4', 'zhifa1'], 取证内容: 'x' }, '2026-03-03T10:00:00+08:00');
    expect(r).toMatchObject({ ok: false, refusal: { code: 'CERTIFICATE_INVALID' } });
    expect(await snap()).toBe(before);
  });
});
