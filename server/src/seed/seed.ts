/**
 * Writes the demo data (model.ts) into the database: a few bulk inserts in one transaction, only
 * into a database without spaces. Demo accounts get the well-known demo password (hashed once per
 * account); simulated people get no password at all, so nobody can log in as them.
 */
import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { rows, type Db, type Tx } from '../db/db.js';
import {
  bookings,
  closures,
  desks,
  eventPlaces,
  events,
  favouriteDesks,
  floorPlans,
  openingHours,
  registrations,
  spaces,
  staffSpaces,
  turnedAway,
  users,
} from '../db/schema.js';
import { hashPassword } from '../features/accounts/passwords.js';
import { newCalendarToken } from '../features/accounts/users-repo.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-accounts.js';
import { demoClosures } from './demo-closures.js';
import { DEMO_FAVOURITES, deskDoorFields, demoFloorPlanRows } from './demo-door.js';
import { writeDemoSurveys } from './demo-surveys.js';
import { generateSeedData, type SeedData } from './model.js';

export interface SeedSummary {
  accounts: readonly DemoAccount[];
  password: string;
  spaces: number;
  users: number;
  bookings: number;
  turnedAway: number;
  events: number;
  registrations: number;
  surveys: number;
  surveyResponses: number;
  /** Wall-clock time of generating and writing, in milliseconds. */
  ms: number;
}

const CHUNK = 1000;
/** Serialises concurrent seeding by several instances on one PostgreSQL. */
const SEED_LOCK = 7723002;

async function hasSpaces(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: spaces.id }).from(spaces).limit(1);
  return row !== undefined;
}

/** Seeds the demo data unless the database already has spaces (then null: nothing was touched). */
export async function seedIfEmpty(db: Db, opts: { now: Date; seed?: number }): Promise<SeedSummary | null> {
  if (await hasSpaces(db)) return null;
  const started = performance.now();
  const data = generateSeedData(opts);
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  const written = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (await hasSpaces(tx)) return false;
    await writeSeedData(tx, data, hashes, opts.now);
    return true;
  });
  if (!written) return null;
  return {
    accounts: DEMO_ACCOUNTS,
    password: DEMO_PASSWORD,
    spaces: data.spaces.length,
    users: data.users.length + DEMO_ACCOUNTS.length,
    bookings: data.bookings.length,
    turnedAway: data.turnedAway.length,
    events: data.events.length,
    registrations: data.events.reduce((n, e) => n + e.registrations.length, 0),
    surveys: data.surveys.length,
    surveyResponses: data.surveys.reduce((n, s) => n + s.responses.length, 0),
    ms: Math.round(performance.now() - started),
  };
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Inserts everything; `passwordHashes[i]` belongs to DEMO_ACCOUNTS[i]. Exposed for tests. */
export async function writeSeedData(tx: Tx, data: SeedData, passwordHashes: string[], now: Date): Promise<void> {
  const spaceIds = new Map(data.spaces.map((s) => [s.key, randomUUID()]));
  const deskIds = new Map<string, string>();
  const spaceId = (key: string) => spaceIds.get(key)!;

  // When each space and account first appears: before the first booking, event or registration that involves it.
  const firstSeen = new Map<string, number>();
  const seen = (key: string | null, at: Date) =>
    key && firstSeen.set(key, Math.min(firstSeen.get(key) ?? Infinity, at.getTime()));
  for (const b of data.bookings) {
    seen(b.spaceKey, b.createdAt);
    seen(b.userKey, b.createdAt);
    seen(b.createdByKey, b.createdAt);
  }
  for (const e of data.events) {
    seen(e.spaceKey, e.createdAt);
    seen(e.createdByKey, e.createdAt);
    for (const r of e.registrations) seen(r.userKey, r.createdAt);
  }
  const createdBefore = (key: string) =>
    new Date(Math.min(firstSeen.get(key) ?? now.getTime(), now.getTime()) - 86_400_000);

  await tx.insert(spaces).values(
    data.spaces.map((s) => ({
      id: spaceId(s.key),
      name: s.name,
      town: s.town,
      address: s.address,
      description: s.description,
      timezone: s.timezone,
      opensOn: s.opensOn,
      closesOn: s.closesOn,
      bookingHorizonDays: s.bookingHorizonDays,
      checkInRequired: s.checkInRequired,
      releaseAfterMinutes: s.releaseAfterMinutes,
      ...(s.minBookingMinutes === undefined ? {} : { minBookingMinutes: s.minBookingMinutes }),
      maxFutureBookingsPerPerson: s.maxFutureBookingsPerPerson ?? null,
      coworkersMayBookRooms: s.coworkersMayBookRooms ?? false,
      createdAt: createdBefore(s.key),
    })),
  );
  const deskRows = data.spaces.flatMap((s) =>
    s.desks.map((name, i) => {
      const id = randomUUID();
      deskIds.set(`${s.key}#${i}`, id);
      const seats = s.roomSeats?.[name];
      const kind = seats === undefined ? ('desk' as const) : ('room' as const);
      return {
        id,
        spaceId: spaceId(s.key),
        name,
        kind,
        seats: seats ?? null,
        ...deskDoorFields(s.key, name),
        createdAt: createdBefore(s.key),
      };
    }),
  );
  await tx.insert(desks).values(deskRows);
  const plans = demoFloorPlanRows().filter((p) => spaceIds.has(p.spaceKey));
  if (plans.length > 0)
    await tx.insert(floorPlans).values(
      plans.map((p) => ({
        spaceId: spaceId(p.spaceKey),
        mediaType: 'image/svg+xml' as const,
        data: p.data,
        width: p.plan.width,
        height: p.plan.height,
        updatedAt: createdBefore(p.spaceKey),
      })),
    );
  await tx
    .insert(openingHours)
    .values(data.spaces.flatMap((s) => s.hours.map((h) => ({ spaceId: spaceId(s.key), ...h }))));
  await insertChunked(data.closures, (chunk) =>
    tx.insert(closures).values(chunk.map((c) => ({ spaceId: spaceId(c.spaceKey), date: c.date, reason: c.reason }))),
  );
  const holidayKeys = new Set(data.closures.map((c) => `${c.spaceKey}@${c.date}`));
  const extra = demoClosures(now, holidayKeys).filter((c) => spaceIds.has(c.spaceKey));
  if (extra.length > 0)
    await tx.insert(closures).values(extra.map(({ spaceKey, ...c }) => ({ spaceId: spaceId(spaceKey), ...c })));

  const userIds = new Map<string, string>();
  const demoRows = DEMO_ACCOUNTS.map((a, i) => {
    userIds.set(a.key, randomUUID());
    return {
      id: userIds.get(a.key)!,
      email: a.email,
      name: a.name,
      role: a.role,
      group: a.group,
      passwordHash: passwordHashes[i]!,
      calendarToken: newCalendarToken(),
      createdAt: createdBefore(a.key),
    };
  });
  const simRows = data.users.map((u) => {
    userIds.set(u.key, randomUUID());
    return {
      id: userIds.get(u.key)!,
      email: u.email,
      name: u.name,
      group: u.group,
      passwordHash: null,
      calendarToken: newCalendarToken(),
      createdAt: u.createdAt,
    };
  });
  await insertChunked([...demoRows, ...simRows], (chunk) => tx.insert(users).values(chunk));
  const staff = DEMO_ACCOUNTS.filter((a) => a.role === 'staff' && a.spaceKey);
  await tx
    .insert(staffSpaces)
    .values(staff.map((a) => ({ userId: userIds.get(a.key)!, spaceId: spaceId(a.spaceKey!) })));
  await writeFavourites(tx, data, { deskIds, userIds, now });

  const userId = (key: string | null) => (key === null ? null : (userIds.get(key) ?? null));
  await insertChunked(data.bookings, (chunk) =>
    tx.insert(bookings).values(
      chunk.map((b) => ({
        deskId: deskIds.get(`${b.spaceKey}#${b.deskIndex}`)!,
        spaceId: spaceId(b.spaceKey),
        userId: userId(b.userKey),
        guestName: b.guestName,
        startAt: b.start,
        endAt: b.end,
        status: b.status,
        createdBy: userId(b.createdByKey),
        createdAt: b.createdAt,
        checkedInAt: b.checkedInAt,
        cancelledAt: b.cancelledAt,
      })),
    ),
  );
  await writeEvents(tx, data, { spaceId, deskId: (key, i) => deskIds.get(`${key}#${i}`)!, userId });
  await insertChunked(data.turnedAway, (chunk) =>
    tx
      .insert(turnedAway)
      .values(
        chunk.map((t) => ({ spaceId: spaceId(t.spaceKey), requestedStart: t.start, requestedEnd: t.end, at: t.at })),
      ),
  );
  await writeDemoSurveys(tx, data.surveys, spaceId);
}

/** The demo coworker's favourite desks (by space and desk name), marked a week before now. */
async function writeFavourites(
  tx: Tx,
  data: SeedData,
  ids: { deskIds: Map<string, string>; userIds: Map<string, string>; now: Date },
) {
  const rows = DEMO_FAVOURITES.flatMap((f) => {
    const space = data.spaces.find((s) => s.key === f.spaceKey);
    const index = space?.desks.indexOf(f.desk) ?? -1;
    const deskId = ids.deskIds.get(`${f.spaceKey}#${index}`);
    const userId = ids.userIds.get(f.userKey);
    return deskId && userId ? [{ userId, deskId, createdAt: new Date(ids.now.getTime() - 7 * 86_400_000) }] : [];
  });
  if (rows.length > 0) await tx.insert(favouriteDesks).values(rows);
}

/** The events, the places they take, and their registrations (after the bookings: the triggers compare). */
async function writeEvents(
  tx: Tx,
  data: SeedData,
  ids: {
    spaceId: (key: string) => string;
    deskId: (spaceKey: string, index: number) => string;
    userId: (key: string | null) => string | null;
  },
) {
  if (data.events.length === 0) return;
  const eventIds = data.events.map(() => randomUUID());
  await tx.insert(events).values(
    data.events.map((e, i) => ({
      id: eventIds[i]!,
      spaceId: ids.spaceId(e.spaceKey),
      title: e.title,
      description: e.description,
      kind: e.kind,
      startAt: e.start,
      endAt: e.end,
      capacity: e.capacity,
      public: e.public,
      status: e.status,
      copiedFrom: e.copiedFrom === null ? null : eventIds[e.copiedFrom]!,
      createdBy: ids.userId(e.createdByKey),
      createdAt: e.createdAt,
      updatedAt: e.cancelledAt ?? e.createdAt,
      cancelledAt: e.cancelledAt,
    })),
  );
  const places = data.events.flatMap((e, i) =>
    e.placeIndexes.map((index) => ({
      eventId: eventIds[i]!,
      deskId: ids.deskId(e.spaceKey, index),
      spaceId: ids.spaceId(e.spaceKey),
      startAt: e.start,
      endAt: e.end,
      active: e.status === 'scheduled',
    })),
  );
  if (places.length > 0) await tx.insert(eventPlaces).values(places);
  const regs = data.events.flatMap((e, i) =>
    e.registrations.map((r) => ({
      eventId: eventIds[i]!,
      userId: ids.userId(r.userKey),
      guestName: r.guestName,
      status: r.status,
      createdBy: ids.userId(r.createdByKey),
      createdAt: r.createdAt,
      promotedAt: r.promotedAt,
      checkedInAt: r.checkedInAt,
      cancelledAt: r.cancelledAt,
    })),
  );
  await insertChunked(regs, (chunk) => tx.insert(registrations).values(chunk));
}

/** Empties every data table (not the migration history): `npm run seed -- --reset`. */
export async function resetDatabase(db: Db): Promise<void> {
  const found = await rows<{ tablename: string }>(db, sql`select tablename from pg_tables where schemaname = 'public'`);
  const tables = found.map((r) => `"public"."${r.tablename.replaceAll('"', '""')}"`);
  if (tables.length > 0) await db.execute(sql.raw(`truncate table ${tables.join(', ')} restart identity cascade`));
}

/** The demo accounts present in the database (by e-mail), e.g. to remind or warn at start-up. */
export async function existingDemoAccounts(db: Db): Promise<{ email: string; passwordHash: string | null }[]> {
  const rows = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_ACCOUNTS.map((a) => a.email),
      ),
    );
  return rows.map((r) => ({ email: r.email ?? '', passwordHash: r.passwordHash }));
}
