/**
 * A weekly series from the day view: the same desk and local time on the chosen day and the
 * same weekday after it. The server books each occurrence as a normal booking and says which
 * ones failed and why; these helpers build the request and read the answer.
 */
import { SERIES_MAX_WEEKS, type SeriesFailure } from '@popdesk/shared';
import { isApiError } from '../../../lib/api-client';
import { addDays, localDate, wallTime } from '../../../lib/dates';
import type { Iv } from './timeline';

export const MAX_WEEKS = SERIES_MAX_WEEKS;
export const MIN_WEEKS = 2;

export type SeriesMode = 'atomic' | 'partial';

export interface SeriesChoice {
  repeat: boolean;
  /** As typed: validated on submit. */
  weeks: string;
  mode: SeriesMode;
}

export const defaultSeriesChoice = (maxWeeks: number): SeriesChoice => ({
  repeat: false,
  weeks: String(Math.min(4, maxWeeks)),
  mode: 'partial',
});

/** How far a weekly series from a day may reach. */
export interface SeriesLimit {
  /** the most occurrences, this week included */
  maxWeeks: number;
  /** the last day an occurrence may fall on */
  lastDate: string;
  /** the space's staff: 52 weeks, not the booking horizon */
  beyondHorizon: boolean;
}

/** The limit from `date`: the booking horizon's last day, or 52 weeks for the space's staff (as the API allows). */
export function seriesLimit(date: string, horizonLastDate: string, beyondHorizon: boolean): SeriesLimit {
  const lastDate = beyondHorizon ? addDays(date, 7 * (MAX_WEEKS - 1)) : horizonLastDate;
  return { maxWeeks: weeksUntil(date, lastDate), lastDate, beyondHorizon };
}

/** How many weekly occurrences from `date` fit until `lastDate` (the booking horizon), at most 52. */
export function weeksUntil(date: string, lastDate: string): number {
  let n = 0;
  for (let d = date; d <= lastDate && n < MAX_WEEKS; d = addDays(d, 7)) n++;
  return n;
}

/** The dates of `weeks` weekly occurrences from `date`. */
export function seriesDates(date: string, weeks: number): string[] {
  return Array.from({ length: weeks }, (_, i) => addDays(date, 7 * i));
}

/** The number of weeks if it is a whole number in [2, max], else null. */
export function parseWeeks(value: string, max: number): number | null {
  if (!/^\d{1,2}$/.test(value.trim())) return null;
  const n = Number(value);
  return n >= MIN_WEEKS && n <= max ? n : null;
}

/** Local wall-clock times of a range on `date`; an end at the next midnight is `24:00`. */
export function seriesTimes(range: Iv, date: string, tz: string): { startTime: string; endTime: string } {
  const endTime = localDate(range.end, tz) > date ? '24:00' : wallTime(range.end, tz);
  return { startTime: wallTime(range.start, tz), endTime };
}

/** A series the server refused as a whole (atomic with a failure, or nothing bookable): its failures. */
export function refusedSeries(error: unknown): { mode: SeriesMode; failed: SeriesFailure[] } | null {
  if (!isApiError(error) || error.slug !== 'series-not-booked') return null;
  const { failed, mode } = error.problem as { failed?: unknown; mode?: unknown };
  if (!Array.isArray(failed)) return null;
  return { mode: mode === 'atomic' ? 'atomic' : 'partial', failed: failed as SeriesFailure[] };
}
