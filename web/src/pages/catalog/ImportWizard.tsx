// 导入清单: any file a bureau publishes (text, web page, Excel, Word, PDF). The file is first
// previewed — each column with the field yibao reads it as and how sure it is, and the first
// items — and the maintainer confirms or changes the columns before the import is saved.
// A file for an existing catalog becomes its new edition (the old ones are kept).
import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { api, qs } from '../../api';

export interface PreviewColumn {
  index: number;
  header: string;
  field: string | null;
  label: string | null;
  confidence: number;
  guessed: boolean;
}
export interface Preview {
  fileName: string;
  format: string;
  shape: string;
  title: string;
  issuer: string;
  jurisdiction: string | null;
  items: number;
  columns: PreviewColumn[];
  fields: { field: string; label: string }[];
  rows: { seq: number; name: string; kind: string; truncated: boolean; cells: string[] }[];
  notes: { severity: string; code: string; message: string }[];
  existing: { id: string; edition: number; title: string } | null;
}

const ACCEPT = '.txt,.tsv,.csv,.md,.html,.htm,.xlsx,.xls,.docx,.pdf';
const FORMAT_LABEL: Record<string, string> = { text: '文本', html: '网页', xlsx: 'Excel', xls: 'Excel 97-2003', docx: 'Word', pdf: 'PDF' };

/** `#n=field` for every column whose field the maintainer set (or confirmed). */
function mapParam(columns: PreviewColumn[], chosen: Record<number, string | null>): string {
  return columns
    .filter((c) => chosen[c.index] !== undefined && chosen[c.index] !== null)
    .map((c) => `#${c.index + 1}=${chosen[c.index]}`)
    .join(';');
}

export default function ImportWizard({ open, onClose, onImported, catalogs }: { open: boolean; onClose: () => void; onImported: () => void; catalogs: { id: string; title: string }[] }) {
  const { message } = App.useApp();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<Preview>();
  const [chosen, setChosen] = useState<Record<number, string | null>>({});
  const [jurisdiction, setJurisdiction] = useState('');
  const [asEditionOf, setAsEditionOf] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const reset = () => {
    setFile(undefined);
    setPreview(undefined);
    setChosen({});
    setError(undefined);
    setAsEditionOf(undefined);
  };
  const params = (f: File) => ({ fileName: f.name, map: preview ? mapParam(preview.columns, chosen) : undefined, catalog: asEditionOf, jurisdiction: jurisdiction || undefined });

  const runPreview = async (f: File, keepChoices = false) => {
    setBusy(true);
    setError(undefined);
    try {
      const p = await api.upload<Preview>(`/api/catalogs/preview${qs({ fileName: f.name, map: keepChoices && preview ? mapParam(preview.columns, chosen) : undefined, catalog: asEditionOf })}`, f);
      setPreview(p);
      if (!keepChoices) setChosen(Object.fromEntries(p.columns.map((c) => [c.index, c.guessed ? c.field : null])));
    } catch (e) {
      setPreview(undefined);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const doImport = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await api.upload<{ title: string; items: number; edition: number; newEdition: boolean; findings: { error: number } }>(`/api/catalogs/import${qs(params(file))}`, file);
      message.success(`已导入：${r.title}（${r.items} 项，第 ${r.edition} 版${r.newEdition ? '，旧版次已保留' : ''}，${r.findings.error} 个错误）`);
      reset();
      onImported();
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const fieldOptions = (c: PreviewColumn) => [
    ...(c.field === null ? [{ value: '__none', label: '（不对应字段，原文保留）' }] : []),
    ...(preview?.fields ?? []).map((f) => ({ value: f.field, label: f.label })),
  ];

  return (
    <Modal
      title="导入清单文件"
      open={open}
      width={1100}
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={
        <Space>
          <Button onClick={() => file && void runPreview(file, true)} disabled={!file || busy} data-testid="import-repreview">
            按所选对应重新预览
          </Button>
          <Button type="primary" onClick={() => void doImport()} disabled={!preview || busy} loading={busy} data-testid="import-confirm">
            {preview?.existing || asEditionOf ? '导入为新版次' : '导入'}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            beforeUpload={(f) => {
              setFile(f);
              void runPreview(f);
              return false;
            }}
          >
            <Button data-testid="import-choose">选择文件（文本、网页、Excel、Word、PDF）</Button>
          </Upload>
          {file && <Typography.Text>{file.name}</Typography.Text>}
          <Input placeholder="辖区路径（可选，如 山西省/阳泉市）" value={jurisdiction} onChange={(e) => setJurisdiction(e.target.value)} style={{ width: 260 }} />
          <Select
            allowClear
            placeholder="作为已有清单的新版次（可选）"
            style={{ width: 300 }}
            value={asEditionOf}
            onChange={setAsEditionOf}
            options={catalogs.map((c) => ({ value: c.id, label: c.title }))}
          />
        </Space>
        {error && <Alert type="error" showIcon title={error} />}
        {preview && (
          <>
            <Alert
              type={preview.notes.some((n) => n.severity === 'error') ? 'warning' : 'info'}
              showIcon
              title={`${preview.title}：${FORMAT_LABEL[preview.format] ?? preview.format}，读出 ${preview.items} 项${preview.existing ? `；将成为“${preview.existing.title}”的第 ${preview.existing.edition + 1} 版，旧版次保留` : ''}`}
              description={
                <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 140, overflow: 'auto' }}>
                  {preview.notes.filter((n) => n.severity !== 'info').map((n, k) => (
                    <li key={k}>{n.message}</li>
                  ))}
                </ul>
              }
            />
            <Typography.Text type="secondary">每一列按表头含义对应到字段；橙色为推测，请确认或改选后“重新预览”。</Typography.Text>
            <Table
              size="small"
              rowKey="seq"
              pagination={false}
              scroll={{ x: 'max-content', y: 360 }}
              dataSource={preview.rows}
              columns={preview.columns.map((c) => ({
                key: c.index,
                width: 200,
                title: (
                  <Space orientation="vertical" size={2}>
                    <Typography.Text strong>{c.header || `第${c.index + 1}列`}</Typography.Text>
                    <Select
                      size="small"
                      style={{ width: 180 }}
                      data-testid={`column-${c.index}`}
                      value={chosen[c.index] ?? c.field ?? '__none'}
                      onChange={(v) => setChosen({ ...chosen, [c.index]: v === '__none' ? null : v })}
                      options={fieldOptions(c)}
                    />
                    {c.guessed ? <Tag color="orange">推测 {c.confidence}</Tag> : c.field ? <Tag color="green">确定</Tag> : <Tag>原文保留</Tag>}
                  </Space>
                ),
                render: (_: unknown, r: Preview['rows'][number]) => (
                  <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginBottom: 0 }}>
                    {r.cells[preview.columns.indexOf(c)]}
                    {c.field === 'seq' && r.truncated && <Tag color="red">不完整</Tag>}
                  </Typography.Paragraph>
                ),
              }))}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
