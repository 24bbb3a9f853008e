// 协助调查 (医疗保障行政处罚程序暂行规定 第三十四条): a request goes to the 医疗保障行政部门 of another
// 行政区域, never to the case's own department or one inside it. Registered at the end of guards.ts.
import { findJurisdiction, withinJurisdiction } from '../../law/index.js';
import type { GuardInput } from './guards.js';
import type { Refusal } from './types.js';

export const ASSISTANCE_GUARDS = {
  assistanceElsewhere(g: GuardInput): Refusal | null {
    const target = String(g.input['被请求部门']);
    const j = findJurisdiction(target);
    if (!j) return { code: 'UNKNOWN_JURISDICTION', message: `未知辖区「${target}」` };
    const here = g.state.jurisdiction.path;
    if (withinJurisdiction(here, j.path) || withinJurisdiction(j.path, here)) {
      return { code: 'NOT_ANOTHER_REGION', message: `「${j.path}」不是其他行政区域：协助调查函发给其他行政区域的医疗保障行政部门（医疗保障行政处罚程序暂行规定第三十四条）；本案辖区为「${here}」` };
    }
    return null;
  },
};
