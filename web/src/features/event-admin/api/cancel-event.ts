import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Event } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { EVENTS_KEY } from './get-space-events';

/** `POST /events/:id/cancel`: the places are freed and registrants told, quoting the message if any. */
export const cancelEvent = (eventId: string, message?: string) =>
  api<Event>(`/events/${encodeURIComponent(eventId)}/cancel`, {
    method: 'POST',
    body: message?.trim() ? { message: message.trim() } : {},
  });

export function useCancelEvent(options: { onSuccess?: (event: Event) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, message }: { eventId: string; message?: string }) => cancelEvent(eventId, message),
    onSuccess: (event) => options.onSuccess?.(event),
    onSettled: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
}
