// Demo cases for `yibao serve`: a few 行政处罚 cases of the demo city bureau in different
// states, walked through the real case service (guards, deadlines, record).
import { executionStatus, measuresToExecute, putAttachment, REVIEW_POINTS, type CaseParty, type CaseService, type CaseState, type PenaltyFactsInput, type Violation } from '../cases/index.js';
import { minimumChoices } from '../law/index.js';
import type { Store } from '../store/index.js';

export interface PenaltyWalk {
  item: string;
  party: CaseParty;
  violation: Violation;
  facts: PenaltyFactsInput;
  /** Stop after this step (default: on through 公示 and 执行 to 结案 when everything is carried out; '执行' stops before 结案). */
  stopAfter?: string;
  /** Days before today the case was opened. */
  daysAgo: number;
}

/** Instant `offset` days after `base` at 10:00 Asia/Shanghai. */
export function dayAt(base: Date, offset: number): string {
  const d = new Date(base.getTime() + offset * 86400e3);
  const local = new Date(d.getTime() + 8 * 3600e3).toISOString().slice(0, 10);
  return `${local}T10:00:00+08:00`;
}

async function demoAct(service: CaseService, state: CaseState, step: string, actor: string, input: Record<string, unknown>, at: string): Promise<CaseState> {
  const r = await service.act(state.id, step, actor, input, at);
  if (!r.ok) throw new Error(`演示案件 ${state.id}「${step}」被拒绝：${r.refusal.message}（${r.refusal.code}）`);
  return r.case;
}

async function attach(db: Store, name: string): Promise<{ name: string; sha256: string; size: number }> {
  const bytes = Buffer.from(`${name}（演示附件）`, 'utf8');
  const { sha256, size } = await putAttachment(db, bytes, 'text/plain');
  return { name, sha256, size };
}

/** Opens and walks one penalty case through the service; returns its final state. */
export async function walkPenaltyCase(service: CaseService, db: Store, w: PenaltyWalk, jurisdiction: string): Promise<CaseState> {
  const base = new Date(Date.now() - w.daysAgo * 86400e3);
  const opened = await service.open({ item: w.item, actor: 'zhifa1', now: dayAt(base, 0), jurisdiction });
  let state = opened;
  const officers = ['zhifa1', 'zhifa2'];
  const choices = () => state.penalty.notified ?? minimumChoices(state.penalty.decision!);
  const steps: Array<[string, string, () => Promise<Record<string, unknown>>, number]> = [
    ['线索核查', 'zhifa1', async () => ({ 核查意见: '线索属实，建议立案' }), 0],
    ['立案', 'fuze', async () => ({ officers, 案由: `${w.party.名称}涉嫌违反《${w.violation.法规}》第${w.violation.条}条案`, 案件来源: '智能监控', parties: [w.party] }), 1],
    ['调查取证', 'zhifa1', async () => ({ officers, 取证内容: '询问当事人，调取结算数据', attachments: [await attach(db, '笔录或证据')] }), 2],
    ['调查终结', 'zhifa2', async () => ({ officers, 调查终结报告: '违法事实清楚，证据确凿', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: w.violation, facts: w.facts }), 4],
    ['法制审核', 'fazhi', async () => ({ 结论: '同意', 审核意见: '事实清楚，证据确凿，适用依据正确，程序合法', 审核事项: REVIEW_POINTS.map((审核内容) => ({ 审核内容, 审核结果: '无问题' })) }), 5],
    ['告知', 'zhifa1', async () => ({ officers, measures: choices(), 告知书送达日期: dayAt(base, 5).slice(0, 10) }), 5],
    ['放弃陈述申辩', 'zhifa1', async () => ({ attachments: [await attach(db, '书面放弃声明')] }), 6],
    ['放弃听证', 'zhifa1', async () => ({ attachments: [await attach(db, '书面放弃声明')] }), 6],
    ['集体讨论', 'fuze', async () => ({ 参加人员: ['fuze', 'fuze2'], 讨论意见: '一致同意', 讨论结论: '同意按告知内容作出处罚决定' }), 7],
    ['集体讨论签字', 'fuze', async () => ({ 确认: true }), 7],
    ['集体讨论签字', 'fuze2', async () => ({ 确认: true }), 7],
    ['决定', 'fuze', async () => ({ 类型: '行政处罚', measures: choices() }), 7],
    ['送达', 'zhifa2', async () => ({ 送达方式: '直接送达', 受送达人: w.party.名称, attachments: [await attach(db, '送达回证')] }), 8],
    ['公示', 'zhifa1', async () => ({ 公示渠道: '本局门户网站' }), 8],
  ];
  for (const [step, actor, input, day] of steps) {
    if (step === '放弃听证' && !state.deadlines.some((d) => d.id === '听证申请期限' && d.status === 'open')) continue;
    if ((step === '集体讨论' || step === '集体讨论签字') && !state.facts.major) continue;
    state = await demoAct(service, state, step, actor, await input(), dayAt(base, day));
    if (step === w.stopAfter) return state;
  }
  // 执行: the party pays what the decision orders (each line with its receipt), the 暂停 and other
  // non-money penalties are carried out, and the case closes once all of it is done.
  const payDay = Math.min(12, w.daysAgo);
  for (const [i, line] of executionStatus(state, dayAt(base, payDay).slice(0, 10)).lines.filter((l) => l.outstandingFen > 0).entries()) {
    state = await demoAct(service, state, '缴款', 'zhifa1', { 款项: line.kind, 缴款人: line.payer, amountFen: line.outstandingFen, 缴款日期: dayAt(base, payDay).slice(0, 10), 票据号: `FS${state.id.replace(/\D/g, '')}${i + 1}` }, dayAt(base, payDay));
  }
  for (const m of measuresToExecute(state)) {
    state = await demoAct(service, state, '执行', 'zhifa1', { 措施: m.kind, 开始日期: dayAt(base, 9).slice(0, 10), 执行情况: '已书面通知医疗保障经办机构执行' }, dayAt(base, payDay));
  }
  const today = dayAt(new Date(), 0);
  const status = executionStatus(state, today.slice(0, 10));
  if (w.stopAfter !== '执行' && status.paidInFull && status.measuresOutstanding.length === 0) {
    state = await demoAct(service, state, '结案', 'fuze', { 执行结果: '全部履行', 结案报告: '行政处罚决定已执行完毕，结案' }, today);
  }
  return state;
}

const DATES = { actEnded: '2026-06-30', discovered: '2026-10-01' };
const org = (名称: string, 主体类别: CaseParty['主体类别'], 证件号码: string, 住所: string): CaseParty => ({ 角色: '当事人', 类型: '法人', 主体类别, 名称, 证件类型: '统一社会信用代码', 证件号码, 住所, 法定代表人: '王某某' });

export const DEMO_CASES: PenaltyWalk[] = [
  {
    item: '000_650efb1eb094bc36#3',
    party: org('阳泉市某某医院', '定点医疗机构', '91140300MA00001016', '阳泉市城区某路1号'),
    violation: { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 },
    facts: { amounts: { defraudedFen: 1_234_567 }, flags: ['以骗取为目的'], ...DATES },
    daysAgo: 30,
  },
  {
    item: '000_650efb1eb094bc36#1',
    party: { 角色: '当事人', 类型: '公民', 主体类别: '参保个人', 名称: '张三', 证件类型: '居民身份证', 证件号码: '140302198912291549', 住所: '阳泉市城区某街2号' },
    violation: { 法规: '医疗保障基金使用监督管理条例', 条: 41, 项: 1 },
    facts: { amounts: { lossFen: 80_000 }, flags: [], ...DATES },
    daysAgo: 25,
  },
  {
    item: '000_650efb1eb094bc36#3',
    party: org('阳泉市某某大药房', '定点零售药店', '91140300MA00001029', '阳泉市矿区某路3号'),
    violation: { 法规: '医疗保障基金使用监督管理条例', 条: 38, 项: 4 },
    facts: { amounts: { lossFen: 300_000 }, flags: [], ...DATES },
    stopAfter: '告知',
    // notified a fortnight ago: the party's 陈述申辩 and 听证 windows have run, the head decides
    daysAgo: 20,
  },
  {
    item: '000_650efb1eb094bc36#3',
    party: org('阳泉市某某诊所', '定点医疗机构', '91140300MA0000103C', '阳泉市郊区某村4号'),
    violation: { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 },
    facts: { amounts: { defraudedFen: 500_000 }, flags: ['以骗取为目的'], ...DATES },
    stopAfter: '调查取证',
    daysAgo: 3,
  },
  {
    item: '000_650efb1eb094bc36#3',
    party: org('阳泉市某某门诊部', '定点医疗机构', '91140300MA0000104F', '阳泉市城区某路5号'),
    violation: { 法规: '医疗保障基金使用监督管理条例', 条: 38, 项: 2 },
    facts: { amounts: { lossFen: 120_000 }, flags: [], ...DATES },
    stopAfter: '立案',
    // filed four months ago and never decided: its 90-day limit (暂行规定第四十五条) has run out (red)
    daysAgo: 120,
  },
];

/** Seeds the demo cases once (when the database has no case yet). */
export async function seedDemoCases(service: CaseService, db: Store, jurisdiction: string): Promise<string[]> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  if (rows[0]!.n > 0) return [];
  const ids: string[] = [];
  for (const w of DEMO_CASES) ids.push((await walkPenaltyCase(service, db, w, jurisdiction)).id);
  return ids;
}
