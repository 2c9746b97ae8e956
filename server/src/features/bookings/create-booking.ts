/**
 * Creating a booking. The rules are checked first (a clear 422 for each); the desk and the person
 * are then protected by the database's exclusion constraints, so that two concurrent requests can
 * never both win. A desk conflict is recorded as turned-away demand for the reports.
 */
import { eq, sql } from 'drizzle-orm';
import type { Booking, CreateBookingBody } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { bookings, closures, desks, openingHours, spaces, turnedAway } from '../../db/schema.js';
import { DEADLOCK_DETECTED, EXCLUSION_VIOLATION, pgError } from '../../lib/pg-errors.js';
import { HttpProblem, badRequest, conflict, forbidden, notFound } from '../../lib/problems.js';
import { canManageSpace } from '../accounts/access.js';
import { findAuthUser, type AuthUser } from '../accounts/users-repo.js';
import { isClosed } from '../spaces/spaces-repo.js';
import type { OpeningSlot } from '../../lib/local-time.js';
import { checkBookingRules } from './booking-rules.js';
import { toBookingDto, type BookingRow } from './bookings-repo.js';
import { claim, fingerprint, replay, type StoredAnswer } from './idempotency.js';
import { releaseNoShows } from './no-show.js';
import { bookingEvents, type EventLog } from './booking-events.js';

export interface CreateBookingRequest {
  actor: AuthUser;
  body: CreateBookingBody;
  idempotencyKey: string | null;
  now: Date;
  log?: EventLog;
}

export interface CreateBookingResult extends StoredAnswer {
  body: Booking;
  replayed: boolean;
}

export async function createBooking(db: Db, req: CreateBookingRequest): Promise<CreateBookingResult> {
  const { actor, body, idempotencyKey, now } = req;
  const print = fingerprint('POST /api/bookings', body);
  if (idempotencyKey) {
    const previous = await replay(db, actor.id, idempotencyKey, print);
    if (previous) return { ...(previous as CreateBookingResult), replayed: true };
  }

  // The desk, its space, the space's hours and whether the booking's local date is a closure:
  // one round trip for what the rules need.
  if (Number.isNaN(Date.parse(body.start)) || Number.isNaN(Date.parse(body.end))) {
    throw badRequest('start and end must be instants.', [{ path: 'body.start', message: 'is not an instant' }]);
  }
  const startAt = new Date(body.start).toISOString();
  const [found] = await db
    .select({
      desk: desks,
      space: spaces,
      hours: sql<OpeningSlot[]>`coalesce((select json_agg(json_build_object('weekday', h.weekday, 'opensMinute', h.opens_minute, 'closesMinute', h.closes_minute))
        from ${openingHours} h where h.space_id = ${spaces.id}), '[]')`,
      localDate: sql<string>`to_char(${startAt}::timestamptz at time zone ${spaces.timezone}, 'YYYY-MM-DD')`,
      closed: sql<boolean>`exists (select 1 from ${closures} c where c.space_id = ${spaces.id}
        and c.date = (${startAt}::timestamptz at time zone ${spaces.timezone})::date)`,
    })
    .from(desks)
    .innerJoin(spaces, eq(spaces.id, desks.spaceId))
    .where(eq(desks.id, body.deskId));
  if (!found) throw notFound('This desk');
  const { desk, space } = found;
  const privileged = canManageSpace(actor, space.id);

  let userId: string | null = actor.id;
  let guestName: string | null = null;
  if (body.guestName !== undefined) {
    if (!privileged) throw forbidden('Only staff of this space record walk-in guests.');
    if (body.userId !== undefined) throw badRequest('Give either userId or guestName, not both.', [{ path: 'body.guestName', message: 'cannot be combined with userId' }]);
    userId = null;
    guestName = body.guestName.trim();
    if (!guestName) throw badRequest('guestName must not be blank.', [{ path: 'body.guestName', message: 'must not be blank' }]);
  } else if (body.userId !== undefined && body.userId !== actor.id) {
    if (!privileged) throw forbidden('Only staff of this space book for other people.');
    if (!(await findAuthUser(db, body.userId))) throw notFound('This user');
    userId = body.userId;
  }

  const interval = { start: new Date(body.start), end: new Date(body.end) };
  await checkBookingRules({
    space,
    desk,
    hours: found.hours,
    isClosed: async (date) => (date === found.localDate ? found.closed : isClosed(db, space.id, date)),
    interval,
    now,
    privileged,
  });

  for (let attempt = 1; ; attempt++) {
    try {
      let created: BookingRow | null = null;
      const answer = await db.transaction(async (tx) => {
        // Bookings overdue for check-in free their desk and person even if the scheduler has not run yet.
        await releaseNoShows(tx as unknown as Db, now, { deskId: desk.id, userId });
        const [row] = await tx
          .insert(bookings)
          .values({ deskId: desk.id, spaceId: space.id, userId, guestName, startAt: interval.start, endAt: interval.end, createdBy: actor.id, createdAt: now })
          .returning();
        created = row!;
        const answer: CreateBookingResult = {
          statusCode: 201,
          body: toBookingDto(row!, { deskName: desk.name, spaceName: space.name }),
          replayed: false,
        };
        if (idempotencyKey && !(await claim(tx as unknown as Db, actor.id, idempotencyKey, print, answer, now))) {
          // A concurrent request with this key won: undo ours and answer with theirs.
          throw new ReplayInstead();
        }
        return answer;
      });
      // e-mail and webhooks, queued right after the commit (never failing the booking)
      await bookingEvents.emitAfterCommit(db, 'booking.created', created!, now, req.log);
      return answer;
    } catch (err) {
      if (err instanceof ReplayInstead) {
        const previous = await replay(db, actor.id, idempotencyKey!, print);
        return { ...(previous as CreateBookingResult), replayed: true };
      }
      const pg = pgError(err);
      if (pg?.code === DEADLOCK_DETECTED && attempt === 1) continue;
      if (pg?.code === EXCLUSION_VIOLATION) {
        // A concurrent repeat under the same key may be what took the desk: answer with its result,
        // not with a 409 (which would also count the repeat as turned-away demand).
        const previous = idempotencyKey ? await replay(db, actor.id, idempotencyKey, print) : null;
        if (previous) return { ...(previous as CreateBookingResult), replayed: true };
        throw await overlapProblem(db, pg.constraint, { spaceId: space.id, deskId: desk.id, ...interval, now });
      }
      throw err;
    }
  }
}

class ReplayInstead extends Error {}

async function overlapProblem(
  db: Db,
  constraint: string | undefined,
  attempt: { spaceId: string; deskId: string; start: Date; end: Date; now: Date },
): Promise<HttpProblem> {
  if (constraint === 'bookings_user_no_overlap') {
    return conflict('overlapping-booking', 'You already have a booking then', 'One person can hold only one desk at a time.');
  }
  await db.insert(turnedAway).values({
    spaceId: attempt.spaceId,
    deskId: attempt.deskId,
    requestedStart: attempt.start,
    requestedEnd: attempt.end,
    at: attempt.now,
  });
  return conflict('desk-taken', 'Desk already booked', 'This desk is already booked for part of that time.');
}
