import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoleBody, User } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { meQueryOptions } from '../../../lib/auth/get-me';
import { usersQueryOptions } from '../../../lib/users/find-users';

export const setRole = (userId: string, body: RoleBody) =>
  api<User>(`/users/${encodeURIComponent(userId)}/role`, { method: 'PUT', body });

/** Admins set a role and, for staff, the spaces they run. */
export function useSetRole(options: { onSuccess?: (user: User) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: RoleBody }) => setRole(userId, body),
    onSuccess: (user) => {
      options.onSuccess?.(user);
      // an admin changing their own role sees the menu change at once
      void queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryOptions().queryKey }),
  });
}
