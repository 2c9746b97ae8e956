/**
 * Free time of every desk of a space on one local date. Opening intervals come from the space's
 * weekly hours in its zone (23- and 25-hour days included), minus closures and days outside a
 * pop-up's life; a desk's free time is its opening time minus the bookings that hold it.
 */
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Availability } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { bookings, desks } from '../../db/schema.js';
import { dateWithin, localDay, openingIntervals, subtractIntervals, type Interval } from '../../lib/local-time.js';
import { byDeskName, isClosed, loadOpeningHours, type SpaceRow } from './spaces-repo.js';

const iso = (iv: Interval) => ({ start: iv.start.toISOString(), end: iv.end.toISOString() });

/** When the space is open on that date, as instants; empty on closed days. */
export async function openIntervalsOn(db: Db, space: SpaceRow, date: string): Promise<Interval[]> {
  if (!dateWithin(date, space.opensOn, space.closesOn)) return [];
  const [hours, closed] = await Promise.all([loadOpeningHours(db, space.id), isClosed(db, space.id, date)]);
  return closed ? [] : openingIntervals(date, hours, space.timezone);
}

export async function availability(db: Db, space: SpaceRow, date: string, now: Date): Promise<Availability> {
  const day = localDay(date, space.timezone);
  const [open, deskRows, taken] = await Promise.all([
    openIntervalsOn(db, space, date),
    db
      .select()
      .from(desks)
      .where(
        and(
          eq(desks.spaceId, space.id),
          sql`(${desks.activeFrom} is null or ${desks.activeFrom} <= ${date}::date)`,
          sql`(${desks.activeUntil} is null or ${desks.activeUntil} >= ${date}::date)`,
        ),
      )
      .orderBy(desks.name, desks.createdAt),
    db
      .select({ deskId: bookings.deskId, start: bookings.startAt, end: bookings.endAt, status: bookings.status })
      .from(bookings)
      .where(
        and(
          eq(bookings.spaceId, space.id),
          sql`${bookings.status} in ('confirmed', 'checked_in')`,
          lt(bookings.startAt, day.end),
          gt(bookings.endAt, day.start),
        ),
      ),
  ]);
  const releaseMs = space.releaseAfterMinutes * 60_000;
  const takenByDesk = new Map<string, Interval[]>();
  for (const b of taken) {
    // A booking overdue for check-in is released: it holds the desk only until its release time,
    // even before the scheduler has marked it no_show.
    const releasedAt = b.start.getTime() + releaseMs;
    const end = space.checkInRequired && b.status === 'confirmed' && releasedAt <= now.getTime() ? new Date(Math.min(releasedAt, b.end.getTime())) : b.end;
    const list = takenByDesk.get(b.deskId) ?? [];
    list.push({ start: b.start, end });
    takenByDesk.set(b.deskId, list);
  }
  return {
    date,
    timezone: space.timezone,
    open: open.map(iso),
    desks: [...deskRows].sort(byDeskName).map((d) => ({
      deskId: d.id,
      name: d.name,
      free: subtractIntervals(open, takenByDesk.get(d.id) ?? []).map(iso),
    })),
  };
}
