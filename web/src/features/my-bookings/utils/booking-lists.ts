import type { Booking } from '@popdesk/shared';

/** Held (confirmed or checked in) and not yet over. */
export const isUpcoming = (b: Booking, now: number) =>
  (b.status === 'confirmed' || b.status === 'checked_in') && Date.parse(b.end) > now;

/** Upcoming bookings soonest first; the rest (over or cancelled) latest first. */
export function splitBookings(list: Booking[], now: number): { upcoming: Booking[]; past: Booking[] } {
  return {
    upcoming: list.filter((b) => isUpcoming(b, now)).sort((a, b) => a.start.localeCompare(b.start)),
    past: list.filter((b) => !isUpcoming(b, now)).sort((a, b) => b.start.localeCompare(a.start)),
  };
}

/** What "cancel the rest of the series" takes: this occurrence and every later upcoming one of its series. */
export const seriesRest = (upcoming: Booking[], from: Booking) =>
  upcoming.filter((b) => b.seriesId === from.seriesId && b.start >= from.start);
