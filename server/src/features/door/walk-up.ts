/**
 * Walk-up at the desk (contract, "At the door"): someone scans the desk's QR code and taps once.
 *
 * - Their own booking of the desk that runs now or starts within WALK_UP_GRACE_MINUTES is checked
 *   in: 200 (already checked in: 200, unchanged; `until` does not change it).
 * - Otherwise, when the desk is free now, a new booking from now rounded down to
 *   WALK_UP_ROUND_MINUTES (never before the free time began) until `until` or the end of the free
 *   time (the next booking or event, a closure, the end of the opening interval) is made checked in:
 *   201. It is made by createBooking — the same rules, fair use, e-mail and webhooks as any own
 *   booking, checked in in the same insert — so a concurrent walk-up or booking loses at the
 *   database's exclusion constraint (409 `desk-taken`), never at a check read before.
 * - Taken now: 409 `desk-taken`; closed now (outside the hours, a closure, outside a pop-up's life,
 *   a desk not in use): 422 `space-closed`; a room: 422 `walk-up-desks-only` (rooms are booked for
 *   meetings, not walked up to).
 * - `until` not after now: 422 `until-not-after-now`; past the opening interval or into a closure:
 *   422 as for any booking (`outside-opening-hours`, `closed`); into another booking or event: 409.
 * - Minimum length (fair use): a walk-up that takes the rest of the free time may be shorter than
 *   the space's `minBookingMinutes` (closing time or the next booking is near: the desk would
 *   otherwise stay empty for nobody); one that ends earlier by its own `until` must be as long as
 *   any own booking (422 `booking-too-short`).
 */
import { WALK_UP_ROUND_MINUTES, type Booking } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import type { AuthUser } from '../../lib/auth-user.js';
import { businessRule, conflict, notFound } from '../../lib/problems.js';
import type { ReadCache } from '../../lib/read-cache.js';
import type { CachedAvailability, DeskContext } from '../../plugins/caches.js';
import { withBookingEvent } from '../bookings/booking-events.js';
import { findBooking, toBookingDto, transition, type BookingRow } from '../bookings/bookings-repo.js';
import { createBooking } from '../bookings/create-booking.js';
import { loadDeskContext } from '../spaces/spaces-repo.js';
import { deskNow, ownBookingNow } from './desk-door.js';

export interface WalkUpRequest {
  actor: AuthUser;
  deskId: string;
  until?: string;
  now: Date;
  caches: { desks: ReadCache<DeskContext>; availability: ReadCache<CachedAvailability> };
}

export interface WalkUpResult {
  statusCode: 200 | 201;
  body: Booking;
}

const ROUND_MS = WALK_UP_ROUND_MINUTES * 60_000;

export async function walkUp(db: Db, req: WalkUpRequest): Promise<WalkUpResult> {
  const { actor, deskId, now, caches } = req;
  const ctx = await caches.desks.load(
    deskId,
    (c) => c.space.id,
    () => loadDeskContext(db, deskId),
  );
  if (!ctx) throw notFound('This desk');
  const { desk, space } = ctx;
  if (desk.kind !== 'desk')
    throw businessRule(
      'walk-up-desks-only',
      'Walk-up is for desks',
      `${desk.name} is a room; rooms are booked ahead for meetings.`,
    );
  const names = { deskName: desk.name, spaceName: space.name };

  const own = await ownBookingNow(db, actor.id, ctx, now);
  if (own) {
    const checkedIn = own.status === 'checked_in' ? own : await checkIn(db, own, now);
    if (checkedIn) return { statusCode: 200, body: toBookingDto(checkedIn, names) };
    // cancelled meanwhile (another tab): then it is a walk-up like any other
  }

  const at = await deskNow(db, caches.availability, ctx, now);
  if (at.state === 'closed')
    throw businessRule('space-closed', 'Closed now', `${space.name} is closed now; ${desk.name} cannot be taken.`);
  if (at.state === 'taken' || !at.walkUpUntil || !at.freeSince)
    throw conflict('desk-taken', 'Desk already booked', `${desk.name} is taken now.`);

  const start = new Date(Math.max(Math.floor(now.getTime() / ROUND_MS) * ROUND_MS, at.freeSince.getTime()));
  const end = req.until === undefined ? at.walkUpUntil : new Date(req.until);
  if (Number.isNaN(end.getTime()) || end.getTime() <= now.getTime())
    throw businessRule('until-not-after-now', 'Until must be later', 'A walk-up must end after now.');
  const result = await createBooking(db, {
    actor,
    body: { deskId: desk.id, start: start.toISOString(), end: end.toISOString(), checkIn: true },
    idempotencyKey: null,
    now,
    desks: caches.desks,
    walkUp: { takesRestOfFreeTime: end.getTime() >= at.walkUpUntil.getTime() },
  });
  return { statusCode: 201, body: result.body };
}

/** Checks in the holder's booking, with its event (webhooks); null when it was cancelled meanwhile. */
async function checkIn(db: Db, booking: BookingRow, now: Date): Promise<BookingRow | null> {
  const updated = await withBookingEvent(db, 'booking.checked_in', now, (tx) =>
    transition(tx, booking, ['confirmed'], { status: 'checked_in', checkedInAt: now }),
  );
  if (updated) return updated;
  // the conditional update changed nothing: a check-in that came first is this one's answer
  const current = await findBooking(db, booking.id);
  return current?.status === 'checked_in' ? current : null;
}
