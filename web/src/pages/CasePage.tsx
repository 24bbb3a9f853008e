// A case: who acts next, the steps this account may take (each a form drawn from the step's
// input schema), the whole 案卷 (every step's record, the decision, payments, attachments),
// deadlines with their articles, documents with their 文号 or what is missing, the record.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Alert, App, Badge, Button, Card, Descriptions, Drawer, Empty, List, Space, Spin, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { api, ApiError } from '../api';
import { articleWords, articlesInText, choiceWords, rangeWords, measureName, shDate, shDateTime, yuan, type DecisionMeasureView } from '../format';
import { usePeople } from '../people';
import { useMe } from '../Console';
import { StepForm, type StepInfo } from '../forms/StepForm';
import { FieldsView } from '../forms/ValueView';
import { useStepSchema, type StepFormRef } from '../forms/stepSchemas';
import type { CaseForForm, FormContext, JsonSchema, ViolationOption } from '../forms/schema';
import { COLOUR } from './Cases';

/** A step this account may take now: its form definition is fetched when the form is opened (useStepSchema). */
interface StepView extends Omit<StepInfo, 'schema'>, StepFormRef { documents: string[]; certificate: boolean; minOfficers: number }
interface Deadline { id: string; label: string; start: string; due: string; unit: string; amount: number; provisional: boolean; status: string; colour: 'green' | 'yellow' | 'red' | null }
type FullCase = CaseForForm & {
  procedure: { id: string; version: number; name: string };
  kind: string; closed: boolean; item?: { ref: string; name: string }; openedAt: string;
  parties: Array<Record<string, string>>;
  payments: Array<{ amountFen: number; at: string; ref?: string }>;
  attachments: Array<{ name: string; sha256: string; fileName?: string; step: string }>;
  deadlines: Array<CaseForForm['deadlines'][number] & { basis: { text?: string; quote?: string; bureau?: string } }>;
  legalReview?: { by: string; conclusion: string; date: string };
  execution?: {
    payments: PartyPayment[]; measures: Array<{ kind: string; from: string; note: string }>; refunds: Array<{ kind: string; payer: string; amountFen: number; date: string; receipt: string }>; published?: { date: string; channel: string };
    scheduleRequest?: { kind: string; reason: string; date: string };
    schedule?: { kind: string; installments: Array<{ date: string; amountFen: number }>; approvedOn: string; approvedBy: string; noticeDate: string };
  };
};
/** What the decision orders paid, what was paid and what is still owed (加处罚款 to today). */
export interface ExecutionView {
  dueDate?: string;
  lines: Array<{ kind: string; payer: string; payee: string; amountFen: number; paidFen: number; refundedFen: number; outstandingFen: number; lateFine?: { amountFen: number; days: number; capped: boolean; computation: string; citation: string } }>;
  totalDueFen: number;
  totalPaidFen: number;
  totalOutstandingFen: number;
  paidInFull: boolean;
  overdue: boolean;
  measuresOutstanding: string[];
}
interface PartyPayment { kind: string; payer: string; amountFen: number; date: string; receipt: string; onSite?: boolean }
interface CaseData {
  execution?: ExecutionView | null;
  /** the evidence a finding of fact may cite (暂行规定第十九条第四款) */
  evidence?: string[];
  /** the 疑点 of the case and the party's explanations (暂行规定第十八条第一款第（三）项) */
  suspects?: Array<{ 编号: string; 内容: string; 发生日期?: string; 涉及金额Fen?: number; 来源: string; 说明: Array<{ 说明: string; 核实意见: string; 说明人: string; date: string }> }>;
  /** local situations requiring 法制审核 (暂行规定第三十七条第一款第（五）项) */
  reviewSituations?: Array<{ text: string; citation: string }>;
  case: FullCase;
  jurisdiction: string;
  procedure: { id: string; version: number; name: string };
  allowedSteps: StepView[];
  deadlines: Deadline[];
  timeline: Array<{ seq: number; step: string; actor: string; actorName: string; at: string; attachments: Array<{ name: string }>; hash: string }>;
  /** the catalog item's 责任事项 chain, with the steps that discharge each */
  duties?: Array<{ duty: string; text: string; basis?: string; steps: string[]; done: boolean }>;
  accountability?: { situations?: string; basis?: string; accountable: string[] } | null;
}
interface CaseFile {
  events: Array<{ seq: number; step: string; input: string; actor: string; actorName: string; at: string; inputs: Record<string, unknown>; attachments: Array<{ name: string; sha256: string; size?: number; fileName?: string }> }>;
  documents: Array<{ kind: string; step: string; ok: boolean; docNumber?: string; problem?: string }>;
  /** mine: the viewer's steps the engine would accept now; others: someone else's; blocked: not now, with the engine's reason */
  next: { mine: Array<{ step: string }>; others: Array<{ step: string; roles: string[]; people: string[]; reason: string }>; blocked: Array<{ step: string; roles: string[]; people: string[]; reason: string }>; refused: Array<{ step: string; reason: string }>; waiting: Array<{ label: string; due: string; basis: string }>; closed: boolean };
  names: Record<string, string>;
  today: string;
}

/** What the opening of a case recorded: its source and the facts of the lead, in words. */
function OpeningView({ inputs, itemName }: { inputs: Record<string, unknown>; itemName?: string }) {
  const facts = (inputs['facts'] ?? {}) as Record<string, unknown>;
  const rows: Array<[string, string]> = [];
  if (itemName) rows.push(['事项', itemName]);
  if (typeof facts['来源'] === 'string') rows.push(['来源', facts['来源']]);
  if (typeof facts['线索编号'] === 'string') rows.push(['线索编号', facts['线索编号']]);
  if (typeof facts['违法事实'] === 'string') rows.push(['线索事实', facts['违法事实']]);
  if (typeof facts['依据条款'] === 'string') rows.push(['线索所指条文', articleWords(facts['依据条款'])]);
  if (typeof facts['证据条数'] === 'number') rows.push(['线索证据', `${facts['证据条数']} 条`]);
  if (!rows.length) return <Typography.Text>案件受理登记</Typography.Text>;
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 180, whiteSpace: 'nowrap' } }}>
      {rows.map(([k, v]) => <Descriptions.Item key={k} label={k}>{v}</Descriptions.Item>)}
    </Descriptions>
  );
}

/** The fine the 当事人 has paid, less refunds: what the instalments are paid from, in order. */
function finePaid(c: FullCase): number {
  const party = c.parties.find((p) => p['角色'] === '当事人')?.['名称'];
  const ex = c.execution;
  const paid = (ex?.payments ?? []).filter((p) => p.kind === '罚款' && p.payer === party).reduce((a, p) => a + p.amountFen, 0);
  return paid - (ex?.refunds ?? []).filter((r) => r.kind === '罚款' && r.payer === party).reduce((a, r) => a + r.amountFen, 0);
}

/** 暂缓/分期缴纳 as approved: each instalment with its due day and whether what was paid covers it. */
function ScheduleView({ schedule, paidFen, approver, today }: { schedule: NonNullable<NonNullable<FullCase['execution']>['schedule']>; paidFen: number; approver: string; today: string }) {
  let left = paidFen;
  const rows = schedule.installments.map((i, n) => {
    const covered = Math.min(left, i.amountFen);
    left -= covered;
    const status = covered >= i.amountFen ? '已缴清' : i.date < today ? `逾期未缴 ${yuan(i.amountFen - covered)}` : covered > 0 ? `已缴 ${yuan(covered)}` : '未到期';
    return { key: n, no: schedule.installments.length > 1 ? `第 ${n + 1} 期` : '暂缓至', date: i.date, amountFen: i.amountFen, status, done: covered >= i.amountFen };
  });
  return (
    <div style={{ marginTop: 8 }} data-testid="schedule">
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        已批准{schedule.kind}（{approver}于 {schedule.approvedOn} 批准，{schedule.noticeDate} 书面告知当事人）：
      </Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '期次', dataIndex: 'no', width: 90 },
          { title: '到期日', dataIndex: 'date', width: 120 },
          { title: '金额', render: (_, r) => yuan(r.amountFen) },
          { title: '缴纳情况', render: (_, r) => <Typography.Text type={r.done ? 'success' : r.status.startsWith('逾期') ? 'danger' : undefined}>{r.status}</Typography.Text> },
        ]}
      />
    </div>
  );
}

let inputsCache: Promise<Record<string, JsonSchema>> | undefined;
const stepInputs = () => (inputsCache ??= api.get<{ inputs: Record<string, JsonSchema> }>('/api/console/step-inputs').then((r) => r.inputs));

/** Downloads a document; a refusal shows its Chinese reason instead of a raw page. */
async function download(url: string, fileName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    let msg = `文书未能生成（${res.status}）`;
    try {
      msg = ((await res.json()) as { message?: string }).message ?? msg;
    } catch {
      /* not JSON */
    }
    throw new ApiError(res.status, 'DOCUMENT', msg);
  }
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

export default function CasePage() {
  const { id } = useParams();
  const me = useMe();
  const { message, modal } = App.useApp();
  const people = usePeople();
  const [params, setParams] = useSearchParams();
  const [data, setData] = useState<CaseData>();
  const [file, setFile] = useState<CaseFile>();
  const [inputs, setInputs] = useState<Record<string, JsonSchema>>({});
  const [violations, setViolations] = useState<ViolationOption[]>();
  const [error, setError] = useState<string>();
  const [verify, setVerify] = useState<{ ok: boolean; events: number; firstBad?: { seq: number; reason: string; code?: string } }>();
  const [dirty, setDirty] = useState(false);
  const openStep = params.get('step') ?? undefined;

  const load = useCallback(async () => {
    try {
      const [d, f] = await Promise.all([api.get<CaseData>(`/api/cases/${id}`), api.get<CaseFile>(`/api/cases/${id}/file`)]);
      setData(d);
      setFile(f);
      setError(undefined);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [id]);
  useEffect(() => {
    // the whole record's check replays every case on the server: asked once the case is drawn
    void load().then(() => api.get<typeof verify>('/api/record/verify').then(setVerify, () => undefined));
    stepInputs().then(setInputs, () => undefined);
  }, [id]);
  const step = data?.allowedSteps.find((s) => s.id === openStep);
  const stepForm = useStepSchema(step);
  useEffect(() => {
    if (step && stepForm.schema && !violations && JSON.stringify(stepForm.schema).includes('"violation"')) api.get<{ options: ViolationOption[] }>(`/api/cases/${id}/violations`).then((r) => setViolations(r.options), () => setViolations([]));
  }, [step?.id, stepForm.schema]);

  // from the current search (a form's onDone may run after the page re-rendered)
  const setOpen = (s?: string) =>
    setParams(
      (prev) => {
        const n = new URLSearchParams(prev);
        if (s) n.set('step', s);
        else n.delete('step');
        return n;
      },
      { replace: !s },
    );
  const close = () => {
    if (!dirty) return setOpen(undefined);
    modal.confirm({
      title: '有尚未提交的内容',
      content: '表单还没有提交。草稿已保存在本机，再次打开本环节可以继续填写。确定关闭吗？',
      okText: '关闭',
      cancelText: '继续填写',
      onOk: () => {
        setDirty(false);
        setOpen(undefined);
      },
    });
  };

  const ctx: FormContext | undefined = useMemo(
    () => (data && file ? { case: data.case, people, today: file.today, violations, me: me.name, ...(data.execution ? { execution: data.execution } : {}), ...(data.evidence ? { evidence: data.evidence } : {}), ...(data.reviewSituations ? { reviewSituations: data.reviewSituations } : {}), ...(data.suspects ? { suspects: data.suspects } : {}) } : undefined),
    [data, file, people, violations, me.name],
  );

  if (error) return <Alert type="error" showIcon title={error} action={<Link to="/cases">返回案件列表</Link>} />;
  if (!data || !file || !ctx) return <Spin />;
  const c = data.case;
  const names = file.names;
  const nameOf = (a: string) => names[a] ?? '未登记人员';
  const decision = c.penalty.decision;
  const measures = decision?.measures as DecisionMeasureView[] | undefined;
  const mainParty = c.parties.find((p) => p['角色'] === '当事人');
  const mineIds = new Set(file.next.mine.map((m) => m.step));
  const primary = data.allowedSteps.filter((s) => mineIds.has(s.id));
  // a step the engine would refuse now is shown with its reason, never offered as a button
  const blockedIds = new Set([...file.next.blocked, ...file.next.refused].map((b) => b.step));
  const secondary = data.allowedSteps.filter((s) => !mineIds.has(s.id) && !blockedIds.has(s.id));
  const partyPayments = c.execution?.payments ?? [];
  const paid = partyPayments.reduce((a, p) => a + p.amountFen, 0);
  const ex = data.execution;
  const viewCtx = { names, ...(measures ? { measures } : {}), deadlines: c.deadlines, attachmentLink: (sha: string) => `/api/cases/${c.id}/attachments/${sha}` };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span data-testid="case-title">案件 {c.id}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>{data.procedure.name}</Typography.Text>
            <Tag color={c.closed ? 'default' : 'processing'} data-testid="case-state">{c.state}</Tag>
          </Space>
        }
        extra={
          <Space>
            {verify && (verify.ok ? <Tag color="green" data-testid="record-ok">全过程记录校验通过</Tag> : verify.firstBad?.code === 'RECORD_TOO_OLD' ? <Tag color="orange" data-testid="record-too-old">哈希链完好；较早版本写入的案件无法重放核验</Tag> : <Tag color="red" data-testid="record-bad">全过程记录第 {verify.firstBad?.seq} 条异常</Tag>)}
            <Link to="/cases">返回案件列表</Link>
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xxl: 3 }} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label="当事人">{mainParty ? `${mainParty['名称']}（${mainParty['主体类别']}）` : '（待立案时登记）'}</Descriptions.Item>
          <Descriptions.Item label="事项">{c.item?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="辖区">{c.jurisdiction.name}</Descriptions.Item>
          <Descriptions.Item label="承办人员">{c.officers.map(nameOf).join('、') || '（待立案时指定）'}</Descriptions.Item>
          <Descriptions.Item label="受理日期">{shDate(c.openedAt)}</Descriptions.Item>
          <Descriptions.Item label="违法条文">{c.penalty.violation ? articleWords(c.penalty.violation) : typeof c.facts['violation'] === 'object' ? `${articleWords(c.facts['violation'] as { 法规: string; 条: number })}（线索建议）` : '—'}</Descriptions.Item>
          {c.penalty.notified && <Descriptions.Item label="告知的处罚" span={3}>{c.penalty.notified.map((x) => choiceWords(x, measures)).join('；') || '无'}</Descriptions.Item>}
          {c.penalty.decided && (
            <Descriptions.Item label="决定" span={3}>
              {c.penalty.decided.kind}：{c.penalty.decided.measures.map((x) => choiceWords(x, measures)).join('；') || '—'}（{c.penalty.decided.date}）
            </Descriptions.Item>
          )}
          {c.penalty.decided && ex && (
            <Descriptions.Item label="缴款">
              <span data-testid="paid-summary">已缴 {yuan(ex.totalPaidFen)}（{partyPayments.length} 笔）；尚欠 {yuan(ex.totalOutstandingFen)}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Card size="small" title="下一步" data-testid="next-step">
        {file.next.closed && data.allowedSteps.length === 0 ? (
          <Typography.Text>案件已办结（{c.state}）。</Typography.Text>
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {file.next.closed && <Typography.Text>案件已办结（{c.state}），以下环节仍可办理。</Typography.Text>}
            {primary.length > 0 ? (
              <Space wrap>
                <Typography.Text strong>由您办理：</Typography.Text>
                {primary.map((s) => (
                  <Button key={s.id} type="primary" onClick={() => setOpen(s.id)} data-testid={`step-${s.id}`}>
                    {s.id}
                  </Button>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">目前没有需要您办理的环节。</Typography.Text>
            )}
            {file.next.others.map((o) => (
              <Typography.Text key={o.step} data-testid={`next-other-${o.step}`}>
                下一步：由 {o.people.length ? o.people.join('、') : o.roles.join('或')}（{o.roles.join('或')}）办理「{o.step}」
                {!o.reason.startsWith('须由') && <Typography.Text type="secondary">（{o.reason}）</Typography.Text>}
              </Typography.Text>
            ))}
            {file.next.blocked.length > 0 && (
              <div data-testid="next-blocked">
                <Typography.Text type="secondary">尚不能办理：</Typography.Text>
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {file.next.blocked.map((b) => (
                    <li key={b.step} data-testid={`blocked-${b.step}`}>
                      <Typography.Text type="secondary">「{b.step}」{b.reason}</Typography.Text>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {file.next.waiting.length > 0 && (
              <Typography.Text type="secondary">
                进行中的期限：{file.next.waiting.map((w) => `${w.label}至 ${shDate(w.due)}`).join('；')}
              </Typography.Text>
            )}
            {secondary.length > 0 && (
              <Space wrap>
                <Typography.Text type="secondary">其他可办理的环节：</Typography.Text>
                {secondary.map((s) => (
                  <Button key={s.id} size="small" onClick={() => setOpen(s.id)} data-testid={`step-${s.id}`}>
                    {s.id}
                  </Button>
                ))}
              </Space>
            )}
          </Space>
        )}
      </Card>

      <Card size="small">
        <Tabs
          items={[
            {
              key: 'file',
              label: '案卷',
              children: (
                <Space orientation="vertical" style={{ width: '100%' }} data-testid="case-file">
                  {decision && (
                    <Card size="small" title="处罚裁量（依认定的条文和事实计算）" data-testid="decision-card">
                      <Typography.Paragraph>适用条文：{articleWords(c.penalty.violation ?? null)}；{decision.punishable ? '应予处罚' : '不予处罚'}</Typography.Paragraph>
                      <Table<DecisionMeasureView>
                        size="small"
                        rowKey="id"
                        pagination={false}
                        dataSource={decision.measures}
                        columns={[
                          { title: '措施', render: (_, m) => measureName(m) },
                          { title: '性质', width: 90, render: (_, m) => (m.referral ? '移送' : m.mandatory ? '应当' : '可以') },
                          { title: '法定幅度', render: (_, m) => rangeWords(m) },
                          { title: '依据', render: (_, m) => m.citation.text },
                        ]}
                      />
                      {decision.reasons.length > 0 && <Typography.Paragraph style={{ marginTop: 8 }}>理由：{decision.reasons.map(articlesInText).join('；')}</Typography.Paragraph>}
                    </Card>
                  )}
                  {(data.suspects?.length ?? 0) > 0 && (
                    <Card
                      size="small"
                      title={`疑点数据（${data.suspects!.length} 条，已说明 ${data.suspects!.filter((x) => x.说明.length).length} 条）`}
                      extra={<Typography.Text type="secondary">被检查对象对疑点的解释和说明（暂行规定第十八条第一款第（三）项）</Typography.Text>}
                      data-testid="suspects"
                    >
                      <Table
                        size="small"
                        rowKey="编号"
                        pagination={data.suspects!.length > 10 ? { pageSize: 10 } : false}
                        dataSource={data.suspects}
                        columns={[
                          { title: '编号', dataIndex: '编号', width: 160, ellipsis: true },
                          { title: '内容', dataIndex: '内容' },
                          { title: '发生日期', dataIndex: '发生日期', width: 110 },
                          { title: '涉及基金', width: 110, render: (_, x) => (x.涉及金额Fen !== undefined ? yuan(x.涉及金额Fen) : '') },
                          { title: '来源', dataIndex: '来源', width: 120 },
                          {
                            title: '说明与核实',
                            render: (_, x) =>
                              x.说明.length ? x.说明.map((e, i) => <div key={i}>{`${e.date} ${e.说明人}：${e.说明}（${e.核实意见}）`}</div>) : <Tag color="orange">尚未说明</Tag>,
                          },
                        ]}
                      />
                    </Card>
                  )}
                  {ex && ex.lines.length > 0 && (
                    <Card size="small" title={`执行情况${ex.dueDate ? `（缴纳期限至 ${ex.dueDate}）` : ''}`} data-testid="execution">
                      <Table
                        size="small"
                        rowKey={(r) => r.kind + r.payer}
                        pagination={false}
                        dataSource={ex.lines}
                        columns={[
                          { title: '款项', dataIndex: 'kind', width: 100 },
                          { title: '缴款人', dataIndex: 'payer' },
                          { title: '收款', dataIndex: 'payee' },
                          { title: '应缴', render: (_, l) => yuan(l.amountFen) },
                          { title: '已缴', render: (_, l) => yuan(l.paidFen) },
                          { title: '尚欠', render: (_, l) => <Typography.Text type={l.outstandingFen > 0 ? 'danger' : 'success'}>{yuan(l.outstandingFen)}</Typography.Text> },
                          { title: '加处罚款', render: (_, l) => (l.lateFine && l.lateFine.amountFen > 0 ? <span title={`${l.lateFine.computation}（${l.lateFine.citation}）`}>{yuan(l.lateFine.amountFen)}（{l.lateFine.days} 日）</span> : '—') },
                        ]}
                      />
                      {ex.measuresOutstanding.length > 0 && <Typography.Paragraph style={{ marginTop: 8 }}>待执行的处罚：{ex.measuresOutstanding.join('、')}</Typography.Paragraph>}
                      {c.execution?.scheduleRequest && (
                        <Typography.Paragraph style={{ marginTop: 8 }} data-testid="schedule-request">
                          当事人于 {c.execution.scheduleRequest.date} 申请{c.execution.scheduleRequest.kind}（{c.execution.scheduleRequest.reason}），待负责人审批。
                        </Typography.Paragraph>
                      )}
                      {c.execution?.schedule && <ScheduleView schedule={c.execution.schedule} paidFen={finePaid(c)} approver={nameOf(c.execution.schedule.approvedBy)} today={file.today} />}
                    </Card>
                  )}
                  {partyPayments.length > 0 && (
                    <Card size="small" title="缴款记录" data-testid="payments">
                      <Table<PartyPayment>
                        size="small"
                        rowKey={(r) => r.receipt + r.kind + r.amountFen}
                        pagination={false}
                        dataSource={partyPayments}
                        columns={[
                          { title: '款项', dataIndex: 'kind', width: 100 },
                          { title: '缴款人', dataIndex: 'payer' },
                          { title: '金额', render: (_, p) => yuan(p.amountFen) },
                          { title: '缴款日期', dataIndex: 'date', width: 110 },
                          { title: '票据号', dataIndex: 'receipt' },
                        ]}
                      />
                    </Card>
                  )}
                  {c.payments.length > 0 && (
                    <Card size="small" title="支付（发放）记录" data-testid="payouts">
                      <Table size="small" rowKey={(r) => r.at + r.amountFen} pagination={false} dataSource={c.payments} columns={[{ title: '金额', render: (_, p) => yuan(p.amountFen) }, { title: '登记时间', render: (_, p) => shDateTime(p.at) }, { title: '凭证号', render: (_, p) => p.ref ?? '—' }]} />
                    </Card>
                  )}
                  {file.events.length === 0 && <Empty description="尚无办理记录" />}
                  {file.events.map((e) => (
                    <Card
                      key={e.seq}
                      size="small"
                      type="inner"
                      title={<span>{e.step === '开案' ? '受理（开案）' : e.step}</span>}
                      extra={<Typography.Text type="secondary">{e.actorName} · {shDateTime(e.at)}</Typography.Text>}
                      data-testid={`file-${e.step}`}
                    >
                      {inputs[e.input] ? <FieldsView schema={inputs[e.input]!} value={e.inputs ?? {}} ctx={viewCtx} /> : e.step === '开案' ? <OpeningView inputs={e.inputs} {...(c.item ? { itemName: c.item.name } : {})} /> : <Typography.Text type="secondary">（已记录）</Typography.Text>}
                      {e.attachments.length > 0 && (
                        <List
                          size="small"
                          header="附件"
                          dataSource={e.attachments}
                          renderItem={(a) => (
                            <List.Item actions={[<a key="v" href={`/api/cases/${c.id}/attachments/${a.sha256}`} target="_blank" rel="noreferrer">查看</a>, <a key="d" href={`/api/cases/${c.id}/attachments/${a.sha256}?download=1`}>下载</a>]}>
                              {a.name}{a.fileName ? `（${a.fileName}）` : ''}
                            </List.Item>
                          )}
                        />
                      )}
                    </Card>
                  ))}
                </Space>
              ),
            },
            {
              key: 'deadlines',
              label: '期限',
              children: (
                <Table<Deadline>
                  rowKey={(r) => r.id + r.start}
                  size="small"
                  pagination={false}
                  dataSource={data.deadlines}
                  columns={[
                    { title: '期限', dataIndex: 'label' },
                    { title: '起算', dataIndex: 'start', render: (s: string) => shDate(s) },
                    { title: '届满', dataIndex: 'due', render: (d: string, r) => <span>{shDate(d)}{r.provisional && <Tag color="orange" style={{ marginLeft: 4 }}>暂定</Tag>}</span> },
                    { title: '依据', render: (_, r) => { const b = (c.deadlines as Array<{ id: string; basis?: { text?: string; quote?: string; bureau?: string } }>).find((x) => x.id === r.id)?.basis; return <Typography.Text style={{ fontSize: 12 }}>{b?.text ?? (b?.quote ? `事项清单：「${b.quote}」` : b?.bureau ? `本局规定：${b.bureau}` : '—')}</Typography.Text>; } },
                    { title: '状态', width: 110, render: (_, r) => (r.colour ? <Badge status={COLOUR[r.colour]!.status} text={COLOUR[r.colour]!.text} /> : <Tag>{r.status === 'met' ? '已完成' : r.status === 'late' ? '逾期完成' : r.status === 'expired' ? '已届满' : '已结束'}</Tag>) },
                  ]}
                />
              ),
            },
            {
              key: 'duties',
              label: '责任事项',
              children: data.duties && data.duties.length > 0 ? (
                <Space orientation="vertical" style={{ width: '100%' }} data-testid="duties">
                  <List
                    size="small"
                    dataSource={data.duties}
                    renderItem={(d) => (
                      <List.Item data-testid={`duty-${d.duty}`}>
                        <List.Item.Meta
                          title={<Space>{d.duty}{d.done ? <Tag color="green">已履行</Tag> : <Tag>待履行</Tag>}{d.steps.length > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>对应环节：{d.steps.join('、')}</Typography.Text>}</Space>}
                          description={<>{d.text}{d.basis && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>依据：{d.basis}</Typography.Text>}</>}
                        />
                      </List.Item>
                    )}
                  />
                  {data.accountability && (
                    <Alert
                      type="info"
                      showIcon
                      title="追责"
                      description={[data.accountability.situations && `追责情形：${data.accountability.situations}`, data.accountability.accountable.length > 0 && `追责对象：${data.accountability.accountable.join('、')}`, data.accountability.basis && `依据：${data.accountability.basis}`].filter(Boolean).join('；')}
                    />
                  )}
                </Space>
              ) : (
                <Empty description="本事项的权责清单未列明责任事项" />
              ),
            },
            {
              key: 'documents',
              label: `文书（${file.documents.length}）`,
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Space wrap>
                    <Button type="primary" data-testid="volume-pdf" onClick={() => download(`/api/cases/${c.id}/volume`, `${c.id}-案卷.pdf`).catch((e) => message.error((e as Error).message))}>
                      下载案卷（一案一卷，PDF）
                    </Button>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>封面、卷内目录、全部文书、证据材料及附件清单、全过程记录、卷内备考表合为一册</Typography.Text>
                  </Space>
              {file.documents.length === 0 ? (
                <Empty description="尚无文书" />
              ) : (
                <List
                  dataSource={file.documents}
                  renderItem={(d) => (
                    <List.Item
                      data-testid={`doc-${d.kind}`}
                      actions={
                        d.ok
                          ? ['docx', 'pdf'].map((f) => (
                              <Button key={f} size="small" data-testid={`doc-${d.kind}-${f}`} onClick={() => download(`/api/cases/${c.id}/documents/${encodeURIComponent(d.kind)}?format=${f}`, `${c.id}-${d.kind}.${f}`).catch((e) => message.error((e as Error).message))}>
                                {f === 'docx' ? '下载 Word' : '下载 PDF'}
                              </Button>
                            ))
                          : []
                      }
                    >
                      <List.Item.Meta
                        title={d.kind}
                        description={d.ok ? (d.docNumber ? `文号：${d.docNumber}` : '（不编文号）') : <Alert type="warning" showIcon title={`暂不能生成：${d.problem}`} description={`本文书由「${d.step}」环节产生；请在相关环节补充所缺内容后再生成。`} />}
                      />
                    </List.Item>
                  )}
                />
              )}
                </Space>
              ),
            },
            {
              key: 'record',
              label: '全过程记录',
              children: (
                <>
                  {verify && (verify.ok ? <Tag color="green" data-testid="record-chain-ok">哈希链校验通过（{verify.events} 条）</Tag> : <Tag color={verify.firstBad?.code === 'RECORD_TOO_OLD' ? 'orange' : 'red'}>{verify.firstBad?.code === 'RECORD_TOO_OLD' ? '无法核验' : `记录第 ${verify.firstBad?.seq} 条异常`}：{verify.firstBad?.reason}</Tag>)}
                  <Timeline
                    style={{ marginTop: 16 }}
                    items={data.timeline.map((e) => ({
                      content: (
                        <div>
                          <Typography.Text strong>{e.step === '开案' ? '受理（开案）' : e.step}</Typography.Text> · {e.actorName}
                          <div style={{ color: '#888', fontSize: 12 }}>{shDateTime(e.at)} · 第 {e.seq} 条 · 哈希 {e.hash.slice(0, 12)}…</div>
                        </div>
                      ),
                    }))}
                  />
                </>
              ),
            },
          ]}
        />
      </Card>

      <Drawer title={step ? `办理：${step.id}` : ''} open={!!step} onClose={close} size={780} destroyOnHidden data-testid="step-drawer">
        {step &&
          (stepForm.schema ? (
            <StepForm key={step.id} step={{ ...step, schema: stepForm.schema as Record<string, unknown> }} caseId={c.id} ctx={ctx} onDirty={setDirty} onDone={() => { setDirty(false); setOpen(undefined); void load(); api.get<typeof verify>('/api/record/verify').then(setVerify, () => undefined); }} />
          ) : stepForm.error ? (
            <Alert
              type="error"
              showIcon
              data-testid="step-form-error"
              title="表单未能载入"
              description={stepForm.error}
              action={<Button size="small" onClick={stepForm.retry} data-testid="step-form-retry">重试</Button>}
            />
          ) : (
            <Space data-testid="step-form-loading">
              <Spin size="small" />
              <Typography.Text type="secondary">正在载入表单…</Typography.Text>
            </Space>
          ))}
      </Drawer>
      {openStep && !step && data && (
        <Alert type="info" showIcon title={`「${openStep}」目前不能由您办理`} description="可能已经办理，或须由其他人员办理。请查看上方“下一步”。" closable onClose={() => setOpen(undefined)} />
      )}
    </Space>
  );
}
