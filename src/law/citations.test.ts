import { describe, expect, it } from 'vitest';
import { parseCitations, resolveCitation, type ParsedCitation } from './citations.js';
import { loadCorpus } from './corpus.js';

const corpus = loadCorpus();
const refs = (c: ParsedCitation) => c.refs.map((r) => [r.article, r.paragraph, r.item].filter((x) => x !== undefined).join('.')).join(',');
const one = (text: string) => {
  const cs = parseCitations(text).filter((c) => c.statuteFrom !== 'self');
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe('citation forms found in the seeds', () => {
  it('《中华人民共和国社会保险法》第八十八条 with its quote', () => {
    const c = one('《中华人民共和国社会保险法》第八十八条：以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的，处罚款。');
    expect(c.statute).toBe('中华人民共和国社会保险法');
    expect(refs(c)).toBe('88');
    expect(c.quote).toBe('以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的，处罚款。');
  });
  it('第87、88条 and 第6、22、27条: several articles sharing one 条', () => {
    expect(refs(one('《中华人民共和国社会保险法》第87、88条：社会保险经办机构'))).toBe('87,88');
    expect(refs(one('《医疗保障基金使用监督管理条例》第6、22、27条'))).toBe('6,22,27');
  });
  it('第 39 条 with spaces, and full-width digits', () => {
    expect(refs(one('《医疗保障基金使用监督管理条例》第 39 条：定点医药机构'))).toBe('39');
    expect(refs(one('《社会保险法》第８８条'))).toBe('88');
  });
  it('第40条第1款 / 第40条第2款', () => {
    expect(refs(one('《医疗保障基金使用监督管理条例》第40条第1款'))).toBe('40.1');
    expect(refs(one('《医疗保障基金使用监督管理条例》第40条第2款：定点医药机构以骗取医疗保障基金为目的'))).toBe('40.2');
  });
  it('第四十一条第一款第（三）项', () => {
    expect(refs(one('《医疗保障基金使用监督管理条例》第四十一条第一款第（三）项'))).toBe('41.1.3');
  });
  it('第三十条~第五十四条 and 第三十条～第五十四条: ranges expand', () => {
    for (const tilde of ['~', '～']) {
      const c = one(`《行政处罚法》第三十条${tilde}第五十四条`);
      expect(c.range).toEqual([30, 54]);
      expect(c.refs).toHaveLength(25);
    }
  });
  it('【法律】《…》（version note）第七十九条, and the same without 第', () => {
    const text = '【法律】《中华人民共和国社会保险法》（2010年10月28日中华人民共和国主席令第三十五号，2018年12月29日中华人民共和国主席令第二十五号修正）第七十九条 社会保险行政部门对社会保险基金的收支进行监督检查。';
    const c = one(text);
    expect(refs(c)).toBe('79');
    expect(c.versionNote).toContain('主席令第三十五号');
    expect(c.quote).toBe('社会保险行政部门对社会保险基金的收支进行监督检查。');
    const noDi = one(text.replace('第七十九条', '七十九条'));
    expect(refs(noDi)).toBe('79');
    expect(noDi.missingDi).toBe(true);
  });
  it('a stray 》 after the version note (000 item 10)', () => {
    const c = one('《社会救助暂行办法》（2019修订）》第三十条：申请医疗救助的，应当向乡、镇人民政府、街道办事处提出');
    expect(refs(c)).toBe('30');
    expect(c.strayBracket).toBe(true);
    expect(c.quote).toMatch(/^申请医疗救助的/);
  });
  it('参照《行政处罚法》第三条、第四条…: by reference, chained', () => {
    const cs = parseCitations('参照《行政处罚法》第三条、第四条、第六条、第三十条~第五十四条；《社会保险法》第84条；《医疗保障行政处罚程序暂行规定》');
    expect(cs.map(refs).slice(0, 3)).toEqual(['3', '4', '6']);
    expect(cs.slice(0, 4).every((c) => c.byReference && c.statute === '行政处罚法')).toBe(true);
    expect(cs[4]!.statute).toBe('社会保险法');
    expect(cs[4]!.byReference).toBe(false);
  });
  it('an article whose statute was named earlier in the same cell', () => {
    const cs = parseCitations('《中华人民共和国社会保险法》第三十一条 社会保险经办机构可以签订服务协议。第八十七条 社会保险经办机构骗取的，解除服务协议。”第八十八条 以欺诈的，处罚款。');
    expect(cs.map(refs)).toEqual(['31', '87', '88']);
    expect(cs.map((c) => c.statuteFrom)).toEqual(['named', 'earlier', 'earlier']);
    expect(cs[1]!.quote).toBe('社会保险经办机构骗取的，解除服务协议。');
    // and from an earlier cell segment
    const carried = parseCitations('第十八条第一款 被检查的单位应当提供资料。', { defaultStatute: '社会保险费征缴暂行条例' });
    expect(carried[0]!.statute).toBe('社会保险费征缴暂行条例');
    expect(refs(carried[0]!)).toBe('18.1');
  });
  it('本条例第三十八条 inside a quote is a reference within the statute, not a citation', () => {
    const cs = parseCitations('《医疗保障基金使用监督管理条例》第四十条第二款：定点医药机构以骗取医疗保障基金为目的，实施了本条例第三十八条规定行为之一，造成损失的，按照本条规定处理。');
    expect(cs.map((c) => c.statuteFrom)).toEqual(['named', 'self']);
    expect(cs[0]!.quote).toContain('本条例第三十八条');
  });
  it('a mid-sentence article number without 本条例 is not a citation', () => {
    expect(parseCitations('按照前款规定，依照第三十八条处理').length).toBe(0);
    expect(parseCitations('主席令第三十五号').length).toBe(0);
    expect(parseCitations('《医疗保障基金使用监督管理条例》').length).toBe(0);
  });
});

describe('citation forms not in the seeds', () => {
  it('第八条至第十条 with 至', () => expect(one('《中华人民共和国药品管理法》第八条至第十条').range).toEqual([8, 10]));
  it('第8条第2款第3项 without brackets', () => expect(refs(one('《行政强制法》第8条第2款第3项'))).toBe('8.2.3'));
  it('第一百一十六条 in another statute', () => expect(refs(one('依据《中华人民共和国药品管理法》第一百一十六条的规定'))).toBe('116'));
  it('第二十五条和第二十六条', () => expect(parseCitations('《行政强制法》第二十五条和第二十六条').map(refs)).toEqual(['25', '26']));
  it('half-width brackets and colon', () => {
    const c = one('《行政强制法》第二十五条第一款第(二)项:查封期限不得超过三十日');
    expect(refs(c)).toBe('25.1.2');
    expect(c.quote).toBe('查封期限不得超过三十日');
  });
  it('a 条例 in a title is not an article', () => expect(parseCitations('根据本条例制定').length).toBe(0));
});

describe('resolution', () => {
  const resolve = (text: string, asOf?: string) => resolveCitation(one(text), corpus, asOf);
  it('resolves to the version in force', () => {
    const [r] = resolve('《中华人民共和国社会保险法》第八十八条');
    expect(r).toMatchObject({ resolved: true, statute: '中华人民共和国社会保险法', version: '2018-12-29' });
    expect(resolve('《行政复议法》第九条', '2023-01-01')[0]!.version).toBe('2017-09-01');
    expect(resolve('《行政复议法》第九条', '2025-01-01')[0]!.version).toBe('2023-09-01');
  });
  it('unknown statute', () => expect(resolve('《某某市医疗保障条例》第三条')[0]).toMatchObject({ resolved: false, reason: '法规未知' }));
  it('text unavailable', () => {
    const [r] = resolve('《社会保险稽核办法》第十二条：处罚');
    expect(r).toMatchObject({ resolved: false, reason: '无法规文本', statute: '社会保险稽核办法', textUnavailable: true });
  });
  it('article out of range', () => {
    const [r] = resolve('《医疗保障基金使用监督管理条例》第五十九条');
    expect(r).toMatchObject({ resolved: false, reason: '条号超出范围' });
    expect(r!.detail).toContain('共50条');
  });
  it('paragraph and item out of range', () => {
    expect(resolve('《医疗保障基金使用监督管理条例》第四十条第三款')[0]).toMatchObject({ resolved: false, reason: '款号超出范围' });
    expect(resolve('《医疗保障基金使用监督管理条例》第四十一条第一款第（五）项')[0]).toMatchObject({ resolved: false, reason: '项号超出范围' });
    expect(resolve('《医疗保障基金使用监督管理条例》第四十一条第一款第（三）项')[0]).toMatchObject({ resolved: true, item: 3 });
  });
});
