// Excel export of leads and hits (exceljs).
import ExcelJS from 'exceljs';
import type { Lead } from './leads.js';
import { yuan } from './leads.js';
import type { Rule } from './rules.js';
import type { RuleTiming } from './run.js';

export async function writeLeadsXlsx(path: string, leads: Lead[], rules: Rule[], timings: RuleTiming[] = []): Promise<void> {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'yibao';
  const ls = wb.addWorksheet('线索');
  ls.columns = [
    { header: '线索编号', key: 'id', width: 18 }, { header: '对象类别', key: 'kind', width: 10 }, { header: '对象编码', key: 'code', width: 14 },
    { header: '对象名称', key: 'name', width: 20 }, { header: '事项', key: 'matter', width: 32 }, { header: '法律依据', key: 'article', width: 36 },
    { header: '结果类型', key: 'type', width: 10 }, { header: '规则', key: 'rules', width: 40 }, { header: '疑点条数', key: 'n', width: 10 },
    { header: '涉及金额（元）', key: 'amount', width: 14 }, { header: '起', key: 'from', width: 12 }, { header: '止', key: 'to', width: 12 },
  ];
  for (const l of leads) {
    ls.addRow({
      id: l.id, kind: l.party.kind === 'institution' ? '定点医药机构' : '参保人员', code: l.party.code, name: l.party.name ?? '', matter: l.matterId,
      article: l.article, type: l.resultType, rules: l.ruleIds.map((r) => byId.get(r)?.name ?? r).join('、'), n: l.hits.length,
      amount: Number(yuan(l.amountFen)), from: l.firstDate ?? '', to: l.lastDate ?? '',
    });
  }
  const hs = wb.addWorksheet('疑点明细');
  hs.columns = [
    { header: '线索编号', key: 'lead', width: 18 }, { header: '规则编号', key: 'rule', width: 26 }, { header: '规则名称', key: 'name', width: 30 },
    { header: '两库编码', key: 'code', width: 18 }, { header: '疑点键', key: 'key', width: 30 }, { header: '定点机构', key: 'inst', width: 12 },
    { header: '人员编号', key: 'psn', width: 14 }, { header: '就诊ID', key: 'mdtrt', width: 16 }, { header: '费用明细流水号', key: 'sn', width: 16 },
    { header: '发生日期', key: 'date', width: 12 }, { header: '违规金额（元）', key: 'amount', width: 14 }, { header: '证据', key: 'evidence', width: 60 },
  ];
  for (const l of leads) {
    for (const h of l.hits) {
      hs.addRow({
        lead: l.id, rule: h.ruleId, name: byId.get(h.ruleId)?.name ?? '', code: byId.get(h.ruleId)?.liangkuCode ?? '', key: h.hitKey, inst: h.fixmedinsCode ?? '',
        psn: h.psnNo ?? '', mdtrt: h.mdtrtId ?? '', sn: h.feedetlSn ?? '', date: h.occurDate ?? '', amount: Number(yuan(h.amountFen)), evidence: JSON.stringify(h.evidence),
      });
    }
  }
  if (timings.length) {
    const ts = wb.addWorksheet('规则耗时');
    ts.columns = [{ header: '规则编号', key: 'rule', width: 30 }, { header: '耗时（秒）', key: 's', width: 12 }, { header: '命中数', key: 'n', width: 10 }];
    for (const t of timings) ts.addRow({ rule: t.ruleId, s: Number(t.seconds.toFixed(3)), n: t.hits });
  }
  for (const ws of wb.worksheets) ws.getRow(1).font = { bold: true };
  await wb.xlsx.writeFile(path);
}
