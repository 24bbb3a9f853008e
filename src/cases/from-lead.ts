// Opens a 行政处罚（普通程序）case from a lead (线索) of the smart-monitoring module: the
// catalog item of the lead's matter, the party, the facts found by the rules and the
// amount at issue as penalty facts, so that the range the penalty module computes at
// 调查终结 is the one of the lead's amount.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importCatalogFile, type Catalog } from '../catalog/index.js';
import type { PenaltyCaseInput } from '../monitor/index.js';
import type { CaseState } from './engine/types.js';
import type { PenaltyFactsInput, Violation } from './steps/inputs.js';
import { DEFAULT_CATALOG_DIR } from './procedure/load.js';
import { CaseError, type CaseService } from './service.js';

/** The procedure a case opened from a lead follows: 行政处罚 普通程序. */
export const LEAD_CASE_PROCEDURE = 'xzcf-putong';

/** A catalog with the stem its items are named by (ITEM_ID `<stem>#<seq>`). */
export interface NamedCatalog {
  stem: string;
  catalog: Catalog;
}

export interface OpenFromLeadOptions {
  /** The bureau's own catalog(s), searched before the seed catalogs. */
  bureauCatalogs?: NamedCatalog[];
  /** Folder of the seed catalogs (default data/catalogs). */
  seedCatalogDir?: string;
  /** An institution's kind for the penalty rules (default 定点医疗机构). */
  institutionType?: '定点医疗机构' | '定点零售药店';
  /** Instant of opening (ISO with +08:00); default now. */
  now?: string;
  /** Jurisdiction path of the case (the run's); default: the catalog item's. */
  jurisdiction?: string;
  /** More case facts (e.g. the server's 监控运行); they cannot replace the lead's own. */
  extraFacts?: Record<string, unknown>;
}

let seedCache: { dir: string; catalogs: NamedCatalog[] } | undefined;

/** The seed catalogs in file-name order. */
export function seedCatalogs(dir: string = DEFAULT_CATALOG_DIR): NamedCatalog[] {
  if (seedCache?.dir === dir) return seedCache.catalogs;
  const catalogs = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ stem: basename(f, '.txt'), catalog: importCatalogFile(join(dir, f)) }))
    : [];
  seedCache = { dir, catalogs };
  return catalogs;
}

/**
 * ITEM_ID of the 行政处罚 item of a matter: in the bureau's own catalogs when one has it,
 * else in the first seed catalog that has it; undefined when none has.
 */
export function catalogItemForMatter(matterId: string, opts: Pick<OpenFromLeadOptions, 'bureauCatalogs' | 'seedCatalogDir'> = {}): string | undefined {
  for (const c of [...(opts.bureauCatalogs ?? []), ...seedCatalogs(opts.seedCatalogDir)]) {
    const item = c.catalog.items.find((i) => i.matter?.id === matterId && i.kind === '行政处罚');
    if (item) return `${c.stem}#${item.seq}`;
  }
  return undefined;
}

/** `医疗保障基金使用监督管理条例:38:3` → the article as structure: statute, article, 项. */
export function violationOfArticle(article: string): Violation {
  const [statute, art, item] = article.split(':');
  if (!statute || !art || !/^\d+$/.test(art) || (item !== undefined && !/^\d+$/.test(item))) throw new CaseError('BAD_LEAD', `线索的条款格式错误：${article}`);
  return { 法规: statute, 条: Number(art), ...(item ? { 项: Number(item) } : {}) };
}

/** The evidence of a lead that proves its amount: its 明确违规 hits (可疑 hits and indicators are not). */
const provenEvidence = (input: PenaltyCaseInput): PenaltyCaseInput['evidence'] => input.evidence.filter((e) => (e.kind ?? '明确违规') === '明确违规');

/**
 * The penalty facts a lead supports: the amount at issue — the fund loss of its 明确违规 hits, as
 * the monitor computed it for the flagged party (never gross amounts, never 可疑 hits or
 * indicators) — and the period of those hits.
 */
export function penaltyFactsFromLead(input: PenaltyCaseInput): PenaltyFactsInput {
  const dates = provenEvidence(input).map((e) => e.occurDate).filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  return {
    amounts: { ...input.amounts },
    flags: [],
    ...(dates.length ? { actBegan: dates[0]!, actEnded: dates[dates.length - 1]! } : {}),
  };
}

/** The 调查终结 proposal a lead put in the case facts: the article and the facts, for the officers to check and complete. */
export function leadPenaltyProposal(state: CaseState): { violation: Violation; facts: PenaltyFactsInput } {
  const violation = state.facts.violation as Violation | undefined;
  const facts = state.facts.penaltyFacts as PenaltyFactsInput | undefined;
  if (!violation || typeof violation !== 'object' || !facts || typeof facts !== 'object') {
    throw new CaseError('NOT_FROM_LEAD', `案件 ${state.id} 不是由监控线索开立的（没有 violation / penaltyFacts）`);
  }
  return { violation, facts };
}

/** At most this many 疑点 are copied into a case (the rest stay in the lead, by its 线索编号). */
export const MAX_CASE_SUSPECTS = 500;

/** The lead's 明确违规 hits as the case's 疑点: number, what the rule found, day and fund loss. */
export function suspectsOfLead(input: PenaltyCaseInput): Array<{ 编号: string; 内容: string; 发生日期?: string; 涉及金额Fen: number }> {
  return provenEvidence(input)
    .slice(0, MAX_CASE_SUSPECTS)
    .map((e) => ({
      编号: `${e.ruleId}/${e.hitKey}`,
      内容: [`${e.ruleName}（${e.citation}）`, e.reason, e.mdtrtId ? `就诊 ${e.mdtrtId}` : '', e.feedetlSn ? `明细 ${e.feedetlSn}` : ''].filter(Boolean).join('；'),
      ...(e.occurDate && /^\d{4}-\d{2}-\d{2}$/.test(e.occurDate) ? { 发生日期: e.occurDate } : {}),
      涉及金额Fen: e.lossFen,
    }));
}

/**
 * Opens a 行政处罚 普通程序 case from the output of the monitor's `leadToPenaltyCaseInput`.
 * The case carries the catalog item of the lead's matter (when a catalog has it), the
 * party, the facts and evidence count, and `violation` + `penaltyFacts` (the amount at
 * issue) for the penalty range at 调查终结 (see `leadPenaltyProposal`).
 */
export async function openCaseFromLead(service: CaseService, input: PenaltyCaseInput, actor: string, opts: OpenFromLeadOptions = {}): Promise<CaseState> {
  const violation = violationOfArticle(input.article);
  const item = catalogItemForMatter(input.matterId, opts);
  const penaltyFacts = penaltyFactsFromLead(input);
  const partyName = input.party.name ?? (input.party.kind === 'person' ? `参保人员 ${input.party.code}` : `定点医药机构 ${input.party.code}`);
  return service.open({
    ...(item ? { item } : {}),
    procedure: LEAD_CASE_PROCEDURE,
    ...(opts.jurisdiction ? { jurisdiction: opts.jurisdiction } : {}),
    facts: {
      // the party as the lead names it; its identity is registered at 立案
      当事人线索: { 名称: partyName, 主体类别: input.party.kind === 'person' ? '参保个人' : (opts.institutionType ?? '定点医疗机构') },
      ...opts.extraFacts,
      来源: '智能监控',
      线索编号: input.sourceLeadId,
      当事人编码: input.party.code,
      违法事实: input.facts,
      事项: input.matterId,
      依据条款: input.article,
      violation,
      penaltyFacts,
      证据条数: provenEvidence(input).length,
      // 暂行规定 第十八条第一款第（三）项: the 疑点 the party may be asked to explain, by the monitor's hit key
      疑点数据: suspectsOfLead(input),
      未计入金额的可疑疑点条数: input.unproven?.suspectHits ?? 0,
    },
    actor,
    ...(opts.now ? { now: opts.now } : {}),
  });
}
