/**
 * Creating a booking. The rules are checked first (a clear 422 for each); the desk and the person
 * are then protected by the database's exclusion constraints, so that two concurrent requests can
 * never both win. A desk conflict is recorded as turned-away demand for the reports.
 */
import { randomUUID } from 'node:crypto';
import type { Booking, CreateBookingBody } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { turnedAway } from '../../db/schema.js';
import type { AuthUser } from '../../lib/auth-user.js';
import type { ReadCache } from '../../lib/read-cache.js';
import { DEADLOCK_DETECTED, EXCLUSION_VIOLATION, pgError } from '../../lib/pg-errors.js';
import { HttpProblem, badRequest, businessRule, conflict, forbidden, notFound } from '../../lib/problems.js';
import { canManageSpace } from '../accounts/access.js';
import { findAuthUser } from '../accounts/users-repo.js';
import { loadDeskContext } from '../spaces/spaces-repo.js';
import type { DeskContext } from '../../plugins/caches.js';
import { checkBookingRules, checkRoomAccess, takenByEvent } from './booking-rules.js';
import { eventTakingPlace, toBookingDto, type BookingRow } from './bookings-repo.js';
import { insertBooking } from './insert-booking.js';
import { fingerprint, replay, type StoredAnswer } from './idempotency.js';
import { releaseNoShows } from './no-show.js';
import { bookingEvents } from './booking-events.js';
import { checkMinimumLength, checkUpcomingLimit, fairUseApplies } from './fair-use.js';

export interface CreateBookingRequest {
  actor: AuthUser;
  body: CreateBookingBody;
  idempotencyKey: string | null;
  now: Date;
  /** the read cache of desk contexts (plugins/caches.ts); without it every booking reads them */
  desks?: ReadCache<DeskContext>;
  /**
   * A walk-up at the desk (door/walk-up.ts): the holder checks themselves in with `checkIn: true`
   * (no staff needed, the same "runs now" window), and with `takesRestOfFreeTime` the booking
   * may be shorter than the space's minimum: it ends where the desk's free time ends.
   */
  walkUp?: { takesRestOfFreeTime: boolean };
}

export interface CreateBookingResult extends StoredAnswer {
  body: Booking;
  replayed: boolean;
}

export async function createBooking(db: Db, req: CreateBookingRequest): Promise<CreateBookingResult> {
  const { actor, body, idempotencyKey, now } = req;
  // (only a request with a key is fingerprinted: hashing every body cost for nothing)
  const print = idempotencyKey ? fingerprint('POST /api/bookings', body) : '';
  if (idempotencyKey) {
    const previous = await replay(db, actor.id, idempotencyKey, print);
    if (previous) return { ...(previous as CreateBookingResult), replayed: true };
  }

  if (Number.isNaN(Date.parse(body.start)) || Number.isNaN(Date.parse(body.end))) {
    throw badRequest('start and end must be instants.', [{ path: 'body.start', message: 'is not an instant' }]);
  }
  const ctx = req.desks
    ? await req.desks.load(
        body.deskId,
        (c) => c.space.id,
        () => loadDeskContext(db, body.deskId),
      )
    : await loadDeskContext(db, body.deskId);
  if (!ctx) throw notFound('This desk');
  const { desk, space } = ctx;
  const privileged = canManageSpace(actor, space.id);
  checkRoomAccess(space, desk, privileged);

  let userId: string | null = actor.id;
  let guestName: string | null = null;
  let holder: AuthUser | null = actor;
  if (body.guestName !== undefined) {
    if (!privileged) throw forbidden('Only staff of this space record walk-in guests.');
    if (body.userId !== undefined)
      throw badRequest('Give either userId or guestName, not both.', [
        { path: 'body.guestName', message: 'cannot be combined with userId' },
      ]);
    userId = null;
    holder = null;
    guestName = body.guestName.trim();
    if (!guestName)
      throw badRequest('guestName must not be blank.', [{ path: 'body.guestName', message: 'must not be blank' }]);
  } else if (body.userId !== undefined && body.userId !== actor.id) {
    if (!privileged) throw forbidden('Only staff of this space book for other people.');
    holder = await findAuthUser(db, body.userId);
    if (!holder) throw notFound('This user');
    userId = body.userId;
  }

  const interval = { start: new Date(body.start), end: new Date(body.end) };
  const checkIn = body.checkIn === true;
  if (checkIn) checkWalkIn(privileged || req.walkUp !== undefined, interval, now);
  const closed = new Map(ctx.closures.map((c) => [c.date, c]));
  await checkBookingRules({
    space,
    desk,
    hours: ctx.hours,
    closureOn: async (date) => closed.get(date) ?? null,
    interval,
    now,
    privileged,
  });
  const fair = fairUseApplies(actor.id, userId);
  if (fair && !req.walkUp?.takesRestOfFreeTime) checkMinimumLength(space, interval);

  // The whole booking is known before it is written (its id is made here), so the answer, the
  // confirmation e-mail and the webhook body are too: one statement writes them all, atomically.
  const row: BookingRow = {
    id: randomUUID(),
    deskId: desk.id,
    spaceId: space.id,
    userId,
    guestName,
    startAt: interval.start,
    endAt: interval.end,
    status: checkIn ? 'checked_in' : 'confirmed',
    createdBy: actor.id,
    createdAt: now,
    checkedInAt: checkIn ? now : null,
    cancelledAt: null,
    seriesId: null,
  };
  const answer: CreateBookingResult = {
    statusCode: 201,
    body: toBookingDto(row, { deskName: desk.name, spaceName: space.name }),
    replayed: false,
  };
  const to = holder?.email ? { email: holder.email, name: holder.name, locale: holder.locale } : null;
  const effects = bookingEvents.createdEffects({ booking: row, deskName: desk.name, space }, to, now);
  const claim = idempotencyKey ? { key: idempotencyKey, print, answer } : null;

  for (let attempt = 1; ; attempt++) {
    try {
      // with a limit on upcoming bookings, the count and the insert share a transaction and the
      // person's lock for this space (fair-use.ts); without one, the insert is one statement
      const limited = fair && space.maxFutureBookingsPerPerson !== null;
      const inserted = limited
        ? await db.transaction(async (tx) => {
            await checkUpcomingLimit(tx, space, userId!, now);
            return insertBooking(tx, row, effects, claim, actor.id, now);
          })
        : await insertBooking(db, row, effects, claim, actor.id, now);
      if (!inserted) {
        // A concurrent request with this key won: answer with theirs.
        const previous = await replay(db, actor.id, idempotencyKey!, print);
        return { ...(previous as CreateBookingResult), replayed: true };
      }
      return answer;
    } catch (err) {
      // a concurrent repeat under the same key may be what reached the limit: answer with its result
      if (err instanceof HttpProblem && err.slug === 'too-many-bookings' && idempotencyKey) {
        const previous = await replay(db, actor.id, idempotencyKey, print);
        if (previous) return { ...(previous as CreateBookingResult), replayed: true };
      }
      const pg = pgError(err);
      // the booking locks rule out deadlocks between bookings and check-ins; anything else is retried
      if (pg?.code === DEADLOCK_DETECTED && attempt < 3) continue;
      if (pg?.code === EXCLUSION_VIOLATION) {
        // What stands in the way may be a booking overdue for check-in that no job has released
        // yet: release those (on this desk or of this person) and try once more.
        if (attempt === 1 && (await releaseNoShows(db, now, { deskId: desk.id, userId })) > 0) continue;
        // A concurrent repeat under the same key may be what took the desk: answer with its result,
        // not with a 409 (which would also count the repeat as turned-away demand).
        const previous = idempotencyKey ? await replay(db, actor.id, idempotencyKey, print) : null;
        if (previous) return { ...(previous as CreateBookingResult), replayed: true };
        throw await overlapProblem(db, pg.constraint, { space, deskId: desk.id, ...interval, now });
      }
      throw err;
    }
  }
}

/** How soon a walk-in recorded as checked in may start: it runs now, or starts within this. */
const WALK_IN_AHEAD_MS = 15 * 60_000;

/** A booking saved checked in at once: staff or admin only, and only one that runs now or is about to. */
function checkWalkIn(privileged: boolean, interval: { start: Date; end: Date }, now: Date): void {
  if (!privileged) throw forbidden('Only staff of this space record a booking as checked in.');
  if (interval.end.getTime() <= now.getTime() || interval.start.getTime() > now.getTime() + WALK_IN_AHEAD_MS) {
    throw businessRule(
      'check-in-not-now',
      'Not a walk-in now',
      'A booking is saved checked in only when it runs now or starts within 15 minutes.',
    );
  }
}

async function overlapProblem(
  db: Db,
  constraint: string | undefined,
  attempt: { space: DeskContext['space']; deskId: string; start: Date; end: Date; now: Date },
): Promise<HttpProblem> {
  if (constraint === 'bookings_user_no_overlap') {
    return conflict(
      'overlapping-booking',
      'You already have a booking then',
      'One person can hold only one desk at a time.',
    );
  }
  await db.insert(turnedAway).values({
    spaceId: attempt.space.id,
    deskId: attempt.deskId,
    requestedStart: attempt.start,
    requestedEnd: attempt.end,
    at: attempt.now,
  });
  if (constraint === 'bookings_event_place')
    return takenByEvent(await eventTakingPlace(db, attempt.deskId, attempt), attempt.space.timezone);
  return conflict('desk-taken', 'Desk already booked', 'This desk is already booked for part of that time.');
}
