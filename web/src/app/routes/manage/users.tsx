import { RequireRole } from '../../../lib/auth/require-role';
import { ErrorState, Skeleton } from '../../../components/ui/states';
import { useSpaces } from '../../../features/spaces/api/get-spaces';
import { UsersPage } from '../../../features/users-admin/components/users-page';

export function Component() {
  return (
    <RequireRole roles={['admin']}>
      <Users />
    </RequireRole>
  );
}

function Users() {
  const spaces = useSpaces();
  if (spaces.isPending) return <Skeleton lines={4} />;
  if (spaces.isError) return <ErrorState error={spaces.error} onRetry={() => void spaces.refetch()} />;
  return <UsersPage spaces={spaces.data} />;
}
