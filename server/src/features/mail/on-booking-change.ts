/**
 * E-mail hears of every booking change (subscribed in app.ts): one confirmation or cancellation
 * to the holder (a series gets one e-mail for all its occurrences), queued in the transaction of
 * the change; a new booking's confirmation is written by its own insert statement. Guests and
 * people without an address get none.
 */
import type { BookingSubscriber } from '../bookings/booking-events.js';
import type { PlacedBooking } from '../bookings/bookings-repo.js';
import { confirmationMessage, queueCancellation, queueConfirmation } from './booking-mail.js';
import { enqueueMailWithBooking } from './outbox-repo.js';

export const mailOnBookingChange: BookingSubscriber = {
  async onChange(db, { event, items, now }) {
    const byUser = new Map<string, PlacedBooking[]>();
    for (const item of items)
      if (item.booking.userId) byUser.set(item.booking.userId, [...(byUser.get(item.booking.userId) ?? []), item]);
    for (const [userId, mine] of byUser) {
      if (event === 'booking.created') await queueConfirmation(db, userId, mine, now);
      if (event === 'booking.cancelled') await queueCancellation(db, userId, mine, now);
    }
  },
  created: (item, holder, now) =>
    holder && item.booking.userId
      ? enqueueMailWithBooking(holder, confirmationMessage(holder, item.booking.userId, [item], now), now)
      : null,
};
