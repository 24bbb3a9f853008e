// A case: its timeline, the steps this account may take now (a form per step), deadlines
// with colours, documents to download, and the record's verification.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Badge, Button, Card, Col, Descriptions, Form, Input, Modal, Row, Space, Spin, Table, Tag, Timeline, Typography, Upload } from 'antd';
import { api, qs, yuan } from '../api';
import { COLOUR } from './Cases';

interface StepView { id: string; description?: string; roles: string[]; requires: string[]; attachments: string[]; documents: string[]; certificate: boolean; minOfficers: number; basis: string[] }
interface Deadline { id: string; label: string; start: string; due: string; unit: string; amount: number; provisional: boolean; status: string; colour: 'green' | 'yellow' | 'red' | null }
interface CaseData {
  case: {
    id: string; kind: string; state: string; closed: boolean; item?: { ref: string; name: string }; party?: { name: string; type: string }; officers: string[];
    openedAt: string; facts: Record<string, unknown>; variant?: string;
    penalty: { violation?: string; range?: { measures: Array<{ kind: string; minFen?: number; maxFen?: number; amountFen?: number; minMonths?: number; maxMonths?: number; mandatory: boolean; target?: string; citation: string }> }; notified?: Measure[]; decided?: Measure[] };
  };
  jurisdiction: string;
  procedure: { id: string; version: number; name: string };
  allowedSteps: StepView[];
  deadlines: Deadline[];
  timeline: Array<{ seq: number; step: string; actor: string; actorName: string; at: string; attachments: Array<{ name: string }>; hash: string }>;
  documents: string[];
}
interface Measure { kind: string; amountFen?: number; months?: number; target?: string }

/** Fields a step reads without requiring them (the penalty facts, the decided measures). */
const OPTIONAL_FIELDS: Record<string, string[]> = { 调查终结: ['facts'], 决定: ['measures'] };

const JSON_FIELDS = new Set(['officers', 'measures', 'facts', '参加人员', '处置结果', '检查对象名录', '当事人信息']);

function guess(field: string, c: CaseData['case']): string {
  if (field === 'officers') return JSON.stringify(c.officers.length ? c.officers : ['zhifa1', 'zhifa2']);
  if (field === 'measures') {
    const src = c.penalty.notified ?? (c.penalty.range?.measures ?? []).filter((m) => m.mandatory).map((m) => ({ kind: m.kind, ...(m.minFen !== undefined ? { amountFen: m.minFen } : m.amountFen !== undefined ? { amountFen: m.amountFen } : {}), ...(m.minMonths !== undefined ? { months: m.minMonths } : {}), ...(m.target ? { target: m.target } : {}) }));
    return JSON.stringify(src, null, 1);
  }
  if (field === '当事人') return c.party?.name ?? '';
  if (field === 'violation') return String(c.facts.violation ?? '');
  if (field === 'facts') return JSON.stringify(c.facts.penaltyFacts ?? {}, null, 1);
  return '';
}

function StepForm({ step, data, onDone }: { step: StepView; data: CaseData; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [files, setFiles] = useState<Record<string, { name: string; sha256: string; size: number }>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async (v: Record<string, string>) => {
    setBusy(true);
    setError(undefined);
    try {
      const input: Record<string, unknown> = {};
      for (const [k, raw] of Object.entries(v)) {
        if (raw === undefined || raw === '') continue;
        if (k === '__extra') Object.assign(input, JSON.parse(raw));
        else input[k] = JSON_FIELDS.has(k) ? JSON.parse(raw) : raw;
      }
      const atts = Object.values(files);
      if (atts.length) input.attachments = atts;
      await api.post(`/api/cases/${data.case.id}/act`, { step: step.id, input });
      message.success(`已办理：${step.id}`);
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={Object.fromEntries(step.requires.map((f) => [f, guess(f, data.case)]))}>
      {step.description && <Typography.Paragraph type="secondary">{step.description}</Typography.Paragraph>}
      {step.basis.length > 0 && <Typography.Paragraph type="secondary">依据：{step.basis.join('；')}</Typography.Paragraph>}
      {step.requires.map((f) => (
        <Form.Item key={f} name={f} label={f} rules={[{ required: true, message: `请填写${f}` }]}>
          {JSON_FIELDS.has(f) ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} /> : <Input />}
        </Form.Item>
      ))}
      {(OPTIONAL_FIELDS[step.id] ?? []).filter((f) => !step.requires.includes(f)).map((f) => (
        <Form.Item key={f} name={f} label={`${f}（JSON）`} initialValue={guess(f, data.case)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      ))}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="step-error" />}
      {step.attachments.map((a) => (
        <Form.Item key={a} label={`附件：${a}`} required>
          <Upload
            maxCount={1}
            customRequest={async ({ file, onSuccess, onError }) => {
              try {
                const r = await api.upload<{ name: string; sha256: string; size: number }>(`/api/attachments${qs({ name: a, fileName: (file as File).name })}`, file as File);
                setFiles((x) => ({ ...x, [a]: r }));
                onSuccess?.(r);
              } catch (e) {
                onError?.(e as Error);
              }
            }}
          >
            <Button>上传</Button>
          </Upload>
        </Form.Item>
      ))}
      <Form.Item name="__extra" label="其他数据（JSON，可选）">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder='如 {"当事人信息": {"idNumber": "…", "address": "…"}}' />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="step-submit">
        提交「{step.id}」
      </Button>
    </Form>
  );
}

/** 医疗保障基金使用监督管理条例:38 → 《医疗保障基金使用监督管理条例》第38条 */
const articleText = (key: string) => {
  const [statute, article] = key.split(':');
  return statute && article ? `《${statute}》第${article}条` : key;
};

const measureText = (m: Measure) => `${m.kind}${m.amountFen !== undefined ? ' ' + yuan(m.amountFen) : ''}${m.months ? ` ${m.months}个月` : ''}${m.target ? `（${m.target}）` : ''}`;

export default function CasePage() {
  const { id } = useParams();
  const [data, setData] = useState<CaseData>();
  const [error, setError] = useState<string>();
  const [verify, setVerify] = useState<{ ok: boolean; events: number; firstBad?: { seq: number; reason: string } }>();
  const [open, setOpen] = useState<StepView>();
  const load = () => api.get<CaseData>(`/api/cases/${id}`).then(setData, (e) => setError(e.message));
  useEffect(() => {
    void load();
    api.get<typeof verify>('/api/record/verify').then(setVerify);
  }, [id]);
  if (error) return <Alert type="error" title={error} />;
  if (!data) return <Spin />;
  const c = data.case;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<span data-testid="case-title">案件 {c.id} · {data.procedure.name}</span>}
        extra={<Tag color={c.closed ? 'default' : 'processing'} data-testid="case-state">{c.state}</Tag>}
      >
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label="当事人">{c.party ? `${c.party.name}（${c.party.type}）` : '—'}</Descriptions.Item>
          <Descriptions.Item label="事项">{c.item?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="辖区">{data.jurisdiction}</Descriptions.Item>
          <Descriptions.Item label="办案人员">{c.officers.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="立案/受理">{c.openedAt.slice(0, 16).replace('T', ' ')}</Descriptions.Item>
          <Descriptions.Item label="违法行为">{articleText(c.penalty.violation ?? String(c.facts.violation ?? '—'))}</Descriptions.Item>
          {c.penalty.notified && <Descriptions.Item label="拟处罚（告知）" span={3}>{c.penalty.notified.map(measureText).join('；')}</Descriptions.Item>}
          {c.penalty.decided && <Descriptions.Item label="处罚决定" span={3}>{c.penalty.decided.map(measureText).join('；')}</Descriptions.Item>}
          {typeof c.facts.违法事实 === 'string' && <Descriptions.Item label="线索事实" span={3}>{c.facts.违法事实}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title="现在可以办理的环节" size="small">
            {data.allowedSteps.length === 0 ? (
              <Typography.Text type="secondary">{c.closed ? '案件已办结。' : '当前状态下，您的角色没有可以办理的环节。'}</Typography.Text>
            ) : (
              <Space wrap>
                {data.allowedSteps.map((s) => (
                  <Button key={s.id} onClick={() => setOpen(s)} data-testid={`step-${s.id}`}>
                    {s.id}
                  </Button>
                ))}
              </Space>
            )}
          </Card>
          <Card title="期限" size="small" style={{ marginTop: 16 }}>
            <Table<Deadline>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.deadlines}
              columns={[
                { title: '期限', dataIndex: 'label' },
                { title: '起算', dataIndex: 'start', render: (s: string) => s.slice(0, 16).replace('T', ' ') },
                { title: '届满', dataIndex: 'due', render: (d: string, r) => <span>{d.slice(0, 16).replace('T', ' ')}{r.provisional && <Tag color="orange" style={{ marginLeft: 4 }}>暂定</Tag>}</span> },
                { title: '状态', render: (_, r) => (r.colour ? <Badge status={COLOUR[r.colour].status} text={COLOUR[r.colour].text} /> : <Tag>{r.status === 'met' ? '已完成' : r.status === 'late' ? '逾期完成' : '已结束'}</Tag>) },
              ]}
            />
          </Card>
          <Card title="文书" size="small" style={{ marginTop: 16 }}>
            {data.documents.length === 0 ? (
              <Typography.Text type="secondary">尚无文书。</Typography.Text>
            ) : (
              <Space wrap>
                {data.documents.map((d) => (
                  <Space.Compact key={d}>
                    <Button href={`/api/cases/${c.id}/documents/${encodeURIComponent(d)}?format=docx`} data-testid={`doc-${d}`}>{d}（Word）</Button>
                    <Button href={`/api/cases/${c.id}/documents/${encodeURIComponent(d)}?format=pdf`}>PDF</Button>
                  </Space.Compact>
                ))}
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title="全过程记录" size="small" extra={verify && (verify.ok ? <Tag color="green" data-testid="record-ok">哈希链校验通过（{verify.events} 条）</Tag> : <Tag color="red">记录第 {verify.firstBad?.seq} 条异常：{verify.firstBad?.reason}</Tag>)}>
            <Timeline
              items={data.timeline.map((e) => ({
                content: (
                  <div>
                    <Typography.Text strong>{e.step}</Typography.Text> · {e.actorName}
                    <div style={{ color: '#888', fontSize: 12 }}>{e.at.slice(0, 16).replace('T', ' ')} · #{e.seq} · {e.hash.slice(0, 12)}…</div>
                    {e.attachments.length > 0 && <div style={{ fontSize: 12 }}>附件：{e.attachments.map((a) => a.name).join('、')}</div>}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <Modal title={open ? `办理：${open.id}` : ''} open={!!open} footer={null} onCancel={() => setOpen(undefined)} destroyOnHidden width={640}>
        {open && <StepForm step={open} data={data} onDone={() => { setOpen(undefined); void load(); api.get<typeof verify>('/api/record/verify').then(setVerify); }} />}
      </Modal>
      <Link to="/cases">返回案件列表</Link>
    </Space>
  );
}
