/**
 * Creating, changing and cancelling events. The rules are checked first (a clear 422 for each);
 * the places an event takes are then written in the same transaction as the event, and the
 * database refuses them over counting bookings or another event's places (migration 0009): that
 * refusal becomes a 409 listing what stands in the way. Every change tells `eventChanges` inside
 * its transaction, so the e-mails and webhooks it causes exist exactly when the change does.
 */
import type { CreateEventBody, UpdateEventBody } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { DEADLOCK_DETECTED, EXCLUSION_VIOLATION, pgError } from '../../lib/pg-errors.js';
import { HttpProblem, businessRule, notFound } from '../../lib/problems.js';
import type { Interval, OpeningSlot } from '../../lib/local-time.js';
import { closureOn } from '../spaces/closures-repo.js';
import { loadOpeningHours, type SpaceRow } from '../spaces/spaces-repo.js';
import { eventChanges, type EventChangeLog } from './event-changes.js';
import { checkEventRules } from './event-rules.js';
import {
  HOLDING,
  LIVE,
  bookingConflicts,
  eventsTakingPlaces,
  insertEvent,
  insertPlaces,
  lockEvent,
  placesByIds,
  registrationIds,
  releasePlaces,
  replacePlaces,
  updateEvent as writeEvent,
  type EventRow,
} from './events-repo.js';
import { promoteWaiting } from './registrations-repo.js';

/** What the rules need to know of a space, read once for any number of dates (a duplicate). */
export interface SpaceContext {
  space: SpaceRow;
  hours: OpeningSlot[];
}

export async function loadSpaceContext(db: Db, space: SpaceRow): Promise<SpaceContext> {
  return { space, hours: await loadOpeningHours(db, space.id) };
}

/** The event rules for a time and places in a space (422 for the first broken). */
export async function checkEventPlacement(
  db: Db,
  ctx: SpaceContext,
  deskIds: readonly string[],
  interval: Interval,
): Promise<void> {
  await checkEventRules({
    ...ctx,
    closureOn: (date) => closureOn(db, ctx.space.id, date),
    places: await placesByIds(db, deskIds),
    deskIds,
    interval,
  });
}

/**
 * The 409 for places the database refused: the bookings in the way (names for the staff member
 * asking, who manages the space), or the other event holding a place. Null for any other error.
 * `date` names the copy of a duplicate that failed.
 */
export async function placesProblem(
  db: Db,
  err: unknown,
  attempt: { deskIds: readonly string[]; interval: Interval; eventId: string | null; date?: string },
): Promise<HttpProblem | null> {
  const pg = pgError(err);
  if (pg?.code !== EXCLUSION_VIOLATION) return null;
  const on = attempt.date ? ` on ${attempt.date}` : '';
  const extra = attempt.date ? { date: attempt.date } : {};
  if (pg.constraint === 'event_places_no_overlap') {
    const others = await eventsTakingPlaces(db, attempt.deskIds, attempt.interval, attempt.eventId);
    const titles = others.map((o) => `“${o.title}”`).join(', ') || 'another event';
    return new HttpProblem(
      409,
      'event-places-taken',
      'Places taken by another event',
      `${titles} takes some of these places${on} at that time.`,
      { ...extra, events: others },
    );
  }
  if (pg.constraint === 'event_places_booking_overlap') {
    const conflicts = await bookingConflicts(db, attempt.deskIds, attempt.interval);
    return new HttpProblem(
      409,
      'event-places-booked',
      'Places booked then',
      `${conflicts.length === 1 ? 'A booking holds' : `${conflicts.length} bookings hold`} some of these places${on} ` +
        'at that time: cancel or move them first, or choose other places.',
      { ...extra, conflicts },
    );
  }
  return null;
}

/** Runs a write again when PostgreSQL broke a deadlock by aborting it (twice at most). */
async function retryingDeadlocks<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      if (pgError(err)?.code === DEADLOCK_DETECTED && attempt < 3) continue;
      throw err;
    }
  }
}

export interface CreateEventRequest {
  space: SpaceRow;
  body: CreateEventBody;
  actorId: string;
  now: Date;
  log?: EventChangeLog;
}

/** A new event with its places; its id. */
export async function createEvent(db: Db, req: CreateEventRequest): Promise<string> {
  const { body, space, now } = req;
  const interval = { start: new Date(body.start), end: new Date(body.end) };
  const deskIds = body.deskIds ?? [];
  await checkEventPlacement(db, await loadSpaceContext(db, space), deskIds, interval);
  try {
    return await retryingDeadlocks(() =>
      db.transaction(async (tx) => {
        const event = await insertEvent(tx, {
          spaceId: space.id,
          title: body.title.trim(),
          description: body.description?.trim() || null,
          kind: body.kind,
          startAt: interval.start,
          endAt: interval.end,
          capacity: body.capacity,
          public: body.public ?? true,
          createdBy: req.actorId,
          createdAt: now,
          updatedAt: now,
        });
        await insertPlaces(tx, event, deskIds, interval);
        await eventChanges.emit(tx, {
          type: 'event.created',
          eventId: event.id,
          spaceId: space.id,
          registrationIds: [],
          now,
          log: req.log,
        });
        return event.id;
      }),
    );
  } catch (err) {
    throw (await placesProblem(db, err, { deskIds, interval, eventId: null })) ?? err;
  }
}

export interface UpdateEventRequest {
  event: EventRow;
  /** the places it takes now */
  deskIds: string[];
  space: SpaceRow;
  body: UpdateEventBody;
  now: Date;
  log?: EventChangeLog;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === a.length;

/**
 * Changes an event under its row lock (registrations lock it too, so the capacity check cannot
 * race a registration). New time or places are checked against the rules and rewritten; more
 * capacity lets the people waiting move up.
 */
export async function updateEvent(db: Db, req: UpdateEventRequest): Promise<void> {
  const { body, space, now } = req;
  const interval = {
    start: body.start ? new Date(body.start) : req.event.startAt,
    end: body.end ? new Date(body.end) : req.event.endAt,
  };
  const deskIds = body.deskIds ?? req.deskIds;
  try {
    await retryingDeadlocks(() =>
      db.transaction(async (tx) => {
        const event = await lockEvent(tx, req.event.id);
        if (!event) throw notFound('This event');
        if (event.status === 'cancelled')
          throw businessRule('event-cancelled', 'Event cancelled', 'A cancelled event cannot be changed.');
        const moved =
          interval.start.getTime() !== event.startAt.getTime() || interval.end.getTime() !== event.endAt.getTime();
        if (moved && event.endAt.getTime() <= now.getTime())
          throw businessRule('event-ended', 'Event over', 'An event that has ended cannot be moved.');
        const replaced = moved || !sameSet(deskIds, req.deskIds);
        if (replaced) await checkEventPlacement(tx, await loadSpaceContext(tx, space), deskIds, interval);
        if (body.capacity !== undefined) {
          const holding = (await registrationIds(tx, event.id, HOLDING)).length;
          if (body.capacity < holding)
            throw new HttpProblem(
              422,
              'capacity-below-registered',
              'Capacity below registrations',
              `${holding} people hold a place; the capacity cannot be less than that.`,
              { registered: holding },
            );
        }
        await writeEvent(tx, event.id, {
          ...(body.title !== undefined ? { title: body.title.trim() } : {}),
          ...(body.description !== undefined ? { description: body.description?.trim() || null } : {}),
          ...(body.kind !== undefined ? { kind: body.kind } : {}),
          ...(body.capacity !== undefined ? { capacity: body.capacity } : {}),
          ...(body.public !== undefined ? { public: body.public } : {}),
          startAt: interval.start,
          endAt: interval.end,
          updatedAt: now,
        });
        if (replaced) await replacePlaces(tx, event, deskIds, interval);
        if (body.capacity !== undefined && body.capacity > event.capacity)
          await promoteWaiting(tx, event.id, now, req.log);
        await eventChanges.emit(tx, {
          type: 'event.updated',
          eventId: event.id,
          spaceId: event.spaceId,
          registrationIds: await registrationIds(tx, event.id, LIVE),
          now,
          log: req.log,
        });
      }),
    );
  } catch (err) {
    throw (await placesProblem(db, err, { deskIds, interval, eventId: req.event.id })) ?? err;
  }
}

/**
 * Cancels an event: its places are free again, the people registered or waiting are told (their
 * registration rows stay as they are: the event's status says it all). Cancelling again changes
 * nothing and tells no one twice.
 */
export async function cancelEvent(
  db: Db,
  req: { eventId: string; message: string | null; now: Date; log?: EventChangeLog },
): Promise<void> {
  const { now } = req;
  await retryingDeadlocks(() =>
    db.transaction(async (tx) => {
      const event = await lockEvent(tx, req.eventId);
      if (!event) throw notFound('This event');
      if (event.status === 'cancelled') return;
      await writeEvent(tx, event.id, { status: 'cancelled', cancelledAt: now, updatedAt: now });
      await releasePlaces(tx, event.id);
      await eventChanges.emit(tx, {
        type: 'event.cancelled',
        eventId: event.id,
        spaceId: event.spaceId,
        registrationIds: await registrationIds(tx, event.id, LIVE),
        now,
        message: req.message,
        log: req.log,
      });
    }),
  );
}
