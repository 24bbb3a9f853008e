// 调查 before 调查终结 (医疗保障行政处罚程序暂行规定 第十七条第一款): a case under the ordinary
// procedure is investigated and its evidence collected before the investigation ends — at least
// one step that registers evidence (调查取证 with its 笔录或证据, 登记证据, 先行登记保存).
import type { GuardInput } from './guards.js';
import type { Refusal } from './types.js';

/** Steps that put evidence in the case file. */
export const EVIDENCE_STEPS = ['调查取证', '登记证据', '先行登记保存'] as const;

export const INVESTIGATION_GUARDS = {
  investigatedBeforeEnd(g: GuardInput): Refusal | null {
    if (EVIDENCE_STEPS.some((s) => (g.state.done[s] ?? 0) > 0)) return null;
    return {
      code: 'NOT_INVESTIGATED',
      message: `本案尚未调查取证、登记证据，不能调查终结：除可以当场作出的行政处罚外，必须全面、客观、公正地调查，收集有关证据（医疗保障行政处罚程序暂行规定第十七条第一款）`,
    };
  },
};
