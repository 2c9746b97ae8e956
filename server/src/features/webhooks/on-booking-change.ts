/**
 * Webhooks hear of every booking change (subscribed in app.ts): one delivery per changed booking
 * and subscribed webhook, queued in the transaction of the change; a new booking's deliveries are
 * written by its own insert statement.
 */
import type { BookingSubscriber } from '../bookings/booking-events.js';
import { toBookingDto, type PlacedBooking } from '../bookings/bookings-repo.js';
import { deliveriesWithBooking, deliveryBody, enqueueDeliveries } from './webhooks-repo.js';

/** What a municipal system learns: the booking (a pseudonymous user id, no guest name), desk and space. */
function webhookData(item: PlacedBooking, spaceId: string) {
  const { guestName: _omitted, ...booking } = toBookingDto(item.booking, {
    deskName: item.deskName,
    spaceName: item.space.name,
  });
  return {
    booking: { ...booking, guest: item.booking.guestName !== null },
    space: { id: spaceId, name: item.space.name, town: item.space.town, timezone: item.space.timezone },
  };
}

export const webhooksOnBookingChange: BookingSubscriber = {
  async onChange(db, { event, items, now }) {
    for (const item of items) await enqueueDeliveries(db, event, webhookData(item, item.booking.spaceId), now);
  },
  created: (item, _holder, now) =>
    deliveriesWithBooking(deliveryBody('booking.created', webhookData(item, item.booking.spaceId), now), now),
};
