// 强制措施 released before a penalty case ends: 终止调查 (医疗保障行政处罚程序暂行规定 第四十七条第二款),
// a decision that the violation is not established (第三十三条第一款第（一）项, 第二十八条第一款第（三）项)
// and 结案 (第三十三条第一款第（三）项) are refused while a 封存 the case opened (a child case of
// procedure xzqz-fengcun, followed through the procedure's `watches`) still holds the materials,
// or while evidence under 先行登记保存 awaits its handling; and 归档 once per case (第五十七条).
// Registered at the end of guards.ts.
import type { GuardInput } from './guards.js';
import { buildCaseVolume } from '../volume.js';
import type { Refusal } from './types.js';

const RULE = '医疗保障行政处罚程序暂行规定';
/** States of a 封存 case in which the materials are held. */
export const SEALED_STATES: readonly string[] = ['封存中', '待补批', '已处理'];

interface SealingProgress {
  案件: string;
  状态: string;
}

/** The 封存 cases this case opened that still hold materials. */
export function sealingsHeld(state: GuardInput['state']): string[] {
  const followed = (state.facts['封存'] ?? {}) as Record<string, SealingProgress>;
  return Object.values(followed)
    .filter((p) => SEALED_STATES.includes(p.状态))
    .map((p) => p.案件);
}

/** 笔录 the 调查取证 step may record in the case, or take as the uploaded 笔录或证据. */
const TRANSCRIPT_KINDS: readonly string[] = ['询问笔录', '现场检查笔录'];

/**
 * A promised document the case's data cannot build is in the file when it was made apart and
 * uploaded: an attachment named after it, with the step that promised it or with the 归档; a
 * 询问笔录 or 现场检查笔录 also as the 笔录或证据 uploaded with the step that took it.
 */
function suppliedAsAttachment(state: GuardInput['state'], m: { kind: string; step: string }, given: readonly string[]): boolean {
  if (given.includes(m.kind)) return true;
  return state.attachments.some((a) => a.step === m.step && (a.name === m.kind || (TRANSCRIPT_KINDS.includes(m.kind) && a.name === '笔录或证据')));
}

export const RELEASE_GUARDS = {
  returnOnce(g: GuardInput): Refusal | null {
    if (g.state.done['退还封存资料']) return { code: 'ALREADY_RETURNED', message: `封存的资料已于 ${String(g.state.data['退还封存资料']?.['退还日期'])} 退还` };
    const released = [...g.state.history].reverse().find((h) => h.step === '解除封存' || h.step === '不予补批');
    const on = String(g.input['退还日期']);
    if (released && on < released.date) return { code: 'INVALID_DATE', message: `退还日期 ${on} 早于解除封存的日期 ${released.date}` };
    if (on > g.stepDate) return { code: 'FUTURE_DATE', message: `退还日期 ${on} 晚于登记日期 ${g.stepDate}` };
    if (g.input['当事人签章'] !== true && !g.input['说明']) return { code: 'NOT_SIGNED', message: `解除封存退还资料，须由办案人员和当事人在资料清单上签名或者盖章（${RULE}第三十三条第二款）；当事人拒绝签章的，须在说明中写明` };
    return null;
  },
  oneFilePerCase(g: GuardInput): Refusal | null {
    const filed = g.state.data['归档'];
    if (filed) return { code: 'ALREADY_FILED', message: `本案已立卷归档（案卷号 ${String(filed['案卷号'])}）：一案一卷，不能再次归档（${RULE}第五十七条第一款第（一）项）` };
    return null;
  },
  /**
   * 文书齐全，手续完备 (第五十七条第一款第（二）项): every document the case's steps promised is
   * built from the case's data — the volume (volume.ts) lists those it cannot build and why —
   * or 归档 is refused with the list.
   */
  documentsComplete(g: GuardInput): Refusal | null {
    const given = (g.attachments ?? []).map((a) => a.name);
    const missing = buildCaseVolume(g.state, g.ctx.procedure, { users: g.ctx.users }, []).missing.filter((m) => !suppliedAsAttachment(g.state, m, given));
    if (!missing.length) return null;
    const list = missing.map((m) => `「${m.kind}」（${m.step}：${m.reason}）`).join('；');
    return {
      code: 'DOCUMENTS_INCOMPLETE',
      message: `本案文书不齐全，不能归档：${list}。立卷归档应当文书齐全、手续完备（${RULE}第五十七条第一款第（二）项）；不能由案件数据生成的文书，另行制作后以文书名称作为附件名随「归档」上传`,
    };
  },
  measuresReleased(g: GuardInput): Refusal | null {
    let basis: string;
    if (g.step.id === '终止调查') basis = `${RULE}第四十七条第二款：对终止调查的案件，已采取的强制措施应当同时解除`;
    else if (g.step.id === '结案') basis = `${RULE}第三十三条第一款第（三）项：对违法行为已经作出处理决定、不再需要封存的，应当解除封存`;
    else if (g.input['类型'] === '违法事实不能成立') basis = `${RULE}第三十三条第一款第（一）项、第二十八条第一款第（三）项：违法事实不成立的，解除封存和先行登记保存`;
    else return null;
    const held = sealingsHeld(g.state);
    // evidence under 先行登记保存 is released by the 终止调查 or the decision itself (evidence-hold.ts);
    // only 结案 waits for its handling
    const evidence = g.step.id === '结案' && g.state.deadlines.some((d) => d.id === '先行登记保存处理期限' && d.status === 'open');
    if (!held.length && !evidence) return null;
    const what = [...(held.length ? [`封存（封存案件 ${held.join('、')}）尚未解除`] : []), ...(evidence ? ['先行登记保存的证据尚未处理（须先「先行登记保存处理」决定解除）'] : [])];
    return { code: 'MEASURES_NOT_RELEASED', message: `本案${what.join('；')}，须先解除，方可进行「${g.step.id}」（${basis}）` };
  },
};
