// 委托执法 (医疗保障行政处罚程序暂行规定 第八条): the 委托书 of the bureau and those below it. The
// bureau's heads register one — 受托组织, 委托事项 (kinds of power or catalog items), 权限 (the steps
// the organisation may take; 行政强制措施 are never offered) and 起止日期 — which is published on
// the portal at once, and may end one early with a reason.
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, qs } from '../api';
import { can, useMe } from '../Console';
import type { DelegatedMatter, Delegation as StoredDelegation } from '../../../src/cases/engine/types.js';

/** A 委托书 as the server keeps it, with its state today. */
export type Delegation = StoredDelegation & { 状态: '未生效' | '有效' | '已届满' | '已终止' };
interface Powers { kind: string; procedures: Array<{ id: string; name: string; steps: string[] }> }
interface ItemRow { catalogId: string; catalogTitle: string; seq: number; name: string; kind: string }

const STATUS_COLOURS: Record<Delegation['状态'], string> = { 未生效: 'default', 有效: 'green', 已届满: 'orange', 已终止: 'red' };

export const matterText = (m: DelegatedMatter) => ('类别' in m ? `${m.类别}（全部事项）` : m.名称);

export default function Delegations() {
  const me = useMe();
  const { message } = App.useApp();
  const [rows, setRows] = useState<Delegation[]>();
  const [powers, setPowers] = useState<Powers[]>([]);
  const [items, setItems] = useState<ItemRow[]>([]);
  const [open, setOpen] = useState(false);
  const [ending, setEnding] = useState<Delegation>();
  const [form] = Form.useForm();
  const [endForm] = Form.useForm();
  const kinds = (Form.useWatch('kinds', form) as string[] | undefined) ?? [];
  const chosenItems = (Form.useWatch('items', form) as string[] | undefined) ?? [];
  const load = () => api.get<Delegation[]>('/api/delegations').then(setRows, (e) => message.error(e.message));
  useEffect(() => {
    void load();
    api.get<Powers[]>('/api/delegation-powers').then(setPowers, (e) => message.error(e.message));
  }, []);
  const searchItems = (q: string) => {
    if (!q.trim()) return;
    api.get<{ items: ItemRow[] }>(`/api/catalog-items${qs({ q })}`).then((r) => setItems(r.items.filter((i) => i.kind !== '行政强制').slice(0, 50)), () => undefined);
  };
  const itemKey = (i: ItemRow) => `${i.catalogId}#${i.seq}`;
  // the steps of the procedures of the kinds chosen (and of the chosen items' kinds)
  const stepOptions = useMemo(() => {
    const wanted = new Set([...kinds, ...chosenItems.map((k) => items.find((i) => itemKey(i) === k)?.kind).filter((k): k is string => !!k)]);
    return powers
      .filter((p) => wanted.has(p.kind))
      .flatMap((p) => p.procedures.map((proc) => ({ label: `${p.kind}：${proc.name}`, options: proc.steps.map((s) => ({ value: s, label: s })) })));
  }, [kinds, chosenItems, items, powers]);
  const allSteps = [...new Set(stepOptions.flatMap((g) => g.options.map((o) => o.value)))];

  const register = async () => {
    const v = await form.validateFields();
    const [from, to] = v.term as [Dayjs, Dayjs];
    const body = {
      文号: v.文号, 受托组织名称: v.受托组织名称, 统一社会信用代码: v.统一社会信用代码,
      委托事项: [
        ...(v.kinds ?? []).map((k: string) => ({ 类别: k })),
        ...(v.items ?? []).map((k: string) => ({ 事项: k, 名称: items.find((i) => itemKey(i) === k)?.name ?? k })),
      ],
      权限: v.权限, 起始日期: from.format('YYYY-MM-DD'), 截止日期: to.format('YYYY-MM-DD'),
    };
    try {
      await api.post('/api/delegations', body);
      message.success('委托书已登记并公示');
      setOpen(false);
      form.resetFields();
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const end = async () => {
    const v = await endForm.validateFields();
    try {
      await api.post(`/api/delegations/${ending!.id}/end`, { 终止日期: (v.终止日期 as Dayjs).format('YYYY-MM-DD'), 理由: v.理由 });
      message.success('已终止委托，公示已更新');
      setEnding(undefined);
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const writer = can(me, 'delegation.write');
  return (
    <Card title="委托执法：委托书" extra={writer && <Button type="primary" data-testid="delegation-new" onClick={() => setOpen(true)}>登记委托书</Button>}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="受委托组织在委托范围内，以委托行政机关的名义实施行政处罚，不得再委托；行政强制措施权不得委托。委托书载明委托的具体事项、权限、期限，登记即向社会公布（《医疗保障行政处罚程序暂行规定》第八条）。"
      />
      <Table<Delegation>
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        size="middle"
        columns={[
          { title: '委托书文号', dataIndex: '文号' },
          { title: '委托机关', render: (_, d) => d.委托机关.name },
          { title: '受托组织', render: (_, d) => <Space orientation="vertical" size={0}><span>{d.受托组织.名称}</span><Typography.Text type="secondary">{d.受托组织.统一社会信用代码}</Typography.Text></Space> },
          { title: '委托事项', render: (_, d) => d.委托事项.map((m) => <Tag key={'类别' in m ? m.类别 : m.事项}>{matterText(m)}</Tag>) },
          { title: '权限（可办理的环节）', render: (_, d) => <Typography.Paragraph style={{ margin: 0, maxWidth: 320 }} ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}>{d.权限.join('、')}</Typography.Paragraph> },
          { title: '期限', render: (_, d) => `${d.起始日期} 至 ${d.截止日期}${d.终止日期 ? `（${d.终止日期} 提前终止）` : ''}` },
          { title: '状态', render: (_, d) => <Tag color={STATUS_COLOURS[d.状态]}>{d.状态}</Tag> },
          ...(writer
            ? [{
                title: '操作',
                render: (_: unknown, d: Delegation) => d.委托机关.jurisdiction === me.jurisdiction.id && d.状态 !== '已终止' && d.状态 !== '已届满' && (
                  <Button size="small" danger onClick={() => { endForm.resetFields(); setEnding(d); }}>提前终止</Button>
                ),
              }]
            : []),
        ]}
      />
      <Modal title="登记委托书" open={open} onOk={register} onCancel={() => setOpen(false)} okText="登记并公示" cancelText="取消" width={720}>
        <Form form={form} layout="vertical">
          <Form.Item label="委托机关">{me.jurisdiction.bureau}</Form.Item>
          <Form.Item name="文号" label="委托书文号" rules={[{ required: true, message: '请填写委托书文号' }]}><Input placeholder="如 阳医保委〔2026〕1号" maxLength={60} /></Form.Item>
          <Space style={{ display: 'flex' }} align="start">
            <Form.Item name="受托组织名称" label="受托组织名称" rules={[{ required: true, min: 2, message: '请填写受托组织名称' }]} style={{ flex: 1 }}><Input maxLength={100} /></Form.Item>
            <Form.Item name="统一社会信用代码" label="统一社会信用代码" rules={[{ required: true, len: 18, message: '应为18位' }]} style={{ width: 240 }}><Input maxLength={18} /></Form.Item>
          </Space>
          <Form.Item name="kinds" label="委托事项：事项类别（该类别的全部事项）" extra="行政强制措施权不得委托，不在可选之列">
            <Checkbox.Group options={powers.map((p) => ({ value: p.kind, label: p.kind }))} />
          </Form.Item>
          <Form.Item name="items" label="委托事项：清单中的具体事项" extra="输入事项名称检索">
            <Select mode="multiple" showSearch filterOption={false} onSearch={searchItems} placeholder="检索事项清单"
              options={items.map((i) => ({ value: itemKey(i), label: `${i.name}（${i.kind}，${i.catalogTitle}第${i.seq}项）` }))} />
          </Form.Item>
          <Form.Item name="权限" label={<Space>权限：受托组织可办理的环节{allSteps.length > 0 && <Button size="small" type="link" onClick={() => form.setFieldValue('权限', allSteps)}>全选</Button>}</Space>}
            rules={[{ required: true, message: '请选择受托组织可办理的环节' }]} extra="先选择委托事项；采取封存等行政强制措施的环节不可委托">
            <Select mode="multiple" options={stepOptions} placeholder="选择办案环节" />
          </Form.Item>
          <Form.Item name="term" label="委托期限" rules={[{ required: true, message: '请选择起止日期' }]}>
            <DatePicker.RangePicker placeholder={['起始日期', '截止日期']} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal title={ending ? `提前终止委托：${ending.文号}` : ''} open={!!ending} onOk={end} onCancel={() => setEnding(undefined)} okText="终止并更新公示" cancelText="取消">
        <Form form={endForm} layout="vertical" initialValues={{ 终止日期: dayjs() }}>
          <Form.Item name="终止日期" label="终止日期（当日终了时委托终止）" rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name="理由" label="终止理由（记入全过程记录）" rules={[{ required: true, min: 2, message: '请写明终止理由' }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
