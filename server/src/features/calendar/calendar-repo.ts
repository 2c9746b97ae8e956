import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bookings, desks, spaces, users } from '../../db/schema.js';
import { placedBookingColumns } from '../bookings/bookings-repo.js';
import type { CalendarBooking } from './ics.js';

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

/** The (not erased) person a secret feed token belongs to. */
export async function userByCalendarToken(db: Db, token: string): Promise<{ id: string; locale: 'de' | 'en' } | null> {
  const [row] = await db
    .select({ id: users.id, locale: users.locale, erasedAt: users.erasedAt })
    .from(users)
    .where(eq(users.calendarToken, token));
  return row && !row.erasedAt ? { id: row.id, locale: row.locale } : null;
}
