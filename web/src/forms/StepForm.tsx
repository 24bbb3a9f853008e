// A step's form, drawn from its input schema: the step's own fields first, the day it
// happened and late-entry reasons last; the attachments the procedure requires; a draft
// kept across reloads; a warning before leaving with unsaved input; the engine's refusal
// shown in the form, in its own Chinese words.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useBlocker } from 'react-router-dom';
import { Alert, App, Button, Collapse, Form, Space, Typography, Upload } from 'antd';
import { api, qs } from '../api';
import { ENVELOPE, clean, pick, type FormContext, type JsonSchema } from './schema';
import { Field, defaultChoices } from './widgets';

export interface StepInfo {
  id: string;
  description?: string;
  roles: string[];
  attachments: string[];
  basis: string[];
  schema: Record<string, unknown>;
}

type Att = { name: string; sha256: string; size: number; fileName?: string };

/** What a step's form starts with: what the case already knows (never a guess of the officer's own choices). */
export function prefill(schema: JsonSchema, ctx: FormContext): Record<string, unknown> {
  const c = ctx.case;
  const out: Record<string, unknown> = {};
  if (!c) return out;
  for (const [k, s] of Object.entries(schema.properties ?? {})) {
    if (s.widget === 'officers' && c.officers.length) out[k] = [...c.officers];
    if (s.widget === 'parties') {
      if (c.parties.length) out[k] = c.parties.map((p) => ({ ...p }));
      else {
        const lead = c.facts['当事人线索'] as { 名称?: string; 主体类别?: string } | undefined;
        const org = lead?.主体类别 && lead.主体类别 !== '参保个人' && lead.主体类别 !== '定点医药机构法定代表人或主要负责人';
        out[k] = [{ 角色: '当事人', ...(lead?.名称 ? { 名称: lead.名称 } : {}), ...(lead?.主体类别 ? { 主体类别: lead.主体类别, 类型: org ? '法人' : '公民', 证件类型: org ? '统一社会信用代码' : '居民身份证' } : {}) }];
      }
    }
    if (s.widget === 'violation') {
      const v = c.penalty.violation ?? (c.facts['violation'] as FormContext['violations'] extends Array<infer T> ? T : never);
      if (v && typeof v === 'object') out[k] = { 法规: v.法规, 条: v.条, ...(v.项 ? { 项: v.项 } : {}) };
    }
    if (s.widget === 'facts') {
      const f = c.penalty.facts ?? (c.facts['penaltyFacts'] as Record<string, unknown> | undefined);
      if (f) out[k] = pick(f, s);
    }
    if (s.widget === 'measures') {
      const d = defaultChoices(ctx);
      if (d.length) out[k] = d;
    }
    // 缴款: the first line still owed, its amount in 元 (the officer corrects it to what was paid)
    if (k === '款项' && s.enum && ctx.execution && schema.properties?.['amountFen']) {
      const line = ctx.execution.lines.find((l) => l.outstandingFen > 0 && s.enum!.includes(l.kind));
      if (line) {
        out[k] = line.kind;
        out['amountFen'] = line.outstandingFen;
        if (schema.properties?.['缴款人']) out['缴款人'] = line.payer;
      }
    }
    // a checklist: a list that must hold each value of a closed list exactly once (法制审核's ten
    // points of 第三十八条) opens with one row per value; the officer judges each row
    if (s.type === 'array' && s.items?.properties && s.minItems !== undefined && s.minItems === s.maxItems) {
      const each = Object.entries(s.items.properties).find(([, p]) => p.enum && p.enum.length === s.minItems);
      if (each) out[k] = each[1].enum!.map((value) => ({ [each[0]]: value }));
    }
    if (k === '受送达人') {
      const party = c.parties.find((p) => p['角色'] === '当事人');
      if (party) out[k] = party['名称'];
    }
  }
  return out;
}

/** Warns before leaving a form with unsaved input: the browser on reload or close, the console on navigation. */
function LeaveGuard({ dirty, stepId }: { dirty: boolean; stepId: string }) {
  const { modal } = App.useApp();
  useEffect(() => {
    if (!dirty) return;
    const h = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', h);
    return () => window.removeEventListener('beforeunload', h);
  }, [dirty]);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: '有尚未提交的内容',
      content: `「${stepId}」的表单还没有提交。离开后草稿仍保存在本机，回到本案可以继续填写。确定离开吗？`,
      okText: '离开',
      cancelText: '留在本页',
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker.state]);
  return null;
}

const draftKey = (me: string | undefined, caseId: string, step: string) => `yibao:draft:${me ?? ''}:${caseId}:${step}`;

export function StepForm({ step, caseId, ctx, onDone, onDirty, preview = false }: { step: StepInfo; caseId: string; ctx: FormContext; onDone: () => void; onDirty?: (dirty: boolean) => void; /** shown on 办案程序: no draft, no submit */ preview?: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const schema = step.schema as JsonSchema;
  const [files, setFiles] = useState<Record<string, Att>>({});
  const [evidence, setEvidence] = useState<Att[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [dirty, setDirtyState] = useState(false);
  const [restored, setRestored] = useState(false);
  const key = draftKey(ctx.me, caseId, step.id);
  const timer = useRef<number | undefined>(undefined);
  const setDirty = (d: boolean) => {
    setDirtyState(d);
    onDirty?.(d);
  };

  const initial = useMemo(() => prefill(schema, ctx), [step.id, caseId]);
  useEffect(() => {
    if (preview) return;
    const raw = localStorage.getItem(key);
    if (raw) {
      try {
        form.setFieldsValue(JSON.parse(raw));
        setRestored(true);
        setDirty(true);
      } catch {
        localStorage.removeItem(key);
      }
    }
  }, [key]);

  const fields = Object.entries(schema.properties ?? {});
  const main = fields.filter(([k]) => !ENVELOPE.includes(k));
  const envelope = fields.filter(([k]) => ENVELOPE.includes(k));
  const required = new Set(schema.required ?? []);

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      const input = (clean(values) ?? {}) as Record<string, unknown>;
      const evidenceHashes = new Set(JSON.stringify(input).match(/[0-9a-f]{64}/g) ?? []);
      const atts = [...Object.values(files), ...evidence.filter((e) => evidenceHashes.has(e.sha256))];
      if (atts.length) input.attachments = atts.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size, ...(a.fileName ? { fileName: a.fileName } : {}) }));
      await api.post(`/api/cases/${caseId}/act`, { step: step.id, input });
      localStorage.removeItem(key);
      setDirty(false);
      message.success(`已办理「${step.id}」`);
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      onFinishFailed={() => setError('表单中有未填或填写有误的项目，请按红色提示修改')}
      onValuesChange={(changed, all) => {
        if (preview) return;
        // the amount follows the line chosen (款项 and 缴款人) until the officer types one
        if (('款项' in changed || '缴款人' in changed) && ctx.execution && !form.isFieldTouched('amountFen')) {
          const line = ctx.execution.lines.find((l) => l.kind === all['款项'] && (!all['缴款人'] || l.payer === all['缴款人']) && l.outstandingFen > 0);
          if (line) form.setFieldValue('amountFen', line.outstandingFen);
        }
        setDirty(true);
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => localStorage.setItem(key, JSON.stringify(all)), 300);
      }}
      scrollToFirstError
      data-testid="step-form"
    >
      {!preview && <LeaveGuard dirty={dirty} stepId={step.id} />}
      {restored && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="已恢复上次未提交的草稿"
          action={
            <Button size="small" onClick={() => { localStorage.removeItem(key); form.resetFields(); setRestored(false); setDirty(false); }}>
              清除草稿
            </Button>
          }
        />
      )}
      {step.description && <Typography.Paragraph type="secondary">{step.description}</Typography.Paragraph>}
      {step.basis.length > 0 && <Typography.Paragraph type="secondary">依据：{step.basis.join('；')}</Typography.Paragraph>}
      {main.map(([k, s]) => (
        <Field key={k} name={[k]} fieldKey={k} schema={s} required={required.has(k)} ctx={ctx} onUploaded={(a) => setEvidence((x) => [...x, a])} />
      ))}
      {main.length === 0 && step.attachments.length === 0 && <Typography.Paragraph>本环节无需填写其他内容，确认后提交。</Typography.Paragraph>}
      {step.attachments.map((a) => (
        <Form.Item key={a} label={`附件：${a}`} required data-field={`附件：${a}`}>
          <Upload
            maxCount={1}
            customRequest={async ({ file, onSuccess, onError }) => {
              try {
                const r = await api.upload<Att>(`/api/attachments${qs({ name: a, fileName: (file as File).name })}`, file as File);
                setFiles((x) => ({ ...x, [a]: r }));
                setDirty(true);
                onSuccess?.(r);
              } catch (e) {
                onError?.(e as Error);
              }
            }}
          >
            <Button>选择文件上传</Button>
          </Upload>
        </Form.Item>
      ))}
      {envelope.length > 0 && (
        <Collapse
          size="small"
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'env',
              label: '办理日期与补录说明（不填为今天办理）',
              // drawn with the form (a draft restores into it); on 办案程序 only when opened
              forceRender: !preview,
              children: envelope.map(([k, s]) => <Field key={k} name={[k]} fieldKey={k} schema={s} required={required.has(k)} ctx={ctx} />),
            },
          ]}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="step-error" />}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} disabled={preview} data-testid={preview ? undefined : 'step-submit'}>
          提交「{step.id}」
        </Button>
      </Space>
    </Form>
  );
}
