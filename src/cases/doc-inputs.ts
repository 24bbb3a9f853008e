// 文书 from case data: maps a case (its steps' inputs, officers, penalty range and decision,
// deadlines) onto the inputs of the document renderers. What the case does not know (an ID
// number, an address) comes from the 立案 step's 当事人信息 or from `extra`, never invented.
import {
  DocumentError,
  bureauFor,
  formatDocNumber,
  loadBureauConfigs,
  loadStatutoryPeriods,
  statutoryRightsNotice,
  type BureauConfig,
  type DocumentInputs,
  type DocumentKind,
  type LegalArticle,
  type Measures,
  type Officer,
  type Party,
} from './documents/index.js';
import { chosenMeasures, formatYuan, shanghaiDateOf, type MeasureChoice, type PenaltyDecision } from '../law/index.js';
import type { CaseState, User } from './engine/types.js';
import { mainParty } from './steps/party.js';

export interface DocContext {
  users: ReadonlyMap<string, User>;
  /** The bureau (name or code in data/documents/bureaus.json); default: the case's jurisdiction's. */
  bureau?: string;
}

/** The case's issuing bureau: by the case's 行政区划代码 — never another jurisdiction's. */
function bureauConfig(c: CaseState, name?: string): BureauConfig {
  const all = loadBureauConfigs();
  const found = name ? all.find((b) => b.name === name || b.code === name) : all.find((b) => b.code === c.jurisdiction.code);
  if (!found) throw new DocumentError('CONFIG', `文书配置中没有本案辖区（${c.jurisdiction.name}）的执法主体${name ? `「${name}」` : ''}：请管理员在执法主体设置中添加`);
  if (found.code !== c.jurisdiction.code) throw new DocumentError('CONFIG', `执法主体「${found.name}」不属于本案辖区（${c.jurisdiction.name}）`);
  return found;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

function stepAt(c: CaseState, step: string): string | undefined {
  return [...c.history].reverse().find((h) => h.step === step)?.at;
}

function dateOf(c: CaseState, step: string): string {
  const at = stepAt(c, step);
  if (!at) throw new DocumentError('BAD_INPUT', `本案尚未进行「${step}」，不能生成此文书`);
  return shanghaiDateOf(at);
}

function party(c: CaseState): Party {
  const p = mainParty(c.parties);
  if (!p) throw new DocumentError('BAD_INPUT', '本案尚未登记当事人：当事人在「立案」时登记');
  return {
    name: p.名称,
    type: p.类型,
    idNumber: p.证件号码,
    idKind: p.证件类型 === '居民身份证' ? '公民身份号码' : p.证件类型,
    address: p.住所,
    ...(p.法定代表人 ? { legalRepresentative: { name: p.法定代表人, title: p.类型 === '法人' ? '法定代表人' : '负责人' } } : {}),
    ...(p.联系电话 ? { phone: p.联系电话 } : {}),
  };
}

function officers(c: CaseState, ctx: DocContext): Officer[] {
  return c.officers.map((n) => {
    const u = ctx.users.get(n);
    return { name: u?.displayName ?? n, certificateNo: u?.certificate?.no ?? '' };
  });
}

function measuresText(decision: PenaltyDecision | undefined, choices: readonly MeasureChoice[]): Measures {
  const out: Measures = {};
  const other: string[] = [];
  const list = decision ? chosenMeasures(decision, choices).map((m) => ({ kind: m.kind as string, amountFen: m.chosen.amountFen ?? m.amountFen, months: m.chosen.months })) : [];
  for (const m of list) {
    if (m.kind === '罚款') out.fineFen = (out.fineFen ?? 0) + (m.amountFen ?? 0);
    else if (m.kind === '责令退回') out.refundFen = m.amountFen ?? 0;
    else if (m.kind === '没收违法所得') out.confiscateFen = m.amountFen ?? 0;
    else if (m.kind === '警告') out.warning = true;
    else if (m.kind.startsWith('责令') && m.amountFen === undefined) out.correction = `${m.kind}违法行为`;
    else if (m.months !== undefined) out.suspension = { months: m.months, scope: m.kind };
    else other.push(m.amountFen !== undefined ? `${m.kind}（${formatYuan(m.amountFen)}）` : m.kind);
  }
  if (other.length) out.other = other;
  return out;
}

/** The articles the decision rests on, from its structured citations (never parsed from text). */
function articles(c: CaseState): LegalArticle[] {
  const seen = new Map<string, LegalArticle>();
  for (const m of c.penalty.decision?.measures ?? []) {
    for (const cite of [m.via, m.citation]) {
      if (!cite) continue;
      const key = cite.text;
      if (!seen.has(key)) seen.set(key, { law: cite.statute, article: cite.text.slice(cite.text.indexOf('》') + 1), text: cite.quote });
    }
  }
  return [...seen.values()];
}

function discretionReasons(c: CaseState): string[] {
  const d = c.penalty.decision;
  if (!d) return [];
  return [...(d.discretion ? [`裁量档次：${d.discretion.tier}${d.discretion.multiple ? `（${d.discretion.multiple}）` : ''}`, ...d.discretion.grounds] : []), ...d.reasons];
}

function evidence(c: CaseState) {
  const items = c.attachments.filter((a) => a.step === '调查取证' || a.step === '当场认定').map((a) => ({ name: a.fileName ?? a.name, description: `SHA-256 ${a.sha256.slice(0, 16)}…` }));
  if (items.length === 0) throw new DocumentError('BAD_INPUT', '本案没有「调查取证」附件，文书缺少证据');
  return items;
}

function caseName(c: CaseState): string {
  return str(c.data['立案']?.['案由']) ?? `${mainParty(c.parties)?.名称 ?? ''}${c.item?.name ?? c.procedure.name}案`;
}

function seqOf(c: CaseState): number {
  return Number(c.id.split('-').pop()) || 1;
}

function statementPeriod(c: CaseState) {
  const d = c.deadlines.find((x) => x.id === '陈述申辩期限');
  return { value: d?.amount ?? 5, unit: (d?.unit ?? '工作日') as '工作日' };
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
  const cfg = bureauConfig(c, ctx.bureau);
  const bureau = bureauFor(cfg, kind);
  const year = Number(c.openedAt.slice(0, 4));
  const docNumber = formatDocNumber(bureau.docNumberPrefix, year, seqOf(c));
  const p = () => (extra.party ? deepMerge({} as Party, extra.party) : party(c));
  let input: unknown;
  switch (kind) {
    case '立案审批表': {
      const d = c.data['立案'] ?? {};
      input = {
        bureau, docNumber, caseName: caseName(c), source: str(d['案件来源']) ?? (c.links.parent ? '监督检查' : '其他'), sourceDate: shanghaiDateOf(c.openedAt),
        party: p(), briefFacts: str(c.data['线索核查']?.['核查意见']) ?? '', articles: articles(c), officers: officers(c, ctx),
        officerOpinion: { opinion: str(c.data['线索核查']?.['核查意见']) ?? '建议立案', date: dateOf(c, '线索核查') },
        headApproval: { opinion: '同意立案', signer: ctx.users.get(c.history.find((h) => h.step === '立案')?.actor ?? '')?.displayName ?? '', date: dateOf(c, '立案') },
      };
      break;
    }
    case '行政处罚事先告知书': {
      input = {
        bureau, docNumber, party: p(), caseName: caseName(c), filingDate: dateOf(c, '立案'),
        facts: str(c.data['调查终结']?.['调查终结报告']) ?? '', evidence: evidence(c), violated: articles(c), basis: articles(c),
        measures: measuresText(c.penalty.decision, c.penalty.notified ?? []), discretion: { reasons: discretionReasons(c) },
        rights: statutoryRightsNotice(cfg, statementPeriod(c), !!c.facts.hearingRight),
        contact: { person: officers(c, ctx)[0]?.name ?? '', phone: cfg.phone ?? '' }, date: dateOf(c, '告知'),
      };
      break;
    }
    case '听证通知书': {
      const h = c.penalty.hearing;
      if (!h?.date) throw new DocumentError('BAD_INPUT', '本案尚未通知听证');
      input = {
        bureau, docNumber, party: p(), caseName: caseName(c), requestDate: dateOf(c, '申请听证'), hearingTime: `${h.date}T09:00:00+08:00`,
        hearingPlace: h.place ?? '', publicHearing: true, host: ctx.users.get(h.host ?? '')?.displayName ?? h.host ?? '', recorder: officers(c, ctx)[0]?.name ?? '',
        articles: [], contact: { person: officers(c, ctx)[0]?.name ?? '', phone: cfg.phone ?? '' }, date: dateOf(c, '听证通知'),
      };
      break;
    }
    case '行政处罚决定书': {
      const statement = c.data['陈述申辩'];
      const periods = loadStatutoryPeriods();
      const rights = statutoryRightsNotice(cfg, statementPeriod(c), false);
      const measures = measuresText(c.penalty.decision, c.penalty.decided?.measures ?? []);
      input = {
        bureau, docNumber, party: p(), caseName: caseName(c), filingDate: dateOf(c, '立案'),
        priorNotice: { docNumber: formatDocNumber(bureauFor(cfg, '行政处罚事先告知书').docNumberPrefix, year, seqOf(c)), date: dateOf(c, '告知') },
        statement: statement ? { made: true, summary: str(statement['陈述内容']), review: str(statement['复核意见']) } : { made: false },
        ...(c.penalty.hearing?.heldDate ? { hearing: { held: true, date: c.penalty.hearing.heldDate, summary: str(c.data['举行听证']?.['听证笔录']) } } : {}),
        facts: str(c.data['调查终结']?.['调查终结报告']) ?? '', evidence: evidence(c), violated: articles(c), basis: articles(c),
        discretion: { reasons: discretionReasons(c) }, measures,
        ...(measures.fineFen ? { payment: { period: { value: periods.finePayment.value, unit: periods.finePayment.unit, basis: periods.finePayment.basis } } } : {}),
        rights: { reconsideration: rights.reconsideration, litigation: rights.litigation },
        ...(c.collective ? { collectiveDiscussionDate: c.collective.date } : {}),
        date: dateOf(c, '决定'),
      };
      break;
    }
    case '送达回证': {
      const d = c.data['送达'] ?? {};
      input = {
        bureau, caseName: caseName(c), documents: [{ name: '行政处罚决定书', docNumber: formatDocNumber(bureauFor(cfg, '行政处罚决定书').docNumberPrefix, year, seqOf(c)) }],
        recipient: mainParty(c.parties)?.名称 ?? '', method: str(d['送达方式']) ?? '直接送达', place: str(d['送达地点']) ?? '', servedAt: stepAt(c, '送达') ?? '', servers: officers(c, ctx),
      };
      if (!stepAt(c, '送达')) throw new DocumentError('BAD_INPUT', '本案尚未进行「送达」');
      break;
    }
    case '结案报告': {
      const m = measuresText(c.penalty.decision, c.penalty.decided?.measures ?? []);
      input = {
        bureau, caseNumber: formatDocNumber(bureauFor(cfg, '立案审批表').docNumberPrefix, year, seqOf(c)), caseName: caseName(c), party: p(), filingDate: dateOf(c, '立案'),
        ...(c.penalty.decided ? { decision: { docNumber: formatDocNumber(bureauFor(cfg, '行政处罚决定书').docNumberPrefix, year, seqOf(c)), date: c.penalty.decided.date, measures: m } } : {}),
        execution: { ...(m.fineFen ? { finePaidFen: m.fineFen } : {}), ...(m.refundFen ? { refundPaidFen: m.refundFen } : {}), summary: str(c.data['执行']?.['执行情况']) ?? '' },
        closingReason: '处罚决定已执行完毕', summary: str(c.data['结案']?.['结案报告']) ?? '', officers: officers(c, ctx),
        officerOpinion: { opinion: '建议结案', date: dateOf(c, '结案') },
      };
      break;
    }
    case '封存通知书': {
      const d = c.data['实施封存'] ?? c.data['紧急封存'] ?? c.data['申请封存'] ?? {};
      const start = stepAt(c, '实施封存') ?? stepAt(c, '紧急封存');
      if (!start) throw new DocumentError('BAD_INPUT', '本案尚未实施封存');
      const limit = c.deadlines.find((x) => x.id === '封存期限');
      const rights = statutoryRightsNotice(cfg, statementPeriod(c), false);
      input = {
        bureau, docNumber, party: p(), caseName: caseName(c), reason: str(c.data['申请封存']?.['封存理由']) ?? str(c.data['紧急封存']?.['紧急情况']) ?? '',
        articles: [], items: [{ name: str(d['封存清单']) ?? str(c.data['申请封存']?.['封存清单']) ?? '', quantity: '见清单' }], storagePlace: str(d['封存地点']) ?? '就地封存',
        period: { value: limit?.amount ?? 30, unit: '日', basis: { law: '中华人民共和国行政强制法', article: '第二十五条', quote: '查封、扣押的期限不得超过三十日' } },
        startDate: shanghaiDateOf(start), officers: officers(c, ctx), rights: { reconsideration: rights.reconsideration, litigation: rights.litigation }, date: shanghaiDateOf(start),
      };
      break;
    }
    default:
      // 询问笔录, 先行登记保存通知书: their content (questions and answers, items) comes from --data
      if (Object.keys(extra).length === 0) throw new DocumentError('BAD_INPUT', `「${kind}」的内容须用 --data 提供（本案数据不足以生成）`);
      input = { bureau, docNumber, caseName: caseName(c), party: extra.party ? p() : undefined, officers: officers(c, ctx), inquirers: officers(c, ctx) };
  }
  const { party: _party, ...rest } = extra;
  void _party;
  return deepMerge(input as DocumentInputs[K], rest);
}
