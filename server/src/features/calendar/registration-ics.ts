/**
 * A person's event registrations in their calendar feed: one VEVENT per registration that holds a
 * place (`registered` or `attended`), in the space's zone, SUMMARY the event's title, LOCATION the
 * space. Waiting and withdrawn registrations are not in the feed. An event cancelled by its staff
 * stays as STATUS:CANCELLED with SEQUENCE:1 (as cancelled bookings do), so subscribed calendars
 * remove it. The UID is the registration's (`<registrationId>@popdesk`), as in its e-mails.
 */
import { TZDate } from '@date-fns/tz';
import { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { registrationUid } from '../events/registration-dto.js';
import { eventLocation, type Locale } from './ics.js';

export interface CalendarRegistration {
  id: string;
  status: 'registered' | 'attended' | 'waitlisted' | 'cancelled';
  createdAt: Date;
  promotedAt: Date | null;
  checkedInAt: Date | null;
  event: {
    id: string;
    title: string;
    startAt: Date;
    endAt: Date;
    status: 'scheduled' | 'cancelled';
    updatedAt: Date;
    cancelledAt: Date | null;
  };
  space: { name: string; town: string; address: string | null; timezone: string };
}

const TEXT = {
  de: { event: 'Veranstaltung', cancelled: 'Abgesagt', registered: 'Angemeldet', attended: 'Teilgenommen' },
  en: { event: 'Event', cancelled: 'Cancelled', registered: 'Registered', attended: 'Attended' },
} as const;

const latest = (...dates: (Date | null)[]) => new Date(Math.max(...dates.map((d) => d?.getTime() ?? 0)));

/** One VEVENT per registration holding a place; the others are skipped. */
export function addRegistrations(
  cal: ICalCalendar,
  items: CalendarRegistration[],
  opts: { locale: Locale; now: Date },
): void {
  const text = TEXT[opts.locale];
  for (const r of items) {
    if (r.status !== 'registered' && r.status !== 'attended') continue;
    const { event, space } = r;
    const cancelled = event.status === 'cancelled';
    cal.createEvent({
      id: registrationUid(r.id),
      start: new TZDate(event.startAt.getTime(), space.timezone),
      end: new TZDate(event.endAt.getTime(), space.timezone),
      timezone: space.timezone,
      stamp: new Date(opts.now.getTime()),
      created: new Date(r.createdAt.getTime()),
      lastModified: latest(r.createdAt, r.promotedAt, r.checkedInAt, event.updatedAt, event.cancelledAt),
      sequence: cancelled ? 1 : 0,
      summary: event.title,
      location: eventLocation(r),
      description: `${text.event}: ${event.title}\n${cancelled ? text.cancelled : text[r.status]}`,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
}
