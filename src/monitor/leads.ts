// Leads (线索): hits grouped by party (the institution or person each rule flags) and
// catalog matter. A lead's amount is the fund loss of its 明确违规 hits — what the fund paid
// for the violating part of the flagged party's lines, a line hit by several rules counted
// once — and nothing else: 可疑 hits and statistical indicators are listed apart with what
// they involve and are never added in. Every article and item the hits break is cited with
// its text. `leadToPenaltyCaseInput` gives the case module the facts of a lead: the loss,
// never gross amounts, never 可疑 hits or indicators.
import { createHash } from 'node:crypto';
import { formatYuan } from '../law/index.js';
import { citationOf, type Citation, type HitDetail, type EvidenceLine } from './evidence.js';
import { hitKindOf, type HitKind, type Rule } from './rules.js';
import type { Hit } from './run.js';

export type PartyKind = 'institution' | 'person';

export interface LeadParty {
  kind: PartyKind;
  /** fixmedins_code (定点医药机构编码) or psn_no (人员编号). */
  code: string;
  name?: string;
}

export interface LeadCitation extends Citation {
  ruleIds: string[];
  /** The strongest kind of hit citing it. */
  kind: HitKind;
}

export interface Lead {
  id: string;
  party: LeadParty;
  matterId: string;
  /** The article of the rule with the largest loss (else of the 可疑 rule with the most hits), e.g. "医疗保障基金使用监督管理条例:38:3". */
  article: string;
  articles: string[];
  /** Every article and item the hits cite, in words with its text. */
  citations: LeadCitation[];
  ruleIds: string[];
  hits: Hit[];
  /** 基金损失: the fund loss of the 明确违规 hits (each line once) — equal to the sum of their lossFen. */
  amountFen: number;
  /** 可疑 hits, shown apart: how many and what they involve (never added to amountFen). */
  suspect: { hits: number; fundFen: number; grossFen: number };
  /** Statistical indicators (指标), shown apart; they carry no amount. */
  indicators: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Period of the 明确违规 hits (the violation proven by the data), null when there are none. */
  lossFirstDate: string | null;
  lossLastDate: string | null;
  /** 明确违规 if any hit is; else 可疑; 指标 when only indicators. */
  resultType: HitKind;
  /** What the data could not check for these rules, and hits affected by quarantined rows. */
  caveats: string[];
}

const kindOf = (h: Hit, rule: Rule): HitKind => h.detail?.kind ?? hitKindOf(rule);
const KIND_RANK: Record<HitKind, number> = { 明确违规: 3, 可疑: 2, 指标: 1 };

/**
 * Fund loss of each 明确违规 hit of one lead, each line counted once: hits in order of date,
 * rule and key, each claiming what is left of its lines' fund payment. Returns the loss per hit.
 */
function allocateLoss(hits: Hit[], rules: Map<string, Rule>): Map<Hit, number> {
  const out = new Map<Hit, number>();
  const claimed = new Map<string, number>();
  const lineFund = new Map<string, number>();
  for (const h of hits) for (const l of h.detail?.lines ?? []) lineFund.set(l.feedetlSn, l.fundFen);
  const ordered = hits
    .filter((h) => kindOf(h, rules.get(h.ruleId)!) === '明确违规')
    .sort((a, b) => (a.occurDate ?? '').localeCompare(b.occurDate ?? '') || a.ruleId.localeCompare(b.ruleId) || a.hitKey.localeCompare(b.hitKey));
  for (const h of ordered) {
    const d = h.detail;
    if (!d) {
      // without evidence (tests of the grouping only): the rule's amount, a fee line once
      const key = h.feedetlSn ? `line:${h.feedetlSn}` : `${h.ruleId}:${h.hitKey}`;
      const prev = claimed.get(key) ?? 0;
      const take = Math.max(0, h.amountFen - prev);
      claimed.set(key, prev + take);
      out.set(h, take);
      continue;
    }
    const perLine = Object.entries(d.lineLoss);
    if (perLine.length === 0) {
      out.set(h, d.money.fundFen);
      continue;
    }
    let loss = 0;
    for (const [sn, want] of perLine) {
      const left = Math.max(0, (lineFund.get(sn) ?? want) - (claimed.get(sn) ?? 0));
      const take = Math.min(want, left);
      claimed.set(sn, (claimed.get(sn) ?? 0) + take);
      loss += take;
    }
    out.set(h, loss);
  }
  return out;
}

/** Fund loss of a set of hits counted as a lead counts it (each line once). */
export function dedupedAmount(hits: Hit[], rules: Rule[]): number {
  const loss = allocateLoss(hits, new Map(rules.map((r) => [r.id, r])));
  let sum = 0;
  for (const v of loss.values()) sum += v;
  return sum;
}

export function buildLeads(hits: Hit[], rules: Rule[], names: Record<string, string> = {}): Lead[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const groups = new Map<string, { party: LeadParty; matterId: string; hits: Hit[] }>();
  for (const h of hits) {
    const rule = byId.get(h.ruleId);
    if (!rule) throw new Error(`未知规则: ${h.ruleId}`);
    const code = rule.party === 'person' ? h.psnNo : h.fixmedinsCode;
    if (!code) continue;
    const key = `${rule.party}|${code}|${rule.matterId}`;
    let g = groups.get(key);
    if (!g) {
      g = { party: { kind: rule.party, code, ...(names[code] ? { name: names[code] } : {}) }, matterId: rule.matterId, hits: [] };
      groups.set(key, g);
    }
    g.hits.push(h);
  }
  const leads: Lead[] = [];
  for (const [key, g] of groups) {
    const loss = allocateLoss(g.hits, byId);
    const leadHits = g.hits.map((h) => (h.detail ? { ...h, detail: { ...h.detail, lossFen: loss.get(h) ?? 0 } as HitDetail } : h));
    const kinds = leadHits.map((h) => kindOf(h, byId.get(h.ruleId)!));
    let amount = 0;
    for (const v of loss.values()) amount += v;
    const suspect = { hits: 0, fundFen: 0, grossFen: 0 };
    leadHits.forEach((h, i) => {
      if (kinds[i] !== '可疑') return;
      suspect.hits++;
      suspect.fundFen += h.detail?.money.fundFen ?? h.amountFen;
      suspect.grossFen += h.detail?.money.grossFen ?? h.amountFen;
    });
    const perRule = new Map<string, { loss: number; hits: number; kind: HitKind }>();
    leadHits.forEach((h, i) => {
      const p = perRule.get(h.ruleId) ?? { loss: 0, hits: 0, kind: kinds[i]! };
      p.loss += loss.get(g.hits[i]!) ?? 0;
      p.hits++;
      perRule.set(h.ruleId, p);
    });
    const topRule = [...perRule.entries()].sort((a, b) => KIND_RANK[b[1].kind] - KIND_RANK[a[1].kind] || b[1].loss - a[1].loss || b[1].hits - a[1].hits || a[0].localeCompare(b[0]))[0]![0];
    const dates = leadHits.map((h) => h.occurDate).filter((d): d is string => !!d).sort();
    const lossDates = leadHits.filter((_h, i) => kinds[i] === '明确违规').map((h) => h.occurDate).filter((d): d is string => !!d).sort();
    const ruleIds = [...perRule.keys()].sort();
    const citations = new Map<string, LeadCitation>();
    for (const id of ruleIds) {
      const rule = byId.get(id)!;
      const c = citations.get(rule.article) ?? { ...citationOf(rule.article), ruleIds: [], kind: perRule.get(id)!.kind };
      c.ruleIds.push(id);
      if (KIND_RANK[perRule.get(id)!.kind] > KIND_RANK[c.kind]) c.kind = perRule.get(id)!.kind;
      citations.set(rule.article, c);
    }
    const caveats = [...new Set(leadHits.flatMap((h) => h.detail?.caveats ?? []))];
    const resultType: HitKind = kinds.includes('明确违规') ? '明确违规' : kinds.includes('可疑') ? '可疑' : '指标';
    leads.push({
      id: `XS-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`,
      party: g.party,
      matterId: g.matterId,
      article: byId.get(topRule)!.article,
      articles: [...citations.keys()].sort(),
      citations: [...citations.values()].sort((a, b) => a.article.localeCompare(b.article)),
      ruleIds,
      hits: leadHits,
      amountFen: amount,
      suspect,
      indicators: kinds.filter((k) => k === '指标').length,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      lossFirstDate: lossDates[0] ?? null,
      lossLastDate: lossDates[lossDates.length - 1] ?? null,
      resultType,
      caveats,
    });
  }
  return leads.sort((a, b) => KIND_RANK[b.resultType] - KIND_RANK[a.resultType] || b.amountFen - a.amountFen || b.suspect.fundFen - a.suspect.fundFen || a.id.localeCompare(b.id));
}

/** Fen as a yuan number with two decimals, for spreadsheets ("105.00"). */
export const yuan = (fen: number): string => {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};

/** One 明确违规 hit as evidence of a case. */
export interface CaseEvidence {
  ruleId: string;
  ruleName: string;
  hitKey: string;
  mdtrtId: string | null;
  feedetlSn: string | null;
  occurDate: string | null;
  /** 明确违规 (only these are evidence of the amount). */
  kind: HitKind;
  /** Fund loss of this hit (each line once within the lead). */
  lossFen: number;
  /** The rule's own amount (its amountBasis), kept for the record. */
  amountFen: number;
  reason: string;
  citation: string;
  lines: EvidenceLine[];
  details: Record<string, string | number | boolean | null>;
}

/** What the case module needs to open a penalty case (立案) from a lead. */
export interface PenaltyCaseInput {
  matterId: string;
  article: string;
  party: LeadParty;
  /**
   * 造成医疗保障基金损失金额 (条例第三十八条、第四十一条第一款) or 骗取金额 (第四十条), from the
   * fund loss of the 明确违规 hits; a person's 骗取 (第四十一条第二款) is both.
   */
  amounts: { lossFen: number } | { defraudedFen: number } | { lossFen: number; defraudedFen: number };
  facts: string;
  /** The 明确违规 hits only: 可疑 hits and indicators are not evidence of the amount. */
  evidence: CaseEvidence[];
  /** 可疑 hits and indicators of the lead, counted (to be investigated; not in the amount). */
  unproven: { suspectHits: number; indicators: number };
  sourceLeadId: string;
}

/** Matters whose amount is a 骗取金额 rather than a 损失金额. */
const FRAUD_MATTERS = new Set(['penalty.institution-fraud', 'penalty.individual-fraud']);

export function leadToPenaltyCaseInput(lead: Lead, rules: Rule[]): PenaltyCaseInput {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const kindOfHit = (h: Hit): HitKind => kindOf(h, byId.get(h.ruleId)!);
  const proven = lead.hits.filter((h) => kindOfHit(h) === '明确违规');
  const partyText = lead.party.kind === 'institution' ? `定点医药机构${lead.party.name ?? ''}（编码 ${lead.party.code}）` : `参保人员（人员编号 ${lead.party.code}）`;
  const lossOf = (h: Hit): number => h.detail?.lossFen ?? h.amountFen;
  const perRule = [...new Set(proven.map((h) => h.ruleId))].sort().map((id) => {
    const hs = proven.filter((h) => h.ruleId === id);
    const rule = byId.get(id);
    return `${rule?.name ?? id}（${rule ? citationOf(rule.article).label : ''}）${hs.length} 条，基金损失 ${formatYuan(hs.reduce((a, h) => a + lossOf(h), 0))}`;
  });
  const suspectHits = lead.hits.filter((h) => kindOfHit(h) === '可疑').length;
  const indicators = lead.hits.filter((h) => kindOfHit(h) === '指标').length;
  const period = lead.lossFirstDate ? `${lead.lossFirstDate} 至 ${lead.lossLastDate}` : '数据期间内';
  const facts =
    (proven.length
      ? `经医保智能监控规则筛查，${partyText}在 ${period} 期间有明确违规：${perRule.join('；')}。` +
        `合计造成医疗保障基金损失 ${formatYuan(lead.amountFen)}（基金支付部分，不含个人负担；同一费用明细被多条规则命中的只计一次）。`
      : `经医保智能监控规则筛查，${partyText}没有明确违规的疑点，基金损失金额须经调查认定。`) +
    (suspectHits || indicators ? `另有可疑疑点 ${suspectHits} 条、统计指标异常 ${indicators} 项，未计入上述金额，须调查核实。` : '') +
    '以上为监控疑点，须经调查核实后认定。';
  const loss = lead.amountFen;
  const amounts =
    lead.matterId === 'penalty.individual-fraud' ? { lossFen: loss, defraudedFen: loss } : FRAUD_MATTERS.has(lead.matterId) ? { defraudedFen: loss } : { lossFen: loss };
  const provenRules = [...new Set(proven.map((h) => h.ruleId))];
  const article = provenRules.length
    ? byId.get(provenRules.sort((a, b) => proven.filter((h) => h.ruleId === b).reduce((s, h) => s + lossOf(h), 0) - proven.filter((h) => h.ruleId === a).reduce((s, h) => s + lossOf(h), 0) || a.localeCompare(b))[0]!)!.article
    : lead.article;
  return {
    matterId: lead.matterId,
    article,
    party: lead.party,
    amounts,
    facts,
    evidence: proven.map((h) => ({
      ruleId: h.ruleId, ruleName: byId.get(h.ruleId)?.name ?? h.ruleId, hitKey: h.hitKey, mdtrtId: h.mdtrtId, feedetlSn: h.feedetlSn,
      occurDate: h.occurDate, kind: '明确违规', lossFen: lossOf(h), amountFen: h.amountFen, reason: h.detail?.reason ?? '',
      citation: h.detail?.citation.label ?? citationOf(byId.get(h.ruleId)!.article).label, lines: h.detail?.lines ?? [], details: h.evidence,
    })),
    unproven: { suspectHits, indicators },
    sourceLeadId: lead.id,
  };
}
