// Each guard, through the persisted service: the violating step is refused with a Chinese
// reason naming the rule, and the case row, its stored deadlines and the hash-chained
// record are byte-for-byte unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../store/index.js';
import { insertDemoUsers } from './users.js';
import { realPorts } from './runtime.js';
import { CaseService } from './service.js';
import { loadProcedures } from './procedure/load.js';
import { attachment } from './testing/support.js';
import { clock } from './testing/scenarios.js';

let ts: TestStore;
let service: CaseService;
beforeAll(async () => {
  ts = await openTestStore();
  await insertDemoUsers(ts.store);
  service = new CaseService(ts.store, loadProcedures(), realPorts());
}, 120_000);
afterAll(async () => ts.cleanup());

const at = clock('2026-03-02');
const officers = ['zhifa1', 'zhifa2'];
const facts = { party: '定点医疗机构', amounts: { defraudedFen: 1_000_000 } };
const measures = [{ kind: '责令退回', amountFen: 1_000_000 }, { kind: '罚款', amountFen: 2_000_000, target: '单位' }];
type Step = [string, string, Record<string, unknown>, number];

const toInvestigation: Step[] = [
  ['线索核查', 'zhifa1', { 核查意见: '属实' }, 0],
  ['立案', 'fuze', { officers, 案由: 'x', 当事人: '某某医院' }, 0],
];
const toEnd: Step[] = [...toInvestigation, ['调查终结', 'zhifa1', { officers, 调查终结报告: 'x', violation: '医疗保障基金使用监督管理条例:40', facts }, 1]];
const toNotice: Step[] = [...toEnd, ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意' }, 1], ['告知', 'zhifa1', { officers, measures }, 2]];
const waived: Step[] = [...toNotice, ['放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 2], ['放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 2]];

async function prepared(steps: Step[], procedure = 'xzcf-putong'): Promise<string> {
  const c = await service.open({ procedure, actor: 'zhifa1', now: at(0) });
  for (const [step, as, input, n] of steps) {
    const r = await service.act(c.id, step, as, input, at(n));
    if (!r.ok && !(step === '放弃听证')) throw new Error(`${step}: ${r.refusal.message}`);
  }
  return c.id;
}

async function snapshot(id: string): Promise<string> {
  return JSON.stringify([
    (await ts.store.query('SELECT body, revision, state FROM cases WHERE id = $1', [id])).rows,
    (await ts.store.query('SELECT * FROM case_deadlines WHERE case_id = $1 ORDER BY ordinal', [id])).rows,
    (await ts.store.query('SELECT seq, hash FROM record_event ORDER BY seq')).rows,
    (await ts.store.query('SELECT count(*)::int AS n FROM record_attachment')).rows,
  ]);
}

const GUARDS: Array<{ guard: string; setup: Step[]; attempt: Step; code: string; says: RegExp; procedure?: string }> = [
  { guard: '≥ 2 officers', setup: toInvestigation, attempt: ['调查取证', 'zhifa1', { officers: ['zhifa1'], 取证内容: 'x', attachments: [attachment('笔录或证据')] }, 1], code: 'TOO_FEW_OFFICERS', says: /不少于2名/ },
  { guard: 'valid 执法证', setup: toInvestigation, attempt: ['调查取证', 'zhifa1', { officers: ['zhifa1', 'zhifa4'], 取证内容: 'x', attachments: [attachment('笔录或证据')] }, 1], code: 'CERTIFICATE_INVALID', says: /执法证/ },
  { guard: 'recusal', setup: [...toInvestigation, ['申报回避', 'zhifa2', { user: 'zhifa2', 理由: '近亲属在该院' }, 1]], attempt: ['调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, 1], code: 'RECUSED', says: /回避.*第四十三条/ },
  { guard: "head's approval", setup: [['线索核查', 'zhifa1', { 核查意见: '属实' }, 0]], attempt: ['立案', 'zhifa1', { officers, 案由: 'x', 当事人: 'y' }, 0], code: 'ROLE', says: /负责人/ },
  { guard: '法制审核 not by the case officer', setup: toEnd, attempt: ['法制审核', 'zhifa1', { 结论: '同意', 审核意见: 'x' }, 1], code: 'ROLE', says: /法制审核员/ },
  { guard: '法制审核 before the decision', setup: [...toEnd, ['告知', 'zhifa1', { officers, measures }, 2], ['放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 2], ['放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 2], ['法制审核', 'fazhi', { 结论: '不同意', 审核意见: '证据不足' }, 2]], attempt: ['决定', 'fuze', { 类型: '行政处罚', measures }, 3], code: 'LEGAL_REVIEW_NOT_PASSED', says: /第五十八条/ },
  { guard: '集体讨论 for major cases', setup: [...toInvestigation, ['调查终结', 'zhifa1', { officers, 调查终结报告: 'x', violation: '医疗保障基金使用监督管理条例:40', facts, 情节复杂或者重大: true }, 1], ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意' }, 1], ['告知', 'zhifa1', { officers, measures }, 2], ['放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 2], ['放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 2]], attempt: ['决定', 'fuze', { 类型: '行政处罚', measures }, 3], code: 'COLLECTIVE_DISCUSSION_REQUIRED', says: /集体讨论/ },
  { guard: '告知 before 决定', setup: [...toEnd, ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意' }, 1]], attempt: ['决定', 'fuze', { 类型: '行政处罚', measures }, 3], code: 'NOTICE_REQUIRED', says: /第四十四条/ },
  { guard: 'windows open', setup: toNotice, attempt: ['决定', 'fuze', { 类型: '行政处罚', measures }, 3], code: 'WINDOW_OPEN', says: /届满/ },
  { guard: 'no heavier after argument', setup: [...toNotice, ['陈述申辩', 'zhifa1', { 陈述内容: '有异议', 复核意见: '不采纳' }, 3], ['放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 3], ['放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 3]], attempt: ['决定', 'fuze', { 类型: '行政处罚', measures: [measures[0]!, { kind: '罚款', amountFen: 2_500_000, target: '单位' }] }, 4], code: 'HEAVIER_AFTER_ARGUMENT', says: /第四十五条第二款/ },
  { guard: 'within the computed range', setup: toEnd, attempt: ['告知', 'zhifa1', { officers, measures: [{ kind: '罚款', amountFen: 5_000_100, target: '单位' }] }, 2], code: 'PENALTY_OUT_OF_RANGE', says: /超出处罚模块计算的范围/ },
  { guard: 'within the amount notified', setup: waived, attempt: ['决定', 'fuze', { 类型: '行政处罚', measures: [...measures, { kind: '暂停相关责任部门涉及基金使用的医药服务', months: 6 }] }, 3], code: 'EXCEEDS_NOTIFIED', says: /超出已告知/ },
  { guard: 'after the deadline only with an approved extension', setup: toInvestigation, attempt: ['调查取证', 'zhifa1', { officers, 取证内容: 'x', attachments: [attachment('笔录或证据')] }, 120], code: 'DEADLINE_PASSED', says: /批准延期/ },
];

describe('guards through the persisted service', () => {
  for (const g of GUARDS) {
    it(`${g.guard}: refused (${g.code}), nothing written`, async () => {
      const id = await prepared(g.setup, g.procedure);
      const before = await snapshot(id);
      const [step, as, input, n] = g.attempt;
      const r = await service.act(id, step, as, input, at(n));
      expect(r).toMatchObject({ ok: false, refusal: { code: g.code } });
      if (!r.ok) expect(r.refusal.message).toMatch(g.says);
      expect(await snapshot(id)).toBe(before);
    });
  }
});
