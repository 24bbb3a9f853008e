import { describe, expect, it } from 'vitest';
import { computePenalty, decisionText, noticeText } from './index.js';

const result = computePenalty(
  '医疗保障基金使用监督管理条例:38',
  { party: '定点医疗机构', amounts: { lossFen: 1_234_567 }, flags: ['以骗取为目的'], actEnded: '2024-03-01', discovered: '2024-06-01' },
  { jurisdiction: '河南', onDate: '2024-07-01' },
);
const input = {
  agency: '某市医疗保障局',
  partyName: '某某医院',
  facts: '当事人于2023年至2024年间以骗取医保基金为目的分解住院，造成医疗保障基金损失12,345.67元。',
  evidence: ['病历', '结算单据'],
  date: '2024-07-01',
};

describe('告知书', () => {
  it('states facts, articles with their text, measures, hearing right and its 5 days', () => {
    const t = noticeText(result, input);
    expect(t).toContain('行政处罚事先告知书');
    expect(t).toContain('某某医院：');
    expect(t).toContain(input.facts);
    expect(t).toContain('《医疗保障基金使用监督管理条例》第四十条第二款、第一款：“定点医药机构通过下列方式骗取');
    expect(t).toContain('处罚款 24,691.34 元至 61,728.35 元');
    expect(t).toContain('暂停相关责任部门涉及基金使用的医药服务 6 个月至 12 个月');
    expect(t).toContain('要求听证的，应当在本机关告知后5日内提出');
    expect(t).toContain('你单位有权进行陈述和申辩');
    expect(t).toContain('2024年7月1日');
  });
});

describe('决定书', () => {
  it('states the decided figures, payment in 15 days, 3% a day, remedies in 60 days / 6 months', () => {
    const t = decisionText(result, { ...input, decided: [{ kind: '罚款', target: '单位', amountFen: 3_703_701 }, { kind: '暂停相关责任部门涉及基金使用的医药服务', months: 6 }] });
    expect(t).toContain('行政处罚决定书');
    expect(t).toContain('罚款 37,037.01 元');
    expect(t).toContain('暂停相关责任部门涉及基金使用的医药服务 6 个月');
    expect(t).toContain('十五日内'.replace('十五', '15'));
    expect(t).toContain('百分之三加处罚款');
    expect(t).toContain('60日内');
    expect(t).toContain('《中华人民共和国行政复议法》第二十条');
    expect(t).toContain('6个月内');
  });
  it('cites 行政复议法 (2017) 第九条 for a decision before 2024', () => {
    const t = decisionText(result, { ...input, date: '2023-05-01' });
    expect(t).toContain('《中华人民共和国行政复议法》第九条');
  });
  it('a time-barred case: the decision says why no penalty', () => {
    const barred = computePenalty('社会保险法:88', { party: '参保个人', amounts: { defraudedFen: 1_000 }, actEnded: '2020-01-01', discovered: '2024-01-01' });
    const t = decisionText(barred, { ...input, partyName: '张某' });
    expect(t).toContain('决定不予行政处罚');
    expect(t).toContain('责令退回 10.00 元');
    expect(t).not.toContain('加处罚款');
  });
});
