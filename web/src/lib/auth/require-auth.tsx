import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { sessionExpired, useIsLoggedIn } from '../auth-token';

/** Pages for logged-in people: others go to login and come back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const loggedIn = useIsLoggedIn();
  const location = useLocation();
  if (!loggedIn) {
    return <Navigate to={loginPath(`${location.pathname}${location.search}`)} replace />;
  }
  return children;
}

/** Only same-site paths are followed after login (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The login page, coming back to `next` afterwards (and saying why when the session expired). */
export const loginPath = (next: string) =>
  `/login?${sessionExpired() ? 'reason=expired&' : ''}next=${encodeURIComponent(next)}`;
