// 执行: what the party owes under a decision, what it paid, and what the law lets the bureau do
// when it does not pay (行政处罚法 第六十六条至第七十三条; 医疗保障行政处罚程序暂行规定
// 第五十二条至第五十六条; 行政强制法 第三十五条、第五十三条、第五十四条). Pure functions over the
// case state: the guards, the documents and the statistics all read the same figures.
import { addDays, addMonths, chosenMeasures, lateFineLedger, type LateFineLedger } from '../../law/index.js';
import { mainParty } from '../steps/party.js';
import type { CaseState } from './types.js';

/** Money a decision orders paid, by kind. 加处罚款 is computed, never decided. */
export const DUE_KINDS = ['罚款', '没收违法所得', '责令退回', '加处罚款'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** 暂行规定 第五十三条第一款: 退回的基金退回原医疗保障基金财政专户；罚款、没收的违法所得依法上缴国库。 */
export const PAYEE: Record<DueKind, string> = {
  罚款: '国库',
  没收违法所得: '国库',
  加处罚款: '国库',
  责令退回: '医疗保障基金财政专户',
};

export const APPEAL_KINDS = ['行政复议', '行政诉讼'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];
/** 行政复议法 第六十三条至第六十九条 (2023), 行政诉讼法 第六十九条至第七十八条: what became of the decision. */
export const APPEAL_OUTCOMES = ['维持', '驳回', '变更', '撤销', '部分撤销', '确认违法', '确认无效', '撤回申请或起诉'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];
/** Outcomes that take the decision (or its money) away: payments are refunded, the 公示 changed. */
export const REVOKING_OUTCOMES: readonly AppealOutcome[] = ['撤销', '确认无效'];

export interface PartyPayment {
  kind: DueKind;
  /** 缴款人: the party, or a responsible person for a fine of his own */
  payer: string;
  amountFen: number;
  date: string;
  /** 缴款书、财政票据号码 */
  receipt: string;
  /** 当场收缴 (暂行规定 第五十二条) */
  onSite?: boolean;
}

export interface Execution {
  payments: PartyPayment[];
  /** 暂缓或者分期缴纳 requested (行政处罚法 第六十六条第二款; 暂行规定 第五十四条) */
  scheduleRequest?: { kind: '暂缓缴纳' | '分期缴纳'; reason: string; date: string };
  schedule?: { kind: '暂缓缴纳' | '分期缴纳'; installments: Array<{ date: string; amountFen: number }>; approvedOn: string; approvedBy: string; noticeDate: string };
  /** 催告 (行政强制法 第三十五条、第五十四条): the day each 催告书 was served */
  reminders: Array<{ servedOn: string }>;
  /** 申请人民法院强制执行 (行政强制法 第五十三条) */
  enforcement?: { court: string; appliedOn: string; acceptedOn?: string; caseNo?: string; ruling?: { result: '准予执行' | '不予执行'; no: string; date: string } };
  appeals: Array<{ kind: AppealKind; body: string; filedOn: string; decidedOn?: string; outcome?: AppealOutcome; note?: string }>;
  /** non-money measures carried out: 暂停 from its first day, 警告 with the decision's service … */
  measures: Array<{ measureId: string; kind: string; from: string; note: string }>;
  refunds: Array<{ kind: DueKind; payer: string; amountFen: number; date: string; receipt: string }>;
  published?: { date: string; channel: string };
  publicationChanges: Array<{ date: string; reason: string }>;
}

export function emptyExecution(): Execution {
  return { payments: [], reminders: [], appeals: [], measures: [], refunds: [], publicationChanges: [] };
}

export function executionOf(state: CaseState): Execution {
  return state.execution ?? emptyExecution();
}

/** Measure targets that are the directly responsible persons, not the 当事人 itself. */
export const PERSON_TARGETS: ReadonlySet<string> = new Set(['直接负责的主管人员和其他直接责任人员', '法定代表人、主要负责人、直接负责的主管人员和其他责任人员', '有关责任人员']);

export interface Due {
  kind: Exclude<DueKind, '加处罚款'>;
  payer: string;
  amountFen: number;
  measureId: string;
  payee: string;
}

/** The money the decision orders, per payer: the 当事人's, and each responsible person's own fine. */
export function duesOf(state: CaseState): Due[] {
  const decided = state.penalty.decided;
  const decision = state.penalty.decision;
  if (!decided || decided.kind !== '行政处罚' || !decision) return [];
  const main = mainParty(state.parties)?.名称 ?? '当事人';
  const persons = state.parties.filter((p) => p.角色 !== '当事人').map((p) => p.名称);
  const out: Due[] = [];
  for (const m of chosenMeasures(decision, decided.measures)) {
    if (m.kind !== '罚款' && m.kind !== '没收违法所得' && m.kind !== '责令退回') continue;
    if (m.referral) continue;
    const amountFen = m.chosen.amountFen ?? m.amountFen ?? 0;
    if (amountFen <= 0) continue;
    // a responsible person's fine is his own, never the 当事人's (the decision guard requires them registered)
    const payers = m.target && PERSON_TARGETS.has(m.target) ? persons : [main];
    for (const payer of payers) out.push({ kind: m.kind, payer, amountFen, measureId: m.id, payee: PAYEE[m.kind] });
  }
  return out;
}

/** The non-money penalties that must be carried out (警告 is carried out by serving the decision). */
export function measuresToExecute(state: CaseState): Array<{ measureId: string; kind: string; months?: number }> {
  const decided = state.penalty.decided;
  const decision = state.penalty.decision;
  if (!decided || decided.kind !== '行政处罚' || !decision) return [];
  return chosenMeasures(decision, decided.measures)
    .filter((m) => m.penalty && !m.referral && m.kind !== '罚款' && m.kind !== '没收违法所得' && m.kind !== '警告')
    .map((m) => ({ measureId: m.id, kind: m.kind, ...(m.chosen.months !== undefined ? { months: m.chosen.months } : {}) }));
}

export interface DueStatus extends Omit<Due, 'kind'> {
  kind: DueKind;
  paidFen: number;
  refundedFen: number;
  outstandingFen: number;
  /** for a 罚款: the 加处罚款 ledger as of the date asked */
  lateFine?: LateFineLedger;
}

export interface ExecutionStatus {
  /** the day the fine fell or falls due (缴纳期限, or the last instalment) */
  dueDate?: string;
  lines: DueStatus[];
  totalDueFen: number;
  totalPaidFen: number;
  totalOutstandingFen: number;
  /** everything owed (加处罚款 included) is paid */
  paidInFull: boolean;
  /** a due date has passed with money unpaid */
  overdue: boolean;
  /** a 复议 or 诉讼 is pending */
  appealPending: boolean;
  revoked: boolean;
  /** 暂停 and other non-money measures not yet carried out or still running on the date */
  measuresOutstanding: string[];
}

/** The day the fine falls due: the 缴纳期限 (十五日, 行政处罚法 第六十七条第三款) from service. */
function paymentDueDate(state: CaseState): string | undefined {
  return state.deadlines.find((d) => d.id === '缴纳期限')?.due || undefined;
}

/** The 复议/诉讼 periods for 加处罚款 (行政处罚法 第七十三条第三款). */
function appealPauses(ex: Execution) {
  return ex.appeals.map((a) => ({ kind: a.kind, from: a.filedOn, ...(a.decidedOn ? { to: a.decidedOn } : {}) }));
}

/** What is owed, paid and outstanding on `onDate`, with the 加处罚款 computed to that day. */
export function executionStatus(state: CaseState, onDate: string): ExecutionStatus {
  const ex = executionOf(state);
  const revoked = ex.appeals.some((a) => a.outcome && REVOKING_OUTCOMES.includes(a.outcome));
  const appealPending = ex.appeals.some((a) => !a.decidedOn);
  const due = paymentDueDate(state);
  const schedule = ex.schedule;
  const main = mainParty(state.parties)?.名称;
  const lines: DueStatus[] = [];
  for (const d of duesOf(state)) {
    const paid = ex.payments.filter((p) => p.kind === d.kind && p.payer === d.payer);
    const paidFen = paid.reduce((n, p) => n + p.amountFen, 0);
    const refundedFen = ex.refunds.filter((r) => r.kind === d.kind && r.payer === d.payer).reduce((n, r) => n + r.amountFen, 0);
    const amountFen = revoked ? 0 : d.amountFen;
    lines.push({ ...d, amountFen, paidFen, refundedFen, outstandingFen: Math.max(0, amountFen - paidFen) });
    if (d.kind === '罚款' && due && !revoked) {
      const instalments = schedule && d.payer === main ? schedule.installments : [{ date: due, amountFen: d.amountFen }];
      const ledger = lateFineLedger({
        fineFen: d.amountFen,
        dues: instalments,
        payments: paid.map((p) => ({ date: p.date, amountFen: p.amountFen })),
        pauses: appealPauses(ex),
        onDate,
      });
      if (ledger.amountFen > 0 || ex.payments.some((p) => p.kind === '加处罚款' && p.payer === d.payer)) {
        const latePaid = ex.payments.filter((p) => p.kind === '加处罚款' && p.payer === d.payer).reduce((n, p) => n + p.amountFen, 0);
        const lateRefunded = ex.refunds.filter((r) => r.kind === '加处罚款' && r.payer === d.payer).reduce((n, r) => n + r.amountFen, 0);
        lines[lines.length - 1]!.lateFine = ledger;
        lines.push({ kind: '加处罚款', payer: d.payer, amountFen: ledger.amountFen, measureId: `加处罚款@${d.payer}`, payee: PAYEE.加处罚款, paidFen: latePaid, refundedFen: lateRefunded, outstandingFen: Math.max(0, ledger.amountFen - latePaid) });
      }
    }
  }
  const lastDue = schedule ? schedule.installments[schedule.installments.length - 1]?.date : due;
  const instalmentsDue = schedule ? schedule.installments.filter((i) => i.date < onDate).reduce((n, i) => n + i.amountFen, 0) : undefined;
  const mainFinePaid = ex.payments.filter((p) => p.kind === '罚款' && p.payer === main).reduce((n, p) => n + p.amountFen, 0);
  const otherOverdue = lines.some((l) => l.outstandingFen > 0 && (l.kind !== '罚款' || l.payer !== main || !schedule) && !!due && onDate > due);
  const scheduledOverdue = instalmentsDue !== undefined && instalmentsDue > mainFinePaid;
  const totalDueFen = lines.reduce((n, l) => n + l.amountFen, 0);
  const totalPaidFen = lines.reduce((n, l) => n + l.paidFen, 0);
  const totalOutstandingFen = lines.reduce((n, l) => n + l.outstandingFen, 0);
  const measuresOutstanding = revoked
    ? []
    : measuresToExecute(state)
        .filter((m) => {
          const done = ex.measures.find((x) => x.measureId === m.measureId);
          if (!done) return true;
          return m.months !== undefined && addMonthsDay(done.from, m.months) > onDate;
        })
        .map((m) => m.kind);
  return {
    ...(lastDue ? { dueDate: lastDue } : {}),
    lines,
    totalDueFen,
    totalPaidFen,
    totalOutstandingFen,
    paidInFull: totalOutstandingFen === 0,
    overdue: !revoked && (otherOverdue || scheduledOverdue),
    appealPending,
    revoked,
    measuresOutstanding,
  };
}

/** The last day of a suspension of `months` months from `from` (its first day). */
function addMonthsDay(from: string, months: number): string {
  return addDays(addMonths(from, months), -1);
}
