// 管辖的变更 (医疗保障行政处罚程序暂行规定 第十条至第十二条) as pure logic: a 管辖权争议 negotiated
// within the seven working days the text sets or designated by the common superior (第十条); a
// superior taking a case up or handing its own down, never below a level a law reserves it for
// (第十一条); a case received by 移送 never sent on by its receiver, only referred up (第十二条第二款).
// Each refusal leaves the case unchanged; each move changes the case's jurisdiction and its officers.
import { describe, expect, it } from 'vitest';
import { findJurisdiction, loadCorpus, parseNumeral } from '../../law/index.js';
import { loadProcedures } from '../procedure/load.js';
import { DEMO_USERS, userMap } from '../users.js';
import { ATTACK_USERS } from '../testing/attacks.js';
import { attachment, day, EngineDriver, testContext, YANGQUAN } from '../testing/support.js';
import { testOrganisation } from '../testing/parties.js';
import { openCase } from './engine.js';
import { commonSuperior } from './guards-jurisdiction.js';
import type { User } from './types.js';

const registry = loadProcedures();
const cert = (no: string) => ({ no, validFrom: '2024-01-01', validTo: '2028-12-31' });
const EXTRA: User[] = [
  { name: 'chengqu1', displayName: '城区执法甲', roles: ['执法人员'], jurisdiction: '山西省/阳泉市/城区', certificate: cert('CQ-0001') },
  { name: 'chengqu2', displayName: '城区执法乙', roles: ['执法人员'], jurisdiction: '山西省/阳泉市/城区', certificate: cert('CQ-0002') },
  { name: 'shengfz', displayName: '省局局长', roles: ['负责人', '主要负责人'], jurisdiction: '山西省' },
];
const HOSPITAL = testOrganisation('某某医院', '定点医疗机构', 88);
const KUANGQU = '山西省/阳泉市/矿区';
const CHENGQU = '山西省/阳泉市/城区';
const place = (path: string) => {
  const j = findJurisdiction(path)!;
  return { path: j.path, code: j.code, name: j.fullName };
};
const RESERVED_BY = '《医疗保障基金使用监督管理条例》第四十条';

/** 第十条: the number of working days, read out of the text. */
function negotiationDays(): number {
  const text = loadCorpus().article('医疗保障行政处罚程序暂行规定', 10)!.text;
  const m = /自发生争议之日起(\S+?)个工作日内协商解决/.exec(text);
  return parseNumeral(m![1]!)!;
}

class Driver extends EngineDriver {
  constructor(where: string) {
    const ctx = testContext(registry.get('xzcf-putong')!, { users: userMap([...DEMO_USERS, ...ATTACK_USERS, ...EXTRA]) });
    super(ctx, openCase({ id: 'V1', procedure: ctx.procedure, now: day(0), actor: 'zhifa1', jurisdiction: place(where) }, ctx));
  }
  deadline(id: string) {
    return this.state.deadlines.find((x) => x.id === id);
  }
}

/** A 矿区 case filed with 矿区's officers. */
function kuangquCase(): Driver {
  const d = new Driver(KUANGQU);
  d.do('线索核查', 'kuangqu1', { 核查意见: '属实' }, day(0));
  d.do('立案', 'kuangqufz', { officers: ['kuangqu1', 'kuangqu2'], 案由: '涉嫌骗取医保基金', parties: [HOSPITAL] }, day(0));
  return d;
}

describe('管辖权争议 (暂行规定 第十条)', () => {
  it('the common superior is the nearest department above both in data/jurisdictions.json', () => {
    expect(commonSuperior(KUANGQU, CHENGQU)).toBe('山西省/阳泉市');
    expect(commonSuperior(KUANGQU, '山西省/太原市')).toBe('山西省');
    expect(commonSuperior('山西省/阳泉市', KUANGQU)).toBe('山西省');
    expect(commonSuperior(KUANGQU, '贵州省/六盘水市/钟山区')).toBeUndefined();
  });

  it('recorded with its day by the case’s department; seven working days to agree; nothing filed or concluded meanwhile; asked up only after the talks fail', () => {
    const d = kuangquCase();
    d.do('调查取证', 'kuangqu1', { officers: ['kuangqu1', 'kuangqu2'], 取证内容: '询问', attachments: [attachment('笔录或证据')] }, day(1));
    const days = negotiationDays();
    expect(days).toBe(7);
    // venueHolder: the other department does not raise it on this case
    expect(d.refused('发生管辖权争议', 'chengqufz', { 争议部门: KUANGQU, 争议情况: '都认为有管辖权' }, day(2)).code).toBe('NOT_CASE_BUREAU');
    // venueTarget: not with itself, nor with a department sharing no superior here
    expect(d.refused('发生管辖权争议', 'kuangqufz', { 争议部门: KUANGQU, 争议情况: 'x' }, day(2)).code).toBe('INVALID_INPUT');
    expect(d.refused('发生管辖权争议', 'kuangqufz', { 争议部门: '贵州省/六盘水市/钟山区', 争议情况: 'x' }, day(2)).code).toBe('NO_COMMON_SUPERIOR');
    d.do('发生管辖权争议', 'kuangqufz', { 争议部门: CHENGQU, 争议情况: '违法行为跨两区，均主张管辖', 日期: '2026-11-25', 补录理由: '当日未及录入' }, day(3));
    expect(d.state.venue?.dispute).toEqual({ with: CHENGQU, since: '2026-11-25', common: '山西省/阳泉市' });
    // 2026-11-25 (Wednesday) + 7 working days on the weekday calendar
    expect(d.deadline('管辖权争议协商期限')).toMatchObject({ status: 'open', amount: days, unit: '工作日', start: '2026-11-25', due: '2026-12-04' });
    // venueDispute: one dispute at a time
    expect(d.refused('发生管辖权争议', 'kuangqufz', { 争议部门: '山西省/阳泉市/郊区', 争议情况: 'x' }, day(3)).code).toBe('DISPUTE_PENDING');
    // venueUndisputed: the investigation is not concluded while it is open
    const end = d.refused('调查终结', 'kuangqu1', { officers: ['kuangqu1', 'kuangqu2'], 调查终结报告: 'x', 认定事实: [{ 事实: 'x', 证据: ['笔录或证据'] }], violation: { 法规: '医疗保障基金使用监督管理条例', 条: 40, 项: 3 }, facts: { amounts: { defraudedFen: 100_000 }, flags: [] } }, day(4));
    expect(end.code).toBe('DISPUTE_PENDING');
    expect(end.message).toMatch(/第十条/);
    // venueDispute: within the days, no request yet
    const early = d.refused('报请指定管辖', 'kuangqufz', { 报请理由: '协商未果' }, day(4));
    expect(early.code).toBe('DISPUTE_NEGOTIATING');
    expect(early.message).toMatch(/2026-12-04/);
    d.do('协商管辖', 'kuangqufz', { 结果: '协商不成', 说明: '双方各执己见' }, day(5));
    expect(d.state.venue?.dispute?.failed).toBe(true);
    expect(d.deadline('管辖权争议协商期限')?.status).toBe('met');
    expect(d.refused('协商管辖', 'kuangqufz', { 结果: '由本部门管辖', 说明: 'x' }, day(5)).code).toBe('NEGOTIATION_OVER');
    d.do('报请指定管辖', 'kuangqufz', { 报请理由: '协商不成，报请阳泉市医疗保障局指定管辖' }, day(5));
    expect(d.state.venue?.dispute?.requestedOn).toBe('2026-11-28');
    expect(d.refused('报请指定管辖', 'kuangqufz', { 报请理由: '再报' }, day(6)).code).toBe('ALREADY_REQUESTED');
  });

  it('only the common superior designates, one of the two; the case then belongs to the designated department, whose own officers carry on', () => {
    const d = kuangquCase();
    d.do('调查取证', 'kuangqu1', { officers: ['kuangqu1', 'kuangqu2'], 取证内容: '询问', attachments: [attachment('笔录或证据')] }, day(1));
    d.do('发生管辖权争议', 'kuangqufz', { 争议部门: CHENGQU, 争议情况: '均主张管辖' }, day(2));
    // venueDispute (指定管辖): not a side of the dispute, not a department above only one of them, not the province over the city
    expect(d.refused('指定管辖', 'chengqufz', { 指定管辖部门: CHENGQU, 决定理由: 'x' }, day(3)).code).toBe('NOT_COMMON_SUPERIOR');
    const province = d.refused('指定管辖', 'shengfz', { 指定管辖部门: CHENGQU, 决定理由: 'x' }, day(3));
    expect(province.code).toBe('NOT_COMMON_SUPERIOR');
    expect(province.message).toMatch(/山西省\/阳泉市/);
    // venueTarget: one of the two sides
    expect(d.refused('指定管辖', 'fuze', { 指定管辖部门: '山西省/阳泉市/郊区', 决定理由: 'x' }, day(3)).code).toBe('NOT_A_PARTY_TO_DISPUTE');
    // 也可以直接由共同的上一级指定: no request needed
    d.do('指定管辖', 'fuze', { 指定管辖部门: CHENGQU, 决定理由: '主要违法行为发生在城区' }, day(3));
    expect(d.state.jurisdiction).toEqual(place(CHENGQU));
    expect(d.state.officers).toEqual([]);
    expect(d.state.venue).toMatchObject({ moves: [{ from: KUANGQU, to: CHENGQU, how: '指定管辖', date: '2026-11-26', by: '山西省/阳泉市' }], designated: { by: '山西省/阳泉市', on: '2026-11-26' } });
    expect(d.state.venue?.dispute).toBeUndefined();
    expect(d.state.data['指定管辖']?.['决定部门']).toBe('山西省/阳泉市');
    // the former department's officers are outside the case now
    expect(d.refused('调查取证', 'kuangqu1', { officers: ['kuangqu1', 'kuangqu2'], 取证内容: 'x', attachments: [attachment('笔录或证据')] }, day(4)).code).toBe('OFFICER_OUTSIDE_JURISDICTION');
    // venueHolder / venueOfficersNeeded: the receiving department names its own officers, once
    expect(d.refused('确定承办人员', 'kuangqufz', { officers: ['kuangqu1', 'kuangqu2'] }, day(4)).code).toBe('NOT_CASE_BUREAU');
    expect(d.refused('确定承办人员', 'chengqufz', { officers: ['kuangqu1', 'kuangqu2'] }, day(4)).code).toBe('OFFICER_OUTSIDE_JURISDICTION');
    d.do('确定承办人员', 'chengqufz', { officers: ['chengqu1', 'chengqu2'], 说明: '指定管辖后确定' }, day(4));
    expect(d.state.officers).toEqual(['chengqu1', 'chengqu2']);
    expect(d.refused('确定承办人员', 'chengqufz', { officers: ['chengqu2', 'chengqu1'] }, day(4)).code).toBe('OFFICERS_ASSIGNED');
    d.do('调查取证', 'chengqu1', { officers: ['chengqu1', 'chengqu2'], 取证内容: '补充询问', attachments: [attachment('笔录或证据')] }, day(5));
    // noOnwardTransfer: the designated department does not send it on by itself
    expect(d.refused('移送管辖', 'chengqufz', { 受移送部门: '山西省/阳泉市/郊区', 移送理由: 'x' }, day(5)).code).toBe('NO_ONWARD_TRANSFER');
  });

  it('agreed within the days: the other department takes it; after them no agreement is recorded', () => {
    const d = kuangquCase();
    d.do('发生管辖权争议', 'kuangqufz', { 争议部门: CHENGQU, 争议情况: '均主张管辖' }, day(2));
    const late = d.refused('协商管辖', 'kuangqufz', { 结果: '由对方部门管辖', 说明: 'x' }, day(14));
    expect(late.code).toBe('DEADLINE_PASSED');
    d.do('协商管辖', 'kuangqufz', { 结果: '由对方部门管辖', 说明: '协商一致由城区管辖' }, day(3));
    expect(d.state.jurisdiction.path).toBe(CHENGQU);
    expect(d.state.venue?.moves).toEqual([{ from: KUANGQU, to: CHENGQU, how: '协商管辖', date: '2026-11-26', by: KUANGQU }]);
    expect(d.deadline('管辖权争议协商期限')?.status).toBe('met');
  });
});

describe('提级管辖 and 指定下级管辖 (暂行规定 第十一条)', () => {
  it('only a department above takes a case up; with a law’s article recorded, it is never handed down again', () => {
    const d = kuangquCase();
    // venueSuperior
    expect(d.refused('提级管辖', 'chengqufz', { 决定理由: 'x' }, day(1)).code).toBe('NOT_SUPERIOR_BUREAU');
    expect(d.refused('提级管辖', 'kuangqufz', { 决定理由: 'x' }, day(1)).code).toBe('NOT_SUPERIOR_BUREAU');
    // venueReserved: the reservation names the article
    expect(d.refused('提级管辖', 'fuze', { 决定理由: 'x', 法定由上级管辖: true }, day(1)).message).toMatch(/须写明规定的条文/);
    expect(d.refused('提级管辖', 'fuze', { 决定理由: 'x', 法定由上级管辖: true, 法定管辖依据: '上级文件要求' }, day(1)).message).toMatch(/不是法律、法规、规章的条文/);
    d.do('提级管辖', 'fuze', { 决定理由: '案情重大', 法定由上级管辖: true, 法定管辖依据: RESERVED_BY }, day(1));
    expect(d.state.jurisdiction).toEqual(place('山西省/阳泉市'));
    expect(d.state.venue).toMatchObject({ moves: [{ from: KUANGQU, to: '山西省/阳泉市', how: '提级管辖', by: '山西省/阳泉市' }], reserved: { path: '山西省/阳泉市', basis: RESERVED_BY } });
    const down = d.refused('指定下级管辖', 'fuze', { 下级部门: KUANGQU, 决定理由: '交回矿区' }, day(2));
    expect(down.code).toBe('RESERVED_FOR_SUPERIOR');
    expect(down.message).toMatch(/第十一条/);
    // nor sent down as a 移送
    expect(d.refused('移送管辖', 'fuze', { 受移送部门: KUANGQU, 移送理由: 'x' }, day(2)).code).toBe('USE_HAND_DOWN');
    // the province, further up, may still take it up
    d.do('提级管辖', 'shengfz', { 决定理由: '全省督办' }, day(2));
    expect(d.state.jurisdiction.path).toBe('山西省');
  });

  it('the case’s own department hands its case down to a subordinate only; the reservation may also be recorded at 立案', () => {
    const d = new Driver('山西省/阳泉市');
    d.do('线索核查', 'zhifa1', { 核查意见: '属实' }, day(0));
    expect(d.refused('指定下级管辖', 'kuangqufz', { 下级部门: KUANGQU, 决定理由: 'x' }, day(0)).code).toBe('NOT_CASE_BUREAU');
    expect(d.refused('指定下级管辖', 'fuze', { 下级部门: '山西省/太原市', 决定理由: 'x' }, day(0)).code).toBe('NOT_A_LOWER_BUREAU');
    d.do('指定下级管辖', 'fuze', { 下级部门: KUANGQU, 决定理由: '由属地办理' }, day(0));
    expect(d.state).toMatchObject({ state: '已核查', jurisdiction: place(KUANGQU), venue: { designated: { by: '山西省/阳泉市', on: '2026-11-23' } } });
    expect(d.refused('移送管辖', 'kuangqufz', { 受移送部门: CHENGQU, 移送理由: 'x' }, day(1)).code).toBe('NO_ONWARD_TRANSFER');

    const r = new Driver('山西省/阳泉市');
    r.do('线索核查', 'zhifa1', { 核查意见: '属实' }, day(0));
    expect(r.refused('立案', 'fuze', { officers: ['zhifa1', 'zhifa2'], 案由: 'x', parties: [HOSPITAL], 法定管辖依据: RESERVED_BY }, day(0)).code).toBe('INVALID_INPUT');
    r.do('立案', 'fuze', { officers: ['zhifa1', 'zhifa2'], 案由: 'x', parties: [HOSPITAL], 法定由上级管辖: true, 法定管辖依据: RESERVED_BY }, day(0));
    expect(r.state.venue).toEqual({ moves: [], reserved: { path: '山西省/阳泉市', basis: RESERVED_BY, on: '2026-11-23' } });
    expect(r.refused('指定下级管辖', 'fuze', { 下级部门: KUANGQU, 决定理由: 'x' }, day(1)).code).toBe('RESERVED_FOR_SUPERIOR');
    // a case filed without one carries no venue at all
    expect(kuangquCase().state.venue).toBeUndefined();
  });
});

describe('受移送的案件 (暂行规定 第十二条第二款)', () => {
  it('the receiver does not send it on, by 移送 or by agreement; it refers its objection to the common superior, who designates', () => {
    const d = new Driver(CHENGQU);
    expect(d.refused('移送管辖', 'chengqufz', { 受移送部门: CHENGQU, 移送理由: 'x' }, day(0)).code).toBe('INVALID_INPUT');
    d.do('移送管辖', 'chengqufz', { 受移送部门: KUANGQU, 移送理由: '违法行为发生地在矿区' }, day(0));
    expect(d.state).toMatchObject({ state: '线索', jurisdiction: place(KUANGQU), venue: { received: { from: CHENGQU, on: '2026-11-23' } } });
    // the former department has no say any more
    expect(d.refused('移送管辖', 'chengqufz', { 受移送部门: '山西省/阳泉市/郊区', 移送理由: 'x' }, day(1)).code).toBe('NOT_CASE_BUREAU');
    // noOnwardTransfer
    const onward = d.refused('移送管辖', 'kuangqufz', { 受移送部门: '山西省/阳泉市/郊区', 移送理由: '应由郊区管辖' }, day(1));
    expect(onward.code).toBe('NO_ONWARD_TRANSFER');
    expect(onward.message).toMatch(/不得再自行移送/);
    d.do('发生管辖权争议', 'kuangqufz', { 争议部门: '山西省/阳泉市/郊区', 争议情况: '郊区亦主张管辖' }, day(1));
    expect(d.refused('协商管辖', 'kuangqufz', { 结果: '由对方部门管辖', 说明: 'x' }, day(1)).code).toBe('NO_ONWARD_TRANSFER');
    d.do('协商管辖', 'kuangqufz', { 结果: '由本部门管辖', 说明: '郊区同意由矿区管辖' }, day(1));
    // the objection to the 移送 goes up, naming the department that sent it (or none)
    expect(d.refused('报请指定管辖', 'kuangqufz', { 争议部门: '山西省/阳泉市/郊区', 报请理由: 'x' }, day(2)).code).toBe('INVALID_INPUT');
    d.do('报请指定管辖', 'kuangqufz', { 报请理由: '本案违法行为发生地在城区，对管辖权有异议' }, day(2));
    expect(d.state.venue?.dispute).toMatchObject({ with: CHENGQU, common: '山西省/阳泉市', requestedOn: '2026-11-25' });
    d.do('指定管辖', 'fuze', { 指定管辖部门: KUANGQU, 决定理由: '由矿区管辖' }, day(3));
    expect(d.state.jurisdiction.path).toBe(KUANGQU);
    expect(d.state.venue?.dispute).toBeUndefined();
    expect(d.refused('移送管辖', 'kuangqufz', { 受移送部门: CHENGQU, 移送理由: 'x' }, day(3)).code).toBe('NO_ONWARD_TRANSFER');
    d.do('线索核查', 'kuangqu1', { 核查意见: '属实' }, day(3));
    d.do('立案', 'kuangqufz', { officers: ['kuangqu1', 'kuangqu2'], 案由: '涉嫌骗取医保基金', 案件来源: '其他部门移送', parties: [HOSPITAL] }, day(3));
    expect(d.state.state).toBe('调查中');
  });

  it('a department’s own case with no dispute is not referred up; a subordinate is handed a case, not sent it', () => {
    const d = kuangquCase();
    expect(d.refused('报请指定管辖', 'kuangqufz', { 报请理由: 'x' }, day(1)).code).toBe('NO_DISPUTE');
    expect(d.refused('指定管辖', 'fuze', { 指定管辖部门: KUANGQU, 决定理由: 'x' }, day(1)).code).toBe('NO_DISPUTE');
    expect(d.refused('确定承办人员', 'kuangqufz', { officers: ['kuangqu1', 'kuangqu2'] }, day(1)).code).toBe('NOT_MOVED');
    const city = new Driver('山西省/阳泉市');
    expect(city.refused('移送管辖', 'fuze', { 受移送部门: KUANGQU, 移送理由: 'x' }, day(0)).code).toBe('USE_HAND_DOWN');
  });
});
