// Text shapes beyond the seeds: Markdown tables, runs of spaces, a header repeated per page,
// a title row of empty cells, numbered prose with 一、二、 sections, spam and mojibake lines
// between rows, the maintainer's column mapping, and garbage that must be refused.
import { describe, expect, it } from 'vitest';
import { CatalogImportError, parseColumnMap, readCatalog } from './index.js';
import { matchHeader, mapColumns } from './columns.js';

const read = (text: string, options: Parameters<typeof readCatalog>[2] = {}) => readCatalog(Buffer.from(text), 't.txt', { undatedAsOf: '2026-01-01', ...options });
const refused = (text: string | Buffer) => {
  try {
    readCatalog(typeof text === 'string' ? Buffer.from(text) : text, 'g.txt');
  } catch (err) {
    if (err instanceof CatalogImportError) return err;
    throw err;
  }
  throw new Error('not refused');
};

const BASIS_38 = '《医疗保障基金使用监督管理条例》第三十八条';
const BASIS_41 = '《医疗保障基金使用监督管理条例》第四十一条';

describe('columns by meaning', () => {
  it('matches header synonyms with a confidence; unknown headers stay extra', () => {
    expect(matchHeader('权力名称')).toEqual({ field: 'name', confidence: 1 });
    expect(matchHeader('执法事项名称').field).toBe('name');
    expect(matchHeader('责任事项依据').field).toBe('dutyBasis');
    expect(matchHeader('追责情形').field).toBe('accountabilitySituations');
    expect(matchHeader('行 使 主 体').field).toBe('exercisingBody');
    expect(matchHeader('實施依據').field).toBe('bases');
    const guessed = matchHeader('具体检查对象(含数量)');
    expect(guessed.field).toBe('targets');
    expect(guessed.confidence).toBeLessThan(1);
    expect(matchHeader('检查方式')).toEqual({ field: null, confidence: 1 });
  });
  it('a field claimed by two columns keeps the surer one; the maintainer overrides', () => {
    const m = mapColumns(['序号', '职权', '职权名称', '权力类型']);
    expect(m.map((c) => c.field)).toEqual(['seq', null, 'name', 'kind']);
    const o = mapColumns(['序号', '职权', '职权名称', '权力类型'], parseColumnMap('职权=事项名称;职权名称=忽略'));
    expect(o.map((c) => c.field)).toEqual(['seq', 'name', 'ignore', 'kind']);
    expect(() => parseColumnMap('职权=不存在的字段')).toThrow(/不认识/);
  });
});

describe('text table shapes', () => {
  it('a Markdown table with a title row and a header repeated after a page break', () => {
    const c = read(
      [
        '# 示例县医疗保障局行政执法事项清单（2025年）',
        '',
        '| 编号 | 执法事项名称 | 执法类别 | 执法依据 | 执法主体 |',
        '| --- | --- | --- | --- | --- |',
        `| 1 | 对定点医药机构违法违规使用医疗保障基金行为的处罚 | 行政处罚 | ${BASIS_38} | 示例县医疗保障局 |`,
        '| 编号 | 执法事项名称 | 执法类别 | 执法依据 | 执法主体 |',
        `| 2 | 对个人违法违规使用医疗保障基金行为的处罚 | 行政处罚 | ${BASIS_41} | 示例县医疗保障局 |`,
      ].join('\n'),
    );
    expect(c.source.shape).toBe('table');
    expect(c.jurisdiction).toBe('示例县医疗保障局');
    expect(c.items.map((i) => [i.seq, i.kind, i.exercisingBody?.[0]])).toEqual([
      [1, '行政处罚', '示例县医疗保障局'],
      [2, '行政处罚', '示例县医疗保障局'],
    ]);
    expect(c.notes.some((n) => n.code === 'repeated-header')).toBe(true);
  });

  it('columns separated by runs of spaces, a row wrapped onto the next line', () => {
    const c = read(
      [
        '示例市医疗保障局权力清单',
        '序号    职权名称                                    职权类型    承办机构',
        '1       对定点医药机构违法违规使用医疗保障基金行为的处罚    行政处罚    基金监管科',
        '2       对用人单位未按时足额缴纳医疗保险费的              行政强制    征缴科',
        '        限期缴纳、加收滞纳金',
      ].join('\n'),
    );
    expect(c.items.map((i) => i.kind)).toEqual(['行政处罚', '行政强制']);
    expect(c.items.map((i) => i.departments[0])).toEqual(['基金监管科', '征缴科']);
  });

  it('spam and mojibake lines between rows are reported and skipped, never read as items', () => {
    const c = read(
      [
        '示例市医疗保障局权责清单',
        '序号|事项名称|事项类型|设定依据|',
        `1|对定点医药机构违法违规使用医疗保障基金行为的处罚|行政处罚|${BASIS_38}|`,
        '365体育投注_365体育直播-竞猜网投 官方网站',
        'Ã¥Â°Â Ã¥Â½Â¢Ã¦Â³Â Ã¦Â¡Â',
        `2|对个人违法违规使用医疗保障基金行为的处罚|行政处罚|${BASIS_41}|`,
      ].join('\n'),
    );
    expect(c.items.map((i) => i.seq)).toEqual([1, 2]);
    expect(c.notes.filter((n) => n.code === 'spam-line').map((n) => n.line)).toEqual([4]);
    expect(c.notes.filter((n) => n.code === 'mojibake-line').map((n) => n.line)).toEqual([5]);
  });

  it('one cell per paragraph, cut inside the quote of its last row: reported and the row marked; quotes that all end without 。 are not a cut', () => {
    const QUOTE_38 = `${BASIS_38} 定点医药机构有下列情形之一的，由医疗保障行政部门责令改正，并可以约谈有关负责人`;
    const QUOTE_41 = `${BASIS_41} 个人有下列情形之一的，由医疗保障行政部门责令改正；造成医疗保障基金损失的，责令`;
    const page = (q1: string, q2: string) =>
      ['示例市医疗保障局权责清单', '编号', '执法事项名称', '执法类别', '执法依据', '1', '对定点医药机构违法违规使用医疗保障基金行为的处罚', '行政处罚', q1, '2', '对个人违法违规使用医疗保障基金行为的处罚', '行政处罚', q2].join('\n\n');
    const cut = read(page(QUOTE_38 + '。', QUOTE_41));
    expect(cut.items.map((i) => [i.seq, i.truncated ?? false])).toEqual([[1, false], [2, true]]);
    expect(cut.notes.filter((n) => n.code === 'row-cut').map((n) => n.line)).toEqual([25]);
    // the same page whose every quote stops without a final 。: nothing is cut
    const whole = read(page(QUOTE_38, QUOTE_41 + '退回'));
    expect(whole.items).toHaveLength(2);
    expect(whole.items.every((i) => !i.truncated)).toBe(true);
    expect(whole.notes.some((n) => n.code === 'row-cut')).toBe(false);
    // a last quote ending at a citation is whole
    const cited = read(page(QUOTE_38 + '。', `《中华人民共和国社会保险法》第八十八条、${BASIS_41}`));
    expect(cited.notes.some((n) => n.code === 'row-cut')).toBe(false);
  });

  it('numbered prose in 一、二、 sections, item by item', () => {
    const c = read(
      [
        '示例区医疗保障局行政执法事项服务指南',
        '一、行政处罚',
        '1.对定点医药机构骗取医疗保障基金支出的处罚',
        '实施依据：《医疗保障基金使用监督管理条例》第四十条',
        '承办机构：基金监管科',
        '办理时限：自立案之日起九十日内作出处理决定',
        '2.对个人骗取医疗保障基金支出的处罚',
        '实施依据：《医疗保障基金使用监督管理条例》第四十一条',
        '二、行政检查',
        '3.对定点医药机构医疗保障基金使用情况的监督检查',
        '实施依据：《医疗保障基金使用监督管理条例》第二十七条',
      ].join('\n'),
    );
    expect(c.source.shape).toBe('prose');
    expect(c.items.map((i) => [i.seq, i.kind, i.kindRecovery?.method])).toEqual([
      [1, '行政处罚', 'section'],
      [2, '行政处罚', 'section'],
      [3, '行政检查', 'section'],
    ]);
    expect(c.items[0]!.departments).toEqual(['基金监管科']);
    expect(c.items[0]!.timeLimit).toBe('自立案之日起九十日内作出处理决定');
    expect(c.items[0]!.bases[0]!.text).toBe('《医疗保障基金使用监督管理条例》第四十条');
  });

  it('a maintainer’s --map reads a table whose header yibao does not know', () => {
    const text = ['示例市医疗保障局清单', '号\t行为\t种类\t条款', `1\t对定点医药机构违法违规使用医疗保障基金行为的处罚\t行政处罚\t${BASIS_38}`].join('\n');
    expect(refused(text).code).toBe('NO_TABLE');
    const c = read(text, { columns: parseColumnMap(['号=序号', '行为=事项名称', '种类=职权类型', '条款=实施依据']) });
    expect(c.items[0]!.name).toBe('对定点医药机构违法违规使用医疗保障基金行为的处罚');
    expect(c.items[0]!.kind).toBe('行政处罚');
    expect(c.source.columns?.every((x) => !x.guessed)).toBe(true);
  });
});

describe('garbage is refused', () => {
  it('a novel, a price list, a table of another kind, random bytes', () => {
    expect(refused('第一章 风雪\n夜色渐深，山门外的雪越下越大。他推开门，看见一盏灯。\n'.repeat(40)).code).toBe('NO_TABLE');
    expect(refused('商品\t单价\t数量\n苹果\t3.5\t10\n梨\t2.0\t5\n').code).toBe('NO_TABLE');
    expect(refused('类别 | 公开事项 | 公开内容 | 公开时限 |\n综合政务 | 机构信息 | 机关简介 | 20个工作日 |\n').code).toBe('NO_TABLE');
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    expect(['BINARY_FILE', 'UNDECODABLE', 'NO_TABLE']).toContain(refused(bytes).code);
  });

  it('a UTF-8 file cut in the middle of a character is reported as truncated UTF-8, not read as GB18030', () => {
    const full = Buffer.from(`示例市医疗保障局权责清单\n序号\t事项名称\t职权类型\t实施依据\n1\t对个人骗取医疗保障基金支出的处罚\t行政处罚\t${BASIS_41}`);
    const cut = full.subarray(0, full.length - 1);
    const c = readCatalog(cut, 'cut.txt', { undatedAsOf: '2026-01-01' });
    expect(c.source.encoding).toBe('utf-8');
    expect(c.notes.find((n) => n.code === 'utf8-truncated')?.message).toMatch(/UTF-8/);
  });
});
