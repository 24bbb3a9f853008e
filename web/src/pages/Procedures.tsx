// 办案程序: each procedure as the engine runs it — its steps, who takes each, the articles
// it rests on, the attachments it requires — and the form of every step, drawn from the
// step's input schema exactly as an officer sees it on a case (here without a case: the
// pickers list the jurisdiction's people, the measures wait for a computed decision).
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Collapse, Select, Space, Spin, Tag, Typography } from 'antd';
import { api } from '../api';
import { usePeople } from '../people';
import { useMe } from '../Console';
import { StepForm } from '../forms/StepForm';
import type { FormContext, JsonSchema } from '../forms/schema';

interface ProcStep { id: string; input: string; roles: string[]; description?: string; basis: string[]; attachments: string[] }
interface Proc { id: string; version: number; name: string; kind: string; steps: ProcStep[] }

const todayInShanghai = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

export default function Procedures() {
  const me = useMe();
  const people = usePeople();
  const [params, setParams] = useSearchParams();
  const [data, setData] = useState<{ inputs: Record<string, JsonSchema>; procedures: Proc[] }>();
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState<string[]>([]);
  useEffect(() => {
    api.get<{ inputs: Record<string, JsonSchema>; procedures: Proc[] }>('/api/console/step-inputs').then(setData, (e) => setError((e as Error).message));
  }, []);
  const ctx: FormContext = useMemo(() => ({ people: people.filter((p) => p.jurisdiction === me.jurisdiction.id || me.jurisdiction.id.startsWith(p.jurisdiction)), today: todayInShanghai(), me: me.name }), [people, me]);
  if (error) return <Alert type="error" showIcon title={error} />;
  if (!data) return <Spin />;
  const procId = params.get('p') ?? data.procedures[0]?.id;
  const proc = data.procedures.find((p) => p.id === procId) ?? data.procedures[0];
  if (!proc) return <Alert type="info" showIcon title="没有可用的办案程序" />;
  const all = open.length === proc.steps.length && proc.steps.length > 0;
  const header = (s: ProcStep) => (
    <Space wrap>
      <Typography.Text strong>{s.id}</Typography.Text>
      {s.roles.map((r) => <Tag key={r}>{r}</Tag>)}
      {s.attachments.map((a) => <Tag key={a} color="orange">附件：{a}</Tag>)}
    </Space>
  );
  const formOf = (s: ProcStep) => (
    <div data-testid={`form-${proc.id}-${s.id}`}>
      {data.inputs[s.input] ? (
        <StepForm preview step={{ id: s.id, roles: s.roles, attachments: s.attachments, basis: s.basis, schema: data.inputs[s.input] as Record<string, unknown>, ...(s.description ? { description: s.description } : {}) }} caseId="" ctx={ctx} onDone={() => undefined} />
      ) : (
        <Alert type="warning" showIcon title="本环节没有输入定义" />
      )}
    </div>
  );
  const choose = (id: string) => {
    setOpen([]);
    setParams({ p: id }, { replace: true });
  };
  return (
    <Card
      title={
        <Space wrap>
          <span>办案程序</span>
          <Select
            style={{ width: 340 }}
            value={proc.id}
            onChange={choose}
            options={data.procedures.map((p) => ({ value: p.id, label: `${p.name}（${p.kind}）` }))}
            data-testid="procedure-select"
          />
        </Space>
      }
      extra={
        <Space>
          <Button onClick={() => setOpen(proc.steps.map((s) => s.id))} data-testid="forms-expand">展开全部表单</Button>
          <Button onClick={() => setOpen([])}>全部收起</Button>
        </Space>
      }
      data-testid={`procedure-${proc.id}`}
    >
      <Typography.Paragraph type="secondary">
        共 {proc.steps.length} 个环节。每个环节的表单由该环节的输入定义生成，与办案时所见相同；此处仅供查看，不能提交。
      </Typography.Paragraph>
      {all ? (
        // all forms at once, as plain cards (no 46 panels animating open)
        <Space orientation="vertical" style={{ width: '100%' }}>
          {proc.steps.map((s) => (
            <Card key={s.id} size="small" title={header(s)}>
              {formOf(s)}
            </Card>
          ))}
        </Space>
      ) : (
        <Collapse activeKey={open} onChange={(k) => setOpen(Array.isArray(k) ? k : [k])} items={proc.steps.map((s) => ({ key: s.id, label: header(s), children: formOf(s) }))} />
      )}
    </Card>
  );
}
