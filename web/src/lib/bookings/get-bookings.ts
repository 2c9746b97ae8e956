import type { Booking, BookingQuery } from '@popdesk/shared';
import { api } from '../api-client';

/** The query of `GET /bookings` as the browser sends it: every value a string. */
export type BookingListParams = { [K in keyof BookingQuery]?: string };

/**
 * `GET /bookings`: a coworker's own bookings, or those of the spaces staff run (all for admins),
 * filtered by the given params (empty ones are left out, the rest sent in the given order).
 * Each feature keeps its own query options: what it asks for and how long it keeps it differ.
 */
export function getBookings<T extends Booking = Booking>(query: BookingListParams = {}) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const search = params.toString();
  return api<T[]>(search ? `/bookings?${search}` : '/bookings');
}
