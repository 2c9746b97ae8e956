/**
 * A closure takes a whole local day or a window of it (`startsMinute`–`endsMinute`, local wall
 * clock) out of a space's opening time. Availability, the booking rules and the closure answer all
 * compute "what is open on this date" here, so that they cannot disagree; the reports do the same
 * in SQL (reports/report-sql.ts).
 */
import {
  localDay,
  localInstant,
  openingIntervals,
  subtractIntervals,
  type Interval,
  type OpeningSlot,
} from '../../lib/local-time.js';

export interface ClosureWindow {
  /** both null = the whole day */
  startsMinute: number | null;
  endsMinute: number | null;
}

export interface DayClosure extends ClosureWindow {
  date: string;
}

export const isWholeDay = (c: ClosureWindow) => c.startsMinute === null || c.endsMinute === null;

/** The instants a closure covers on its date: the local day, or its window (DST gives real elapsed time). */
export function closedInterval(date: string, closure: ClosureWindow, tz: string): Interval {
  if (isWholeDay(closure)) return localDay(date, tz);
  return { start: localInstant(date, closure.startsMinute!, tz), end: localInstant(date, closure.endsMinute!, tz) };
}

/** The opening intervals of a date less its closure (none on a whole-day closure). */
export function openIntervalsOn(
  date: string,
  hours: readonly OpeningSlot[],
  tz: string,
  closure: ClosureWindow | null,
): Interval[] {
  const open = openingIntervals(date, hours, tz);
  if (!closure) return open;
  if (isWholeDay(closure)) return [];
  return subtractIntervals(open, [closedInterval(date, closure, tz)]);
}
