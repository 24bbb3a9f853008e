// 统计: cases by kind, status and month; fines imposed and collected; funds recovered;
// overdue steps by office and responsible person; catalog quality.
import { useEffect, useState } from 'react';
import { Alert, Card, Col, Row, Spin, Statistic } from 'antd';
import { api, yuan } from '../api';
import { EChart } from '../EChart';

export interface Stats {
  catalogs: {
    byKind: Array<{ jurisdiction: string; kind: string; count: number }>;
    findingsByRule: Array<{ rule: string; label: string; count: number }>;
  };
  cases?: {
    total: number;
    open: number;
    overdue: number;
    byKind: Array<{ kind: string; count: number }>;
    byState: Array<{ state: string; count: number }>;
    byMonth: Array<{ month: string; opened: number; closed: number }>;
    finesImposedFen: number;
    finesCollectedFen: number;
    fundsRecoveredFen: number;
    overdueByOffice: Array<{ office: string; count: number }>;
    overdueByPerson: Array<{ person: string; count: number }>;
  };
}

const bar = (title: string, names: string[], values: number[], color = '#1d5fbf') => ({
  title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
  tooltip: { trigger: 'axis' },
  grid: { left: 48, right: 16, bottom: 64, top: 40 },
  xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 5 ? 30 : 0 } },
  yAxis: { type: 'value', minInterval: 1 },
  series: [{ type: 'bar', data: values, itemStyle: { color } }],
});

export default function Dashboard() {
  const [s, setS] = useState<Stats>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.get<Stats>('/api/stats').then(setS, (e) => setError(e.message));
  }, []);
  if (error) return <Alert type="error" title={error} />;
  if (!s) return <Spin />;
  const jurisdictions = [...new Set(s.catalogs.byKind.map((r) => r.jurisdiction))];
  const kinds = [...new Set(s.catalogs.byKind.map((r) => r.kind))];
  const c = s.cases;
  return (
    <Row gutter={[16, 16]}>
      {c && (
        <>
          <Col span={4}><Card><Statistic title="案件总数" value={c.total} /></Card></Col>
          <Col span={4}><Card><Statistic title="在办案件" value={c.open} /></Card></Col>
          <Col span={4}><Card><Statistic title="超期环节" value={c.overdue} styles={{ content: { color: c.overdue ? '#cf1322' : undefined } }} /></Card></Col>
          <Col span={4}><Card><Statistic title="决定罚款" value={yuan(c.finesImposedFen)} /></Card></Col>
          <Col span={4}><Card><Statistic title="已缴罚款" value={yuan(c.finesCollectedFen)} /></Card></Col>
          <Col span={4}><Card><Statistic title="追回基金" value={yuan(c.fundsRecoveredFen)} /></Card></Col>
          <Col xs={24} lg={8}>
            <Card><EChart testId="chart-cases-kind" option={{ title: { text: '案件按类型', left: 'center', textStyle: { fontSize: 14 } }, tooltip: { trigger: 'item' }, series: [{ type: 'pie', radius: ['35%', '65%'], data: c.byKind.map((k) => ({ name: k.kind, value: k.count })) }] }} /></Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card><EChart option={bar('案件按状态', c.byState.map((x) => x.state), c.byState.map((x) => x.count), '#3b8f4c')} /></Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card>
              <EChart
                option={{
                  title: { text: '案件按月', left: 'center', textStyle: { fontSize: 14 } },
                  tooltip: { trigger: 'axis' },
                  legend: { bottom: 0 },
                  grid: { left: 40, right: 16, bottom: 48, top: 40 },
                  xAxis: { type: 'category', data: c.byMonth.map((m) => m.month) },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [
                    { name: '立案', type: 'line', data: c.byMonth.map((m) => m.opened) },
                    { name: '结案', type: 'line', data: c.byMonth.map((m) => m.closed) },
                  ],
                }}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card><EChart option={bar('超期环节：按承办机构', c.overdueByOffice.map((x) => x.office), c.overdueByOffice.map((x) => x.count), '#cf1322')} /></Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card><EChart option={bar('超期环节：按责任人（追责对象）', c.overdueByPerson.map((x) => x.person), c.overdueByPerson.map((x) => x.count), '#d46b08')} /></Card>
          </Col>
        </>
      )}
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
    </Row>
  );
}
