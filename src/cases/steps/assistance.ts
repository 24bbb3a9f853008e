// 协助调查 (医疗保障行政处罚程序暂行规定 第三十四条): the written request to the 医疗保障行政部门 of
// another 行政区域, the day it reached them (fifteen days run from it), and their answer.
import { choice, jurisdictionPath, text } from './fields.js';
import { StepEnvelope } from './fields.js';
import { z } from 'zod';

const obj = <S extends z.ZodRawShape>(shape: S) => z.object({ ...StepEnvelope, ...shape }).strict();

/** 第三十四条: the requested department completes the work, or tells before the time is up that it needs longer or cannot help. */
export const ASSISTANCE_REPLIES = ['完成协查', '需要延期完成', '无法协助'] as const;

export const ASSISTANCE_STEP_INPUTS = {
  发出协助调查函: obj({
    被请求部门: jurisdictionPath('被请求协助的医疗保障行政部门（辖区）', '其他行政区域的医疗保障行政部门'),
    协查事项: text('请求协助调查取证的事项', { max: 5000 }),
    函号: text('协助调查函文号', { max: 60 }),
  }),
  协助调查函送达: obj({ 送达方式: text('协助调查函的送达方式', { max: 100 }) }),
  协查回复: obj({
    回复: choice('被请求部门的回复', ASSISTANCE_REPLIES, '需要延期完成或者无法协助的，应当在期限届满前告知（暂行规定第三十四条）'),
    回复内容: text('协查结果或者延期、无法协助的理由', { max: 10000 }),
  }),
};
