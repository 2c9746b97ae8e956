/**
 * "Book my usual": the desk and wall-clock times of the person's most recent booking of a
 * favourite, on another date, and the next day the space is open for them.
 */
import type { Booking, Closure, CreateBookingBody, OpeningHour } from '@popdesk/shared';
import { addDays, isoWeekday, todayIn, wallTime, zonedInstant } from '../dates';

export interface UsualTimes {
  booking: Booking;
  /** `HH:MM` in the space's zone */
  start: string;
  end: string;
}

/** What is known of the space: its zone, and when it is open (when the space list said). */
export interface UsualSpace {
  timezone: string;
  openingHours?: OpeningHour[];
  /** closures ahead (the space list sends the next two weeks') */
  upcomingClosures?: Closure[];
  opensOn?: string | null;
  closesOn?: string | null;
}

/** The most recent booking (latest start, not cancelled) of one of the favourite desks, or null. */
export function usualBooking(bookings: Booking[], favouriteIds: Set<string>): Booking | null {
  let found: Booking | null = null;
  for (const b of bookings) {
    if (b.status === 'cancelled' || !favouriteIds.has(b.deskId)) continue;
    if (!found || Date.parse(b.start) > Date.parse(found.start)) found = b;
  }
  return found;
}

export const usualTimes = (booking: Booking, timezone: string): UsualTimes => ({
  booking,
  start: wallTime(booking.start, timezone),
  end: wallTime(booking.end, timezone),
});

const DAYS_AHEAD = 28;

/**
 * The first date from today on when the space is open for the whole of the usual times, not
 * closed, and the start is still ahead; without opening hours to go by, the first day whose start
 * is ahead. Tomorrow when nothing fits within four weeks (the server then says why).
 */
export function nextOpeningDay(space: UsualSpace, times: Pick<UsualTimes, 'start' | 'end'>, now: Date): string {
  const tz = space.timezone;
  const today = todayIn(tz, now);
  const closedAllDay = new Set((space.upcomingClosures ?? []).filter((c) => !c.starts).map((c) => c.date));
  const end = times.end === '00:00' ? '24:00' : times.end;
  for (let i = 0; i <= DAYS_AHEAD; i++) {
    const date = addDays(today, i);
    if (zonedInstant(date, times.start, tz).getTime() <= now.getTime()) continue;
    if (space.opensOn && date < space.opensOn) continue;
    if (space.closesOn && date > space.closesOn) return addDays(today, 1);
    if (closedAllDay.has(date)) continue;
    if (!space.openingHours) return date;
    const fits = space.openingHours.some(
      (h) => h.weekday === isoWeekday(date) && h.opens <= times.start && end <= h.closes,
    );
    if (fits) return date;
  }
  return addDays(today, 1);
}

/** The booking to send: the same desk, the same wall-clock times, on `date`. */
export function usualBookingBody(times: UsualTimes, date: string, timezone: string): CreateBookingBody {
  const end = times.end === '00:00' ? '24:00' : times.end;
  return {
    deskId: times.booking.deskId,
    start: zonedInstant(date, times.start, timezone).toISOString(),
    end: zonedInstant(date, end, timezone).toISOString(),
  };
}
