// Each attack of testing/attacks.ts through the persisted service: the unlawful step is
// refused with its code and a Chinese reason naming the rule, and the case row, its stored
// deadlines and the hash-chained record are byte-for-byte unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDateOf } from '../law/index.js';
import { openTestStore, type TestStore } from '../store/index.js';
import { insertDemoUsers } from './users.js';
import { realPorts } from './runtime.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { ATTACKS, ATTACK_USERS, type AttackStep } from './testing/attacks.js';
import { clock } from './testing/scenarios.js';
import { caseSnapshot } from './testing/service-run.js';

let ts: TestStore;
let service: CaseService;
const at = clock('2026-03-02');
let now = at(0);

beforeAll(async () => {
  ts = await openTestStore();
  await insertDemoUsers(ts.store);
  await insertDemoUsers(ts.store, ATTACK_USERS);
  service = new CaseService(ts.store, loadProcedures(), realPorts({ today: () => shanghaiDateOf(now) }));
}, 120_000);
afterAll(async () => ts.cleanup());

async function act(id: string, [step, as, input, n]: AttackStep) {
  now = at(n);
  const value = typeof input === 'function' ? input(await service.get(id)) : input;
  return service.act(id, step, as, value, now);
}

const snapshot = (id: string): Promise<string> => caseSnapshot(ts.store, id);

describe('guards through the persisted service', () => {
  for (const a of ATTACKS) {
    it(`${a.name}（${a.article}）: refused ${a.code}, nothing written`, async () => {
      now = at(0);
      const c = await service.open({ ...a.open, actor: 'zhifa1', now });
      for (const s of a.setup) {
        const r = await act(c.id, s);
        if (!r.ok) throw new Error(`准备步骤「${s[0]}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
      }
      const before = await snapshot(c.id);
      const r = await act(c.id, a.attempt);
      expect(r.ok ? 'accepted' : r.refusal.code).toBe(a.code);
      if (!r.ok) expect(r.refusal.message).toMatch(a.says);
      expect(await snapshot(c.id)).toBe(before);
    });
  }
});
