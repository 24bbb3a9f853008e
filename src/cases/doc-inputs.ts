// 文书 from case data: maps a case (its steps' inputs, officers, penalty range and decision,
// deadlines) onto the inputs of the document renderers. What the case does not know (an ID
// number, an address) comes from the 立案 step's 当事人信息 or from `extra`, never invented.
import {
  DocumentError,
  NUMBERED_KINDS,
  bureauByName,
  docNumberPrefixOf,
  formatDocNumber,
  issuerFor,
  lateFeeRule,
  loadBureaus,
  priorNoticeRights,
  remedyFor,
  statutoryPeriod,
  type BureauConfig,
  type DocumentInputs,
  type DocumentKind,
  type LegalArticle,
  type Officer,
  type Order,
  type Party,
  type Penalty,
} from './documents/index.js';
import { loadCorpus, parseNumeral } from '../law/index.js';
import { shanghaiDate } from './engine/time.js';
import type { CaseState, DecidedMeasure, User } from './engine/types.js';

export interface DocContext {
  users: ReadonlyMap<string, User>;
  /** The bureau (name or code in data/documents/bureaus.json); default the first one. */
  bureau?: string;
}

function bureauConfig(name?: string): BureauConfig {
  // TODO(lead): pick the bureau from the case's jurisdiction with bureauFor(path, date); the first one is a stand-in.
  return name ? bureauByName(name) : loadBureaus().bureaus[0]!;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

function stepAt(c: CaseState, step: string): string | undefined {
  return [...c.history].reverse().find((h) => h.step === step)?.at;
}

function dateOf(c: CaseState, step: string): string {
  const at = stepAt(c, step);
  if (!at) throw new DocumentError('BAD_INPUT', `本案尚未进行「${step}」，不能生成此文书`);
  return shanghaiDate(at);
}

function party(c: CaseState): Party {
  const info = (c.data['立案']?.['当事人信息'] ?? c.data['当场认定']?.['当事人信息'] ?? {}) as Partial<Party>;
  const name = info.name ?? c.party?.name;
  if (!name) throw new DocumentError('BAD_INPUT', '本案没有当事人');
  const type = info.type ?? (c.party?.type === '公民' ? '公民' : '法人');
  if (!info.idNumber || !info.address) {
    throw new DocumentError('BAD_INPUT', `当事人「${name}」的证件号码和住所未登记：请在「立案」时填写 当事人信息 { idNumber, address }，或用 --data 补充 party`);
  }
  return { ...info, name, type, idNumber: info.idNumber, address: info.address } as Party;
}

function officers(c: CaseState, ctx: DocContext): Officer[] {
  return c.officers.map((n) => {
    const u = ctx.users.get(n);
    return { name: u?.displayName ?? n, certificateNo: u?.certificate?.no ?? '' };
  });
}

/** Decided measures → 责令 orders and 行政处罚, apart (each fine its own line). */
function measuresText(list: readonly DecidedMeasure[]): { orders: Order[]; penalties: Penalty[] } {
  const orders: Order[] = [];
  const penalties: Penalty[] = [];
  for (const m of list) {
    if (m.kind === '罚款' || m.kind === '没收违法所得') penalties.push({ kind: m.kind, amountFen: m.amountFen ?? 0 });
    else if (m.kind === '责令退回') orders.push({ kind: '责令退回', amountFen: m.amountFen ?? 0 });
    else if (m.kind === '警告') penalties.push({ kind: '警告' });
    else if (m.kind.startsWith('责令') && m.amountFen === undefined && m.months === undefined) orders.push({ kind: '责令改正' });
    else if (m.months !== undefined) penalties.push({ kind: '暂停医药服务', months: m.months, text: m.kind });
    else penalties.push({ kind: '其他行政处罚', text: m.amountFen !== undefined ? `${m.kind}（${(m.amountFen / 100).toFixed(2)}元）` : m.kind });
  }
  return { orders, penalties };
}

/** 《条例》第四十条第一款 + the quoted text → LegalArticle. */
function articles(c: CaseState): LegalArticle[] {
  const seen = new Map<string, LegalArticle>();
  for (const m of c.penalty.range?.measures ?? []) {
    const cite = /《(.+?)》(.+)/.exec(m.citation);
    const quote = (m as { quote?: string }).quote;
    if (!cite || !quote) continue;
    const key = `${cite[1]}${cite[2]}`;
    if (!seen.has(key)) seen.set(key, withItems(c, { law: cite[1]!, article: cite[2]!, text: quote }));
  }
  return [...seen.values()];
}

/**
 * A quote never stops at its “：”: the 项 that apply come from the 调查终结 step's 适用项 (item
 * numbers); where the case does not record them, every item of the paragraph is quoted.
 * TODO(lead): record the applied items with the violation and drop the fallback.
 */
function withItems(c: CaseState, a: LegalArticle): LegalArticle {
  if (!/[：:]$/.test(a.text)) return a;
  const m = /^第(.+?)条(?:第(.+?)款)?$/.exec(a.article);
  const n = m ? parseNumeral(m[1]!) : undefined;
  const paragraph = n === undefined ? undefined : loadCorpus().article(a.law, n)?.paragraphs[(m![2] ? (parseNumeral(m![2]) ?? 1) : 1) - 1];
  if (!paragraph || paragraph.items.length === 0) return a;
  const wanted = c.data['调查终结']?.['适用项'];
  const numbers = Array.isArray(wanted) && wanted.every((x) => typeof x === 'number') ? (wanted as number[]) : paragraph.items.map((i) => i.number);
  const items = paragraph.items.filter((i) => numbers.includes(i.number)).map((i) => ({ number: i.number, text: i.text.replace(/[；。]$/, '') }));
  return items.length > 0 ? { ...a, items } : a;
}

function evidence(c: CaseState) {
  const items = c.attachments.filter((a) => a.step === '调查取证' || a.step === '当场认定').map((a) => ({ name: a.name, files: [{ fileName: a.fileName ?? a.name, sha256: a.sha256 }] }));
  if (items.length === 0) throw new DocumentError('BAD_INPUT', '本案没有「调查取证」附件，文书缺少证据');
  return items;
}

function caseName(c: CaseState): string {
  return str(c.data['立案']?.['案由']) ?? `${c.party?.name ?? ''}${c.item?.name ?? c.procedure.name}案`;
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
  const cfg = bureauConfig(ctx.bureau);
  const bureau = issuerFor(cfg, kind);
  const year = Number(c.openedAt.slice(0, 4));
  const numberOf = (k: DocumentKind) => formatDocNumber(docNumberPrefixOf(cfg, k), year, seqOf(c));
  const docNumber = NUMBERED_KINDS.includes(kind) ? numberOf(kind) : undefined;
  const p = () => (extra.party ? deepMerge({} as Party, extra.party) : party(c));
  let input: unknown;
  switch (kind) {
    case '立案审批表': {
      const d = c.data['立案'] ?? {};
      input = {
        bureau, docNumber, caseName: caseName(c), source: str(d['案件来源']) ?? (c.links.parent ? '监督检查' : '其他'), sourceDate: shanghaiDate(c.openedAt),
        parties: [p()], briefFacts: str(c.data['线索核查']?.['核查意见']) ?? '', articles: articles(c), officers: officers(c, ctx),
        officerOpinion: { opinion: str(c.data['线索核查']?.['核查意见']) ?? '建议立案', date: dateOf(c, '线索核查') },
        headApproval: { opinion: '同意立案', signer: ctx.users.get(c.history.find((h) => h.step === '立案')?.actor ?? '')?.displayName ?? '', date: dateOf(c, '立案') },
      };
      break;
    }
    case '行政处罚事先告知书': {
      const range = c.penalty.range;
      input = {
        bureau, docNumber, parties: [{ party: p(), ...measuresText(c.penalty.notified ?? []) }], caseName: caseName(c), filingDate: dateOf(c, '立案'),
        facts: str(c.data['调查终结']?.['调查终结报告']) ?? '', evidence: evidence(c), violated: articles(c), basis: articles(c),
        discretion: { reasons: range?.reasons ?? [] },
        rights: priorNoticeRights(statementPeriod(c), !!c.facts.hearingRight),
        contact: { person: officers(c, ctx)[0]?.name ?? '', ...(cfg.phone ? { phone: cfg.phone } : {}) }, date: dateOf(c, '告知'),
      };
      break;
    }
    case '听证通知书': {
      const h = c.penalty.hearing;
      if (!h?.date) throw new DocumentError('BAD_INPUT', '本案尚未通知听证');
      input = {
        bureau, docNumber, party: p(), caseName: caseName(c), requestDate: dateOf(c, '申请听证'), hearingTime: `${h.date}T09:00:00+08:00`,
        hearingPlace: h.place ?? '', publicHearing: true, host: ctx.users.get(h.host ?? '')?.displayName ?? h.host ?? '', recorder: officers(c, ctx)[0]?.name ?? '',
        articles: [], contact: { person: officers(c, ctx)[0]?.name ?? '', ...(cfg.phone ? { phone: cfg.phone } : {}) }, date: dateOf(c, '听证通知'),
      };
      break;
    }
    case '行政处罚决定书': {
      const statement = c.data['陈述申辩'];
      const measures = measuresText(c.penalty.decided ?? []);
      const hearingSummary = str(c.data['举行听证']?.['听证笔录']);
      input = {
        bureau, docNumber, parties: [{ party: p(), ...measures }], caseName: caseName(c), filingDate: dateOf(c, '立案'),
        priorNotice: { docNumber: numberOf('行政处罚事先告知书'), date: dateOf(c, '告知') },
        statement: statement ? { made: true, summary: str(statement['陈述内容']), review: str(statement['复核意见']) } : { made: false },
        ...(c.penalty.hearing?.heldAt ? { hearing: { date: shanghaiDate(c.penalty.hearing.heldAt), ...(hearingSummary ? { summary: hearingSummary } : {}) } } : {}),
        facts: str(c.data['调查终结']?.['调查终结报告']) ?? '', evidence: evidence(c), violated: articles(c), basis: articles(c),
        discretion: { reasons: c.penalty.range?.reasons ?? [] },
        ...(measures.penalties.some((m) => m.kind === '罚款' || m.kind === '没收违法所得') ? { payment: { period: statutoryPeriod('finePayment'), lateFee: lateFeeRule() } } : {}),
        remedy: remedyFor(cfg, dateOf(c, '决定')),
        ...(c.collective ? { collectiveDiscussionDate: shanghaiDate(c.collective.at) } : {}),
        date: dateOf(c, '决定'),
      };
      break;
    }
    case '送达回证': {
      const d = c.data['送达'] ?? {};
      input = {
        bureau, caseName: caseName(c), documents: [{ name: '行政处罚决定书', docNumber: numberOf('行政处罚决定书') }],
        recipient: c.party?.name ?? '', method: str(d['送达方式']) ?? '直接送达', place: str(d['送达地点']) ?? '', servedAt: stepAt(c, '送达') ?? '', servers: officers(c, ctx),
      };
      if (!stepAt(c, '送达')) throw new DocumentError('BAD_INPUT', '本案尚未进行「送达」');
      break;
    }
    case '结案报告': {
      const decided = c.penalty.decided ?? [];
      const m = measuresText(decided);
      // The case records no payments yet: the execution outcome and the 结案 ground come from `extra`
      // (never assumed paid); without them the document is refused.
      if (!extra.execution || !extra.closingGround) {
        throw new DocumentError('BAD_INPUT', '结案报告须写明执行结果（缴款、强制执行等）和结案情形：本案没有缴款记录，请补充 execution 和 closingGround');
      }
      const executionNote = str(c.data['执行']?.['执行情况']);
      input = {
        bureau, caseNumber: numberOf('立案审批表'), caseName: caseName(c), parties: [p()], filingDate: dateOf(c, '立案'),
        ...(c.penalty.decidedAt ? { decision: { title: '行政处罚决定书', docNumber: numberOf('行政处罚决定书'), date: shanghaiDate(c.penalty.decidedAt), parties: [{ party: p(), ...m }] } } : {}),
        execution: executionNote ? { note: executionNote } : {},
        summary: str(c.data['结案']?.['结案报告']) ?? '', officers: officers(c, ctx),
        officerOpinion: { opinion: '建议结案', date: dateOf(c, '结案') },
      };
      break;
    }
    case '封存决定书': {
      const d = c.data['实施封存'] ?? c.data['紧急封存'] ?? c.data['申请封存'] ?? {};
      const start = stepAt(c, '实施封存') ?? stepAt(c, '紧急封存');
      if (!start) throw new DocumentError('BAD_INPUT', '本案尚未实施封存');
      const limit = c.deadlines.find((x) => x.id === '封存期限');
      const approvedAt = stepAt(c, '补办批准') ?? stepAt(c, '批准封存');
      const approver = ctx.users.get([...c.history].reverse().find((h) => h.step === '补办批准' || h.step === '批准封存')?.actor ?? '')?.displayName;
      const emergency = stepAt(c, '紧急封存');
      input = {
        bureau, docNumber, party: p(), caseName: caseName(c), reason: str(c.data['申请封存']?.['封存理由']) ?? str(c.data['紧急封存']?.['紧急情况']) ?? '',
        basis: [], items: [{ name: str(d['封存清单']) ?? str(c.data['申请封存']?.['封存清单']) ?? '', quantity: '见清单' }], storagePlace: str(d['封存地点']) ?? '就地封存',
        period: statutoryPeriod('sealing'), ...(limit?.due ? { endDate: limit.due } : {}),
        approval: emergency
          ? { kind: '情况紧急当场实施', takenAt: emergency, reportedAt: stepAt(c, '报告负责人'), approvedBy: approver, approvedAt }
          : { kind: '事前批准', approvedBy: approver, approvedAt },
        startDate: shanghaiDate(start), officers: officers(c, ctx), remedy: remedyFor(cfg, shanghaiDate(start)), date: shanghaiDate(start),
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
