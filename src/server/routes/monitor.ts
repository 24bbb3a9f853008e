// 智能监控: start a run of the rule pack (DuckDB, off the event loop) with progress, leads
// by institution and person with their evidence rows, the review of each lead
// (初审 → 复审 → 申诉 → 调查核实 → 处理), and a penalty case opened from a lead.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  applyReviewAction,
  generateSynthetic,
  leadToPenaltyCaseInput,
  loadRulePack,
  ReviewError,
  runMonitor,
  startReview,
  todayInShanghai,
  type Lead,
  type ReviewState,
} from '../../monitor/index.js';
import { openCaseFromLead, toShanghaiInstant } from '../../cases/index.js';
import { dataRoot } from '../../store/index.js';
import { requirePermission, type Principal } from '../auth.js';
import { CatalogRepository } from '../catalogs.js';
import { ApiError, ErrorBody, notFound } from '../errors.js';
import { ancestorsOf } from '../jurisdictions.js';
import type { App, ServerContext } from '../context.js';
import type { CaseModule } from './cases.js';

export interface MonitorOptions {
  /** Folder of datasets (one sub-folder each); default <YIBAO_DATA>/monitor. */
  dataDir?: string;
  /** Visits of the generated demo dataset (default 3000). */
  demoVisits?: number;
}

const RunView = z.object({
  id: z.string(),
  dataset: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  rulesTotal: z.number(),
  rulesDone: z.number(),
  currentRule: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
  startedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
const LeadSummary = z.object({
  id: z.string(),
  runId: z.string(),
  party: z.object({ kind: z.string(), code: z.string(), name: z.string().nullable() }),
  matterId: z.string(),
  article: z.string(),
  /** 基金损失: the fund loss of the lead's 明确违规 hits (each line once). */
  amountFen: z.number(),
  /** 可疑 hits, shown apart: never added to amountFen. */
  suspect: z.object({ hits: z.number(), fundFen: z.number() }),
  indicators: z.number(),
  resultType: z.string(),
  ruleIds: z.array(z.string()),
  hitCount: z.number(),
  review: z.object({ status: z.string(), dueDate: z.string().nullable(), stageStart: z.string() }),
  caseId: z.string().nullable(),
});
const Money = z.object({ grossFen: z.number(), fundFen: z.number(), patientFen: z.number() });
const EvidenceLine = z.object({
  feedetlSn: z.string(), mdtrtId: z.string(), feeDate: z.string(), itemCode: z.string(), itemName: z.string().nullable(), itemClass: z.string().nullable(),
  cnt: z.number(), pricFen: z.number(), grossFen: z.number(), fundFen: z.number(), patientFen: z.number(),
  deptCode: z.string().nullable(), deptName: z.string().nullable(), doctorCode: z.string().nullable(), doctorName: z.string().nullable(),
});
const Citation = z.object({ article: z.string(), label: z.string(), text: z.string() });
/** Lines stored per hit of a lead (the amounts are computed from all of them before). */
const STORED_LINES = 50;
const STORED_HITS = 500;

interface RunRow { id: string; dataset: string; status: 'running' | 'done' | 'failed'; rules_total: number; rules_done: number; current_rule: string | null; summary: Record<string, unknown> | null; error: string | null; started_by: string; started_at: string | Date; finished_at: string | Date | null; jurisdiction_id: string }
interface LeadRow { id: string; run_id: string; jurisdiction_id: string; party_kind: string; party_code: string; party_name: string | null; matter_id: string; article: string; amount_fen: string | number; result_type: string; rule_ids: string[]; hit_count: number; lead: Lead | string; review: ReviewState | string; case_id: string | null; suspect_hits: number; suspect_fund_fen: string | number; indicators: number }

const iso = (v: string | Date | null) => (v === null ? null : v instanceof Date ? v.toISOString() : String(v));
/** JSON text of monitoring results: BIGINT values as numbers when safe, else strings. */
const jsonText = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? (Number.isSafeInteger(Number(x)) ? Number(x) : x.toString()) : x));
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

function runView(r: RunRow): z.infer<typeof RunView> {
  return { id: r.id, dataset: r.dataset, status: r.status, rulesTotal: r.rules_total, rulesDone: r.rules_done, currentRule: r.current_rule, summary: r.summary, error: r.error, startedBy: r.started_by, startedAt: iso(r.started_at)!, finishedAt: iso(r.finished_at) };
}
function leadSummary(r: LeadRow): z.infer<typeof LeadSummary> {
  const review = json<ReviewState>(r.review);
  return {
    id: r.id, runId: r.run_id, party: { kind: r.party_kind, code: r.party_code, name: r.party_name }, matterId: r.matter_id, article: r.article,
    amountFen: Number(r.amount_fen), suspect: { hits: Number(r.suspect_hits ?? 0), fundFen: Number(r.suspect_fund_fen ?? 0) }, indicators: Number(r.indicators ?? 0),
    resultType: r.result_type, ruleIds: r.rule_ids, hitCount: r.hit_count,
    review: { status: review.status, dueDate: review.dueDate, stageStart: review.stageStart }, caseId: r.case_id,
  };
}

/** A lead as stored: at most STORED_HITS hits, STORED_LINES lines each (lineCount says how many there were). */
function storedLead(lead: Lead): Lead {
  return {
    ...lead,
    hits: lead.hits.slice(0, STORED_HITS).map((h) => (h.detail ? { ...h, detail: { ...h.detail, lines: h.detail.lines.slice(0, STORED_LINES), lineLoss: {} } } : h)),
  };
}

let generating: Promise<string> | undefined;

/** The demo monitoring dataset under `root`/demo: generated once, deterministic for its seed. */
export async function ensureDemoDataset(root = join(dataRoot(), 'monitor'), visits = 3000): Promise<string> {
  const dir = join(root, 'demo');
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  generating ??= (async () => {
    mkdirSync(dir, { recursive: true });
    await generateSynthetic({ visits, seed: 20261123, outDir: dir });
    writeFileSync(marker, `visits=${visits}\n`);
    return dir;
  })().finally(() => (generating = undefined));
  return generating;
}

export function monitorRoutes(app: App, ctx: ServerContext, cases: CaseModule, opts: MonitorOptions = {}): void {
  ctx.features.add('monitor');
  const root = opts.dataDir ?? join(dataRoot(), 'monitor');
  const rules = loadRulePack();
  const ruleNames = Object.fromEntries(rules.map((r) => [r.id, r.name]));
  const running = new Set<Promise<void>>();
  app.addHook('preClose', async () => {
    await Promise.allSettled([...running]);
  });

  const datasetDir = async (name: string): Promise<string> => {
    if (name !== 'demo') throw new ApiError(400, 'UNKNOWN_DATASET', `未知数据集：${name}（可用：demo）`);
    return ensureDemoDataset(root, opts.demoVisits);
  };

  const scoped = (p: Principal) => ({ where: '(jurisdiction_id = $1 OR jurisdiction_id LIKE $2)', params: [p.jurisdiction, p.jurisdiction + '/%'] as unknown[] });

  const loadLead = async (p: Principal, runId: string, id: string): Promise<LeadRow> => {
    const s = scoped(p);
    const { rows } = await ctx.db.query<LeadRow>(`SELECT * FROM monitor_leads WHERE ${s.where} AND run_id = $3 AND id = $4`, [...s.params, runId, id]);
    if (!rows[0]) throw notFound('线索');
    return rows[0];
  };

  app.get('/api/monitor/rules', { schema: { tags: ['智能监控'], summary: '规则包', response: { 200: z.array(z.object({ id: z.string(), name: z.string(), category: z.string(), resultType: z.string(), article: z.string(), matterId: z.string() })), 401: ErrorBody, 403: ErrorBody } } }, async (request) => {
    requirePermission(request, 'monitor.read');
    return rules.map((r) => ({ id: r.id, name: r.name, category: String((r as { category?: string }).category ?? ''), resultType: r.resultType, article: r.article, matterId: r.matterId }));
  });

  app.post(
    '/api/monitor/runs',
    {
      schema: {
        tags: ['智能监控'],
        summary: '开始一次监控运行（异步，返回运行编号；用 GET 查询进度）',
        body: z.object({ dataset: z.string().max(40).default('demo'), rules: z.array(z.string().max(60)).max(200).optional() }),
        response: { 202: RunView, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'monitor.write');
      const unknown = (request.body.rules ?? []).filter((id) => !ruleNames[id]);
      if (unknown.length) throw new ApiError(400, 'UNKNOWN_RULE', `未知规则：${unknown.join('、')}`);
      const dir = await datasetDir(request.body.dataset);
      const id = `JK-${toShanghaiInstant().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
      const total = request.body.rules?.length || rules.length;
      const { rows } = await ctx.db.query<RunRow>(
        `INSERT INTO monitor_runs (id, jurisdiction_id, dataset, status, rules_total, started_by) VALUES ($1, $2, $3, 'running', $4, $5) RETURNING *`,
        [id, p.jurisdiction, request.body.dataset, total, p.name],
      );
      const job = (async () => {
        try {
          const result = await runMonitor({
            dataDir: dir,
            ...(request.body.rules?.length ? { ruleIds: request.body.rules } : {}),
            onRuleStart: (rule) => void ctx.db.query('UPDATE monitor_runs SET current_rule = $2 WHERE id = $1', [id, rule.name]).catch(() => undefined),
            onRuleDone: (_rule, _t, index) => void ctx.db.query('UPDATE monitor_runs SET rules_done = $2 WHERE id = $1', [id, index + 1]).catch(() => undefined),
          });
          const today = todayInShanghai();
          await ctx.db.transaction(async (tx) => {
            for (const lead of result.leads) {
              const review = startReview({ ruleId: lead.ruleIds[0]!, hitKey: lead.id }, today);
              await tx.query(
                `INSERT INTO monitor_leads (id, run_id, jurisdiction_id, party_kind, party_code, party_name, matter_id, article, amount_fen, result_type, rule_ids, hit_count, lead, review,
                                            suspect_hits, suspect_fund_fen, indicators)
                 VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)`,
                [lead.id, id, p.jurisdiction, lead.party.kind, lead.party.code, lead.party.name ?? null, lead.matterId, lead.article, lead.amountFen, lead.resultType, lead.ruleIds,
                  lead.hits.length, jsonText(storedLead(lead)), JSON.stringify(review), lead.suspect.hits, lead.suspect.fundFen, lead.indicators],
              );
            }
            const summary = {
              leads: result.leads.length, hits: result.pack.hits.length,
              amountFen: result.leads.reduce((a, l) => a + l.amountFen, 0),
              suspectFundFen: result.leads.reduce((a, l) => a + l.suspect.fundFen, 0),
              quarantinedRows: result.load.quarantined, rulesRun: result.rules.length, unchecked: result.unchecked,
            };
            await tx.query(`UPDATE monitor_runs SET status = 'done', rules_done = rules_total, current_rule = NULL, summary = $2, finished_at = now() WHERE id = $1`, [id, JSON.stringify(summary)]);
          });
        } catch (err) {
          request.log.error({ err }, 'monitor run failed');
          await ctx.db.query(`UPDATE monitor_runs SET status = 'failed', error = $2, finished_at = now() WHERE id = $1`, [id, err instanceof Error ? err.message : String(err)]).catch(() => undefined);
        }
      })();
      running.add(job);
      void job.finally(() => running.delete(job));
      reply.code(202);
      return runView(rows[0]!);
    },
  );

  app.get('/api/monitor/runs', { schema: { tags: ['智能监控'], summary: '监控运行（本辖区）', response: { 200: z.array(RunView), 401: ErrorBody, 403: ErrorBody } } }, async (request) => {
    const p = requirePermission(request, 'monitor.read');
    const s = scoped(p);
    return (await ctx.db.query<RunRow>(`SELECT * FROM monitor_runs WHERE ${s.where} ORDER BY started_at DESC LIMIT 50`, s.params)).rows.map(runView);
  });

  app.get(
    '/api/monitor/runs/:id',
    { schema: { tags: ['智能监控'], summary: '运行进度', params: z.object({ id: z.string().max(40) }), response: { 200: RunView, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } } },
    async (request) => {
      const p = requirePermission(request, 'monitor.read');
      const s = scoped(p);
      const { rows } = await ctx.db.query<RunRow>(`SELECT * FROM monitor_runs WHERE ${s.where} AND id = $3`, [...s.params, request.params.id]);
      if (!rows[0]) throw notFound('监控运行');
      return runView(rows[0]);
    },
  );

  app.get(
    '/api/monitor/runs/:id/leads',
    {
      schema: {
        tags: ['智能监控'],
        summary: '线索（按机构、人员归集），按金额排序',
        params: z.object({ id: z.string().max(40) }),
        querystring: z.object({ kind: z.enum(['institution', 'person']).optional(), status: z.string().max(10).optional() }),
        response: { 200: z.array(LeadSummary), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'monitor.read');
      const s = scoped(p);
      // another jurisdiction's run is not found (not an empty list)
      const run = await ctx.db.query<{ id: string }>(`SELECT id FROM monitor_runs WHERE ${s.where} AND id = $3`, [...s.params, request.params.id]);
      if (!run.rows[0]) throw notFound('监控运行');
      const params = [...s.params, request.params.id];
      let where = `${s.where} AND run_id = $3`;
      if (request.query.kind) where += ` AND party_kind = $${params.push(request.query.kind)}`;
      if (request.query.status) where += ` AND review->>'status' = $${params.push(request.query.status)}`;
      const { rows } = await ctx.db.query<LeadRow>(
        `SELECT id, run_id, jurisdiction_id, party_kind, party_code, party_name, matter_id, article, amount_fen, result_type, rule_ids, hit_count, '{}'::jsonb AS lead, review, case_id,
                suspect_hits, suspect_fund_fen, indicators
           FROM monitor_leads WHERE ${where} ORDER BY amount_fen DESC, suspect_fund_fen DESC, id LIMIT 1000`,
        params,
      );
      return rows.map(leadSummary);
    },
  );

  app.get(
    '/api/monitor/runs/:id/leads/:lead',
    {
      schema: {
        tags: ['智能监控'],
        summary: '线索详情：证据行、审核记录',
        params: z.object({ id: z.string().max(40), lead: z.string().max(40) }),
        response: {
          200: LeadSummary.extend({
            rules: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), hits: z.number(), lossFen: z.number() })),
            citations: z.array(Citation.extend({ kind: z.string(), ruleIds: z.array(z.string()) })),
            evidence: z.array(z.object({
              ruleId: z.string(), ruleName: z.string(), kind: z.string(), hitKey: z.string(), mdtrtId: z.string().nullable(), feedetlSn: z.string().nullable(),
              occurDate: z.string().nullable(), amountFen: z.number(), lossFen: z.number(), money: Money, reason: z.string(), citation: Citation,
              diagnoses: z.array(z.object({ code: z.string(), name: z.string().nullable(), main: z.boolean() })), lines: z.array(EvidenceLine), lineCount: z.number(),
              caveats: z.array(z.string()), details: z.record(z.string(), z.unknown()),
            })),
            caveats: z.array(z.string()),
            history: z.array(z.record(z.string(), z.unknown())),
            firstDate: z.string().nullable(),
            lastDate: z.string().nullable(),
          }),
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'monitor.read');
      const row = await loadLead(p, request.params.id, request.params.lead);
      const lead = json<Lead>(row.lead);
      const review = json<ReviewState>(row.review);
      const kindOf = (h: Lead['hits'][number]): string => h.detail?.kind ?? (rules.find((r) => r.id === h.ruleId)?.resultType ?? '可疑');
      return {
        ...leadSummary(row),
        rules: lead.ruleIds.map((r) => {
          const hs = lead.hits.filter((h) => h.ruleId === r);
          return { id: r, name: ruleNames[r] ?? r, kind: hs[0] ? kindOf(hs[0]) : '可疑', hits: hs.length, lossFen: hs.reduce((a, h) => a + (h.detail?.lossFen ?? 0), 0) };
        }),
        citations: (lead.citations ?? []).map((c) => ({ article: c.article, label: c.label, text: c.text, kind: c.kind, ruleIds: c.ruleIds })),
        evidence: lead.hits.slice(0, 200).map((h) => ({
          ruleId: h.ruleId, ruleName: ruleNames[h.ruleId] ?? h.ruleId, kind: kindOf(h), hitKey: h.hitKey, mdtrtId: h.mdtrtId, feedetlSn: h.feedetlSn, occurDate: h.occurDate,
          amountFen: h.amountFen, lossFen: h.detail?.lossFen ?? 0, money: h.detail?.money ?? { grossFen: h.amountFen, fundFen: 0, patientFen: 0 },
          reason: h.detail?.reason ?? '', citation: h.detail?.citation ?? { article: '', label: '', text: '' }, diagnoses: h.detail?.diagnoses ?? [],
          lines: h.detail?.lines ?? [], lineCount: h.detail?.lineCount ?? 0, caveats: h.detail?.caveats ?? [], details: h.evidence as Record<string, unknown>,
        })),
        caveats: lead.caveats ?? [],
        history: review.history as unknown as Array<Record<string, unknown>>,
        firstDate: lead.firstDate,
        lastDate: lead.lastDate,
      };
    },
  );

  app.post(
    '/api/monitor/runs/:id/leads/:lead/review',
    {
      schema: {
        tags: ['智能监控'],
        summary: '审核线索：初审通过、复审维持、申诉、期满未申诉、核实、认定或排除',
        params: z.object({ id: z.string().max(40), lead: z.string().max(40) }),
        body: z.object({ action: z.enum(['pass', 'confirm-doubt', 'appeal', 'no-appeal', 'verify', 'confirm', 'dismiss']), note: z.string().max(1000).optional(), on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
        response: { 200: LeadSummary, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const p = requirePermission(request, 'monitor.write');
      const row = await loadLead(p, request.params.id, request.params.lead);
      let next: ReviewState;
      try {
        next = applyReviewAction(json<ReviewState>(row.review), { type: request.body.action, by: p.name, on: request.body.on ?? todayInShanghai(), ...(request.body.note ? { note: request.body.note } : {}) });
      } catch (err) {
        if (err instanceof ReviewError) throw new ApiError(409, `REVIEW_${err.code}`, err.message);
        throw err;
      }
      const { rows } = await ctx.db.query<LeadRow>('UPDATE monitor_leads SET review = $3 WHERE run_id = $1 AND id = $2 RETURNING *', [row.run_id, row.id, JSON.stringify(next)]);
      return leadSummary(rows[0]!);
    },
  );

  app.post(
    '/api/monitor/runs/:id/leads/:lead/case',
    {
      schema: {
        tags: ['智能监控'],
        summary: '由线索开立行政处罚案件（已认定的线索；违法金额、依据、证据随案）',
        params: z.object({ id: z.string().max(40), lead: z.string().max(40) }),
        response: { 201: z.object({ caseId: z.string(), item: z.string().nullable() }), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const p = requirePermission(request, 'case.write');
      const row = await loadLead(p, request.params.id, request.params.lead);
      if (row.case_id) throw new ApiError(409, 'LEAD_HAS_CASE', `该线索已立案：${row.case_id}`);
      const review = json<ReviewState>(row.review);
      if (review.status !== '已确认') throw new ApiError(409, 'LEAD_NOT_CONFIRMED', `线索审核尚未认定（当前：${review.status}），不能开案`);
      const lead = json<Lead>(row.lead);
      const input = leadToPenaltyCaseInput(lead, rules);
      // the catalog item of the matter, from the officer's own jurisdiction's catalog first, then those above it
      const visible = (await ctx.catalogs.all())
        .filter((c) => CatalogRepository.visible(c, p.jurisdiction) && ancestorsOf(p.jurisdiction).includes(c.jurisdiction))
        .sort((a, b) => b.jurisdiction.length - a.jurisdiction.length);
      let state;
      try {
        state = await openCaseFromLead(cases.service, input, p.name, {
          // the latest edition of each; a later edition's items are named with it (`<id>@<edition>#<seq>`), since `<id>#<seq>` is edition 1
          bureauCatalogs: visible.map((c) => ({ stem: c.edition > 1 ? `${c.id}@${c.edition}` : c.id, catalog: c.catalog })),
          extraFacts: { 监控运行: row.run_id },
          jurisdiction: row.jurisdiction_id,
          now: ctx.now(),
        });
      } catch (err) {
        throw new ApiError(400, 'CASE_OPEN_FAILED', err instanceof Error ? err.message : String(err));
      }
      const item = state.item?.ref ?? null;
      await ctx.db.query('UPDATE monitor_leads SET case_id = $3 WHERE run_id = $1 AND id = $2', [row.run_id, row.id, state.id]);
      ctx.caseCache.invalidate();
      reply.code(201);
      return { caseId: state.id, item };
    },
  );
}
