import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS,
  DocumentError,
  formatFen,
  renderDocx,
  renderPdf,
  type DocumentInputs,
  type DocumentKind,
} from './index.js';
import { LOSS_FEN, party, sample } from './test-support/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'yibao-doc-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The text of word/document.xml, one line per paragraph. */
async function docxText(buf: Buffer): Promise<{ text: string; xml: string; styles: string }> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const text = xml
    .split('</w:p>')
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  return { text, xml, styles };
}

function pdfTool(tool: 'pdfinfo' | 'pdftotext' | 'pdffonts', pdf: Buffer, name: string): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(tool, tool === 'pdftotext' ? ['-raw', file, '-'] : [file], { encoding: 'utf8' });
}

const pages = (info: string): number => Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);

/** What each document must say, beyond the bureau and its own name. */
const expected: { [K in DocumentKind]: string[] } = {
  立案审批表: ['阳医保立〔2026〕12号', '智能监控', '《医疗保障基金使用监督管理条例》第十五条第一款、第三十八条第（一）项', '张执法（执法证号：14030020260001）', '同意立案'],
  询问笔录: ['2026年9月10日9时30分至10时45分', '你是否申请回避', '我不申请回避', '问：', '答：', '被询问人（签名）'],
  先行登记保存通知书: ['阳医保先保〔2026〕3号', '先行登记保存', '七个工作日', '不得销毁或者转移', '住院收费明细'],
  封存通知书: ['阳医保封〔2026〕2号', '予以封存', '三十日', '2026年9月10日11时00分', '六十日', '阳泉市人民政府', '六个月', '阳泉市城区人民法院'],
  行政处罚事先告知书: ['阳医保罚告〔2026〕12号', '24,691.34元', '人民币贰万肆仟陆佰玖拾壹元叁角肆分', '五个工作日', '要求听证', '从轻'],
  听证通知书: ['阳医保听〔2026〕2号', '2026年11月5日9时00分', '公开举行听证', '周法制', '委托一至二人代理', '《中华人民共和国行政处罚法》第六十四条第（四）项、第（五）项、第（六）项'],
  行政处罚决定书: [
    '阳医保罚〔2026〕12号',
    '（阳医保罚告〔2026〕12号）',
    '责令退回医疗保障基金24,691.34元（人民币贰万肆仟陆佰玖拾壹元叁角肆分）',
    '处罚款24,691.34元（人民币贰万肆仟陆佰玖拾壹元叁角肆分）',
    '十五日',
    '百分之三',
    '六十日内向阳泉市人民政府申请行政复议',
    '六个月内向阳泉市城区人民法院提起行政诉讼',
    '二〇二六年十一月二十三日',
  ],
  送达回证: ['《行政处罚决定书》（阳医保罚〔2026〕12号）共3页', '直接送达', '2026年11月24日10时00分', '孙某某'],
  结案报告: ['阳医保立〔2026〕12号', '已缴纳罚款24,691.34元（人民币贰万肆仟陆佰玖拾壹元叁角肆分）', '当事人已全部履行', '同意结案'],
};

/** Table forms fit on one page. */
const ONE_PAGE: DocumentKind[] = ['立案审批表', '送达回证', '结案报告'];

describe.each(DOCUMENT_KINDS.map((k) => [k]))('%s', (kind) => {
  const data = sample(kind);

  it('renders as .docx with its Chinese content, 文号 and amounts', async () => {
    const buf = await renderDocx(kind, data as never);
    expect(buf.subarray(0, 2).toString('latin1')).toBe('PK');
    const { text, xml, styles } = await docxText(buf);
    expect(text).toContain('阳泉市医疗保障局');
    expect(text).toContain(kind);
    for (const s of expected[kind]) expect(text, s).toContain(s);
    if (kind !== '询问笔录') expect(text).toContain(party.name);
    // line breaks are paragraphs, never a newline inside a run (Word and LibreOffice show it as a space)
    expect(xml).not.toMatch(/<w:t(?:\s[^>]*)?>[^<]*\n/);
    // Chinese (SC) fonts and language, not Japanese fallbacks
    expect(styles).toContain('w:eastAsia="Noto Serif CJK SC"');
    expect(styles).toContain('w:eastAsia="zh-CN"');
    expect(xml).toContain('w:eastAsia="Noto Sans CJK SC"'); // 黑体 titles
    if (ONE_PAGE.includes(kind)) expect((xml.match(/<w:tr[ >]/g) ?? []).length).toBeGreaterThanOrEqual(9);
  });

  it('renders as PDF with embedded SC fonts and the same text', async () => {
    const pdf = await renderPdf(kind, data as never);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const n = pages(pdfTool('pdfinfo', pdf, kind));
    if (ONE_PAGE.includes(kind)) expect(n).toBe(1);
    else expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(4);
    const fonts = pdfTool('pdffonts', pdf, kind);
    expect(fonts).toMatch(/NotoSerifCJKsc-Regular/);
    expect(fonts).toMatch(/NotoSansCJKsc-Regular/); // 黑体 titles
    expect(fonts).not.toMatch(/CJKjp/);
    // pdftotext breaks lines and may space out CJK: compare without whitespace and page footers
    const text = pdfTool('pdftotext', pdf, kind)
      .replace(/第\d+页\s*共\d+页/g, '')
      .replace(/\s+/g, '');
    expect(text).toContain('阳泉市医疗保障局');
    for (const s of expected[kind]) expect(text, s).toContain(s.replace(/\s+/g, ''));
  });
});

describe('询问笔录 pages', () => {
  it('every page carries the signature line of the person questioned', async () => {
    const data = sample('询问笔录');
    data.qa = Array.from({ length: 12 }, (_, i) => ({ q: `第${i + 1}个问题：请说明有关情况。`, a: '情况如下：'.repeat(12) }));
    const pdf = await renderPdf('询问笔录', data);
    const n = pages(pdfTool('pdfinfo', pdf, 'inquiry-long'));
    expect(n).toBeGreaterThanOrEqual(3);
    const text = pdfTool('pdftotext', pdf, 'inquiry-long');
    expect(text.match(/被询问人签名：/g)?.length).toBe(n);
    const zip = await JSZip.loadAsync(await renderDocx('询问笔录', data));
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    expect(await zip.file(footers[0]!)!.async('string')).toContain('被询问人签名');
  });
});

describe('numbers come from the data passed in', () => {
  it('the 告知书 tells the periods it is given, and leaves out the hearing when there is none', async () => {
    const data: DocumentInputs['行政处罚事先告知书'] = sample('行政处罚事先告知书');
    data.rights.statement = { value: 7, unit: '工作日' };
    delete data.rights.hearing;
    const { text } = await docxText(await renderDocx('行政处罚事先告知书', data));
    expect(text).toContain('自收到本告知书之日起七个工作日内向本局提出陈述、申辩意见');
    expect(text).not.toContain('听证');
  });

  it.each([100, 0, 1000000000])('the 决定书 writes a fine of %i fen in figures and 大写', async (fen) => {
    const data = sample('行政处罚决定书');
    data.measures = { fineFen: fen };
    const { text } = await docxText(await renderDocx('行政处罚决定书', data));
    expect(text).toContain(`（一）处罚款${formatFen(fen).both}。`);
    expect(text).toContain(
      { 100: '处罚款1.00元（人民币壹元整）', 0: '处罚款0.00元（人民币零元整）', 1000000000: '处罚款10,000,000.00元（人民币壹仟万元整）' }[fen],
    );
  });

  it('a suspension is written in months', async () => {
    const data = sample('行政处罚决定书');
    data.measures = { ...data.measures, suspension: { months: 6, scope: '责令暂停相关责任部门涉及医疗保障基金使用的医药服务' } };
    const { text } = await docxText(await renderDocx('行政处罚决定书', data));
    expect(text).toContain('（四）责令暂停相关责任部门涉及医疗保障基金使用的医药服务六个月。');
  });
});

describe('refusals, with Chinese messages', () => {
  it('a fine that is not whole fen', async () => {
    const data = sample('行政处罚决定书');
    data.measures = { fineFen: LOSS_FEN + 0.5 };
    await expect(renderDocx('行政处罚决定书', data)).rejects.toThrow(/金额必须是非负整数/);
  });
  it('an inquiry by one officer', async () => {
    const data = sample('询问笔录');
    data.inquirers = data.inquirers.slice(0, 1);
    await expect(renderPdf('询问笔录', data)).rejects.toThrow(/不少于两名执法人员/);
  });
  it('留置送达 without a witness', async () => {
    const data = sample('送达回证');
    data.method = '留置送达';
    await expect(renderDocx('送达回证', data)).rejects.toThrow(/见证人/);
  });
  it('an unknown document kind', async () => {
    await expect(renderDocx('罚款收据' as DocumentKind, sample('送达回证') as never)).rejects.toThrow(/未知的文书种类/);
  });
  it('missing CJK fonts', async () => {
    const err = await renderPdf('送达回证', sample('送达回证'), { fontDir: join(work, 'no-fonts') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocumentError);
    expect((err as DocumentError).code).toBe('FONT_MISSING');
    expect((err as DocumentError).message).toMatch(/缺少中文字体文件.*fonts-noto-cjk/);
  });
});
