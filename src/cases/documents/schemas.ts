// The shared pieces of every document input, as zod schemas (the types are inferred from
// them). Money is integer fen, dates are calendar dates YYYY-MM-DD (Asia/Shanghai), instants
// are ISO 8601 with +08:00. Messages are Chinese: they reach officers through the console.
import { z } from 'zod';
import { isValidDate } from '../../law/index.js';

export const text = (label: string) => z.string({ error: `${label}应为文字` }).trim().min(1, `${label}不能为空`);
const optionalText = (label: string) => z.string({ error: `${label}应为文字` }).trim().min(1, `${label}不能为空（不填请省略此项）`).optional();

export const CalendarDateSchema = z
  .string({ error: '日期应为文字 YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isValidDate, '日期不存在');
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

export const InstantSchema = z
  .string({ error: '时间应为文字' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?\+08:00$/, '时间应为带 +08:00 的 ISO 8601，如 2026-11-23T09:30:00+08:00')
  .refine((s) => isValidDate(s.slice(0, 10)) && !Number.isNaN(new Date(s).getTime()), '时间不存在');
export type Instant = z.infer<typeof InstantSchema>;

export const FenSchema = z
  .number({ error: '金额应为数字（单位：分）' })
  .int('金额必须是整数（单位：分）')
  .nonnegative('金额不能为负')
  .refine(Number.isSafeInteger, '金额过大');

export const PERIOD_UNITS = ['日', '工作日', '个月', '小时'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** Where a number or rule comes from: a statute article, or the bureau's own rule. */
export const LegalBasisSchema = z.object({
  law: text('法律依据名称'),
  article: text('条款'),
  quote: optionalText('引文'),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** A period given by a statute (or the bureau), with its basis. */
export const PeriodSchema = z.object({
  value: z.number().int('期限必须是整数').positive('期限必须大于零'),
  unit: z.enum(PERIOD_UNITS, { error: '期限单位应为 日、工作日、个月 或 小时' }),
  basis: LegalBasisSchema.optional(),
});
export type Period = z.infer<typeof PeriodSchema>;

/** 项: an item of an article that applies to this case. */
export const ArticleItemSchema = z.object({
  number: z.number().int().positive('项的序号必须是正整数'),
  text: text('项的条文'),
});

/**
 * A quoted article. When the quoted text ends in "：" (a lead sentence), the items that
 * apply must be given, and are printed after it: a quote never stops at the colon.
 */
export const LegalArticleSchema = z
  .object({
    /** law title without brackets, e.g. 医疗保障基金使用监督管理条例 */
    law: text('法律法规名称'),
    /** e.g. 第四十条第一款 (without the 项 when items are given) */
    article: text('条款'),
    /** the quoted text of the article or paragraph */
    text: text('条文'),
    /** the items (项) of the paragraph that apply */
    items: z.array(ArticleItemSchema).optional(),
  })
  .superRefine((a, ctx) => {
    if (/[：:]$/.test(a.text) && !a.items?.length) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: `${a.article}的引文以“：”结尾，须列明适用的项` });
    }
    if (a.items?.length && /项$/.test(a.article)) {
      ctx.addIssue({ code: 'custom', path: ['article'], message: `${a.article}已写明项，不能再列 items` });
    }
    if (a.law.startsWith('《')) ctx.addIssue({ code: 'custom', path: ['law'], message: '法律法规名称不带书名号' });
  });
export type LegalArticle = z.infer<typeof LegalArticleSchema>;

export const PARTY_TYPES = ['公民', '法人', '其他组织'] as const;
export const PARTY_CATEGORIES = ['定点医疗机构', '定点零售药店', '医疗保障经办机构', '用人单位', '参保人员', '其他'] as const;

/** 当事人 (or another person a document names: a reporter, an applicant). */
export const PartySchema = z.object({
  name: text('当事人名称'),
  type: z.enum(PARTY_TYPES, { error: '当事人类型应为 公民、法人 或 其他组织' }),
  category: z.enum(PARTY_CATEGORIES).optional(),
  /** 统一社会信用代码, 居民身份证, 护照 …; default from the type */
  idKind: optionalText('证件种类'),
  /** absent: the document leaves a line to fill */
  idNumber: optionalText('证件号码'),
  /** absent: the document leaves a line to fill (refused where the law requires it) */
  address: optionalText('地址'),
  legalRepresentative: z
    .object({
      name: text('法定代表人（负责人）姓名'),
      title: z.enum(['法定代表人', '负责人', '主要负责人']).optional(),
      idNumber: optionalText('法定代表人证件号码'),
    })
    .optional(),
  phone: optionalText('联系电话'),
  gender: z.enum(['男', '女']).optional(),
  birthDate: CalendarDateSchema.optional(),
});
export type PartyType = (typeof PARTY_TYPES)[number];
export type Party = z.infer<typeof PartySchema>;

/** 执法人员 */
export const OfficerSchema = z.object({
  name: text('执法人员姓名'),
  /** 执法证号 */
  certificateNo: text('执法证号'),
});
export type Officer = z.infer<typeof OfficerSchema>;

/**
 * The issuing bureau as printed on a document: name, seal, 文号 prefix, address and phone.
 * Built by `issuerFor` from data/documents/bureaus.json; absent address or phone leave a line.
 */
export const IssuerSchema = z.object({
  name: text('执法主体名称'),
  /** 印章文字 */
  sealText: text('印章文字'),
  /** 文号 prefix of this document kind, e.g. 阳医保罚 */
  docNumberPrefix: optionalText('文号前缀'),
  address: optionalText('地址'),
  phone: optionalText('电话'),
  postcode: optionalText('邮政编码'),
});
export type Issuer = z.infer<typeof IssuerSchema>;
/** @deprecated the issuer of a document; kept as an alias of {@link Issuer} */
export type Bureau = Issuer;

/** 复议 and 诉讼: where and within what time the party may seek a remedy. Built by `remedyFor`. */
export const RemedySchema = z.object({
  reconsideration: z.object({
    /** one body, or two the applicant chooses between (行政复议法 2017 第十二条) */
    bodies: z.array(text('复议机关')).min(1, '须有复议机关').max(2, '复议机关至多两个'),
    period: PeriodSchema,
    /** the article that names the 复议机关 */
    basis: LegalBasisSchema,
  }),
  litigation: z.object({
    period: PeriodSchema,
    /** absent: the document leaves a line to fill */
    court: optionalText('人民法院'),
  }),
});
export type Remedy = z.infer<typeof RemedySchema>;

/** 证据: listed by name and description; the files' hashes go to an annex. */
export const EvidenceSchema = z.object({
  name: text('证据名称'),
  description: optionalText('证据说明'),
  /** e.g. 3页, 12份 */
  quantity: optionalText('数量'),
  files: z
    .array(
      z.object({
        fileName: text('文件名'),
        sha256: z.string().regex(/^[0-9a-f]{64}$/i, 'SHA-256 应为 64 位十六进制'),
      }),
    )
    .optional(),
});
export type EvidenceItem = z.infer<typeof EvidenceSchema>;

/** 责令 orders: not 行政处罚, listed apart from them. */
export const ORDER_KINDS = ['责令改正', '责令限期改正', '责令退回', '责令追回', '其他责令事项'] as const;
export const OrderSchema = z
  .object({
    kind: z.enum(ORDER_KINDS),
    /** what to correct (责令改正), or the order itself (其他责令事项) */
    text: optionalText('责令内容'),
    /** 责令退回 / 责令追回 */
    amountFen: FenSchema.optional(),
    /** 责令限期改正: the date by which */
    deadline: CalendarDateSchema.optional(),
  })
  .superRefine((o, ctx) => {
    if ((o.kind === '责令退回' || o.kind === '责令追回') && o.amountFen === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amountFen'], message: `${o.kind}须写明金额` });
    }
    if (o.kind === '责令限期改正' && !o.deadline) ctx.addIssue({ code: 'custom', path: ['deadline'], message: '责令限期改正须写明期限' });
    if (o.kind === '其他责令事项' && !o.text) ctx.addIssue({ code: 'custom', path: ['text'], message: '须写明责令事项' });
  });
export type Order = z.infer<typeof OrderSchema>;

/** 行政处罚 (行政处罚法第九条) as the 医疗保障 statutes give them. */
export const PENALTY_KINDS = ['警告', '通报批评', '罚款', '没收违法所得', '暂停医药服务', '暂停联网结算', '其他行政处罚'] as const;
export const PenaltySchema = z
  .object({
    kind: z.enum(PENALTY_KINDS),
    amountFen: FenSchema.optional(),
    months: z.number().int('暂停期限必须是整数个月').positive('暂停期限必须大于零').optional(),
    /** 暂停: its scope, e.g. 暂停心内科涉及医疗保障基金使用的医药服务; 其他行政处罚: the penalty */
    text: optionalText('处罚内容'),
  })
  .superRefine((p, ctx) => {
    if ((p.kind === '罚款' || p.kind === '没收违法所得') && p.amountFen === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amountFen'], message: `${p.kind}须写明金额` });
    }
    if ((p.kind === '暂停医药服务' || p.kind === '暂停联网结算') && (p.months === undefined || !p.text)) {
      ctx.addIssue({ code: 'custom', path: ['months'], message: `${p.kind}须写明范围和期限（月）` });
    }
    if (p.kind === '其他行政处罚' && !p.text) ctx.addIssue({ code: 'custom', path: ['text'], message: '须写明处罚内容' });
  });
export type Penalty = z.infer<typeof PenaltySchema>;

/** A measure the statute gives to another authority (吊销执业资格, 处分, 刑事责任): a referral. */
export const ReferralSchema = z.object({
  /** e.g. 有关主管部门, 六盘水市钟山区卫生健康局, 公安机关, 纪检监察机关 */
  authority: text('移送机关'),
  /** e.g. 依法吊销执业资格 */
  matter: text('移送事项'),
  /** whom it concerns, where not the party itself */
  concerning: optionalText('涉及人员'),
  basis: LegalArticleSchema,
});
export type Referral = z.infer<typeof ReferralSchema>;

export const PARTY_ROLES = ['当事人', '直接负责的主管人员', '其他直接责任人员'] as const;

/**
 * One party with its own measures. The directly responsible persons of an organisation
 * (社会保险法第八十四条 …) are parties of their own: their fines are separate lines, never a sum.
 */
export const PartyMeasuresSchema = z
  .object({
    party: PartySchema,
    role: z.enum(PARTY_ROLES).default('当事人'),
    /** for a responsible person: the organisation */
    of: optionalText('所在单位'),
    orders: z.array(OrderSchema).default([]),
    penalties: z.array(PenaltySchema).default([]),
    referrals: z.array(ReferralSchema).default([]),
  })
  .superRefine((m, ctx) => {
    if (m.role !== '当事人' && !m.of) ctx.addIssue({ code: 'custom', path: ['of'], message: `${m.role}须写明所在单位` });
  });
export type PartyMeasures = z.infer<typeof PartyMeasuresSchema>;
export type PartyMeasuresInput = z.input<typeof PartyMeasuresSchema>;

/** 裁量 */
export const DiscretionSchema = z.object({
  /** 从轻 / 一般 / 从重 / 减轻 */
  level: z.enum(['减轻', '从轻', '一般', '从重']).optional(),
  reasons: z.array(text('裁量情节')).min(1, '须写明裁量情节'),
  /** the 裁量基准 applied */
  standard: optionalText('裁量基准'),
});
export type Discretion = z.infer<typeof DiscretionSchema>;

/** 缴款 */
export const PaymentInstructionsSchema = z.object({
  /** 缴纳期限 (十五日, 行政处罚法第六十七条第三款) */
  period: PeriodSchema,
  method: optionalText('缴纳方式'),
  bankName: optionalText('开户银行'),
  accountName: optionalText('收款单位'),
  accountNo: optionalText('账号'),
  /** 加处罚款 */
  lateFee: z.object({ percentPerDay: z.number().positive(), basis: LegalBasisSchema }).optional(),
});
export type PaymentInstructions = z.infer<typeof PaymentInstructionsSchema>;

export const ContactSchema = z.object({
  person: text('联系人'),
  /** absent: the bureau's phone, or a line to fill */
  phone: optionalText('联系电话'),
  address: optionalText('联系地址'),
});
export type Contact = z.infer<typeof ContactSchema>;

export const ApprovalSchema = z.object({
  opinion: text('审批意见'),
  signer: text('审批人'),
  date: CalendarDateSchema,
});
export type Approval = z.infer<typeof ApprovalSchema>;

/** A thing preserved or sealed */
export const ListedItemSchema = z.object({
  name: text('名称'),
  specification: optionalText('规格'),
  quantity: text('数量'),
  note: optionalText('备注'),
});
export type PreservedItem = z.infer<typeof ListedItemSchema>;

/** A document referred to: its 文号 and date. */
export const DocRefSchema = z.object({ docNumber: text('文号'), date: CalendarDateSchema });
export type DocRef = z.infer<typeof DocRefSchema>;

export const SERVICE_METHODS = ['直接送达', '留置送达', '邮寄送达', '委托送达', '电子送达', '公告送达'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];
