/**
 * The one hook after a booking changes. Whatever reacts to it (e-mail, webhooks, the waitlist)
 * subscribes here from app.ts, so bookings never import those features. Subscribers run inside the
 * transaction of the change (transactional outbox: the messages exist exactly when the change
 * does). A single new booking writes what it causes in its own insert statement: each subscriber
 * gives its part of that statement (`createdEffects`, used by create-booking.ts), as SQL with
 * placeholders and their values, so the statement is built and prepared once per form. Rendering
 * and sending happen later in the scheduler's workers and never fail a booking.
 */
import type { SQL } from 'drizzle-orm';
import type { WebhookEvent } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { findPlacedBooking, type BookingRow, type PlacedBooking } from './bookings-repo.js';

export type BookingEvent = WebhookEvent;

export interface EventLog {
  error(obj: unknown, msg: string): void;
}

interface EmitOptions {
  /** offer the freed time to the waitlist (default true for cancellations and no-shows) */
  offerFreedTime?: boolean;
  /** a message from the space's team to the holders (a cancellation by staff) */
  message?: string;
}

/** What changed, as every subscriber is told. */
export interface BookingChange {
  event: BookingEvent;
  /** the changed bookings, as changed */
  changed: BookingRow[];
  /** the same with their desk and space (loaded once for all subscribers) */
  items: PlacedBooking[];
  now: Date;
  log?: EventLog;
  /** false: this change's freed time is not to be offered to people waiting */
  offerFreedTime: boolean;
  /** a message from the space's team to the holders, for their e-mail (a cancellation by staff) */
  message?: string;
}

/** Who a new booking is for, when it is a person with an address. */
export interface Holder {
  email: string;
  name: string;
  locale: 'de' | 'en';
}

/**
 * What a new booking causes, for its insert statement: the body of a data-modifying CTE that
 * selects from `ins`, the inserted booking (one row, column `id`, none if the insert wrote
 * nothing). Every value is a `sql.placeholder` (names unique to the subscriber) given in `values`,
 * so that the same `form` always builds the same SQL: it is built and prepared once per form.
 */
export interface CreatedEffect {
  /** names the SQL's form: effects of equal form build equal SQL */
  form: string;
  sql: () => SQL;
  values: Record<string, unknown>;
}

export interface BookingSubscriber {
  /** Queues what a change causes; inside the caller's transaction (`db` is that transaction). */
  onChange(db: Db, change: BookingChange): Promise<void>;
  /** What a single new booking causes, as part of its insert statement; null: nothing to write. */
  created?(item: PlacedBooking, holder: Holder | null, now: Date): CreatedEffect | null;
}

/** In order of subscription; a subscriber subscribed again (a second app in one process) stays once. */
const subscribers = new Set<BookingSubscriber>();

async function emit(
  db: Db,
  event: BookingEvent,
  changed: BookingRow[],
  now: Date,
  log?: EventLog,
  opts: EmitOptions = {},
) {
  const items: PlacedBooking[] = [];
  for (const b of changed) {
    const item = await findPlacedBooking(db, b.id);
    if (item) items.push(item);
  }
  const change: BookingChange = {
    event,
    changed,
    items,
    now,
    log,
    offerFreedTime: opts.offerFreedTime !== false,
    ...(opts.message ? { message: opts.message } : {}),
  };
  for (const s of subscribers) await s.onChange(db, change);
}

export const bookingEvents = {
  /** Wiring (app.ts): these subscribers hear of every booking change from now on. */
  subscribe(...added: BookingSubscriber[]): void {
    for (const s of added) subscribers.add(s);
  },
  /** Inside the caller's transaction: the messages exist exactly when the change does. */
  emit: (
    db: Db,
    event: BookingEvent,
    booking: BookingRow | BookingRow[],
    now: Date,
    log?: EventLog,
    opts?: EmitOptions,
  ) => emit(db, event, Array.isArray(booking) ? booking : [booking], now, log, opts),
  /**
   * What a new booking causes (the holder's confirmation, the webhook deliveries …): CTE bodies
   * for the statement that inserts it (create-booking.ts).
   */
  createdEffects(item: PlacedBooking, holder: Holder | null, now: Date): CreatedEffect[] {
    const effects: CreatedEffect[] = [];
    for (const s of subscribers) {
      const effect = s.created?.(item, holder, now);
      if (effect) effects.push(effect);
    }
    return effects;
  },
};

/** Runs a change of one booking and queues its event in the same transaction. */
export function withBookingEvent(
  db: Db,
  event: BookingEvent,
  now: Date,
  change: (tx: Db) => Promise<BookingRow | null>,
  log?: EventLog,
  opts?: EmitOptions,
): Promise<BookingRow | null> {
  return db.transaction(async (tx) => {
    const row = await change(tx);
    if (row) await bookingEvents.emit(tx, event, row, now, log, opts);
    return row;
  });
}
