import { Navigate, useSearchParams } from 'react-router';
import { Skeleton } from '../../components/ui/states';
import { useIsLoggedIn } from '../../lib/auth-token';
import { useMe } from '../../lib/auth/get-me';
import { landingPath } from '../../lib/auth/landing';
import { safeNext } from '../../lib/auth/require-auth';
import { LoginPage } from '../../features/account/components/login-page';

export function Component() {
  const loggedIn = useIsLoggedIn();
  if (loggedIn) return <LoggedIn />;
  return <LoginPage />;
}

/** Already logged in (or just now): on to the page for the person's role, as the login form does. */
function LoggedIn() {
  const [params] = useSearchParams();
  const me = useMe();
  const next = params.get('next');
  if (me.data) return <Navigate to={landingPath(me.data, { next, from: params.get('from') })} replace />;
  if (me.isError) return <Navigate to={safeNext(next)} replace />;
  return <Skeleton lines={4} />;
}
