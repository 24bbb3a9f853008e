// Text quality over every rendered text, for every kind and every seed bureau: no doubled
// words, no English or engine messages, evidence by name (hashes in the annex), no quote
// stopping at “：”; and the legal structure of the decisions: 责令 apart from 行政处罚,
// 吊销执业资格 as a referral, separate lines for separate parties, the true execution outcome.
import { describe, expect, it } from 'vitest';
import { buildDocument, DOCUMENT_KINDS, renderDocx, type DocumentInputs, type PartyMeasuresInput } from './index.js';
import { art40, BUREAUS, partyOf, person, samples, ssl84, PERSON_FINE_FEN, UNIT_FINE_FEN, YANGQUAN, LOSS_FEN, sample } from './test-support/fixtures.js';
import { docxText, modelText } from './test-support/text.js';

/** Every string value of an input (its own ASCII, such as ID numbers and e-mail addresses, may appear). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const ANNEX = '附件：证据电子文件校验值';

/** What is wrong with a rendered text; empty when nothing. */
export function textDefects(text: string, input: unknown): string[] {
  const found: string[] = [];
  const doubled = /([\u4e00-\u9fff]{2,12})\1/u.exec(text) ?? /([\u4e00-\u9fff]{2,12}[，、；：])\1/u.exec(text);
  if (doubled) found.push(`叠词：${doubled[0]}`);
  const [body = '', annex = ''] = text.split(ANNEX);
  let own = body;
  for (const s of strings(input).filter((x) => /[A-Za-z]/.test(x)).sort((a, b) => b.length - a.length)) own = own.split(s).join('');
  const english = /[A-Za-z]{2,}/.exec(own);
  if (english) found.push(`英文或程序信息：${english[0]}`);
  if (/undefined|null|NaN|\[object|--data|Error/.test(text)) found.push('程序信息');
  if (/(?<![0-9A-Za-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12,}/i.test(body)) found.push('正文中有哈希值');
  if (/\.(txt|pdf|docx?|jpe?g|png)\b/i.test(body)) found.push('正文中有文件名');
  if (/SHA-?256/i.test(body)) found.push('正文中有 SHA-256');
  if (/[：:]”/.test(text)) found.push('引文止于“：”');
  if (/（）|《》|“”|\(\)/.test(text)) found.push('空括号');
  if (annex && !/^[\s\S]*SHA-256 校验值/.test(annex)) found.push('附件缺校验值');
  return found;
}

describe('every document of every seed bureau reads cleanly', () => {
  it.each(BUREAUS.map((b) => [b.name, b] as const))('%s', (_n, b) => {
    const all = samples(b);
    for (const kind of DOCUMENT_KINDS) {
      const text = modelText(buildDocument(kind, all[kind] as never));
      expect(textDefects(text, all[kind]), kind).toEqual([]);
    }
  });

  it('the .docx text too', async () => {
    const all = samples(YANGQUAN);
    for (const kind of DOCUMENT_KINDS) {
      const { text } = await docxText(await renderDocx(kind, all[kind] as never));
      expect(textDefects(text, all[kind]), kind).toEqual([]);
    }
  });

  it('the checks catch what the issue found', () => {
    const input = { caseName: 'x' };
    expect(textDefects('因你单位涉嫌涉嫌分解住院', input)).toContain('叠词：涉嫌涉嫌');
    expect(textDefects('经复核，经复核，不予采纳', input)).toContain('叠词：经复核，经复核，');
    expect(textDefects('1．询问笔录.txt，SHA-256 7fb4c1d2e3f40516…', input)).toEqual(expect.arrayContaining(['正文中有文件名', '正文中有 SHA-256', '正文中有哈希值']));
    expect(textDefects('「询问笔录」的内容须用 --data 提供', input)).toContain('程序信息');
    expect(textDefects('第四十条“……依法吊销执业资格：”的规定', input)).toContain('引文止于“：”');
    expect(textDefects('Document not found', input)).toContain('英文或程序信息：Document');
  });
});

/** The numbered lines under a heading line ending in `heading`. */
function linesUnder(text: string, heading: RegExp): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => heading.test(l));
  if (at < 0) return [];
  const out: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (!l.startsWith('（')) break;
    out.push(l);
  }
  return out;
}

describe('责令 orders are listed as orders, not among the 行政处罚', () => {
  it.each(['行政处罚事先告知书', '行政处罚决定书'] as const)('%s', (kind) => {
    const text = modelText(buildDocument(kind, sample(kind)));
    const penalties = linesUnder(text, /给予以下行政处罚：$/);
    const orders = linesUnder(text, /责令当事人：$/);
    expect(penalties.length).toBe(1);
    for (const l of penalties) expect(l).not.toMatch(/责令|改正|退回/);
    expect(orders.join('\n')).toMatch(/改正分解住院的违法行为/);
    expect(orders.join('\n')).toMatch(/退回医疗保障基金24,691\.34元/);
  });
});

describe('吊销执业资格 is referred to the competent authority, never decided by the 医保局', () => {
  it('in a decision under 条例第四十条', () => {
    const data = sample('行政处罚决定书');
    data.basis = [art40];
    data.parties = [
      {
        party: partyOf(YANGQUAN),
        orders: [{ kind: '责令退回', amountFen: 8600000 }],
        penalties: [
          { kind: '罚款', amountFen: 17200000 },
          { kind: '暂停医药服务', months: 6, text: '责令暂停康复科涉及医疗保障基金使用的医药服务' },
        ],
        referrals: [{ authority: '有关主管部门', matter: '吊销执业资格', concerning: '执业医师孙某某', basis: art40 }],
      },
    ];
    const text = modelText(buildDocument('行政处罚决定书', data));
    expect(text).toContain('三、移送处理：');
    expect(text).toContain('本局将执业医师孙某某的有关情况移送有关主管部门依法处理（吊销执业资格）。');
    for (const l of linesUnder(text, /给予以下行政处罚：$/)) expect(l).not.toContain('吊销');
    const unquoted = text.replace(/“[^”]*”/g, '');
    for (const l of unquoted.split('\n').filter((x) => x.includes('吊销'))) expect(l).toContain('移送');
  });
});

describe('社会保险法第八十四条: the unit’s fine and the responsible person’s fine are separate lines', () => {
  const employer = { name: '某某商贸有限公司', type: '法人' as const, category: '用人单位' as const, idNumber: '91140300MA0ZZZZZ3C', address: '山西省阳泉市某某路11号' };
  const parties: PartyMeasuresInput[] = [
    { party: employer, orders: [{ kind: '责令限期改正', text: '未办理社会保险登记的违法行为', deadline: '2026-12-31' }], penalties: [{ kind: '罚款', amountFen: UNIT_FINE_FEN }] },
    { party: person, role: '直接负责的主管人员', of: employer.name, penalties: [{ kind: '罚款', amountFen: PERSON_FINE_FEN }] },
  ];

  it('in the 决定书, the 告知书 and the 结案报告', () => {
    const decision: DocumentInputs['行政处罚决定书'] = { ...sample('行政处罚决定书'), caseName: `${employer.name}未办理社会保险登记案`, parties, violated: [ssl84], basis: [ssl84] };
    delete decision.fundLossFen;
    const notice: DocumentInputs['行政处罚事先告知书'] = { ...sample('行政处罚事先告知书'), caseName: decision.caseName, parties, violated: [ssl84], basis: [ssl84] };
    delete notice.fundLossFen;
    for (const [kind, data] of [['行政处罚决定书', decision], ['行政处罚事先告知书', notice]] as const) {
      const text = modelText(buildDocument(kind, data as never));
      expect(text, kind).toContain('当事人：某某商贸有限公司');
      expect(text, kind).toContain('当事人：赵某某（某某商贸有限公司直接负责的主管人员）');
      expect(text, kind).toMatch(/对当事人某某商贸有限公司：[\s\S]*（一）罚款20,000\.00元（人民币贰万元整）。/);
      expect(text, kind).toMatch(/对当事人赵某某（某某商贸有限公司直接负责的主管人员）：[\s\S]*（一）罚款500\.00元（人民币伍佰元整）。/);
      expect(text, kind).not.toMatch(/20,500|贰万零伍佰/);
    }
    const closing = sample('结案报告');
    closing.parties = [employer, person];
    closing.decision = { title: '行政处罚决定书', docNumber: decision.docNumber, date: decision.date, parties };
    closing.execution = {
      outcome: '全部履行',
      lines: [
        { party: employer.name, item: '罚款', dueFen: UNIT_FINE_FEN, paidFen: UNIT_FINE_FEN },
        { party: person.name, item: '罚款', dueFen: PERSON_FINE_FEN, paidFen: PERSON_FINE_FEN },
      ],
    };
    const text = modelText(buildDocument('结案报告', closing));
    expect(text).toContain('某某商贸有限公司：行政处罚：罚款20,000.00元');
    expect(text).toContain('赵某某：行政处罚：罚款500.00元');
    expect(text).not.toMatch(/20,500/);
  });
});

describe('the 结案报告 states the execution outcome it is given, and the head’s approval when given', () => {
  const party = partyOf(YANGQUAN).name;
  const fine = (paid: number) => ({ party, item: '罚款' as const, dueFen: LOSS_FEN, paidFen: paid });
  const cases: [string, DocumentInputs['结案报告']['execution'], DocumentInputs['结案报告']['closingGround'], RegExp][] = [
    ['部分履行', { outcome: '部分履行', lines: [fine(469134)] }, { item: 4, explanation: '当事人已缴纳部分罚款，其余部分已申请人民法院强制执行' }, /罚款应缴24,691\.34元，已缴4,691\.34元，尚欠20,000\.00元。/],
    [
      '人民法院受理强制执行',
      { outcome: '人民法院受理强制执行', lines: [fine(0)], court: { name: '某某区人民法院', applicationDate: '2027-06-15', acceptedDate: '2027-06-18' } },
      { item: 2 },
      /2027年6月15日向某某区人民法院申请强制执行，2027年6月18日某某区人民法院受理/,
    ],
    [
      '人民法院裁定不予执行',
      { outcome: '人民法院裁定不予执行', lines: [fine(0)], court: { name: '某某区人民法院', applicationDate: '2027-06-15', rulingNo: '（2027）晋0302行审12号', rulingDate: '2027-07-10' } },
      { item: 4, explanation: '人民法院裁定不予执行，本局未申请复议' },
      /作出不予执行裁定（（2027）晋0302行审12号）/,
    ],
    ['终结执行', { outcome: '终结执行', lines: [fine(0)], note: '当事人已注销且无权利义务承受人' }, { item: 4, explanation: '执行终结' }, /当事人已注销且无权利义务承受人。/],
    ['无须执行', { outcome: '无须执行' }, { item: 3 }, /第五十六条第一款第（三）项“不予行政处罚等无须执行的”/],
  ];
  it.each(cases)('%s', (outcome, execution, closingGround, says) => {
    const data = sample('结案报告');
    data.execution = execution;
    data.closingGround = closingGround;
    delete data.headApproval;
    const text = modelText(buildDocument('结案报告', data));
    expect(text).toContain(`执行结果：${outcome}`);
    expect(text).toMatch(says);
    expect(text).not.toContain('执行完毕');
    expect(text).not.toContain('已全部履行');
    expect(text).toContain('负责人（签名）：');
    expect(text).not.toContain('同意结案');
  });
  it('全部履行 with the payments, and the head’s approval', () => {
    const text = modelText(buildDocument('结案报告', sample('结案报告')));
    expect(text).toContain('执行结果：全部履行');
    expect(text).toContain('缴款记录：2026年12月1日，24,691.34元，票据号FS2026120100123。');
    expect(text).toContain('“行政处罚决定执行完毕的”');
    expect(text).toContain('负责人：钱局长　　2026年12月3日');
  });
});
