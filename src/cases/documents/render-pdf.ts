// Renders the neutral document model to PDF with pdfmake 0.3 (server API).
import { createRequire } from 'node:module';
import { contentWidthOf, marginsOf, PT, type Block, type Cell, type DocModel, type Span } from './model.js';
import { resolvePdfFonts, type PdfFonts } from './fonts.js';

/** The part of pdfmake's server API used here (the package ships no types). */
interface PdfMakeServer {
  setFonts(fonts: PdfFonts): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
const pdfmakeSingleton = require('pdfmake') as PdfMakeServer;
/** A private instance, so that fonts and access policies set here do not leak into other users of pdfmake. */
function newPdfMake(): PdfMakeServer {
  const Ctor = (pdfmakeSingleton as object).constructor as new () => PdfMakeServer;
  return new Ctor();
}

/** Body lines: 28 pt apart at 16 pt (Noto CJK's natural line is 1.448 em). */
const LINE_HEIGHT = 1.2;

type Node = Record<string, unknown>;

function spans(list: Span[]): Node[] {
  return list.map((s) => ({
    text: s.text,
    ...(s.bold ? { bold: true } : {}),
    ...(s.underline ? { decoration: 'underline' } : {}),
    ...(s.heading ? { font: 'Sans' } : {}),
  }));
}

function cellNode(c: Cell): Node {
  const stack = c.lines.map((line) => ({ text: spans(line) }));
  return {
    stack,
    alignment: c.align ?? 'left',
    ...(c.label ? { font: 'Sans' } : {}),
    ...(c.colSpan && c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
    verticalAlignment: 'middle',
  };
}

function blockNode(b: Block, contentWidth: number): Node | null {
  switch (b.type) {
    case 'title':
      return {
        text: b.text,
        font: 'Sans',
        fontSize: b.level === 'bureau' ? PT.bureauTitle : PT.documentTitle,
        alignment: 'center',
        characterSpacing: b.level === 'document' ? 2 : 0,
        margin: b.level === 'bureau' ? [0, 0, 0, 4] : [0, 0, 0, 8],
        lineHeight: 1,
      };
    case 'docNumber':
      return { text: b.text, alignment: b.align, fontSize: PT.docNumber, margin: [0, 4, 0, 14] };
    case 'heading':
      return { text: b.text, font: 'Sans', fontSize: PT.body, leadingIndent: PT.body * 2 };
    case 'paragraph':
      return {
        text: spans(b.spans),
        alignment: b.align ?? 'justify',
        ...(b.indent ? { leadingIndent: PT.body * 2 } : {}),
        ...(b.small ? { fontSize: PT.small } : {}),
      };
    case 'table': {
      const total = b.columns.reduce((a, w) => a + w, 0);
      const widths = b.columns.map((w) => ((contentWidth - 1.5 * (b.columns.length + 1)) * w) / total - 8);
      const body = b.rows.map((row) => {
        const out: Node[] = [];
        for (const c of row.cells) {
          out.push(cellNode(c));
          for (let i = 1; i < (c.colSpan ?? 1); i++) out.push({});
        }
        return out;
      });
      return {
        table: { widths, body, heights: b.rows.map((r) => (r.minHeight ? Math.max(0, r.minHeight - 8) : 'auto')), dontBreakRows: true },
        layout: {
          hLineWidth: () => 0.75,
          vLineWidth: () => 0.75,
          paddingLeft: () => 4,
          paddingRight: () => 4,
          paddingTop: () => 4,
          paddingBottom: () => 4,
        },
        fontSize: PT.table,
        lineHeight: 1.15,
        margin: [0, 4, 0, 4],
      };
    }
    case 'signature':
      return {
        columns: [
          { width: '*', text: '' },
          { width: 'auto', stack: b.lines.map((l) => ({ text: l, alignment: 'center' })) },
        ],
        margin: [0, 8, PT.body * 2, 0],
      };
    case 'spacer':
      return { text: '\u00a0', margin: [0, 0, 0, (b.lines - 1) * PT.lineHeight] };
  }
}

/** The paragraph right before a signature, the spacers and the signature go on one page together. */
function keepSignatureWithText(nodes: Node[], blocks: Block[]): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (blocks[i]?.type !== 'signature') {
      out.push(nodes[i]!);
      continue;
    }
    const group: Node[] = [nodes[i]!];
    while (out.length > 0) {
      const j = i - group.length;
      const kind = blocks[j]?.type;
      group.unshift(out.pop()!);
      if (kind !== 'spacer') break;
    }
    out.push({ stack: group, unbreakable: true });
  }
  return out;
}

/** The pdfmake content of a model's blocks. */
function modelContent(model: DocModel): Node[] {
  const width = contentWidthOf(model);
  return keepSignatureWithText(model.blocks.map((b) => blockNode(b, width)).filter((n): n is Node => n !== null), model.blocks);
}

export function pdfDefinition(model: DocModel): Record<string, unknown> {
  const margins = marginsOf(model);
  return {
    pageSize: 'A4',
    pageMargins: [margins.marginLeft, margins.marginTop, margins.marginRight, margins.marginBottom],
    info: { title: model.title, author: model.author, creator: 'yibao', producer: 'yibao (pdfmake)' },
    defaultStyle: { font: 'Serif', fontSize: PT.body, lineHeight: LINE_HEIGHT },
    footer: (current: number, total: number) => ({
      text: `${model.footerNote ? `${model.footerNote}　　` : ''}第${current}页　共${total}页`,
      alignment: 'center',
      font: 'Serif',
      fontSize: 10.5,
      margin: [0, Math.min(40, margins.marginBottom / 2.5), 0, 0],
    }),
    content: modelContent(model),
  };
}

/**
 * 一案一卷: one PDF of a case's file — the cover, the 卷内目录 (pdfmake's table of contents,
 * page numbers filled in by the layout), then each part on its own pages, numbered through.
 * Every part is a document model (the volume's own forms — cover, lists, 备考表 — are built
 * as models too), laid out with the letter margins.
 */
export function volumeDefinition(volume: { title: string; author: string; cover: DocModel; parts: Array<{ entry: string; model: DocModel }> }): Record<string, unknown> {
  const margins = marginsOf({ layout: 'form' });
  const content: Node[] = [...modelContent(volume.cover)];
  content.push(
    { text: '卷内目录', font: 'Sans', fontSize: PT.documentTitle, alignment: 'center', margin: [0, 0, 0, 12], pageBreak: 'before' },
    { toc: { numberStyle: { font: 'Serif' }, textStyle: { font: 'Serif' } }, fontSize: PT.table },
  );
  for (const [i, part] of volume.parts.entries()) {
    const nodes = modelContent(part.model);
    // the entry in the 卷内目录: a small heading line at the top of the part's first page
    content.push({ text: `${i + 1}．${part.entry}`, tocItem: true, fontSize: 9, color: '#555555', margin: [0, 0, 0, 6], pageBreak: 'before' }, ...nodes);
  }
  return {
    pageSize: 'A4',
    pageMargins: [margins.marginLeft, margins.marginTop, margins.marginRight, margins.marginBottom],
    info: { title: volume.title, author: volume.author, creator: 'yibao', producer: 'yibao (pdfmake)' },
    defaultStyle: { font: 'Serif', fontSize: PT.body, lineHeight: LINE_HEIGHT },
    footer: (current: number, total: number) => ({ text: `第${current}页　共${total}页`, alignment: 'center', font: 'Serif', fontSize: 10.5, margin: [0, 30, 0, 0] }),
    content,
  };
}


/** Renders a volume (一案一卷) to one PDF. */
export async function renderVolumePdf(volume: Parameters<typeof volumeDefinition>[0], fontDir?: string): Promise<Buffer> {
  return pdfmakeFor(fontDir).createPdf(volumeDefinition(volume)).getBuffer();
}

function pdfmakeFor(fontDir?: string): PdfMakeServer {
  const fonts = resolvePdfFonts(fontDir);
  const allowed = new Set<string>();
  for (const family of Object.values(fonts)) for (const face of Object.values(family) as [string, string][]) allowed.add(face[0]);
  const pdfmake = newPdfMake();
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  return pdfmake;
}

/** Renders a model to a PDF buffer. */
export async function renderModelPdf(model: DocModel, fontDir?: string): Promise<Buffer> {
  return pdfmakeFor(fontDir).createPdf(pdfDefinition(model)).getBuffer();
}
