// Published 行政处罚决定 (personal data masked by the server).
import { useEffect, useState } from 'react';
import { Alert, Card, Table } from 'antd';
import { api, yuan } from '../api';

interface Decision { caseId: string; docNumber?: string; party: string; partyType: string; decidedAt: string; publishedAt: string; violation: string; measures: Array<{ kind: string; amountFen?: number; months?: number }>; bureau: string }

export function Decisions() {
  const [rows, setRows] = useState<Decision[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.get<Decision[]>('/api/public/decisions').then(setRows, (e) => setError(e.status === 404 ? '暂无公示的行政处罚决定' : e.message));
  }, []);
  if (error) return <Alert type="info" title={error} />;
  return (
    <Card title="行政处罚决定公示">
      <Table<Decision>
        rowKey="caseId"
        loading={!rows}
        dataSource={rows ?? []}
        columns={[
          { title: '决定日期', dataIndex: 'decidedAt', width: 120 },
          { title: '当事人', dataIndex: 'party', render: (p, r) => `${p}（${r.partyType}）` },
          { title: '违法行为', dataIndex: 'violation' },
          { title: '处罚内容', dataIndex: 'measures', render: (ms: Decision['measures']) => ms.map((m) => `${m.kind}${m.amountFen !== undefined ? ' ' + yuan(m.amountFen) : ''}${m.months ? ` ${m.months}个月` : ''}`).join('；') },
          { title: '作出机关', dataIndex: 'bureau' },
        ]}
      />
    </Card>
  );
}
