/**
 * A new booking's confirmation, queued unrendered. Rendering it (the text in the person's
 * language, the .ics through ical-generator, the zone's wall clock) cost more CPU than the rest of
 * `POST /api/bookings`, so the booking's statement stores only what the rendering needs — as a
 * jsonb object in `attachments`, where a rendered message keeps its array — and the message is
 * rendered when it is sent or read (`renderedMail`): by the worker, the admin's outbox list and
 * the personal-data export. It renders exactly what rendering at booking time did: the same
 * `confirmationMessage`, with the booking's `now` and the post-visit survey found in the booking's
 * own statement. The worker writes the rendered message back when it records the attempt.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { CreatedEffect } from '../bookings/booking-events.js';
import type { BookingRow } from '../bookings/bookings-repo.js';
import type { CalendarBooking } from '../calendar/ics.js';
import { localDateOf } from '../../lib/local-time.js';
import { confirmationMessage } from './booking-messages.js';
import { mailLinks } from './links.js';
import { newestOpenPostVisit } from './survey-link-repo.js';
import type { Attachment, OutboxRow } from './outbox-repo.js';

/** What an unrendered confirmation keeps (in `outbox.attachments`, dates as ISO strings). */
interface DeferredConfirmation {
  deferred: 'booking_confirmation';
  /** the holder's name when booked (their address and language are the row's own columns) */
  name: string;
  /** the instant of the booking: its DTSTAMP and the rest of what rendering then saw */
  now: string;
  booking: { [K in keyof BookingRow]: BookingRow[K] extends Date | null ? string | null : BookingRow[K] };
  deskName: string;
  space: CalendarBooking['space'];
  /** the space's open post-visit survey when booked (filled in by the booking's statement) */
  surveyId?: string | null;
}

const isDeferred = (attachments: unknown): attachments is DeferredConfirmation =>
  typeof attachments === 'object' &&
  attachments !== null &&
  !Array.isArray(attachments) &&
  (attachments as { deferred?: unknown }).deferred === 'booking_confirmation';

/** Whether this row still waits to be rendered. */
export const isUnrendered = (row: Pick<OutboxRow, 'attachments'>) => isDeferred(row.attachments);

/**
 * A new booking's confirmation, queued unrendered by the booking's own statement (booking-events.ts).
 * With PUBLIC_URL (and so a link to offer), that statement also looks up the space's newest open
 * post-visit survey on the space's local date, as it did when the text was rendered there.
 */
export function confirmationWithBooking(
  to: { email: string; name: string; locale: 'de' | 'en' },
  userId: string,
  item: CalendarBooking,
  now: Date,
): CreatedEffect {
  const { booking, deskName, space } = item;
  // (JSON writes the booking's dates as the ISO strings DeferredConfirmation describes)
  const payload: Omit<DeferredConfirmation, 'booking'> & { booking: BookingRow } = {
    deferred: 'booking_confirmation',
    name: to.name,
    now: now.toISOString(),
    booking,
    deskName,
    space: { name: space.name, town: space.town, address: space.address, timezone: space.timezone },
  };
  const linked = mailLinks.enabled();
  return {
    form: linked ? 'mail+survey' : 'mail',
    sql: () => confirmationInsert(linked),
    values: {
      mail_user: userId,
      mail_to: to.email,
      mail_locale: to.locale,
      mail_payload: JSON.stringify(payload),
      mail_at: now.toISOString(),
      ...(linked ? { mail_space: booking.spaceId, mail_today: localDateOf(now, space.timezone) } : {}),
    },
  };
}

const p = (name: string) => sql.placeholder(name);

function confirmationInsert(linked: boolean): SQL {
  const survey = newestOpenPostVisit(p('mail_space'), p('mail_today'));
  const attachments = linked
    ? sql`${p('mail_payload')}::jsonb || jsonb_build_object('surveyId', (${survey}))`
    : sql`${p('mail_payload')}::jsonb`;
  return sql`insert into outbox (kind, user_id, booking_id, to_address, locale, subject, body, attachments, next_attempt_at, created_at)
    select 'booking_confirmation', ${p('mail_user')}::uuid, ins.id, ${p('mail_to')}::text, ${p('mail_locale')}::text, '', '',
      ${attachments}, ${p('mail_at')}::timestamptz, ${p('mail_at')}::timestamptz from ins`;
}

const BOOKING_DATES = ['startAt', 'endAt', 'createdAt', 'checkedInAt', 'cancelledAt'] as const;

/** The row as sent: an unrendered confirmation rendered now; any other row as it is. */
export function renderedMail(row: OutboxRow): OutboxRow {
  const d = row.attachments;
  if (!isDeferred(d)) return row;
  const booking = { ...d.booking } as Record<string, unknown>;
  for (const k of BOOKING_DATES) booking[k] = d.booking[k] === null ? null : new Date(d.booking[k] as string);
  const item: CalendarBooking = { booking: booking as BookingRow, deskName: d.deskName, space: d.space };
  const to = { email: row.toAddress, name: d.name, locale: row.locale };
  const mail = confirmationMessage(to, row.userId ?? '', [item], new Date(d.now), d.surveyId ?? null);
  return { ...row, subject: mail.subject, body: mail.body, attachments: mail.attachments ?? ([] as Attachment[]) };
}
