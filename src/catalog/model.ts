// The catalog model: a jurisdiction's enforcement catalog (行政执法事项清单 /
// 权力清单和责任清单) and its items, as zod schemas with their exported JSON Schema.
import { z } from 'zod';

/** 职权类型: the kind of administrative power an item exercises. Exactly one per item. */
export const POWER_KINDS = ['行政处罚', '行政强制', '行政检查', '行政给付', '行政确认', '行政奖励', '其他行政职权'] as const;
export const PowerKind = z.enum(POWER_KINDS);
export type PowerKind = z.infer<typeof PowerKind>;

/** 层级 of the jurisdiction that issued the catalog. */
export const JurisdictionLevel = z.enum(['省', '市', '县区']);
export type JurisdictionLevel = z.infer<typeof JurisdictionLevel>;

/** Lines [first, last] (1-based, inclusive) of the source file a value came from. */
export const LineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);
export type LineRange = z.infer<typeof LineRange>;

/** A citation found in a basis cell, resolved (or not) against the statute corpus. */
export const ItemCitation = z.object({
  /** Full title of the statute as resolved (or as written when unknown). */
  statute: z.string(),
  article: z.number().int().positive(),
  paragraph: z.number().int().positive().optional(),
  item: z.number().int().positive().optional(),
  resolved: z.boolean(),
  /** Why it did not resolve: 法规未知 / 无法规文本 / 条号超出范围 / 款号超出范围 / 项号超出范围 / 未写明法规. */
  reason: z.string().optional(),
  /** The reason explained in a sentence. */
  detail: z.string().optional(),
  /** The text the catalog quotes for this article, if it quotes one. */
  quote: z.string().optional(),
  /** The citation exactly as written in the cell. */
  raw: z.string(),
  /** Version date (YYYY-MM-DD) of the statute text it resolved to. */
  version: z.string().optional(),
  /** True for 参照 (by reference) citations. */
  byReference: z.boolean().optional(),
  /** The quote is the only known text of the article (statute text unavailable). */
  quoteIsOnlyText: z.boolean().optional(),
});
export type ItemCitation = z.infer<typeof ItemCitation>;

/** One 实施依据 cell segment: the raw text and the citations parsed from it. */
export const Basis = z.object({
  text: z.string(),
  lines: LineRange,
  citations: z.array(ItemCitation),
  /** The column or tag the segment came from (法律, 行政法规, 部门规章 …: 【法律】 blocks, OCR columns). */
  category: z.string().optional(),
});
export type Basis = z.infer<typeof Basis>;

/** The steps of the 责任事项 chain. */
export const DUTY_STEPS = [
  '受理', '立案', '调查', '审查', '告知', '决定', '送达', '执行', '检查', '处置', '事后监管', '审核', '支付', '公示', '其他',
] as const;
export const DutyStep = z.enum(DUTY_STEPS);
export type DutyStep = z.infer<typeof DutyStep>;

/** One 责任事项: a step of the duty chain with its text and legal basis. */
export const Duty = z.object({
  step: DutyStep,
  /** The heading as written, e.g. 立案责任. */
  label: z.string(),
  text: z.string(),
  basis: z.string().optional(),
  lines: LineRange.optional(),
});
export type Duty = z.infer<typeof Duty>;

/** How an OCR-recovered field was recovered. */
export const Recovery = z.object({
  /** The raw (scrambled) text as read from the source. */
  raw: z.string(),
  /** 0..1: how sure the recovery is. */
  confidence: z.number().min(0).max(1),
  method: z.string(),
});
export type Recovery = z.infer<typeof Recovery>;

export const CatalogItem = z.object({
  seq: z.number().int().positive(),
  /** True when the number was not in the source and was inferred from the sequence. */
  seqInferred: z.boolean().optional(),
  name: z.string(),
  /** Present when `name` was recovered (OCR): the raw text and a confidence. */
  nameRecovery: Recovery.optional(),
  kind: PowerKind,
  /** The kind as written in the source (行政监督检查, 其他职权, "行 检" …). */
  rawKind: z.string(),
  kindRecovery: Recovery.optional(),
  subItems: z.array(z.string()),
  targets: z.array(z.string()),
  /** 承办机构 / 责任科室: the office inside the bureau that runs the item. */
  departments: z.array(z.string()),
  /** 行使主体 / 实施主体 / 执法主体: the body that exercises the power (not its office). */
  exercisingBody: z.array(z.string()).optional(),
  /** 实施层级 / 行使层级 as written (省级、市级、县级 …). */
  implementationLevel: z.string().optional(),
  /** 执法领域 / 监管领域 as written. */
  domain: z.string().optional(),
  /** 期限 / 时限 as written. */
  timeLimit: z.string().optional(),
  bases: z.array(Basis),
  duties: z.array(Duty),
  /** 责任事项依据 as written. */
  dutyBasis: z.string().optional(),
  /** Citations parsed from 责任事项依据 (filled by enrichment). */
  dutyCitations: z.array(ItemCitation).optional(),
  /** 追责对象. */
  accountable: z.array(z.string()),
  /** 追责情形 and 追责依据 as written. */
  accountability: z.object({ situations: z.string().optional(), basis: z.string().optional() }).optional(),
  notes: z.string().optional(),
  /** The source row was cut off (the file or excerpt ends inside it): some columns are missing. */
  truncated: z.boolean().optional(),
  matter: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Why no matter could be linked, or how it was linked. */
  matterReason: z.string().optional(),
  /** Source lines of the item and of each field. */
  lines: LineRange,
  fieldLines: z.record(z.string(), LineRange),
  /** Other columns of the source kept verbatim (实施层级, 执法领域 …). */
  extra: z.record(z.string(), z.string()),
});
export type CatalogItem = z.infer<typeof CatalogItem>;

/** An item number the source should have but does not (lost row, truncation). */
export const Gap = z.object({ seq: z.number().int().positive(), reason: z.string() });
export type Gap = z.infer<typeof Gap>;

/**
 * tsv-html, word-blocks, table-per-item, ocr-pdf: the four text shapes of the seeds.
 * table: any other table (Excel, Word, PDF, web page, or text with any delimiter) read by
 * column meaning; prose: items written as numbered paragraphs or sections.
 */
export const SOURCE_SHAPES = ['tsv-html', 'word-blocks', 'table-per-item', 'ocr-pdf', 'table', 'prose'] as const;
export const SourceShape = z.enum(SOURCE_SHAPES);
export type SourceShape = z.infer<typeof SourceShape>;

/** Something the importer noticed about the source as a whole (truncation, encoding …). */
export const ImportNote = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  line: z.number().int().positive().optional(),
});
export type ImportNote = z.infer<typeof ImportNote>;

export const Catalog = z.object({
  jurisdiction: z.string(),
  level: JurisdictionLevel,
  year: z.number().int().optional(),
  title: z.string(),
  /** Date the catalog speaks for (YYYY-MM-DD): used to pick statute versions. */
  asOf: z.string(),
  source: z.object({
    file: z.string(),
    sha256: z.string(),
    shape: SourceShape,
    encoding: z.string(),
    lines: z.number().int().nonnegative(),
    /** File format: text, xlsx, xls, docx, pdf, html. */
    format: z.string().optional(),
    /** How each column of a table was read: header, field, confidence (table shapes). */
    columns: z
      .array(z.object({ index: z.number().int().nonnegative(), header: z.string(), field: z.string().nullable(), confidence: z.number().min(0).max(1), guessed: z.boolean() }))
      .optional(),
  }),
  items: z.array(CatalogItem),
  gaps: z.array(Gap),
  notes: z.array(ImportNote),
});
export type Catalog = z.infer<typeof Catalog>;

/** Below this confidence a recovered (OCR) name is shown and exported as 待核实. */
export const NAME_CONFIDENCE_THRESHOLD = 0.6;

/** True when an item's name was recovered with a confidence below the threshold. */
export function nameNeedsVerification(item: Pick<CatalogItem, 'nameRecovery'>): boolean {
  return item.nameRecovery !== undefined && item.nameRecovery.confidence < NAME_CONFIDENCE_THRESHOLD;
}

/** The name as shown and exported: a doubtful recovered name carries its confidence. */
export function displayName(item: Pick<CatalogItem, 'name' | 'nameRecovery'>): string {
  if (!item.nameRecovery) return item.name;
  const c = item.nameRecovery.confidence.toFixed(2);
  return nameNeedsVerification(item) ? `${item.name}（待核实，识别置信度 ${c}）` : `${item.name}（识别置信度 ${c}）`;
}

/** JSON Schema of a catalog, for other tools. */
export function catalogJsonSchema(): unknown {
  return z.toJSONSchema(Catalog);
}
