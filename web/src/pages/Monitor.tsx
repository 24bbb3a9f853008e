// 智能监控: start a run (progress), leads by institution and person with evidence rows,
// review steps, open a case from a confirmed lead.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Drawer, Input, Progress, Select, Space, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { api, yuan } from '../api';
import { can, useMe } from '../Console';
import { HitsTable, KIND_COLOR, LeadAmounts, LeadCitations, type HitEvidence, type LeadCitation } from './monitor/LeadEvidence';

interface Run {
  id: string; dataset: string; status: 'running' | 'done' | 'failed'; rulesTotal: number; rulesDone: number; currentRule: string | null;
  summary: { leads?: number; hits?: number; amountFen?: number; suspectFundFen?: number; unchecked?: Array<{ ruleId: string; data: string; unchecked: string }> } | null;
  error: string | null; startedAt: string;
}
interface Lead { id: string; runId: string; party: { kind: string; code: string; name: string | null }; matterId: string; article: string; amountFen: number; suspect: { hits: number; fundFen: number }; indicators: number; resultType: string; ruleIds: string[]; hitCount: number; review: { status: string; dueDate: string | null }; caseId: string | null }
interface LeadDetail extends Lead { rules: Array<{ id: string; name: string; kind: string; hits: number; lossFen: number }>; citations: LeadCitation[]; evidence: HitEvidence[]; caveats: string[]; history: Array<Record<string, unknown>>; firstDate: string | null; lastDate: string | null }

const ACTIONS: Record<string, Array<{ action: string; label: string; note?: boolean }>> = {
  初审: [{ action: 'pass', label: '初审通过' }],
  复审: [{ action: 'confirm-doubt', label: '复审维持疑点' }],
  申诉: [{ action: 'appeal', label: '登记申诉', note: true }, { action: 'no-appeal', label: '期满未申诉' }],
  调查核实: [{ action: 'verify', label: '核实属实', note: true }],
  处理: [{ action: 'confirm', label: '认定违规', note: true }],
};

export default function Monitor() {
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [runs, setRuns] = useState<Run[]>([]);
  const [runId, setRunId] = useState<string>();
  const [leads, setLeads] = useState<Lead[]>([]);
  const [kind, setKind] = useState('institution');
  const [detail, setDetail] = useState<LeadDetail>();
  const [note, setNote] = useState('');
  const run = runs.find((r) => r.id === runId);

  const loadRuns = () => api.get<Run[]>('/api/monitor/runs').then((r) => { setRuns(r); if (!runId && r[0]) setRunId(r[0].id); return r; });
  useEffect(() => { void loadRuns(); }, []);
  useEffect(() => {
    if (!run || run.status !== 'running') return;
    const t = setInterval(async () => {
      const r = await api.get<Run>(`/api/monitor/runs/${run.id}`);
      setRuns((all) => all.map((x) => (x.id === r.id ? r : x)));
    }, 800);
    return () => clearInterval(t);
  }, [run?.id, run?.status]);
  const [rules, setRules] = useState<Record<string, string>>({});
  useEffect(() => { api.get<Array<{ id: string; name: string }>>('/api/monitor/rules').then((r) => setRules(Object.fromEntries(r.map((x) => [x.id, x.name])))); }, []);
  const loadLeads = () => { if (run?.status === 'done') api.get<Lead[]>(`/api/monitor/runs/${run.id}/leads${kind === 'rule' ? '' : `?kind=${kind}`}`).then(setLeads); };
  const byRule = Object.values(
    leads.reduce<Record<string, { rule: string; name: string; leads: number; institutions: number }>>((acc, l) => {
      for (const r of l.ruleIds) {
        const row = (acc[r] ??= { rule: r, name: rules[r] ?? r, leads: 0, institutions: 0 });
        row.leads++;
        if (l.party.kind === 'institution') row.institutions++;
      }
      return acc;
    }, {}),
  ).sort((a, b) => b.leads - a.leads);
  useEffect(loadLeads, [run?.id, run?.status, kind]);

  const start = async () => {
    try {
      const r = await api.post<Run>('/api/monitor/runs', { dataset: 'demo' });
      setRuns((all) => [r, ...all]);
      setRunId(r.id);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const openLead = async (l: Lead) => { setNote(''); setDetail(await api.get<LeadDetail>(`/api/monitor/runs/${l.runId}/leads/${l.id}`)); };
  const review = async (action: string) => {
    try {
      await api.post(`/api/monitor/runs/${detail!.runId}/leads/${detail!.id}/review`, { action, ...(note ? { note } : {}) });
      await openLead(detail!);
      loadLeads();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const openCase = async () => {
    try {
      const r = await api.post<{ caseId: string }>(`/api/monitor/runs/${detail!.runId}/leads/${detail!.id}/case`);
      message.success(`已立案：${r.caseId}`);
      navigate(`/cases/${r.caseId}`);
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="智能监控" extra={can(me, 'monitor.write') && <Button type="primary" onClick={start} data-testid="monitor-start">运行规则包（演示数据）</Button>}>
        <Space wrap>
          <Select style={{ width: 360 }} placeholder="选择监控运行" value={runId} onChange={setRunId} options={runs.map((r) => ({ value: r.id, label: `${r.id}（${r.startedAt.slice(0, 16).replace('T', ' ')}，${r.status === 'done' ? `${r.summary?.leads ?? 0} 条线索` : r.status === 'running' ? '运行中' : '失败'}）` }))} />
          {run && run.status === 'running' && <Progress percent={Math.round((run.rulesDone / Math.max(1, run.rulesTotal)) * 100)} style={{ width: 300 }} data-testid="monitor-progress" />}
          {run?.currentRule && <Typography.Text type="secondary">正在运行：{run.currentRule}</Typography.Text>}
          {run?.status === 'done' && <Typography.Text data-testid="monitor-done">规则 {run.rulesTotal} 条，命中 {run.summary?.hits} 条，线索 {run.summary?.leads} 条，基金损失（明确违规）{yuan(run.summary?.amountFen)}；可疑疑点涉及基金 {yuan(run.summary?.suspectFundFen)}（未计入）</Typography.Text>}
          {run?.status === 'failed' && <Typography.Text type="danger">运行失败：{run.error}</Typography.Text>}
        </Space>
        {run?.status === 'done' && (run.summary?.unchecked?.length ?? 0) > 0 && (
          <Alert style={{ marginTop: 12 }} type="warning" showIcon title="数据缺少以下字段或表，相应规则未能检查"
            description={<ul style={{ margin: 0 }}>{run.summary!.unchecked!.map((u) => <li key={`${u.ruleId}${u.data}`}>{rules[u.ruleId] ?? u.ruleId}：缺少 {u.data}，{u.unchecked}</li>)}</ul>} />
        )}
      </Card>
      {run?.status === 'done' && (
        <Card>
          <Tabs activeKey={kind} onChange={setKind} items={[{ key: 'institution', label: '按定点医药机构' }, { key: 'person', label: '按参保人员' }, { key: 'rule', label: '按规则' }]} />
          {kind === 'rule' ? (
            <Table
              rowKey="rule"
              size="middle"
              dataSource={byRule}
              columns={[
                { title: '规则', dataIndex: 'name' },
                { title: '涉及线索', dataIndex: 'leads', width: 120 },
                { title: '其中机构线索', dataIndex: 'institutions', width: 140 },
              ]}
            />
          ) : (
          <Table<Lead>
            rowKey="id"
            size="middle"
            dataSource={leads}
            onRow={(l) => ({ onClick: () => void openLead(l), style: { cursor: 'pointer' } })}
            columns={[
              { title: '线索', dataIndex: 'id', width: 150 },
              { title: kind === 'institution' ? '机构' : '人员编号', render: (_, l) => l.party.name ?? l.party.code },
              { title: '规则', dataIndex: 'ruleIds', render: (r: string[]) => r.length },
              { title: '命中', dataIndex: 'hitCount', width: 80 },
              { title: '基金损失', dataIndex: 'amountFen', render: (f) => yuan(f) },
              { title: '可疑（未计入）', render: (_, l) => `${l.suspect.hits} 条 / ${yuan(l.suspect.fundFen)}` },
              { title: '性质', dataIndex: 'resultType', render: (t) => <Tag color={KIND_COLOR[t]}>{t}</Tag> },
              { title: '依据', dataIndex: 'article' },
              { title: '审核', render: (_, l) => <Tag>{l.review.status}</Tag> },
              { title: '案件', dataIndex: 'caseId', render: (c) => c ?? '—' },
            ]}
          />
          )}
        </Card>
      )}
      <Drawer width={880} open={!!detail} onClose={() => setDetail(undefined)} title={detail ? `线索 ${detail.id}` : ''}>
        {detail && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Descriptions size="small" bordered column={2}>
              <Descriptions.Item label="对象">{detail.party.name ?? detail.party.code}（{detail.party.code}）</Descriptions.Item>
              <Descriptions.Item label="期间">{detail.firstDate} 至 {detail.lastDate}</Descriptions.Item>
              <Descriptions.Item label="规则" span={2}>{detail.rules.map((r) => `${r.name}（${r.kind}，${r.hits} 条${r.kind === '明确违规' ? `，基金损失 ${yuan(r.lossFen)}` : ''}）`).join('；')}</Descriptions.Item>
              <Descriptions.Item label="审核状态" span={2}>
                <Tag color={detail.review.status === '已确认' ? 'red' : 'blue'}>{detail.review.status}</Tag>
                {detail.review.dueDate && `本环节期限至 ${detail.review.dueDate}`}
              </Descriptions.Item>
            </Descriptions>
            <LeadAmounts amountFen={detail.amountFen} suspect={detail.suspect} indicators={detail.indicators} />
            <LeadCitations citations={detail.citations} />
            {detail.caveats.map((c) => <Alert key={c} type="warning" showIcon title={c} />)}
            {can(me, 'monitor.write') && ACTIONS[detail.review.status] && (
              <Space wrap>
                <Input style={{ width: 300 }} placeholder="意见（申诉、核实、认定、排除须写明）" value={note} onChange={(e) => setNote(e.target.value)} />
                {ACTIONS[detail.review.status]!.map((a) => <Button key={a.action} onClick={() => review(a.action)}>{a.label}</Button>)}
                <Button danger onClick={() => review('dismiss')}>排除疑点</Button>
              </Space>
            )}
            {can(me, 'case.write') && detail.review.status === '已确认' && !detail.caseId && <Button type="primary" onClick={openCase} data-testid="lead-open-case">由此线索立案</Button>}
            {detail.history.length > 0 && <Timeline items={detail.history.map((h) => ({ content: `${String(h.on)} ${String(h.from)} → ${String(h.to)}（${String(h.by)}）${h.note ? '：' + String(h.note) : ''}` }))} />}
            <HitsTable hits={detail.evidence} />
          </Space>
        )}
      </Drawer>
    </Space>
  );
}
