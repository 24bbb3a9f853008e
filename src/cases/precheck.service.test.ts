// The engine's dry run (engine/precheck.ts) against the engine itself, through the persisted
// service: every lawful step of every attack's setup, checked just before it is taken, is
// not refused by the dry run (it never blocks what the engine accepts); every unlawful step
// the dry run refuses is refused by the engine with the same code; the refusals the case
// alone decides (a 决定 after 听证 with the second 法制审核 due, 催告 before the fine is
// overdue, …) are given by the dry run with the engine's own reason; and nothing is written.
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

const snapshot = (id: string): Promise<string> => caseSnapshot(ts.store, id);

/** The dry run of a step on the case as stored, at the step's day. */
async function dryRun(id: string, [step, as, , n]: AttackStep) {
  now = at(n);
  return (await service.prechecker(await service.get(id), now))(step, as);
}

/** Refusals the case alone decides: the dry run must give them, with the engine's reason. */
const CASE_DECIDED = new Set(['LEGAL_REVIEW_REQUIRED', 'WINDOW_OPEN', 'NOT_OVERDUE', 'REMEDY_PERIOD_RUNNING', 'NO_APPLICATION', 'CASE_INVESTIGATOR']);

describe('the dry run of the engine (下一步 offers only what the engine accepts)', () => {
  it('covers refusals the case decides', () => {
    // the attack table holds at least one attack for each: else this test would prove nothing
    for (const code of CASE_DECIDED) expect(ATTACKS.some((a) => a.code === code), code).toBe(true);
  });

  for (const a of ATTACKS) {
    it(`${a.name}: lawful steps not blocked, ${a.code} ${CASE_DECIDED.has(a.code) ? 'given' : 'left to the input or given'}, nothing written`, async () => {
      now = at(0);
      const c = await service.open({ ...a.open, actor: 'zhifa1', now });
      for (const s of a.setup) {
        const dry = await dryRun(c.id, s);
        expect(dry, `准备步骤「${s[0]}」（${s[1]}）被空转拒绝：${dry?.message}`).toBeNull();
        now = at(s[3]);
        const value = typeof s[2] === 'function' ? s[2](await service.get(c.id)) : s[2];
        const r = await service.act(c.id, s[0], s[1], value, now);
        if (!r.ok) throw new Error(`准备步骤「${s[0]}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
      }
      const before = await snapshot(c.id);
      const dry = await dryRun(c.id, a.attempt);
      expect(await snapshot(c.id)).toBe(before);
      if (CASE_DECIDED.has(a.code)) {
        expect(dry?.code).toBe(a.code);
        expect(dry!.message).toMatch(a.says);
      } else if (dry) {
        // a refusal the dry run gives is the engine's own
        expect(dry.code).toBe(a.code);
      }
    });
  }
});
