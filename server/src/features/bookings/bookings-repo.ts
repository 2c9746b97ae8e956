import { and, desc, eq, gt, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Booking, BookingStatus } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { bookings, desks, spaces } from '../../db/schema.js';

export type BookingRow = typeof bookings.$inferSelect;

export function toBookingDto(b: BookingRow, names?: { deskName: string; spaceName: string }): Booking {
  return {
    id: b.id,
    deskId: b.deskId,
    spaceId: b.spaceId,
    userId: b.userId,
    guestName: b.guestName,
    start: b.startAt.toISOString(),
    end: b.endAt.toISOString(),
    status: b.status,
    createdAt: b.createdAt.toISOString(),
    checkedInAt: b.checkedInAt?.toISOString() ?? null,
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
    ...(names ?? {}),
  };
}

export async function findBooking(db: Db, id: string): Promise<BookingRow | null> {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id));
  return row ?? null;
}

export interface BookingFilter {
  /** Bookings these people hold … */
  userId?: string;
  /** … or any booking in these spaces (staff); undefined = every space (admin). */
  managedSpaceIds?: string[];
  spaceId?: string;
  status?: BookingStatus;
  from?: Date;
  to?: Date;
  limit: number;
}

export async function listBookings(db: Db, f: BookingFilter): Promise<Booking[]> {
  const visibility: SQL[] = [];
  if (f.userId) visibility.push(eq(bookings.userId, f.userId));
  if (f.managedSpaceIds && f.managedSpaceIds.length > 0) visibility.push(inArray(bookings.spaceId, f.managedSpaceIds));
  const conditions: (SQL | undefined)[] = [
    f.managedSpaceIds === undefined ? undefined : or(...visibility),
    f.spaceId ? eq(bookings.spaceId, f.spaceId) : undefined,
    f.status ? eq(bookings.status, f.status) : undefined,
    f.from ? gt(bookings.endAt, f.from) : undefined,
    f.to ? lt(bookings.startAt, f.to) : undefined,
  ];
  const rows = await db
    .select({ booking: bookings, deskName: desks.name, spaceName: spaces.name })
    .from(bookings)
    .innerJoin(desks, eq(desks.id, bookings.deskId))
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .where(and(...conditions))
    .orderBy(bookings.startAt, bookings.id)
    .limit(f.limit);
  return rows.map((r) => toBookingDto(r.booking, { deskName: r.deskName, spaceName: r.spaceName }));
}

/** Marks one booking; returns the updated row (null if its status was not one of `from`). */
export async function transition(
  db: Db,
  id: string,
  from: BookingStatus[],
  set: Partial<Pick<BookingRow, 'status' | 'checkedInAt' | 'cancelledAt'>>,
): Promise<BookingRow | null> {
  const [row] = await db
    .update(bookings)
    .set(set)
    .where(and(eq(bookings.id, id), inArray(bookings.status, from)))
    .returning();
  return row ?? null;
}

export const newestFirst = desc(bookings.startAt);
export const countingStatus = sql`${bookings.status} in ('confirmed', 'checked_in')`;
