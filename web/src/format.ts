// How the console writes times, dates, articles and measures: Asia/Shanghai everywhere,
// amounts in 元, articles in words (《条例》第三十八条第（二）项), never an internal key.
import { chineseNumeral } from '../../src/law/numerals.js';
import { formatYuan } from '../../src/law/money.js';

const SH = 'Asia/Shanghai';
const dateFmt = new Intl.DateTimeFormat('en-CA', { timeZone: SH, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFmt = new Intl.DateTimeFormat('en-GB', { timeZone: SH, hour: '2-digit', minute: '2-digit', hour12: false });

/** YYYY-MM-DD of an instant (or a date) in Asia/Shanghai; '—' for none. */
export function shDate(v?: string | null): string {
  if (!v) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : dateFmt.format(d);
}

/** YYYY-MM-DD HH:mm of an instant in Asia/Shanghai. */
export function shDateTime(v?: string | null): string {
  if (!v) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : `${dateFmt.format(d)} ${timeFmt.format(d)}`;
}

/** Today in Asia/Shanghai. */
export const shToday = () => dateFmt.format(new Date());

/** 法规:条[:项] or {法规, 条, 项} → 《法规》第三十八条第（二）项. */
export function articleWords(v: string | { 法规: string; 条: number; 项?: number } | null | undefined): string {
  if (!v) return '—';
  let statute: string, art: number, item: number | undefined;
  if (typeof v === 'string') {
    const m = /^([^:：]+)[:：](\d+)(?:[:：](\d+))?$/.exec(v.trim());
    if (!m) return v;
    statute = m[1]!;
    art = Number(m[2]);
    item = m[3] ? Number(m[3]) : undefined;
  } else {
    statute = v.法规;
    art = v.条;
    item = v.项;
  }
  return `《${statute.replace(/^《|》$/g, '')}》第${chineseNumeral(art)}条${item ? `第（${chineseNumeral(item)}）项` : ''}`;
}

/** Replaces every 法规:条[:项] key inside a text by its words. */
export function articlesInText(text: string): string {
  return text.replace(/([\u4e00-\u9fa5（）()]{2,40})[:：](\d{1,4})(?:[:：](\d{1,3}))?(?![\d])/g, (_, s: string, a: string, i?: string) => articleWords(`${s}:${a}${i ? ':' + i : ''}`));
}

export const yuan = (fen?: number | null) => (fen === undefined || fen === null ? '—' : formatYuan(fen));

export interface DecisionMeasureView {
  id: string;
  kind: string;
  penalty: boolean;
  mandatory: boolean;
  referral: boolean;
  target?: string;
  authority?: string;
  condition?: string;
  minFen?: number;
  maxFen?: number;
  amountFen?: number;
  minMonths?: number;
  maxMonths?: number;
  minYears?: number;
  maxYears?: number;
  computation?: string;
  citation: { text: string; quote: string };
}
export interface MeasureChoice {
  measureId: string;
  amountFen?: number;
  months?: number;
  years?: number;
}

export const measureName = (m: Pick<DecisionMeasureView, 'kind' | 'target'>) => `${m.kind}${m.target && m.target !== '当事人' && m.target !== '单位' ? `（${m.target}）` : ''}`;

/** A chosen measure in words: 罚款 24,691.34 元 / 暂停医药服务 6个月. */
export function choiceWords(c: MeasureChoice, measures: readonly DecisionMeasureView[] | undefined): string {
  const m = measures?.find((x) => x.id === c.measureId);
  const name = m ? measureName(m) : '处理措施';
  const amount = c.amountFen ?? m?.amountFen;
  return `${name}${amount !== undefined ? ' ' + yuan(amount) : ''}${c.months !== undefined ? ` ${c.months}个月` : ''}${c.years !== undefined ? ` ${c.years}年` : ''}`;
}

/** The range a measure allows, in words. */
export function rangeWords(m: DecisionMeasureView): string {
  if (m.minFen !== undefined || m.maxFen !== undefined) return `${m.minFen !== undefined ? yuan(m.minFen) : '0 元'}至${m.maxFen !== undefined ? yuan(m.maxFen) : '不限'}`;
  if (m.amountFen !== undefined) return `${yuan(m.amountFen)}（法定数额）`;
  if (m.minMonths !== undefined || m.maxMonths !== undefined) return `${m.minMonths ?? 0}至${m.maxMonths ?? '不限'}个月`;
  if (m.minYears !== undefined || m.maxYears !== undefined) return `${m.minYears ?? 0}至${m.maxYears ?? '不限'}年`;
  return '无数额';
}
