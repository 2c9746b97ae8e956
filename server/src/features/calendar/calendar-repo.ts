import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bookings, desks, events, registrations, spaces, users } from '../../db/schema.js';
import { placedBookingColumns } from '../bookings/bookings-repo.js';
import type { CalendarBooking } from './ics.js';
import type { CalendarRegistration } from './registration-ics.js';

/** How far back the feed reaches; older bookings only make the feed heavy. */
export const FEED_PAST_DAYS = 90;
/** At most this many events in a feed (oldest first). */
export const FEED_LIMIT = 1000;

/** A person's bookings for their feed: the last 90 days and everything ahead. */
export async function feedBookings(db: Db, userId: string, now: Date): Promise<CalendarBooking[]> {
  return db
    .select(placedBookingColumns)
    .from(bookings)
    .innerJoin(desks, eq(desks.id, bookings.deskId))
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .where(and(eq(bookings.userId, userId), gt(bookings.endAt, new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000))))
    .orderBy(bookings.startAt, bookings.id)
    .limit(FEED_LIMIT);
}

/** A person's registrations holding a place at events of the same span, for their feed. */
export async function feedRegistrations(db: Db, userId: string, now: Date): Promise<CalendarRegistration[]> {
  const since = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000);
  const found = await db
    .select({
      registration: registrations,
      event: {
        id: events.id,
        title: events.title,
        startAt: events.startAt,
        endAt: events.endAt,
        status: events.status,
        updatedAt: events.updatedAt,
        cancelledAt: events.cancelledAt,
      },
      space: { name: spaces.name, town: spaces.town, address: spaces.address, timezone: spaces.timezone },
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .innerJoin(spaces, eq(spaces.id, events.spaceId))
    .where(
      and(
        eq(registrations.userId, userId),
        inArray(registrations.status, ['registered', 'attended']),
        gt(events.endAt, since),
      ),
    )
    .orderBy(events.startAt, registrations.id)
    .limit(FEED_LIMIT);
  return found.map(({ registration: r, event, space }) => ({ ...r, event, space }));
}

/** The (not erased) person a secret feed token belongs to. */
export async function userByCalendarToken(db: Db, token: string): Promise<{ id: string; locale: 'de' | 'en' } | null> {
  const [row] = await db
    .select({ id: users.id, locale: users.locale, erasedAt: users.erasedAt })
    .from(users)
    .where(eq(users.calendarToken, token));
  return row && !row.erasedAt ? { id: row.id, locale: row.locale } : null;
}
