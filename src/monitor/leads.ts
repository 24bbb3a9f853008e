// Leads (线索): hits grouped by party (institution or person) and catalog matter, with
// evidence rows and amounts; and the input for opening a penalty case from a lead.
import { createHash } from 'node:crypto';
import type { Hit } from './run.js';
import type { Rule } from './rules.js';

export type PartyKind = 'institution' | 'person';

export interface LeadParty {
  kind: PartyKind;
  /** fixmedins_code (定点医药机构编码) or psn_no (人员编号). */
  code: string;
  name?: string;
}

export interface Lead {
  id: string;
  party: LeadParty;
  matterId: string;
  /** The article of the rule with the largest amount, e.g. "医疗保障基金使用监督管理条例:38:3". */
  article: string;
  articles: string[];
  ruleIds: string[];
  hits: Hit[];
  /** 涉及金额: sum over hits, counting a fee line or a visit hit by several rules once (its largest amount). */
  amountFen: number;
  firstDate: string | null;
  lastDate: string | null;
  /** 明确违规 if any hit comes from a rule of that result type, else 可疑. */
  resultType: '明确违规' | '可疑';
}

/** Amount of a set of hits where one fee line or one visit is only counted once. */
export function dedupedAmount(hits: Hit[]): number {
  const best = new Map<string, number>();
  for (const h of hits) {
    const key = h.feedetlSn ? `line:${h.feedetlSn}` : `${h.ruleId}:${h.hitKey}`;
    best.set(key, Math.max(best.get(key) ?? 0, h.amountFen));
  }
  let sum = 0;
  for (const v of best.values()) sum += v;
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
    const perRule = new Map<string, number>();
    for (const h of g.hits) perRule.set(h.ruleId, (perRule.get(h.ruleId) ?? 0) + h.amountFen);
    const topRule = [...perRule.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const dates = g.hits.map((h) => h.occurDate).filter((d): d is string => !!d).sort();
    const ruleIds = [...perRule.keys()].sort();
    leads.push({
      id: `XS-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`,
      party: g.party,
      matterId: g.matterId,
      article: byId.get(topRule)!.article,
      articles: [...new Set(ruleIds.map((r) => byId.get(r)!.article))].sort(),
      ruleIds,
      hits: g.hits,
      amountFen: dedupedAmount(g.hits),
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      resultType: ruleIds.some((r) => byId.get(r)!.resultType === '明确违规') ? '明确违规' : '可疑',
    });
  }
  return leads.sort((a, b) => b.amountFen - a.amountFen || a.id.localeCompare(b.id));
}

export const yuan = (fen: number): string => {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};

/** What the case module needs to open a penalty case (立案) from a lead. */
export interface PenaltyCaseInput {
  matterId: string;
  article: string;
  party: LeadParty;
  /** 造成医疗保障基金损失金额 (条例第三十八条、第四十一条第一款) or 骗取金额 (第四十条、第四十一条第二款). */
  amounts: { lossFen: number } | { defraudedFen: number };
  facts: string;
  evidence: {
    ruleId: string;
    ruleName: string;
    hitKey: string;
    mdtrtId: string | null;
    feedetlSn: string | null;
    occurDate: string | null;
    amountFen: number;
    details: Record<string, string | number | boolean | null>;
  }[];
  sourceLeadId: string;
}

/** Matters whose amount is a 骗取金额 rather than a 损失金额. */
const FRAUD_MATTERS = new Set(['penalty.institution-fraud', 'penalty.individual-fraud']);

export function leadToPenaltyCaseInput(lead: Lead, rules: Rule[]): PenaltyCaseInput {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const partyText = lead.party.kind === 'institution' ? `定点医药机构${lead.party.name ?? ''}（编码 ${lead.party.code}）` : `参保人员（人员编号 ${lead.party.code}）`;
  const perRule = lead.ruleIds.map((id) => {
    const hs = lead.hits.filter((h) => h.ruleId === id);
    return `${byId.get(id)?.name ?? id} ${hs.length} 条、金额 ${yuan(dedupedAmount(hs))} 元`;
  });
  const period = lead.firstDate ? `${lead.firstDate} 至 ${lead.lastDate}` : '数据期间内';
  const facts =
    `经医保智能监控规则筛查，${partyText}在 ${period} 期间存在以下疑点：${perRule.join('；')}。` +
    `合计涉及医疗保障基金 ${yuan(lead.amountFen)} 元（同一费用明细被多条规则命中的只计一次）。` +
    `以上为监控疑点（${lead.resultType}），须经调查核实后认定。`;
  const amounts = FRAUD_MATTERS.has(lead.matterId) ? { defraudedFen: lead.amountFen } : { lossFen: lead.amountFen };
  return {
    matterId: lead.matterId,
    article: lead.article,
    party: lead.party,
    amounts,
    facts,
    evidence: lead.hits.map((h) => ({
      ruleId: h.ruleId, ruleName: byId.get(h.ruleId)?.name ?? h.ruleId, hitKey: h.hitKey, mdtrtId: h.mdtrtId, feedetlSn: h.feedetlSn,
      occurDate: h.occurDate, amountFen: h.amountFen, details: h.evidence,
    })),
    sourceLeadId: lead.id,
  };
}
