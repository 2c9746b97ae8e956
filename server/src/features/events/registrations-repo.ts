/**
 * Registrations for events: the queries. Every write of an event's registrations runs in a
 * transaction that first locks the event's row (`lockEvent`), so the count of places held and the
 * insert or promotion after it see and change one consistent state: capacity is never exceeded,
 * whatever runs at the same time, and the waitlist moves up in the order people joined it.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { events, registrations, spaces, users } from '../../db/schema.js';
import { eventChanges, type EventChangeLog } from './event-changes.js';
import { HOLDING, lockEvent, type EventRow } from './events-repo.js';

export type RegistrationRow = typeof registrations.$inferSelect;
export type RegistrationStatus = RegistrationRow['status'];

/** A registration with its place in the waitlist (null unless waiting). */
export interface PlacedRegistration {
  row: RegistrationRow;
  position: number | null;
}

/** How many registrations hold a place (`registered` or `attended`). */
export async function countHolding(tx: Db, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...HOLDING])));
  return row?.n ?? 0;
}

/**
 * The moment a new registration joins: `now`, but always after every earlier registration of the
 * event (by a microsecond), so that `created_at` orders them as the event's lock let them in, also
 * when the clock says the same millisecond for many (the waitlist is first come, first served).
 */
const arrival = (eventId: string, now: Date): SQL =>
  sql`greatest(${now.toISOString()}::timestamptz, (select max(r.created_at) + interval '1 microsecond'
    from ${registrations} r where r.event_id = ${eventId}))`;

export async function insertRegistration(
  tx: Db,
  values: {
    eventId: string;
    userId: string | null;
    guestName: string | null;
    status: RegistrationStatus;
    createdBy: string;
    now: Date;
  },
): Promise<RegistrationRow> {
  const { now, ...rest } = values;
  const [row] = await tx
    .insert(registrations)
    .values({
      ...rest,
      createdAt: arrival(values.eventId, now),
      checkedInAt: values.status === 'attended' ? now : null,
    })
    .returning();
  return row!;
}

/**
 * Waitlist positions of the events `eventIds` selects: 1-based rank among an event's waiting
 * registrations by (created_at, id), as a subquery to left-join on the registration's id.
 */
function waitlistPositions(db: Db, eventIds: SQL) {
  return db
    .select({
      id: registrations.id,
      position: sql<number>`(row_number() over (partition by ${registrations.eventId}
        order by ${registrations.createdAt}, ${registrations.id}))::int`.as('position'),
    })
    .from(registrations)
    .where(and(eq(registrations.status, 'waitlisted'), sql`${registrations.eventId} in (${eventIds})`))
    .as('w');
}

/** Whether an account exists and is not erased (staff registering a person by id). */
export async function isActiveAccount(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ erasedAt: users.erasedAt }).from(users).where(eq(users.id, userId));
  return row !== undefined && row.erasedAt === null;
}

/** One registration with its waitlist position. */
export async function findRegistration(db: Db, id: string): Promise<PlacedRegistration | null> {
  const w = waitlistPositions(db, sql`select event_id from ${registrations} where id = ${id}`);
  const [r] = await db
    .select({ row: registrations, position: w.position })
    .from(registrations)
    .leftJoin(w, eq(w.id, registrations.id))
    .where(eq(registrations.id, id));
  return r ? { row: r.row, position: r.position ?? null } : null;
}

/**
 * An event's registrations for its staff, with the person's name (null for guests and erased
 * accounts): those holding a place in the order they came, then the waitlist in turn, then the
 * cancelled ones.
 */
export async function listForEvent(db: Db, eventId: string) {
  const w = waitlistPositions(db, sql`select ${eventId}::uuid`);
  return db
    .select({
      row: registrations,
      position: w.position,
      userName: sql<string | null>`case when ${users.erasedAt} is null then ${users.name} end`,
    })
    .from(registrations)
    .leftJoin(w, eq(w.id, registrations.id))
    .leftJoin(users, eq(users.id, registrations.userId))
    .where(eq(registrations.eventId, eventId))
    .orderBy(
      sql`case ${registrations.status} when 'waitlisted' then 1 when 'cancelled' then 2 else 0 end`,
      asc(registrations.createdAt),
      asc(registrations.id),
    );
}

/**
 * A person's registrations (cancelled ones only with `all`), with their events' rows: events that
 * have not ended first, soonest first, then past ones, latest first.
 */
export async function listForUser(db: Db, userId: string, now: Date, opts: { all: boolean }) {
  const w = waitlistPositions(
    db,
    sql`select event_id from ${registrations} where user_id = ${userId} and status = 'waitlisted'`,
  );
  const ahead = sql`${events.endAt} > ${now.toISOString()}::timestamptz`;
  return db
    .select({ row: registrations, position: w.position, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .leftJoin(w, eq(w.id, registrations.id))
    .where(and(eq(registrations.userId, userId), opts.all ? undefined : sql`${registrations.status} <> 'cancelled'`))
    .orderBy(
      desc(ahead),
      sql`case when ${ahead} then ${events.startAt} end asc`,
      sql`case when not ${ahead} then ${events.startAt} end desc`,
      asc(registrations.createdAt),
    );
}

/**
 * Cancels a registration that is in one of the statuses `from` (by default: not cancelled yet);
 * null when it is not (a withdrawal that came first).
 */
export async function markCancelled(
  tx: Db,
  id: string,
  now: Date,
  from: RegistrationStatus[] = ['registered', 'waitlisted', 'attended'],
): Promise<RegistrationRow | null> {
  const [row] = await tx
    .update(registrations)
    .set({ status: 'cancelled', cancelledAt: now })
    .where(and(eq(registrations.id, id), inArray(registrations.status, from)))
    .returning();
  return row ?? null;
}

/** `registered` → `attended`; null when it was not `registered` (any more). */
export async function markAttended(tx: Db, id: string, now: Date): Promise<RegistrationRow | null> {
  const [row] = await tx
    .update(registrations)
    .set({ status: 'attended', checkedInAt: now })
    .where(and(eq(registrations.id, id), eq(registrations.status, 'registered')))
    .returning();
  return row ?? null;
}

/**
 * Moves the earliest waiting registrations up to `registered` while the event has places free
 * (inside the transaction that locked the event). Returns their ids, in turn.
 */
async function promoteEarliest(tx: Db, event: EventRow, now: Date): Promise<string[]> {
  const free = event.capacity - (await countHolding(tx, event.id));
  if (free <= 0) return [];
  const next = tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.createdAt), asc(registrations.id))
    .limit(free);
  const promoted = await tx
    .update(registrations)
    .set({ status: 'registered', promotedAt: now })
    .where(inArray(registrations.id, next))
    .returning({ id: registrations.id, createdAt: registrations.createdAt });
  return promoted
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
    .map((p) => p.id);
}

/**
 * Lets waiting people move up while the event has places free: after a withdrawal, and after staff
 * raise the capacity (events' PATCH calls it in its transaction). Locks the event's row (again, if
 * the caller already holds it). Only before the event starts: once it runs, those still waiting
 * may come as walk-ins, and nobody is told of a place at an event under way. Each promotion is a
 * `registration.promoted` change (the person is told). Returns the promoted ids, in turn.
 */
export async function promoteWaiting(tx: Db, eventId: string, now: Date, log?: EventChangeLog): Promise<string[]> {
  const event = await lockEvent(tx, eventId);
  if (!event || event.status === 'cancelled' || now.getTime() >= event.startAt.getTime()) return [];
  const promoted = await promoteEarliest(tx, event, now);
  for (const id of promoted)
    await eventChanges.emit(tx, {
      type: 'registration.promoted',
      eventId,
      spaceId: event.spaceId,
      registrationIds: [id],
      now,
      log,
    });
  return promoted;
}

/**
 * A person's registrations for events that have not started at `now` and still hold or wait for
 * a place (erasure cancels them), in the order of their events' ids (the order to lock them in).
 */
export async function liveRegistrationsOf(db: Db, userId: string, now: Date): Promise<RegistrationRow[]> {
  return db
    .select({ row: registrations })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(
      and(
        eq(registrations.userId, userId),
        inArray(registrations.status, ['registered', 'waitlisted']),
        sql`${events.startAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(registrations.eventId))
    .then((rs) => rs.map((r) => r.row));
}

/** Every registration of a person with its event and space (GDPR export), by the event's start. */
export async function registrationsForExport(db: Db, userId: string) {
  const w = waitlistPositions(
    db,
    sql`select event_id from ${registrations} where user_id = ${userId} and status = 'waitlisted'`,
  );
  const found = await db
    .select({
      row: registrations,
      position: w.position,
      event: { title: events.title, start: events.startAt, end: events.endAt, status: events.status },
      space: { name: spaces.name, town: spaces.town },
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .innerJoin(spaces, eq(spaces.id, events.spaceId))
    .leftJoin(w, eq(w.id, registrations.id))
    .where(eq(registrations.userId, userId))
    .orderBy(asc(events.startAt), asc(registrations.createdAt));
  const at = (d: Date | null) => d?.toISOString() ?? null;
  return found.map(({ row: r, position, event, space }) => ({
    id: r.id,
    eventId: r.eventId,
    event: event.title,
    space: space.name,
    town: space.town,
    start: event.start.toISOString(),
    end: event.end.toISOString(),
    eventStatus: event.status,
    status: r.status,
    position: r.status === 'waitlisted' ? position : null,
    createdAt: r.createdAt.toISOString(),
    promotedAt: at(r.promotedAt),
    checkedInAt: at(r.checkedInAt),
    cancelledAt: at(r.cancelledAt),
  }));
}
