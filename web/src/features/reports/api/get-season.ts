import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SeasonReport } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { usagePath, type UsageRange } from './get-usage';

/** One space (or all) from month A to month B, month by month, with totals. */
export const getSeason = (range: UsageRange) => api<SeasonReport>(`/reports/season?${usagePath(range)}`);

export const seasonQueryOptions = (range: UsageRange) =>
  queryOptions({ queryKey: ['reports', 'season', range], queryFn: () => getSeason(range), staleTime: 5 * 60_000 });

export const useSeason = (range: UsageRange, enabled = true) =>
  useQuery({ ...seasonQueryOptions(range), enabled, placeholderData: keepPreviousData });
