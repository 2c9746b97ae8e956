/**
 * Waitlist entries: someone who wants a desk in a space on a local date, optionally only between
 * two wall-clock times. Withdrawing keeps the row (status `withdrawn`): the demand it recorded
 * stays in the reports, and the person's export still shows it.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { WaitlistEntry } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { notifications, spaces, waitlistEntries } from '../../db/schema.js';
import { formatWallTime } from '../../lib/local-time.js';

export type WaitlistRow = typeof waitlistEntries.$inferSelect;

/** 1-based place among the waiting entries of the same space and date (null once not waiting). */
const position = sql<number | null>`case when ${waitlistEntries.status} = 'waiting' then (
  select count(*) from ${waitlistEntries} w2
  where w2.space_id = ${waitlistEntries.spaceId} and w2.date = ${waitlistEntries.date} and w2.status = 'waiting'
    and (w2.created_at, w2.id) <= (${waitlistEntries.createdAt}, ${waitlistEntries.id}))::int end`;

const withNames = { entry: waitlistEntries, spaceName: spaces.name, position };

function toEntryDto(r: { entry: WaitlistRow; spaceName: string; position: number | null }): WaitlistEntry {
  const e = r.entry;
  return {
    id: e.id,
    spaceId: e.spaceId,
    spaceName: r.spaceName,
    date: e.date,
    start: e.startMinute === null ? null : formatWallTime(e.startMinute),
    end: e.endMinute === null ? null : formatWallTime(e.endMinute),
    status: e.status,
    position: r.position,
    createdAt: e.createdAt.toISOString(),
    notifiedAt: e.notifiedAt?.toISOString() ?? null,
  };
}

export async function insertEntry(
  db: Db,
  values: {
    spaceId: string;
    userId: string;
    date: string;
    startMinute: number | null;
    endMinute: number | null;
    createdAt: Date;
  },
): Promise<WaitlistEntry> {
  const [row] = await db.insert(waitlistEntries).values(values).returning({ id: waitlistEntries.id });
  return (await findEntry(db, row!.id))!.dto;
}

export async function findEntry(db: Db, id: string): Promise<{ row: WaitlistRow; dto: WaitlistEntry } | null> {
  const [r] = await db
    .select(withNames)
    .from(waitlistEntries)
    .innerJoin(spaces, eq(spaces.id, waitlistEntries.spaceId))
    .where(eq(waitlistEntries.id, id));
  return r ? { row: r.entry, dto: toEntryDto(r) } : null;
}

/** The caller's entries that are not withdrawn, by date. */
export async function listOwnEntries(db: Db, userId: string): Promise<WaitlistEntry[]> {
  const rows = await db
    .select(withNames)
    .from(waitlistEntries)
    .innerJoin(spaces, eq(spaces.id, waitlistEntries.spaceId))
    .where(and(eq(waitlistEntries.userId, userId), sql`${waitlistEntries.status} <> 'withdrawn'`))
    .orderBy(asc(waitlistEntries.date), asc(waitlistEntries.createdAt));
  return rows.map(toEntryDto);
}

/** Everyone still waiting in a space on a date, in turn (for its staff). */
export async function listWaiting(
  db: Db,
  spaceId: string,
  date: string,
): Promise<(WaitlistEntry & { userId: string })[]> {
  const rows = await db
    .select(withNames)
    .from(waitlistEntries)
    .innerJoin(spaces, eq(spaces.id, waitlistEntries.spaceId))
    .where(
      and(eq(waitlistEntries.spaceId, spaceId), eq(waitlistEntries.date, date), eq(waitlistEntries.status, 'waiting')),
    )
    .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id));
  return rows.map((r) => ({ ...toEntryDto(r), userId: r.entry.userId }));
}

export async function withdrawEntry(db: Db, id: string, now: Date): Promise<boolean> {
  const updated = await db
    .update(waitlistEntries)
    .set({ status: 'withdrawn', withdrawnAt: now })
    .where(and(eq(waitlistEntries.id, id), sql`${waitlistEntries.status} <> 'withdrawn'`))
    .returning({ id: waitlistEntries.id });
  return updated.length === 1;
}

/** Every entry of a person, withdrawn ones included (GDPR export). */
export async function entriesForExport(db: Db, userId: string) {
  const rows = await db
    .select(withNames)
    .from(waitlistEntries)
    .innerJoin(spaces, eq(spaces.id, waitlistEntries.spaceId))
    .where(eq(waitlistEntries.userId, userId))
    .orderBy(asc(waitlistEntries.date), asc(waitlistEntries.createdAt));
  return rows.map((r) => ({ ...toEntryDto(r), withdrawnAt: r.entry.withdrawnAt?.toISOString() ?? null }));
}

/**
 * On erasure: entries still waiting are withdrawn (nobody is left to tell); the rows stay, tied
 * to the anonymous account, so that past turned-away demand does not change. Notifications go.
 */
export async function eraseWaitlistData(db: Db, userId: string, now: Date) {
  await db
    .update(waitlistEntries)
    .set({ status: 'withdrawn', withdrawnAt: now })
    .where(and(eq(waitlistEntries.userId, userId), eq(waitlistEntries.status, 'waiting')));
  await db.delete(notifications).where(eq(notifications.userId, userId));
}
