// The procedures other than 普通程序, as pure logic: 简易程序, 封存 (prior approval and
// emergency), 暂停结算, 双随机 inspection, 给付, 确认, 奖励, 信用, 协议.
import { describe, expect, it } from 'vitest';
import { loadProcedures } from '../procedure/load.js';
import { attachment, day, fakeDecision, testContext, YANGQUAN, engineInput } from '../testing/support.js';
import { testOrganisation, testPerson } from '../testing/parties.js';
import { DEMO_USERS } from '../users.js';
import { act, openCase } from './engine.js';
import { drawDoubleRandom } from './random.js';
import type { CaseState, EngineContext } from './types.js';

const registry = loadProcedures();


class D {
  state: CaseState;
  ctx: EngineContext;
  constructor(proc: string, variant?: string, ctx: Partial<EngineContext> = {}) {
    this.ctx = testContext(registry.get(proc)!, ctx);
    this.state = openCase({ id: 'K1', procedure: this.ctx.procedure, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN, ...(variant ? { variant } : {}) }, this.ctx);
  }
  do(step: string, as: string, input: Record<string, unknown>, at = day(0)) {
    const r = act(this.state, step, as, engineInput(input), at, this.ctx);
    if (!r.ok) throw new Error(`${step}: ${r.refusal.code} ${r.refusal.message}`);
    this.state = r.state;
    return r;
  }
  refuse(step: string, as: string, input: Record<string, unknown>, at = day(0)) {
    const before = structuredClone(this.state);
    const r = act(this.state, step, as, engineInput(input), at, this.ctx);
    expect(this.state).toEqual(before);
    if (r.ok) throw new Error(`${step} was not refused`);
    return r.refusal;
  }
}
const officers = ['zhifa1', 'zhifa2'];
const violation = { 法规: '测试条例', 条: 1 };
const facts = { amounts: {}, flags: [] };
const fineOnly = (party: '参保个人' | '定点零售药店') => ({ decide: () => fakeDecision(party, [{ kind: '罚款', minFen: 0, maxFen: 1_000_000 }]) });

describe('行政处罚简易程序', () => {
  it('runs on the spot for a small fine and refuses a fine over the 第五十一条 limit', () => {
    const d = new D('xzcf-jianyi', undefined, fineOnly('参保个人'));
    d.do('当场认定', 'zhifa1', { officers, parties: [testPerson('张某')], 违法事实: '…', violation, facts });
    expect(d.state.parties[0]).toMatchObject({ 名称: '张某', 类型: '公民' });
    const r = d.refuse('当场告知', 'zhifa1', { officers, measures: [{ measureId: '罚款@当事人', amountFen: 20_001 }] });
    expect(r.code).toBe('NOT_SIMPLIFIED');
    expect(r.message).toContain('200.00 元');
    d.do('当场告知', 'zhifa1', { officers, measures: [{ measureId: '罚款@当事人', amountFen: 20_000 }] });
    // 暂行规定 第四十九条: the 执法证件 shown, the 决定书 numbered
    expect(d.refuse('当场决定', 'zhifa2', { officers, 类型: '行政处罚', measures: [{ measureId: '罚款@当事人', amountFen: 20_000 }] }).message).toMatch(/出示执法证件.*第四十九条/);
    d.do('当场决定', 'zhifa2', { officers, 类型: '行政处罚', 出示执法证件: true, measures: [{ measureId: '罚款@当事人', amountFen: 20_000 }] });
    const seq = Number(d.state.id.split('-').pop()) || 1;
    expect(d.state.facts['当场处罚决定书']).toEqual({
      编号: `阳医保简罚〔${d.state.history.at(-1)!.date.slice(0, 4)}〕${seq}号`,
      出示的执法证: officers.map((o) => ({ 执法人员: DEMO_USERS.find((u) => u.name === o)!.displayName, 执法证号: DEMO_USERS.find((u) => u.name === o)!.certificate!.no })),
    });
    expect(d.state.deadlines.find((x) => x.id === '简易程序备案期限')).toMatchObject({ amount: 7, unit: '工作日', status: 'open' });
    d.do('当场交付', 'zhifa1', { 签收情况: '当事人签收' });
    d.do('执行', 'zhifa1', { 执行情况: '当场缴纳' });
    d.do('备案', 'zhifa1', { 备案机关: '阳泉市医疗保障局' });
    expect(d.state).toMatchObject({ state: '已备案', closed: true });
  });
  it('allows up to 3000 yuan for an organisation', () => {
    const d = new D('xzcf-jianyi', undefined, fineOnly('定点零售药店'));
    d.do('当场认定', 'zhifa1', { officers, parties: [testOrganisation('某药店', '定点零售药店', 7)], 违法事实: '…', violation, facts });
    d.do('当场告知', 'zhifa1', { officers, measures: [{ measureId: '罚款@当事人', amountFen: 300_000 }] });
    expect(d.refuse('当场决定', 'zhifa1', { officers, 类型: '行政处罚', 出示执法证件: true, measures: [{ measureId: '罚款@当事人', amountFen: 300_001 }] }).code).toBe('NOT_SIMPLIFIED');
  });
  it('an insured person whose article also requires 暂停联网结算 cannot be dealt with on the spot (第五十一条)', () => {
    const d = new D('xzcf-jianyi');
    d.do('当场认定', 'zhifa1', { officers, parties: [testPerson('李某')], 违法事实: '将医保凭证交他人冒名使用', violation: { 法规: '医疗保障基金使用监督管理条例', 条: 41, 项: 1 }, facts: { amounts: { lossFen: 10_000 }, flags: [] } });
    const r = d.refuse('当场告知', 'zhifa1', { officers, measures: [{ measureId: '暂停联网结算@当事人', months: 3 }] });
    expect(r.code).toBe('NOT_SIMPLIFIED');
    expect(r.message).toContain('暂停联网结算');
  });
});

/** 行政强制法 第十八条 as done on the spot (暂行规定 第三十条) */
const ON_SITE = { 出示执法证件: true, 当事人到场: true, 告知理由依据权利: true, 陈述申辩: '当事人称账册系正常保管', 笔录签章: '当事人和执法人员签名或者盖章', 决定书和清单: '当场交付当事人' };

describe('行政强制：封存', () => {
  it('with prior approval: 申请 → 批准 → 实施 (30-day limit) → 处理 → 解除', () => {
    const d = new D('xzqz-fengcun');
    d.do('申请封存', 'zhifa1', { officers, parties: [testOrganisation('某某医院', '定点医疗机构', 16)], 封存理由: '资料可能被转移', 封存清单: '处方 20 册' });
    d.do('批准封存', 'fuze', { 审批意见: '同意' });
    d.do('实施封存', 'zhifa1', { officers, 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: '…', 现场实施: ON_SITE, attachments: [attachment('封存清单')] }, day(1));
    expect(d.state.deadlines[0]).toMatchObject({ id: '封存期限', amount: 30, unit: '日', start: '2026-11-24', due: '2026-12-24' });
    expect(d.refuse('作出处理决定', 'zhifa1', { officers, 处理结果: '移交立案' }, day(32)).code).toBe('DEADLINE_PASSED');
    // past the limit without an extension: no further handling, but release is always possible
    d.do('解除封存', 'zhifa2', { officers, 解除情形: '封存期限已经届满', 解除理由: '期限届满', 批准人: 'fuze' }, day(32));
    expect(d.state).toMatchObject({ state: '已解除', closed: true });
    expect(d.state.deadlines[0]!.status).toBe('late');
  });

  it('on the spot as 行政强制法 第十八条 requires: certificate shown, reasons and rights told, the party or a witness, the decision handed over (暂行规定 第三十条)', () => {
    const d = new D('xzqz-fengcun');
    d.do('申请封存', 'zhifa1', { officers, parties: [testOrganisation('某某医院', '定点医疗机构', 16)], 封存理由: 'x', 封存清单: 'y' });
    d.do('批准封存', 'fuze', { 审批意见: '同意' });
    const seal = (现场实施: Record<string, unknown>) => ({ officers, 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: '…', 现场实施, attachments: [attachment('封存清单')] });
    const no = (over: Record<string, unknown>) => d.refuse('实施封存', 'zhifa1', seal({ ...ON_SITE, ...over }));
    expect(no({ 出示执法证件: false }).message).toMatch(/出示执法身份证件.*第十八条第（三）项/);
    expect(no({ 告知理由依据权利: false }).message).toMatch(/理由、依据.*第（五）项/);
    expect(no({ 当事人到场: false }).message).toMatch(/邀请见证人到场.*第（九）项/);
    expect(no({ 当事人到场: false, 见证人: '社区工作人员王某' }).message).toMatch(/见证人和行政执法人员在现场笔录上签名/);
    expect(no({ 决定书和清单: '以后再说' }).code).toBe('INVALID_INPUT');
    expect(no({ 陈述申辩: undefined }).message).toMatch(/须填写「现场实施（行政强制法第十八条）」（陈述申辩）/);
    d.do('实施封存', 'zhifa1', seal({ ...ON_SITE, 当事人到场: false, 见证人: '社区工作人员王某', 笔录签章: '见证人和执法人员签名或者盖章', 决定书和清单: '当场交付见证人并留置现场' }));
    expect(d.state.state).toBe('封存中');
  });

  it('an extension beyond 30 days is refused', () => {
    const d = new D('xzqz-fengcun');
    d.do('申请封存', 'zhifa1', { officers, parties: [testOrganisation('某某医院', '定点医疗机构', 16)], 封存理由: 'x', 封存清单: 'y' });
    d.do('批准封存', 'fuze', { 审批意见: '同意' });
    d.do('实施封存', 'zhifa1', { officers, 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: '…', 现场实施: ON_SITE, attachments: [attachment('封存清单')] });
    const r = d.refuse('申请延期', 'zhifa1', { 期限: '封存期限', 延长: 31, 理由: '情况复杂' });
    expect(r.code).toBe('EXTENSION_TOO_LONG');
    expect(r.message).toContain('第三十一条');
    d.do('申请延期', 'zhifa1', { 期限: '封存期限', 延长: 30, 理由: '情况复杂' });
    // 暂行规定 第三十一条; 行政强制法 第二十五条第二款: the extension is told in writing, with the reasons
    expect(d.refuse('批准延期', 'fuze', { 期限: '封存期限', 审批意见: '同意' }).code).toBe('WRITTEN_NOTICE_REQUIRED');
    d.do('批准延期', 'fuze', { 期限: '封存期限', 审批意见: '同意', 书面告知日期: '2026-11-23' });
    expect(d.state.deadlines[0]!.due).toBe('2027-01-22');
    d.do('作出处理决定', 'zhifa1', { officers, 处理结果: '移交立案' }, day(50));
    d.do('解除封存', 'zhifa2', { officers, 解除情形: '对违法行为已经作出处理决定，不再需要封存', 解除理由: '已作出处理决定', 批准人: 'fuze' }, day(50));
    expect(d.state).toMatchObject({ state: '已解除', closed: true });
  });

  it('emergency: on the spot, report within 24 hours, approval after the fact', () => {
    const d = new D('xzqz-fengcun');
    d.do('紧急封存', 'zhifa1', { officers, parties: [testOrganisation('某某医院', '定点医疗机构', 16)], 紧急情况: '正在销毁', 封存清单: '账册', 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: '…', 现场实施: ON_SITE }, '2026-11-23T21:00:00+08:00');
    expect(d.state.deadlines.find((x) => x.id === '报告期限')!.due).toBe('2026-11-24T21:00:00.000+08:00');
    expect(d.refuse('补办批准', 'fuze', { 审批意见: '同意' }, '2026-11-24T09:00:00+08:00').code).toBe('STEP_ORDER');
    expect(d.refuse('报告负责人', 'zhifa1', { 报告内容: '…' }, '2026-11-24T21:00:01+08:00').code).toBe('DEADLINE_PASSED');
    d.do('报告负责人', 'zhifa1', { 报告内容: '…' }, '2026-11-24T20:59:00+08:00');
    d.do('补办批准', 'fuze', { 审批意见: '同意' }, '2026-11-24T21:30:00+08:00');
    expect(d.state.state).toBe('封存中');
    d.do('解除封存', 'zhifa1', { officers, 解除情形: '其他不再需要采取封存措施的情形', 解除理由: '查清', 批准人: 'fuze' }, day(5));
    expect(d.state.closed).toBe(true);
  });

  it('emergency: the 24-hour report missed → no approval after the fact, only release', () => {
    const d = new D('xzqz-fengcun');
    d.do('紧急封存', 'zhifa1', { officers, parties: [testOrganisation('某某医院', '定点医疗机构', 16)], 紧急情况: 'x', 封存清单: 'y', 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: 'z', 现场实施: ON_SITE }, '2026-11-23T09:00:00+08:00');
    expect(d.refuse('报告负责人', 'zhifa1', { 报告内容: '…' }, '2026-11-24T09:30:00+08:00').code).toBe('DEADLINE_PASSED');
    expect(d.refuse('补办批准', 'fuze', { 审批意见: '同意' }, '2026-11-24T09:30:00+08:00').code).toBe('STEP_ORDER');
    d.do('解除封存', 'zhifa2', { officers, 解除情形: '其他不再需要采取封存措施的情形', 解除理由: '未在二十四小时内报告', 批准人: 'fuze' }, '2026-11-24T09:31:00+08:00');
    expect(d.state).toMatchObject({ state: '已解除', closed: true });
    expect(d.state.deadlines.find((x) => x.id === '报告期限')!.status).toBe('late');
  });

  it('emergency: the head refuses → released at once', () => {
    const d = new D('xzqz-fengcun');
    d.do('紧急封存', 'zhifa1', { officers, parties: [testOrganisation('某某医院', '定点医疗机构', 16)], 紧急情况: 'x', 封存清单: 'y', 保管人: '本局证据保管员', 保管地点: '本局证据保管室', 现场笔录: 'z', 现场实施: ON_SITE });
    d.do('报告负责人', 'zhifa1', { 报告内容: '…' });
    const r = d.do('不予补批', 'fuze', { 审批意见: '不应采取' });
    expect(r.state).toMatchObject({ state: '已解除', closed: true });
    expect(r.state.deadlines.every((x) => x.status !== 'open')).toBe(true);
  });
});

describe('行政强制：暂停结算', () => {
  it('定点医药机构: only the 主要负责人 approves', () => {
    const d = new D('xzqz-zanting', '定点医药机构');
    // the 暂停结算决定书 names the party: one must be registered (recordsForDocuments)
    expect(d.refuse('申请暂停结算', 'zhifa1', { officers, 涉嫌事实: '虚构服务', 拒不配合情况: '拒绝提供账册', attachments: [attachment('拒不配合调查记录')] })).toMatchObject({ code: 'DOCUMENT_DATA_MISSING', message: expect.stringContaining('当事人') });
    d.do('申请暂停结算', 'zhifa1', { officers, parties: [testOrganisation('某医院', '定点医疗机构', 7)], 涉嫌事实: '虚构服务', 拒不配合情况: '拒绝提供账册', attachments: [attachment('拒不配合调查记录')] });
    expect(d.state.parties.map((p) => p.名称)).toEqual(['某医院']);
    expect(d.refuse('批准暂停医保基金结算', 'fuze2', { 审批意见: '同意' }).code).toBe('ROLE');
    expect(d.refuse('批准暂停联网结算', 'fuze', { 审批意见: '同意' }).code).toBe('NOT_APPLICABLE');
    d.do('批准暂停医保基金结算', 'fuze', { 审批意见: '同意' });
    expect(d.refuse('解除暂停', 'zhifa1', { officers, 调查结论: '不属于骗保' }).code).toBe('STEP_ORDER');
    expect(d.refuse('通知经办机构', 'zhifa1', { 通知文号: '阳医保〔2026〕1号' })).toMatchObject({ code: 'DOCUMENT_DATA_MISSING', message: expect.stringContaining('经办机构') });
    d.do('通知经办机构', 'zhifa1', { 通知文号: '阳医保〔2026〕1号', 经办机构: '阳泉市医疗保障事业管理服务中心' });
    expect(d.refuse('解除暂停', 'zhifa1', { officers, 调查结论: '不属于骗保，按规定结算' }, day(30))).toMatchObject({ code: 'DOCUMENT_DATA_MISSING', message: expect.stringContaining('恢复结算的理由') });
    expect(d.refuse('解除暂停', 'zhifa1', { officers, 恢复理由: '随便', 调查结论: 'x' }, day(30)).code).toBe('INVALID_INPUT');
    d.do('解除暂停', 'zhifa1', { officers, 恢复理由: '经调查不属于骗取医疗保障基金支出', 调查结论: '不属于骗保，按规定结算' }, day(30));
    expect(d.state).toMatchObject({ state: '已解除', closed: true });
  });
  it('参保人员: the head approves 暂停联网结算', () => {
    const d = new D('xzqz-zanting', '参保人员');
    d.do('申请暂停结算', 'zhifa1', { officers, parties: [testPerson('钱某', 8)], 涉嫌事实: '冒名就医', 拒不配合情况: '拒不到场', attachments: [attachment('拒不配合调查记录')] });
    d.do('批准暂停联网结算', 'fuze2', { 审批意见: '同意' });
    d.do('通知经办机构', 'zhifa1', { 通知文号: 'x', 经办机构: '阳泉市医疗保障事业管理服务中心' });
    d.do('解除暂停', 'zhifa1', { officers, 恢复理由: '经调查属于骗取医疗保障基金支出，已依法处理', 调查结论: '属于骗保，移送立案' });
    expect(d.state.closed).toBe(true);
  });
});

describe('行政检查：双随机', () => {
  const register = ['甲医院', '乙医院', '丙药店', '丁诊所', '戊药店'];
  function planned(): D {
    const d = new D('xzjc-shuangsuiji');
    d.do('制定计划', 'jianguan', { 检查事项: '医保基金使用', 检查对象名录: register, 抽取对象数: 2, 抽取人员数: 2 });
    d.do('批准计划', 'fuze', { 审批意见: '同意' });
    return d;
  }
  it('draws targets and ≥ 2 inspectors reproducibly from the recorded seed; only they inspect', () => {
    const d = planned();
    const r = d.do('双随机抽取', 'jianguan', { seed: 'abc123' });
    const draw = d.state.draw!;
    expect(draw.targets).toHaveLength(2);
    expect(draw.inspectors).toHaveLength(2);
    expect(draw.roster).not.toContain('zhifa4'); // certificate expired
    expect(r.event.inputs).toMatchObject({ seed: 'abc123', targets: draw.targets, inspectors: draw.inspectors });
    expect(drawDoubleRandom('abc123', register, draw.roster, 2, 2)).toEqual(draw);
    const other = drawDoubleRandom('abc124', register, draw.roster, 2, 2);
    expect(other.seed).toBe('abc124');
    const outsider = ['zhifa1', 'zhifa2', 'zhifa3'].find((n) => !draw.inspectors.includes(n))!;
    const refusal = d.refuse('现场检查', outsider, { officers: [outsider, draw.inspectors[0]], 检查记录: '…', attachments: [attachment('现场检查笔录')] });
    expect(refusal.code).toBe('NOT_DRAWN');
    d.do('现场检查', draw.inspectors[0]!, { officers: draw.inspectors, 检查记录: '…', attachments: [attachment('现场检查笔录')] });
    const done = d.do('处置', draw.inspectors[0]!, { 处置结果: [{ 对象: draw.targets[0], 发现: '串换药品', 措施: '移送立案' }, { 对象: draw.targets[1], 发现: '无', 措施: '无问题' }] });
    expect(done.spawns).toEqual([{ procedure: 'xzcf-putong', facts: { 来源: '行政检查', 发现: '串换药品', 检查案件: 'K1', 检查对象: draw.targets[0] }, reason: '检查发现：串换药品' }]);
    d.do('事后监管', draw.inspectors[1]!, { 复查情况: '已整改' });
    expect(d.state).toMatchObject({ state: '已完成', closed: true });
  });
  it('different seeds give different draws over many tries, each reproducible', () => {
    const roster = ['a', 'b', 'c', 'd', 'e', 'f'];
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const x = drawDoubleRandom(`s${i}`, register, roster, 2, 2);
      expect(drawDoubleRandom(`s${i}`, [...register].reverse(), roster, 2, 2)).toEqual(x);
      seen.add([...x.targets, ...x.inspectors].join());
    }
    expect(seen.size).toBeGreaterThan(20);
  });
  it('fewer than two inspectors is refused (条例 第二十九条)', () => {
    const d = new D('xzjc-shuangsuiji');
    expect(d.refuse('制定计划', 'jianguan', { 检查事项: 'x', 检查对象名录: register, 抽取对象数: 1, 抽取人员数: 1 }).message).toContain('不得小于2');
  });
});

describe('行政给付 and 行政确认', () => {
  it('手工报销: 受理 → 审核 → 支付 within 30 working days; no statute extends it, late payment is recorded late', () => {
    const d = new D('xzgf', '手工报销');
    expect(d.refuse('受理', 'jingban', { 申请人: '王某', 申请事项: '手工报销', attachments: [attachment('申请材料')] }).code).toBe('DOCUMENT_DATA_MISSING');
    d.do('受理', 'jingban', { 申请人: '王某', parties: [testPerson('王某', 13)], 申请事项: '手工报销', attachments: [attachment('申请材料')] });
    const due = d.state.deadlines[0]!;
    expect(due).toMatchObject({ id: '办理期限', amount: 30, unit: '工作日', due: '2027-01-04' });
    d.do('审核', 'jingshen', { 结论: '同意', 审核意见: '材料齐全' }, day(5));
    expect(d.refuse('申请延期', 'jingban', { 期限: '办理期限', 延长: 10, 理由: '异地核查' }, day(50)).code).toBe('UNKNOWN_STEP');
    expect(d.refuse('支付', 'jingban', { amountFen: 123_45, 支付凭证号: 'P1' }, day(50)).code).toBe('LATE_WITHOUT_REASON');
    d.do('支付', 'jingban', { amountFen: 123_45, 支付凭证号: 'P1', 逾期理由: '异地核查票据' }, day(50));
    expect(d.state.deadlines[0]).toMatchObject({ status: 'late', lateReason: '异地核查票据' });
    expect(d.state).toMatchObject({ state: '已支付', payments: [{ amountFen: 12345 }] });
  });
  it('生育津贴 has 10 working days; 定点拨付 30 working days from the seed', () => {
    const a = new D('xzgf', '生育津贴');
    a.do('受理', 'jingban', { 申请人: '李某', parties: [testPerson('李某', 14)], 申请事项: '生育津贴', attachments: [attachment('申请材料')] });
    expect(a.state.deadlines[0]).toMatchObject({ amount: 10, due: '2026-12-07' });
    const b = new D('xzgf', '定点拨付');
    b.do('受理', 'jingban', { 申请人: '甲医院', parties: [testOrganisation('甲医院', '定点医疗机构', 15)], 申请事项: '10月费用', attachments: [attachment('申请材料')] });
    expect(b.state.deadlines[0]!.basis).toMatchObject({ item: '001_cc42e2149e1dc4a3#20' });
  });
  it('登记 is reviewed within 15 days (社会保险法 第五十七条)', () => {
    const d = new D('xzqr', '登记');
    expect(d.refuse('受理', 'jingban', { 申请人: '某公司', 申请事项: '参保登记', attachments: [attachment('申请材料')] })).toMatchObject({ code: 'DOCUMENT_DATA_MISSING', message: expect.stringContaining('申请人身份') });
    d.do('受理', 'jingban', { 申请人: '某公司', parties: [testOrganisation('某公司', '用人单位', 9)], 申请事项: '参保登记', attachments: [attachment('申请材料')] });
    expect(d.state.deadlines[0]).toMatchObject({ amount: 15, unit: '日', due: '2026-12-08' });
    expect(d.refuse('确认', 'jingshen', { 审核意见: '符合' }, day(3))).toMatchObject({ code: 'DOCUMENT_DATA_MISSING', message: expect.stringContaining('确认的内容') });
    expect(d.refuse('确认', 'jingshen', { 审核意见: '符合', 确认内容: [] }, day(3)).code).toBe('INVALID_INPUT');
    d.do('确认', 'jingshen', { 审核意见: '符合', 确认内容: [{ 项目: '登记险种', 内容: '职工基本医疗保险' }] }, day(3));
    expect(d.state).toMatchObject({ state: '已确认', closed: true });
  });
  it('医疗救助 for 低保/特困 is handled directly; others are refused the direct path', () => {
    const d = new D('xzqr', '医疗救助');
    expect(d.refuse('直接办理', 'jingban', { 申请人: '赵某', 身份类别: '低收入家庭', attachments: [attachment('身份证明')] }).code).toBe('NOT_DIRECT');
    d.do('直接办理', 'jingban', { 申请人: '赵某', 身份类别: '特困', attachments: [attachment('身份证明')] });
    expect(d.state).toMatchObject({ state: '已确认', closed: true });
    const reg = new D('xzqr', '登记');
    expect(reg.refuse('直接办理', 'jingban', { 申请人: '赵某', 身份类别: '特困', attachments: [attachment('身份证明')] }).code).toBe('NOT_APPLICABLE');
  });
});

describe('行政奖励', () => {
  it("keeps the reporter's identity out of the record (only its hash) and hands it over as a secret", () => {
    const d = new D('xzjl');
    const reporter = { 姓名: '匿名甲', 证件号码: '140302199001011234', 电话: '13800000000' };
    const r = d.do('受理举报', 'jiangli', { 举报人: reporter, 举报内容: '某诊所虚构诊疗' });
    expect(JSON.stringify(r.event)).not.toContain('140302199001011234');
    expect(JSON.stringify(r.state)).not.toContain('140302199001011234');
    expect(r.secrets).toEqual({ 举报人: reporter });
    expect(r.event.inputs['举报人']).toMatchObject({ sealed: true });
    d.do('核查', 'zhifa1', { officers, 结论: '属实', 核查情况: '查实骗保 5 万元', 追回金额Fen: 5_000_000 });
    expect(d.refuse('认定奖励', 'fuze', { amountFen: -1, 认定理由: 'x' }).code).toBe('INVALID_INPUT');
    // 山西 (2023 细则): 3% of the 5万 recovered = 1,500 元 at most
    expect(d.refuse('认定奖励', 'fuze', { amountFen: 200_000, 认定理由: '查实金额 5 万元' }).code).toBe('REWARD_OVER_CAP');
    d.do('认定奖励', 'fuze', { amountFen: 150_000, 认定理由: '查实金额 5 万元' });
    expect(d.refuse('发放', 'zhifa1', { 发放凭证号: 'J1' }).code).toBe('ROLE');
    d.do('发放', 'jiangli', { 发放凭证号: 'J1' });
    expect(d.state).toMatchObject({ state: '已发放', payments: [{ amountFen: 150_000 }] });
  });
});

describe('其他行政职权', () => {
  it('信用记录 and 联合惩戒: 认定 → 法制审核 → 告知 → 决定列入 → 公示 → 移出', () => {
    const d = new D('qt-xinyong');
    d.do('认定失信', 'zhifa1', { officers, 失信行为: '骗取医保基金', 依据文书: '阳医保罚〔2026〕1号' });
    expect(d.refuse('法制审核', 'zhifa1', { 结论: '同意', 审核意见: 'x' }).code).toBe('ROLE');
    d.do('法制审核', 'fazhi', { 结论: '同意', 审核意见: '依据充分' });
    d.do('告知', 'zhifa1', { 拟列入名单: '联合惩戒名单' });
    expect(d.refuse('决定列入', 'fuze', { 名单类型: '联合惩戒名单', 列入期限: '3年' }, day(1)).code).toBe('WINDOW_OPEN');
    d.do('决定列入', 'fuze', { 名单类型: '联合惩戒名单', 列入期限: '3年' }, day(8));
    d.do('公示', 'zhifa2', { 公示渠道: '信用中国' }, day(8));
    expect(d.state).toMatchObject({ state: '已公示', closed: true, credit: { list: '联合惩戒名单' } });
  });
  it('医保协议 breach: 约谈, 拟处理, 陈述申辩, 决定 no heavier than notified', () => {
    const d = new D('qt-xieyi');
    expect(d.refuse('发现违约', 'jingban', { 违约情形: '超标准收费', 协议条款: '第三十条' }).code).toBe('DOCUMENT_DATA_MISSING');
    d.do('发现违约', 'jingban', { parties: [testOrganisation('某医院', '定点医疗机构', 10)], 违约情形: '超标准收费', 协议条款: '第三十条' });
    d.do('约谈', 'jingban', { 约谈记录: '院长到场' });
    expect(d.refuse('拟处理', 'jingban', { measures: [{ kind: '罚款', amountFen: 1 }] }).code).toBe('INVALID_INPUT');
    expect(d.refuse('拟处理', 'jingban', { measures: [{ kind: '追回', amountFen: '5万' }] }).code).toBe('INVALID_INPUT');
    d.do('拟处理', 'jingban', { measures: [{ kind: '追回', amountFen: 50_000 }, { kind: '违约金', amountFen: 10_000 }, { kind: '暂停结算', months: 3 }] });
    d.do('陈述申辩', 'jingban', { 陈述内容: '系系统错误', 复核意见: '部分采纳' });
    d.do('放弃陈述申辩', 'jingban', { attachments: [attachment('书面放弃声明')] });
    expect(d.refuse('处理决定', 'fuze', { measures: [{ kind: '解除协议' }] }).code).toBe('HEAVIER_AFTER_ARGUMENT');
    expect(d.refuse('处理决定', 'fuze', { measures: [{ kind: '追回', amountFen: 50_000 }, { kind: '暂停结算', months: 1 }] })).toMatchObject({ code: 'DOCUMENT_DATA_MISSING', message: expect.stringContaining('处理理由') });
    d.do('处理决定', 'fuze', { measures: [{ kind: '追回', amountFen: 50_000 }, { kind: '暂停结算', months: 1 }], 处理理由: '超标准收费属实，部分采纳申辩意见' });
    d.do('执行', 'jingban', { 执行情况: '已追回' });
    d.do('结案', 'fuze', { 结案报告: '…' });
    expect(d.state).toMatchObject({ state: '已结案', closed: true });
  });
});
