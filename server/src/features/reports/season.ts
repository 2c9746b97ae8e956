/**
 * The season view: one space (or all the caller may see) from month A to month B, month by month,
 * with totals — the table a pilot's evaluation needs. Built from the usage series (the same SQL as
 * every report), summed over spaces: ratios are recomputed from the summed hours, the peak is the
 * highest per-space peak, and people are counted once however many months and spaces they used
 * (history-sql.ts). Event figures are counts and hours: all summed.
 */
import {
  EVENT_FIGURES,
  type EventFigures,
  type MonthFigures,
  type SeasonFigures,
  type SeasonMonth,
} from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { distinctUsers } from './history-sql.js';
import { inReportSnapshot, monthStarts } from './report-sql.js';
import { usageSeries } from './usage.js';

const SUMMED = [
  'openDays',
  'availableDeskHours',
  'bookedDeskHours',
  'occupiedDeskHours',
  'bookings',
  'cancellations',
  'noShows',
  'newUsers',
  'guestBookings',
  'turnedAway',
  'turnedAwayAttempts',
  'waitlistEntries',
] as const;

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** The figures of several space-months together; `uniqueUsers` is the distinct count given. */
export function combine(rows: readonly MonthFigures[], uniqueUsers: number): SeasonFigures {
  const sum = Object.fromEntries(SUMMED.map((k) => [k, rows.reduce((a, r) => a + r[k], 0)])) as Record<
    (typeof SUMMED)[number],
    number
  >;
  const events = Object.fromEntries(
    EVENT_FIGURES.map((k) => [k, rows.reduce((a, r) => a + r.events[k], 0)]),
  ) as EventFigures;
  return {
    ...sum,
    events,
    utilisation: ratio(sum.bookedDeskHours, sum.availableDeskHours),
    occupancy: ratio(sum.occupiedDeskHours, sum.availableDeskHours),
    uniqueUsers,
    peakConcurrentDesks: rows.reduce((a, r) => Math.max(a, r.peakConcurrentDesks), 0),
  };
}

export interface Season {
  /** one row per space and month (months outside a pop-up's life left out), as the usage series */
  series: MonthFigures[];
  months: SeasonMonth[];
  totals: SeasonFigures;
}

/** spaceIds null = every space; `current` = this month (incomplete, as every later one). */
export async function season(
  db: Db,
  opts: {
    spaceIds: string[] | null;
    from: string;
    to: string;
    current: string;
    now?: Date;
    parts?: number;
    /** where the summaries of closed months are stored (the primary) */
    store?: Db;
  },
): Promise<Season> {
  const { spaceIds, from, to } = opts;
  const series = await usageSeries(db, { spaceIds, from, to, parts: opts.parts, now: opts.now, store: opts.store });
  const users =
    spaceIds !== null && spaceIds.length === 0
      ? []
      : await inReportSnapshot(db, (tx) => distinctUsers(tx, { spaceIds, from, to }));
  const usersIn = (month: string | null) => users.find((u) => u.month === month)?.users ?? 0;
  const months = monthStarts(from, to).map((start): SeasonMonth => {
    const month = start.slice(0, 7);
    return {
      month,
      complete: month < opts.current,
      ...combine(
        series.filter((r) => r.month === month),
        usersIn(month),
      ),
    };
  });
  return { series, months, totals: combine(series, usersIn(null)) };
}
