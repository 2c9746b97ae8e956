import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Availability, DeskFeature } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** `features` (canonical order) narrows the day to the desks that have all of them. */
export const getAvailability = (spaceId: string, date: string, features: readonly DeskFeature[] = []) =>
  api<Availability>(
    `/spaces/${encodeURIComponent(spaceId)}/availability?date=${encodeURIComponent(date)}` +
      (features.length > 0 ? `&features=${features.join(',')}` : ''),
  );

/**
 * Free time changes whenever anyone books, so it is always refetched when looked at again. A
 * filtered day has its key below the day's (`['availability', spaceId, date, 'monitor,quiet']`), so
 * invalidating the day invalidates its filtered answers too.
 */
export const availabilityQueryOptions = (spaceId: string, date: string, features: readonly DeskFeature[] = []) =>
  queryOptions({
    queryKey:
      features.length > 0 ? ['availability', spaceId, date, features.join(',')] : ['availability', spaceId, date],
    queryFn: () => getAvailability(spaceId, date, features),
    staleTime: 0,
    refetchInterval: 60_000,
  });

export const useAvailability = (spaceId: string, date: string, enabled = true, features: readonly DeskFeature[] = []) =>
  useQuery({ ...availabilityQueryOptions(spaceId, date, features), enabled });
