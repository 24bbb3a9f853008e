// 先行登记保存 and 行政强制措施: 先行登记保存证据通知书, 封存决定书, 封存延期通知书,
// 解除封存通知书, 暂停结算决定书 and 恢复结算通知书 (条例第三十条).
import { p, type Block } from './model.js';
import { DocumentError, numericDate, numericDateTime, periodText } from './format.js';
import {
  caseRef,
  cite,
  contactBlocks,
  header,
  itemsTable,
  listCite,
  listItems,
  officerList,
  partyBlocks,
  quoteArticles,
  remedyText,
  sentence,
  signLine,
  signature,
  you,
} from './build-common.js';
import { LAW } from './law-texts.js';
import type { Built } from './build-types.js';
import type { DocumentData } from './types.js';

export function evidencePreservationNotice(d: DocumentData['先行登记保存证据通知书']): Built {
  const u = you(d.party);
  return [
    ...header(d.bureau, '先行登记保存证据通知书', d.docNumber),
    ...partyBlocks(d.party),
    p(
      `本局在办理${caseRef(d.caseName)}过程中，因相关证据可能灭失或者以后难以取得，经本局负责人${d.approvedBy}批准，` +
        `根据${quoteArticles(d.articles)}的规定，决定对下列证据予以先行登记保存：`,
    ),
    itemsTable(d.items),
    p(`保存地点：${d.storagePlace}；保存方式：${d.storageMethod}。`),
    p(
      `先行登记保存自${numericDate(d.startDate)}起，本局将在${periodText(d.period)}内作出处理决定${d.period.basis ? `（${cite(d.period.basis)}）` : ''}。` +
        `${LAW.preservationNoDestroy.text}（${cite(LAW.preservationNoDestroy)}）。`,
    ),
    p(`执法人员：${officerList(d.officers)}`),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
    signLine('当事人'),
  ];
}

export function sealingDecision(d: DocumentData['封存决定书']): Built {
  const u = you(d.party);
  const a = d.approval;
  const approval =
    a.kind === '事前批准'
      ? `经本局负责人${a.approvedBy}于${numericDateTime(a.approvedAt)}批准，`
      : `因情况紧急，执法人员于${numericDateTime(a.takenAt)}当场实施封存，于${numericDateTime(a.reportedAt)}向本局负责人报告，` +
        `并于${numericDateTime(a.approvedAt)}经${a.approvedBy}补办批准手续（${cite(LAW.sealingEmergency)}），`;
  return [
    ...header(d.bureau, '封存决定书', d.docNumber),
    ...partyBlocks(d.party),
    p(`本局在办理${caseRef(d.caseName)}过程中，发现${sentence(d.reason)}`),
    p(`${approval}依据${quoteArticles(d.basis)}的规定，本局决定对下列资料予以封存（清单交${u}一份）：`),
    itemsTable(d.items),
    p(`封存地点：${d.storagePlace}${d.custodian ? `；保管人：${d.custodian}（${LAW.sealingThirdParty.text}）` : ''}。`),
    p(
      `封存期限为${periodText(d.period)}，自${numericDate(d.startDate)}起至${numericDate(d.endDate)}止（${cite(LAW.sealingLimit)}）。` +
        `${LAW.sealingCustody.text}（${cite(LAW.sealingCustody)}）。请${u}配合，不得擅自启封或者转移被封存的资料。`,
    ),
    p(remedyText(d.remedy, '决定书', u)),
    p(`执法人员：${officerList(d.officers)}`),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
    signLine('当事人'),
  ];
}

export function sealingExtensionNotice(d: DocumentData['封存延期通知书']): Built {
  const u = you(d.party);
  return [
    ...header(d.bureau, '封存延期通知书', d.docNumber),
    ...partyBlocks(d.party),
    p(
      `本局在办理${caseRef(d.caseName)}过程中，于${numericDate(d.sealing.date)}作出《封存决定书》（${d.sealing.docNumber}），` +
        `对${u}的有关资料予以封存，封存期限至${numericDate(d.sealing.endDate)}届满。`,
    ),
    p(`延长理由：${sentence(d.reason)}`),
    p(
      `经本局负责人${d.approvedBy}于${numericDate(d.approvedDate)}批准，依据${cite(LAW.sealingExtension)}“${LAW.sealingExtension.text}”的规定，` +
        `本局决定将封存期限延长${periodText(d.extension)}，至${numericDate(d.newEndDate)}止。`,
    ),
    p(remedyText(d.remedy, '通知书', u)),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
    signLine('当事人'),
  ];
}

export function sealingReleaseNotice(d: DocumentData['解除封存通知书']): Built {
  const u = you(d.party);
  const grounds = listItems('sealingRelease', d.grounds).map((s) => s.replace(/^（[^）]+）/, ''));
  return [
    ...header(d.bureau, '解除封存通知书', d.docNumber),
    ...partyBlocks(d.party),
    p(`本局在办理${caseRef(d.caseName)}过程中，于${numericDate(d.sealing.date)}作出《封存决定书》（${d.sealing.docNumber}），对${u}的有关资料予以封存。`),
    p(
      `因存在${listCite('sealingRelease', d.grounds)}规定的“${grounds.join('”“')}”情形${d.explanation ? `（${d.explanation.replace(/[。；]$/, '')}）` : ''}，` +
        `经本局负责人${d.approvedBy}批准，本局决定解除封存，并退还下列资料：`,
    ),
    itemsTable(d.items),
    p(`${LAW.sealingRelease.text}（${cite(LAW.sealingRelease)}）。`),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
    signLine('当事人（签收）'),
    signLine('办案人员'),
  ];
}

export function settlementSuspensionDecision(d: DocumentData['暂停结算决定书']): Built {
  const u = you(d.party);
  const institution = d.target === '定点医药机构';
  const rule = institution ? LAW.suspendInstitution : LAW.suspendInsured;
  const outcome = institution ? LAW.suspendInstitutionOutcome : LAW.suspendInsuredOutcome;
  const scope = institution ? '医疗保障基金结算' : '医疗费用联网结算';
  const blocks: Block[] = [
    ...header(d.bureau, '暂停结算决定书', d.docNumber),
    ...partyBlocks(d.party),
    p(`本局在办理${caseRef(d.caseName)}过程中查明：${sentence(d.facts.replace(/^经查，?/, ''))}`),
    p(`调查期间，${u}${d.nonCooperation.replace(/[。；，]$/, '')}，拒不配合调查。`),
    p(
      `根据${cite(rule)}“${rule.text}”的规定，${institution ? `经本局主要负责人${d.approvedBy}于${numericDate(d.approvedDate!)}批准，` : ''}` +
        `本局决定：自${numericDate(d.startDate)}起，要求${d.agency}暂停${u}的${scope}。` +
        (institution ? '' : `${LAW.suspendInsuredAdvance.text}（${cite(LAW.suspendInsuredAdvance)}）。`),
    ),
    p(`根据${cite(outcome)}的规定，“${outcome.text}”。`),
    p(remedyText(d.remedy, '决定书', u)),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
    p(`抄送：${d.agency}`, { indent: false }),
  ];
  return blocks;
}

export function settlementResumptionNotice(d: DocumentData['恢复结算通知书']): Built {
  const u = you(d.party);
  const institution = d.target === '定点医药机构';
  const outcome = institution ? LAW.suspendInstitutionOutcome : LAW.suspendInsuredOutcome;
  const scope = institution ? '医疗保障基金结算' : '医疗费用联网结算';
  let reason: string;
  switch (d.reason) {
    case '已配合调查':
      reason = `现${u}已配合调查${d.explanation ? `（${d.explanation.replace(/[。；]$/, '')}）` : ''}。`;
      break;
    case '经调查不属于骗取医疗保障基金支出':
      reason = `经调查，${u}不属于骗取医疗保障基金支出。依据${cite(outcome)}“${outcome.text}”的规定，应当按照规定结算。`;
      break;
    case '经调查属于骗取医疗保障基金支出，已依法处理':
      reason = `经调查，${u}属于骗取医疗保障基金支出，本局已依据${cite(outcome)}的规定依法处理${d.explanation ? `（${d.explanation.replace(/[。；]$/, '')}）` : ''}。`;
      break;
    case '其他':
      if (!d.explanation) throw new DocumentError('BAD_INPUT', '以其他理由恢复结算的，须写明说明');
      reason = sentence(d.explanation);
      break;
  }
  return [
    ...header(d.bureau, '恢复结算通知书', d.docNumber),
    ...partyBlocks(d.party),
    p(`本局在办理${caseRef(d.caseName)}过程中，于${numericDate(d.suspension.date)}作出《暂停结算决定书》（${d.suspension.docNumber}），要求${d.agency}暂停${u}的${scope}。`),
    p(reason),
    p(`本局决定自${numericDate(d.resumeDate)}起恢复${u}的${scope}，并已通知${d.agency}。`),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
    p(`抄送：${d.agency}`, { indent: false }),
  ];
}

