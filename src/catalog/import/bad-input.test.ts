// Bad input: every file here is generated in a temp folder and read back from disk.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../model.js';
import { CatalogImportError, MAX_CATALOG_BYTES, readCatalog } from './index.js';

const SEEDS = fileURLToPath(new URL('../../../data/catalogs/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'yibao-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function roundTrip(name: string, bytes: Uint8Array): Buffer {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return readFileSync(path);
}

function importError(name: string, bytes: Uint8Array): CatalogImportError {
  try {
    readCatalog(roundTrip(name, bytes), name);
  } catch (e) {
    if (e instanceof CatalogImportError) return e;
    throw e;
  }
  throw new Error(`${name} was imported`);
}

function expectOneLine(e: CatalogImportError, name: string): void {
  expect(e.message).not.toMatch(/[\r\n]/);
  expect(e.message.startsWith(name)).toBe(true);
  expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(e.message).toContain(`（${e.code}）`);
  expect(e.file).toBe(name);
}

/**
 * A GB18030 encoder built from the platform's decoder (no iconv here): every two-byte GBK
 * code and every four-byte BMP code is decoded once and inverted; supplementary-plane
 * characters use GB18030's linear four-byte mapping.
 */
function gb18030Encoder(): (s: string) => Uint8Array {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let b1 = 0x81; b1 <= 0xfe; b1++) {
    for (let b2 = 0x40; b2<= 0xfe; b2++) {
      if (b2 === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([b1, b2]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [b1, b2]);
    }
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++)
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          const ch = dec.decode(new Uint8Array([b1, b2, b3, b4]));
          if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [b1, b2, b3, b4]);
        }
  return (s: string) => {
    const out: number[] = [];
    for (const ch of s) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 0x80) out.push(cp);
      else if (cp >= 0x10000) {
        let linear = cp - 0x10000;
        const b4 = (linear % 10) + 0x30;
        linear = Math.floor(linear / 10);
        const b3 = (linear % 126) + 0x81;
        linear = Math.floor(linear / 126);
        const b2 = (linear % 10) + 0x30;
        const b1 = Math.floor(linear / 10) + 0x90;
        out.push(b1, b2, b3, b4);
      } else {
        const bytes = table.get(ch);
        if (!bytes) throw new Error(`cannot encode U+${cp.toString(16)}`);
        out.push(...bytes);
      }
    }
    return Uint8Array.from(out);
  };
}

/** The parts of a catalog that do not depend on the bytes' encoding. */
function content(c: Catalog): unknown {
  return { ...c, source: { ...c.source, sha256: '', encoding: '' }, notes: c.notes.filter((n) => !n.code.startsWith('encoding')) };
}

describe('bad input', () => {
  it('refuses an empty file and a file of blanks', () => {
    const e = importError('empty.txt', new Uint8Array());
    expect(e.code).toBe('EMPTY_FILE');
    expectOneLine(e, 'empty.txt');
    expect(importError('blank.txt', Buffer.from(' \n\t\n\u3000\n')).code).toBe('EMPTY_FILE');
  });

  it('refuses binary files, with or without NUL bytes', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const e = importError('image.png', png);
    expect(e.code).toBe('BINARY_FILE');
    expectOneLine(e, 'image.png');
    // Pseudo-random bytes 1..255 (no NUL): not UTF-8, and mostly control characters as GB18030.
    let x = 12345;
    const noise = new Uint8Array(4096).map(() => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return 1 + (x % 255);
    });
    expect(['BINARY_FILE', 'UNDECODABLE']).toContain(importError('noise.bin', noise).code);
  });

  it('refuses text with no table at all', () => {
    const e = importError('prose.txt', Buffer.from('医疗保障局关于做好基金监管工作的通知\n\n各县区医疗保障局：现将有关事项通知如下。\n'));
    expect(e.code).toBe('NO_TABLE');
    expectOneLine(e, 'prose.txt');
  });

  it('refuses a header with no item under it, naming the header line', () => {
    const e = importError('header-only.txt', Buffer.from('# 某市医疗保障局清单\n\n序号\t项目名称\t执法类别\n\n'));
    expect(e.code).toBe('NO_ITEMS');
    expect(e.line).toBe(3);
    expect(e.message).toContain('header-only.txt 第3行');
  });

  it('imports a file cut off mid-row and reports the cut line', () => {
    const seed = readFileSync(join(SEEDS, '000_650efb1eb094bc36.txt'), 'utf8');
    const lines = seed.split('\n');
    const last = lines[24] ?? '';
    const cells = last.split('\t');
    // Cut in the middle of the basis cell of item 17 (line 25): 承办机构 is there, 实施对象 is not.
    lines[24] = [...cells.slice(0, 4), (cells[4] ?? '').slice(0, 20)].join('\t');
    const cut = readCatalog(roundTrip('cut.txt', Buffer.from(lines.slice(0, 25).join('\n'))), 'cut.txt');
    expect(cut.items).toHaveLength(17);
    const note = cut.notes.find((n) => n.code === 'row-truncated');
    expect(note?.line).toBe(25);
    expect(note?.message).toContain('实施对象');
    expect(cut.items[16]?.bases[0]?.text).toBe((cells[4] ?? '').slice(0, 20));
  });

  it(`refuses a 50 MB file at once (cap ${MAX_CATALOG_BYTES / 1024 / 1024} MB)`, () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x41);
    const t0 = performance.now();
    const e = importError('big.txt', big);
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toContain('50.0 MB');
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('reads a large text under the cap quickly (8 MB of prose: no table)', () => {
    const prose = Buffer.from('医疗保障基金使用监督管理，依法查处违法使用医疗保障基金的行为。\n'.repeat(90_000));
    expect(prose.length).toBeGreaterThan(8_000_000);
    const t0 = performance.now();
    expect(importError('prose-big.txt', prose).code).toBe('NO_TABLE');
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('reads a GBK/GB18030 copy of a seed exactly as the UTF-8 one', () => {
    const encode = gb18030Encoder();
    for (const file of ['000_650efb1eb094bc36.txt', '001_cc42e2149e1dc4a3.txt', '004_cc75ecf2f3c1db82.txt']) {
      const utf8 = readFileSync(join(SEEDS, file));
      const gbk = encode(utf8.toString('utf8'));
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
      const a = readCatalog(utf8, file);
      const b = readCatalog(roundTrip(`gbk-${file}`, gbk), file);
      expect(b.source.encoding).toBe('gb18030');
      expect(b.notes.some((n) => n.code === 'encoding-gb18030')).toBe(true);
      expect(content(b)).toEqual(content(a));
    }
  });

  it('reads GB18030 with a few broken byte pairs, saying so', () => {
    const encode = gb18030Encoder();
    const utf8 = readFileSync(join(SEEDS, '000_650efb1eb094bc36.txt'), 'utf8');
    const gbk = Buffer.from(encode(utf8));
    // Break one two-byte character inside a basis cell: a lead byte followed by a tab is not valid.
    const at = gbk.indexOf(Buffer.from(encode('骗取')));
    gbk[at + 1] = 0x09;
    const c = readCatalog(roundTrip('lossy.txt', gbk), 'lossy.txt');
    expect(c.items).toHaveLength(17);
    expect(c.source.encoding).toBe('gb18030');
    expect(c.notes.find((n) => n.code === 'encoding-lossy')?.severity).toBe('warning');
  });

  it('reads UTF-8 with a BOM and UTF-16 with a BOM', () => {
    const utf8 = readFileSync(join(SEEDS, '002_d9b76134472e1956.txt'));
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    const a = readCatalog(utf8, 'x.txt', { undatedAsOf: '2025-01-01' });
    const b = readCatalog(roundTrip('bom.txt', bom), 'x.txt', { undatedAsOf: '2025-01-01' });
    expect(b.source.encoding).toBe('utf-8-bom');
    expect(content(b)).toEqual(content(a));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8.toString('utf8'), 'utf16le')]);
    const c = readCatalog(roundTrip('utf16.txt', utf16), 'x.txt', { undatedAsOf: '2025-01-01' });
    expect(c.source.encoding).toBe('utf-16le');
    expect(content(c)).toEqual(content(a));
  });
});
