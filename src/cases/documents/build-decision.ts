// 告知, 听证, 集体讨论 and the decisions: 行政处罚事先告知书, 听证通知书, 听证笔录, 听证报告,
// 集体讨论记录, 行政处罚决定书, 不予行政处罚决定书.
import { p, t, type Block } from './model.js';
import { chineseNumber, chineseDate, numericDate, numericDateTime, periodText, shanghaiParts } from './format.js';
import {
  caseRef,
  cite,
  citeArticles,
  contactBlocks,
  evidenceAnnex,
  evidenceBlocks,
  header,
  lossText,
  measureBlocks,
  officerList,
  ordinal,
  partiesBlocks,
  partyBlocks,
  plain,
  quoteArticle,
  quoteArticles,
  remedyText,
  sentence,
  signLine,
  signature,
  withLead,
  you,
} from './build-common.js';
import { LAW } from './law-texts.js';
import type { Built } from './build-types.js';
import type { Discretion, PartyMeasures, PaymentInstructions } from './schemas.js';
import type { DocumentData } from './types.js';

function discretionBlock(discretion: Discretion, proposed: boolean): Block {
  const reasons = discretion.reasons.map((r) => r.replace(/[。；，]$/, '')).join('；');
  return p(
    `本局综合考虑以下情节：${reasons}${discretion.standard ? `，参照${discretion.standard}` : ''}` +
      `${discretion.level ? `，${proposed ? '拟' : ''}依法予以${discretion.level}处罚` : ''}。`,
  );
}

/** 你单位 for one party, 当事人 for several. */
function subjectOf(parties: PartyMeasures[]): string {
  return parties.length === 1 ? you(parties[0]!.party) : '当事人';
}

export function penaltyPriorNotice(d: DocumentData['行政处罚事先告知书']): Built {
  const u = subjectOf(d.parties);
  const r = d.rights;
  const rights =
    `根据${cite(LAW.statementRight)}的规定，${u}有权进行陈述和申辩。${u}可以自收到本告知书之日起${periodText(r.statement)}内向本局提出陈述、申辩意见` +
    (r.hearing
      ? `；依据《中华人民共和国行政处罚法》第六十三条第一款的规定，${u}有要求听证的权利，要求听证的，应当自收到本告知书之日起${periodText(r.hearing)}内向本局提出（${r.hearing.basis ? cite(r.hearing.basis) : '本局确定的期限'}）`
      : '') +
    `。逾期未提出的，视为放弃上述权利。${LAW.noHeavierPenalty.text.replace('行政机关', '本局')}（${cite(LAW.noHeavierPenalty)}）。`;
  return {
    blocks: [
      ...header(d.bureau, '行政处罚事先告知书', d.docNumber),
      ...partiesBlocks(d.parties),
      p(`本局于${numericDate(d.filingDate)}对${caseRef(d.caseName)}立案调查。${sentence(withLead('经查，', d.facts))}${lossText(d.fundLossFen)}`),
      p('以上事实有下列证据证明：'),
      ...evidenceBlocks(d.evidence),
      p(`本局认为，${u === '当事人' ? '当事人' : u}的上述行为违反了${quoteArticles(d.violated)}的规定。`),
      discretionBlock(d.discretion, true),
      p(`依据${quoteArticles(d.basis)}的规定，本局拟作出如下处理：`),
      ...measureBlocks(d.parties, true),
      p(rights),
      ...contactBlocks(d.contact, d.bureau),
      ...signature(d.bureau, d.date),
      ...evidenceAnnex(d.evidence),
    ],
  };
}

export function hearingNotice(d: DocumentData['听证通知书']): Built {
  const u = you(d.party);
  const officers = d.hearingOfficers.length > 0 ? `；听证员：${d.hearingOfficers.join('、')}` : '';
  return [
    ...header(d.bureau, '听证通知书', d.docNumber),
    ...partyBlocks(d.party),
    p(
      `根据${u}于${numericDate(d.requestDate)}提出的听证要求，本局决定于${numericDateTime(d.hearingTime)}在${d.hearingPlace}` +
        `${d.publicHearing ? '公开' : `不公开（${d.nonPublicReason}）`}举行听证，就${caseRef(d.caseName)}听取${u}的陈述、申辩和质证意见。`,
    ),
    p(`听证主持人：${d.host}${officers}；记录员：${d.recorder}。`),
    p(`依据${citeArticles(d.articles)}的规定，现将有关事项告知如下：`),
    ...d.articles.map((a, i) => p(`${ordinal(i)}、${a.text.replace(/[。；，]$/, '')}。`)),
    p(
      `${ordinal(d.articles.length)}、请${u}携带身份证明${d.party.type === '公民' ? '' : '、营业执照或者登记证书副本'}及有关证据材料按时参加听证；委托代理人参加的，应当提交授权委托书。`,
    ),
    ...contactBlocks(d.contact, d.bureau),
    ...signature(d.bureau, d.date),
  ];
}

function timeRange(start: string, end: string): string {
  const s = shanghaiParts(start);
  const e = shanghaiParts(end);
  return `${numericDateTime(start)}至${e.date === s.date ? `${e.hour}时${String(e.minute).padStart(2, '0')}分` : numericDateTime(end)}`;
}

export function hearingRecord(d: DocumentData['听证笔录']): Built {
  const blocks: Block[] = [
    ...header(d.bureau, '听证笔录'),
    plain(`案由：${d.caseName}`),
    plain(`听证时间：${timeRange(d.start, d.end)}`),
    plain(`听证地点：${d.place}`),
    plain(`听证方式：${d.publicHearing ? '公开举行' : '不公开举行'}`),
    plain(`听证主持人：${d.host}${d.hearingOfficers.length ? `　　听证员：${d.hearingOfficers.join('、')}` : ''}　　记录员：${d.recorder}`),
    plain(`当事人：${d.party.name}`),
    plain(`出席听证人员：${d.attendees.map((a) => `${a.name}（${a.role}${a.employer ? `，${a.employer}` : ''}）`).join('、')}`),
    plain(`案件调查人员：${officerList(d.investigators)}`),
    p('听证主持人宣布听证纪律，核对出席人员身份，告知当事人依法享有的权利和义务。'),
    p(`主持人询问当事人是否申请回避。${d.recusal.asked ? `当事人申请回避，${sentence(d.recusal.decision!)}` : '当事人表示不申请回避。'}`),
    { type: 'heading', text: '听证过程：' },
    ...d.proceedings.map((x) => p([t(`${x.speaker}（${x.role}）：`, { bold: true }), t(x.text)], { indent: false })),
    p([t('当事人最后陈述：', { bold: true }), t(d.finalStatement)], { indent: false }),
    p(`（${LAW.hearingRecord.text}，${cite(LAW.hearingRecord)}。）`, { indent: false, small: true }),
  ];
  if (d.refusedToSign) blocks.push(p('当事人（代理人）拒绝签字，由听证主持人在笔录中注明。'));
  blocks.push({ type: 'spacer', lines: 1 }, signLine('当事人或者代理人'), signLine('听证主持人'));
  if (d.hearingOfficers.length) blocks.push(signLine('听证员'));
  blocks.push(signLine('记录员'));
  return { blocks, footerNote: '当事人（代理人）签名：　　　　　　　　' };
}

export function hearingReport(d: DocumentData['听证报告']): Built {
  const h = d.hearing;
  const blocks: Block[] = [
    ...header(d.bureau, '听证报告'),
    plain(`案由：${d.caseName}`),
    plain(`当事人：${d.party.name}`),
    p(`根据${cite(LAW.hearingDecision)}“${LAW.hearingDecision.text}”的规定，现将听证情况报告如下：`),
    { type: 'heading', text: '一、听证基本情况' },
    p(
      `本局于${numericDate(h.date)}在${h.place}${h.publicHearing ? '公开' : '不公开'}举行听证。听证主持人：${h.host}` +
        `${h.hearingOfficers.length ? `；听证员：${h.hearingOfficers.join('、')}` : ''}；记录员：${h.recorder}。`,
    ),
    { type: 'heading', text: '二、调查人员提出的事实、证据和处罚建议' },
    p(sentence(d.investigatorsCase)),
    { type: 'heading', text: '三、当事人的陈述、申辩和质证意见' },
    p(sentence(d.partyCase)),
  ];
  let n = 4;
  if (d.issues.length > 0) {
    blocks.push({ type: 'heading', text: `${chineseNumber(n++)}、争议事项及主持人意见` });
    d.issues.forEach((x, i) => blocks.push(p(`（${ordinal(i)}）${x.issue.replace(/[。；：]$/, '')}：${sentence(x.view)}`)));
  }
  blocks.push({ type: 'heading', text: `${chineseNumber(n)}、处理意见和建议` }, p(sentence(d.recommendation)));
  blocks.push({ type: 'spacer', lines: 1 }, plain(`听证主持人：${h.host}`), signLine('听证主持人'), plain(chineseDate(d.date)));
  return blocks;
}

export function collectiveDiscussionRecord(d: DocumentData['集体讨论记录']): Built {
  const voters = [d.host, ...d.attendees.filter((a) => a.name !== d.host.name)];
  const blocks: Block[] = [
    ...header(d.bureau, '集体讨论记录'),
    plain(`案由：${d.caseName}`),
    ...(d.caseNumber ? [plain(`立案编号：${d.caseNumber}`)] : []),
    plain(`时间：${timeRange(d.start, d.end)}`),
    plain(`地点：${d.place}`),
    plain(`主持人：${d.host.name}（${d.host.title}）`),
    plain(`参加人员：${voters.map((a) => `${a.name}（${a.title}）`).join('、')}`),
    ...(d.absent.length ? [plain(`缺席人员：${d.absent.map((a) => `${a.name}（${a.reason}）`).join('、')}`)] : []),
    ...(d.nonVoting.length ? [plain(`列席人员：${d.nonVoting.map((a) => `${a.name}（${a.role}）`).join('、')}`)] : []),
    plain(`记录人：${d.recorder}`),
    { type: 'heading', text: '案情汇报：' },
    p(`${d.briefing.by}汇报：${sentence(d.briefing.text)}`),
  ];
  if (d.legalReview) blocks.push({ type: 'heading', text: '法制审核意见：' }, p(sentence(d.legalReview)));
  blocks.push({ type: 'heading', text: '讨论意见：' }, ...d.opinions.map((o) => p([t(`${o.name}：`, { bold: true }), t(sentence(o.opinion))], { indent: false })));
  blocks.push({ type: 'heading', text: '讨论决定：' }, p(sentence(d.conclusion)));
  blocks.push(p(`（${LAW.collectiveRecord.text}，${cite(LAW.collectiveRecord)}。）`, { indent: false, small: true }));
  blocks.push({ type: 'spacer', lines: 1 }, plain('参加讨论人员签名：'), ...voters.map((v) => signLine(v.name)), signLine('记录人'));
  return blocks;
}

function paymentBlock(pay: PaymentInstructions, what: string, refunds: boolean, fines: boolean): Block[] {
  const account =
    pay.accountName || pay.accountNo || pay.bankName
      ? `（收款单位：${pay.accountName ?? ''}；开户银行：${pay.bankName ?? ''}；账号：${pay.accountNo ?? ''}）`
      : '';
  let text = fines
    ? `当事人应当自收到本${what}之日起${periodText(pay.period)}内缴纳罚款${pay.period.basis ? `（${cite(pay.period.basis)}）` : ''}，` +
      `缴纳方式：${(pay.method ?? '到指定的银行或者通过电子支付系统缴纳').replace(/[，。]$/, '')}${account}。`
    : '';
  if (refunds || fines) text += `${LAW.fundReturnAndTreasury.text}（${cite(LAW.fundReturnAndTreasury)}）。`;
  if (pay.lateFee && fines) {
    text +=
      `到期不缴纳罚款的，本局将依据${cite(pay.lateFee.basis)}的规定，每日按罚款数额的百分之${chineseNumber(pay.lateFee.percentPerDay)}加处罚款，` +
      '加处罚款的数额不得超出罚款的数额。';
  }
  return [p(text)];
}

export function penaltyDecision(d: DocumentData['行政处罚决定书']): Built {
  const st = d.statement;
  const recital =
    `本局于${numericDate(d.filingDate)}对${caseRef(d.caseName)}立案调查，` +
    `于${numericDate(d.priorNotice.date)}向当事人送达了《行政处罚事先告知书》（${d.priorNotice.docNumber}），` +
    '告知当事人拟作出行政处罚的事实、理由、依据及依法享有的权利。' +
    (st.made ? '当事人在规定期限内提出了陈述、申辩意见。' : '当事人在规定期限内未提出陈述、申辩意见。') +
    (d.hearing ? `本局于${numericDate(d.hearing.date)}依法举行了听证。` : '') +
    (d.collectiveDiscussionDate ? `本案经本局负责人于${numericDate(d.collectiveDiscussionDate)}集体讨论。` : '') +
    '本案现已调查终结。';
  const blocks: Block[] = [
    ...header(d.bureau, '行政处罚决定书', d.docNumber),
    ...partiesBlocks(d.parties),
    p(recital),
    p(`${sentence(withLead('经查，', d.facts))}${lossText(d.fundLossFen)}`),
    p('上述事实有以下证据证明：'),
    ...evidenceBlocks(d.evidence),
    p(`本局认为，当事人的上述行为违反了${quoteArticles(d.violated)}的规定。`),
  ];
  if (st.made) {
    const adopted = st.adopted && { 采纳: '予以采纳', 部分采纳: '部分予以采纳', 不予采纳: '不予采纳' }[st.adopted];
    blocks.push(
      p(`当事人陈述、申辩称：${sentence(st.summary)}${sentence(withLead('经复核，', st.review))}${adopted ? `本局对当事人的陈述、申辩意见${adopted}。` : ''}`),
    );
  }
  if (d.hearing?.summary) blocks.push(p(`听证情况：${sentence(d.hearing.summary)}`));
  blocks.push(discretionBlock(d.discretion, false));
  blocks.push(p(`依据${quoteArticles(d.basis)}的规定，本局决定：`));
  blocks.push(...measureBlocks(d.parties, false));
  const fines = d.parties.some((m) => m.penalties.some((x) => x.kind === '罚款' || x.kind === '没收违法所得'));
  const refunds = d.parties.some((m) => m.orders.some((o) => o.kind === '责令退回'));
  if (d.payment) blocks.push(...paymentBlock(d.payment, '决定书', refunds, fines));
  blocks.push(
    p(
      remedyText(d.remedy, '决定书', '当事人') +
        `${LAW.notSuspendedByAppeal.text}（${cite(LAW.notSuspendedByAppeal)}）。` +
        (fines ? `${LAW.lateFeePausedByAppeal.text}（${cite(LAW.lateFeePausedByAppeal)}）。` : ''),
    ),
    ...signature(d.bureau, d.date),
    ...evidenceAnnex(d.evidence),
  );
  return blocks;
}

export function nonPenaltyDecision(d: DocumentData['不予行政处罚决定书']): Built {
  const blocks: Block[] = [
    ...header(d.bureau, '不予行政处罚决定书', d.docNumber),
    ...partiesBlocks(d.parties),
    p(`本局于${numericDate(d.filingDate)}对${caseRef(d.caseName)}立案调查。本案现已调查终结。`),
    p(sentence(withLead('经查，', d.facts))),
    p('上述事实有以下证据证明：'),
    ...evidenceBlocks(d.evidence),
  ];
  if (d.violated.length > 0) blocks.push(p(`当事人的上述行为违反了${quoteArticles(d.violated)}的规定。`));
  blocks.push(
    p(`鉴于${d.groundReasons.map((r) => r.replace(/[。；，]$/, '')).join('；')}，依据${quoteArticle(d.ground)}的规定，本局决定对当事人不予行政处罚。`),
  );
  if (d.parties.some((m) => m.orders.length > 0 || m.referrals.length > 0)) {
    blocks.push(p(`依据${quoteArticles(d.orderBasis)}的规定，本局决定：`), ...measureBlocks(d.parties, false));
  }
  blocks.push(
    p(
      `根据${cite(LAW.education)}“${LAW.education.text}”的规定，本局已于${numericDate(d.education.date)}以${d.education.form}对当事人进行教育：${sentence(d.education.content)}`,
    ),
    p(remedyText(d.remedy, '决定书', '当事人')),
    ...signature(d.bureau, d.date),
    ...evidenceAnnex(d.evidence),
  );
  return blocks;
}
