// The one error an importer throws when a file cannot be read as a catalog at all.
// Defects inside a readable catalog are ImportNotes, never errors.

/** Program-readable codes (English); the message itself is Chinese. */
export const IMPORT_ERROR_CODES = [
  'EMPTY_FILE',
  'BINARY_FILE',
  'TOO_LARGE',
  'UNDECODABLE',
  'NO_TABLE',
  'NO_ITEMS',
  /** A PDF without a text layer (scanned): OCR it first. */
  'SCANNED_PDF',
  /** A .xlsx/.xls/.docx/.pdf that its library cannot open (corrupt, encrypted, wrong extension). */
  'UNREADABLE_FORMAT',
  /** A binary format given to the synchronous reader. */
  'NEEDS_ASYNC',
  /** The path does not exist. */
  'NOT_FOUND',
  /** The path is a directory, not a file. */
  'IS_DIRECTORY',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** Files above this size are refused before any decoding (20 MiB; the largest seed is 53 KB). */
export const MAX_CATALOG_BYTES = 20 * 1024 * 1024;

export class CatalogImportError extends Error {
  readonly code: ImportErrorCode;
  readonly file: string;
  readonly line: number | undefined;
  /** The Chinese explanation without file name and code. */
  readonly reason: string;

  constructor(code: ImportErrorCode, file: string, reason: string, line?: number) {
    const where = line === undefined ? file : `${file} 第${line}行`;
    // One line: newlines in a reason would break the CLI contract.
    const oneLine = reason.replace(/\s*[\r\n]+\s*/g, ' ');
    super(`${where}：${oneLine}（${code}）`);
    this.name = 'CatalogImportError';
    this.code = code;
    this.file = file;
    this.line = line;
    this.reason = oneLine;
  }
}
