// The document kinds and their inputs. Each input is a zod schema (inputs.ts, schemas.ts);
// the types here are inferred from them. The case engine fills these from case data; the
// renderers turn them into .docx and .pdf.
import type { z } from 'zod';
import * as I from './inputs.js';

export * from './schemas.js';
export { EXECUTION_OUTCOMES, type Execution } from './inputs.js';

/** The schema of each document kind's input, by the document's Chinese name. */
export const DOCUMENT_SCHEMAS = {
  立案审批表: I.CaseFilingApprovalInputSchema,
  不予立案通知书: I.NonFilingNoticeInputSchema,
  询问笔录: I.InquiryRecordInputSchema,
  现场检查笔录: I.InspectionRecordInputSchema,
  检查通知书: I.InspectionNoticeInputSchema,
  责令改正通知书: I.CorrectionOrderInputSchema,
  先行登记保存证据通知书: I.EvidencePreservationNoticeInputSchema,
  封存决定书: I.SealingDecisionInputSchema,
  封存延期通知书: I.SealingExtensionNoticeInputSchema,
  解除封存通知书: I.SealingReleaseNoticeInputSchema,
  暂停结算决定书: I.SettlementSuspensionDecisionInputSchema,
  恢复结算通知书: I.SettlementResumptionNoticeInputSchema,
  行政处罚事先告知书: I.PenaltyPriorNoticeInputSchema,
  听证通知书: I.HearingNoticeInputSchema,
  听证笔录: I.HearingRecordInputSchema,
  听证报告: I.HearingReportInputSchema,
  集体讨论记录: I.CollectiveDiscussionRecordInputSchema,
  行政处罚决定书: I.PenaltyDecisionInputSchema,
  不予行政处罚决定书: I.NonPenaltyDecisionInputSchema,
  送达回证: I.ServiceReceiptInputSchema,
  电子送达确认书: I.ElectronicServiceConsentInputSchema,
  '分期（延期）缴纳罚款决定书': I.InstallmentDecisionInputSchema,
  催告书: I.DemandNoticeInputSchema,
  强制执行申请书: I.EnforcementApplicationInputSchema,
  移送函: I.TransferLetterInputSchema,
  调查终结报告: I.InvestigationReportInputSchema,
  法制审核意见书: I.LegalReviewOpinionInputSchema,
  结案报告: I.CaseClosingReportInputSchema,
  撤销立案审批表: I.FilingRevocationApprovalInputSchema,
  中止调查审批表: I.InvestigationSuspensionApprovalInputSchema,
  恢复调查审批表: I.InvestigationResumptionApprovalInputSchema,
  终止调查审批表: I.InvestigationTerminationApprovalInputSchema,
  支付决定书: I.BenefitPaymentDecisionInputSchema,
  不予支付决定书: I.BenefitRefusalDecisionInputSchema,
  确认凭证: I.ConfirmationCertificateInputSchema,
  不予确认决定书: I.ConfirmationRefusalDecisionInputSchema,
  奖励决定书: I.RewardDecisionInputSchema,
  协议处理决定书: I.AgreementDecisionInputSchema,
} as const;

export type DocumentKind = keyof typeof DOCUMENT_SCHEMAS;

/** The document kinds, by their Chinese names. */
export const DOCUMENT_KINDS = Object.keys(DOCUMENT_SCHEMAS) as [DocumentKind, ...DocumentKind[]];

/** What a caller passes (defaults not yet applied). */
export type DocumentInputs = { [K in DocumentKind]: z.input<(typeof DOCUMENT_SCHEMAS)[K]> };
/** What a builder receives (validated, defaults applied). */
export type DocumentData = { [K in DocumentKind]: z.output<(typeof DOCUMENT_SCHEMAS)[K]> };

/**
 * Names used before for the same documents (and still in data/procedures): 封存 is a
 * decision (行政强制法第二十四条, 程序规定第三十条), 先行登记保存 issues a 先行登记保存证据通知书
 * (程序规定第二十七条), the 暂停 of 条例第三十条 is decided (the seeds' 《暂停结算决定书》).
 */
export const FORMER_DOCUMENT_NAMES: Readonly<Record<string, DocumentKind>> = {
  封存通知书: '封存决定书',
  先行登记保存通知书: '先行登记保存证据通知书',
  暂停结算通知书: '暂停结算决定书',
  解除暂停结算通知书: '恢复结算通知书',
};

/** The kind a name stands for (its own name, or a former one), or undefined. */
export function documentKindOf(name: string): DocumentKind | undefined {
  if (name in DOCUMENT_SCHEMAS) return name as DocumentKind;
  return FORMER_DOCUMENT_NAMES[name];
}

export type CaseFilingApprovalInput = DocumentInputs['立案审批表'];
export type NonFilingNoticeInput = DocumentInputs['不予立案通知书'];
export type InquiryRecordInput = DocumentInputs['询问笔录'];
export type InspectionRecordInput = DocumentInputs['现场检查笔录'];
export type InspectionNoticeInput = DocumentInputs['检查通知书'];
export type CorrectionOrderInput = DocumentInputs['责令改正通知书'];
export type EvidencePreservationNoticeInput = DocumentInputs['先行登记保存证据通知书'];
export type SealingDecisionInput = DocumentInputs['封存决定书'];
export type SealingExtensionNoticeInput = DocumentInputs['封存延期通知书'];
export type SealingReleaseNoticeInput = DocumentInputs['解除封存通知书'];
export type SettlementSuspensionDecisionInput = DocumentInputs['暂停结算决定书'];
export type SettlementResumptionNoticeInput = DocumentInputs['恢复结算通知书'];
export type PenaltyPriorNoticeInput = DocumentInputs['行政处罚事先告知书'];
export type HearingNoticeInput = DocumentInputs['听证通知书'];
export type HearingRecordInput = DocumentInputs['听证笔录'];
export type HearingReportInput = DocumentInputs['听证报告'];
export type CollectiveDiscussionRecordInput = DocumentInputs['集体讨论记录'];
export type PenaltyDecisionInput = DocumentInputs['行政处罚决定书'];
export type NonPenaltyDecisionInput = DocumentInputs['不予行政处罚决定书'];
export type ServiceReceiptInput = DocumentInputs['送达回证'];
export type ElectronicServiceConsentInput = DocumentInputs['电子送达确认书'];
export type InstallmentDecisionInput = DocumentInputs['分期（延期）缴纳罚款决定书'];
export type DemandNoticeInput = DocumentInputs['催告书'];
export type EnforcementApplicationInput = DocumentInputs['强制执行申请书'];
export type TransferLetterInput = DocumentInputs['移送函'];
export type CaseClosingReportInput = DocumentInputs['结案报告'];
export type FilingRevocationApprovalInput = DocumentInputs['撤销立案审批表'];
export type InvestigationSuspensionApprovalInput = DocumentInputs['中止调查审批表'];
export type InvestigationResumptionApprovalInput = DocumentInputs['恢复调查审批表'];
export type InvestigationTerminationApprovalInput = DocumentInputs['终止调查审批表'];
export type BenefitPaymentDecisionInput = DocumentInputs['支付决定书'];
export type BenefitRefusalDecisionInput = DocumentInputs['不予支付决定书'];
export type ConfirmationCertificateInput = DocumentInputs['确认凭证'];
export type ConfirmationRefusalDecisionInput = DocumentInputs['不予确认决定书'];
export type RewardDecisionInput = DocumentInputs['奖励决定书'];
