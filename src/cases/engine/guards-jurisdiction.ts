// 管辖 at 立案 (医疗保障行政处罚程序暂行规定 第九条、第十五条第一款第（三）项): the place of the
// violation lies within the bureau's jurisdiction (a county's place is within its city); for
// 异地就医 the place of treatment (就医地) decides, and where only the insured person broke the
// rules, the place where they are insured (参保地). Not given, the place is the case's own
// jurisdiction. A case outside is not filed here but sent on (第十二条).
import { findJurisdiction, withinJurisdiction } from '../../law/index.js';
import { mainParty } from '../steps/party.js';
import type { GuardInput } from './guards.js';
import type { Refusal } from './types.js';

const RULE = '医疗保障行政处罚程序暂行规定';
const refuse = (code: string, message: string): Refusal => ({ code, message });

export const JURISDICTION_GUARDS = {
  placeWithinJurisdiction(g: GuardInput): Refusal | null {
    const here = g.state.jurisdiction.path;
    const check = (field: string, path: string | undefined, rule: string): Refusal | null => {
      if (!path) return refuse('MISSING_INPUT', `须填写${field}（${rule}）`);
      if (!findJurisdiction(path)) return refuse('UNKNOWN_JURISDICTION', `${field}「${path}」不是已知的行政区划`);
      if (!withinJurisdiction(here, path)) return refuse('NOT_COMPETENT', `${field}为${path}，不在本部门辖区（${here}）内，本部门不能立案：应当移送有管辖权的医疗保障行政部门（${rule}；第十二条第一款）`);
      return null;
    };
    const i = g.input;
    if (i['仅参保人员违法'] === true) {
      const party = mainParty((i['parties'] as Parameters<typeof mainParty>[0] | undefined) ?? g.state.parties);
      if (party && party.主体类别 !== '参保个人') return refuse('INVALID_INPUT', `当事人「${party.名称}」是${party.主体类别}，不是参保人员，不属“仅参保人员违法”（${RULE}第九条第二款）`);
      return check('参保地', i['参保地'] as string | undefined, `${RULE}第九条第二款：仅参保人员违法的，由参保地医疗保障行政部门调查处理`);
    }
    if (i['异地就医'] === true) return check('就医地', i['就医地'] as string | undefined, `${RULE}第九条第二款：异地就医的违法行为，由就医地医疗保障行政部门调查处理`);
    const place = i['违法行为发生地'] as string | undefined;
    return place ? check('违法行为发生地', place, `${RULE}第九条第一款：由违法行为发生地的县级以上医疗保障行政部门管辖`) : null;
  },
};
