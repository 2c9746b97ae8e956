import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Event } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** `GET /spaces/:id/events?from=date&to=date`: a day's events (staff also see non-public and cancelled ones). */
export const getDayEvents = (spaceId: string, date: string) =>
  api<Event[]>(`/spaces/${encodeURIComponent(spaceId)}/events?${new URLSearchParams({ from: date, to: date })}`);

export const dayEventsQueryOptions = (spaceId: string, date: string) =>
  queryOptions({
    queryKey: ['events', 'manage', 'day', spaceId, date],
    queryFn: () => getDayEvents(spaceId, date),
    staleTime: 30_000,
  });

export const useDayEvents = (spaceId: string, date: string) => useQuery(dayEventsQueryOptions(spaceId, date));
