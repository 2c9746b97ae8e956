/** Closure queries: one action (a date range) is one transaction and one batch. */
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Closure } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { bookings, closures } from '../../db/schema.js';
import { formatWallTime } from '../../lib/local-time.js';
import type { ClosureWindow, DayClosure } from './closure-window.js';

export type ClosureRow = typeof closures.$inferSelect;

export const toClosureDto = (c: ClosureRow): Closure => ({
  spaceId: c.spaceId,
  date: c.date,
  reason: c.reason,
  starts: c.startsMinute === null ? null : formatWallTime(c.startsMinute),
  ends: c.endsMinute === null ? null : formatWallTime(c.endsMinute),
  batchId: c.batchId,
  createdAt: c.createdAt.toISOString(),
});

/**
 * Closes the space on every date given, all with one batch id, in one transaction; the dates that
 * are already closed are returned instead and nothing is written. The primary key (space, date)
 * still decides a race: a concurrent insert fails with a unique violation (→ 409 at the route).
 */
export async function addClosures(
  db: Db,
  values: {
    spaceId: string;
    dates: string[];
    reason: string | null;
    window: ClosureWindow;
    batchId: string;
    createdAt: Date;
  },
): Promise<{ created: ClosureRow[]; taken: string[] }> {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ date: closures.date })
      .from(closures)
      .where(and(eq(closures.spaceId, values.spaceId), inArray(closures.date, values.dates)))
      .orderBy(asc(closures.date));
    if (existing.length > 0) return { created: [], taken: existing.map((e) => e.date) };
    const created = await tx
      .insert(closures)
      .values(
        values.dates.map((date) => ({
          spaceId: values.spaceId,
          date,
          reason: values.reason,
          startsMinute: values.window.startsMinute,
          endsMinute: values.window.endsMinute,
          batchId: values.batchId,
          createdAt: values.createdAt,
        })),
      )
      .returning();
    return { created: created.sort((a, b) => a.date.localeCompare(b.date)), taken: [] };
  });
}

/** A space's closures from `from` to `to` (inclusive, either open), by date. */
export async function listClosures(db: Db, spaceId: string, from?: string, to?: string): Promise<ClosureRow[]> {
  return db
    .select()
    .from(closures)
    .where(
      and(
        eq(closures.spaceId, spaceId),
        from ? gte(closures.date, from) : undefined,
        to ? lte(closures.date, to) : undefined,
      ),
    )
    .orderBy(asc(closures.date));
}

/** Removes every closure of one action; how many there were. */
export async function removeClosureBatch(db: Db, spaceId: string, batchId: string): Promise<number> {
  const deleted = await db
    .delete(closures)
    .where(and(eq(closures.spaceId, spaceId), eq(closures.batchId, batchId)))
    .returning({ date: closures.date });
  return deleted.length;
}

/** The closure of a space on a date, whole day or window; null when it is open. */
export async function closureOn(db: Db, spaceId: string, date: string): Promise<DayClosure | null> {
  const [row] = await db
    .select({ date: closures.date, startsMinute: closures.startsMinute, endsMinute: closures.endsMinute })
    .from(closures)
    .where(and(eq(closures.spaceId, spaceId), eq(closures.date, date)));
  return row ?? null;
}

/** Counting bookings of a space overlapping any of the closed intervals (each booking once). */
export async function countingBookingsOverlapping(
  db: Db,
  spaceId: string,
  closed: { start: Date; end: Date }[],
): Promise<number> {
  if (closed.length === 0) return 0;
  const starts = `{${closed.map((c) => c.start.toISOString()).join(',')}}`;
  const ends = `{${closed.map((c) => c.end.toISOString()).join(',')}}`;
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${bookings.id})::int` })
    .from(bookings)
    .innerJoin(
      sql`unnest(${starts}::timestamptz[], ${ends}::timestamptz[]) as w(s, e)`,
      sql`${bookings.startAt} < w.e and ${bookings.endAt} > w.s`,
    )
    .where(and(eq(bookings.spaceId, spaceId), sql`${bookings.status} in ('confirmed', 'checked_in')`));
  return row?.n ?? 0;
}
