// Stable item references and the edition diff.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCatalogs, importCatalogBytes, importCatalogFile, itemRef, parseItemRef, partyKindsOf, resolveItemRef, seedItemSource } from './index.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'data', 'catalogs');

describe('item references', () => {
  it('parses the pre-edition and the pinned forms, and nothing else', () => {
    expect(parseItemRef('000_650efb1eb094bc36#3')).toEqual({ catalogId: '000_650efb1eb094bc36', seq: 3 });
    expect(parseItemRef('000_650efb1eb094bc36.txt#3')).toEqual({ catalogId: '000_650efb1eb094bc36', seq: 3 });
    expect(parseItemRef('yq-quanze@2#14')).toEqual({ catalogId: 'yq-quanze', edition: 2, seq: 14 });
    expect(itemRef('yq-quanze', 2, 14)).toBe('yq-quanze@2#14');
    for (const bad of ['', '#3', 'x#0', 'x@0#1', '../etc#1', 'a/b#1', 'x#3#4', 'x@#1']) expect(parseItemRef(bad)).toBeUndefined();
  });

  it('resolves a seed item with kind, matter, party kinds and citations; unknown refs are undefined', () => {
    const source = seedItemSource(SEEDS, (p) => importCatalogFile(p));
    const r = resolveItemRef('000_650efb1eb094bc36#3', source)!;
    expect(r.ref).toBe('000_650efb1eb094bc36@1#3');
    expect(r.kind).toBe('行政处罚');
    expect(r.matter).not.toBeNull();
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.partyKinds.length).toBeGreaterThan(0);
    expect(resolveItemRef('000_650efb1eb094bc36@2#3', source)).toBeUndefined();
    expect(resolveItemRef('000_650efb1eb094bc36#999', source)).toBeUndefined();
    expect(resolveItemRef('no-such-catalog#1', source)).toBeUndefined();
  });

  it('reads party kinds from 实施对象', () => {
    expect(partyKindsOf(['定点医药机构'])).toEqual(['定点医疗机构', '定点零售药店']);
    expect(partyKindsOf(['公民'])).toEqual(['参保个人']);
    expect(partyKindsOf(['用人单位'])).toEqual(['用人单位']);
    expect(partyKindsOf([], '对医疗保障经办机构骗取医疗保障基金支出行为的处罚')).toEqual(['医疗保障经办机构']);
  });
});

describe('edition diff', () => {
  it('matches items by name, then by number, and lists changed fields', () => {
    const one = importCatalogBytes(Buffer.from('示例县医疗保障局清单（2024年）\n序号\t事项名称\t职权类型\t实施依据\n1\t对个人骗取医疗保障基金支出的处罚\t行政处罚\t《医疗保障基金使用监督管理条例》第四十一条\n2\t对定点医药机构医疗保障基金使用情况的监督检查\t行政检查\t《医疗保障基金使用监督管理条例》第二十七条\n'), 'a.txt');
    const two = importCatalogBytes(Buffer.from('示例县医疗保障局清单（2025年）\n序号\t事项名称\t职权类型\t实施依据\n1\t对定点医药机构医疗保障基金使用情况的监督检查\t行政检查\t《医疗保障基金使用监督管理条例》第二十七条\n2\t对个人骗取医疗保障基金支出的处罚\t行政处罚\t《医疗保障基金使用监督管理条例》第四十一条第二款\n3\t对定点医药机构骗取医疗保障基金支出的处罚\t行政处罚\t《医疗保障基金使用监督管理条例》第四十条\n'), 'b.txt');
    const d = diffCatalogs(one, two);
    expect(d.added.map((a) => a.seq)).toEqual([3]);
    expect(d.removed).toEqual([]);
    expect(d.changed.map((c) => [c.previousSeq, c.seq, c.fields.map((f) => f.field)])).toEqual([
      [2, 1, ['seq']],
      [1, 2, ['seq', 'bases']],
    ]);
  });
});
