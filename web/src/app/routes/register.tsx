import { Navigate, useSearchParams } from 'react-router';
import { useIsLoggedIn } from '../../lib/auth-token';
import { safeNext } from '../../lib/auth/require-auth';
import { RegisterPage } from '../../features/account/components/register-page';

export function Component() {
  const loggedIn = useIsLoggedIn();
  const [params] = useSearchParams();
  if (loggedIn) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <RegisterPage />;
}
