// Step fields of 当场收缴 (医疗保障行政处罚程序暂行规定 第五十二条) and of 电子送达 (第五十九条第二款;
// 行政处罚法 第六十一条第二款), checked by engine/guards-collection.ts.
import { choice, date, flag, money, text } from './fields.js';

/** 暂行规定 第五十二条第一款: the two cases in which a fine decided on the spot may be collected on the spot. */
export const ON_SITE_GROUNDS = ['依法给予一百元以下的罚款', '不当场收缴事后难以执行'] as const;
export type OnSiteGround = (typeof ON_SITE_GROUNDS)[number];

/** The 简易程序's 执行: the fine collected on the spot, with the 财政 receipt. */
export const ON_SITE_COLLECTION_FIELDS = {
  当场收缴: flag('当场收缴罚款', '只限当场作出的处罚决定，且为一百元以下的罚款或者不当场收缴事后难以执行的（暂行规定第五十二条第一款）').optional(),
  收缴情形: choice('当场收缴的情形', ON_SITE_GROUNDS, '暂行规定第五十二条第一款第（一）项、第（二）项').optional(),
  难以执行的情况: text('不当场收缴事后难以执行的情况', { max: 2000 }).optional(),
  收缴金额: money('当场收缴的罚款金额').optional(),
  专用票据号: text('财政部门统一制发的罚款专用票据号码', { max: 60, description: '不出具专用票据的，当事人有权拒绝缴纳（暂行规定第五十二条第二款）' }).optional(),
};

/** 电子送达 only where the party agreed and signed a 确认书 (暂行规定 第五十九条第二款). */
export const ELECTRONIC_SERVICE_FIELDS = {
  确认书签订日期: date('当事人签订电子送达确认书的日期', '电子送达（传真、电子邮件等）须当事人同意并签订确认书（暂行规定第五十九条第二款）').optional(),
  电子送达地址: text('确认书载明的传真号码或电子邮件地址', { max: 200 }).optional(),
};
