import { queryOptions, useQuery } from '@tanstack/react-query';
import { BOOKING_LIST_DEFAULT, type Booking, type BookingStatus } from '@popdesk/shared';
import { getBookings as fetchBookings } from '../../../lib/bookings/get-bookings';

/** Filters of GET /bookings; `from`/`to` are instants (the list holds bookings overlapping them). */
export interface BookingFilter {
  spaceId?: string;
  from?: string;
  to?: string;
  status?: BookingStatus;
  /** also the holders' e-mail addresses (`userEmail`) */
  include?: 'email';
}

/**
 * A booking as staff see it: for the spaces they run the API adds the holder's name (`userName`)
 * and, on demand, e-mail (`userEmail`); walk-in guests have their `guestName`.
 */
export type ManagedBooking = Booking;

export const LIST_LIMIT = BOOKING_LIST_DEFAULT;

export const getBookings = (filter: BookingFilter) =>
  fetchBookings<ManagedBooking>({ ...filter, limit: String(LIST_LIMIT) });

/**
 * Staff and admins get the bookings of the spaces they run. Without a filter the key is a prefix
 * of every filtered list, so mutations invalidate them all with `managedBookingsQueryOptions().queryKey`.
 */
export const managedBookingsQueryOptions = (filter: BookingFilter = {}) =>
  queryOptions({ queryKey: ['bookings', 'managed', filter], queryFn: () => getBookings(filter), staleTime: 10_000 });

export const useManagedBookings = (
  filter: BookingFilter,
  options: { enabled?: boolean; refetchInterval?: number } = {},
) => useQuery({ ...managedBookingsQueryOptions(filter), ...options });
