import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Registration } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { EVENTS_KEY } from './get-space-events';

/**
 * `GET /events/:id/registrations` (staff/admin): with names (`userName`, `guestName`), `checkedInAt`
 * and, after the end, `noShow`; holding a place first, then the waitlist by position, then cancelled.
 */
export const getRegistrations = (eventId: string) =>
  api<Registration[]>(`/events/${encodeURIComponent(eventId)}/registrations`);

export const registrationsQueryOptions = (eventId: string) =>
  queryOptions({
    queryKey: [...EVENTS_KEY, 'event', eventId, 'registrations'],
    queryFn: () => getRegistrations(eventId),
    staleTime: 10_000,
  });

export const useRegistrations = (eventId: string, options: { refetchInterval?: number } = {}) =>
  useQuery({ ...registrationsQueryOptions(eventId), ...options });
