// One builder per document: case data in, neutral block list out.
import { cell, label, p, t, type Block, type DocModel, type Row, type Span } from './model.js';
import {
  chineseDate,
  chineseNumber,
  citeBasis,
  DocumentError,
  formatFen,
  numericDate,
  numericDateTime,
  periodText,
  shanghaiParts,
} from './format.js';
import type {
  Bureau,
  CaseClosingReportInput,
  CaseFilingApprovalInput,
  DocumentInputs,
  DocumentKind,
  EvidenceItem,
  EvidencePreservationNoticeInput,
  HearingNoticeInput,
  InquiryRecordInput,
  LegalArticle,
  Measures,
  Officer,
  Party,
  PenaltyDecisionInput,
  PenaltyPriorNoticeInput,
  PreservedItem,
  RightsNotice,
  SealingNoticeInput,
  ServiceReceiptInput,
} from './types.js';

// ---------------------------------------------------------------------------
// shared pieces

function required(value: string | undefined, what: string): string {
  if (value === undefined || value.trim() === '') throw new DocumentError('BAD_INPUT', `文书缺少必填内容：${what}`);
  return value;
}

function header(bureau: Bureau, title: string, docNumber?: string): Block[] {
  const blocks: Block[] = [
    { type: 'title', text: required(bureau.name, '执法主体名称'), level: 'bureau' },
    { type: 'title', text: title, level: 'document' },
  ];
  if (docNumber !== undefined) blocks.push({ type: 'docNumber', text: required(docNumber, '文号'), align: 'right' });
  return blocks;
}

/** 你单位 / 你 */
function you(party: Party): string {
  return party.type === '公民' ? '你' : '你单位';
}

function idKind(party: Party): string {
  return party.idKind ?? (party.type === '公民' ? '公民身份号码' : '统一社会信用代码');
}

function partyBlocks(party: Party): Block[] {
  const line = (labelText: string, value: string): Block => p([t(labelText), t(value)], { indent: false });
  const blocks: Block[] = [line('当事人：', required(party.name, '当事人名称'))];
  if (party.type === '公民' && (party.gender || party.birthDate)) {
    const bits = [party.gender ? `性别：${party.gender}` : '', party.birthDate ? `出生日期：${numericDate(party.birthDate)}` : ''];
    blocks.push(p(bits.filter(Boolean).join('　　'), { indent: false }));
  }
  blocks.push(line(`${idKind(party)}：`, required(party.idNumber, idKind(party))));
  if (party.legalRepresentative) {
    blocks.push(line(`${party.legalRepresentative.title ?? (party.type === '法人' ? '法定代表人' : '负责人')}：`, party.legalRepresentative.name));
  }
  blocks.push(line(party.type === '公民' ? '住址：' : '地址：', required(party.address, '当事人地址')));
  if (party.phone) blocks.push(line('联系电话：', party.phone));
  return blocks;
}

function quote(article: LegalArticle): string {
  return `《${article.law}》${article.article}“${article.text.replace(/[。；]$/, '')}”`;
}

function quotes(articles: LegalArticle[]): string {
  if (articles.length === 0) throw new DocumentError('BAD_INPUT', '文书缺少法律依据条文');
  return articles.map(quote).join('，');
}

/** 《行政处罚法》第六十四条第（四）项、第（五）项 — one title per run of the same law. */
function cites(articles: LegalArticle[]): string {
  if (articles.length === 0) throw new DocumentError('BAD_INPUT', '文书缺少法律依据条文');
  const groups: { law: string; items: string[] }[] = [];
  for (const a of articles) {
    const last = groups[groups.length - 1];
    if (last && last.law === a.law) last.items.push(a.article);
    else groups.push({ law: a.law, items: [a.article] });
  }
  return groups
    .map((g) => {
      let previousMain = '';
      const items = g.items.map((article) => {
        const m = /^(第[^条]+条)(.*)$/.exec(article);
        const main = m?.[1] ?? article;
        const rest = m?.[2] ?? '';
        const shown = main === previousMain && rest !== '' ? rest : article;
        previousMain = main;
        return shown;
      });
      return `《${g.law}》${items.join('、')}`;
    })
    .join('、');
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
function ordinal(i: number): string {
  return ORDINALS[i] ?? String(i + 1);
}

/** The measures as numbered items: （一）责令退回…；（二）处罚款… */
export function measureLines(m: Measures): string[] {
  const items: string[] = [];
  if (m.correction) items.push(m.correction);
  if (m.warning) items.push('警告');
  if (m.refundFen !== undefined) items.push(`责令退回医疗保障基金${formatFen(m.refundFen).both}`);
  if (m.confiscateFen !== undefined) items.push(`没收违法所得${formatFen(m.confiscateFen).both}`);
  if (m.fineFen !== undefined) items.push(`处罚款${formatFen(m.fineFen).both}`);
  if (m.suspension) {
    if (!Number.isInteger(m.suspension.months) || m.suspension.months <= 0) {
      throw new DocumentError('BAD_INPUT', `暂停期限必须是正整数个月，收到：${m.suspension.months}`);
    }
    items.push(`${m.suspension.scope}${periodText({ value: m.suspension.months, unit: '个月' })}`);
  }
  for (const o of m.other ?? []) items.push(o);
  if (items.length === 0) throw new DocumentError('BAD_INPUT', '文书缺少处罚或处理内容');
  return items.map((s, i) => `（${ordinal(i)}）${s}${i === items.length - 1 ? '。' : '；'}`);
}

function evidenceBlocks(evidence: EvidenceItem[]): Block[] {
  if (evidence.length === 0) throw new DocumentError('BAD_INPUT', '文书缺少证据');
  return evidence.map((e, i) =>
    p(`${i + 1}．${e.name}${e.quantity ? `（${e.quantity}）` : ''}${e.description ? `，${e.description}` : ''}；`.replace(/；$/, i === evidence.length - 1 ? '。' : '；')),
  );
}

function officerList(officers: Officer[]): string {
  if (officers.length === 0) throw new DocumentError('BAD_INPUT', '文书缺少执法人员');
  return officers.map((o) => `${o.name}（执法证号：${o.certificateNo}）`).join('、');
}

function signature(bureau: Bureau, date: string): Block[] {
  return [
    { type: 'spacer', lines: 1 },
    { type: 'signature', lines: [`${bureau.name}`, '（印章）', chineseDate(date)] },
  ];
}

function contactBlocks(contact: { person: string; phone: string; address?: string } | undefined, bureau: Bureau): Block[] {
  if (!contact) return [];
  const blocks: Block[] = [p(`联系人：${contact.person}　　联系电话：${contact.phone}`, { indent: true })];
  const address = contact.address ?? bureau.address;
  if (address) blocks.push(p(`联系地址：${address}`));
  return blocks;
}

function lossText(fundLossFen: number | undefined): string {
  return fundLossFen === undefined ? '' : `造成医疗保障基金损失${formatFen(fundLossFen).both}。`;
}

function appealText(rights: Pick<RightsNotice, 'reconsideration' | 'litigation'>, what: string, subject: string): string {
  return (
    `${subject}如不服本${what}，可以自收到本${what}之日起${periodText(rights.reconsideration.period)}内向${required(rights.reconsideration.body, '复议机关')}申请行政复议，` +
    `或者自收到本${what}之日起${periodText(rights.litigation.period)}内向${required(rights.litigation.court, '人民法院')}提起行政诉讼。`
  );
}

function itemsTable(items: PreservedItem[]): Block {
  if (items.length === 0) throw new DocumentError('BAD_INPUT', '文书缺少物品（资料）清单');
  const rows: Row[] = [
    { cells: ['序号', '名称', '规格', '数量', '备注'].map((h) => label(h)) },
    ...items.map((it, i) => ({
      cells: [
        cell(String(i + 1), { align: 'center' }),
        cell(it.name),
        cell(it.specification ?? ''),
        cell(it.quantity, { align: 'center' }),
        cell(it.note ?? ''),
      ],
      minHeight: 24,
    })),
  ];
  return { type: 'table', columns: [1, 4, 3, 2, 3], rows };
}

function approvalCell(a: { opinion: string; signer: string; date: string } | undefined, signerLabel: string): ReturnType<typeof cell> {
  if (!a) return cell([[t('')], [t(`${signerLabel}：　　　　　　　　　年　　月　　日`)]], { align: 'right' });
  return cell([[t(a.opinion)], [t(`${signerLabel}：${a.signer}　　${numericDate(a.date)}`)]]);
}

// ---------------------------------------------------------------------------
// the documents

function caseFilingApproval(d: CaseFilingApprovalInput): Block[] {
  const party = d.party;
  const rep = party.legalRepresentative;
  const rows: Row[] = [
    { cells: [label('案　　由'), cell(required(d.caseName, '案由'), { colSpan: 3 })], minHeight: 30 },
    { cells: [label('案件来源'), cell(required(d.source, '案件来源')), label('来源时间'), cell(numericDate(d.sourceDate))], minHeight: 30 },
    { cells: [label('当事人'), cell(party.name), label('当事人类型'), cell(party.type)], minHeight: 30 },
    { cells: [label(idKind(party)), cell(party.idNumber, { colSpan: 3 })], minHeight: 30 },
    {
      cells: [
        label(party.type === '公民' ? '联系电话' : (rep?.title ?? (party.type === '法人' ? '法定代表人' : '负责人'))),
        cell(party.type === '公民' ? (party.phone ?? '') : (rep?.name ?? '')),
        label(party.type === '公民' ? '性　　别' : '联系电话'),
        cell(party.type === '公民' ? (party.gender ?? '') : (party.phone ?? '')),
      ],
      minHeight: 30,
    },
    { cells: [label('地　　址'), cell(party.address, { colSpan: 3 })], minHeight: 30 },
    { cells: [label('简要案情'), cell(required(d.briefFacts, '简要案情'), { colSpan: 3 })], minHeight: 80 },
    {
      cells: [label('涉嫌违反的\n法律规定'), cell(cites(d.articles), { colSpan: 3 })],
      minHeight: 40,
    },
    { cells: [label('承办人'), cell(d.officers.map((o) => [t(`${o.name}（执法证号：${o.certificateNo}）`)]), { colSpan: 3 })], minHeight: 30 },
    {
      cells: [
        label('承办人意见'),
        cell([[t(d.officerOpinion.opinion)], [t(`承办人：${d.officers.map((o) => o.name).join('、')}　　${numericDate(d.officerOpinion.date)}`)]], { colSpan: 3 }),
      ],
      minHeight: 48,
    },
    { cells: [label('承办机构\n审核意见'), { ...approvalCell(d.departmentApproval, '审核人'), colSpan: 3 }], minHeight: 48 },
    { cells: [label('负责人\n审批意见'), { ...approvalCell(d.headApproval, '负责人'), colSpan: 3 }], minHeight: 48 },
  ];
  if (d.officers.length < 2) throw new DocumentError('BAD_INPUT', '立案审批表应列明不少于两名执法人员');
  return [...header(d.bureau, '立案审批表', d.docNumber), { type: 'table', columns: [2.6, 3.4, 2.2, 3.0], rows }];
}

function inquiryRecord(d: InquiryRecordInput): Block[] {
  const start = shanghaiParts(d.start);
  const end = shanghaiParts(d.end);
  if (new Date(d.end).getTime() < new Date(d.start).getTime()) {
    throw new DocumentError('BAD_DATE', '询问结束时间早于开始时间');
  }
  const endText =
    end.date === start.date ? `${end.hour}时${String(end.minute).padStart(2, '0')}分` : numericDateTime(d.end);
  const who = d.interviewee;
  const line = (s: string): Block => p(s, { indent: false });
  const blocks: Block[] = [
    ...header(d.bureau, '询问笔录'),
    line(`案由：${required(d.caseName, '案由')}`),
    line(`询问时间：${numericDateTime(d.start)}至${endText}`),
    line(`询问地点：${required(d.place, '询问地点')}`),
    line(`询问人：${officerList(d.inquirers)}`),
    line(`记录人：${required(d.recorder, '记录人')}`),
    line(
      `被询问人：${required(who.name, '被询问人')}${who.gender ? `　　性别：${who.gender}` : ''}${who.age !== undefined ? `　　年龄：${who.age}` : ''}`,
    ),
    line(`身份证件号码：${required(who.idNumber, '被询问人身份证件号码')}`),
  ];
  if (who.employer || who.position) blocks.push(line(`工作单位及职务：${[who.employer, who.position].filter(Boolean).join('　')}`));
  if (who.address) blocks.push(line(`住址：${who.address}`));
  if (who.phone) blocks.push(line(`联系电话：${who.phone}`));
  blocks.push(line(`与本案关系：${required(who.relation, '与本案关系')}`));
  if (d.inquirers.length < 2) throw new DocumentError('BAD_INPUT', '询问应当由不少于两名执法人员进行');
  const names = d.inquirers.map((o) => o.name).join('、');
  const certs = d.inquirers.map((o) => o.certificateNo).join('、');
  const qa: { q: string; a: string }[] = [
    {
      q:
        `我们是${d.bureau.name}的执法人员${names}，执法证号分别为${certs}，这是我们的执法证件，请你过目。` +
        `现依法就${d.caseName}的有关情况向你了解，你应当如实回答，不得隐瞒或者提供虚假情况。` +
        '如果你认为执法人员与本案有直接利害关系或者有其他关系可能影响公正执法的，可以申请回避。你是否申请回避？',
      a: required(d.recusalAnswer, '回避询问的回答'),
    },
    ...d.qa,
  ];
  for (const { q, a } of qa) {
    blocks.push(p([t('问：', { bold: true }), t(q)], { indent: false }));
    blocks.push(p([t('答：', { bold: true }), t(a)], { indent: false }));
  }
  blocks.push(
    p([t('被询问人意见：', { bold: true }), t(d.closing ?? '以上笔录我已看过（已向我宣读），与我所说的相符。')], { indent: false }),
    { type: 'spacer', lines: 1 },
    p('被询问人（签名）：　　　　　　　　　　　　　年　　月　　日', { indent: false }),
    p('询问人（签名）：　　　　　　　　　　　　　　年　　月　　日', { indent: false }),
    p('记录人（签名）：　　　　　　　　　　　　　　年　　月　　日', { indent: false }),
  );
  return blocks;
}

function evidencePreservation(d: EvidencePreservationNoticeInput): Blocks {
  const u = you(d.party);
  return [
    ...header(d.bureau, '先行登记保存通知书', d.docNumber),
    ...partyBlocks(d.party),
    p(
      `因${u}涉嫌${required(d.caseName, '案由')}，相关证据可能灭失或者以后难以取得，经本局负责人（${required(d.approvedBy, '批准人')}）批准，` +
        `根据${quotes(d.articles)}的规定，本局决定对下列物品（资料）予以先行登记保存：`,
    ),
    itemsTable(d.items),
    p(`保存地点：${required(d.storagePlace, '保存地点')}；保存方式：${required(d.storageMethod, '保存方式')}。`),
    p(
      `先行登记保存自${numericDate(d.startDate)}起，本局将在${periodText(d.period)}内作出处理决定` +
        `${d.period.basis ? `（${citeBasis(d.period.basis)}）` : ''}。在此期间，${u}或者有关人员不得销毁或者转移上述证据。`,
    ),
    p(`执法人员：${officerList(d.officers)}`),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
    p('当事人（签名或盖章）：　　　　　　　　　　　　年　　月　　日', { indent: false, small: true }),
  ];
}
type Blocks = Block[];

function sealingNotice(d: SealingNoticeInput): Blocks {
  const u = you(d.party);
  const blocks: Block[] = [
    ...header(d.bureau, '封存通知书', d.docNumber),
    ...partyBlocks(d.party),
    p(
      `因${u}涉嫌${required(d.caseName, '案由')}，${required(d.reason, '封存理由')}。根据${quotes(d.articles)}的规定，` +
        `本局决定对下列资料（物品）予以封存：`,
    ),
    itemsTable(d.items),
    p(`封存地点：${required(d.storagePlace, '封存地点')}。`),
    p(
      `封存期限为${periodText(d.period)}，自${numericDate(d.startDate)}起计算${d.period.basis ? `（${citeBasis(d.period.basis)}）` : ''}。` +
        `封存期间，${u}不得擅自启封、转移、隐匿或者损毁被封存的资料（物品）。`,
    ),
  ];
  if (d.emergency) {
    const e = d.emergency;
    if (new Date(e.approvedAt).getTime() < new Date(e.reportedAt).getTime()) {
      throw new DocumentError('BAD_DATE', '封存补办批准时间早于报告时间');
    }
    blocks.push(
      p(
        `本次封存系情况紧急时当场实施，执法人员已于${numericDateTime(e.reportedAt)}向本局负责人报告，` +
          `并于${numericDateTime(e.approvedAt)}经${e.approvedBy}批准（${citeBasis(e.basis)}）。`,
      ),
    );
  }
  blocks.push(
    p(appealText(d.rights, '通知书', u)),
    p(`执法人员：${officerList(d.officers)}`),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
    p('当事人（签名或盖章）：　　　　　　　　　　　　年　　月　　日', { indent: false, small: true }),
  );
  return blocks;
}

function priorNotice(d: PenaltyPriorNoticeInput): Blocks {
  const u = you(d.party);
  const rights = d.rights;
  const rightsText =
    `根据《中华人民共和国行政处罚法》第四十四条、第四十五条${rights.hearing ? '、第六十三条、第六十四条' : ''}的规定，` +
    `${u}享有陈述、申辩${rights.hearing ? '和要求听证' : ''}的权利。${u}可以自收到本告知书之日起${periodText(rights.statement)}内向本局提出陈述、申辩意见` +
    (rights.hearing
      ? `；要求听证的，应当自收到本告知书之日起${periodText(rights.hearing)}内向本局提出`
      : '') +
    `。逾期未提出的，视为放弃上述权利。`;
  return [
    ...header(d.bureau, '行政处罚事先告知书', d.docNumber),
    ...partyBlocks(d.party),
    p(`本局于${numericDate(d.filingDate)}对${u}涉嫌${required(d.caseName, '案由')}立案调查。经查，${required(d.facts, '违法事实')}${lossText(d.fundLossFen)}`),
    p('以上事实有下列证据证明：'),
    ...evidenceBlocks(d.evidence),
    p(`本局认为，${u}的上述行为违反了${quotes(d.violated)}的规定。`),
    ...discretionBlocks(d.discretion, true),
    p(`依据${quotes(d.basis)}的规定，本局拟对${u}作出如下行政处罚：`),
    ...measureLines(d.measures).map((s) => p(s)),
    p(rightsText),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
  ];
}

function discretionBlocks(discretion: { level?: string; reasons: string[]; standard?: string }, proposed = false): Block[] {
  if (discretion.reasons.length === 0) throw new DocumentError('BAD_INPUT', '文书缺少裁量理由');
  const reasons = discretion.reasons.map((r) => r.replace(/[。；，]$/, '')).join('；');
  return [
    p(
      `本局综合考虑以下情节：${reasons}${discretion.standard ? `，参照${discretion.standard}` : ''}` +
        `${discretion.level ? `，${proposed ? '拟' : ''}依法予以${discretion.level}处罚` : ''}。`,
    ),
  ];
}

function hearingNotice(d: HearingNoticeInput): Blocks {
  const u = you(d.party);
  const officers = d.hearingOfficers && d.hearingOfficers.length > 0 ? `；听证员：${d.hearingOfficers.join('、')}` : '';
  return [
    ...header(d.bureau, '听证通知书', d.docNumber),
    ...partyBlocks(d.party),
    p(
      `根据${u}于${numericDate(d.requestDate)}提出的听证要求，本局决定于${numericDateTime(d.hearingTime)}在${required(d.hearingPlace, '听证地点')}` +
        `${d.publicHearing ? '公开' : `不公开（${required(d.nonPublicReason, '不公开听证的理由')}）`}举行听证，就${required(d.caseName, '案由')}听取${u}的陈述、申辩和质证意见。`,
    ),
    p(`听证主持人：${required(d.host, '听证主持人')}${officers}；记录员：${required(d.recorder, '记录员')}。`),
    p(`依据${cites(d.articles)}的规定，现将有关事项告知如下：`),
    ...d.articles.map((a, i) => p(`${ordinal(i)}、${a.text.replace(/[。；，]$/, '')}。`)),
    p(
      `${ordinal(d.articles.length)}、请${u}携带身份证明${d.party.type === '公民' ? '' : '、营业执照或者登记证书副本'}及有关证据材料按时参加听证；委托代理人参加的，应当提交授权委托书。`,
    ),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
  ];
}

function decision(d: PenaltyDecisionInput): Blocks {
  const party = '当事人';
  const recital =
    `${party}涉嫌${required(d.caseName, '案由')}一案，本局于${numericDate(d.filingDate)}立案调查，` +
    `于${numericDate(d.priorNotice.date)}向${party}送达了《行政处罚事先告知书》（${required(d.priorNotice.docNumber, '事先告知书文号')}），` +
    `告知${party}拟作出行政处罚的事实、理由、依据及依法享有的权利。` +
    (d.statement.made ? `${party}在规定期限内提出了陈述、申辩意见。` : `${party}在规定期限内未提出陈述、申辩意见。`) +
    (d.hearing?.held && d.hearing.date ? `本局于${numericDate(d.hearing.date)}依法举行了听证。` : '') +
    (d.collectiveDiscussionDate ? `本案经本局负责人于${numericDate(d.collectiveDiscussionDate)}集体讨论。` : '') +
    '本案现已调查终结。';
  const blocks: Block[] = [
    ...header(d.bureau, '行政处罚决定书', d.docNumber),
    ...partyBlocks(d.party),
    p(recital),
    p(`经查，${required(d.facts, '违法事实')}${lossText(d.fundLossFen)}`),
    p('上述事实有以下证据证明：'),
    ...evidenceBlocks(d.evidence),
    p(`本局认为，${party}的上述行为违反了${quotes(d.violated)}的规定。`),
  ];
  if (d.statement.made) {
    blocks.push(p(`${party}陈述、申辩称：${required(d.statement.summary, '陈述申辩要点')}经复核，${required(d.statement.review, '复核意见')}`));
  }
  if (d.hearing?.held && d.hearing.summary) blocks.push(p(`听证情况：${d.hearing.summary}`));
  blocks.push(...discretionBlocks(d.discretion));
  blocks.push(p(`依据${quotes(d.basis)}的规定，本局决定对${party}作出如下行政处罚：`));
  blocks.push(...measureLines(d.measures).map((s) => p(s)));
  if (d.payment) {
    const pay = d.payment;
    const account =
      pay.accountName || pay.accountNo || pay.bankName
        ? `（收款单位：${pay.accountName ?? ''}；开户银行：${pay.bankName ?? ''}；账号：${pay.accountNo ?? ''}）`
        : '';
    let text =
      `${party}应当自收到本决定书之日起${periodText(pay.period)}内${pay.method ? `，${pay.method}，` : ''}将罚款缴至指定账户${account}` +
      `${pay.period.basis ? `（${citeBasis(pay.period.basis)}）` : ''}。`;
    if (pay.lateFee) {
      text +=
        `到期不缴纳罚款的，本局将依据${citeBasis(pay.lateFee.basis)}的规定，每日按罚款数额的百分之${chineseNumber(pay.lateFee.percentPerDay)}加处罚款，` +
        '加处罚款的数额不得超出罚款的数额。';
    }
    blocks.push(p(text));
  }
  blocks.push(
    p(
      appealText(d.rights, '决定书', party) +
        '申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外（《中华人民共和国行政处罚法》第七十三条）。',
    ),
    ...signature(d.bureau, d.date),
  );
  return blocks;
}

function serviceReceipt(d: ServiceReceiptInput): Blocks {
  if (d.documents.length === 0) throw new DocumentError('BAD_INPUT', '送达回证缺少送达文书');
  if (d.method === '留置送达' && !d.witness) throw new DocumentError('BAD_INPUT', '留置送达应当记明见证人');
  const docs: Span[][] = d.documents.map((x) => [
    t(`《${x.name}》${x.docNumber ? `（${x.docNumber}）` : ''}${x.pages ? `共${x.pages}页` : ''}`),
  ]);
  const rows: Row[] = [
    { cells: [label('案　　由'), cell(required(d.caseName, '案由'))], minHeight: 30 },
    { cells: [label('送达文书\n名称及文号'), cell(docs)], minHeight: 44 },
    { cells: [label('受送达人'), cell(required(d.recipient, '受送达人'))], minHeight: 30 },
    { cells: [label('送达地点'), cell(required(d.place, '送达地点'))], minHeight: 30 },
    { cells: [label('送达方式'), cell(d.method)], minHeight: 30 },
    { cells: [label('送达时间'), cell(numericDateTime(d.servedAt))], minHeight: 30 },
    {
      cells: [label('受送达人\n签名或盖章'), cell([[t('')], [t('年　　月　　日')]], { align: 'right' })],
      minHeight: 56,
    },
    {
      cells: [
        label('代收人及与\n受送达人关系'),
        cell(d.signer ? `${d.signer.name}（${d.signer.relation}）` : ''),
      ],
      minHeight: 30,
    },
    { cells: [label('送达人'), cell(d.servers.map((o) => [t(`${o.name}（执法证号：${o.certificateNo}）`)]))], minHeight: 40 },
    { cells: [label('见证人'), cell(d.witness ?? '')], minHeight: 30 },
    { cells: [label('备　　注'), cell(d.note ?? '')], minHeight: 40 },
  ];
  if (d.servers.length === 0) throw new DocumentError('BAD_INPUT', '送达回证缺少送达人');
  return [...header(d.bureau, '送达回证'), { type: 'table', columns: [3, 9], rows }];
}

function caseClosingReport(d: CaseClosingReportInput): Blocks {
  const party = d.party;
  const exec = d.execution;
  const execLines: Span[][] = [];
  if (exec.finePaidFen !== undefined) execLines.push([t(`已缴纳罚款${formatFen(exec.finePaidFen).both}`)]);
  if (exec.refundPaidFen !== undefined) execLines.push([t(`已退回医疗保障基金${formatFen(exec.refundPaidFen).both}`)]);
  if (exec.lateFeePaidFen !== undefined) execLines.push([t(`已缴纳加处罚款${formatFen(exec.lateFeePaidFen).both}`)]);
  if (exec.paidDate) execLines.push([t(`缴纳（退回）日期：${numericDate(exec.paidDate)}`)]);
  execLines.push([t(required(exec.summary, '执行情况'))]);
  const rows: Row[] = [
    { cells: [label('案　　由'), cell(required(d.caseName, '案由'), { colSpan: 3 })], minHeight: 30 },
    { cells: [label('立案编号'), cell(required(d.caseNumber, '立案编号')), label('立案日期'), cell(numericDate(d.filingDate))], minHeight: 30 },
    { cells: [label('当事人'), cell(party.name), label('当事人类型'), cell(party.type)], minHeight: 30 },
    { cells: [label(idKind(party)), cell(party.idNumber, { colSpan: 3 })], minHeight: 30 },
  ];
  if (d.decision) {
    rows.push(
      {
        cells: [label('处罚决定书\n文号'), cell(d.decision.docNumber), label('决定日期'), cell(numericDate(d.decision.date))],
        minHeight: 30,
      },
      { cells: [label('处罚决定\n内容'), cell(measureLines(d.decision.measures).map((s) => [t(s)]), { colSpan: 3 })], minHeight: 48 },
    );
  }
  rows.push(
    { cells: [label('执行情况'), cell(execLines, { colSpan: 3 })], minHeight: 48 },
    { cells: [label('案件办理\n情况'), cell(required(d.summary, '案件办理情况'), { colSpan: 3 })], minHeight: 64 },
    { cells: [label('结案理由'), cell(required(d.closingReason, '结案理由'), { colSpan: 3 })], minHeight: 32 },
    {
      cells: [
        label('承办人意见'),
        cell([[t(d.officerOpinion.opinion)], [t(`承办人：${d.officers.map((o) => o.name).join('、')}　　${numericDate(d.officerOpinion.date)}`)]], {
          colSpan: 3,
        }),
      ],
      minHeight: 44,
    },
    { cells: [label('负责人\n审批意见'), { ...approvalCell(d.headApproval, '负责人'), colSpan: 3 }], minHeight: 44 },
  );
  return [...header(d.bureau, '结案报告'), { type: 'table', columns: [2.6, 3.4, 2.2, 3.0], rows }];
}

// ---------------------------------------------------------------------------

const BUILDERS: { [K in DocumentKind]: (d: DocumentInputs[K]) => Block[] } = {
  立案审批表: caseFilingApproval,
  询问笔录: inquiryRecord,
  先行登记保存通知书: evidencePreservation,
  封存通知书: sealingNotice,
  行政处罚事先告知书: priorNotice,
  听证通知书: hearingNotice,
  行政处罚决定书: decision,
  送达回证: serviceReceipt,
  结案报告: caseClosingReport,
};

/** Builds the neutral model of a document. */
export function buildDocument<K extends DocumentKind>(kind: K, data: DocumentInputs[K]): DocModel {
  const builder = BUILDERS[kind] as ((d: DocumentInputs[K]) => Block[]) | undefined;
  if (!builder) throw new DocumentError('UNKNOWN_KIND', `未知的文书种类：${String(kind)}`);
  const layout = kind === '立案审批表' || kind === '送达回证' || kind === '结案报告' ? 'form' : 'letter';
  return {
    title: kind,
    author: data.bureau.name,
    blocks: builder(data),
    layout,
    // every page of a 询问笔录 is signed by the person questioned
    ...(kind === '询问笔录' ? { footerNote: '被询问人签名：　　　　　　　　' } : {}),
  };
}
