import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { eventQueryOptions } from './get-event';

/** `DELETE /registrations/:id`: the place (or the place in the waitlist) is given up. */
export const cancelRegistration = (registrationId: string) =>
  api<void>(`/registrations/${encodeURIComponent(registrationId)}`, { method: 'DELETE' });

export interface CancelInput {
  eventId: string;
  registrationId: string;
}

/** Cancelling one's registration: the page offers registering again at once; the counts follow from the server. */
export function useCancelRegistration(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ registrationId }: CancelInput) => cancelRegistration(registrationId),
    onSuccess: (_void, { eventId }) => {
      queryClient.setQueryData(eventQueryOptions(eventId, true).queryKey, (event) =>
        event ? { ...event, myRegistration: null } : event,
      );
      options.onSuccess?.();
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['events'] }),
        queryClient.invalidateQueries({ queryKey: ['registrations'] }),
      ]);
    },
  });
}
