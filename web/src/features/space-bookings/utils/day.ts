/** Local days and times of a space for the staff screens (instants in UTC, wall-clock in the space's zone). */
import type { Availability } from '@popdesk/shared';
import { addDays, zonedInstant } from '../../../lib/dates';

/** The instants a local date starts and ends (23 or 25 hours apart on DST days). */
export const dayBounds = (date: string, tz: string) => ({
  from: zonedInstant(date, '00:00', tz).toISOString(),
  to: zonedInstant(addDays(date, 1), '00:00', tz).toISOString(),
});

const STEP = 15 * 60_000;
const FIVE = 5 * 60_000;

/** Every quarter hour inside the day's opening intervals, as instants (ms), interval ends included. */
export function slotInstants(open: Availability['open']): number[] {
  const out: number[] = [];
  for (const iv of open) {
    const start = Date.parse(iv.start);
    const end = Date.parse(iv.end);
    for (let t = start; t <= end; t += STEP) out.push(t);
    if (out[out.length - 1] !== end) out.push(end);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** The opening interval that contains an instant (its end included, for end times). */
export const intervalAt = (open: Availability['open'], t: number, asEnd = false) =>
  open.find((iv) =>
    asEnd ? Date.parse(iv.start) < t && t <= Date.parse(iv.end) : Date.parse(iv.start) <= t && t < Date.parse(iv.end),
  );

/** Whether a desk is free for the whole of [start, end). */
export const deskFree = (desk: Availability['desks'][number], start: number, end: number) =>
  desk.free.some((f) => Date.parse(f.start) <= start && end <= Date.parse(f.end));

/** A sensible default: from now (rounded down to 5 minutes) when open, else the day's first opening, to that interval's end. */
export function defaultRange(open: Availability['open'], now: number): { start: number; end: number } | null {
  if (open.length === 0) return null;
  const current = intervalAt(open, now);
  if (current)
    return { start: Math.max(Date.parse(current.start), Math.floor(now / FIVE) * FIVE), end: Date.parse(current.end) };
  const next = open.find((iv) => Date.parse(iv.start) > now) ?? open[0]!;
  return { start: Date.parse(next.start), end: Date.parse(next.end) };
}
