// 处罚计算: facts in, measures out — each with its article and text, the discretion tier
// and the procedure it calls for (src/law sanctions).
import { z } from 'zod';
import { computePenalty, FLAGS, knownJurisdictions, listSanctionRules, PARTIES, PenaltyError, PenaltyFactsSchema } from '../../law/index.js';
import { requirePermission } from '../auth.js';
import { ApiError, ErrorBody } from '../errors.js';
import type { App, ServerContext } from '../context.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const PenaltyRequest = z.object({
  article: z.string().min(3).max(80).describe('法规简称:条号，如 医疗保障基金使用监督管理条例:40'),
  facts: PenaltyFactsSchema,
  jurisdiction: z.string().max(40).optional().describe('裁量基准所属地区（见 /api/penalty/vocabulary）'),
  onDate: date.optional(),
});

export function penaltyRoutes(app: App, _ctx: ServerContext): void {
  app.get(
    '/api/penalty/rules',
    {
      schema: {
        tags: ['处罚计算'],
        summary: '处罚规则（每条对应的法条、当事人、违法行为）',
        response: {
          200: z.array(z.object({ key: z.string(), statute: z.string(), fullTitle: z.string(), article: z.number(), parties: z.array(z.string()), conduct: z.string(), restsOnQuote: z.boolean(), redirectOnly: z.boolean() })),
          401: ErrorBody,
          403: ErrorBody,
        },
      },
    },
    async (request) => {
      requirePermission(request, 'penalty.compute');
      return listSanctionRules().map(({ parameters: _p, ...r }) => ({ ...r, parties: [...r.parties] }));
    },
  );

  app.get(
    '/api/penalty/vocabulary',
    { schema: { tags: ['处罚计算'], summary: '当事人、情节、裁量基准地区', response: { 200: z.object({ parties: z.array(z.string()), flags: z.array(z.string()), jurisdictions: z.array(z.string()) }), 401: ErrorBody, 403: ErrorBody } } },
    async (request) => {
      requirePermission(request, 'penalty.compute');
      return { parties: [...PARTIES], flags: [...FLAGS], jurisdictions: knownJurisdictions() };
    },
  );

  app.post(
    '/api/penalty/compute',
    {
      schema: {
        tags: ['处罚计算'],
        summary: '计算法律后果（措施、幅度、裁量档次、程序要求），金额单位为分',
        body: PenaltyRequest,
        response: { 200: z.record(z.string(), z.unknown()), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      requirePermission(request, 'penalty.compute');
      const { article, facts, jurisdiction, onDate } = request.body;
      try {
        return computePenalty(article, facts, { ...(jurisdiction ? { jurisdiction } : {}), ...(onDate ? { onDate } : {}) }) as unknown as Record<string, unknown>;
      } catch (err) {
        if (err instanceof PenaltyError) throw new ApiError(400, err.code, err.message);
        throw err;
      }
    },
  );
}
