/**
 * A series of sessions: copies of an event on other dates, at the same local wall-clock time (so a
 * 10:00 workshop stays at 10:00 across a change of daylight saving time), with the same places,
 * capacity, kind and visibility. All or nothing: every date is checked first, and all copies are
 * written in one transaction; the first date that fails names itself in the answer.
 */
import type { Db } from '../../db/client.js';
import { isValidDate } from '../../lib/local-time.js';
import { HttpProblem, badRequest } from '../../lib/problems.js';
import type { SpaceRow } from '../spaces/spaces-repo.js';
import { eventChanges, type EventChangeLog } from './event-changes.js';
import { sameTimeOn, wallClockOf } from './event-rules.js';
import { checkEventPlacement, loadSpaceContext, placesProblem } from './event-writes.js';
import { insertEvent, insertPlaces, type EventRecord } from './events-repo.js';

export interface DuplicateEventRequest {
  source: EventRecord;
  space: SpaceRow;
  dates: string[];
  actorId: string;
  now: Date;
  log?: EventChangeLog;
}

/** The copies' ids, by date. */
export async function duplicateEvent(db: Db, req: DuplicateEventRequest): Promise<string[]> {
  const { source, space, now } = req;
  const dates = [...req.dates].sort();
  const bad = dates.find((d) => !isValidDate(d));
  if (bad)
    throw badRequest(`${bad} is not a calendar date.`, [{ path: 'body.dates', message: `${bad} is not a date` }]);

  const clock = wallClockOf({ start: source.event.startAt, end: source.event.endAt }, space.timezone);
  const copies = dates.map((date) => ({ date, interval: sameTimeOn(date, clock, space.timezone) }));
  const ctx = await loadSpaceContext(db, space);
  for (const copy of copies) {
    try {
      await checkEventPlacement(db, ctx, source.deskIds, copy.interval);
    } catch (err) {
      if (err instanceof HttpProblem)
        throw new HttpProblem(err.status, err.slug, err.title, `${copy.date}: ${err.detail}`, {
          ...err.extra,
          date: copy.date,
        });
      throw err;
    }
  }

  let current: (typeof copies)[number] | null = null;
  try {
    return await db.transaction(async (tx) => {
      const ids: string[] = [];
      for (const copy of copies) {
        current = copy;
        const e = source.event;
        const event = await insertEvent(tx, {
          spaceId: e.spaceId,
          title: e.title,
          description: e.description,
          kind: e.kind,
          startAt: copy.interval.start,
          endAt: copy.interval.end,
          capacity: e.capacity,
          public: e.public,
          copiedFrom: e.id,
          createdBy: req.actorId,
          createdAt: now,
          updatedAt: now,
        });
        // one statement per copy, so that a refusal names its date
        await insertPlaces(tx, event, source.deskIds, copy.interval);
        await eventChanges.emit(tx, {
          type: 'event.created',
          eventId: event.id,
          spaceId: e.spaceId,
          registrationIds: [],
          now,
          log: req.log,
        });
        ids.push(event.id);
      }
      return ids;
    });
  } catch (err) {
    const failed = current as (typeof copies)[number] | null;
    const problem = failed
      ? await placesProblem(db, err, {
          deskIds: source.deskIds,
          interval: failed.interval,
          eventId: null,
          date: failed.date,
        })
      : null;
    throw problem ?? err;
  }
}
