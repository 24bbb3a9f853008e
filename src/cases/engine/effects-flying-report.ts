// Effects of 飞行检查 (医疗保障基金飞行检查管理暂行办法, 局令第6号) and 举报处理
// (医疗保障基金使用监督管理举报处理暂行办法, 局令第5号): what a step of those procedures
// changes in the case and which cases it opens. Called from engine.ts's applyEffects; a
// refusal here still changes nothing (the engine works on a copy).
import { findJurisdiction } from '../../law/index.js';
import type { Effect, StepDef } from '../procedure/model.js';
import { FLYING_TRIGGERS } from '../steps/flying.js';
import type { ReporterIdentity } from '../steps/report.js';
import type { CaseState, EngineContext, FlyingInspection, FlyingProblem, Refusal, SpawnRequest, User } from './types.js';

const FLYING = '《医疗保障基金飞行检查管理暂行办法》';
const REPORT = '《医疗保障基金使用监督管理举报处理暂行办法》';
const refuse = (code: string, message: string): Refusal => ({ code, message });

export const FLYING_REPORT_EFFECTS: readonly Effect[] = [
  'flyingLaunch', 'flyingTeam', 'flyingPlan', 'flyingAdjust', 'flyingFindings', 'flyingTransfer', 'flyingFollowUp', 'flyingHandle',
  'reportRegister', 'reportLead', 'reportForward', 'reportWithdraw', 'reportDispute', 'reportHolder', 'reportReward',
  'reportClassify', 'reportTypical', 'reportDisclosureReview', 'reportPublish', 'annualReportFile',
];

function inspectionOf(next: CaseState): FlyingInspection {
  next.inspection ??= { adjustments: [], problems: [], handled: {} };
  return next.inspection;
}

/** The registration a forwarded report carries (facts.举报登记), or this step's input. */
function registration(next: CaseState, input: Record<string, unknown>): Record<string, unknown> {
  if (typeof input['被举报行为发生地'] === 'string') return input;
  return (next.facts['举报登记'] as Record<string, unknown> | undefined) ?? {};
}

/** The facts a report passes on to the department that handles it (the reporter stays sealed). */
function reportFacts(next: CaseState): Record<string, unknown> {
  const reg = { ...(next.data['登记举报'] ?? (next.facts['举报登记'] as Record<string, unknown> | undefined) ?? {}) };
  delete reg['举报人'];
  delete reg['日期'];
  delete reg['补录理由'];
  delete reg['逾期理由'];
  return reg;
}

/** The day the report came in: its 登记, or the day the forwarding department registered it. */
function receivedOn(next: CaseState): string | undefined {
  const own = next.history.find((h) => h.step === '登记举报')?.date;
  return own ?? (next.facts['举报接收日期'] as string | undefined);
}

export function applyFlyingReportEffect(
  effect: Effect, next: CaseState, step: StepDef, actor: User, input: Record<string, unknown>, stepDate: string, spawns: SpawnRequest[], ctx?: EngineContext,
): Refusal | null {
  switch (effect) {
    // ——— 飞行检查 ———
    case 'flyingLaunch': {
      const trigger = String(input['启动情形']);
      const target = findJurisdiction(String(input['被检地部门']))!;
      const here = findJurisdiction(next.jurisdiction.path);
      const insp = inspectionOf(next);
      insp.trigger = trigger;
      insp.annualPlan = trigger === FLYING_TRIGGERS[0];
      insp.inspectedBureau = target.path;
      insp.byReference = here?.level !== '省';
      next.facts['启动情形'] = trigger;
      next.facts['年度计划'] = insp.annualPlan;
      next.facts['不采取双随机'] = typeof input['不采取双随机理由'] === 'string';
      next.facts['被检地部门'] = target.path;
      if (insp.byReference) next.facts['参照本办法'] = `地市级及以下医疗保障行政部门参照本办法组织开展检查（${FLYING}第三十一条）`;
      break;
    }
    case 'flyingTeam': {
      const officers = input.officers as string[];
      const leader = String(input['组长']);
      insp(next).team = {
        leader,
        officers,
        others: input['其他成员'] as Array<Record<string, string>>,
        targets: input['被检查对象'] as Array<{ 名称: string; 类别: string }>,
      };
      next.officers = [...new Set([leader, ...officers])];
      break;
    }
    case 'flyingPlan': {
      const i = insp(next);
      if (typeof input['检查开始日期'] === 'string') i.plan = { from: String(input['检查开始日期']), until: String(input['检查结束日期']), approved: false };
      else if (i.plan) i.plan.approved = input['结论'] === '同意';
      break;
    }
    case 'flyingAdjust': {
      const i = insp(next);
      if (typeof input['事项'] === 'string') {
        i.adjustments.push({
          kind: String(input['事项']), reason: String(input['理由']), by: actor.name, date: stepDate,
          ...(Array.isArray(input['增加人员']) ? { officers: input['增加人员'] as string[] } : {}),
          ...(typeof input['延长至'] === 'string' ? { until: input['延长至'] } : {}),
        });
        break;
      }
      const pending = i.adjustments.find((a) => !a.decision)!;
      const decision = String(input['决定']);
      pending.decision = decision === '不同意' ? '不同意' : '同意';
      if (decision === '同意增加检查力量' && i.team && pending.officers) {
        i.team.officers = [...new Set([...i.team.officers, ...pending.officers])];
        next.officers = [...new Set([...next.officers, ...pending.officers])];
      }
      if (decision === '同意延长检查时间' && i.plan && pending.until) {
        if (pending.until <= i.plan.until) return refuse('INVALID_INPUT', `延长至${pending.until}不晚于实施方案确定的结束日期${i.plan.until}（${FLYING}第二十条）`);
        i.plan.until = pending.until;
      }
      break;
    }
    case 'flyingFindings': {
      const i = insp(next);
      if (step.id === '反馈检查情况') {
        i.problems = input['问题清单'] as FlyingProblem[];
        i.feedbackOn = stepDate;
        i.noObjection = false;
      } else if (step.id === '确认无异议') {
        i.noObjection = true;
      } else if (Array.isArray(input['沟通事项'])) {
        i.consulted = [...new Set([...(i.consulted ?? []), ...(input['沟通事项'] as string[])])];
      } else if (step.id === '形成检查结论') {
        if (Array.isArray(input['问题清单'])) i.problems = input['问题清单'] as FlyingProblem[];
        i.concludedOn = stepDate;
      }
      break;
    }
    case 'flyingTransfer': {
      const i = insp(next);
      if (!i.inspectedBureau) return refuse('NO_INSPECTED_BUREAU', `未确定被检地医疗保障行政部门（${FLYING}第三十条）`);
      spawns.push({
        procedure: 'fxjc-chuli',
        jurisdiction: i.inspectedBureau,
        facts: { 来源: '飞行检查', 飞行检查案件: next.id, 组织部门: next.jurisdiction.path, 问题清单: i.problems, 移交日期: stepDate },
        reason: `飞行检查移交材料（${FLYING}第二十二条）`,
        receivedOn: stepDate,
      });
      break;
    }
    case 'flyingFollowUp':
      spawns.push({
        procedure: 'fxjc',
        facts: { 回头看: next.id, 回头看事项: String(input['回头看事项']) },
        reason: `飞行检查“回头看”（${FLYING}第二十五条）`,
      });
      break;
    case 'flyingHandle': {
      const i = insp(next);
      const no = String(input['问题编号']);
      const how = String(input['处理方式']);
      i.handled[no] = { 处理方式: how, date: stepDate, ...(typeof input['处理认定金额Fen'] === 'number' ? { 处理认定金额Fen: input['处理认定金额Fen'] } : {}) };
      if (how === '行政处罚') {
        const problem = ((next.facts['问题清单'] as FlyingProblem[] | undefined) ?? []).find((p) => p.编号 === no);
        spawns.push({
          procedure: 'xzcf-putong',
          facts: { 来源: '飞行检查', 飞行检查案件: next.facts['飞行检查案件'], 处理案件: next.id, 问题编号: no, ...(problem ? { 检查对象: problem.被检查对象, 发现: problem.问题, 定性: problem.定性 } : {}) },
          reason: `飞行检查发现的问题「${no}」依法作出行政处罚（${FLYING}第二十四条第一款第（一）项）`,
          receivedOn: String(next.facts['移交日期'] ?? stepDate),
        });
      }
      break;
    }

    // ——— 举报处理 ———
    case 'reportRegister': {
      const reg = registration(next, input);
      const who = reg['举报人'] as ReporterIdentity | undefined;
      const realName = reg['实名'] === true;
      next.report = {
        realName,
        contact: realName || (reg['留有联系方式'] === true && !!(who?.电话 || who?.通讯地址 || who?.电子邮箱)) || next.facts['可告知'] === true,
        place: String(reg['被举报行为发生地']),
      };
      next.facts['实名'] = realName;
      next.facts['可告知'] = next.report.contact;
      break;
    }
    case 'reportHolder': {
      const r = next.report!;
      if (typeof input['同级机构'] === 'string') r.heldBy = input['同级机构'];
      else if (!r.heldBy) return refuse('NOT_HELD', `举报未分送同级医疗保障行政部门相关机构，无需退回（${REPORT}第十一条第二款）`);
      else delete r.heldBy;
      break;
    }
    case 'reportDispute': {
      const r = next.report!;
      if (typeof input['争议部门'] === 'string') {
        if (!findJurisdiction(input['争议部门'])) return refuse('UNKNOWN_JURISDICTION', `未知辖区「${input['争议部门']}」`);
        if (input['争议部门'] === next.jurisdiction.path) return refuse('INVALID_INPUT', `争议部门不能是本部门（${REPORT}第十条）`);
        r.dispute = { with: input['争议部门'], since: stepDate };
        break;
      }
      if (!r.dispute) return refuse('NO_DISPUTE', `没有处理权限争议（${REPORT}第十条）`);
      const outcome = String(input['结果'] ?? input['指定']);
      if (outcome === '协商不成') r.dispute.failed = true;
      else if (outcome === '由本部门处理' || outcome === '本部门') delete r.dispute;
      else {
        // the other department handles it: the report goes there with its sealed reporter
        spawns.push(forward(next, r.dispute.with, `处理权限争议${outcome === '对方部门' ? '由共同的上一级医疗保障行政部门指定' : '协商'}由「${r.dispute.with}」处理（${REPORT}第十条）`));
        delete r.dispute;
      }
      break;
    }
    case 'reportForward': {
      if (typeof input['下级部门'] === 'string') {
        spawns.push(forward(next, input['下级部门'], `分送有处理权限的下级医疗保障行政部门（${REPORT}第十一条第一款）`));
      } else if (input['决定'] === '由上级部门处理') {
        const parent = findJurisdiction(next.jurisdiction.path)?.parent;
        if (!parent) return refuse('NO_PARENT_BUREAU', `本部门没有上级医疗保障行政部门（${REPORT}第九条第三款）`);
        spawns.push(forward(next, parent, `上级医疗保障行政部门决定处理下级部门接收的举报（${REPORT}第九条第三款）`));
      }
      break;
    }
    case 'reportLead': {
      const reg = reportFacts(next);
      const on = receivedOn(next);
      spawns.push({
        procedure: 'xzcf-putong',
        facts: { 来源: '举报', 举报案件: next.id, 举报内容: reg['举报内容'], 被举报人: reg['被举报人'], 被举报行为发生地: reg['被举报行为发生地'] },
        reason: `按照医疗保障行政处罚有关规定处理举报（${REPORT}第十二条第一款）`,
        ...(on ? { receivedOn: on } : {}),
      });
      break;
    }
    case 'reportWithdraw': {
      const filed = next.facts['立案决定'] as { 步骤: string } | undefined;
      if (!filed || filed.步骤 !== '立案') return refuse('NOT_FILED', `举报事项尚未立案：撤回的效果（不影响调查处理、不再告知处理结果）适用于已经立案的举报事项（${REPORT}第十四条）`);
      if (next.facts['处理决定']) return refuse('ALREADY_DECIDED', `线索案件已作出处理决定，举报人不能再撤回（${REPORT}第十四条“作出处理决定前”）`);
      next.report!.withdrawnOn = stepDate;
      next.facts['已撤回'] = true;
      break;
    }
    case 'reportReward':
      spawns.push({
        procedure: 'xzjl',
        facts: { 举报案件: next.id, 线索案件: (next.facts['处理决定'] as { 案件?: string } | undefined)?.案件, 处理决定: next.facts['处理决定'] },
        reason: `经查实符合举报奖励条件的举报，按规定予以奖励（${REPORT}第二十一条）`,
        secrets: ['举报人'],
      });
      break;
    case 'reportClassify': {
      if (!next.report) return refuse('NOT_REGISTERED', `举报尚未登记，没有可标记的材料（${REPORT}第十六条第二款）`);
      const materials = [...new Set([...(next.report.classified?.materials ?? []), ...(input['涉密材料'] as string[])])];
      next.report.classified = { kind: String(input['涉密类别']), materials, by: actor.name, date: stepDate };
      next.facts['涉密'] = true;
      break;
    }
    case 'reportTypical':
      next.report!.typical = { title: String(input['案例标题']), impact: String(input['社会影响']), by: actor.name, date: stepDate };
      break;
    case 'reportDisclosureReview': {
      const r = next.report!;
      r.disclosureReview = {
        by: actor.name, date: stepDate, commercial: String(input['商业秘密']), privacy: String(input['个人隐私']), text: String(input['公开文本']),
        ...(typeof input['遮蔽说明'] === 'string' ? { masking: input['遮蔽说明'] } : {}),
        ...(r.typical ? { title: r.typical.title } : {}),
      };
      break;
    }
    case 'reportPublish': {
      const r = next.report!;
      r.published = { by: actor.name, date: stepDate, title: r.typical!.title, text: r.disclosureReview!.text };
      break;
    }
    case 'annualReportFile': {
      // 第十九条: 每年4月30日前 (the date is data: data/law/periods.json "annual"), of the year before
      if (!ctx) return refuse('NO_CONTEXT', '缺少期限登记表');
      const year = Number(input['年度']);
      const yearly = ctx.periods.annualDate('举报处理工作年度报告报送日期', stepDate);
      const due = `${yearly.ofPreviousYear ? year + 1 : year}-${yearly.monthDay}`;
      next.annualReport = { year, due, basis: `${REPORT}第十九条“${yearly.basis.quote}”`, filedOn: stepDate, by: actor.name, late: stepDate > due };
      next.facts['报告年度'] = year;
      next.facts['逾期报送'] = stepDate > due;
      break;
    }
    default:
      return null;
  }
  return null;

  function insp(s: CaseState): FlyingInspection {
    return inspectionOf(s);
  }
}

function forward(next: CaseState, to: string, reason: string): SpawnRequest {
  return {
    procedure: 'jbcl',
    jurisdiction: to,
    facts: { 转来: true, 转来案件: next.id, 转出部门: next.jurisdiction.path, 举报登记: reportFacts(next), 举报接收日期: receivedOn(next), 可告知: next.report?.contact === true },
    reason,
    secrets: ['举报人'],
  };
}
