// The evidence of a lead as an officer reads it: the articles and items it breaks with their
// text, its amounts (fund loss of 明确违规 hits; 可疑 hits and indicators apart), what the data
// could not check, and every hit with its reason, diagnoses and fee lines.
import { Alert, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { yuan } from '../../api';

export interface EvidenceLine { feedetlSn: string; mdtrtId: string; feeDate: string; itemCode: string; itemName: string | null; cnt: number; pricFen: number; grossFen: number; fundFen: number; patientFen: number; deptCode: string | null; deptName: string | null; doctorCode: string | null; doctorName: string | null }
export interface HitEvidence {
  ruleId: string; ruleName: string; kind: string; hitKey: string; mdtrtId: string | null; occurDate: string | null; lossFen: number;
  money: { grossFen: number; fundFen: number; patientFen: number }; reason: string; citation: { label: string; text: string };
  diagnoses: Array<{ code: string; name: string | null; main: boolean }>; lines: EvidenceLine[]; lineCount: number; caveats: string[];
}
export interface LeadCitation { article: string; label: string; text: string; kind: string; ruleIds: string[] }

export const KIND_COLOR: Record<string, string> = { 明确违规: 'red', 可疑: 'orange', 指标: 'blue' };

export function LeadAmounts({ amountFen, suspect, indicators }: { amountFen: number; suspect: { hits: number; fundFen: number }; indicators: number }) {
  return (
    <Descriptions size="small" bordered column={3}>
      <Descriptions.Item label="基金损失（明确违规）"><Typography.Text strong data-testid="lead-loss">{yuan(amountFen)}</Typography.Text></Descriptions.Item>
      <Descriptions.Item label="可疑疑点（未计入）">{suspect.hits} 条，涉及基金 {yuan(suspect.fundFen)}</Descriptions.Item>
      <Descriptions.Item label="统计指标（不计金额）">{indicators} 项</Descriptions.Item>
    </Descriptions>
  );
}

export function LeadCitations({ citations }: { citations: LeadCitation[] }) {
  return (
    <List
      size="small"
      header={<Typography.Text strong>违反的条款</Typography.Text>}
      dataSource={citations}
      renderItem={(c) => (
        <List.Item>
          <Space orientation="vertical" size={0}>
            <Space><Tag color={KIND_COLOR[c.kind]}>{c.kind}</Tag><Typography.Text strong>{c.label}</Typography.Text></Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.text}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

function HitLines({ hit }: { hit: HitEvidence }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>{hit.reason}</Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>依据：{hit.citation.label}</Typography.Text>
      {hit.diagnoses.length > 0 && <Typography.Text style={{ fontSize: 12 }}>诊断：{hit.diagnoses.map((d) => `${d.code}${d.name ? ` ${d.name}` : ''}${d.main ? '（主）' : ''}`).join('；')}</Typography.Text>}
      {hit.caveats.map((c) => <Alert key={c} type="warning" showIcon title={c} />)}
      <Table<EvidenceLine>
        rowKey="feedetlSn"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={hit.lines}
        footer={hit.lineCount > hit.lines.length ? () => `共 ${hit.lineCount} 条明细，列出前 ${hit.lines.length} 条` : undefined}
        columns={[
          { title: '流水号', dataIndex: 'feedetlSn' },
          { title: '就诊', dataIndex: 'mdtrtId' },
          { title: '日期', dataIndex: 'feeDate' },
          { title: '项目', render: (_, l) => `${l.itemName ?? ''}（${l.itemCode}）` },
          { title: '数量', dataIndex: 'cnt' },
          { title: '单价', dataIndex: 'pricFen', render: (f) => yuan(f) },
          { title: '金额', dataIndex: 'grossFen', render: (f) => yuan(f) },
          { title: '基金支付', dataIndex: 'fundFen', render: (f) => yuan(f) },
          { title: '个人负担', dataIndex: 'patientFen', render: (f) => yuan(f) },
          { title: '科室', render: (_, l) => l.deptName ?? l.deptCode ?? '—' },
          { title: '医生', render: (_, l) => l.doctorName ?? l.doctorCode ?? '—' },
        ]}
      />
    </Space>
  );
}

export function HitsTable({ hits }: { hits: HitEvidence[] }) {
  return (
    <Table<HitEvidence>
      rowKey={(h) => `${h.ruleId}|${h.hitKey}`}
      size="small"
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 10 }}
      dataSource={hits}
      expandable={{ expandedRowRender: (h) => <HitLines hit={h} /> }}
      columns={[
        { title: '性质', dataIndex: 'kind', render: (k: string) => <Tag color={KIND_COLOR[k]}>{k}</Tag> },
        { title: '规则', dataIndex: 'ruleName' },
        { title: '日期', dataIndex: 'occurDate' },
        { title: '基金损失', dataIndex: 'lossFen', render: (f: number, h) => (h.kind === '明确违规' ? yuan(f) : '—') },
        { title: '基金支付', render: (_, h) => yuan(h.money.fundFen) },
        { title: '个人负担', render: (_, h) => yuan(h.money.patientFen) },
        { title: '总额', render: (_, h) => yuan(h.money.grossFen) },
        { title: '明细', render: (_, h) => `${h.lineCount} 条` },
        { title: '理由', dataIndex: 'reason', render: (r: string) => <Typography.Text style={{ fontSize: 12 }} ellipsis={{ tooltip: r }}>{r}</Typography.Text> },
      ]}
    />
  );
}
