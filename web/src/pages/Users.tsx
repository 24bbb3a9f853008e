// 账户管理: accounts of the jurisdiction and below; administrators create and change them.
// The roles come from the server (one list); 系统管理员 and the case roles exclude each other
// (职权分离), and a change of roles needs a reason, which the record keeps.
import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { api } from '../api';
import { can, useMe } from '../Console';

interface Account { name: string; displayName: string; roles: string[]; jurisdiction: string; certificate: { no: string; validFrom: string; validTo: string } | null; locked: boolean; disabled: boolean; organisation: string | null }
/** A 受托组织 a bureau has registered a 委托书 to (暂行规定 第八条). */
interface Organisation { 统一社会信用代码: string; 名称: string; 委托机关: string }
interface RoleInfo { role: string; kind: '办案' | '管理'; permissions: string[]; exclusiveWith: string[] }

/** Role options for a Select: a role excluded by one already chosen is disabled. */
function roleOptions(roles: RoleInfo[], chosen: string[] = []) {
  return roles.map((r) => ({
    value: r.role,
    label: `${r.role}（${r.kind}）`,
    disabled: !chosen.includes(r.role) && chosen.some((c) => r.exclusiveWith.includes(c)),
  }));
}

export default function Users() {
  const me = useMe();
  const { message } = App.useApp();
  const [rows, setRows] = useState<Account[]>([]);
  const [jurisdictions, setJurisdictions] = useState<Array<{ id: string; name: string }>>([]);
  const [open, setOpen] = useState(false);
  const [roles, setRoles] = useState<RoleInfo[]>([]);
  const [editing, setEditing] = useState<Account>();
  const [orgs, setOrgs] = useState<Organisation[]>([]);
  const [placing, setPlacing] = useState<Account>();
  const [orgForm] = Form.useForm();
  const [form] = Form.useForm();
  const [roleForm] = Form.useForm();
  const chosen = Form.useWatch('roles', form) as string[] | undefined;
  const chosenEdit = Form.useWatch('roles', roleForm) as string[] | undefined;
  const load = () => api.get<Account[]>('/api/users').then(setRows, (e) => message.error(e.message));
  useEffect(() => {
    void load();
    api.get<typeof jurisdictions>('/api/jurisdictions').then(setJurisdictions);
    api.get<RoleInfo[]>('/api/roles').then(setRoles, (e) => message.error(e.message));
    api.get<Organisation[]>('/api/delegation-organisations').then(setOrgs, () => undefined);
  }, []);
  const patch = async (name: string, body: object): Promise<boolean> => {
    try {
      await api.patch(`/api/users/${name}`, body);
      message.success('已保存');
      await load();
      return true;
    } catch (e) {
      message.error((e as Error).message);
      return false;
    }
  };
  const saveRoles = async () => {
    const v = await roleForm.validateFields();
    if (editing && (await patch(editing.name, { roles: v.roles, reason: v.reason }))) setEditing(undefined);
  };
  const saveOrganisation = async () => {
    const v = await orgForm.validateFields();
    if (placing && (await patch(placing.name, { organisation: v.organisation === '' ? null : v.organisation, reason: v.reason }))) setPlacing(undefined);
  };
  const orgName = (a: Account) => orgs.find((o) => o.统一社会信用代码 === a.organisation && o.委托机关 === a.jurisdiction)?.名称 ?? a.organisation;
  const create = async () => {
    const v = await form.validateFields();
    const body = {
      name: v.name, displayName: v.displayName, roles: v.roles, jurisdiction: v.jurisdiction, password: v.password, ...(v.reason ? { reason: v.reason } : {}),
      ...(v.certNo ? { certificate: { no: v.certNo, validFrom: v.validFrom, validTo: v.validTo } } : {}),
    };
    try {
      await api.post('/api/users', body);
      setOpen(false);
      form.resetFields();
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const admin = can(me, 'users.write');
  return (
    <Card title="账户管理" extra={admin && <Button type="primary" onClick={() => setOpen(true)}>新建账户</Button>}>
      <Table<Account>
        rowKey="name"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        size="middle"
        columns={[
          { title: '用户名', dataIndex: 'name' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'roles', render: (r: string[]) => r.map((x) => <Tag key={x}>{x}</Tag>) },
          { title: '辖区', dataIndex: 'jurisdiction' },
          { title: '受托组织', render: (_, a) => (a.organisation ? <Tag color="purple">{orgName(a)}</Tag> : '本局') },
          { title: '执法证', dataIndex: 'certificate', render: (c) => (c ? `${c.no}（${c.validFrom} 至 ${c.validTo}）` : '—') },
          { title: '状态', render: (_, a) => (a.disabled ? <Tag>停用</Tag> : a.locked ? <Tag color="red">锁定</Tag> : <Tag color="green">正常</Tag>) },
          ...(admin
            ? [{
                title: '操作',
                render: (_: unknown, a: Account) => (
                  <Space>
                    {a.locked && <Button size="small" onClick={() => patch(a.name, { unlock: true })}>解锁</Button>}
                    {a.name !== me.name && (
                      <Button
                        size="small"
                        onClick={() => {
                          roleForm.setFieldsValue({ roles: a.roles, reason: '' });
                          setEditing(a);
                        }}
                      >
                        修改角色
                      </Button>
                    )}
                    {a.name !== me.name && (
                      <Button size="small" onClick={() => { orgForm.setFieldsValue({ organisation: a.organisation ?? '', reason: '' }); setPlacing(a); }}>所属组织</Button>
                    )}
                    {a.name !== me.name && <Button size="small" onClick={() => patch(a.name, { disabled: !a.disabled })}>{a.disabled ? '启用' : '停用'}</Button>}
                  </Space>
                ),
              }]
            : []),
        ]}
      />
      <Modal title="新建账户" open={open} onOk={create} onCancel={() => setOpen(false)} okText="创建" cancelText="取消">
        <Form form={form} layout="vertical" initialValues={{ jurisdiction: me.jurisdiction.id }}>
          <Form.Item name="name" label="用户名" rules={[{ required: true }, { pattern: /^[a-z][a-z0-9_.-]{1,31}$/, message: '2–32 位小写字母、数字' }]}><Input /></Form.Item>
          <Form.Item name="displayName" label="姓名" rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="roles" label="角色" extra="系统管理员不得兼任办案角色" rules={[{ required: true }]}><Select mode="multiple" options={roleOptions(roles, chosen)} /></Form.Item>
          <Form.Item name="jurisdiction" label="辖区" rules={[{ required: true }]}><Select options={jurisdictions.map((j) => ({ value: j.id, label: j.id }))} /></Form.Item>
          <Form.Item name="certNo" label="执法证号（执法人员必填）"><Input /></Form.Item>
          <Space>
            <Form.Item name="validFrom" label="有效期自"><Input placeholder="2026-01-01" /></Form.Item>
            <Form.Item name="validTo" label="有效期至"><Input placeholder="2030-12-31" /></Form.Item>
          </Space>
          <Form.Item name="password" label="初始密码" extra="至少 10 位；不能包含用户名或姓名，不能是常见密码或重复字符" rules={[{ required: true, min: 10, message: '至少 10 位' }]}><Input.Password autoComplete="new-password" /></Form.Item>
          <Form.Item name="reason" label="建立原因（记入全过程记录）"><Input maxLength={500} /></Form.Item>
        </Form>
      </Modal>
      <Modal title={editing ? `修改角色：${editing.displayName}（${editing.name}）` : ''} open={!!editing} onOk={saveRoles} onCancel={() => setEditing(undefined)} okText="保存" cancelText="取消">
        <Form form={roleForm} layout="vertical">
          <Form.Item name="roles" label="角色" extra="系统管理员不得兼任办案角色" rules={[{ required: true, message: '至少一个角色' }]}><Select mode="multiple" options={roleOptions(roles, chosenEdit)} /></Form.Item>
          <Form.Item name="reason" label="变更原因（记入全过程记录）" rules={[{ required: true, min: 2, message: '请写明变更原因' }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
        </Form>
      </Modal>
      <Modal title={placing ? `所属组织：${placing.displayName}（${placing.name}）` : ''} open={!!placing} onOk={saveOrganisation} onCancel={() => setPlacing(undefined)} okText="保存" cancelText="取消">
        <Form form={orgForm} layout="vertical">
          <Form.Item name="organisation" label="所属组织" extra="受托组织的人员只能在委托书载明的事项、权限、期限内以本局名义办案，不得办理行政强制措施（《医疗保障行政处罚程序暂行规定》第八条）">
            <Select
              options={[
                { value: '', label: '本局人员（非受托组织）' },
                ...orgs.filter((o) => o.委托机关 === placing?.jurisdiction).map((o) => ({ value: o.统一社会信用代码, label: `${o.名称}（${o.统一社会信用代码}）` })),
              ]}
            />
          </Form.Item>
          <Form.Item name="reason" label="变更原因（记入全过程记录）" rules={[{ required: true, min: 2, message: '请写明变更原因' }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
