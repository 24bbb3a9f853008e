// The officer console: login, then an Ant Design Pro–style frame — a left menu of what
// the account's roles may do, a breadcrumb and title on every page — and each role
// landing on its 待办 (officers, reviewers, heads), its leads (analysts), its catalogs or accounts.
import { createContext, Suspense, useCallback, useContext, useEffect, useState } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { Button, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { api, me as askedMe, type Me } from './api';
import { pages, ROUTES } from './lazyPage';
import { Login } from './pages/Login';
import { ErrorBoundary, NotFound, PageHeader } from './layout';

const { Todo, CatalogList, CatalogItem, Compare, Penalty, Cases, CasePage, Monitor, Dashboard, Procedures, Users, Libraries, Delegations } = pages;

export const MeContext = createContext<Me | null>(null);
export const useMe = () => useContext(MeContext)!;
export const can = (me: Me | null, p: string) => !!me?.permissions.includes(p);

const MENU: Array<{ key: string; label: string; perm: string; feature?: string }> = [
  { key: '/todo', label: '待办', perm: 'case.write', feature: 'cases' },
  { key: '/cases', label: '案件', perm: 'case.read', feature: 'cases' },
  { key: '/monitor', label: '智能监控', perm: 'monitor.read', feature: 'monitor' },
  { key: '/catalog', label: '事项清单', perm: 'catalog.read' },
  { key: '/compare', label: '清单比对', perm: 'catalog.read' },
  { key: '/penalty', label: '处罚计算', perm: 'penalty.compute' },
  { key: '/procedures', label: '办案程序', perm: 'case.read', feature: 'cases' },
  { key: '/libraries', label: '飞行检查库', perm: 'library.read', feature: 'cases' },
  { key: '/delegations', label: '委托执法', perm: 'case.read', feature: 'cases' },
  { key: '/stats', label: '统计', perm: 'stats.read' },
  { key: '/users', label: '账户管理', perm: 'users.read' },
];

/** Where a role starts its day: its own work list. */
export function homeOf(me: Me): string {
  if (can(me, 'case.write') && me.features?.includes('cases')) return '/todo';
  if (can(me, 'monitor.write') && me.features?.includes('monitor')) return '/monitor';
  if (can(me, 'catalog.write')) return '/catalog';
  if (can(me, 'users.write')) return '/users';
  return '/catalog';
}

export default function Console() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    askedMe().then(setMe, () => setMe(null));
    const onLogout = () => setMe(null);
    window.addEventListener('yibao:logout', onLogout);
    return () => window.removeEventListener('yibao:logout', onLogout);
  }, []);

  const logout = useCallback(async () => {
    await api.post('/api/auth/logout').catch(() => undefined);
    setMe(null);
    navigate('/');
  }, [navigate]);

  useEffect(() => {
    if (!me) return;
    // after the first page is drawn and has its data (evaluating every page's code at once
    // would hold up the page being opened)
    let idle: number | undefined;
    const timer = window.setTimeout(() => {
      const later = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 0));
      idle = later(() => ROUTES.forEach(([, page]) => void page.preload().catch(() => undefined)));
    }, 2000);
    return () => {
      window.clearTimeout(timer);
      if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, [me]);

  if (me === undefined) return <Spin style={{ margin: 80 }} />;
  if (me === null) return <Login onLogin={(m) => { setMe(m); navigate(homeOf(m), { replace: true }); }} />;

  const items = MENU.filter((m) => can(me, m.perm) && (!m.feature || me.features?.includes(m.feature)));
  const selected = items.find((m) => location.pathname === m.key || location.pathname.startsWith(m.key + '/'))?.key ?? '';
  const home = homeOf(me);

  return (
    <MeContext.Provider value={me}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider width={200} theme="dark" breakpoint="lg" collapsedWidth={64} style={{ background: '#0f2f5e' }}>
          <Link to={home} style={{ display: 'block', color: '#fff', padding: '16px 16px 12px', fontSize: 16, fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} title="医保行政执法平台">
            医保行政执法平台
          </Link>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[selected]}
            items={items.map((m) => ({ key: m.key, label: <span data-testid={`menu-${m.key.slice(1)}`}>{m.label}</span> }))}
            onClick={(e) => navigate(e.key)}
            style={{ background: 'transparent', borderInlineEnd: 0 }}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, background: '#fff', padding: '0 24px', borderBottom: '1px solid #f0f0f0', height: 56, lineHeight: '56px' }}>
            <Typography.Text strong style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {me.jurisdiction.bureau || '医疗保障局'}
            </Typography.Text>
            <Space data-testid="current-user" style={{ whiteSpace: 'nowrap' }}>
              <span>{me.displayName}</span>
              {me.roles.map((r) => (
                <Tag key={r} color="blue">
                  {r}
                </Tag>
              ))}
              <Button size="small" onClick={logout}>
                退出
              </Button>
            </Space>
          </Layout.Header>
          <PageHeader home={home} />
          <Layout.Content style={{ padding: 24 }}>
            <ErrorBoundary resetKey={location.pathname}>
              <Suspense fallback={<Spin />}>
                <Routes>
                  <Route path="/" element={<Navigate to={home} replace />} />
                  <Route path="/todo" element={<Todo />} />
                  <Route path="/catalog" element={<CatalogList />} />
                  <Route path="/catalog/:id/items/:seq" element={<CatalogItem />} />
                  <Route path="/compare" element={<Compare />} />
                  <Route path="/penalty" element={<Penalty />} />
                  <Route path="/cases" element={<Cases />} />
                  <Route path="/cases/:id" element={<CasePage />} />
                  <Route path="/monitor" element={<Monitor />} />
                  <Route path="/stats" element={<Dashboard />} />
                  <Route path="/procedures" element={<Procedures />} />
                  <Route path="/users" element={<Users />} />
                  <Route path="/libraries" element={<Libraries />} />
                  <Route path="/delegations" element={<Delegations />} />
                  <Route path="*" element={<NotFound home={home} />} />
                </Routes>
              </Suspense>
            </ErrorBoundary>
          </Layout.Content>
          <Layout.Footer style={{ textAlign: 'center', color: '#888' }}>
            医保行政执法平台 · <a href="/gongshi">公示</a> · <a href="/docs">接口文档</a>
          </Layout.Footer>
        </Layout>
      </Layout>
    </MeContext.Provider>
  );
}
