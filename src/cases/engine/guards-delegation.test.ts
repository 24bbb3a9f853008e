// 委托执法 (医疗保障行政处罚程序暂行规定 第八条), as pure logic: a user of a 受托组织 acts only within
// a 委托书 of the case's bureau (事项、权限、期限), takes no step of a coercive measure, delegates
// nothing onward, and the case's documents are issued by the 委托机关. Each refusal leaves the
// case unchanged; users without an organisation are not concerned.
import { describe, expect, it } from 'vitest';
import { loadProcedures } from '../procedure/load.js';
import { DEMO_USERS, userMap } from '../users.js';
import { attachment, day, EngineDriver, engineInput, testContext, YANGQUAN } from '../testing/support.js';
import { testCreditCode, testOrganisation } from '../testing/parties.js';
import { documentInput } from '../doc-inputs.js';
import { bureauFor } from '../documents/index.js';
import { checkPowers, delegablePowers, DelegationInputSchema, DelegationError } from '../delegation.js';
import { loadCorpus } from '../../law/index.js';
import { act, openCase } from './engine.js';
import { precheck } from './precheck.js';
import { openingRefusal } from './guards-delegation.js';
import type { CaseState, Delegation, EngineContext, Refusal, User } from './types.js';

const registry = loadProcedures();
const ORG = testCreditCode(71);
const OTHER_ORG = testCreditCode(72);
const cert = { no: 'ST-0001', validFrom: '2024-01-01', validTo: '2028-12-31' };
const STAFF: User[] = [
  { name: 'shouto1', displayName: '受托甲', roles: ['执法人员'], jurisdiction: YANGQUAN.path, certificate: cert, organisation: ORG },
  { name: 'shouto2', displayName: '受托乙', roles: ['执法人员'], jurisdiction: YANGQUAN.path, certificate: { ...cert, no: 'ST-0002' }, organisation: ORG },
  { name: 'qita1', displayName: '他组织丙', roles: ['执法人员'], jurisdiction: YANGQUAN.path, certificate: { ...cert, no: 'ST-0003' }, organisation: OTHER_ORG },
];
const HOSPITAL = testOrganisation('某某医院', '定点医疗机构', 61);
const delegated = ['shouto1', 'shouto2'];
const HELD = [{ 名称: '住院收费明细', 说明: '2025年全年' }];

/** 阳泉市医疗保障局's 委托书 to the 受托组织: 行政处罚, investigation steps, for 2026. */
function letter(over: Partial<Delegation> = {}): Delegation {
  return {
    id: '1', 文号: '阳医保委〔2026〕1号', 委托机关: { jurisdiction: YANGQUAN.path, name: '阳泉市医疗保障局' },
    受托组织: { 名称: '阳泉市医疗保障基金监管中心', 统一社会信用代码: ORG },
    委托事项: [{ 类别: '行政处罚' }], 权限: ['线索核查', '调查取证', '先行登记保存', '先行登记保存处理', '调查终结'],
    起始日期: '2026-01-01', 截止日期: '2026-12-31', 公布日期: '2026-01-01', ...over,
  };
}

class Driver extends EngineDriver {
  constructor(procedure = 'xzcf-putong', delegations: Delegation[] = [letter()], item?: CaseState['item'], variant?: string) {
    const users = userMap(DEMO_USERS);
    for (const u of STAFF) users.set(u.name, u);
    const ctx = testContext(registry.get(procedure)!, { users, delegations });
    super(ctx, openCase({ id: 'C1', procedure: ctx.procedure, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN, ...(item ? { item } : {}), ...(variant ? { variant } : {}) }, ctx));
  }
}

/** Filed by the bureau's head with the 受托组织's two officers as the case's officers. */
function filed(delegations?: Delegation[], item?: CaseState['item']): Driver {
  const d = new Driver('xzcf-putong', delegations, item);
  d.do('线索核查', 'shouto1', { 核查意见: '线索属实' }, day(0));
  d.do('立案', 'fuze', { officers: delegated, 案由: '骗取医保基金', parties: [HOSPITAL] }, day(0));
  return d;
}
const evidence = (officers = delegated) => ({ officers, 取证内容: '询问院长', attachments: [attachment('笔录或证据')] });

describe('委托书的事项、权限、期限 (第八条第三款)', () => {
  it('within them the 受托组织 handles the case; users without an organisation are not concerned', () => {
    const d = filed();
    d.do('调查取证', 'shouto1', evidence(), day(1));
    expect(d.state.history.map((h) => h.actor)).toEqual(['shouto1', 'fuze', 'shouto1']);
    // the bureau's own officers, with no 委托书 at all in the context
    const own = new Driver('xzcf-putong', []);
    delete own.ctx.delegations;
    own.do('线索核查', 'zhifa1', { 核查意见: '线索属实' }, day(0));
  });

  it('a step outside the 权限 is refused, for the actor and for an officer it names', () => {
    const d = filed([letter({ 权限: ['线索核查', '调查取证'] })]);
    const r = d.refused('先行登记保存', 'shouto1', { officers: delegated, 证据: HELD, 批准人: 'fuze' }, day(2));
    expect(r.code).toBe('DELEGATION_POWER');
    expect(r.message).toMatch(/权限不包括「先行登记保存」.*第八条第三款/);
    // a bureau officer's step naming the 受托组织's officer: that officer needs the 权限 too
    const n = new Driver('xzcf-putong', [letter({ 权限: ['线索核查'] })]);
    n.do('线索核查', 'zhifa1', { 核查意见: '线索属实' }, day(0));
    n.do('立案', 'fuze', { officers: ['zhifa1', 'shouto1'], 案由: '骗取医保基金', parties: [HOSPITAL] }, day(0)); // only assigned: 事项 and 期限 suffice
    expect(n.refused('调查取证', 'zhifa1', evidence(['zhifa1', 'shouto1']), day(1)).code).toBe('DELEGATION_POWER');
  });

  it('a case outside the 委托事项 is refused: another kind of power, or another catalog item', () => {
    const inspection = new Driver('xzjc-shuangsuiji');
    const plan = { 检查事项: '医保基金使用', 检查对象名录: ['甲医院', '乙医院', '丙药店'], 抽取对象数: 2, 抽取人员数: 2 };
    expect(inspection.refused('制定计划', 'shouto1', plan, day(0)).code).toBe('DELEGATION_MATTER');
    // the same 委托书 with 行政检查 among its 事项 and 制定计划 in its 权限
    const given = new Driver('xzjc-shuangsuiji', [letter({ 委托事项: [{ 类别: '行政处罚' }, { 类别: '行政检查' }], 权限: ['制定计划'] })]);
    given.do('制定计划', 'shouto1', plan, day(0));
    const item = { ref: '000_650efb1eb094bc36#3', name: '对定点医药机构骗取医保基金的处罚' };
    const byItem = [letter({ 委托事项: [{ 事项: '000_650efb1eb094bc36#5', 名称: '另一事项' }] })];
    const other = new Driver('xzcf-putong', byItem, item);
    const r = other.refused('线索核查', 'shouto1', { 核查意见: '线索属实' }, day(0));
    expect(r.code).toBe('DELEGATION_MATTER');
    expect(r.message).toContain('对定点医药机构骗取医保基金的处罚');
    const same = new Driver('xzcf-putong', [letter({ 委托事项: [{ 事项: item.ref, 名称: item.name }] })], item);
    same.do('线索核查', 'shouto1', { 核查意见: '线索属实' }, day(0));
  });

  it('a day outside the 起止日期, or after the 委托 was ended early, is refused', () => {
    const late = filed([letter({ 截止日期: '2026-11-24' })]);
    const r = late.refused('调查取证', 'shouto1', evidence(), day(2));
    expect(r.code).toBe('DELEGATION_EXPIRED');
    expect(r.message).toContain('2026-11-25');
    const ended = filed([letter({ 终止日期: '2026-11-23' })]);
    expect(ended.refused('调查取证', 'shouto1', evidence(), day(1)).message).toMatch(/提前终止/);
    const notYet = new Driver('xzcf-putong', [letter({ 起始日期: '2027-01-01', 截止日期: '2027-12-31' })]);
    expect(notYet.refused('线索核查', 'shouto1', { 核查意见: '线索属实' }, day(0)).code).toBe('DELEGATION_EXPIRED');
  });

  it('a 委托书 of another bureau, or of another organisation, gives nothing here', () => {
    const county = new Driver('xzcf-putong', [letter({ 委托机关: { jurisdiction: '山西省/阳泉市/矿区', name: '阳泉市矿区医疗保障局' } })]);
    expect(county.refused('线索核查', 'shouto1', { 核查意见: '线索属实' }, day(0)).code).toBe('DELEGATION_NONE');
    const other = new Driver('xzcf-putong', [letter({ 受托组织: { 名称: '另一组织', 统一社会信用代码: OTHER_ORG } })]);
    expect(other.refused('线索核查', 'shouto1', { 核查意见: '线索属实' }, day(0)).code).toBe('DELEGATION_NONE');
    // and no 委托书 read at all (a context without them) refuses rather than lets through
    const none = new Driver('xzcf-putong', []);
    delete none.ctx.delegations;
    expect(none.refused('线索核查', 'shouto1', { 核查意见: '线索属实' }, day(0)).code).toBe('DELEGATION_NONE');
  });

  it('the console’s dry run gives the same refusal; opening a case outside the 委托 is refused', () => {
    const d = filed([letter({ 权限: ['线索核查'] })]);
    expect(precheck(d.state, '调查取证', 'shouto1', day(1), d.ctx)?.code).toBe('DELEGATION_POWER');
    const u = STAFF[0]!;
    const target = { kind: '行政检查', jurisdiction: YANGQUAN };
    expect(openingRefusal(u, registry.get('xzjc-shuangsuiji')!, target, [letter()], '2026-11-23')?.code).toBe('DELEGATION_MATTER');
    expect(openingRefusal(u, registry.get('xzcf-putong')!, { kind: '行政处罚', jurisdiction: YANGQUAN }, [letter()], '2027-01-02')?.code).toBe('DELEGATION_EXPIRED');
    expect(openingRefusal(u, registry.get('xzcf-putong')!, { kind: '行政处罚', jurisdiction: YANGQUAN }, [letter()], '2026-11-23')).toBeNull();
  });

  it('a replayed step is applied as accepted then, though the 委托 has since ended', () => {
    const d = filed();
    const input = evidence();
    const ctx = { ...d.ctx, delegations: [letter({ 截止日期: '2026-01-31' })], replay: { recorded: engineInput(input) } };
    const r = act(d.state, '调查取证', 'shouto1', engineInput(input), day(1), ctx);
    expect(r.ok).toBe(true);
  });
});

describe('行政强制措施权不得委托 (第八条第一款; 行政强制法第十七条第一款)', () => {
  const everything = [letter({ 委托事项: [{ 类别: '行政处罚' }, { 类别: '行政强制' }], 权限: registry.all().flatMap((p) => p.steps.map((s) => s.id)) })];

  it('no step of a 封存, whatever the 委托书 says, and no 受托组织 officer named on one', () => {
    const law = loadCorpus().article('行政强制法', 17)!.paragraphs[0]!.text;
    expect(law).toContain('行政强制措施权不得委托');
    const s = new Driver('xzqz-fengcun', everything);
    const r = s.refused('申请封存', 'shouto1', { officers: delegated, 封存理由: '资料可能被转移', 封存清单: '处方 20 册' }, day(0));
    expect(r.code).toBe('DELEGATION_COERCIVE');
    expect(r.message).toMatch(/行政强制措施权不得委托.*第八条第一款.*行政强制法第十七条第一款/);
    expect(s.refused('申请封存', 'zhifa1', { officers: ['zhifa1', 'shouto1'], 封存理由: '资料可能被转移', 封存清单: '处方 20 册' }, day(0)).code).toBe('DELEGATION_COERCIVE');
    s.do('申请封存', 'zhifa1', { officers: ['zhifa1', 'zhifa2'], parties: [HOSPITAL], 封存理由: '资料可能被转移', 封存清单: '处方 20 册' }, day(0));
    const z = new Driver('xzqz-zanting', everything, undefined, '定点医药机构');
    const suspend = { officers: delegated, parties: [HOSPITAL], 涉嫌事实: '虚构服务', 拒不配合情况: '拒绝提供账册', attachments: [attachment('拒不配合调查记录')] };
    expect(z.refused('申请暂停结算', 'shouto1', suspend, day(0)).code).toBe('DELEGATION_COERCIVE');
  });

  it('in a penalty case: 采取封存 and 决定予以封存 are refused; 先行登记保存 and 证据保全 go with the 委托', () => {
    const d = filed(everything);
    expect(d.refused('采取封存', 'shouto1', { 封存理由: '账册可能被转移' }, day(1)).code).toBe('DELEGATION_COERCIVE');
    d.do('先行登记保存', 'shouto1', { officers: delegated, 证据: HELD, 批准人: 'fuze' }, day(1));
    const r = d.refused('先行登记保存处理', 'shouto1', { officers: delegated, 处理措施: '决定予以封存', 说明: '转封存' }, day(2));
    expect(r.code).toBe('DELEGATION_COERCIVE');
    expect(r.message).toContain('决定予以封存');
    d.do('先行登记保存处理', 'shouto1', { officers: delegated, 处理措施: '证据保全（记录、复制、拍照、录像）', 说明: '复印病历' }, day(2));
  });

  it('a 委托书 naming 行政强制 or a coercive step is not registered', () => {
    const base = { 文号: '阳医保委〔2026〕2号', 受托组织名称: '阳泉市医疗保障基金监管中心', 统一社会信用代码: ORG, 权限: ['线索核查'], 起始日期: '2026-01-01', 截止日期: '2026-12-31' };
    const bad = DelegationInputSchema.safeParse({ ...base, 委托事项: [{ 类别: '行政强制' }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toMatch(/行政强制措施权不得委托/);
    const ok = DelegationInputSchema.parse({ ...base, 委托事项: [{ 类别: '行政处罚' }] });
    expect(() => checkPowers(registry, { ...ok, 权限: ['采取封存'] }, () => undefined)).toThrow(DelegationError);
    expect(() => checkPowers(registry, { ...ok, 权限: ['申请封存'] }, () => undefined)).toThrow(/行政强制措施权不得委托/);
    expect(() => checkPowers(registry, { ...ok, 委托事项: [{ 事项: 'x#1', 名称: '封存' }] }, () => '行政强制')).toThrow(/行政强制措施权不得委托/);
    expect(() => checkPowers(registry, { ...ok, 权限: ['飞鸽传书'] }, () => undefined)).toThrow(/不是所委托事项/);
    checkPowers(registry, { ...ok, 权限: ['线索核查', '先行登记保存'] }, () => undefined);
    const offered = delegablePowers(registry).flatMap((k) => k.procedures.flatMap((p) => p.steps));
    expect(offered).toContain('先行登记保存');
    expect(offered).not.toContain('采取封存');
    expect(offered).not.toContain('申请封存');
  });
});

describe('以委托机关名义、不得再委托 (第八条第二款)', () => {
  it('a 受托组织 officer names only people of its own organisation', () => {
    const d = filed();
    const r = d.refused('调查取证', 'shouto1', evidence(['shouto1', 'zhifa2']), day(1));
    expect(r.code).toBe('DELEGATION_ONWARD');
    expect(r.message).toMatch(/不得再委托其他组织或者个人.*第八条第二款/);
    expect(d.refused('调查取证', 'shouto1', evidence(['shouto1', 'qita1']), day(1)).code).toBe('DELEGATION_ONWARD');
    d.do('调查取证', 'shouto1', evidence(['shouto1', 'shouto2']), day(1));
  });

  it('the documents of a case the 受托组织 handles are issued by the 委托机关, never by the organisation', () => {
    const d = filed();
    d.do('调查取证', 'shouto1', evidence(), day(1));
    const input = documentInput('立案审批表', d.state, { users: d.ctx.users });
    const bureau = bureauFor(YANGQUAN.path, '2026-11-23');
    expect(input.bureau.name).toBe(bureau.name);
    expect(JSON.stringify(input)).not.toContain('基金监管中心');
    expect(JSON.stringify(input)).not.toContain(ORG);
  });
});
