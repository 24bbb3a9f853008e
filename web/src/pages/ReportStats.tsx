// 举报统计分析 (医疗保障基金使用监督管理举报处理暂行办法 第十七条): 举报 by month, 渠道,
// 被举报人类型 and 处理结果, read from the 举报 cases' records, exportable as a report (xlsx);
// and, for a provincial bureau, the annual report of 第十九条 (due date, summary, 报送).
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, qs } from '../api';
import { EChart } from '../EChart';

interface GroupRow { label: string; count: number; cases: string[] }
interface ReportStats { from: string | null; to: string | null; total: number; groups: Array<{ dimension: string; rows: GroupRow[] }> }
interface Annual {
  year: number; jurisdiction: string; provincial: boolean; due: string; basis: string; overdue: boolean;
  filed: { caseId: string; filedOn: string; by: string; late: boolean } | null;
  summary: ReportStats;
}

export default function ReportStatsCard() {
  const [range, setRange] = useState<[string, string] | null>(null);
  const [st, setSt] = useState<ReportStats>();
  const [annual, setAnnual] = useState<Annual>();
  const [error, setError] = useState<string>();
  const q = qs({ from: range?.[0], to: range?.[1] });
  useEffect(() => {
    api.get<ReportStats>(`/api/stats/reports${q}`).then(setSt, (e) => setError(e.message));
  }, [q]);
  useEffect(() => {
    api.get<Annual>('/api/stats/reports/annual').then(setAnnual, () => undefined);
  }, []);
  if (error) return <Alert type="error" showIcon title={error} />;
  const rows = st?.groups.flatMap((g) => g.rows.map((r) => ({ ...r, dimension: g.dimension, key: `${g.dimension}:${r.label}` }))) ?? [];
  const chart = (dimension: string, color: string) => {
    const g = st?.groups.find((x) => x.dimension === dimension)?.rows ?? [];
    return {
      title: { text: `举报${dimension}`, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, bottom: 80, top: 40 },
      xAxis: { type: 'category', data: g.map((r) => r.label), axisLabel: { interval: 0, rotate: g.length > 3 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: '件数', data: g.map((r) => r.count), itemStyle: { color } }],
    };
  };
  return (
    <Card title="举报统计分析（《医疗保障基金使用监督管理举报处理暂行办法》第十七条）" data-testid="report-stats">
      <Space wrap style={{ marginBottom: 12 }}>
        <span>接收日期：</span>
        <DatePicker.RangePicker
          value={range ? [dayjs(range[0]), dayjs(range[1])] : null}
          onChange={(v) => setRange(v && v[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : null)}
          placeholder={['起始日期', '截止日期']}
        />
        <Button href={`/api/stats/reports.xlsx${q}`} data-testid="report-stats-export">导出统计分析报告</Button>
        <Typography.Text>共 {st?.total ?? 0} 件举报</Typography.Text>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}><EChart testId="chart-reports-month" option={chart('按期间（月）', '#1d5fbf')} /></Col>
        <Col xs={24} lg={12}><EChart testId="chart-reports-outcome" option={chart('按处理结果', '#3b8f4c')} /></Col>
        <Col xs={24} lg={12}><EChart testId="chart-reports-channel" option={chart('按举报渠道', '#d48806')} /></Col>
        <Col xs={24} lg={12}><EChart testId="chart-reports-kind" option={chart('按被举报人类型', '#8c54d1')} /></Col>
        <Col span={24}>
          <Table
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: '统计维度', dataIndex: 'dimension', width: 140 },
              { title: '分类', dataIndex: 'label' },
              { title: '件数', dataIndex: 'count', width: 80 },
              { title: '所计举报', dataIndex: 'cases', render: (ids: string[]) => <Space size={4} wrap>{ids.map((id) => <Link key={id} to={`/cases/${id}`}>{id}</Link>)}</Space> },
            ]}
          />
        </Col>
        {annual?.provincial && (
          <Col span={24}>
            <Card size="small" type="inner" title={`举报处理工作年度报告（${annual.year}年度，第十九条）`} data-testid="annual-report">
              <Descriptions size="small" column={2}>
                <Descriptions.Item label="报送期限">{annual.due}（{annual.basis}）</Descriptions.Item>
                <Descriptions.Item label="报送情况">
                  {annual.filed ? (
                    <Space>
                      <Link to={`/cases/${annual.filed.caseId}`}>{annual.filed.filedOn} 已报送</Link>
                      {annual.filed.late && <Tag color="red">逾期报送</Tag>}
                    </Space>
                  ) : annual.overdue ? <Tag color="red">逾期未报送</Tag> : <Tag color="blue">待报送</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label="上一年度举报">{annual.summary.total} 件</Descriptions.Item>
                <Descriptions.Item label="处理结果">
                  {annual.summary.groups.find((g) => g.dimension === '按处理结果')?.rows.filter((r) => r.count).map((r) => `${r.label} ${r.count} 件`).join('；') || '无'}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
        )}
      </Row>
    </Card>
  );
}
