// 统计（案件）: every figure is computed from the same case records the case pages show and
// carries the cases it counts, so that each figure drills down to its cases and adds up.
// "办结" is a case that is closed or whose 结案 step is done (结案 → 公示 still follows in
// 普通程序); money is summed from the decisions and the party's recorded 缴款 (less 退还).
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { chosenMeasures, deadlineStatus, isValidDate, shanghaiDateOf } from '../../law/index.js';
import { annualReportStatus, reportStatistics, REPORT_OUTCOMES, type CaseState } from '../../cases/index.js';
import { findJurisdiction, loadPeriods } from '../../law/index.js';
import { requirePermission, type Principal } from '../auth.js';
import { ErrorBody } from '../errors.js';
import type { App, ServerContext } from '../context.js';

/** Money paid to the treasury (行政处罚法 第六十七条; 暂行规定 第五十三条). */
const TREASURY = ['罚款', '没收违法所得', '加处罚款'] as const;

export const StatsCase = z.object({
  id: z.string(),
  kind: z.string(),
  procedureName: z.string(),
  party: z.string().nullable(),
  state: z.string(),
  concluded: z.boolean(),
  openedOn: z.string(),
  concludedOn: z.string().nullable(),
  finesFen: z.number(),
  paidFen: z.number().describe('已缴罚没款（罚款、没收违法所得、加处罚款，扣除退还），分'),
  recoveredFen: z.number().describe('决定责令退回的基金，分'),
  returnedFen: z.number().describe('已退回基金（扣除退还），分'),
  overdue: z.boolean(),
});
export type StatsCase = z.infer<typeof StatsCase>;

const Figure = z.object({
  key: z.string(),
  label: z.string(),
  /** a count of cases, or an amount in fen summed over them */
  unit: z.enum(['件', '分']),
  value: z.number(),
  cases: z.array(z.string()),
  group: z.string().optional(),
});
export type Figure = z.infer<typeof Figure>;

export const CaseStatsBody = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  figures: z.array(Figure),
  cases: z.array(StatsCase),
});

const Range = z.object({
  from: z.string().refine(isValidDate, '起始日期应为 YYYY-MM-DD').optional(),
  to: z.string().refine(isValidDate, '截止日期应为 YYYY-MM-DD').optional(),
});

/** One case as the statistics read it (the same fields its page shows). */
export function statsCaseOf(c: CaseState, today: string): StatsCase {
  const concluded = c.closed || !!c.done['结案'];
  const end = [...c.history].reverse().find((h) => h.step === '结案') ?? (c.closed ? c.history[c.history.length - 1] : undefined);
  let fines = 0;
  let recovered = 0;
  const decided = c.penalty?.decided;
  if (decided && c.penalty.decision && decided.kind === '行政处罚') {
    for (const m of chosenMeasures(c.penalty.decision, decided.measures)) {
      const amount = m.chosen.amountFen ?? m.amountFen ?? 0;
      if (m.kind === '罚款') fines += amount;
      if (m.kind === '责令退回' || m.kind === '责令追回') recovered += amount;
    }
  }
  // what the party paid under the decision (缴款), less what was refunded (退还): 罚没款 to the
  // treasury, and the fund money it was ordered to return
  const ex = c.execution;
  const net = (kinds: readonly string[]) =>
    (ex?.payments ?? []).filter((p) => kinds.includes(p.kind)).reduce((a, p) => a + p.amountFen, 0) - (ex?.refunds ?? []).filter((r) => kinds.includes(r.kind)).reduce((a, r) => a + r.amountFen, 0);
  const paid = net(TREASURY);
  const returned = net(['责令退回']);
  const overdue = !c.closed && c.deadlines.some((d) => d.status === 'open' && d.due && deadlineStatus(d.due.length > 10 ? shanghaiDateOf(d.due) : d.due, today) === 'red');
  return {
    id: c.id,
    kind: c.kind,
    procedureName: c.procedure.name,
    party: c.parties.find((p) => p.角色 === '当事人')?.名称 ?? null,
    state: c.state,
    concluded,
    openedOn: shanghaiDateOf(c.openedAt),
    concludedOn: concluded && end ? end.date : null,
    finesFen: fines,
    paidFen: paid,
    recoveredFen: recovered,
    returnedFen: returned,
    overdue,
  };
}

/** The figures over a set of cases; each lists the cases it counts. */
export function figuresOf(cases: readonly StatsCase[]): Figure[] {
  const ids = (f: (c: StatsCase) => boolean) => cases.filter(f).map((c) => c.id);
  const count = (key: string, label: string, f: (c: StatsCase) => boolean, group?: string): Figure => {
    const list = ids(f);
    return { key, label, unit: '件', value: list.length, cases: list, ...(group ? { group } : {}) };
  };
  const sum = (key: string, label: string, v: (c: StatsCase) => number): Figure => {
    const list = cases.filter((c) => v(c) > 0);
    return { key, label, unit: '分', value: list.reduce((a, c) => a + v(c), 0), cases: list.map((c) => c.id) };
  };
  const figures: Figure[] = [
    count('total', '案件总数', () => true),
    count('open', '在办案件', (c) => !c.concluded),
    count('concluded', '已办结', (c) => c.concluded),
    count('overdue', '超期案件', (c) => c.overdue),
    sum('fines', '决定罚款', (c) => c.finesFen),
    sum('paid', '已缴罚没款', (c) => c.paidFen),
    sum('recovered', '责令退回（追回）基金', (c) => c.recoveredFen),
    sum('returned', '已退回基金', (c) => c.returnedFen),
  ];
  const distinct = (f: (c: StatsCase) => string | null) => [...new Set(cases.map(f).filter((x): x is string => !!x))].sort();
  for (const k of distinct((c) => c.kind)) figures.push(count(`kind:${k}`, k, (c) => c.kind === k, '按类型'));
  for (const s of distinct((c) => c.state)) figures.push(count(`state:${s}`, s, (c) => c.state === s, '按状态'));
  for (const m of distinct((c) => c.openedOn.slice(0, 7))) figures.push(count(`opened:${m}`, m, (c) => c.openedOn.startsWith(m), '按月立案'));
  for (const m of distinct((c) => c.concludedOn?.slice(0, 7) ?? null)) figures.push(count(`concluded:${m}`, m, (c) => !!c.concludedOn?.startsWith(m), '按月办结'));
  return figures;
}

const ReportStatsBody = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  total: z.number(),
  groups: z.array(z.object({ dimension: z.string(), rows: z.array(z.object({ label: z.string(), count: z.number(), cases: z.array(z.string()) })) })),
  reports: z.array(z.object({ id: z.string(), jurisdiction: z.string(), receivedOn: z.string(), channel: z.string(), reportedKinds: z.array(z.string()), outcome: z.enum(REPORT_OUTCOMES) })),
});

const AnnualBody = z.object({
  year: z.number(),
  jurisdiction: z.string(),
  /** 第十九条: only a provincial bureau reports */
  provincial: z.boolean(),
  due: z.string(),
  basis: z.string(),
  filed: z.object({ caseId: z.string(), filedOn: z.string(), by: z.string(), late: z.boolean() }).nullable(),
  overdue: z.boolean(),
  summary: ReportStatsBody,
});

export function caseStatsRoutes(app: App, ctx: ServerContext): void {
  const bodiesIn = async (p: Principal): Promise<CaseState[]> => {
    const { rows } = await ctx.db.query<{ body: CaseState | string }>(
      `SELECT c.body FROM cases c JOIN case_scope s ON s.id = c.id WHERE (s.jurisdiction_id = $1 OR s.jurisdiction_id LIKE $2) AND c.procedure_id IN ('jbcl', 'jbnb') ORDER BY c.id`,
      [p.jurisdiction, p.jurisdiction + '/%'],
    );
    return rows.map((r) => (typeof r.body === 'string' ? (JSON.parse(r.body) as CaseState) : r.body));
  };

  // 举报处理暂行办法 第十七条: 举报 by period, 渠道, 被举报人类型 and 处理结果, from the report cases' records
  app.get(
    '/api/stats/reports',
    { schema: { tags: ['统计'], summary: '举报统计分析（按接收日期范围；按月、渠道、被举报人类型、处理结果）', querystring: Range, response: { 200: ReportStatsBody, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody } } },
    async (request) => reportStatistics(await bodiesIn(requirePermission(request, 'stats.read')), request.query),
  );

  app.get(
    '/api/stats/reports.xlsx',
    { schema: { tags: ['统计'], summary: '举报统计分析报告导出（xlsx）', querystring: Range, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] } },
    async (request, reply) => {
      const p = requirePermission(request, 'stats.read');
      const s = reportStatistics(await bodiesIn(p), request.query);
      const wb = new ExcelJS.Workbook();
      const sum = wb.addWorksheet('举报统计');
      sum.columns = [
        { header: '统计维度', key: 'dimension', width: 16 },
        { header: '分类', key: 'label', width: 36 },
        { header: '件数', key: 'count', width: 10 },
        { header: '所计举报', key: 'cases', width: 60 },
      ];
      sum.addRow({ dimension: '统计范围', label: `接收日期 ${s.from ?? '不限'} 至 ${s.to ?? '不限'}`, count: s.total });
      for (const g of s.groups) for (const r of g.rows) sum.addRow({ dimension: g.dimension, label: r.label, count: r.count, cases: r.cases.join('、') });
      const detail = wb.addWorksheet('举报明细');
      detail.columns = [
        { header: '案件编号', key: 'id', width: 14 },
        { header: '辖区', key: 'jurisdiction', width: 24 },
        { header: '接收日期', key: 'receivedOn', width: 12 },
        { header: '举报渠道', key: 'channel', width: 24 },
        { header: '被举报人类型', key: 'kinds', width: 24 },
        { header: '处理结果', key: 'outcome', width: 20 },
      ];
      for (const r of s.reports) detail.addRow({ ...r, kinds: r.reportedKinds.join('、') });
      for (const ws of [sum, detail]) ws.getRow(1).font = { bold: true };
      const bytes = Buffer.from(await wb.xlsx.writeBuffer());
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', `attachment; filename="reports.xlsx"; filename*=UTF-8''${encodeURIComponent(`举报统计分析报告${s.from ? '-' + s.from : ''}${s.to ? '-' + s.to : ''}.xlsx`)}`);
      return reply.send(bytes);
    },
  );

  // 举报处理暂行办法 第十九条: the province's annual report of last year — its due date, the summary, whether and when it was filed
  app.get(
    '/api/stats/reports/annual',
    {
      schema: {
        tags: ['统计'],
        summary: '举报处理工作年度报告（省级）：报送期限、上一年度举报处理情况汇总、报送记录',
        querystring: z.object({ year: z.coerce.number().int().min(2022).max(2100).optional().describe('报告年度（默认上一年度）') }),
        response: { 200: AnnualBody, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'stats.read');
      const today = shanghaiDateOf(ctx.now());
      const year = request.query.year ?? Number(today.slice(0, 4)) - 1;
      const cases = await bodiesIn(p);
      const status = annualReportStatus(loadPeriods(), year, cases, today);
      return {
        ...status,
        jurisdiction: p.jurisdiction,
        provincial: findJurisdiction(p.jurisdiction)?.level === '省',
        summary: reportStatistics(cases, { from: `${year}-01-01`, to: `${year}-12-31` }),
      };
    },
  );

  const collect = async (p: Principal, range: z.infer<typeof Range>) => {
    const { rows } = await ctx.db.query<{ body: CaseState | string }>(
      `SELECT c.body FROM cases c JOIN case_scope s ON s.id = c.id WHERE s.jurisdiction_id = $1 OR s.jurisdiction_id LIKE $2 ORDER BY c.id`,
      [p.jurisdiction, p.jurisdiction + '/%'],
    );
    const today = shanghaiDateOf(ctx.now());
    const cases = rows
      .map((r) => statsCaseOf(typeof r.body === 'string' ? (JSON.parse(r.body) as CaseState) : r.body, today))
      .filter((c) => (!range.from || c.openedOn >= range.from) && (!range.to || c.openedOn <= range.to));
    return { from: range.from ?? null, to: range.to ?? null, figures: figuresOf(cases), cases };
  };

  app.get(
    '/api/stats/cases',
    {
      schema: {
        tags: ['统计'],
        summary: '案件统计（按立案日期范围）：每个数字附其所计的案件，可逐项下钻',
        querystring: Range,
        response: { 200: CaseStatsBody, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => collect(requirePermission(request, 'stats.read'), request.query),
  );

  app.get(
    '/api/stats/cases.xlsx',
    { schema: { tags: ['统计'], summary: '案件统计导出（xlsx：汇总与案件明细）', querystring: Range, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] } },
    async (request, reply) => {
      const s = await collect(requirePermission(request, 'stats.read'), request.query);
      const wb = new ExcelJS.Workbook();
      const sum = wb.addWorksheet('汇总');
      sum.columns = [
        { header: '分组', key: 'group', width: 12 },
        { header: '指标', key: 'label', width: 24 },
        { header: '数值', key: 'value', width: 18 },
        { header: '单位', key: 'unit', width: 8 },
        { header: '所计案件', key: 'cases', width: 60 },
      ];
      sum.addRow({ group: '统计范围', label: `立案日期 ${s.from ?? '不限'} 至 ${s.to ?? '不限'}` });
      for (const f of s.figures) sum.addRow({ group: f.group ?? '总计', label: f.label, value: f.unit === '分' ? f.value / 100 : f.value, unit: f.unit === '分' ? '元' : '件', cases: f.cases.join('、') });
      const detail = wb.addWorksheet('案件明细');
      detail.columns = [
        { header: '案件编号', key: 'id', width: 14 },
        { header: '类型', key: 'kind', width: 10 },
        { header: '程序', key: 'procedureName', width: 22 },
        { header: '当事人', key: 'party', width: 24 },
        { header: '状态', key: 'state', width: 10 },
        { header: '是否办结', key: 'concluded', width: 10 },
        { header: '立案（受理）日期', key: 'openedOn', width: 14 },
        { header: '办结日期', key: 'concludedOn', width: 14 },
        { header: '决定罚款（元）', key: 'fines', width: 16 },
        { header: '已缴（元）', key: 'paid', width: 14 },
        { header: '责令退回（元）', key: 'recovered', width: 16 },
        { header: '已退回基金（元）', key: 'returned', width: 16 },
        { header: '是否超期', key: 'overdue', width: 10 },
      ];
      for (const c of s.cases) {
        detail.addRow({ ...c, party: c.party ?? '', concluded: c.concluded ? '是' : '否', concludedOn: c.concludedOn ?? '', fines: c.finesFen / 100, paid: c.paidFen / 100, recovered: c.recoveredFen / 100, returned: c.returnedFen / 100, overdue: c.overdue ? '是' : '否' });
      }
      for (const ws of [sum, detail]) ws.getRow(1).font = { bold: true };
      for (const key of ['fines', 'paid', 'recovered', 'returned']) detail.getColumn(key).numFmt = '#,##0.00';
      sum.getColumn('value').numFmt = '#,##0.##';
      const bytes = Buffer.from(await wb.xlsx.writeBuffer());
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', `attachment; filename="stats.xlsx"; filename*=UTF-8''${encodeURIComponent(`案件统计${s.from ? '-' + s.from : ''}${s.to ? '-' + s.to : ''}.xlsx`)}`);
      return reply.send(bytes);
    },
  );
}
