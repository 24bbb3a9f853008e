// 委托书 (医疗保障行政处罚程序暂行规定 第八条; 行政处罚法 第二十条): registered per bureau
// (委托机关 = a jurisdiction) in the `delegations` table (migration 140), published on
// registration, and read by the case service for the engine's delegation guard
// (engine/guards-delegation.ts). Registration refuses what the law forbids to delegate.
import { z } from 'zod';
import { shanghaiDateOf } from '../law/index.js';
import type { ProcedureRegistry } from './procedure/load.js';
import type { ProcedureDef } from './procedure/model.js';
import { isUnifiedSocialCreditCode } from './steps/identity.js';
import { bureauFor } from './documents/bureaus.js';
import { COERCIVE_KIND, undelegableStep } from './engine/guards-delegation.js';
import type { DelegatedMatter, Delegation } from './engine/types.js';
import type { Queryable } from './service.js';

/** Kinds of power a 委托书 may name (行政强制措施权不得委托: 第八条第一款). */
export const DELEGABLE_KINDS = ['行政处罚', '行政检查', '行政给付', '行政确认', '行政奖励', '其他行政职权'] as const;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '日期不存在');

export const DelegatedMatterSchema = z.union([
  z.object({
    类别: z.string().refine((k) => k !== COERCIVE_KIND, '行政强制措施权不得委托（医疗保障行政处罚程序暂行规定第八条第一款、行政强制法第十七条第一款）')
      .refine((k) => (DELEGABLE_KINDS as readonly string[]).includes(k), { message: `委托事项的类别应为：${DELEGABLE_KINDS.join('、')}` }),
  }).strict(),
  z.object({ 事项: z.string().regex(/^[^#\s]+#\d+$/, '事项编号格式应为 <清单>#<序号>'), 名称: z.string().trim().min(1).max(200) }).strict(),
]);

/** A 委托书 as registered (第八条第三款: 具体事项、权限、期限). */
export const DelegationInputSchema = z
  .object({
    文号: z.string().trim().min(1, '请填写委托书文号').max(60),
    受托组织名称: z.string().trim().min(2, '请填写受托组织名称').max(100),
    统一社会信用代码: z.string().trim().toUpperCase().refine(isUnifiedSocialCreditCode, '统一社会信用代码校验不通过（应为18位，末位为校验码）'),
    委托事项: z.array(DelegatedMatterSchema).min(1, '委托书须载明委托的具体事项').max(200),
    权限: z.array(z.string().trim().min(1).max(40)).min(1, '委托书须载明权限（受托组织可办理的环节）').max(300),
    起始日期: day,
    截止日期: day,
  })
  .strict()
  .refine((d) => d.截止日期 >= d.起始日期, { message: '委托期限的截止日期早于起始日期', path: ['截止日期'] });
export type DelegationInput = z.infer<typeof DelegationInputSchema>;

export class DelegationError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'DelegationError';
  }
}

/** What a 委托书 may give: per kind of power, its procedures and their steps, coercive ones left out. */
export interface DelegablePowers {
  kind: string;
  procedures: Array<{ id: string; name: string; steps: string[] }>;
}

function currentProcedures(registry: ProcedureRegistry): ProcedureDef[] {
  return registry.latest();
}

/** The steps each delegable kind's procedures have, without the coercive ones (第八条第一款). */
export function delegablePowers(registry: ProcedureRegistry): DelegablePowers[] {
  const procs = currentProcedures(registry);
  return DELEGABLE_KINDS.map((kind) => ({
    kind,
    procedures: procs
      .filter((p) => p.kind === kind)
      .map((p) => ({ id: p.id, name: p.name, steps: p.steps.filter((s) => !undelegableStep(p, s)).map((s) => s.id) })),
  }));
}

/**
 * Refuses 权限 no procedure of the kinds named has, or that take a coercive measure (采取封存,
 * any step of a 行政强制 procedure: 第八条第一款). `itemKinds` gives the kind of each item named.
 */
export function checkPowers(registry: ProcedureRegistry, input: DelegationInput, itemKind: (ref: string) => string | undefined): void {
  const kinds = new Set<string>();
  for (const m of input.委托事项) {
    if ('类别' in m) kinds.add(m.类别);
    else {
      const k = itemKind(m.事项);
      if (!k) throw new DelegationError('UNKNOWN_ITEM', `找不到事项「${m.事项}」（${m.名称}）`);
      if (k === COERCIVE_KIND) throw new DelegationError('COERCIVE_NOT_DELEGABLE', `「${m.名称}」是行政强制措施：行政强制措施权不得委托（医疗保障行政处罚程序暂行规定第八条第一款、行政强制法第十七条第一款）`);
      kinds.add(k);
    }
  }
  const all = currentProcedures(registry);
  for (const power of input.权限) {
    const coercive = all.some((p) => p.steps.some((s) => s.id === power && undelegableStep(p, s)))
      && !all.some((p) => kinds.has(p.kind) && p.steps.some((s) => s.id === power && !undelegableStep(p, s)));
    if (coercive) throw new DelegationError('COERCIVE_NOT_DELEGABLE', `「${power}」是行政强制措施的环节：行政强制措施权不得委托（医疗保障行政处罚程序暂行规定第八条第一款、行政强制法第十七条第一款）`);
    const known = all.some((p) => kinds.has(p.kind) && p.steps.some((s) => s.id === power));
    if (!known) throw new DelegationError('UNKNOWN_POWER', `权限「${power}」不是所委托事项（${[...kinds].join('、')}）的办案环节`);
  }
}

/** The name of the bureau of a jurisdiction, as its documents are issued (data/documents bureaus), on a day. */
export function bureauNameOf(jurisdiction: string, onDate: string = shanghaiDateOf(new Date().toISOString())): string {
  try {
    return bureauFor(jurisdiction, onDate).name;
  } catch {
    return jurisdiction;
  }
}

interface DelegationRow {
  id: string;
  jurisdiction_id: string;
  doc_no: string;
  org_name: string;
  org_code: string;
  matters: DelegatedMatter[] | string;
  powers: string[];
  valid_from: string;
  valid_to: string;
  ended_on: string | null;
  published_at: string | Date;
}

const COLUMNS = `id::text AS id, jurisdiction_id, doc_no, org_name, org_code, matters, powers, valid_from::text AS valid_from, valid_to::text AS valid_to,
  ended_on::text AS ended_on, published_at`;

function fromRow(r: DelegationRow, bureauOf: (jurisdiction: string) => string = bureauNameOf): Delegation {
  return {
    id: r.id,
    文号: r.doc_no,
    委托机关: { jurisdiction: r.jurisdiction_id, name: bureauOf(r.jurisdiction_id) },
    受托组织: { 名称: r.org_name, 统一社会信用代码: r.org_code },
    委托事项: typeof r.matters === 'string' ? (JSON.parse(r.matters) as DelegatedMatter[]) : r.matters,
    权限: r.powers,
    起始日期: r.valid_from.slice(0, 10),
    截止日期: r.valid_to.slice(0, 10),
    ...(r.ended_on ? { 终止日期: r.ended_on.slice(0, 10) } : {}),
    公布日期: typeof r.published_at === 'string' ? r.published_at.slice(0, 10) : shanghaiDateOf(r.published_at.toISOString()),
  };
}

/** The 委托书 of some bureaus (jurisdiction paths), or of all when none is given, newest first. */
export async function loadDelegations(q: Queryable, jurisdictions?: readonly string[], bureauOf: (jurisdiction: string) => string = bureauNameOf): Promise<Delegation[]> {
  const { rows } = jurisdictions
    ? await q.query<DelegationRow>(`SELECT ${COLUMNS} FROM delegations WHERE jurisdiction_id = ANY($1) ORDER BY valid_from DESC, id DESC`, [jurisdictions])
    : await q.query<DelegationRow>(`SELECT ${COLUMNS} FROM delegations ORDER BY valid_from DESC, id DESC`);
  return rows.map((r) => fromRow(r, bureauOf));
}

/** Registers (and so publishes) a 委托书 of the bureau of `jurisdiction`. */
export async function registerDelegation(q: Queryable, jurisdiction: string, input: DelegationInput, by: string, now: string, bureauOf: (jurisdiction: string) => string = bureauNameOf): Promise<Delegation> {
  const same = await q.query('SELECT 1 FROM delegations WHERE jurisdiction_id = $1 AND doc_no = $2', [jurisdiction, input.文号]);
  if (same.rows.length) throw new DelegationError('DELEGATION_EXISTS', `委托书「${input.文号}」已登记`);
  const { rows } = await q.query<DelegationRow>(
    `INSERT INTO delegations (jurisdiction_id, doc_no, org_name, org_code, matters, powers, valid_from, valid_to, registered_by, registered_at, published_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$10) RETURNING ${COLUMNS}`,
    [jurisdiction, input.文号, input.受托组织名称, input.统一社会信用代码, JSON.stringify(input.委托事项), input.权限, input.起始日期, input.截止日期, by, now],
  );
  return fromRow(rows[0]!, bureauOf);
}

/** Ends a 委托 early (the end of `on`), with the reason; published with it. */
export async function endDelegation(q: Queryable, id: string, on: string, reason: string, by: string): Promise<void> {
  await q.query('UPDATE delegations SET ended_on = $2, end_reason = $3, ended_by = $4 WHERE id = $1::bigint', [id, on, reason, by]);
}
