// 管辖的变更 (医疗保障行政处罚程序暂行规定 第十条至第十二条): a case moved to another 医疗保障行政部门
// by 移送 (第十二条), taken up by a superior or handed down to a subordinate (第十一条), or settled
// after a 管辖权争议 by agreement or by the common superior's 指定管辖 (第十条、第十二条第二款).
// The guards are in engine/guards-jurisdiction.ts, the effects in engine/venue.ts.
import { z } from 'zod';
import { choice, flag, jurisdictionPath, officers, StepEnvelope, text } from './fields.js';

const obj = <S extends z.ZodRawShape>(shape: S) => z.object({ ...StepEnvelope, ...shape }).strict();

/** 第十条: what the two departments agreed within the seven working days. */
export const VENUE_AGREEMENTS = ['由本部门管辖', '由对方部门管辖', '协商不成'] as const;

export const VENUE_STEP_INPUTS = {
  // 第十二条第一款: the case belongs to another 医疗保障行政部门
  移送管辖: obj({
    受移送部门: jurisdictionPath('受移送的医疗保障行政部门（辖区）', '对本案有管辖权的其他医疗保障行政部门（第十二条第一款）'),
    移送理由: text('移送理由（该部门有管辖权的事实和依据）', { max: 2000 }),
  }),
  // 第十一条第一句前段: the superior takes the case up
  提级管辖: obj({
    决定理由: text('上级部门直接管辖的理由', { max: 2000 }),
    法定由上级管辖: flag('法律、法规、规章明确规定本案由上级部门管辖', '登记后本案不得再交由下级部门管辖（第十一条第二句）').optional(),
    法定管辖依据: text('规定由上级部门管辖的法律、法规、规章条文', { max: 200, placeholder: '如《××条例》第×条' }).optional(),
  }),
  // 第十一条第一句后段: the case handed down
  指定下级管辖: obj({
    下级部门: jurisdictionPath('交由管辖的下级医疗保障行政部门（辖区）'),
    决定理由: text('交由下级部门管辖的理由', { max: 2000 }),
  }),
  // 第十条: a dispute with another department; its day starts the seven working days
  发生管辖权争议: obj({
    争议部门: jurisdictionPath('发生争议的医疗保障行政部门（辖区）'),
    争议情况: text('争议情况', { max: 2000 }),
  }),
  协商管辖: obj({ 结果: choice('协商结果', VENUE_AGREEMENTS, '第十条'), 说明: text('协商情况', { max: 2000 }) }),
  // 第十条、第十二条第二款: asked of the common superior
  报请指定管辖: obj({
    争议部门: jurisdictionPath('对方医疗保障行政部门（辖区）', '受移送的案件不填：为移送的部门（第十二条第二款）').optional(),
    报请理由: text('报请理由（协商情况或者对管辖权的异议）', { max: 2000 }),
  }),
  指定管辖: obj({
    指定管辖部门: jurisdictionPath('指定管辖的医疗保障行政部门（辖区）', '争议双方之一'),
    决定理由: text('指定管辖的理由', { max: 2000 }),
  }),
  // the receiving department names its own officers
  确定承办人员: obj({ officers: officers('承办执法人员', 2), 说明: text('说明', { max: 2000 }).optional() }),
};
