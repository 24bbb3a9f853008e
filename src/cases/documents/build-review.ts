// 调查终结报告 (程序规定 第三十六条) and 法制审核意见书 (第三十七条至第四十条): the internal
// forms between the investigation and the decision, printed from what the case recorded.
import { cell, label, t, type Row, type Span } from './model.js';
import { numericDate } from './format.js';
import { citeArticles, FORM_COLUMNS, header, listCite, listItems, officerList, partyRows, quoteArticles, sentence } from './build-common.js';
import type { Built } from './build-types.js';
import type { DocumentData } from './types.js';
import { REVIEW_OPINION_ITEMS } from './inputs.js';

type Proposal = DocumentData['调查终结报告']['proposal'];

function proposalLines(list: Proposal): Span[][] {
  if (list.length === 0) return [[t('依法不予行政处罚。')]];
  return list.map((m, i) => [t(`${i + 1}．${m.measure}${m.range ? `：${m.range}` : ''}（${m.mandatory ? '应当' : '可以'}；${m.citation}）`)]);
}

export function investigationReport(d: DocumentData['调查终结报告']): Built {
  const rows: Row[] = [
    { cells: [label('案　　由'), cell(d.caseName, { colSpan: 3 })], minHeight: 30 },
    { cells: [label('立案编号'), cell(d.caseNumber), label('立案日期'), cell(numericDate(d.filingDate))], minHeight: 30 },
    ...partyRows(d.parties, true),
    { cells: [label('调查经过'), cell(d.course.map((c) => [t(`${numericDate(c.date)}，${sentence(c.text)}`)]), { colSpan: 3 })], minHeight: 40 },
    {
      cells: [
        label('认定的事实'),
        cell([[t(sentence(d.facts))], ...d.findings.map((f, i) => [t(`${i + 1}．${sentence(f.fact)}（证据：${f.evidence.join('、')}）`)])], { colSpan: 3 }),
      ],
      minHeight: 44,
    },
    { cells: [label('主要证据'), cell(d.evidence.map((e, i) => [t(`${i + 1}．${e}`)]), { colSpan: 3 })], minHeight: 36 },
    { cells: [label('违法行为\n性质'), cell(`当事人的行为违反了${quoteArticles(d.violated)}的规定。`, { colSpan: 3 })], minHeight: 40 },
    { cells: [label('处理意见\n及依据'), cell([...proposalLines(d.proposal), ...d.discretion.map((x) => [t(sentence(x))])], { colSpan: 3 })], minHeight: 44 },
  ];
  if (d.procedure.length) rows.push({ cells: [label('其他需要\n说明的事项'), cell(d.procedure.map((x) => [t(sentence(x))]), { colSpan: 3 })], minHeight: 36 });
  rows.push({ cells: [label('办案人员'), cell([[t(officerList(d.officers))], [t(`${numericDate(d.date)}`)]], { colSpan: 3 })], minHeight: 36 });
  return [...header(d.bureau, '调查终结报告'), { type: 'table', columns: FORM_COLUMNS, rows }];
}

export function legalReviewOpinion(d: DocumentData['法制审核意见书']): Built {
  const item = REVIEW_OPINION_ITEMS[d.conclusion];
  const rows: Row[] = [
    { cells: [label('案　　由'), cell(d.caseName, { colSpan: 3 })], minHeight: 30 },
    { cells: [label('立案编号'), cell(d.caseNumber), label('立案日期'), cell(numericDate(d.filingDate))], minHeight: 30 },
    ...partyRows(d.parties, true),
    { cells: [label('送审人员'), cell(d.submittedBy.map((o) => o.name).join('、')), label('送审日期'), cell(numericDate(d.submittedDate))], minHeight: 30 },
    { cells: [label('认定的事实'), cell(sentence(d.facts), { colSpan: 3 })], minHeight: 40 },
    { cells: [label('适用依据'), cell(`${citeArticles(d.violated)}`, { colSpan: 3 })], minHeight: 30 },
    { cells: [label('拟处理意见'), cell(proposalLines(d.proposal), { colSpan: 3 })], minHeight: 40 },
    { cells: [label('审核内容'), cell(`依照${listCite('reviewContent', [1, 2, 3, 4, 5, 6, 7, 8, 9])}，审核了：${listItems('reviewContent', [1, 2, 3, 4, 5, 6, 7, 8, 9]).join('；')}。`, { colSpan: 3 })], minHeight: 40 },
    { cells: [label('审核结论'), cell(`${listCite('reviewOpinions', [item])}：${listItems('reviewOpinions', [item])[0]!.replace(/^（[^）]+）/, '')}。本案审核结论：${d.conclusion}。`, { colSpan: 3 })], minHeight: 36 },
    { cells: [label('审核意见'), cell([[t(sentence(d.opinion))], [t(`审核人：${d.reviewer}　　${numericDate(d.date)}`)]], { colSpan: 3 })], minHeight: 44 },
  ];
  return [...header(d.bureau, '法制审核意见书'), { type: 'table', columns: FORM_COLUMNS, rows }];
}
