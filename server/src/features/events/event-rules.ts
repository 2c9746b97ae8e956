/**
 * The rules an event's time and places must satisfy, checked before anything is written so that
 * each gets a clear 422. When the space is open is the booking rules' own check (checkSpaceLife,
 * checkOpenThen: the space's wall clock and DST, whole-day and partial closures), so an event and a
 * booking can never disagree on it. Overlaps are not checked here: the database
 * keeps event places apart from bookings and from each other (migration 0009).
 */
import { TZDate } from '@date-fns/tz';
import { dateWithin, localDateOf, localInstant, type Interval, type OpeningSlot } from '../../lib/local-time.js';
import { businessRule, HttpProblem } from '../../lib/problems.js';
import type { ClosureWindow } from '../spaces/closure-window.js';
import { checkOpenThen, checkSpaceLife } from '../bookings/booking-rules.js';
import type { DeskRow, SpaceRow } from '../spaces/spaces-repo.js';

export interface EventRuleInput {
  space: SpaceRow;
  hours: readonly OpeningSlot[];
  /** the closure of a local date (the whole day or a window of it), null when open */
  closureOn: (date: string) => Promise<ClosureWindow | null>;
  /** the rows of the places asked for (any space): ids not found here are unknown */
  places: readonly DeskRow[];
  deskIds: readonly string[];
  interval: Interval;
}

/** Throws a 422 problem for the first rule the event breaks. */
export async function checkEventRules({
  space,
  hours,
  closureOn,
  places,
  deskIds,
  interval,
}: EventRuleInput): Promise<void> {
  const { start, end } = interval;
  if (start.getTime() >= end.getTime())
    throw businessRule('end-before-start', 'End before start', 'An event must end after it starts.');

  const date = localDateOf(start, space.timezone);
  checkSpaceLife(space, date);
  await checkOpenThen({
    space,
    hours,
    closureOn,
    date,
    interval,
    closedDaySlug: 'closed',
    outsideDetail: `An event must lie within one opening interval of one day (${date}).`,
  });
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const id of deskIds) {
    const place = byId.get(id);
    if (!place || place.spaceId !== space.id) {
      throw new HttpProblem(422, 'unknown-place', 'Unknown place', `Place ${id} is not a place of this space.`, {
        deskId: id,
      });
    }
    if (!dateWithin(date, place.activeFrom, place.activeUntil)) {
      throw new HttpProblem(422, 'unknown-place', 'Place not in use then', `${place.name} is not in use on ${date}.`, {
        deskId: id,
      });
    }
  }
}

/**
 * An event's wall-clock time in its space (minutes after local midnight; an end at the next
 * midnight is 1440), so that a copy on another date starts and ends at the same local time even
 * across a change of daylight saving time.
 */
export function wallClockOf(interval: Interval, tz: string): { date: string; startMinute: number; endMinute: number } {
  const date = localDateOf(interval.start, tz);
  const minuteOf = (instant: Date) => {
    const z = new TZDate(instant.getTime(), tz);
    return z.getHours() * 60 + z.getMinutes();
  };
  const endMinute = localDateOf(interval.end, tz) === date ? minuteOf(interval.end) : 1440;
  return { date, startMinute: minuteOf(interval.start), endMinute };
}

/** The same local wall-clock time on another date. */
export function sameTimeOn(date: string, clock: { startMinute: number; endMinute: number }, tz: string): Interval {
  return { start: localInstant(date, clock.startMinute, tz), end: localInstant(date, clock.endMinute, tz) };
}
