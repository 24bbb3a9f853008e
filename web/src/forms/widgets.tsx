// The controls of a step form, one per `widget` of the input schema, over antd Form:
// Chinese labels from the schema's titles, pickers for closed lists, people by name,
// dates from a calendar, amounts in 元 with 大写 (stored in 分), the party form with its
// identity checks, the article picker, the measures chosen within the case's decision.
import { useEffect, useState } from 'react';
import { Alert, AutoComplete, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Table, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { capitalYuan } from '../../../src/law/money.js';
import { isResidentIdNumber, isUnifiedSocialCreditCode } from '../../../src/cases/steps/identity.js';
import { api, qs } from '../api';
import { articlesInText, choiceWords, measureName, rangeWords, yuan, type DecisionMeasureView, type MeasureChoice } from '../format';
import { certifiedOfficers } from '../people';
import { labelOf, typeOf, type FormContext, type JsonSchema } from './schema';

type NamePath = Array<string | number>;
interface ControlProps<T> {
  id?: string;
  value?: T;
  onChange?: (v: T | undefined) => void;
}

/** 行政处罚法 第三十二条 grounds a 减轻 record may name. */
export const MITIGATION_FLAGS = ['主动消除或者减轻危害后果', '受他人胁迫或者诱骗', '主动供述', '立功表现', '违法行为轻微', '初次违法', '危害后果轻微', '及时改正'];

export function DateInput({ id, value, onChange, today }: ControlProps<string> & { today: string }) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      format="YYYY-MM-DD"
      placeholder="选择日期"
      style={{ width: 200 }}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : undefined)}
    />
  );
}

/** An amount entered in 元 (two decimals), kept as integer 分, with the 大写 beside it. */
export function MoneyInput({ id, value, onChange, testId }: ControlProps<number> & { testId?: string }) {
  let capital = '';
  try {
    capital = value !== undefined && value !== null ? capitalYuan(value) : '';
  } catch {
    capital = '';
  }
  return (
    <Space wrap>
      <InputNumber<number>
        id={id}
        data-testid={testId}
        value={value === undefined || value === null ? null : value / 100}
        min={0}
        precision={2}
        step={100}
        style={{ width: 220 }}
        suffix="元"
        placeholder="金额（元）"
        onChange={(y) => onChange?.(y === null || y === undefined ? undefined : Math.round(y * 100))}
      />
      {capital && <Typography.Text type="secondary">大写：{capital}</Typography.Text>}
    </Space>
  );
}

/** Several lines of text, one item per line (a list of short texts). */
function LinesInput({ id, value, onChange }: ControlProps<string[]>) {
  return (
    <Input.TextArea
      id={id}
      autoSize={{ minRows: 2, maxRows: 10 }}
      placeholder="每行一项"
      value={(value ?? []).join('\n')}
      onChange={(e) => {
        const lines = e.target.value.split('\n');
        onChange?.(lines.map((l) => l.trim()).some(Boolean) ? e.target.value.split('\n') : []);
      }}
      onBlur={() => onChange?.((value ?? []).map((l) => l.trim()).filter(Boolean))}
    />
  );
}

/** The article the violation falls under, picked from the case item's articles and their 项. */
function ViolationSelect({ id, value, onChange, ctx }: ControlProps<{ 法规: string; 条: number; 项?: number }> & { ctx: FormContext }) {
  const options = ctx.violations ?? [];
  const key = (v: { 法规: string; 条: number; 项?: number }) => `${v.法规}|${v.条}|${v.项 ?? ''}`;
  const chosen = value ? options.find((o) => key(o) === key(value)) : undefined;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Select
        id={id}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="选择违法行为所违反的条文"
        value={value ? key(value) : undefined}
        options={options.map((o) => ({ value: key(o), label: o.label }))}
        onChange={(k: string) => {
          const o = options.find((x) => key(x) === k);
          onChange?.(o ? { 法规: o.法规, 条: o.条, ...(o.项 ? { 项: o.项 } : {}) } : undefined);
        }}
        notFoundContent="本案事项没有登记可选的条文"
      />
      {chosen?.text && <Typography.Text type="secondary">条文：{chosen.text}</Typography.Text>}
    </Space>
  );
}

/** The measures of the case's computed decision: which, and how much within each range. */
export function MeasuresEditor({ id, value, onChange, ctx }: ControlProps<MeasureChoice[]> & { ctx: FormContext }) {
  const decision = ctx.case?.penalty.decision;
  if (!decision) return <Alert type="warning" showIcon title="本案尚未计算处罚（须先完成调查终结，认定违法条文和事实）" />;
  const measures = decision.measures.filter((m) => !m.referral && m.kind !== '教育');
  const referrals = decision.measures.filter((m) => m.referral);
  const chosen = value ?? [];
  const set = (measureId: string, patch: Partial<MeasureChoice> | null) => {
    const rest = chosen.filter((c) => c.measureId !== measureId);
    if (patch === null) return onChange?.(rest);
    const prev = chosen.find((c) => c.measureId === measureId) ?? { measureId };
    const next = [...rest, { ...prev, ...patch }];
    onChange?.(measures.map((m) => next.find((c) => c.measureId === m.id)).filter((c): c is MeasureChoice => !!c));
  };
  const tier = decision.discretion;
  return (
    <div id={id} data-testid="measures-editor">
      <Table<DecisionMeasureView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={measures}
        columns={[
          {
            title: '采用',
            width: 60,
            render: (_, m) => (
              <Checkbox
                aria-label={`采用${measureName(m)}`}
                checked={chosen.some((c) => c.measureId === m.id)}
                onChange={(e) => set(m.id, e.target.checked ? (m.minFen !== undefined ? { amountFen: Math.max(m.minFen, tier?.measureId === m.id && !tier.outsideStatutoryRange ? tier.range.minFen ?? 0 : 0) } : m.minMonths !== undefined ? { months: m.minMonths } : m.minYears !== undefined ? { years: m.minYears } : {}) : null)}
              />
            ),
          },
          {
            title: '措施及依据',
            width: 260,
            render: (_, m) => (
              <div>
                <span>{measureName(m)}{m.mandatory ? <Tag color="red" style={{ marginLeft: 4 }}>应当</Tag> : <Tag style={{ marginLeft: 4 }}>可以</Tag>}</span>
                <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.citation.text}</Typography.Text></div>
              </div>
            ),
          },
          {
            title: '法定幅度',
            width: 170,
            render: (_, m) => (
              <div>
                <div>{rangeWords(m)}</div>
                {tier?.measureId === m.id && (
                  <Typography.Text type="success" style={{ fontSize: 12 }}>
                    裁量基准：{tier.tier}（{tier.range.minFen !== undefined ? yuan(tier.range.minFen) : '—'}至{tier.range.maxFen !== undefined ? yuan(tier.range.maxFen) : '—'}）
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: '决定数额',
            render: (_, m) => {
              const c = chosen.find((x) => x.measureId === m.id);
              if (!c) return <Typography.Text type="secondary">不采用</Typography.Text>;
              if (m.minFen !== undefined || m.maxFen !== undefined) return <MoneyInput testId={`measure-amount-${m.kind}`} value={c.amountFen} onChange={(v) => set(m.id, { amountFen: v })} />;
              if (m.amountFen !== undefined) return yuan(m.amountFen);
              if (m.minMonths !== undefined || m.maxMonths !== undefined)
                return <InputNumber min={0} max={240} precision={0} suffix="个月" value={c.months} onChange={(v) => set(m.id, { months: v ?? undefined })} />;
              if (m.minYears !== undefined || m.maxYears !== undefined)
                return <InputNumber min={0} max={20} precision={0} suffix="年" value={c.years} onChange={(v) => set(m.id, { years: v ?? undefined })} />;
              return '—';
            },
          },
        ]}
      />
      {referrals.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          移送其他机关：{referrals.map((m) => `${measureName(m)}（${m.authority ?? '有关主管部门'}）`).join('；')}
        </Typography.Paragraph>
      )}
      {tier && tier.grounds.length > 0 && <Typography.Paragraph type="secondary">裁量情节：{tier.grounds.map(articlesInText).join('；')}</Typography.Paragraph>}
    </div>
  );
}

/** The minimum lawful choice a new measures form starts from (mandatory measures at their lower end). */
export function defaultChoices(ctx: FormContext): MeasureChoice[] {
  const p = ctx.case?.penalty;
  if (!p?.decision) return [];
  if (p.notified?.length) return p.notified;
  const tier = p.decision.discretion;
  return p.decision.measures
    .filter((m) => m.mandatory && !m.referral && m.kind !== '教育' && !(m.condition && !m.penalty && m.kind !== '责令退回'))
    .map((m) => {
      const c: MeasureChoice = { measureId: m.id };
      if (m.minFen !== undefined) c.amountFen = Math.max(m.minFen, tier?.measureId === m.id && !tier.outsideStatutoryRange ? tier.range.minFen ?? 0 : 0);
      else if (m.amountFen !== undefined) c.amountFen = m.amountFen;
      if (m.minMonths !== undefined) c.months = m.minMonths;
      if (m.minYears !== undefined) c.years = m.minYears;
      return c;
    });
}

/** An uploaded file: its content hash (the file goes to /api/attachments first). */
function FileInput({ id, value, onChange, name, onUploaded }: ControlProps<string> & { name: string; onUploaded?: (a: { name: string; sha256: string; size: number; fileName?: string }) => void }) {
  const [file, setFile] = useState<string>();
  return (
    <Upload
      maxCount={1}
      showUploadList={false}
      customRequest={async ({ file: f, onSuccess, onError }) => {
        try {
          const r = await api.upload<{ name: string; sha256: string; size: number; fileName?: string }>(`/api/attachments${qs({ name: name || '证据', fileName: (f as File).name })}`, f as File);
          setFile((f as File).name);
          onChange?.(r.sha256);
          onUploaded?.(r);
          onSuccess?.(r);
        } catch (e) {
          onError?.(e as Error);
        }
      }}
    >
      <Button id={id}>{value ? `已上传：${file ?? '文件'}（重新选择）` : '选择文件上传'}</Button>
    </Upload>
  );
}

interface LibraryEntryView { id: number; kind: string; name: string; category?: string; unit?: string; qualification?: string; active: boolean }
const libraryCache = new Map<string, Promise<LibraryEntryView[]>>();

/**
 * 飞行检查办法 第六条: a 被检查对象 or an expert from the case's jurisdiction's library — the active
 * entries are offered, and choosing one fills the row's 类别 (or 单位、专业、身份). A name typed by
 * hand is checked against the library when the step is submitted.
 */
function LibraryPick({ id, value, onChange, kind, jurisdiction, row, maxLength }: ControlProps<string> & { kind: '被检查对象' | '专家'; jurisdiction?: string; row: Array<string | number>; maxLength?: number }) {
  const form = Form.useFormInstance();
  const [entries, setEntries] = useState<LibraryEntryView[]>([]);
  useEffect(() => {
    if (!jurisdiction) return;
    const key = `${jurisdiction}|${kind}`;
    if (!libraryCache.has(key)) {
      libraryCache.set(key, api.get<{ entries: LibraryEntryView[] }>(`/api/flying-libraries${qs({ jurisdiction, kind })}`).then((r) => r.entries.filter((e) => e.active), () => []));
    }
    let live = true;
    void libraryCache.get(key)!.then((list) => live && setEntries(list));
    return () => {
      live = false;
    };
  }, [jurisdiction, kind]);
  const options = entries.map((e) => ({ value: e.name, label: `${e.name}（${[e.category, e.unit, e.qualification].filter(Boolean).join('，')}）` }));
  return (
    <AutoComplete
      id={id}
      value={value}
      options={options}
      maxLength={maxLength}
      placeholder={entries.length ? `从${kind === '专家' ? '专家库' : '被检查对象库'}中选择，或输入` : '输入名称'}
      filterOption={(input, o) => String(o?.label ?? '').includes(input)}
      onChange={(v) => onChange?.(v)}
      onSelect={(v: string) => {
        const e = entries.find((x) => x.name === v);
        if (!e) return;
        if (kind === '被检查对象') form.setFieldValue([...row, '类别'], e.category);
        else {
          form.setFieldValue([...row, '单位'], e.unit);
          form.setFieldValue([...row, '专业'], e.category);
          form.setFieldValue([...row, '身份'], '专家');
        }
      }}
    />
  );
}

interface FieldProps {
  name: NamePath;
  fieldKey: string;
  schema: JsonSchema;
  required: boolean;
  ctx: FormContext;
  /** evidence files also go into the step's attachments */
  onUploaded?: (a: { name: string; sha256: string; size: number; fileName?: string }) => void;
  /** the full path of this field from the form root (inside a Form.List `name` is relative) */
  fullName?: NamePath;
}

const requiredRule = (label: string, required: boolean, kind: 'text' | 'pick' = 'text') => (required ? [{ required: true, message: `${kind === 'pick' ? '请选择' : '请填写'}${label}` }] : []);

/** One field of a step form, by its widget (and type, for nested objects and lists). */
export function Field({ name, fieldKey, schema, required, ctx, onUploaded, fullName }: FieldProps) {
  const label = labelOf(fieldKey, schema);
  const t = typeOf(schema);
  const w = schema.widget;
  const extra = schema.description;
  const item = { name, label, extra, 'data-field': fieldKey } as const;
  const full = fullName ?? name;

  // nested objects (认定的事实, 金额, 举报人 …): a group of their own fields
  if ((t === 'object' && schema.properties && w !== 'violation' && w !== 'mitigation') || (w === 'facts' && schema.properties)) {
    return (
      <Card size="small" title={label} style={{ marginBottom: 16 }} data-field={fieldKey}>
        {extra && <Typography.Paragraph type="secondary">{extra}</Typography.Paragraph>}
        {Object.entries(schema.properties!).map(([k, s]) => (
          <Field key={k} name={[...name, k]} fullName={[...full, k]} fieldKey={k} schema={s} required={!!schema.required?.includes(k) && required} ctx={ctx} onUploaded={onUploaded} />
        ))}
      </Card>
    );
  }

  switch (w) {
    case 'date':
      return (
        <Form.Item {...item} rules={requiredRule(label, required, 'pick')}>
          <DateInput today={ctx.today} />
        </Form.Item>
      );
    case 'select':
    case 'pause':
    case 'deadline': {
      let options = (schema.enum ?? []).map((v) => ({ value: v, label: v }));
      if (w === 'deadline') options = (ctx.case?.deadlines ?? []).filter((d) => d.status === 'open').map((d) => ({ value: d.id, label: `${d.label}（届满 ${d.due.slice(0, 10)}）` }));
      if (w === 'pause') options = [...new Set((ctx.case?.deadlines ?? []).flatMap((d) => d.excludes ?? []))].map((k) => ({ value: k, label: k }));
      return (
        <Form.Item {...item} rules={requiredRule(label, required, 'pick')}>
          <Select placeholder={`选择${label}`} options={options} allowClear={!required} notFoundContent="没有可选项" />
        </Form.Item>
      );
    }
    case 'multiselect':
      return (
        <Form.Item {...item} rules={requiredRule(label, required, 'pick')}>
          <Select mode="multiple" placeholder={`选择${label}（可多选）`} options={(schema.items?.enum ?? []).map((v) => ({ value: v, label: v }))} allowClear />
        </Form.Item>
      );
    case 'boolean':
      return (
        <Form.Item {...item} valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
      );
    case 'integer':
      return (
        <Form.Item {...item} rules={requiredRule(label, required)}>
          <InputNumber precision={0} min={schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined)} max={schema.maximum} style={{ width: 200 }} placeholder="整数" />
        </Form.Item>
      );
    case 'money':
      return (
        <Form.Item {...item} rules={requiredRule(label, required)}>
          <MoneyInput testId={`money-${fieldKey}`} />
        </Form.Item>
      );
    case 'officers': {
      const officers = ctx.case ? certifiedOfficers(ctx.people, ctx.case.jurisdiction.path, ctx.today) : ctx.people.filter((p) => p.roles.includes('执法人员') && p.certificate);
      const min = schema.minItems ?? 1;
      return (
        <Form.Item {...item} rules={[...requiredRule(label, required, 'pick'), { validator: (_, v?: string[]) => (!required || (v?.length ?? 0) >= min ? Promise.resolve() : Promise.reject(new Error(`${label}不少于${min}人`))) }]}>
          <Select mode="multiple" placeholder={`选择${label}（不少于${min}人）`} options={officers.map((p) => ({ value: p.name, label: `${p.displayName}（执法证 ${p.certificate?.no}）` }))} optionFilterProp="label" notFoundContent="本辖区没有持有效执法证的执法人员" />
        </Form.Item>
      );
    }
    case 'user':
    case 'users': {
      const people = ctx.people.filter((p) => (!schema.role || p.roles.includes(schema.role)) && (!ctx.case || ctx.case.jurisdiction.path.startsWith(p.jurisdiction) || p.jurisdiction.startsWith(ctx.case.jurisdiction.path)));
      const min = schema.minItems ?? 1;
      return (
        <Form.Item {...item} rules={[...requiredRule(label, required, 'pick'), ...(w === 'users' ? [{ validator: (_: unknown, v?: string[]) => (!required || (v?.length ?? 0) >= min ? Promise.resolve() : Promise.reject(new Error(`${label}不少于${min}人`))) }] : [])]}>
          <Select mode={w === 'users' ? 'multiple' : undefined} placeholder={`选择${label}`} options={people.map((p) => ({ value: p.name, label: `${p.displayName}（${p.roles.join('、')}）` }))} optionFilterProp="label" allowClear={!required} notFoundContent={schema.role ? `本辖区没有${schema.role}` : '没有可选的人员'} />
        </Form.Item>
      );
    }
    case 'violation':
      return (
        <Form.Item {...item} rules={requiredRule(label, required, 'pick')}>
          <ViolationSelect ctx={ctx} />
        </Form.Item>
      );
    case 'measures':
      return (
        <Form.Item {...item} rules={requiredRule(label, required, 'pick')}>
          <MeasuresEditor ctx={ctx} />
        </Form.Item>
      );
    case 'measure': {
      // one of the decided penalties still to be carried out (暂停医药服务 …); fines are paid, not "executed"
      const d = ctx.case?.penalty;
      const options = (d?.decided?.kind === '行政处罚' && d.decision ? d.decided.measures : [])
        .map((c) => ({ c, m: d!.decision!.measures.find((m) => m.id === c.measureId) }))
        .filter((x): x is { c: MeasureChoice; m: DecisionMeasureView } => !!x.m && x.m.penalty && !x.m.referral && !['罚款', '没收违法所得', '警告'].includes(x.m.kind))
        .map(({ c, m }) => ({ value: m.kind, label: choiceWords(c, d!.decision!.measures) }));
      return (
        <Form.Item {...item} rules={requiredRule(label, required, 'pick')}>
          <Select placeholder={`选择${label}`} options={options} notFoundContent="本案决定中没有待执行的处罚（罚款以“缴款”登记）" />
        </Form.Item>
      );
    }
    case 'payer': {
      // the payers the decision names (the 当事人, a responsible person for his own fine), by name and role
      const parties = (ctx.case?.parties ?? []) as Array<{ 名称?: string; 角色?: string }>;
      const lines = ctx.execution?.lines ?? [];
      const names = [...new Set(lines.length ? lines.map((l) => l.payer) : parties.map((p) => p.名称).filter((n): n is string => !!n))];
      const options = names.map((n) => {
        const role = parties.find((p) => p.名称 === n)?.角色 ?? '当事人';
        const owed = lines.filter((l) => l.payer === n && l.outstandingFen > 0).map((l) => `${l.kind}尚欠 ${yuan(l.outstandingFen)}`);
        return { value: n, label: `${n}（${role}）${owed.length ? `：${owed.join('，')}` : ''}` };
      });
      return (
        <Form.Item {...item} rules={requiredRule(label, required, 'pick')}>
          <Select placeholder={`选择${label}`} options={options} allowClear={!required} notFoundContent="本案决定没有应缴款项" />
        </Form.Item>
      );
    }
    case 'caseEvidence': {
      // 暂行规定第十九条第四款: only the evidence this case has registered, by the names the case file shows
      const options = (ctx.evidence ?? []).map((n) => ({ value: n, label: n }));
      return (
        <Form.Item {...item} rules={requiredRule(label, required, 'pick')}>
          <Select mode="multiple" placeholder={`选择${label}`} options={options} notFoundContent="本案尚未登记证据：先办理“调查取证”或“登记证据”" />
        </Form.Item>
      );
    }
    case 'libraryTarget':
    case 'libraryMember':
      return (
        <Form.Item {...item} rules={requiredRule(label, required)}>
          <LibraryPick kind={w === 'libraryTarget' ? '被检查对象' : '专家'} jurisdiction={ctx.case?.jurisdiction?.path} row={full.slice(0, -1)} maxLength={schema.maxLength} />
        </Form.Item>
      );
    case 'suspect': {
      // 暂行规定第十八条第一款第（三）项: one of the case's 疑点, those not yet explained first
      const list = [...(ctx.suspects ?? [])].sort((a, b) => a.说明.length - b.说明.length);
      const options = list.map((s) => ({ value: s.编号, label: `${s.编号}：${s.内容}${s.说明.length ? '（已有说明）' : ''}` }));
      return (
        <Form.Item {...item} rules={requiredRule(label, required, 'pick')}>
          <Select showSearch optionFilterProp="label" placeholder={`选择${label}`} options={options} notFoundContent="本案没有疑点数据：先办理“调取疑点数据”" />
        </Form.Item>
      );
    }
    case 'reviewSituations': {
      // 暂行规定第三十七条第一款第（五）项: the situations the case's jurisdiction lists, each with its rule
      const options = (ctx.reviewSituations ?? []).map((s) => ({ value: s.text, label: `${s.text}（${s.citation}）` }));
      return (
        <Form.Item {...item} rules={requiredRule(label, required, 'pick')}>
          <Select mode="multiple" placeholder={options.length ? `选择${label}（没有则不选）` : '本辖区未录入本地法制审核目录'} disabled={!options.length} options={options} allowClear />
        </Form.Item>
      );
    }
    case 'installments':
      return <ObjectList {...{ name, fieldKey, schema, required, ctx, onUploaded, fullName: full }} />;
    case 'mitigation':
      return (
        <Card size="small" title={label} style={{ marginBottom: 16 }} data-field={fieldKey}>
          <Form.Item name={[...name, 'flags']} label="减轻情形">
            <Select mode="multiple" placeholder="选择减轻情形（可多选）" options={MITIGATION_FLAGS.filter((f) => (schema.properties?.flags?.items?.enum ?? MITIGATION_FLAGS).includes(f)).map((f) => ({ value: f, label: f }))} allowClear />
          </Form.Item>
          <Form.Item name={[...name, 'otherBasis']} label="其他减轻的法律依据" extra="法律、法规、规章规定的其他减轻情形，写明条文">
            <Input maxLength={500} />
          </Form.Item>
        </Card>
      );
    case 'list':
      if (schema.items && typeOf(schema.items) === 'object') return <ObjectList {...{ name, fieldKey, schema, required, ctx, onUploaded, fullName: full }} />;
      return (
        <Form.Item {...item} rules={requiredRule(label, required)}>
          <LinesInput />
        </Form.Item>
      );
    case 'findings':
    case 'evidence':
    case 'parties':
    case 'qa':
      return <ObjectList {...{ name, fieldKey, schema, required, ctx, onUploaded, fullName: full }} />;
    case 'textarea':
      return (
        <Form.Item {...item} rules={requiredRule(label, required)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 12 }} maxLength={schema.maxLength} showCount={!!schema.maxLength && schema.maxLength > 500} />
        </Form.Item>
      );
    case 'text':
      if (fieldKey === '附件' && t === 'string') {
        return (
          <Form.Item {...item}>
            <FileInput name={String(name[name.length - 2] ?? label)} onUploaded={onUploaded} />
          </Form.Item>
        );
      }
      return (
        <Form.Item {...item} rules={requiredRule(label, required)}>
          <Input maxLength={schema.maxLength} placeholder={schema.placeholder} />
        </Form.Item>
      );
    default:
      break;
  }
  // by type when a field names no widget (fields of list items)
  if (schema.enum) {
    return (
      <Form.Item {...item} rules={requiredRule(label, required, 'pick')}>
        <Select placeholder={`选择${label}`} options={schema.enum.map((v) => ({ value: v, label: v }))} />
      </Form.Item>
    );
  }
  if (t === 'string' && fieldKey === '附件') {
    return (
      <Form.Item {...item}>
        <FileInput name={label} onUploaded={onUploaded} />
      </Form.Item>
    );
  }
  if (t === 'string') {
    return (
      <Form.Item {...item} rules={requiredRule(label, required)}>
        {(schema.maxLength ?? 0) > 200 ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={schema.maxLength} /> : <Input maxLength={schema.maxLength} />}
      </Form.Item>
    );
  }
  if (t === 'integer' || t === 'number') {
    return (
      <Form.Item {...item} rules={requiredRule(label, required)}>
        <InputNumber precision={t === 'integer' ? 0 : undefined} min={schema.minimum} max={schema.maximum} />
      </Form.Item>
    );
  }
  if (t === 'boolean') {
    return (
      <Form.Item {...item} valuePropName="checked">
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
    );
  }
  if (t === 'array' && schema.items && typeOf(schema.items) === 'object') return <ObjectList {...{ name, fieldKey, schema, required, ctx, onUploaded, fullName: full }} />;
  if (t === 'array') {
    return (
      <Form.Item {...item} rules={requiredRule(label, required)}>
        <LinesInput />
      </Form.Item>
    );
  }
  return (
    <Alert type="error" showIcon data-testid="unsupported-field" title={`表单不支持字段「${label}」`} />
  );
}

/** Rows of an object (当事人, 证据, 处置结果, 协议处理措施): add and remove, each with its own fields. */
function ObjectList({ name, fieldKey, schema, required, ctx, onUploaded, fullName }: FieldProps) {
  const label = labelOf(fieldKey, schema);
  const itemSchema = schema.items ?? {};
  const props = itemSchema.properties ?? {};
  const min = schema.minItems ?? 0;
  const form = Form.useFormInstance();
  const isParties = schema.widget === 'parties';
  const isInstalments = schema.widget === 'installments';
  const rowsNow = Form.useWatch(fullName ?? name, form) as Array<{ amountFen?: number }> | undefined;
  const total = isInstalments ? (rowsNow ?? []).reduce((a, r) => a + (r?.amountFen ?? 0), 0) : 0;
  return (
    <Form.List
      name={name}
      // a required list that needs rows starts with one (its fields visible at once); an optional
      // one (询问笔录 at 调查取证 …) starts empty, its rows added when there is something to record
      {...(min > 0 && required && !isParties ? { initialValue: [{}] } : {})}
      rules={required && min > 0 ? [{ validator: async (_, rows?: unknown[]) => ((rows?.length ?? 0) >= min ? undefined : Promise.reject(new Error(`请添加${label}`))) }] : []}
    >
      {(fields, { add, remove }, { errors }) => (
        <Card size="small" title={<span>{label}{required && <Typography.Text type="danger"> *</Typography.Text>}</span>} style={{ marginBottom: 16 }} data-field={fieldKey}>
          {schema.description && <Typography.Paragraph type="secondary">{schema.description}</Typography.Paragraph>}
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              type="inner"
              title={isInstalments ? `第 ${i + 1} 期` : `${isParties ? '' : label}第 ${i + 1} ${isParties ? '名' : '项'}`}
              extra={<Button size="small" danger onClick={() => remove(f.name)}>删除</Button>}
              style={{ marginBottom: 8 }}
            >
              {Object.entries(props).map(([k, s]) => {
                const req = !!itemSchema.required?.includes(k);
                if (isParties && k === '证件号码') {
                  const lbl = labelOf(k, s);
                  return (
                    <Form.Item
                      key={k}
                      name={[f.name, k]}
                      label={lbl}
                      data-field={k}
                      dependencies={[[...(fullName ?? name), f.name, '证件类型']]}
                      rules={[
                        { required: true, message: `请填写${lbl}` },
                        {
                          validator: async (_, v?: string) => {
                            const kind = form.getFieldValue([...(fullName ?? name), f.name, '证件类型']);
                            const id = (v ?? '').trim().toUpperCase();
                            if (!id) return;
                            if (kind === '居民身份证' && !isResidentIdNumber(id)) throw new Error('居民身份证号码校验不通过（应为18位，出生日期或末位校验码有误）');
                            if (kind === '统一社会信用代码' && !isUnifiedSocialCreditCode(id)) throw new Error('统一社会信用代码校验不通过（应为18位，末位为校验码）');
                          },
                        },
                      ]}
                      normalize={(v: string) => v?.toUpperCase()}
                    >
                      <Input maxLength={40} />
                    </Form.Item>
                  );
                }
                return <Field key={k} name={[f.name, k]} fullName={[...(fullName ?? name), f.name, k]} fieldKey={k} schema={s} required={req} ctx={ctx} onUploaded={onUploaded} />;
              })}
            </Card>
          ))}
          <Button type="dashed" onClick={() => add(isParties ? { 角色: fields.length ? '直接负责的主管人员和其他直接责任人员' : '当事人' } : {})} block>
            添加{isParties ? (fields.length ? '直接责任人员' : '当事人') : isInstalments ? '一期' : label}
          </Button>
          {isInstalments && fields.length > 0 && (
            <Typography.Paragraph style={{ marginTop: 8 }} data-testid="installments-total">
              合计：{yuan(total)}{total > 0 ? `（大写：${capitalYuan(total)}）` : ''}
            </Typography.Paragraph>
          )}
          <Form.ErrorList errors={errors} />
        </Card>
      )}
    </Form.List>
  );
}
