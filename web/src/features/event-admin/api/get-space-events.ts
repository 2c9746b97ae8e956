import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Event } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** `from`/`to`: dates (in the space's zone) or instants, as `EventListQuery` takes them. */
export interface EventRange {
  from: string;
  to: string;
}

/** `GET /spaces/:id/events`: for its staff every event of the space, non-public and cancelled ones too. */
export const getSpaceEvents = (spaceId: string, range: EventRange) =>
  api<Event[]>(
    `/spaces/${encodeURIComponent(spaceId)}/events?${new URLSearchParams({ from: range.from, to: range.to })}`,
  );

/** Every event query of this feature starts with this key: a change invalidates them all. */
export const EVENTS_KEY = ['events', 'manage'] as const;

export const spaceEventsQueryOptions = (spaceId: string, range: EventRange) =>
  queryOptions({
    queryKey: [...EVENTS_KEY, 'space', spaceId, range],
    queryFn: () => getSpaceEvents(spaceId, range),
    staleTime: 10_000,
  });

export const useSpaceEvents = (spaceId: string, range: EventRange, enabled = true) =>
  useQuery({ ...spaceEventsQueryOptions(spaceId, range), enabled });
