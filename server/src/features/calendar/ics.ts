/**
 * RFC 5545 calendars of bookings, built with ical-generator. Each event is written in its space's
 * zone (DTSTART;TZID=…) with a VTIMEZONE from timezones-ical-library, so calendar apps show the
 * right wall-clock time whatever zone they run in. Cancelled and released bookings stay in the feed
 * as STATUS:CANCELLED, so that subscribed calendars remove them instead of keeping a stale event.
 */
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { BookingRow, PlacedBooking } from '../bookings/bookings-repo.js';

// A zone's VTIMEZONE block is the same for every calendar: built once per zone (rebuilding it for
// every confirmation e-mail took a tenth of the server's busy time under booking load).
const vtimezones = new Map<string, string | null>();
function vtimezone(tz: string): string | null {
  if (!vtimezones.has(tz)) vtimezones.set(tz, tzlib_get_ical_block(tz)[0] ?? null);
  return vtimezones.get(tz)!;
}

/** What a calendar entry shows: the booking, its desk and its space. */
export type CalendarBooking = PlacedBooking;

export type Locale = 'de' | 'en';

const TEXT = {
  de: { desk: 'Arbeitsplatz', calendar: 'PopDesk-Buchungen', status: 'Status', booking: 'Buchung' },
  en: { desk: 'Desk', calendar: 'PopDesk bookings', status: 'Status', booking: 'Booking' },
} as const;

/** "Desk 3 · Coworking am Markt" */
export const eventSummary = (b: CalendarBooking, locale: Locale) =>
  `${TEXT[locale].desk} ${b.deskName} · ${b.space.name}`;

/** The space's name, street address and town, as one LOCATION line. */
export const eventLocation = (b: CalendarBooking) =>
  [b.space.name, b.space.address, b.space.address?.includes(b.space.town) ? null : b.space.town]
    .filter(Boolean)
    .join(', ');

const isCancelled = (b: BookingRow) => b.status === 'cancelled' || b.status === 'no_show';

export function bookingsCalendar(
  items: CalendarBooking[],
  opts: { locale: Locale; now: Date; method?: 'PUBLISH' | 'REQUEST' | 'CANCEL' },
): string {
  const cal = ical({
    prodId: { company: 'PopDesk', product: 'PopDesk', language: opts.locale.toUpperCase() },
    name: TEXT[opts.locale].calendar,
    method: opts.method ? ICalCalendarMethod[opts.method] : ICalCalendarMethod.PUBLISH,
    timezone: { name: items[0]?.space.timezone ?? 'Europe/Berlin', generator: vtimezone },
  });
  for (const item of items) {
    const { booking: b, space } = item;
    const cancelled = isCancelled(b);
    cal.createEvent({
      id: `${b.id}@popdesk`,
      start: new TZDate(b.startAt.getTime(), space.timezone),
      end: new TZDate(b.endAt.getTime(), space.timezone),
      timezone: space.timezone,
      stamp: opts.now,
      created: b.createdAt,
      lastModified: b.cancelledAt ?? b.checkedInAt ?? b.createdAt,
      // a cancellation is a later version of the same event: calendar apps apply the higher SEQUENCE
      sequence: cancelled ? 1 : 0,
      summary: eventSummary(item, opts.locale),
      location: eventLocation(item),
      description: `${TEXT[opts.locale].booking} ${b.id}\n${TEXT[opts.locale].status}: ${b.status}`,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
