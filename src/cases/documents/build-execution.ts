// Service, payment and enforcement, transfer and closing: 送达回证, 电子送达确认书,
// 分期（延期）缴纳罚款决定书, 催告书, 强制执行申请书, 移送函, 结案报告.
import { cell, label, p, t, type Block, type Row, type Span } from './model.js';
import { formatFen, numericDate, numericDateTime, periodText } from './format.js';
import {
  approvalCell,
  BLANK,
  caseRef,
  cite,
  contactBlocks,
  evidenceAnnex,
  FORM_COLUMNS,
  header,
  listCite,
  listItems,
  money,
  numbered,
  orBlank,
  orderText,
  partyBlocks,
  partyRows,
  penaltyText,
  plain,
  quoteArticles,
  referralText,
  sentence,
  signLine,
  signature,
  you,
} from './build-common.js';
import { LAW, 行政强制法 } from './law-texts.js';
import type { Built } from './build-types.js';
import type { PaymentInstructions } from './schemas.js';
import type { DocumentData } from './types.js';

export function serviceReceipt(d: DocumentData['送达回证']): Built {
  const docs: Span[][] = d.documents.map((x) => [t(`《${x.name}》${x.docNumber ? `（${x.docNumber}）` : ''}${x.pages ? `共${x.pages}页` : ''}`)]);
  const rows: Row[] = [
    { cells: [label('案　　由'), cell(d.caseName)], minHeight: 30 },
    { cells: [label('送达文书\n名称及文号'), cell(docs)], minHeight: 44 },
    { cells: [label('受送达人'), cell(d.recipient)], minHeight: 30 },
    { cells: [label('送达地点'), cell(d.place)], minHeight: 30 },
    { cells: [label('送达方式'), cell(d.method)], minHeight: 30 },
    { cells: [label('送达时间'), cell(numericDateTime(d.servedAt))], minHeight: 30 },
    { cells: [label('受送达人\n签名或盖章'), cell([[t('')], [t('年　　月　　日')]], { align: 'right' })], minHeight: 56 },
    { cells: [label('代收人及与\n受送达人关系'), cell(d.signer ? `${d.signer.name}（${d.signer.relation}）` : '')], minHeight: 30 },
    { cells: [label('送达人'), cell(d.servers.map((o) => [t(`${o.name}（执法证号：${o.certificateNo}）`)]))], minHeight: 40 },
    { cells: [label('见证人'), cell(d.witness ?? '')], minHeight: 30 },
    { cells: [label('备　　注'), cell(d.note ?? '')], minHeight: 40 },
  ];
  return [...header(d.bureau, '送达回证'), { type: 'table', columns: [3, 9], rows }];
}

export function electronicServiceConsent(d: DocumentData['电子送达确认书']): Built {
  return [
    ...header(d.bureau, '电子送达确认书'),
    plain(`案由：${d.caseName}`),
    ...partyBlocks(d.party, '受送达人'),
    p(
      `根据${cite(LAW.electronicService)}“${LAW.electronicService.text}”和${cite(LAW.electronicServiceRule)}的规定，` +
        `受送达人同意${d.bureau.name}以下列方式向其送达${d.scope.replace(/[。；]$/, '')}：`,
    ),
    ...numbered(d.channels.map((c) => `${c.channel}：${c.address}`)).map((s) => p(s)),
    p('受送达人保证上述地址真实、有效；地址变更的，将及时书面告知送达机关。'),
    p('受送达人已知悉电子送达的方式，同意采用上述方式送达，并签订本确认书。'),
    { type: 'spacer', lines: 1 },
    plain(`签署人：${d.signer.name}（${d.signer.capacity}）`),
    signLine('受送达人'),
    ...signature(d.bureau, d.date),
  ];
}

function paymentWay(pay: Omit<PaymentInstructions, 'period' | 'lateFee'> | undefined): string {
  if (!pay) return '到指定的银行或者通过电子支付系统缴纳';
  const account =
    pay.accountName || pay.accountNo || pay.bankName ? `（收款单位：${pay.accountName ?? ''}；开户银行：${pay.bankName ?? ''}；账号：${pay.accountNo ?? ''}）` : '';
  return `${(pay.method ?? '到指定的银行或者通过电子支付系统缴纳').replace(/[，。]$/, '')}${account}`;
}

export function installmentDecision(d: DocumentData['分期（延期）缴纳罚款决定书']): Built {
  const u = you(d.party);
  const title = d.mode === '分期' ? '分期缴纳罚款决定书' : '延期缴纳罚款决定书';
  const blocks: Block[] = [
    ...header(d.bureau, title, d.docNumber),
    ...partyBlocks(d.party),
    p(
      `本局于${numericDate(d.decision.date)}作出《行政处罚决定书》（${d.decision.docNumber}），对${u}处罚款${money(d.fineFen)}。` +
        `${u}于${numericDate(d.applicationDate)}以${d.hardship.replace(/[。；，]$/, '')}为由，申请${d.mode}缴纳罚款。`,
    ),
    p(`依据${cite(LAW.installment)}“${LAW.installment.text}”的规定，经本局负责人${d.approvedBy}批准，本局决定同意${u}${d.mode}缴纳罚款：`),
  ];
  if (d.paidFen > 0) blocks.push(p(`${u}已缴纳罚款${money(d.paidFen)}，尚应缴纳${money(d.fineFen - d.paidFen)}。`));
  if (d.mode === '延期') {
    const s = d.schedule[0]!;
    blocks.push(p(`${u}应当于${numericDate(s.dueDate)}前缴纳罚款${money(s.amountFen)}。`));
  } else {
    blocks.push(...numbered(d.schedule.map((s, i) => `第${i + 1}期：${numericDate(s.dueDate)}前缴纳罚款${money(s.amountFen)}`)).map((s) => p(s)));
  }
  blocks.push(
    p(`缴纳方式：${paymentWay(d.payment)}。`),
    p(`${u}未按上述期限缴纳的，本局将依照《中华人民共和国行政处罚法》第七十二条的规定依法处理。${LAW.installmentEnforcement.text}（${cite(LAW.installmentEnforcement)}）。`),
    ...signature(d.bureau, d.date),
  );
  return { blocks, title };
}

const OWED: Record<string, { what: string; did: string }> = {
  罚款: { what: '罚款', did: '缴纳' },
  没收违法所得: { what: '没收违法所得', did: '缴纳' },
  责令退回: { what: '退回医疗保障基金', did: '退回' },
};

function owedLines(owed: { party?: string | undefined; item: string; dueFen: number; paidFen: number }[]): string[] {
  return owed.map((o) => {
    const w = OWED[o.item]!;
    return `${o.party ? `${o.party}：` : ''}应${w.what}${money(o.dueFen)}，已${w.did}${money(o.paidFen)}，尚未${w.did}${money(o.dueFen - o.paidFen)}`;
  });
}

function lateFeeText(l: NonNullable<DocumentData['催告书']['lateFee']>): string {
  return (
    `依据${cite(l.basis)}的规定，自${numericDate(l.fromDate)}起每日按罚款数额的百分之${l.percentPerDay === 3 ? '三' : l.percentPerDay}加处罚款，` +
    `截至${numericDate(l.asOfDate)}共计${l.days}日，已加处罚款${money(l.accruedFen)}（${LAW.lateFeeCap.text}，${cite(LAW.lateFeeCap)}）`
  );
}

export function demandNotice(d: DocumentData['催告书']): Built {
  const u = you(d.party);
  const unpaid = d.owed.reduce((a, o) => a + o.dueFen - o.paidFen, 0) + (d.lateFee?.accruedFen ?? 0);
  const anyPaid = d.owed.some((o) => o.paidFen > 0);
  const blocks: Block[] = [
    ...header(d.bureau, '催告书', d.docNumber),
    ...partyBlocks(d.party),
    p(
      `本局于${numericDate(d.decision.date)}作出《行政处罚决定书》（${d.decision.docNumber}），于${numericDate(d.decision.servedDate)}送达${u}。` +
        `${u}应当于${numericDate(d.decision.paymentDue)}前履行，但至今未${anyPaid ? '全部' : ''}履行。截至本催告书作出之日，${u}尚未履行的义务如下：`,
    ),
    ...numbered(owedLines(d.owed)).map((s) => p(s)),
  ];
  if (d.lateFee) blocks.push(p(`${lateFeeText(d.lateFee)}。`));
  blocks.push(
    p(`以上合计应缴纳${money(unpaid)}。`),
    p(
      `依据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，本局催告${u}自收到本催告书之日起${periodText(d.period)}内` +
        `${d.period.basis ? `（${cite(d.period.basis)}${d.period.unit === '工作日' && d.period.basis.law === 行政强制法 ? '、第六十九条' : ''}）` : ''}` +
        `履行上述义务，缴纳方式：${paymentWay(d.payment)}。`,
    ),
    p(`${u}收到本催告书后有权进行陈述和申辩（${cite(LAW.demandStatementRight)}），可以在上述期限内向本局提出陈述、申辩意见。`),
    p(`${u}逾期仍不履行的，本局将依法申请人民法院强制执行（${cite(LAW.demandBeforeCourt)}）。`),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
    signLine('当事人（签收）'),
  );
  return blocks;
}

export function enforcementApplication(d: DocumentData['强制执行申请书']): Built {
  const court = d.court ?? `${BLANK}人民法院`;
  const blocks: Block[] = [
    ...header(d.bureau, '强制执行申请书', d.docNumber),
    plain(`${court}：`),
    plain(`申请人：${d.bureau.name}`),
    plain(`地址：${orBlank(d.bureau.address)}`),
    plain(`负责人：${d.head.name}（${d.head.title}）`),
    plain(`联系人：${d.contact.person}　　联系电话：${orBlank(d.contact.phone ?? d.bureau.phone)}`),
    ...partyBlocks(d.party, '被申请人'),
    { type: 'heading', text: '申请事项' },
    p(`请求依法强制执行申请人作出的《行政处罚决定书》（${d.decision.docNumber}）确定的下列义务：`),
    ...numbered([...owedLines(d.owed), ...(d.lateFee ? [lateFeeText(d.lateFee)] : [])]).map((s) => p(s)),
    { type: 'heading', text: '事实和理由' },
    p(`申请人在办理${caseRef(d.caseName)}过程中查明：${sentence(d.facts.replace(/^经查，?/, ''))}`),
    p(`申请人依据${quoteArticles(d.basis)}的规定，于${numericDate(d.decision.date)}作出上述决定，并于${numericDate(d.decision.servedDate)}送达被申请人。`),
    p(`被申请人在法定期限内（至${numericDate(d.periodsEndedOn)}届满）未申请行政复议，也未提起行政诉讼，又不履行上述决定。${sentence(d.periodsNote)}`),
    p(
      `申请人于${numericDate(d.demand.date)}作出《催告书》（${d.demand.docNumber}），于${numericDate(d.demand.servedDate)}送达被申请人。` +
        `催告期限于${numericDate(d.demand.expiredOn)}届满，被申请人仍未履行。被申请人的意见：${sentence(d.partyOpinion)}`,
    ),
    p(
      `依据${cite(LAW.enforcementApplication)}“${LAW.enforcementApplication.text}”和${cite(LAW.demandBeforeCourt)}“${LAW.demandBeforeCourt.text}”的规定，` +
        '申请人特向你院申请强制执行。',
    ),
    { type: 'heading', text: '附送材料' },
    ...numbered(d.materials.map((m) => `${m.name}${m.pages ? `（${m.pages}页）` : ''}`)).map((s) => p(s)),
    p('此致', { indent: true }),
    plain(court),
    { type: 'spacer', lines: 1 },
    signLine('负责人'),
    ...signature(d.bureau, d.date),
  ];
  return blocks;
}

export function transferLetter(d: DocumentData['移送函']): Built {
  const basis =
    d.recipient.kind === '公安'
      ? `依据${quoteArticles(d.basis)}的规定，${LAW.crimeTransfer.text}（${cite(LAW.crimeTransfer)}）。`
      : `依据${quoteArticles(d.basis)}的规定，本案有关事项属于贵单位的职责范围（${cite(LAW.transferMechanism)}，${cite(LAW.transferJurisdiction)}）。`;
  return [
    ...header(d.bureau, '移送函', d.docNumber),
    plain(`${d.recipient.name}：`),
    p(`本局在办理${caseRef(d.caseName)}过程中查明：${sentence(d.facts.replace(/^经查，?/, ''))}`),
    ...partyBlocks(d.party),
    ...(d.persons.length > 0 ? [plain(`涉及人员：${d.persons.map((x) => `${x.name}（${x.position}）`).join('、')}`)] : []),
    p(basis),
    p(`现将本案移送贵单位，请依法${d.request.replace(/[。；]$/, '')}，并将处理结果函告本局。`),
    { type: 'heading', text: '随函移送的案件材料：' },
    ...numbered(d.materials.map((m) => `${m.name}${m.quantity ? `（${m.quantity}）` : ''}`)).map((s) => p(s)),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
    ...evidenceAnnex(d.evidence),
  ];
}

const EXECUTION_ITEM_LABEL: Record<string, string> = { 罚款: '罚款', 没收违法所得: '没收违法所得', 责令退回: '退回医疗保障基金', 加处罚款: '加处罚款' };

/** The 结案报告 is an internal form: amounts in figures only, to keep it on one page. */
const figuresOnly = (s: string): string => s.replace(/（人民币[^）]*）/g, '');

function executionLines(e: DocumentData['结案报告']['execution']): Span[][] {
  const out: Span[][] = [[t(`执行结果：${e.outcome}`)]];
  for (const l of e.lines) {
    out.push([
      t(figuresOnly(`${l.party}：${EXECUTION_ITEM_LABEL[l.item]}应缴${money(l.dueFen)}，已缴${money(l.paidFen)}${l.paidFen < l.dueFen ? `，尚欠${money(l.dueFen - l.paidFen)}` : ''}。`)),
    ]);
    for (const x of l.payments) {
      out.push([t(`缴款记录：${numericDate(x.date)}，${formatFen(x.amountFen).figures}${x.receiptNo ? `，票据号${x.receiptNo}` : ''}。`)]);
    }
  }
  const c = e.court;
  if (c) {
    const bits = [`${numericDate(c.applicationDate)}向${c.name}申请强制执行`];
    if (c.acceptedDate) bits.push(`${numericDate(c.acceptedDate)}${c.name}受理`);
    if (c.rulingDate) bits.push(`${numericDate(c.rulingDate)}作出${e.outcome === '人民法院裁定不予执行' ? '不予执行' : ''}裁定${c.rulingNo ? `（${c.rulingNo}）` : ''}`);
    out.push([t(`${bits.join('，')}。`)]);
  }
  if (e.note) out.push([t(sentence(e.note))]);
  return out;
}

export function caseClosingReport(d: DocumentData['结案报告']): Built {
  const rows: Row[] = [
    { cells: [label('案　　由'), cell(d.caseName, { colSpan: 3 })], minHeight: 30 },
    { cells: [label('立案编号'), cell(d.caseNumber), label('立案日期'), cell(numericDate(d.filingDate))], minHeight: 30 },
    ...partyRows(d.parties, true),
  ];
  if (d.decision) {
    const dec = d.decision;
    const lines: Span[][] = [];
    for (const m of dec.parties) {
      const who = dec.parties.length > 1 ? `${m.party.name}：` : '';
      if (m.orders.length) lines.push([t(figuresOnly(`${who}责令事项：${m.orders.map((o) => orderText(o)).join('；')}`))]);
      if (m.penalties.length) lines.push([t(figuresOnly(`${who}行政处罚：${m.penalties.map(penaltyText).join('；')}`))]);
      for (const r of m.referrals) lines.push([t(`${who}移送${r.authority}依法处理（${r.matter}）`)]);
    }
    if (lines.length === 0) lines.push([t('不予行政处罚。')]);
    rows.push(
      { cells: [label(`${dec.title.replace(/书$/, '')}\n文号`), cell(dec.docNumber), label('决定日期'), cell(numericDate(dec.date))], minHeight: 30 },
      { cells: [label('决定内容'), cell(lines, { colSpan: 3 })], minHeight: 36 },
    );
  }
  const g = d.closingGround;
  const ground = `符合${listCite('closing', [g.item])}“${listItems('closing', [g.item])[0]!.replace(/^（[^）]+）/, '')}”规定的结案情形${g.explanation ? `：${sentence(g.explanation)}` : '。'}`;
  rows.push(
    { cells: [label('执行情况'), cell(executionLines(d.execution), { colSpan: 3 })], minHeight: 40 },
    { cells: [label('案件办理\n情况'), cell(d.summary, { colSpan: 3 })], minHeight: 44 },
    { cells: [label('结案理由'), cell(ground, { colSpan: 3 })], minHeight: 32 },
    {
      cells: [
        label('承办人意见'),
        cell([[t(d.officerOpinion.opinion)], [t(`承办人：${d.officers.map((o) => o.name).join('、')}　　${numericDate(d.officerOpinion.date)}`)]], { colSpan: 3 }),
      ],
      minHeight: 44,
    },
    { cells: [label('负责人\n审批意见'), { ...approvalCell(d.headApproval, '负责人'), colSpan: 3 }], minHeight: 44 },
  );
  return [...header(d.bureau, '结案报告'), { type: 'table', columns: FORM_COLUMNS, rows }];
}
