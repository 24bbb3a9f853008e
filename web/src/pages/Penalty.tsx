// 处罚计算: pick the article (matter), enter the facts, see the measures with their ranges,
// articles and texts, the discretion tier and the procedure the case calls for.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, InputNumber, List, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { api, yuan } from '../api';

interface Rule { key: string; fullTitle: string; article: number; parties: string[]; conduct: string; restsOnQuote: boolean; redirectOnly: boolean }
interface Measure {
  kind: string; mandatory: boolean; penalty: boolean; minFen?: number; maxFen?: number; amountFen?: number; minMonths?: number; maxMonths?: number; minYears?: number; maxYears?: number;
  target?: string; citation: string; quote: string; condition?: string; computation?: string; rounding?: string;
}
interface Result {
  punishable: boolean; reasons: string[]; measures: Measure[]; appliedArticle: string; statute: string; version?: string; warnings: string[];
  limitation?: { reason: string; citation: string };
  discretion?: { tier: string; reasons: string[]; multiple?: string; minFen?: number; maxFen?: number; figureFen?: number; benchmark?: { title: string } };
  procedure?: Record<string, { required?: boolean; eligible?: boolean; right?: boolean | null; reasons?: string[] }>;
}

const AMOUNTS: Array<[string, string]> = [
  ['defraudedFen', '骗取金额'],
  ['lossFen', '造成损失金额'],
  ['unpaidFen', '应缴/欠缴数额'],
  ['illegalGainsFen', '违法所得'],
  ['bidFen', '中标项目金额'],
];

function range(m: Measure): string {
  if (m.amountFen !== undefined) return yuan(m.amountFen);
  if (m.minFen !== undefined || m.maxFen !== undefined) return `${yuan(m.minFen)} — ${yuan(m.maxFen)}`;
  if (m.minMonths !== undefined) return `${m.minMonths} — ${m.maxMonths} 个月`;
  if (m.minYears !== undefined) return `${m.minYears} — ${m.maxYears} 年`;
  return '—';
}

export default function Penalty() {
  const [rules, setRules] = useState<Rule[]>([]);
  const [vocab, setVocab] = useState<{ parties: string[]; flags: string[]; jurisdictions: string[] }>({ parties: [], flags: [], jurisdictions: [] });
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const article = Form.useWatch('article', form);
  const rule = rules.find((r) => r.key === article);

  useEffect(() => {
    api.get<Rule[]>('/api/penalty/rules').then(setRules);
    api.get<typeof vocab>('/api/penalty/vocabulary').then(setVocab);
  }, []);

  const submit = async (v: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      const amounts: Record<string, number> = {};
      for (const [k] of AMOUNTS) if (typeof v[k] === 'number') amounts[k] = Math.round((v[k] as number) * 100);
      const facts: Record<string, unknown> = { party: v.party, amounts, flags: v.flags ?? [] };
      for (const d of ['actEnded', 'discovered'] as const) if (v[d]) facts[d] = (v[d] as { format(f: string): string }).format('YYYY-MM-DD');
      setResult(await api.post<Result>('/api/penalty/compute', { article: v.article, facts, ...(v.jurisdiction ? { jurisdiction: v.jurisdiction } : {}) }));
    } catch (e) {
      setResult(undefined);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Row gutter={24}>
      <Col xs={24} lg={9}>
        <Card title="处罚计算：事实">
          <Form form={form} layout="vertical" onFinish={submit} initialValues={{ flags: [] }}>
            <Form.Item label="违法行为（处罚依据）" name="article" rules={[{ required: true, message: '请选择处罚依据' }]}>
              <Select
                showSearch
                optionFilterProp="label"
                placeholder="如：条例第四十条 骗取医保基金"
                data-testid="penalty-article"
                options={rules.filter((r) => !r.redirectOnly).map((r) => ({ value: r.key, label: `${r.fullTitle} 第${r.article}条 — ${r.conduct}` }))}
                onChange={() => form.setFieldValue('party', undefined)}
              />
            </Form.Item>
            {rule?.restsOnQuote && <Alert type="warning" showIcon title="该条文全文不在法规库中，仅据清单引文计算" style={{ marginBottom: 12 }} />}
            <Form.Item label="当事人" name="party" rules={[{ required: true, message: '请选择当事人' }]}>
              <Select data-testid="penalty-party" options={(rule?.parties ?? vocab.parties).map((p) => ({ value: p, label: p }))} />
            </Form.Item>
            {AMOUNTS.map(([k, label]) => (
              <Form.Item key={k} label={`${label}（元）`} name={k}>
                <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid={`amount-${k}`} />
              </Form.Item>
            ))}
            <Form.Item label="情节" name="flags">
              <Select mode="multiple" options={vocab.flags.map((f) => ({ value: f, label: f }))} />
            </Form.Item>
            <Space>
              <Form.Item label="违法行为终了之日" name="actEnded">
                <DatePicker />
              </Form.Item>
              <Form.Item label="发现之日" name="discovered">
                <DatePicker />
              </Form.Item>
            </Space>
            <Form.Item label="裁量基准（地区）" name="jurisdiction">
              <Select allowClear options={vocab.jurisdictions.map((j) => ({ value: j, label: j }))} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block data-testid="penalty-compute">
              计算法律后果
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        {error && <Alert type="error" showIcon title={error} data-testid="penalty-error" />}
        {result && (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <Card title="结论" data-testid="penalty-result">
              <Descriptions column={1} size="small">
                <Descriptions.Item label="是否给予行政处罚">{result.punishable ? <Tag color="red">应予处罚</Tag> : <Tag color="green">不予行政处罚</Tag>}</Descriptions.Item>
                <Descriptions.Item label="适用条文">{result.appliedArticle}（{result.statute}{result.version ? `，${result.version}` : ''}）</Descriptions.Item>
                {result.limitation && <Descriptions.Item label="追责时效">{result.limitation.reason}（{result.limitation.citation}）</Descriptions.Item>}
              </Descriptions>
              {result.reasons.length > 0 && <List size="small" header="理由" dataSource={result.reasons} renderItem={(r) => <List.Item>{r}</List.Item>} />}
              {result.warnings.map((w, i) => (
                <Alert key={i} type="warning" showIcon title={w} style={{ marginTop: 8 }} />
              ))}
            </Card>
            <Card title="措施">
              <Table<Measure>
                rowKey={(m, i) => `${m.kind}-${m.target ?? ''}-${i}`}
                size="small"
                pagination={false}
                dataSource={result.measures}
                expandable={{ expandedRowRender: (m) => <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.quote}{m.computation ? `\n计算：${m.computation}` : ''}{m.rounding ? `\n${m.rounding}` : ''}</Typography.Paragraph> }}
                columns={[
                  { title: '措施', dataIndex: 'kind', render: (k, m) => <span>{k} {m.penalty ? <Tag color="red">行政处罚</Tag> : <Tag>非处罚</Tag>}</span> },
                  { title: '幅度', render: (_, m) => range(m) },
                  { title: '对象', dataIndex: 'target', render: (t) => t ?? '—' },
                  { title: '应当/可以', dataIndex: 'mandatory', render: (v, m) => (v ? '应当' : m.condition ? `可以（${m.condition}）` : '可以') },
                  { title: '依据', dataIndex: 'citation' },
                ]}
              />
            </Card>
            {result.discretion && (
              <Card title="裁量建议">
                <Descriptions column={1} size="small">
                  <Descriptions.Item label="档次"><Tag color="blue">{result.discretion.tier}</Tag>{result.discretion.multiple}</Descriptions.Item>
                  <Descriptions.Item label="建议罚款">{result.discretion.figureFen !== undefined ? yuan(result.discretion.figureFen) : `${yuan(result.discretion.minFen)} — ${yuan(result.discretion.maxFen)}`}</Descriptions.Item>
                  {result.discretion.benchmark && <Descriptions.Item label="裁量基准">{result.discretion.benchmark.title}</Descriptions.Item>}
                  <Descriptions.Item label="理由">{result.discretion.reasons.join('；')}</Descriptions.Item>
                </Descriptions>
              </Card>
            )}
            {result.procedure && (
              <Card title="程序要求">
                <List
                  size="small"
                  dataSource={Object.entries(result.procedure)}
                  renderItem={([k, v]) => (
                    <List.Item>
                      <Typography.Text strong>{PROC_LABEL[k] ?? k}</Typography.Text>：{v.required ?? v.eligible ?? v.right ? '是' : '否'}
                      {v.reasons?.length ? <Typography.Text type="secondary">（{v.reasons.join('；')}）</Typography.Text> : null}
                    </List.Item>
                  )}
                />
              </Card>
            )}
          </Space>
        )}
        {!result && !error && <Card><Typography.Paragraph type="secondary">在左侧选择处罚依据、当事人并填写金额与情节后计算。金额以元为单位输入，计算以分为单位精确进行。</Typography.Paragraph></Card>}
      </Col>
    </Row>
  );
}

const PROC_LABEL: Record<string, string> = {
  simplifiedProcedure: '可适用简易程序',
  hearing: '当事人有权要求听证',
  legalReview: '须经法制审核',
  collectiveDiscussion: '须经集体讨论决定',
};
