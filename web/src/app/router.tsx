/**
 * The routes. Pages are split into their own chunks (lazy) so the first load stays small; the
 * shell is in the main chunk. Staff and admin screens live under /manage, the dashboards under
 * /reports (each with its second navigation row from nav.ts).
 */
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { spaceQueryOptions } from '../features/spaces/api/get-space';
import { spacesQueryOptions } from '../features/spaces/api/get-spaces';
import { onUnauthorized } from '../lib/api-client';
import { loginPath } from '../lib/auth/require-auth';
import { setLiveRouter } from '../lib/router-state';
import { AppShell } from './layout/app-shell';
import { FirstLoad } from './layout/first-load';
import { RouteError } from './layout/route-error';

export const routes: RouteObject[] = [
  { index: true, lazy: () => import('./routes/home') },
  { path: 'spaces/:spaceId', lazy: () => import('./routes/space') },
  { path: 'events', lazy: () => import('./routes/events') },
  { path: 'events/:eventId', lazy: () => import('./routes/events-detail') },
  // public: anyone answers a survey, no account (the poster's QR code leads here)
  { path: 'umfrage/:surveyId', lazy: () => import('./routes/survey') },
  { path: 'survey/:surveyId', lazy: () => import('./routes/survey') },
  // public: the page a desk's QR code opens (walk up, check in); login comes back here
  { path: 'tisch/:deskId', lazy: () => import('./routes/desk') },
  { path: 'desks/:deskId', lazy: () => import('./routes/desk') },
  { path: 'bookings', lazy: () => import('./routes/my-bookings') },
  { path: 'profile', lazy: () => import('./routes/profile') },
  { path: 'login', lazy: () => import('./routes/login') },
  { path: 'register', lazy: () => import('./routes/register') },
  { path: 'barrierefreiheit', lazy: () => import('./routes/accessibility') },
  { path: 'accessibility', lazy: () => import('./routes/accessibility') },
  { path: 'datenschutz', lazy: () => import('./routes/privacy') },
  { path: 'privacy', lazy: () => import('./routes/privacy') },
  { path: 'impressum', lazy: () => import('./routes/imprint') },
  { path: 'imprint', lazy: () => import('./routes/imprint') },
  { path: 'passwort-vergessen', lazy: () => import('./routes/forgot-password') },
  { path: 'forgot-password', lazy: () => import('./routes/forgot-password') },
  { path: 'passwort-zuruecksetzen', lazy: () => import('./routes/reset-password') },
  { path: 'reset-password', lazy: () => import('./routes/reset-password') },
  {
    path: 'manage',
    lazy: () => import('./routes/manage/layout'),
    children: [
      { index: true, lazy: () => import('./routes/manage/index') },
      { path: 'today', lazy: () => import('./routes/manage/today') },
      { path: 'bookings', lazy: () => import('./routes/manage/bookings') },
      { path: 'events', lazy: () => import('./routes/manage/events') },
      { path: 'events/new', lazy: () => import('./routes/manage/events-new') },
      { path: 'events/:eventId', lazy: () => import('./routes/manage/events-edit') },
      { path: 'events/:eventId/attendees', lazy: () => import('./routes/manage/events-attendees') },
      { path: 'surveys', lazy: () => import('./routes/manage/surveys') },
      { path: 'surveys/new', lazy: () => import('./routes/manage/surveys-new') },
      { path: 'surveys/:surveyId', lazy: () => import('./routes/manage/surveys-edit') },
      { path: 'surveys/:surveyId/poster', lazy: () => import('./routes/manage/surveys-poster') },
      { path: 'spaces', lazy: () => import('./routes/manage/spaces') },
      { path: 'spaces/new', lazy: () => import('./routes/manage/space-new') },
      { path: 'spaces/:spaceId', lazy: () => import('./routes/manage/space') },
      { path: 'spaces/:spaceId/labels', lazy: () => import('./routes/manage/space-labels') },
      { path: 'spaces/:spaceId/plan', lazy: () => import('./routes/manage/space-plan') },
      { path: 'users', lazy: () => import('./routes/manage/users') },
      { path: 'outbox', lazy: () => import('./routes/manage/outbox') },
      { path: 'webhooks', lazy: () => import('./routes/manage/webhooks') },
    ],
  },
  {
    // the charts (recharts) load with these pages only
    path: 'reports',
    lazy: () => import('./routes/reports/layout'),
    children: [
      { index: true, lazy: () => import('./routes/reports/monthly') },
      { path: 'compare', lazy: () => import('./routes/reports/compare') },
      { path: 'season', lazy: () => import('./routes/reports/season') },
      { path: 'surveys', lazy: () => import('./routes/reports/surveys') },
      { path: 'surveys/:surveyId', lazy: () => import('./routes/reports/surveys-detail') },
    ],
  },
  { path: '*', lazy: () => import('./routes/not-found') },
];

/** Pages used without an account, where an expired session is no reason to go to login. */
const ANONYMOUS_PAGES = /^\/(umfrage|survey|tisch|desks)\//;

/**
 * The pages people arrive on (the space list, a space from a link or an e-mail): their first
 * request starts together with the page's code instead of after it, one round trip sooner. The
 * loaders only start the query (the page shows its own loading state as before, from the same
 * cache entry); without a client (tests) they do nothing.
 */
function withPrefetch(list: RouteObject[], queryClient: QueryClient | undefined): RouteObject[] {
  if (!queryClient) return list;
  const prefetch: Record<string, (args: LoaderFunctionArgs) => void> = {
    '': () => void queryClient.prefetchQuery(spacesQueryOptions()),
    'spaces/:spaceId': ({ params }) => void queryClient.prefetchQuery(spaceQueryOptions(params.spaceId ?? '')),
  };
  return list.map((route) => {
    const start = prefetch[route.index ? '' : (route.path ?? '-')];
    return start && !route.loader
      ? {
          ...route,
          loader: (args: LoaderFunctionArgs) => {
            start(args);
            return null;
          },
        }
      : route;
  });
}

export function createAppRouter({ queryClient }: { queryClient?: QueryClient } = {}) {
  const router = createBrowserRouter([
    // kiosk: the space's board on a tablet at the entrance, without the shell (no navigation away)
    {
      path: '/spaces/:spaceId/board',
      lazy: () => import('./routes/board'),
      hydrateFallbackElement: <FirstLoad />,
    },
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <FirstLoad />,
      children: withPrefetch(routes, queryClient),
    },
  ]);
  setLiveRouter(router);
  // A token the server no longer accepts: it is already dropped; go to login and come back after.
  onUnauthorized(() => {
    const { pathname, search } = router.state.location;
    if (pathname === '/login') return;
    // someone who scanned a survey poster answers without an account, and a desk's page shows the
    // desk to anyone and offers login itself: the token is dropped, they stay
    if (ANONYMOUS_PAGES.test(pathname)) return;
    void router.navigate(loginPath(pathname + search), { replace: true });
  });
  return router;
}
