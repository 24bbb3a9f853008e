// The officer console: login, then a menu of what the account's roles may do.
import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useState } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { Button, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { api, type Me } from './api';
import { Login } from './pages/Login';

const CatalogList = lazy(() => import('./pages/CatalogList'));
const CatalogItem = lazy(() => import('./pages/CatalogItem'));
const Compare = lazy(() => import('./pages/Compare'));
const Penalty = lazy(() => import('./pages/Penalty'));
const Dashboard = lazy(() => import('./pages/Dashboard'));
const Users = lazy(() => import('./pages/Users'));
const Cases = lazy(() => import('./pages/Cases'));
const CasePage = lazy(() => import('./pages/CasePage'));
const Monitor = lazy(() => import('./pages/Monitor'));

export const MeContext = createContext<Me | null>(null);
export const useMe = () => useContext(MeContext)!;
export const can = (me: Me | null, p: string) => !!me?.permissions.includes(p);

const MENU: Array<{ key: string; label: string; perm: string; feature?: string }> = [
  { key: '/catalog', label: '事项清单', perm: 'catalog.read' },
  { key: '/compare', label: '清单比对', perm: 'catalog.read' },
  { key: '/penalty', label: '处罚计算', perm: 'penalty.compute' },
  { key: '/cases', label: '案件', perm: 'case.read', feature: 'cases' },
  { key: '/monitor', label: '智能监控', perm: 'monitor.read', feature: 'monitor' },
  { key: '/stats', label: '统计', perm: 'stats.read' },
  { key: '/users', label: '账户管理', perm: 'users.read' },
];

export default function Console() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    api.get<Me>('/api/auth/me').then(setMe, () => setMe(null));
    const onLogout = () => setMe(null);
    window.addEventListener('yibao:logout', onLogout);
    return () => window.removeEventListener('yibao:logout', onLogout);
  }, []);

  const logout = useCallback(async () => {
    await api.post('/api/auth/logout').catch(() => undefined);
    setMe(null);
    navigate('/');
  }, [navigate]);

  if (me === undefined) return <Spin style={{ margin: 80 }} />;
  if (me === null) return <Login onLogin={setMe} />;

  const items = MENU.filter((m) => can(me, m.perm) && (!m.feature || me.features?.includes(m.feature)));
  const selected = items.find((m) => location.pathname.startsWith(m.key))?.key ?? '';
  const home = items[0]?.key ?? '/catalog';

  return (
    <MeContext.Provider value={me}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#123e7c' }}>
          <Link to={home} style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
            {me.jurisdiction.bureau || '医疗保障局'} · 行政执法平台
          </Link>
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={[selected]}
            items={items.map((m) => ({ key: m.key, label: m.label }))}
            onClick={(e) => navigate(e.key)}
            style={{ flex: 1, background: 'transparent', minWidth: 0 }}
          />
          <Space style={{ color: '#fff' }} data-testid="current-user">
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
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Spin />}>
            <Routes>
              <Route path="/" element={<Navigate to={home} replace />} />
              <Route path="/catalog" element={<CatalogList />} />
              <Route path="/catalog/:id/items/:seq" element={<CatalogItem />} />
              <Route path="/compare" element={<Compare />} />
              <Route path="/penalty" element={<Penalty />} />
              <Route path="/cases" element={<Cases />} />
              <Route path="/cases/:id" element={<CasePage />} />
              <Route path="/monitor" element={<Monitor />} />
              <Route path="/stats" element={<Dashboard />} />
              <Route path="/users" element={<Users />} />
              <Route path="*" element={<Typography.Paragraph>页面不存在。</Typography.Paragraph>} />
            </Routes>
          </Suspense>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#888' }}>
          yibao 医保行政执法平台 · <a href="/gongshi">公示</a> · <a href="/docs">接口文档</a>
        </Layout.Footer>
      </Layout>
    </MeContext.Provider>
  );
}
