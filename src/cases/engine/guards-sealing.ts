// 封存 (医疗保障行政处罚程序暂行规定 第二十九条第一款、第三十二条、第三十三条第一款): its release
// approved by a 负责人 of the case's bureau, on one of the grounds of 第三十三条第一款 — the ground
// 封存期限已经届满 only once the period (with its approved extensions) has run. Who keeps the
// sealed materials and where (第三十二条) is a required field of 实施封存 and 紧急封存
// (steps/inputs.ts). Registered in guards.ts.
import { isPast, withinJurisdiction } from '../../law/index.js';
import { recusedReason, type GuardInput } from './guards.js';
import type { Refusal } from './types.js';

const RULE = '医疗保障行政处罚程序暂行规定';
const refuse = (code: string, message: string): Refusal => ({ code, message });

export const SEALING_GUARDS = {
  sealingReleaseApproved(g: GuardInput): Refusal | null {
    const name = g.input['批准人'] as string | undefined;
    if (!name) return refuse('RELEASE_NOT_APPROVED', `解除封存措施应当经医疗保障行政部门负责人批准（${RULE}第二十九条第一款）`);
    const head = g.ctx.users.get(name);
    if (!head) return refuse('UNKNOWN_USER', `批准人「${name}」不存在`);
    if (!head.roles.includes('负责人')) return refuse('NOT_A_HEAD', `批准人「${head.displayName}」不是负责人：解除封存措施应当经医疗保障行政部门负责人批准（${RULE}第二十九条第一款）`);
    if (!withinJurisdiction(g.state.jurisdiction.path, head.jurisdiction)) return refuse('OUTSIDE_JURISDICTION', `批准人「${head.displayName}」不是本案辖区（${g.state.jurisdiction.path}）医疗保障行政部门的负责人`);
    const why = recusedReason(g.state, head);
    if (why) return refuse('RECUSED', `批准人「${head.displayName}」${why}，应当回避`);
    if (g.input['解除情形'] === '封存期限已经届满') {
      const period = g.state.deadlines.filter((d) => d.id === '封存期限').pop();
      const at = g.input['日期'] ? g.stepDate : g.now;
      if (!period || !isPast(period.due, at)) return refuse('PERIOD_NOT_EXPIRED', `封存期限${period ? `至${period.due}` : ''}尚未届满，不能以“封存期限已经届满”解除（${RULE}第三十三条第一款第（四）项）`);
    }
    return null;
  },
};
