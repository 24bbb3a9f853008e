// Every item of the five seed catalogs (80 items) maps to a procedure by its kind and
// canonical matter, and a case of it is carried through that procedure to its end state,
// with the penalty range from the penalty module and the items' own catalog data.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalogFile, type CatalogItem } from '../catalog/index.js';
import { computePenalty, type PenaltyFacts } from '../law/index.js';
import { act, openCase } from './engine/engine.js';
import type { CaseState, EngineContext } from './engine/types.js';
import { itemId, mapItem } from './mapping.js';
import { DEFAULT_CATALOG_DIR, loadProcedures } from './procedure/load.js';
import { clock, runToEnd } from './testing/scenarios.js';
import { weekdayCalendar } from './testing/support.js';
import { DEMO_USERS, userMap } from './users.js';

const registry = loadProcedures();
const users = userMap(DEMO_USERS);
const files = readdirSync(DEFAULT_CATALOG_DIR).filter((f) => f.endsWith('.txt')).sort();
const items: Array<{ id: string; item: CatalogItem }> = files.flatMap((f) => importCatalogFile(join(DEFAULT_CATALOG_DIR, f)).items.map((item) => ({ id: itemId(f, item.seq), item })));

describe('seed items → procedures', () => {
  it('the five seeds hold 80 items, every one mapped', () => {
    expect(items).toHaveLength(80);
    const unmapped = items.filter(({ item }) => !mapItem(item, registry.mapping));
    expect(unmapped.map((u) => u.id)).toEqual([]);
  });

  it('kinds map to procedures of that kind (医疗救助 for 低保/特困 is handled as a confirmation)', () => {
    for (const { id, item } of items) {
      const m = mapItem(item, registry.mapping)!;
      const proc = registry.get(m.procedure)!;
      if (item.matter?.id === 'payment.medical-assistance') expect(m, id).toMatchObject({ procedure: 'xzqr', variant: '医疗救助' });
      else expect(proc.kind, id).toBe(item.kind);
    }
  });

  it('every procedure is used by some seed item', () => {
    const used = new Set(items.map(({ item }) => mapItem(item, registry.mapping)!.procedure));
    // 简易程序 is chosen per case (行政处罚法 第五十一条), never by item
    expect([...used].sort()).toEqual(registry.latest().map((p) => p.id).filter((id) => id !== 'xzcf-jianyi').sort());
  });
});

describe('each seed item is carried through its procedure to the end', () => {
  const at = clock('2026-03-02');
  for (const { id, item } of items) {
    const mapping = mapItem(item, registry.mapping);
    it(`${id} ${item.kind} ${item.name.slice(0, 30)} → ${mapping?.procedure}${mapping?.variant ? `·${mapping.variant}` : ''}`, async () => {
      const proc = registry.get(mapping!.procedure)!;
      const ctx: EngineContext = {
        procedure: proc,
        users,
        computeDeadline: weekdayCalendar,
        computePenalty: (v, f) => {
          const r = computePenalty(v, f as PenaltyFacts);
          return { punishable: r.punishable, reasons: r.reasons, appliedArticle: r.appliedArticle, measures: r.measures.map((m) => ({ ...m })) };
        },
      };
      let state: CaseState = openCase({ id: `T-${id}`, procedure: proc, now: at(0), actor: 'zhifa1', item: { ref: id, name: item.name, matter: item.matter }, ...(mapping!.variant ? { variant: mapping!.variant } : {}) });
      const steps: string[] = [];
      state = await runToEnd(proc.id, item.matter?.id, async (step, as, input, when) => {
        const r = act(state, step, as, input, when, ctx);
        if (!r.ok) throw new Error(`${id}「${step}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
        steps.push(step);
        state = r.state;
        return r.state;
      }, at, state);
      expect(state.closed).toBe(true);
      expect(state.state).toBe(proc.end[0]);
      expect(state.deadlines.every((d) => d.status !== 'open')).toBe(true);
      if (proc.kind === '行政处罚') {
        expect(state.penalty.decided!.length).toBeGreaterThan(0);
        expect(steps).toEqual(expect.arrayContaining(['立案', '调查终结', '法制审核', '告知', '决定', '送达', '执行', '结案', '公示']));
      }
    });
  }
});
