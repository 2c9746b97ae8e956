/**
 * The one hook after a booking changes: queues the e-mails and webhook deliveries it causes, inside
 * the transaction of the change (transactional outbox: the messages exist exactly when the change
 * does). A single new booking writes them in its own insert statement (`createdEffects`, used by
 * create-booking.ts). Sending happens later in the scheduler's workers and never fails a booking.
 */
import type { WebhookEvent } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { calendarBooking } from '../calendar/calendar-repo.js';
import type { CalendarBooking } from '../calendar/ics.js';
import { confirmationMessage, queueCancellation, queueConfirmation } from '../mail/booking-mail.js';
import { notifyWaitlist } from '../waitlist/notifications.js';
import { deliveryBody, enqueueDeliveries } from '../webhooks/webhooks-repo.js';
import { toBookingDto, type BookingRow } from './bookings-repo.js';

export type BookingEvent = WebhookEvent;

/** What a municipal system learns: the booking (a pseudonymous user id, no guest name), desk and space. */
function webhookData(item: CalendarBooking, spaceId: string) {
  const { guestName: _omitted, ...booking } = toBookingDto(item.booking, {
    deskName: item.deskName,
    spaceName: item.space.name,
  });
  return {
    booking: { ...booking, guest: item.booking.guestName !== null },
    space: { id: spaceId, name: item.space.name, town: item.space.town, timezone: item.space.timezone },
  };
}

/**
 * Queues what these bookings' change causes: one webhook delivery per booking and subscribed
 * webhook, and one e-mail to the holder (a series gets one e-mail for all its occurrences).
 */
async function emit(
  db: Db,
  event: BookingEvent,
  changed: BookingRow[],
  now: Date,
  log?: EventLog,
  opts: EmitOptions = {},
): Promise<void> {
  const items: CalendarBooking[] = [];
  for (const b of changed) {
    const item = await calendarBooking(db, b.id);
    if (item) items.push(item);
  }
  for (const item of items) await enqueueDeliveries(db, event, webhookData(item, item.booking.spaceId), now);
  const byUser = new Map<string, CalendarBooking[]>();
  for (const item of items)
    if (item.booking.userId) byUser.set(item.booking.userId, [...(byUser.get(item.booking.userId) ?? []), item]);
  for (const [userId, mine] of byUser) {
    if (event === 'booking.created') await queueConfirmation(db, userId, mine, now);
    if (event === 'booking.cancelled') await queueCancellation(db, userId, mine, now);
  }
  // a cancellation or a released no-show frees desk-time: the next person waiting is offered what
  // is left of it, in the same transaction
  if ((event === 'booking.cancelled' || event === 'booking.no_show') && opts.offerFreedTime !== false)
    await offerFreedDesks(db, changed, now, log);
}

interface EmitOptions {
  /** offer the freed time to the waitlist (default true for cancellations and no-shows) */
  offerFreedTime?: boolean;
}

/**
 * What a new booking causes, rendered but not yet queued: the holder's confirmation (none for a
 * guest or someone without an address) and the webhook body. Creating a booking writes them in the
 * same statement as the booking itself (create-booking.ts): they exist exactly when it does.
 */
export function createdEffects(
  item: CalendarBooking,
  to: { email: string; name: string; locale: 'de' | 'en' } | null,
  now: Date,
) {
  return {
    mail: to && item.booking.userId ? { to, message: confirmationMessage(to, item.booking.userId, [item], now) } : null,
    webhookBody: deliveryBody('booking.created', webhookData(item, item.booking.spaceId), now),
  };
}

export interface EventLog {
  error(obj: unknown, msg: string): void;
}

export const bookingEvents = {
  /** Inside the caller's transaction: the messages exist exactly when the change does. */
  emit: (
    db: Db,
    event: BookingEvent,
    booking: BookingRow | BookingRow[],
    now: Date,
    log?: EventLog,
    opts?: EmitOptions,
  ) => emit(db, event, Array.isArray(booking) ? booking : [booking], now, log, opts),
};

/**
 * Each freed desk-time goes to the next person waiting (in the app and by e-mail). Called inside
 * the cancelling transaction: each offer runs in a savepoint of its own, so a failure is logged and
 * never undoes the cancellation.
 */
async function offerFreedDesks(db: Db, cancelled: BookingRow[], now: Date, log?: EventLog): Promise<void> {
  for (const b of cancelled) {
    await notifyWaitlist(db, b, now).catch((err) =>
      log?.error({ err, bookingId: b.id }, 'waitlist notification failed'),
    );
  }
}

/** Runs a change of one booking and queues its event in the same transaction. */
export function withBookingEvent(
  db: Db,
  event: BookingEvent,
  now: Date,
  change: (tx: Db) => Promise<BookingRow | null>,
  log?: EventLog,
): Promise<BookingRow | null> {
  return db.transaction(async (tx) => {
    const row = await change(tx);
    if (row) await bookingEvents.emit(tx, event, row, now, log);
    return row;
  });
}
