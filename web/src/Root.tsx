// Routes: the public portal (/gongshi, no login) and the console (login first).
import { Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';
import { Console, Portal } from './lazyPage';

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
