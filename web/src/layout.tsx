// The console's frame pieces: the page header (breadcrumb and title) every page has, the
// 404 page, and the error boundary that turns a crash into a Chinese message.
import { Component, type ReactNode } from 'react';
import { Link, matchPath, useLocation } from 'react-router-dom';
import { Breadcrumb, Button, Result, Space, Typography } from 'antd';

/** Pages by path: their title and parent, for the breadcrumb and header. */
export const PAGES: Array<{ path: string; title: string; parent?: string; own?: boolean }> = [
  { path: '/todo', title: '待办' },
  { path: '/cases', title: '案件' },
  { path: '/cases/:id', title: '案件详情', parent: '/cases', own: true },
  { path: '/catalog', title: '事项清单' },
  { path: '/catalog/:id/items/:seq', title: '事项', parent: '/catalog', own: true },
  { path: '/compare', title: '清单比对' },
  { path: '/penalty', title: '处罚计算' },
  { path: '/monitor', title: '智能监控' },
  { path: '/stats', title: '统计' },
  { path: '/procedures', title: '办案程序' },
  { path: '/users', title: '账户管理' },
  { path: '/libraries', title: '飞行检查库' },
  { path: '/delegations', title: '委托执法' },
];

export function pageOf(pathname: string) {
  return PAGES.find((p) => matchPath(p.path, pathname));
}

/** Breadcrumb from 首页 to the page, and its title (pages with their own header draw only the breadcrumb). */
export function PageHeader({ home, extra }: { home: string; extra?: ReactNode }) {
  const { pathname } = useLocation();
  const page = pageOf(pathname);
  if (!page) return null;
  const chain: Array<{ path: string; title: string }> = [];
  let p: typeof page | undefined = page;
  while (p) {
    const m = matchPath(p.path, pathname);
    chain.unshift({ path: m?.pathname ?? p.path, title: p.path === '/cases/:id' ? `案件 ${m?.params.id ?? ''}` : p.title });
    p = p.parent ? PAGES.find((x) => x.path === p!.parent) : undefined;
  }
  return (
    <div style={{ background: '#fff', padding: '12px 24px 4px', borderBottom: '1px solid #f0f0f0' }} data-testid="page-header">
      <Breadcrumb
        items={[{ title: <Link to={home}>首页</Link> }, ...chain.map((c, i) => ({ title: i === chain.length - 1 ? c.title : <Link to={c.path}>{c.title}</Link> }))]}
      />
      {!page.own && (
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Title level={4} style={{ margin: '8px 0' }} data-testid="page-title">
            {page.title}
          </Typography.Title>
          {extra}
        </Space>
      )}
    </div>
  );
}

export function NotFound({ home }: { home: string }) {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的地址没有对应的页面，可能已被移动或输入有误。"
      extra={
        <Link to={home}>
          <Button type="primary">返回首页</Button>
        </Link>
      }
      data-testid="not-found"
    />
  );
}

/** A crash inside a page shows a Chinese message and a way back, never a stack trace. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidUpdate(prev: { resetKey?: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }
  componentDidCatch(error: unknown) {
    console.error(error);
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Result
        status="error"
        title="页面出现错误"
        subTitle="本页未能正常显示。请刷新页面重试；如仍不能显示，请联系系统管理员。"
        extra={<Button onClick={() => location.reload()}>刷新页面</Button>}
        data-testid="page-error"
      />
    );
  }
}
