// Versioned procedures: a new version is a new file; cases keep the version they were
// opened under; a broken definition is refused when loaded.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { act, openCase } from '../engine/engine.js';
import { testContext, day, attachment, YANGQUAN, engineInput } from '../testing/support.js';
import { testOrganisation } from '../testing/parties.js';
import { DEFAULT_PROCEDURE_DIR, loadProcedures } from './load.js';

function withV3(edit: (def: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-proc-'));
  cpSync(DEFAULT_PROCEDURE_DIR, dir, { recursive: true });
  const v2 = JSON.parse(readFileSync(join(dir, 'xzqr.v2.json'), 'utf8'));
  const v3 = { ...v2, version: 3 };
  edit(v3);
  writeFileSync(join(dir, 'xzqr.v3.json'), JSON.stringify(v3));
  return dir;
}

describe('procedure versions', () => {
  it('new cases get the latest version; an open case keeps its own', () => {
    const dir = withV3((d) => {
      (d.deadlines as Array<Record<string, unknown>>)[0] = { id: '审核期限', label: '社会保险登记审核（本局承诺）', amount: 10, unit: '日', basis: { bureau: '本局设定：承诺时限' }, when: { variant: '登记' } };
    });
    const reg = loadProcedures(dir);
    expect(reg.get('xzqr')!.version).toBe(3);
    expect(reg.get('xzqr', 2)!.version).toBe(2);
    const old = openCase({ id: 'A', procedure: reg.get('xzqr', 2)!, now: day(0), actor: 'jingban', variant: '登记', jurisdiction: YANGQUAN });
    const fresh = openCase({ id: 'B', procedure: reg.get('xzqr')!, now: day(0), actor: 'jingban', variant: '登记', jurisdiction: YANGQUAN });
    const input = engineInput({ 申请人: 'x', parties: [testOrganisation('x', '用人单位', 12)], 申请事项: 'y', attachments: [attachment('申请材料')] });
    const a = act(old, '受理', 'jingban', input, day(0), testContext(reg.get(old.procedure.id, old.procedure.version)!));
    const b = act(fresh, '受理', 'jingban', input, day(0), testContext(reg.get(fresh.procedure.id, fresh.procedure.version)!));
    if (!a.ok || !b.ok) throw new Error(`refused: ${JSON.stringify(!a.ok ? a.refusal : (b as { refusal?: unknown }).refusal)}`);
    expect(a.state.deadlines[0]!.amount).toBe(15);
    expect(b.state.deadlines[0]!.amount).toBe(10);
  });

  it('refuses a definition that references an unknown deadline, or cannot reach its end', () => {
    expect(() => loadProcedures(withV3((d) => ((d.steps as Array<{ starts: string[] }>)[0]!.starts = ['不存在的期限'])))).toThrow(/未定义的期限/);
    expect(() => loadProcedures(withV3((d) => (d.steps = (d.steps as Array<{ id: string }>).filter((s) => s.id !== '确认' && s.id !== '直接办理'))))).toThrow(/到不了终态/);
    expect(() => loadProcedures(withV3((d) => ((d.steps as Array<{ roles: string[] }>)[0]!.roles = ['保安'])))).toThrow(/不合格/);
  });
});
