// 行政给付 (支付决定书, 不予支付决定书), 行政确认 (确认凭证, 不予确认决定书) and 行政奖励 (奖励决定书).
import { cell, label, p, type Row } from './model.js';
import { numericDate } from './format.js';
import {
  cite,
  contactBlocks,
  header,
  money,
  numbered,
  partyBlocks,
  quoteArticles,
  remedyText,
  sentence,
  signature,
  you,
} from './build-common.js';
import { LAW } from './law-texts.js';
import type { Built } from './build-types.js';
import type { DocumentData } from './types.js';

const reasonsText = (reasons: string[]): string => reasons.map((r) => r.replace(/[。；，]$/, '')).join('；');

export function benefitPaymentDecision(d: DocumentData['支付决定书']): Built {
  const u = you(d.applicant);
  const rows: Row[] = [
    { cells: ['序号', '支付项目', '金额', '说明'].map((h) => label(h)) },
    ...d.lines.map((l, i) => ({ cells: [cell(String(i + 1), { align: 'center' }), cell(l.item), cell(money(l.amountFen)), cell(l.note ?? '')] })),
    { cells: [label('合计'), cell(money(d.totalFen), { colSpan: 3 })] },
  ];
  return [
    ...header(d.bureau, '支付决定书', d.docNumber),
    ...partyBlocks(d.applicant, '申请人'),
    p(`${u}于${numericDate(d.applicationDate)}申请${d.matter}。经审核，符合规定。依据${quoteArticles(d.basis)}的规定，本局决定支付如下：`),
    { type: 'table', columns: [1.2, 4, 4.5, 3], rows },
    ...(d.payee
      ? [
          p(
            `支付方式：转入${d.payee.accountName}在${d.payee.bankName}开立的账户（账号：${d.payee.accountNo}）` +
              `${d.payBy ? `，于${numericDate(d.payBy)}前支付` : ''}。`,
          ),
        ]
      : []),
    p(remedyText(d.remedy, '决定书', u)),
    ...signature(d.bureau, d.date),
  ];
}

export function benefitRefusalDecision(d: DocumentData['不予支付决定书']): Built {
  const u = you(d.applicant);
  return [
    ...header(d.bureau, '不予支付决定书', d.docNumber),
    ...partyBlocks(d.applicant, '申请人'),
    p(`${u}于${numericDate(d.applicationDate)}申请${d.matter}。经审核，${reasonsText(d.reasons)}。依据${quoteArticles(d.basis)}的规定，本局决定不予支付。`),
    p(remedyText(d.remedy, '决定书', u)),
    ...signature(d.bureau, d.date),
  ];
}

export function confirmationCertificate(d: DocumentData['确认凭证']): Built {
  const u = you(d.applicant);
  const rows: Row[] = d.confirmed.map((c) => ({ cells: [label(c.label), cell(c.value)], minHeight: 28 }));
  const validity =
    d.validFrom || d.validTo
      ? [p(`有效期：${d.validFrom ? `自${numericDate(d.validFrom)}起` : ''}${d.validTo ? `至${numericDate(d.validTo)}止` : ''}。`)]
      : [];
  return [
    ...header(d.bureau, '确认凭证', d.docNumber),
    ...partyBlocks(d.applicant, '申请人'),
    p(`${u}于${numericDate(d.applicationDate)}申请${d.matter}。依据${quoteArticles(d.basis)}的规定，经审核，本局予以确认：`),
    { type: 'table', columns: [3, 9], rows },
    ...validity,
    ...signature(d.bureau, d.date),
  ];
}

export function confirmationRefusalDecision(d: DocumentData['不予确认决定书']): Built {
  const u = you(d.applicant);
  return [
    ...header(d.bureau, '不予确认决定书', d.docNumber),
    ...partyBlocks(d.applicant, '申请人'),
    p(`${u}于${numericDate(d.applicationDate)}申请${d.matter}。经审核，${reasonsText(d.reasons)}。依据${quoteArticles(d.basis)}的规定，本局决定不予确认。`),
    p(remedyText(d.remedy, '决定书', u)),
    ...signature(d.bureau, d.date),
  ];
}

export function rewardDecision(d: DocumentData['奖励决定书']): Built {
  const u = you(d.reporter);
  return [
    ...header(d.bureau, '奖励决定书', d.docNumber),
    ...partyBlocks(d.reporter, '举报人'),
    p(`${u}于${numericDate(d.reportDate)}向本局举报的${sentence(d.verified.replace(/^的/, ''))}`),
    p(`根据${cite(LAW.reward)}“${LAW.reward.text}”和${quoteArticles(d.basis)}的规定，本局决定给予${u}举报奖励${money(d.amountFen)}。`),
    ...numbered([`领取方式：${d.claim.method}`, ...(d.claim.deadline ? [`领取期限：${numericDate(d.claim.deadline)}前`] : [])]).map((s) => p(s)),
    p(`本局${LAW.reporterSecrecy.text}（${cite(LAW.reporterSecrecy)}）。`),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
  ];
}

/** One measure of a 协议处理决定书, in words. */
function agreementMeasureText(m: DocumentData['协议处理决定书']['measures'][number]): string {
  switch (m.kind) {
    case '约谈':
      return '约谈法定代表人、主要负责人或实际控制人';
    case '暂停结算':
      return m.months ? `暂停医疗保障基金结算${m.months}个月` : '暂停医疗保障基金结算';
    case '不予支付':
      return `不予支付违规费用${money(m.amountFen ?? 0)}`;
    case '追回':
      return `追回已支付的违规费用${money(m.amountFen ?? 0)}`;
    case '违约金':
      return `按照服务协议约定支付违约金${money(m.amountFen ?? 0)}`;
    case '中止协议':
      return m.months ? `中止医疗保障服务协议${m.months}个月` : '中止医疗保障服务协议';
    case '解除协议':
      return '解除医疗保障服务协议';
  }
}

/** 协议处理决定书: the handling of a breach of the 医疗保障服务协议 (条例第十三条第一款). */
export function agreementDecision(d: DocumentData['协议处理决定书']): Built {
  const u = you(d.party);
  const heard =
    d.statement.kind === '放弃'
      ? `${u}于${numericDate(d.statement.date)}放弃陈述、申辩。`
      : `${u}提出陈述、申辩：${sentence(d.statement.text)}经复核，${sentence(d.statement.review.replace(/^经复核，?/, ''))}`;
  return [
    ...header(d.bureau, '协议处理决定书', d.docNumber),
    ...partyBlocks(d.party),
    p(`经查，${u}存在违反医疗保障服务协议的情形：${d.breach.replace(/[。；;，,]+$/, '')}（服务协议${d.clause.replace(/^服务协议/, '')}）。`),
    p(`本局于${numericDate(d.noticeDate)}告知${u}拟作出的处理及其依法享有的陈述、申辩权利。${heard}`),
    p(sentence(d.reason)),
    p(`依据${quoteArticles(d.basis)}的规定和服务协议的约定，本局决定作出如下处理：`),
    ...numbered(d.measures.map(agreementMeasureText)).map((line) => p(line)),
    p(`${u}对本决定有异议的，依据${quoteArticles([d.dispute])}的规定处理。${remedyText(d.remedy, '决定书', u)}`),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
  ];
}
