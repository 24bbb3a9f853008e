// Encoding detection: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset
// of GBK and GB2312, the usual encodings of government files). Binary input is refused.
import type { ImportNote } from '../model.js';
import { CatalogImportError, MAX_CATALOG_BYTES } from './errors.js';

export interface DecodedText {
  text: string;
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be' or 'gb18030'. */
  encoding: string;
  notes: ImportNote[];
}

function controlRatio(text: string): number {
  let control = 0;
  let replacement = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
    else if (c === 0xfffd) replacement++;
  }
  return sample.length === 0 ? 0 : (control + replacement) / sample.length;
}

/** Decode the bytes of a catalog file, or throw CatalogImportError (empty, too large, binary). */
export function decodeCatalogBytes(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length > MAX_CATALOG_BYTES) {
    throw new CatalogImportError(
      'TOO_LARGE',
      file,
      `文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），清单文件上限为 ${MAX_CATALOG_BYTES / 1024 / 1024} MB`,
    );
  }
  if (bytes.length === 0) throw new CatalogImportError('EMPTY_FILE', file, '文件为空');

  const notes: ImportNote[] = [];
  // UTF-16 with a byte-order mark: its ASCII has NUL bytes, so look at it before the NUL test.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding).decode(bytes);
    return finish(text, encoding, notes, file);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new CatalogImportError('BINARY_FILE', file, `不是文本文件：第 ${nul} 字节处有空字节（NUL），像是二进制文件`);
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, hasBom ? 'utf-8-bom' : 'utf-8', notes, file);
  // UTF-8 cut in the middle of a character (a download or copy that stopped): the text is
  // UTF-8 up to its last, incomplete character — not GB18030.
  const cut = truncatedUtf8Tail(bytes);
  if (cut > 0) {
    const prefix = tryDecode('utf-8', bytes.subarray(0, bytes.length - cut));
    if (prefix !== null && /[\u0080-\uffff]/.test(prefix)) {
      notes.push({
        severity: 'error',
        code: 'utf8-truncated',
        message: `文件是 UTF-8 文本，但在一个字符的中间结束（UTF-8 截断：最后 ${cut} 个字节不是完整字符），文件可能不完整；已读取截断前的内容`,
      });
      return finish(prefix, hasBom ? 'utf-8-bom' : 'utf-8', notes, file);
    }
  }
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) {
    notes.push({ severity: 'info', code: 'encoding-gb18030', message: '文件不是 UTF-8，已按 GB18030（GBK）解码' });
    return finish(gb, 'gb18030', notes, file);
  }
  const text = new TextDecoder('gb18030').decode(bytes);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad / Math.max(1, text.length) > 0.01) {
    throw new CatalogImportError('UNDECODABLE', file, `既不是 UTF-8 也不是 GB18030/GBK 文本：${bad} 个字符无法解码`);
  }
  notes.push({
    severity: 'warning',
    code: 'encoding-lossy',
    message: `文件按 GB18030（GBK）解码，有 ${bad} 个字节序列无法解码，已替换为 �`,
  });
  return finish(text, 'gb18030', notes, file);
}

/** Number of bytes at the end that start a UTF-8 character without finishing it (0 if none). */
function truncatedUtf8Tail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 0;
    return need > k ? k : 0;
  }
  return 0;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function finish(text: string, encoding: string, notes: ImportNote[], file: string): DecodedText {
  if (controlRatio(text) > 0.02) {
    throw new CatalogImportError('BINARY_FILE', file, '不是文本文件：控制字符或无法解码的字符过多，像是二进制文件');
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new CatalogImportError('EMPTY_FILE', file, '文件没有任何文字（只有空白）');
  return { text: text.replace(/^\uFEFF/, ''), encoding, notes };
}
