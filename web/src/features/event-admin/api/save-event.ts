import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateEventBody, Event, UpdateEventBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { EVENTS_KEY } from './get-space-events';

/** `POST /spaces/:id/events` → 201 the event. */
export const createEvent = (spaceId: string, body: CreateEventBody) =>
  api<Event>(`/spaces/${encodeURIComponent(spaceId)}/events`, { method: 'POST', body });

/** `PATCH /events/:id` with the fields that changed → the event. */
export const updateEvent = (eventId: string, body: UpdateEventBody) =>
  api<Event>(`/events/${encodeURIComponent(eventId)}`, { method: 'PATCH', body });

export type SaveEventInput =
  { mode: 'create'; spaceId: string; body: CreateEventBody } | { mode: 'edit'; eventId: string; body: UpdateEventBody };

/** Creates or changes an event; every event list and the event itself refetch after. */
export function useSaveEvent(options: { onSuccess?: (event: Event) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveEventInput) =>
      input.mode === 'create' ? createEvent(input.spaceId, input.body) : updateEvent(input.eventId, input.body),
    onSuccess: (event) => options.onSuccess?.(event),
    onSettled: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
}
