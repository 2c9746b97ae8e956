import { useMemo } from 'react';
import type { MonthlyReport } from '@popdesk/shared';
import { MONTH_BOOKINGS_LIMIT, useMonthBookings } from '../api/get-month-bookings';
import { agreesWith, weekdayHourMap, type HeatmapSpace } from '../utils/heatmap';

/**
 * The month's weekday × hour map, built from its bookings once the space's hours are known; null
 * while loading, when the month has too many bookings to fetch, or when the map disagrees with the
 * report's own figures.
 */
export function useReportHeatmap(report: MonthlyReport, detail: HeatmapSpace | undefined) {
  const bookings = useMonthBookings(report.spaceId, report.month, report.timezone, !!detail);
  const heatmap = useMemo(() => {
    if (!detail || !bookings.data || bookings.data.length >= MONTH_BOOKINGS_LIMIT) return null;
    const map = weekdayHourMap(detail, report.month, bookings.data);
    return agreesWith(map, report) ? map : null;
  }, [detail, bookings.data, report]);
  return { heatmap, loading: bookings.isPending && !!detail };
}
