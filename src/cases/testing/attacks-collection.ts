// Attacks on 当场收缴 (医疗保障行政处罚程序暂行规定 第五十二条) in the 简易程序, run through the
// persisted service (cases/collection.service.test.ts) and the HTTP API
// (server/collection.http.test.ts). No 医保 article reaches the 简易程序's decision — each adds
// an order (责令退回) or a suspension — so these cases rest on a made-up article with a fine
// only, beside the real rules (collectionTestRules).
import { decidePenalty } from '../../law/index.js';
import type { EngineContext } from '../engine/types.js';
import type { Attack, AttackStep } from './attacks.js';
import { testOrganisation } from './parties.js';
import { fakeDecision } from './support.js';

/** The real penalty rules, and 测试条例:1 (a fine of up to 3,000 元, nothing else) for the 简易程序. */
export const collectionTestRules: NonNullable<EngineContext['decide']> = (input) =>
  input.article.startsWith('测试条例:') ? fakeDecision(input.facts.party, [{ kind: '罚款', minFen: 0, maxFen: 300_000 }]) : decidePenalty(input);

const officers = ['zhifa1', 'zhifa2'];
const SIMPLIFIED = { procedure: 'xzcf-jianyi', jurisdiction: '山西省/阳泉市' };
const PHARMACY = testOrganisation('某某药店', '定点零售药店', 52);
const fine = (amountFen: number) => [{ measureId: '罚款@当事人', amountFen }];

/** A 简易程序 case decided on the spot with a fine of `amountFen`, the decision handed over. */
export function decidedOnSpot(amountFen: number): AttackStep[] {
  return [
    ['当场认定', 'zhifa1', { officers, parties: [PHARMACY], 违法事实: '未按规定保管财务账目', violation: { 法规: '测试条例', 条: 1 }, facts: { amounts: {}, flags: [] } }, 0],
    ['当场告知', 'zhifa1', { officers, measures: fine(amountFen) }, 0],
    ['当场决定', 'zhifa2', { officers, 类型: '行政处罚', 出示执法证件: true, measures: fine(amountFen) }, 0],
    ['当场交付', 'zhifa1', { 签收情况: '当事人签收' }, 0],
  ];
}
const HARD_TO_COLLECT = { 收缴情形: '不当场收缴事后难以执行', 难以执行的情况: '当事人系外地流动经营者，事后难以执行' };
/** 当场收缴 of a 一百元 fine, its hand-in and its payment to the bank, then 备案. */
export const ON_SITE_WALK: AttackStep[] = [
  ...decidedOnSpot(10_000),
  ['执行', 'zhifa1', { 执行情况: '当场缴纳', 当场收缴: true, 收缴情形: '依法给予一百元以下的罚款', 收缴金额: 10_000, 专用票据号: 'CZ-2026-0001' }, 0],
  ['当场收缴交款', 'zhifa1', { 接收人: '财务科王某', 交款凭证号: 'JK-1' }, 1],
  ['缴付银行', 'fuze', { 银行: '某银行阳泉分行', 缴款凭证号: 'YH-1' }, 2],
  ['备案', 'zhifa1', { 备案机关: '阳泉市医疗保障局' }, 2],
];

export const ON_SITE_ATTACKS: Attack[] = [
  { name: '当场决定 without showing the 执法证件', article: '暂行规定第四十九条', open: SIMPLIFIED, setup: decidedOnSpot(10_000).slice(0, 2), attempt: ['当场决定', 'zhifa2', { officers, 类型: '行政处罚', 出示执法证件: false, measures: fine(10_000) }, 0], code: 'INVALID_INPUT', says: /出示执法证件.*第四十九条/ },
  { name: '当场收缴 of 2,500 元 as a fine of 一百元以下', article: '暂行规定第五十二条第一款第（一）项', open: SIMPLIFIED, setup: decidedOnSpot(250_000), attempt: ['执行', 'zhifa1', { 执行情况: '当场缴纳', 当场收缴: true, 收缴情形: '依法给予一百元以下的罚款', 收缴金额: 250_000, 专用票据号: 'CZ-1' }, 0], code: 'ONSITE_NOT_ALLOWED', says: /超过一百元/ },
  { name: '当场收缴 2,500 元 without the 财政 receipt', article: '暂行规定第五十二条第二款', open: SIMPLIFIED, setup: decidedOnSpot(250_000), attempt: ['执行', 'zhifa1', { 执行情况: '当场缴纳', 当场收缴: true, ...HARD_TO_COLLECT, 收缴金额: 250_000 }, 0], code: 'ONSITE_NO_RECEIPT', says: /专用票据/ },
  { name: '当场收缴 as hard to collect later without saying why', article: '暂行规定第五十二条第一款第（二）项', open: SIMPLIFIED, setup: decidedOnSpot(250_000), attempt: ['执行', 'zhifa1', { 执行情况: '当场缴纳', 当场收缴: true, 收缴情形: '不当场收缴事后难以执行', 收缴金额: 250_000, 专用票据号: 'CZ-1' }, 0], code: 'EXPLANATION_REQUIRED', says: /难以执行的情况/ },
  { name: '备案 before the collected fine is handed in', article: '暂行规定第五十二条第三款', open: SIMPLIFIED, setup: ON_SITE_WALK.slice(0, 5), attempt: ['备案', 'zhifa1', { 备案机关: '阳泉市医疗保障局' }, 0], code: 'ONSITE_NOT_HANDED_IN', says: /二个工作日/ },
  { name: '备案 before the collected fine is paid to the bank', article: '暂行规定第五十二条第三款', open: SIMPLIFIED, setup: ON_SITE_WALK.slice(0, 6), attempt: ['备案', 'zhifa1', { 备案机关: '阳泉市医疗保障局' }, 1], code: 'ONSITE_NOT_PAID_IN', says: /缴付指定的银行/ },
  { name: 'handing the collected fine in after two working days without a reason', article: '暂行规定第五十二条第三款', open: SIMPLIFIED, setup: ON_SITE_WALK.slice(0, 5), attempt: ['当场收缴交款', 'zhifa1', { 接收人: '财务科王某', 交款凭证号: 'JK-1' }, 9], code: 'LATE_WITHOUT_REASON', says: /逾期理由/ },
];
