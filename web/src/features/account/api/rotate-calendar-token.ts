import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { meQueryOptions } from '../../../lib/auth/get-me';

/** A new secret calendar link; the old one stops working at once. */
export const rotateCalendarToken = () => api<Me>('/me/calendar-token', { method: 'POST' });

export function useRotateCalendarToken(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateCalendarToken,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryOptions().queryKey, me);
      options.onSuccess?.();
    },
  });
}
