/**
 * The one hook after a booking changes: queues the e-mails and webhook deliveries it causes.
 * Cancellation and check-in call it inside the transaction of the change (transactional outbox: the
 * messages exist exactly when the change does); new bookings right after their commit (see
 * `emitAfterCommit`). Sending happens later in the scheduler's workers and never fails a booking.
 */
import type { WebhookEvent } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { calendarBooking } from '../calendar/calendar-repo.js';
import type { CalendarBooking } from '../calendar/ics.js';
import { queueCancellation, queueConfirmation } from '../mail/booking-mail.js';
import { enqueueDeliveries } from '../webhooks/webhooks-repo.js';
import { toBookingDto, type BookingRow } from './bookings-repo.js';

export type BookingEvent = WebhookEvent;

/** What a municipal system learns: the booking (a pseudonymous user id, no guest name), desk and space. */
function webhookData(item: CalendarBooking, spaceId: string) {
  const { guestName: _omitted, ...booking } = toBookingDto(item.booking, { deskName: item.deskName, spaceName: item.space.name });
  return { booking: { ...booking, guest: item.booking.guestName !== null }, space: { id: spaceId, name: item.space.name, town: item.space.town, timezone: item.space.timezone } };
}

/**
 * Queues what these bookings' change causes: one webhook delivery per booking and subscribed
 * webhook, and one e-mail to the holder (a series gets one e-mail for all its occurrences).
 */
async function emit(db: Db, event: BookingEvent, changed: BookingRow[], now: Date): Promise<void> {
  const items: CalendarBooking[] = [];
  for (const b of changed) {
    const item = await calendarBooking(db, b.id);
    if (item) items.push(item);
  }
  for (const item of items) await enqueueDeliveries(db, event, webhookData(item, item.booking.spaceId), now);
  const byUser = new Map<string, CalendarBooking[]>();
  for (const item of items) if (item.booking.userId) byUser.set(item.booking.userId, [...(byUser.get(item.booking.userId) ?? []), item]);
  for (const [userId, mine] of byUser) {
    if (event === 'booking.created') await queueConfirmation(db, userId, mine, now);
    if (event === 'booking.cancelled') await queueCancellation(db, userId, mine, now);
  }
}

export interface EventLog {
  error(obj: unknown, msg: string): void;
}

export const bookingEvents = {
  /** Inside the caller's transaction: the messages exist exactly when the change does. */
  emit: (db: Db, event: BookingEvent, booking: BookingRow | BookingRow[], now: Date) => emit(db, event, Array.isArray(booking) ? booking : [booking], now),
  /**
   * Right after the change committed, in a short transaction of its own; a failure is logged and
   * never reaches the caller. For new bookings: keeping the insert's transaction short keeps the
   * exclusion constraints' lock waits (and deadlocks between racing requests) short.
   */
  emitAfterCommit: async (db: Db, event: BookingEvent, booking: BookingRow | BookingRow[], now: Date, log?: EventLog) => {
    try {
      await db.transaction((tx) => emit(tx as unknown as Db, event, Array.isArray(booking) ? booking : [booking], now));
    } catch (err) {
      log?.error({ err, event }, 'could not queue the e-mail and webhooks of a booking change');
    }
  },
};

/** Runs a change of one booking and queues its event in the same transaction. */
export function withBookingEvent(db: Db, event: BookingEvent, now: Date, change: (tx: Db) => Promise<BookingRow | null>): Promise<BookingRow | null> {
  return db.transaction(async (tx) => {
    const row = await change(tx as unknown as Db);
    if (row) await bookingEvents.emit(tx as unknown as Db, event, row, now);
    return row;
  });
}
