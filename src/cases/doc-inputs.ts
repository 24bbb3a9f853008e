// 文书 from case data: maps a case (its parties, steps' inputs, officers, the penalty decision and
// what was chosen from it, deadlines) onto the inputs of the document renderers. What the case
// does not know is refused with a reason or comes from `extra` (--data); it is never invented.
import {
  DocumentError,
  formatFen,
  NUMBERED_KINDS,
  bureauByName,
  bureauFor,
  docNumberPrefixOf,
  formatDocNumber,
  issuerFor,
  lateFeeRule,
  priorNoticeRights,
  remedyFor,
  statutoryPeriod,
  type BureauConfig,
  type DocumentInputs,
  type DocumentKind,
  type LegalArticle,
  type Officer,
  type Order,
  type Party as DocumentParty,
  type Penalty,
  LAW,
  type LawText,
} from './documents/index.js';
import { chineseNumeral, chosenMeasures, loadCorpus, NO_PENALTY_GROUNDS, shanghaiDateOf, type Citation, type MeasureChoice, type PenaltyDecision } from '../law/index.js';
import type { CaseState, User } from './engine/types.js';
import { mainParty, type Party } from './steps/party.js';
import { duesOf, executionOf, executionStatus, PERSON_TARGETS } from './engine/execution.js';
import { CLOSING_ITEM, type AGREEMENT_MEASURES, type ExecutionOutcome, type Violation } from './steps/inputs.js';
import { SEALING_RELEASE_GROUNDS } from './steps/coercion.js';
import { citableEvidence } from './engine/guards-investigation.js';

type AgreementMeasure = (typeof AGREEMENT_MEASURES)[number];

/** What a 封存 rests on: 条例第二十七条第（五）项, quoted from the corpus. */
function sealingBasis(): LegalArticle {
  const article = loadCorpus().article('医疗保障基金使用监督管理条例', 27);
  const item = article?.paragraphs[0]?.items.find((i) => i.number === 5);
  if (!article || !item) throw new DocumentError('BAD_INPUT', '法规库中没有《医疗保障基金使用监督管理条例》第二十七条第（五）项');
  return { law: '医疗保障基金使用监督管理条例', article: article.label, text: article.paragraphs[0]!.text, items: [{ number: 5, text: item.text.replace(/[；;。]$/, '') }] };
}

/** The article a 确认凭证 rests on, per variant of 行政确认 (医疗救助 is 直接办理 and issues none). */
const CONFIRMATION_BASIS: Record<string, LawText[]> = {
  登记: [LAW.insuranceRegistration],
};
/** The paragraph of 社会保险经办条例第二十条 a 行政给付 rests on, per variant. */
const BENEFIT_BASIS: Record<string, LawText> = {
  定点拨付: LAW.benefitDirectSettlement,
  手工报销: LAW.benefitManualClaim,
  生育津贴: LAW.benefitMaternityAllowance,
};

/**
 * The articles a 协议处理决定书 rests on, quoted from the corpus: 条例第十三条第一款, and the
 * 定点管理暂行办法's list of handlings with the items the chosen measures fall under, and its
 * article on agreement disputes.
 */
const AGREEMENT_RULES = {
  定点医疗机构: { statute: '医疗机构医疗保障定点管理暂行办法', handling: 38, dispute: 46, items: { 约谈: 1, 暂停结算: 2, 不予支付: 3, 追回: 3, 违约金: 4, 中止协议: 6, 解除协议: 6 } },
  定点零售药店: { statute: '零售药店医疗保障定点管理暂行办法', handling: 35, dispute: 42, items: { 约谈: 1, 暂停结算: 2, 不予支付: 2, 追回: 2, 违约金: 3, 中止协议: 4, 解除协议: 4 } },
} as const satisfies Record<string, { statute: string; handling: number; dispute: number; items: Record<AgreementMeasure, number> }>;

function agreementLaw(kind: keyof typeof AGREEMENT_RULES, measures: readonly AgreementMeasure[]): { basis: LegalArticle[]; dispute: LegalArticle } {
  const corpus = loadCorpus();
  const rule = AGREEMENT_RULES[kind];
  const regulation = corpus.article('医疗保障基金使用监督管理条例', 13);
  const handling = corpus.article(rule.statute, rule.handling);
  const dispute = corpus.article(rule.statute, rule.dispute);
  if (!regulation || !handling || !dispute) throw new DocumentError('BAD_INPUT', `法规库中缺少协议处理的依据条文（条例第十三条、《${rule.statute}》）`);
  const lead = handling.paragraphs[0]!;
  const numbers = [...new Set(measures.map((m) => rule.items[m]))].sort((a, b) => a - b);
  const items = numbers.map((n) => {
    const item = lead.items.find((i) => i.number === n);
    if (!item) throw new DocumentError('BAD_INPUT', `《${rule.statute}》${handling.label}没有第${n}项`);
    return { number: n, text: item.text.replace(/[；;。]$/, '') };
  });
  return {
    basis: [
      { law: '医疗保障基金使用监督管理条例', article: `${regulation.label}第一款`, text: regulation.paragraphs[0]!.text },
      { law: rule.statute, article: handling.label, text: lead.text, ...(items.length ? { items } : {}) },
    ],
    dispute: { law: rule.statute, article: dispute.label, text: dispute.text.replace(/\n/g, '') },
  };
}

export interface DocContext {
  users: ReadonlyMap<string, User>;
  /** Which 询问笔录 / 现场检查笔录 of the case (1-based; default the last recorded). */
  transcript?: number;
  /** The bureau (name or 行政区划代码 in data/documents/bureaus.json); default: the case's jurisdiction's. */
  bureau?: string;
}

/**
 * The case's issuing bureau: the one configured for the case's own jurisdiction on the date —
 * never another jurisdiction's, not even the one above it (a case the higher bureau takes over
 * is opened in its jurisdiction).
 */
function bureauConfig(c: CaseState, onDate: string, name?: string): BureauConfig {
  const found = name ? bureauByName(name) : bureauFor(c.jurisdiction.path, onDate);
  if (found.path !== c.jurisdiction.path) {
    throw new DocumentError(
      'NO_BUREAU',
      name
        ? `执法主体「${found.name}」不属于本案辖区（${c.jurisdiction.name}）`
        : `文书配置中没有本案辖区（${c.jurisdiction.name}）的执法主体：最近的是上级「${found.name}」，请管理员在执法主体设置中添加本辖区的执法主体`,
    );
  }
  return found;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

function lastEntry(c: CaseState, step: string) {
  return [...c.history].reverse().find((h) => h.step === step);
}

function stepAt(c: CaseState, step: string): string | undefined {
  return lastEntry(c, step)?.at;
}

/** The day a step happened (its recorded date, which may be before it was entered). */
function dateOf(c: CaseState, step: string): string {
  const h = lastEntry(c, step);
  if (!h) throw new DocumentError('BAD_INPUT', `本案尚未进行「${step}」，不能生成此文书`);
  return h.date;
}

function documentParty(p: Party): DocumentParty {
  return {
    name: p.名称,
    type: p.类型,
    idKind: p.证件类型 === '居民身份证' ? '公民身份号码' : p.证件类型,
    idNumber: p.证件号码,
    address: p.住所,
    ...(p.法定代表人 ? { legalRepresentative: { name: p.法定代表人, title: p.类型 === '法人' ? '法定代表人' : '负责人' } } : {}),
    ...(p.联系电话 ? { phone: p.联系电话 } : {}),
  } as DocumentParty;
}

function party(c: CaseState): DocumentParty {
  const p = mainParty(c.parties);
  if (!p) throw new DocumentError('BAD_INPUT', '本案尚未登记当事人：当事人在「立案」时登记');
  return documentParty(p);
}

function officers(c: CaseState, ctx: DocContext, names: readonly string[] = c.officers): Officer[] {
  return names.map((n) => {
    const u = ctx.users.get(n);
    return { name: u?.displayName ?? n, certificateNo: u?.certificate?.no ?? '' };
  });
}

/** The n-th (1-based; default the last) 询问笔录 or 现场检查笔录 recorded on the case. */
function transcript<K extends '询问笔录' | '现场检查笔录'>(c: CaseState, kind: K, n: number | undefined): NonNullable<NonNullable<CaseState['transcripts']>[K]>[number] {
  const list = (c.transcripts?.[kind] ?? []) as NonNullable<NonNullable<CaseState['transcripts']>[K]>;
  if (list.length === 0) throw new DocumentError('BAD_INPUT', `本案没有登记「${kind}」：在「调查取证」中填写${kind}后即可生成`);
  const i = n === undefined ? list.length - 1 : n - 1;
  const found = list[i];
  if (!found) throw new DocumentError('BAD_INPUT', `本案登记了 ${list.length} 份「${kind}」，没有第 ${n} 份`);
  return found;
}

const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

/** The place in words after the title: 第四十条第一款 (the 项 go to `items`). */
function placeOf(cite: Citation, withItem: boolean): string {
  const place = cite.text.slice(cite.text.indexOf('》') + 1);
  return withItem ? place : place.replace(/第（[^）]+）项$/, '');
}

/**
 * A cited article as a document quotes it. A quote that ends in “：” never stops there: the 项
 * the case applies (the citation's own 项, else the violation's when it is the same article)
 * follow it; where the case names none, the document is refused rather than quote every item.
 */
function legalArticle(cite: Citation, violationItem: number | undefined): LegalArticle {
  if (!/[：:]$/.test(cite.quote)) return { law: cite.statute, article: placeOf(cite, true), text: cite.quote };
  const itemNo = cite.item ?? violationItem;
  const paragraph = loadCorpus().article(cite.statute, cite.article, cite.version)?.paragraphs[(cite.paragraph ?? 1) - 1];
  const item = paragraph?.items.find((i) => i.number === itemNo);
  if (!item) {
    throw new DocumentError('BAD_INPUT', `${cite.text}列有各项，本案没有写明适用哪一项：请在「调查终结」的违法条文中选定“项”`);
  }
  return { law: cite.statute, article: placeOf(cite, false), text: cite.quote, items: [{ number: item.number, text: item.text.replace(/[；;。]$/, '') }] };
}

/** The article the party violated (调查终结's 违法条文), quoted from the corpus. */
function violated(c: CaseState): LegalArticle[] {
  // before 调查终结: the rule suspected at 立案 (暂行规定 第十五条第一款第（二）项)
  const v = c.penalty.violation ?? (c.data['立案']?.['涉嫌违反'] as Violation | undefined);
  if (!v) return articles(c);
  const article = loadCorpus().article(v.法规, v.条);
  if (!article) throw new DocumentError('BAD_INPUT', `语料中没有《${v.法规}》第${v.条}条`);
  const paragraph = v.项 ? article.paragraphs.find((p) => p.items.some((i) => i.number === v.项)) : undefined;
  if (v.项 && !paragraph) throw new DocumentError('BAD_INPUT', `《${v.法规}》${article.label}没有第${v.项}项`);
  const statute = loadCorpus().statute(v.法规)?.title ?? v.法规;
  if (paragraph) {
    const pLabel = article.paragraphs.length > 1 ? `第${chineseNumeral(paragraph.number)}款` : '';
    const item = paragraph.items.find((i) => i.number === v.项)!;
    return [{ law: statute, article: `${article.label}${pLabel}`, text: paragraph.text, items: [{ number: item.number, text: item.text.replace(/[；;。]$/, '') }] }];
  }
  if (article.paragraphs[0]?.items.length) throw new DocumentError('BAD_INPUT', `《${v.法规}》${article.label}列有各项，本案没有写明违反哪一项：请在「调查终结」的违法条文中选定“项”`);
  return [{ law: statute, article: article.label, text: article.text.replace(/\n/g, '') }];
}

/** The articles the decision rests on, from its structured citations (never parsed from text). */
function articles(c: CaseState): LegalArticle[] {
  const seen = new Map<string, LegalArticle>();
  for (const m of c.penalty.decision?.measures ?? []) {
    for (const cite of [m.via, m.citation]) {
      if (!cite || seen.has(cite.text)) continue;
      seen.set(cite.text, legalArticle(cite, c.penalty.violation?.条 === cite.article ? c.penalty.violation.项 : undefined));
    }
  }
  return [...seen.values()];
}


/**
 * The chosen measures, per party: measures aimed at the directly responsible persons go to each
 * person registered as such (their own lines, never a sum); the rest to the 当事人. Orders
 * (责令) apart from 行政处罚; measures another authority carries out as referrals.
 */
function partyMeasures(c: CaseState, decision: PenaltyDecision | undefined, choices: readonly MeasureChoice[]) {
  const main = mainParty(c.parties);
  if (!main) throw new DocumentError('BAD_INPUT', '本案尚未登记当事人：当事人在「立案」时登记');
  const persons = c.parties.filter((p) => p.角色 !== '当事人');
  type Lines = { orders: Order[]; penalties: Penalty[]; referrals: Array<{ authority: string; matter: string; basis: LegalArticle }> };
  const forMain: Lines = { orders: [], penalties: [], referrals: [] };
  const forPersons: Lines = { orders: [], penalties: [], referrals: [] };
  const list = decision ? chosenMeasures(decision, choices) : [];
  for (const m of list) {
    const to = m.target && PERSON_TARGETS.has(m.target) ? forPersons : forMain;
    const amountFen = m.chosen.amountFen ?? m.amountFen;
    const months = m.chosen.months;
    if (m.referral) {
      to.referrals.push({ authority: m.authority ?? '有关主管部门', matter: m.kind, basis: legalArticle(m.citation, c.penalty.violation?.项) });
    } else if (m.kind === '罚款' || m.kind === '没收违法所得') to.penalties.push({ kind: m.kind, amountFen: amountFen ?? 0 });
    else if (m.kind === '警告') to.penalties.push({ kind: '警告' });
    else if (m.kind === '暂停联网结算') to.penalties.push({ kind: '暂停联网结算', months: months ?? 0, text: m.kind });
    else if (m.kind === '暂停相关责任部门涉及基金使用的医药服务') to.penalties.push({ kind: '暂停医药服务', months: months ?? 0, text: m.kind });
    else if (m.kind === '责令退回' || m.kind === '责令追回') to.orders.push({ kind: m.kind, amountFen: amountFen ?? 0 });
    else if (m.kind === '责令改正') to.orders.push({ kind: '责令改正' });
    else if (m.penalty) to.penalties.push({ kind: '其他行政处罚', text: months !== undefined ? `${m.kind}${months}个月` : m.kind });
    else to.orders.push({ kind: '其他责令事项', text: m.kind });
  }
  // 暂行规定 第十三条: 实施行政处罚时，应当责令当事人改正或者限期改正违法行为 — where the article
  // itself does not order it, the decision (and the notice of it) orders the party to correct
  const correction = c.penalty.decided?.kind === '行政处罚' ? c.penalty.decided.correction : undefined;
  const what = correction?.what;
  const order: Order = correction?.by ? { kind: '责令限期改正', deadline: correction.by, ...(what ? { text: what } : {}) } : { kind: '责令改正', ...(what ? { text: what } : {}) };
  const stated = forMain.orders.findIndex((o) => o.kind === '责令改正' || o.kind === '责令限期改正');
  if (stated >= 0) forMain.orders[stated] = order;
  else if (forMain.penalties.length) forMain.orders.unshift(order);
  const hasPersonLines = forPersons.orders.length + forPersons.penalties.length + forPersons.referrals.length > 0;
  if (hasPersonLines && persons.length === 0) {
    throw new DocumentError('BAD_INPUT', '处罚涉及直接负责的主管人员和其他直接责任人员，但本案未登记这些人员：请在当事人中逐一登记');
  }
  return [
    { party: documentParty(main), role: '当事人' as const, ...forMain },
    ...(hasPersonLines ? persons.map((p) => ({ party: documentParty(p), role: '直接负责的主管人员' as const, of: p.所属单位 ?? main.名称, ...forPersons })) : []),
  ];
}

function discretionReasons(c: CaseState): string[] {
  const d = c.penalty.decision;
  if (!d) return [];
  const reasons = [...(d.discretion ? [`裁量档次：${d.discretion.tier}${d.discretion.multiple ? `（${d.discretion.multiple}）` : ''}`, ...d.discretion.grounds] : []), ...d.reasons];
  return reasons.length > 0 ? reasons : ['无从轻、从重情节，按法定幅度裁量'];
}

function evidence(c: CaseState) {
  const items = c.attachments
    .filter((a) => a.step === '调查取证' || a.step === '当场认定')
    .map((a) => ({ name: a.name, files: [{ fileName: a.fileName ?? a.name, sha256: a.sha256 }] }));
  if (items.length === 0) throw new DocumentError('BAD_INPUT', '本案没有「调查取证」附件，文书缺少证据');
  return items;
}

const yuan = (fen: number): string => formatFen(fen).figures;

/** The proposal of the decision computed at 调查终结: each measure with its range and citation. */
function proposal(c: CaseState) {
  const d = c.penalty.decision;
  if (!d) throw new DocumentError('BAD_INPUT', '本案尚未「调查终结」，没有拟处理意见');
  return d.measures.map((m) => {
    const who = m.target && m.target !== '单位' && m.target !== '当事人' ? `对${m.target}` : '';
    const range =
      m.amountFen !== undefined ? yuan(m.amountFen)
      : m.minFen !== undefined && m.maxFen !== undefined ? `${yuan(m.minFen)}至${yuan(m.maxFen)}`
      : m.minMonths !== undefined ? (m.minMonths === m.maxMonths ? `${m.minMonths}个月` : `${m.minMonths}个月至${m.maxMonths}个月`)
      : m.minYears !== undefined ? (m.minYears === m.maxYears ? `${m.minYears}年` : `${m.minYears}年至${m.maxYears}年`)
      : undefined;
    return { measure: `${who}${m.kind}`, ...(range ? { range } : {}), mandatory: m.mandatory, citation: m.citation.text };
  });
}

/** The procedure the decision needs, in plain sentences (行政处罚法 第五十七条、第五十八条、第六十三条). */
function procedureNotes(c: CaseState): string[] {
  const r = c.penalty.decision?.procedure;
  if (!r) return [];
  return [
    ...(r.legalReview.required ? ['作出决定前应当进行法制审核'] : []),
    ...(r.hearing.right !== false ? ['拟作出的处罚告知时应当告知当事人有要求听证的权利'] : []),
    ...(r.collectiveDiscussion.required ? ['应当由负责人集体讨论决定'] : []),
  ];
}

/** What the investigation did, day by day: each 调查取证 with the 询问 and 现场检查 recorded that day. */
function course(c: CaseState): Array<{ date: string; text: string }> {
  const steps = c.history.filter((h) => ['调查取证', '先行登记保存', '中止调查', '恢复调查', '封存'].includes(h.step));
  const lastInvestigation = [...steps].reverse().find((h) => h.step === '调查取证');
  const seen = new Set<string>();
  const out: Array<{ date: string; text: string }> = [];
  for (const h of steps) {
    if (h.step !== '调查取证') {
      out.push({ date: h.date, text: h.step });
      continue;
    }
    const bits: string[] = [];
    if (!seen.has(h.date)) {
      seen.add(h.date);
      for (const q of c.transcripts?.询问笔录 ?? []) if (q.date === h.date) bits.push(`询问${q.被询问人}（${q.与本案关系}）`);
      for (const r of c.transcripts?.现场检查笔录 ?? []) if (r.date === h.date) bits.push(`在${r.地点}进行现场检查`);
    }
    const what = h === lastInvestigation ? str(c.data['调查取证']?.['取证内容']) : undefined;
    out.push({ date: h.date, text: `调查取证${bits.length ? `：${bits.join('，')}` : ''}${what ? `${bits.length ? '；' : '：'}${what}` : ''}` });
  }
  return out;
}

function evidenceNames(c: CaseState): string[] {
  evidence(c); // a report lists the evidence of 调查取证 at least
  return citableEvidence(c);
}

/** 第十九条第四款: the facts 调查终结 found, each with the evidence it cites. */
function findings(end: Record<string, unknown>): Array<{ fact: string; evidence: string[] }> {
  const rows = end['认定事实'];
  if (!Array.isArray(rows)) return [];
  return (rows as Array<{ 事实: string; 证据: string[] }>).map((r) => ({ fact: r.事实, evidence: [...r.证据] }));
}

function caseName(c: CaseState): string {
  return str(c.data['立案']?.['案由']) ?? `${mainParty(c.parties)?.名称 ?? ''}${c.item?.name ?? c.procedure.name}案`;
}

function seqOf(c: CaseState): number {
  return Number(c.id.split('-').pop()) || 1;
}

function statementPeriod(c: CaseState) {
  const d = c.deadlines.find((x) => x.id === '陈述申辩期限');
  if (!d?.amount) return statutoryPeriod('hearingRequest');
  return { value: d.amount, unit: d.unit === '月' ? ('个月' as const) : (d.unit as '日' | '工作日' | '小时') };
}

function deepMerge<T>(base: T, extra: unknown): T {
  if (!extra || typeof extra !== 'object' || Array.isArray(extra)) return (extra ?? base) as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(extra as Record<string, unknown>)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && out[k] && typeof out[k] === 'object' ? deepMerge(out[k], v) : v;
  }
  return out as T;
}

/** The renderer input of a document for a case; `extra` (from --data) fills or overrides fields. */
export function documentInput<K extends DocumentKind>(kind: K, c: CaseState, ctx: DocContext, extra: Record<string, unknown> = {}): DocumentInputs[K] {
  const cfg = bureauConfig(c, shanghaiDateOf(c.openedAt), ctx.bureau);
  const bureau = issuerFor(cfg, kind);
  const year = Number(c.openedAt.slice(0, 4));
  const numberOf = (k: DocumentKind) => formatDocNumber(docNumberPrefixOf(cfg, k), year, seqOf(c));
  const docNumber = NUMBERED_KINDS.includes(kind) ? numberOf(kind) : undefined;
  const p = () => (extra.party ? deepMerge({} as DocumentParty, extra.party) : party(c));
  const contact = () => ({ person: officers(c, ctx)[0]?.name ?? '', ...(cfg.phone ? { phone: cfg.phone } : {}) });
  const decisionRef = () => {
    if (!c.penalty.decided) throw new DocumentError('BAD_INPUT', '本案尚未作出处罚决定');
    return { docNumber: numberOf('行政处罚决定书'), date: c.penalty.decided.date };
  };
  const servedDate = () => {
    if (!c.penalty.served) throw new DocumentError('BAD_INPUT', '行政处罚决定书尚未送达');
    return c.penalty.served.date;
  };
  const paymentDue = () => {
    const due = c.deadlines.find((d) => d.id === '缴纳期限')?.due;
    if (!due) throw new DocumentError('BAD_INPUT', '本案没有缴纳期限');
    return due;
  };
  /** What the 当事人 still owes on `date`, and the 加处罚款 accrued on the fine to that day (行政处罚法 第七十二条). */
  const owedOn = (date: string) => {
    const main = mainParty(c.parties)?.名称;
    const status = executionStatus(c, date);
    const lines = status.lines.filter((l) => l.payer === main && l.kind !== '加处罚款' && l.outstandingFen > 0);
    if (!lines.length) throw new DocumentError('BAD_INPUT', `截至 ${date} 当事人没有未缴的款项`);
    const late = status.lines.find((l) => l.payer === main && l.kind === '罚款')?.lateFine;
    const rule = lateFeeRule();
    return {
      owed: lines.map((l) => ({ item: l.kind as '罚款' | '没收违法所得' | '责令退回', dueFen: l.amountFen, paidFen: l.paidFen })),
      ...(late && late.amountFen > 0 ? { lateFee: { fromDate: late.lines[0]!.from, asOfDate: date, days: late.days, accruedFen: late.amountFen, percentPerDay: rule.percentPerDay, basis: rule.basis } } : {}),
    };
  };
  /** A document whose content the case does not record: all of it from `extra` (--data), or refused. */
  const fromExtra = () => {
    if (Object.keys(extra).length === 0) throw new DocumentError('BAD_INPUT', `「${kind}」的内容（问答、清单、意见等）没有记录在案件中，不能由案件数据生成：请另行制作后作为附件随相关环节上传（命令行可用 --data 提供内容）`);
    return { bureau, docNumber, caseName: caseName(c), party: extra.party ? p() : undefined, officers: officers(c, ctx), inquirers: officers(c, ctx) };
  };
  let input: unknown;
  switch (kind) {
    case '立案审批表': {
      const d = c.data['立案'] ?? {};
      input = {
        bureau, docNumber, caseName: caseName(c), source: str(d['案件来源']) ?? (c.links.parent ? '监督检查' : '其他'), sourceDate: shanghaiDateOf(c.openedAt),
        parties: c.parties.length ? c.parties.map(documentParty) : [p()], briefFacts: str(c.data['线索核查']?.['核查意见']) ?? '', articles: violated(c), officers: officers(c, ctx),
        officerOpinion: { opinion: str(c.data['线索核查']?.['核查意见']) ?? '建议立案', date: dateOf(c, '线索核查') },
        headApproval: { opinion: '同意立案', signer: ctx.users.get(lastEntry(c, '立案')?.actor ?? '')?.displayName ?? '', date: dateOf(c, '立案') },
      };
      break;
    }
    case '行政处罚事先告知书': {
      input = {
        bureau, docNumber, parties: partyMeasures(c, c.penalty.decision, c.penalty.notified ?? []), caseName: caseName(c), filingDate: dateOf(c, '立案'),
        facts: str(c.data['调查终结']?.['调查终结报告']) ?? '', evidence: evidence(c), violated: violated(c), basis: articles(c),
        discretion: { reasons: discretionReasons(c) },
        rights: priorNoticeRights(statementPeriod(c), !!c.facts.hearingRight),
        contact: contact(), date: dateOf(c, '告知'),
      };
      break;
    }
    case '听证通知书': {
      const h = c.penalty.hearing;
      if (!h?.date) throw new DocumentError('BAD_INPUT', '本案尚未通知听证');
      input = {
        bureau, docNumber, party: p(), caseName: caseName(c), requestDate: dateOf(c, '申请听证'), hearingTime: `${h.date}T09:00:00+08:00`,
        hearingPlace: h.place ?? '', publicHearing: true, host: ctx.users.get(h.host ?? '')?.displayName ?? h.host ?? '', recorder: officers(c, ctx)[0]?.name ?? '',
        articles: [], contact: contact(), date: dateOf(c, '听证通知'),
      };
      break;
    }
    case '行政处罚决定书': {
      const statement = c.data['陈述申辩'];
      const parties = partyMeasures(c, c.penalty.decision, c.penalty.decided?.measures ?? []);
      const hearingSummary = str(c.data['举行听证']?.['听证笔录']);
      const decisionDate = c.penalty.decided?.date ?? dateOf(c, '决定');
      const fines = parties.some((x) => x.penalties.some((m) => m.kind === '罚款' || m.kind === '没收违法所得'));
      input = {
        bureau, docNumber, parties, caseName: caseName(c), filingDate: dateOf(c, '立案'),
        priorNotice: { docNumber: numberOf('行政处罚事先告知书'), date: c.penalty.notifiedOn ?? dateOf(c, '告知') },
        statement: statement ? { made: true, summary: str(statement['陈述内容']), review: str(statement['复核意见']) } : { made: false },
        ...(c.penalty.hearing?.heldDate ? { hearing: { date: c.penalty.hearing.heldDate, ...(hearingSummary ? { summary: hearingSummary } : {}) } } : {}),
        facts: str(c.data['调查终结']?.['调查终结报告']) ?? '', evidence: evidence(c), violated: violated(c), basis: articles(c),
        discretion: { reasons: discretionReasons(c) },
        ...(fines ? { payment: { period: statutoryPeriod('finePayment'), lateFee: lateFeeRule() } } : {}),
        remedy: remedyFor(cfg, decisionDate),
        ...(c.collective ? { collectiveDiscussionDate: c.collective.date } : {}),
        date: decisionDate,
      };
      break;
    }
    case '不予行政处罚决定书': {
      const decided = c.data['决定'];
      if (c.penalty.decided?.kind !== '不予行政处罚' || !decided) throw new DocumentError('BAD_INPUT', '本案没有作出不予行政处罚的决定');
      const ground = NO_PENALTY_GROUNDS.find((g) => g.ground === decided['不予处罚理由']);
      if (!ground) throw new DocumentError('BAD_INPUT', '「决定」没有选择不予行政处罚的理由');
      if (!ground.at) throw new DocumentError('BAD_INPUT', `「${ground.ground}」须写明所依据的条文：请用 --data 提供 ground（法规、条款与条文）`);
      const article = loadCorpus().article(ground.at.statute, ground.at.article);
      const paragraph = article?.paragraphs[ground.at.paragraph - 1];
      if (!article || !paragraph) throw new DocumentError('BAD_INPUT', `语料中没有《${ground.at.statute}》第${ground.at.article}条第${ground.at.paragraph}款`);
      const form = str(decided['教育方式']);
      const content = str(decided['教育内容']);
      if (!form || !content) throw new DocumentError('BAD_INPUT', '「决定」没有记录对当事人进行教育的方式和内容（行政处罚法第三十三条第三款）');
      const decisionDate = c.penalty.decided.date;
      const chosen = c.penalty.decision ? chosenMeasures(c.penalty.decision, c.penalty.decided.measures ?? []) : [];
      const orderBasis = new Map<string, LegalArticle>();
      for (const m of chosen.filter((x) => !x.penalty && !x.referral)) {
        for (const cite of [m.via, m.citation]) if (cite && !orderBasis.has(cite.text)) orderBasis.set(cite.text, legalArticle(cite, c.penalty.violation?.条 === cite.article ? c.penalty.violation.项 : undefined));
      }
      input = {
        bureau, docNumber, caseName: caseName(c), filingDate: dateOf(c, '立案'),
        parties: partyMeasures(c, c.penalty.decision, c.penalty.decided.measures ?? []),
        facts: str(c.data['调查终结']?.['调查终结报告']) ?? '', evidence: evidence(c), violated: violated(c), orderBasis: [...orderBasis.values()],
        ground: { law: article.statute, article: `${article.label}${article.paragraphs.length > 1 ? `第${chineseNumeral(paragraph.number)}款` : ''}`, text: paragraph.text },
        groundReasons: [ground.ground, ...(str(decided['理由']) ? [str(decided['理由'])!] : [])],
        education: { form, content, date: str(decided['教育日期']) ?? decisionDate },
        remedy: remedyFor(cfg, decisionDate), date: decisionDate,
      };
      break;
    }
    case '送达回证': {
      const d = c.data['送达'] ?? {};
      if (!stepAt(c, '送达')) throw new DocumentError('BAD_INPUT', '本案尚未进行「送达」');
      if (!str(d['送达地点'])) throw new DocumentError('BAD_INPUT', '「送达」没有记录送达地点：送达回证须写明送达地点（在「送达」步骤中填写）');
      input = {
        bureau, caseName: caseName(c), documents: [{ name: '行政处罚决定书', docNumber: numberOf('行政处罚决定书') }],
        recipient: mainParty(c.parties)?.名称 ?? '', method: str(d['送达方式']) ?? '直接送达', place: str(d['送达地点']) ?? '', servedAt: stepAt(c, '送达'), servers: officers(c, ctx),
      };
      break;
    }
    case '结案报告': {
      // 暂行规定 第五十六条: the execution outcome and what was paid come from the case's own
      // records (缴款, 强制执行, 复议诉讼结果, 执行 …) and the 执行结果 chosen at 结案 — never assumed.
      // Before 结案 a draft can be made only by stating them in `extra`.
      const closing = c.data['结案'];
      let execution: unknown = extra.execution;
      let closingGround: unknown = extra.closingGround;
      if (closing && stepAt(c, '结案')) {
        const outcome = closing['执行结果'] as ExecutionOutcome;
        const explanation = str(closing['情况说明']);
        const ex = executionOf(c);
        const status = executionStatus(c, dateOf(c, '结案'));
        const appeal = [...ex.appeals].reverse().find((a) => a.outcome);
        const notes = [
          ...ex.measures.map((m) => `${m.kind}自${m.from}起执行：${m.note}`),
          ...(status.revoked && appeal ? [`${appeal.kind}结果为${appeal.outcome}${appeal.note ? `（${appeal.note}）` : ''}`] : []),
          ...(explanation ? [explanation] : []),
        ];
        const e = ex.enforcement;
        execution = {
          outcome,
          lines: status.revoked
            ? []
            : status.lines.map((l) => {
                const paid = ex.payments.filter((x) => x.kind === l.kind && x.payer === l.payer);
                return { party: l.payer, item: l.kind, dueFen: l.amountFen, paidFen: l.paidFen, payments: paid.map((x) => ({ date: x.date, amountFen: x.amountFen, receiptNo: x.receipt })) };
              }),
          ...(e
            ? { court: { name: e.court, applicationDate: e.appliedOn, ...(e.acceptedOn ? { acceptedDate: e.acceptedOn } : {}), ...(e.ruling ? { rulingNo: e.ruling.no, rulingDate: e.ruling.date } : {}) } }
            : {}),
          ...(notes.length ? { note: notes.join('；') } : {}),
        };
        closingGround = { item: CLOSING_ITEM[outcome], ...(explanation ? { explanation } : {}) };
      } else if (!execution || !closingGround) {
        throw new DocumentError('BAD_INPUT', '本案尚未「结案」：结案报告的执行结果和结案情形由「结案」步骤填写（缴款、强制执行等由各执行步骤记录）');
      }
      input = {
        bureau, caseNumber: numberOf('立案审批表'), caseName: caseName(c), parties: [p()], filingDate: dateOf(c, '立案'),
        ...(c.penalty.decided
          ? (() => {
              const title = c.penalty.decided.kind === '行政处罚' ? ('行政处罚决定书' as const) : ('不予行政处罚决定书' as const);
              return { decision: { title, docNumber: numberOf(title), date: c.penalty.decided.date, parties: partyMeasures(c, c.penalty.decision, c.penalty.decided.measures) } };
            })()
          : {}),
        execution, closingGround,
        summary: str(closing?.['结案报告']) ?? '', officers: officers(c, ctx),
        officerOpinion: { opinion: '建议结案', date: closing ? dateOf(c, '结案') : shanghaiDateOf(new Date().toISOString()) },
      };
      break;
    }
    case '分期（延期）缴纳罚款决定书': {
      // 行政处罚法 第六十六条第二款; 暂行规定 第五十四条: from the approved schedule and the party's application
      const ex = executionOf(c);
      const sch = ex.schedule;
      if (!sch || !stepAt(c, '批准暂缓分期')) throw new DocumentError('BAD_INPUT', '本案尚未「批准暂缓分期」');
      const application = lastEntry(c, '申请暂缓分期');
      const main = mainParty(c.parties)?.名称;
      const fine = duesOf(c).find((d) => d.kind === '罚款' && d.payer === main);
      if (!fine) throw new DocumentError('BAD_INPUT', '本案决定没有当事人应缴的罚款');
      const paidBefore = ex.payments.filter((x) => x.kind === '罚款' && x.payer === main && x.date <= sch.approvedOn).reduce((n, x) => n + x.amountFen, 0);
      input = {
        bureau, docNumber, party: p(), caseName: caseName(c), decision: decisionRef(),
        mode: sch.kind === '暂缓缴纳' ? '延期' : '分期', applicationDate: application ? dateOf(c, '申请暂缓分期') : sch.approvedOn,
        hardship: str(c.data['申请暂缓分期']?.['理由']) ?? '', fineFen: fine.amountFen, paidFen: paidBefore,
        schedule: sch.installments.map((i) => ({ dueDate: i.date, amountFen: i.amountFen })),
        approvedBy: ctx.users.get(sch.approvedBy)?.displayName ?? sch.approvedBy, date: sch.approvedOn,
      };
      break;
    }
    case '催告书': {
      // 行政强制法 第三十五条、第五十四条: what is still owed on the day of the 催告, 加处罚款 to that day
      if (!stepAt(c, '催告')) throw new DocumentError('BAD_INPUT', '本案尚未「催告」');
      const date = dateOf(c, '催告');
      input = { bureau, docNumber, party: p(), caseName: caseName(c), decision: { ...decisionRef(), servedDate: servedDate(), paymentDue: paymentDue() }, ...owedOn(date), period: statutoryPeriod('demand'), contact: contact(), date };
      break;
    }
    case '强制执行申请书': {
      // 行政强制法 第五十三条至第五十五条: after the remedy periods and the 催告's ten days
      if (!stepAt(c, '申请强制执行')) throw new DocumentError('BAD_INPUT', '本案尚未「申请强制执行」');
      const date = dateOf(c, '申请强制执行');
      const ex = executionOf(c);
      const reminder = c.deadlines.filter((d) => d.id === '催告履行期限').pop();
      const window = c.deadlines.filter((d) => d.id === '申请强制执行期限').pop();
      if (!reminder || !window || !ex.reminders.length) throw new DocumentError('BAD_INPUT', '本案没有「催告」的记录：申请强制执行前应当催告（行政强制法第五十四条）');
      const head = ctx.users.get(lastEntry(c, '申请强制执行')?.actor ?? '');
      const statement = c.data['陈述申辩'];
      input = {
        bureau, docNumber, court: str(ex.enforcement?.court) ?? str(c.data['申请强制执行']?.['人民法院']), head: { name: head?.displayName ?? '', title: '负责人' },
        party: p(), caseName: caseName(c), decision: { ...decisionRef(), servedDate: servedDate() },
        periodsEndedOn: window.start,
        periodsNote: ex.schedule ? `${ex.schedule.kind}的期限和起诉期限届满（暂行规定第五十五条第二款）` : '申请行政复议、提起行政诉讼的期限届满，当事人未申请行政复议、未提起行政诉讼',
        demand: { docNumber: numberOf('催告书'), date: dateOf(c, '催告'), servedDate: ex.reminders[ex.reminders.length - 1]!.servedOn, expiredOn: reminder.due },
        partyOpinion: statement ? `当事人陈述、申辩：${str(statement['陈述内容']) ?? ''}` : '当事人收到催告书后未陈述、申辩，亦未履行',
        ...owedOn(date), facts: str(c.data['调查终结']?.['调查终结报告']) ?? '', basis: articles(c),
        materials: [{ name: '行政处罚决定书及送达回证' }, { name: '催告书及送达回证' }, { name: '当事人的意见及行政机关催告情况' }, { name: '申请强制执行标的情况' }],
        contact: contact(), date,
      };
      break;
    }
    case '封存决定书': {
      const d = c.data['实施封存'] ?? c.data['紧急封存'] ?? c.data['申请封存'] ?? {};
      const start = lastEntry(c, '实施封存') ?? lastEntry(c, '紧急封存');
      if (!start) throw new DocumentError('BAD_INPUT', '本案尚未实施封存');
      const limit = c.deadlines.find((x) => x.id === '封存期限');
      const approval = [...c.history].reverse().find((h) => h.step === '补办批准' || h.step === '批准封存');
      const approver = ctx.users.get(approval?.actor ?? '')?.displayName;
      const emergency = stepAt(c, '紧急封存');
      input = {
        bureau, docNumber, party: p(), caseName: caseName(c), reason: str(c.data['申请封存']?.['封存理由']) ?? str(c.data['紧急封存']?.['紧急情况']) ?? '',
        basis: [sealingBasis()], items: [{ name: str(d['封存清单']) ?? str(c.data['申请封存']?.['封存清单']) ?? '', quantity: '见清单' }], storagePlace: str(d['保管地点']) ?? str(d['封存地点']) ?? '就地封存', ...(str(d['受托保管的第三人']) ? { custodian: str(d['受托保管的第三人'])! } : {}),
        period: statutoryPeriod('sealing'), ...(limit?.due ? { endDate: limit.due } : {}),
        approval: emergency
          ? { kind: '情况紧急当场实施', takenAt: emergency, reportedAt: stepAt(c, '报告负责人'), approvedBy: approver, approvedAt: approval?.at }
          : { kind: '事前批准', approvedBy: approver, approvedAt: approval?.at },
        startDate: start.date, officers: officers(c, ctx), remedy: remedyFor(cfg, start.date), date: start.date,
      };
      break;
    }
    case '解除封存通知书': {
      const sealedOn = lastEntry(c, '实施封存') ?? lastEntry(c, '紧急封存');
      if (!sealedOn) throw new DocumentError('BAD_INPUT', '本案尚未实施封存');
      const released = lastEntry(c, '解除封存');
      const refused = lastEntry(c, '不予补批');
      if (!released && !refused) throw new DocumentError('BAD_INPUT', '本案尚未解除封存');
      const listed = str(c.data['实施封存']?.['封存清单']) ?? str(c.data['紧急封存']?.['封存清单']) ?? str(c.data['申请封存']?.['封存清单']) ?? '';
      let grounds: number[];
      let explanation: string | undefined;
      let approvedBy: string;
      if (released) {
        const r = c.data['解除封存'] ?? {};
        const ground = SEALING_RELEASE_GROUNDS.indexOf(r['解除情形'] as (typeof SEALING_RELEASE_GROUNDS)[number]);
        const approver = str(r['批准人']);
        if (ground < 0 || !approver) throw new DocumentError('BAD_INPUT', '「解除封存」没有记录解除的情形和批准的负责人（暂行规定第三十三条第一款）');
        grounds = [ground + 1];
        explanation = str(r['解除理由']);
        approvedBy = ctx.users.get(approver)?.displayName ?? approver;
      } else {
        // 行政强制法第十九条: the head would not approve after the fact — released at once
        grounds = [SEALING_RELEASE_GROUNDS.length];
        explanation = `负责人认为不应当采取封存措施，不予补办批准手续，立即解除（《中华人民共和国行政强制法》第十九条）`;
        approvedBy = ctx.users.get(refused!.actor)?.displayName ?? refused!.actor;
      }
      const date = (released ?? refused)!.date;
      input = {
        bureau, docNumber, party: p(), caseName: caseName(c),
        sealing: { docNumber: numberOf('封存决定书'), date: sealedOn.date },
        grounds, ...(explanation ? { explanation } : {}),
        items: [{ name: listed, quantity: '见清单' }], approvedBy, contact: contact(), date,
      };
      break;
    }
    case '暂停结算决定书':
    case '恢复结算通知书': {
      const applied = c.data['申请暂停结算'];
      if (!applied) throw new DocumentError('BAD_INPUT', '本案尚未「申请暂停结算」');
      const approval = [...c.history].reverse().find((h) => h.step === '批准暂停医保基金结算' || h.step === '批准暂停联网结算');
      if (!approval) throw new DocumentError('BAD_INPUT', '暂停结算尚未经负责人批准');
      const notice = lastEntry(c, '通知经办机构');
      if (!notice) throw new DocumentError('BAD_INPUT', '本案尚未「通知经办机构」，暂停结算尚未开始');
      const agency = str(c.data['通知经办机构']?.['经办机构']);
      if (!agency) throw new DocumentError('BAD_INPUT', '「通知经办机构」没有写明医疗保障经办机构（条例第三十条）');
      const target = c.variant === '参保人员' ? ('参保人员' as const) : ('定点医药机构' as const);
      if (kind === '暂停结算决定书') {
        input = {
          bureau, docNumber, target, party: p(), caseName: caseName(c),
          facts: str(applied['涉嫌事实']) ?? '', nonCooperation: str(applied['拒不配合情况']) ?? '',
          ...(target === '定点医药机构' ? { approvedBy: ctx.users.get(approval.actor)?.displayName ?? approval.actor, approvedDate: approval.date } : {}),
          agency, startDate: notice.date, remedy: remedyFor(cfg, notice.date), contact: contact(), date: notice.date,
        };
        break;
      }
      const end = c.data['解除暂停'];
      const reason = str(end?.['恢复理由']);
      if (!end || !reason) throw new DocumentError('BAD_INPUT', end ? '「解除暂停」没有选择恢复结算的理由' : '本案尚未「解除暂停」');
      const resumed = dateOf(c, '解除暂停');
      input = {
        bureau, docNumber, target, party: p(), caseName: caseName(c),
        suspension: { docNumber: numberOf('暂停结算决定书'), date: notice.date },
        reason, ...(str(end['调查结论']) ? { explanation: str(end['调查结论']) } : {}),
        agency, resumeDate: resumed, contact: contact(), date: resumed,
      };
      break;
    }
    case '支付决定书':
    case '不予支付决定书': {
      const accepted = c.data['受理'];
      if (!accepted) throw new DocumentError('BAD_INPUT', '本案尚未「受理」');
      const basis = BENEFIT_BASIS[c.variant ?? ''];
      if (!basis) throw new DocumentError('BAD_INPUT', `「${c.variant ?? '行政给付'}」没有配置给付的法律依据：请用 --data 提供 basis`);
      const matter = str(accepted['申请事项']) ?? c.variant ?? '';
      const common = { bureau, docNumber, applicant: p(), matter, applicationDate: dateOf(c, '受理'), basis: [basis] };
      if (kind === '支付决定书') {
        const paid = c.data['支付'];
        if (!paid) throw new DocumentError('BAD_INPUT', '本案尚未「支付」');
        const amountFen = paid['amountFen'] as number;
        const date = dateOf(c, '支付');
        input = { ...common, lines: [{ item: matter, amountFen, ...(str(paid['支付凭证号']) ? { note: `支付凭证号 ${str(paid['支付凭证号'])}` } : {}) }], totalFen: amountFen, remedy: remedyFor(cfg, date), date };
      } else {
        const review = c.data['审核'];
        if (review?.['结论'] !== '不同意') throw new DocumentError('BAD_INPUT', '本案审核结论不是「不同意」，没有不予支付的决定');
        const date = dateOf(c, '审核');
        input = { ...common, reasons: [str(review['审核意见']) ?? ''], remedy: remedyFor(cfg, date), date };
      }
      break;
    }
    case '确认凭证': {
      const confirmed = c.data['确认'];
      if (!confirmed) throw new DocumentError('BAD_INPUT', '本案尚未「确认」');
      const rows = (confirmed['确认内容'] as Array<{ 项目: string; 内容: string }> | undefined) ?? [];
      if (rows.length === 0) throw new DocumentError('BAD_INPUT', '「确认」没有登记确认的内容');
      const basis = CONFIRMATION_BASIS[c.variant ?? ''];
      if (!basis) throw new DocumentError('BAD_INPUT', `「${c.variant ?? '行政确认'}」没有配置确认的法律依据：请用 --data 提供 basis`);
      input = {
        bureau, docNumber, applicant: p(), matter: str(c.data['受理']?.['申请事项']) ?? c.item?.name ?? '',
        applicationDate: dateOf(c, '受理'), confirmed: rows.map((r) => ({ label: r.项目, value: r.内容 })),
        ...(str(confirmed['有效期起']) ? { validFrom: str(confirmed['有效期起']) } : {}),
        ...(str(confirmed['有效期止']) ? { validTo: str(confirmed['有效期止']) } : {}),
        basis: basis.map((b) => ({ law: b.law, article: b.article, text: b.text })), date: dateOf(c, '确认'),
      };
      break;
    }
    case '协议处理决定书': {
      const decided = c.data['处理决定'];
      if (!decided) throw new DocumentError('BAD_INPUT', '本案尚未作出「处理决定」');
      const reason = str(decided['处理理由']);
      if (!reason) throw new DocumentError('BAD_INPUT', '「处理决定」没有写明处理理由');
      const found = c.data['发现违约'] ?? {};
      const party = p();
      const measures = (decided['measures'] as Array<{ kind: AgreementMeasure; amountFen?: number; months?: number }>) ?? [];
      const law = agreementLaw(party.category === '定点零售药店' ? '定点零售药店' : '定点医疗机构', measures.map((m) => m.kind));
      const stated = c.data['陈述申辩'];
      const date = dateOf(c, '处理决定');
      input = {
        bureau, docNumber, party, caseName: caseName(c),
        breach: str(found['违约情形']) ?? '', clause: str(found['协议条款']) ?? '',
        noticeDate: dateOf(c, '拟处理'),
        statement: stated
          ? { kind: '陈述申辩', text: str(stated['陈述内容']) ?? '', review: str(stated['复核意见']) ?? '', ...(typeof stated['理由成立'] === 'boolean' ? { adopted: stated['理由成立'] } : {}) }
          : { kind: '放弃', date: dateOf(c, '放弃陈述申辩') },
        reason, measures: measures.map((m) => ({ kind: m.kind, ...(m.amountFen !== undefined ? { amountFen: m.amountFen } : {}), ...(m.months !== undefined ? { months: m.months } : {}) })),
        basis: law.basis, dispute: law.dispute, remedy: remedyFor(cfg, date), contact: contact(), date,
      };
      break;
    }
    case '调查终结报告': {
      const end = c.data['调查终结'];
      if (!end) throw new DocumentError('BAD_INPUT', '本案尚未「调查终结」，不能生成调查终结报告');
      input = {
        bureau, caseNumber: numberOf('立案审批表'), caseName: caseName(c), parties: c.parties.map(documentParty), filingDate: dateOf(c, '立案'),
        course: course(c), evidence: evidenceNames(c), facts: str(end['调查终结报告']) ?? '', findings: findings(end), violated: violated(c), proposal: proposal(c),
        discretion: discretionReasons(c), procedure: procedureNotes(c),
        officers: officers(c, ctx, Array.isArray(end['officers']) ? (end['officers'] as string[]) : c.officers), date: dateOf(c, '调查终结'),
      };
      break;
    }
    case '法制审核意见书': {
      const review = c.legalReview;
      const end = c.data['调查终结'];
      if (!review || !end) throw new DocumentError('BAD_INPUT', '本案尚未进行「法制审核」，不能生成法制审核意见书');
      input = {
        bureau, caseNumber: numberOf('立案审批表'), caseName: caseName(c), parties: c.parties.map(documentParty), filingDate: dateOf(c, '立案'),
        submittedBy: officers(c, ctx, Array.isArray(end['officers']) ? (end['officers'] as string[]) : c.officers), submittedDate: dateOf(c, '调查终结'),
        facts: str(end['调查终结报告']) ?? '', violated: violated(c), proposal: proposal(c),
        conclusion: review.conclusion, opinion: str(c.data['法制审核']?.['审核意见']) ?? review.conclusion,
        reviewer: ctx.users.get(review.by)?.displayName ?? review.by, date: review.date,
      };
      break;
    }
    case '询问笔录': {
      if (!c.transcripts?.询问笔录?.length && Object.keys(extra).length > 0) {
        input = fromExtra();
        break;
      }
      const q = transcript(c, '询问笔录', ctx.transcript);
      const name = (n: string) => ctx.users.get(n)?.displayName ?? n;
      input = {
        bureau, caseName: caseName(c), start: at(q.询问日期, q.开始时间), end: at(q.询问日期, q.结束时间), place: q.地点,
        inquirers: officers(c, ctx, q.询问人), recorder: name(q.记录人[0]!),
        interviewee: {
          name: q.被询问人, idNumber: q.证件号码, relation: q.与本案关系,
          ...(q.工作单位 ? { employer: q.工作单位 } : {}), ...(q.职务 ? { position: q.职务 } : {}), ...(q.联系电话 ? { phone: q.联系电话 } : {}),
        },
        recusalAnswer: q.回避询问的回答, qa: q.问答.map((x) => ({ q: x.问, a: x.答 })), ...(q.被询问人意见 ? { closing: q.被询问人意见 } : {}),
      };
      break;
    }
    case '现场检查笔录': {
      if (!c.transcripts?.现场检查笔录?.length && Object.keys(extra).length > 0) {
        input = fromExtra();
        break;
      }
      const r = transcript(c, '现场检查笔录', ctx.transcript);
      const name = (n: string) => ctx.users.get(n)?.displayName ?? n;
      input = {
        bureau, subject: p(), caseName: caseName(c), start: at(r.检查日期, r.开始时间), end: at(r.检查日期, r.结束时间), place: r.地点,
        inspectors: officers(c, ctx, r.检查人员), recorder: name(r.记录人[0]!),
        ...(r.在场人 && r.在场人身份 ? { present: { name: r.在场人, relation: r.在场人身份 } } : {}),
        ...(r.见证人 ? { witness: { name: r.见证人 } } : {}),
        findings: r.检查情况, measures: r.采取的措施 ?? [], ...(r.当事人意见 ? { partyOpinion: r.当事人意见 } : {}), refusedToSign: r.当事人拒绝签名 ?? false,
      };
      break;
    }
    default:
      // 先行登记保存证据通知书 …: their content (items, opinions) comes from --data
      input = fromExtra();
  }
  const { party: _party, ...rest } = extra;
  void _party;
  return deepMerge(input as DocumentInputs[K], rest);
}
