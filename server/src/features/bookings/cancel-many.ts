/**
 * Staff cancelling several bookings at once (after a closure, say), with one message to the
 * people: all or nothing — every booking must be in a space the caller runs, or none is touched.
 * The rows are locked first, so a check-in or a cancellation racing this one waits for it; the
 * holders' e-mails (with the message) are queued in the same transaction.
 */
import type { Db } from '../../db/client.js';
import type { AuthUser } from '../../lib/auth-user.js';
import { forbidden, notFound } from '../../lib/problems.js';
import { canManageSpace } from '../accounts/access.js';
import { bookingEvents, type EventLog } from './booking-events.js';
import { cancelCounting, lockBookings } from './bookings-repo.js';

export interface CancelManyRequest {
  actor: AuthUser;
  bookingIds: string[];
  message?: string;
  now: Date;
  log?: EventLog;
}

/** Cancels the bookings; returns the ids of those that could not be (released as no-shows). */
export async function cancelMany(db: Db, req: CancelManyRequest): Promise<{ unchanged: string[] }> {
  const { actor, bookingIds, now } = req;
  if (actor.role !== 'staff' && actor.role !== 'admin') throw forbidden('Only staff cancel bookings of others.');
  return db.transaction(async (tx) => {
    const found = await lockBookings(tx, bookingIds);
    if (found.length < bookingIds.length) throw notFound('Some of these bookings');
    if (found.some((b) => !canManageSpace(actor, b.spaceId)))
      throw forbidden('Some of these bookings are in spaces you do not run; none was cancelled.');
    const counting = found.filter((b) => b.status === 'confirmed' || b.status === 'checked_in');
    const cancelled = await cancelCounting(
      tx,
      counting.map((b) => b.id),
      now,
    );
    if (cancelled.length > 0) {
      const message = req.message?.trim();
      await bookingEvents.emit(tx, 'booking.cancelled', cancelled, now, req.log, message ? { message } : {});
    }
    return { unchanged: found.filter((b) => b.status === 'no_show').map((b) => b.id) };
  });
}
