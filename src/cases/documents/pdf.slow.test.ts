// The documents as PDF: pdfmake with the system's Noto CJK SC fonts (fonts-noto-cjk), read
// back with poppler-utils — both Debian packages, so this suite is with the slow ones.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, renderDocx, renderPdf } from './index.js';
import { BUREAUS, sample } from './test-support/fixtures.js';
import { ONE_PAGE, expected } from './test-support/expected.js';

const work = mkdtempSync(join(tmpdir(), 'yibao-pdf-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pdfTool(tool: 'pdfinfo' | 'pdftotext' | 'pdffonts', pdf: Buffer, name: string): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(tool, tool === 'pdftotext' ? ['-raw', file, '-'] : [file], { encoding: 'utf8' });
}

const pages = (info: string): number => Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);

describe.each(DOCUMENT_KINDS.map((k) => [k]))('%s', (kind) => {
  const data = sample(kind);

  it('renders as PDF with embedded SC fonts and the same text', async () => {
    const pdf = await renderPdf(kind, data as never);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const n = pages(pdfTool('pdfinfo', pdf, kind));
    if (ONE_PAGE.includes(kind)) expect(n).toBe(1);
    else expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(5);
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

describe('the long name of 阳泉市矿区人力资源和社会保障局（阳泉市矿区医疗保障局）', () => {
  it('wraps in the title and fits in the signature block', async () => {
    const kuangqu = BUREAUS.find((b) => b.code === '140303')!;
    const pdf = await renderPdf('行政处罚决定书', sample('行政处罚决定书', kuangqu));
    const text = pdfTool('pdftotext', pdf, 'kuangqu').replace(/第\d+页\s*共\d+页/g, '').replace(/\s+/g, '');
    expect(text.match(/阳泉市矿区人力资源和社会保障局（阳泉市矿区医疗保障局）/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('阳矿医保罚〔2026〕12号');
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
