import { mkdtempSync, rmSync } from 'node:fs';
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
import { ONE_PAGE, expected } from './test-support/expected.js';

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
