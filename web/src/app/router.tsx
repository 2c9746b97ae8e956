/**
 * The routes. Pages are split into their own chunks (lazy) so the first load stays small; the
 * shell is in the main chunk. To add screens (staff, admin, reports), add entries to `routes`
 * and, for the menu, to `navItems` in nav.ts.
 */
import { createBrowserRouter, type RouteObject } from 'react-router';
import { onUnauthorized } from '../lib/api-client';
import { loginPath } from '../lib/auth/require-auth';
import { AppShell } from './layout/app-shell';
import { RouteError } from './layout/route-error';

export const routes: RouteObject[] = [
  { index: true, lazy: () => import('./routes/home') },
  { path: 'spaces/:spaceId', lazy: () => import('./routes/space') },
  { path: 'bookings', lazy: () => import('./routes/my-bookings') },
  { path: 'profile', lazy: () => import('./routes/profile') },
  { path: 'login', lazy: () => import('./routes/login') },
  { path: 'register', lazy: () => import('./routes/register') },
  { path: 'barrierefreiheit', lazy: () => import('./routes/accessibility') },
  { path: 'accessibility', lazy: () => import('./routes/accessibility') },
  { path: '*', lazy: () => import('./routes/not-found') },
];

export function createAppRouter() {
  const router = createBrowserRouter([{ path: '/', element: <AppShell />, errorElement: <RouteError />, children: routes }]);
  // A token the server no longer accepts: it is already dropped; go to login and come back after.
  onUnauthorized(() => {
    const { pathname, search } = router.state.location;
    if (pathname === '/login') return;
    void router.navigate(loginPath(pathname + search), { replace: true });
  });
  return router;
}
