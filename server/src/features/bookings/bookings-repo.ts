import { createHash } from 'node:crypto';
import { and, asc, eq, gt, inArray, lt, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Booking, BookingStatus } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { bookings, desks, eventPlaces, events, spaces, users } from '../../db/schema.js';
import { rows } from '../../db/db.js';

export type BookingRow = typeof bookings.$inferSelect;

/**
 * Who holds a booking, for staff of its space and admins: the account's name (and e-mail on
 * demand); null for a guest and for an erased account.
 */
export interface HolderNames {
  userName: string | null;
  userEmail: string | null;
}

/** Which bookings of a list carry their holder's name: those in these spaces (undefined = all). */
export interface PeopleScope {
  spaceIds?: string[];
  email: boolean;
}

/** The holder columns, for a select from bookings left-joined with users on the holder. */
const holderColumns = {
  userName: sql<string | null>`case when ${users.erasedAt} is null then ${users.name} end`,
  userEmail: sql<string | null>`case when ${users.erasedAt} is null then ${users.email} end`,
};

/** Adds the holder's name (and e-mail, if asked for) to a booking's answer. */
export function withHolder(dto: Booking, holder: HolderNames | null, email: boolean): Booking {
  return {
    ...dto,
    userName: holder?.userName ?? null,
    ...(email ? { userEmail: holder?.userEmail ?? null } : {}),
  };
}

/** The name and e-mail of a booking's holder (one primary-key lookup; nulls for guests and erased). */
export async function findHolder(db: Db, userId: string | null): Promise<HolderNames | null> {
  if (!userId) return null;
  const [row] = await db.select(holderColumns).from(users).where(eq(users.id, userId));
  return row ?? null;
}

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
    seriesId: b.seriesId,
    ...(names ?? {}),
  };
}

/**
 * Queues writers of the same desk, then of the same person, on the same (UTC) day behind one
 * another for the rest of their transaction. The exclusion constraints still decide who wins; the
 * locks only stop two overlapping inserts from each waiting on the other's uncommitted row, which
 * PostgreSQL resolves by aborting one as a deadlock after `deadlock_timeout` (a second, and a 500).
 * Two overlapping bookings share an instant, so a day and both locks; bookings of one desk on other
 * days do not wait for each other. The locks are taken in one fixed order (class, then key), so they
 * cannot form a cycle themselves. One row, usable as a CTE that the insert selects from; a guest
 * booking (no person) locks only the desk-days.
 */
export function bookingLocks(deskId: string, userId: string | null, intervals: { start: Date; end: Date }[]): SQL {
  const { classes, ids } = bookingLockKeys(deskId, userId, intervals);
  return bookingLocksOf(classes, ids);
}

/**
 * The same as a statement's CTE from the two arrays of `bookingLockKeys` (`classes`, `ids`),
 * given as parameters or placeholders: unnest yields the pairs in array order, and the aggregate
 * takes the locks one by one in it.
 */
export const bookingLocksOf = (classes: string | Placeholder, ids: string | Placeholder): SQL =>
  sql`select count(pg_advisory_xact_lock(c, k)) as locks from unnest(${classes}::int[], ${ids}::int[]) as l(c, k)`;

/** The keys of `bookingLocks`, in the order they are taken, as two int[] literals. */
export function bookingLockKeys(
  deskId: string,
  userId: string | null,
  intervals: { start: Date; end: Date }[],
): { classes: string; ids: string } {
  const days = new Set<string>();
  for (const { start, end } of intervals) {
    for (
      let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
      d < end.getTime();
      d += DAY_MS
    ) {
      days.add(new Date(d).toISOString().slice(0, 10));
    }
  }
  const keys = (owner: string) =>
    [...new Set([...days].map((day) => lockKey(`${owner}:${day}`)))].sort((a, b) => a - b);
  const pairs = [
    ...keys(deskId).map((k) => [DESK_LOCK_CLASS, k]),
    ...(userId === null ? [] : keys(userId).map((k) => [PERSON_LOCK_CLASS, k])),
  ];
  return { classes: `{${pairs.map(([c]) => c).join(',')}}`, ids: `{${pairs.map(([, k]) => k).join(',')}}` };
}

/** The same locks as a statement of their own, for a transaction that inserts several bookings. */
export async function lockDeskAndPerson(
  tx: Db,
  deskId: string,
  userId: string | null,
  intervals: { start: Date; end: Date }[],
): Promise<void> {
  await tx.execute(bookingLocks(deskId, userId, intervals));
}

/** A 32-bit key for the two-key advisory lock form; a collision only makes two writers wait for each other. */
const lockKey = (name: string) => createHash('sha1').update(name).digest().readInt32BE(0);
const DAY_MS = 86_400_000;
// advisory lock classes (the two-key form, which never meets the one-key locks of migrations and seeding)
const DESK_LOCK_CLASS = 71001;
const PERSON_LOCK_CLASS = 71002;
const FAIR_USE_LOCK_CLASS = 71003;

/**
 * Fair use (fair-use.ts): takes the person's lock for this space (until the transaction ends) and counts their counting
 * bookings of the space that have not ended at `now`. Call it inside a transaction, before the
 * desk and person locks of the insert (always this order, so the locks form no cycle).
 */
export async function lockAndCountUpcoming(tx: Db, userId: string, spaceId: string, now: Date): Promise<number> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(${FAIR_USE_LOCK_CLASS}::int, ${lockKey(`${userId}:${spaceId}`)}::int)`,
  );
  const [found] = await rows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from bookings
      where user_id = ${userId}::uuid and space_id = ${spaceId}::uuid
        and status in ('confirmed', 'checked_in') and end_at > ${now.toISOString()}::timestamptz`,
  );
  return Number(found?.n ?? 0);
}

export async function findBooking(db: Db, id: string): Promise<BookingRow | null> {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id));
  return row ?? null;
}

/** A booking with where it is: the desk's name and the space's name, town, address and time zone. */
export interface PlacedBooking {
  booking: BookingRow;
  deskName: string;
  space: { name: string; town: string; address: string | null; timezone: string };
}

/** The columns of a `PlacedBooking`, for a select from bookings joined with their desk and space. */
export const placedBookingColumns = {
  booking: bookings,
  deskName: desks.name,
  space: { name: spaces.name, town: spaces.town, address: spaces.address, timezone: spaces.timezone },
};

export async function findPlacedBooking(db: Db, id: string): Promise<PlacedBooking | null> {
  const [row] = await db
    .select(placedBookingColumns)
    .from(bookings)
    .innerJoin(desks, eq(desks.id, bookings.deskId))
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .where(eq(bookings.id, id));
  return row ?? null;
}

export interface BookingFilter {
  /** Just these bookings (still under the visibility below). */
  ids?: string[];
  /** Bookings these people hold … */
  userId?: string;
  /** … or any booking in these spaces (staff); undefined = every space (admin). */
  managedSpaceIds?: string[];
  spaceId?: string;
  status?: BookingStatus;
  from?: Date;
  to?: Date;
  limit: number;
  /** staff and admins: the holder's name on the bookings of these spaces */
  people?: PeopleScope;
}

export async function listBookings(db: Db, f: BookingFilter): Promise<Booking[]> {
  const visibility: SQL[] = [];
  if (f.userId) visibility.push(eq(bookings.userId, f.userId));
  if (f.managedSpaceIds && f.managedSpaceIds.length > 0) visibility.push(inArray(bookings.spaceId, f.managedSpaceIds));
  const conditions: (SQL | undefined)[] = [
    f.managedSpaceIds === undefined ? undefined : or(...visibility),
    f.ids ? inArray(bookings.id, f.ids) : undefined,
    f.spaceId ? eq(bookings.spaceId, f.spaceId) : undefined,
    f.status ? eq(bookings.status, f.status) : undefined,
    f.from ? gt(bookings.endAt, f.from) : undefined,
    f.to ? lt(bookings.startAt, f.to) : undefined,
  ];
  // the holder's name comes with the same statement (one join, whatever the number of rows)
  const rows = await db
    .select({ booking: bookings, deskName: desks.name, spaceName: spaces.name, ...holderColumns })
    .from(bookings)
    .innerJoin(desks, eq(desks.id, bookings.deskId))
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .leftJoin(users, eq(users.id, bookings.userId))
    .where(and(...conditions))
    .orderBy(bookings.startAt, bookings.id)
    .limit(f.limit);
  const people = f.people;
  return rows.map((r) => {
    const dto = toBookingDto(r.booking, { deskName: r.deskName, spaceName: r.spaceName });
    const named = people && (people.spaceIds === undefined || people.spaceIds.includes(r.booking.spaceId));
    return named ? withHolder(dto, r, people.email) : dto;
  });
}

/** The bookings with these ids, locked against concurrent changes until the transaction ends. */
export async function lockBookings(db: Db, ids: string[]): Promise<BookingRow[]> {
  return db.select().from(bookings).where(inArray(bookings.id, ids)).orderBy(bookings.id).for('update');
}

/** Cancels those of these bookings that still hold a desk; returns them as cancelled. */
export async function cancelCounting(db: Db, ids: string[], now: Date): Promise<BookingRow[]> {
  if (ids.length === 0) return [];
  return db
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: now })
    .where(and(inArray(bookings.id, ids), inArray(bookings.status, ['confirmed', 'checked_in'])))
    .returning();
}

/** Marks one booking; returns the updated row (null if its status was not one of `from`). */
export async function transition(
  db: Db,
  booking: BookingRow,
  from: BookingStatus[],
  set: Partial<Pick<BookingRow, 'status' | 'checkedInAt' | 'cancelledAt'>>,
): Promise<BookingRow | null> {
  // into a counting status (a late check-in of a no-show, say) is a new row version under the
  // exclusion constraints: it queues behind bookings being written for the same desk and person
  if (set.status === 'confirmed' || set.status === 'checked_in') {
    await lockDeskAndPerson(db, booking.deskId, booking.userId, [{ start: booking.startAt, end: booking.endAt }]);
  }
  const [row] = await db
    .update(bookings)
    .set(set)
    .where(and(eq(bookings.id, booking.id), inArray(bookings.status, from)))
    .returning();
  return row ?? null;
}

export interface EventTakingPlace {
  /** null when the event is not public */
  title: string | null;
  start: Date;
  end: Date;
}

/**
 * What stands in the way when the database refused a booking over an event's place
 * (`bookings_event_place`): the event overlapping it, named only when it is public.
 */
export async function eventTakingPlace(
  db: Db,
  deskId: string,
  interval: { start: Date; end: Date },
): Promise<EventTakingPlace | null> {
  const [found] = await db
    .select({ title: events.title, public: events.public, start: eventPlaces.startAt, end: eventPlaces.endAt })
    .from(eventPlaces)
    .innerJoin(events, eq(events.id, eventPlaces.eventId))
    .where(
      and(
        eq(eventPlaces.deskId, deskId),
        eq(eventPlaces.active, true),
        lt(eventPlaces.startAt, interval.end),
        gt(eventPlaces.endAt, interval.start),
      ),
    )
    .orderBy(asc(eventPlaces.startAt))
    .limit(1);
  return found ? { title: found.public ? found.title : null, start: found.start, end: found.end } : null;
}
