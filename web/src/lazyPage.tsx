// Pages loaded on demand, without the wait React puts on a Suspense fallback: React shows
// content that replaces a fallback no sooner than 300 ms after the fallback appeared, so a
// page whose code is already in memory is drawn at once instead of through React.lazy.
// main.tsx loads the code of the address being opened before the first render.
import { createElement, lazy, type ComponentType, type ReactElement } from 'react';
import { matchPath } from 'react-router-dom';

export type LazyPage<P extends object = object> = ((props: P) => ReactElement) & {
  /** Fetches and evaluates the page's code (once); resolves when it can be drawn at once. */
  preload(): Promise<unknown>;
};

export function lazyPage<P extends object = object>(load: () => Promise<{ default: ComponentType<P> }>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (m) => ((loaded = m.default), m),
      (err) => {
        pending = undefined; // a failed fetch (a new deployment, the network) may be tried again
        throw err;
      },
    ));
  const Lazy = lazy(preload);
  return Object.assign((props: P) => createElement((loaded ?? Lazy) as ComponentType<P>, props), { preload });
}

/** The console's pages by route: what main.tsx loads before the first render, and what is fetched at idle after. */
export const pages = {
  Todo: lazyPage(() => import('./pages/Todo')),
  CatalogList: lazyPage(() => import('./pages/CatalogList')),
  CatalogItem: lazyPage(() => import('./pages/CatalogItem')),
  Compare: lazyPage(() => import('./pages/Compare')),
  Penalty: lazyPage(() => import('./pages/Penalty')),
  Cases: lazyPage(() => import('./pages/Cases')),
  CasePage: lazyPage(() => import('./pages/CasePage')),
  Monitor: lazyPage(() => import('./pages/Monitor')),
  Dashboard: lazyPage(() => import('./pages/Dashboard')),
  Procedures: lazyPage(() => import('./pages/Procedures')),
  Users: lazyPage(() => import('./pages/Users')),
  Libraries: lazyPage(() => import('./pages/Libraries')),
  Delegations: lazyPage(() => import('./pages/Delegations')),
};

export const ROUTES: Array<[string, { preload(): Promise<unknown> }]> = [
  ['/todo', pages.Todo],
  ['/catalog', pages.CatalogList],
  ['/catalog/:id/items/:seq', pages.CatalogItem],
  ['/compare', pages.Compare],
  ['/penalty', pages.Penalty],
  ['/cases', pages.Cases],
  ['/cases/:id', pages.CasePage],
  ['/monitor', pages.Monitor],
  ['/stats', pages.Dashboard],
  ['/procedures', pages.Procedures],
  ['/users', pages.Users],
  ['/libraries', pages.Libraries],
  ['/delegations', pages.Delegations],
];

export const Console = lazyPage(() => import('./Console'));
export const Portal = lazyPage(() => import('./portal/Portal'));

/** The code the address needs to be drawn: the console or the portal, and the page. */
export function preloadFor(pathname: string): Promise<unknown> {
  if (pathname === '/gongshi' || pathname.startsWith('/gongshi/')) return Portal.preload();
  const page = ROUTES.find(([path]) => matchPath(path, pathname))?.[1];
  return Promise.all([Console.preload(), page?.preload()]);
}
