// Every item of the five seed catalogs (80 items) maps to a procedure by its kind and
// canonical matter, and a case of it is carried through that procedure to its end state,
// with the penalty range from the penalty module and the items' own catalog data.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalogFile, type Catalog, type CatalogItem } from '../catalog/index.js';
import { findJurisdiction, jurisdictionOfName } from '../law/index.js';
import { act, openCase } from './engine/engine.js';
import type { CaseState } from './engine/types.js';
import { itemId, mapItem } from './mapping.js';
import { DEFAULT_CATALOG_DIR, loadProcedures } from './procedure/load.js';
import { mappableOf } from './runtime.js';
import { staffFor } from './testing/cast.js';
import { clock, runToEnd } from './testing/scenarios.js';
import { testContext, engineInput } from './testing/support.js';
import { userMap } from './users.js';
import { documentInput } from './doc-inputs.js';
import { DOCUMENT_SCHEMAS, documentKindOf, type DocumentKind } from './documents/index.js';

/**
 * Documents a step promises that the case's data does not yet fill, with why. Every other
 * promised document must be built from the case alone; these must be refused with a reason
 * (never a crash). The last test checks this list is exact.
 */
const NOT_FROM_CASE_DATA: Record<string, string> = {};
const unbuilt = new Set<string>();
const built = new Set<string>();

/** The documents a step of a case promises: for 决定, the one of its decided kind. */
function promised(state: CaseState, stepId: string, docs: readonly string[]): string[] {
  if (stepId !== '决定' && stepId !== '当场决定') return [...docs];
  const kind = state.penalty.decided?.kind;
  const which = kind === '行政处罚' ? '行政处罚决定书' : kind === '不予行政处罚' ? '不予行政处罚决定书' : '移送函';
  return docs.filter((d) => d === which);
}

const registry = loadProcedures();
const files = readdirSync(DEFAULT_CATALOG_DIR).filter((f) => f.endsWith('.txt')).sort();
const items: Array<{ id: string; item: CatalogItem; catalog: Catalog }> = files.flatMap((f) => {
  const catalog = importCatalogFile(join(DEFAULT_CATALOG_DIR, f));
  return catalog.items.map((item) => ({ id: itemId(f, item.seq), item, catalog }));
});

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
    const used = new Set(items.flatMap(({ item }) => {
      const m = mapItem(item, registry.mapping)!;
      return [m.procedure, ...(m.also ?? []).map((a) => a.procedure)];
    }));
    // 简易程序 is chosen per case (行政处罚法 第五十一条), never by item; the 被检地部门's handling
    // of a 飞行检查 (fxjc-chuli) is opened only by the 飞行检查's 移交材料 (第二十二条); the annual report
    // of 举报处理 (jbnb) is the provincial bureau's own duty (举报处理暂行办法 第十九条), no catalog item's
    const byCaseOnly = ['xzcf-jianyi', 'fxjc-chuli', 'jbnb'];
    expect([...used].sort()).toEqual(registry.latest().map((p) => p.id).filter((id) => !byCaseOnly.includes(id)).sort());
  });
});

describe('each seed item is carried through its procedure to the end', () => {
  const at = clock('2026-03-02');
  for (const { id, item, catalog } of items) {
    const mapping = mapItem(item, registry.mapping);
    it(`${id} ${item.kind} ${item.name.slice(0, 30)} → ${mapping?.procedure}${mapping?.variant ? `·${mapping.variant}` : ''}`, async () => {
      const proc = registry.get(mapping!.procedure)!;
      const path = jurisdictionOfName(`${catalog.jurisdiction}${catalog.title}`)!;
      const j = findJurisdiction(path)!;
      const { cast, users } = staffFor(path, `j${j.code}`);
      const mappable = mappableOf(item, path);
      const ctx = testContext(proc, { users: userMap(users), item: { targets: mappable.targets ?? [], articles: mappable.articles ?? [] } });
      let state: CaseState = openCase(
        { id: `T-${id}`, procedure: proc, now: at(0), actor: cast.officers[0], jurisdiction: { path, code: j.code, name: j.fullName }, item: { ref: id, name: item.name, matter: item.matter }, ...(mapping!.variant ? { variant: mapping!.variant } : {}) },
        ctx,
      );
      const steps: string[] = [];
      state = await runToEnd(proc.id, item.matter?.id, async (step, as, input, when) => {
        const r = act(state, step, as, engineInput(input), when, ctx);
        if (!r.ok) throw new Error(`${id}「${step}」被拒绝：${r.refusal.code} ${r.refusal.message}`);
        steps.push(step);
        state = r.state;
        return r.state;
      }, at, state, cast, mappable);
      // every document its steps promise: built from the case's own data, or refused with a reason
      for (const h of state.history) {
        for (const name of promised(state, h.step, proc.steps.find((x) => x.id === h.step)?.documents ?? [])) {
          const kind = (documentKindOf(name) ?? name) as DocumentKind;
          if (!(kind in DOCUMENT_SCHEMAS)) {
            // no template: listed with its reason
            expect(NOT_FROM_CASE_DATA[name], `${id} ${name}`).toBeDefined();
            unbuilt.add(name);
          } else if (name in NOT_FROM_CASE_DATA || kind in NOT_FROM_CASE_DATA) {
            expect(() => DOCUMENT_SCHEMAS[kind].parse(documentInput(kind, state, { users: userMap(users) })), `${id} ${name}`).toThrow(/[\u4e00-\u9fff]/);
            unbuilt.add(name in NOT_FROM_CASE_DATA ? name : kind);
          } else {
            expect(() => DOCUMENT_SCHEMAS[kind].parse(documentInput(kind, state, { users: userMap(users) })), `${id}「${h.step}」${name}`).not.toThrow();
            built.add(kind);
          }
        }
      }
      expect(state.closed).toBe(true);
      expect(state.state).toBe(proc.end[0]);
      expect(state.deadlines.every((d) => d.status !== 'open')).toBe(true);
      if (proc.kind === '行政处罚') {
        expect(steps).toEqual(expect.arrayContaining(['立案', '调查终结', '决定', '送达', '结案', '公示']));
        if (state.facts.legalReviewRequired) expect(steps).toContain('法制审核');
        // the case was decided under an article its item rests on, for a party of the item's kind
        const cited = mappable.articles ?? [];
        const v = state.penalty.violation!;
        if (cited.length) expect(cited.some((c) => c.statute.replace(/^中华人民共和国/, '') === v.法规 && c.article === v.条), `${v.法规}:${v.条}`).toBe(true);
      }
    });
  }
});

describe('documents the seed items’ steps promise', () => {
  it('are built from the case data, except the listed ones, each refused with its reason', () => {
    expect([...unbuilt].sort()).toEqual(Object.keys(NOT_FROM_CASE_DATA).sort());
    expect([...built].sort()).toEqual(expect.arrayContaining(['立案审批表', '行政处罚事先告知书', '行政处罚决定书', '送达回证', '结案报告']));
  });
});
