// 实施封存 on the spot (医疗保障行政处罚程序暂行规定 第三十条 → 行政强制法 第十八条): what the
// officers did there — the 执法证件 shown, the party called (or a witness), the reasons, basis,
// rights and remedies told, the party heard, the 现场笔录 signed (or the refusal noted), and the
// 实施行政强制措施决定书 and the list handed over there and then. A step that does not say so is
// refused with the item of 第十八条 it misses.
import { z } from 'zod';
import { choice, flag, text } from './fields.js';

const ACT = '行政强制法第十八条';
const RULE = '医疗保障行政处罚程序暂行规定第三十条';

export const RECORD_SIGNATURES = ['当事人和执法人员签名或者盖章', '当事人拒绝签名或者盖章，已在笔录中注明', '见证人和执法人员签名或者盖章'] as const;
export const HANDOVER = ['当场交付当事人', '当事人拒绝接收，已在笔录中注明', '当场交付见证人并留置现场'] as const;

export const OnSiteSchema = z
  .object({
    出示执法证件: flag('已出示执法身份证件', `${ACT}第（三）项`),
    当事人到场: flag('当事人到场', `${ACT}第（四）项；不到场的，邀请见证人到场（第（九）项）`),
    见证人: text('见证人（当事人不到场时）', { max: 100 }).optional(),
    告知理由依据权利: flag('已当场告知理由、依据和当事人的权利、救济途径', `${ACT}第（五）项`),
    陈述申辩: text('听取的当事人陈述、申辩（未陈述申辩的，如实记明）', { max: 5000 }),
    笔录签章: choice('现场笔录的签名或者盖章', RECORD_SIGNATURES, `${ACT}第（八）项、第（九）项`),
    决定书和清单: choice('实施行政强制措施决定书和清单的交付', HANDOVER, RULE),
  })
  .strict()
  .superRefine((o, ctx) => {
    const bad = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!o.出示执法证件) bad('出示执法证件', `实施行政强制措施应当出示执法身份证件（${ACT}第（三）项）`);
    if (!o.告知理由依据权利) bad('告知理由依据权利', `应当当场告知当事人采取行政强制措施的理由、依据以及当事人依法享有的权利、救济途径（${ACT}第（五）项）`);
    if (!o.当事人到场 && !o.见证人) bad('见证人', `当事人不到场的，邀请见证人到场（${ACT}第（九）项）`);
    if (!o.当事人到场 && o.笔录签章 !== '见证人和执法人员签名或者盖章') bad('笔录签章', `当事人不到场的，由见证人和行政执法人员在现场笔录上签名或者盖章（${ACT}第（九）项）`);
    if (o.当事人到场 && o.笔录签章 === '见证人和执法人员签名或者盖章') bad('笔录签章', `当事人到场的，现场笔录由当事人和行政执法人员签名或者盖章，拒绝的予以注明（${ACT}第（八）项）`);
  })
  .meta({ title: '现场实施（行政强制法第十八条）', widget: 'form' });
export type OnSite = z.infer<typeof OnSiteSchema>;

/** The grounds of 解除封存 (医疗保障行政处罚程序暂行规定 第三十三条第一款; a test reads them out of the article's items). */
export const SEALING_RELEASE_GROUNDS = ['当事人没有违法行为', '封存的资料与违法行为无关', '对违法行为已经作出处理决定，不再需要封存', '封存期限已经届满', '其他不再需要采取封存措施的情形'] as const;
