// 举报 (医疗保障基金使用监督管理举报处理暂行办法, 局令第5号) as read out of the case records:
// the statistics of 第十七条 (by period, 渠道, 被举报人类型 and 处理结果), the annual report's
// due date of 第十九条 (the yearly date is data, data/law/periods.json "annual"), what the
// portal shows of a published 典型案例 (第二十条), and the case without the material marked
// 涉密 (第十六条第二款) for exports and for people who do not handle it. Pure functions over
// CaseState: the server and the CLI read the cases and call these.
import type { PeriodRegistry } from '../law/index.js';
import type { CaseState } from './engine/types.js';
import type { ReporterIdentity } from './steps/report.js';

const REPORT = '《医疗保障基金使用监督管理举报处理暂行办法》';
export const REPORT_PROCEDURE = 'jbcl';
export const ANNUAL_REPORT_PROCEDURE = 'jbnb';
export const ANNUAL_REPORT_DATE = '举报处理工作年度报告报送日期';
/** What is shown in place of material marked 涉密. */
export const WITHHELD = '【涉密材料，不予显示】';

/** 处理结果 of a report, from what its case recorded (its own steps and the lead it fed). */
export const REPORT_OUTCOMES = ['办理中', '不按举报处理', '告知向有权部门提出', '分送或移交其他部门', '不予立案', '违法事实不能成立', '查实（作出处理决定）'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

interface Registration {
  接收渠道?: string;
  被举报人?: Array<{ 名称: string; 类别: string }>;
  举报内容?: string;
  非书面举报记录?: string;
  证据材料?: Array<{ 名称: string; 附件?: string }>;
  举报人?: ReporterIdentity;
}

/** The registration of a report: its own 登记举报, or the one a forwarding department passed on. */
export function registrationOf(c: CaseState): Registration | undefined {
  return (c.data['登记举报'] ?? (c.facts['举报登记'] as Registration | undefined)) as Registration | undefined;
}

/** The day the report came in (its 登记, or the day the forwarding department registered it). */
export function reportReceivedOn(c: CaseState): string | undefined {
  return c.history.find((h) => h.step === '登记举报')?.date ?? (c.facts['举报接收日期'] as string | undefined);
}

export function reportOutcome(c: CaseState): ReportOutcome {
  if (c.done['不按举报处理']) return '不按举报处理';
  if (c.done['告知向有权部门提出']) return '告知向有权部门提出';
  if (['已分送', '已由上级处理', '已移交'].includes(c.state)) return '分送或移交其他部门';
  const decided = c.facts['处理决定'] as { 决定类型?: string } | undefined;
  if (decided) return decided.决定类型 === '违法事实不能成立' ? '违法事实不能成立' : '查实（作出处理决定）';
  const filed = c.facts['立案决定'] as { 步骤?: string } | undefined;
  if (filed?.步骤 === '不予立案') return '不予立案';
  return '办理中';
}

export interface ReportRow {
  id: string;
  jurisdiction: string;
  receivedOn: string;
  channel: string;
  reportedKinds: string[];
  outcome: ReportOutcome;
}
export interface ReportGroupRow {
  label: string;
  count: number;
  cases: string[];
}
export interface ReportStatistics {
  from: string | null;
  to: string | null;
  total: number;
  groups: Array<{ dimension: '按期间（月）' | '按举报渠道' | '按被举报人类型' | '按处理结果'; rows: ReportGroupRow[] }>;
  reports: ReportRow[];
}

/**
 * 第十七条: the reports received in [from, to] among `cases`, each counted once — a report
 * sent on to another department of the same set is counted where it came in — by month,
 * 渠道, 被举报人类型 (a report naming parties of two kinds counts under each) and 处理结果.
 */
export function reportStatistics(cases: readonly CaseState[], range: { from?: string | undefined; to?: string | undefined } = {}): ReportStatistics {
  const ids = new Set(cases.map((c) => c.id));
  const reports: ReportRow[] = [];
  for (const c of cases) {
    if (c.procedure.id !== REPORT_PROCEDURE) continue;
    const reg = registrationOf(c);
    const on = reportReceivedOn(c);
    if (!reg || !on || !c.report) continue;
    const from = c.facts['转来案件'];
    if (typeof from === 'string' && ids.has(from)) continue; // counted where it came in
    if ((range.from && on < range.from) || (range.to && on > range.to)) continue;
    reports.push({
      id: c.id,
      jurisdiction: c.jurisdiction.path,
      receivedOn: on,
      channel: reg.接收渠道 ?? '未记载',
      reportedKinds: [...new Set((reg.被举报人 ?? []).map((p) => p.类别))],
      outcome: reportOutcome(c),
    });
  }
  reports.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id));
  const group = (keys: (r: ReportRow) => string[], order?: readonly string[]): ReportGroupRow[] => {
    const m = new Map<string, string[]>();
    for (const k of order ?? []) m.set(k, []);
    for (const r of reports) for (const k of keys(r)) m.set(k, [...(m.get(k) ?? []), r.id]);
    const rows = [...m].map(([label, list]) => ({ label, count: list.length, cases: list }));
    return order ? rows : rows.sort((a, b) => a.label.localeCompare(b.label));
  };
  return {
    from: range.from ?? null,
    to: range.to ?? null,
    total: reports.length,
    groups: [
      { dimension: '按期间（月）', rows: group((r) => [r.receivedOn.slice(0, 7)]) },
      { dimension: '按举报渠道', rows: group((r) => [r.channel]) },
      { dimension: '按被举报人类型', rows: group((r) => (r.reportedKinds.length ? r.reportedKinds : ['未记载'])) },
      { dimension: '按处理结果', rows: group((r) => [r.outcome], REPORT_OUTCOMES) },
    ],
    reports,
  };
}

/**
 * 第十九条: the day the annual report of `year` is due (每年4月30日前, of the year after it),
 * the yearly date read from the registry as in force on that day.
 */
export function annualReportDue(periods: PeriodRegistry, year: number): { due: string; basis: string } {
  const probe = `${year + 1}-01-01`;
  const a = periods.annualDate(ANNUAL_REPORT_DATE, probe);
  return { due: `${a.ofPreviousYear ? year + 1 : year}-${a.monthDay}`, basis: `${REPORT}第十九条“${a.basis.quote}”` };
}

/** The attachments a report case holds as 涉密 material (those its 证据材料 name, when marked). */
export function classifiedAttachments(c: CaseState): Set<string> {
  const marked = c.report?.classified?.materials ?? [];
  if (!marked.includes('证据材料')) return new Set();
  const reg = registrationOf(c);
  const named = (reg?.证据材料 ?? []).map((e) => e.附件).filter((x): x is string => !!x);
  const given = c.attachments.filter((a) => a.step === '登记举报' || a.step === '接收转来举报').map((a) => a.sha256);
  return new Set([...named, ...given]);
}

/** Removes the fields marked 涉密 from one step's recorded input (a copy). */
export function withheldInput(c: CaseState, step: string, input: Record<string, unknown>): Record<string, unknown> {
  const marked = c.report?.classified?.materials ?? [];
  if (!marked.length || (step !== '登记举报' && step !== '接收转来举报')) return input;
  const out = { ...input };
  for (const m of marked) if (out[m] !== undefined) out[m] = WITHHELD;
  return out;
}

/**
 * 第十六条第二款: the case without its 涉密 material — for exports (documents, the volume)
 * and for viewers who do not handle the report. The same case when nothing is marked.
 */
export function withoutClassified(c: CaseState): CaseState {
  const marked = c.report?.classified?.materials ?? [];
  if (!marked.length) return c;
  const hidden = classifiedAttachments(c);
  const copy: CaseState = structuredClone(c);
  const strip = (o: Record<string, unknown> | undefined) => {
    if (!o) return;
    for (const m of marked) if (o[m] !== undefined) o[m] = WITHHELD;
  };
  strip(copy.data['登记举报']);
  strip(copy.facts['举报登记'] as Record<string, unknown> | undefined);
  if (marked.includes('举报内容') && copy.facts['举报内容'] !== undefined) copy.facts['举报内容'] = WITHHELD;
  copy.attachments = copy.attachments.filter((a) => !hidden.has(a.sha256));
  return copy;
}

/** The report case a penalty lead was opened from (举报处理暂行办法 第十二条第一款), by its number. */
export function sourceReportOf(c: CaseState): string | undefined {
  const id = c.facts['举报案件'];
  return c.procedure.id !== REPORT_PROCEDURE && typeof id === 'string' ? id : undefined;
}

/**
 * 第十六条第二款 for the lead opened from a report: the 举报内容 it copied is withheld as its
 * report's is, once the report marks it 涉密 (a copy; the same case otherwise).
 */
export function withoutReportSecrets(c: CaseState, report: CaseState | undefined): CaseState {
  const marked = report?.report?.classified?.materials ?? [];
  if (!marked.includes('举报内容') || c.facts['举报内容'] === undefined) return c;
  return { ...c, facts: { ...c.facts, 举报内容: WITHHELD } };
}

/** Whether `user` handles the case (took a step of it, is one of its officers, or opened it). */
export function handlesCase(c: CaseState, user: string): boolean {
  return c.history.some((h) => h.actor === user) || c.officers.includes(user) || c.openedBy === user;
}

export interface PublicTypicalCase {
  caseId: string;
  title: string;
  text: string;
  publishedAt: string;
  bureau: string;
}

/**
 * 第二十条: what the portal shows of a 典型案例 — only once published after the review of
 * 第十六条第三款, and the reviewed (masked) text only; nothing when the report is 涉密.
 */
export function publicTypicalCase(c: CaseState, bureau: string): PublicTypicalCase | null {
  const r = c.report;
  if (c.procedure.id !== REPORT_PROCEDURE || !r?.published || r.classified || !r.disclosureReview) return null;
  return { caseId: c.id, title: r.published.title, text: r.published.text, publishedAt: r.published.date, bureau };
}

/** The report of a year of a province, as its jbnb case recorded it (第十九条). */
export interface AnnualReportStatus {
  year: number;
  due: string;
  basis: string;
  filed: { caseId: string; filedOn: string; by: string; late: boolean } | null;
  /** not filed and the due date has passed */
  overdue: boolean;
}
export function annualReportStatus(periods: PeriodRegistry, year: number, cases: readonly CaseState[], today: string): AnnualReportStatus {
  const { due, basis } = annualReportDue(periods, year);
  const c = cases.find((x) => x.procedure.id === ANNUAL_REPORT_PROCEDURE && x.annualReport?.year === year);
  const f = c?.annualReport;
  return {
    year,
    due,
    basis,
    filed: c && f ? { caseId: c.id, filedOn: f.filedOn, by: f.by, late: f.late } : null,
    overdue: !f && today > due,
  };
}
