// Public entry of the 文书 (enforcement documents): the document kinds and their zod input
// schemas, the issuing bureaus (data/documents/bureaus.json) and the 复议机关 rule, the
// statutory periods, and the renderers to .docx and .pdf.
import { buildDocument } from './builders.js';
import { DocumentError } from './format.js';
import { renderModelDocx } from './render-docx.js';
import { renderModelPdf } from './render-pdf.js';
export { renderVolumePdf } from './render-pdf.js';
import { DOCUMENT_KINDS, type DocumentInputs, type DocumentKind } from './types.js';

export * from './types.js';
export * as documentInputSchemas from './inputs.js';
export { DocumentError, formatFen, chineseDate, numericDate, numericDateTime, periodText, type FormattedAmount } from './format.js';
export {
  BureauSchema,
  BureausFileSchema,
  DEFAULT_BUREAUS_FILE,
  NUMBERED_KINDS,
  bureauByName,
  bureauFor,
  bureauGaps,
  docNumberPrefixOf,
  formatDocNumber,
  issuerFor,
  loadBureaus,
  parseBureauFile,
  type BureauConfig,
  type BureauRegistry,
  type BureausFile,
} from './bureaus.js';
export { RECONSIDERATION_RULES, reconsiderationFor, reconsiderationRuleOn, remedyFor, type Reconsideration, type ReconsiderationRule } from './reconsideration.js';
export { statutoryPeriod, periodById, priorNoticeRights, lateFeeRule, type StatutoryBasis, type StatutoryPeriodName } from './config.js';
export { LAW, LISTS, type LawText, type LawList } from './law-texts.js';
export { buildDocument, validateDocumentInput, measureBlocks, FORM_KINDS } from './builders.js';
export type { DocModel, Block } from './model.js';
export { DEFAULT_CJK_FONT_DIR, DOCX_FONTS } from './fonts.js';

export interface RenderOptions {
  /** folder with NotoSansCJK-Regular.ttc (and the Serif/Bold collections); default YIBAO_CJK_FONT_DIR or /usr/share/fonts/opentype/noto */
  fontDir?: string;
}

function checkKind(kind: string): asserts kind is DocumentKind {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    throw new DocumentError('UNKNOWN_KIND', `未知的文书种类：${kind}（可选：${DOCUMENT_KINDS.join('、')}）`);
  }
}

/** Renders a document in either format (its input validated first). */
export async function renderDocument<K extends DocumentKind>(
  kind: K,
  data: DocumentInputs[K],
  format: 'docx' | 'pdf',
  options: RenderOptions = {},
): Promise<Buffer> {
  return format === 'docx' ? renderDocx(kind, data) : renderPdf(kind, data, options);
}

/** Renders a document as .docx. */
export async function renderDocx<K extends DocumentKind>(kind: K, data: DocumentInputs[K]): Promise<Buffer> {
  checkKind(kind);
  return renderModelDocx(buildDocument(kind, data));
}

/** Renders a document as PDF (fonts embedded). */
export async function renderPdf<K extends DocumentKind>(kind: K, data: DocumentInputs[K], options: RenderOptions = {}): Promise<Buffer> {
  checkKind(kind);
  return renderModelPdf(buildDocument(kind, data), options.fontDir);
}
