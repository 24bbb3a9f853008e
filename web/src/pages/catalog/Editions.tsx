// 版次与公示: a catalog's editions (each kept for the cases opened under it), the differences
// between an edition and the latest, and publishing an edition on the portal.
import { useEffect, useState } from 'react';
import { App, Button, Drawer, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../api';

interface Edition {
  edition: number;
  title: string;
  sourceFile: string;
  importedBy: string | null;
  importedAt: string;
  items: number;
  published: boolean;
  latest: boolean;
}
interface Diff {
  from: number;
  to: number;
  added: { seq: number; name: string; kind: string }[];
  removed: { seq: number; name: string; kind: string }[];
  changed: { seq: number; previousSeq: number; name: string; fields: { label: string; before: string; after: string }[] }[];
  unchanged: number;
}

export default function Editions({ catalog, canWrite, onClose, onChanged }: { catalog?: { id: string; title: string }; canWrite: boolean; onClose: () => void; onChanged: () => void }) {
  const { message } = App.useApp();
  const [editions, setEditions] = useState<Edition[]>([]);
  const [diff, setDiff] = useState<Diff>();
  const load = () => catalog && api.get<Edition[]>(`/api/catalogs/${catalog.id}/editions`).then(setEditions);
  useEffect(() => {
    setDiff(undefined);
    void load();
  }, [catalog?.id]);

  const publish = async (edition: number | null) => {
    if (!catalog) return;
    try {
      await api.post(`/api/catalogs/${catalog.id}/publish`, edition === null ? { published: false } : { published: true, edition });
      message.success(edition === null ? '已撤回公示' : `已公示第 ${edition} 版`);
      await load();
      onChanged();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const showDiff = async (from: number) => {
    if (!catalog) return;
    setDiff(await api.get<Diff>(`/api/catalogs/${catalog.id}/diff?from=${from}`));
  };

  return (
    <Drawer title={catalog ? `版次与公示：${catalog.title}` : ''} open={catalog !== undefined} onClose={onClose} size="large">
      <Table<Edition>
        rowKey="edition"
        size="small"
        pagination={false}
        dataSource={editions}
        columns={[
          { title: '版次', dataIndex: 'edition', width: 60, render: (e, r) => <Space>第{e}版{r.latest && <Tag color="blue">最新</Tag>}</Space> },
          { title: '来源文件', dataIndex: 'sourceFile' },
          { title: '事项', dataIndex: 'items', width: 60 },
          { title: '导入', width: 170, render: (_, r) => `${r.importedAt.slice(0, 16).replace('T', ' ')} ${r.importedBy ?? ''}` },
          { title: '公示', dataIndex: 'published', width: 80, render: (p) => (p ? <Tag color="green">公示中</Tag> : <Tag>未公示</Tag>) },
          {
            title: '操作',
            width: 200,
            render: (_, r) => (
              <Space>
                {canWrite && !r.published && (
                  <Button size="small" type="primary" onClick={() => void publish(r.edition)} data-testid={`publish-edition-${r.edition}`}>
                    公示此版
                  </Button>
                )}
                {canWrite && r.published && (
                  <Button size="small" danger onClick={() => void publish(null)}>
                    撤回公示
                  </Button>
                )}
                {!r.latest && (
                  <Button size="small" onClick={() => void showDiff(r.edition)}>
                    与最新版比较
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {diff && (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
          <Typography.Title level={5}>
            第{diff.from}版 → 第{diff.to}版：新增 {diff.added.length}、删除 {diff.removed.length}、改动 {diff.changed.length}、未变 {diff.unchanged}
          </Typography.Title>
          {diff.added.length + diff.removed.length + diff.changed.length === 0 && <Empty description="两版事项相同" />}
          {diff.added.map((a) => (
            <Typography.Text key={`a${a.seq}`}>
              <Tag color="green">新增</Tag>第{a.seq}项 {a.name}（{a.kind}）
            </Typography.Text>
          ))}
          {diff.removed.map((a) => (
            <Typography.Text key={`r${a.seq}`}>
              <Tag color="red">删除</Tag>第{a.seq}项 {a.name}（{a.kind}）
            </Typography.Text>
          ))}
          <List
            dataSource={diff.changed}
            renderItem={(c) => (
              <List.Item>
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Typography.Text strong>
                    <Tag color="orange">改动</Tag>第{c.seq}项 {c.name}
                  </Typography.Text>
                  {c.fields.map((f) => (
                    <Typography.Text key={f.label}>
                      {f.label}：<Typography.Text delete type="secondary">{f.before.slice(0, 120) || '（空）'}</Typography.Text> → {f.after.slice(0, 120) || '（空）'}
                    </Typography.Text>
                  ))}
                </Space>
              </List.Item>
            )}
          />
        </Space>
      )}
    </Drawer>
  );
}
