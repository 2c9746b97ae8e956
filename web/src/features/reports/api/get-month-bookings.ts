import { queryOptions, useQuery } from '@tanstack/react-query';
import { BOOKING_LIST_MAX } from '@popdesk/shared';
import { getBookings } from '../../../lib/bookings/get-bookings';
import { zonedInstant } from '../../../lib/dates';
import { addMonths } from '../utils/months';

/** More than a month of one space ever holds in the pilots; a full page means "maybe incomplete". */
export const MONTH_BOOKINGS_LIMIT = BOOKING_LIST_MAX;

/** A space's bookings overlapping a local month: only their times and status feed the weekday × hour map. */
export function getMonthBookings(spaceId: string, month: string, timezone: string) {
  const from = zonedInstant(`${month}-01`, '00:00', timezone).toISOString();
  const to = zonedInstant(`${addMonths(month, 1)}-01`, '00:00', timezone).toISOString();
  return getBookings({ spaceId, from, to, limit: String(MONTH_BOOKINGS_LIMIT) });
}

export const monthBookingsQueryOptions = (spaceId: string, month: string, timezone: string) =>
  queryOptions({
    queryKey: ['reports', 'bookings', spaceId, month],
    queryFn: () => getMonthBookings(spaceId, month, timezone),
    staleTime: 5 * 60_000,
    // only times and statuses are kept: names never reach the report
    select: (list) => list.map(({ start, end, status }) => ({ start, end, status })),
  });

export const useMonthBookings = (spaceId: string, month: string, timezone: string, enabled: boolean) =>
  useQuery({ ...monthBookingsQueryOptions(spaceId, month, timezone), enabled });
