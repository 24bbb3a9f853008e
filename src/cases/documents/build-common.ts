// Pieces shared by the document builders: header, parties, quotes and citations, orders and
// penalties (apart), evidence (hashes in an annex), remedies, signatures and contacts.
import { cell, label, p, t, type Block, type Cell, type Row, type Span } from './model.js';
import { chineseDate, chineseNumber, DocumentError, formatFen, numericDate, periodText } from './format.js';
import { LISTS, type LawListName, type LawText } from './law-texts.js';
import type {
  Approval,
  Contact,
  EvidenceItem,
  Issuer,
  LegalArticle,
  Order,
  Party,
  PartyMeasures,
  Penalty,
  PreservedItem,
  Referral,
  Remedy,
} from './schemas.js';

/** A line to fill in by hand, where a value is not known. */
export const BLANK = '＿＿＿＿＿＿＿＿';

export const orBlank = (value: string | undefined): string => (value && value.trim() ? value : BLANK);

export function header(issuer: Issuer, title: string, docNumber?: string): Block[] {
  const blocks: Block[] = [
    { type: 'title', text: issuer.name, level: 'bureau' },
    { type: 'title', text: title, level: 'document' },
  ];
  if (docNumber !== undefined) {
    if (issuer.docNumberPrefix && !docNumber.startsWith(issuer.docNumberPrefix)) {
      throw new DocumentError('BAD_INPUT', `文号“${docNumber}”不是本机关此类文书的文号（前缀应为“${issuer.docNumberPrefix}”）`);
    }
    blocks.push({ type: 'docNumber', text: docNumber, align: 'right' });
  }
  return blocks;
}

/** 你单位 / 你 */
export function you(party: Party): string {
  return party.type === '公民' ? '你' : '你单位';
}

export function idKindOf(party: Party): string {
  return party.idKind ?? (party.type === '公民' ? '公民身份号码' : '统一社会信用代码');
}

export function representativeTitle(party: Party): string {
  return party.legalRepresentative?.title ?? (party.type === '法人' ? '法定代表人' : '负责人');
}

const line = (labelText: string, value: string): Block => p([t(labelText), t(value)], { indent: false });

/** The party's particulars; a missing 证件号码 or 地址 is a line to fill. */
export function partyBlocks(party: Party, labelText = '当事人', note?: string): Block[] {
  const blocks: Block[] = [line(`${labelText}：`, `${party.name}${note ? `（${note}）` : ''}`)];
  if (party.type === '公民' && (party.gender || party.birthDate)) {
    const bits = [party.gender ? `性别：${party.gender}` : '', party.birthDate ? `出生日期：${numericDate(party.birthDate)}` : ''];
    blocks.push(p(bits.filter(Boolean).join('　　'), { indent: false }));
  }
  blocks.push(line(`${idKindOf(party)}：`, orBlank(party.idNumber)));
  if (party.legalRepresentative) blocks.push(line(`${representativeTitle(party)}：`, party.legalRepresentative.name));
  blocks.push(line(party.type === '公民' ? '住址：' : '地址：', orBlank(party.address)));
  if (party.phone) blocks.push(line('联系电话：', party.phone));
  return blocks;
}

/** The parties of a decision, each with its role. */
export function partiesBlocks(list: PartyMeasures[]): Block[] {
  return list.flatMap((m) => partyBlocks(m.party, '当事人', m.role === '当事人' ? undefined : `${m.of}${m.role}`));
}

/** 阳泉市某某医院涉嫌分解住院案 → 阳泉市某某医院涉嫌分解住院一案 */
export function caseRef(caseName: string): string {
  return `${caseName.replace(/一?案$/, '')}一案`;
}

/** Prepends `lead` unless the text already starts with it (no “经查，经查，”). */
export function withLead(lead: string, body: string): string {
  const bare = lead.replace(/[，,：:]$/, '');
  return body.startsWith(bare) ? body : lead + body;
}

/** Ends a sentence with 。 unless it ends with a stop already. */
export function sentence(s: string): string {
  return /[。！？]$/.test(s) ? s : `${s.replace(/[，,；;：:]$/, '')}。`;
}

const trimStop = (s: string): string => s.replace(/[。；;，,]$/, '');

/** 第四十条第一款 + items (一)(三) → 第四十条第一款第（一）项、第（三）项 */
export function articleLabel(a: LegalArticle): string {
  if (!a.items?.length) return a.article;
  return a.article + a.items.map((i) => `第（${chineseNumber(i.number)}）项`).join('、');
}

/** 《条例》第三十八条第（一）项“…：（一）分解住院、挂床住院” — never a quote ending in “：”. */
export function quoteArticle(a: LegalArticle): string {
  const items = a.items?.length ? a.items.map((i) => `（${chineseNumber(i.number)}）${trimStop(i.text)}`).join('；') : '';
  return `《${a.law}》${articleLabel(a)}“${items ? `${a.text}${items}` : trimStop(a.text)}”`;
}

export function quoteArticles(list: LegalArticle[]): string {
  if (list.length === 0) throw new DocumentError('BAD_INPUT', '文书缺少法律依据条文');
  return list.map(quoteArticle).join('，');
}

/** 《行政处罚法》第六十四条第（四）项、第（五）项 — one title per run of the same law. */
export function citeArticles(list: LegalArticle[]): string {
  if (list.length === 0) throw new DocumentError('BAD_INPUT', '文书缺少法律依据条文');
  const groups: { law: string; items: string[] }[] = [];
  for (const a of list) {
    const last = groups[groups.length - 1];
    if (last && last.law === a.law) last.items.push(articleLabel(a));
    else groups.push({ law: a.law, items: [articleLabel(a)] });
  }
  return groups
    .map((g) => {
      let previousMain = '';
      const shown = g.items.map((article) => {
        const m = /^(第[^条]+条)(.*)$/.exec(article);
        const main = m?.[1] ?? article;
        const rest = m?.[2] ?? '';
        const out = main === previousMain && rest !== '' ? rest : article;
        previousMain = main;
        return out;
      });
      return `《${g.law}》${shown.join('、')}`;
    })
    .join('、');
}

/** 《医疗保障行政处罚程序暂行规定》第三十一条 */
export function cite(t: { law: string; article: string }): string {
  return `《${t.law}》${t.article}`;
}

/** A fixed sentence of law, quoted with its citation: “…”（《…》第X条） */
export function lawQuote(t: LawText): string {
  return `“${t.text}”（${cite(t)}）`;
}

/** Items of a statutory list, by number, as quoted lines: （一）… */
export function listItems(name: LawListName, numbers: readonly number[]): string[] {
  const list = LISTS[name];
  return [...numbers]
    .sort((a, b) => a - b)
    .map((n) => {
      const text = (list.items as Record<number, string>)[n];
      if (!text) throw new DocumentError('BAD_INPUT', `${cite(list)}没有第（${chineseNumber(n)}）项`);
      return `（${chineseNumber(n)}）${text}`;
    });
}

/** 《…》第X条第Y款第（一）项、第（三）项 of a statutory list */
export function listCite(name: LawListName, numbers: readonly number[]): string {
  const list = LISTS[name];
  return `《${list.law}》${list.article}${[...numbers]
    .sort((a, b) => a - b)
    .map((n) => `第（${chineseNumber(n)}）项`)
    .join('、')}`;
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
export function ordinal(i: number): string {
  return ORDINALS[i] ?? chineseNumber(i + 1);
}

/** （一）a；（二）b。 as separate lines */
export function numbered(lines: string[]): string[] {
  return lines.map((s, i) => `（${ordinal(i)}）${trimStop(s)}${i === lines.length - 1 ? '。' : '；'}`);
}

export const money = (fen: number): string => formatFen(fen).both;

/** An order; `bare` leaves out the leading 责令 (under a heading that says it). */
export function orderText(o: Order, bare = false): string {
  const order = bare ? '' : '责令';
  const by = o.deadline ? `于${numericDate(o.deadline)}前` : '';
  switch (o.kind) {
    case '责令改正':
    case '责令限期改正':
      return `${order}${by}改正${o.text ?? '违法行为'}`;
    case '责令退回':
      return `${order}${by}退回${o.text ?? '医疗保障基金'}${money(o.amountFen!)}`;
    case '责令追回':
      return `${order}${by}追回${o.text ?? '医疗保障基金'}${money(o.amountFen!)}`;
    case '其他责令事项':
      return bare ? o.text!.replace(/^责令/, '') : o.text!;
  }
}

export function penaltyText(x: Penalty): string {
  switch (x.kind) {
    case '警告':
    case '通报批评':
      return x.kind;
    case '罚款':
      return `罚款${money(x.amountFen!)}`;
    case '没收违法所得':
      return `没收违法所得${money(x.amountFen!)}`;
    case '暂停医药服务':
    case '暂停联网结算':
      return `${trimStop(x.text!)}，期限${periodText({ value: x.months!, unit: '个月' })}`;
    case '其他行政处罚':
      return x.text!;
  }
}

/** The measures the statute gives to another authority: a referral, never decided here. */
export function referralText(r: Referral): string {
  return `依据${quoteArticle(r.basis)}的规定，本局将${r.concerning ? `${r.concerning}的` : '本案'}有关情况移送${r.authority}依法处理（${r.matter}）。`;
}

/**
 * The measures of each party: 责令 orders apart from 行政处罚, each party's lines apart (a
 * unit's fine and its responsible person's fine are never one sum), referrals last.
 */
export function measureBlocks(list: PartyMeasures[], proposed: boolean): Block[] {
  const blocks: Block[] = [];
  const verb = proposed ? '拟' : '';
  let n = 0;
  const heading = (s: string) => blocks.push(p(`${ordinal(n++)}、${s}`));
  const lines = (items: string[]) => numbered(items).forEach((s) => blocks.push(p(s)));
  if (list.length === 1) {
    const m = list[0]!;
    if (m.orders.length > 0) {
      heading(`${verb}责令当事人：`);
      lines(m.orders.map((o) => orderText(o, true)));
    }
    if (m.penalties.length > 0) {
      heading(`${verb}对当事人给予以下行政处罚：`);
      lines(m.penalties.map(penaltyText));
    }
  } else {
    for (const m of list) {
      if (m.orders.length === 0 && m.penalties.length === 0) continue;
      heading(`对当事人${m.party.name}${m.role === '当事人' ? '' : `（${m.of}${m.role}）`}：`);
      if (m.orders.length > 0) {
        blocks.push(p(`${verb}责令：`));
        lines(m.orders.map((o) => orderText(o, true)));
      }
      if (m.penalties.length > 0) {
        blocks.push(p(`${verb}给予以下行政处罚：`));
        lines(m.penalties.map(penaltyText));
      }
    }
  }
  const referrals = list.flatMap((m) => m.referrals);
  if (referrals.length > 0) {
    heading('移送处理：');
    referrals.forEach((r) => blocks.push(p(referralText(r))));
  }
  if (n === 0) throw new DocumentError('BAD_INPUT', '文书缺少责令事项或者处罚内容');
  return blocks;
}

/** Evidence by name and description; the files' SHA-256 go to the annex. */
export function evidenceBlocks(evidence: EvidenceItem[]): Block[] {
  if (evidence.length === 0) throw new DocumentError('BAD_INPUT', '文书缺少证据');
  const withFiles = evidence.some((e) => e.files?.length);
  return [
    ...evidence.map((e, i) =>
      p(`${i + 1}．${e.name}${e.quantity ? `（${e.quantity}）` : ''}${e.description ? `，${trimStop(e.description)}` : ''}${i === evidence.length - 1 ? '。' : '；'}`),
    ),
    ...(withFiles ? [p('上述证据中电子文件的文件名和哈希校验值见附件。')] : []),
  ];
}

/** 附件：证据电子文件校验值 (after the signature). */
export function evidenceAnnex(evidence: EvidenceItem[]): Block[] {
  const files = evidence.flatMap((e, i) => (e.files ?? []).map((f) => ({ n: i + 1, evidence: e.name, ...f })));
  if (files.length === 0) return [];
  const rows: Row[] = [
    { cells: ['证据序号', '证据名称', '文件名', 'SHA-256 校验值'].map((h) => label(h)) },
    ...files.map((f) => ({
      cells: [
        cell(String(f.n), { align: 'center' }),
        cell(f.evidence),
        cell(f.fileName),
        cell((f.sha256.toLowerCase().match(/.{1,16}/g) ?? []).map((part) => [t(part)])),
      ],
    })),
  ];
  return [{ type: 'spacer', lines: 1 }, { type: 'heading', text: '附件：证据电子文件校验值' }, { type: 'table', columns: [1.2, 3, 3.4, 3.4], rows }];
}

export function lossText(fundLossFen: number | undefined): string {
  return fundLossFen === undefined ? '' : `上述行为造成医疗保障基金损失${money(fundLossFen)}。`;
}

/** 如不服本决定… 向A（或者B）申请行政复议，或者…向C提起行政诉讼。 */
export function remedyText(remedy: Remedy, what: string, subject: string): string {
  const r = remedy.reconsideration;
  const bodies = r.bodies.join('或者');
  const court = remedy.litigation.court ?? `${BLANK}人民法院`;
  return (
    `${subject}如不服本${what}，可以自收到本${what}之日起${periodText(r.period)}内向${bodies}申请行政复议，` +
    `或者自收到本${what}之日起${periodText(remedy.litigation.period)}内向${court}提起行政诉讼。`
  );
}

export function officerList(officers: { name: string; certificateNo: string }[]): string {
  return officers.map((o) => `${o.name}（执法证号：${o.certificateNo}）`).join('、');
}

export function signature(issuer: Issuer, date: string): Block[] {
  return [
    { type: 'spacer', lines: 1 },
    { type: 'signature', lines: [issuer.name, '（印章）', chineseDate(date)] },
  ];
}

/** 联系人、电话、地址: a missing phone or address is a line to fill. */
export function contactBlocks(contact: Contact | undefined, issuer: Issuer): Block[] {
  if (!contact) return [];
  return [
    p(`联系人：${contact.person}　　联系电话：${orBlank(contact.phone ?? issuer.phone)}`),
    p(`联系地址：${orBlank(contact.address ?? issuer.address)}`),
  ];
}

export function itemsTable(items: PreservedItem[]): Block {
  const rows: Row[] = [
    { cells: ['序号', '名称', '规格', '数量', '备注'].map((h) => label(h)) },
    ...items.map((it, i) => ({
      cells: [cell(String(i + 1), { align: 'center' }), cell(it.name), cell(it.specification ?? ''), cell(it.quantity, { align: 'center' }), cell(it.note ?? '')],
      minHeight: 24,
    })),
  ];
  return { type: 'table', columns: [1, 4, 3, 2, 3], rows };
}

export function approvalCell(a: Approval | undefined, signerLabel: string): Cell {
  if (!a) return cell([[t('')], [t(`${signerLabel}（签名）：　　　　　　　　年　　月　　日`)]], { align: 'right' });
  return cell([[t(a.opinion)], [t(`${signerLabel}：${a.signer}　　${numericDate(a.date)}`)]]);
}

/** A signature line to sign by hand. */
export function signLine(who: string): Block {
  return p(`${/）$/.test(who) ? who : `${who}（签名）`}：　　　　　　　年　　月　　日`, { indent: false });
}

export const plain = (s: string): Block => p(s, { indent: false });
export const spans = (...parts: (string | Span)[]): Span[] => parts.map((x) => (typeof x === 'string' ? t(x) : x));

/** 当事人 rows of a form, one group per party. */
export function partyRows(parties: Party[], compact = false): Row[] {
  return parties.flatMap((party, i) => {
    const n = parties.length > 1 ? `当事人${i + 1}` : '当事人';
    if (compact) {
      return [
        { cells: [label(n), cell(party.name), label(idKindOf(party)), cell(orBlank(party.idNumber))], minHeight: 28 },
        { cells: [label(party.type === '公民' ? '住　　址' : '地　　址'), cell(orBlank(party.address), { colSpan: 3 })], minHeight: 28 },
      ];
    }
    const rep = party.legalRepresentative;
    return [
      { cells: [label(n), cell(party.name), label('当事人类型'), cell(party.category ? `${party.type}（${party.category}）` : party.type)], minHeight: 28 },
      { cells: [label(idKindOf(party)), cell(orBlank(party.idNumber), { colSpan: 3 })], minHeight: 28 },
      {
        cells: [
          label(party.type === '公民' ? '联系电话' : representativeTitle(party)),
          cell(party.type === '公民' ? (party.phone ?? '') : (rep?.name ?? '')),
          label(party.type === '公民' ? '性　　别' : '联系电话'),
          cell(party.type === '公民' ? (party.gender ?? '') : (party.phone ?? '')),
        ],
        minHeight: 28,
      },
      { cells: [label(party.type === '公民' ? '住　　址' : '地　　址'), cell(orBlank(party.address), { colSpan: 3 })], minHeight: 28 },
    ];
  });
}


export const FORM_COLUMNS = [2.6, 3.4, 2.2, 3.0];
