// 案件: list with green / yellow / red deadlines and filters.
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { App, Badge, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { api, qs } from '../api';
import { KIND_COLOURS, POWER_KINDS } from '../kinds';

export interface CaseRow {
  id: string; kind: string; procedureName: string; itemName: string | null; state: string; closed: boolean; party: string | null;
  officers: string[]; openedAt: string; jurisdictionName: string; colour: 'green' | 'yellow' | 'red' | null; nextDeadline: { label: string; due: string } | null;
}
export const COLOUR: Record<string, { status: 'success' | 'warning' | 'error'; text: string }> = {
  green: { status: 'success', text: '正常' },
  yellow: { status: 'warning', text: '临期' },
  red: { status: 'error', text: '超期' },
};

export default function Cases() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [rows, setRows] = useState<CaseRow[]>([]);
  const [loading, setLoading] = useState(false);
  const f = { kind: params.get('kind') ?? '', colour: params.get('colour') ?? '', closed: params.get('closed') ?? '', q: params.get('q') ?? '' };
  const set = (k: string, v?: string) => {
    const n = new URLSearchParams(params);
    if (v) n.set(k, v);
    else n.delete(k);
    setParams(n, { replace: true });
  };
  useEffect(() => {
    setLoading(true);
    api
      .get<{ items: CaseRow[] }>(`/api/cases${qs({ ...f, limit: 1000 })}`)
      .then((r) => setRows(r.items))
      .catch((e) => message.error(e.message))
      .finally(() => setLoading(false));
  }, [params.toString()]);
  return (
    <Card title="案件" extra={<Typography.Text type="secondary">由事项清单的事项或智能监控的线索开立</Typography.Text>}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder="案件编号、当事人、事项" defaultValue={f.q} onSearch={(v) => set('q', v)} style={{ width: 280 }} />
        <Select allowClear placeholder="类型" style={{ width: 140 }} value={f.kind || undefined} onChange={(v) => set('kind', v)} options={POWER_KINDS.map((k) => ({ value: k, label: k }))} />
        <Select allowClear placeholder="期限" style={{ width: 120 }} value={f.colour || undefined} onChange={(v) => set('colour', v)} options={Object.entries(COLOUR).map(([k, v]) => ({ value: k, label: v.text }))} />
        <Select allowClear placeholder="办理状态" style={{ width: 120 }} value={f.closed || undefined} onChange={(v) => set('closed', v)} options={[{ value: 'false', label: '在办' }, { value: 'true', label: '已办结' }]} />
      </Space>
      <Table<CaseRow>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        size="middle"
        columns={[
          { title: '期限', dataIndex: 'colour', width: 150, render: (c, r) => (c ? <span data-testid={`colour-${c}`}><Badge status={COLOUR[c].status} text={COLOUR[c].text} /> <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.nextDeadline?.due.slice(0, 10)}</Typography.Text></span> : <Typography.Text type="secondary">—</Typography.Text>) },
          { title: '案件编号', dataIndex: 'id', width: 130, render: (id) => <Link to={`/cases/${id}`}>{id}</Link> },
          { title: '类型', dataIndex: 'kind', width: 110, render: (k) => <Tag color={KIND_COLOURS[k]}>{k}</Tag> },
          { title: '当事人', dataIndex: 'party', render: (p) => p ?? '—' },
          { title: '事项', dataIndex: 'itemName', ellipsis: true, render: (n, r) => n ?? r.procedureName },
          { title: '状态', dataIndex: 'state', width: 110, render: (s, r) => <Tag color={r.closed ? 'default' : 'processing'}>{s}</Tag> },
          { title: '最近期限', dataIndex: 'nextDeadline', width: 180, render: (d) => d?.label ?? '—' },
          { title: '辖区', dataIndex: 'jurisdictionName', width: 90 },
          { title: '立案/受理', dataIndex: 'openedAt', width: 110, render: (d: string) => d.slice(0, 10) },
        ]}
      />
    </Card>
  );
}
