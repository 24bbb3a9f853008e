// 文书 from case data: a penalty case carried to 结案 gives its 立案审批表, 事先告知书,
// 决定书, 送达回证 and 结案报告 with the case's party, officers, amounts and dates.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { computePenalty, type PenaltyFacts } from '../law/index.js';
import { documentInput } from './doc-inputs.js';
import { renderDocx } from './documents/index.js';
import { act, openCase } from './engine/engine.js';
import type { CaseState, EngineContext } from './engine/types.js';
import { loadProcedures } from './procedure/load.js';
import { attachment, day, weekdayCalendar } from './testing/support.js';
import { DEMO_USERS, userMap } from './users.js';

const users = userMap(DEMO_USERS);
const proc = loadProcedures().get('xzcf-putong')!;
const ctx: EngineContext = {
  procedure: proc, users, computeDeadline: weekdayCalendar,
  computePenalty: (v, f) => {
    const r = computePenalty(v, f as PenaltyFacts);
    return { punishable: r.punishable, reasons: r.reasons, appliedArticle: r.appliedArticle, measures: r.measures.map((m) => ({ ...m })) };
  },
};

function run(): CaseState {
  let s = openCase({ id: '2026-000042', procedure: proc, now: day(0), actor: 'zhifa1' });
  const o = ['zhifa1', 'zhifa2'];
  const step = (name: string, as: string, input: Record<string, unknown>, n: number) => {
    const r = act(s, name, as, input, day(n), ctx);
    if (!r.ok) throw new Error(r.refusal.message);
    s = r.state;
  };
  step('线索核查', 'zhifa1', { 核查意见: '智能监控发现分解住院' }, 0);
  step('立案', 'fuze', { officers: o, 案由: '某某医院涉嫌骗取医保基金案', 当事人: '某某医院', 当事人信息: { type: '法人', idNumber: '12140300MB0000000X', address: '阳泉市城区某路1号', legalRepresentative: { name: '钱院长' } } }, 0);
  step('调查取证', 'zhifa1', { officers: o, 取证内容: '调取病历与结算单', attachments: [{ ...attachment('笔录或证据', '病历'), fileName: '病历复印件.pdf' }] }, 1);
  step('调查终结', 'zhifa1', { officers: o, 调查终结报告: '2026年该院虚构诊疗项目骗取医保基金10000元', violation: '医疗保障基金使用监督管理条例:40', facts: { party: '定点医疗机构', amounts: { defraudedFen: 1_000_000 } } }, 1);
  step('告知', 'zhifa1', { officers: o, measures: [{ kind: '责令退回', amountFen: 1_000_000 }, { kind: '罚款', amountFen: 2_345_600 }] }, 2);
  step('陈述申辩', 'zhifa1', { 陈述内容: '系工作人员失误', 复核意见: '不予采纳' }, 3);
  step('放弃陈述申辩', 'zhifa1', { attachments: [attachment('书面放弃声明')] }, 3);
  step('决定', 'fuze', { 类型: '行政处罚', measures: [{ kind: '责令退回', amountFen: 1_000_000 }, { kind: '罚款', amountFen: 2_345_600 }] }, 4);
  step('送达', 'zhifa2', { 送达方式: '直接送达', 送达地点: '该院办公室', attachments: [attachment('送达回证')] }, 5);
  step('执行', 'zhifa1', { 执行情况: '已全额缴纳' }, 9);
  step('结案', 'fuze', { 结案报告: '已履行' }, 10);
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
      parties: [{ orders: [{ kind: '责令退回', amountFen: 1_000_000 }], penalties: [{ kind: '罚款', amountFen: 2_345_600 }] }],
      statement: { made: true, summary: '系工作人员失误' },
    });
    expect(input.basis[0]).toMatchObject({ law: '医疗保障基金使用监督管理条例' });
    const text = await docText(await renderDocx('行政处罚决定书', input));
    expect(text).toContain('某某医院');
    expect(text).toContain('贰万叁仟肆佰伍拾陆元');
    expect(text.split('附件：证据电子文件校验值')[0]).not.toMatch(/SHA-256|[0-9a-f]{16}/); // hashes only in the annex
  });
  it('the other penalty documents render from the same case', async () => {
    const closing = { execution: { outcome: '全部履行', lines: [{ party: '某某医院', item: '罚款', dueFen: 2_345_600, paidFen: 2_345_600 }] }, closingGround: { item: 1 } };
    for (const kind of ['立案审批表', '行政处罚事先告知书', '送达回证', '结案报告'] as const) {
      const buf = await renderDocx(kind, documentInput(kind, c, { users }, kind === '结案报告' ? closing : {}) as never);
      expect((await docText(buf)).length, kind).toBeGreaterThan(100);
    }
  });
  it('a quote never stops at “：”: the items applied, else every item of the paragraph', async () => {
    const all = await docText(await renderDocx('行政处罚决定书', documentInput('行政处罚决定书', c, { users })));
    expect(all).toContain('（一）诱导、协助他人冒名或者虚假就医、购药');
    expect(all).toContain('（三）虚构医药服务项目');
    const applied = { ...c, data: { ...c.data, 调查终结: { ...c.data['调查终结'], 适用项: [3] } } };
    const one = await docText(await renderDocx('行政处罚决定书', documentInput('行政处罚决定书', applied, { users })));
    expect(one).toContain('第四十条第一款第（三）项');
    expect(one).not.toContain('诱导、协助他人');
    expect(one).not.toMatch(/：”/);
  });
  it('a 结案报告 needs the execution outcome: it is never assumed paid', () => {
    expect(() => documentInput('结案报告', c, { users })).toThrow(/须写明执行结果/);
  });
  it('refuses, with a reason, what the case does not know', () => {
    const bare = openCase({ id: '2026-000043', procedure: proc, now: day(0), actor: 'zhifa1', party: { name: '某药店', type: '法人或者其他组织' } });
    expect(() => documentInput('行政处罚决定书', bare, { users })).toThrow(/证件号码和住所未登记/);
    expect(() => documentInput('送达回证', { ...bare, data: {} }, { users }, { party: { name: 'x' } })).toThrow(/尚未/);
  });
});
