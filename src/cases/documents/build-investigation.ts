// 立案 and investigation: 立案审批表, 不予立案通知书, 询问笔录, 现场检查笔录, 检查通知书,
// 责令改正通知书, and the approval forms of 撤销立案 / 中止调查 / 恢复调查 / 终止调查.
import { cell, label, p, t, type Block, type Row } from './model.js';
import { numericDate, numericDateTime, shanghaiParts } from './format.js';
import {
  approvalCell,
  FORM_COLUMNS,
  partyRows,
  caseRef,
  cite,
  citeArticles,
  contactBlocks,
  header,
  idKindOf,
  lawQuote,
  listCite,
  listItems,
  numbered,
  officerList,
  orBlank,
  orderText,
  partyBlocks,
  plain,
  quoteArticle,
  quoteArticles,
  remedyText,
  representativeTitle,
  sentence,
  signLine,
  signature,
  withLead,
  you,
} from './build-common.js';
import { LAW, LISTS } from './law-texts.js';
import type { Built } from './build-types.js';
import type { Party } from './schemas.js';
import type { DocumentData } from './types.js';

function opinionRows(d: {
  officers: { name: string; certificateNo: string }[];
  officerOpinion: { opinion: string; date: string };
  departmentApproval?: { opinion: string; signer: string; date: string } | undefined;
  headApproval?: { opinion: string; signer: string; date: string } | undefined;
}): Row[] {
  return [
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
}

export function caseFilingApproval(d: DocumentData['立案审批表']): Built {
  const rows: Row[] = [
    { cells: [label('案　　由'), cell(d.caseName, { colSpan: 3 })], minHeight: 30 },
    { cells: [label('案件来源'), cell(d.source), label('来源时间'), cell(numericDate(d.sourceDate))], minHeight: 30 },
    ...partyRows(d.parties),
    { cells: [label('简要案情'), cell(d.briefFacts, { colSpan: 3 })], minHeight: 80 },
    { cells: [label('涉嫌违反的\n法律规定'), cell(citeArticles(d.articles), { colSpan: 3 })], minHeight: 40 },
    { cells: [label('承办人'), cell(d.officers.map((o) => [t(`${o.name}（执法证号：${o.certificateNo}）`)]), { colSpan: 3 })], minHeight: 30 },
    ...opinionRows(d),
  ];
  return [...header(d.bureau, '立案审批表', d.docNumber), { type: 'table', columns: FORM_COLUMNS, rows }];
}

export function nonFilingNotice(d: DocumentData['不予立案通知书']): Built {
  const unmet = listItems('filingStandards', d.unmetStandards).map((s) => s.replace(/^（[^）]+）/, ''));
  return [
    ...header(d.bureau, '不予立案通知书', d.docNumber),
    plain(`${d.recipient}：`),
    p(`本局于${numericDate(d.receivedDate)}收到${d.matter}。${sentence(withLead('经核查，', d.findings))}`),
    p(
      `依据${listCite('filingStandards', d.unmetStandards)}的规定，立案应当符合“${unmet.join('”“')}”的标准。` +
        `上述线索不符合该${unmet.length > 1 ? '等' : '项'}标准，本局决定不予立案（${cite(LAW.leadCheck)}）。`,
    ),
    p('如有新的事实或者证据，可以再向本局反映。'),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
  ];
}

export function inquiryRecord(d: DocumentData['询问笔录']): Built {
  const start = shanghaiParts(d.start);
  const end = shanghaiParts(d.end);
  const endText = end.date === start.date ? `${end.hour}时${String(end.minute).padStart(2, '0')}分` : numericDateTime(d.end);
  const who = d.interviewee;
  const blocks: Block[] = [
    ...header(d.bureau, '询问笔录'),
    plain(`案由：${d.caseName}`),
    plain(`询问时间：${numericDateTime(d.start)}至${endText}`),
    plain(`询问地点：${d.place}`),
    plain(`询问人：${officerList(d.inquirers)}`),
    plain(`记录人：${d.recorder}`),
    plain(`被询问人：${who.name}${who.gender ? `　　性别：${who.gender}` : ''}${who.age !== undefined ? `　　年龄：${who.age}` : ''}`),
    plain(`身份证件号码：${who.idNumber}`),
  ];
  if (who.employer || who.position) blocks.push(plain(`工作单位及职务：${[who.employer, who.position].filter(Boolean).join('　')}`));
  if (who.address) blocks.push(plain(`住址：${who.address}`));
  if (who.phone) blocks.push(plain(`联系电话：${who.phone}`));
  blocks.push(plain(`与本案关系：${who.relation}`));
  const names = d.inquirers.map((o) => o.name).join('、');
  const certs = d.inquirers.map((o) => o.certificateNo).join('、');
  const qa = [
    {
      q:
        `我们是${d.bureau.name}的执法人员${names}，执法证号分别为${certs}，这是我们的执法证件，请你过目。` +
        `现依法就${caseRef(d.caseName)}的有关情况向你了解，你应当如实回答，不得隐瞒或者提供虚假情况。` +
        '如果你认为执法人员与本案有直接利害关系或者有其他关系可能影响公正执法的，可以申请回避。你是否申请回避？',
      a: d.recusalAnswer,
    },
    ...d.qa,
  ];
  for (const { q, a } of qa) {
    blocks.push(p([t('问：', { bold: true }), t(q)], { indent: false }));
    blocks.push(p([t('答：', { bold: true }), t(a)], { indent: false }));
  }
  blocks.push(
    p([t('被询问人意见：', { bold: true }), t(d.closing ?? '以上笔录我已看过（已向我宣读），与我所说的相符。')], { indent: false }),
    p(`（${LAW.inquiryRecord.text}，${cite(LAW.inquiryRecord)}。）`, { indent: false, small: true }),
    { type: 'spacer', lines: 1 },
    signLine('被询问人'),
    signLine('询问人'),
    signLine('记录人'),
  );
  return { blocks, footerNote: '被询问人签名：　　　　　　　　' };
}

export function inspectionRecord(d: DocumentData['现场检查笔录']): Built {
  const s = d.subject;
  const start = shanghaiParts(d.start);
  const end = shanghaiParts(d.end);
  const endText = end.date === start.date ? `${end.hour}时${String(end.minute).padStart(2, '0')}分` : numericDateTime(d.end);
  const confirmer = d.present ? '在场人' : '见证人';
  const blocks: Block[] = [
    ...header(d.bureau, '现场检查笔录'),
    plain(`检查对象：${s.name}`),
    plain(`${idKindOf(s)}：${orBlank(s.idNumber)}`),
    ...(s.legalRepresentative ? [plain(`${representativeTitle(s)}：${s.legalRepresentative.name}`)] : []),
    plain(`地址：${orBlank(s.address)}`),
    ...(d.caseName ? [plain(`案由：${d.caseName}`)] : []),
    plain(`检查时间：${numericDateTime(d.start)}至${endText}`),
    plain(`检查地点：${d.place}`),
    plain(`检查人员：${officerList(d.inspectors)}`),
    plain(`记录人：${d.recorder}`),
    plain(
      d.present
        ? `在场人：${d.present.name}（${d.present.relation}）${d.present.phone ? `　　联系电话：${d.present.phone}` : ''}`
        : `当事人或者有关人员未到场。见证人：${d.witness!.name}${d.witness!.idNumber ? `（证件号码：${d.witness!.idNumber}）` : ''}`,
    ),
    p(`执法人员向${confirmer}出示了执法证件，说明了检查的事由和依据（${cite(LAW.showCertificate)}）。`),
    { type: 'heading', text: '检查情况：' },
    ...numbered(d.findings).map((x) => p(x)),
  ];
  if (d.measures.length > 0) blocks.push({ type: 'heading', text: '采取的措施：' }, ...numbered(d.measures).map((x) => p(x)));
  blocks.push(plain(`当事人（${confirmer}）意见：${orBlank(d.partyOpinion)}`));
  blocks.push(p(`（${LAW.inspectionRecord.text}，${cite(LAW.inspectionRecord)}。）`, { indent: false, small: true }));
  if (d.refusedToSign) blocks.push(p(`当事人拒绝签名，执法人员在笔录上注明（${cite(LAW.inspectionRefusal)}）。`));
  blocks.push({ type: 'spacer', lines: 1 }, signLine(confirmer), signLine('检查人员'), signLine('记录人'));
  return { blocks, footerNote: `${confirmer}签名：　　　　　　　　` };
}

export function inspectionNotice(d: DocumentData['检查通知书']): Built {
  const u = you(d.party);
  return [
    ...header(d.bureau, '检查通知书', d.docNumber),
    ...partyBlocks(d.party, d.party.type === '公民' ? '被检查人' : '被检查单位'),
    p(
      `根据${quoteArticles(d.basis)}的规定，本局决定于${numericDate(d.startDate)}至${numericDate(d.endDate)}对${u}开展${d.inspectionKind}。` +
        `检查内容：${sentence(d.scope)}`,
    ),
    p(`检查人员：${officerList(d.inspectors)}。${LAW.showCertificate.text}（${cite(LAW.showCertificate)}）。`),
    p(`检查中，本局可以依照${cite(LISTS.inspectionMeasures)}的规定采取下列措施：`),
    ...numbered(listItems('inspectionMeasures', [1, 2, 3, 4, 5, 6, 7]).map((s) => s.replace(/^（[^）]+）/, ''))).map((s) => p(s)),
    p(`请${u}准备以下资料：`),
    ...numbered(d.materials).map((s) => p(s)),
    p(`${LAW.cooperate.text}（${cite(LAW.cooperate)}）。`),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
  ];
}

export function correctionOrder(d: DocumentData['责令改正通知书']): Built {
  const u = you(d.party);
  const blocks: Block[] = [
    ...header(d.bureau, '责令改正通知书', d.docNumber),
    ...partyBlocks(d.party),
    p(sentence(withLead('经查，', d.facts))),
    p(`${u}的上述行为违反了${quoteArticles(d.violated)}的规定。`),
    p(`依据${quoteArticles(d.basis)}的规定，本局责令${u}：`),
    ...numbered(d.orders.map((o) => orderText(o, true))).map((s) => p(s)),
    p(`请${u}按期改正，并将改正情况书面报告本局。`),
  ];
  if (d.consequence) blocks.push(p(`${u}拒不改正的，本局将依据${quoteArticle(d.consequence.basis)}的规定，${sentence(d.consequence.text)}`));
  blocks.push(p(remedyText(d.remedy, '通知书', u)), ...contactBlocks(d.contact, d.bureau), ...signature(d.bureau, d.date), signLine('当事人'));
  return blocks;
}

type FormBase = DocumentData['撤销立案审批表'];

function approvalForm(title: string, d: Omit<FormBase, 'reason' | 'basis' | 'measuresReleased'>, rows: Row[]): Built {
  const all: Row[] = [
    { cells: [label('案　　由'), cell(d.caseName, { colSpan: 3 })], minHeight: 30 },
    { cells: [label('立案编号'), cell(d.caseNumber), label('立案日期'), cell(numericDate(d.filingDate))], minHeight: 30 },
    ...partyRows(d.parties),
    ...rows,
    ...opinionRows(d),
  ];
  return [...header(d.bureau, title), { type: 'table', columns: FORM_COLUMNS, rows: all }];
}

const row = (name: string, lines: string[], minHeight = 44): Row => ({ cells: [label(name), cell(lines.map((l) => [t(l)]), { colSpan: 3 })], minHeight });

export function filingRevocationApproval(d: DocumentData['撤销立案审批表']): Built {
  return approvalForm('撤销立案审批表', d, [
    row('撤销立案\n理由', [sentence(d.reason), ...(d.basis.length > 0 ? [`依据：${quoteArticles(d.basis)}。`] : [])], 64),
    row('已采取措施\n及解除情况', [d.measuresReleased ?? '本案未采取行政强制措施。']),
  ]);
}

export function investigationSuspensionApproval(d: DocumentData['中止调查审批表']): Built {
  return approvalForm('中止调查审批表', d, [
    row('中止调查\n情形', [`${listCite('suspendInvestigation', d.grounds)}：`, ...listItems('suspendInvestigation', d.grounds)]),
    row('具体情况', [sentence(d.explanation)], 56),
    row('说　　明', [`${lawQuote(LAW.resumeInvestigation)}。`], 30),
  ]);
}

export function investigationResumptionApproval(d: DocumentData['恢复调查审批表']): Built {
  return approvalForm('恢复调查审批表', d, [
    row('中止调查\n情况', [`本案于${numericDate(d.suspension.date)}经批准中止调查，情形为${listCite('suspendInvestigation', d.suspension.grounds)}：`, ...listItems('suspendInvestigation', d.suspension.grounds)]),
    row('中止原因\n消除情况', [sentence(d.explanation)], 56),
    row('恢复调查\n依据', [`${lawQuote(LAW.resumeInvestigation)}。`], 30),
  ]);
}

export function investigationTerminationApproval(d: DocumentData['终止调查审批表']): Built {
  return approvalForm('终止调查审批表', d, [
    row('终止调查\n情形', [`${listCite('terminateInvestigation', d.grounds)}：`, ...listItems('terminateInvestigation', d.grounds)]),
    row('具体情况', [sentence(d.explanation)], 56),
    row('强制措施\n解除情况', [d.measuresReleased ? sentence(d.measuresReleased) : '本案未采取行政强制措施。', `${lawQuote(LAW.terminationReleases)}。`]),
  ]);
}
