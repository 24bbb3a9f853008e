// A small ECharts wrapper (tree-shaken core: bar, pie, line).
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent, DatasetComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, DatasetComponent, CanvasRenderer]);

export function EChart({ option, height = 320, testId, onClick }: { option: echarts.EChartsCoreOption; height?: number; testId?: string; onClick?: (p: { name: string; seriesName?: string; seriesIndex?: number; dataIndex: number }) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.setOption({ textStyle: { fontFamily: '"Noto Sans CJK SC", "Noto Sans SC", sans-serif' }, ...option });
    if (onClick) chart.on('click', (p) => onClick(p as never));
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [JSON.stringify(option)]);
  return <div ref={ref} style={{ height, width: '100%' }} data-testid={testId} />;
}
