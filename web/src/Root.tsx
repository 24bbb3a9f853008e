// Routes: the public portal (/gongshi, no login) and the console (login first).
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';

const Console = lazy(() => import('./Console'));
const Portal = lazy(() => import('./portal/Portal'));

export function Root() {
  return (
    <Suspense fallback={<Spin style={{ margin: 80 }} />}>
      <Routes>
        <Route path="/gongshi/*" element={<Portal />} />
        <Route path="/*" element={<Console />} />
      </Routes>
    </Suspense>
  );
}
