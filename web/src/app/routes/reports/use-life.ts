import type { ReportMonths } from '@popdesk/shared';
import { todayIn } from '../../../lib/dates';
import { useReportMonths } from '../../../features/reports/api/get-report-months';
import { addMonths, monthOf } from '../../../features/reports/utils/months';

/**
 * The months of a space's (or all spaces') life from the server. Should that answer fail, the
 * pickers still work over the last three years of the local calendar instead of a dead page.
 */
export function useLife(spaceId: string | undefined, timezone: string, enabled = true): ReportMonths | undefined {
  const months = useReportMonths(spaceId, enabled);
  if (months.data) return months.data;
  if (!months.isError) return undefined;
  const current = monthOf(todayIn(timezone));
  return { from: addMonths(current, -35), to: current, current, lastComplete: addMonths(current, -1) };
}
