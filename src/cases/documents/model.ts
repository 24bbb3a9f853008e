// The neutral document model: each document is built once as a list of blocks, and
// rendered twice (docx and pdf). Sizes are in points.

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Span {
  text: string;
  bold?: boolean;
  underline?: boolean;
  /** 黑体 (sans) instead of the body 仿宋 (serif) */
  heading?: boolean;
}

export interface Cell {
  /** one entry per paragraph in the cell */
  lines: Span[][];
  colSpan?: number;
  align?: Align;
  /** a label cell (黑体, centred) */
  label?: boolean;
}

export interface Row {
  cells: Cell[];
  /** minimum height in points */
  minHeight?: number;
}

export type Block =
  /** centred title: the bureau's name, then the document's name */
  | { type: 'title'; text: string; level: 'bureau' | 'document' }
  /** 文号 line */
  | { type: 'docNumber'; text: string; align: 'center' | 'right' }
  /** 黑体 heading inside the body, e.g. 一、违法事实 */
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; spans: Span[]; align?: Align; indent?: boolean; small?: boolean }
  /** columns: relative widths */
  | { type: 'table'; columns: number[]; rows: Row[] }
  /** right-aligned block: bureau, date (and the place of the seal) */
  | { type: 'signature'; lines: string[] }
  | { type: 'spacer'; lines: number };

export interface DocModel {
  /** the document's name (for metadata) */
  title: string;
  /** the bureau's name (for metadata) */
  author: string;
  /** 印章文字 of the seal the document carries (for metadata and electronic seals) */
  seal?: string;
  blocks: Block[];
  /** letter: GB/T 9704 margins; form: narrower margins for the table forms */
  layout: 'letter' | 'form';
  /** text in every page's footer before the page number, e.g. the signature line of a 询问笔录 */
  footerNote?: string;
}

export const PT = {
  bureauTitle: 22, // 二号
  documentTitle: 22, // 二号
  docNumber: 16, // 三号
  body: 16, // 三号
  table: 12, // 小四
  small: 12,
  lineHeight: 28, // 固定值 28 磅 (GB/T 9704 版心 22 行×28 磅)
} as const;

/** A4 in points, margins after GB/T 9704 (上 37 mm, 下 35 mm, 左 28 mm, 右 26 mm). */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginTop: 104.9,
  marginBottom: 99.2,
  marginLeft: 79.4,
  marginRight: 73.7,
} as const;

/** Margins of the table forms (立案审批表, 送达回证, 结案报告): 25 mm / 20 mm / 25 mm / 20 mm. */
export const FORM_MARGINS = { marginTop: 70.9, marginBottom: 56.7, marginLeft: 70.9, marginRight: 56.7 } as const;

export interface Margins {
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

export function marginsOf(model: { layout: 'letter' | 'form' }): Margins {
  return model.layout === 'form' ? FORM_MARGINS : PAGE;
}

export function contentWidthOf(model: { layout: 'letter' | 'form' }): number {
  const m = marginsOf(model);
  return PAGE.width - m.marginLeft - m.marginRight;
}

// Small builders used by the document definitions.
export const t = (text: string, extra: Omit<Span, 'text'> = {}): Span => ({ text, ...extra });
export const p = (text: string | Span[], opts: { align?: Align; indent?: boolean; small?: boolean } = {}): Block => ({
  type: 'paragraph',
  spans: typeof text === 'string' ? [t(text)] : text,
  indent: opts.indent ?? true,
  ...(opts.align ? { align: opts.align } : {}),
  ...(opts.small ? { small: true } : {}),
});
export const cell = (text: string | Span[] | Span[][], opts: Omit<Cell, 'lines'> = {}): Cell => {
  const lines: Span[][] =
    typeof text === 'string'
      ? text.split('\n').map((line) => [t(line)])
      : text.length > 0 && Array.isArray(text[0])
        ? (text as Span[][])
        : [text as Span[]];
  return { lines, ...opts };
};
export const label = (text: string, opts: Omit<Cell, 'lines' | 'label'> = {}): Cell => ({
  lines: text.split('\n').map((line) => [t(line)]),
  label: true,
  align: 'center',
  ...opts,
});
