import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UsageReport } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export interface UsageRange {
  from: string;
  to: string;
  /** One space, or every space the caller may see. */
  spaceId?: string;
}

const query = ({ from, to, spaceId }: UsageRange) =>
  `from=${from}&to=${to}${spaceId ? `&spaceId=${encodeURIComponent(spaceId)}` : ''}`;

export const getUsage = (range: UsageRange) => api<UsageReport>(`/reports/usage?${query(range)}`);

export const usageQueryOptions = (range: UsageRange) =>
  queryOptions({ queryKey: ['reports', 'usage', range], queryFn: () => getUsage(range), staleTime: 5 * 60_000 });

export const useUsage = (range: UsageRange) =>
  useQuery({ ...usageQueryOptions(range), placeholderData: keepPreviousData });

export const usagePath = query;
