import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Availability } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const getAvailability = (spaceId: string, date: string) =>
  api<Availability>(`/spaces/${encodeURIComponent(spaceId)}/availability?date=${encodeURIComponent(date)}`);

/** Free time changes whenever anyone books, so it is always refetched when looked at again. */
export const availabilityQueryOptions = (spaceId: string, date: string) =>
  queryOptions({
    queryKey: ['availability', spaceId, date],
    queryFn: () => getAvailability(spaceId, date),
    staleTime: 0,
    refetchInterval: 60_000,
  });

export const useAvailability = (spaceId: string, date: string, enabled = true) =>
  useQuery({ ...availabilityQueryOptions(spaceId, date), enabled });
