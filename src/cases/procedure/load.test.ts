// Versioned procedures: a new version is a new file; cases keep the version they were
// opened under; a broken definition is refused when loaded.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { act, openCase } from '../engine/engine.js';
import { weekdayCalendar, day, attachment } from '../testing/support.js';
import { DEMO_USERS, userMap } from '../users.js';
import { DEFAULT_PROCEDURE_DIR, loadProcedures } from './load.js';

function withV2(edit: (def: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-proc-'));
  cpSync(DEFAULT_PROCEDURE_DIR, dir, { recursive: true });
  const v1 = JSON.parse(readFileSync(join(dir, 'xzqr.v1.json'), 'utf8'));
  const v2 = { ...v1, version: 2 };
  edit(v2);
  writeFileSync(join(dir, 'xzqr.v2.json'), JSON.stringify(v2));
  return dir;
}

describe('procedure versions', () => {
  it('new cases get the latest version; an open case keeps its own', () => {
    const dir = withV2((d) => {
      (d.deadlines as Array<{ amount: number }>)[0]!.amount = 10;
      (d.deadlines as Array<{ basis: unknown }>)[0]!.basis = { bureau: '本局设定：测试' };
    });
    const reg = loadProcedures(dir);
    expect(reg.get('xzqr')!.version).toBe(2);
    expect(reg.get('xzqr', 1)!.version).toBe(1);
    const users = userMap(DEMO_USERS);
    const old = openCase({ id: 'A', procedure: reg.get('xzqr', 1)!, now: day(0), actor: 'jingban', variant: '登记' });
    const fresh = openCase({ id: 'B', procedure: reg.get('xzqr')!, now: day(0), actor: 'jingban', variant: '登记' });
    const input = { 申请人: 'x', 申请事项: 'y', attachments: [attachment('申请材料')] };
    const a = act(old, '受理', 'jingban', input, day(0), { procedure: reg.get(old.procedure.id, old.procedure.version)!, users, computeDeadline: weekdayCalendar });
    const b = act(fresh, '受理', 'jingban', input, day(0), { procedure: reg.get(fresh.procedure.id, fresh.procedure.version)!, users, computeDeadline: weekdayCalendar });
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(a.state.deadlines[0]!.amount).toBe(15);
    expect(b.state.deadlines[0]!.amount).toBe(10);
  });

  it('refuses a definition that references an unknown deadline, or cannot reach its end', () => {
    expect(() => loadProcedures(withV2((d) => ((d.steps as Array<{ starts: string[] }>)[0]!.starts = ['不存在的期限'])))).toThrow(/未定义的期限/);
    expect(() => loadProcedures(withV2((d) => (d.steps = (d.steps as Array<{ id: string }>).filter((s) => s.id !== '确认' && s.id !== '直接办理'))))).toThrow(/到不了终态/);
    expect(() => loadProcedures(withV2((d) => ((d.steps as Array<{ roles: string[] }>)[0]!.roles = ['保安'])))).toThrow(/不合格/);
  });
});
