import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Event } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { EVENTS_KEY } from './get-space-events';

/** `GET /events/:id`: for staff of its space with `attended`, non-public and cancelled ones too. */
export const getEvent = (eventId: string) => api<Event>(`/events/${encodeURIComponent(eventId)}`);

export const eventQueryOptions = (eventId: string) =>
  queryOptions({ queryKey: [...EVENTS_KEY, 'event', eventId], queryFn: () => getEvent(eventId) });

export const useEvent = (eventId: string) => useQuery(eventQueryOptions(eventId));
