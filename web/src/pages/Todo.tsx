// 待办: the steps this account may take now, case by case, the most urgent deadline first
// (临期 yellow, 超期 red), each with the article that sets the deadline.
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Badge, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { api } from '../api';
import { shDate } from '../format';
import { KIND_COLOURS } from '../kinds';
import { useMe } from '../Console';
import { COLOUR } from './Cases';

interface TodoItem {
  caseId: string; procedureName: string; kind: string; state: string; party: string | null; itemName: string | null; openedAt: string;
  steps: Array<{ step: string; description?: string }>;
  deadline: { label: string; due: string; colour: 'green' | 'yellow' | 'red'; basis: string; provisional: boolean } | null;
}

export default function Todo() {
  const me = useMe();
  const [items, setItems] = useState<TodoItem[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.get<{ items: TodoItem[] }>('/api/todo').then((r) => setItems(r.items), (e) => setError(e.message));
  }, []);
  if (error) return <Alert type="error" showIcon title={error} />;
  const red = items?.filter((i) => i.deadline?.colour === 'red').length ?? 0;
  const yellow = items?.filter((i) => i.deadline?.colour === 'yellow').length ?? 0;
  return (
    <Card
      title={<span>{me.displayName}的待办（{me.roles.join('、')}）</span>}
      extra={items && <Space><Badge status="error" text={`超期 ${red}`} /><Badge status="warning" text={`临期 ${yellow}`} /><span>共 {items.length} 件</span></Space>}
      data-testid="todo"
    >
      <Table<TodoItem>
        rowKey="caseId"
        loading={!items}
        dataSource={items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="目前没有需要您办理的环节" /> }}
        rowClassName={(r) => (r.deadline?.colour === 'red' ? 'todo-red' : r.deadline?.colour === 'yellow' ? 'todo-yellow' : '')}
        onRow={(r) => ({ style: { background: r.deadline?.colour === 'red' ? '#fff1f0' : r.deadline?.colour === 'yellow' ? '#fffbe6' : undefined } })}
        columns={[
          {
            title: '期限',
            width: 210,
            render: (_, r) =>
              r.deadline ? (
                <div data-testid={`todo-colour-${r.deadline.colour}`}>
                  <Badge status={COLOUR[r.deadline.colour]!.status} text={`${COLOUR[r.deadline.colour]!.text} · ${shDate(r.deadline.due)}`} />
                  <div style={{ fontSize: 12, color: '#666' }}>{r.deadline.label}{r.deadline.provisional ? '（暂定）' : ''}</div>
                </div>
              ) : (
                <Typography.Text type="secondary">无期限</Typography.Text>
              ),
          },
          {
            title: '待办环节',
            width: 200,
            render: (_, r) => (
              <Space wrap size={4}>
                {r.steps.map((s) => (
                  <Link key={s.step} to={`/cases/${r.caseId}?step=${encodeURIComponent(s.step)}`} data-testid={`todo-step-${r.caseId}-${s.step}`}>
                    <Tag color="blue" style={{ cursor: 'pointer' }}>{s.step}</Tag>
                  </Link>
                ))}
              </Space>
            ),
          },
          { title: '案件', width: 130, render: (_, r) => <Link to={`/cases/${r.caseId}`}>{r.caseId}</Link> },
          { title: '当事人', render: (_, r) => r.party ?? '（待登记）' },
          { title: '事项', ellipsis: true, render: (_, r) => r.itemName ?? r.procedureName },
          { title: '类型', width: 100, render: (_, r) => <Tag color={KIND_COLOURS[r.kind]}>{r.kind}</Tag> },
          { title: '状态', width: 100, dataIndex: 'state' },
          { title: '期限依据', ellipsis: true, render: (_, r) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.deadline?.basis ?? '—'}</Typography.Text> },
        ]}
      />
    </Card>
  );
}
