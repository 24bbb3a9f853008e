// 飞行检查库: the bureau's 被检查对象库、检查人员库、专家库 (医疗保障基金飞行检查管理暂行办法 第六条).
// Everyone who may read sees every entry, disabled ones too (动态管理, history kept); the
// bureau's heads add entries (today's date, set by the server) and disable them with a reason.
// A 飞行检查 takes its targets, inspectors and experts from here.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Table, Tabs, Tag, Typography } from 'antd';
import { api } from '../api';
import { can, useMe } from '../Console';

type Kind = '被检查对象' | '检查人员' | '专家';
interface Entry {
  id: number; kind: Kind; name: string; displayName: string; category?: string; unit?: string; qualification?: string;
  joinedOn: string; joinedBy: string; joinReason?: string; disabledOn?: string; disabledBy?: string; disabledReason?: string; active: boolean;
}
interface Libraries { jurisdiction: string; entries: Entry[]; officers: Array<{ name: string; displayName: string; certificate: string; validTo: string }> }

const KINDS: Array<{ kind: Kind; title: string }> = [
  { kind: '被检查对象', title: '被检查对象库' },
  { kind: '检查人员', title: '检查人员库' },
  { kind: '专家', title: '专家库' },
];
// the closed lists of the 办法 (src/cases/steps/flying.ts): 第二条 and 第十二条第二款
const TARGET_KINDS = ['定点医药机构', '医保经办机构', '承办医保业务的其他机构', '其他被检查对象'];
const PROFESSIONS = ['医保', '医疗', '医药', '财务', '信息', '其他相关专业'];

export default function LibrariesPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [data, setData] = useState<Libraries>();
  const [kind, setKind] = useState<Kind>('被检查对象');
  const [adding, setAdding] = useState(false);
  const [disabling, setDisabling] = useState<Entry>();
  const [form] = Form.useForm();
  const [offForm] = Form.useForm();
  const keeper = can(me, 'library.write');
  const load = () => api.get<Libraries>('/api/flying-libraries').then(setData, (e) => message.error(e.message));
  useEffect(() => void load(), []);

  const add = async () => {
    const v = await form.validateFields();
    const entry =
      kind === '被检查对象' ? { kind, name: v.name, category: v.category, ...(v.qualification ? { qualification: v.qualification } : {}), ...(v.reason ? { reason: v.reason } : {}) }
      : kind === '检查人员' ? { kind, name: v.officer, ...(v.reason ? { reason: v.reason } : {}) }
      : { kind, name: v.name, unit: v.unit, category: v.category, ...(v.qualification ? { qualification: v.qualification } : {}), ...(v.reason ? { reason: v.reason } : {}) };
    try {
      await api.post('/api/flying-libraries', { entry });
      message.success('已加入');
      setAdding(false);
      form.resetFields();
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const disable = async () => {
    const v = await offForm.validateFields();
    try {
      await api.post(`/api/flying-libraries/${disabling!.id}/disable`, { reason: v.reason });
      message.success('已停用');
      setDisabling(undefined);
      offForm.resetFields();
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const rows = (data?.entries ?? []).filter((e) => e.kind === kind);
  const inLibrary = new Set(rows.filter((e) => !e.disabledOn).map((e) => e.name));
  const title = KINDS.find((k) => k.kind === kind)!.title;
  return (
    <Card
      title="飞行检查库"
      extra={keeper && <Button type="primary" data-testid="library-add" onClick={() => setAdding(true)}>加入{title}</Button>}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="医疗保障行政部门建立被检查对象库和检查人员库、专家库，并实行动态管理（《医疗保障基金飞行检查管理暂行办法》第六条）。"
        description="飞行检查的被检查对象、检查人员和专家从本局的库中选取；停用的条目保留在库中备查，自停用之日起不能再选取。某一个库尚未建立（没有任何条目）的，该库暂不约束飞行检查。"
      />
      <Tabs activeKey={kind} onChange={(k) => setKind(k as Kind)} items={KINDS.map((k) => ({ key: k.kind, label: `${k.title}（${(data?.entries ?? []).filter((e) => e.kind === k.kind && e.active).length}）` }))} />
      <Table<Entry>
        rowKey="id"
        dataSource={rows}
        size="middle"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: `本局尚未建立${title}` }}
        columns={[
          { title: kind === '被检查对象' ? '名称' : '姓名', dataIndex: 'displayName' },
          ...(kind === '被检查对象' ? [{ title: '类别', dataIndex: 'category' }, { title: '统一社会信用代码或定点编码', dataIndex: 'qualification' }] : []),
          ...(kind === '检查人员' ? [{ title: '执法证号', dataIndex: 'qualification' }] : []),
          ...(kind === '专家' ? [{ title: '工作单位', dataIndex: 'unit' }, { title: '专业', dataIndex: 'category' }, { title: '职称或资格', dataIndex: 'qualification' }] : []),
          { title: '加入日期', dataIndex: 'joinedOn' },
          { title: '状态', render: (_: unknown, e: Entry) => (e.active ? <Tag color="green">在库</Tag> : e.disabledOn ? <Tag>已停用</Tag> : <Tag color="orange">未生效</Tag>) },
          { title: '停用日期及理由', render: (_: unknown, e: Entry) => (e.disabledOn ? `${e.disabledOn}：${e.disabledReason}` : '—') },
          ...(keeper
            ? [{ title: '操作', render: (_: unknown, e: Entry) => (!e.disabledOn ? <Button size="small" danger onClick={() => setDisabling(e)}>停用</Button> : null) }]
            : []),
        ]}
      />
      <Modal title={`加入${title}`} open={adding} onOk={add} onCancel={() => setAdding(false)} okText="加入" cancelText="取消" destroyOnHidden>
        <Form form={form} layout="vertical">
          {kind === '检查人员' ? (
            <Form.Item name="officer" label="执法人员" extra="本局持有效执法证的执法人员（第十七条第一款）" rules={[{ required: true, message: '请选择执法人员' }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={(data?.officers ?? []).filter((o) => !inLibrary.has(o.name)).map((o) => ({ value: o.name, label: `${o.displayName}（执法证 ${o.certificate}，有效期至 ${o.validTo}）` }))}
              />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="name" label={kind === '被检查对象' ? '名称' : '姓名'} rules={[{ required: true, message: '请填写' }]}><Input maxLength={kind === '专家' ? 50 : 100} /></Form.Item>
              {kind === '专家' && <Form.Item name="unit" label="工作单位" rules={[{ required: true, message: '请填写工作单位' }]}><Input maxLength={100} /></Form.Item>}
              <Form.Item name="category" label={kind === '被检查对象' ? '类别（第二条）' : '专业（第十二条第二款）'} rules={[{ required: true, message: '请选择' }]}>
                <Select options={(kind === '被检查对象' ? TARGET_KINDS : PROFESSIONS).map((x) => ({ value: x, label: x }))} />
              </Form.Item>
              <Form.Item name="qualification" label={kind === '被检查对象' ? '统一社会信用代码或定点编码（选填）' : '职称或资格（选填）'}><Input maxLength={kind === '专家' ? 100 : 60} /></Form.Item>
            </>
          )}
          <Form.Item name="reason" label="加入理由（选填，记入全过程记录）"><Input maxLength={500} /></Form.Item>
          <Typography.Text type="secondary">加入日期为今天，由系统记录。</Typography.Text>
        </Form>
      </Modal>
      <Modal title={disabling ? `停用：${disabling.displayName}` : ''} open={!!disabling} onOk={disable} onCancel={() => setDisabling(undefined)} okText="停用" cancelText="取消" okButtonProps={{ danger: true }} destroyOnHidden>
        <Form form={offForm} layout="vertical">
          <Form.Item name="reason" label="停用理由（记入全过程记录）" rules={[{ required: true, min: 2, message: '请写明停用理由' }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
          <Typography.Text type="secondary">自今天起不能再选取；条目保留在库中备查。</Typography.Text>
        </Form>
      </Modal>
    </Card>
  );
}
