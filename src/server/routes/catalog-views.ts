// JSON views of catalogs and items shared by the console and the public portal.
import { z } from 'zod';
import { nameNeedsVerification, type CatalogItem, type LintFinding } from '../../catalog/index.js';
import type { Corpus } from '../../law/index.js';
import type { StoredCatalog } from '../catalogs.js';
import { jurisdiction } from '../jurisdictions.js';

export const CatalogSummary = z.object({
  id: z.string(),
  title: z.string(),
  issuer: z.string().describe('清单上的发布机关'),
  jurisdiction: z.string(),
  jurisdictionName: z.string(),
  level: z.string(),
  year: z.number().optional(),
  asOf: z.string(),
  items: z.number(),
  gaps: z.array(z.object({ seq: z.number(), reason: z.string() })),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  importedAt: z.string(),
  findings: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
  edition: z.number().describe('本清单的版次（最新版）'),
  publishedEdition: z.number().nullable().describe('公示的版次'),
  format: z.string().optional().describe('来源文件格式'),
});

export function catalogSummary(c: StoredCatalog): z.infer<typeof CatalogSummary> {
  const count = (s: string) => c.findings.filter((f) => f.severity === s).length;
  return {
    id: c.id,
    title: c.title,
    issuer: c.catalog.jurisdiction,
    jurisdiction: c.jurisdiction,
    jurisdictionName: jurisdiction(c.jurisdiction)?.name ?? c.jurisdiction,
    level: c.catalog.level,
    ...(c.catalog.year !== undefined ? { year: c.catalog.year } : {}),
    asOf: c.catalog.asOf,
    items: c.catalog.items.length,
    gaps: c.catalog.gaps,
    published: c.published,
    publishedAt: c.publishedAt,
    importedAt: c.importedAt,
    findings: { error: count('error'), warning: count('warning'), info: count('info') },
    edition: c.edition,
    publishedEdition: c.publishedEdition,
    ...(c.catalog.source.format ? { format: c.catalog.source.format } : {}),
  };
}

export const ItemSummary = z.object({
  catalogId: z.string(),
  catalogTitle: z.string(),
  jurisdiction: z.string(),
  jurisdictionName: z.string(),
  seq: z.number(),
  name: z.string(),
  kind: z.string(),
  rawKind: z.string(),
  departments: z.array(z.string()),
  exercisingBody: z.array(z.string()).describe('行使主体'),
  targets: z.array(z.string()),
  matter: z.object({ id: z.string(), name: z.string() }).nullable(),
  findings: z.number(),
  errors: z.number(),
  ref: z.string().describe('稳定引用：<清单>@<版次>#<序号>'),
  truncated: z.boolean().optional().describe('来源在此项中途截断'),
  nameConfidence: z.number().optional().describe('OCR 恢复名称的置信度'),
  nameToVerify: z.boolean().optional().describe('名称待核实（OCR 置信度低）'),
});

export function itemSummary(c: StoredCatalog, item: CatalogItem): z.infer<typeof ItemSummary> {
  const mine = c.findings.filter((f) => f.item === item.seq);
  return {
    catalogId: c.id,
    catalogTitle: c.title,
    jurisdiction: c.jurisdiction,
    jurisdictionName: jurisdiction(c.jurisdiction)?.name ?? c.jurisdiction,
    seq: item.seq,
    name: item.name,
    kind: item.kind,
    rawKind: item.rawKind,
    departments: item.departments,
    exercisingBody: item.exercisingBody ?? [],
    targets: item.targets,
    matter: item.matter,
    findings: mine.length,
    errors: mine.filter((f) => f.severity === 'error').length,
    ref: `${c.id}@${c.edition}#${item.seq}`,
    ...(item.truncated ? { truncated: true } : {}),
    ...(item.nameRecovery ? { nameConfidence: item.nameRecovery.confidence } : {}),
    ...(nameNeedsVerification(item) ? { nameToVerify: true } : {}),
  };
}

export const Finding = z.object({
  item: z.number(),
  severity: z.enum(['error', 'warning', 'info']),
  rule: z.string(),
  message: z.string(),
  found: z.string().optional(),
  expected: z.string().optional(),
  citation: z.string().optional(),
  line: z.number().optional(),
});

export function findingView(f: LintFinding): z.infer<typeof Finding> {
  return {
    item: f.item,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
    ...(f.found !== undefined ? { found: f.found } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.citation !== undefined ? { citation: f.citation } : {}),
    ...(f.line !== undefined ? { line: f.line } : {}),
  };
}

export const ItemDetail = ItemSummary.extend({
  subItems: z.array(z.string()),
  bases: z.array(
    z.object({
      text: z.string(),
      category: z.string().optional(),
      citations: z.array(
        z.object({
          raw: z.string(),
          statute: z.string(),
          article: z.number(),
          paragraph: z.number().optional(),
          item: z.number().optional(),
          resolved: z.boolean(),
          reason: z.string().optional(),
          detail: z.string().optional(),
          quote: z.string().optional(),
          version: z.string().optional(),
          byReference: z.boolean().optional(),
          quoteIsOnlyText: z.boolean().optional(),
          statuteText: z.string().optional().describe('所引条文（适用版本）的原文'),
          statuteLabel: z.string().optional(),
        }),
      ),
    }),
  ),
  duties: z.array(z.object({ step: z.string(), label: z.string(), text: z.string(), basis: z.string().optional() })),
  dutyBasis: z.string().optional().describe('责任事项依据'),
  accountable: z.array(z.string()),
  accountability: z.object({ situations: z.string().optional(), basis: z.string().optional() }).optional().describe('追责情形及依据'),
  implementationLevel: z.string().optional().describe('实施层级'),
  domain: z.string().optional().describe('执法领域'),
  timeLimit: z.string().optional().describe('期限'),
  extra: z.record(z.string(), z.string()).describe('清单中其他栏目（原文）'),
  notes: z.string().optional(),
  nameRecovery: z.object({ raw: z.string(), confidence: z.number(), method: z.string() }).optional(),
  lintFindings: z.array(Finding),
  lines: z.tuple([z.number(), z.number()]),
});

export function itemDetail(c: StoredCatalog, item: CatalogItem, corpus: Corpus, withFindings: boolean): z.infer<typeof ItemDetail> {
  return {
    ...itemSummary(c, item),
    subItems: item.subItems,
    bases: item.bases.map((b) => ({
      text: b.text,
      ...(b.category ? { category: b.category } : {}),
      citations: b.citations.map((ci) => {
        const article = ci.resolved ? corpus.article(ci.statute, ci.article, ci.version ?? c.catalog.asOf) : undefined;
        let statuteText: string | undefined;
        if (article) {
          const para = ci.paragraph !== undefined ? article.paragraphs[ci.paragraph - 1] : undefined;
          statuteText = para ? [para.text, ...para.items.map((i) => i.text)].join('\n') : article.text;
        }
        return {
          raw: ci.raw,
          statute: ci.statute,
          article: ci.article,
          ...(ci.paragraph !== undefined ? { paragraph: ci.paragraph } : {}),
          ...(ci.item !== undefined ? { item: ci.item } : {}),
          resolved: ci.resolved,
          ...(ci.reason ? { reason: ci.reason } : {}),
          ...(ci.detail ? { detail: ci.detail } : {}),
          ...(ci.quote ? { quote: ci.quote } : {}),
          ...(ci.version ? { version: ci.version } : {}),
          ...(ci.byReference ? { byReference: true } : {}),
          ...(ci.quoteIsOnlyText ? { quoteIsOnlyText: true } : {}),
          ...(statuteText ? { statuteText, statuteLabel: `《${article!.statute}》（${article!.version}）${article!.label}${ci.paragraph ? `第${ci.paragraph}款` : ''}` } : {}),
        };
      }),
    })),
    duties: item.duties.map((d) => ({ step: d.step, label: d.label, text: d.text, ...(d.basis ? { basis: d.basis } : {}) })),
    ...(item.dutyBasis ? { dutyBasis: item.dutyBasis } : {}),
    accountable: item.accountable,
    ...(item.accountability ? { accountability: item.accountability } : {}),
    ...(item.implementationLevel ? { implementationLevel: item.implementationLevel } : {}),
    ...(item.domain ? { domain: item.domain } : {}),
    ...(item.timeLimit ? { timeLimit: item.timeLimit } : {}),
    extra: item.extra,
    ...(item.notes ? { notes: item.notes } : {}),
    ...(item.nameRecovery ? { nameRecovery: item.nameRecovery } : {}),
    lintFindings: withFindings ? c.findings.filter((f) => f.item === item.seq).map(findingView) : [],
    ...(withFindings ? {} : { findings: 0, errors: 0 }),
    lines: item.lines,
  };
}

/** Chinese search: every whitespace-separated term must occur in the item's text. */
export function matchesQuery(item: CatalogItem, q: string | undefined): boolean {
  if (!q) return true;
  const hay = [item.name, item.rawKind, item.kind, ...item.subItems, ...item.departments, ...(item.exercisingBody ?? []), ...item.targets, item.matter?.name ?? '', ...item.bases.map((b) => b.text)]
    .join('\n')
    .toLowerCase();
  return q
    .toLowerCase()
    .split(/[\s\u3000,，]+/)
    .filter(Boolean)
    .every((t) => hay.includes(t));
}
