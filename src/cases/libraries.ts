// The 被检查对象库、检查人员库、专家库 of each jurisdiction in the database (医疗保障基金飞行检查管理暂行办法
// 第六条: 建立……并实行动态管理): entries added and disabled, each change appended to the
// hash-chained record with who and why, no row ever deleted (migration 130). What a library
// held on a day is engine/libraries.ts; the engine reads the rows through EngineContext.libraries.
import { z } from 'zod';
import { shanghaiDateOf } from '../law/index.js';
import type { LibraryEntry, LibraryKind } from './engine/libraries.js';
import { appendEvent } from './record/index.js';
import { certificateValid } from './engine/guards.js';
import { FLYING_PROFESSIONS, FLYING_TARGET_KINDS } from './steps/flying.js';
import { userColumns, userFromRow, type UserRow } from './users.js';
import type { Queryable } from './service.js';

export { LIBRARY_KINDS, LIBRARY_NAMES, activeOn, activeEntries, librarySetUp, libraryProblem, type LibraryEntry, type LibraryKind } from './engine/libraries.js';

/** The record's step names of a library change (configuration events, no case). */
export const LIBRARY_ADDED_STEP = '飞行检查库加入';
export const LIBRARY_DISABLED_STEP = '飞行检查库停用';

const short = (title: string, max: number) => z.string().trim().min(1, `请填写${title}`).max(max);
const reason = z.string().trim().min(2, '请写明理由').max(500);

/** What is added to a library: one shape per kind (第二条's 被检查对象, a 执法人员's account, an expert). */
export const LibraryAddition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('被检查对象'), name: short('被检查对象名称', 100), category: z.enum(FLYING_TARGET_KINDS, { message: `类别应为：${FLYING_TARGET_KINDS.join('、')}` }), qualification: z.string().trim().max(60).optional(), reason: reason.optional() }).strict(),
  z.object({ kind: z.literal('检查人员'), name: short('检查人员（账户）', 64), reason: reason.optional() }).strict(),
  z.object({ kind: z.literal('专家'), name: short('专家姓名', 50), unit: short('工作单位', 100), category: z.enum(FLYING_PROFESSIONS, { message: `专业应为：${FLYING_PROFESSIONS.join('、')}` }), qualification: z.string().trim().max(100).optional(), reason: reason.optional() }).strict(),
]);
export type LibraryAddition = z.infer<typeof LibraryAddition>;
export const LibraryDisabling = z.object({ reason: reason.describe('停用理由（记入全过程记录）') }).strict();

export class LibraryError extends Error {
  constructor(readonly code: string, message: string, readonly status = 409) {
    super(message);
  }
}

interface Row {
  id: number | string;
  jurisdiction_id: string;
  kind: LibraryKind;
  name: string;
  category: string | null;
  unit: string | null;
  qualification: string | null;
  joined_on: string;
  joined_at: Date | string;
  joined_by: string;
  join_reason: string | null;
  disabled_on: string | null;
  disabled_at: Date | string | null;
  disabled_by: string | null;
  disabled_reason: string | null;
}

const COLUMNS = `id, jurisdiction_id, kind, name, category, unit, qualification, joined_on::text AS joined_on, joined_at, joined_by, join_reason,
  disabled_on::text AS disabled_on, disabled_at, disabled_by, disabled_reason`;
const iso = (v: Date | string): string => (v instanceof Date ? v.toISOString() : String(v));

function entryOf(r: Row): LibraryEntry {
  return {
    id: Number(r.id),
    jurisdiction: r.jurisdiction_id,
    kind: r.kind,
    name: r.name,
    ...(r.category ? { category: r.category } : {}),
    ...(r.unit ? { unit: r.unit } : {}),
    ...(r.qualification ? { qualification: r.qualification } : {}),
    joinedOn: r.joined_on,
    joinedAt: iso(r.joined_at),
    joinedBy: r.joined_by,
    ...(r.join_reason ? { joinReason: r.join_reason } : {}),
    ...(r.disabled_on ? { disabledOn: r.disabled_on, disabledAt: iso(r.disabled_at!), disabledBy: r.disabled_by!, disabledReason: r.disabled_reason! } : {}),
  };
}

/** Every entry of a jurisdiction's libraries (disabled ones too), by kind and the day added. */
export async function listLibraryEntries(q: Queryable, jurisdiction: string, kind?: LibraryKind): Promise<LibraryEntry[]> {
  const { rows } = await q.query<Row>(
    `SELECT ${COLUMNS} FROM flying_library WHERE jurisdiction_id = $1 ${kind ? 'AND kind = $2' : ''} ORDER BY kind, joined_on, id`,
    kind ? [jurisdiction, kind] : [jurisdiction],
  );
  return rows.map(entryOf);
}

/**
 * Adds an entry on the day of `now` (Asia/Shanghai; never a typed date). An inspector is an
 * account of the jurisdiction holding 执法人员 with a 执法证 valid that day (its number is kept
 * as the qualification); a name already active in the library is refused.
 */
export async function addLibraryEntry(q: Queryable, jurisdiction: string, add: LibraryAddition, by: string, now: string): Promise<LibraryEntry> {
  const day = shanghaiDateOf(now);
  let qualification = add.kind === '检查人员' ? undefined : add.qualification;
  if (add.kind === '检查人员') {
    const { rows } = await q.query<UserRow>(`SELECT ${userColumns()} FROM users WHERE name = $1`, [add.name]);
    const row = rows[0];
    if (!row || row.jurisdiction_id !== jurisdiction) throw new LibraryError('NOT_AN_OFFICER', `「${add.name}」不是本局的账户`, 400);
    const user = userFromRow(row);
    if (row.disabled || !user.roles.includes('执法人员')) throw new LibraryError('NOT_AN_OFFICER', `「${user.displayName}」不是执法人员，不能加入检查人员库（飞行检查现场检查须由持有执法证件的人员参加，第十七条第一款）`, 400);
    if (!certificateValid(user, day)) throw new LibraryError('CERTIFICATE_INVALID', `「${user.displayName}」${day}无有效执法证，不能加入检查人员库（第十七条第一款）`, 400);
    qualification = user.certificate!.no;
  }
  const active = await q.query(`SELECT 1 FROM flying_library WHERE jurisdiction_id = $1 AND kind = $2 AND name = $3 AND disabled_on IS NULL`, [jurisdiction, add.kind, add.name]);
  if (active.rows.length) throw new LibraryError('ALREADY_IN_LIBRARY', `「${add.name}」已在${add.kind === '被检查对象' ? '被检查对象库' : add.kind === '检查人员' ? '检查人员库' : '专家库'}中`);
  const { rows } = await q.query<Row>(
    `INSERT INTO flying_library (jurisdiction_id, kind, name, category, unit, qualification, joined_on, joined_at, joined_by, join_reason)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING ${COLUMNS}`,
    [jurisdiction, add.kind, add.name, 'category' in add ? add.category : null, 'unit' in add ? add.unit : null, qualification ?? null, day, now, by, add.reason ?? null],
  );
  const entry = entryOf(rows[0]!);
  await appendEvent(q as never, { caseId: null, actor: by, step: LIBRARY_ADDED_STEP, at: now, inputs: { library: add.kind, entry: entry.id, jurisdiction, ...add } });
  return entry;
}

/** Disables an entry from the day of `now`, with its reason; the row stays (history kept). */
export async function disableLibraryEntry(q: Queryable, jurisdiction: string, id: number, why: string, by: string, now: string): Promise<LibraryEntry> {
  const { rows } = await q.query<Row>(`SELECT ${COLUMNS} FROM flying_library WHERE id = $1 AND jurisdiction_id = $2 FOR UPDATE`, [id, jurisdiction]);
  const row = rows[0];
  if (!row) throw new LibraryError('NOT_FOUND', '库中没有该条目', 404);
  if (row.disabled_on) throw new LibraryError('ALREADY_DISABLED', `「${row.name}」已于${row.disabled_on}停用`);
  const day = shanghaiDateOf(now);
  const updated = await q.query<Row>(
    `UPDATE flying_library SET disabled_on = $2, disabled_at = $3, disabled_by = $4, disabled_reason = $5 WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, day, now, by, why],
  );
  const entry = entryOf(updated.rows[0]!);
  await appendEvent(q as never, { caseId: null, actor: by, step: LIBRARY_DISABLED_STEP, at: now, inputs: { library: entry.kind, entry: entry.id, jurisdiction, name: entry.name, reason: why } });
  return entry;
}

/** Whether a procedure's steps choose from the libraries (the service loads them only then). */
export const LIBRARY_GUARD = 'flyingFromLibraries';
