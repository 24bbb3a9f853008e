// 公示 (no login): the published catalogs and decisions. Only what the server publishes
// under /api/public is reachable from here.
import { useEffect, useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import { Alert, Card, Input, Layout, List, Menu, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import { api, qs } from '../api';
import { KIND_COLOURS } from '../kinds';
import CatalogItem from '../pages/CatalogItem';
import { Decisions } from './Decisions';
import { TypicalCases } from './TypicalCases';
import { Delegations } from './Delegations';

interface PublicCatalog { id: string; title: string; jurisdictionName: string; items: number; publishedAt: string | null; issuer: string }
interface PublicItem { seq: number; name: string; kind: string; departments: string[]; exercisingBody: string[]; nameToVerify?: boolean; nameConfidence?: number; truncated?: boolean }

function CatalogIndex() {
  const [list, setList] = useState<PublicCatalog[]>();
  useEffect(() => {
    api.get<PublicCatalog[]>('/api/public/catalogs').then(setList);
  }, []);
  if (!list) return <Spin />;
  return (
    <Card title="行政执法事项清单（公示）">
      <List
        dataSource={list}
        renderItem={(c) => (
          <List.Item data-testid="public-catalog">
            <List.Item.Meta title={<Link to={`/gongshi/catalogs/${c.id}`}>{c.title}</Link>} description={`${c.issuer} · ${c.items} 项${c.publishedAt ? ` · 公示于 ${c.publishedAt.slice(0, 10)}` : ''}`} />
          </List.Item>
        )}
      />
    </Card>
  );
}

function CatalogView() {
  const { id } = useParams();
  const [q, setQ] = useState('');
  const [data, setData] = useState<{ title: string; jurisdictionName: string; items: PublicItem[] }>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.get<typeof data>(`/api/public/catalogs/${id}${qs({ q })}`).then(setData, (e) => setError(e.message));
  }, [id, q]);
  if (error) return <Alert type="error" title={error} />;
  if (!data) return <Spin />;
  return (
    <Card title={data.title} extra={<Input.Search allowClear placeholder="检索事项" onSearch={setQ} style={{ width: 260 }} />}>
      <Table<PublicItem>
        rowKey="seq"
        dataSource={data.items}
        pagination={false}
        size="middle"
        columns={[
          { title: '序号', dataIndex: 'seq', width: 70 },
          {
            title: '事项名称',
            dataIndex: 'name',
            render: (n, r) => (
              <Space size={4} wrap>
                <Link to={`/gongshi/catalogs/${id}/items/${r.seq}`}>{n}</Link>
                {r.nameToVerify && <Tag color="red">名称待核实（识别置信度 {r.nameConfidence?.toFixed(2)}）</Tag>}
                {r.truncated && <Tag color="orange">原文不完整</Tag>}
              </Space>
            ),
          },
          { title: '类型', dataIndex: 'kind', width: 120, render: (k) => <Tag color={KIND_COLOURS[k]}>{k}</Tag> },
          { title: '行使主体', dataIndex: 'exercisingBody', render: (d: string[]) => d.join('、') },
          { title: '承办机构', dataIndex: 'departments', render: (d: string[]) => d.join('、') },
        ]}
      />
    </Card>
  );
}

export default function Portal() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#9e1b1b' }}>
        <Link to="/gongshi" style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>医疗保障行政执法公示</Link>
        <Menu theme="dark" mode="horizontal" style={{ flex: 1, background: 'transparent' }} selectable={false}
          items={[{ key: 'c', label: <Link to="/gongshi">事项清单</Link> }, { key: 'd', label: <Link to="/gongshi/decisions">行政处罚决定</Link> }, { key: 't', label: <Link to="/gongshi/typical-cases">举报典型案例</Link> }, { key: 'w', label: <Link to="/gongshi/delegations">行政执法委托</Link> }]} />
        <a href="/" style={{ color: '#fff' }}>工作人员登录</a>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Routes>
            <Route index element={<CatalogIndex />} />
            <Route path="catalogs/:id" element={<CatalogView />} />
            <Route path="catalogs/:id/items/:seq" element={<CatalogItem publicView />} />
            <Route path="decisions" element={<Decisions />} />
            <Route path="typical-cases" element={<TypicalCases />} />
            <Route path="delegations" element={<Delegations />} />
            <Route path="*" element={<Result status="404" title="页面不存在" subTitle="您访问的公示页面不存在。" extra={<Link to="/gongshi">返回公示首页</Link>} data-testid="not-found" />} />
          </Routes>
        </Space>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#888' }}>
        <Typography.Text type="secondary">依据《中华人民共和国行政处罚法》第四十八条、《医疗保障行政处罚程序暂行规定》第八条第三款公示；个人信息已按规定隐去。</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
