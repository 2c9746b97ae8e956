import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Registration } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { eventQueryOptions } from './get-event';

/** `POST /events/:id/registrations` with `{}`: the caller registers (or joins the waitlist when full). */
export const registerForEvent = (eventId: string) =>
  api<Registration>(`/events/${encodeURIComponent(eventId)}/registrations`, { method: 'POST', body: {} });

/**
 * Registering: the page shows the answer at once (the caller's registration and the counts), then
 * the event, the lists and my registrations are asked for again.
 */
export function useRegister(options: { onSuccess?: (r: Registration) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerForEvent,
    onSuccess: (r, eventId) => {
      queryClient.setQueryData(eventQueryOptions(eventId, true).queryKey, (event) =>
        event
          ? {
              ...event,
              myRegistration: { id: r.id, status: r.status, position: r.position },
              registered: event.registered + (r.status === 'waitlisted' ? 0 : 1),
              waitlisted: event.waitlisted + (r.status === 'waitlisted' ? 1 : 0),
            }
          : event,
      );
      options.onSuccess?.(r);
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['events'] }),
        queryClient.invalidateQueries({ queryKey: ['registrations'] }),
      ]);
    },
  });
}
