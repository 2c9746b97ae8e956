import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { setToken } from '../../../lib/auth-token';

/** Erases the account (GDPR Art. 17); bookings stay anonymised. Afterwards nothing of it is cached. */
export const deleteMe = () => api<void>('/me', { method: 'DELETE' });

export function useDeleteMe(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMe,
    onSuccess: () => {
      setToken(null);
      queryClient.clear();
      options.onSuccess?.();
    },
  });
}
