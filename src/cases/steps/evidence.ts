// 登记证据 (医疗保障行政处罚程序暂行规定 第十八条至第二十三条): each piece of evidence with its kind
// from the closed list of 第十九条第一款, how it was collected (第十八条第一款第（二）项), where it
// came from (本案调查, 立案前核查 or 监督检查, 其他部门移送: 第十九条第二款、第三款), and what a copy
// must say: 书证、物证 (第二十一条), 视听资料 (第二十二条), 电子数据 (第二十三条). A piece that
// lacks what its kind requires is refused with the article. The files themselves are the step's
// attachments (stored by content hash in the record).
import { z } from 'zod';
import { choice, date, flag, money, officers, rows, StepEnvelope, suspect, text } from './fields.js';

const RULE = '医疗保障行政处罚程序暂行规定';

/** 第十九条第一款: the kinds of evidence. */
export const EVIDENCE_KINDS = ['书证', '物证', '视听资料', '电子数据', '证人证言', '当事人的陈述', '鉴定意见', '勘验笔录', '现场笔录'] as const;
/** 第十八条第一款第（一）项至第（三）项: how it was collected. */
export const COLLECTION_METHODS = ['询问', '现场检查', '调取材料', '记录', '录音', '录像', '照相', '复制', '从信息系统调取数据'] as const;
/** 第十九条: where it came from. */
export const EVIDENCE_SOURCES = ['本案调查', '立案前核查', '监督检查', '其他部门移送'] as const;
/** 第二十三条第三款: how electronic data was taken when not on its original carrier. */
export const ELECTRONIC_METHODS = ['原始载体', '拷贝复制', '委托分析', '书式固定', '拍照录像'] as const;

const optionalText = (title: string, max = 200) => text(title, { max }).optional();

export const EvidenceRecordSchema = z
  .object({
    名称: text('证据名称', { max: 100 }),
    种类: choice('证据种类', EVIDENCE_KINDS, `${RULE}第十九条第一款`),
    收集方式: choice('收集方式', COLLECTION_METHODS, `${RULE}第十八条第一款`),
    来源: choice('来源', EVIDENCE_SOURCES, `${RULE}第十九条第二款、第三款`).default('本案调查'),
    来源机关: optionalText('移送机关或者检查机关', 100),
    原件: flag('原件、原物或者原始载体').optional(),
    与原件核对一致: flag('复制件等已注明与原件一致').optional(),
    取证日期: date('取证日期').optional(),
    证据出处: optionalText('证据出处'),
    提供人签章: flag('证据提供人已签名或者盖章（视听资料：核对无误后）').optional(),
    取证方式: choice('电子数据的取证方式', ELECTRONIC_METHODS, `${RULE}第二十三条第三款`).optional(),
    制作方法: optionalText('制作方法'),
    制作时间: date('制作时间').optional(),
    制作人: optionalText('制作人', 50),
    声音资料: flag('声音资料').optional(),
    文字记录: text('声音资料的文字记录', { max: 20000 }).optional(),
    辅助人员: rows('辅助调取电子数据的专门人员', z.object({ 姓名: text('姓名', { max: 50 }), 身份: text('单位或者身份', { max: 100 }), 所做工作: text('所做工作', { max: 500 }) }).strict(), 1, 20).optional(),
    说明: optionalText('说明', 500),
  })
  .strict()
  .superRefine((e, ctx) => {
    const need = (field: keyof typeof e, why: string) => {
      const v = e[field];
      if (v === undefined || v === false || v === '') ctx.addIssue({ code: 'custom', path: [field], message: `「${e.名称}」${why}` });
    };
    if (e.来源 === '其他部门移送' || e.来源 === '监督检查') need('来源机关', `来源为${e.来源}的，须写明${e.来源 === '其他部门移送' ? '移送机关' : '检查机关'}（${RULE}第十九条第二款、第三款）`);
    if ((e.种类 === '书证' || e.种类 === '物证') && e.原件 !== true) {
      const why = `不是原件、原物的，须注明与原件核对无误、取证日期、证据出处，并由证据提供人签名或者盖章（${RULE}第二十一条）`;
      for (const f of ['与原件核对一致', '取证日期', '证据出处', '提供人签章'] as const) need(f, why);
    }
    if (e.种类 === '视听资料') {
      if (e.原件 !== true) {
        const why = `不是原始载体的，须注明制作方法、制作时间、制作人，并由证据提供人核对无误后签名或者盖章（${RULE}第二十二条）`;
        for (const f of ['制作方法', '制作时间', '制作人', '提供人签章'] as const) need(f, why);
      }
      if (e.声音资料 === true) need('文字记录', `声音资料应当附有该声音内容的文字记录（${RULE}第二十二条）`);
    }
    if (e.种类 === '电子数据') {
      need('取证方式', `须写明电子数据是原始载体还是拷贝复制、委托分析、书式固定、拍照录像（${RULE}第二十三条第三款）`);
      if (e.取证方式 && e.取证方式 !== '原始载体') for (const f of ['制作方法', '制作时间', '制作人'] as const) need(f, `以${e.取证方式}取得电子数据的，须注明制作方法、制作时间、制作人（${RULE}第二十三条第三款）`);
    }
  });
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

const obj = <S extends z.ZodRawShape>(shape: S) => z.object({ ...StepEnvelope, ...shape }).strict();

/**
 * 第十八条第一款第（三）项: a 疑点 of the data taken from an information system (医保智能监控 …),
 * by the number it has there; a case opened from a monitoring lead has the lead's already.
 */
export const SuspectSchema = z
  .object({
    编号: text('疑点编号', { max: 100 }),
    内容: text('疑点内容', { max: 1000 }),
    发生日期: date('发生日期').optional(),
    涉及金额Fen: money('涉及医保基金金额').optional(),
  })
  .strict();

/** What the officers make of the party's explanation of a 疑点. */
export const SUSPECT_FINDINGS = ['说明成立，不予认定', '说明不成立', '须进一步核实'] as const;

const unique = (key: string, rowsKey: string, what: string) => (d: Record<string, unknown>, ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  for (const [i, r] of ((d[rowsKey] as Array<Record<string, string>> | undefined) ?? []).entries()) {
    if (seen.has(r[key]!)) ctx.addIssue({ code: 'custom', path: [rowsKey, i, key], message: `${what}「${r[key]}」重复` });
    seen.add(r[key]!);
  }
};

/** 第十八条第一款第（五）项: 会计师事务所“等”第三方机构和专业人员. */
export const THIRD_PARTY_KINDS = ['会计师事务所', '信息技术服务机构', '商业保险机构', '其他第三方机构', '专业人员'] as const;

export const EVIDENCE_STEP_INPUTS = {
  // 第十八条第一款第（三）项: data taken from an information system, each 疑点 by number
  调取疑点数据: obj({
    officers: officers('执法人员', 2),
    信息系统: text('调取数据的信息系统', { max: 100, placeholder: '如：医保智能监控系统、医保结算系统' }),
    疑点: rows('疑点数据', SuspectSchema, 1, 500),
  }).superRefine(unique('编号', '疑点', '疑点编号')),
  // 第十八条第一款第（三）项: the party's explanation of each 疑点, and what the officers make of it
  疑点说明: obj({
    officers: officers('执法人员', 2),
    说明人: text('作出说明的人员（被检查对象的负责人或者其委托的人员）', { max: 100 }),
    说明: rows(
      '逐项解释和说明',
      z
        .object({
          疑点编号: suspect('疑点'),
          说明: text('被检查对象的解释和说明', { max: 2000 }),
          核实意见: choice('执法人员的核实意见', SUSPECT_FINDINGS, `${RULE}第十八条第一款第（三）项`),
        })
        .strict(),
      1,
      500,
    ),
  }).superRefine(unique('疑点编号', '说明', '疑点')),
  登记证据: obj({
    officers: officers('执法人员', 2),
    证据: rows('证据', EvidenceRecordSchema, 1, 200),
  }),
  第三方协助: obj({
    机构类型: choice('第三方机构或者专业人员', THIRD_PARTY_KINDS, `${RULE}第十八条第一款第（五）项`),
    机构名称: text('机构名称（专业人员填其单位）', { max: 100 }),
    人员: rows('参与协助的人员', z.object({ 姓名: text('姓名', { max: 50 }), 资质或职务: text('资质或者职务', { max: 100 }) }).strict(), 1, 30),
    协助内容: text('协助检查的内容', { max: 2000 }),
    开始日期: date('协助开始日期'),
    结束日期: date('协助结束日期').optional(),
  }).refine((t) => !t.结束日期 || t.结束日期 >= t.开始日期, { path: ['结束日期'], message: '协助结束日期早于开始日期' }),
};
