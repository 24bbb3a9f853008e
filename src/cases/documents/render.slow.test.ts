// The generated 行政处罚决定书 opens in LibreOffice: convert it to PDF headless, render
// page 1 to PNG (written to /tmp/yibao-docs/ to be looked at), and check the fonts used.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, renderDocx, renderPdf } from './index.js';
import { sample } from './test-support/fixtures.js';

const OUT = '/tmp/yibao-docs';
const work = mkdtempSync(join(tmpdir(), 'yibao-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pages(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
}

describe('行政处罚决定书 in LibreOffice', () => {
  it('converts to PDF headless and renders page 1 to PNG', async () => {
    mkdirSync(OUT, { recursive: true });
    const docx = join(OUT, '行政处罚决定书.docx');
    writeFileSync(docx, await renderDocx('行政处罚决定书', sample('行政处罚决定书')));
    const profile = pathToFileURL(join(work, 'lo-profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      stdio: 'pipe',
      timeout: 240_000,
    });
    const pdf = join(work, '行政处罚决定书.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const n = pages(pdf);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(6);

    // the text survives, with the amount in figures and 大写
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('阳泉市医疗保障局');
    expect(text).toContain('行政处罚决定书');
    expect(text).toContain('阳医保罚〔2026〕12号');
    expect(text).toContain('人民币贰万肆仟陆佰玖拾壹元叁角肆分');
    expect(text).toContain('二〇二六年十一月二十三日');
    // CJK fonts are embedded (no missing-glyph boxes from a Latin-only fallback)
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSerifCJK/);
    expect(fonts).toMatch(/NotoSansCJK/);

    const png = join(OUT, '行政处罚决定书-lo');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, png]);
    const file = [`${png}-1.png`, `${png}-01.png`].find((f) => existsSync(f));
    expect(file).toBeDefined();
    expect(statSync(file!).size).toBeGreaterThan(20_000);
  });

  it('every document as PDF (pdfmake) renders page 1 to PNG', async () => {
    mkdirSync(OUT, { recursive: true });
    for (const kind of DOCUMENT_KINDS) {
      const pdf = join(OUT, `${kind}.pdf`);
      writeFileSync(pdf, await renderPdf(kind, sample(kind) as never));
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(OUT, kind)]);
      const file = [`${join(OUT, kind)}-1.png`, `${join(OUT, kind)}-01.png`].find((f) => existsSync(f));
      expect(file, kind).toBeDefined();
      expect(statSync(file!).size, kind).toBeGreaterThan(15_000);
    }
  });
});
