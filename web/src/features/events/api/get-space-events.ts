import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Event } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/**
 * `GET /spaces/:id/events?from=<date>`: one space's events ending on or after that local date, up
 * to 90 days ahead (its staff also see non-public and cancelled ones). A date, not an instant, so
 * the key stays the same all day; events already over are left out by the caller.
 */
export const getSpaceEvents = (spaceId: string, from: string) =>
  api<Event[]>(`/spaces/${encodeURIComponent(spaceId)}/events?from=${encodeURIComponent(from)}`);

export const spaceEventsQueryOptions = (spaceId: string, from: string) =>
  queryOptions({ queryKey: ['events', 'space', spaceId, from], queryFn: () => getSpaceEvents(spaceId, from) });

export const useSpaceEvents = (spaceId: string, from: string) => useQuery(spaceEventsQueryOptions(spaceId, from));
