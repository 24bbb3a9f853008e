// Renders the neutral document model to .docx with the `docx` package.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import { contentWidthOf, marginsOf, PAGE, PT, type Align, type Block, type Cell, type DocModel, type Span } from './model.js';
import { DOCX_FONTS } from './fonts.js';

const TWIP = 20; // twips per point
const half = (pt: number): number => Math.round(pt * 2); // docx sizes are half-points

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const HEADING_FONT = font(DOCX_FONTS.heading);
const BODY_FONT = font(DOCX_FONTS.body);

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
} as const;

function runs(list: Span[], size?: number): TextRun[] {
  return list.map((s) => {
    const opts: IRunOptions = {
      text: s.text,
      ...(s.bold ? { bold: true } : {}),
      ...(s.underline ? { underline: {} } : {}),
      ...(s.heading ? { font: HEADING_FONT } : {}),
      ...(size ? { size: half(size) } : {}),
    };
    return new TextRun(opts);
  });
}

const exactLines = { line: PT.lineHeight * TWIP, lineRule: LineRuleType.EXACT } as const;
const autoLines = (factor: number) => ({ line: Math.round(240 * factor), lineRule: LineRuleType.AUTO });

function cellParagraphs(c: Cell): Paragraph[] {
  return c.lines.map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[(c.align ?? 'left') as Align],
        spacing: autoLines(1.15),
        children: c.label
          ? line.map((s) => new TextRun({ text: s.text, font: HEADING_FONT, size: half(PT.table) }))
          : runs(line, PT.table),
      }),
  );
}

function blockElements(b: Block, contentWidth: number, keepNext = false): (Paragraph | Table)[] {
  switch (b.type) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { ...autoLines(1.2), after: b.level === 'bureau' ? 80 : 160 },
          children: [
            new TextRun({
              text: b.text,
              font: HEADING_FONT,
              size: half(b.level === 'bureau' ? PT.bureauTitle : PT.documentTitle),
              ...(b.level === 'document' ? { characterSpacing: 40 } : {}),
            }),
          ],
        }),
      ];
    case 'docNumber':
      return [
        new Paragraph({
          alignment: ALIGN[b.align],
          spacing: { ...exactLines, before: 80, after: 280 },
          children: [new TextRun({ text: b.text, size: half(PT.docNumber) })],
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          indent: { firstLine: PT.body * 2 * TWIP },
          spacing: exactLines,
          children: [new TextRun({ text: b.text, font: HEADING_FONT })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[b.align ?? 'justify'],
          spacing: exactLines,
          ...(keepNext ? { keepNext: true, keepLines: true } : {}),
          ...(b.indent ? { indent: { firstLine: PT.body * 2 * TWIP } } : {}),
          children: runs(b.spans, b.small ? PT.small : undefined),
        }),
      ];
    case 'table': {
      const total = b.columns.reduce((a, w) => a + w, 0);
      const widthTw = Math.floor(contentWidth * TWIP);
      const columnWidths = b.columns.map((w) => Math.floor((widthTw * w) / total));
      const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
      const rows = b.rows.map((row) => {
        let col = 0;
        const cells = row.cells.map((c) => {
          const span = c.colSpan ?? 1;
          const width = columnWidths.slice(col, col + span).reduce((a, w) => a + w, 0);
          col += span;
          return new TableCell({
            children: cellParagraphs(c),
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            margins: { left: 80, right: 80, top: 60, bottom: 60 },
            ...(span > 1 ? { columnSpan: span } : {}),
          });
        });
        return new TableRow({
          children: cells,
          cantSplit: true,
          ...(row.minHeight ? { height: { value: row.minHeight * TWIP, rule: HeightRule.ATLEAST } } : {}),
        });
      });
      return [
        new Table({
          rows,
          columnWidths,
          width: { size: widthTw, type: WidthType.DXA },
          borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
        }),
        new Paragraph({ spacing: autoLines(1), children: [] }),
      ];
    }
    case 'signature': {
      // centre the lines on the widest one, the whole block set in two characters from the right margin
      const widest = Math.max(...b.lines.map((l) => [...l].length));
      const blockWidth = (widest + 1) * PT.body * TWIP;
      const left = Math.max(0, Math.floor(contentWidth * TWIP) - blockWidth - PT.body * 2 * TWIP);
      return b.lines.map(
        (l, i) =>
          new Paragraph({
            alignment: AlignmentType.CENTER,
            ...(i < b.lines.length - 1 ? { keepNext: true } : {}),
            indent: { left, right: PT.body * 2 * TWIP },
            spacing: exactLines,
            children: [new TextRun(l)],
          }),
      );
    }
    case 'spacer':
      return Array.from({ length: b.lines }, () => new Paragraph({ spacing: exactLines, keepNext, children: [] }));
  }
}

/** The paragraph and spacers right before a signature stay on its page (no signature alone on a page). */
function keptWithSignature(blocks: Block[], i: number): boolean {
  for (let j = i + 1; j < blocks.length; j++) {
    const next = blocks[j]!;
    if (next.type === 'signature') return true;
    if (next.type !== 'spacer') return false;
  }
  return false;
}

export function docxDocument(model: DocModel): Document {
  const margins = marginsOf(model);
  const width = contentWidthOf(model);
  return new Document({
    creator: 'yibao',
    title: model.title,
    description: `${model.author}${model.title}`,
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: half(PT.body), language: { value: 'en-US', eastAsia: 'zh-CN' } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(PAGE.width * TWIP), height: Math.round(PAGE.height * TWIP) },
            margin: {
              top: Math.round(margins.marginTop * TWIP),
              bottom: Math.round(margins.marginBottom * TWIP),
              left: Math.round(margins.marginLeft * TWIP),
              right: Math.round(margins.marginRight * TWIP),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [`${model.footerNote ? `${model.footerNote}　　` : ''}第`, PageNumber.CURRENT, '页　共', PageNumber.TOTAL_PAGES, '页'],
                    size: 21,
                  }),
                ],
              }),
            ],
          }),
        },
        children: model.blocks.flatMap((b, i) => blockElements(b, width, keptWithSignature(model.blocks, i))),
      },
    ],
  });
}

/** Renders a model to a .docx buffer. */
export async function renderModelDocx(model: DocModel): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(model));
}
