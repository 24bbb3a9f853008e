// The text of rendered documents, for the tests: the .docx body (word/document.xml, one line
// per paragraph) and the neutral model's text.
import JSZip from 'jszip';
import type { DocModel } from '../model.js';

/** The text of word/document.xml, one line per paragraph; also the XML and the styles. */
export async function docxText(buf: Buffer): Promise<{ text: string; xml: string; styles: string; footers: string }> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const footerFiles = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
  const footers = (await Promise.all(footerFiles.map((f) => zip.file(f)!.async('string')))).join('\n');
  const text = xml
    .split('</w:p>')
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  return { text, xml, styles, footers };
}

/** The text of a document model, one line per paragraph or table cell line. */
export function modelText(model: DocModel): string {
  const out: string[] = [];
  for (const b of model.blocks) {
    switch (b.type) {
      case 'title':
      case 'docNumber':
      case 'heading':
        out.push(b.text);
        break;
      case 'paragraph':
        out.push(b.spans.map((s) => s.text).join(''));
        break;
      case 'table':
        for (const r of b.rows) for (const c of r.cells) for (const l of c.lines) out.push(l.map((s) => s.text).join(''));
        break;
      case 'signature':
        out.push(...b.lines);
        break;
      case 'spacer':
        break;
    }
  }
  return out.join('\n');
}
