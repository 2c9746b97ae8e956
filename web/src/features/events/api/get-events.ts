import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Event, EventKind } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export interface EventsQuery {
  spaceId?: string;
  kind?: EventKind;
}

/** `GET /events`: public scheduled events across spaces, from now to 90 days ahead (the server's default). */
export const getEvents = ({ spaceId, kind }: EventsQuery = {}) => {
  const params = new URLSearchParams();
  if (spaceId) params.set('spaceId', spaceId);
  if (kind) params.set('kind', kind);
  const query = params.toString();
  return api<Event[]>(`/events${query ? `?${query}` : ''}`);
};

export const eventsQueryOptions = (query: EventsQuery = {}) =>
  queryOptions({ queryKey: ['events', 'list', query], queryFn: () => getEvents(query) });

export const useEvents = (query: EventsQuery = {}) => useQuery(eventsQueryOptions(query));
