// The document builders, one per kind: validated input in, neutral block list out.
import type { z } from 'zod';
import type { DocModel } from './model.js';
import { DocumentError } from './format.js';
import type { Built } from './build-types.js';
import * as inv from './build-investigation.js';
import * as coe from './build-coercion.js';
import * as dec from './build-decision.js';
import * as exe from './build-execution.js';
import * as ben from './build-benefits.js';
import * as rev from './build-review.js';
import { DOCUMENT_SCHEMAS, type DocumentData, type DocumentInputs, type DocumentKind } from './types.js';

export { measureBlocks } from './build-common.js';

const BUILDERS: { [K in DocumentKind]: (d: DocumentData[K]) => Built } = {
  立案审批表: inv.caseFilingApproval,
  不予立案通知书: inv.nonFilingNotice,
  询问笔录: inv.inquiryRecord,
  现场检查笔录: inv.inspectionRecord,
  检查通知书: inv.inspectionNotice,
  责令改正通知书: inv.correctionOrder,
  先行登记保存证据通知书: coe.evidencePreservationNotice,
  封存决定书: coe.sealingDecision,
  封存延期通知书: coe.sealingExtensionNotice,
  解除封存通知书: coe.sealingReleaseNotice,
  暂停结算决定书: coe.settlementSuspensionDecision,
  恢复结算通知书: coe.settlementResumptionNotice,
  行政处罚事先告知书: dec.penaltyPriorNotice,
  听证通知书: dec.hearingNotice,
  听证笔录: dec.hearingRecord,
  听证报告: dec.hearingReport,
  集体讨论记录: dec.collectiveDiscussionRecord,
  行政处罚决定书: dec.penaltyDecision,
  不予行政处罚决定书: dec.nonPenaltyDecision,
  送达回证: exe.serviceReceipt,
  电子送达确认书: exe.electronicServiceConsent,
  '分期（延期）缴纳罚款决定书': exe.installmentDecision,
  催告书: exe.demandNotice,
  强制执行申请书: exe.enforcementApplication,
  移送函: exe.transferLetter,
  调查终结报告: rev.investigationReport,
  法制审核意见书: rev.legalReviewOpinion,
  结案报告: exe.caseClosingReport,
  撤销立案审批表: inv.filingRevocationApproval,
  中止调查审批表: inv.investigationSuspensionApproval,
  恢复调查审批表: inv.investigationResumptionApproval,
  终止调查审批表: inv.investigationTerminationApproval,
  支付决定书: ben.benefitPaymentDecision,
  不予支付决定书: ben.benefitRefusalDecision,
  确认凭证: ben.confirmationCertificate,
  不予确认决定书: ben.confirmationRefusalDecision,
  奖励决定书: ben.rewardDecision,
  协议处理决定书: ben.agreementDecision,
};

/** The table forms, set with narrower margins. */
export const FORM_KINDS: readonly DocumentKind[] = ['立案审批表', '送达回证', '调查终结报告', '法制审核意见书', '结案报告', '撤销立案审批表', '中止调查审批表', '恢复调查审批表', '终止调查审批表'];

function describePath(path: readonly PropertyKey[]): string {
  return path.map((k) => (typeof k === 'number' ? `[${k + 1}]` : `.${String(k)}`)).join('').replace(/^\./, '');
}

/** Validates the input of a kind against its schema: a Chinese message naming the field. */
export function validateDocumentInput<K extends DocumentKind>(kind: K, data: DocumentInputs[K]): DocumentData[K] {
  const schema = DOCUMENT_SCHEMAS[kind] as unknown as z.ZodType<DocumentData[K]> | undefined;
  if (!schema) throw new DocumentError('UNKNOWN_KIND', `未知的文书种类：${String(kind)}`);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const messages = parsed.error.issues.slice(0, 5).map((i) => `${describePath(i.path) || '（整体）'}：${i.message}`);
    throw new DocumentError('BAD_INPUT', `「${kind}」的内容不完整或不正确：${messages.join('；')}${parsed.error.issues.length > 5 ? `；另有 ${parsed.error.issues.length - 5} 处` : ''}`);
  }
  return parsed.data;
}

/** Builds the neutral model of a document (after validating its input). */
export function buildDocument<K extends DocumentKind>(kind: K, data: DocumentInputs[K]): DocModel {
  const valid = validateDocumentInput(kind, data);
  const builder = BUILDERS[kind] as (d: DocumentData[K]) => Built;
  const built = builder(valid);
  const { blocks, footerNote, title } = Array.isArray(built) ? { blocks: built, footerNote: undefined, title: undefined } : built;
  const issuer = (valid as { bureau: { name: string; sealText: string } }).bureau;
  return {
    title: title ?? kind,
    author: issuer.name,
    seal: issuer.sealText,
    blocks,
    layout: FORM_KINDS.includes(kind) ? 'form' : 'letter',
    ...(footerNote ? { footerNote } : {}),
  };
}
