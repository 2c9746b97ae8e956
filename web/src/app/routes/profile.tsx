import { RequireAuth } from '../../lib/auth/require-auth';
import { ProfilePage } from '../../features/account/components/profile-page';

export function Component() {
  return (
    <RequireAuth>
      <ProfilePage />
    </RequireAuth>
  );
}
