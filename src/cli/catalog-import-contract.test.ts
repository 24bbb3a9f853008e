// The JSON contract of `yibao catalog import --json` keeps its names (issue 13: fields may be
// added, none renamed or dropped). The names below are those of the first contract
// (catalogContractView, 2026-11-23); the command is run as a program runs it — the five seeds,
// a text catalog whose citations use 项 and 参照, and an .xlsx — and every name is looked for.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildXlsx } from '../catalog/import/fixtures/build.js';
import { POWER_KINDS } from '../catalog/index.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = ['000_650efb1eb094bc36', '001_cc42e2149e1dc4a3', '002_d9b76134472e1956', '003_119a4ff0c2874498', '004_cc75ecf2f3c1db82'].map((s) => join(ROOT, 'data', 'catalogs', `${s}.txt`));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** The names of the first contract: always there, or there whenever the source gives them. */
const CONTRACT = {
  // level and year are left out (undefined) when the title does not say them
  catalog: { always: ['jurisdiction', 'title', 'asOf', 'source', 'items', 'gaps', 'notes'], sometimes: ['level', 'year'] },
  source: ['file', 'sha256', 'shape', 'encoding', 'lines'],
  item: { always: ['seq', 'name', 'kind', 'rawKind', 'matter', 'targets', 'departments', 'citations', 'lines'], sometimes: ['seqInferred', 'rawName', 'nameConfidence', 'matterReason'] },
  citation: { always: ['statute', 'article', 'resolved', 'raw'], sometimes: ['paragraph', 'item', 'reason', 'detail', 'quote', 'version', 'byReference', 'quoteIsOnlyText'] },
  gap: ['seq', 'reason'],
  note: { always: ['severity', 'code', 'message'], sometimes: ['line'] },
};

type Json = Record<string, unknown>;
let dir: string;
let catalogs: Json[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-contract-'));
  const text = join(dir, 'shixian.txt');
  writeFileSync(
    text,
    [
      '示例县医疗保障局权责清单（2025年）',
      '序号\t事项名称\t职权类型\t实施依据',
      '1\t对定点医药机构骗取医疗保障基金支出的处罚\t行政处罚\t《医疗保障基金使用监督管理条例》第四十条第一款第（三）项 虚构医药服务项目',
      '2\t对个人骗取医疗保障基金支出的处罚\t行政处罚\t参照《医疗保障基金使用监督管理条例》第四十一条',
    ].join('\n'),
  );
  const xlsx = join(dir, '权责清单.xlsx');
  writeFileSync(xlsx, await buildXlsx());
  const { stdout } = await run(TSX, [join(ROOT, 'src', 'cli', 'main.ts'), 'catalog', 'import', ...SEEDS, text, xlsx, '--json'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  catalogs = JSON.parse(stdout) as Json[];
}, 180_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const items = () => catalogs.flatMap((c) => c.items as Json[]);
const citations = () => items().flatMap((i) => i.citations as Json[]);

describe('catalog import --json keeps the names of its contract', () => {
  it('one object per file, each with the catalog and source names', () => {
    expect(catalogs).toHaveLength(SEEDS.length + 2);
    for (const c of catalogs) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(CONTRACT.catalog.always));
      if ('year' in c) expect(typeof c.year).toBe('number');
      expect(Object.keys(c.source as Json)).toEqual(expect.arrayContaining(CONTRACT.source));
      expect(typeof (c.source as Json).sha256).toBe('string');
    }
    const seen = new Set(catalogs.slice(0, SEEDS.length).flatMap((c) => Object.keys(c)));
    for (const name of CONTRACT.catalog.sometimes) expect(seen, name).toContain(name);
  });

  it('every item has the names it always had, with their types; the occasional names occur', () => {
    expect(items().length).toBeGreaterThan(80);
    for (const i of items()) {
      expect(Object.keys(i)).toEqual(expect.arrayContaining(CONTRACT.item.always));
      expect(typeof i.seq).toBe('number');
      expect(typeof i.name).toBe('string');
      expect(POWER_KINDS).toContain(i.kind);
      expect(typeof i.rawKind).toBe('string');
      expect(i.matter === null || typeof (i.matter as Json).id === 'string').toBe(true);
      expect(Array.isArray(i.targets) && Array.isArray(i.departments) && Array.isArray(i.citations)).toBe(true);
      expect(i.lines).toEqual([expect.any(Number), expect.any(Number)]);
    }
    const seen = new Set(items().flatMap((i) => Object.keys(i)));
    for (const name of CONTRACT.item.sometimes) expect(seen, name).toContain(name);
  });

  it('every citation, gap and note has its names', () => {
    for (const c of citations()) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(CONTRACT.citation.always));
      expect(typeof c.article).toBe('number');
      expect(typeof c.resolved).toBe('boolean');
    }
    const seen = new Set(citations().flatMap((c) => Object.keys(c)));
    for (const name of CONTRACT.citation.sometimes) expect(seen, name).toContain(name);
    const gaps = catalogs.flatMap((c) => c.gaps as Json[]);
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(Object.keys(g).sort()).toEqual(expect.arrayContaining(CONTRACT.gap));
    const notes = catalogs.flatMap((c) => c.notes as Json[]);
    for (const n of notes) expect(Object.keys(n)).toEqual(expect.arrayContaining(CONTRACT.note.always));
    expect(new Set(notes.flatMap((n) => Object.keys(n)))).toContain('line');
  });
});

describe('catalog import of a scanned PDF', () => {
  it('exits 2 with one line naming the file and OCR as the remedy, and prints no JSON', async () => {
    const scanned = join(ROOT, 'src', 'catalog', 'import', 'fixtures', 'files', 'scanned.pdf');
    const r = await run(TSX, [join(ROOT, 'src', 'cli', 'main.ts'), 'catalog', 'import', scanned, '--json'], { cwd: ROOT, timeout: 60_000 }).then(
      (x) => ({ code: 0, stdout: x.stdout, stderr: x.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('scanned.pdf');
    expect(lines[0]).toMatch(/OCR/);
  }, 60_000);
});
