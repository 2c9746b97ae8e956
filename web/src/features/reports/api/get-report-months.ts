import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportMonths } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** The months one can report on: the space's (or all spaces') life so far, and which one is still running. */
export const getReportMonths = (spaceId?: string) =>
  api<ReportMonths>(`/reports/months${spaceId ? `?spaceId=${encodeURIComponent(spaceId)}` : ''}`);

export const reportMonthsQueryOptions = (spaceId?: string) =>
  queryOptions({
    queryKey: ['reports', 'months', spaceId ?? null],
    queryFn: () => getReportMonths(spaceId),
    staleTime: 5 * 60_000,
  });

export const useReportMonths = (spaceId?: string, enabled = true) =>
  useQuery({ ...reportMonthsQueryOptions(spaceId), enabled });
