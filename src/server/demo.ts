// Demo cases for `yibao serve`: a few 行政处罚 cases of the demo city bureau in different
// states, walked through the real case service (guards, deadlines, record).
import { putAttachment, type CaseService, type CaseState, type DecidedMeasure, type RangeMeasure } from '../cases/index.js';
import type { Store } from '../store/index.js';

export interface PenaltyWalk {
  item: string;
  party: { name: string; type: '公民' | '法人或者其他组织'; idNumber: string; address: string };
  violation: string;
  facts: Record<string, unknown>;
  /** Stop after this step (default: go on to 公示). */
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

/** The lower end of each mandatory measure with a figure. */
export function lowestMeasures(range: readonly RangeMeasure[]): DecidedMeasure[] {
  const out: DecidedMeasure[] = [];
  for (const m of range) {
    if (!m.mandatory) continue;
    const target = m.target ? { target: m.target } : {};
    if (m.minFen !== undefined) out.push({ kind: m.kind, amountFen: m.minFen, ...target });
    else if (m.amountFen !== undefined) out.push({ kind: m.kind, amountFen: m.amountFen, ...target });
    else if (m.minMonths !== undefined) out.push({ kind: m.kind, months: m.minMonths, ...target });
    else out.push({ kind: m.kind, ...target });
  }
  return out;
}

async function attach(db: Store, name: string): Promise<{ name: string; sha256: string; size: number }> {
  const bytes = Buffer.from(`${name}（演示附件）`, 'utf8');
  const { sha256, size } = await putAttachment(db, bytes, 'text/plain');
  return { name, sha256, size };
}

/** Opens and walks one penalty case through the service; returns its final state. */
export async function walkPenaltyCase(service: CaseService, db: Store, w: PenaltyWalk, jurisdiction: string): Promise<CaseState> {
  const base = new Date(Date.now() - w.daysAgo * 86400e3);
  const opened = await service.open({ item: w.item, actor: 'zhifa1', now: dayAt(base, 0) });
  await db.query('INSERT INTO case_jurisdictions (case_id, jurisdiction_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [opened.id, jurisdiction]);
  let state = opened;
  const officers = ['zhifa1', 'zhifa2'];
  const steps: Array<[string, string, () => Promise<Record<string, unknown>>, number]> = [
    ['线索核查', 'zhifa1', async () => ({ 核查意见: '线索属实，建议立案' }), 0],
    ['立案', 'fuze', async () => ({ officers, 案由: `涉嫌${w.violation.split(':')[0]}第${w.violation.split(':')[1]}条规定的违法行为`, 当事人: w.party.name, 当事人类型: w.party.type, 当事人信息: { name: w.party.name, type: w.party.type === '公民' ? '公民' : '法人', idNumber: w.party.idNumber, address: w.party.address } }), 1],
    ['调查取证', 'zhifa1', async () => ({ officers, 取证内容: '询问当事人，调取结算数据', attachments: [await attach(db, '笔录或证据')] }), 2],
    ['调查终结', 'zhifa2', async () => ({ officers, 调查终结报告: '违法事实清楚，证据确凿', violation: w.violation, facts: w.facts }), 4],
    ['法制审核', 'fazhi', async () => ({ 结论: '同意', 审核意见: '事实清楚，证据确凿，适用依据正确，程序合法' }), 5],
    ['告知', 'zhifa1', async () => ({ officers, measures: lowestMeasures(state.penalty.range?.measures ?? []) }), 5],
    ['放弃陈述申辩', 'zhifa1', async () => ({ attachments: [await attach(db, '书面放弃声明')] }), 6],
    ['放弃听证', 'zhifa1', async () => ({ attachments: [await attach(db, '书面放弃声明')] }), 6],
    ['决定', 'fuze', async () => ({ 类型: '行政处罚', measures: state.penalty.notified ?? lowestMeasures(state.penalty.range?.measures ?? []) }), 7],
    ['送达', 'zhifa2', async () => ({ 送达方式: '直接送达', attachments: [await attach(db, '送达回证')] }), 8],
    ['执行', 'zhifa1', async () => ({ 执行情况: '当事人已履行' }), 12],
    ['结案', 'fuze', async () => ({ 结案报告: '已履行完毕，结案' }), 13],
    ['公示', 'zhifa1', async () => ({ 公示渠道: '本局门户网站' }), 13],
  ];
  for (const [step, actor, input, day] of steps) {
    if (step === '放弃听证' && !state.deadlines.some((d) => d.id === '听证申请期限' && d.status === 'open')) continue;
    const r = await service.act(state.id, step, actor, await input(), dayAt(base, day));
    if (!r.ok) throw new Error(`演示案件 ${state.id}「${step}」被拒绝：${r.refusal.message}（${r.refusal.code}）`);
    state = r.case;
    if (step === w.stopAfter) break;
  }
  return state;
}

const DATES = { actEnded: '2026-06-30', discovered: '2026-10-01' };

export const DEMO_CASES: PenaltyWalk[] = [
  {
    item: '000_650efb1eb094bc36#3',
    party: { name: '阳泉市某某医院', type: '法人或者其他组织', idNumber: '12140300MB0000001X', address: '阳泉市城区某路1号' },
    violation: '医疗保障基金使用监督管理条例:40',
    facts: { party: '定点医疗机构', amounts: { defraudedFen: 1_234_567, lossFen: 1_234_567 }, flags: ['以骗取为目的'], ...DATES },
    daysAgo: 30,
  },
  {
    item: '000_650efb1eb094bc36#3',
    party: { name: '张三', type: '公民', idNumber: '140302198001011234', address: '阳泉市城区某街2号' },
    violation: '医疗保障基金使用监督管理条例:41',
    facts: { party: '参保个人', amounts: { lossFen: 80_000 }, ...DATES },
    daysAgo: 25,
  },
  {
    item: '000_650efb1eb094bc36#3',
    party: { name: '阳泉市某某大药房', type: '法人或者其他组织', idNumber: '92140300MA0000002Y', address: '阳泉市矿区某路3号' },
    violation: '医疗保障基金使用监督管理条例:38',
    facts: { party: '定点零售药店', amounts: { lossFen: 300_000 }, ...DATES },
    stopAfter: '告知',
    daysAgo: 9,
  },
  {
    item: '000_650efb1eb094bc36#3',
    party: { name: '阳泉市某某诊所', type: '法人或者其他组织', idNumber: '52140300MJ0000003Z', address: '阳泉市郊区某村4号' },
    violation: '医疗保障基金使用监督管理条例:40',
    facts: { party: '定点医疗机构', amounts: { defraudedFen: 500_000 }, flags: ['以骗取为目的'], ...DATES },
    stopAfter: '调查取证',
    daysAgo: 3,
  },
  {
    item: '000_650efb1eb094bc36#3',
    party: { name: '阳泉市某某门诊部', type: '法人或者其他组织', idNumber: '52140300MJ0000004A', address: '阳泉市城区某路5号' },
    violation: '医疗保障基金使用监督管理条例:38',
    facts: { party: '定点医疗机构', amounts: { lossFen: 120_000 }, ...DATES },
    stopAfter: '立案',
    // filed four months ago and never decided: its 90-day limit (行政处罚法第六十条) has run out (red)
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
