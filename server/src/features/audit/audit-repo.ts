/** The audit log's queries: append an entry; list entries for admins with filters and paging. */
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog, bookings, desks, events, surveys } from '../../db/schema.js';

export interface AuditEntry {
  actorId: string | null;
  actorRole: string;
  action: string;
  spaceId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** Non-personal facts only (a role, a date, a status). */
  details?: Record<string, unknown> | null;
  at?: Date;
}

export async function recordAudit(db: Db, entry: AuditEntry) {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    actorRole: entry.actorRole,
    action: entry.action,
    spaceId: entry.spaceId ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? null,
    ...(entry.at ? { at: entry.at } : {}),
  });
}

export interface AuditFilter {
  from?: Date;
  to?: Date;
  actorId?: string;
  spaceId?: string;
  action?: string;
  targetId?: string;
  limit: number;
  offset: number;
}

export async function listAudit(db: Db, f: AuditFilter) {
  const where: SQL[] = [];
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.to) where.push(lt(auditLog.at, f.to));
  if (f.actorId) where.push(eq(auditLog.actorId, f.actorId));
  if (f.spaceId) where.push(eq(auditLog.spaceId, f.spaceId));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.targetId) where.push(eq(auditLog.targetId, f.targetId));
  const rows = await db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(f.limit + 1)
    .offset(f.offset);
  const more = rows.length > f.limit;
  return {
    items: rows.slice(0, f.limit).map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorRole: r.actorRole,
      action: r.action,
      spaceId: r.spaceId,
      targetType: r.targetType,
      targetId: r.targetId,
      details: (r.details as Record<string, unknown> | null) ?? null,
    })),
    nextOffset: more ? f.offset + f.limit : null,
  };
}

/** Retention: the audit log is kept as long as the personal links of bookings, no longer. */
export async function purgeAuditBefore(db: Db, cutoff: Date) {
  await db.delete(auditLog).where(sql`${auditLog.at} < ${cutoff.toISOString()}`);
}

/** The space a desk belongs to (null: no such desk). */
export async function spaceOfDesk(db: Db, deskId: string): Promise<string | null> {
  const [d] = await db.select({ spaceId: desks.spaceId }).from(desks).where(eq(desks.id, deskId));
  return d?.spaceId ?? null;
}

/** The space a booking belongs to (null: no such booking). */
export async function spaceOfBooking(db: Db, bookingId: string): Promise<string | null> {
  const [b] = await db.select({ spaceId: bookings.spaceId }).from(bookings).where(eq(bookings.id, bookingId));
  return b?.spaceId ?? null;
}

/** The space an event belongs to (null: no such event). */
export async function spaceOfEvent(db: Db, eventId: string): Promise<string | null> {
  const [e] = await db.select({ spaceId: events.spaceId }).from(events).where(eq(events.id, eventId));
  return e?.spaceId ?? null;
}

/** The space a survey belongs to (null: no such survey, or a town-only one). */
export async function spaceOfSurvey(db: Db, surveyId: string): Promise<string | null> {
  const [s] = await db.select({ spaceId: surveys.spaceId }).from(surveys).where(eq(surveys.id, surveyId));
  return s?.spaceId ?? null;
}
