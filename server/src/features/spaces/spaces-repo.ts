import { and, asc, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { Desk, DeskFeature, OpeningHour, Space, SpaceSummary } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { bookings, closures, desks, eventPlaces, openingHours, spaces } from '../../db/schema.js';
import { formatWallTime, type OpeningSlot } from '../../lib/local-time.js';
import { encodeAhead } from '../../lib/encoded-json.js';
import type { DayClosure } from './closure-window.js';
import { toClosureDto, type ClosureRow } from './closures-repo.js';
import type { ReadCache } from '../../lib/read-cache.js';
import type { CachedSpaceList, DeskContext } from '../../plugins/caches.js';

export type SpaceRow = typeof spaces.$inferSelect;
/** A closure row as json_build_object gives it: the instant as text. */
type ClosureJson = Omit<ClosureRow, 'createdAt'> & { createdAt: string };
export type DeskRow = typeof desks.$inferSelect;

/**
 * Desks not retired yet (no end date, or one today or later in the space's zone); rooms and tables
 * are not desks. The outer columns are qualified by hand: drizzle renders `${spaces.id}` as a bare
 * "id" in a one-table select, which inside this subquery would mean the desk's own id.
 */
const deskCount = (now: Date) =>
  sql<number>`(select count(*) from ${desks} d where d.space_id = ${spaces}.id and d.kind = 'desk'
    and (d.active_until is null or d.active_until >= (${now.toISOString()}::timestamptz at time zone ${spaces}.timezone)::date))::int`;

/** "Desk 2" before "Desk 10": names compare as people read them. */
const deskNameOrder = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
export const byDeskName = (a: { name: string }, b: { name: string }) => deskNameOrder.compare(a.name, b.name);

export function toSpaceDto(row: SpaceRow & { deskCount: number }): Space {
  return {
    id: row.id,
    name: row.name,
    town: row.town,
    address: row.address,
    description: row.description,
    timezone: row.timezone,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    bookingHorizonDays: row.bookingHorizonDays,
    checkInRequired: row.checkInRequired,
    releaseAfterMinutes: row.releaseAfterMinutes,
    minBookingMinutes: row.minBookingMinutes,
    maxFutureBookingsPerPerson: row.maxFutureBookingsPerPerson,
    deskCount: row.deskCount,
    coworkersMayBookRooms: row.coworkersMayBookRooms,
  };
}

export const toDeskDto = (d: DeskRow): Desk => ({
  id: d.id,
  spaceId: d.spaceId,
  name: d.name,
  activeFrom: d.activeFrom,
  activeUntil: d.activeUntil,
  kind: d.kind,
  seats: d.seats,
  features: d.features as DeskFeature[],
  planX: d.planX,
  planY: d.planY,
});

export const toOpeningHourDto = (h: OpeningSlot): OpeningHour => ({
  weekday: h.weekday,
  opens: formatWallTime(h.opensMinute),
  closes: formatWallTime(h.closesMinute),
});

/** Days of closures the list sends along: enough for "open now" and "opens next" (two weeks ahead). */
export const UPCOMING_CLOSURE_DAYS = 15;

const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * The space list as sent, from the read cache while no space, desk, opening hour or closure
 * changed. What it says depends on the time only through each space's local date (desks still in
 * use, closures from today), and every zone's offset is a whole number of quarter hours, so local
 * dates change only on a quarter hour (UTC): an answer holds until the next one.
 */
export async function cachedSpaceList(db: Db, cache: ReadCache<CachedSpaceList>, now: Date): Promise<CachedSpaceList> {
  const at = now.getTime();
  const fromMs = Math.floor(at / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  const list = await cache.load(
    String(fromMs),
    'all',
    async () => ({
      ...(await encodeAhead(JSON.stringify(await listSpaces(db, now)))),
      fromMs,
      untilMs: fromMs + QUARTER_HOUR_MS,
    }),
    (v) => v.fromMs <= at && at < v.untilMs,
  );
  return list!; // (the list is never null: no spaces is [])
}

/** Every space with its weekly hours and coming closures: one query, however many spaces there are. */
export async function listSpaces(db: Db, now: Date): Promise<SpaceSummary[]> {
  const today = sql`(${now.toISOString()}::timestamptz at time zone ${spaces}.timezone)::date`;
  const rows = await db
    .select({
      ...getTableColumns(spaces),
      deskCount: deskCount(now),
      hours: openingHoursJson,
      // the rows as JSON (one query for every space), turned into closures by the one mapper below
      upcomingClosures: sql<ClosureJson[]>`coalesce((select json_agg(json_build_object('spaceId', c.space_id,
          'date', c.date, 'reason', c.reason, 'startsMinute', c.starts_minute, 'endsMinute', c.ends_minute,
          'batchId', c.batch_id, 'createdAt', c.created_at) order by c.date)
        from ${closures} c where c.space_id = ${spaces}.id and c.date between ${today} and ${today} + ${UPCOMING_CLOSURE_DAYS}::int), '[]')`,
    })
    .from(spaces)
    .orderBy(asc(spaces.town), asc(spaces.name));
  return rows.map(({ hours, upcomingClosures, ...row }) => ({
    ...toSpaceDto(row),
    openingHours: hours.map(toOpeningHourDto),
    upcomingClosures: upcomingClosures.map((c) => toClosureDto({ ...c, createdAt: new Date(c.createdAt) })),
  }));
}

export async function findSpace(db: Db, id: string, now: Date): Promise<Space | null> {
  const [row] = await db
    .select({ ...getTableColumns(spaces), deskCount: deskCount(now) })
    .from(spaces)
    .where(eq(spaces.id, id));
  return row ? toSpaceDto(row) : null;
}

export async function findSpaceRow(db: Db, id: string): Promise<SpaceRow | null> {
  const [row] = await db.select().from(spaces).where(eq(spaces.id, id));
  return row ?? null;
}

export async function findDeskRow(db: Db, id: string): Promise<DeskRow | null> {
  const [row] = await db.select().from(desks).where(eq(desks.id, id));
  return row ?? null;
}

/** A new space; its id. */
export async function createSpace(db: Db, values: typeof spaces.$inferInsert): Promise<string> {
  const [row] = await db.insert(spaces).values(values).returning({ id: spaces.id });
  return row!.id;
}

export async function updateSpace(db: Db, id: string, values: Partial<typeof spaces.$inferInsert>): Promise<void> {
  await db.update(spaces).set(values).where(eq(spaces.id, id));
}

export async function createDesk(db: Db, values: typeof desks.$inferInsert): Promise<DeskRow> {
  const [desk] = await db.insert(desks).values(values).returning();
  return desk!;
}

export async function updateDesk(db: Db, id: string, values: Partial<typeof desks.$inferInsert>): Promise<DeskRow> {
  const [updated] = await db.update(desks).set(values).where(eq(desks.id, id)).returning();
  return updated!;
}

export async function deleteDesk(db: Db, id: string): Promise<void> {
  await db.delete(desks).where(eq(desks.id, id));
}

/** Reopens a closed date; false when it was not closed. */
export async function removeClosure(db: Db, spaceId: string, date: string): Promise<boolean> {
  const deleted = await db
    .delete(closures)
    .where(and(eq(closures.spaceId, spaceId), eq(closures.date, date)))
    .returning();
  return deleted.length > 0;
}

export async function spaceDetail(db: Db, id: string, now: Date) {
  const space = await findSpace(db, id, now);
  if (!space) return null;
  const [deskRows, hours, closureRows] = await Promise.all([
    db.select().from(desks).where(eq(desks.spaceId, id)).orderBy(asc(desks.name), asc(desks.createdAt)),
    loadOpeningHours(db, id),
    db.select().from(closures).where(eq(closures.spaceId, id)).orderBy(asc(closures.date)),
  ]);
  return {
    ...space,
    desks: [...deskRows].sort(byDeskName).map(toDeskDto),
    openingHours: hours.map(toOpeningHourDto),
    closures: closureRows.map(toClosureDto),
  };
}

/** A space's weekly hours as a JSON array of `OpeningSlot`s by weekday and time, for a query that selects from `spaces`. */
export const openingHoursJson = sql<
  OpeningSlot[]
>`coalesce((select json_agg(json_build_object('weekday', h.weekday, 'opensMinute', h.opens_minute, 'closesMinute', h.closes_minute) order by h.weekday, h.opens_minute)
  from ${openingHours} h where h.space_id = ${spaces.id}), '[]')`;

/**
 * What booking a desk needs to know (its space, weekly hours and closed days) in one round trip;
 * cached per desk, dropped when the space or its desks, hours or closures change.
 */
export async function loadDeskContext(db: Db, deskId: string): Promise<DeskContext | null> {
  const [found] = await db
    .select({
      desk: desks,
      space: spaces,
      hours: openingHoursJson,
      closures: sql<
        DayClosure[]
      >`coalesce((select json_agg(json_build_object('date', c.date, 'startsMinute', c.starts_minute, 'endsMinute', c.ends_minute))
        from ${closures} c where c.space_id = ${spaces.id}), '[]')`,
    })
    .from(desks)
    .innerJoin(spaces, eq(spaces.id, desks.spaceId))
    .where(eq(desks.id, deskId));
  return found ?? null;
}

export async function loadOpeningHours(db: Db, spaceId: string): Promise<OpeningSlot[]> {
  return db
    .select({
      weekday: openingHours.weekday,
      opensMinute: openingHours.opensMinute,
      closesMinute: openingHours.closesMinute,
    })
    .from(openingHours)
    .where(eq(openingHours.spaceId, spaceId))
    .orderBy(asc(openingHours.weekday), asc(openingHours.opensMinute));
}

export async function replaceOpeningHours(db: Db, spaceId: string, slots: OpeningSlot[]) {
  await db.transaction(async (tx) => {
    await tx.delete(openingHours).where(eq(openingHours.spaceId, spaceId));
    if (slots.length > 0) await tx.insert(openingHours).values(slots.map((s) => ({ spaceId, ...s })));
  });
}

/** Is the space closed the whole of this date? (A partial closure leaves the rest of the day open.) */
export async function isClosed(db: Db, spaceId: string, date: string): Promise<boolean> {
  const [row] = await db
    .select({ date: closures.date })
    .from(closures)
    .where(and(eq(closures.spaceId, spaceId), eq(closures.date, date), isNull(closures.startsMinute)));
  return row !== undefined;
}

/** Has the place ever been booked or taken by an event (even a cancelled one)? Then it stays for the records. */
export async function deskHasBookings(db: Db, deskId: string): Promise<boolean> {
  const [row] = await db.select({ id: bookings.id }).from(bookings).where(eq(bookings.deskId, deskId)).limit(1);
  if (row) return true;
  const [place] = await db
    .select({ eventId: eventPlaces.eventId })
    .from(eventPlaces)
    .where(eq(eventPlaces.deskId, deskId))
    .limit(1);
  return place !== undefined;
}
