/** Dates for copies of an event: picked one by one, or every week until a last date. */
import { EVENT_DUPLICATES_MAX } from '@popdesk/shared';
import { addDays } from '../../../lib/dates';

/** The same weekday every week after `from` up to `until` (inclusive), at most as many as one request may copy. */
export function weeklyDates(from: string, until: string, max = EVENT_DUPLICATES_MAX): string[] {
  const out: string[] = [];
  for (let d = addDays(from, 7); d <= until && out.length < max; d = addDays(d, 7)) out.push(d);
  return out;
}

/** Adds dates to a list, leaving out the event's own date and repeats, in calendar order. */
export const withDates = (list: string[], add: string[], own: string) =>
  [...new Set([...list, ...add])].filter((d) => d !== own).sort();
