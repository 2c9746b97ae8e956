import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MonthlyReport } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const getMonthlyReport = (spaceId: string, month: string) =>
  api<MonthlyReport>(`/spaces/${encodeURIComponent(spaceId)}/reports/monthly?month=${encodeURIComponent(month)}`);

export const monthlyReportQueryOptions = (spaceId: string, month: string) =>
  queryOptions({
    queryKey: ['reports', 'monthly', spaceId, month],
    queryFn: () => getMonthlyReport(spaceId, month),
    staleTime: 5 * 60_000,
  });

export const useMonthlyReport = (spaceId: string, month: string) =>
  useQuery({ ...monthlyReportQueryOptions(spaceId, month), enabled: !!spaceId });
