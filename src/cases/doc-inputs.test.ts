// 文书 from case data: a penalty case carried to 结案 gives its 立案审批表, 事先告知书,
// 决定书, 送达回证 and 结案报告 with the case's party, officers, amounts and dates.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { minimumChoices } from '../law/index.js';

/** 20000 fen → '200.00元' as the documents print figures. */
const formatYuanFigures = (fen: number): string => `${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}元`;
import { documentInput } from './doc-inputs.js';
import { renderDocx } from './documents/index.js';
import { act, openCase } from './engine/engine.js';
import type { CaseState } from './engine/types.js';
import { executionStatus } from './engine/execution.js';
import { loadProcedures } from './procedure/load.js';
import { testOrganisation, testPerson, testResponsiblePerson } from './testing/parties.js';
import { staffFor } from './testing/cast.js';
import type { User } from './engine/types.js';
import { attachment, day, testContext, YANGQUAN, engineInput, reviewPoints } from './testing/support.js';
import { inquiry } from './testing/attacks.js';
import { DEMO_USERS, userMap } from './users.js';

const users = userMap(DEMO_USERS);
const proc = loadProcedures().get('xzcf-putong')!;
const ctx = testContext(proc);
const HOSPITAL = { ...testOrganisation('某某医院', '定点医疗机构', 42), 法定代表人: '钱院长', 住所: '阳泉市城区某路1号' };


/** The case to 送达 (2026-11-28), then what `then` does with the same step function. */
function run(then: 'paid' | 'unpaid' | 'instalments' = 'paid'): CaseState {
  let s = openCase({ id: '2026-000042', procedure: proc, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN }, ctx);
  const o = ['zhifa1', 'zhifa2'];
  const step = (name: string, as: string, input: Record<string, unknown>, n: number) => {
    const r = act(s, name, as, engineInput(input), day(n), ctx);
    if (!r.ok) throw new Error(r.refusal.message);
    s = r.state;
  };
  step('线索核查', 'zhifa1', { 核查意见: '智能监控发现分解住院' }, 0);
  step('立案', 'fuze', { officers: o, 案由: '某某医院涉嫌骗取医保基金案', parties: [HOSPITAL] }, 0);
  step('调查取证', 'zhifa1', { officers: o, 取证内容: '调取病历与结算单', attachments: [{ ...attachment('笔录或证据', '病历'), fileName: '病历复印件.pdf' }] }, 1);
  step('调查终结', 'zhifa1', { officers: o, 调查终结报告: '2026年该院虚构诊疗项目骗取医保基金10000元', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 }, facts: { amounts: { defraudedFen: 1_000_000 }, flags: [] } }, 1);
  step('法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, 2);
  const measures = minimumChoices(s.penalty.decision!).map((c) => (c.measureId === '罚款@单位' ? { ...c, amountFen: 2_345_600 } : c));
  step('告知', 'zhifa1', { officers: o, measures, 告知书送达日期: '2026-11-25' }, 2);
  step('陈述申辩', 'zhifa1', { 陈述内容: '系工作人员失误', 复核意见: '不予采纳' }, 3);
  step('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 3);
  step('放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 3);
  step('决定', 'fuze', { 类型: '行政处罚', measures }, 4);
  step('送达', 'zhifa2', { 送达方式: '直接送达', 送达地点: '该院办公室', attachments: [attachment('送达回证')] }, 5);
  if (then === 'unpaid') {
    // only the fund is returned; the fine is not paid: 催告 on 12-24, the court after the 起诉期限
    step('缴款', 'zhifa1', { 款项: '责令退回', amountFen: 1_000_000, 缴款日期: '2026-12-01', 票据号: 'JK-001' }, 9);
    step('催告', 'zhifa1', { 催告书送达日期: '2026-12-24', 送达方式: '直接送达' }, 31);
    step('申请强制执行', 'fuze', { 人民法院: '阳泉市城区人民法院' }, 190);
    return s;
  }
  if (then === 'instalments') {
    step('申请暂缓分期', 'zhifa1', { 申请事项: '分期缴纳', 理由: '医院资金周转困难' }, 8);
    step('批准暂缓分期', 'fuze', { 申请事项: '分期缴纳', 安排: [{ 到期日: '2026-12-31', amountFen: 1_345_600 }, { 到期日: '2027-01-31', amountFen: 1_000_000 }], 审批意见: '同意分两期缴纳', 书面告知日期: '2026-12-02' }, 9);
    return s;
  }
  // the hospital pays the fine and returns the fund in two payments, within the 十五日
  step('缴款', 'zhifa1', { 款项: '罚款', amountFen: 2_345_600, 缴款日期: '2026-12-01', 票据号: 'PJ-001' }, 9);
  for (const l of executionStatus(s, '2026-12-02').lines.filter((x) => x.outstandingFen > 0)) {
    step('缴款', 'zhifa1', { 款项: l.kind, amountFen: l.outstandingFen, 缴款日期: '2026-12-02', 票据号: 'PJ-002' }, 10);
  }
  // the 暂停 of 条例 第四十条 from 12-02 for six months; 结案 once it has run
  step('执行', 'zhifa1', { 措施: '暂停相关责任部门涉及基金使用的医药服务', 开始日期: '2026-12-02', 执行情况: '已书面通知经办机构' }, 10);
  step('结案', 'fuze', { 执行结果: '全部履行', 结案报告: '已履行' }, 200);
  return s;
}

async function docText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

describe('documents from case data', () => {
  const c = run();
  it('行政处罚决定书 carries the party, the decided amounts (大写 too), the statement and the dates', async () => {
    const input = documentInput('行政处罚决定书', c, { users });
    expect(input).toMatchObject({
      docNumber: '阳医保罚〔2026〕42号',
      filingDate: '2026-11-23',
      date: '2026-11-27',
      statement: { made: true, summary: '系工作人员失误' },
    });
    expect(input.parties).toHaveLength(1);
    expect(input.parties[0]!.party).toMatchObject({ name: '某某医院', idNumber: HOSPITAL.证件号码, address: '阳泉市城区某路1号' });
    expect(input.parties[0]!.orders).toContainEqual({ kind: '责令退回', amountFen: 1_000_000 });
    // 暂行规定 第十三条: 条例第四十条 itself orders only the 退回; the decision orders the violation corrected too
    expect(input.parties[0]!.orders![0]).toEqual({ kind: '责令改正' });
    expect(input.parties[0]!.penalties).toContainEqual({ kind: '罚款', amountFen: 2_345_600 });
    expect((input.parties[0]!.penalties ?? []).find((p) => p.months !== undefined)?.months).toBe(6);
    expect(input.basis[0]).toMatchObject({ law: '医疗保障基金使用监督管理条例', article: '第四十条第一款第（三）项' });
    expect(input.violated[0]).toMatchObject({ law: '医疗保障基金使用监督管理条例', article: '第四十条第一款', items: [{ number: 3, text: '虚构医药服务项目' }] });
    expect(input.remedy.reconsideration.bodies).toEqual(['阳泉市人民政府']);
    const text = await docText(await renderDocx('行政处罚决定书', input));
    expect(text).toContain('某某医院');
    expect(text).toContain('贰万叁仟肆佰伍拾陆元');
    expect(text.split('附件：证据电子文件校验值')[0]).not.toMatch(/SHA-256|[0-9a-f]{16}/); // hashes only in the annex
  });
  it('责令限期改正 with the date and what to correct the 决定 recorded (暂行规定 第十三条)', async () => {
    const corrected: CaseState = { ...c, penalty: { ...c.penalty, decided: { ...c.penalty.decided!, correction: { by: '2026-12-31', what: '虚构诊疗项目的违法行为' } } } };
    const input = documentInput('行政处罚决定书', corrected, { users });
    expect(input.parties[0]!.orders![0]).toEqual({ kind: '责令限期改正', deadline: '2026-12-31', text: '虚构诊疗项目的违法行为' });
    expect(await docText(await renderDocx('行政处罚决定书', input))).toMatch(/责令.*2026年12月31日前改正虚构诊疗项目的违法行为/);
  });
  it('a quote never stops at “：”: the 项 the case applied, and no other', async () => {
    const text = await docText(await renderDocx('行政处罚决定书', documentInput('行政处罚决定书', c, { users })));
    expect(text).toContain('（三）虚构医药服务项目');
    expect(text).not.toContain('诱导、协助他人冒名或者虚假就医');
    expect(text).not.toMatch(/：”/);
    const unnamed = { ...c, penalty: { ...c.penalty, violation: { 法规: '医疗保障基金使用监督管理条例', 条: 40 } } };
    expect(() => documentInput('行政处罚决定书', unnamed, { users })).toThrow(/没有写明适用哪一项|没有写明违反哪一项/);
  });
  it('a case of another jurisdiction never gets 阳泉市医疗保障局 on its papers', () => {
    const unconfigured = { ...c, jurisdiction: { path: '贵州省', code: '520000', name: '贵州省' } };
    expect(() => documentInput('行政处罚决定书', unconfigured, { users })).toThrow(/贵州省/);
    const district = { ...c, jurisdiction: { path: '山西省/阳泉市/城区', code: '140302', name: '山西省阳泉市城区' } };
    expect(() => documentInput('行政处罚决定书', district, { users })).toThrow(/最近的是上级「阳泉市医疗保障局」/);
    const lanzhou = { ...c, jurisdiction: { path: '甘肃省/兰州市', code: '620100', name: '甘肃省兰州市' } };
    expect(documentInput('行政处罚决定书', lanzhou, { users }).bureau.name).toBe('兰州市医疗保障局');
    expect(() => documentInput('行政处罚决定书', lanzhou, { users, bureau: '阳泉市医疗保障局' })).toThrow(/不属于本案辖区/);
  });
  it('the other penalty documents render from the same case', async () => {
    for (const kind of ['立案审批表', '行政处罚事先告知书', '送达回证', '结案报告'] as const) {
      const buf = await renderDocx(kind, documentInput(kind, c, { users }) as never);
      expect((await docText(buf)).length, kind).toBeGreaterThan(100);
    }
  });
  it('the 结案报告 states what the case recorded: each payment with its receipt, and the 第（一）项 ground', async () => {
    const input = documentInput('结案报告', c, { users }) as { execution: { outcome: string; lines: Array<{ item: string; dueFen: number; paidFen: number; payments: unknown[] }> }; closingGround: { item: number } };
    expect(input.execution.outcome).toBe('全部履行');
    expect(input.closingGround.item).toBe(1);
    const fine = input.execution.lines.find((l) => l.item === '罚款')!;
    expect(fine).toMatchObject({ dueFen: 2_345_600, paidFen: 2_345_600, payments: [{ date: '2026-12-01', amountFen: 2_345_600, receiptNo: 'PJ-001' }] });
    const text = await docText(await renderDocx('结案报告', input as never));
    expect(text).toContain('票据号PJ-001');
    expect(text).toContain('执行结果：全部履行');
  });
  it('the 分期（延期）缴纳罚款决定书 states the approved instalments that add up to the fine', async () => {
    const input = documentInput('分期（延期）缴纳罚款决定书', run('instalments'), { users });
    expect(input).toMatchObject({ mode: '分期', fineFen: 2_345_600, paidFen: 0, approvedBy: '陈局长', applicationDate: '2026-12-01', hardship: '医院资金周转困难', date: '2026-12-02' });
    expect(input.schedule).toEqual([{ dueDate: '2026-12-31', amountFen: 1_345_600 }, { dueDate: '2027-01-31', amountFen: 1_000_000 }]);
    expect((await docText(await renderDocx('分期（延期）缴纳罚款决定书', input))).length).toBeGreaterThan(100);
  });
  it('the 催告书 and the 强制执行申请书 state what is unpaid and the 加处罚款 accrued to their day, from the records', async () => {
    const u = run('unpaid');
    const demand = documentInput('催告书', u, { users });
    const due = u.deadlines.find((d) => d.id === '缴纳期限')!.due;
    const days = (Date.parse('2026-12-24') - Date.parse(due)) / 86_400_000;
    expect(demand.owed).toEqual([{ item: '罚款', dueFen: 2_345_600, paidFen: 0 }]);
    // 3% of 23,456.00 元 a day = 703.68 元
    expect(demand.lateFee).toMatchObject({ asOfDate: '2026-12-24', days, accruedFen: days * 70_368, percentPerDay: 3 });
    expect(demand.period).toMatchObject({ value: 10, unit: '工作日' });
    const application = documentInput('强制执行申请书', u, { users });
    expect(application).toMatchObject({ court: '阳泉市城区人民法院', head: { name: '陈局长' }, periodsEndedOn: '2027-05-28', demand: { servedDate: '2026-12-24' } });
    // by the application the 加处罚款 has reached the fine itself (第七十二条第一款第（一）项)
    expect(application.lateFee?.accruedFen).toBe(2_345_600);
    for (const kind of ['催告书', '强制执行申请书'] as const) expect((await docText(await renderDocx(kind, documentInput(kind, u, { users })))).length, kind).toBeGreaterThan(100);
  });
  it('a 结案报告 before 结案 needs the execution outcome stated: it is never assumed paid', () => {
    const data = { ...c.data };
    delete data['结案'];
    const open: CaseState = { ...c, data, history: c.history.filter((h) => h.step !== '结案') };
    expect(() => documentInput('结案报告', open, { users })).toThrow(/尚未「结案」/);
  });
  it('the 调查终结报告 and the 法制审核意见书: the course, the evidence, the articles, the proposal with its ranges, the review opinion of 第三十九条', async () => {
    const report = await docText(await renderDocx('调查终结报告', documentInput('调查终结报告', c, { users })));
    expect(report).toContain('2026年该院虚构诊疗项目骗取医保基金10000元');
    expect(report).toContain('调查取证：调取病历与结算单');
    expect(report).toContain('笔录或证据（病历复印件.pdf）');
    expect(report).toContain('第四十条第一款第（三）项');
    // 骗取 10,000 元: 2–5 倍 → 20,000.00 元至 50,000.00 元, and the suspension of 6–12 months
    expect(report).toContain('罚款：20,000.00元至50,000.00元（应当');
    expect(report).toContain('6个月至12个月');
    expect(report).toContain('作出决定前应当进行法制审核');
    expect(report).not.toMatch(/未录入|未指定地区/);
    // 阳泉 has no 裁量基准 loaded: a warning for the officers, never a ground on paper
    expect(c.penalty.decision!.warnings.join('')).toMatch(/未录入/);
    for (const kind of ['行政处罚事先告知书', '行政处罚决定书'] as const) {
      const text = await docText(await renderDocx(kind, documentInput(kind, c, { users })));
      expect(text, kind).not.toMatch(/未录入|未指定地区|[\u4e00-\u9fff]:\d+/);
      expect(text, kind).toContain('在法定幅度内裁量');
    }
    const review = await docText(await renderDocx('法制审核意见书', documentInput('法制审核意见书', c, { users })));
    expect(review).toContain('第三十九条第一款第（一）项');
    expect(review).toContain('本案审核结论：同意。');
    expect(review).toContain(`审核人：${users.get('fazhi')!.displayName}`);
    const bare = openCase({ id: '2026-000045', procedure: proc, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN }, ctx);
    expect(() => documentInput('法制审核意见书', { ...bare, parties: c.parties, history: c.history.filter((h) => h.step === '立案') }, { users })).toThrow(/尚未进行「法制审核」/);
  });
  it('refuses, with a reason, what the case does not know', () => {
    const bare = openCase({ id: '2026-000043', procedure: proc, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN }, ctx);
    expect(() => documentInput('行政处罚决定书', bare, { users })).toThrow(/尚未登记当事人/);
    expect(() => documentInput('送达回证', { ...bare, data: {} }, { users }, { party: { name: 'x' } })).toThrow(/尚未/);
  });
});

describe('询问笔录 and 现场检查笔录 from what 调查取证 recorded', () => {
  const o = ['zhifa1', 'zhifa2'];
  let s = openCase({ id: '2026-000044', procedure: proc, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN }, ctx);
  const step = (name: string, as: string, input: Record<string, unknown>, n: number) => {
    const r = act(s, name, as, engineInput(input), day(n), ctx);
    if (!r.ok) throw new Error(`${r.refusal.code} ${r.refusal.message}`);
    s = r.state;
  };
  const check = {
    检查日期: '2026-11-24', 开始时间: '14:00', 结束时间: '15:30', 地点: '某某医院住院部', 检查人员: o, 记录人: ['zhifa2'], 在场人: '孙主任', 在场人身份: '医务科主任',
    检查情况: ['住院部三楼病区在床患者12人，系统显示在院17人', '5人床位无人、无当日医嘱'], 采取的措施: ['拍照', '复制住院登记'],
  };
  step('线索核查', 'zhifa1', { 核查意见: '智能监控发现挂床住院' }, 0);
  step('立案', 'fuze', { officers: o, 案由: '某某医院涉嫌挂床住院案', parties: [HOSPITAL] }, 0);
  step('调查取证', 'zhifa1', { officers: o, 取证内容: '现场检查并询问', attachments: [attachment('笔录或证据')], 询问笔录: [{ ...inquiry(o), 询问日期: '2026-11-24' }], 现场检查笔录: [check] }, 1);
  step('调查取证', 'zhifa2', { officers: o, 取证内容: '询问医务科', attachments: [attachment('笔录或证据')], 询问笔录: [{ ...inquiry(o), 被询问人: '孙主任', 证件号码: '140302198001010011', 与本案关系: '证人', 询问日期: '2026-11-26' }] }, 3);

  it('keeps every 笔录 with the step and day that recorded it', () => {
    expect(s.transcripts?.询问笔录?.map((q) => [q.被询问人, q.step, q.date])).toEqual([['王某某', '调查取证', '2026-11-24'], ['孙主任', '调查取证', '2026-11-26']]);
    expect(s.transcripts?.现场检查笔录).toHaveLength(1);
  });
  it('prints the 询问笔录 chosen (the last by default) with its questions, answers, askers and their 执法证', async () => {
    const last = await docText(await renderDocx('询问笔录', documentInput('询问笔录', s, { users })));
    expect(last).toContain('孙主任');
    const first = await docText(await renderDocx('询问笔录', documentInput('询问笔录', s, { users, transcript: 1 })));
    expect(first).toContain('王某某');
    expect(first).toContain('你院2026年1月是否为参保人员办理过分解住院？');
    expect(first).toContain('共三人次');
    for (const n of o) expect(first).toContain(users.get(n)!.certificate!.no);
    expect(() => documentInput('询问笔录', s, { users, transcript: 3 })).toThrow(/登记了 2 份「询问笔录」，没有第 3 份/);
  });
  it('prints the 现场检查笔录 with the party, who was present and each finding', async () => {
    const text = await docText(await renderDocx('现场检查笔录', documentInput('现场检查笔录', s, { users })));
    expect(text).toContain('某某医院');
    expect(text).toContain('孙主任');
    expect(text).toContain('5人床位无人、无当日医嘱');
  });
  it('a case that recorded none says where to record it; an asker who is not an officer of the step is refused', () => {
    const bare = run();
    expect(() => documentInput('询问笔录', bare, { users })).toThrow(/在「调查取证」中填写询问笔录/);
    const r = act(s, '调查取证', 'zhifa1', engineInput({ officers: o, 取证内容: 'x', attachments: [attachment('笔录或证据')], 询问笔录: [inquiry(['zhifa1', 'fazhi'])] }), day(4), ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.message).toMatch(/询问人须为本环节的执法人员/);
  });
});

describe('社会保险法第八十四条 from a case: the unit and its responsible person are parties with their own fines and payments', () => {
  const EMPLOYER = testOrganisation('某某商贸有限公司', '用人单位', 4);
  const PERSON = testResponsiblePerson('钱某某', EMPLOYER.名称, 77);
  function employerCase(): CaseState {
    let s = openCase({ id: '2026-000084', procedure: proc, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN }, ctx);
    const o = ['zhifa1', 'zhifa2'];
    const step = (name: string, as: string, input: Record<string, unknown>, n: number) => {
      const r = act(s, name, as, engineInput(input), day(n), ctx);
      if (!r.ok) throw new Error(`${name}: ${r.refusal.message}`);
      s = r.state;
    };
    step('线索核查', 'zhifa1', { 核查意见: '用人单位未办理社会保险登记，经责令限期改正逾期不改正' }, 0);
    step('立案', 'fuze', { officers: o, 案由: '某某商贸有限公司未办理社会保险登记案', parties: [EMPLOYER] }, 0);
    step('调查取证', 'zhifa1', { officers: o, 取证内容: '调取登记记录、责令改正通知书及送达回证', attachments: [attachment('笔录或证据')] }, 1);
    step('调查终结', 'zhifa2', { officers: o, 调查终结报告: '经责令限期改正，逾期仍未办理社会保险登记', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '社会保险法', 条: 84 }, facts: { amounts: { unpaidFen: 1_000_000 }, flags: ['逾期不改正'] } }, 1);
    // the decision punishes the directly responsible persons on their own: 告知 needs them registered
    step('变更当事人', 'zhifa1', { parties: [EMPLOYER, PERSON], 变更理由: '调查查明直接负责的主管人员' }, 1);
    if (s.facts.legalReviewRequired) step('法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, 2);
    const measures = minimumChoices(s.penalty.decision!);
    step('告知', 'zhifa1', { officers: o, measures, 告知书送达日期: '2026-11-25' }, 2);
    step('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 3);
    if (s.deadlines.some((d) => d.id === '听证申请期限' && d.status === 'open')) step('放弃听证', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 3);
    step('决定', 'fuze', { 类型: '行政处罚', measures }, 4);
    step('送达', 'zhifa2', { 送达方式: '直接送达', attachments: [attachment('送达回证')] }, 5);
    return s;
  }

  it('the 决定书 has two parties, each with its own fine, never summed; each owes and pays his own', async () => {
    const s = employerCase();
    const fines = s.penalty.decision!.measures.filter((m) => m.kind === '罚款');
    expect(fines.length).toBe(2);
    const input = documentInput('行政处罚决定书', s, { users });
    const byParty = input.parties.map((p) => [p.party.name, (p.penalties ?? []).filter((x) => x.kind === '罚款').map((x) => x.amountFen)]);
    const unitFine = minimumChoices(s.penalty.decision!).find((c) => c.measureId === fines.find((m) => !m.target || !m.target.includes('责任人员'))!.id)!.amountFen!;
    const personFine = minimumChoices(s.penalty.decision!).find((c) => c.measureId === fines.find((m) => m.target?.includes('责任人员'))!.id)!.amountFen!;
    expect(byParty).toEqual([[EMPLOYER.名称, [unitFine]], [PERSON.名称, [personFine]]]);
    const text = await docText(await renderDocx('行政处罚决定书', input));
    expect(text).not.toContain(formatYuanFigures(unitFine + personFine));
    // the money owed is one line per payer
    const lines = executionStatus(s, '2026-12-01').lines.map((l) => [l.payer, l.kind, l.amountFen]);
    expect(lines).toEqual([[EMPLOYER.名称, '罚款', unitFine], [PERSON.名称, '罚款', personFine]]);
    // the person's fine is not the unit's to pay, nor more than his own
    const pay = (payer: string, amountFen: number) => act(s, '缴款', 'zhifa1', engineInput({ 款项: '罚款', 缴款人: payer, amountFen, 缴款日期: '2026-12-01', 票据号: 'P' }), day(9), ctx);
    expect(pay(PERSON.名称, personFine + 1)).toMatchObject({ ok: false, refusal: { code: 'OVERPAYMENT' } });
    expect(pay(PERSON.名称, personFine)).toMatchObject({ ok: true });
  });
});

describe('a 决定书 in 河南 and in 新疆: the provincial 裁量基准 tier and its grounds are the 裁量理由', () => {
  /** A 医疗保障经办机构 case under 条例 第三十七条 decided by the provincial bureau's own staff. */
  function provincialCase(path: string, code: string, prefix: string, amounts: Record<string, number>, flags: string[]): CaseState {
    const { cast, users: staff } = staffFor(path, prefix);
    const pctx = testContext(proc, { users: new Map(staff.map((u) => [u.name, u])) });
    let s = openCase({ id: '2026-000037', procedure: proc, now: day(0), actor: cast.officers[0], jurisdiction: { path, code, name: path } }, pctx);
    const o = cast.officers;
    const step = (name: string, as: string, input: Record<string, unknown>, n: number) => {
      const r = act(s, name, as, engineInput(input), day(n), pctx);
      if (!r.ok) throw new Error(`${name}: ${r.refusal.message}`);
      s = r.state;
    };
    const agency = { ...testOrganisation('某某市医疗保障经办中心', '医疗保障经办机构', 37), 住所: `${path}某某市某某路8号` };
    step('线索核查', o[0], { 核查意见: '经办机构涉嫌骗取医保基金支出' }, 0);
    step('立案', cast.head, { officers: o, 案由: '某某市医疗保障经办中心涉嫌骗取医疗保障基金支出案', parties: [agency] }, 0);
    step('调查取证', o[0], { officers: o, 取证内容: '调取支出凭证', attachments: [attachment('笔录或证据')] }, 1);
    step('调查终结', o[1], { officers: o, 调查终结报告: '骗取医疗保障基金支出', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: 37 }, facts: { amounts, flags, actEnded: '2026-06-30', discovered: '2026-10-01' } }, 1);
    if (s.facts.legalReviewRequired) step('法制审核', cast.reviewer, { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, 2);
    const measures = minimumChoices(s.penalty.decision!);
    step('告知', o[0], { officers: o, measures, 告知书送达日期: '2026-11-25' }, 2);
    step('放弃陈述申辩', o[0], { attachments: [attachment('书面放弃声明')] }, 3);
    if (s.deadlines.some((d) => d.id === '听证申请期限' && d.status === 'open')) step('放弃听证', o[0], { attachments: [attachment('书面放弃声明')] }, 3);
    if (s.facts.major) {
      step('集体讨论', cast.head, { 参加人员: [cast.head, cast.head2], 讨论意见: '一致同意', 讨论结论: '同意' }, 4);
      for (const head of [cast.head, cast.head2]) step('集体讨论签字', head, { 确认: true }, 4);
    }
    step('决定', cast.head, { 类型: '行政处罚', measures }, 4);
    return Object.assign(s, { staff });
  }
  const docFor = (s: CaseState) => {
    const staff = (s as CaseState & { staff: User[] }).staff;
    return documentInput('行政处罚决定书', s, { users: new Map(staff.map((u) => [u.name, u])) });
  };

  it('河南: 骗取 3,000.00 元, no lighter circumstance → 一般档 3–4 倍, issued by 河南省医疗保障局', async () => {
    const s = provincialCase('河南省', '410000', 'henan', { defraudedFen: 300_000 }, []);
    expect(s.penalty.decision!.discretion).toMatchObject({ tier: '一般' });
    const input = docFor(s);
    expect(input.bureau.name).toBe('河南省医疗保障局');
    expect(input.docNumber).toMatch(/^豫医保罚〔2026〕/);
    const reasons = input.discretion.reasons.join('；');
    expect(reasons).toContain('裁量档次：一般');
    expect(reasons).toContain('骗取医保基金5000元以下');
    const text = await docText(await renderDocx('行政处罚决定书', input));
    expect(text).toContain('河南省医疗保障局');
    expect(text).not.toMatch(/未指定地区|未录入|阳泉/);
  });

  it('新疆: 骗取 2,000.00 元 not returned in time → 从轻 3.5 倍 as the 实施标准 fixes it, issued by 新疆维吾尔自治区医疗保障局', async () => {
    const s = provincialCase('新疆维吾尔自治区', '650000', 'xj', { defraudedFen: 200_000 }, []);
    expect(s.penalty.decision!.discretion).toMatchObject({ tier: '从轻' });
    const input = docFor(s);
    expect(input.bureau.name).toBe('新疆维吾尔自治区医疗保障局');
    const reasons = input.discretion.reasons.join('；');
    expect(reasons).toContain('按照3.5倍标准罚款');
    const fine = input.parties[0]!.penalties!.find((p) => p.kind === '罚款')!;
    expect(fine.amountFen).toBe(700_000);
    const text = await docText(await renderDocx('行政处罚决定书', input));
    expect(text).toContain('新疆维吾尔自治区医疗保障局');
    expect(text).not.toMatch(/未指定地区|未录入|阳泉/);
  });
});

describe('不予行政处罚: the 教育 of 行政处罚法第三十三条第三款 is recorded and printed', () => {
  function investigated(): { state: () => CaseState; step: (name: string, as: string, input: Record<string, unknown>, n: number) => ReturnType<typeof act> } {
    let s = openCase({ id: '2026-000043', procedure: proc, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN }, ctx);
    const step = (name: string, as: string, input: Record<string, unknown>, n: number) => {
      const r = act(s, name, as, engineInput(input), day(n), ctx);
      if (r.ok) s = r.state;
      return r;
    };
    const o = ['zhifa1', 'zhifa2'];
    for (const [name, as, input, n] of [
      ['线索核查', 'zhifa1', { 核查意见: '投诉' }, 0],
      ['立案', 'fuze', { officers: o, 案由: '某某医院涉嫌骗取医保基金案', parties: [HOSPITAL] }, 0],
      ['调查取证', 'zhifa1', { officers: o, 取证内容: '调取结算单', attachments: [attachment('笔录或证据', '结算单')] }, 1],
      ['调查终结', 'zhifa1', { officers: o, 调查终结报告: '该院将一项诊疗项目误编码结算，涉及医保基金300元，已主动退回', 认定事实: [{ 事实: '违法事实经查证属实', 证据: ['笔录或证据'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 }, facts: { amounts: { defraudedFen: 30_000 }, flags: [] } }, 1],
      ['法制审核', 'fazhi', { 结论: '同意', 审核意见: '同意', 审核事项: reviewPoints() }, 2],
    ] as const) {
      const r = step(name, as, input as Record<string, unknown>, n);
      if (!r.ok) throw new Error(r.refusal.message);
    }
    return { state: () => s, step };
  }
  const decision = { 类型: '不予行政处罚', 不予处罚理由: '当事人有证据足以证明没有主观过错', 理由: '系收费系统编码错误所致，当事人提供了系统供应商的证明' };

  it('a 不予行政处罚 decision without the 教育 is refused and changes nothing', () => {
    const { state, step } = investigated();
    const before = JSON.stringify(state());
    const r = step('决定', 'fuze', decision, 4);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal).toMatchObject({ code: 'DOCUMENT_DATA_MISSING', message: expect.stringContaining('第三十三条第三款') });
    expect(JSON.stringify(state())).toBe(before);
  });

  it('the 不予行政处罚决定书 quotes the ground from the corpus and states the 教育 with its day', async () => {
    const { state, step } = investigated();
    const r = step('决定', 'fuze', { ...decision, 教育方式: '当面批评教育', 教育内容: '讲解医保基金使用的规定，要求其核对收费系统编码', 教育日期: '2026-11-27' }, 4);
    if (!r.ok) throw new Error(r.refusal.message);
    const text = await docText(await renderDocx('不予行政处罚决定书', documentInput('不予行政处罚决定书', state(), { users })));
    expect(text).toContain('当事人有证据足以证明没有主观过错的，不予行政处罚');
    expect(text).toContain('第三十三条第二款');
    expect(text).toContain('当面批评教育');
    expect(text).toContain('要求其核对收费系统编码');
    expect(text).toContain('2026年11月27日');
    expect(text).not.toMatch(/罚款[0-9,]/);
  });
});

describe('行政给付: the 支付决定书 and the 不予支付决定书 from the case, on the paragraph of 社会保险经办条例第二十条 of its kind', () => {
  const gf = loadProcedures().get('xzgf')!;
  const gctx = testContext(gf);
  function accepted(variant: string, id: string) {
    let s = openCase({ id, procedure: gf, variant, now: day(0), actor: 'jingban', jurisdiction: YANGQUAN }, gctx);
    const step = (name: string, as: string, input: Record<string, unknown>, n: number) => {
      const r = act(s, name, as, engineInput(input), day(n), gctx);
      if (!r.ok) throw new Error(`${r.refusal.code} ${r.refusal.message}`);
      s = r.state;
    };
    step('受理', 'jingban', { 申请人: '刘某某', parties: [testPerson('刘某某', 35)], 申请事项: variant === '生育津贴' ? '生育津贴' : '医疗费用手工报销', attachments: [attachment('申请材料')] }, 0);
    return { state: () => s, step };
  }
  it('生育津贴 paid: the amount, the payment voucher, 第二十条第三款', async () => {
    const { state, step } = accepted('生育津贴', '2026-000045');
    step('审核', 'jingshen', { 结论: '同意', 审核意见: '病历资料齐全' }, 2);
    step('支付', 'jingban', { amountFen: 1_568_000, 支付凭证号: 'ZF-0045' }, 4);
    const text = await docText(await renderDocx('支付决定书', documentInput('支付决定书', state(), { users })));
    expect(text).toContain('刘某某');
    expect(text).toContain('15,680.00');
    expect(text).toContain('ZF-0045');
    expect(text).toContain('第二十条第三款');
    expect(() => documentInput('不予支付决定书', state(), { users })).toThrow(/不是「不同意」/);
  });
  it('手工报销 refused: the reviewer’s reason, 第二十条第二款', async () => {
    const { state, step } = accepted('手工报销', '2026-000046');
    step('审核', 'jingshen', { 结论: '不同意', 审核意见: '费用发生时申请人未参加基本医疗保险' }, 3);
    const text = await docText(await renderDocx('不予支付决定书', documentInput('不予支付决定书', state(), { users })));
    expect(text).toContain('费用发生时申请人未参加基本医疗保险');
    expect(text).toContain('第二十条第二款');
    expect(text).toContain('行政复议');
  });
});
