import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { setToken } from '../../../lib/auth-token';

/** Revokes every token of the account, this browser's included. */
export const logoutEverywhere = () => api<void>('/me/logout-everywhere', { method: 'POST' });

export function useLogoutEverywhere(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logoutEverywhere,
    onSuccess: () => {
      setToken(null);
      queryClient.clear();
      options.onSuccess?.();
    },
  });
}
