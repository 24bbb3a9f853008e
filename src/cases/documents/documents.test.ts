// Every document kind renders as .docx from its sample input, says what it must, and refuses
// what the law does not allow, with a Chinese message naming the field.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS, DocumentError, documentKindOf, formatFen, renderDocx, type DocumentInputs } from './index.js';
import { LOSS_FEN, partyOf, sample, YANGQUAN } from './test-support/fixtures.js';
import { ONE_PAGE, expected } from './test-support/expected.js';
import { docxText } from './test-support/text.js';

const party = partyOf(YANGQUAN);

describe.each(DOCUMENT_KINDS.map((k) => [k]))('%s', (kind) => {
  it('renders as .docx with its Chinese content, 文号 and amounts', async () => {
    const buf = await renderDocx(kind, sample(kind) as never);
    expect(buf.subarray(0, 2).toString('latin1')).toBe('PK');
    const { text, xml, styles } = await docxText(buf);
    expect(text).toContain('阳泉市医疗保障局');
    expect(text).toContain(kind === '分期（延期）缴纳罚款决定书' ? '分期缴纳罚款决定书' : kind);
    for (const s of expected[kind]) expect(text, s).toContain(s);
    // line breaks are paragraphs, never a newline inside a run (Word and LibreOffice show it as a space)
    expect(xml).not.toMatch(/<w:t(?:\s[^>]*)?>[^<]*\n/);
    // Chinese (SC) fonts and language, not Japanese fallbacks
    expect(styles).toContain('w:eastAsia="Noto Serif CJK SC"');
    expect(styles).toContain('w:eastAsia="zh-CN"');
    expect(xml).toContain('w:eastAsia="Noto Sans CJK SC"'); // 黑体 titles
    if (ONE_PAGE.includes(kind)) expect((xml.match(/<w:tr[ >]/g) ?? []).length).toBeGreaterThanOrEqual(9);
  });
});

describe('every kind has a schema and a sample; former names map to the right kind', () => {
  it('38 kinds', () => {
    expect(DOCUMENT_KINDS.length).toBe(38);
    expect(Object.keys(DOCUMENT_SCHEMAS).sort()).toEqual([...DOCUMENT_KINDS].sort());
  });
  it('封存通知书 is the 封存决定书, 暂停结算通知书 the 暂停结算决定书', () => {
    expect(documentKindOf('封存通知书')).toBe('封存决定书');
    expect(documentKindOf('先行登记保存通知书')).toBe('先行登记保存证据通知书');
    expect(documentKindOf('暂停结算通知书')).toBe('暂停结算决定书');
    expect(documentKindOf('解除暂停结算通知书')).toBe('恢复结算通知书');
    expect(documentKindOf('行政处罚决定书')).toBe('行政处罚决定书');
    expect(documentKindOf('不存在的文书')).toBeUndefined();
  });
});

describe('numbers come from the data passed in', () => {
  it('the 告知书 tells the periods it is given, and leaves out the hearing when there is none', async () => {
    const data: DocumentInputs['行政处罚事先告知书'] = sample('行政处罚事先告知书');
    data.rights = { statement: { value: 7, unit: '工作日' } };
    const { text } = await docxText(await renderDocx('行政处罚事先告知书', data));
    expect(text).toContain('自收到本告知书之日起七个工作日内向本局提出陈述、申辩意见');
    expect(text).not.toContain('听证');
  });

  it.each([100, 0, 1000000000])('the 决定书 writes a fine of %i fen in figures and 大写', async (fen) => {
    const data = sample('行政处罚决定书');
    data.parties = [{ party, penalties: [{ kind: '罚款', amountFen: fen }] }];
    const { text } = await docxText(await renderDocx('行政处罚决定书', data));
    expect(text).toContain(`（一）罚款${formatFen(fen).both}。`);
    expect(text).toContain(
      { 100: '罚款1.00元（人民币壹元整）', 0: '罚款0.00元（人民币零元整）', 1000000000: '罚款10,000,000.00元（人民币壹仟万元整）' }[fen],
    );
  });

  it('a suspension is written with its scope and months', async () => {
    const data = sample('行政处罚决定书');
    data.parties[0]!.penalties!.push({ kind: '暂停医药服务', months: 6, text: '责令暂停心内科涉及医疗保障基金使用的医药服务' });
    const { text } = await docxText(await renderDocx('行政处罚决定书', data));
    expect(text).toContain('（二）责令暂停心内科涉及医疗保障基金使用的医药服务，期限六个月。');
  });

  it('a 延期 decision has one date and its own title', async () => {
    const data = sample('分期（延期）缴纳罚款决定书');
    data.mode = '延期';
    data.schedule = [{ dueDate: '2027-03-01', amountFen: LOSS_FEN - 469134 }];
    const { text } = await docxText(await renderDocx('分期（延期）缴纳罚款决定书', data));
    expect(text).toContain('延期缴纳罚款决定书');
    expect(text).not.toContain('分期缴纳罚款决定书');
    expect(text).toContain('应当于2027年3月1日前缴纳罚款20,000.00元（人民币贰万元整）');
  });
});

async function refusal(promise: Promise<unknown>): Promise<DocumentError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DocumentError);
  const e = err as DocumentError;
  expect(e.message).not.toMatch(/[A-Za-z]{4,}(?![\w.[\]]*：)/); // Chinese, apart from the field path
  return e;
}

describe('refusals, with Chinese messages naming the field', () => {
  it('a fine that is not whole fen', async () => {
    const data = sample('行政处罚决定书');
    data.parties[0]!.penalties = [{ kind: '罚款', amountFen: LOSS_FEN + 0.5 }];
    expect((await refusal(renderDocx('行政处罚决定书', data))).message).toMatch(/parties\[1\]\.penalties\[1\]\.amountFen：金额必须是整数/);
  });
  it('a 现场检查笔录 with nobody of the party present and no witness (程序规定第二十条第二款)', async () => {
    const data = sample('现场检查笔录');
    delete data.present;
    delete data.witness;
    expect((await refusal(renderDocx('现场检查笔录', data))).message).toMatch(/当事人或者有关人员不在场的，应当记明见证人/);
  });
  it('an inquiry by one officer', async () => {
    const data = sample('询问笔录');
    data.inquirers = data.inquirers.slice(0, 1);
    expect((await refusal(renderDocx('询问笔录', data))).message).toMatch(/不少于两名执法人员/);
  });
  it('留置送达 without a witness', async () => {
    const data = sample('送达回证');
    data.method = '留置送达';
    expect((await refusal(renderDocx('送达回证', data))).message).toMatch(/见证人/);
  });
  it('a quote that ends in “：” without the 项 that applies', async () => {
    const data = sample('行政处罚决定书');
    delete data.basis[0]!.items;
    expect((await refusal(renderDocx('行政处罚决定书', data))).message).toMatch(/basis\[1\]\.items：第三十八条的引文以“：”结尾，须列明适用的项/);
  });
  it('a decision without the party’s address (行政处罚法第五十九条第一款第（一）项)', async () => {
    const data = sample('行政处罚决定书');
    delete data.parties[0]!.party.address;
    expect((await refusal(renderDocx('行政处罚决定书', data))).message).toMatch(/须载明当事人的地址/);
  });
  it('a 行政处罚决定书 with orders only', async () => {
    const data = sample('行政处罚决定书');
    data.parties[0]!.penalties = [];
    expect((await refusal(renderDocx('行政处罚决定书', data))).message).toMatch(/不予处罚的，用不予行政处罚决定书/);
  });
  it('an instant without +08:00', async () => {
    const data = sample('询问笔录');
    data.start = '2026-09-10T01:30:00Z';
    expect((await refusal(renderDocx('询问笔录', data))).message).toMatch(/start：时间应为带 \+08:00/);
  });
  it('a 文号 of another kind or bureau', async () => {
    const data = sample('行政处罚决定书');
    data.docNumber = '兰医保罚〔2026〕12号';
    expect((await refusal(renderDocx('行政处罚决定书', data))).message).toMatch(/前缀应为“阳医保罚”/);
  });
  it('封存 for more than thirty days, or extended by more than thirty', async () => {
    const sealing = sample('封存决定书');
    sealing.period = { value: 31, unit: '日' };
    expect((await refusal(renderDocx('封存决定书', sealing))).message).toMatch(/不得超过三十日/);
    const ext = sample('封存延期通知书');
    ext.extension = { value: 45, unit: '日' };
    expect((await refusal(renderDocx('封存延期通知书', ext))).message).toMatch(/延长封存的期限不得超过三十日/);
    const late = sample('封存延期通知书');
    late.date = '2026-10-12';
    expect((await refusal(renderDocx('封存延期通知书', late))).message).toMatch(/届满后不能再延长/);
  });
  it('暂停 a 定点医药机构 without the 主要负责人’s approval (条例第三十条第一款)', async () => {
    const data = sample('暂停结算决定书');
    delete data.approvedBy;
    expect((await refusal(renderDocx('暂停结算决定书', data))).message).toMatch(/主要负责人批准/);
  });
  it('an application to the court before the periods end, or after three months', async () => {
    const early = sample('强制执行申请书');
    early.date = '2027-05-20';
    expect((await refusal(renderDocx('强制执行申请书', early))).message).toMatch(/届满前不能申请强制执行/);
    const late = sample('强制执行申请书');
    late.date = '2027-08-25';
    expect((await refusal(renderDocx('强制执行申请书', late))).message).toMatch(/已超过申请期限.*2027-08-24/);
    const soon = sample('强制执行申请书');
    soon.demand.expiredOn = '2027-06-20';
    expect((await refusal(renderDocx('强制执行申请书', soon))).message).toMatch(/催告书送达十日后/);
  });
  it('加处罚款 above the fine', async () => {
    const data = sample('催告书');
    data.lateFee!.accruedFen = LOSS_FEN + 1;
    expect((await refusal(renderDocx('催告书', data))).message).toMatch(/加处罚款的数额不得超出罚款的数额/);
  });
  it('instalments that do not add up to the fine', async () => {
    const data = sample('分期（延期）缴纳罚款决定书');
    data.schedule[1]!.amountFen -= 1;
    expect((await refusal(renderDocx('分期（延期）缴纳罚款决定书', data))).message).toMatch(/差 1 分/);
  });
  it('a 结案报告 that calls an unpaid fine 执行完毕', async () => {
    const data = sample('结案报告');
    data.execution.lines![0]!.paidFen = 0;
    data.execution.lines![0]!.payments = [];
    expect((await refusal(renderDocx('结案报告', data))).message).toMatch(/尚有未缴金额，不是全部履行/);
    const other = sample('结案报告');
    other.execution = { outcome: '终结执行', note: '当事人已注销，无财产可供执行' };
    expect((await refusal(renderDocx('结案报告', other))).message).toMatch(/不是“行政处罚决定执行完毕”/);
  });
  it('an unknown kind', async () => {
    await expect(renderDocx('通知书' as never, {} as never)).rejects.toThrow(/未知的文书种类：通知书/);
  });
});
