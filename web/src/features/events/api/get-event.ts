import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Event } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { useIsLoggedIn } from '../../../lib/auth-token';

export const getEvent = (eventId: string) => api<Event>(`/events/${encodeURIComponent(eventId)}`);

/**
 * One event. Signed in, the answer carries the caller's own registration, so the key says whether
 * the caller is signed in: coming back from the login, the page asks again.
 */
export const eventQueryOptions = (eventId: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['events', 'detail', eventId, signedIn],
    queryFn: () => getEvent(eventId),
    // places fill up while the page is open
    staleTime: 0,
    refetchInterval: 60_000,
  });

export function useEvent(eventId: string) {
  const signedIn = useIsLoggedIn();
  return useQuery(eventQueryOptions(eventId, signedIn));
}

/** The event's calendar file on the server (RFC 5545), same visibility as the event. */
export const eventIcsPath = (eventId: string) => `/events/${encodeURIComponent(eventId)}/event.ics`;
