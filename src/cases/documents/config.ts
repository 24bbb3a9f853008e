// The statutory periods documents tell the party about, each with the article it comes from.
// They are the law module's periods registry (data/law/periods.json, where a test reads every
// number back from the statute): a document never keeps a copy of a period of its own.
import { chineseNumeral, LATE_FINE_RATE, loadCorpus, loadPeriods, textRefPlace, type TextRef } from '../../law/index.js';
import { DocumentError } from './format.js';
import type { Period, PeriodUnit } from './schemas.js';

/** The basis of a period as a document prints it: the law's title, the place, the quote. */
export interface StatutoryBasis {
  law: string;
  article: string;
  quote: string;
}

/** The periods documents tell, by the name the builders use → the id in data/law/periods.json. */
const PERIOD_IDS = {
  hearingRequest: '听证申请期限',
  hearingNotice: '听证通知提前期',
  reconsideration: '行政复议申请期限',
  litigation: '行政诉讼起诉期限',
  finePayment: '缴纳期限',
  evidencePreservation: '先行登记保存处理期限',
  demand: '催告履行期限',
  sealing: '封存期限',
  enforcementApplication: '申请强制执行期限',
} as const;
export type StatutoryPeriodName = keyof typeof PERIOD_IDS | 'sealingExtension';

function basisOf(ref: TextRef): StatutoryBasis {
  const { statute, place } = textRefPlace(ref);
  return { law: statute, article: place, quote: ref.quote };
}

const UNIT: Record<string, PeriodUnit> = { 日: '日', 工作日: '工作日', 月: '个月', 小时: '小时' };

/** A statutory period as a document input (value, unit and the article it is told under). */
export function statutoryPeriod(name: StatutoryPeriodName): Period & { basis: StatutoryBasis } {
  const registry = loadPeriods();
  if (name === 'sealingExtension') {
    const sealing = registry.get(PERIOD_IDS.sealing);
    const ext = sealing.extensions?.[0];
    const most = ext?.maxAmount ?? ext?.amount;
    if (!ext || !most) throw new DocumentError('CONFIG', '期限登记表中「封存期限」没有延长的上限');
    return { value: most, unit: UNIT[sealing.unit]!, basis: basisOf(ext.basis ?? sealing.basis) };
  }
  return periodById(PERIOD_IDS[name]);
}

/** A period of data/law/periods.json by its id, as a document input. */
export function periodById(id: string): Period & { basis: StatutoryBasis } {
  const p = loadPeriods().get(id);
  if (p.amount === undefined || !p.basis) throw new DocumentError('CONFIG', `期限登记表中「${p.id}」没有固定的期限或依据`);
  return { value: p.amount, unit: UNIT[p.unit]!, basis: basisOf(p.basis) };
}

/** The rights a 行政处罚事先告知书 tells: 陈述申辩 within the bureau's period, 听证 where the measures carry it. */
export function priorNoticeRights(statement: Period, withHearing: boolean): { statement: Period; hearing?: Period } {
  return { statement, ...(withHearing ? { hearing: statutoryPeriod('hearingRequest') } : {}) };
}

/** The 加处罚款 rule (行政处罚法第七十二条第一款第（一）项) as a payment instruction, from the law module's parameter. */
export function lateFeeRule(): { percentPerDay: number; basis: StatutoryBasis } {
  const rate = LATE_FINE_RATE.value;
  if (rate.kind !== 'rate') throw new DocumentError('CONFIG', '加处罚款的比率不是比率');
  const corpus = loadCorpus();
  const statute = corpus.statute(LATE_FINE_RATE.statute);
  const article = corpus.article(LATE_FINE_RATE.statute, LATE_FINE_RATE.article);
  const item = article?.paragraphs[LATE_FINE_RATE.paragraph - 1]?.items.find((i) => i.text.includes(LATE_FINE_RATE.phrase));
  if (!statute || !article || !item) throw new DocumentError('CONFIG', `语料中找不到加处罚款的条文（${LATE_FINE_RATE.id}）`);
  const fullItem = item.text.replace(/[；;。]$/, '');
  return {
    percentPerDay: (rate.value.n * 100) / rate.value.d,
    basis: { law: statute.title, article: `${article.label}第${chineseNumeral(LATE_FINE_RATE.paragraph)}款第（${chineseNumeral(item.number)}）项`, quote: fullItem },
  };
}
