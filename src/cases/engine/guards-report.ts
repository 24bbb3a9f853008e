// Guards of 举报处理 (医疗保障基金使用监督管理举报处理暂行办法, 国家医疗保障局令第5号) and of the
// reward case a report feeds. Each refuses with an English code and a Chinese reason naming
// the article; registered at the end of the guards of engine/guards.ts.
import { findJurisdiction, isPast, withinJurisdiction } from '../../law/index.js';
import { isResidentIdNumber, isUnifiedSocialCreditCode } from '../steps/identity.js';
import { NATURAL_PERSON_KINDS, ORAL_CHANNELS, type ReporterIdentity } from '../steps/report.js';
import type { GuardInput } from './guards.js';
import type { CaseState, Refusal } from './types.js';

const RULE = '《医疗保障基金使用监督管理举报处理暂行办法》';
const refuse = (code: string, message: string): Refusal => ({ code, message });
const measuredAt = (g: GuardInput): string => (g.input['日期'] ? g.stepDate : g.now);

/** The department one level up that both sides of a dispute share (第十条 “共同的上一级”). */
export function commonParent(a: string, b: string): string | undefined {
  const pa = a.split('/');
  const pb = b.split('/');
  let n = 0;
  while (n < pa.length && n < pb.length && pa[n] === pb[n]) n++;
  // one contains the other: the one above the higher of the two
  const shared = pa.slice(0, n);
  if (n === pa.length || n === pb.length) shared.pop();
  return shared.length ? shared.join('/') : undefined;
}

/** A child case's step as the parent recorded it (watches of the procedure). */
interface Followed {
  案件: string;
  步骤: string;
  状态: string;
  日期: string;
  决定类型?: string;
}
const followed = (g: GuardInput, fact: string): Followed | undefined => g.state.facts[fact] as Followed | undefined;

/** 第十六条第二款: a report whose material is marked 涉密 publishes nothing. */
function classifiedRefusal(s: CaseState, what: string): Refusal | null {
  const c = s.report?.classified;
  if (!c) return null;
  return refuse('REPORT_CLASSIFIED', `本举报的${c.materials.join('、')}已于${c.date}标记为涉密（${c.kind}），${what}：对举报处理工作中获悉的国家秘密以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息，应当严格保密（${RULE}第十六条第二款）`);
}

/** The last index in the history of a step, or -1. */
const lastDone = (s: CaseState, step: string): number => s.history.map((h) => h.step).lastIndexOf(step);

/** 第二十条 “经查实”: the lead's decision found the reported conduct (not 违法事实不能成立). */
function notVerified(g: GuardInput, why: string): Refusal | null {
  const decided = followed(g, '处理决定');
  if (!decided) return refuse('REPORT_NOT_VERIFIED', `${why}：举报转入的线索案件尚未作出处理决定，举报未经查实`);
  if (decided.决定类型 === '违法事实不能成立') return refuse('REPORT_NOT_VERIFIED', `${why}：线索案件${decided.案件}的决定为“违法事实不能成立”，举报未经查实`);
  return null;
}

export const REPORT_GUARDS = {
  reportRealName(g: GuardInput): Refusal | null {
    const i = g.input;
    if (ORAL_CHANNELS.includes(String(i['接收渠道'])) && !i['非书面举报记录']) return refuse('ORAL_REPORT_NOT_RECORDED', `举报人采取非书面方式举报的，医疗保障行政部门工作人员应当记录（${RULE}第七条）`);
    if (i['接收渠道'] === '医疗保障经办机构等部门移交' && !i['移交机构']) return refuse('MISSING_INPUT', `医疗保障经办机构等部门接收后移交的举报线索，须写明移交机构（${RULE}第六条第一款）`);
    const who = i['举报人'] as ReporterIdentity | undefined;
    if (i['实名'] === true) {
      const why = `实名举报的，举报时应提供本人真实身份信息和真实有效的联系方式（${RULE}第八条第一款）`;
      if (!who) return refuse('REAL_NAME_INCOMPLETE', `${why}：未登记举报人`);
      if (!who.证件类型 || !who.证件号码) return refuse('REAL_NAME_INCOMPLETE', `${why}：未登记身份证件`);
      if (!who.电话 && !who.通讯地址 && !who.电子邮箱) return refuse('REAL_NAME_INCOMPLETE', `${why}：未登记联系方式`);
      if (who.证件类型 === '居民身份证' && !isResidentIdNumber(who.证件号码)) return refuse('REAL_NAME_INCOMPLETE', `${why}：居民身份证号码校验不通过`);
      if (who.证件类型 === '统一社会信用代码' && !isUnifiedSocialCreditCode(who.证件号码)) return refuse('REAL_NAME_INCOMPLETE', `${why}：统一社会信用代码校验不通过`);
      if (i['举报人类型'] === '自然人' && who.证件类型 === '统一社会信用代码') return refuse('REAL_NAME_INCOMPLETE', `${why}：自然人的身份证件不是统一社会信用代码`);
      if (i['举报人类型'] !== '自然人' && who.证件类型 === '居民身份证') return refuse('REAL_NAME_INCOMPLETE', `${why}：法人或者其他组织应登记统一社会信用代码`);
    } else if (who?.证件号码 || who?.姓名或名称 && !i['留有联系方式']) {
      return refuse('ANONYMOUS_WITH_IDENTITY', `匿名举报不登记举报人的身份；登记身份的，按实名举报办理并履行告知程序（${RULE}第八条第一款）`);
    }
    if (i['留有联系方式'] === true && i['实名'] !== true && !who?.电话 && !who?.通讯地址 && !who?.电子邮箱) return refuse('MISSING_INPUT', '匿名举报人留有联系方式的，须登记联系方式（保密）');
    return null;
  },

  reportWithinAuthority(g: GuardInput): Refusal | null {
    const r = g.state.report;
    if (!r) return refuse('NOT_REGISTERED', `举报尚未登记（${RULE}第八条第二款）`);
    const here = g.state.jurisdiction.path;
    const to = g.input['下级部门'];
    if (typeof to === 'string') {
      if (!findJurisdiction(to)) return refuse('UNKNOWN_JURISDICTION', `未知辖区「${to}」`);
      if (to === here || !withinJurisdiction(here, to)) return refuse('NOT_A_LOWER_BUREAU', `「${to}」不是本部门的下级医疗保障行政部门（${RULE}第十一条第一款）`);
      if (!withinJurisdiction(to, r.place)) return refuse('REPORT_OUTSIDE_AUTHORITY', `被举报行为发生地「${r.place}」不在「${to}」辖区，该部门不具备处理权限（${RULE}第九条第一款、第十一条第一款）`);
      return null;
    }
    if (r.dispute) return refuse('JURISDICTION_DISPUTE', `与「${r.dispute.with}」的处理权限争议尚未解决：应当协商解决，协商不成的报请共同的上一级医疗保障行政部门指定处理部门（${RULE}第十条）`);
    if (!withinJurisdiction(here, r.place)) {
      return refuse('REPORT_OUTSIDE_AUTHORITY', `被举报行为发生地为「${r.place}」，不在本部门辖区（${here}）：举报由被举报行为发生地的县级以上医疗保障行政部门处理（${RULE}第九条第一款）；不具备处理权限的，应当告知举报人直接向有处理权限的部门提出（第九条第二款）`);
    }
    return null;
  },

  reportParentBureau(g: GuardInput): Refusal | null {
    const here = g.state.jurisdiction.path;
    if (typeof g.input['指定'] === 'string') {
      const other = g.state.report?.dispute?.with;
      if (!other) return refuse('NO_DISPUTE', `没有处理权限争议（${RULE}第十条）`);
      const d = g.state.deadlines.find((x) => x.id === '权限争议协商期限' && x.status === 'open');
      if (d && !isPast(d.due, measuredAt(g))) return refuse('DISPUTE_NEGOTIATING', `处理权限争议应当自发生争议之日起${d.amount}个${d.unit}内协商解决，期限至${d.due}；协商不成的，才报请共同的上一级医疗保障行政部门指定处理部门（${RULE}第十条）`);
      const common = commonParent(here, other);
      if (!common) return refuse('NO_COMMON_PARENT', `「${here}」与「${other}」没有共同的上一级医疗保障行政部门在本系统中（${RULE}第十条）`);
      if (g.actor.jurisdiction !== common) return refuse('NOT_COMMON_PARENT', `协商不成的，报请共同的上一级医疗保障行政部门（${common}）指定处理部门；「${g.actor.displayName}」属于${g.actor.jurisdiction}（${RULE}第十条）`);
      return null;
    }
    const parent = findJurisdiction(here)?.parent;
    if (!parent) return refuse('NO_PARENT_BUREAU', `本部门（${here}）没有上级医疗保障行政部门在本系统中（${RULE}第九条第三款）`);
    if (g.actor.jurisdiction !== parent) return refuse('NOT_PARENT_BUREAU', `须由上级医疗保障行政部门（${parent}）决定；「${g.actor.displayName}」属于${g.actor.jurisdiction}（${RULE}第九条第三款）`);
    return null;
  },

  reportNoOnwardTransfer(g: GuardInput): Refusal | null {
    const held = g.state.report?.heldBy;
    if (held) return refuse('NO_ONWARD_TRANSFER', `举报已分送「${held}」处理；该机构不具备处理权限的，应当及时反馈统一接收举报的工作机构，不得自行移送（${RULE}第十一条第二款）`);
    if (g.state.report?.dispute) return refuse('JURISDICTION_DISPUTE', `处理权限争议尚未解决（${RULE}第十条）`);
    return null;
  },

  reportLeadDecided(g: GuardInput): Refusal | null {
    if (!followed(g, '立案决定')) {
      const p = g.ctx.periods.get('实名举报告知期限');
      return refuse('LEAD_NOT_DECIDED', `举报转入的线索尚未作出是否立案的决定；实名举报人自作出是否立案决定之日起${p.amount}个${p.unit}内告知（${RULE}第十二条第二款）`);
    }
    return null;
  },

  reportResultNotice(g: GuardInput): Refusal | null {
    const r = g.state.report;
    if (r?.withdrawnOn) return refuse('REPORT_WITHDRAWN', `举报人已于${r.withdrawnOn}撤回举报：医疗保障行政部门不再将处理结果告知举报人（${RULE}第十四条）`);
    if (!followed(g, '处理决定') && !followed(g, '线索办结')) return refuse('NO_RESULT', `举报转入的线索尚无处理结果（${RULE}第十三条）`);
    if (!r?.contact) return refuse('NO_CONTACT', '举报人未留联系方式，无法告知处理结果');
    return null;
  },

  reportLeadClosed(g: GuardInput): Refusal | null {
    if (g.state.done['转为线索'] && !followed(g, '线索办结')) return refuse('LEAD_OPEN', `举报转入的线索案件尚未办结，举报不能办结（${RULE}第十二条第一款、第二十二条）`);
    const d = g.state.deadlines.find((x) => x.id === '实名举报告知期限' && x.status === 'open');
    if (d) return refuse('REPORTER_NOT_TOLD', `尚未将是否立案告知实名举报人（应于${d.due}前告知）（${RULE}第十二条第二款）`);
    return null;
  },

  reportVerified(g: GuardInput): Refusal | null {
    if (g.state.done['转入奖励']) return refuse('ALREADY_REWARDED', `本举报已转入举报奖励（${RULE}第二十一条）`);
    return notVerified(g, `经查实符合举报奖励条件的举报，医疗保障行政部门应当按规定予以奖励（${RULE}第二十一条）`);
  },

  reportTypicalVerified(g: GuardInput): Refusal | null {
    return classifiedRefusal(g.state, '不能作为典型案例向社会公布') ?? notVerified(g, `对经查实且具有重大社会影响的典型案例，应当向社会公布（${RULE}第二十条）`);
  },

  reportReviewMasked(g: GuardInput): Refusal | null {
    const blocked = classifiedRefusal(g.state, '不予公开，无需公开前审查');
    if (blocked) return blocked;
    const i = g.input;
    const why = `涉及商业秘密、个人隐私等信息，依照《中华人民共和国政府信息公开条例》等有关规定执行（${RULE}第十六条第三款）`;
    if ((i['商业秘密'] === '涉及，已遮蔽' || i['个人隐私'] === '涉及，已遮蔽') && !i['遮蔽说明']) return refuse('MASKING_NOT_STATED', `${why}：涉及商业秘密或者个人隐私的，须写明遮蔽了哪些信息`);
    const text = String(i['公开文本'] ?? '');
    const reg = (g.state.data['登记举报'] ?? g.state.facts['举报登记'] ?? {}) as { 被举报人?: Array<{ 名称: string; 类别: string }> };
    const person = (reg.被举报人 ?? []).find((p) => NATURAL_PERSON_KINDS.includes(p.类别) && text.includes(p.名称));
    if (person) return refuse('PRIVACY_NOT_MASKED', `${why}：拟公开文本含有自然人被举报人「${person.名称}」的姓名，属个人隐私，须遮蔽后公开`);
    return null;
  },

  reportPublishable(g: GuardInput): Refusal | null {
    const s = g.state;
    const blocked = classifiedRefusal(s, '不得在公示门户公布');
    if (blocked) return blocked;
    if (s.report?.published) return refuse('ALREADY_PUBLISHED', `本典型案例已于${s.report.published.date}公布`);
    const reviewed = lastDone(s, '公开前保密审查');
    if (reviewed < 0 || reviewed < lastDone(s, '标记典型案例') || !s.report?.disclosureReview) {
      return refuse('DISCLOSURE_NOT_REVIEWED', `公布前须对商业秘密、个人隐私等信息进行审查并遮蔽（「公开前保密审查」，在标记典型案例之后），未经审查不得公布（${RULE}第十六条第三款、第二十条）`);
    }
    if (!s.report.typical) return refuse('NOT_TYPICAL_CASE', `只有标记为典型案例（经查实且具有重大社会影响）的举报案件向社会公布（${RULE}第二十条）`);
    return null;
  },

  annualReportProvincial(g: GuardInput): Refusal | null {
    const j = findJurisdiction(g.state.jurisdiction.path);
    if (j?.level !== '省') return refuse('NOT_PROVINCIAL', `举报处理工作年度报告由省级医疗保障行政部门向国务院医疗保障行政部门报告；「${g.state.jurisdiction.path}」不是省级（${RULE}第十九条）`);
    const year = Number(g.input['年度']);
    if (year >= Number(g.stepDate.slice(0, 4))) return refuse('YEAR_NOT_ENDED', `年度报告报告的是上一年度的举报处理工作情况；${year}年度尚未结束（${RULE}第十九条）`);
    return null;
  },

  fromReportCase(g: GuardInput): Refusal | null {
    if (typeof g.state.facts['举报案件'] !== 'string') return refuse('NOT_FROM_REPORT', '本案不是由举报处理案件转入的，请用「受理举报」登记举报人（《医疗保障基金使用监督管理举报处理暂行办法》第二十一条）');
    return null;
  },
};
