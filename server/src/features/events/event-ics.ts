/**
 * One event as an RFC 5545 calendar file (`GET /api/events/:eventId/event.ics`), built with
 * ical-generator like the booking calendars (features/calendar, which events may not import).
 * Times are UTC (`…Z`): a download about one event needs no VTIMEZONE, and every calendar app shows
 * it in its own zone. The UID is stable per event, so downloading it again after a change updates
 * the entry: SEQUENCE grows with every change (seconds since the event was made, at its last change),
 * and a cancelled event says STATUS:CANCELLED.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventRecord } from './events-repo.js';

/** The UID of an event's calendar entry (a registration's entry in a person's feed has its own). */
export const eventUid = (eventId: string) => `event-${eventId}@popdesk`;

export function eventCalendar(record: EventRecord, opts: { now: Date; url: string | null }): string {
  const { event: e } = record;
  const cancelled = e.status === 'cancelled';
  const cal = ical({
    prodId: { company: 'PopDesk', product: 'PopDesk', language: 'DE' },
    name: e.title,
    method: ICalCalendarMethod.PUBLISH,
  });
  cal.createEvent({
    id: eventUid(e.id),
    start: new Date(e.startAt.getTime()),
    end: new Date(e.endAt.getTime()),
    stamp: new Date(opts.now.getTime()),
    created: new Date(e.createdAt.getTime()),
    lastModified: new Date(e.updatedAt.getTime()),
    sequence: Math.max(0, Math.floor((e.updatedAt.getTime() - e.createdAt.getTime()) / 1000)),
    summary: e.title,
    description: e.description,
    location: [record.spaceName, record.address, record.address?.includes(record.town) ? null : record.town]
      .filter(Boolean)
      .join(', '),
    url: opts.url,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}
