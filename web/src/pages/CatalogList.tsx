// 事项清单: search in Chinese across the visible catalogs, filter by kind, department and
// jurisdiction; import a file of any format (previewed, columns confirmed); editions and
// publication of each catalog; export a catalog as xlsx.
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { App, Badge, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { api, qs } from '../api';
import { can, useMe } from '../Console';
import { KIND_COLOURS, POWER_KINDS } from '../kinds';
import ImportWizard from './catalog/ImportWizard';
import Editions from './catalog/Editions';

interface CatalogSummary {
  id: string;
  title: string;
  jurisdiction: string;
  jurisdictionName: string;
  items: number;
  published: boolean;
  findings: { error: number; warning: number; info: number };
  edition: number;
  publishedEdition: number | null;
  format?: string;
}
interface ItemSummary {
  catalogId: string;
  catalogTitle: string;
  jurisdictionName: string;
  seq: number;
  name: string;
  kind: string;
  departments: string[];
  exercisingBody: string[];
  matter: { id: string; name: string } | null;
  findings: number;
  errors: number;
  truncated?: boolean;
  nameToVerify?: boolean;
  nameConfidence?: number;
}

export default function CatalogList() {
  const me = useMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [catalogs, setCatalogs] = useState<CatalogSummary[]>([]);
  const [result, setResult] = useState<{ total: number; items: ItemSummary[]; departments: string[] }>({ total: 0, items: [], departments: [] });
  const [loading, setLoading] = useState(false);
  const [exportId, setExportId] = useState<string>();
  const [importing, setImporting] = useState(false);
  const [editionsOf, setEditionsOf] = useState<CatalogSummary>();
  const filters = { q: params.get('q') ?? '', kind: params.get('kind') ?? '', department: params.get('department') ?? '', catalog: params.get('catalog') ?? '' };
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };

  const loadCatalogs = () => api.get<CatalogSummary[]>('/api/catalogs').then(setCatalogs);
  useEffect(() => {
    void loadCatalogs();
  }, []);
  useEffect(() => {
    setLoading(true);
    api
      .get<typeof result>(`/api/catalog-items${qs(filters)}`)
      .then(setResult)
      .catch((e) => message.error(e.message))
      .finally(() => setLoading(false));
  }, [params.toString()]);

  const catalogOptions = useMemo(() => catalogs.map((c) => ({ value: c.id, label: `${c.jurisdictionName} · ${c.title}` })), [catalogs]);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title="事项清单"
        extra={
          <Space>
            <Select style={{ width: 300 }} placeholder="选择要导出的清单" options={catalogOptions} value={exportId} onChange={setExportId} />
            <Button disabled={!exportId} href={exportId ? `/api/catalogs/${exportId}/export?format=xlsx` : undefined} data-testid="export-xlsx">
              导出 Excel
            </Button>
            {can(me, 'catalog.write') && (
              <Button type="primary" onClick={() => setImporting(true)} data-testid="import-open">
                导入清单文件
              </Button>
            )}
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            placeholder="检索事项名称、依据、承办机构（如：骗取 医保基金）"
            allowClear
            defaultValue={filters.q}
            onSearch={(v) => set('q', v)}
            style={{ width: 360 }}
            data-testid="catalog-search"
          />
          <Select allowClear placeholder="事项类型" style={{ width: 150 }} value={filters.kind || undefined} onChange={(v) => set('kind', v)} options={POWER_KINDS.map((k) => ({ value: k, label: k }))} />
          <Select
            allowClear
            showSearch
            placeholder="承办机构"
            style={{ width: 220 }}
            value={filters.department || undefined}
            onChange={(v) => set('department', v)}
            options={result.departments.map((d) => ({ value: d, label: d }))}
          />
          <Select allowClear placeholder="辖区 / 清单" style={{ width: 320 }} value={filters.catalog || undefined} onChange={(v) => set('catalog', v)} options={catalogOptions} />
          <Typography.Text type="secondary">共 {result.total} 项</Typography.Text>
        </Space>
        <Table<ItemSummary>
          rowKey={(r) => `${r.catalogId}#${r.seq}`}
          loading={loading}
          dataSource={result.items}
          size="middle"
          pagination={{ pageSize: 20, showSizeChanger: false }}
          columns={[
            { title: '辖区', dataIndex: 'jurisdictionName', width: 110 },
            { title: '序号', dataIndex: 'seq', width: 70 },
            {
              title: '事项名称',
              dataIndex: 'name',
              render: (name, r) => (
                <Space size={4} wrap>
                  <Link to={`/catalog/${r.catalogId}/items/${r.seq}`}>{name}</Link>
                  {r.nameToVerify && <Tag color="red">待核实（置信度 {r.nameConfidence?.toFixed(2)}）</Tag>}
                  {r.truncated && <Tag color="orange">原文不完整</Tag>}
                </Space>
              ),
            },
            { title: '类型', dataIndex: 'kind', width: 120, render: (k) => <Tag color={KIND_COLOURS[k]}>{k}</Tag> },
            { title: '行使主体 / 承办机构', width: 220, render: (_, r) => [r.exercisingBody.join('、'), r.departments.join('、')].filter(Boolean).join(' / ') },
            { title: '规范事项', dataIndex: 'matter', width: 220, render: (m) => m?.name ?? <Typography.Text type="secondary">未关联</Typography.Text> },
            {
              title: '审查意见',
              width: 110,
              render: (_, r) => (r.findings ? <Badge count={r.findings} color={r.errors ? 'red' : 'orange'} showZero={false} /> : <Tag color="green">无</Tag>),
            },
          ]}
        />
      </Card>
      <Card title="清单概览">
        <Table<CatalogSummary>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={catalogs}
          columns={[
            { title: '辖区', dataIndex: 'jurisdictionName', width: 120 },
            { title: '清单', dataIndex: 'title' },
            { title: '事项数', dataIndex: 'items', width: 80 },
            { title: '错误/警告', width: 110, render: (_, c) => `${c.findings.error} / ${c.findings.warning}` },
            { title: '版次', dataIndex: 'edition', width: 70, render: (e) => `第${e}版` },
            { title: '公示', width: 110, render: (_, c) => (c.publishedEdition ? <Tag color="green">已公示第{c.publishedEdition}版</Tag> : <Tag>未公示</Tag>) },
            {
              title: '',
              width: 120,
              render: (_, c) => (
                <Button size="small" onClick={() => setEditionsOf(c)} data-testid={`editions-${c.id}`}>
                  版次与公示
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <ImportWizard open={importing} onClose={() => setImporting(false)} onImported={() => void loadCatalogs()} catalogs={catalogs.map((c) => ({ id: c.id, title: `${c.jurisdictionName} · ${c.title}` }))} />
      <Editions catalog={editionsOf} canWrite={can(me, 'catalog.write')} onClose={() => setEditionsOf(undefined)} onChanged={() => void loadCatalogs()} />
    </Space>
  );
}
