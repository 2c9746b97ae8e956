import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Event } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { EVENTS_KEY } from './get-space-events';

/**
 * `POST /events/:id/duplicate` `{dates}` → 201 the copies, at the same local time on each date. All or
 * nothing: a date that breaks a rule (closed, places booked) fails the whole request, naming the date.
 */
export const duplicateEvent = (eventId: string, dates: string[]) =>
  api<Event[]>(`/events/${encodeURIComponent(eventId)}/duplicate`, { method: 'POST', body: { dates } });

export function useDuplicateEvent(options: { onSuccess?: (copies: Event[]) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, dates }: { eventId: string; dates: string[] }) => duplicateEvent(eventId, dates),
    onSuccess: (copies) => options.onSuccess?.(copies),
    onSettled: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
}
