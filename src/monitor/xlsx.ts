// Excel export of leads, their hits and the hits' fee lines (exceljs).
import ExcelJS from 'exceljs';
import type { Lead } from './leads.js';
import { yuan } from './leads.js';
import type { Rule } from './rules.js';
import type { RuleTiming } from './run.js';

const money = (fen: number): number => Number(yuan(fen));

export async function writeLeadsXlsx(path: string, leads: Lead[], rules: Rule[], timings: RuleTiming[] = []): Promise<void> {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'yibao';
  const ls = wb.addWorksheet('线索');
  ls.columns = [
    { header: '线索编号', key: 'id', width: 18 }, { header: '对象类别', key: 'kind', width: 10 }, { header: '对象编码', key: 'code', width: 14 },
    { header: '对象名称', key: 'name', width: 20 }, { header: '事项', key: 'matter', width: 30 }, { header: '结果类型', key: 'type', width: 10 },
    { header: '基金损失（元，明确违规）', key: 'loss', width: 18 }, { header: '可疑疑点（条）', key: 'suspect', width: 12 },
    { header: '可疑涉及基金（元，未计入）', key: 'suspectFund', width: 20 }, { header: '统计指标（项）', key: 'indicators', width: 12 },
    { header: '法律依据', key: 'citations', width: 60 }, { header: '规则', key: 'rules', width: 40 }, { header: '疑点条数', key: 'n', width: 10 },
    { header: '起', key: 'from', width: 12 }, { header: '止', key: 'to', width: 12 }, { header: '数据局限', key: 'caveats', width: 60 },
  ];
  for (const l of leads) {
    ls.addRow({
      id: l.id, kind: l.party.kind === 'institution' ? '定点医药机构' : '参保人员', code: l.party.code, name: l.party.name ?? '', matter: l.matterId,
      type: l.resultType, loss: money(l.amountFen), suspect: l.suspect.hits, suspectFund: money(l.suspect.fundFen), indicators: l.indicators,
      citations: l.citations.map((c) => c.label).join('；'), rules: l.ruleIds.map((r) => byId.get(r)?.name ?? r).join('、'), n: l.hits.length,
      from: l.firstDate ?? '', to: l.lastDate ?? '', caveats: l.caveats.join('；'),
    });
  }
  const hs = wb.addWorksheet('疑点');
  hs.columns = [
    { header: '线索编号', key: 'lead', width: 18 }, { header: '规则编号', key: 'rule', width: 26 }, { header: '规则名称', key: 'name', width: 30 },
    { header: '两库编码', key: 'code', width: 18 }, { header: '性质', key: 'kind', width: 10 }, { header: '疑点键', key: 'key', width: 30 },
    { header: '定点机构', key: 'inst', width: 12 }, { header: '人员编号', key: 'psn', width: 14 }, { header: '就诊ID', key: 'mdtrt', width: 16 },
    { header: '发生日期', key: 'date', width: 12 }, { header: '基金损失（元）', key: 'loss', width: 14 }, { header: '基金支付（元）', key: 'fund', width: 14 },
    { header: '个人负担（元）', key: 'patient', width: 14 }, { header: '总额（元）', key: 'gross', width: 12 }, { header: '理由', key: 'reason', width: 80 },
    { header: '依据', key: 'citation', width: 40 }, { header: '诊断', key: 'dx', width: 30 }, { header: '明细行数', key: 'lines', width: 10 },
  ];
  const lines = wb.addWorksheet('疑点明细行');
  lines.columns = [
    { header: '线索编号', key: 'lead', width: 18 }, { header: '规则编号', key: 'rule', width: 26 }, { header: '疑点键', key: 'key', width: 30 },
    { header: '费用明细流水号', key: 'sn', width: 18 }, { header: '就诊ID', key: 'mdtrt', width: 16 }, { header: '费用日期', key: 'date', width: 12 },
    { header: '目录编码', key: 'item', width: 14 }, { header: '目录名称', key: 'itemName', width: 24 }, { header: '数量', key: 'cnt', width: 8 },
    { header: '单价（元）', key: 'price', width: 10 }, { header: '金额（元）', key: 'gross', width: 10 }, { header: '基金支付（元）', key: 'fund', width: 12 },
    { header: '个人负担（元）', key: 'patient', width: 12 }, { header: '科室', key: 'dept', width: 12 }, { header: '医生', key: 'doctor', width: 12 },
  ];
  for (const l of leads) {
    for (const h of l.hits) {
      const d = h.detail;
      hs.addRow({
        lead: l.id, rule: h.ruleId, name: byId.get(h.ruleId)?.name ?? '', code: byId.get(h.ruleId)?.liangkuCode ?? '', kind: d?.kind ?? '', key: h.hitKey,
        inst: h.fixmedinsCode ?? '', psn: h.psnNo ?? '', mdtrt: h.mdtrtId ?? '', date: h.occurDate ?? '', loss: money(d?.lossFen ?? 0),
        fund: money(d?.money.fundFen ?? 0), patient: money(d?.money.patientFen ?? 0), gross: money(d?.money.grossFen ?? h.amountFen), reason: d?.reason ?? '',
        citation: d?.citation.label ?? '', dx: (d?.diagnoses ?? []).map((x) => `${x.code}${x.main ? '（主）' : ''}`).join('、'), lines: d?.lineCount ?? 0,
      });
      for (const line of d?.lines ?? []) {
        lines.addRow({
          lead: l.id, rule: h.ruleId, key: h.hitKey, sn: line.feedetlSn, mdtrt: line.mdtrtId, date: line.feeDate, item: line.itemCode, itemName: line.itemName ?? '',
          cnt: line.cnt, price: money(line.pricFen), gross: money(line.grossFen), fund: money(line.fundFen), patient: money(line.patientFen),
          dept: line.deptName ?? line.deptCode ?? '', doctor: line.doctorName ?? line.doctorCode ?? '',
        });
      }
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
