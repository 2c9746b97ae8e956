/**
 * The e-mail queue. Messages are rendered when queued (in the recipient's language) — a new
 * booking's confirmation when sent or read (deferred-mail.ts) — and sent by the worker; claiming
 * uses FOR UPDATE SKIP LOCKED, so several instances never send one twice.
 */
import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { OutboxMessage, OutboxQuery } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { outbox, users } from '../../db/schema.js';
import { renderedMail } from './deferred-mail.js';

export type OutboxRow = typeof outbox.$inferSelect;
export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface NewMail {
  kind: OutboxRow['kind'];
  userId: string;
  bookingId?: string | null;
  subject: string;
  body: string;
  attachments?: Attachment[];
  /** Queue at most once per key (e.g. `reminder:<bookingId>`). */
  dedupeKey?: string;
}

/** The person's address and language, or null if they have none (erased, guest). */
export async function recipient(
  db: Db,
  userId: string | null,
): Promise<{ email: string; name: string; locale: 'de' | 'en' } | null> {
  if (!userId) return null;
  const [u] = await db
    .select({ email: users.email, name: users.name, locale: users.locale, erasedAt: users.erasedAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!u || !u.email || u.erasedAt) return null;
  return { email: u.email, name: u.name ?? '', locale: u.locale };
}

/** Queues one message; false when its dedupe key was queued before. */
export async function enqueueMail(
  db: Db,
  to: { email: string; locale: 'de' | 'en' },
  mail: NewMail,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .insert(outbox)
    .values({
      kind: mail.kind,
      userId: mail.userId,
      bookingId: mail.bookingId ?? null,
      toAddress: to.email,
      locale: to.locale,
      subject: mail.subject,
      body: mail.body,
      attachments: mail.attachments ?? [],
      dedupeKey: mail.dedupeKey ?? null,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: outbox.id });
  return rows.length > 0;
}

/**
 * Claims up to `limit` due messages. A claimed row is leased (status `sending`, next attempt after
 * the lease): if this worker dies mid-send, another picks it up when the lease ends.
 */
export async function claimDueMail(db: Db, now: Date, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(inArray(outbox.status, ['pending', 'sending']), lte(outbox.nextAttemptAt, now)))
    .orderBy(outbox.nextAttemptAt, outbox.id)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(outbox)
    .set({ status: 'sending', attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
    .where(inArray(outbox.id, due))
    .returning();
}

/** The message as rendered, for a row that was queued unrendered (written back with its attempt). */
const renderedColumns = (row: OutboxRow | undefined) =>
  row ? { subject: row.subject, body: row.body, attachments: row.attachments } : {};

/** `rendered`: the row as sent, when it was queued unrendered (deferred-mail.ts). */
export async function markMailSent(
  db: Db,
  id: string,
  transport: string,
  now: Date,
  rendered?: OutboxRow,
): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'sent', sentAt: now, transport, lastError: null, ...renderedColumns(rendered) })
    .where(eq(outbox.id, id));
}

/** A failed attempt: retry later, or `failed` for good once the attempts are used up. */
export async function markMailFailed(
  db: Db,
  row: OutboxRow,
  error: string,
  retryAt: Date | null,
  rendered?: OutboxRow,
): Promise<void> {
  await db
    .update(outbox)
    .set({
      ...(retryAt
        ? { status: 'pending', nextAttemptAt: retryAt, lastError: error }
        : { status: 'failed', lastError: error }),
      ...renderedColumns(rendered),
    })
    .where(eq(outbox.id, row.id));
}

export async function listOutbox(db: Db, q: OutboxQuery): Promise<OutboxMessage[]> {
  const rows = await db
    .select()
    .from(outbox)
    .where(q.status ? eq(outbox.status, q.status) : undefined)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(q.limit ?? 100);
  return rows.map((r) => toOutboxDto(renderedMail(r)));
}

export function toOutboxDto(r: OutboxRow): OutboxMessage {
  return {
    id: r.id,
    kind: r.kind,
    bookingId: r.bookingId,
    to: r.toAddress,
    locale: r.locale,
    subject: r.subject,
    body: r.body,
    attachments: (r.attachments as Attachment[]).map((a) => ({ filename: a.filename, contentType: a.contentType })),
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.nextAttemptAt.toISOString(),
    lastError: r.lastError,
    transport: r.transport,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  };
}

/** Every e-mail queued for or sent to a person, with its text (GDPR export: it is personal data too). */
export async function mailForExport(db: Db, userId: string) {
  const rows = await db.select().from(outbox).where(eq(outbox.userId, userId)).orderBy(outbox.createdAt, outbox.id);
  return rows.map(renderedMail).map((r) => ({
    id: r.id,
    kind: r.kind,
    to: r.toAddress,
    subject: r.subject,
    body: r.body,
    attachments: (r.attachments as Attachment[]).map((a) => a.filename),
    bookingId: r.bookingId,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
  }));
}
