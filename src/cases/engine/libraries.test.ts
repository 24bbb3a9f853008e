// 第六条 of 医疗保障基金飞行检查管理暂行办法: the 被检查对象库、检查人员库、专家库 of the bureau, kept
// with their history, and a 飞行检查 choosing its targets, inspectors and experts from them as
// they stood on the step's day. Pure engine: the libraries are given in the context.
import { describe, expect, it } from 'vitest';
import { loadProcedures } from '../procedure/load.js';
import { day, engineInput, testContext, YANGQUAN } from '../testing/support.js';
import { act, openCase } from './engine.js';
import { activeOn, libraryProblem, librarySetUp, type LibraryEntry, type LibraryKind } from './libraries.js';
import type { CaseState, EngineContext } from './types.js';

const fxjc = loadProcedures().get('fxjc')!;
const D0 = day(0).slice(0, 10); // 2026-11-23

let nextId = 1;
const entry = (kind: LibraryKind, name: string, joinedOn: string, more: Partial<LibraryEntry> = {}): LibraryEntry => ({
  id: nextId++, jurisdiction: YANGQUAN.path, kind, name, joinedOn, joinedAt: `${joinedOn}T09:00:00+08:00`, joinedBy: 'fuze', ...more,
});
const disabled = (on: string, reason: string): Partial<LibraryEntry> => ({ disabledOn: on, disabledAt: `${on}T09:00:00+08:00`, disabledBy: 'fuze', disabledReason: reason });

/** The bureau's libraries, set up before the inspection (2026-11-01). */
const LIBRARY: LibraryEntry[] = [
  entry('被检查对象', '某某医院', '2026-11-01', { category: '定点医药机构' }),
  entry('被检查对象', '甲医院', '2026-11-01', { category: '定点医药机构' }),
  entry('被检查对象', '乙药店', '2026-11-01', { category: '定点医药机构' }),
  entry('被检查对象', '丙医院', '2026-11-01', { category: '定点医药机构', ...disabled('2026-11-10', '已解除医保协议') }),
  entry('检查人员', 'zhifa1', '2026-11-01', { qualification: 'YB-0001' }),
  entry('检查人员', 'zhifa2', '2026-11-01', { qualification: 'YB-0002' }),
  entry('检查人员', 'zhifa3', '2026-11-01', { qualification: 'YB-0003', ...disabled(D0, '调离执法岗位') }),
  entry('专家', '某专家', '2026-11-01', { category: '医疗', unit: '某三甲医院' }),
];

const LAUNCH_BY_LEAD = { 启动情形: '医疗保障智能监控或者大数据筛查提示医疗保障基金可能存在重大安全风险的', 情形说明: '筛查提示', 关联监控线索: 'JK-2026-001', 被检地部门: '山西省/阳泉市/矿区' };
const LAUNCH_PLANNED = { 启动情形: '年度工作计划安排的', 情形说明: '2026年度计划', 被检地部门: '山西省/阳泉市/矿区' };
const TEAM = { 组长: 'zhifa1', officers: ['zhifa1', 'zhifa2'], 其他成员: [{ 姓名: '某专家', 单位: '某三甲医院', 专业: '医疗', 身份: '专家' }], 被检查对象: [{ 名称: '某某医院', 类别: '定点医药机构' }] };

function launched(libraries: LibraryEntry[] | undefined, launch: Record<string, unknown> = LAUNCH_BY_LEAD): { state: CaseState; ctx: EngineContext } {
  const ctx = testContext(fxjc, libraries ? { libraries } : {});
  const opened = openCase({ id: 'F1', procedure: fxjc, now: day(0), actor: 'zhifa1', jurisdiction: YANGQUAN }, ctx);
  const r = act(opened, '启动飞行检查', 'fuze', launch, day(0), ctx);
  if (!r.ok) throw new Error(r.refusal.message);
  return { state: r.state, ctx };
}

function refusedWith(state: CaseState, ctx: EngineContext, step: string, as: string, input: Record<string, unknown>, code: string, says: RegExp): void {
  const before = structuredClone(state);
  const r = act(state, step, as, engineInput(input), day(0), ctx);
  expect(r.ok ? 'accepted' : r.refusal.code).toBe(code);
  if (!r.ok) expect(r.refusal.message).toMatch(says);
  expect(state).toEqual(before);
}

describe('the libraries as they stood on a day (第六条 动态管理)', () => {
  it('an entry is in the library from the day it was added until the day it is disabled, that day excluded', () => {
    const e = entry('检查人员', 'zhifa3', '2026-11-01', disabled('2026-11-23', '调离'));
    expect(['2026-10-31', '2026-11-01', '2026-11-22', '2026-11-23'].map((d) => activeOn(e, d))).toEqual([false, true, true, false]);
    expect(libraryProblem([e], '检查人员', 'zhifa3', '2026-11-22')).toBeNull();
    expect(libraryProblem([e], '检查人员', 'zhifa3', '2026-11-23')).toMatchObject({ code: 'LIBRARY_ENTRY_DISABLED', why: expect.stringMatching(/2026-11-23.*调离/) });
    expect(libraryProblem([e], '检查人员', 'zhifa9', '2026-11-22')).toMatchObject({ code: 'NOT_IN_LIBRARY' });
  });

  it('a person taken back after being disabled is a new stay: in the library again from that day', () => {
    const stays = [entry('专家', '某专家', '2026-01-05', disabled('2026-03-01', '聘期届满')), entry('专家', '某专家', '2026-06-01')];
    expect(libraryProblem(stays, '专家', '某专家', '2026-04-01')).toMatchObject({ code: 'LIBRARY_ENTRY_DISABLED' });
    expect(libraryProblem(stays, '专家', '某专家', '2026-06-01')).toBeNull();
  });

  it('a library binds from the day of its first entry, also when every entry is disabled since', () => {
    const lib = [entry('专家', '某专家', '2026-11-01', disabled('2026-11-05', '聘期届满'))];
    expect(librarySetUp(lib, '专家', '2026-10-31')).toBe(false);
    expect(librarySetUp(lib, '专家', '2026-11-20')).toBe(true);
    expect(librarySetUp(lib, '被检查对象', '2026-11-20')).toBe(false);
  });
});

describe('组建检查组 chooses from the libraries (第六条, guard flyingFromLibraries)', () => {
  it('refuses an expert not in the 专家库, and the same expert from another unit', () => {
    const { state, ctx } = launched(LIBRARY);
    refusedWith(state, ctx, '组建检查组', 'fuze', { ...TEAM, 其他成员: [{ 姓名: '外聘专家', 单位: '某三甲医院', 专业: '医疗', 身份: '专家' }] }, 'NOT_IN_LIBRARY', /外聘专家.*不在本局专家库中.*第六条/);
    refusedWith(state, ctx, '组建检查组', 'fuze', { ...TEAM, 其他成员: [{ 姓名: '某专家', 单位: '某社区卫生服务中心', 专业: '医疗', 身份: '专家' }] }, 'NOT_IN_LIBRARY', /与专家库中的登记.*某三甲医院.*不符/);
  });

  it('refuses an inspector disabled on the step\'s day, and one never in the 检查人员库', () => {
    const { state, ctx } = launched(LIBRARY);
    refusedWith(state, ctx, '组建检查组', 'fuze', { ...TEAM, officers: ['zhifa1', 'zhifa3'] }, 'LIBRARY_ENTRY_DISABLED', /王执法.*已于2026-11-23从检查人员库停用（调离执法岗位）/);
    refusedWith(state, ctx, '组建检查组', 'fuze', { ...TEAM, 组长: 'zhifa4', officers: ['zhifa1', 'zhifa2'] }, 'NOT_IN_LIBRARY', /赵执法.*不在本局检查人员库中/);
  });

  it('refuses a target not in the 被检查对象库, disabled in it, or of another 类别 than registered', () => {
    const { state, ctx } = launched(LIBRARY);
    refusedWith(state, ctx, '组建检查组', 'fuze', { ...TEAM, 被检查对象: [{ 名称: '丁诊所', 类别: '定点医药机构' }] }, 'NOT_IN_LIBRARY', /丁诊所.*不在本局被检查对象库中/);
    refusedWith(state, ctx, '组建检查组', 'fuze', { ...TEAM, 被检查对象: [{ 名称: '丙医院', 类别: '定点医药机构' }] }, 'LIBRARY_ENTRY_DISABLED', /2026-11-10.*已解除医保协议/);
    refusedWith(state, ctx, '组建检查组', 'fuze', { ...TEAM, 被检查对象: [{ 名称: '某某医院', 类别: '医保经办机构' }] }, 'NOT_IN_LIBRARY', /与被检查对象库中的登记（定点医药机构）不符/);
  });

  it('accepts a team chosen from the libraries; the inspector disabled the day after the step is still in', () => {
    const lib = LIBRARY.map((e) => (e.name === 'zhifa3' ? { ...e, ...disabled('2026-11-24', '调离执法岗位') } : e));
    const { state, ctx } = launched(lib);
    const r = act(state, '组建检查组', 'fuze', { ...TEAM, officers: ['zhifa1', 'zhifa3'] }, day(0), ctx);
    expect(r.ok ? r.state.state : r.refusal.message).toBe('已组建');
  });

  it('a bureau that never set up its libraries, or set them up after the step\'s day, goes on as before', () => {
    for (const libs of [undefined, [], LIBRARY.map((e) => ({ ...e, joinedOn: '2026-11-24' }))]) {
      const { state, ctx } = launched(libs);
      const r = act(state, '组建检查组', 'fuze', { ...TEAM, 其他成员: [{ 姓名: '外聘专家', 单位: '某大学', 专业: '财务', 身份: '专家' }], 被检查对象: [{ 名称: '丁诊所', 类别: '定点医药机构' }] }, day(0), ctx);
      expect(r.ok ? r.state.state : r.refusal.message).toBe('已组建');
    }
  });

  it('only the libraries set up bind: a 专家库 alone leaves the targets and officers free', () => {
    const { state, ctx } = launched(LIBRARY.filter((e) => e.kind === '专家'));
    const r = act(state, '组建检查组', 'fuze', { ...TEAM, officers: ['zhifa1', 'zhifa3'], 被检查对象: [{ 名称: '丁诊所', 类别: '定点医药机构' }] }, day(0), ctx);
    expect(r.ok ? r.state.state : r.refusal.message).toBe('已组建');
  });
});

describe('飞行检查双随机抽取 draws from the libraries (第六条、第十一条第一款)', () => {
  it('refuses a 检查对象名录 naming a target not in the 被检查对象库', () => {
    const { state, ctx } = launched(LIBRARY, LAUNCH_PLANNED);
    refusedWith(state, ctx, '飞行检查双随机抽取', 'zhifa1', { 检查对象名录: ['某某医院', '丁诊所'], 抽取对象数: 1, 抽取人员数: 2 }, 'NOT_IN_LIBRARY', /丁诊所.*被检查对象库/);
  });

  it('without a 名录 draws from the active 被检查对象库, records it, and draws officers of the 检查人员库 only; the replay needs no library', () => {
    const { state, ctx } = launched(LIBRARY, LAUNCH_PLANNED);
    const r = act(state, '飞行检查双随机抽取', 'zhifa1', { 抽取对象数: 2, 抽取人员数: 2, seed: 'fxjc-lib' }, day(0), ctx);
    if (!r.ok) throw new Error(r.refusal.message);
    const active = LIBRARY.filter((e) => e.kind === '被检查对象' && !e.disabledOn).map((e) => e.name).sort();
    expect(r.state.draw!.register).toEqual(active);
    expect([...(r.event.inputs['检查对象名录'] as string[])].sort()).toEqual(active);
    // zhifa3 is disabled that day, zhifa4's 执法证 expired and not in the library: only zhifa1 and zhifa2 remain
    expect(r.state.draw!.roster).toEqual(['zhifa1', 'zhifa2']);
    // as replay.ts gives it: the recorded input without what the draw produced
    const { roster: _r, targets: _t, inspectors: _i, ...given } = r.event.inputs;
    const replayed = act(state, '飞行检查双随机抽取', 'zhifa1', given, day(0), testContext(fxjc, { replay: { recorded: r.event.inputs } }));
    if (!replayed.ok) throw new Error(replayed.refusal.message);
    expect(replayed.state.draw).toEqual(r.state.draw);
  });

  it('without a 名录 and without a 被检查对象库 there is nothing to draw from', () => {
    const { state, ctx } = launched([], LAUNCH_PLANNED);
    refusedWith(state, ctx, '飞行检查双随机抽取', 'zhifa1', { 抽取对象数: 1, 抽取人员数: 2 }, 'NO_REGISTER', /被检查对象库/);
  });
});
