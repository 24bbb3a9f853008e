// All 80 seed items through the persisted service (PGlite): each case of each item to the
// end state of its procedure, then the record of them all verifies.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalogFile } from '../catalog/index.js';
import { openTestStore, type TestStore } from '../store/index.js';
import { insertDemoUsers } from './users.js';
import { itemId } from './mapping.js';
import { DEFAULT_CATALOG_DIR, loadProcedures } from './procedure/load.js';
import { verifyRecord } from './record/index.js';
import { realPorts } from './runtime.js';
import { CaseService } from './service.js';
import { clock } from './testing/scenarios.js';
import { runItemThroughService } from './testing/service-run.js';

const ids = readdirSync(DEFAULT_CATALOG_DIR).filter((f) => f.endsWith('.txt')).sort()
  .flatMap((f) => importCatalogFile(join(DEFAULT_CATALOG_DIR, f)).items.map((i) => itemId(f, i.seq)));

let ts: TestStore;
let service: CaseService;
beforeAll(async () => {
  ts = await openTestStore();
  await insertDemoUsers(ts.store);
  service = new CaseService(ts.store, loadProcedures(), realPorts());
}, 120_000);
afterAll(async () => ts.cleanup());

describe('all seed items through the persisted service', () => {
  it('there are 80', () => expect(ids).toHaveLength(80));
  const at = clock('2026-03-02');
  for (const id of ids) {
    it(id, async () => {
      const { state } = await runItemThroughService(service, id, at);
      const proc = loadProcedures().get(state.procedure.id, state.procedure.version)!;
      expect(state).toMatchObject({ closed: true, state: proc.end[0] });
    });
  }
  it('the record verifies', async () => {
    expect(await verifyRecord(ts.store, { checkAttachments: true })).toMatchObject({ ok: true });
  });
});
