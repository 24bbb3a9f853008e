// Issuing bureaus as data (data/documents/bureaus.json, zod-validated, errors with file, line
// and column): found by jurisdiction path, walking up, never by a silent default.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { DocumentError } from './format.js';
import { CalendarDateSchema, type Issuer } from './schemas.js';
import { DOCUMENT_KINDS, type DocumentKind } from './types.js';

/** data/documents/bureaus.json, from src/cases/documents or dist/cases/documents. */
export const DEFAULT_BUREAUS_FILE = fileURLToPath(new URL('../../../data/documents/bureaus.json', import.meta.url));

const nonEmpty = (label: string) => z.string().trim().min(1, `${label}不能为空`);
const optional = (label: string) => nonEmpty(label).optional();
const KindSchema = z.enum(DOCUMENT_KINDS, { error: '不是已知的文书种类' });

export const BureauSchema = z
  .object({
    /** 辖区路径, e.g. 山西省/阳泉市/矿区 */
    path: nonEmpty('辖区路径').regex(/^[^/\s]+(\/[^/\s]+)*$/, '辖区路径应为“省/市/县区”形式，不含空格'),
    /** 行政区划代码 */
    code: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字'),
    /** printed at the head of every document */
    name: nonEmpty('机关名称'),
    /** 印章文字 */
    sealText: nonEmpty('印章文字'),
    /** 本级人民政府 (复议机关 under both versions of the 行政复议法) */
    government: nonEmpty('本级人民政府'),
    /** 上一级主管部门 (复议机关 the applicant could choose under the 2017 行政复议法) */
    parentDepartment: nonEmpty('上一级主管部门'),
    /** 机关代字 of 文号, e.g. 阳医保 */
    docNumberAbbreviation: nonEmpty('文号机关代字'),
    /** full 文号 prefixes that replace the convention for some kinds */
    docNumberPrefixes: z.partialRecord(KindSchema, nonEmpty('文号前缀')).default({}),
    address: optional('地址'),
    phone: optional('电话'),
    postcode: z.string().regex(/^\d{6}$/, '邮政编码应为 6 位数字').optional(),
    /** 行政诉讼 court of first instance (行政诉讼法第十四条、第十八条; 集中管辖 where designated) */
    court: optional('管辖法院'),
    /** the bureau exists under this name from / until (absent: not known to change) */
    validFrom: CalendarDateSchema.optional(),
    validTo: CalendarDateSchema.optional(),
    /** fields that are the bureau's own settings, not published facts */
    settings: z.array(nonEmpty('设置项')).default([]),
    sources: z.array(z.object({ fields: z.array(nonEmpty('字段')).min(1), source: nonEmpty('出处') })).min(1, '须写明出处'),
  })
  .strict();
export type BureauConfig = z.infer<typeof BureauSchema>;

export const BureausFileSchema = z
  .object({
    $comment: z.string().optional(),
    docNumberConvention: z.object({
      note: nonEmpty('说明'),
      /** 文书代字 per numbered document kind */
      suffixes: z.partialRecord(KindSchema, nonEmpty('文书代字')),
    }),
    bureaus: z.array(BureauSchema).min(1, '至少配置一个执法主体'),
  })
  .strict();
export type BureausFile = z.infer<typeof BureausFileSchema>;

export interface BureauRegistry {
  file: string;
  bureaus: readonly BureauConfig[];
  suffixes: Partial<Record<DocumentKind, string>>;
}

function lineColumn(textValue: string, offset: number): { line: number; column: number } {
  const before = textValue.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * Parses and checks a bureaus file: JSON, schema, unique paths and codes, every numbered
 * document kind has a 文号 prefix, no two bureaus share a prefix. Errors name the file, the
 * line and the column.
 */
export function parseBureauFile(textValue: string, file = 'data/documents/bureaus.json'): BureauRegistry {
  const errors: ParseError[] = [];
  const tree = parseTree(textValue, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const e = errors[0];
    const at = e ? lineColumn(textValue, e.offset) : { line: 1, column: 1 };
    throw new DocumentError('CONFIG', `${file}:${at.line}:${at.column}：不是合法的 JSON（${e ? printParseErrorCode(e.error) : '空文件'}）`);
  }
  const fail = (path: (string | number)[], message: string): never => {
    let node = findNodeAtLocation(tree, path);
    for (let n = path.length - 1; !node && n >= 0; n--) node = findNodeAtLocation(tree, path.slice(0, n));
    const at = lineColumn(textValue, node?.offset ?? 0);
    throw new DocumentError('CONFIG', `${file}:${at.line}:${at.column}：${path.join('.') || '（根）'}：${message}`);
  };
  const parsed = BureausFileSchema.safeParse(JSON.parse(textValue));
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return fail(first.path as (string | number)[], first.message);
  }
  const { bureaus, docNumberConvention } = parsed.data;
  const seen = new Map<string, number>();
  bureaus.forEach((b, i) => {
    for (const [key, value] of [['path', b.path], ['code', b.code], ['name', b.name]] as const) {
      const k = `${key}\t${value}`;
      if (seen.has(k)) fail(['bureaus', i, key], `与第 ${seen.get(k)! + 1} 个执法主体重复：${value}`);
      seen.set(k, i);
    }
  });
  const registry: BureauRegistry = { file, bureaus, suffixes: docNumberConvention.suffixes };
  const owner = new Map<string, number>();
  bureaus.forEach((b, i) => {
    for (const kind of NUMBERED_KINDS) {
      const prefix = b.docNumberPrefixes[kind] ?? (registry.suffixes[kind] ? b.docNumberAbbreviation + registry.suffixes[kind] : undefined);
      if (!prefix) fail(['bureaus', i, 'docNumberPrefixes'], `没有「${kind}」的文号前缀（docNumberConvention.suffixes 也没有）`);
      const other = owner.get(prefix!);
      if (other !== undefined && other !== i) fail(['bureaus', i, 'docNumberAbbreviation'], `文号前缀“${prefix}”与 ${bureaus[other]!.name} 相同`);
      owner.set(prefix!, i);
    }
  });
  return registry;
}

/** The document kinds that carry a 文号 of their own. */
export const NUMBERED_KINDS: readonly DocumentKind[] = [
  '立案审批表',
  '不予立案通知书',
  '检查通知书',
  '责令改正通知书',
  '先行登记保存证据通知书',
  '封存决定书',
  '封存延期通知书',
  '解除封存通知书',
  '暂停结算决定书',
  '恢复结算通知书',
  '行政处罚事先告知书',
  '听证通知书',
  '行政处罚决定书',
  '不予行政处罚决定书',
  '分期（延期）缴纳罚款决定书',
  '催告书',
  '强制执行申请书',
  '移送函',
  '支付决定书',
  '不予支付决定书',
  '确认凭证',
  '不予确认决定书',
  '奖励决定书',
  '协议处理决定书',
];

let cached: BureauRegistry | undefined;

/** The bureaus of a file (default data/documents/bureaus.json, read once). */
export function loadBureaus(file: string = DEFAULT_BUREAUS_FILE): BureauRegistry {
  if (file === DEFAULT_BUREAUS_FILE && cached) return cached;
  let textValue: string;
  try {
    textValue = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DocumentError('CONFIG', `无法读取执法主体配置 ${file}：${(e as NodeJS.ErrnoException).code ?? '读取失败'}`);
  }
  const registry = parseBureauFile(textValue, file === DEFAULT_BUREAUS_FILE ? 'data/documents/bureaus.json' : file);
  if (file === DEFAULT_BUREAUS_FILE) cached = registry;
  return registry;
}

function validOn(b: BureauConfig, onDate: string): boolean {
  return (!b.validFrom || b.validFrom <= onDate) && (!b.validTo || onDate <= b.validTo);
}

/**
 * The bureau that issues documents for a jurisdiction on a date: the bureau of the path
 * itself, else of the nearest jurisdiction above it (上级直接管辖, 程序规定第十一条). A path
 * with no bureau on it or above it is an error naming it: there is no default bureau.
 */
export function bureauFor(jurisdictionPath: string, onDate: string, registry: BureauRegistry = loadBureaus()): BureauConfig {
  const date = CalendarDateSchema.safeParse(onDate);
  if (!date.success) throw new DocumentError('BAD_INPUT', `日期无效：${onDate}（应为 YYYY-MM-DD）`);
  const parts = jurisdictionPath.split('/').filter((p) => p.trim() !== '');
  if (parts.length === 0) throw new DocumentError('NO_BUREAU', '辖区路径为空，无法确定执法主体');
  for (let n = parts.length; n > 0; n--) {
    const path = parts.slice(0, n).join('/');
    const found = registry.bureaus.find((b) => b.path === path && validOn(b, onDate));
    if (found) return found;
  }
  throw new DocumentError(
    'NO_BUREAU',
    `辖区「${jurisdictionPath}」${parts.length > 1 ? '及其上级辖区' : ''}在 ${onDate} 没有配置执法主体（${registry.file}）`,
  );
}

/** A bureau by its name or 行政区划代码 (for an explicit choice, e.g. `--bureau`). */
export function bureauByName(nameOrCode: string, registry: BureauRegistry = loadBureaus()): BureauConfig {
  const found = registry.bureaus.find((b) => b.name === nameOrCode || b.code === nameOrCode || b.sealText === nameOrCode);
  if (!found) throw new DocumentError('NO_BUREAU', `没有名为或代码为「${nameOrCode}」的执法主体（${registry.file}）`);
  return found;
}

/** The 文号 prefix of a document kind for a bureau; an error for kinds without 文号. */
export function docNumberPrefixOf(bureau: BureauConfig, kind: DocumentKind, registry: BureauRegistry = loadBureaus()): string {
  if (!NUMBERED_KINDS.includes(kind)) throw new DocumentError('BAD_INPUT', `「${kind}」不编文号`);
  const prefix = bureau.docNumberPrefixes[kind] ?? (registry.suffixes[kind] ? bureau.docNumberAbbreviation + registry.suffixes[kind] : undefined);
  if (!prefix) throw new DocumentError('CONFIG', `执法主体 ${bureau.name} 没有「${kind}」的文号前缀`);
  return prefix;
}

/** The issuer block of a document of `kind`: name, seal, 文号 prefix (numbered kinds), address, phone. */
export function issuerFor(bureau: BureauConfig, kind: DocumentKind, registry: BureauRegistry = loadBureaus()): Issuer {
  return {
    name: bureau.name,
    sealText: bureau.sealText,
    ...(NUMBERED_KINDS.includes(kind) ? { docNumberPrefix: docNumberPrefixOf(bureau, kind, registry) } : {}),
    ...(bureau.address ? { address: bureau.address } : {}),
    ...(bureau.phone ? { phone: bureau.phone } : {}),
    ...(bureau.postcode ? { postcode: bureau.postcode } : {}),
  };
}

/** What a bureau's configuration leaves blank (documents print a line to fill instead). */
export function bureauGaps(bureau: BureauConfig): string[] {
  const gaps: string[] = [];
  if (!bureau.address) gaps.push(`${bureau.name}：未配置地址，文书留空待填`);
  if (!bureau.phone) gaps.push(`${bureau.name}：未配置联系电话，文书留空待填`);
  if (!bureau.court) gaps.push(`${bureau.name}：未配置行政诉讼管辖法院，文书留空待填`);
  for (const s of bureau.settings) gaps.push(`${bureau.name}：${s} 是本局设置，启用前须核对`);
  return gaps;
}

/** 阳医保罚〔2026〕12号 */
export function formatDocNumber(prefix: string, year: number, seq: number): string {
  if (!prefix || !Number.isInteger(year) || year < 1949 || !Number.isInteger(seq) || seq < 1) {
    throw new DocumentError('BAD_INPUT', `文号无效：前缀“${prefix}”，年份 ${year}，序号 ${seq}`);
  }
  return `${prefix}〔${year}〕${seq}号`;
}
