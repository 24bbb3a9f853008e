// 被检查对象库、检查人员库、专家库 (医疗保障基金飞行检查管理暂行办法 第六条): what a library held on
// a day. A row is one stay in a library — joined on a day, disabled on a later one with its
// reason — and rows are never deleted (src/store/migrations/130_flying_libraries.sql), so the
// library of any past day is read back from them. Pure: the service loads the rows of the
// case's jurisdiction into the engine context (EngineContext.libraries).

/** The three libraries of 第六条, in its order. */
export const LIBRARY_KINDS = ['被检查对象', '检查人员', '专家'] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/** The library's name as the bureau calls it. */
export const LIBRARY_NAMES: Record<LibraryKind, string> = { 被检查对象: '被检查对象库', 检查人员: '检查人员库', 专家: '专家库' };

export interface LibraryEntry {
  id: number;
  /** the jurisdiction path of the bureau whose library it is */
  jurisdiction: string;
  kind: LibraryKind;
  /** 被检查对象的名称 / 检查人员的用户名 / 专家姓名 */
  name: string;
  /** 被检查对象的类别 (第二条) / 专家的专业 (第十二条第二款) */
  category?: string;
  /** 专家的工作单位 */
  unit?: string;
  /** 统一社会信用代码或定点编码 / 执法证号 / 专家的职称或资格 */
  qualification?: string;
  /** YYYY-MM-DD, Asia/Shanghai: the day it was added (the server's clock, never typed in) */
  joinedOn: string;
  joinedAt: string;
  joinedBy: string;
  joinReason?: string;
  /** the day it was disabled (the server's clock); from that day on it is not chosen */
  disabledOn?: string;
  disabledAt?: string;
  disabledBy?: string;
  disabledReason?: string;
}

/** Whether the entry is in the library on `day`: joined on or before it and not disabled by then. */
export function activeOn(e: LibraryEntry, day: string): boolean {
  return e.joinedOn <= day && (!e.disabledOn || e.disabledOn > day);
}

/**
 * Whether the bureau had set up this library by `day`: any entry added on or before it (one
 * disabled since still counts — a library whose every entry is disabled refuses everyone).
 * A library never set up, or set up after the day of the step, does not bind the step: the
 * bureau's existing 飞行检查 go on as before (see the coverage note of 第六条).
 */
export function librarySetUp(entries: readonly LibraryEntry[], kind: LibraryKind, day: string): boolean {
  return entries.some((e) => e.kind === kind && e.joinedOn <= day);
}

/** The entries of a kind active on `day`. */
export function activeEntries(entries: readonly LibraryEntry[], kind: LibraryKind, day: string): LibraryEntry[] {
  return entries.filter((e) => e.kind === kind && activeOn(e, day));
}

/**
 * Why `name` may not be chosen from the library on `day` (null when it may): not in it, or
 * its stay ended (disabled) on or before that day, or not yet added on that day.
 */
export function libraryProblem(entries: readonly LibraryEntry[], kind: LibraryKind, name: string, day: string, matches: (e: LibraryEntry) => boolean = () => true): { code: string; why: string } | null {
  const mine = entries.filter((e) => e.kind === kind && e.name === name);
  if (mine.some((e) => activeOn(e, day) && matches(e))) return null;
  const active = mine.find((e) => activeOn(e, day));
  if (active) return { code: 'NOT_IN_LIBRARY', why: `与${LIBRARY_NAMES[kind]}中的登记（${[active.category, active.unit].filter(Boolean).join('，')}）不符` };
  const ended = mine.filter((e) => e.disabledOn && e.disabledOn <= day).sort((a, b) => (a.disabledOn! < b.disabledOn! ? 1 : -1))[0];
  if (ended) return { code: 'LIBRARY_ENTRY_DISABLED', why: `已于${ended.disabledOn}从${LIBRARY_NAMES[kind]}停用（${ended.disabledReason}）` };
  const later = mine.find((e) => e.joinedOn > day);
  if (later) return { code: 'NOT_IN_LIBRARY', why: `${later.joinedOn}才加入${LIBRARY_NAMES[kind]}，${day}不在库中` };
  return { code: 'NOT_IN_LIBRARY', why: `不在本局${LIBRARY_NAMES[kind]}中` };
}
