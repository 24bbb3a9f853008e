// The `yibao catalog` command as other tools see it: exit codes, one-line errors, JSON shapes.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, 'data', 'catalogs');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function yibao(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join(ROOT, 'src', 'cli', 'main.ts'), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 60000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-cli-'));
});

describe('yibao catalog import', () => {
  it('prints the contract JSON for several files, exit 0', async () => {
    const r = await yibao('catalog', 'import', join(SEEDS, '000_650efb1eb094bc36.txt'), join(SEEDS, '004_cc75ecf2f3c1db82.txt'), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0].jurisdiction).toBe('阳泉市医疗保障局');
    expect(out[0].items[0]).toMatchObject({ seq: 1, kind: '行政处罚', matter: { id: expect.any(String) } });
    expect(out[0].items[0].citations[0]).toMatchObject({ statute: '中华人民共和国社会保险法', article: 88, resolved: true });
    expect(out[1].gaps).toEqual([expect.objectContaining({ seq: 14 })]);
    const ocrItem = out[1].items.find((i: { seq: number }) => i.seq === 1);
    expect(ocrItem.rawName).toBeTruthy();
    expect(ocrItem.name).not.toBe(ocrItem.rawName);
  });

  it.each([
    ['an empty file', () => writeFileSync(join(dir, 'empty.txt'), ''), 'empty.txt'],
    ['a binary file', () => writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 0, 0xff])), 'binary.txt'],
    ['a text with no table', () => writeFileSync(join(dir, 'prose.txt'), '这是一段没有表格的普通文字。\n第二行也没有。\n'), 'prose.txt'],
    ['a 50 MB file', () => {
      const fd = openSync(join(dir, 'huge.txt'), 'w');
      ftruncateSync(fd, 50 * 1024 * 1024);
      closeSync(fd);
    }, 'huge.txt'],
    ['a missing file', () => undefined, 'missing.txt'],
  ])('%s: exit 2 with one line naming the file', async (_label, make, name) => {
    make();
    const started = Date.now();
    const r = await yibao('catalog', 'import', join(dir, name), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(Date.now() - started).toBeLessThan(20000);
  });

  it('a directory: exit 2 with its own message, no stack trace', async () => {
    const r = await yibao('catalog', 'import', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('IS_DIRECTORY');
    expect(r.stderr).toContain('这是一个目录');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+|内部错误|NO_TABLE/);
    const lint = await yibao('catalog', 'lint', join(dir, 'nope.txt'));
    expect(lint.code).toBe(2);
    expect(lint.stderr).toContain('文件不存在（NOT_FOUND）');
  });

  it('--map 列名=字段 reads a table by the maintainer’s mapping; a bad mapping is exit 2', async () => {
    writeFileSync(join(dir, 'odd.txt'), ['示例市医疗保障局清单', '号\t行为\t种类', '1\t对个人骗取医疗保障基金支出的处罚\t行政处罚'].join('\n'));
    const refused = await yibao('catalog', 'import', join(dir, 'odd.txt'), '--json');
    expect(refused.code).toBe(2);
    const r = await yibao('catalog', 'import', join(dir, 'odd.txt'), '--map', '号=序号', '--map', '行为=事项名称', '--map', '种类=职权类型', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items[0]).toMatchObject({ seq: 1, kind: '行政处罚', name: '对个人骗取医疗保障基金支出的处罚' });
    const bad = await yibao('catalog', 'import', join(dir, 'odd.txt'), '--map', '号=乱写');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('不认识');
  });

  it('an .xlsx catalog imports through the CLI like a text one', async () => {
    const { buildXlsx } = await import('../catalog/import/fixtures/build.js');
    writeFileSync(join(dir, '清单.xlsx'), await buildXlsx());
    const r = await yibao('catalog', 'import', join(dir, '清单.xlsx'), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source.format).toBe('xlsx');
    expect(out.items.map((i: { seq: number }) => i.seq)).toEqual([1, 2, 3]);
    expect(out.items[0].exercisingBody).toEqual(['市医疗保障局']);
  });

  it('a GBK file imports like the UTF-8 one', async () => {
    const text = readFileSync(join(SEEDS, '002_d9b76134472e1956.txt'), 'utf8');
    const iconv = await import('iconv-lite');
    writeFileSync(join(dir, 'gbk.txt'), iconv.default.encode(text, 'gb18030'));
    const [gbk, utf8] = await Promise.all([yibao('catalog', 'import', join(dir, 'gbk.txt'), '--json'), yibao('catalog', 'import', join(SEEDS, '002_d9b76134472e1956.txt'), '--json')]);
    expect(gbk.code).toBe(0);
    const a = JSON.parse(gbk.stdout);
    const b = JSON.parse(utf8.stdout);
    expect(a.source.encoding).toMatch(/gb/i);
    expect(a.items).toEqual(b.items);
  });

  it('a file cut off mid-row imports what is there, with a note', async () => {
    const text = readFileSync(join(SEEDS, '000_650efb1eb094bc36.txt'), 'utf8');
    writeFileSync(join(dir, 'cut.txt'), text.slice(0, Math.floor(text.length * 0.6)));
    const r = await yibao('catalog', 'import', join(dir, 'cut.txt'), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.items.length).toBeGreaterThan(5);
    expect(out.items.length).toBeLessThan(17);
  });
});

describe('yibao catalog lint / compare / export', () => {
  it('lint --json: findings with item, severity, rule, message', async () => {
    const r = await yibao('catalog', 'lint', join(SEEDS, '000_650efb1eb094bc36.txt'), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const numbers = out.findings.find((f: { rule: string; item: number }) => f.rule === 'quote-numbers' && f.item === 4);
    expect(numbers).toMatchObject({ severity: 'error', found: '1倍以下', expected: expect.stringContaining('1倍以上3倍以下') });
  });

  it('lint: a readable Chinese summary', async () => {
    const r = await yibao('catalog', 'lint', join(SEEDS, '001_cc42e2149e1dc4a3.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/共1份清单、20项：错误\d+、警告\d+、提示\d+/);
    expect(r.stdout).toContain('第19项 [错误]');
  });

  it('export xlsx: the published columns, frozen header, wrapped text', async () => {
    const out = join(dir, '阳泉.xlsx');
    const r = await yibao('catalog', 'export', join(SEEDS, '000_650efb1eb094bc36.txt'), '--format', 'xlsx', '--out', out);
    expect(r.code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '序号', '事项名称', '子项', '职权类型', '实施依据', '行使主体', '承办机构', '实施对象', '实施层级', '执法领域', '责任事项', '责任事项依据', '追责对象', '追责情形', '期限', '备注',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getCell('E3').alignment?.wrapText).toBe(true);
    expect(sheet.rowCount).toBe(2 + 17);
  });

  it('export md/html: catalog text is escaped (no raw <script>, no <img onerror>)', async () => {
    writeFileSync(join(dir, 'xss.txt'), ['示例市医疗保障局清单', '序号\t事项名称\t职权类型\t备注', '1\t对个人骗取医疗保障基金支出的处罚<script>alert(1)</script>\t行政处罚\t<img src=x onerror=alert(2)>'].join('\n'));
    for (const format of ['md', 'html']) {
      const out = join(dir, `xss.${format}`);
      const r = await yibao('catalog', 'export', join(dir, 'xss.txt'), '--format', format, '--out', out);
      expect(r.code).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text).not.toMatch(/<script>alert|<img src=x/i);
      expect(text).toContain('&lt;script&gt;');
    }
  });

  it('export: an unknown format is refused with exit 2', async () => {
    const r = await yibao('catalog', 'export', join(SEEDS, '000_650efb1eb094bc36.txt'), '--format', 'pdf', '--out', join(dir, 'x.pdf'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不支持的导出格式');
  });

  it('compare: the matter × jurisdiction matrix', async () => {
    const r = await yibao('catalog', 'compare', ...['000_650efb1eb094bc36.txt', '003_119a4ff0c2874498.txt'].map((f) => join(SEEDS, f)), '--json');
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m.jurisdictions).toEqual(['阳泉市医疗保障局', '内蒙古自治区医疗保障局']);
    expect(m.rows.length).toBeGreaterThan(10);
    expect(m.rows.flatMap((row: { cells: Array<{ status: string }> }) => row.cells.map((c) => c.status))).toEqual(expect.arrayContaining(['has', 'lacks']));
  });
});
