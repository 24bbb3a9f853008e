import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../law/index.js';
import { lintCatalog, lintItem, type LintFinding } from './lint.js';
import type { Catalog, CatalogItem } from './model.js';

const corpus = loadCorpus();
const AS_OF = '2024-12-31';

function item(seq: number, basis: string, extra: Partial<CatalogItem> = {}): CatalogItem {
  return {
    seq, name: '对定点医药机构违法行为的处罚', kind: '行政处罚', rawKind: '行政处罚', subItems: [], targets: [], departments: [],
    bases: [{ text: basis, lines: [seq, seq], citations: [] }], duties: [], accountable: [], matter: null,
    lines: [seq, seq], fieldLines: {}, extra: {}, ...extra,
  };
}
const rules = (fs: LintFinding[]) => fs.map((f) => f.rule);
const lint = (basis: string, extra: Partial<CatalogItem> = {}) => lintItem(item(1, basis, extra), corpus, AS_OF);

describe('lint rules', () => {
  it('a faithful quote, or an excerpt of one, has no finding', () => {
    expect(lint('《中华人民共和国社会保险法》第八十八条：以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的，由社会保险行政部门责令退回骗取的社会保险金，处骗取金额二倍以上五倍以下的罚款。')).toEqual([]);
    expect(lint('《社会保险法》第84条：由社会保险行政部门责令限期改正；逾期不改正的，对用人单位处应缴社会保险费数额一倍以上三倍以下的罚款')).toEqual([]);
    // punctuation width and whitespace are ignored, numerals compared by value
    expect(lint('《医疗保障基金使用监督管理条例》第三十九条 定点医药机构有下列情形之一的，由医疗保障行政部门责令改正, 并可以约谈有关负责人；拒不改正的，处一万元以上五万元以下的罚款')).toEqual([]);
  });

  it('quote-numbers: a wrong fine range is an error (000 item 4: 一倍以下)', () => {
    const fs = lint('《中华人民共和国社会保险法》第八十四条：用人单位不办理社会保险登记的，由社会保险行政部门责令限期改正；逾期不改正的，对用人单位处应缴社会保险费数额一倍以下的罚款，对其直接负责的主管人员和其他直接责任人员处五百元以上三千元以下的罚款。');
    const numbers = fs.filter((f) => f.rule === 'quote-numbers');
    expect(numbers).toHaveLength(1);
    expect(numbers[0]).toMatchObject({ severity: 'error', found: '1倍以下' });
    expect(numbers[0]!.expected).toContain('1倍以上3倍以下');
    expect(rules(fs)).toContain('quote-differs');
  });

  it('quote-differs: a changed word, with found and expected', () => {
    const fs = lint('《医疗保障基金使用监督管理条例》第三十八条：定点医药机构有下列情形之一的，由医疗保障行政部门责令改正，并可以约谈有关负责人：（二）违反诊疗规范过度诊疗、过度检查、分解处方、超量开药、超量供应药品、滥用抗菌药物、超范围开具药品；');
    const d = fs.find((f) => f.rule === 'quote-differs')!;
    expect(d.severity).toBe('warning');
    expect(d.found).toContain('超量供应药品');
  });

  it('quote-wrong-article: says which article the quote really is', () => {
    const fs = lint('《中华人民共和国社会保险法》第八十七条：以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的，由社会保险行政部门责令退回骗取的社会保险金，处骗取金额二倍以上五倍以下的罚款。');
    const w = fs.find((f) => f.rule === 'quote-wrong-article')!;
    expect(w.severity).toBe('error');
    expect(w.message).toContain('第八十八条');
  });

  it('quote-wrong-article: an older version\'s numbering, found under its new number', () => {
    const fs = lint('《中华人民共和国药品管理法》第86条：药品包装必须按照规定印有或者贴有标签并附有说明书。标签或者说明书上必须注明药品的通用名称、成份、规格、生产企业。');
    expect(fs.find((f) => f.rule === 'quote-wrong-article')!.message).toMatch(/实为《药品管理法》第四十九条.*旧版本/);
  });

  it('quote-wrong-article: a quote found nowhere', () => {
    const fs = lint('《中华人民共和国药品管理法》第86条：鼓励开发利用新型的智能化管理工具，建设统一的数据平台，推进信息共享。');
    expect(fs.find((f) => f.rule === 'quote-wrong-article')!.message).toContain('找不到对应条文');
  });

  it('duplicate-clause: an enumerated clause repeated', () => {
    const fs = lint('《医疗保障基金使用监督管理条例》第四十一条：个人有下列情形之一的，由医疗保障行政部门责令改正：（一）将本人的医疗保障凭证交由他人冒名使用；（二）重复享受医疗保障待遇；（三）利用享受医疗保障待遇的机会转卖药品；（四）利用享受医疗保障待遇的机会转卖药品；');
    expect(fs.find((f) => f.rule === 'duplicate-clause')!.message).toContain('（三）与（四）重复');
  });

  it('duplicate-clause: an element repeated in an enumeration (重复收费、重复收费)', () => {
    const fs = lint('《医疗保障基金使用监督管理条例》第三十八条：（三）重复收费、重复收费、超标准收费、分解项目收费；');
    expect(fs.find((f) => f.rule === 'duplicate-clause')).toMatchObject({ found: '重复收费、重复收费', expected: '重复收费' });
  });

  it('a quote that continues in the next paragraph is checked whole (000 item 8: 50个工作日)', () => {
    const fs = lintItem(item(8, '《社会保险经办条例》第二十条规定：个人医疗费用、生育医疗费用中应当由基本医疗保险（含生育保险）基金支付的部分，由社会保险经办机构审核后与医疗机构、药品经营单位直接结算。', {
      bases: [
        { text: '《社会保险经办条例》第二十条规定：个人医疗费用、生育医疗费用中应当由基本医疗保险（含生育保险）基金支付的部分，由社会保险经办机构审核后与医疗机构、药品经营单位直接结算。', lines: [8, 8], citations: [] },
        { text: '因特殊情况个人申请手工报销，应当向社会保险经办机构提供医疗机构、药品经营单位的收费票据、费用清单、诊断证明、病历资料。社会保险经办机构应当对收费票据、费用清单、诊断证明、病历资料进行审核，并自收到申请之日起50个工作日内办理完毕。', lines: [8, 8], citations: [] },
      ],
    }), corpus, AS_OF);
    expect(fs.find((f) => f.rule === 'quote-numbers')).toMatchObject({ severity: 'error', found: '50个工作日', expected: expect.stringContaining('30个工作日') });
  });

  it('text-unavailable, yet the quote is another statute\'s article', () => {
    const fs = lint('《社会保险稽核办法》第四十二条:社会保险经办机构应当核查下列事项:(一)社会保险登记和待遇享受等情况;(二)社会保险服务机构履行服务协议、执行费用结算项目和标准情况;(三)法律、法规规定的其他事项。');
    const w = fs.find((f) => f.rule === 'quote-wrong-article');
    expect(w?.expected).toBe('《社会保险经办条例》第四十二条');
  });

  it('doubled-word: 的的, but not doubles the statutes themselves use', () => {
    const fs = lint('《中华人民共和国社会保险法》第八十八条：以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的的，由社会保险行政部门责令退回骗取的社会保险金，处骗取金额二倍以上五倍以下的罚款。');
    expect(fs.find((f) => f.rule === 'doubled-word')).toMatchObject({ found: '的的', expected: '的' });
    expect(lintItem(item(1, '《中华人民共和国社会保险法》第八十八条', { name: '对对定点医药机构的处罚' }), corpus, AS_OF).some((f) => f.rule === 'doubled-word' && f.found === '对对')).toBe(true);
  });

  it('garbage and missing-quote: an emoji where a quote should be (001 item 19)', () => {
    const fs = lint('😀');
    expect(fs.find((f) => f.rule === 'garbage')).toMatchObject({ severity: 'error' });
    expect(fs.find((f) => f.rule === 'missing-quote')).toMatchObject({ severity: 'error' });
    expect(lint('').some((f) => f.rule === 'missing-quote')).toBe(true);
  });

  it('unknown-statute and title-typo', () => {
    expect(lint('《某某市医疗保障条例》第三条：应当').some((f) => f.rule === 'unknown-statute')).toBe(true);
    const typo = lint('《医疗机构医疗保障理暂行办法》第三十八条：定点医疗机构').find((f) => f.rule === 'title-typo')!;
    expect(typo.expected).toBe('医疗机构医疗保障定点管理暂行办法');
  });

  it('text-unavailable: the quote is kept as the only known text', () => {
    expect(lint('《社会保险稽核办法》第十二条：处罚').find((f) => f.rule === 'text-unavailable')).toMatchObject({ severity: 'info' });
  });

  it('article-out-of-range', () => {
    expect(lint('《医疗保障基金使用监督管理条例》第五十九条：处罚').find((f) => f.rule === 'article-out-of-range')).toMatchObject({ severity: 'error' });
  });

  it('superseded-version: a version note older than the text in force', () => {
    const fs = lint('【行政法规】《社会保险费征缴暂行条例》（1999年1月22日中华人民共和国国务院令第259号发布）第五条 国务院劳动保障行政部门负责全国的社会保险费征缴管理和监督检查工作。');
    expect(fs.find((f) => f.rule === 'superseded-version')!.expected).toContain('2019-03-24');
  });

  it('superseded-numbering: a range that does not follow the chapters in force', () => {
    const fs = lintItem(item(1, '《社会保险法》第84条：由社会保险行政部门责令限期改正', { dutyBasis: '参照《行政处罚法》第三条、第四条、第六条、第三十条~第五十四条' }), corpus, AS_OF);
    expect(fs.find((f) => f.rule === 'superseded-numbering')!.message).toContain('疑似沿用旧版本条号');
    // a range that is a whole chapter in force is fine
    const ok = lintItem(item(1, '《社会保险法》第84条：由社会保险行政部门责令限期改正', { dutyBasis: '《行政处罚法》第六十六条～第七十五条' }), corpus, AS_OF);
    expect(ok.some((f) => f.rule === 'superseded-numbering')).toBe(false);
  });

  it('wrong-category: the tag before a title against the statute\'s rank', () => {
    expect(lint('【行政法规】《内蒙古自治区城镇基本医疗保险条例》（2015年）第四十九条 医疗保险经办机构和医疗机构签订服务协议').find((f) => f.rule === 'wrong-category')).toMatchObject({ expected: '【地方性法规】' });
    expect(lint('【法律】《中华人民共和国社会保险法》第八十八条 以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的').some((f) => f.rule === 'wrong-category')).toBe(false);
  });

  it('citation-format: 七十九条 without 第', () => {
    expect(lint('【法律】《中华人民共和国社会保险法》（2010年10月28日主席令第三十五号，2018年12月29日主席令第二十五号修正）七十九条 社会保险行政部门对社会保险基金的收支、管理和投资运营情况进行监督检查').some((f) => f.rule === 'citation-format')).toBe(true);
  });

  it('numbering-gap and source-truncated on the catalog', () => {
    const catalog: Catalog = {
      jurisdiction: '测试市医疗保障局', level: '市', title: '测试', asOf: AS_OF,
      source: { file: 'x.txt', sha256: '', shape: 'tsv-html', encoding: 'utf-8', lines: 10 },
      items: [item(1, '《社会保险法》第八十八条'), item(3, '《社会保险法》第八十八条')],
      gaps: [{ seq: 2, reason: 'OCR 中该行丢失' }],
      notes: [{ severity: 'warning', code: 'truncated', message: '文件在第3项中途结束', line: 9 }],
    };
    const fs = lintCatalog(catalog, corpus);
    expect(fs.find((f) => f.rule === 'numbering-gap')).toMatchObject({ item: 2 });
    expect(fs.find((f) => f.rule === 'source-truncated')).toMatchObject({ item: 3 });
    catalog.gaps = [];
    expect(lintCatalog(catalog, corpus).find((f) => f.rule === 'numbering-gap')!.message).toBe('缺少第2项');
  });
});
