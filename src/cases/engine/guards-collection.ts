// Guards of 当场收缴 (医疗保障行政处罚程序暂行规定 第五十二条) and of 电子送达 (第五十九条第二款;
// 行政处罚法 第六十一条第二款). Each refuses with an English code and a Chinese reason naming
// the article; registered at the end of the guards of engine/guards.ts.
import { formatYuan } from '../../law/index.js';
import { mainParty } from '../steps/party.js';
import type { OnSiteGround } from '../steps/collection.js';
import { duesOf } from './execution.js';
import type { GuardInput } from './guards.js';
import { ON_SITE_COLLECTION_MAX_FEN } from './statutory.js';
import type { Refusal } from './types.js';

const RULE = '医疗保障行政处罚程序暂行规定';
const refuse = (code: string, message: string): Refusal => ({ code, message });
const ON_SITE_DETAILS = ['收缴情形', '难以执行的情况', '收缴金额', '专用票据号'] as const;

/** The fine the decision made on the spot orders the 当事人 to pay (fen). */
function fineDecided(g: GuardInput): number {
  const main = mainParty(g.state.parties)?.名称;
  return duesOf(g.state)
    .filter((d) => d.kind === '罚款' && d.payer === main)
    .reduce((n, d) => n + d.amountFen, 0);
}

export const COLLECTION_GUARDS = {
  onSiteCollectionLawful(g: GuardInput): Refusal | null {
    const i = g.input;
    if (i['当场收缴'] !== true) {
      const given = ON_SITE_DETAILS.filter((k) => i[k] !== undefined);
      return given.length ? refuse('ONSITE_DETAILS_WITHOUT_COLLECTION', `未登记当场收缴罚款，却填写了${given.map((k) => `「${k}」`).join('、')}：当场收缴的，请选择「当场收缴罚款」`) : null;
    }
    if (!g.state.done['当场决定']) return refuse('NOT_DECIDED_ON_SPOT', `当场收缴罚款只适用于依简易程序当场作出的行政处罚决定（${RULE}第五十二条第一款）`);
    const fine = fineDecided(g);
    if (fine === 0) return refuse('NO_FINE', '当场作出的决定没有罚款，无可当场收缴');
    const ground = i['收缴情形'] as OnSiteGround | undefined;
    if (!ground) return refuse('ONSITE_GROUND_REQUIRED', `当场收缴罚款须属下列情形之一：依法给予一百元以下的罚款的；不当场收缴事后难以执行的（${RULE}第五十二条第一款）`);
    if (ground === '依法给予一百元以下的罚款' && fine > ON_SITE_COLLECTION_MAX_FEN.value) {
      return refuse('ONSITE_NOT_ALLOWED', `决定的罚款 ${formatYuan(fine)} 超过一百元，不属于“依法给予一百元以下的罚款的”（${RULE}第五十二条第一款第（一）项）；超过一百元的，只有不当场收缴事后难以执行的才可以当场收缴（第（二）项），须记录难以执行的情况`);
    }
    if (ground === '不当场收缴事后难以执行' && !i['难以执行的情况']) return refuse('EXPLANATION_REQUIRED', `以“不当场收缴事后难以执行”当场收缴的，须记录难以执行的情况（${RULE}第五十二条第一款第（二）项）`);
    const amount = i['收缴金额'] as number | undefined;
    if (amount !== fine) return refuse('ONSITE_AMOUNT', `当场收缴的金额${amount === undefined ? '未填写' : `为 ${formatYuan(amount)}`}，应为当场决定的罚款 ${formatYuan(fine)}`);
    if (!i['专用票据号']) return refuse('ONSITE_NO_RECEIPT', `当场收缴罚款，必须向当事人出具财政部门统一制发的专用票据，并登记票据号码；不出具的，当事人有权拒绝缴纳（${RULE}第五十二条第二款）`);
    return null;
  },
  onSiteMoneyPaidIn(g: GuardInput): Refusal | null {
    if (g.state.facts.collectedOnSite !== true) return null;
    if (!g.state.done['当场收缴交款']) return refuse('ONSITE_NOT_HANDED_IN', `当场收缴的罚款尚未交至医疗保障行政部门（${RULE}第五十二条第三款：自收缴罚款之日起二个工作日内），不能备案结束`);
    if (!g.state.done['缴付银行']) return refuse('ONSITE_NOT_PAID_IN', `当场收缴的罚款尚未缴付指定的银行（${RULE}第五十二条第三款：医疗保障行政部门应当在二个工作日内缴付），不能备案结束`);
    return null;
  },
  electronicServiceConsent(g: GuardInput): Refusal | null {
    if (g.input['送达方式'] !== '电子送达') return null;
    const signed = g.input['确认书签订日期'] as string | undefined;
    const address = g.input['电子送达地址'] as string | undefined;
    if (!signed || !address) return refuse('NO_SERVICE_CONSENT', `采用传真、电子邮件等方式送达，须当事人同意并签订确认书（${RULE}第五十九条第二款；行政处罚法第六十一条第二款）：请登记确认书的签订日期和其载明的传真号码或电子邮件地址`);
    if (signed > g.stepDate) return refuse('CONSENT_AFTER_SERVICE', `确认书签订日期 ${signed} 晚于送达日期 ${g.stepDate}：须先经当事人同意并签订确认书，方可电子送达（${RULE}第五十九条第二款）`);
    return null;
  },
};
