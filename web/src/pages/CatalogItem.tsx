// An item: each quote beside the statute text it cites, differences marked, and the lint
// findings of the item highlighted where they occur.
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { diffChars } from 'diff';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Empty, List, Row, Space, Spin, Steps, Tag, Typography } from 'antd';
import { api } from '../api';
import { MeContext, can } from '../Console';
import { useContext } from 'react';
import { KIND_COLOURS, SEVERITY } from '../kinds';

export interface Citation {
  raw: string;
  statute: string;
  article: number;
  paragraph?: number;
  resolved: boolean;
  reason?: string;
  detail?: string;
  quote?: string;
  version?: string;
  statuteText?: string;
  statuteLabel?: string;
  quoteIsOnlyText?: boolean;
}
export interface Finding {
  item: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
  found?: string;
  expected?: string;
  citation?: string;
}
export interface ItemDetail {
  catalogId: string;
  catalogTitle: string;
  jurisdictionName: string;
  seq: number;
  name: string;
  kind: string;
  rawKind: string;
  departments: string[];
  targets: string[];
  subItems: string[];
  matter: { id: string; name: string } | null;
  bases: Array<{ text: string; category?: string; citations: Citation[] }>;
  duties: Array<{ step: string; label: string; text: string; basis?: string }>;
  dutyBasis?: string;
  accountable: string[];
  accountability?: { situations?: string; basis?: string };
  exercisingBody: string[];
  implementationLevel?: string;
  domain?: string;
  timeLimit?: string;
  extra: Record<string, string>;
  notes?: string;
  nameRecovery?: { raw: string; confidence: number };
  nameToVerify?: boolean;
  truncated?: boolean;
  ref: string;
  lintFindings: Finding[];
}

const norm = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The quote and the statute text, characters that differ marked on each side. */
export function QuoteBesideStatute({ c, findings, plain = false }: { c: Citation; findings: Finding[]; plain?: boolean }) {
  const quote = c.quote ?? '';
  const statute = c.statuteText ?? '';
  let left: ReactNode = quote || <Typography.Text type="secondary">（清单未引用条文原文）</Typography.Text>;
  let right: ReactNode = statute || <Typography.Text type="secondary">{c.detail ?? c.reason ?? '无法规文本'}</Typography.Text>;
  if (quote && statute && !plain) {
    const parts = diffChars(norm(statute), norm(quote));
    left = parts
      .filter((p) => !p.removed)
      .map((p, i) => (p.added ? <mark key={i} className="diff-quote">{p.value}</mark> : <span key={i}>{p.value}</span>));
    right = parts
      .filter((p) => !p.added)
      .map((p, i) => (p.removed ? <mark key={i} className="diff-statute">{p.value}</mark> : <span key={i}>{p.value}</span>));
  }
  const mine = findings.filter((f) => f.citation && (c.raw.includes(f.citation) || f.citation.includes(c.raw)));
  return (
    <Card size="small" style={{ marginBottom: 12 }} title={<span>{c.raw}</span>} extra={c.resolved ? <Tag color="green">已解析</Tag> : <Tag color="orange">{c.reason}</Tag>}>
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Text strong>清单引文</Typography.Text>
          <div className="quote-box" data-testid="quote">{left}</div>
        </Col>
        <Col span={12}>
          <Typography.Text strong>{c.statuteLabel ?? '法规原文'}</Typography.Text>
          <div className="quote-box statute" data-testid="statute-text">{right}</div>
        </Col>
      </Row>
      {mine.map((f, i) => (
        <Alert key={i} style={{ marginTop: 8 }} type={f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info'} showIcon title={`${f.message}${f.found ? `（清单：${f.found}` : ''}${f.expected ? `；法规：${f.expected}）` : f.found ? '）' : ''}`} />
      ))}
    </Card>
  );
}

export default function CatalogItem({ publicView = false }: { publicView?: boolean }) {
  const { id, seq } = useParams();
  const me = useContext(MeContext);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [item, setItem] = useState<ItemDetail | null>();
  const openCase = async () => {
    try {
      // Edition 1 is also `<id>#<seq>`; a later edition's item is named with its edition.
      const ref = item && !/@1#/.test(item.ref) ? item.ref : `${id}#${seq}`;
      const r = await api.post<{ id: string }>('/api/cases', { item: ref });
      navigate(`/cases/${r.id}`);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.get<ItemDetail>(`${publicView ? '/api/public' : '/api'}/catalogs/${id}/items/${seq}`).then(setItem, (e) => setError(e.message));
  }, [id, seq, publicView]);
  if (error) return <Alert type="error" title={error} />;
  if (!item) return <Spin />;
  const general = item.lintFindings.filter((f) => !f.citation);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <style>{`.quote-box{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;border-radius:6px;padding:10px;margin-top:6px;line-height:1.8}
        .quote-box.statute{background:#f6f9ff} mark.diff-quote{background:#ffd6d6;padding:0 1px} mark.diff-statute{background:#c9f2d0;padding:0 1px}`}</style>
      <Breadcrumb items={[{ title: <Link to={publicView ? '/gongshi' : '/catalog'}>事项清单</Link> }, { title: item.catalogTitle }, { title: `第 ${item.seq} 项` }]} />
      {item.truncated && <Alert type="warning" showIcon title="来源文件在此项中途截断：以下内容不完整，请以原件为准" />}
      <Card
        title={
          <Space wrap>
            <span data-testid="item-title">{item.name}</span>
            {item.nameRecovery && (
              <Tag color={item.nameToVerify ? 'red' : 'gold'} data-testid="name-confidence">
                {item.nameToVerify ? '待核实' : 'OCR 恢复'}，置信度 {item.nameRecovery.confidence.toFixed(2)}
              </Tag>
            )}
          </Space>
        }
        extra={<Space><Tag color={KIND_COLOURS[item.kind]}>{item.kind}</Tag>{!publicView && can(me, 'case.write') && me?.features?.includes('cases') && <Button type="primary" size="small" onClick={openCase} data-testid="item-open-case">按此事项开案</Button>}</Space>}>
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label="辖区">{item.jurisdictionName}</Descriptions.Item>
          <Descriptions.Item label="序号">{item.seq}</Descriptions.Item>
          <Descriptions.Item label="行使主体">{item.exercisingBody.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="承办机构">{item.departments.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="实施对象">{item.targets.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="实施层级">{item.implementationLevel || '—'}</Descriptions.Item>
          <Descriptions.Item label="执法领域">{item.domain || '—'}</Descriptions.Item>
          <Descriptions.Item label="期限">{item.timeLimit || '—'}</Descriptions.Item>
          <Descriptions.Item label="规范事项">{item.matter?.name ?? '未关联'}</Descriptions.Item>
          <Descriptions.Item label="原文类型">{item.rawKind}</Descriptions.Item>
          {item.subItems.length > 0 && <Descriptions.Item label="子项" span={2}>{item.subItems.join('；')}</Descriptions.Item>}
          {item.nameRecovery && (
            <Descriptions.Item label="识别前名称" span={2}>
              {item.nameRecovery.raw}（置信度 {(item.nameRecovery.confidence * 100).toFixed(0)}%）
            </Descriptions.Item>
          )}
          {item.accountable.length > 0 && <Descriptions.Item label="追责对象" span={2}>{item.accountable.join('、')}</Descriptions.Item>}
          {item.accountability?.situations && <Descriptions.Item label="追责情形" span={2}><div style={{ whiteSpace: 'pre-wrap' }}>{item.accountability.situations}</div></Descriptions.Item>}
          {item.accountability?.basis && <Descriptions.Item label="追责依据" span={2}>{item.accountability.basis}</Descriptions.Item>}
          {item.dutyBasis && <Descriptions.Item label="责任事项依据" span={2}><div style={{ whiteSpace: 'pre-wrap' }}>{item.dutyBasis}</div></Descriptions.Item>}
          {item.notes && <Descriptions.Item label="备注" span={2}>{item.notes}</Descriptions.Item>}
          {Object.entries(item.extra).filter(([k]) => !k.startsWith('实施对象来源')).map(([k, v]) => (
            <Descriptions.Item key={k} label={k} span={2}>{v}</Descriptions.Item>
          ))}
          {!publicView && <Descriptions.Item label="引用" span={2}><Typography.Text copyable code>{item.ref}</Typography.Text></Descriptions.Item>}
        </Descriptions>
      </Card>
      {!publicView && (
        <Card title={`审查意见（${item.lintFindings.length}）`} size="small">
          {item.lintFindings.length === 0 ? (
            <Empty description="未发现问题" />
          ) : (
            <List
              size="small"
              dataSource={item.lintFindings}
              renderItem={(f) => (
                <List.Item data-testid="finding">
                  <Space align="start">
                    <Tag color={SEVERITY[f.severity]?.color}>{SEVERITY[f.severity]?.label}</Tag>
                    <span>
                      {f.message}
                      {f.citation && <Typography.Text type="secondary">（{f.citation}）</Typography.Text>}
                      {f.found && (
                        <div>
                          清单：<mark className="diff-quote">{f.found}</mark>
                          {f.expected && (
                            <>
                              {' '}→ 法规：<mark className="diff-statute">{f.expected}</mark>
                            </>
                          )}
                        </div>
                      )}
                    </span>
                  </Space>
                </List.Item>
              )}
            />
          )}
          {general.length > 0 && null}
        </Card>
      )}
      <Card title={publicView ? '实施依据' : '实施依据：清单引文与法规原文对照'} size="small">
        {!publicView && (
          <Typography.Paragraph type="secondary">
            <mark className="diff-quote">红色</mark> 为清单多出或写错的文字，<mark className="diff-statute">绿色</mark> 为法规原文中有而清单缺少的文字。
          </Typography.Paragraph>
        )}
        {item.bases.map((b, i) => (
          <div key={i}>
            {b.category && <Tag>{b.category}</Tag>}
            {b.citations.length === 0 ? <Typography.Paragraph className="quote-box">{b.text}</Typography.Paragraph> : b.citations.map((c, j) => <QuoteBesideStatute key={j} c={c} findings={item.lintFindings} plain={publicView} />)}
          </div>
        ))}
      </Card>
      {item.duties.length > 0 && (
        <Card title="责任事项" size="small">
          <Steps orientation="vertical" size="small" current={-1} items={item.duties.map((d) => ({ title: d.label, content: <div style={{ whiteSpace: 'pre-wrap' }}>{d.text}{d.basis && <Typography.Paragraph type="secondary">依据：{d.basis}</Typography.Paragraph>}</div> }))} />
        </Card>
      )}
    </Space>
  );
}
