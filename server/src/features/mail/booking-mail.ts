/** Queues the booking e-mails: confirmation (.ics attached), cancellation, reminder, desk free. */
import { and, eq, gt, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { bookings, desks, outbox, spaces } from '../../db/schema.js';
import { localDateOf } from '../../lib/local-time.js';
import type { CalendarBooking } from '../calendar/ics.js';
import { cancellationMail, deskFreeMail, reminderMail } from './templates.js';
import { enqueueMail, recipient } from './outbox-repo.js';
import { postVisitSurveyId } from './survey-link-repo.js';
import { confirmationMessage, icsAttachments } from './booking-messages.js';

const REMINDER_AHEAD_MS = 24 * 3_600_000;
const REMINDER_BATCH = 500;

/** One confirmation for one booking or a whole series (all items belong to one person). */
export async function queueConfirmation(
  db: Db,
  userId: string | null,
  items: CalendarBooking[],
  now: Date,
): Promise<void> {
  const to = await recipient(db, userId);
  if (!to || items.length === 0) return;
  const { spaceId } = items[0]!.booking;
  const surveyId = await postVisitSurveyId(db, spaceId, localDateOf(now, items[0]!.space.timezone));
  await enqueueMail(db, to, confirmationMessage(to, userId!, items, now, surveyId), now);
}

export async function queueCancellation(
  db: Db,
  userId: string | null,
  items: CalendarBooking[],
  now: Date,
  /** the space team's message to the holder (staff cancelling), quoted in the e-mail */
  message?: string,
): Promise<void> {
  const to = await recipient(db, userId);
  if (!to || items.length === 0) return;
  const { subject, body } = cancellationMail(to.name, items, to.locale, message);
  await enqueueMail(
    db,
    to,
    {
      kind: 'booking_cancellation',
      userId: userId!,
      bookingId: items[0]!.booking.id,
      subject,
      body,
      attachments: icsAttachments(items, to, now, 'CANCEL'),
    },
    now,
  );
}

export async function queueDeskFreeMail(
  db: Db,
  userId: string,
  d: {
    spaceId: string;
    spaceName: string;
    date: string;
    start: Date;
    end: Date;
    timezone: string;
    waitlistEntryId: string;
  },
  now: Date,
): Promise<void> {
  const to = await recipient(db, userId);
  if (!to) return;
  const { subject, body } = deskFreeMail(to.name, d, to.locale);
  await enqueueMail(
    db,
    to,
    { kind: 'waitlist_desk_free', userId, subject, body, dedupeKey: `waitlist:${d.waitlistEntryId}` },
    now,
  );
}

/**
 * The day-before reminder: confirmed bookings starting within the next 24 hours that were made
 * earlier than that (a booking made for the same afternoon needs no reminder). The dedupe key
 * `reminder:<bookingId>` queues it once, however often and on however many instances this runs.
 */
export async function queueReminders(db: Db, now: Date): Promise<number> {
  const due = await db
    .select({
      booking: bookings,
      deskName: desks.name,
      space: { name: spaces.name, town: spaces.town, address: spaces.address, timezone: spaces.timezone },
    })
    .from(bookings)
    .innerJoin(desks, eq(desks.id, bookings.deskId))
    .innerJoin(spaces, eq(spaces.id, bookings.spaceId))
    .where(
      and(
        eq(bookings.status, 'confirmed'),
        isNotNull(bookings.userId),
        gt(bookings.startAt, now),
        lte(bookings.startAt, new Date(now.getTime() + REMINDER_AHEAD_MS)),
        sql`${bookings.createdAt} <= ${bookings.startAt} - interval '24 hours'`,
        sql`not exists (select 1 from ${outbox} o where o.dedupe_key = 'reminder:' || ${bookings.id}::text)`,
      ),
    )
    .orderBy(bookings.startAt)
    .limit(REMINDER_BATCH);
  let queued = 0;
  for (const item of due) {
    const to = await recipient(db, item.booking.userId);
    if (!to) continue;
    const { subject, body } = reminderMail(to.name, item, to.locale, now);
    const dedupeKey = `reminder:${item.booking.id}`;
    if (
      await enqueueMail(
        db,
        to,
        {
          kind: 'booking_reminder',
          userId: item.booking.userId!,
          bookingId: item.booking.id,
          subject,
          body,
          dedupeKey,
        },
        now,
      )
    )
      queued++;
  }
  return queued;
}
