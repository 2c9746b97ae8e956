import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { RequireRole } from '../../../lib/auth/require-role';
import { spacesQueryOptions } from '../../../features/spaces/api/get-spaces';
import { CreateSpacePage } from '../../../features/space-admin/components/create-space-page';

/** Admins create spaces; the new one opens for its desks and hours. */
export function Component() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <RequireRole roles={['admin']}>
      <CreateSpacePage
        onCreated={(space) => {
          void queryClient.invalidateQueries({ queryKey: spacesQueryOptions().queryKey });
          void navigate(`/manage/spaces/${space.id}`);
        }}
      />
    </RequireRole>
  );
}
