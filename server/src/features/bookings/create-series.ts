/**
 * A weekly series booked in one request (every Tuesday 09:00–13:00 for 8 weeks). Each occurrence
 * is a normal booking: the same rules (checkBookingRules) and the same exclusion constraints, each
 * inserted in its own savepoint so that one conflict does not abort the others. `atomic` keeps all
 * or nothing; `partial` keeps what could be booked. Either way the answer lists each failure and why.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { SERIES_MAX_WEEKS, type CreateSeriesBody, type SeriesFailure, type SeriesResult } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { bookings, desks, spaces, turnedAway } from '../../db/schema.js';
import { addDays, isValidDate, localInstant, parseWallTime, type Interval } from '../../lib/local-time.js';
import { EXCLUSION_VIOLATION, pgError } from '../../lib/pg-errors.js';
import { HttpProblem, badRequest, businessRule, forbidden, notFound } from '../../lib/problems.js';
import { canManageSpace } from '../accounts/access.js';
import type { AuthUser } from '../../lib/auth-user.js';
import { findAuthUser } from '../accounts/users-repo.js';
import { loadOpeningHours } from '../spaces/spaces-repo.js';
import { closureOn } from '../spaces/closures-repo.js';
import { checkBookingRules, checkRoomAccess, takenByEvent } from './booking-rules.js';
import { bookingEvents, type EventLog } from './booking-events.js';
import {
  eventTakingPlace,
  lockAndCountUpcoming,
  lockDeskAndPerson,
  toBookingDto,
  type BookingRow,
} from './bookings-repo.js';
import { releaseNoShows } from './no-show.js';
import { checkMinimumLength, fairUseApplies, tooManyBookings } from './fair-use.js';

const MAX_OCCURRENCES = SERIES_MAX_WEEKS;

export interface Occurrence extends Interval {
  date: string;
}

/** The dates of the series: firstDate and every 7 days after, `weeks` times or until `until`. */
export function seriesDates(body: Pick<CreateSeriesBody, 'firstDate' | 'weeks' | 'until'>): string[] {
  if (!isValidDate(body.firstDate))
    throw badRequest('firstDate is not a calendar date.', [
      { path: 'body.firstDate', message: 'is not a calendar date' },
    ]);
  if ((body.weeks === undefined) === (body.until === undefined)) {
    throw badRequest('Give either weeks or until.', [{ path: 'body.weeks', message: 'give either weeks or until' }]);
  }
  if (body.until !== undefined) {
    if (!isValidDate(body.until))
      throw badRequest('until is not a calendar date.', [{ path: 'body.until', message: 'is not a calendar date' }]);
    if (body.until < body.firstDate)
      throw businessRule('end-before-start', 'Series ends before it starts', 'until must not be before firstDate.');
  }
  const dates: string[] = [];
  for (
    let d = body.firstDate;
    body.weeks !== undefined ? dates.length < body.weeks : d <= body.until!;
    d = addDays(d, 7)
  ) {
    dates.push(d);
    if (dates.length > MAX_OCCURRENCES)
      throw businessRule('series-too-long', 'Series too long', `A series has at most ${MAX_OCCURRENCES} occurrences.`);
  }
  return dates;
}

export interface SeriesAnswer {
  statusCode: 201;
  body: SeriesResult;
}

class RollBack extends Error {}

export async function createSeries(
  db: Db,
  req: { actor: AuthUser; body: CreateSeriesBody; now: Date; log?: EventLog },
): Promise<SeriesAnswer> {
  const { actor, body, now } = req;
  const dates = seriesDates(body);
  const startMinute = parseWallTime(body.startTime);
  const endMinute = parseWallTime(body.endTime);
  if (startMinute >= endMinute)
    throw businessRule('end-before-start', 'End before start', 'endTime must be after startTime.');

  const [found] = await db
    .select({ desk: desks, space: spaces })
    .from(desks)
    .innerJoin(spaces, eq(spaces.id, desks.spaceId))
    .where(eq(desks.id, body.deskId));
  if (!found) throw notFound('This desk');
  const { desk, space } = found;
  const privileged = canManageSpace(actor, space.id);
  checkRoomAccess(space, desk, privileged);
  let userId = actor.id;
  if (body.userId !== undefined && body.userId !== actor.id) {
    if (!privileged) throw forbidden('Only staff of this space book for other people.');
    if (!(await findAuthUser(db, body.userId))) throw notFound('This user');
    userId = body.userId;
  }

  const fair = fairUseApplies(actor.id, userId);
  const hours = await loadOpeningHours(db, space.id);
  const failed: SeriesFailure[] = [];
  const candidates: Occurrence[] = [];
  const fail = (o: Occurrence, p: HttpProblem) =>
    failed.push({
      date: o.date,
      start: o.start.toISOString(),
      end: o.end.toISOString(),
      status: p.status,
      reason: p.slug,
      detail: p.detail,
    });
  for (const date of dates) {
    const o = {
      date,
      start: localInstant(date, startMinute, space.timezone),
      end: localInstant(date, endMinute, space.timezone),
    };
    try {
      await checkBookingRules({
        space,
        desk,
        hours,
        closureOn: (d) => closureOn(db, space.id, d),
        interval: o,
        now,
        privileged,
      });
      if (fair) checkMinimumLength(space, o);
      candidates.push(o);
    } catch (err) {
      if (!(err instanceof HttpProblem)) throw err;
      fail(o, err);
    }
  }

  const seriesId = randomUUID();
  const takenDesk: Occurrence[] = [];
  let booked: BookingRow[] = [];
  try {
    booked = await db.transaction(async (tx) => {
      // fair use: each occurrence counts; the person's lock for this space comes first (fair-use.ts)
      const limit = fair ? space.maxFutureBookingsPerPerson : null;
      let upcoming = limit === null ? 0 : await lockAndCountUpcoming(tx, userId, space.id, now);
      // queued behind other writers of this desk and person until the series commits (no deadlocks)
      await lockDeskAndPerson(tx, desk.id, userId, candidates);
      const rows: BookingRow[] = [];
      for (const o of candidates) {
        if (limit !== null && upcoming >= limit) {
          fail(o, tooManyBookings(limit));
          continue;
        }
        try {
          const row = await tx.transaction(async (sp) => {
            await releaseNoShows(sp, now, { deskId: desk.id, userId });
            const [inserted] = await sp
              .insert(bookings)
              .values({
                deskId: desk.id,
                spaceId: space.id,
                userId,
                startAt: o.start,
                endAt: o.end,
                createdBy: actor.id,
                createdAt: now,
                seriesId,
              })
              .returning();
            return inserted!;
          });
          rows.push(row);
          upcoming++;
        } catch (err) {
          const pg = pgError(err);
          if (pg?.code !== EXCLUSION_VIOLATION) throw err;
          if (pg.constraint === 'bookings_user_no_overlap') {
            fail(
              o,
              new HttpProblem(
                409,
                'overlapping-booking',
                'You already have a booking then',
                'One person can hold only one desk at a time.',
              ),
            );
          } else {
            fail(
              o,
              pg.constraint === 'bookings_event_place'
                ? takenByEvent(await eventTakingPlace(tx, desk.id, o), space.timezone)
                : new HttpProblem(
                    409,
                    'desk-taken',
                    'Desk already booked',
                    'This desk is already booked for part of that time.',
                  ),
            );
            takenDesk.push(o);
          }
        }
      }
      if (rows.length === 0 || (body.mode === 'atomic' && failed.length > 0)) throw new RollBack();
      await recordTurnedAway(tx, space.id, desk.id, takenDesk, now);
      // one confirmation for the whole series and a webhook delivery per occurrence, queued in this
      // transaction: they exist exactly when the bookings do, even if this instance dies right after
      await bookingEvents.emit(tx, 'booking.created', rows, now);
      return rows;
    });
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
    // nothing booked: the occurrences refused because the desk was taken still count as turned-away demand
    await recordTurnedAway(db, space.id, desk.id, takenDesk, now);
    failed.sort((a, b) => a.start.localeCompare(b.start));
    const status = failed.some((f) => f.status === 409) ? 409 : 422;
    const detail =
      body.mode === 'atomic'
        ? `${failed.length} of ${dates.length} occurrences cannot be booked, so none was booked.`
        : `None of the ${dates.length} occurrences can be booked.`;
    throw new HttpProblem(status, 'series-not-booked', 'Series not booked', detail, { mode: body.mode, failed });
  }
  failed.sort((a, b) => a.start.localeCompare(b.start));
  const names = { deskName: desk.name, spaceName: space.name };
  return {
    statusCode: 201,
    body: { seriesId, mode: body.mode, booked: booked.map((b) => toBookingDto(b, names)), failed },
  };
}

async function recordTurnedAway(
  db: Db,
  spaceId: string,
  deskId: string,
  taken: Occurrence[],
  now: Date,
): Promise<void> {
  if (taken.length === 0) return;
  await db
    .insert(turnedAway)
    .values(taken.map((o) => ({ spaceId, deskId, requestedStart: o.start, requestedEnd: o.end, at: now })));
}
