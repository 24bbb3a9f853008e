// What a step recorded, readable: each field under its Chinese title, people by name,
// amounts in 元, articles in words, measures as chosen, parties with their identity.
import { Descriptions, Typography } from 'antd';
import { articleWords, choiceWords, yuan, type DecisionMeasureView, type MeasureChoice } from '../format';
import { ENVELOPE, labelOf, typeOf, type JsonSchema } from './schema';

export interface ViewContext {
  names: Record<string, string>;
  measures?: DecisionMeasureView[];
  deadlines?: Array<{ id: string; label: string }>;
  /** attachments by hash: a link to view them */
  attachmentLink?: (sha256: string) => string;
}

const person = (ctx: ViewContext, a: unknown) => ctx.names[String(a)] ?? '未登记人员';

export function valueText(schema: JsonSchema, v: unknown, ctx: ViewContext): React.ReactNode {
  if (v === undefined || v === null || v === '') return '—';
  switch (schema.widget) {
    case 'money':
      return typeof v === 'number' ? yuan(v) : String(v);
    case 'officers':
    case 'users':
      return Array.isArray(v) ? v.map((a) => person(ctx, a)).join('、') : person(ctx, v);
    case 'user':
      return person(ctx, v);
    case 'violation':
      return articleWords(v as { 法规: string; 条: number; 项?: number });
    case 'measures':
      return Array.isArray(v) ? (v as MeasureChoice[]).map((c) => choiceWords(c, ctx.measures)).join('；') || '无' : '—';
    case 'boolean':
      return v ? '是' : '否';
    case 'deadline':
      return ctx.deadlines?.find((d) => d.id === v)?.label ?? String(v);
    case 'parties':
      return Array.isArray(v)
        ? v.map((p: Record<string, string>, i) => (
            <div key={i}>
              {p['角色'] === '当事人' ? '' : `${p['角色']}：`}
              {p['名称']}（{p['类型']}，{p['主体类别']}；{p['证件类型']} {p['证件号码']}；住所 {p['住所']}
              {p['法定代表人'] ? `；法定代表人 ${p['法定代表人']}` : ''}
              {p['联系电话'] ? `；电话 ${p['联系电话']}` : ''}）
            </div>
          ))
        : '—';
    case 'mitigation': {
      const m = v as { flags?: string[]; otherBasis?: string };
      return [...(m.flags ?? []), ...(m.otherBasis ? [m.otherBasis] : [])].join('；') || '无';
    }
    default:
      break;
  }
  const t = typeOf(schema);
  if (t === 'object' && schema.properties && v && typeof v === 'object') return <FieldsView schema={schema} value={v as Record<string, unknown>} ctx={ctx} nested />;
  if (Array.isArray(v)) {
    if (schema.items && typeOf(schema.items) === 'object') {
      return v.map((row, i) => (
        <div key={i} style={{ marginBottom: 4 }}>
          {Object.entries(schema.items!.properties ?? {})
            .filter(([k]) => (row as Record<string, unknown>)[k] !== undefined)
            .map(([k, s]) => {
              const x = (row as Record<string, unknown>)[k];
              if (k === '附件' && typeof x === 'string' && ctx.attachmentLink) return <span key={k}>　<a href={ctx.attachmentLink(x)} target="_blank" rel="noreferrer">查看附件</a></span>;
              return <span key={k}>{k === Object.keys(schema.items!.properties ?? {})[0] ? '' : '；'}{labelOf(k, s)}：{valueText(s, x, ctx)}</span>;
            })}
        </div>
      ));
    }
    return v.map(String).join('、') || '无';
  }
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'object') return '（已记录）';
  return <span style={{ whiteSpace: 'pre-wrap' }}>{String(v)}</span>;
}

/** The fields of a recorded input under their titles (fields the schema does not know are left out). */
export function FieldsView({ schema, value, ctx, nested }: { schema: JsonSchema; value: Record<string, unknown>; ctx: ViewContext; nested?: boolean }) {
  const entries = Object.entries(schema.properties ?? {}).filter(([k]) => value[k] !== undefined && !(ENVELOPE.includes(k) && nested));
  if (!entries.length) return <Typography.Text type="secondary">（无填写内容）</Typography.Text>;
  return (
    <Descriptions size="small" column={1} bordered={!nested} styles={{ label: { width: nested ? 140 : 180, whiteSpace: 'nowrap' } }}>
      {entries.map(([k, s]) => (
        <Descriptions.Item key={k} label={labelOf(k, s)}>
          {valueText(s, value[k], ctx)}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
