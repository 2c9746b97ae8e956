/**
 * RFC 5545 calendars of bookings, built with ical-generator. Each event is written in its space's
 * zone (DTSTART;TZID=…) with a VTIMEZONE from timezones-ical-library, so calendar apps show the
 * right wall-clock time whatever zone they run in; DTSTAMP, CREATED and LAST-MODIFIED are UTC
 * (`…Z`, RFC 5545 §3.8.7). Cancelled and released bookings stay in the feed as STATUS:CANCELLED, so
 * that subscribed calendars remove them instead of keeping a stale event.
 *
 * The calendar has no zone of its own: no X-WR-TIMEZONE (a non-standard hint that some apps apply
 * to every event, wrong for a feed whose spaces lie in different zones, and needless when every
 * time already carries its TZID) and no TIMEZONE-ID (not a property of any standard).
 *
 * E-mail attachments are iTIP messages (RFC 5546): METHOD:REQUEST for a confirmation and
 * METHOD:CANCEL, the same UID with a higher SEQUENCE, for a cancellation, one booking (UID) per
 * file, with the person as ATTENDEE; the ORGANIZER is the message's sender, added when it is sent
 * (`withOrganizer`), so it always matches the From header.
 */
import { TZDate } from '@date-fns/tz';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
} from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { BookingRow, PlacedBooking } from '../bookings/bookings-repo.js';

type BookingStatus = BookingRow['status'];

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

/** Someone in a scheduling message: the organizer (PopDesk's sender) or the attendee (the person). */
export interface CalendarUser {
  name: string;
  email: string;
}

/** iTIP methods: PUBLISH for feeds and downloads, REQUEST and CANCEL for e-mail attachments. */
export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

const TEXT = {
  de: {
    desk: 'Arbeitsplatz',
    calendar: 'PopDesk-Buchungen',
    status: 'Status',
    booking: 'Buchung',
    statuses: {
      confirmed: 'Bestätigt',
      checked_in: 'Eingecheckt',
      cancelled: 'Storniert',
      no_show: 'Nicht erschienen',
    },
  },
  en: {
    desk: 'Desk',
    calendar: 'PopDesk bookings',
    status: 'Status',
    booking: 'Booking',
    statuses: { confirmed: 'Confirmed', checked_in: 'Checked in', cancelled: 'Cancelled', no_show: 'No-show' },
  },
} as const satisfies Record<Locale, { statuses: Record<BookingStatus, string> } & Record<string, unknown>>;

/** A booking status in the person's language, as the app shows it. */
export const statusLabel = (status: BookingStatus, locale: Locale) => TEXT[locale].statuses[status];

/**
 * The desk as a calendar names it: its own name ("Arbeitsplatz 1", "Konferenztisch", "Desk 3"), or
 * "Arbeitsplatz 12" / "Desk 12" when the name is only a number or code and says nothing by itself.
 */
export const deskTitle = (deskName: string, locale: Locale) =>
  /\p{L}{2,}/u.test(deskName) ? deskName : `${TEXT[locale].desk} ${deskName}`;

/** "Arbeitsplatz 1 · Coworking am Markt" */
export const eventSummary = (b: CalendarBooking, locale: Locale) =>
  `${deskTitle(b.deskName, locale)} · ${b.space.name}`;

/** The space's name, street address and town, as one LOCATION line. */
export const eventLocation = (b: { space: Pick<CalendarBooking['space'], 'name' | 'address' | 'town'> }) =>
  [b.space.name, b.space.address, b.space.address?.includes(b.space.town) ? null : b.space.town]
    .filter(Boolean)
    .join(', ');

const isCancelled = (b: BookingRow) => b.status === 'cancelled' || b.status === 'no_show';

type CalendarOptions = { locale: Locale; now: Date; method?: CalendarMethod; attendee?: CalendarUser };

export function bookingsCalendar(items: CalendarBooking[], opts: CalendarOptions): string {
  const cal = newCalendar(opts);
  addBookings(cal, items, opts);
  return cal.toString();
}

/** An empty calendar in the person's language; it writes one VTIMEZONE for each zone its events use. */
export function newCalendar(opts: { locale: Locale; method?: CalendarMethod }): ICalCalendar {
  return ical({
    prodId: { company: 'PopDesk', product: 'PopDesk', language: opts.locale.toUpperCase() },
    name: TEXT[opts.locale].calendar,
    method: ICalCalendarMethod[opts.method ?? 'PUBLISH'],
    // no calendar zone (see above): only the generator, which writes one VTIMEZONE per event zone
    timezone: { name: null, generator: vtimezone },
  });
}

/** One VEVENT per booking. */
export function addBookings(cal: ICalCalendar, items: CalendarBooking[], opts: CalendarOptions): void {
  const method = opts.method ?? 'PUBLISH';
  for (const item of items) {
    const { booking: b, space } = item;
    // a CANCEL message cancels whatever the booking's state; the feed shows the state as it is
    const cancelled = method === 'CANCEL' || isCancelled(b);
    const event = cal.createEvent({
      id: `${b.id}@popdesk`,
      start: new TZDate(b.startAt.getTime(), space.timezone),
      end: new TZDate(b.endAt.getTime(), space.timezone),
      timezone: space.timezone,
      // plain Dates in UTC: with no calendar zone ical-generator writes them as …Z
      stamp: new Date(opts.now.getTime()),
      created: new Date(b.createdAt.getTime()),
      lastModified: new Date((b.cancelledAt ?? b.checkedInAt ?? b.createdAt).getTime()),
      // a cancellation is a later version of the same event: calendar apps apply the higher SEQUENCE
      sequence: cancelled ? 1 : 0,
      summary: eventSummary(item, opts.locale),
      location: eventLocation(item),
      description: `${TEXT[opts.locale].booking} ${b.id}\n${TEXT[opts.locale].status}: ${statusLabel(cancelled ? 'cancelled' : b.status, opts.locale)}`,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    if (opts.attendee && method !== 'PUBLISH')
      event.createAttendee({
        email: opts.attendee.email,
        // ical-generator 10 writes a quote inside the quoted CN as \", which no parser reads (RFC 6868
        // would be ^'); a name's quotes become apostrophes, so the line stays valid
        ...(opts.attendee.name ? { name: opts.attendee.name.replace(/"/g, "'") } : {}),
        role: ICalAttendeeRole.REQ,
        // the person booked it themselves: accepted, and no reply is expected
        ...(method === 'REQUEST' ? { status: ICalAttendeeStatus.ACCEPTED } : {}),
        rsvp: false,
      });
  }
}

/** "PopDesk <no-reply@example.org>", "\"PopDesk\" <…>" or a bare address, as name and address. */
export function parseMailbox(mailbox: string): CalendarUser {
  const m = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+)>\s*$/.exec(mailbox);
  if (m) return { name: m[1]!.trim() || 'PopDesk', email: m[2]! };
  return { name: 'PopDesk', email: mailbox.trim() };
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let part = '';
  for (const ch of line) {
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (Buffer.byteLength(part + ch) > limit) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/**
 * Adds the ORGANIZER (RFC 5546 requires it in REQUEST and CANCEL) to every event of an iTIP
 * message that has none; done when the message is sent, with its sender. Feeds are left as they are.
 */
export function withOrganizer(ics: string, organizer: CalendarUser): string {
  if (!/^METHOD:(REQUEST|CANCEL)\r?$/m.test(ics) || /^ORGANIZER[;:]/m.test(ics)) return ics;
  // RFC 6868 escaping of the quoted CN parameter; the address goes in as a mailto: URI
  const cn = organizer.name.replace(/\^/g, '^^').replace(/"/g, "^'").replace(/\r?\n/g, '^n');
  const line = fold(`ORGANIZER;CN="${cn}":mailto:${organizer.email}`);
  return ics.replace(/\r\nEND:VEVENT\r\n/g, `\r\n${line}\r\nEND:VEVENT\r\n`);
}
