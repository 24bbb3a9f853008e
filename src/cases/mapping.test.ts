import { describe, expect, it } from 'vitest';
import { itemId, mapItem, parseItemId } from './mapping.js';
import { loadProcedures } from './procedure/load.js';

const rules = loadProcedures().mapping;

describe('ITEM_ID', () => {
  it('is <catalog file stem>#<seq>', () => {
    expect(parseItemId('000_650efb1eb094bc36#3')).toEqual({ stem: '000_650efb1eb094bc36', seq: 3 });
    expect(parseItemId('000_650efb1eb094bc36.txt#12')).toEqual({ stem: '000_650efb1eb094bc36', seq: 12 });
    expect(itemId('000_650efb1eb094bc36.txt', 3)).toBe('000_650efb1eb094bc36#3');
    for (const bad of ['000', '#3', '000#', '000#x', '../x#1', 'a#1#2']) expect(parseItemId(bad), bad).toBeUndefined();
  });
});

describe('mapping rules', () => {
  it('by matter first, then by name, then by kind', () => {
    expect(mapItem({ name: '某某', kind: '行政强制', matter: { id: 'coercion.suspend-insured-settlement', name: '' } }, rules)).toMatchObject({ procedure: 'xzqz-zanting', variant: '参保人员' });
    expect(mapItem({ name: '对某机构暂停医保基金结算', kind: '行政强制', matter: null }, rules)).toMatchObject({ procedure: 'xzqz-zanting', variant: '定点医药机构' });
    expect(mapItem({ name: '对资料进行封存', kind: '行政强制', matter: null }, rules)).toMatchObject({ procedure: 'xzqz-fengcun' });
    expect(mapItem({ name: '生育津贴的支付', kind: '行政给付', matter: null }, rules)).toMatchObject({ procedure: 'xzgf', variant: '生育津贴' });
    // 000#8 names 医疗费用结算 before 生育津贴: the 手工报销 variant (三十个工作日), 生育津贴 chosen per case
    expect(mapItem({ name: '个人医疗费用、生育医疗费用的结算及生育津贴的支付', kind: '行政给付', matter: { id: 'payment.medical-expense-settlement', name: '' } }, rules)).toMatchObject({ procedure: 'xzgf', variant: '手工报销' });
    expect(mapItem({ name: '定点医疗机构费用拨付', kind: '行政给付', matter: null }, rules)).toMatchObject({ procedure: 'xzgf', variant: '定点拨付' });
    expect(mapItem({ name: '某某登记', kind: '行政确认', matter: null }, rules)).toMatchObject({ procedure: 'xzqr', variant: '登记' });
    expect(mapItem({ name: '其他', kind: '其他行政职权', matter: null }, rules)).toMatchObject({ procedure: 'qt-xieyi' });
    expect(mapItem({ name: 'x', kind: '未知', matter: null }, rules)).toBeUndefined();
  });
});
