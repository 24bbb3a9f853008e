// 委托书公示 (医疗保障行政处罚程序暂行规定 第八条第三款): every 委托书 registered, with its 委托机关,
// 受托组织, 委托事项, 权限 and 期限, and an early end when there is one.
import { useEffect, useState } from 'react';
import { Alert, Card, Table, Tag } from 'antd';
import { api } from '../api';

type Matter = { 类别: string } | { 事项: string; 名称: string };
interface PublicDelegation {
  id: string; 文号: string; 委托机关: { name: string }; 受托组织: { 名称: string; 统一社会信用代码: string };
  委托事项: Matter[]; 权限: string[]; 起始日期: string; 截止日期: string; 终止日期?: string; 公布日期: string; 状态: string;
}

export function Delegations() {
  const [rows, setRows] = useState<PublicDelegation[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.get<PublicDelegation[]>('/api/public/delegations').then(setRows, (e) => setError(e.message));
  }, []);
  if (error) return <Alert type="error" title={error} />;
  return (
    <Card title="行政执法委托公示">
      <Table<PublicDelegation>
        rowKey="id"
        loading={!rows}
        dataSource={rows ?? []}
        data-testid="public-delegations"
        columns={[
          { title: '委托书文号', dataIndex: '文号', width: 140 },
          { title: '委托机关', render: (_, d) => d.委托机关.name, width: 160 },
          { title: '受托组织', render: (_, d) => `${d.受托组织.名称}（统一社会信用代码 ${d.受托组织.统一社会信用代码}）` },
          { title: '委托事项', render: (_, d) => d.委托事项.map((m) => <Tag key={'类别' in m ? m.类别 : m.事项}>{'类别' in m ? `${m.类别}（全部事项）` : m.名称}</Tag>) },
          { title: '权限', render: (_, d) => d.权限.join('、') },
          { title: '委托期限', width: 130, render: (_, d) => `${d.起始日期} 至 ${d.截止日期}${d.终止日期 ? `，${d.终止日期} 提前终止` : ''}` },
          { title: '状态', dataIndex: '状态', width: 80, render: (s: string) => <Tag color={s === '有效' ? 'green' : s === '已终止' ? 'red' : 'default'}>{s}</Tag> },
          { title: '公布日期', dataIndex: '公布日期', width: 110 },
        ]}
      />
    </Card>
  );
}
