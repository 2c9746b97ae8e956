/**
 * The booking messages as rendered (the caller queues them): the confirmation with its calendar
 * invitation, and the .ics attachments of confirmations and cancellations.
 */
import { localDateOf } from '../../lib/local-time.js';
import { bookingsCalendar, type CalendarBooking, type CalendarUser } from '../calendar/ics.js';
import type { NewMail } from './outbox-repo.js';
import { confirmationMail } from './templates.js';

/**
 * The .ics attachments: iTIP (RFC 5546) REQUEST for a confirmation, CANCEL for a cancellation, so
 * that calendar programs add the booking and later remove it again (same UID, higher SEQUENCE).
 * One file per booking, because an iTIP message is about one UID; a series gets one per date. The
 * ORGANIZER (the sender) is added when the message is sent (`withOrganizer` in the worker).
 */
export function icsAttachments(
  items: CalendarBooking[],
  to: CalendarUser & { locale: 'de' | 'en' },
  now: Date,
  method: 'REQUEST' | 'CANCEL',
) {
  return items.map((item) => ({
    filename:
      items.length > 1
        ? `popdesk-booking-${localDateOf(item.booking.startAt, item.space.timezone)}.ics`
        : 'popdesk-booking.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: bookingsCalendar([item], { locale: to.locale, now, method, attendee: to }),
  }));
}

/** The confirmation, rendered (to be queued by the caller). `surveyId`: the space's post-visit survey. */
export function confirmationMessage(
  to: { email: string; name: string; locale: 'de' | 'en' },
  userId: string,
  items: CalendarBooking[],
  now: Date,
  surveyId?: string | null,
): NewMail {
  const { subject, body } = confirmationMail(to.name, items, to.locale, surveyId);
  return {
    kind: 'booking_confirmation',
    userId,
    bookingId: items[0]!.booking.id,
    subject,
    body,
    attachments: icsAttachments(items, to, now, 'REQUEST'),
  };
}
