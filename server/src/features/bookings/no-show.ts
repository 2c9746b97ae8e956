/**
 * No-show release: in spaces with `checkInRequired`, a confirmed booking not checked in by
 * start + releaseAfterMinutes becomes `no_show`, which frees its desk. One conditional UPDATE, so
 * each booking is released once whichever instance or restart runs it; its event (a
 * `booking.no_show` webhook, and the freed rest of its time offered to the next person waiting) is
 * queued in the same transaction, so it exists exactly when the release does.
 */
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bookings } from '../../db/schema.js';
import { bookingEvents, type EventLog } from './booking-events.js';

/**
 * Releases every overdue booking, or (when booking) only those that could stand in the new
 * booking's way: on its desk, or held by its person. Those are not offered to the waitlist: the
 * booking that found them in its way is about to take the time.
 */
export async function releaseNoShows(
  db: Db,
  now: Date,
  scope?: { deskId: string; userId: string | null },
  log?: EventLog,
): Promise<number> {
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    const released = await tx
      .update(bookings)
      .set({ status: 'no_show' })
      .where(
        and(
          eq(bookings.status, 'confirmed'),
          lte(bookings.startAt, now),
          sql`exists (select 1 from spaces s where s.id = ${bookings.spaceId} and s.check_in_required
                and ${bookings.startAt} + make_interval(mins => s.release_after_minutes) <= ${at}::timestamptz)`,
          scope
            ? sql`(${bookings.deskId} = ${scope.deskId}${scope.userId ? sql` or ${bookings.userId} = ${scope.userId}` : sql``})`
            : undefined,
        ),
      )
      .returning();
    if (released.length > 0) {
      await bookingEvents.emit(tx, 'booking.no_show', released, now, log, { offerFreedTime: !scope });
    }
    return released.length;
  });
}
