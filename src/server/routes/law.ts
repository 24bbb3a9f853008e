// 法规: statutes, their versions and articles (public legal text: any signed-in role).
import { z } from 'zod';
import { parseCitations, resolveCitation, type Article } from '../../law/index.js';
import { requirePermission } from '../auth.js';
import { ApiError, ErrorBody, notFound } from '../errors.js';
import type { App, ServerContext } from '../context.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const ArticleView = z.object({
  statute: z.string(),
  version: z.string(),
  number: z.number(),
  label: z.string(),
  chapter: z.string().optional(),
  section: z.string().optional(),
  text: z.string(),
  paragraphs: z.array(z.object({ number: z.number(), text: z.string(), items: z.array(z.object({ number: z.number(), text: z.string() })) })),
});

export function articleView(a: Article): z.infer<typeof ArticleView> {
  return {
    statute: a.statute,
    version: a.version,
    number: a.number,
    label: a.label,
    ...(a.chapter ? { chapter: a.chapter } : {}),
    ...(a.section ? { section: a.section } : {}),
    text: a.text,
    paragraphs: a.paragraphs.map((p) => ({ number: p.number, text: p.text, items: p.items.map((i) => ({ number: i.number, text: i.text })) })),
  };
}

const StatuteSummary = z.object({
  title: z.string(),
  shortTitle: z.string(),
  aliases: z.array(z.string()),
  available: z.boolean(),
  versions: z.array(z.object({ version: z.string(), effective: z.string(), articles: z.number() })),
  missing: z.object({ wantedVersion: z.string(), note: z.string() }).optional(),
});

export function lawRoutes(app: App, ctx: ServerContext): void {
  const statutes = () =>
    ctx.corpus.statutes.map((s) => ({
      title: s.title,
      shortTitle: s.shortTitle,
      aliases: s.aliases,
      available: s.available,
      versions: s.versions.map((v) => ({ version: v.version, effective: v.effective, articles: v.articles.size })),
      ...(s.missing ? { missing: s.missing } : {}),
    }));

  app.get('/api/statutes', { schema: { tags: ['法规'], summary: '法规目录', response: { 200: z.array(StatuteSummary), 401: ErrorBody, 403: ErrorBody } } }, async (request) => {
    requirePermission(request, 'statute.read');
    return statutes();
  });

  app.get(
    '/api/statutes/:title',
    {
      schema: {
        tags: ['法规'],
        summary: '某一法规在某日施行的文本（全部条文）',
        params: z.object({ title: z.string().min(1).max(100) }),
        querystring: z.object({ date: date.optional() }),
        response: { 200: StatuteSummary.extend({ version: z.string(), articles: z.array(ArticleView) }), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      requirePermission(request, 'statute.read');
      const statute = ctx.corpus.statute(request.params.title);
      if (!statute) throw notFound(`法规《${request.params.title}》`);
      const version = ctx.corpus.version(statute.title, request.query.date);
      const summary = statutes().find((s) => s.title === statute.title)!;
      return { ...summary, version: version?.version ?? '', articles: version ? [...version.articles.values()].map(articleView) : [] };
    },
  );

  app.get(
    '/api/statutes/:title/articles/:number',
    {
      schema: {
        tags: ['法规'],
        summary: '条文（按日期取当时施行的版本）',
        params: z.object({ title: z.string().min(1).max(100), number: z.coerce.number().int().positive().max(10000) }),
        querystring: z.object({ date: date.optional() }),
        response: { 200: ArticleView, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      requirePermission(request, 'statute.read');
      const statute = ctx.corpus.statute(request.params.title);
      if (!statute) throw notFound(`法规《${request.params.title}》`);
      if (!statute.available) throw new ApiError(404, 'TEXT_UNAVAILABLE', `《${statute.title}》暂无文本`);
      const article = ctx.corpus.article(statute.title, request.params.number, request.query.date);
      if (!article) throw notFound(`《${statute.title}》第${request.params.number}条`);
      return articleView(article);
    },
  );

  app.post(
    '/api/citations/resolve',
    {
      schema: {
        tags: ['法规'],
        summary: '解析引用（如《条例》第四十条第一款）并返回条文',
        body: z.object({ text: z.string().min(1).max(5000), date: date.optional() }),
        response: {
          200: z.array(
            z.object({
              raw: z.string(),
              statute: z.string().nullable(),
              article: z.number(),
              paragraph: z.number().optional(),
              item: z.number().optional(),
              resolved: z.boolean(),
              reason: z.string().optional(),
              text: z.string().optional(),
            }),
          ),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
        },
      },
    },
    async (request) => {
      requirePermission(request, 'statute.read');
      const out = [];
      for (const c of parseCitations(request.body.text)) {
        for (const r of resolveCitation(c, ctx.corpus, request.body.date)) {
          out.push({
            raw: c.raw,
            statute: r.statute || null,
            article: r.article,
            ...(r.paragraph !== undefined ? { paragraph: r.paragraph } : {}),
            ...(r.item !== undefined ? { item: r.item } : {}),
            resolved: r.resolved,
            ...(r.reason ? { reason: r.detail ?? r.reason } : {}),
            ...(r.articleText ? { text: r.articleText.text } : {}),
          });
        }
      }
      return out;
    },
  );
}
