/**
 * Queues the event e-mails, one per registration, each at most once (a `dedupe_key` per
 * registration and message): registered (an iTIP REQUEST attached) or waitlisted with the place,
 * moved up (REQUEST), the event cancelled (CANCEL for those who held a place), a registration
 * withdrawn (CANCEL). People without an address (walk-in guests, erased accounts) get none.
 */
import { TZDate } from '@date-fns/tz';
import { eq, inArray, sql } from 'drizzle-orm';
import { ICalAttendeeRole, ICalAttendeeStatus, ICalEventStatus } from 'ical-generator';
import type { Db } from '../../db/client.js';
import { events, registrations, spaces, users } from '../../db/schema.js';
import { eventLocation, newCalendar, type Locale } from '../calendar/ics.js';
import { registrationUid } from '../events/registration-dto.js';
import { waitlistPosition } from '../events/events-repo.js';
import {
  eventCancelledMail,
  promotedMail,
  registrationCancelledMail,
  registrationMail,
  type MailEvent,
} from './event-templates.js';
import { mailLinks } from './links.js';
import { enqueueMail, recipient, type Attachment, type NewMail } from './outbox-repo.js';
import type { Rendered } from './templates.js';

type RegistrationRow = typeof registrations.$inferSelect;

/** A registration with its event and space, as the messages about it need them. */
export interface RegistrationToTell {
  registration: RegistrationRow;
  event: MailEvent & { spaceId: string; description: string | null; status: 'scheduled' | 'cancelled' };
  /** 1-based place on the waitlist (by createdAt, id); null unless waitlisted */
  position: number | null;
  /** an account that is erased: nobody to tell any more */
  erased: boolean;
}

/** The registrations a change is about, with their events, in the order they were made. */
export async function registrationsToTell(db: Db, ids: readonly string[]): Promise<RegistrationToTell[]> {
  if (ids.length === 0) return [];
  const found = await db
    .select({
      registration: registrations,
      event: {
        id: events.id,
        spaceId: events.spaceId,
        title: events.title,
        description: events.description,
        startAt: events.startAt,
        endAt: events.endAt,
        status: events.status,
      },
      space: { name: spaces.name, address: spaces.address, town: spaces.town, timezone: spaces.timezone },
      position: waitlistPosition(registrations),
      erased: sql<boolean>`${users.erasedAt} is not null`,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .innerJoin(spaces, eq(spaces.id, events.spaceId))
    .leftJoin(users, eq(users.id, registrations.userId))
    .where(inArray(registrations.id, [...ids]))
    .orderBy(registrations.createdAt, registrations.id);
  return found.map(({ registration, event, space, position, erased }) => ({
    registration,
    event: { ...event, space },
    position: position === null ? null : Number(position),
    erased: Boolean(erased),
  }));
}

/**
 * The .ics of a registration as an iTIP message (RFC 5546): REQUEST when the person holds a place,
 * CANCEL (same UID `<registrationId>@popdesk`, higher SEQUENCE) when it is gone. The ORGANIZER is
 * added when the message is sent (`withOrganizer` in the worker), with the sender.
 */
export function registrationInvitation(
  item: RegistrationToTell,
  to: { name: string; email: string; locale: Locale },
  now: Date,
  method: 'REQUEST' | 'CANCEL',
): Attachment {
  const { event: e, registration: r } = item;
  const tz = e.space.timezone;
  const cal = newCalendar({ locale: to.locale, method });
  cal.name(to.locale === 'de' ? 'PopDesk-Veranstaltungen' : 'PopDesk events');
  const cancelled = method === 'CANCEL';
  const link = mailLinks.event(e.id);
  const vevent = cal.createEvent({
    id: registrationUid(r.id),
    start: new TZDate(e.startAt.getTime(), tz),
    end: new TZDate(e.endAt.getTime(), tz),
    timezone: tz,
    stamp: new Date(now.getTime()),
    created: new Date(r.createdAt.getTime()),
    lastModified: new Date(now.getTime()),
    sequence: cancelled ? 1 : 0,
    summary: e.title,
    location: eventLocation(e),
    ...(e.description ? { description: e.description } : {}),
    ...(link ? { url: link } : {}),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  vevent.createAttendee({
    email: to.email,
    // a quote inside the quoted CN would break the line (see calendar/ics.ts): apostrophes instead
    ...(to.name ? { name: to.name.replace(/"/g, "'") } : {}),
    role: ICalAttendeeRole.REQ,
    ...(cancelled ? {} : { status: ICalAttendeeStatus.ACCEPTED }),
    rsvp: false,
  });
  return {
    filename: 'popdesk-event.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: cal.toString(),
  };
}

/** registered / waitlisted (a new registration), promoted, the event cancelled, the registration withdrawn */
export type EventMailKind = 'registered' | 'waitlisted' | 'promoted' | 'cancelled' | 'withdrawn';

const OUTBOX_KIND: Record<EventMailKind, NewMail['kind']> = {
  registered: 'event_registration',
  waitlisted: 'event_registration',
  promoted: 'event_promoted',
  cancelled: 'event_cancelled',
  withdrawn: 'event_registration',
};

/**
 * Queues one message about a registration to its person; false when there is no one to tell or it
 * was queued before. The dedupe key (`event-<kind>:<registrationId>`) keeps a retried change from
 * queueing it twice.
 */
export async function queueEventMail(
  db: Db,
  kind: EventMailKind,
  item: RegistrationToTell,
  now: Date,
  message?: string | null,
): Promise<boolean> {
  const to = await recipient(db, item.registration.userId);
  if (!to) return false;
  const { event: e } = item;
  const holdsPlace = item.registration.status === 'registered' || item.registration.status === 'attended';
  let rendered: Rendered;
  let method: 'REQUEST' | 'CANCEL' | null = null;
  switch (kind) {
    case 'registered':
      rendered = registrationMail(to.name, e, to.locale, null);
      method = 'REQUEST';
      break;
    case 'waitlisted':
      rendered = registrationMail(to.name, e, to.locale, { position: item.position ?? 1 });
      break;
    case 'promoted':
      rendered = promotedMail(to.name, e, to.locale);
      method = 'REQUEST';
      break;
    case 'cancelled':
      rendered = eventCancelledMail(to.name, e, to.locale, message);
      // those on the waitlist never had an invitation to take back
      method = holdsPlace ? 'CANCEL' : null;
      break;
    case 'withdrawn':
      rendered = registrationCancelledMail(to.name, e, to.locale, message);
      method = 'CANCEL';
      break;
  }
  return enqueueMail(
    db,
    to,
    {
      kind: OUTBOX_KIND[kind],
      userId: item.registration.userId!,
      ...rendered,
      attachments: method ? [registrationInvitation(item, to, now, method)] : [],
      dedupeKey: `event-${kind}:${item.registration.id}`,
    },
    now,
  );
}
