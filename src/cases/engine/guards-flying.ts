// Guards of 飞行检查 (医疗保障基金飞行检查管理暂行办法, 国家医疗保障局令第6号). Each refuses with
// an English code and a Chinese reason naming the article it enforces; registered at the end
// of the guards of engine/guards.ts.
import { findJurisdiction, isPast } from '../../law/index.js';
import { FLYING_CONSULT_MATTERS, FLYING_TRIGGERS } from '../steps/flying.js';
import type { GuardInput } from './guards.js';
import { libraryProblem, librarySetUp, LIBRARY_NAMES, type LibraryEntry, type LibraryKind } from './libraries.js';
import type { FlyingProblem, Refusal } from './types.js';

const RULE = '《医疗保障基金飞行检查管理暂行办法》';
const refuse = (code: string, message: string): Refusal => ({ code, message });
const measuredAt = (g: GuardInput): string => (g.input['日期'] ? g.stepDate : g.now);

/** The problems the 飞行检查 transferred to this handling case (its opening facts). */
export function transferredProblems(g: Pick<GuardInput, 'state'>): FlyingProblem[] {
  const list = g.state.facts['问题清单'];
  return Array.isArray(list) ? (list as FlyingProblem[]) : [];
}

/**
 * Who and what a step chooses from the libraries of 第六条: the 检查对象名录 of a draw, the
 * team's 组长, officers and 被检查对象, its 专家, the officers added on 报请调整检查.
 */
function chosenFromLibraries(input: Record<string, unknown>): Array<{ kind: LibraryKind; name: string; label: string; matches?: (e: LibraryEntry) => boolean }> {
  const out: Array<{ kind: LibraryKind; name: string; label: string; matches?: (e: LibraryEntry) => boolean }> = [];
  for (const t of Array.isArray(input['检查对象名录']) ? (input['检查对象名录'] as string[]) : []) out.push({ kind: '被检查对象', name: t, label: t });
  for (const t of Array.isArray(input['被检查对象']) ? (input['被检查对象'] as Array<{ 名称: string; 类别: string }>) : []) {
    out.push({ kind: '被检查对象', name: t.名称, label: `${t.名称}（${t.类别}）`, matches: (e) => !e.category || e.category === t.类别 });
  }
  const officers = [
    ...(typeof input['组长'] === 'string' ? [input['组长']] : []),
    ...(Array.isArray(input.officers) ? (input.officers as string[]) : []),
    ...(Array.isArray(input['增加人员']) ? (input['增加人员'] as string[]) : []),
  ];
  for (const n of new Set(officers)) out.push({ kind: '检查人员', name: n, label: n });
  for (const m of Array.isArray(input['其他成员']) ? (input['其他成员'] as Array<{ 姓名: string; 单位: string; 身份: string }>) : []) {
    if (m.身份 === '专家') out.push({ kind: '专家', name: m.姓名, label: `${m.姓名}（${m.单位}）`, matches: (e) => !e.unit || e.unit === m.单位 });
  }
  return out;
}

export const FLYING_GUARDS = {
  /**
   * 第六条: the targets, inspectors and experts come from the jurisdiction's 被检查对象库、检查人员库、
   * 专家库, as they stood on the step's day: a name not in it, or disabled on or before that day,
   * is refused. A library the bureau had not set up by that day (no entry added yet) does not
   * bind the step — existing inspections go on; the library binds from its first entry.
   */
  flyingFromLibraries(g: GuardInput): Refusal | null {
    const entries = g.ctx.libraries ?? [];
    for (const c of chosenFromLibraries(g.input)) {
      if (!librarySetUp(entries, c.kind, g.stepDate)) continue;
      const p = libraryProblem(entries, c.kind, c.name, g.stepDate, c.matches);
      if (!p) continue;
      const who = c.kind === '检查人员' ? (g.ctx.users.get(c.name)?.displayName ?? c.name) : c.label;
      return refuse(p.code, `「${who}」${p.why}：飞行检查的${c.kind}从本局${LIBRARY_NAMES[c.kind]}中选取（${RULE}第六条）`);
    }
    return null;
  },


  flyingLaunchLawful(g: GuardInput): Refusal | null {
    const i = g.input;
    const item = FLYING_TRIGGERS.indexOf(i['启动情形'] as (typeof FLYING_TRIGGERS)[number]) + 1;
    if (item === 2 && !i['关联举报案件']) return refuse('FLYING_TRIGGER_UNSUPPORTED', `以举报线索启动的，须关联反映重大安全风险的举报处理案件（${RULE}第十条第一款第（二）项）`);
    if (item === 3 && !i['关联监控线索']) return refuse('FLYING_TRIGGER_UNSUPPORTED', `以智能监控或者大数据筛查提示的风险启动的，须关联其线索编号（${RULE}第十条第一款第（三）项）`);
    if (item === 4 && !i['报道出处']) return refuse('FLYING_TRIGGER_UNSUPPORTED', `以新闻媒体曝光启动的，须写明报道出处（${RULE}第十条第一款第（四）项）`);
    if (item !== 1 && i['不采取双随机理由']) return refuse('INVALID_INPUT', `“双随机、一公开”只适用于年度工作计划安排的飞行检查；其他情形可直接开展检查（${RULE}第十一条）`);
    const here = findJurisdiction(g.state.jurisdiction.path);
    if (!here) return refuse('UNKNOWN_JURISDICTION', `未知辖区「${g.state.jurisdiction.path}」`);
    const scope = (i['检查范围'] as string | undefined) ?? '本行政区域';
    if (scope !== '本行政区域') {
      if (here.level !== '省') return refuse('FLYING_SCOPE', `省际联合、交叉飞行检查由省级医疗保障行政部门开展（${RULE}第四条第二款）`);
      const filed = i['备案日期'] as string | undefined;
      if (!filed) return refuse('FLYING_NOT_FILED', `省级医疗保障行政部门开展的省际联合、交叉飞行检查，应当在启动前向国家医疗保障行政部门备案（${RULE}第四条第二款）：未记录备案`);
      if (filed > g.stepDate) return refuse('FLYING_NOT_FILED', `备案日期${filed}晚于启动之日${g.stepDate}：应当在启动前备案（${RULE}第四条第二款）`);
    }
    const target = findJurisdiction(String(i['被检地部门']));
    if (!target) return refuse('UNKNOWN_JURISDICTION', `未知辖区「${String(i['被检地部门'])}」`);
    const oneDown = target.parent === here.path;
    if (scope === '本行政区域') {
      const self = target.path === here.path && here.level !== '省';
      if (!oneDown && !self) {
        return refuse(
          'FLYING_INSPECTED_BUREAU',
          `被检地医疗保障行政部门指组织飞行检查的医疗保障行政部门的下一级医疗保障行政部门（${RULE}第三十条）：「${target.path}」不是「${here.path}」的下一级${here.level === '省' ? '' : '（地市级及以下参照本办法的，也可由本部门处理，第三十一条）'}`,
        );
      }
    } else if (target.level !== '市') {
      return refuse('FLYING_INSPECTED_BUREAU', `省际联合、交叉飞行检查的被检地部门应为被检省份的下一级（地市级）医疗保障行政部门（${RULE}第三十条）`);
    }
    return null;
  },

  flyingDrawIfPlanned(g: GuardInput): Refusal | null {
    if (g.state.facts['年度计划'] !== true || g.state.facts['不采取双随机'] === true) return null;
    const draw = g.state.draw;
    if (!draw) return refuse('NOT_DRAWN', `年度工作计划安排的飞行检查原则上采取“双随机、一公开”的方式（${RULE}第十一条第一款）：尚未随机抽取被检查对象和检查人员；不采取的，须在启动时记录理由`);
    const officers = Array.isArray(g.input.officers) ? (g.input.officers as string[]) : [];
    const outsiders = officers.filter((n) => !draw.inspectors.includes(n));
    if (outsiders.length) return refuse('NOT_DRAWN', `「${outsiders.join('、')}」不是随机抽取的检查人员（抽中：${draw.inspectors.join('、')}；种子 ${draw.seed}）（${RULE}第十一条第一款）`);
    const targets = Array.isArray(g.input['被检查对象']) ? (g.input['被检查对象'] as Array<{ 名称: string }>).map((t) => t.名称) : [];
    const notDrawn = targets.filter((t) => !draw.targets.includes(t));
    if (notDrawn.length) return refuse('NOT_DRAWN', `「${notDrawn.join('、')}」不是随机抽取的被检查对象（抽中：${draw.targets.join('、')}）（${RULE}第十一条第一款）`);
    return null;
  },

  flyingTeamOnly(g: GuardInput): Refusal | null {
    const team = g.state.inspection?.team;
    if (!team) return refuse('NO_TEAM', `尚未组建飞行检查组（${RULE}第十二条）`);
    const members = new Set([team.leader, ...team.officers]);
    const named = [
      ...(g.actor.roles.includes('执法人员') ? [g.actor.name] : []),
      ...(Array.isArray(g.input.officers) ? (g.input.officers as string[]) : []),
      ...(Array.isArray(g.input['参加决策人员']) ? (g.input['参加决策人员'] as string[]) : []),
    ];
    const outsiders = [...new Set(named.filter((n) => !members.has(n)))];
    if (outsiders.length) {
      const names = outsiders.map((n) => g.ctx.users.get(n)?.displayName ?? n).join('、');
      return refuse('NOT_IN_TEAM', `「${names}」不是飞行检查组成员；现场检查需增加检查力量的，应当报组织飞行检查的医疗保障行政部门批准（${RULE}第十二条、第二十条）`);
    }
    const target = g.input['被检查对象'];
    if (typeof target === 'string' && !team.targets.some((t) => t.名称 === target)) {
      return refuse('NOT_A_TARGET', `「${target}」不是本次飞行检查的被检查对象（${team.targets.map((t) => t.名称).join('、')}）`);
    }
    return null;
  },

  flyingWithinPlan(g: GuardInput): Refusal | null {
    const plan = g.state.inspection?.plan;
    if (!plan?.approved) return refuse('PLAN_NOT_APPROVED', `具体实施方案报经组织飞行检查的医疗保障行政部门同意后执行（${RULE}第十四条第二款）`);
    if (g.stepDate < plan.from) return refuse('OUTSIDE_PLAN', `经同意的实施方案确定的检查时间自${plan.from}开始，${g.stepDate}不在其内（${RULE}第十四条）`);
    if (g.stepDate > plan.until) return refuse('OUTSIDE_PLAN', `经同意的实施方案确定的检查时间至${plan.until}止；现场检查需延长检查时间的，飞行检查组应当报组织飞行检查的医疗保障行政部门批准（${RULE}第二十条）`);
    return null;
  },

  noAdvanceNotice(g: GuardInput): Refusal | null {
    if (g.input['出示执法证件'] !== true) return refuse('CREDENTIALS_NOT_SHOWN', `飞行检查组到达检查现场后，应当向被检查对象出示执法证件及相关工作证件（${RULE}第十五条）`);
    if (g.input['告知权利义务'] !== true) return refuse('RIGHTS_NOT_TOLD', `飞行检查组应当告知被检查对象享有的权利和应尽的义务（${RULE}第十五条）`);
    const served = String(g.input['检查通知书送达日期']);
    if (served < g.stepDate) return refuse('NOTICE_IN_ADVANCE', `检查通知书于${served}送达，早于到达现场之日${g.stepDate}：飞行检查不预先告知被检查对象，检查通知书在到达检查现场后送达（${RULE}第二条、第十五条）`);
    if (served > g.stepDate) return refuse('NOTICE_NOT_ON_ARRIVAL', `检查通知书应在到达检查现场时送达（${g.stepDate}），不能记为${served}（${RULE}第十五条）`);
    return null;
  },

  flyingAdjustmentRequested(g: GuardInput): Refusal | null {
    const pending = (g.state.inspection?.adjustments ?? []).find((a) => !a.decision);
    if (typeof g.input['事项'] === 'string') {
      return pending ? refuse('ADJUSTMENT_PENDING', `已有待批准的报请事项「${pending.kind}」（${RULE}第二十条）`) : null;
    }
    if (!pending) return refuse('NO_ADJUSTMENT_REQUEST', `飞行检查组没有报请批准的事项；增加检查力量、延长检查时间、中止或者取消检查，由飞行检查组报组织飞行检查的医疗保障行政部门批准（${RULE}第二十条）`);
    const decision = String(g.input['决定']);
    if (decision !== '不同意' && decision !== `同意${pending.kind}`) return refuse('ADJUSTMENT_MISMATCH', `飞行检查组报请的是「${pending.kind}」，不能批准「${decision.replace(/^同意/, '')}」（${RULE}第二十条）`);
    return null;
  },

  flyingConclusionReady(g: GuardInput): Refusal | null {
    const insp = g.state.inspection;
    if (!insp?.feedbackOn) return refuse('NO_FEEDBACK', `现场检查作出检查结论前，飞行检查组应当向被检查对象反馈检查的有关情况（${RULE}第十八条）`);
    const window = g.state.deadlines.find((d) => d.id === '反馈异议期限' && d.status === 'open');
    if (window && !insp.noObjection && !isPast(window.due, measuredAt(g))) {
      return refuse('FEEDBACK_WINDOW_OPEN', `被检查对象对反馈情况提出陈述、申辩的期限（本局设定）至${window.due}届满，尚未届满且被检查对象未确认无异议（${RULE}第十八条）`);
    }
    const missing = FLYING_CONSULT_MATTERS.filter((m) => !(insp.consulted ?? []).includes(m));
    if (missing.length) return refuse('NOT_CONSULTED', `现场检查结束，飞行检查组应当与被检地医疗保障行政部门就${missing.join('、')}等事项进行充分沟通（${RULE}第二十一条第一款）`);
    const participants = Array.isArray(g.input['参加决策人员']) ? (g.input['参加决策人员'] as string[]) : [];
    const absent = (insp.team?.officers ?? []).filter((n) => !participants.includes(n));
    if (absent.length) return refuse('NOT_COLLECTIVE', `检查结论由飞行检查组集体决策（${RULE}第十八条）：「${absent.map((n) => g.ctx.users.get(n)?.displayName ?? n).join('、')}」未参加`);
    const concluded = (g.input['问题清单'] as FlyingProblem[] | undefined) ?? [];
    const unheard = concluded.filter((p) => !insp.problems.some((f) => f.编号 === p.编号));
    if (unheard.length) return refuse('PROBLEM_NOT_FED_BACK', `问题「${unheard.map((p) => p.编号).join('、')}」未向被检查对象反馈，不能写入检查结论（${RULE}第十八条）`);
    return null;
  },

  flyingProblemTransferred(g: GuardInput): Refusal | null {
    const transferred = transferredProblems(g);
    const raw = g.input['问题编号'];
    const numbers = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
    const unknown = numbers.filter((n) => !transferred.some((p) => p.编号 === n));
    if (unknown.length) return refuse('PROBLEM_NOT_TRANSFERRED', `问题「${unknown.join('、')}」不是飞行检查移交的问题（移交的问题：${transferred.map((p) => p.编号).join('、') || '无'}）（${RULE}第二十二条、第二十四条）`);
    if (typeof raw === 'string' && g.input['处理方式'] && g.state.inspection?.handled[raw]) {
      return refuse('ALREADY_HANDLED', `问题「${raw}」已于${g.state.inspection.handled[raw]!.date}按「${g.state.inspection.handled[raw]!.处理方式}」处理（${RULE}第二十四条）`);
    }
    const until = g.input['整改期限'];
    if (typeof until === 'string' && until <= g.stepDate) return refuse('INVALID_INPUT', `整改期限${until}应晚于要求整改之日${g.stepDate}（${RULE}第二十四条）`);
    return null;
  },

  flyingAllHandled(g: GuardInput): Refusal | null {
    if (!g.state.done['上报处理进度']) {
      const p = g.ctx.periods.get('飞行检查处理进度上报期限');
      return refuse('PROGRESS_NOT_REPORTED', `被检地医疗保障行政部门应当在收到移交材料的${p.amount}个${p.unit}内，将处理进度和整改方案上报组织飞行检查的医疗保障行政部门（${RULE}第二十三条第一款）`);
    }
    const handled = g.state.inspection?.handled ?? {};
    const open = transferredProblems(g).filter((p) => !handled[p.编号]);
    if (open.length) return refuse('PROBLEMS_UNHANDLED', `移交的问题「${open.map((p) => p.编号).join('、')}」尚未处理（${RULE}第二十四条第一款）`);
    return null;
  },

  flyingDifferenceExplained(g: GuardInput): Refusal | null {
    const compared = String(g.input['与移交结果比较']);
    if (compared === '存在较大差异' && !g.input['书面解释']) return refuse('EXPLANATION_REQUIRED', `被检地医疗保障行政部门的处理结果与移交的检查结果存在较大差异的，应当作出书面解释（${RULE}第二十三条第二款）`);
    if (compared === '一致') {
      const handled = g.state.inspection?.handled ?? {};
      const differing = transferredProblems(g).filter((p) => {
        const h = handled[p.编号];
        return h?.处理认定金额Fen !== undefined && p.涉及金额Fen !== undefined && h.处理认定金额Fen !== p.涉及金额Fen;
      });
      if (differing.length) return refuse('DIFFERENCE_NOT_DECLARED', `问题「${differing.map((p) => p.编号).join('、')}」处理认定的金额与移交的检查结果不同，不能报告为“一致”（${RULE}第二十三条第二款）`);
    }
    return null;
  },

  flyingInterviewRectified(g: GuardInput): Refusal | null {
    const grounds = (g.state.data['飞行检查约谈']?.['问题性质'] as string[] | undefined) ?? [];
    const wide = grounds.filter((x) => x === '区域性' || x === '普遍性');
    if (wide.length && !g.input['自查自纠情况']) return refuse('SELF_CHECK_REQUIRED', `约谈的是${wide.join('、')}问题：被检查对象所在地医疗保障部门应组织辖区内定点医药机构开展自查自纠，须写明组织情况（${RULE}第二十六条第二款）`);
    return null;
  },

  flyingClosable(g: GuardInput): Refusal | null {
    const d = g.state.deadlines.find((x) => x.id === '约谈整改期限' && x.status === 'open');
    if (d && !isPast(d.due, measuredAt(g))) return refuse('INTERVIEW_RECTIFICATION_PENDING', `被约谈对象应当在${d.amount}个${d.unit}内提出整改措施，期限至${d.due}，尚未上报（${RULE}第二十六条第二款）`);
    return null;
  },
};
