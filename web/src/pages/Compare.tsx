// 清单比对: canonical matter × jurisdiction — has, lacks, or has with a different basis.
import { useEffect, useState } from 'react';
import { Alert, Card, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { api, qs } from '../api';
import { KIND_COLOURS } from '../kinds';

interface Cell {
  status: 'has' | 'lacks' | 'different';
  items: Array<{ seq: number; name: string }>;
  missingCore: string[];
  extra: string[];
}
interface Matrix {
  catalogs: Array<{ id: string; title: string; jurisdictionName: string }>;
  rows: Array<{ matter: { id: string; name: string; kind: string }; cells: Cell[] }>;
  unlinked: Array<{ jurisdiction: string; seq: number; name: string; reason: string }>;
}

const STATUS = { has: { color: 'green', text: '有' }, lacks: { color: 'default', text: '无' }, different: { color: 'orange', text: '依据不同' } };

export default function Compare() {
  const [all, setAll] = useState<Array<{ id: string; title: string; jurisdictionName: string }>>([]);
  const [ids, setIds] = useState<string[]>([]);
  const [m, setM] = useState<Matrix>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.get<typeof all>('/api/catalogs').then(setAll);
  }, []);
  useEffect(() => {
    api.get<Matrix>(`/api/catalogs-compare${qs({ ids: ids.join(',') })}`).then(setM, (e) => setError(e.message));
  }, [ids.join(',')]);
  return (
    <Card title="清单比对：规范事项 × 辖区">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Select mode="multiple" allowClear placeholder="选择要比对的清单（默认全部）" style={{ width: '100%' }} value={ids} onChange={setIds} options={all.map((c) => ({ value: c.id, label: `${c.jurisdictionName} · ${c.title}` }))} />
        {error && <Alert type="error" title={error} />}
        {m && (
          <Table
            rowKey={(r) => r.matter.id}
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={m.rows}
            columns={[
              { title: '规范事项', fixed: 'left', width: 260, render: (_, r) => <span><Tag color={KIND_COLOURS[r.matter.kind]}>{r.matter.kind.replace('行政', '')}</Tag>{r.matter.name}</span> },
              ...m.catalogs.map((c, i) => ({
                title: c.jurisdictionName,
                width: 110,
                render: (_: unknown, r: Matrix['rows'][number]) => {
                  const cell = r.cells[i]!;
                  const tip = [cell.items.map((x) => `第${x.seq}项 ${x.name}`).join('；'), cell.missingCore.length ? `缺少核心依据：${cell.missingCore.join('、')}` : '', cell.extra.length ? `另引：${cell.extra.join('、')}` : '']
                    .filter(Boolean)
                    .join('\n');
                  return (
                    <Tooltip title={<span style={{ whiteSpace: 'pre-wrap' }}>{tip || '该辖区清单无此事项'}</span>}>
                      <Tag color={STATUS[cell.status].color}>{STATUS[cell.status].text}</Tag>
                    </Tooltip>
                  );
                },
              })),
            ]}
          />
        )}
        {m && m.unlinked.length > 0 && (
          <Typography.Paragraph type="secondary">未关联规范事项：{m.unlinked.map((u) => `${u.jurisdiction} 第${u.seq}项 ${u.name}`).join('；')}</Typography.Paragraph>
        )}
      </Space>
    </Card>
  );
}
