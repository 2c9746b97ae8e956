/**
 * The waitlist hears of every booking change (subscribed in app.ts): a cancellation or a released
 * no-show frees desk-time, and the next person waiting is offered what is left of it, in the same
 * transaction. Each offer runs in a savepoint of its own (notifyWaitlist), so a failure is logged
 * and never undoes the cancellation.
 */
import type { BookingSubscriber } from '../bookings/booking-events.js';
import { notifyWaitlist } from './notifications.js';

export const waitlistOnBookingChange: BookingSubscriber = {
  async onChange(db, { event, changed, now, log, offerFreedTime }) {
    if ((event !== 'booking.cancelled' && event !== 'booking.no_show') || !offerFreedTime) return;
    for (const b of changed) {
      await notifyWaitlist(db, b, now).catch((err) =>
        log?.error({ err, bookingId: b.id }, 'waitlist notification failed'),
      );
    }
  },
};
