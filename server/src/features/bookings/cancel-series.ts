/**
 * Cancelling the rest of a series: every counting occurrence starting at or after `from` that the
 * caller may cancel (holders: those not yet ended; staff of the space and admins: all).
 */
import { and, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bookings } from '../../db/schema.js';
import { notFound } from '../../lib/problems.js';
import type { AuthUser } from '../../lib/auth-user.js';
import { bookingEvents } from './booking-events.js';
import type { BookingRow } from './bookings-repo.js';
import { bookingAccess } from './booking-access.js';

export async function cancelSeries(
  db: Db,
  req: { actor: AuthUser; seriesId: string; from: Date; now: Date },
): Promise<BookingRow[]> {
  const { actor, seriesId, from, now } = req;
  const all = await db.select().from(bookings).where(eq(bookings.seriesId, seriesId));
  const visible = all.filter((b) => bookingAccess(actor, b) !== null);
  if (visible.length === 0) throw notFound('This series');
  const ids = visible
    .filter((b) => b.startAt >= from && (bookingAccess(actor, b) === 'manager' || b.endAt > now))
    .map((b) => b.id);
  if (ids.length === 0) return [];
  const cancelled = await db.transaction(async (tx) => {
    const rows = await tx
      .update(bookings)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(
        and(
          inArray(bookings.id, ids),
          inArray(bookings.status, ['confirmed', 'checked_in']),
          gte(bookings.startAt, from),
        ),
      )
      .returning();
    // (which also offers each freed desk-time to the next person waiting, in this transaction)
    if (rows.length > 0) await bookingEvents.emit(tx, 'booking.cancelled', rows, now);
    return rows;
  });
  return cancelled.sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
}
