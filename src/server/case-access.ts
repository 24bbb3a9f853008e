// 查看和导出留痕 (医疗保障行政处罚程序暂行规定 第十七条第二款: 不得泄露、篡改、毁损、非法提供当事人
// 个人信息和商业秘密): the routes that show a case's file or hand out its documents, volume or
// attachments write who did it, when and what, before they answer — after the jurisdiction check,
// so a refused request leaves nothing. The log is read per case (GET /api/cases/:id/access).
import type { ServerDb } from './db.js';
import type { Principal } from './auth.js';

export type CaseAccessAction = '查看' | '导出';

export interface CaseAccessRow {
  at: string;
  user: string;
  action: CaseAccessAction;
  what: string;
}

/**
 * A view of the same thing by the same person is written once per VIEW_WINDOW_MS (per server):
 * the console re-reads a case page on every move, and the log says who looked and when, not how
 * often the screen refreshed. Exports are written every time.
 */
const VIEW_WINDOW_MS = 10 * 60 * 1000;
const lastViews = new Map<string, number>();

export async function logCaseAccess(db: ServerDb, p: Principal, caseId: string, action: CaseAccessAction, what: string, ip?: string): Promise<void> {
  if (action === '查看') {
    const key = `${p.name}\t${caseId}\t${what}`;
    const now = Date.now();
    const last = lastViews.get(key);
    if (last !== undefined && now - last < VIEW_WINDOW_MS) return;
    if (lastViews.size > 50_000) lastViews.clear();
    lastViews.set(key, now);
  }
  await db.query('INSERT INTO case_access (case_id, user_name, action, what, ip) VALUES ($1, $2, $3, $4, $5)', [caseId, p.name, action, what.slice(0, 200), ip ?? null]);
}

export async function caseAccessLog(db: ServerDb, caseId: string): Promise<CaseAccessRow[]> {
  const { rows } = await db.query<{ at: Date | string; user_name: string; action: CaseAccessAction; what: string }>(
    'SELECT at, user_name, action, what FROM case_access WHERE case_id = $1 ORDER BY id',
    [caseId],
  );
  return rows.map((r) => ({ at: r.at instanceof Date ? r.at.toISOString() : String(r.at), user: r.user_name, action: r.action, what: r.what }));
}
