import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { ConfigProvider, App as AntApp } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Root } from './Root';
import { askMe } from './api';
import { preloadFor } from './lazyPage';

dayjs.locale('zh-cn');

// a data router: forms can warn before the console navigates away from unsaved input
const router = createBrowserRouter([{ path: '*', element: <Root /> }]);

// the code of the address being opened, and who is signed in, asked for at once and in
// parallel; the first render then draws the page without a loading stage in between
const path = window.location.pathname;
if (!path.startsWith('/gongshi')) askMe();
void preloadFor(path).catch(() => undefined).then(() => createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      theme={{ token: { colorPrimary: '#1d5fbf', fontFamily: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif' } }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
));
