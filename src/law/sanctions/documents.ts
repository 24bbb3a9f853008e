// Text of the 行政处罚事先告知书 and the 行政处罚决定书 from a computed result: the facts,
// the articles (quoted), the measures, the discretion reasons, the party's rights and
// the time limits, each time limit a parameter read from its article. Plain text; the
// cases module lays it out as .docx/.pdf.
import { parameter, daysParam, periodMonthsParam } from './parameters.js';
import { formatYuan } from '../money.js';
import { articleSource, citationOf, paragraphText } from './text.js';
import type { Measure, MeasureKind, PenaltyResult } from './types.js';

// 行政处罚法 第六十四条 听证应当依照以下程序组织：（一）当事人要求听证的，应当在行政机关告知后五日内提出；……
export const P64_HEARING_REQUEST = parameter({
  id: '行政处罚法.64.1.听证申请期限',
  statute: '行政处罚法',
  article: 64,
  paragraph: 1,
  phrase: '应当在行政机关告知后五日内提出',
  value: { kind: 'days', days: 5 },
});
// 行政处罚法 第六十七条第三款 当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。……
export const P67_PAYMENT = parameter({
  id: '行政处罚法.67.3.缴纳罚款期限',
  statute: '行政处罚法',
  article: 67,
  paragraph: 3,
  phrase: '当事人应当自收到行政处罚决定书之日起十五日内',
  value: { kind: 'days', days: 15 },
});
// 行政复议法（2023）第二十条 ……可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请；……
export const P_REVIEW_2023 = parameter({
  id: '行政复议法.20.1.申请期限',
  statute: '行政复议法',
  article: 20,
  paragraph: 1,
  phrase: '六十日内提出行政复议申请',
  value: { kind: 'days', days: 60 },
});
// 行政复议法（2017）第九条 ……可以自知道该具体行政行为之日起六十日内提出行政复议申请；…… (before 2024-01-01)
export const P_REVIEW_2017 = parameter({
  id: '行政复议法2017.9.1.申请期限',
  statute: '行政复议法',
  article: 9,
  paragraph: 1,
  version: '2017-09-01',
  phrase: '六十日内提出行政复议申请',
  value: { kind: 'days', days: 60 },
});
// 行政诉讼法 第四十六条 ……应当自知道或者应当知道作出行政行为之日起六个月内提出。……
export const P_LITIGATION = parameter({
  id: '行政诉讼法.46.1.起诉期限',
  statute: '行政诉讼法',
  article: 46,
  paragraph: 1,
  phrase: '应当自知道或者应当知道作出行政行为之日起六个月内提出',
  value: { kind: 'periodMonths', months: 6 },
});

export const DOCUMENT_PARAMETERS = [P64_HEARING_REQUEST, P67_PAYMENT, P_REVIEW_2023, P_REVIEW_2017, P_LITIGATION];

/** The 行政复议法 version in force on the decision date decides the article cited. */
function reviewParameter(date?: string) {
  const src = articleSource('行政复议法', 20, date);
  return src && src.version && src.version >= '2023-09-01' ? P_REVIEW_2023 : P_REVIEW_2017;
}

export interface DocumentInput {
  /** 作出行政处罚的医疗保障行政部门. */
  agency: string;
  /** 当事人姓名或者名称. */
  partyName: string;
  partyAddress?: string;
  /** 文书编号. */
  documentNumber?: string;
  /** 违法事实, as established. */
  facts: string;
  evidence?: string[];
  /** 文书日期 YYYY-MM-DD. */
  date?: string;
  /**
   * The decided figures: for 罚款 an amountFen within [minFen, maxFen]; for months or years
   * a number. Measures without a decision are written with their statutory range.
   */
  decided?: { kind: MeasureKind; target?: string; amountFen?: number; months?: number; years?: number }[];
  /** 复议机关 and 人民法院 for the remedies paragraph. */
  reviewBody?: string;
  court?: string;
}

const CN_INDEX = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

function cnDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function describe(m: Measure, decided?: DocumentInput['decided']): string {
  const d = decided?.find((x) => x.kind === m.kind && (x.target === undefined || x.target === m.target));
  const who = m.target && m.target !== '单位' && m.target !== '当事人' ? `对${m.target}` : '';
  const may = m.mandatory ? '' : '（可以）';
  const cond = m.condition ? `（${m.condition}）` : '';
  const by = m.authority ? `，由${m.authority}` : '';
  switch (m.kind) {
    case '罚款':
      if (d?.amountFen !== undefined) return `${who}罚款 ${formatYuan(d.amountFen)}${cond}`;
      return `${who}处罚款${may} ${m.minFen !== undefined ? formatYuan(m.minFen) : ''}至 ${m.maxFen !== undefined ? formatYuan(m.maxFen) : ''}${cond}`;
    case '责令退回':
    case '责令追回':
    case '没收违法所得':
    case '责令限期缴纳':
    case '滞纳金':
      return `${m.kind}${m.amountFen !== undefined ? ` ${formatYuan(m.amountFen)}` : ''}${may}${cond}${by}`;
    case '暂停联网结算':
    case '暂停相关责任部门涉及基金使用的医药服务':
      if (d?.months !== undefined) return `${m.kind} ${d.months} 个月`;
      return `${m.kind}${may} ${m.minMonths} 个月至 ${m.maxMonths} 个月${cond}`;
    case '取消投标资格':
    case '禁止从事定点医药机构管理活动':
      if (d?.years !== undefined) return `${who}${m.kind} ${d.years} 年`;
      return m.minYears === m.maxYears ? `${who}${m.minYears} 年内${m.kind}` : `${who}${m.kind} ${m.minYears} 年至 ${m.maxYears} 年`;
    default:
      return `${who}${m.kind}${may}${cond}${by}`;
  }
}

/** The articles cited by the measures, each with its quoted text (deduplicated). */
function legalBasis(result: PenaltyResult): string[] {
  const seen = new Map<string, string>();
  for (const m of result.measures) if (!seen.has(m.citation)) seen.set(m.citation, m.quote);
  return [...seen.entries()].map(([c, q]) => `${c}：“${q}”`);
}

function measureLines(result: PenaltyResult, decided?: DocumentInput['decided']): string[] {
  return result.measures.map((m, i) => `${CN_INDEX[i] ?? i + 1}、${describe(m, decided)}（依据${m.citation}）`);
}

function discretionLines(result: PenaltyResult): string[] {
  const d = result.discretion;
  if (!d) return [];
  return [
    `裁量档次：${d.tier}${d.multiple ? `（${d.multiple}）` : ''}${d.minFen !== undefined && d.maxFen !== undefined ? `，幅度 ${formatYuan(d.minFen)}至 ${formatYuan(d.maxFen)}` : ''}。`,
    ...d.reasons.map((r) => `裁量理由：${r}`),
    ...(d.outsideStatutoryRange && d.legalGround ? [`减轻处罚的法定依据：${d.legalGround}`] : []),
  ];
}

function cite(statute: string, article: number, paragraph: number, onDate?: string): string {
  const src = articleSource(statute, article, onDate);
  return src ? citationOf(src, paragraph) : `《${statute}》`;
}

/** 行政处罚事先告知书 (行政处罚法 第四十四条、第四十五条、第六十三条、第六十四条). */
export function noticeText(result: PenaltyResult, input: DocumentInput): string {
  const you = result.partyClass === '公民' ? '你' : '你单位';
  const lines: string[] = [];
  lines.push(`${input.agency}`, '行政处罚事先告知书', ...(input.documentNumber ? [input.documentNumber] : []), '');
  lines.push(`${input.partyName}：`);
  lines.push(`经查，${input.facts}`);
  if (input.evidence?.length) lines.push(`以上事实有${input.evidence.join('、')}等证据证明。`);
  lines.push(`${you}的上述行为违反了有关规定。依据：`);
  lines.push(...legalBasis(result));
  if (!result.punishable) {
    lines.push(`本机关拟不予行政处罚，理由：${result.reasons.join('；')}。拟作出如下处理：`);
  } else {
    lines.push('本机关拟作出如下处理：');
  }
  lines.push(...measureLines(result, input.decided));
  lines.push(...discretionLines(result));
  const src44 = articleSource('行政处罚法', 44, input.date);
  lines.push(
    `根据${src44 ? citationOf(src44) : '《中华人民共和国行政处罚法》第四十四条'}、第四十五条的规定，${you}有权进行陈述和申辩。`,
  );
  if (result.procedure?.hearing.right) {
    const days = daysParam(P64_HEARING_REQUEST);
    lines.push(
      `根据${cite('行政处罚法', 63, 1, input.date)}的规定，${you}有要求听证的权利；要求听证的，应当在本机关告知后${days}日内提出（${cite('行政处罚法', 64, 1, input.date)}第（一）项）。`,
    );
  }
  lines.push(`逾期未提出陈述、申辩${result.procedure?.hearing.right ? '或者听证要求' : ''}的，视为放弃上述权利。`);
  if (result.restsOnQuote) lines.push('（注：所引条文全文不在法规库中，据执法事项清单引文，作出决定前须核对官方文本。）');
  lines.push('', input.agency, ...(input.date ? [cnDate(input.date)] : []));
  return lines.join('\n');
}

/** 行政处罚决定书 (行政处罚法 第五十九条 lists what it must state). */
export function decisionText(result: PenaltyResult, input: DocumentInput): string {
  const you = result.partyClass === '公民' ? '你' : '你单位';
  const lines: string[] = [];
  lines.push(`${input.agency}`, '行政处罚决定书', ...(input.documentNumber ? [input.documentNumber] : []), '');
  // 第五十九条第一款第（一）项
  lines.push(`当事人：${input.partyName}${input.partyAddress ? `，地址：${input.partyAddress}` : ''}`);
  // 第（二）项
  lines.push(`经查，${input.facts}`);
  if (input.evidence?.length) lines.push(`以上事实有${input.evidence.join('、')}等证据证明。`);
  // 第（三）项
  lines.push('本机关认为，当事人的上述行为违反了有关规定。依据：');
  lines.push(...legalBasis(result));
  lines.push(...discretionLines(result));
  if (!result.punishable) {
    lines.push(`本机关决定不予行政处罚，理由：${result.reasons.join('；')}。决定：`);
  } else {
    lines.push('本机关决定：');
  }
  lines.push(...measureLines(result, input.decided));
  // 第（四）项
  if (result.measures.some((m) => m.kind === '罚款')) {
    const days = daysParam(P67_PAYMENT);
    lines.push(
      `${you}应当自收到本决定书之日起${days}日内，到指定的银行或者通过电子支付系统缴纳罚款（${cite('行政处罚法', 67, 3, input.date)}）。` +
        `到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额（${cite('行政处罚法', 72, 1, input.date)}第（一）项）。`,
    );
  }
  // 第（五）项
  const reviewParam = reviewParameter(input.date);
  const reviewDays = daysParam(reviewParam);
  const litigationMonths = periodMonthsParam(P_LITIGATION);
  lines.push(
    `如不服本决定，可以自收到本决定书之日起${reviewDays}日内向${input.reviewBody ?? '有管辖权的行政复议机关'}申请行政复议（${cite('行政复议法', reviewParam.article, 1, input.date)}），` +
      `或者在${litigationMonths}个月内向${input.court ?? '有管辖权的人民法院'}提起行政诉讼（${cite('行政诉讼法', 46, 1, input.date)}）。`,
  );
  if (result.restsOnQuote) lines.push('（注：所引条文全文不在法规库中，据执法事项清单引文。）');
  // 第（六）项
  lines.push('', input.agency, ...(input.date ? [cnDate(input.date)] : []));
  return lines.join('\n');
}

/** The whole paragraph text an article citation stands for (for annexes). */
export function quotedParagraph(statute: string, article: number, paragraph: number, onDate?: string): string | undefined {
  const src = articleSource(statute, article, onDate);
  return src ? paragraphText(src, paragraph) : undefined;
}
