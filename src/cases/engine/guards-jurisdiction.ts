// 管辖 at 立案 (医疗保障行政处罚程序暂行规定 第九条、第十五条第一款第（三）项): the place of the
// violation lies within the bureau's jurisdiction (a county's place is within its city); for
// 异地就医 the place of treatment (就医地) decides, and where only the insured person broke the
// rules, the place where they are insured (参保地). Not given, the place is the case's own
// jurisdiction. A case outside is not filed here but sent on (第十二条).
//
// 管辖的变更 (第十条至第十二条; the effects in engine/venue.ts): only the case's own department
// sends it on (移送), hands it down, raises or settles a dispute; a superior takes it up; only the
// common superior — the nearest department above both in data/jurisdictions.json — designates
// after a dispute; a case received by 移送 (or placed by a superior) is never passed on by its
// holder (第十二条第二款); a case a law reserves for the superior is never handed below it (第十一条).
import { findJurisdiction, isPast, parseCitations, withinJurisdiction } from '../../law/index.js';
import { mainParty } from '../steps/party.js';
import type { GuardInput } from './guards.js';
import type { Refusal } from './types.js';

const RULE = '医疗保障行政处罚程序暂行规定';
const measuredAt = (g: GuardInput): string => (g.input['日期'] ? g.stepDate : g.now);
const depth = (path: string): number => path.split('/').length;

/** The departments above `path`, nearest first, by the parents of data/jurisdictions.json. */
function superiorsOf(path: string): string[] {
  const out: string[] = [];
  for (let p = findJurisdiction(path)?.parent; p; p = findJurisdiction(p)?.parent) out.push(p);
  return out;
}

/** 共同的上一级医疗保障行政部门 (第十条、第十二条第二款): the nearest department above both. */
export function commonSuperior(a: string, b: string): string | undefined {
  const above = new Set(superiorsOf(b));
  return superiorsOf(a).find((p) => above.has(p));
}

/** The department a step moves the case to, if it moves it: its input, or the actor's own for 提级管辖. */
export function venueTargetOf(g: Pick<GuardInput, 'step' | 'input' | 'actor' | 'state'>): string | undefined {
  const i = g.input;
  switch (g.step.id) {
    case '移送管辖':
      return i['受移送部门'] as string;
    case '指定下级管辖':
      return i['下级部门'] as string;
    case '提级管辖':
      return g.actor.jurisdiction;
    case '指定管辖':
      return i['指定管辖部门'] as string;
    case '协商管辖':
      return i['结果'] === '由对方部门管辖' ? g.state.venue?.dispute?.with : undefined;
    default:
      return undefined;
  }
}

/** 第十一条第二句: a reservation names a law, regulation or rule and its article. */
export function reservationProblem(flagged: unknown, basis: unknown): string | null {
  if (flagged !== true) return basis === undefined ? null : `未登记本案由法律、法规、规章明确规定由上级部门管辖，不填写依据（${RULE}第十一条）`;
  if (typeof basis !== 'string') return `法律、法规、规章明确规定由上级部门管辖的，须写明规定的条文（${RULE}第十一条）`;
  if (!parseCitations(basis).some((c) => c.statute && c.refs.length)) return `「${basis}」不是法律、法规、规章的条文，应写明如《××条例》第×条（${RULE}第十一条）`;
  return null;
}
const refuse = (code: string, message: string): Refusal => ({ code, message });

export const JURISDICTION_GUARDS = {
  placeWithinJurisdiction(g: GuardInput): Refusal | null {
    const here = g.state.jurisdiction.path;
    const check = (field: string, path: string | undefined, rule: string): Refusal | null => {
      if (!path) return refuse('MISSING_INPUT', `须填写${field}（${rule}）`);
      if (!findJurisdiction(path)) return refuse('UNKNOWN_JURISDICTION', `${field}「${path}」不是已知的行政区划`);
      if (!withinJurisdiction(here, path)) return refuse('NOT_COMPETENT', `${field}为${path}，不在本部门辖区（${here}）内，本部门不能立案：应当移送有管辖权的医疗保障行政部门（${rule}；第十二条第一款）`);
      return null;
    };
    const i = g.input;
    if (i['仅参保人员违法'] === true) {
      const party = mainParty((i['parties'] as Parameters<typeof mainParty>[0] | undefined) ?? g.state.parties);
      if (party && party.主体类别 !== '参保个人') return refuse('INVALID_INPUT', `当事人「${party.名称}」是${party.主体类别}，不是参保人员，不属“仅参保人员违法”（${RULE}第九条第二款）`);
      return check('参保地', i['参保地'] as string | undefined, `${RULE}第九条第二款：仅参保人员违法的，由参保地医疗保障行政部门调查处理`);
    }
    if (i['异地就医'] === true) return check('就医地', i['就医地'] as string | undefined, `${RULE}第九条第二款：异地就医的违法行为，由就医地医疗保障行政部门调查处理`);
    const place = i['违法行为发生地'] as string | undefined;
    return place ? check('违法行为发生地', place, `${RULE}第九条第一款：由违法行为发生地的县级以上医疗保障行政部门管辖`) : null;
  },

  /** Sending on, handing down, raising or settling a dispute: the case's own department decides. */
  venueHolder(g: GuardInput): Refusal | null {
    const here = g.state.jurisdiction.path;
    if (g.actor.jurisdiction !== here) return refuse('NOT_CASE_BUREAU', `「${g.step.id}」由本案的管辖部门（${here}）决定；「${g.actor.displayName}」属于${g.actor.jurisdiction}（${RULE}第十条至第十二条）`);
    return null;
  },

  /** 第十二条第二款: a case received by 移送, or placed by a superior, is not passed on by its holder. */
  noOnwardTransfer(g: GuardInput): Refusal | null {
    const v = g.state.venue;
    const onward = g.step.id === '移送管辖' || (g.step.id === '协商管辖' && g.input['结果'] === '由对方部门管辖');
    if (!onward || !v) return null;
    if (v.received) return refuse('NO_ONWARD_TRANSFER', `本案系${v.received.on}由「${v.received.from}」移送而来：受移送的医疗保障行政部门对管辖权有异议的，应当报请共同的上一级医疗保障行政部门指定管辖，不得再自行移送（${RULE}第十二条第二款）`);
    if (v.designated) return refuse('NO_ONWARD_TRANSFER', `本案系${v.designated.on}由「${v.designated.by}」指定本部门管辖，不得自行移送；对管辖权有异议的，报请共同的上一级医疗保障行政部门指定管辖（${RULE}第十条、第十一条、第十二条第二款）`);
    return null;
  },

  /** 第十一条第二句: a case a law reserves for the superior is never handed below it. */
  venueReserved(g: GuardInput): Refusal | null {
    const problem = g.step.id === '提级管辖' || g.step.id === '立案' ? reservationProblem(g.input['法定由上级管辖'], g.input['法定管辖依据']) : null;
    if (problem) return refuse('INVALID_INPUT', problem);
    const r = g.state.venue?.reserved;
    const to = venueTargetOf(g);
    if (!r || !to || depth(to) <= depth(r.path)) return null;
    return refuse('RESERVED_FOR_SUPERIOR', `依${r.basis}，本案应当由上级医疗保障行政部门（${r.path}一级）管辖：不得交由下级医疗保障行政部门（${to}）管辖（${RULE}第十一条）`);
  },

  /** Where the case may go: a known department other than this one, each move by its own rule. */
  venueTarget(g: GuardInput): Refusal | null {
    const here = g.state.jurisdiction.path;
    const step = g.step.id;
    const to = step === '发生管辖权争议' ? (g.input['争议部门'] as string) : venueTargetOf(g);
    if (step === '协商管辖' || step === '报请指定管辖') return null;
    if (!to) return refuse('MISSING_INPUT', `须写明${step === '指定管辖' ? '指定管辖的部门' : '受移送的部门'}`);
    if (!findJurisdiction(to)) return refuse('UNKNOWN_JURISDICTION', `「${to}」不是已知的行政区划`);
    switch (step) {
      case '移送管辖':
        if (to === here) return refuse('INVALID_INPUT', `不能移送给本部门（${RULE}第十二条第一款）`);
        if (withinJurisdiction(here, to)) return refuse('USE_HAND_DOWN', `「${to}」是本部门的下级医疗保障行政部门：上级部门将本部门管辖的案件交由下级管辖，用「指定下级管辖」（${RULE}第十一条）`);
        return null;
      case '指定下级管辖':
        if (to === here || !withinJurisdiction(here, to)) return refuse('NOT_A_LOWER_BUREAU', `「${to}」不是本部门（${here}）的下级医疗保障行政部门（${RULE}第十一条）`);
        return null;
      case '提级管辖':
        return null;
      case '发生管辖权争议':
        if (to === here) return refuse('INVALID_INPUT', `争议部门不能是本部门（${RULE}第十条）`);
        if (!commonSuperior(here, to)) return refuse('NO_COMMON_SUPERIOR', `「${here}」与「${to}」在本系统中没有共同的上一级医疗保障行政部门（${RULE}第十条）`);
        return null;
      case '指定管辖': {
        const other = g.state.venue?.dispute?.with;
        if (to !== here && to !== other) return refuse('NOT_A_PARTY_TO_DISPUTE', `指定管辖的部门应为发生争议的「${here}」或「${other}」之一，不是「${to}」（${RULE}第十条）`);
        return null;
      }
      default:
        return null;
    }
  },

  /** 第十一条第一句: only a department above the case's takes it up. */
  venueSuperior(g: GuardInput): Refusal | null {
    const here = g.state.jurisdiction.path;
    if (!superiorsOf(here).includes(g.actor.jurisdiction)) return refuse('NOT_SUPERIOR_BUREAU', `只有上级医疗保障行政部门可以直接管辖下级部门管辖的案件；「${g.actor.displayName}」属于${g.actor.jurisdiction}，不是本案管辖部门（${here}）的上级（${RULE}第十一条）`);
    return null;
  },

  /**
   * 第十条: the dispute is negotiated within the seven working days; the request to the superior
   * follows a failed negotiation (or the days run out), or — for a case received by 移送 — an
   * objection to jurisdiction (第十二条第二款); only the common superior designates.
   */
  venueDispute(g: GuardInput): Refusal | null {
    const v = g.state.venue;
    const d = v?.dispute;
    const here = g.state.jurisdiction.path;
    switch (g.step.id) {
      case '发生管辖权争议':
        if (d) return refuse('DISPUTE_PENDING', `与「${d.with}」的管辖权争议尚未解决（${RULE}第十条）`);
        return null;
      case '协商管辖':
        if (!d) return refuse('NO_DISPUTE', `没有管辖权争议（${RULE}第十条）`);
        if (d.failed || d.requestedOn) return refuse('NEGOTIATION_OVER', `与「${d.with}」的协商已经不成${d.requestedOn ? `，已于${d.requestedOn}报请共同的上一级医疗保障行政部门指定管辖` : ''}（${RULE}第十条）`);
        return null;
      case '报请指定管辖': {
        if (d) {
          if (d.requestedOn) return refuse('ALREADY_REQUESTED', `已于${d.requestedOn}报请「${d.common}」指定管辖（${RULE}第十条）`);
          const limit = g.state.deadlines.find((x) => x.id === '管辖权争议协商期限' && x.status === 'open');
          if (!d.failed && limit && !isPast(limit.due, measuredAt(g))) return refuse('DISPUTE_NEGOTIATING', `管辖权争议应当自发生争议之日起${limit.amount}个${limit.unit}内协商解决（至${limit.due}）；协商不成的，才报请共同的上一级医疗保障行政部门指定管辖（${RULE}第十条）`);
          return null;
        }
        const from = v?.received?.from;
        if (!from) return refuse('NO_DISPUTE', `没有管辖权争议：发生争议的，先登记争议并在法定期限内协商（${RULE}第十条）`);
        const named = g.input['争议部门'];
        if (named !== undefined && named !== from) return refuse('INVALID_INPUT', `受移送的案件对管辖权有异议的，报请本部门与移送部门「${from}」共同的上一级医疗保障行政部门指定管辖（${RULE}第十二条第二款）`);
        if (!commonSuperior(here, from)) return refuse('NO_COMMON_SUPERIOR', `「${here}」与「${from}」在本系统中没有共同的上一级医疗保障行政部门（${RULE}第十二条第二款）`);
        return null;
      }
      case '指定管辖': {
        if (!d) return refuse('NO_DISPUTE', `没有管辖权争议，无须指定管辖（${RULE}第十条）`);
        const common = commonSuperior(here, d.with);
        if (g.actor.jurisdiction !== common) return refuse('NOT_COMMON_SUPERIOR', `指定管辖由「${here}」与「${d.with}」共同的上一级医疗保障行政部门（${common ?? '本系统中没有'}）决定；「${g.actor.displayName}」属于${g.actor.jurisdiction}（${RULE}第十条）`);
        return null;
      }
      default:
        return null;
    }
  },

  /** No case moves on, is filed or closes its investigation while a dispute over it is pending (第十条). */
  venueUndisputed(g: GuardInput): Refusal | null {
    const d = g.state.venue?.dispute;
    if (d) return refuse('DISPUTE_PENDING', `与「${d.with}」的管辖权争议尚未解决：应当协商解决，协商不成的报请共同的上一级医疗保障行政部门（${d.common}）指定管辖，不能进行「${g.step.id}」（${RULE}第十条）`);
    return null;
  },

  /** The department that received the case names its own officers: only after a move left it without them. */
  venueOfficersNeeded(g: GuardInput): Refusal | null {
    const here = g.state.jurisdiction.path;
    if (!g.state.venue?.moves.length) return refuse('NOT_MOVED', `本案未移送、提级或者指定管辖，承办人员在立案时确定（${RULE}第十五条）`);
    if (g.state.officers.length && g.state.officers.every((n) => withinJurisdiction(here, g.ctx.users.get(n)?.jurisdiction ?? ''))) return refuse('OFFICERS_ASSIGNED', `本案已确定本部门的承办人员（${g.state.officers.join('、')}）`);
    return null;
  },
};
