import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me, UpdateMeBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { meQueryOptions } from '../../../lib/auth/get-me';

export const updateMe = (body: UpdateMeBody) => api<Me>('/me', { method: 'PATCH', body });

export function useUpdateMe(options: { onSuccess?: (me: Me) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryOptions().queryKey, me);
      options.onSuccess?.(me);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
  });
}
