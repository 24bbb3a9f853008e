// 统计: case figures computed from the case records themselves (办结 = closed or 结案 done;
// payments from the recorded payments), for a range of filing dates; every figure drills
// down to the cases it counts and the whole exports to xlsx. Catalog quality below.
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Col, DatePicker, Drawer, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, qs } from '../api';
import { yuan } from '../format';
import { EChart } from '../EChart';
import ReportStatsCard from './ReportStats';

export interface Stats {
  catalogs: {
    byKind: Array<{ jurisdiction: string; kind: string; count: number }>;
    findingsByRule: Array<{ rule: string; label: string; count: number }>;
  };
}
interface Figure { key: string; label: string; unit: '件' | '分'; value: number; cases: string[]; group?: string }
interface StatsCase { id: string; kind: string; procedureName: string; party: string | null; state: string; concluded: boolean; openedOn: string; concludedOn: string | null; finesFen: number; paidFen: number; recoveredFen: number; returnedFen: number; overdue: boolean }
interface CaseStats { from: string | null; to: string | null; figures: Figure[]; cases: StatsCase[] }

const bar = (title: string, names: string[], values: number[], color = '#1d5fbf') => ({
  title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
  tooltip: { trigger: 'axis' },
  grid: { left: 48, right: 16, bottom: 64, top: 40 },
  xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 5 ? 30 : 0 } },
  yAxis: { type: 'value', minInterval: 1 },
  series: [{ type: 'bar', data: values, itemStyle: { color } }],
});

const MAIN = ['total', 'open', 'concluded', 'overdue', 'fines', 'paid', 'recovered', 'returned'];

export default function Dashboard() {
  const [s, setS] = useState<Stats>();
  const [cs, setCs] = useState<CaseStats>();
  const [range, setRange] = useState<[string, string] | null>(null);
  const [drill, setDrill] = useState<Figure>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.get<Stats>('/api/stats').then(setS, (e) => setError(e.message));
  }, []);
  const q = qs({ from: range?.[0], to: range?.[1] });
  useEffect(() => {
    api.get<CaseStats>(`/api/stats/cases${q}`).then(setCs, (e) => setError(e.message));
  }, [q]);
  if (error) return <Alert type="error" showIcon title={error} />;
  if (!s || !cs) return <Spin />;
  const fig = (k: string) => cs.figures.find((f) => f.key === k);
  const group = (g: string) => cs.figures.filter((f) => f.group === g);
  const byId = new Map(cs.cases.map((c) => [c.id, c]));
  const jurisdictions = [...new Set(s.catalogs.byKind.map((r) => r.jurisdiction))];
  const kinds = [...new Set(s.catalogs.byKind.map((r) => r.kind))];
  const months = [...new Set([...group('按月立案'), ...group('按月办结')].map((f) => f.label))].sort();
  const show = (f?: Figure) => f && setDrill(f);
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card size="small">
          <Space wrap>
            <span>立案（受理）日期：</span>
            <DatePicker.RangePicker
              data-testid="stats-range"
              value={range ? [dayjs(range[0]), dayjs(range[1])] : null}
              onChange={(v) => setRange(v && v[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : null)}
              placeholder={['起始日期', '截止日期']}
            />
            <Button href={`/api/stats/cases.xlsx${q}`} data-testid="stats-export">导出 Excel</Button>
            <Typography.Text type="secondary">点击任一数字可查看所计的案件</Typography.Text>
          </Space>
        </Card>
      </Col>
      {MAIN.map((k) => {
        const f = fig(k)!;
        return (
          <Col key={k} flex="1 1 160px">
            <Card hoverable onClick={() => show(f)} data-testid={`fig-${k}`} styles={{ body: { padding: 16 } }}>
              <Statistic title={f.label} value={f.unit === '分' ? yuan(f.value) : f.value} suffix={f.unit === '件' ? '件' : undefined} styles={{ content: { color: k === 'overdue' && f.value ? '#cf1322' : undefined, fontSize: 22, whiteSpace: 'nowrap' } }} />
            </Card>
          </Col>
        );
      })}
      <Col xs={24} lg={8}>
        <Card>
          <EChart testId="chart-cases-kind" onClick={(p) => show(fig(`kind:${p.name}`))} option={{ title: { text: '案件按类型', left: 'center', textStyle: { fontSize: 14 } }, tooltip: { trigger: 'item' }, series: [{ type: 'pie', radius: ['35%', '65%'], data: group('按类型').map((k) => ({ name: k.label, value: k.value })) }] }} />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card><EChart testId="chart-cases-state" onClick={(p) => show(fig(`state:${p.name}`))} option={bar('案件按状态', group('按状态').map((x) => x.label), group('按状态').map((x) => x.value), '#3b8f4c')} /></Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card>
          <EChart
            testId="chart-cases-month"
            onClick={(p) => show(fig(`${p.seriesIndex === 1 ? 'concluded' : 'opened'}:${p.name}`))}
            option={{
              title: { text: '案件按月', left: 'center', textStyle: { fontSize: 14 } },
              tooltip: { trigger: 'axis' },
              legend: { bottom: 0 },
              grid: { left: 40, right: 16, bottom: 48, top: 40 },
              xAxis: { type: 'category', data: months },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                { name: '立案', type: 'bar', data: months.map((m) => fig(`opened:${m}`)?.value ?? 0) },
                { name: '办结', type: 'bar', data: months.map((m) => fig(`concluded:${m}`)?.value ?? 0) },
              ],
            }}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card title="分项数字" size="small">
          <Table<Figure>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={cs.figures.filter((f) => f.group)}
            columns={[
              { title: '分组', dataIndex: 'group', width: 120 },
              { title: '项目', dataIndex: 'label' },
              { title: '案件数', width: 120, render: (_, f) => <a onClick={() => show(f)} data-testid={`fig-${f.key}`}>{f.value} 件</a> },
            ]}
          />
        </Card>
      </Col>
      <Col span={24}>
        <ReportStatsCard />
      </Col>
      <Col xs={24} lg={14}>
        <Card>
          <EChart
            testId="chart-catalog-kinds"
            height={360}
            option={{
              title: { text: '各辖区清单事项（按职权类型）', left: 'center', textStyle: { fontSize: 14 } },
              tooltip: { trigger: 'axis' },
              legend: { bottom: 0 },
              grid: { left: 48, right: 16, bottom: 72, top: 40 },
              xAxis: { type: 'category', data: jurisdictions },
              yAxis: { type: 'value', minInterval: 1 },
              series: kinds.map((k) => ({ name: k, type: 'bar', stack: 'kinds', data: jurisdictions.map((j) => s.catalogs.byKind.find((r) => r.jurisdiction === j && r.kind === k)?.count ?? 0) })),
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card>
          <EChart
            height={360}
            option={{
              title: { text: '清单审查问题（按规则）', left: 'center', textStyle: { fontSize: 14 } },
              tooltip: { trigger: 'axis' },
              grid: { left: 200, right: 24, bottom: 24, top: 40 },
              yAxis: { type: 'category', inverse: true, data: s.catalogs.findingsByRule.map((r) => r.label), axisLabel: { width: 190, overflow: 'truncate' } },
              xAxis: { type: 'value', minInterval: 1 },
              series: [{ type: 'bar', data: s.catalogs.findingsByRule.map((r) => r.count), itemStyle: { color: '#8c54d1' } }],
            }}
          />
        </Card>
      </Col>
      <Drawer title={drill ? `${drill.group ? drill.group + '：' : ''}${drill.label}（${drill.unit === '分' ? yuan(drill.value) : drill.value + ' 件'}）` : ''} open={!!drill} onClose={() => setDrill(undefined)} size={820} data-testid="drill">
        {drill && (
          <Table<StatsCase>
            data-testid="drill-table"
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={drill.cases.map((id) => byId.get(id)!).filter(Boolean)}
            summary={(rows) =>
              drill.unit === '分' ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={4}>合计</Table.Summary.Cell>
                  <Table.Summary.Cell index={1}>{yuan(rows.reduce((a, r) => a + (drill.key === 'fines' ? r.finesFen : drill.key === 'paid' ? r.paidFen : drill.key === 'returned' ? r.returnedFen : r.recoveredFen), 0))}</Table.Summary.Cell>
                </Table.Summary.Row>
              ) : undefined
            }
            columns={[
              { title: '案件编号', dataIndex: 'id', width: 120, render: (id) => <Link to={`/cases/${id}`}>{id}</Link> },
              { title: '当事人', dataIndex: 'party', render: (p) => p ?? '（待登记）' },
              { title: '状态', dataIndex: 'state', width: 90, render: (st, r) => <Tag color={r.concluded ? 'default' : 'processing'}>{st}</Tag> },
              { title: '立案', dataIndex: 'openedOn', width: 110 },
              { title: drill.unit === '分' ? '金额' : '办结', width: 140, render: (_, r) => (drill.unit === '分' ? yuan(drill.key === 'fines' ? r.finesFen : drill.key === 'paid' ? r.paidFen : drill.key === 'returned' ? r.returnedFen : r.recoveredFen) : r.concludedOn ?? '在办') },
            ]}
          />
        )}
      </Drawer>
    </Row>
  );
}
