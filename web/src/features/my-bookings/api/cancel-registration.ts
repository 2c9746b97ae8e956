import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { myRegistrationsQueryOptions } from './get-my-registrations';

export const cancelRegistration = (registrationId: string) =>
  api<void>(`/registrations/${encodeURIComponent(registrationId)}`, { method: 'DELETE' });

/** Gives up a place at an event (or in its waitlist); the list and the event pages are asked again. */
export function useCancelRegistration(options: { onSuccess?: () => void; onError?: (error: unknown) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelRegistration,
    onSuccess: () => options.onSuccess?.(),
    onError: (error) => options.onError?.(error),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: myRegistrationsQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: ['events'] }),
      ]);
    },
  });
}
