/**
 * Event queries. An event is read together with its space's name and zone, its places and its
 * registration counts in one statement (a list of events is one query, however long), so the
 * answer never needs a second round trip per event.
 */
import { and, asc, eq, inArray, ne, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { EventKind, RegistrationStatus } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { bookings, desks, eventPlaces, events, registrations, spaces, users } from '../../db/schema.js';
import type { AuthUser } from '../../lib/auth-user.js';
import type { Interval } from '../../lib/local-time.js';
import type { DeskRow } from '../spaces/spaces-repo.js';

export type EventRow = typeof events.$inferSelect;

/** The caller's own live registration of an event. */
export interface MyRegistration {
  id: string;
  status: RegistrationStatus;
  position: number | null;
}

/** An event with what its answer shows: space, places, counts (and the caller's registration, if asked). */
export interface EventRecord {
  event: EventRow;
  spaceName: string;
  town: string;
  timezone: string;
  address: string | null;
  /** the places it takes, by name */
  deskIds: string[];
  /** registered + attended */
  registered: number;
  waitlisted: number;
  attended: number;
  /** undefined: not asked (no caller); null: the caller has none */
  myRegistration?: MyRegistration | null;
}

/** Registrations that hold a place. */
export const HOLDING = ['registered', 'attended'] as const;
/** Registrations a change of the event concerns: holding a place or waiting for one. */
export const LIVE = ['registered', 'attended', 'waitlisted'] as const;

const counts = sql<{ registered: number; waitlisted: number; attended: number }>`(select json_build_object(
    'registered', count(*) filter (where r.status in ('registered', 'attended')),
    'waitlisted', count(*) filter (where r.status = 'waitlisted'),
    'attended', count(*) filter (where r.status = 'attended'))
  from ${registrations} r where r.event_id = ${events.id})`;

const placeIds = sql<string[]>`coalesce((select json_agg(p.desk_id order by d.name, d.id)
  from ${eventPlaces} p join ${desks} d on d.id = p.desk_id where p.event_id = ${events.id}), '[]')`;

/**
 * A registration's place in its event's waitlist (1 = next to move up), its rank among those
 * waiting by (createdAt, id); null unless it is waiting. `r` names the registration's columns.
 */
export const waitlistPosition = (r: {
  status: SQLWrapper;
  eventId: SQLWrapper;
  createdAt: SQLWrapper;
  id: SQLWrapper;
}) =>
  sql<number | null>`case when ${r.status} = 'waitlisted' then (select count(*)::int from ${registrations} w
    where w.event_id = ${r.eventId} and w.status = 'waitlisted' and (w.created_at, w.id) <= (${r.createdAt}, ${r.id})) end`;

/** The caller's live registration, with its waitlist position. */
const mine = (userId: string) => sql<MyRegistration | null>`(select json_build_object('id', r.id, 'status', r.status,
    'position', ${waitlistPosition({ status: sql`r.status`, eventId: sql`r.event_id`, createdAt: sql`r.created_at`, id: sql`r.id` })})
  from ${registrations} r where r.event_id = ${events.id} and r.user_id = ${userId}::uuid and r.status <> 'cancelled'
  limit 1)`;

function selectEvents(db: Db, viewerId: string | null) {
  return db
    .select({
      event: events,
      spaceName: spaces.name,
      town: spaces.town,
      timezone: spaces.timezone,
      address: spaces.address,
      deskIds: placeIds,
      counts,
      mine: viewerId ? mine(viewerId) : sql<null>`null`,
    })
    .from(events)
    .innerJoin(spaces, eq(spaces.id, events.spaceId));
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectEvents>['execute']>>[number];

function toRecord(row: Selected, withMine: boolean): EventRecord {
  const { counts: c, mine: m, ...rest } = row;
  return {
    ...rest,
    registered: Number(c.registered),
    waitlisted: Number(c.waitlisted),
    attended: Number(c.attended),
    ...(withMine
      ? { myRegistration: m ? { ...m, position: m.position === null ? null : Number(m.position) } : null }
      : {}),
  };
}

/** One event with its space, places and counts; with a viewer, their own registration too. */
export async function findEvent(db: Db, id: string, viewerId: string | null = null): Promise<EventRecord | null> {
  const [row] = await selectEvents(db, viewerId).where(eq(events.id, id));
  return row ? toRecord(row, viewerId !== null) : null;
}

/** Several events by id (duplicate's answer), by start. */
export async function findEvents(db: Db, ids: string[]): Promise<EventRecord[]> {
  if (ids.length === 0) return [];
  const found = await selectEvents(db, null)
    .where(inArray(events.id, ids))
    .orderBy(asc(events.startAt), asc(events.id));
  return found.map((r) => toRecord(r, false));
}

/** A bound of a list: an instant, or a local date read in each event's space zone. */
export type ListBound = { instant: Date } | { date: string };

export interface EventListFilter {
  viewer: AuthUser | null;
  spaceId?: string;
  kind?: EventKind;
  /** events ending after this */
  from: ListBound;
  /** events starting before this (a date: before its end) */
  to: ListBound;
  /** cancelled events too (only those the viewer manages) */
  withCancelled: boolean;
}

/** Public events, and the non-public ones of spaces the viewer manages; by start. */
export async function listEvents(db: Db, f: EventListFilter): Promise<EventRecord[]> {
  const managed = managedSpaces(f.viewer);
  const from =
    'instant' in f.from
      ? sql`${events.endAt} > ${f.from.instant.toISOString()}::timestamptz`
      : sql`${events.endAt} > (${f.from.date}::date::timestamp at time zone ${spaces.timezone})`;
  const to =
    'instant' in f.to
      ? sql`${events.startAt} < ${f.to.instant.toISOString()}::timestamptz`
      : sql`${events.startAt} < ((${f.to.date}::date + 1)::timestamp at time zone ${spaces.timezone})`;
  const found = await selectEvents(db, f.viewer?.id ?? null)
    .where(
      and(
        f.spaceId ? eq(events.spaceId, f.spaceId) : undefined,
        f.kind ? eq(events.kind, f.kind) : undefined,
        from,
        to,
        managed === 'all' ? undefined : or(eq(events.public, true), inArray(events.spaceId, managed)),
        f.withCancelled
          ? managed === 'all'
            ? undefined
            : or(eq(events.status, 'scheduled'), inArray(events.spaceId, managed))
          : eq(events.status, 'scheduled'),
      ),
    )
    .orderBy(asc(events.startAt), asc(events.id));
  return found.map((r) => toRecord(r, f.viewer !== null));
}

function managedSpaces(viewer: AuthUser | null): 'all' | string[] {
  if (viewer?.role === 'admin') return 'all';
  return viewer?.role === 'staff' ? viewer.spaceIds : [];
}

/** The event's row alone (no space, places or counts). */
export async function findEventRow(db: Db, id: string): Promise<EventRow | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row ?? null;
}

/** The event's row, locked for the rest of the transaction (registration writes lock it too). */
export async function lockEvent(tx: Db, id: string): Promise<EventRow | null> {
  const [row] = await tx.select().from(events).where(eq(events.id, id)).for('update');
  return row ?? null;
}

/** The registrations of an event in these states (ids, oldest first). */
export async function registrationIds(
  db: Db,
  eventId: string,
  statuses: readonly RegistrationStatus[],
): Promise<string[]> {
  const found = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...statuses])))
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
  return found.map((r) => r.id);
}

export async function insertEvent(db: Db, values: typeof events.$inferInsert): Promise<EventRow> {
  const [row] = await db.insert(events).values(values).returning();
  return row!;
}

export async function updateEvent(db: Db, id: string, values: Partial<typeof events.$inferInsert>): Promise<void> {
  await db.update(events).set(values).where(eq(events.id, id));
}

/** The event's places for its time, one statement (the database refuses them over bookings or events). */
export async function insertPlaces(
  db: Db,
  event: { id: string; spaceId: string },
  deskIds: readonly string[],
  interval: Interval,
): Promise<void> {
  if (deskIds.length === 0) return;
  await db.insert(eventPlaces).values(
    deskIds.map((deskId) => ({
      eventId: event.id,
      deskId,
      spaceId: event.spaceId,
      startAt: interval.start,
      endAt: interval.end,
      active: true,
    })),
  );
}

/** New time or places: the old rows go, the new ones are written (and checked) as one set. */
export async function replacePlaces(
  db: Db,
  event: { id: string; spaceId: string },
  deskIds: readonly string[],
  interval: Interval,
): Promise<void> {
  await db.delete(eventPlaces).where(eq(eventPlaces.eventId, event.id));
  await insertPlaces(db, event, deskIds, interval);
}

/** A cancelled event's places are free again. */
export async function releasePlaces(db: Db, eventId: string): Promise<void> {
  await db.update(eventPlaces).set({ active: false }).where(eq(eventPlaces.eventId, eventId));
}

/** The rows of the places asked for, whatever their space (the rules say which are not this space's). */
export async function placesByIds(db: Db, ids: readonly string[]): Promise<DeskRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(desks)
    .where(inArray(desks.id, [...ids]));
}

/** A counting booking standing in an event's way, for its staff (names included). */
export interface PlaceConflict {
  bookingId: string;
  deskId: string;
  deskName: string;
  start: string;
  end: string;
  /** the account's name (null once erased) or the walk-in guest's name */
  userName: string | null;
}

const overlaps = (start: SQL | Date, end: SQL | Date, interval: Interval) =>
  sql`${start} < ${interval.end.toISOString()}::timestamptz and ${end} > ${interval.start.toISOString()}::timestamptz`;

/** The counting bookings of these places that overlap the interval, by start and place. */
export async function bookingConflicts(
  db: Db,
  deskIds: readonly string[],
  interval: Interval,
): Promise<PlaceConflict[]> {
  if (deskIds.length === 0) return [];
  const found = await db
    .select({
      bookingId: bookings.id,
      deskId: bookings.deskId,
      deskName: desks.name,
      startAt: bookings.startAt,
      endAt: bookings.endAt,
      userName: sql<
        string | null
      >`coalesce(case when ${users.erasedAt} is null then ${users.name} end, ${bookings.guestName})`,
    })
    .from(bookings)
    .innerJoin(desks, eq(desks.id, bookings.deskId))
    .leftJoin(users, eq(users.id, bookings.userId))
    .where(
      and(
        inArray(bookings.deskId, [...deskIds]),
        inArray(bookings.status, ['confirmed', 'checked_in']),
        overlaps(sql`${bookings.startAt}`, sql`${bookings.endAt}`, interval),
      ),
    )
    .orderBy(asc(bookings.startAt), asc(desks.name));
  return found.map(({ startAt, endAt, ...c }) => ({ ...c, start: startAt.toISOString(), end: endAt.toISOString() }));
}

/** Other scheduled events holding any of these places at that time. */
export async function eventsTakingPlaces(
  db: Db,
  deskIds: readonly string[],
  interval: Interval,
  exceptEventId: string | null,
): Promise<{ id: string; title: string }[]> {
  if (deskIds.length === 0) return [];
  return db
    .selectDistinct({ id: events.id, title: events.title })
    .from(eventPlaces)
    .innerJoin(events, eq(events.id, eventPlaces.eventId))
    .where(
      and(
        inArray(eventPlaces.deskId, [...deskIds]),
        eq(eventPlaces.active, true),
        exceptEventId ? ne(eventPlaces.eventId, exceptEventId) : undefined,
        overlaps(sql`${eventPlaces.startAt}`, sql`${eventPlaces.endAt}`, interval),
      ),
    )
    .orderBy(asc(events.title), asc(events.id));
}
