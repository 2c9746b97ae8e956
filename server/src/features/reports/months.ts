/**
 * The months a report can cover: a space's (or several spaces') whole life so far, so that month
 * pickers offer the pilot season of 2022 as readily as last month.
 */
import type { ReportMonths } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { localDateOf } from '../../lib/local-time.js';
import { spaceLives, type SpaceLife } from './history-sql.js';
import { addMonths } from './month-arithmetic.js';

/** The zone of "this month" when several spaces are asked for at once. */
export const SEVERAL_SPACES_ZONE = 'Europe/Berlin';

/** The month before `month` (`YYYY-MM`). */
export function previousMonth(month: string): string {
  return addMonths(month, -1);
}

const earliest = (months: (string | null)[]) =>
  months.filter((m): m is string => m !== null).reduce<string | null>((a, m) => (a === null || m < a ? m : a), null);

/**
 * from = the earliest opening or first booking; to = this month, or the closing month of a space
 * that closed before (for several: the latest of those); lastComplete = the last month that has
 * ended and is not after `to`. Without any data from = to.
 */
export function monthsOf(lives: readonly SpaceLife[], current: string): ReportMonths {
  const ends = lives.map((l) => (l.closes !== null && l.closes < current ? l.closes : current));
  const to = lives.length === 0 ? current : ends.reduce((a, m) => (m > a ? m : a));
  const start = earliest(lives.flatMap((l) => [l.opens, l.firstBooking])) ?? to;
  return {
    from: start < to ? start : to,
    to,
    current,
    lastComplete: to < current ? to : previousMonth(current),
  };
}

/** spaceIds null = every space; one space is measured in its own zone. */
export async function reportMonths(db: Db, spaceIds: string[] | null, now: Date): Promise<ReportMonths> {
  const lives = await spaceLives(db, spaceIds, now);
  const current =
    spaceIds !== null && spaceIds.length === 1 && lives[0]
      ? lives[0].current
      : localDateOf(now, SEVERAL_SPACES_ZONE).slice(0, 7);
  return monthsOf(lives, current);
}
