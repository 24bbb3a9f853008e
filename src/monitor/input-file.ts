// What a data file is before DuckDB reads it: its encoding (UTF-8, UTF-8 with BOM, UTF-16
// with BOM, else GB18030/GBK as the catalog importer decides), its header line, whether it
// has any data line and whether a record can span lines (quotes). A file that is not UTF-8
// is transcoded to a UTF-8 copy in a work folder; bytes that decode as neither stop the load
// with the line they are on.
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { basename, join } from 'node:path';

export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface CsvFileInfo {
  /** The file DuckDB reads: the original, or a UTF-8 copy. */
  readPath: string;
  encoding: FileEncoding;
  /** Column names of the header line, trimmed. */
  header: string[];
  /** False when nothing but the header (and blank lines) follows it. */
  hasDataLine: boolean;
  /** Whether a double quote occurs anywhere (a quoted field may then span lines). */
  hasQuotes: boolean;
}

export class InputFileError extends Error {
  constructor(readonly code: 'EMPTY_FILE' | 'HEADER_ONLY' | 'UNDECODABLE' | 'NO_HEADER' | 'UNREADABLE', readonly file: string, readonly line: number | null, message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

const CHUNK = 16 * 1024 * 1024;

/** Number of bytes at the end of `buf` (up to 3) that start an incomplete UTF-8 sequence. */
function incompleteTail(buf: Buffer, end: number): number {
  for (let back = 1; back <= 3 && back <= end; back++) {
    const b = buf[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function countNewlines(buf: Buffer, end: number): number {
  let n = 0;
  let i = buf.indexOf(0x0a, 0);
  while (i >= 0 && i < end) {
    n++;
    i = buf.indexOf(0x0a, i + 1);
  }
  return n;
}

/** Splits a CSV header line into trimmed names (quotes removed). */
export function parseHeaderLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/**
 * Looks at a CSV file: encoding (transcoding to `workDir` when it is not UTF-8), header,
 * data lines. Throws InputFileError for an empty file, a file with no header, or bytes
 * that are neither UTF-8 nor GB18030.
 */
export function inspectCsv(path: string, workDir: string): CsvFileInfo {
  const size = statSync(path).size;
  if (size === 0) throw new InputFileError('EMPTY_FILE', path, null, '文件为空（0 字节）');
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(CHUNK + 4);
  let encoding: FileEncoding = 'utf-8';
  let hasQuotes = false;
  try {
    const first = readSync(fd, buf, 0, Math.min(4, size), 0);
    if (first >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
      encoding = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    } else {
      if (first >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) encoding = 'utf-8-bom';
      // UTF-8 check chunk by chunk (native, fast); an incomplete sequence at a chunk's end is carried over.
      let pos = 0;
      let carry = 0;
      while (pos < size) {
        const n = readSync(fd, buf, carry, Math.min(CHUNK, size - pos), pos);
        const end = carry + n;
        const last = pos + n >= size;
        const tail = last ? 0 : incompleteTail(buf, end);
        if (!hasQuotes && buf.subarray(0, end).indexOf(0x22) >= 0) hasQuotes = true;
        if (!isUtf8(buf.subarray(0, end - tail))) {
          encoding = 'gb18030';
          break;
        }
        buf.copy(buf, 0, end - tail, end);
        carry = tail;
        pos += n;
      }
    }
  } finally {
    closeSync(fd);
  }
  let readPath = path;
  if (encoding === 'gb18030' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    const r = transcode(path, encoding, join(workDir, `${basename(path)}.utf8.csv`));
    readPath = r.path;
    hasQuotes = r.hasQuotes;
  }
  // Header and the first data line, from the start of the (UTF-8) file.
  const fd2 = openSync(readPath, 'r');
  let head: string;
  try {
    const b = Buffer.allocUnsafe(1 << 20);
    const n = readSync(fd2, b, 0, b.length, 0);
    head = b.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd2);
  }
  const lines = head.split(/\r?\n/);
  const headerLine = lines[0] ?? '';
  if (headerLine.trim() === '') {
    const anyText = lines.some((l) => l.trim() !== '');
    throw new InputFileError(anyText ? 'NO_HEADER' : 'EMPTY_FILE', path, 1, anyText ? '第 1 行不是表头（为空行）' : '文件只有空白，没有表头和数据');
  }
  const header = parseHeaderLine(headerLine);
  const hasDataLine = lines.slice(1).some((l) => l.trim() !== '') || head.length >= (1 << 20) - 4;
  return { readPath, encoding, header, hasDataLine, hasQuotes };
}

/** Decodes a whole file as GB18030 or UTF-16 into a UTF-8 copy, failing on undecodable bytes with their line. */
function transcode(path: string, encoding: 'gb18030' | 'utf-16le' | 'utf-16be', out: string): { path: string; hasQuotes: boolean } {
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  const ofd = openSync(out, 'w');
  const decoder = new TextDecoder(encoding, { fatal: true });
  const buf = Buffer.allocUnsafe(CHUNK);
  let pos = 0;
  let lineBase = 1;
  let hasQuotes = false;
  try {
    while (pos < size) {
      const n = readSync(fd, buf, 0, Math.min(CHUNK, size - pos), pos);
      const chunk = buf.subarray(0, n);
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: pos + n < size });
      } catch {
        throw new InputFileError('UNDECODABLE', path, lineBase + badLineOffset(chunk, encoding), `既不是 UTF-8 也不是 ${encoding === 'gb18030' ? 'GB18030/GBK' : 'UTF-16'} 文本：有无法解码的字节`);
      }
      if (!hasQuotes && text.includes('"')) hasQuotes = true;
      writeSync(ofd, pos === 0 ? text.replace(/^\uFEFF/, '') : text);
      if (encoding === 'gb18030') lineBase += countNewlines(chunk, n);
      pos += n;
    }
  } finally {
    closeSync(fd);
    closeSync(ofd);
  }
  return { path: out, hasQuotes };
}

/** The 0-based line within a chunk where decoding first fails (each line decoded on its own). */
function badLineOffset(chunk: Buffer, encoding: string): number {
  let start = 0;
  let line = 0;
  while (start < chunk.length) {
    let end = chunk.indexOf(0x0a, start);
    if (end < 0) end = chunk.length;
    try {
      new TextDecoder(encoding, { fatal: true }).decode(chunk.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line++;
  }
  return line;
}

/**
 * Physical line (1-based, the header is line 1) where each data record 0..maxRecord
 * starts, for a file whose quoted fields may span lines: a small CSV state machine over the
 * UTF-8 file. Only used to name the line of a problem row, so it runs only when there is one.
 * A record past the end of the file has 0.
 */
export function recordStartLines(readPath: string, maxRecord: number): Int32Array {
  const out = new Int32Array(maxRecord + 1);
  const size = statSync(readPath).size;
  const fd = openSync(readPath, 'r');
  const buf = Buffer.allocUnsafe(CHUNK);
  let pos = 0;
  let line = 1;
  let record = -1; // the header
  let quoted = false;
  let atStart = false;
  try {
    while (pos < size && record <= maxRecord) {
      const n = readSync(fd, buf, 0, Math.min(CHUNK, size - pos), pos);
      for (let i = 0; i < n; i++) {
        const b = buf[i]!;
        if (atStart) {
          if (b === 0x0a) {
            line++;
            continue;
          }
          if (b === 0x0d) continue;
          atStart = false;
          if (record <= maxRecord) out[record] = line;
        }
        if (b === 0x22) quoted = !quoted;
        else if (b === 0x0a) {
          line++;
          if (!quoted) {
            record++;
            atStart = true;
          }
        }
      }
      pos += n;
    }
  } finally {
    closeSync(fd);
  }
  return out;
}
