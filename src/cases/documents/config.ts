// Configuration as data: the bureau (name, 文号 prefixes, 复议机关, 法院) and the statutory
// periods that documents tell the party about, each with the article it comes from.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { DocumentError } from './format.js';
import type { Bureau, DocumentKind, LegalBasis, Period, PeriodUnit, RightsNotice } from './types.js';

/** data/documents, both from src/cases/documents and from dist/cases/documents. */
export const DOCUMENTS_DATA_DIR = fileURLToPath(new URL('../../../data/documents/', import.meta.url));

export interface BureauConfig {
  code: string;
  name: string;
  address?: string;
  phone?: string;
  docNumberPrefixes: Partial<Record<DocumentKind, string>>;
  reconsiderationBody: string;
  court: string;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(DOCUMENTS_DATA_DIR, file), 'utf8'));
  } catch (e) {
    throw new DocumentError('CONFIG', `无法读取文书配置 data/documents/${file}：${(e as Error).message}`);
  }
}

export function loadBureauConfigs(): BureauConfig[] {
  const data = readJson('bureaus.json') as { bureaus?: BureauConfig[] };
  if (!Array.isArray(data.bureaus)) throw new DocumentError('CONFIG', 'data/documents/bureaus.json 缺少 bureaus 列表');
  return data.bureaus;
}

/** Finds a bureau by its name or code. */
export function loadBureauConfig(nameOrCode: string): BureauConfig {
  const found = loadBureauConfigs().find((b) => b.name === nameOrCode || b.code === nameOrCode);
  if (!found) throw new DocumentError('CONFIG', `文书配置中没有执法主体：${nameOrCode}`);
  return found;
}

/** The {@link Bureau} input of a document kind, its 文号 prefix taken from the configuration. */
export function bureauFor(config: BureauConfig, kind: DocumentKind): Bureau {
  const prefix = config.docNumberPrefixes[kind] ?? config.docNumberPrefixes['行政处罚决定书'];
  if (!prefix) throw new DocumentError('CONFIG', `执法主体 ${config.name} 未配置 ${kind} 的文号前缀`);
  return {
    name: config.name,
    docNumberPrefix: prefix,
    ...(config.address ? { address: config.address } : {}),
    ...(config.phone ? { phone: config.phone } : {}),
  };
}

/** 阳医保罚〔2026〕12号 */
export function formatDocNumber(prefix: string, year: number, seq: number): string {
  if (!prefix || !Number.isInteger(year) || year < 1949 || !Number.isInteger(seq) || seq < 1) {
    throw new DocumentError('BAD_INPUT', `文号无效：前缀“${prefix}”，年份 ${year}，序号 ${seq}`);
  }
  return `${prefix}〔${year}〕${seq}号`;
}

export interface StatutoryBasis extends LegalBasis {
  /** the statute file in data/law */
  file: string;
  quote: string;
}

export interface StatutoryPeriod extends Period {
  basis: StatutoryBasis;
  /** where the unit (e.g. 工作日) comes from, if not from the same article */
  unitBasis?: StatutoryBasis;
}

export interface StatutoryPeriods {
  hearingRequest: StatutoryPeriod;
  hearingNotice: StatutoryPeriod;
  reconsideration: StatutoryPeriod;
  litigation: StatutoryPeriod;
  finePayment: StatutoryPeriod;
  lateFee: { percentPerDay: number; basis: StatutoryBasis };
  evidencePreservation: StatutoryPeriod;
}

const UNITS: readonly PeriodUnit[] = ['日', '工作日', '个月', '小时'];

/** The statutory periods of data/documents/statutory-periods.json (checked against data/law by a test). */
export function loadStatutoryPeriods(): StatutoryPeriods {
  const data = readJson('statutory-periods.json') as Record<string, unknown>;
  const keys = ['hearingRequest', 'hearingNotice', 'reconsideration', 'litigation', 'finePayment', 'evidencePreservation'] as const;
  for (const key of keys) {
    const p = data[key] as StatutoryPeriod | undefined;
    if (!p || !Number.isInteger(p.value) || !UNITS.includes(p.unit) || !p.basis?.quote) {
      throw new DocumentError('CONFIG', `data/documents/statutory-periods.json 的 ${key} 不完整`);
    }
  }
  const late = data['lateFee'] as StatutoryPeriods['lateFee'] | undefined;
  if (!late || typeof late.percentPerDay !== 'number' || !late.basis?.quote) {
    throw new DocumentError('CONFIG', 'data/documents/statutory-periods.json 的 lateFee 不完整');
  }
  return data as unknown as StatutoryPeriods;
}

/**
 * A rights notice from the configured statutory periods; the 陈述申辩 period is the
 * bureau's (the 行政处罚法 sets none), so the caller gives it.
 */
export function statutoryRightsNotice(
  bureau: BureauConfig,
  statement: Period,
  withHearing: boolean,
): RightsNotice {
  const periods = loadStatutoryPeriods();
  const strip = (p: StatutoryPeriod): Period => ({
    value: p.value,
    unit: p.unit,
    basis: { law: p.basis.law, article: p.basis.article, quote: p.basis.quote },
  });
  return {
    statement,
    ...(withHearing ? { hearing: strip(periods.hearingRequest) } : {}),
    reconsideration: { period: strip(periods.reconsideration), body: bureau.reconsiderationBody },
    litigation: { period: strip(periods.litigation), court: bureau.court },
  };
}
