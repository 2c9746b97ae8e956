import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DemandEvidence } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export interface DemandRange {
  spaceId: string;
  from: string;
  to: string;
}

/** The space's survey answers joined with its visits in the months `from` … `to`. */
export const getDemand = ({ spaceId, from, to }: DemandRange) =>
  api<DemandEvidence>(`/spaces/${encodeURIComponent(spaceId)}/demand?from=${from}&to=${to}`);

export const demandQueryOptions = (range: DemandRange) =>
  queryOptions({ queryKey: ['reports', 'demand', range], queryFn: () => getDemand(range), staleTime: 5 * 60_000 });

export const useDemand = (range: DemandRange, enabled = true) =>
  useQuery({ ...demandQueryOptions(range), enabled, placeholderData: keepPreviousData });
