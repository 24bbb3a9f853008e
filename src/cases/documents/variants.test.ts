// The variants a document kind has by law: 移送 to 公安 (行刑衔接), to 卫生健康 or 纪检监察;
// 暂停 for a 参保人员 (第二款) or a 定点医药机构 (第一款); why settlement resumes; a bureau's
// own address and court where configured, a line to fill where not.
import { describe, expect, it } from 'vitest';
import { buildDocument, issuerFor, remedyFor, type BureauConfig } from './index.js';
import { BUREAUS, person, sample, YANGQUAN } from './test-support/fixtures.js';
import { modelText } from './test-support/text.js';

describe('移送函', () => {
  it('to 公安 under 行刑衔接: the 行政处罚法第二十七条 duty to transfer', () => {
    const data = sample('移送函');
    data.recipient = { name: '阳泉市公安局', kind: '公安' };
    data.request = '立案侦查';
    const text = modelText(buildDocument('移送函', data));
    expect(text).toContain('阳泉市公安局：');
    expect(text).toContain('违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关，依法追究刑事责任（《中华人民共和国行政处罚法》第二十七条第一款）');
    expect(text).toContain('请依法立案侦查，并将处理结果函告本局');
  });
  it('to 卫生健康 or 纪检监察: the 条例第二十二条 transfer mechanism, no crime sentence', () => {
    for (const kind of ['卫生健康', '纪检监察'] as const) {
      const data = sample('移送函');
      data.recipient = { name: kind === '卫生健康' ? '阳泉市卫生健康委员会' : '阳泉市纪委监委', kind };
      const text = modelText(buildDocument('移送函', data));
      expect(text, kind).toContain('《医疗保障基金使用监督管理条例》第二十二条第一款');
      expect(text, kind).not.toContain('依法追究刑事责任（');
    }
  });
});

describe('暂停结算决定书 and 恢复结算通知书', () => {
  it('a 参保人员: 暂停医疗费用联网结算, the fees paid in advance, no 主要负责人 approval needed', () => {
    const data = sample('暂停结算决定书');
    data.target = '参保人员';
    data.party = { ...person, address: '山西省阳泉市某某小区3号楼' };
    delete data.approvedBy;
    delete data.approvedDate;
    const text = modelText(buildDocument('暂停结算决定书', data));
    expect(text).toContain('第三十条第二款');
    expect(text).toContain('暂停你的医疗费用联网结算');
    expect(text).toContain('暂停联网结算期间发生的医疗费用，由参保人员全额垫付');
    expect(text).toContain('依照本条例第四十一条的规定处理');
    expect(text).not.toContain('主要负责人');
  });
  it.each([
    ['经调查不属于骗取医疗保障基金支出', /经调查，你单位不属于骗取医疗保障基金支出。依据《医疗保障基金使用监督管理条例》第三十条第一款“[^”]+”的规定，应当按照规定结算。/],
    ['经调查属于骗取医疗保障基金支出，已依法处理', /经调查，你单位属于骗取医疗保障基金支出，本局已依据《医疗保障基金使用监督管理条例》第三十条第一款的规定依法处理/],
  ] as const)('resumes because %s', (reason, says) => {
    const data = sample('恢复结算通知书');
    data.reason = reason;
    delete data.explanation;
    expect(modelText(buildDocument('恢复结算通知书', data))).toMatch(says);
  });
});

describe('a bureau’s own address, phone and court where configured', () => {
  it('prints them instead of the lines to fill', () => {
    const configured: BureauConfig = { ...YANGQUAN, address: '山西省阳泉市某某大街1号', phone: '0353-0000001', court: '某某人民法院' };
    const data = sample('封存决定书');
    data.bureau = issuerFor(configured, '封存决定书');
    data.remedy = remedyFor(configured, '2026-09-10');
    data.contact = { person: '张执法' };
    const text = modelText(buildDocument('封存决定书', data));
    expect(text).toContain('联系电话：0353-0000001');
    expect(text).toContain('联系地址：山西省阳泉市某某大街1号');
    expect(text).toContain('六个月内向某某人民法院提起行政诉讼');
    expect(text).not.toContain('＿＿＿');
  });
  it('a decision before 2024 names both bodies the applicant may choose between', () => {
    const kuangqu = BUREAUS.find((b) => b.code === '140303')!;
    const data = sample('行政处罚决定书', kuangqu);
    data.remedy = remedyFor(kuangqu, '2023-11-20');
    const text = modelText(buildDocument('行政处罚决定书', data));
    expect(text).toContain('六十日内向阳泉市矿区人民政府或者阳泉市医疗保障局申请行政复议');
  });
});
