/**
 * The rules a booking must satisfy, as a pure function of the space, desk and clock. Overlaps are
 * not checked here: the database's exclusion constraints decide those, race-free.
 */
import {
  addDays,
  dateWithin,
  formatWallTime,
  localDateOf,
  openingIntervals,
  type Interval,
  type OpeningSlot,
} from '../../lib/local-time.js';
import { HttpProblem, businessRule, conflict } from '../../lib/problems.js';
import type { DeskRow, SpaceRow } from '../spaces/spaces-repo.js';
import type { EventTakingPlace } from './bookings-repo.js';
import { closedInterval, isWholeDay, type ClosureWindow } from '../spaces/closure-window.js';

export interface RuleInput {
  space: SpaceRow;
  desk: DeskRow;
  hours: readonly OpeningSlot[];
  /** the closure of a local date (the whole day or a window of it), null when open */
  closureOn: (date: string) => Promise<ClosureWindow | null>;
  interval: Interval;
  now: Date;
  /** Staff of the space and admins may record the past and book beyond the horizon. */
  privileged: boolean;
}

/**
 * A room or table is booked by the space's team (for a meeting) unless the space lets coworkers
 * book rooms themselves. Staff booking a room for a coworker is the team booking it.
 */
export function checkRoomAccess(space: SpaceRow, desk: DeskRow, privileged: boolean): void {
  if (desk.kind === 'room' && !privileged && !space.coworkersMayBookRooms)
    throw new HttpProblem(
      403,
      'room-staff-only',
      'Rooms are booked by the space’s team',
      `${desk.name} is booked by the space’s team; ask them for a meeting there.`,
    );
}

/** 09:30 in the space's zone. */
const wallTime = (instant: Date, tz: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant,
  );

/** The 409 for a booking over an event's place: a taken desk, as turned-away demand counts it, saying why. */
export function takenByEvent(event: EventTakingPlace | null, tz: string): HttpProblem {
  const what = event?.title ? `the event “${event.title}”` : 'an event';
  const when = event ? ` from ${wallTime(event.start, tz)} to ${wallTime(event.end, tz)}` : ' then';
  return conflict('desk-taken', 'Desk already booked', `This place is taken by ${what}${when}.`);
}

/** 422 `outside-space-life` when the local date lies outside a pop-up's life (`opensOn`–`closesOn`). */
export function checkSpaceLife(space: Pick<SpaceRow, 'opensOn' | 'closesOn'>, date: string): void {
  if (!dateWithin(date, space.opensOn, space.closesOn)) {
    throw businessRule(
      'outside-space-life',
      'Space not open then',
      `The space is open from ${space.opensOn ?? 'the start'} to ${space.closesOn ?? 'further notice'}; ${date} is outside.`,
    );
  }
}

/**
 * 422 unless the space is open for the whole interval on its local `date`: not closed all day
 * (`closedDaySlug`), inside one opening interval, and clear of a partial closure's window. Bookings
 * and events share it, so the two never disagree on when a space is open.
 */
export async function checkOpenThen({
  space,
  hours,
  closureOn,
  date,
  interval: { start, end },
  closedDaySlug,
  outsideDetail,
}: {
  space: Pick<SpaceRow, 'timezone'>;
  hours: readonly OpeningSlot[];
  closureOn: (date: string) => Promise<ClosureWindow | null>;
  date: string;
  interval: Interval;
  closedDaySlug: string;
  outsideDetail: string;
}): Promise<void> {
  const tz = space.timezone;
  const closure = await closureOn(date);
  if (closure && isWholeDay(closure))
    throw businessRule(closedDaySlug, 'Closed that day', `The space is closed on ${date}.`);
  const fits = openingIntervals(date, hours, tz).some((iv) => iv.start <= start && end <= iv.end);
  if (!fits) throw businessRule('outside-opening-hours', 'Outside opening hours', outsideDetail);
  if (closure) {
    const window = closedInterval(date, closure, tz);
    if (start < window.end && window.start < end) {
      throw businessRule(
        'closed',
        'Closed then',
        `The space is closed on ${date} from ${formatWallTime(closure.startsMinute!)} to ${formatWallTime(closure.endsMinute!)}.`,
      );
    }
  }
}

export async function checkBookingRules({
  space,
  desk,
  hours,
  closureOn,
  interval,
  now,
  privileged,
}: RuleInput): Promise<void> {
  const { start, end } = interval;
  if (start.getTime() >= end.getTime())
    throw businessRule('end-before-start', 'End before start', 'A booking must end after it starts.');

  const tz = space.timezone;
  const date = localDateOf(start, tz);
  checkSpaceLife(space, date);
  if (!dateWithin(date, desk.activeFrom, desk.activeUntil)) {
    throw businessRule('desk-inactive', 'Desk not available then', `Desk ${desk.name} is not in use on ${date}.`);
  }
  await checkOpenThen({
    space,
    hours,
    closureOn,
    date,
    interval,
    closedDaySlug: 'closed-day',
    outsideDetail: 'A booking must lie within one opening interval of one day.',
  });
  if (!privileged) {
    if (end.getTime() <= now.getTime())
      throw businessRule('in-the-past', 'In the past', 'This time has already passed.');
    const lastDate = addDays(localDateOf(now, tz), space.bookingHorizonDays);
    if (date > lastDate) {
      throw businessRule(
        'beyond-horizon',
        'Too far ahead',
        `Desks can be booked up to ${space.bookingHorizonDays} days ahead (until ${lastDate}).`,
      );
    }
  }
}
