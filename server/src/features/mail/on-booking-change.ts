/**
 * E-mail hears of every booking change (subscribed in app.ts): one confirmation or cancellation
 * to the holder (a series gets one e-mail for all its occurrences), queued in the transaction of
 * the change; a new booking's confirmation is written by its own insert statement. Guests and
 * people without an address get none, and neither does a booking that staff record after it has
 * ended (importing history, a walk-in entered late): no "booking confirmed" for last July.
 */
import type { BookingSubscriber } from '../bookings/booking-events.js';
import type { PlacedBooking } from '../bookings/bookings-repo.js';
import { queueCancellation, queueConfirmation } from './booking-mail.js';
import { confirmationWithBooking } from './deferred-mail.js';

/** A confirmation (with its calendar invitation) is only for a booking that has not ended yet. */
const stillAhead = (item: PlacedBooking, now: Date) => item.booking.endAt > now;

export const mailOnBookingChange: BookingSubscriber = {
  async onChange(db, { event, items, now, message }) {
    const byUser = new Map<string, PlacedBooking[]>();
    for (const item of items) {
      if (event === 'booking.created' && !stillAhead(item, now)) continue;
      if (item.booking.userId) byUser.set(item.booking.userId, [...(byUser.get(item.booking.userId) ?? []), item]);
    }
    for (const [userId, mine] of byUser) {
      if (event === 'booking.created') await queueConfirmation(db, userId, mine, now);
      if (event === 'booking.cancelled') await queueCancellation(db, userId, mine, now, message);
    }
  },
  created: (item, holder, now) =>
    holder && item.booking.userId && stillAhead(item, now)
      ? confirmationWithBooking(holder, item.booking.userId, item, now)
      : null,
};
